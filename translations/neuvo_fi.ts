<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation>Kansioon %1 ei voi luoda tiedostoa: %2.</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa levylle.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Varmuuskopiokansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>Cannot back up %1 onto itself.</source>
        <translation>Tiedostoa %1 ei voi varmuuskopioida itsensä päälle.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Varmuuskopiota %1 ei voi kirjoittaa: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: renaming the finished copy failed.</source>
        <translation>Varmuuskopiota %1 ei voi kirjoittaa: valmiin kopion nimeäminen uudelleen epäonnistui.</translation>
    </message>
    <message>
        <source>Cannot back up %1: the database is not open.</source>
        <translation>Tietokantaa %1 ei voi varmuuskopioida: tietokanta ei ole auki.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>%1 is empty or not a file.</source>
        <translation>%1 on tyhjä tai ei ole tiedosto.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 is not a Neuvo database.</source>
        <translation>%1 ei ole Neuvon tietokanta.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>Tiedosto %1 on vioittunut: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Neuvo (schema %2, this version knows up to %3).</source>
        <translation>Tiedoston %1 on kirjoittanut Neuvon uudempi versio (skeema %2, tämä versio tuntee skeemat versioon %3 asti).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Neuvo database.</source>
        <translation>%1 on SQLite-tietokanta mutta ei Neuvon tietokanta.</translation>
    </message>
    <message>
        <source>Cannot restore from %1; %2 was not changed. %3</source>
        <translation>Palautus tiedostosta %1 ei onnistu; tietokantaa %2 ei muutettu. %3</translation>
    </message>
    <message>
        <source>Cannot restore %1 from itself.</source>
        <translation>Tietokantaa %1 ei voi palauttaa itsestään.</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Tietokantaa %1 ei voi palauttaa: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1: keeping a copy of the current file at %2 failed, so nothing was changed.</source>
        <translation>Tietokantaa %1 ei voi palauttaa: nykyisen tiedoston kopion tallentaminen kohteeseen %2 epäonnistui, joten mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Cannot restore from %1: %2</source>
        <translation>Palautus tiedostosta %1 ei onnistu: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2 Nothing was changed.</source>
        <translation>Tietokantaa %1 ei voi palauttaa: %2 Mitään ei muutettu.</translation>
    </message>
    <message>
        <source>Cannot restore %1: replacing the file failed.</source>
        <translation>Tietokantaa %1 ei voi palauttaa: tiedoston korvaaminen epäonnistui.</translation>
    </message>
    <message>
        <source>the disk is full (%1 free in %2); the copy needs about %3.</source>
        <translation>levy on täynnä (vapaata %1 kansiossa %2); kopio tarvitsee noin %3.</translation>
    </message>
    <message>
        <source>Cannot use the backup folder %1: it is a link to %2, which is not a folder.</source>
        <translation>Varmuuskopiokansiota %1 ei voi käyttää: se on linkki kohteeseen %2, joka ei ole kansio.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1: a file of that name is in the way.</source>
        <translation>Varmuuskopiokansiota %1 ei voi luoda: samanniminen tiedosto on tiellä.</translation>
    </message>
    <message>
        <source>Cannot back up onto %1: it is a working file of the database %2 (its %3), which the backup would replace.</source>
        <translation>Varmuuskopiota ei voi kirjoittaa tiedostoon %1: se on tietokannan %2 työtiedosto (sen %3), jonka varmuuskopio korvaisi.</translation>
    </message>
    <message>
        <source>Cannot back up onto %1: it is not a regular file.</source>
        <translation>Varmuuskopiota ei voi kirjoittaa kohteeseen %1: se ei ole tavallinen tiedosto.</translation>
    </message>
    <message>
        <source>Cannot back up onto %1: %2</source>
        <translation>Varmuuskopiota ei voi kirjoittaa tiedostoon %1: %2</translation>
    </message>
    <message>
        <source>Cannot back up onto %1: it exists and is not a database, so it is somebody&apos;s data. Choose another file name, or remove it first.</source>
        <translation>Varmuuskopiota ei voi kirjoittaa tiedostoon %1: tiedosto on jo olemassa eikä se ole tietokanta, joten se on jonkun tietoja. Valitse toinen tiedostonimi tai poista tiedosto ensin.</translation>
    </message>
    <message>
        <source>Cannot read the schema of %1: %2</source>
        <translation>Tiedoston %1 skeemaa ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 does not have Neuvo&apos;s schema: %2</source>
        <translation>Tiedostolla %1 ei ole Neuvon skeemaa: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1: keeping a copy of the current file failed, so nothing was changed. %2</source>
        <translation>Tiedostoa %1 ei voi palauttaa: nykyisen tiedoston kopion tallentaminen epäonnistui, joten mitään ei muutettu. %2</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Varmuuskopion palauttaminen</translation>
    </message>
</context>
<context>
    <name>BankBarcode</name>
    <message>
        <source>The bank bar code needs a Finnish IBAN; &quot;%1&quot; is not one.</source>
        <translation>Pankkiviivakoodi vaatii suomalaisen IBAN-tilinumeron; ”%1” ei ole sellainen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Finnish reference number.</source>
        <translation>”%1” ei ole suomalainen viitenumero.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RF reference of digits.</source>
        <translation>”%1” ei ole numeroista koostuva RF-viite.</translation>
    </message>
</context>
<context>
    <name>BusinessId</name>
    <message>
        <source>A Finnish business ID has seven digits before the check digit.</source>
        <translation>Suomalaisessa Y-tunnuksessa on seitsemän numeroa ennen tarkistusnumeroa.</translation>
    </message>
    <message>
        <source>No Finnish business ID starts with %1: its check digit would be impossible.</source>
        <translation>Mikään Y-tunnus ei ala %1: sen tarkistusnumero olisi mahdoton.</translation>
    </message>
    <message>
        <source>Business ID: %1</source>
        <translation>Y-tunnus: %1</translation>
    </message>
    <message>
        <source>Business ID: %1 is not a valid Finnish business ID (its check digit would be %2).</source>
        <translation>Y-tunnus: %1 ei ole kelvollinen Y-tunnus (tarkistusnumeron pitäisi olla %2).</translation>
    </message>
    <message>
        <source>VAT ID: a Finnish VAT ID is FI and eight digits (FI12345678), not &quot;%1&quot;.</source>
        <translation>ALV-numero: suomalainen ALV-numero on FI ja kahdeksan numeroa (FI12345678), ei ”%1”.</translation>
    </message>
    <message>
        <source>VAT ID: %1 does not contain a valid Finnish business ID (%2 has the wrong check digit).</source>
        <translation>ALV-numero: %1 ei sisällä kelvollista Y-tunnusta (tunnuksen %2 tarkistusnumero on väärä).</translation>
    </message>
</context>
<context>
    <name>CalendarFeed</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n kuukausi</numerusform>
            <numerusform>%n kuukautta</numerusform>
        </translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>asiakas #%1</translation>
    </message>
    <message>
        <source>Stage %1 “%2” of “%3” for %4.</source>
        <translation>Vaihe %1 ”%2” projektissa ”%3”, asiakas %4.</translation>
    </message>
    <message>
        <source>%1 of %2 is paid; %3 is still open.</source>
        <translation>%2:sta on maksettu %1; %3 on vielä maksamatta.</translation>
    </message>
    <message>
        <source>Amount: %1, paid in advance: work on the stage starts once it is paid.</source>
        <translation>Summa: %1 ennakkoon: vaiheen työ alkaa, kun se on maksettu.</translation>
    </message>
    <message>
        <source>Payment due: %1 — %2 (%3)</source>
        <extracomment>Calendar event: amount, project, client</extracomment>
        <translation>Maksu erääntyy: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>The deadline agreed with %1 for “%2”.</source>
        <translation>Asiakkaan %1 kanssa sovittu määräaika projektille ”%2”.</translation>
    </message>
    <message>
        <source>Your own deadline is %1, %2 earlier.</source>
        <translation>Oma määräaikasi on %1, %2 aiemmin.</translation>
    </message>
    <message>
        <source>Missing it refunds %1 % of the stage under your guarantee.</source>
        <translation>Jos se ylittyy, takuusi mukaan vaiheesta hyvitetään %1 %.</translation>
    </message>
    <message>
        <source>Deadline: %1 (%2)</source>
        <translation>Määräaika: %1 (%2)</translation>
    </message>
    <message>
        <source>Own deadline: %1 (%2)</source>
        <translation>Oma määräaika: %1 (%2)</translation>
    </message>
    <message>
        <source>Your internal deadline for “%1”, %2 before the deadline agreed with %3 (%4): the margin for the unexpected.</source>
        <translation>Oma sisäinen määräaikasi projektille ”%1”, %2 ennen asiakkaan %3 kanssa sovittua määräaikaa (%4): varaa odottamattomalle.</translation>
    </message>
    <message>
        <source>The contract for “%1”</source>
        <translation>Projektin ”%1” sopimus</translation>
    </message>
    <message>
        <source>Contract %1 for “%2”</source>
        <translation>Sopimus %1 projektille ”%2”</translation>
    </message>
    <message>
        <source>Contract ends: %1 (%2)</source>
        <translation>Sopimus päättyy: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (signed %2, %3) ends on this day: the moment to revisit prices. A new price needs %4 of notice.</source>
        <translation>%1 (allekirjoitettu %2, %3) päättyy tänä päivänä: oikea hetki tarkistaa hinnat. Uudesta hinnasta on ilmoitettava %4 etukäteen.</translation>
    </message>
    <message>
        <source>From this day “%1” costs %2.</source>
        <translation>Tästä päivästä alkaen ”%1” maksaa %2.</translation>
    </message>
    <message>
        <source>Announced to %1 on %2.</source>
        <translation>Ilmoitettu asiakkaalle %1 %2.</translation>
    </message>
    <message>
        <source>Not announced to %1 yet.</source>
        <translation>Asiakkaalle %1 ei ole vielä ilmoitettu.</translation>
    </message>
    <message>
        <source>New price: %1 — %2 (%3)</source>
        <translation>Uusi hinta: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Announce the new price: %1 (%2)</source>
        <translation>Ilmoita uusi hinta: %1 (%2)</translation>
    </message>
    <message>
        <source>The price of “%1” changes to %2 on %3. Tell %4 by this day to give %5 of notice.</source>
        <translation>Projektin ”%1” hinta muuttuu %3 hintaan %2. Kerro asiakkaalle %4 viimeistään tänä päivänä, niin ilmoitusaikaa jää %5.</translation>
    </message>
    <message>
        <source>You promised %1: “%2”. Keep promises small and exact, then keep them.</source>
        <translation>Lupasit asiakkaalle %1: ”%2”. Lupaa vähän ja täsmällisesti – ja pidä lupauksesi.</translation>
    </message>
    <message>
        <source>Project: %1.</source>
        <translation>Projekti: %1.</translation>
    </message>
    <message>
        <source>Promise to %1: %2</source>
        <translation>Lupaus asiakkaalle %1: %2</translation>
    </message>
    <message>
        <source>Brief reminder: %1 (%2)</source>
        <translation>Muistutus briefistä: %1 (%2)</translation>
    </message>
    <message>
        <source>Brief reminder: %1</source>
        <translation>Muistutus briefistä: %1</translation>
    </message>
    <message>
        <source>The brief sent to %1 on %2 has had no answer. If none comes by this day, send one reminder: one, not many.</source>
        <translation>Asiakkaalle %1 %2 lähetettyyn briefiin ei ole vastattu. Jos vastausta ei tule tähän päivään mennessä, lähetä yksi muistutus – yksi, ei useampia.</translation>
    </message>
    <message>
        <source>The calendar has no id to make its events&apos; UIDs from.</source>
        <translation>Kalenterilla ei ole tunnistetta, josta sen tapahtumien UID:t muodostetaan.</translation>
    </message>
    <message numerus="yes">
        <source>The calendar could not be written: libical found %n error(s) in it.</source>
        <translation>
            <numerusform>Kalenteria ei voitu kirjoittaa: libical löysi siitä %n virheen.</numerusform>
            <numerusform>Kalenteria ei voitu kirjoittaa: libical löysi siitä %n virhettä.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>Kalenteria ei voitu kirjoittaa: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Tietokantatiedosto (oletus: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TIEDOSTO</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after its name.</source>
        <translation>Näytä tämä ohje (komennon nimen jälkeen: komennon ohje).</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Näytä versio ja lopeta.</translation>
    </message>
    <message>
        <source>[--today YYYY-MM-DD]</source>
        <translation>[--today VVVV-KK-PP]</translation>
    </message>
    <message>
        <source>Fill an empty database with a realistic sample of clients and projects.</source>
        <translation>Täytä tyhjä tietokanta realistisilla esimerkkiasiakkailla ja -projekteilla.</translation>
    </message>
    <message>
        <source>[OUT.json]</source>
        <translation>[KOHDE.json]</translation>
    </message>
    <message>
        <source>IN.json</source>
        <translation>LÄHDE.json</translation>
    </message>
    <message>
        <source>[--today YYYY-MM-DD] [--client ID] [--json]</source>
        <translation>[--today VVVV-KK-PP] [--client ID] [--json]</translation>
    </message>
    <message>
        <source>What needs doing, soonest first. Exit 3 when any alert is high.</source>
        <translation>Mitä pitää tehdä, lähimmät ensin. Paluuarvo 3, jos jokin muistutus on vakava.</translation>
    </message>
    <message>
        <source>Print the project&apos;s stage-payment contract as a PDF.</source>
        <translation>Tulosta projektin maksueräsopimus PDF-tiedostoksi.</translation>
    </message>
    <message>
        <source>Print a quote: what the price includes, its lines, the stage plan, validity.</source>
        <translation>Tulosta tarjous: mitä hintaan sisältyy, hintarivit, maksuerät ja voimassaolo.</translation>
    </message>
    <message>
        <source>List the clients: id, name, company, status and type.</source>
        <translation>Luettele asiakkaat: ID, nimi, yritys, tila ja tyyppi.</translation>
    </message>
    <message>
        <source>Show the database file, its schema version and its record counts.</source>
        <translation>Näytä tietokantatiedosto, sen skeemaversio ja tietueiden määrät.</translation>
    </message>
    <message>
        <source>[COMMAND]</source>
        <translation>[KOMENTO]</translation>
    </message>
    <message>
        <source>Show this help, or the help of one command.</source>
        <translation>Näytä tämä ohje tai yhden komennon ohje.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Komentoa ei annettu.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Tuntematon komento ”%1”.</translation>
    </message>
    <message>
        <source>%1: a required argument is missing.</source>
        <translation>%1: pakollinen argumentti puuttuu.</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <translation>%1: odottamaton argumentti ”%2”.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>--db vaatii tiedostonimen.</translation>
    </message>
    <message>
        <source>%1 does not exist; create it with &quot;%2 demo&quot; or &quot;%2 import FILE&quot;.</source>
        <translation>%1 ei ole olemassa; luo se komennolla ”%2 demo” tai ”%2 import TIEDOSTO”.</translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE] COMMAND [ARGS]</source>
        <translation>Käyttö: %1 [--db TIEDOSTO] KOMENTO [ARGUMENTIT]</translation>
    </message>
    <message>
        <source>Neuvo keeps clients, projects, staged payments and red flags for a freelancer.</source>
        <translation>Neuvo pitää kirjaa freelancerin asiakkaista, projekteista, maksueristä ja varoitusmerkeistä.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Valitsimet:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of one command.</source>
        <translation>Yhden komennon valitsimet saat komennolla ”%1 KOMENTO --help”.</translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE] %2</source>
        <translation>Käyttö: %1 [--db TIEDOSTO] %2</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the list of commands.</source>
        <translation>Komentoluettelon saat komennolla ”%1 --help”.</translation>
    </message>
    <message>
        <source>Place the sample&apos;s dates around this day instead of the current date.</source>
        <translation>Sijoita esimerkkitietojen päivämäärät tämän päivän ympärille nykyisen päivämäärän sijaan.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>VVVV-KK-PP</translation>
    </message>
    <message>
        <source>Wrote the demo data to %1 (clients: %2, dates around %3).</source>
        <translation>Esimerkkitiedot kirjoitettiin tietokantaan %1 (asiakkaita: %2, päivämäärät ajankohdan %3 ympärillä).</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Vakiotulosteeseen ei voi kirjoittaa: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>Tietokanta %1 vietiin tiedostoon %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %1 clients, %2 projects, %3 interactions, %4 promises and %5 observations from %6; %7</source>
        <translation>Tuotiin tiedostosta %6: asiakkaita %1, projekteja %2, yhteydenottoja %3, lupauksia %4 ja havaintoja %5; %7</translation>
    </message>
    <message>
        <source>the profile was replaced.</source>
        <translation>profiili korvattiin.</translation>
    </message>
    <message>
        <source>the existing profile was kept.</source>
        <translation>nykyinen profiili säilytettiin.</translation>
    </message>
    <message>
        <source>No clients.</source>
        <translation>Ei asiakkaita.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Tietokanta</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Skeemaversio</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projektit</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Yhteydenotot</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Lupaukset</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Havainnot</translation>
    </message>
    <message>
        <source>Evaluate as of this day instead of the current date.</source>
        <translation>Arvioi tilanne tämän päivän mukaan nykyisen päivämäärän sijaan.</translation>
    </message>
    <message>
        <source>Only this client.</source>
        <translation>Vain tämä asiakas.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Tulosta JSON taulukon sijaan.</translation>
    </message>
    <message>
        <source>Client #%1 does not exist.</source>
        <translation>Asiakasta #%1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>--lang: %1</source>
        <translation>--lang: %1</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced only when complete).</source>
        <translation>Kirjoitettava PDF-tiedosto (korvataan vasta, kun uusi on valmis).</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>TIEDOSTO.pdf</translation>
    </message>
    <message>
        <source>Language of the document: en, fi or ru (default: the system&apos;s, else en).</source>
        <translation>Asiakirjan kieli: en, fi tai ru (oletus: järjestelmän kieli, muuten en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>KIELI</translation>
    </message>
    <message>
        <source>Date of the contract (default: the project&apos;s contract date, else today).</source>
        <translation>Sopimuksen päiväys (oletus: projektin sopimuspäivä, muuten tämä päivä).</translation>
    </message>
    <message>
        <source>Date of the document (default: today).</source>
        <translation>Asiakirjan päiväys (oletus: tämä päivä).</translation>
    </message>
    <message>
        <source>%1: --out FILE.pdf is required.</source>
        <translation>%1: --out TIEDOSTO.pdf on pakollinen.</translation>
    </message>
    <message>
        <source>Wrote &quot;%1&quot; (%2, pages: %3) to %4.</source>
        <translation>”%1” (%2, sivuja: %3) kirjoitettiin tiedostoon %4.</translation>
    </message>
    <message>
        <source>Language of the letter: en, fi or ru (default: the system&apos;s, else en).</source>
        <translation>Kirjeen kieli: en, fi tai ru (oletus: järjestelmän kieli, muuten en).</translation>
    </message>
    <message>
        <source>Print the mailto: link of an e-mail draft instead of the text.</source>
        <translation>Tulosta sähköpostiluonnoksen mailto:-linkki tekstin sijaan.</translation>
    </message>
    <message>
        <source>[OUT.sqlite]</source>
        <translation>[KOHDE.sqlite]</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database (into its backups folder without a file).</source>
        <translation>Kirjoita tietokannasta eheä kopio (tietokannan varmuuskopiokansioon, jos tiedostoa ei anneta).</translation>
    </message>
    <message>
        <source>List the backups of the database, newest first.</source>
        <translation>Luettele tietokannan varmuuskopiot uusimmasta alkaen.</translation>
    </message>
    <message>
        <source>BACKUP.sqlite</source>
        <translation>VARMUUSKOPIO.sqlite</translation>
    </message>
    <message>
        <source>Check a backup and replace the database with it; the current file is kept as a backup.</source>
        <translation>Tarkista varmuuskopio ja korvaa tietokanta sillä; nykyinen tiedosto säilytetään varmuuskopiona.</translation>
    </message>
    <message>
        <source>[--full]</source>
        <translation>[--full]</translation>
    </message>
    <message>
        <source>Check the file and Neuvo&apos;s own rules; print each problem. Exit 4 when any is found.</source>
        <translation>Tarkista tiedosto ja Neuvon omat säännöt; tulosta jokainen ongelma. Paluuarvo 4, jos ongelmia löytyy.</translation>
    </message>
    <message>
        <source>Read clients or projects from a spreadsheet&apos;s CSV; every bad row is reported, nothing is written then.</source>
        <translation>Lue asiakkaat tai projektit taulukkolaskennan CSV-tiedostosta; jokainen virheellinen rivi ilmoitetaan, eikä silloin kirjoiteta mitään.</translation>
    </message>
    <message>
        <source>Write clients, projects or payment stages as CSV for a spreadsheet.</source>
        <translation>Kirjoita asiakkaat, projektit tai maksuerät CSV-muodossa taulukkolaskentaa varten.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 before the import.</source>
        <translation>Tietokanta %1 varmuuskopioitiin tiedostoon %2 ennen tuontia.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Taulukko %1 kirjoitettiin tiedostoon %2.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Tietokanta %1 varmuuskopioitiin tiedostoon %2.</translation>
    </message>
    <message>
        <source>No backups of %1 in %2.</source>
        <translation>Tietokannasta %1 ei ole varmuuskopioita kansiossa %2.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>Tietokanta %1 palautettiin tiedostosta %2.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>Korvattu tiedosto on tallessa: %1.</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity_check instead of quick_check.</source>
        <translation>Suorita SQLiten täydellinen tarkistus (integrity_check) nopean tarkistuksen (quick_check) sijaan.</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: ongelmia ei löytynyt.</translation>
    </message>
    <message>
        <source>%1: problems found: %2.</source>
        <translation>%1: ongelmia löytyi: %2.</translation>
    </message>
    <message>
        <source>The newest good backup is %1; restore it with &quot;%2 --db %3 restore %1&quot;.</source>
        <translation>Uusin ehjä varmuuskopio on %1; palauta se komennolla ”%2 --db %3 restore %1”.</translation>
    </message>
    <message>
        <source>Check every row and report, but write nothing.</source>
        <translation>Tarkista ja raportoi jokainen rivi, mutta älä kirjoita mitään.</translation>
    </message>
    <message>
        <source>import-csv: &quot;%1&quot; is not clients or projects.</source>
        <translation>import-csv: ”%1” ei ole clients eikä projects.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Tiedostosta %1 ei tuotu mitään.</translation>
    </message>
    <message>
        <source>export-csv: &quot;%1&quot; is not clients, projects or stages.</source>
        <translation>export-csv: ”%1” ei ole clients, projects eikä stages.</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n row(s) are fine; nothing was written (dry run).</source>
        <translation>
            <numerusform>%1: %n rivi on kunnossa; mitään ei kirjoitettu (koeajo).</numerusform>
            <numerusform>%1: kaikki %n riviä ovat kunnossa; mitään ei kirjoitettu (koeajo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>Tiedostosta %1 tuotiin %n rivi.</numerusform>
            <numerusform>Tiedostosta %1 tuotiin %n riviä.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 must be a positive number, not &quot;%3&quot;.</source>
        <translation>%1: %2-arvon on oltava positiivinen luku, ei ”%3”.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>%1: ”%2” ei ole päivämäärä muodossa VVVV-KK-PP.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time in the form YYYY-MM-DDTHH:MM.</source>
        <translation>%1: ”%2” ei ole ajankohta muodossa VVVV-KK-PPTHH:MM.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time of day in the form HH:MM.</source>
        <translation>%1: ”%2” ei ole kellonaika muodossa HH:MM.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>%1: ”%2” ei ole kokonaisluku väliltä %3–%4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1: ”%2” ei ole yes eikä no.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a list of days such as mon,tue,wed,thu,fri.</source>
        <translation>%1: ”%2” ei ole päivien luettelo kuten mon,tue,wed,thu,fri.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1: ”%2” ei ole mikään näistä: %3.</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Tiedot:</translation>
    </message>
    <message>
        <source>Clients and projects:</source>
        <translation>Asiakkaat ja projektit:</translation>
    </message>
    <message>
        <source>Contacts, promises and red flags:</source>
        <translation>Yhteydenotot, lupaukset ja varoitusmerkit:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Asiakirjat:</translation>
    </message>
    <message>
        <source>Backups and checks:</source>
        <translation>Varmuuskopiot ja tarkistukset:</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Ohje:</translation>
    </message>
    <message>
        <source>SUBCOMMAND [ARGS]</source>
        <translation>ALIKOMENTO [ARGUMENTIT]</translation>
    </message>
    <message>
        <source>CLIENT_ID [--json]</source>
        <translation>ASIAKAS_ID [--json]</translation>
    </message>
    <message>
        <source>One client: contact details and hours, projects, the interaction log, promises and observations, with their ids.</source>
        <translation>Yksi asiakas: yhteystiedot ja yhteysajat, projektit, yhteydenottoloki, lupaukset ja havainnot ID-tunnisteineen.</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (#%2)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Pikaviestin</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Ensisijainen yhteyskanava</translation>
    </message>
    <message>
        <source>Contact hours</source>
        <translation>Yhteysajat</translation>
    </message>
    <message>
        <source>%1–%2 on %3, %4</source>
        <translation>%1–%2 päivinä %3, %4</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Projektit:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Ei mitään.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Projektin nimi</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Interactions:</source>
        <translation>Yhteydenotot:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Vahvistettu</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Promises:</source>
        <translation>Lupaukset:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Mitä</translation>
    </message>
    <message>
        <source>Observations:</source>
        <translation>Havainnot:</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Malli</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Havaittu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>NAME [OPTIONS]</source>
        <translation>NIMI [VALINNAT]</translation>
    </message>
    <message>
        <source>Add a client; the options set its details.</source>
        <translation>Lisää asiakas; valinnat asettavat sen tiedot.</translation>
    </message>
    <message>
        <source>Without --time-zone the client gets the system&apos;s time zone, and without --contact-days Monday to Friday.</source>
        <translation>Ilman valintaa --time-zone asiakas saa järjestelmän aikavyöhykkeen ja ilman valintaa --contact-days maanantaista perjantaihin.</translation>
    </message>
    <message>
        <source>CLIENT_ID [OPTIONS]</source>
        <translation>ASIAKAS_ID [VALINNAT]</translation>
    </message>
    <message>
        <source>Change a client&apos;s details: only the options given change.</source>
        <translation>Muuta asiakkaan tietoja: vain annetut valinnat muuttuvat.</translation>
    </message>
    <message>
        <source>%1: nothing to change; give at least one option.</source>
        <translation>%1: ei mitään muutettavaa; anna vähintään yksi valinta.</translation>
    </message>
    <message>
        <source>Added client #%1 &quot;%2&quot;.</source>
        <translation>Lisättiin asiakas #%1 ”%2”.</translation>
    </message>
    <message>
        <source>Saved client #%1 &quot;%2&quot;.</source>
        <translation>Tallennettiin asiakas #%1 ”%2”.</translation>
    </message>
    <message>
        <source>The client&apos;s name.</source>
        <translation>Asiakkaan nimi.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NIMI</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Yritys.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEKSTI</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Sähköpostiosoite.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>OSOITE</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Puhelinnumero.</translation>
    </message>
    <message>
        <source>Messenger handle.</source>
        <translation>Pikaviestintunnus.</translation>
    </message>
    <message>
        <source>How the client prefers to be contacted.</source>
        <translation>Miten asiakas haluaa, että häneen otetaan yhteyttä.</translation>
    </message>
    <message>
        <source>Agreed contact hours from, in the client&apos;s time zone.</source>
        <translation>Sovittujen yhteysaikojen alku asiakkaan aikavyöhykkeellä.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
    <message>
        <source>Agreed contact hours until (the same time twice: any time).</source>
        <translation>Sovittujen yhteysaikojen loppu (sama aika kahdesti: milloin vain).</translation>
    </message>
    <message>
        <source>Days the client may contact you, e.g. mon,tue,wed,thu,fri.</source>
        <translation>Päivät, joina asiakas voi ottaa yhteyttä, esim. mon,tue,wed,thu,fri.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>PÄIVÄT</translation>
    </message>
    <message>
        <source>The client&apos;s time zone, e.g. Europe/Helsinki.</source>
        <translation>Asiakkaan aikavyöhyke, esim. Europe/Helsinki.</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>VYÖHYKE</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Muistiinpanot.</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Clients: list, show, add and edit.</source>
        <translation>Asiakkaat: luettelo, näyttö, lisäys ja muokkaus.</translation>
    </message>
    <message>
        <source>The same as clients, or as JSON.</source>
        <translation>Sama kuin clients, tai JSON-muodossa.</translation>
    </message>
    <message>
        <source>--project: &quot;%1&quot; (#%2) is not a project of client #%3.</source>
        <translation>--project: ”%1” (#%2) ei ole asiakkaan #%3 projekti.</translation>
    </message>
    <message>
        <source>CLIENT_ID --summary TEXT [OPTIONS]</source>
        <translation>ASIAKAS_ID --summary TEKSTI [VALINNAT]</translation>
    </message>
    <message>
        <source>Log a call, message or meeting with a client.</source>
        <translation>Kirjaa puhelu, viesti tai tapaaminen asiakkaan kanssa.</translation>
    </message>
    <message>
        <source>Without options it is an inbound e-mail of the general kind, now. An agreement made by phone or in a meeting waits for its written confirmation: print the follow-up letter with &quot;letter ID&quot; and give --confirmed-on when the client has confirmed.</source>
        <translation>Ilman valintoja se on saapunut yleinen sähköposti, nyt. Puhelimessa tai tapaamisessa tehty sopimus odottaa kirjallista vahvistusta: tulosta seurantakirje komennolla ”letter ID” ja anna --confirmed-on, kun asiakas on vahvistanut sen.</translation>
    </message>
    <message>
        <source>What was said or agreed.</source>
        <translation>Mitä sanottiin tai sovittiin.</translation>
    </message>
    <message>
        <source>How (default: email).</source>
        <translation>Miten (oletus: email).</translation>
    </message>
    <message>
        <source>in: from the client, out: from you (default: in).</source>
        <translation>in: asiakkaalta, out: sinulta (oletus: in).</translation>
    </message>
    <message>
        <source>The project it was about.</source>
        <translation>Projekti, jota se koski.</translation>
    </message>
    <message>
        <source>When it happened, in local time (default: now).</source>
        <translation>Milloin se tapahtui, paikallista aikaa (oletus: nyt).</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>VVVV-KK-PPTHH:MM</translation>
    </message>
    <message>
        <source>When the client confirmed it in writing.</source>
        <translation>Milloin asiakas vahvisti sen kirjallisesti.</translation>
    </message>
    <message>
        <source>Logged interaction #%1 with %2 (#%3): %4, %5, %6 at %7.</source>
        <translation>Kirjattiin yhteydenotto #%1 asiakkaan %2 (#%3) kanssa: %4, %5, %6, ajankohta %7.</translation>
    </message>
    <message>
        <source>Fix it in writing: &quot;%1 letter %2&quot; prints the follow-up letter.</source>
        <translation>Vahvista se kirjallisesti: ”%1 letter %2” tulostaa seurantakirjeen.</translation>
    </message>
    <message>
        <source>CLIENT_ID WHAT [--due YYYY-MM-DD]</source>
        <translation>ASIAKAS_ID MITÄ [--due VVVV-KK-PP]</translation>
    </message>
    <message>
        <source>Note a promise made to a client, small and exact: &quot;Send the brief on Tuesday&quot;.</source>
        <translation>Kirjaa asiakkaalle annettu lupaus, pieni ja täsmällinen: ”Lähetän briefin tiistaina”.</translation>
    </message>
    <message>
        <source>When it is due (default: tomorrow).</source>
        <translation>Milloin se erääntyy (oletus: huomenna).</translation>
    </message>
    <message>
        <source>The project it is about.</source>
        <translation>Projekti, jota se koskee.</translation>
    </message>
    <message>
        <source>Promise #%1 to %2 (#%3), due %4: %5</source>
        <translation>Lupaus #%1 asiakkaalle %2 (#%3), eräpäivä %4: %5</translation>
    </message>
    <message>
        <source>PROMISE_ID [--on YYYY-MM-DD]</source>
        <translation>LUPAUS_ID [--on VVVV-KK-PP]</translation>
    </message>
    <message>
        <source>Mark a promise as kept.</source>
        <translation>Merkitse lupaus pidetyksi.</translation>
    </message>
    <message>
        <source>The day it was kept (default: today).</source>
        <translation>Päivä, jona se pidettiin (oletus: tänään).</translation>
    </message>
    <message>
        <source>Promise #%1 was kept on %2 already.</source>
        <translation>Lupaus #%1 on jo pidetty %2.</translation>
    </message>
    <message>
        <source>Promise #%1 kept on %2: %3</source>
        <translation>Lupaus #%1 pidetty %2: %3</translation>
    </message>
    <message>
        <source>[--client ID] [--open] [--json]</source>
        <translation>[--client ID] [--open] [--json]</translation>
    </message>
    <message>
        <source>List the promises, soonest due first.</source>
        <translation>Luettele lupaukset, aikaisin erääntyvä ensin.</translation>
    </message>
    <message>
        <source>Only this client&apos;s promises.</source>
        <translation>Vain tämän asiakkaan lupaukset.</translation>
    </message>
    <message>
        <source>Only the promises not kept yet.</source>
        <translation>Vain lupaukset, joita ei ole vielä pidetty.</translation>
    </message>
    <message>
        <source>No promises.</source>
        <translation>Ei lupauksia.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>CLIENT_ID PATTERN [--note TEXT]</source>
        <translation>ASIAKAS_ID MALLI [--note TEKSTI]</translation>
    </message>
    <message>
        <source>Tick one of the ten &quot;when to decline&quot; patterns on a client.</source>
        <translation>Merkitse asiakkaalle yksi kymmenestä ”milloin kieltäytyä” -mallista.</translation>
    </message>
    <message>
        <source>PATTERN is one of disrespect, blames_previous_contractors, pays_in_promises, manipulation, full_load_low_price, unrealistic_expectations, demoralizing, devalues_work, free_work_seeker, bad_product. A pattern observed once stands until it is withdrawn.</source>
        <translation>MALLI on yksi näistä: disrespect, blames_previous_contractors, pays_in_promises, manipulation, full_load_low_price, unrealistic_expectations, demoralizing, devalues_work, free_work_seeker, bad_product. Kerran havaittu malli on voimassa, kunnes se perutaan.</translation>
    </message>
    <message>
        <source>What you observed.</source>
        <translation>Mitä havaitsit.</translation>
    </message>
    <message>
        <source>When you observed it (default: today).</source>
        <translation>Milloin havaitsit sen (oletus: tänään).</translation>
    </message>
    <message>
        <source>PATTERN: &quot;%1&quot; is not one of %2.</source>
        <translation>MALLI: ”%1” ei ole mikään näistä: %2.</translation>
    </message>
    <message>
        <source>Observed %1 on %2 (#%3) on %4: observation #%5.</source>
        <translation>Havaittiin %1 asiakkaalla %2 (#%3) %4: havainto #%5.</translation>
    </message>
    <message>
        <source>OBSERVATION_ID [--on YYYY-MM-DD]</source>
        <translation>HAVAINTO_ID [--on VVVV-KK-PP]</translation>
    </message>
    <message>
        <source>Withdraw an observation; the record stays with the date.</source>
        <translation>Peru havainto; tietue jää talteen päivämäärineen.</translation>
    </message>
    <message>
        <source>The day it no longer holds (default: today).</source>
        <translation>Päivä, josta lähtien se ei enää pidä paikkaansa (oletus: tänään).</translation>
    </message>
    <message>
        <source>Withdrew observation #%1 (%2) on %3.</source>
        <translation>Peruttiin havainto #%1 (%2) %3.</translation>
    </message>
    <message>
        <source>Fill them in with &quot;%1 profile set&quot;.</source>
        <translation>Täydennä ne komennolla ”%1 profile set”.</translation>
    </message>
    <message>
        <source>Your details for documents, the defaults of new projects, working hours and the red-flag thresholds.</source>
        <translation>Tietosi asiakirjoihin, uusien projektien oletukset, työaika ja varoitusmerkkien kynnysarvot.</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Yritysmuoto</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Pankkiyhteys</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>NDA markup</source>
        <translation>NDA-lisä</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Included revisions</source>
        <translation>Hintaan sisältyvät korjauskierrokset</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Takuu</translation>
    </message>
    <message>
        <source>Price change notice</source>
        <translation>Hinnanmuutoksen ilmoitusaika</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 päivää</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Työaika</translation>
    </message>
    <message>
        <source>%1–%2 on %3</source>
        <translation>%1–%2 päivinä %3</translation>
    </message>
    <message>
        <source>Floor rate per hour</source>
        <translation>Minimituntihinta</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation>[VALINNAT]</translation>
    </message>
    <message>
        <source>Change your profile: only the options given change.</source>
        <translation>Muuta profiiliasi: vain annetut valinnat muuttuvat.</translation>
    </message>
    <message>
        <source>Contracts and invoices print your name, legal form, registration number, address, e-mail and bank details; quotes your name and e-mail. --threshold KEY=N sets one red-flag threshold; &quot;profile show&quot; lists the keys.</source>
        <translation>Sopimuksiin ja laskuihin tulostuvat nimesi, yritysmuotosi, Y-tunnuksesi, osoitteesi, sähköpostisi ja pankkiyhteytesi; tarjouksiin nimesi ja sähköpostisi. --threshold AVAIN=N asettaa yhden varoitusmerkin kynnysarvon; ”profile show” luettelee avaimet.</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not a three-letter ISO 4217 code such as EUR.</source>
        <translation>--currency: ”%1” ei ole kolmikirjaiminen ISO 4217 -koodi, kuten EUR.</translation>
    </message>
    <message>
        <source>--threshold: &quot;%1&quot; is not KEY=N with a key of &quot;profile show&quot; and N from 0 to 100000.</source>
        <translation>--threshold: ”%1” ei ole muotoa AVAIN=N, jossa avain on jokin ”profile show” -luettelon avaimista ja N väliltä 0–100000.</translation>
    </message>
    <message>
        <source>Saved the profile: %1.</source>
        <translation>Profiili tallennettiin: %1.</translation>
    </message>
    <message>
        <source>Your name, as documents print it.</source>
        <translation>Nimesi sellaisena kuin asiakirjat sen tulostavat.</translation>
    </message>
    <message>
        <source>Legal form, e.g. sole proprietor.</source>
        <translation>Yritysmuoto, esim. toiminimi.</translation>
    </message>
    <message>
        <source>Business id or tax number.</source>
        <translation>Y-tunnus tai verotunniste.</translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation>Postiosoite.</translation>
    </message>
    <message>
        <source>Bank account for invoices (IBAN, BIC).</source>
        <translation>Pankkitili laskuja varten (IBAN, BIC).</translation>
    </message>
    <message>
        <source>Currency of new projects (ISO 4217).</source>
        <translation>Uusien projektien valuutta (ISO 4217).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOODI</translation>
    </message>
    <message>
        <source>NDA markup of new projects in percent.</source>
        <translation>Uusien projektien NDA-lisä prosentteina.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>PROSENTTI</translation>
    </message>
    <message>
        <source>Revision rounds included in new projects.</source>
        <translation>Uusien projektien hintaan sisältyvät korjauskierrokset.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Refund of new projects for a missed deadline, in percent.</source>
        <translation>Uusien projektien hyvitys myöhästyneestä määräajasta, prosentteina.</translation>
    </message>
    <message>
        <source>Days of notice before a price change.</source>
        <translation>Ilmoitusaika päivinä ennen hinnanmuutosta.</translation>
    </message>
    <message>
        <source>Your working hours from.</source>
        <translation>Työaikasi alku.</translation>
    </message>
    <message>
        <source>Your working hours until.</source>
        <translation>Työaikasi loppu.</translation>
    </message>
    <message>
        <source>Your working days, e.g. mon,tue,wed,thu,fri.</source>
        <translation>Työpäiväsi, esim. mon,tue,wed,thu,fri.</translation>
    </message>
    <message>
        <source>The least you work for per hour (empty: none).</source>
        <translation>Pienin tuntihinta, jolla teet töitä (tyhjä: ei mitään).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>SUMMA</translation>
    </message>
    <message>
        <source>One red-flag threshold; may be given several times.</source>
        <translation>Yksi varoitusmerkin kynnysarvo; voidaan antaa useita kertoja.</translation>
    </message>
    <message>
        <source>KEY=N</source>
        <translation>AVAIN=N</translation>
    </message>
    <message>
        <source>Your profile: show and set.</source>
        <translation>Profiilisi: näyttö ja asetus.</translation>
    </message>
    <message>
        <source>[--client ID] [--json]</source>
        <translation>[--client ID] [--json]</translation>
    </message>
    <message>
        <source>List the projects: id, client, title, status, total and paid.</source>
        <translation>Luettele projektit: ID, asiakas, nimi, tila, yhteensä ja maksettu.</translation>
    </message>
    <message>
        <source>Only this client&apos;s projects.</source>
        <translation>Vain tämän asiakkaan projektit.</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>Ei projekteja.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>PROJECT_ID [--json]</source>
        <translation>PROJEKTI_ID [--json]</translation>
    </message>
    <message>
        <source>One project: scope, the explained price, deadline, contract, payment stages with what is paid and open, revisions.</source>
        <translation>Yksi projekti: laajuus, eritelty hinta, määräaika, sopimus, maksuerät maksettuine ja avoimine summineen, korjaukset.</translation>
    </message>
    <message>
        <source>%1 (your own: %2)</source>
        <translation>%1 (oma: %2)</translation>
    </message>
    <message>
        <source>%1 (#%2) for %3 (#%4)</source>
        <translation>%1 (#%2) asiakkaalle %3 (#%4)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Laajuus</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Sisältyy</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>First offer</source>
        <translation>Ensimmäinen hintaehdotus</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>Arvioidut tunnit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Korjaukset</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>%1 of %2, %3 months</source>
        <translation>%1, päivätty %2, %3 kuukautta</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Toimitettu</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Maksuerät:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Maksuerä</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Maksupäivä</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoinna</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Työ aloitettu</translation>
    </message>
    <message>
        <source>CLIENT_ID TITLE [OPTIONS]</source>
        <translation>ASIAKAS_ID NIMI [VALINNAT]</translation>
    </message>
    <message>
        <source>Add a project for a client; the options set its price, stages and terms.</source>
        <translation>Lisää projekti asiakkaalle; valinnat asettavat sen hinnan, maksuerät ja ehdot.</translation>
    </message>
    <message>
        <source>Amounts are decimals in the project&apos;s currency (1234.50). The currency, NDA markup, included revision rounds and guarantee start from your profile. --split makes the payment stages: a number of equal stages (4) or percentages that add up to 100 (30,40,30).</source>
        <translation>Summat ovat desimaalilukuja projektin valuutassa (1234.50). Valuutta, NDA-lisä, hintaan sisältyvät korjauskierrokset ja takuu tulevat profiilistasi. --split tekee maksuerät: yhtä suurten erien määrä (4) tai prosentit, joiden summa on 100 (30,40,30).</translation>
    </message>
    <message>
        <source>PROJECT_ID [OPTIONS]</source>
        <translation>PROJEKTI_ID [VALINNAT]</translation>
    </message>
    <message>
        <source>Change a project: only the options given change.</source>
        <translation>Muuta projektia: vain annetut valinnat muuttuvat.</translation>
    </message>
    <message>
        <source>The stages must still add up to the total: give --split with a new price (refused once a stage has a payment or work recorded; change such a plan in the desktop&apos;s project editor). An empty value clears an optional field: --deadline &quot;&quot;.</source>
        <translation>Maksuerien on yhä oltava yhteensä kokonaishinta: anna uuden hinnan kanssa --split (ei onnistu, kun erälle on kirjattu maksu tai työn aloitus; muuta silloin suunnitelmaa työpöytäsovelluksen projektieditorissa). Tyhjä arvo tyhjentää valinnaisen kentän: --deadline &quot;&quot;.</translation>
    </message>
    <message>
        <source>--split: &quot;%1&quot; is neither a number of stages (4) nor percentages such as 30,40,30.</source>
        <translation>--split: ”%1” ei ole erien määrä (4) eikä prosentit, kuten 30,40,30.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Hinta: %1</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>Jako: %1</translation>
    </message>
    <message>
        <source>Added project #%1 &quot;%2&quot;: total %3, stages: %4.</source>
        <translation>Lisättiin projekti #%1 ”%2”: yhteensä %3, maksueriä: %4.</translation>
    </message>
    <message>
        <source>Saved project #%1 &quot;%2&quot;: total %3, stages: %4.</source>
        <translation>Tallennettiin projekti #%1 ”%2”: yhteensä %3, maksueriä: %4.</translation>
    </message>
    <message>
        <source>No payment stages yet: split the total with --split 4 or --split 50,50.</source>
        <translation>Ei vielä maksueriä: jaa kokonaishinta valinnalla --split 4 tai --split 50,50.</translation>
    </message>
    <message>
        <source>The project&apos;s title.</source>
        <translation>Projektin nimi.</translation>
    </message>
    <message>
        <source>Move the project to another client.</source>
        <translation>Siirrä projekti toiselle asiakkaalle.</translation>
    </message>
    <message>
        <source>What the work covers.</source>
        <translation>Mitä työ kattaa.</translation>
    </message>
    <message>
        <source>What the price includes, one item per option, in order (replaces the list).</source>
        <translation>Mitä hintaan sisältyy, yksi kohta valintaa kohden, järjestyksessä (korvaa luettelon).</translation>
    </message>
    <message>
        <source>ISO 4217 currency code (default: your profile&apos;s).</source>
        <translation>ISO 4217 -valuuttakoodi (oletus: profiilisi).</translation>
    </message>
    <message>
        <source>Base price.</source>
        <translation>Perushinta.</translation>
    </message>
    <message>
        <source>The client&apos;s first offer (empty: none).</source>
        <translation>Asiakkaan ensimmäinen hintaehdotus (tyhjä: ei mitään).</translation>
    </message>
    <message>
        <source>Under an NDA: the NDA markup is added to the price.</source>
        <translation>Salassapitosopimus: NDA-lisä lisätään hintaan.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>NDA markup in percent.</source>
        <translation>NDA-lisä prosentteina.</translation>
    </message>
    <message>
        <source>Discount: an amount (100.00), a percent (10%) or none.</source>
        <translation>Alennus: summa (100.00), prosentti (10%) tai none.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>ARVO</translation>
    </message>
    <message>
        <source>Why the discount was given.</source>
        <translation>Miksi alennus annettiin.</translation>
    </message>
    <message>
        <source>What the client gave in return for the discount.</source>
        <translation>Mitä asiakas antoi vastineeksi alennuksesta.</translation>
    </message>
    <message>
        <source>The discount was for promised future orders.</source>
        <translation>Alennus annettiin luvattujen tulevien tilausten vuoksi.</translation>
    </message>
    <message>
        <source>Estimated hours of work.</source>
        <translation>Arvioidut työtunnit.</translation>
    </message>
    <message>
        <source>Deadline.</source>
        <translation>Määräaika.</translation>
    </message>
    <message>
        <source>Days your own deadline lies before the deadline.</source>
        <translation>Montako päivää oma määräaikasi on ennen määräaikaa.</translation>
    </message>
    <message>
        <source>Refund in percent of a stage when a deadline is missed.</source>
        <translation>Hyvitys prosentteina erästä, jos määräaika ylittyy.</translation>
    </message>
    <message>
        <source>Revision rounds included in the price.</source>
        <translation>Hintaan sisältyvät korjauskierrokset.</translation>
    </message>
    <message>
        <source>Contract number.</source>
        <translation>Sopimuksen numero.</translation>
    </message>
    <message>
        <source>Contract date.</source>
        <translation>Sopimuksen päivämäärä.</translation>
    </message>
    <message>
        <source>Contract term in months.</source>
        <translation>Sopimuksen kesto kuukausina.</translation>
    </message>
    <message>
        <source>MONTHS</source>
        <translation>KUUKAUDET</translation>
    </message>
    <message>
        <source>When the work was delivered.</source>
        <translation>Milloin työ toimitettiin.</translation>
    </message>
    <message>
        <source>Payment stages: N equal ones, or percentages such as 30,40,30.</source>
        <translation>Maksuerät: N yhtä suurta tai prosentit, kuten 30,40,30.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>SUUNNITELMA</translation>
    </message>
    <message>
        <source>--discount: &quot;%1&quot; is not a whole percent from 0 to 100.</source>
        <translation>--discount: ”%1” ei ole kokonainen prosenttiluku väliltä 0–100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no payment stages; make them with &quot;project edit %2 --split 4&quot;.</source>
        <translation>Projektilla ”%1” ei ole maksueriä; tee ne komennolla ”project edit %2 --split 4”.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no stage %2; its stages are numbered 1 to %3.</source>
        <translation>Projektilla ”%1” ei ole erää %2; sen erät on numeroitu 1–%3.</translation>
    </message>
    <message>
        <source>PROJECT_ID STAGE AMOUNT [--on YYYY-MM-DD]</source>
        <translation>PROJEKTI_ID ERÄ SUMMA [--on VVVV-KK-PP]</translation>
    </message>
    <message>
        <source>Record a payment received for a stage, in full or in part; never more than is still open.</source>
        <translation>Kirjaa erästä saatu maksu, kokonaan tai osittain; ei koskaan enempää kuin on avoinna.</translation>
    </message>
    <message>
        <source>The day the money arrived (default: today).</source>
        <translation>Päivä, jona raha saapui (oletus: tänään).</translation>
    </message>
    <message>
        <source>pay: AMOUNT: %1</source>
        <translation>pay: SUMMA: %1</translation>
    </message>
    <message>
        <source>Recorded %1 for stage %2 &quot;%3&quot; of &quot;%4&quot; on %5.</source>
        <translation>Kirjattiin %1 erälle %2 ”%3” projektissa ”%4” %5.</translation>
    </message>
    <message>
        <source>Still open: %1.</source>
        <translation>Avoinna vielä: %1.</translation>
    </message>
    <message>
        <source>The stage is paid in full.</source>
        <translation>Erä on maksettu kokonaan.</translation>
    </message>
    <message>
        <source>PROJECT_ID STAGE [--on YYYY-MM-DD]</source>
        <translation>PROJEKTI_ID ERÄ [--on VVVV-KK-PP]</translation>
    </message>
    <message>
        <source>Record that work on a stage has started; warns when the stage is not paid yet.</source>
        <translation>Kirjaa, että erän työ on aloitettu; varoittaa, jos erää ei ole vielä maksettu.</translation>
    </message>
    <message>
        <source>The day work started (default: today).</source>
        <translation>Päivä, jona työ aloitettiin (oletus: tänään).</translation>
    </message>
    <message>
        <source>Work on stage %1 &quot;%2&quot; of &quot;%3&quot; started on %4.</source>
        <translation>Erän %1 ”%2” työ projektissa ”%3” aloitettiin %4.</translation>
    </message>
    <message>
        <source>Projects: list, show, add and edit.</source>
        <translation>Projektit: luettelo, näyttö, lisäys ja muokkaus.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Alikomennot:</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 SUBCOMMAND --help&quot; for the options of one.</source>
        <translation>Yhden alikomennon valinnat: ”%1 %2 ALIKOMENTO --help”.</translation>
    </message>
    <message>
        <source>%1: say what to do: %2.</source>
        <translation>%1: kerro mitä tehdään: %2.</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &quot;%2&quot;; it is one of %3.</source>
        <translation>%1: tuntematon alikomento ”%2”; se on jokin näistä: %3.</translation>
    </message>
    <message>
        <source>CLIENT_ID</source>
        <translation>ASIAKAS_ID</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>PROMISE_ID</source>
        <translation>LUPAUS_ID</translation>
    </message>
    <message>
        <source>OBSERVATION_ID</source>
        <translation>HAVAINTO_ID</translation>
    </message>
    <message>
        <source>PROJECT_ID</source>
        <translation>PROJEKTI_ID</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ERÄ</translation>
    </message>
    <message>
        <source>INTERACTION_ID</source>
        <translation>YHTEYDENOTTO_ID</translation>
    </message>
    <message>
        <source>Type of client: %1.</source>
        <translation>Asiakastyyppi: %1.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYYPPI</translation>
    </message>
    <message>
        <source>Where the client came from: %1.</source>
        <translation>Mistä asiakas tuli: %1.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>LÄHDE</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Tila: %1.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>TILA</translation>
    </message>
    <message>
        <source>What kind of contact: %1 (default: general).</source>
        <translation>Millainen yhteydenotto: %1 (oletus: general).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>LAJI</translation>
    </message>
    <message>
        <source>Reports and reminders:</source>
        <translation>Raportit ja muistutukset:</translation>
    </message>
    <message>
        <source>[--out FILE] [--from YYYY-MM-DD] [--days N]</source>
        <translation>[--out TIEDOSTO] [--from VVVV-KK-PP] [--days N]</translation>
    </message>
    <message>
        <source>Due dates, deadlines, promises, renewals and price notices as an iCalendar file for your calendar (to standard output without --out).</source>
        <translation>Eräpäivät, määräajat, lupaukset, sopimusten uusinnat ja hinnanmuutosilmoitukset iCalendar-tiedostona kalenteriasi varten (ilman valintaa --out vakiotulosteeseen).</translation>
    </message>
    <message>
        <source>One all-day event for each: unpaid stages, deadlines and internal deadlines, promises, contract renewals, price notices and changes, and the one reminder of an unanswered brief. The events keep their UIDs, so a calendar that imports or subscribes to the file again updates them instead of adding copies. &quot;reminders set --calendar-alarm&quot; adds alarms.</source>
        <translation>Yksi koko päivän tapahtuma kustakin: maksamattomat vaiheet, määräajat ja sisäiset määräajat, lupaukset, sopimusten uusinnat, hinnanmuutosten ilmoituspäivät ja voimaantulot sekä vastaamattoman briefin ainoa muistutus. Tapahtumat säilyttävät UID:nsä, joten kalenteri, joka tuo tiedoston uudelleen tai tilaa sen, päivittää ne eikä lisää kopioita. ”reminders set --calendar-alarm” lisää hälytykset.</translation>
    </message>
    <message>
        <source>Write the calendar to FILE, replacing it only when complete.</source>
        <translation>Kirjoita kalenteri TIEDOSTOON; vanha korvataan vasta, kun uusi on valmis.</translation>
    </message>
    <message>
        <source>The first day of the calendar (default: 30 days ago).</source>
        <translation>Kalenterin ensimmäinen päivä (oletus: 30 päivää sitten).</translation>
    </message>
    <message>
        <source>How many days it covers (default: %1, a year ahead).</source>
        <translation>Montako päivää se kattaa (oletus: %1, vuosi eteenpäin).</translation>
    </message>
    <message>
        <source>--out: a file name is needed.</source>
        <translation>--out: tiedostonimi tarvitaan.</translation>
    </message>
    <message>
        <source>Wrote the calendar of %1 to %2 (%3 to %4).</source>
        <translation>Tietokannan %1 kalenteri kirjoitettiin tiedostoon %2 (%3–%4).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>samana päivänä</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n päivä ennen</numerusform>
            <numerusform>%n päivää ennen</numerusform>
        </translation>
    </message>
    <message>
        <source>Desktop notifications, quiet hours and calendar alarms.</source>
        <translation>Työpöytäilmoitukset, hiljaiset tunnit ja kalenterihälytykset.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Työpöytäilmoitukset</translation>
    </message>
    <message>
        <source>Quiet outside working hours</source>
        <translation>Hiljaista työajan ulkopuolella</translation>
    </message>
    <message>
        <source>Calendar alarm</source>
        <translation>Kalenterihälytys</translation>
    </message>
    <message>
        <source>Calendar id</source>
        <translation>Kalenterin tunniste</translation>
    </message>
    <message>
        <source>Change the reminder settings: only the options given change.</source>
        <translation>Muuta muistutusasetuksia: vain annetut valinnat muuttuvat.</translation>
    </message>
    <message>
        <source>Desktop notifications of new serious warnings and things coming due.</source>
        <translation>Työpöytäilmoitukset uusista vakavista varoituksista ja erääntyvistä asioista.</translation>
    </message>
    <message>
        <source>Hold notifications outside your working hours and days (&quot;profile show&quot; lists them).</source>
        <translation>Pidätä ilmoitukset työaikasi ja työpäiviesi ulkopuolella (”profile show” näyttää ne).</translation>
    </message>
    <message>
        <source>An alarm on every calendar event N days before it (0: on the day), at the start of your working day, or none.</source>
        <translation>Hälytys jokaiseen kalenteritapahtumaan N päivää ennen sitä (0: samana päivänä) työpäiväsi alussa, tai ei mitään (none).</translation>
    </message>
    <message>
        <source>N|none</source>
        <translation>N|none</translation>
    </message>
    <message>
        <source>Saved the reminder settings: %1.</source>
        <translation>Muistutusasetukset tallennettiin: %1.</translation>
    </message>
    <message>
        <source>Desktop notifications and calendar alarms: show and set.</source>
        <translation>Työpöytäilmoitukset ja kalenterihälytykset: näyttö ja asetus.</translation>
    </message>
    <message>
        <source>[--today YYYY-MM-DD] [--json] [--notify]</source>
        <translation>[--today VVVV-KK-PP] [--json] [--notify]</translation>
    </message>
    <message>
        <source>--notify also shows a desktop notification for each new serious warning and each thing coming due, as the desktop application does: each only once, not during quiet hours, not when notifications are off (&quot;reminders set&quot;), and not while a Neuvo has the database open, which announces them itself. The reminder timer runs it (see the README).</source>
        <translation>--notify näyttää lisäksi työpöytäilmoituksen jokaisesta uudesta vakavasta varoituksesta ja erääntyvästä asiasta, kuten työpöytäsovellus: kunkin vain kerran, ei hiljaisina tunteina, ei kun ilmoitukset on kytketty pois (”reminders set”) eikä silloin, kun jokin Neuvo pitää tietokantaa auki ja ilmoittaa niistä itse. Muistutusajastin ajaa sitä (katso README).</translation>
    </message>
    <message>
        <source>Also announce what is new on the desktop.</source>
        <translation>Ilmoita lisäksi uudet asiat työpöydällä.</translation>
    </message>
    <message numerus="yes">
        <source>announced %n new reminder(s) on the desktop.</source>
        <translation>
            <numerusform>työpöydällä ilmoitettiin %n uusi muistutus.</numerusform>
            <numerusform>työpöydällä ilmoitettiin %n uutta muistutusta.</numerusform>
        </translation>
    </message>
    <message>
        <source>some reminders were not announced: %1.</source>
        <translation>osasta muistutuksista ei ilmoitettu: %1.</translation>
    </message>
    <message>
        <source>nothing was announced: %1.</source>
        <translation>mistään ei ilmoitettu: %1.</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Säilytettävät varmuuskopiot</translation>
    </message>
    <message>
        <source>How many backups of each kind are kept beside the database file (1 to 1000).</source>
        <translation>Kuinka monta kunkin lajin varmuuskopiota tietokantatiedoston vieressä säilytetään (1–1000).</translation>
    </message>
    <message>
        <source>INTERACTION_ID [OPTIONS]</source>
        <translation>VUOROVAIKUTUS_ID [VALITSIMET]</translation>
    </message>
    <message>
        <source>Change a logged interaction: only the options given change.</source>
        <translation>Muuta kirjattua yhteydenottoa: vain annetut valitsimet muuttuvat.</translation>
    </message>
    <message>
        <source>How.</source>
        <translation>Miten.</translation>
    </message>
    <message>
        <source>in: from the client, out: from you.</source>
        <translation>in: asiakkaalta, out: sinulta.</translation>
    </message>
    <message>
        <source>What kind of contact: %1.</source>
        <translation>Yhteydenoton tyyppi: %1.</translation>
    </message>
    <message>
        <source>The project it was about (&quot;&quot;: none).</source>
        <translation>Projekti, jota se koski (&quot;&quot;: ei mikään).</translation>
    </message>
    <message>
        <source>When it happened, in local time.</source>
        <translation>Milloin se tapahtui, paikallista aikaa.</translation>
    </message>
    <message>
        <source>When the client confirmed it in writing (&quot;&quot;: not confirmed).</source>
        <translation>Milloin asiakas vahvisti sen kirjallisesti (&quot;&quot;: ei vahvistettu).</translation>
    </message>
    <message>
        <source>Saved interaction #%1: %2, %3, %4 at %5.</source>
        <translation>Tallennettu yhteydenotto #%1: %2, %3, %4 ajankohtana %5.</translation>
    </message>
    <message>
        <source>Delete a logged interaction.</source>
        <translation>Poista kirjattu yhteydenotto.</translation>
    </message>
    <message>
        <source>Deleted interaction #%1: %2</source>
        <translation>Poistettu yhteydenotto #%1: %2</translation>
    </message>
    <message>
        <source>PROMISE_ID [OPTIONS]</source>
        <translation>LUPAUS_ID [VALITSIMET]</translation>
    </message>
    <message>
        <source>Change a promise: only the options given change.</source>
        <translation>Muuta lupausta: vain annetut valitsimet muuttuvat.</translation>
    </message>
    <message>
        <source>What was promised.</source>
        <translation>Mitä luvattiin.</translation>
    </message>
    <message>
        <source>When it is due.</source>
        <translation>Milloin se erääntyy.</translation>
    </message>
    <message>
        <source>The project it is about (&quot;&quot;: none).</source>
        <translation>Projekti, jota se koskee (&quot;&quot;: ei mikään).</translation>
    </message>
    <message>
        <source>The day it was kept (&quot;&quot;: not kept yet).</source>
        <translation>Päivä, jona se pidettiin (&quot;&quot;: ei vielä pidetty).</translation>
    </message>
    <message>
        <source>Saved promise #%1, due %2: %3</source>
        <translation>Tallennettu lupaus #%1, määräpäivä %2: %3</translation>
    </message>
    <message>
        <source>Delete a promise.</source>
        <translation>Poista lupaus.</translation>
    </message>
    <message>
        <source>Deleted promise #%1: %2</source>
        <translation>Poistettu lupaus #%1: %2</translation>
    </message>
    <message>
        <source>Logged interactions: edit and delete (log adds one).</source>
        <translation>Kirjatut yhteydenotot: muokkaa ja poista (log lisää uuden).</translation>
    </message>
    <message>
        <source>Promises to clients: add, edit, done, delete and list.</source>
        <translation>Lupaukset asiakkaille: lisää, muokkaa, merkitse pidetyksi, poista ja luettele.</translation>
    </message>
    <message>
        <source>Between fields: comma, semicolon or tab (%1).</source>
        <translation>Kenttien välissä: comma (pilkku), semicolon (puolipiste) tai tab (sarkain) (%1).</translation>
    </message>
    <message>
        <source>The decimal mark of amounts: . or , (%1).</source>
        <translation>Summien desimaalierotin: . tai , (%1).</translation>
    </message>
    <message>
        <source>utf-8, windows-1252 or windows-1251 (%1).</source>
        <translation>utf-8, windows-1252 tai windows-1251 (%1).</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>MERKISTÖ</translation>
    </message>
    <message>
        <source>--separator: &quot;%1&quot; is not one of comma, semicolon, tab.</source>
        <translation>--separator: &quot;%1&quot; ei ole mikään vaihtoehdoista comma, semicolon, tab.</translation>
    </message>
    <message>
        <source>--decimal: &quot;%1&quot; is not . or ,.</source>
        <translation>--decimal: &quot;%1&quot; ei ole . eikä ,.</translation>
    </message>
    <message>
        <source>--encoding: &quot;%1&quot; is not one of utf-8, windows-1252, windows-1251.</source>
        <translation>--encoding: &quot;%1&quot; ei ole mikään vaihtoehdoista utf-8, windows-1252, windows-1251.</translation>
    </message>
    <message>
        <source>clients|projects IN.csv [OPTIONS]</source>
        <translation>clients|projects SISÄÄN.csv [VALITSIMET]</translation>
    </message>
    <message>
        <source>The separator, the decimal mark and the encoding are guessed from the file (a Finnish or Russian Excel writes &quot;;&quot;, &quot;1 234,50&quot; and Windows-1252 or -1251); the options override the guess.</source>
        <translation>Erotin, desimaalierotin ja merkistö päätellään tiedostosta (suomalainen tai venäläinen Excel kirjoittaa &quot;;&quot;, &quot;1 234,50&quot; ja Windows-1252 tai -1251); valitsimet ohittavat päätelmän.</translation>
    </message>
    <message>
        <source>default: guessed from the file</source>
        <translation>oletus: päätellään tiedostosta</translation>
    </message>
    <message>
        <source>clients|projects|stages [OUT.csv] [OPTIONS]</source>
        <translation>clients|projects|stages [ULOS.csv] [VALITSIMET]</translation>
    </message>
    <message>
        <source>For a spreadsheet that expects &quot;;&quot; and decimal commas (Finnish, Russian): --separator semicolon --decimal ,</source>
        <translation>Taulukkolaskentaohjelmalle, joka odottaa &quot;;&quot; ja desimaalipilkkuja (suomi, venäjä): --separator semicolon --decimal ,</translation>
    </message>
    <message>
        <source>default: comma, ., utf-8</source>
        <translation>oletus: comma, ., utf-8</translation>
    </message>
    <message>
        <source>Paper: a4 or letter (default: as chosen in the desktop&apos;s preferences, else the system&apos;s).</source>
        <translation>Paperi: a4 tai letter (oletus: työpöytäsovelluksen asetusten valinta, muuten järjestelmän).</translation>
    </message>
    <message>
        <source>English documents: dates as March 12, 2025 rather than 12 March 2025 (default: as chosen in the desktop&apos;s preferences, else for US English systems).</source>
        <translation>Englanninkieliset asiakirjat: päivämäärät muodossa March 12, 2025 eikä 12 March 2025 (oletus: työpöytäsovelluksen asetusten valinta, muuten Yhdysvaltain englantia käyttävissä järjestelmissä).</translation>
    </message>
    <message>
        <source>--paper: &quot;%1&quot; is not one of a4, letter.</source>
        <translation>--paper: &quot;%1&quot; ei ole a4 eikä letter.</translation>
    </message>
    <message>
        <source>PROJECT_ID --out FILE.pdf [--lang LANG] [--paper a4|letter]</source>
        <translation>PROJEKTI_ID --out TIEDOSTO.pdf [--lang KIELI] [--paper a4|letter]</translation>
    </message>
    <message>
        <source>Write the whole database as neuvo/2 JSON (to standard output without a file).</source>
        <translation>Kirjoita koko tietokanta neuvo/2-JSON-muodossa (ilman tiedostoa vakiotulosteeseen).</translation>
    </message>
    <message>
        <source>Read a neuvo/2 (or neuvo/1) JSON file into the database; nothing is written if it is invalid.</source>
        <translation>Lue neuvo/2- (tai neuvo/1-) JSON-tiedosto tietokantaan; virheellisestä tiedostosta ei kirjoiteta mitään.</translation>
    </message>
    <message>
        <source>%1 recorded: %2 of %3 included rounds used, %4 of your own errors, %5 out of scope</source>
        <translation>%1 kirjattu: %2/%3 hintaan kuuluvaa kierrosta käytetty, %4 omaa virhettä, %5 laajuuden ulkopuolella</translation>
    </message>
    <message>
        <source>Each client&apos;s flags and risk level, with evidence, and apart your alerts about the client (they never change the risk). Exit 3 when a flag is high.</source>
        <translation>Kunkin asiakkaan varoitusmerkit ja riskitaso perusteluineen sekä erikseen omat muistutuksesi asiakkaasta (ne eivät koskaan muuta riskiä). Paluuarvo 3, jos jokin varoitusmerkki on vakava.</translation>
    </message>
    <message>
        <source>Negotiation:</source>
        <translation>Neuvottelu:</translation>
    </message>
    <message>
        <source>PROJECT_ID --ask ASK [--discount AMOUNT] [--json] [--lang LANG] [--apply]</source>
        <translation>PROJEKTI_ID --ask PYYNTÖ [--discount SUMMA] [--json] [--lang KIELI] [--apply]</translation>
    </message>
    <message>
        <source>The answer to a client&apos;s ask (postpay, discount, nda, rush, budget), computed from the project.</source>
        <translation>Vastaus asiakkaan pyyntöön (postpay, discount, nda, rush, budget) projektin tiedoista laskettuna.</translation>
    </message>
    <message>
        <source>postpay: the same total as four prepaid stages, each due before its work; --apply stores that plan. discount: --discount is the amount asked; one under the floor rate is refused with the amount.</source>
        <translation>postpay: sama kokonaissumma neljänä ennakkoon maksettavana vaiheena, kukin maksettava ennen työtään; --apply tallentaa suunnitelman. discount: --discount on pyydetty summa; vähimmäistuntihinnan alittava alennus torjutaan summan kera.</translation>
    </message>
    <message>
        <source>What the client asks: %1.</source>
        <translation>Mitä asiakas pyytää: %1.</translation>
    </message>
    <message>
        <source>ASK</source>
        <translation>PYYNTÖ</translation>
    </message>
    <message>
        <source>The discount the client asks for, e.g. 1500.00.</source>
        <translation>Asiakkaan pyytämä alennus, esim. 1500.00.</translation>
    </message>
    <message>
        <source>Language of the answer: en, fi or ru (default: the system&apos;s, else en).</source>
        <translation>Vastauksen kieli: en, fi tai ru (oletus: järjestelmän kieli, muuten en).</translation>
    </message>
    <message>
        <source>postpay only: store the proposed stages in the project.</source>
        <translation>Vain postpay: tallenna ehdotetut vaiheet projektiin.</translation>
    </message>
    <message>
        <source>--ask: say what the client asks: %1.</source>
        <translation>--ask: kerro, mitä asiakas pyytää: %1.</translation>
    </message>
    <message>
        <source>--ask: &quot;%1&quot; is not one of %2.</source>
        <translation>--ask: ”%1” ei ole mikään näistä: %2.</translation>
    </message>
    <message>
        <source>--apply: only the postpay answer changes the project.</source>
        <translation>--apply: vain postpay-vastaus muuttaa projektia.</translation>
    </message>
    <message>
        <source>--discount: only for --ask discount.</source>
        <translation>--discount: vain valinnan --ask discount kanssa.</translation>
    </message>
    <message>
        <source>--discount: %1</source>
        <translation>--discount: %1</translation>
    </message>
    <message>
        <source>Saved project #%1: %2 prepaid stages.</source>
        <translation>Projekti #%1 tallennettu: %2 ennakkoon maksettavaa vaihetta.</translation>
    </message>
    <message>
        <source>Invoices:</source>
        <translation>Laskut:</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Laskutusosoite</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>ALV-numero</translation>
    </message>
    <message>
        <source>The address invoices are sent to; \n starts a new line.</source>
        <translation>Osoite, johon laskut lähetetään; \n aloittaa uuden rivin.</translation>
    </message>
    <message>
        <source>Business ID, e.g. 1234567-8 (a Finnish one is checked).</source>
        <translation>Y-tunnus, esim. 1234567-8 (suomalainen tarkistetaan).</translation>
    </message>
    <message>
        <source>VAT ID, e.g. FI12345678 (needed for reverse charge).</source>
        <translation>ALV-numero, esim. FI12345678 (tarvitaan käännettyyn verovelvollisuuteen).</translation>
    </message>
    <message>
        <source>The invoice of one payment stage as a PDF: a draft without a number, or issued with --issue.</source>
        <translation>Yhden maksuerän lasku PDF-muodossa: luonnos ilman numeroa tai --issue-valitsimella annettuna.</translation>
    </message>
    <message>
        <source>--issue gives the invoice the next number of your series and stores it as it prints; it never changes afterwards (&quot;credit-note NUMBER&quot; cancels it). Without --issue the PDF is a draft, marked as one, with no number.</source>
        <translation>--issue antaa laskulle sarjasi seuraavan numeron ja tallentaa sen sellaisena kuin se tulostuu; sen jälkeen se ei muutu (”credit-note NUMERO” mitätöi sen). Ilman --issue-valitsinta PDF on luonnokseksi merkitty luonnos ilman numeroa.</translation>
    </message>
    <message>
        <source>Language of the invoice: en, fi or ru (default: the system&apos;s, else en).</source>
        <translation>Laskun kieli: en, fi tai ru (oletus: järjestelmän kieli, muuten en).</translation>
    </message>
    <message>
        <source>Date of the invoice (default: today).</source>
        <translation>Laskun päiväys (oletus: tänään).</translation>
    </message>
    <message>
        <source>Issue the invoice: number it and store it.</source>
        <translation>Anna lasku: numeroi ja tallenna se.</translation>
    </message>
    <message>
        <source>Issued invoice %1: %2, due %3, reference %4.</source>
        <translation>Lasku %1 annettu: %2, eräpäivä %3, viite %4.</translation>
    </message>
    <message>
        <source>Print an issued invoice or credit note again, exactly as issued.</source>
        <translation>Tulosta annettu lasku tai hyvityslasku uudelleen täsmälleen sellaisena kuin se annettiin.</translation>
    </message>
    <message>
        <source>Cancel an issued invoice with a credit note of its own number.</source>
        <translation>Mitätöi annettu lasku hyvityslaskulla, jolla on oma numeronsa.</translation>
    </message>
    <message>
        <source>Date of the credit note (default: today).</source>
        <translation>Hyvityslaskun päiväys (oletus: tänään).</translation>
    </message>
    <message>
        <source>Also write the credit note as a PDF.</source>
        <translation>Kirjoita hyvityslasku myös PDF-tiedostoon.</translation>
    </message>
    <message>
        <source>Credit note %1 cancels invoice %2.</source>
        <translation>Hyvityslasku %1 mitätöi laskun %2.</translation>
    </message>
    <message>
        <source>NUMBER [AMOUNT] [--on YYYY-MM-DD]</source>
        <translation>NUMERO [SUMMA] [--on VVVV-KK-PP]</translation>
    </message>
    <message>
        <source>Record a payment received against an invoice (the amount still owed without AMOUNT), or list or remove its payments.</source>
        <translation>Kirjaa laskulle saatu maksu (ilman SUMMAA maksamatta oleva määrä) tai luettele tai poista sen maksuja.</translation>
    </message>
    <message>
        <source>The stage&apos;s paid amount grows by the stage&apos;s share of the payment. --list prints the payments with their ids; --remove ID removes one recorded by mistake.</source>
        <translation>Maksuerän maksettu summa kasvaa erän osuudella maksusta. --list tulostaa maksut tunnisteineen; --remove ID poistaa vahingossa kirjatun.</translation>
    </message>
    <message>
        <source>When the payment was received (default: today).</source>
        <translation>Milloin maksu saatiin (oletus: tänään).</translation>
    </message>
    <message>
        <source>List the invoice&apos;s payments instead.</source>
        <translation>Luettele sen sijaan laskun maksut.</translation>
    </message>
    <message>
        <source>Remove the payment with this id.</source>
        <translation>Poista maksu, jonka ID on tämä.</translation>
    </message>
    <message>
        <source>%1: an AMOUNT goes with recording a payment, not with --list or --remove.</source>
        <translation>%1: SUMMA annetaan maksua kirjattaessa, ei valitsimien --list tai --remove kanssa.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Still owed: %1</source>
        <translation>Maksamatta: %1</translation>
    </message>
    <message>
        <source>Invoice %1 has no payment #%2; &quot;%3 invoice-payment %1 --list&quot; shows them.</source>
        <translation>Laskulla %1 ei ole maksua #%2; ”%3 invoice-payment %1 --list” näyttää ne.</translation>
    </message>
    <message>
        <source>Removed payment #%1 of invoice %2.</source>
        <translation>Laskun %2 maksu #%1 poistettu.</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>SUMMA: %1</translation>
    </message>
    <message>
        <source>Recorded %1 received on %2 against invoice %3; still owed: %4.</source>
        <translation>Kirjattu %2 saatu %1 laskulle %3; maksamatta: %4.</translation>
    </message>
    <message>
        <source>[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv] [--out FILE]</source>
        <translation>[--from VVVV-KK-PP] [--to VVVV-KK-PP] [--csv] [--out TIEDOSTO]</translation>
    </message>
    <message>
        <source>The invoices and credit notes issued in a period, with net, VAT, gross and paid, and the totals per currency and VAT rate.</source>
        <translation>Jaksolla annetut laskut ja hyvityslaskut verottomina, ALV, verollisina ja maksettuina sekä summat valuutoittain ja ALV-kannoittain.</translation>
    </message>
    <message>
        <source>--csv writes them for a spreadsheet or an accountant: amounts with a decimal point, dates YYYY-MM-DD, the totals at the end. A credit note counts with negative amounts.</source>
        <translation>--csv kirjoittaa ne taulukkolaskentaa tai kirjanpitäjää varten: summat desimaalipisteellä, päivämäärät VVVV-KK-PP, summarivit lopussa. Hyvityslasku lasketaan negatiivisin summin.</translation>
    </message>
    <message>
        <source>Issued on or after this day.</source>
        <translation>Annettu tänä päivänä tai myöhemmin.</translation>
    </message>
    <message>
        <source>Issued on or before this day.</source>
        <translation>Annettu tänä päivänä tai aiemmin.</translation>
    </message>
    <message>
        <source>Write CSV instead of a table.</source>
        <translation>Kirjoita CSV taulukon sijaan.</translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation>Kirjoita tähän tiedostoon (oletus: vakiotuloste).</translation>
    </message>
    <message>
        <source>--to: %1 is before --from %2.</source>
        <translation>--to: %1 on ennen päivää --from %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Kirjoitettu %n lasku tiedostoon %1.</numerusform>
            <numerusform>Kirjoitettu %n laskua tiedostoon %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Ostaja</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Veroton</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Verollinen</translation>
    </message>
    <message>
        <source>all</source>
        <translation>kaikki</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>ALV-kanta</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Avoinna</translation>
    </message>
    <message>
        <source>VAT status</source>
        <translation>ALV-asema</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Hinnat sisältävät ALV:n</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Invoice prefix</source>
        <translation>Laskunumeron etuliite</translation>
    </message>
    <message>
        <source>Invoice numbers start each year</source>
        <translation>Laskunumerot alkavat joka vuosi alusta</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Maksuaika</translation>
    </message>
    <message>
        <source>Exemption sentence (%1)</source>
        <translation>Verottomuuden peruste (%1)</translation>
    </message>
    <message>
        <source>--exemption: &quot;%1&quot; is not LANG=TEXT with LANG one of %2.</source>
        <translation>--exemption: ”%1” ei ole muotoa KIELI=TEKSTI, jossa KIELI on jokin näistä: %2.</translation>
    </message>
    <message>
        <source>VAT status: %1.</source>
        <translation>ALV-asema: %1.</translation>
    </message>
    <message>
        <source>Your VAT ID, e.g. FI12345678 (needed when registered).</source>
        <translation>ALV-numerosi, esim. FI12345678 (pakollinen arvonlisäverovelvolliselle).</translation>
    </message>
    <message>
        <source>Default VAT rate in percent, e.g. 25.5.</source>
        <translation>Oletus-ALV-kanta prosentteina, esim. 25.5.</translation>
    </message>
    <message>
        <source>Project prices are gross (VAT included).</source>
        <translation>Projektien hinnat ovat verollisia (sisältävät ALV:n).</translation>
    </message>
    <message>
        <source>The sentence printed when no VAT is charged, per document language, e.g. ru=&quot;Без НДС&quot; (empty text: Neuvo&apos;s standard one); may be given several times.</source>
        <translation>Lause, joka tulostuu, kun arvonlisäveroa ei peritä, asiakirjan kielittäin, esim. ru=&quot;Без НДС&quot; (tyhjä teksti: Neuvon vakiolause); voi antaa useita kertoja.</translation>
    </message>
    <message>
        <source>LANG=TEXT</source>
        <translation>KIELI=TEKSTI</translation>
    </message>
    <message>
        <source>IBAN for the reference number, bank bar code and QR code.</source>
        <translation>IBAN viitenumeroa, pankkiviivakoodia ja QR-koodia varten.</translation>
    </message>
    <message>
        <source>BIC of your bank.</source>
        <translation>Pankkisi BIC-tunnus.</translation>
    </message>
    <message>
        <source>Printed before invoice numbers, e.g. INV-.</source>
        <translation>Tulostuu laskunumeroiden eteen, esim. INV-.</translation>
    </message>
    <message>
        <source>Invoice numbers start again each year.</source>
        <translation>Laskunumerot alkavat joka vuosi alusta.</translation>
    </message>
    <message>
        <source>Days to pay an invoice whose stage has no due date.</source>
        <translation>Maksuaika päivinä laskulle, jonka erällä ei ole eräpäivää.</translation>
    </message>
    <message>
        <source>The project&apos;s own VAT rate in percent, e.g. 14 (empty: your profile&apos;s).</source>
        <translation>Projektin oma ALV-kanta prosentteina, esim. 14 (tyhjä: profiilin kanta).</translation>
    </message>
    <message>
        <source>Invoiced with reverse charge: the buyer accounts for the VAT.</source>
        <translation>Laskutetaan käännetyllä verovelvollisuudella: ostaja suorittaa ALV:n.</translation>
    </message>
    <message>
        <source>[--since YYYY-MM-DD] [--today YYYY-MM-DD] [--json]</source>
        <translation>[--since VVVV-KK-PP] [--today VVVV-KK-PP] [--json]</translation>
    </message>
    <message>
        <source>How negotiations went: agreed price against the first offer, discounts, win rate by source, effective hourly rate and late payment per client.</source>
        <translation>Miten neuvottelut ovat menneet: sovittu hinta suhteessa ensimmäiseen tarjoukseen, alennukset, voittoprosentti lähteittäin, todellinen tuntihinta ja maksujen myöhästyminen asiakkaittain.</translation>
    </message>
    <message>
        <source>Money is shown per currency, never converted. A figure from fewer than 3 data points is left out and its sample size shown. Hours per extra revision round and the number of recent agreements are the hours_per_revision_round and recent_agreements_count thresholds (&quot;profile set&quot;).</source>
        <translation>Rahamäärät näytetään valuutoittain, niitä ei koskaan muunneta. Alle 3 havainnon lukua ei näytetä, vaan näytetään havaintojen määrä. Ylimääräisen korjauskierroksen tunnit ja vertailtavien uusien sopimusten määrä ovat raja-arvot hours_per_revision_round ja recent_agreements_count (&quot;profile set&quot;).</translation>
    </message>
    <message>
        <source>Only projects agreed or quoted on or after this day.</source>
        <translation>Vain tänä päivänä tai sen jälkeen sovitut tai tarjotut projektit.</translation>
    </message>
    <message>
        <source>too few to tell (%1 of %2 needed)</source>
        <translation>liian vähän tietoa (%1/%2 tarvittavasta)</translation>
    </message>
    <message>
        <source>%1× (%2)</source>
        <translation>%1× (%2)</translation>
    </message>
    <message>
        <source>won %1, lost %2, open %3</source>
        <translation>saatu %1, menetetty %2, avoinna %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <source>Negotiation statistics from %1 to %2: %3 projects.</source>
        <translation>Neuvottelutilastot %1–%2: projekteja %3.</translation>
    </message>
    <message>
        <source>Negotiation statistics to %1: %2 projects.</source>
        <translation>Neuvottelutilastot %1 asti: projekteja %2.</translation>
    </message>
    <message>
        <source>Agreed price ÷ client&apos;s first offer (median, data points):</source>
        <translation>Sovittu hinta ÷ asiakkaan ensimmäinen tarjous (mediaani, havainnot):</translation>
    </message>
    <message>
        <source>  all: %1</source>
        <translation>  kaikki: %1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Discounts on won projects:</source>
        <translation>Alennukset saaduissa projekteissa:</translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation>  ei vielä yhtään</translation>
    </message>
    <message>
        <source>%1 of %2 list price</source>
        <translation>%1 listahinnasta %2</translation>
    </message>
    <message>
        <source>  %1: %2 (won projects: %3): %4</source>
        <translation>  %1: %2 (saatuja projekteja: %3): %4</translation>
    </message>
    <message>
        <source>  %1: %2 discounted, %3 with a counter-concession: %4</source>
        <translation>  %1: alennus %2 projektissa, vastamyönnytys %3: %4</translation>
    </message>
    <message>
        <source>Win rate (agreed ÷ decided quotes):</source>
        <translation>Voittoprosentti (sovitut ÷ ratkaistut tarjoukset):</translation>
    </message>
    <message>
        <source>  warm (referral, social media, publication): %1</source>
        <translation>  lämpimät (suositus, some, julkaisu): %1</translation>
    </message>
    <message>
        <source>  cold (marketplace, cold contact): %1</source>
        <translation>  kylmät (välityspalvelu, kylmä yhteydenotto): %1</translation>
    </message>
    <message>
        <source>Rate of the last %1 new agreements (median agreed price per estimated hour):</source>
        <translation>Viimeisten %1 uuden sopimuksen tuntihinta (sovitun hinnan mediaani arvioitua tuntia kohden):</translation>
    </message>
    <message>
        <source>Effective hourly rate (received ÷ hours, extra rounds and unbilled changes at %1 h each):</source>
        <translation>Todellinen tuntihinta (saatu ÷ tunnit; ylimääräiset kierrokset ja laskuttamattomat muutokset %1 h kukin):</translation>
    </message>
    <message>
        <source>  no delivered or closed projects with estimated hours yet</source>
        <translation>  ei vielä toimitettuja tai suljettuja projekteja, joilla on tuntiarvio</translation>
    </message>
    <message>
        <source>  %1: %2 (%3 received for %4 h); floor %5, new agreements %6</source>
        <translation>  %1: %2 (%3 saatu %4 tunnista); alin hinta %5, uudet sopimukset %6</translation>
    </message>
    <message>
        <source>Late payment per client (stages due by today):</source>
        <translation>Myöhästyneet maksut asiakkaittain (tähän mennessä erääntyneet erät):</translation>
    </message>
    <message>
        <source>  no stages due yet</source>
        <translation>  ei vielä erääntyneitä eriä</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 stages late, %4 days late in all (per stage due: %5); overdue now: %6 days</source>
        <translation>  %1: %2/%3 erää myöhässä, yhteensä %4 päivää (erääntynyttä erää kohden: %5); nyt myöhässä: %6 päivää</translation>
    </message>
    <message>
        <source>The clients whose effective rate is under the rate of recent new agreements, with a new price, its date and a notice letter.</source>
        <translation>Asiakkaat, joiden todellinen tuntihinta jää uusien sopimusten tuntihinnasta, sekä uusi hinta, sen alkamispäivä ja ilmoituskirje.</translation>
    </message>
    <message>
        <source>The date is the later of today plus the profile&apos;s notice days and the end of the current contract term. --apply stores the planned price change, announced today (send the letter today), so the price_notice_due alert follows it.</source>
        <translation>Päivä on myöhäisempi näistä: tänään lisättynä profiilin ilmoitusajalla tai nykyisen sopimuskauden loppu. --apply tallentaa suunnitellun hinnanmuutoksen tänään ilmoitettuna (lähetä kirje tänään), joten price_notice_due-muistutus seuraa sitä.</translation>
    </message>
    <message>
        <source>Plan this client&apos;s price rise in their project.</source>
        <translation>Suunnittele tämän asiakkaan hinnankorotus hänen projektiinsa.</translation>
    </message>
    <message>
        <source>Language of the letters: en, fi or ru (default: the system&apos;s, else en).</source>
        <translation>Kirjeiden kieli: en, fi tai ru (oletus: järjestelmän kieli, muuten en).</translation>
    </message>
    <message>
        <source>--apply: client #%1 is not in the price-rise plan (their rate is not behind, or they have no project under way).</source>
        <translation>--apply: asiakas #%1 ei ole hinnankorotussuunnitelmassa (hänen tuntihintansa ei jää jälkeen, tai hänellä ei ole käynnissä olevaa projektia).</translation>
    </message>
    <message>
        <source>Planned for project #%1 &quot;%2&quot;: %3 from %4, announced %5.</source>
        <translation>Suunniteltu projektiin #%1 &quot;%2&quot;: %3 alkaen %4, ilmoitettu %5.</translation>
    </message>
    <message>
        <source>No client&apos;s effective rate is under the rate of recent new agreements.</source>
        <translation>Minkään asiakkaan todellinen tuntihinta ei jää uusien sopimusten tuntihinnasta.</translation>
    </message>
    <message>
        <source>%1 (#%2): %3/h against %4/h for new agreements. Project #%5 &quot;%6&quot;: %7 instead of %8 from %9.</source>
        <translation>%1 (#%2): %3/h, uusissa sopimuksissa %4/h. Projekti #%5 &quot;%6&quot;: %7 hinnan %8 sijaan %9 alkaen.</translation>
    </message>
    <message>
        <source>  A rise is already planned from %1.</source>
        <translation>  Korotus on jo suunniteltu alkamaan %1.</translation>
    </message>
    <message>
        <source>INTERACTION_ID [--kind KIND] [--lang LANG] [--mailto]</source>
        <translation>INTERACTION_ID [--kind LAJI] [--lang KIELI] [--mailto]</translation>
    </message>
    <message>
        <source>A letter from the log, or its mailto: link: the follow-up letter of a call or meeting (follow-up), the one reminder for a sent brief (brief-reminder), releasing the reserved time when the reminder too goes unanswered (release-slot).</source>
        <translation>Kirje lokista tai sen mailto:-linkki: puhelun tai tapaamisen seurantakirje (follow-up), lähetetyn briefin ainoa muistutus (brief-reminder) tai varatun ajan vapauttaminen, kun muistutukseenkaan ei vastata (release-slot).</translation>
    </message>
    <message>
        <source>follow-up (default), brief-reminder (ID: the sent brief) or release-slot (ID: the brief or its reminder).</source>
        <translation>follow-up (oletus), brief-reminder (ID: lähetetty brief) tai release-slot (ID: brief tai sen muistutus).</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not one of %2.</source>
        <translation>--kind: ”%1” ei ole mikään näistä: %2.</translation>
    </message>
    <message>
        <source>Rush surcharge</source>
        <translation>Kiirelisä</translation>
    </message>
    <message>
        <source>What a rush costs on top of the price, 1–500 %, named in the rush counter-offer; none (or 0) for no surcharge.</source>
        <translation>Mitä kiire maksaa hinnan päälle, 1–500 %, mainitaan kiirevastauksessa; none (tai 0): ei lisää.</translation>
    </message>
    <message>
        <source>PROJECT_ID STAGE --out FILE.pdf [--lang LANG] [--paper a4|letter] [--issue]</source>
        <translation>PROJEKTI_ID ERÄ --out TIEDOSTO.pdf [--lang KIELI] [--paper a4|letter] [--issue]</translation>
    </message>
    <message>
        <source>NUMBER --out FILE.pdf [--paper a4|letter]</source>
        <translation>NUMERO --out TIEDOSTO.pdf [--paper a4|letter]</translation>
    </message>
    <message>
        <source>NUMBER [--date YYYY-MM-DD] [--out FILE.pdf [--paper a4|letter]]</source>
        <translation>NUMERO [--date VVVV-KK-PP] [--out TIEDOSTO.pdf [--paper a4|letter]]</translation>
    </message>
    <message>
        <source>[--apply CLIENT_ID | --mailto CLIENT_ID] [--lang LANG] [--today YYYY-MM-DD] [--json]</source>
        <translation>[--apply ASIAKAS_ID | --mailto ASIAKAS_ID] [--lang KIELI] [--today VVVV-KK-PP] [--json]</translation>
    </message>
    <message>
        <source>Print the mailto: link of an e-mail draft of this client&apos;s notice letter.</source>
        <translation>Tulosta tämän asiakkaan ilmoituskirjeen sähköpostiluonnoksen mailto:-linkki.</translation>
    </message>
    <message>
        <source>--apply and --mailto: choose one.</source>
        <translation>--apply ja --mailto: valitse toinen.</translation>
    </message>
    <message>
        <source>--mailto: client #%1 is not in the price-rise plan (their rate is not behind, or they have no project under way).</source>
        <translation>--mailto: asiakas #%1 ei ole hinnankorotussuunnitelmassa (hänen tuntihintansa ei jää jälkeen, tai hänellä ei ole käynnissä olevaa projektia).</translation>
    </message>
    <message>
        <source>Save only if the record is still at this version (&quot;show&quot; prints it); refused when it was saved by someone else since.</source>
        <translation>Tallenna vain, jos tietue on yhä tässä versiossa (”show” näyttää sen); tallennus evätään, jos joku muu on tallentanut sen sen jälkeen.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versio</translation>
    </message>
    <message>
        <source>FROM TO</source>
        <translation>MISTÄ MIHIN</translation>
    </message>
    <message>
        <source>Copy every record of database FROM into database TO, which holds no clients yet (a file, made when missing, or a postgresql:// URL).</source>
        <translation>Kopioi tietokannan MISTÄ kaikki tietueet tietokantaan MIHIN, jossa ei vielä ole asiakkaita (tiedosto, joka luodaan tarvittaessa, tai postgresql://-osoite).</translation>
    </message>
    <message>
        <source>FROM and TO are SQLite files or PostgreSQL URLs (postgresql://user@host/db); --db is not used. The ids are kept, so &quot;export&quot; gives the same JSON from both. Nothing is written unless everything is; a file TO that did not exist is removed again then. To add records to a database that has some, use export and import.</source>
        <translation>MISTÄ ja MIHIN ovat SQLite-tiedostoja tai PostgreSQL-osoitteita (postgresql://käyttäjä@palvelin/tietokanta); --db-valitsinta ei käytetä. Tunnisteet säilyvät, joten &quot;export&quot; antaa molemmista saman JSONin. Mitään ei kirjoiteta, ellei kaikkea kirjoiteta; silloin aiemmin puuttunut MIHIN-tiedosto poistetaan taas. Tietueiden lisäämiseen tietokantaan, jossa niitä jo on, käytä vientiä ja tuontia (export ja import).</translation>
    </message>
    <message>
        <source>copy: FROM and TO are the same database, %1.</source>
        <translation>copy: MISTÄ ja MIHIN ovat sama tietokanta, %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n client(s); copy writes only into a database without any (export and import add records to one that has some).</source>
        <translation>
            <numerusform>%1 sisältää jo %n asiakkaan; copy kirjoittaa vain tietokantaan, jossa ei ole yhtään (export ja import lisäävät tietueita tietokantaan, jossa niitä on).</numerusform>
            <numerusform>%1 sisältää jo %n asiakasta; copy kirjoittaa vain tietokantaan, jossa ei ole yhtään (export ja import lisäävät tietueita tietokantaan, jossa niitä on).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 Nothing was copied.</source>
        <translation>%1: %2 Mitään ei kopioitu.</translation>
    </message>
    <message>
        <source>Copied %1 clients, %2 projects, %3 interactions, %4 promises, %5 observations and %6 invoices from %7 to %8.</source>
        <translation>Kopioitiin tietokannasta %7 tietokantaan %8: asiakkaita %1, projekteja %2, yhteydenottoja %3, lupauksia %4, havaintoja %5 ja laskuja %6.</translation>
    </message>
</context>
<context>
    <name>ClientStore</name>
    <message>
        <source>Name: a client needs a name.</source>
        <translation>Nimi: asiakkaalla on oltava nimi.</translation>
    </message>
    <message numerus="yes">
        <source>The client has %n project(s); delete or move them first.</source>
        <translation>
            <numerusform>Asiakkaalla on %n projekti; poista tai siirrä se ensin.</numerusform>
            <numerusform>Asiakkaalla on %n projektia; poista tai siirrä ne ensin.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not an address such as name@example.com.</source>
        <translation>Sähköposti: ”%1” ei ole osoite muotoa nimi@esimerkki.fi.</translation>
    </message>
    <message>
        <source>Contact days: tick at least one day when the client may contact you.</source>
        <translation>Yhteyspäivät: valitse vähintään yksi päivä, jolloin asiakas voi ottaa sinuun yhteyttä.</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a known time zone; choose one such as Europe/Helsinki.</source>
        <translation>Aikavyöhyke: ”%1” ei ole tunnettu aikavyöhyke; valitse esimerkiksi Europe/Helsinki.</translation>
    </message>
</context>
<context>
    <name>ContractDocument</name>
    <message>
        <source>Service agreement</source>
        <translation>Toimeksiantosopimus</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>Nro %1, %2</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Sopijapuolet</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Toimeksisaaja</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Toimeksiantaja</translation>
    </message>
    <message>
        <source>The Contractor performs the work independently, as an entrepreneur, and is not in an employment relationship with the Client.</source>
        <translation>Toimeksisaaja tekee työn itsenäisenä yrittäjänä eikä ole työsuhteessa Toimeksiantajaan.</translation>
    </message>
    <message>
        <source>Subject of the agreement</source>
        <translation>Sopimuksen kohde</translation>
    </message>
    <message>
        <source>The Client orders and the Contractor performs the work “%1”.</source>
        <translation>Toimeksiantaja tilaa ja Toimeksisaaja toteuttaa työn ”%1”.</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Laajuus</translation>
    </message>
    <message>
        <source>The price includes:</source>
        <translation>Hintaan sisältyy:</translation>
    </message>
    <message>
        <source>Work not listed here is outside the scope of this agreement and is agreed separately (see “Revisions and changes”).</source>
        <translation>Työ, jota ei ole lueteltu tässä, ei kuulu tämän sopimuksen piiriin, ja siitä sovitaan erikseen (ks. ”Korjaukset ja muutokset”).</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>The price is fixed for the scope above. Currency: %1.</source>
        <translation>Hinta on kiinteä edellä kuvatulle laajuudelle. Valuutta: %1.</translation>
    </message>
    <message>
        <source>The discount is given in return for: %1.</source>
        <translation>Alennus on myönnetty vastineeksi seuraavasta: %1.</translation>
    </message>
    <message>
        <source>Payment in stages</source>
        <translation>Maksu erissä</translation>
    </message>
    <message>
        <source>The price is paid in advance, split into the stages below. Each stage is paid in full before work on it starts. The next stage is paid after the previous stage has been delivered.</source>
        <translation>Hinta maksetaan etukäteen alla olevissa erissä. Kukin erä maksetaan kokonaan ennen kuin sen työ alkaa. Seuraava erä maksetaan, kun edellinen vaihe on toimitettu.</translation>
    </message>
    <message>
        <source>The Contractor sends an invoice for each stage. Payment by bank transfer to: %1. Payment reference: the contract number %2 and the stage number.</source>
        <translation>Toimeksisaaja lähettää jokaisesta erästä laskun. Maksu tilisiirtona: %1. Viestiksi sopimuksen numero %2 ja erän numero.</translation>
    </message>
    <message>
        <source>Deadline and guarantee</source>
        <translation>Määräaika ja takuu</translation>
    </message>
    <message>
        <source>The work is delivered in full by %1.</source>
        <translation>Työ toimitetaan kokonaisuudessaan viimeistään %1.</translation>
    </message>
    <message>
        <source>Each stage is delivered by the date the parties agree in writing when it is paid.</source>
        <translation>Kukin vaihe toimitetaan viimeistään päivänä, josta osapuolet sopivat kirjallisesti erän maksun yhteydessä.</translation>
    </message>
    <message>
        <source>Guarantee: if the Contractor misses the deadline of a stage, the Contractor refunds %1 of the price of that stage to the Client.</source>
        <translation>Takuu: jos Toimeksisaaja ei toimita vaihetta määräajassa, Toimeksisaaja palauttaa Toimeksiantajalle %1 kyseisen vaiheen hinnasta.</translation>
    </message>
    <message>
        <source>A delay caused by the Client (late payment, materials or feedback) or by force majeure moves the deadline by the length of the delay and gives no right to a refund.</source>
        <translation>Toimeksiantajasta johtuva viivästys (myöhästynyt maksu, aineisto tai palaute) tai ylivoimainen este siirtää määräaikaa viivästyksen pituudella eikä oikeuta hyvitykseen.</translation>
    </message>
    <message>
        <source>Revisions and changes</source>
        <translation>Korjaukset ja muutokset</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Salassapito</translation>
    </message>
    <message>
        <source>The Contractor keeps confidential all information received from the Client under this agreement and does not disclose it to third parties.</source>
        <translation>Toimeksisaaja pitää salassa kaikki tämän sopimuksen perusteella Toimeksiantajalta saamansa tiedot eikä luovuta niitä kolmansille osapuolille.</translation>
    </message>
    <message>
        <source>The Contractor does not show the results of the work in a portfolio and does not name the Client as a customer without the Client&apos;s written consent. This restriction is compensated by the confidentiality surcharge of %1 included in the price.</source>
        <translation>Toimeksisaaja ei esitä työn tuloksia portfoliossaan eikä mainitse Toimeksiantajaa asiakkaanaan ilman Toimeksiantajan kirjallista suostumusta. Rajoitus on korvattu hintaan sisältyvällä %1:n salassapitolisällä.</translation>
    </message>
    <message>
        <source>The duty of confidentiality remains in force after this agreement ends.</source>
        <translation>Salassapitovelvollisuus on voimassa myös sopimuksen päättymisen jälkeen.</translation>
    </message>
    <message>
        <source>Term and price changes</source>
        <translation>Voimassaolo ja hinnanmuutokset</translation>
    </message>
    <message>
        <source>This agreement is in force for %1, from %2 to %3. It is renewed for the same term unless either party gives written notice before the term ends.</source>
        <translation>Sopimus on voimassa %1, %2 – %3. Sopimus jatkuu samanpituisen kauden, ellei kumpikaan osapuoli irtisano sitä kirjallisesti ennen kauden päättymistä.</translation>
    </message>
    <message>
        <source>This agreement is in force from its signing until the work has been delivered and every stage has been paid.</source>
        <translation>Sopimus on voimassa allekirjoittamisesta siihen asti, kun työ on toimitettu ja kaikki erät on maksettu.</translation>
    </message>
    <message>
        <source>The Contractor announces any change of prices in writing at least %1 before it takes effect. A change of prices does not apply to stages already paid.</source>
        <translation>Toimeksisaaja ilmoittaa hinnanmuutoksista kirjallisesti vähintään %1 ennen niiden voimaantuloa. Hinnanmuutos ei koske jo maksettuja eriä.</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Yhteydenpito</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Ensisijainen yhteyskanava</translation>
    </message>
    <message>
        <source>Calls and messages</source>
        <translation>Puhelut ja viestit</translation>
    </message>
    <message>
        <source>%1, %2–%3 (time zone %4)</source>
        <translation>%1 klo %2–%3 (aikavyöhyke %4)</translation>
    </message>
    <message>
        <source>Messages sent outside these hours are answered on the next working day. The Contractor reports progress when each stage is delivered.</source>
        <translation>Näiden aikojen ulkopuolella lähetettyihin viesteihin vastataan seuraavana arkipäivänä. Toimeksisaaja raportoi edistymisestä kunkin vaiheen toimituksen yhteydessä.</translation>
    </message>
    <message>
        <source>Agreements made by phone, in a meeting or in a messenger are binding only once confirmed in writing: after each such conversation the Contractor sends a written summary, and the Client confirms it.</source>
        <translation>Puhelimessa, tapaamisessa tai pikaviestimessä tehdyt sopimukset sitovat vasta, kun ne on vahvistettu kirjallisesti: jokaisen keskustelun jälkeen Toimeksisaaja lähettää kirjallisen yhteenvedon, ja Toimeksiantaja vahvistaa sen.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Allekirjoitukset</translation>
    </message>
    <message>
        <source>The agreement takes effect when both parties have signed it. A signed copy sent electronically is as valid as the original.</source>
        <translation>Sopimus tulee voimaan, kun molemmat osapuolet ovat allekirjoittaneet sen. Sähköisesti toimitettu allekirjoitettu kappale on yhtä pätevä kuin alkuperäinen.</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Paikka ja aika</translation>
    </message>
    <message>
        <source>Service agreement No. %1</source>
        <translation>Toimeksiantosopimus nro %1</translation>
    </message>
    <message>
        <source>The price includes %1. A revision round is one consolidated list of comments from the Client on a delivered stage.</source>
        <translation>Hintaan sisältyy %1. Korjauskierros on Toimeksiantajan yksi koottu kommenttiluettelo toimitetusta vaiheesta.</translation>
    </message>
    <message>
        <source>Errors of the Contractor are corrected free of charge at any time.</source>
        <translation>Toimeksisaajan omat virheet korjataan aina veloituksetta.</translation>
    </message>
    <message>
        <source>Changes outside the agreed scope, and revisions beyond the included rounds, are billed separately. The Contractor first states the price and deadline of the change in writing (a change order); the work starts when the Client has confirmed the change order in writing.</source>
        <translation>Sovitun laajuuden ulkopuoliset muutokset ja hintaan sisältyvät kierrokset ylittävät korjaukset laskutetaan erikseen. Toimeksisaaja ilmoittaa ensin muutoksen hinnan ja aikataulun kirjallisesti (muutostilaus); työ alkaa, kun Toimeksiantaja on vahvistanut muutostilauksen kirjallisesti.</translation>
    </message>
</context>
<context>
    <name>CounterOffer</name>
    <message>
        <source>Deadline: the stages are spread up to the deadline, so set one after %1.</source>
        <translation>Määräaika: vaiheet jaetaan määräaikaan asti, joten aseta määräaika päivän %1 jälkeen.</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Vaihe %1/%2</translation>
    </message>
    <message>
        <source>- %1: %2, paid by %3, before its work starts</source>
        <translation>- %1: %2, maksettava viimeistään %3, ennen kuin sen työ alkaa</translation>
    </message>
    <message>
        <source>I only work with full prepayment. But you can split it into four stages: you pay a quarter of the work, I do it, we agree on it, then you pay for the next one, and so on. Either way I reserve my time for the whole project.</source>
        <translation>Työskentelen vain täydellä ennakkomaksulla. Voit kuitenkin jakaa sen neljään vaiheeseen: maksat neljänneksen työstä, teen sen, hyväksymme sen yhdessä, sitten maksat seuraavasta ja niin edelleen. Varaan joka tapauksessa aikaa koko projektin ajaksi.</translation>
    </message>
    <message>
        <source>Total: %1, the same as agreed; the work is done by %2.</source>
        <translation>Yhteensä: %1, sama kuin sovittu; työ valmistuu viimeistään %2.</translation>
    </message>
    <message>
        <source>Discount: %1 is not between 0 and the price %2.</source>
        <translation>Alennus: %1 ei ole nollan ja hinnan %2 välillä.</translation>
    </message>
    <message>
        <source>I do not lower the price of this project for the promise of future orders: a discount has to be worth it for both of us.</source>
        <translation>En laske tämän projektin hintaa tulevien tilausten lupauksesta: alennuksen on oltava kannattava meille molemmille.</translation>
    </message>
    <message>
        <source>A discount of %1 would bring the price to %2, %3 per hour for %4 hours of work: %5 under my floor rate of %6 per hour. I cannot accept it.</source>
        <translation>Alennuksella %1 hinnaksi tulisi %2 eli %3 tunnilta, kun työtä on %4 tuntia: %5 alle vähimmäistuntihintani %6. En voi hyväksyä sitä.</translation>
    </message>
    <message>
        <source>A discount of %1 keeps the price at or above my floor rate of %2 per hour; I can give it if I get something in return.</source>
        <translation>Alennuksella %1 hinta pysyy vähimmäistuntihinnassani %2 tai sen yli; voin antaa sen, jos saan jotain vastineeksi.</translation>
    </message>
    <message>
        <source>The most I can take off is %1: below that, the work pays less than my floor rate of %2 per hour.</source>
        <translation>Voin laskea hintaa enintään %1: suuremmalla alennuksella työ tuottaa vähemmän kuin vähimmäistuntihintani %2.</translation>
    </message>
    <message>
        <source>Instead, I can make the scope smaller; without these, the price is about %1:</source>
        <translation>Sen sijaan voin pienentää työn laajuutta; ilman näitä hinta on noin %1:</translation>
    </message>
    <message>
        <source>If the work repeats the structure of an earlier project of ours, the repeated part costs less: about %1 instead of %2.</source>
        <translation>Jos työ toistaa aiemman yhteisen projektimme rakenteen, toistuva osa maksaa vähemmän: noin %1 hinnan %2 sijaan.</translation>
    </message>
    <message>
        <source>I can sign the NDA. The work then cannot go into my portfolio, so the price rises by 20–40 %: from %1 to %2–%3 (%4 to %5 more).</source>
        <translation>Voin allekirjoittaa salassapitosopimuksen. Silloin työtä ei voi liittää portfoliooni, joten hinta nousee 20–40 %: %1 → %2–%3 (%4–%5 enemmän).</translation>
    </message>
    <message>
        <source>Note: the discount of %1 already given eats at least the lower surcharge of %2.</source>
        <translation>Huom.: jo annettu alennus %1 syö vähintään alemman lisän %2.</translation>
    </message>
    <message>
        <source>Estimated hours: an honest deadline is counted from them, so enter them.</source>
        <translation>Arvioidut tunnit: rehellinen määräaika lasketaan niistä, joten syötä ne.</translation>
    </message>
    <message>
        <source>I name the price myself, from the work it takes. For &quot;%1&quot; it is %2.</source>
        <translation>Määritän hinnan itse työn perusteella. Projektin ”%1” hinta on %2.</translation>
    </message>
    <message>
        <source>The price includes:</source>
        <translation>Hintaan sisältyy:</translation>
    </message>
    <message>
        <source>Base price: %1</source>
        <translation>Perushinta: %1</translation>
    </message>
    <message>
        <source>NDA surcharge %1 %: %2</source>
        <translation>Salassapitolisä %1 %: %2</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>Alennus: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Yhteensä: %1</translation>
    </message>
    <message>
        <source>Revision rounds included: %1.</source>
        <translation>Sisältyviä korjauskierroksia: %1.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Hinta: %1</translation>
    </message>
    <message>
        <source>With the deadline moved from %1 to %2 I can give the discount.</source>
        <translation>Jos määräaika siirtyy päivästä %1 päivään %2, voin antaa alennuksen.</translation>
    </message>
    <message>
        <source>Putting this work before my other projects costs %1 % more: %2 on top of %3, %4 in all.</source>
        <translation>Jos teen tämän työn muiden projektieni edellä, hinta nousee %1 %: %2 hinnan %3 päälle, yhteensä %4.</translation>
    </message>
    <message numerus="yes">
        <source>Or a longer deadline: the discount of %1 is worth about %Ln hour(s) of this work at %2 per hour.</source>
        <translation>
            <numerusform>Tai pidempi määräaika: %1 alennus vastaa noin %Ln tunnin työtä hintaan %2 tunnilta.</numerusform>
            <numerusform>Tai pidempi määräaika: %1 alennus vastaa noin %Ln tunnin työtä hintaan %2 tunnilta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is %Ln more working day(s).</source>
        <translation>
            <numerusform>Se on %Ln työpäivä lisää.</numerusform>
            <numerusform>Se on %Ln työpäivää lisää.</numerusform>
        </translation>
    </message>
    <message>
        <source>I cannot do it today and do it well.</source>
        <translation>En pysty tekemään työtä tänään ja hyvin.</translation>
    </message>
    <message numerus="yes">
        <source>The work takes about %Ln hour(s).</source>
        <translation>
            <numerusform>Työ vie noin %Ln tunnin.</numerusform>
            <numerusform>Työ vie noin %Ln tuntia.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That makes %Ln working day(s).</source>
        <translation>
            <numerusform>Se on %Ln työpäivä.</numerusform>
            <numerusform>Se on %Ln työpäivää.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I keep %Ln day(s) in reserve for the unexpected.</source>
        <translation>
            <numerusform>Odottamattomien varalle varaan %Ln päivän.</numerusform>
            <numerusform>Odottamattomien varalle varaan %Ln päivää.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earliest deadline I can promise honestly is %1.</source>
        <translation>Aikaisin määräaika, jonka voin rehellisesti luvata, on %1.</translation>
    </message>
</context>
<context>
    <name>CreditorReference</name>
    <message>
        <source>&quot;%1&quot; cannot be the body of an RF reference: it needs 1–21 letters or digits.</source>
        <translation>”%1” ei kelpaa RF-viitteen perusosaksi: siinä on oltava 1–21 kirjainta tai numeroa.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: unexpected text after a closing quote; a quote inside a quoted field is written as two quotes (&quot;&quot;).</source>
        <translation>rivi %1: odottamatonta tekstiä loppulainausmerkin jälkeen; lainausmerkeissä olevan kentän sisällä lainausmerkki kirjoitetaan kahdesti (&quot;&quot;).</translation>
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field; put the whole field in quotes and write the quote twice (&quot;&quot;).</source>
        <translation>rivi %1: lainausmerkki kentässä, joka ei ole lainausmerkeissä; laita koko kenttä lainausmerkkeihin ja kirjoita lainausmerkki kahdesti (&quot;&quot;).</translation>
    </message>
    <message>
        <source>line %1: the quoted field that starts here is never closed.</source>
        <translation>rivi %1: tästä alkavalta lainausmerkeissä olevalta kentältä puuttuu loppulainausmerkki.</translation>
    </message>
    <message>
        <source>This build of Qt cannot read %1 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Tämä Qt-koontiversio ei osaa lukea %1-tekstiä. Tallenna tiedosto muodossa &quot;CSV UTF-8&quot; ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8. Save the file as &quot;CSV UTF-8&quot;, or choose its encoding (Windows-1252 or Windows-1251), and try again.</source>
        <translation>rivi %1: teksti ei ole kelvollista UTF-8:aa. Tallenna tiedosto muodossa &quot;CSV UTF-8&quot; tai valitse sen merkistö (Windows-1252 tai Windows-1251) ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>This build of Qt cannot write %1 text; choose UTF-8.</source>
        <translation>Tämä Qt-koontiversio ei osaa kirjoittaa %1-tekstiä; valitse UTF-8.</translation>
    </message>
    <message>
        <source>line %1, column %2: &quot;%3&quot; cannot be written in %4; choose UTF-8.</source>
        <translation>rivi %1, sarake %2: &quot;%3&quot; ei ole kirjoitettavissa merkistöllä %4; valitse UTF-8.</translation>
    </message>
</context>
<context>
    <name>CsvExchange</name>
    <message>
        <source>line %1: %2</source>
        <translation>rivi %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>rivi %1: %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>”%1” ei ole mikään seuraavista: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>”%1” ei ole päivämäärä muodossa VVVV-KK-PP.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the form HH:MM.</source>
        <translation>”%1” ei ole kellonaika muodossa TT:MM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>”%1” ei ole kokonaisluku, joka on 0 tai suurempi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>”%1” ei ole yes eikä no.</translation>
    </message>
    <message>
        <source>Stages are imported with their project, not from CSV.</source>
        <translation>Maksuerät tuodaan projektinsa mukana, ei CSV-tiedostosta.</translation>
    </message>
    <message>
        <source>line 1: the file is empty; the first line must name the columns.</source>
        <translation>rivi 1: tiedosto on tyhjä; ensimmäisellä rivillä on oltava sarakkeiden nimet.</translation>
    </message>
    <message>
        <source>line %1: unknown column &quot;%2&quot;; the columns are %3.</source>
        <translation>rivi %1: tuntematon sarake ”%2”; sarakkeet ovat %3.</translation>
    </message>
    <message>
        <source>line %1: the column &quot;%2&quot; appears twice.</source>
        <translation>rivi %1: sarake ”%2” esiintyy kahdesti.</translation>
    </message>
    <message>
        <source>line %1: the column &quot;%2&quot; is missing.</source>
        <translation>rivi %1: sarake ”%2” puuttuu.</translation>
    </message>
    <message>
        <source>line %1: a &quot;client&quot; (name) or &quot;client_id&quot; column is needed.</source>
        <translation>rivi %1: tarvitaan sarake ”client” (nimi) tai ”client_id”.</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3.</source>
        <translation>rivi %1: kenttiä on %2, mutta otsikkorivillä niitä on %3.</translation>
    </message>
    <message>
        <source>a client needs a name.</source>
        <translation>asiakkaalla on oltava nimi.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone such as Europe/Helsinki.</source>
        <translation>”%1” ei ole aikavyöhyke, kuten Europe/Helsinki.</translation>
    </message>
    <message>
        <source>there is no client with the id &quot;%1&quot;.</source>
        <translation>asiakasta, jonka ID on ”%1”, ei ole olemassa.</translation>
    </message>
    <message>
        <source>there is no client named &quot;%1&quot;; import the clients first.</source>
        <translation>asiakasta nimeltä ”%1” ei ole; tuo asiakkaat ensin.</translation>
    </message>
    <message>
        <source>every project needs its client.</source>
        <translation>jokaisella projektilla on oltava asiakas.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter ISO 4217 code.</source>
        <translation>”%1” ei ole kolmikirjaiminen ISO 4217 -koodi.</translation>
    </message>
    <message>
        <source>several clients are named &quot;%1&quot;; use a client_id column instead.</source>
        <translation>useamman asiakkaan nimi on ”%1”; käytä sen sijaan saraketta client_id.</translation>
    </message>
    <message>
        <source>line %1: %2 columns are mapped where the header has %3.</source>
        <translation>rivi %1: sarakkeita on kohdistettu %2, mutta otsikkorivillä niitä on %3.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a field; the fields are %3.</source>
        <translation>rivi %1: ”%2” ei ole kenttä; kentät ovat %3.</translation>
    </message>
    <message>
        <source>line %1: two columns go into &quot;%2&quot;; choose it for one only.</source>
        <translation>rivi %1: kenttään ”%2” on kohdistettu kaksi saraketta; valitse se vain yhdelle.</translation>
    </message>
    <message>
        <source>No column goes into &quot;%1&quot;; choose it for the column that holds it.</source>
        <translation>Mitään saraketta ei ole kohdistettu kenttään ”%1”; valitse se sarakkeelle, jossa tieto on.</translation>
    </message>
    <message>
        <source>No column goes into &quot;client&quot; (name) or &quot;client_id&quot;; every project needs its client.</source>
        <translation>Mitään saraketta ei ole kohdistettu kenttään ”client” (nimi) tai ”client_id”; jokaisella projektilla on oltava asiakas.</translation>
    </message>
    <message>
        <source>line %1: there are no rows below the header; nothing to import.</source>
        <translation>rivi %1: otsikkorivin alla ei ole yhtään riviä; tuotavaa ei ole.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount such as 1 234,50.</source>
        <translation>&quot;%1&quot; ei ole summa, kuten 1 234,50.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: it is a folder, not a database file.</source>
        <translation>Kohdetta %1 ei voi avata: se on kansio eikä tietokantatiedosto.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Tietokannalle ei voi luoda kansiota %1.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tiedostoa %1 ei voi avata: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by a newer version of Neuvo (schema %2, this version knows up to %3). Update Neuvo to open it; the file was not changed.</source>
        <translation>Tiedostoa %1 ei voi avata: sen on kirjoittanut Neuvon uudempi versio (skeema %2, tämä versio tuntee skeemat versioon %3 asti). Päivitä Neuvo avataksesi tiedoston; tiedostoa ei muutettu.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is an SQLite database of another program, not a Neuvo database.</source>
        <translation>Tiedostoa %1 ei voi avata: se on toisen ohjelman SQLite-tietokanta eikä Neuvon tietokanta.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>Tietokantaa %1 ei voi päivittää: %2</translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation>skeeman vaihe %1 epäonnistui: %2</translation>
    </message>
    <message>
        <source>Cannot start a change: %1</source>
        <translation>Muutosta ei voi aloittaa: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Tietokantavirhe: %1</translation>
    </message>
    <message>
        <source>%1 #%2 does not exist.</source>
        <translation>%1 #%2 ei ole olemassa.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Maksuerä</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Korjaus</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Yhteydenotto</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Lupaus</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Havainto</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>Tiedostoa %1 ei voi avata: tiedostoa ei ole olemassa.</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>se avattiin vain lukemista varten</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is not writable.</source>
        <translation>Tiedostoa %1 ei voi luoda: kansioon %2 ei ole kirjoitusoikeutta.</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>tiedostoon ei ole kirjoitusoikeutta</translation>
    </message>
    <message>
        <source>its folder %1 is not writable</source>
        <translation>sen kansioon %1 ei ole kirjoitusoikeutta</translation>
    </message>
    <message>
        <source>another Neuvo has it open (process %1 on %2)</source>
        <translation>toinen Neuvo pitää sitä auki (prosessi %1, kone: %2)</translation>
    </message>
    <message>
        <source>another Neuvo has it open</source>
        <translation>toinen Neuvo pitää sitä auki</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Tiedostoa %1 ei voi luoda: %2.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Tiedostoa %1 ei voi luoda: %2</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes) although it has backups; it was probably cut off by a crash or a full disk</source>
        <translation>tiedosto on tyhjä (0 tavua), vaikka siitä on varmuuskopioita; se on luultavasti katkennut kaatumisen tai täyden levyn vuoksi</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes) but its -wal journal is not</source>
        <translation>tiedosto on tyhjä (0 tavua), mutta sen -wal-loki ei ole</translation>
    </message>
    <message>
        <source>its first %1 bytes are zeros where the database header belongs; the file is damaged</source>
        <translation>sen ensimmäiset %1 tavua ovat nollia tietokannan otsakkeen kohdalla; tiedosto on vioittunut</translation>
    </message>
    <message>
        <source>the file is not a Neuvo database</source>
        <translation>tiedosto ei ole Neuvon tietokanta</translation>
    </message>
    <message>
        <source>the file ends inside its header (%1 bytes); it was cut off</source>
        <translation>tiedosto päättyy kesken otsakkeensa (%1 tavua); se on katkennut</translation>
    </message>
    <message>
        <source>the file is shorter than its header says (%1 of %2 bytes); it was cut off, probably by a crash or a full disk</source>
        <translation>tiedosto on lyhyempi kuin sen otsake ilmoittaa (%1/%2 tavua); se on katkennut, luultavasti kaatumisen tai täyden levyn vuoksi</translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1)</source>
        <translation>SQLite ei pysty avaamaan sitä (%1)</translation>
    </message>
    <message>
        <source>the file is not a Neuvo database (%1)</source>
        <translation>tiedosto ei ole Neuvon tietokanta (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>tiedosto on vioittunut (%1)</translation>
    </message>
    <message>
        <source>SQLite found damage in it (%1)</source>
        <translation>SQLite löysi siitä vaurioita (%1)</translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by an older version of Neuvo and must be upgraded, which needs write access, but %2.</source>
        <translation>Tiedostoa %1 ei voi avata: sen on kirjoittanut Neuvon vanhempi versio, joten se on päivitettävä, mikä vaatii kirjoitusoikeuden, mutta %2.</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it; nothing was changed. %2</source>
        <translation>Tiedostoa %1 ei voi varmuuskopioida ennen päivitystä; mitään ei muutettu. %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. The file was not changed.</source>
        <translation>Tiedostoa %1 ei voi avata: %2. Tiedostoa ei muutettu.</translation>
    </message>
    <message>
        <source>The newest good backup is %1 (made %2). Restore it with &quot;neuvo-cli --db %3 restore %1&quot;.</source>
        <translation>Uusin ehjä varmuuskopio on %1 (tehty %2). Palauta se komennolla ”neuvo-cli --db %3 restore %1”.</translation>
    </message>
    <message>
        <source>%1 is open read-only because %2: the change was not saved.</source>
        <translation>Muutosta ei tallennettu: %1 on auki vain luku -tilassa, koska %2.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>tietokanta</translation>
    </message>
    <message>
        <source>The disk is full: the change to %1 was not saved and the database is as it was before. Free some space on the disk and try again.</source>
        <translation>Levy on täynnä, joten muutosta ei tallennettu: %1 on ennallaan. Vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing %1 (%2): the change was not saved. Check that the disk or network drive is still connected and try again; if it keeps failing, copy your backups to another disk.</source>
        <translation>Levy ilmoitti kirjoitusvirheestä (%1: %2), joten muutosta ei tallennettu. Tarkista, että levy tai verkkoasema on yhä yhdistettynä, ja yritä uudelleen; jos virhe toistuu, kopioi varmuuskopiosi toiselle levylle.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is using it. The change was not saved; close the other program or wait a moment, then try again.</source>
        <translation>Muutosta ei tallennettu: %1 on toisen ohjelman käytössä. Sulje toinen ohjelma tai odota hetki ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>%1 is open read-only, so the change was not saved. To change it, close any other Neuvo that has it open and make sure the file and its folder are writable, then open it again.</source>
        <translation>Muutosta ei tallennettu, koska %1 on auki vain luku -tilassa. Jos haluat muuttaa sitä, sulje muut Neuvot, joissa se on auki, varmista, että tiedostoon ja sen kansioon on kirjoitusoikeus, ja avaa se uudelleen.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): the change was not saved. Run &quot;neuvo-cli check&quot; and restore the newest good backup.</source>
        <translation>Muutosta ei tallennettu, koska %1 on vioittunut (%2). Suorita ”neuvo-cli check” ja palauta uusin ehjä varmuuskopio.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2): check that the file and its folder still exist and are accessible.</source>
        <translation>Avaaminen epäonnistui: %1 (%2). Tarkista, että tiedosto ja sen kansio ovat yhä olemassa ja käytettävissä.</translation>
    </message>
    <message>
        <source>Cannot open %1: give the database as a file path; SQLite URIs (file:…) are not accepted.</source>
        <translation>Tiedostoa %1 ei voi avata: anna tietokanta tiedostopolkuna; SQLiten URI-osoitteita (file:…) ei hyväksytä.</translation>
    </message>
    <message>
        <source>its lock file %1 cannot be created</source>
        <translation>sen lukkotiedostoa %1 ei voi luoda</translation>
    </message>
    <message>
        <source>Cannot read %1: the disk is full (%2 free). SQLite needs a little room even to read a database, for its -wal and -shm files. Nothing is wrong with the file itself: free some space on the disk and try again.</source>
        <translation>Tiedostoa %1 ei voi lukea: levy on täynnä (vapaata %2). SQLite tarvitsee hieman tilaa jo tietokannan lukemiseen, -wal- ja -shm-tiedostoilleen. Itse tiedostossa ei ole vikaa: vapauta levytilaa ja yritä uudelleen.</translation>
    </message>
    <message>
        <source>Cannot read %1: the disk reported an error (%2). This says nothing about the file itself: check that the disk or network drive is connected and has free space, then try again.</source>
        <translation>Tiedostoa %1 ei voi lukea: levy ilmoitti virheestä (%2). Tämä ei kerro itse tiedostosta mitään: tarkista, että levy tai verkkolevy on kytkettynä ja että siinä on vapaata tilaa, ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>Cannot read %1: another program holds it locked. Close the other program or wait a moment, then try again.</source>
        <translation>Tiedostoa %1 ei voi lukea: toinen ohjelma pitää sitä lukittuna. Sulje toinen ohjelma tai odota hetki ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2): check that the file and its folder exist and that you may read them.</source>
        <translation>Tiedostoa %1 ei voi lukea (%2): tarkista, että tiedosto ja sen kansio ovat olemassa ja että sinulla on oikeus lukea niitä.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: its schema cannot be read (%2).</source>
        <translation>Tiedostoa %1 ei voi avata: sen skeemaa ei voi lukea (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n more difference(s).</source>
        <translation>
            <numerusform>Vielä %n ero.</numerusform>
            <numerusform>Vielä %n eroa.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: its schema is not Neuvo&apos;s. %2 Another program or a person changed the file; Neuvo does not work on it, since such an object would act on every change Neuvo makes. The file was not changed. &quot;neuvo-cli --db %1 check --full&quot; lists every difference.</source>
        <translation>Tiedostoa %1 ei voi avata: sen skeema ei ole Neuvon. %2 Jokin toinen ohjelma tai joku ihminen on muuttanut tiedostoa; Neuvo ei käsittele sitä, koska tällainen objekti vaikuttaisi jokaiseen Neuvon tekemään muutokseen. Tiedostoa ei muutettu. ”neuvo-cli --db %1 check --full” luettelee kaikki erot.</translation>
    </message>
    <message>
        <source>If you did not add it on purpose, remove it with the sqlite3 program: sqlite3 &apos;%1&apos; &apos;%2&apos;</source>
        <translation>Jos et lisännyt sitä tarkoituksella, poista se sqlite3-ohjelmalla: sqlite3 &apos;%1&apos; &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Or restore the newest good backup, %1 (made %2), with &quot;neuvo-cli --db %3 restore %1&quot;.</source>
        <translation>Tai palauta uusin ehjä varmuuskopio %1 (tehty %2) komennolla ”neuvo-cli --db %3 restore %1”.</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a valid server URL (%2).</source>
        <translation>Tietokantaa %1 ei voi avata: se ei ole kelvollinen palvelimen URL-osoite (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1: give the password in ~/.pgpass or the PGPASSWORD environment variable, not in the URL.</source>
        <translation>Tietokantaa %1 ei voi avata: anna salasana tiedostossa ~/.pgpass tai ympäristömuuttujassa PGPASSWORD, ei URL-osoitteessa.</translation>
    </message>
    <message>
        <source>Cannot open %1: the URL must name the database, as in postgresql://user@host/neuvo.</source>
        <translation>Tietokantaa %1 ei voi avata: URL-osoitteessa on oltava tietokannan nimi, esimerkiksi postgresql://user@host/neuvo.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian install the package libqt6sql6-psql.</source>
        <translation>Tietokantaa %1 ei voi avata: Qt:n PostgreSQL-ajuria (QPSQL) ei ole asennettu; asenna Debianissa paketti libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot open %1: the parameter &quot;%2&quot; cannot be passed on to the server.</source>
        <translation>Tietokantaa %1 ei voi avata: parametria ”%2” ei voi välittää palvelimelle.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Yhteyttä kohteeseen %1 ei voi muodostaa: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by a newer version of Neuvo (schema %2, this version knows up to %3). Update Neuvo to open it; the database was not changed.</source>
        <translation>Tietokantaa %1 ei voi avata: sen on kirjoittanut Neuvon uudempi versio (skeema %2, tämä versio tuntee skeemat versioon %3 asti). Päivitä Neuvo avataksesi sen; tietokantaa ei muutettu.</translation>
    </message>
    <message>
        <source>Cannot open %1: the database holds tables of another program; give Neuvo a database of its own.</source>
        <translation>Tietokantaa %1 ei voi avata: tietokannassa on toisen ohjelman tauluja; anna Neuvolle oma tietokanta.</translation>
    </message>
    <message>
        <source>Cannot open %1: its schema is not Neuvo&apos;s. %2 The database was not changed.</source>
        <translation>Tietokantaa %1 ei voi avata: sen skeema ei ole Neuvon. %2 Tietokantaa ei muutettu.</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Taulua %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>Varmuuskopiolle ei voi luoda kansiota %1.</translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost while the change was being committed (%2): it may or may not have been saved. Look at the record again, then repeat the change if it is missing.</source>
        <translation>Yhteys tietokannan %1 palvelimeen katkesi juuri muutosta tallennettaessa (%2): muutos on voinut tallentua tai jäädä tallentumatta. Tarkista tietue ja tee muutos uudelleen, jos se puuttuu.</translation>
    </message>
    <message>
        <source>Cannot listen for other programs&apos; changes to %1: %2</source>
        <translation>Muiden ohjelmien tekemiä muutoksia tietokantaan %1 ei voi seurata: %2</translation>
    </message>
    <message>
        <source>the server closed it</source>
        <translation>palvelin sulki sen</translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost (%2): nothing of this change was saved, the server keeps everything as it was before it. Neuvo connects again on the next step: try again once the server is reachable.</source>
        <translation>Yhteys tietokannan %1 palvelimeen katkesi (%2): tästä muutoksesta ei tallentunut mitään, ja palvelimella kaikki on ennallaan. Neuvo yhdistää uudelleen seuraavalla kerralla: yritä uudelleen, kun palvelin on taas tavoitettavissa.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>%1 is open in this Neuvo; close it first.</source>
        <translation>Tietokanta %1 on auki tässä Neuvossa; sulje se ensin.</translation>
    </message>
    <message>
        <source>%1 is already open in another Neuvo (process %2 on %3). Close it there first, or open the file read-only.</source>
        <translation>Tietokanta %1 on jo auki toisessa Neuvossa (prosessi %2, kone: %3). Sulje se ensin siellä tai avaa tiedosto vain luku -tilassa.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>tämä tietokone</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 beside %2: the folder is not writable.</source>
        <translation>Lukkotiedostoa %1 ei voi luoda tiedoston %2 viereen: kansioon ei ole kirjoitusoikeutta.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 beside %2.</source>
        <translation>Lukkotiedostoa %1 ei voi luoda tiedoston %2 viereen.</translation>
    </message>
    <message>
        <source>%1 is already open in another Neuvo, possibly under another name (a link to the same file). Close it there first, or open the file read-only.</source>
        <translation>Tietokanta %1 on jo auki toisessa Neuvossa, ehkä toisella nimellä (linkki samaan tiedostoon). Sulje se ensin siellä tai avaa tiedosto vain luku -tilassa.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 beside %2: the disk is full (%3 free).</source>
        <translation>Lukkotiedostoa %1 ei voi luoda tiedoston %2 viereen: levy on täynnä (vapaata %3).</translation>
    </message>
</context>
<context>
    <name>DeletedRecords</name>
    <message>
        <source>client “%1”</source>
        <translation>asiakas ”%1”</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>%1 asiakasta</translation>
    </message>
    <message>
        <source>project “%1”</source>
        <translation>projekti ”%1”</translation>
    </message>
    <message>
        <source>projects: %1</source>
        <translation>projekteja: %1</translation>
    </message>
    <message>
        <source>interactions: %1</source>
        <translation>yhteydenottoja: %1</translation>
    </message>
    <message>
        <source>promises: %1</source>
        <translation>lupauksia: %1</translation>
    </message>
    <message>
        <source>observations: %1</source>
        <translation>havaintoja: %1</translation>
    </message>
    <message>
        <source>interaction “%1”</source>
        <translation>yhteydenotto ”%1”</translation>
    </message>
    <message>
        <source>promise “%1”</source>
        <translation>lupaus ”%1”</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo data needs an open database.</source>
        <translation>Esimerkkitiedot vaativat avoimen tietokannan.</translation>
    </message>
    <message>
        <source>The demo data needs a valid date for today.</source>
        <translation>Esimerkkitiedot vaativat kelvollisen päivämäärän tälle päivälle.</translation>
    </message>
    <message>
        <source>%1 already holds clients (%2); demo data is only written into an empty database.</source>
        <translation>Tietokannassa %1 on jo asiakkaita (%2); esimerkkitiedot kirjoitetaan vain tyhjään tietokantaan.</translation>
    </message>
    <message>
        <source>The demo data places dates from two years before %1 to three months after it; choose a day between 0003-01-01 and 9999-09-30.</source>
        <translation>Esimerkkitietojen päivämäärät ulottuvat kahdesta vuodesta ennen päivää %1 kolmeen kuukauteen sen jälkeen; valitse päivä väliltä 0003-01-01 – 9999-09-30.</translation>
    </message>
</context>
<context>
    <name>DesktopAnnouncer</name>
    <message>
        <source>the database is open read-only because %1; notifications are left to the Neuvo that writes it</source>
        <translation>tietokanta on avattu vain luku -tilassa, koska %1; ilmoitukset jätetään sille Neuvolle, joka kirjoittaa siihen</translation>
    </message>
    <message>
        <source>desktop notifications are turned off (Preferences → Reminders)</source>
        <translation>työpöytäilmoitukset on kytketty pois (Asetukset → Muistutukset)</translation>
    </message>
    <message>
        <source>it is outside your working hours; they wait until %1</source>
        <translation>nyt on työaikasi ulkopuolella; ne odottavat ajankohtaan %1</translation>
    </message>
    <message>
        <source>no desktop notification service answered (%1)</source>
        <translation>mikään työpöydän ilmoituspalvelu ei vastannut (%1)</translation>
    </message>
</context>
<context>
    <name>DocumentCommon</name>
    <message>
        <source>%1 %</source>
        <extracomment>A percentage, e.g. &quot;30 %&quot;.</extracomment>
        <translation>%1 %</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n kuukausi</numerusform>
            <numerusform>%n kuukautta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision round(s)</source>
        <translation>
            <numerusform>%n korjauskierros</numerusform>
            <numerusform>%n korjauskierrosta</numerusform>
        </translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>sähköposti</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>puhelin</translation>
    </message>
    <message>
        <source>messenger</source>
        <translation>pikaviestin</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>tapaamiset</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Base price for the scope above</source>
        <translation>Perushinta edellä kuvatulle laajuudelle</translation>
    </message>
    <message>
        <source>Confidentiality (NDA) surcharge, %1 of the base price</source>
        <translation>Salassapitolisä (NDA), %1 perushinnasta</translation>
    </message>
    <message>
        <source>Discount, %1</source>
        <translation>Alennus, %1</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Alennus</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Kokonaishinta</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Erittely</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>on signing</source>
        <translation>allekirjoitettaessa</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Erä</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Työ</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Pankkitili</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Pikaviestin</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>ALV-numero</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>The %1 catalogue of the documents (%2) is missing from this build.</source>
        <translation>Asiakirjojen kielen %1 käännöstiedosto (%2) puuttuu tästä versiosta.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document language; use one of: %2.</source>
        <translation>”%1” ei ole asiakirjojen kieli; käytä jotakin näistä: %2.</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>QDate::toString format of a date in the text of a printed document. MMMM is the month name as used after a day number.</extracomment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>QDate::toString format of a date in a table of a printed document.</extracomment>
        <translation>d.M.yyyy</translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <source>A follow-up letter is printed from an interaction, not from a project.</source>
        <translation>Seurantakirje tulostetaan yhteydenotosta, ei projektista.</translation>
    </message>
    <message>
        <source>No brief sent before the reminder #%1 about the same project: the time is released for a brief that went unanswered.</source>
        <translation>Ennen muistutusta #%1 ei ole lähetetty briefiä samasta projektista: aika vapautetaan vain briefistä, johon ei vastattu.</translation>
    </message>
    <message>
        <source>No reminder after the brief #%1: send the one reminder first (the letter &quot;brief-reminder&quot;), and release the time only when it too goes unanswered.</source>
        <translation>Briefin #%1 jälkeen ei ole muistutusta: lähetä ensin yksi muistutus (kirje ”brief-reminder”) ja vapauta aika vasta, kun siihenkään ei vastata.</translation>
    </message>
    <message>
        <source>Interaction #%1 is neither a sent brief nor a reminder: the time is released after both went unanswered.</source>
        <translation>Tapahtuma #%1 ei ole lähetetty brief eikä muistutus: aika vapautetaan, kun kumpaankaan ei ole vastattu.</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>There is no document to print.</source>
        <translation>Tulostettavaa asiakirjaa ei ole.</translation>
    </message>
    <message>
        <source>Cannot start printing: the printer or file refused to open.</source>
        <translation>Tulostus ei käynnisty: tulostinta tai tiedostoa ei voitu avata.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer of a printed document: &quot;Page 1 of 3&quot;.</extracomment>
        <translation>Sivu %1 / %2</translation>
    </message>
    <message>
        <source>Cannot start page %1 on the printer or file.</source>
        <translation>Sivua %1 ei voitu aloittaa tulostimella tai tiedostossa.</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>Tulostus ei valmistunut.</translation>
    </message>
</context>
<context>
    <name>DocumentRequirements</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Yritysmuoto</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Pankkiyhteys</translation>
    </message>
    <message>
        <source>Profile → %1</source>
        <extracomment>Where a missing value is filled in: &quot;Profile → Bank details&quot;.</extracomment>
        <translation>Profiili → %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A missing profile field and where to fill it: &quot;Bank details (Profile → Bank details)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The contract needs details that are missing from your profile: %1.</source>
        <translation>Sopimukseen tarvitaan tietoja, jotka puuttuvat profiilistasi: %1.</translation>
    </message>
    <message>
        <source>The quote needs details that are missing from your profile: %1.</source>
        <translation>Tarjoukseen tarvitaan tietoja, jotka puuttuvat profiilistasi: %1.</translation>
    </message>
    <message>
        <source>The invoice needs details that are missing from your profile: %1.</source>
        <translation>Laskuun tarvitaan tietoja, jotka puuttuvat profiilistasi: %1.</translation>
    </message>
    <message>
        <source>The letter needs details that are missing from your profile: %1.</source>
        <translation>Kirjeeseen tarvitaan tietoja, jotka puuttuvat profiilistasi: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be printed: %2</source>
        <translation>Projektia ”%1” ei voi tulostaa: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no payment stages. Contracts, quotes and invoices show the stage plan: add the stages under Project → Stages.</source>
        <translation>Projektilla ”%1” ei ole maksueriä. Sopimus, tarjous ja lasku näyttävät erien aikataulun: lisää erät kohdassa Projekti → Erät.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no stage %2; its stages are numbered 1 to %3.</source>
        <translation>Projektilla ”%1” ei ole erää %2; sen erät on numeroitu 1–%3.</translation>
    </message>
    <message>
        <source>The interaction of %1 has no summary: write down what was agreed before sending the letter.</source>
        <translation>Asiakkaan %1 yhteydenotolla ei ole yhteenvetoa: kirjaa sovitut asiat ennen kirjeen lähettämistä.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Individual</source>
        <translation>Yksityishenkilö</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Pienyritys</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Suuryritys</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Toimisto</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Suositus</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sosiaalinen media</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Julkaisu</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Markkinapaikka</translation>
    </message>
    <message>
        <source>Cold contact</source>
        <translation>Kylmäkontakti</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Mahdollinen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiivinen</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Entinen</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Hylätty</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Pikaviestin</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Tapaaminen</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Saapuva</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Lähtevä</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Yleinen</translation>
    </message>
    <message>
        <source>Status request</source>
        <translation>Tilannekysely</translation>
    </message>
    <message>
        <source>Discount request</source>
        <translation>Alennuspyyntö</translation>
    </message>
    <message>
        <source>Free test request</source>
        <translation>Ilmaisen testityön pyyntö</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Brief sent</source>
        <translation>Brief lähetetty</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Muistutusviesti</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Liidi</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Neuvottelu</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Sovittu</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käynnissä</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Toimitettu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Päättynyt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Ei alennusta</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Prosentti</translation>
    </message>
    <message>
        <source>Change (out of scope)</source>
        <translation>Muutos (laajuuden ulkopuolella)</translation>
    </message>
    <message>
        <source>Treats work as a favour</source>
        <translation>Pitää työn antamista palveluksena</translation>
    </message>
    <message>
        <source>Blames previous contractors</source>
        <translation>Syyttää aiempia tekijöitä</translation>
    </message>
    <message>
        <source>Pays in promises</source>
        <translation>Maksaa lupauksilla</translation>
    </message>
    <message>
        <source>Manipulates, no compromise</source>
        <translation>Manipuloi, ei jousta</translation>
    </message>
    <message>
        <source>Full load at a low price</source>
        <translation>Täysi työkuorma halvalla</translation>
    </message>
    <message>
        <source>Unrealistic expectations</source>
        <translation>Epärealistiset odotukset</translation>
    </message>
    <message>
        <source>Demoralizing demands</source>
        <translation>Lannistavat vaatimukset</translation>
    </message>
    <message>
        <source>Devalues the work</source>
        <translation>Vähättelee työn arvoa</translation>
    </message>
    <message>
        <source>Seeks free work</source>
        <translation>Hakee ilmaista työtä</translation>
    </message>
    <message>
        <source>Bad product</source>
        <translation>Huono tuote</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Tiedoksi</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Vakava</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Varovaisuutta</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Kieltäydy</translation>
    </message>
    <message>
        <source>Round (in scope)</source>
        <translation>Kierros (laajuuden sisällä)</translation>
    </message>
    <message>
        <source>My error (free)</source>
        <translation>Oma virhe (maksuton)</translation>
    </message>
    <message>
        <source>Client flag</source>
        <translation>Asiakkaan varoitusmerkki</translation>
    </message>
    <message>
        <source>Your alert</source>
        <translation>Oma muistutus</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>Registered for VAT</source>
        <translation>Arvonlisäverovelvollinen</translation>
    </message>
    <message>
        <source>Not registered for VAT</source>
        <translation>Ei arvonlisäverovelvollinen</translation>
    </message>
    <message>
        <source>No VAT for another reason</source>
        <translation>Ei arvonlisäveroa muusta syystä</translation>
    </message>
</context>
<context>
    <name>EpcPayment</name>
    <message>
        <source>The payment QR code needs a valid IBAN; &quot;%1&quot; is not one.</source>
        <translation>Maksun QR-koodi vaatii kelvollisen IBAN-tilinumeron; ”%1” ei ole sellainen.</translation>
    </message>
    <message>
        <source>The payment QR code needs the payee&apos;s name in 1–70 characters.</source>
        <translation>Maksun QR-koodiin tarvitaan saajan nimi, 1–70 merkkiä.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BIC: it has 8 or 11 characters.</source>
        <translation>”%1” ei ole BIC-tunnus: siinä on 8 tai 11 merkkiä.</translation>
    </message>
    <message>
        <source>The amount of a payment QR code is between 0.01 and 999 999 999.99 euros.</source>
        <translation>Maksun QR-koodin summa on 0,01–999 999 999,99 euroa.</translation>
    </message>
    <message>
        <source>A payment QR code has either a reference or a message, not both.</source>
        <translation>Maksun QR-koodissa on joko viite tai viesti, ei molempia.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RF creditor reference.</source>
        <translation>”%1” ei ole RF-viite.</translation>
    </message>
    <message>
        <source>The message of a payment QR code is too long.</source>
        <translation>Maksun QR-koodin viesti on liian pitkä.</translation>
    </message>
    <message>
        <source>The payment QR code would hold %1 bytes; at most %2 fit.</source>
        <translation>Maksun QR-koodiin tulisi %1 tavua; enintään %2 mahtuu.</translation>
    </message>
    <message>
        <source>This is not the QR code of a SEPA credit transfer in UTF-8.</source>
        <translation>Tämä ei ole SEPA-tilisiirron QR-koodi UTF-8-merkistöllä.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros.</source>
        <translation>”%1” ei ole euromäärä.</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>totuusarvo</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>luku</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>merkkijono</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>taulukko</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>olio</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>puuttuva arvo</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… ja %n muu ongelma.</numerusform>
            <numerusform>… ja %n muuta ongelmaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>tuntematon avain</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>ei saa olla null</translation>
    </message>
    <message>
        <source>expected %1, not %2</source>
        <translation>pitää olla %1, ei %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ei saa olla tyhjä</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>kokonaisluku</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 ei ole kokonaisluku</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation>%1 on pienempi kuin %2</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>%1 on liian suuri</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 ei ole välillä %2–%3</translation>
    </message>
    <message>
        <source>a date string</source>
        <translation>päivämäärämerkkijono</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 ei ole päivämäärä (VVVV-KK-PP)</translation>
    </message>
    <message>
        <source>a time string</source>
        <translation>kellonaikamerkkijono</translation>
    </message>
    <message>
        <source>%1 is not a time (HH:MM)</source>
        <translation>%1 ei ole kellonaika (TT:MM)</translation>
    </message>
    <message>
        <source>a timestamp string</source>
        <translation>aikaleimamerkkijono</translation>
    </message>
    <message>
        <source>%1 is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>%1 ei ole UTC-aikaleima (ISO 8601, esim. 2024-05-12T09:30:00Z)</translation>
    </message>
    <message>
        <source>expected a decimal string such as &quot;1200.00&quot;, not a number</source>
        <translation>pitää olla desimaalimerkkijono, kuten &quot;1200.00&quot;, ei luku</translation>
    </message>
    <message>
        <source>a decimal string</source>
        <translation>desimaalimerkkijono</translation>
    </message>
    <message>
        <source>%1 is not a three-letter ISO 4217 currency code</source>
        <translation>%1 ei ole kolmikirjaiminen ISO 4217 -valuuttakoodi</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ei ole mikään seuraavista: %2</translation>
    </message>
    <message>
        <source>an array of day names</source>
        <translation>viikonpäivien nimien taulukko</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 on luettelossa kahdesti</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>merkkijonotaulukko</translation>
    </message>
    <message>
        <source>id %1 is used twice (also at %2)</source>
        <translation>ID %1 on käytössä kahdesti (myös kohdassa %2)</translation>
    </message>
    <message>
        <source>%1 is not a supported format (expected %2)</source>
        <translation>%1 ei ole tuettu muoto (odotettu muoto: %2)</translation>
    </message>
    <message>
        <source>%1 is not a known time zone</source>
        <translation>%1 ei ole tunnettu aikavyöhyke</translation>
    </message>
    <message>
        <source>no client with id %1 in this file</source>
        <translation>tiedostossa ei ole asiakasta, jonka ID on %1</translation>
    </message>
    <message>
        <source>must be null when the kind is &quot;none&quot;</source>
        <translation>pitää olla null, kun kind on &quot;none&quot;</translation>
    </message>
    <message>
        <source>missing: an amount discount needs a decimal amount</source>
        <translation>puuttuu: summana annettu alennus vaatii desimaalisumman</translation>
    </message>
    <message>
        <source>missing: a percent discount needs a whole percent</source>
        <translation>puuttuu: prosenttialennus vaatii kokonaisen prosenttiluvun</translation>
    </message>
    <message>
        <source>no project with id %1 in this file</source>
        <translation>tiedostossa ei ole projektia, jonka ID on %1</translation>
    </message>
    <message>
        <source>The file is not a Neuvo exchange document: it must be a JSON object.</source>
        <translation>Tiedosto ei ole Neuvon siirtotiedosto: sen on oltava JSON-olio.</translation>
    </message>
    <message>
        <source>%1 is not a decimal amount such as &quot;1200.00&quot; (no spaces or grouping)</source>
        <translation>%1 ei ole desimaalisumma kuten &quot;1200.00&quot; (ei välilyöntejä eikä ryhmittelyä)</translation>
    </message>
    <message>
        <source>invoices are part of neuvo/2, not neuvo/1</source>
        <translation>laskut kuuluvat muotoon neuvo/2, eivät muotoon neuvo/1</translation>
    </message>
    <message>
        <source>a VAT rate string such as &quot;25.5&quot;</source>
        <translation>ALV-kanta merkkijonona, esim. ”25.5”</translation>
    </message>
    <message>
        <source>The file changed while it was being imported.</source>
        <translation>Tiedosto muuttui kesken tuonnin.</translation>
    </message>
    <message>
        <source>Nothing was imported: the database refused the records (%1).</source>
        <translation>Mitään ei tuotu: tietokanta hylkäsi tietueet (%1).</translation>
    </message>
</context>
<context>
    <name>FindingsReport</name>
    <message>
        <source>Red flags on %1</source>
        <translation>Varoitusmerkit %1</translation>
    </message>
    <message>
        <source>%1 (#%2): %3, score %4</source>
        <translation>%1 (#%2): %3, riskipisteet %4</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>ei varoitusmerkkejä</translation>
    </message>
    <message>
        <source>No clients.</source>
        <translation>Ei asiakkaita.</translation>
    </message>
    <message>
        <source>Alerts on %1</source>
        <translation>Muistutukset %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Ei tehtävää.</translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>asiakas #%1</translation>
    </message>
    <message>
        <source>Your alerts (they never change the risk):</source>
        <translation>Omat muistutuksesi (eivät koskaan muuta riskiä):</translation>
    </message>
</context>
<context>
    <name>FinnishReference</name>
    <message>
        <source>&quot;%1&quot; cannot be the base of a reference number: it needs 3–19 digits, the first not 0.</source>
        <translation>”%1” ei kelpaa viitenumeron perusosaksi: siinä on oltava 3–19 numeroa, joista ensimmäinen ei ole 0.</translation>
    </message>
</context>
<context>
    <name>FollowUpLetter</name>
    <message>
        <source>Summary of our agreement: %1</source>
        <translation>Yhteenveto sopimastamme: %1</translation>
    </message>
    <message>
        <source>Summary of our conversation on %1</source>
        <translation>Yhteenveto keskustelustamme %1</translation>
    </message>
    <message>
        <source>Thank you for the call on %1. This is what we agreed:</source>
        <translation>Kiitos puhelusta %1. Sovimme seuraavaa:</translation>
    </message>
    <message>
        <source>Thank you for the meeting on %1. This is what we agreed:</source>
        <translation>Kiitos tapaamisesta %1. Sovimme seuraavaa:</translation>
    </message>
    <message>
        <source>Following our conversation on %1, this is what we agreed:</source>
        <translation>Keskustelimme %1, ja sovimme seuraavaa:</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Hei %1,</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekti: %1</translation>
    </message>
    <message>
        <source>Please confirm by replying to this message that this matches your understanding. If anything is missing or different, let me know and I will correct it.</source>
        <translation>Vahvistathan vastaamalla tähän viestiin, että olemme ymmärtäneet asiat samoin. Jos jotain puuttuu tai on toisin, kerro, niin korjaan sen.</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>Ystävällisin terveisin</translation>
    </message>
    <message>
        <source>The reminder answers a brief you sent: choose an outgoing interaction of the kind &quot;Brief sent&quot;.</source>
        <translation>Muistutus koskee lähettämääsi briefiä: valitse lähtevä tapahtuma, jonka laji on ”Brief lähetetty”.</translation>
    </message>
    <message>
        <source>The brief for %1</source>
        <translation>Brief: %1</translation>
    </message>
    <message>
        <source>The brief I sent on %1</source>
        <translation>Lähettämäni brief %1</translation>
    </message>
    <message>
        <source>On %1 I sent you the brief for &quot;%2&quot;.</source>
        <translation>Lähetin sinulle %1 briefin projektista ”%2”.</translation>
    </message>
    <message>
        <source>On %1 I sent you a brief.</source>
        <translation>Lähetin sinulle briefin %1.</translation>
    </message>
    <message>
        <source>Please tell me: is the order still relevant?</source>
        <translation>Kerrothan, onko tilaus yhä ajankohtainen?</translation>
    </message>
    <message>
        <source>I have reserved time for the work so that it is ready by %1.</source>
        <translation>Olen varannut työlle aikaa niin, että se on valmis %1 mennessä.</translation>
    </message>
    <message>
        <source>If you would like to move the deadline, just let me know: I will take another project into this time and reserve another time for you.</source>
        <translation>Jos haluat siirtää määräaikaa, kerro siitä: otan tähän aikaan toisen projektin ja varaan sinulle toisen ajan.</translation>
    </message>
    <message>
        <source>Releasing the reserved time follows a sent brief and the one reminder after it.</source>
        <translation>Varattu aika vapautetaan lähetetyn briefin ja sen jälkeisen yhden muistutuksen jälkeen.</translation>
    </message>
    <message>
        <source>Releasing the time reserved for %1</source>
        <translation>Varatun ajan vapauttaminen: %1</translation>
    </message>
    <message>
        <source>Releasing the time reserved for your order</source>
        <translation>Tilauksellesi varatun ajan vapauttaminen</translation>
    </message>
    <message>
        <source>I sent you the brief for &quot;%1&quot; on %2 and a reminder on %3, and have not heard from you.</source>
        <translation>Lähetin sinulle briefin projektista ”%1” %2 ja muistutuksen %3, enkä ole saanut vastausta.</translation>
    </message>
    <message>
        <source>I sent you a brief on %1 and a reminder on %2, and have not heard from you.</source>
        <translation>Lähetin sinulle briefin %1 ja muistutuksen %2, enkä ole saanut vastausta.</translation>
    </message>
    <message>
        <source>So I am releasing the time I reserved for this work (to be ready by %1) and taking other projects into it.</source>
        <translation>Vapautan siksi tälle työlle varaamani ajan (valmistuminen %1 mennessä) ja otan siihen muita projekteja.</translation>
    </message>
    <message>
        <source>So I am releasing the time I reserved for this work and taking other projects into it.</source>
        <translation>Vapautan siksi tälle työlle varaamani ajan ja otan siihen muita projekteja.</translation>
    </message>
    <message>
        <source>If the order becomes relevant again, write to me and I will find the next free time for it.</source>
        <translation>Jos tilaus tulee taas ajankohtaiseksi, kirjoita minulle, niin etsin sille seuraavan vapaan ajan.</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Not importing: the backup before the import failed. %1</source>
        <translation>Tuontia ei tehty: varmuuskopiointi ennen tuontia epäonnistui. %1</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>project %1 “%2”</source>
        <translation>projekti %1 ”%2”</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 ei ole olemassa.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 ei ole tiedosto.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>%1 on tyhjä (0 tavua).</translation>
    </message>
    <message>
        <source>SQLite cannot open %1: %2</source>
        <translation>SQLite ei pysty avaamaan tiedostoa %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>Tiedosto %1 on vioittunut: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 refers to %2 %3, which does not exist.</source>
        <translation>%1 osoittaa kohteeseen %2 %3, jota ei ole olemassa.</translation>
    </message>
    <message>
        <source>a reference</source>
        <translation>viittaus</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>Tietokantaa %1 ei voi tarkistaa: %2</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profiili</translation>
    </message>
    <message>
        <source>there are %1 profile records instead of exactly one.</source>
        <translation>profiilitietueita on %1, vaikka niitä pitäisi olla tasan yksi.</translation>
    </message>
    <message>
        <source>base price</source>
        <translation>perushinta</translation>
    </message>
    <message>
        <source>first offer</source>
        <translation>ensimmäinen hintaehdotus</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>alennus</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>summa</translation>
    </message>
    <message>
        <source>paid amount</source>
        <translation>maksettu summa</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>veloitus</translation>
    </message>
    <message>
        <source>new price</source>
        <translation>uusi hinta</translation>
    </message>
    <message>
        <source>floor rate</source>
        <translation>minimituntihinta</translation>
    </message>
    <message>
        <source>the %1 is negative (%2 minor units).</source>
        <translation>%1 on negatiivinen (%2 alayksikköä).</translation>
    </message>
    <message>
        <source>it is with client %1 but about project %2, which belongs to client %3.</source>
        <translation>se on kirjattu asiakkaalle %1 mutta koskee projektia %2, joka kuuluu asiakkaalle %3.</translation>
    </message>
    <message>
        <source>Cannot read the projects of %1: %2</source>
        <translation>Tietokannan %1 projekteja ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Cannot check the constraints of %1: no temporary folder (%2).</source>
        <translation>Tiedoston %1 rajoitteita ei voi tarkistaa: väliaikaiskansiota ei ole (%2).</translation>
    </message>
    <message>
        <source>Cannot check the constraints of %1: %2</source>
        <translation>Tiedoston %1 rajoitteita ei voi tarkistaa: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: you do not have permission to read it.</source>
        <translation>Tiedostoa %1 ei voi lukea: sinulla ei ole oikeutta lukea sitä.</translation>
    </message>
    <message>
        <source>Cannot read the schema of %1: %2</source>
        <translation>Tiedoston %1 skeemaa ei voi lukea: %2</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>skeema</translation>
    </message>
    <message>
        <source>the %1 is %2 minor units, more than the %3 Neuvo accepts.</source>
        <translation>%1 on %2 pienintä yksikköä, enemmän kuin Neuvon hyväksymät %3.</translation>
    </message>
</context>
<context>
    <name>InteractionStore</name>
    <message>
        <source>Time: an interaction needs the date and time it happened.</source>
        <translation>Aika: yhteydenotolle tarvitaan päivämäärä ja kellonaika.</translation>
    </message>
    <message>
        <source>Summary: write down what was said or agreed.</source>
        <translation>Yhteenveto: kirjoita, mitä sanottiin tai sovittiin.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Invoice</source>
        <translation>Lasku</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>Nro %1</translation>
    </message>
    <message>
        <source>Invoice details</source>
        <translation>Laskun tiedot</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>nro %1, %2</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Myyjä</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Ostaja</translation>
    </message>
    <message>
        <source>Prepayment of stage %1 of %2: %3</source>
        <translation>Ennakkomaksu, erä %1/%2: %3</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Projekti: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Maksettava</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Maksutiedot</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Pankkitili</translation>
    </message>
    <message>
        <source>Under the agreement each stage is paid in full before work on it starts: the work on this stage starts when the payment has been received.</source>
        <translation>Sopimuksen mukaan kukin erä maksetaan kokonaan ennen kuin sen työ alkaa: tämän vaiheen työ alkaa, kun maksu on vastaanotettu.</translation>
    </message>
    <message>
        <source>Thank you for your business.</source>
        <translation>Kiitos yhteistyöstä.</translation>
    </message>
    <message>
        <source>Invoice No. %1</source>
        <translation>Lasku nro %1</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>Invoice draft</source>
        <translation>Laskuluonnos</translation>
    </message>
    <message>
        <source>Invoice draft — not valid for payment</source>
        <translation>Laskuluonnos – ei maksettavaksi</translation>
    </message>
    <message>
        <source>Credit note No. %1</source>
        <translation>Hyvityslasku nro %1</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>ALV-numero</translation>
    </message>
    <message>
        <source>Total excluding VAT</source>
        <translation>Veroton yhteensä</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>ALV %1</translation>
    </message>
    <message>
        <source>Total including VAT</source>
        <translation>Verollinen yhteensä</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Paid before this invoice</source>
        <translation>Maksettu ennen tätä laskua</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>ALV-kanta</translation>
    </message>
    <message>
        <source>Excluding VAT</source>
        <translation>Veroton</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>Including VAT</source>
        <translation>Verollinen</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Summa sis. ALV</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Summa ilman ALV:tä</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Saaja</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Pankki</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Viitenumero</translation>
    </message>
    <message>
        <source>International reference (RF)</source>
        <translation>Kansainvälinen viite (RF)</translation>
    </message>
    <message>
        <source>Scan to pay in a banking app</source>
        <extracomment>Caption under the EPC payment QR code on an invoice.</extracomment>
        <translation>Skannaa ja maksa pankkisovelluksessa</translation>
    </message>
    <message>
        <source>Virtual bar code</source>
        <translation>Virtuaaliviivakoodi</translation>
    </message>
    <message>
        <source>DRAFT: this is not an invoice. It has no number yet and is not to be paid; issue it to give it its number, reference and payment codes.</source>
        <translation>LUONNOS: tämä ei ole lasku. Sillä ei ole vielä numeroa, eikä sitä makseta; laskun numero, viite ja maksukoodit syntyvät, kun lasku annetaan.</translation>
    </message>
    <message>
        <source>Draft — no number yet</source>
        <translation>Luonnos – ei vielä numeroa</translation>
    </message>
    <message>
        <source>Credit note details</source>
        <translation>Hyvityslaskun tiedot</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päiväys</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Hyvittää laskun</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Toimituspäivä</translation>
    </message>
    <message>
        <source>This credit note cancels invoice %1 of %2 in full. Nothing is to be paid on it; an amount already paid is refunded or credited.</source>
        <translation>Tämä hyvityslasku mitätöi laskun %1 (%2) kokonaan. Sen perusteella ei makseta mitään; jo maksettu summa palautetaan tai hyvitetään.</translation>
    </message>
    <message>
        <source>Late payments bear interest at the rate set by law.</source>
        <translation>Viivästyskorko korkolain mukaan.</translation>
    </message>
    <message>
        <source>Please use the reference number when paying. Late payments bear interest at the rate set by law.</source>
        <translation>Käytäthän maksaessasi viitenumeroa. Viivästyskorko korkolain mukaan.</translation>
    </message>
    <message>
        <source>Recipient&apos;s bank</source>
        <translation>Saajan pankki</translation>
    </message>
    <message>
        <source>BIC / SWIFT</source>
        <translation>BIC / SWIFT</translation>
    </message>
    <message>
        <source>Account No.</source>
        <translation>Tilinumero</translation>
    </message>
    <message>
        <source>Invoice draft of %1</source>
        <translation>Laskuluonnos %1</translation>
    </message>
    <message>
        <source>Credit note No. %1 of %2</source>
        <translation>Hyvityslasku nro %1, %2</translation>
    </message>
    <message>
        <source>Invoice No. %1 of %2</source>
        <translation>Lasku nro %1, %2</translation>
    </message>
    <message>
        <source>Supplier (contractor)</source>
        <translation>Toimittaja</translation>
    </message>
    <message>
        <source>Buyer (client)</source>
        <translation>Ostaja</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Sopimus %1</translation>
    </message>
    <message>
        <source>service</source>
        <extracomment>Unit of a service line on an invoice (&quot;усл.&quot; in Russian).</extracomment>
        <translation>palvelu</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nro</translation>
    </message>
    <message>
        <source>Work, services</source>
        <translation>Työt, palvelut</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Määrä</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Yks.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>Including VAT %1</source>
        <translation>Josta ALV %1</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>Hyvitetään yhteensä</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Maksettava yhteensä</translation>
    </message>
    <message numerus="yes">
        <source>Items: %n, amounting to %1.</source>
        <translation>
            <numerusform>%n rivi, yhteensä %1.</numerusform>
            <numerusform>%n riviä, yhteensä %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please pay by %1.</source>
        <translation>Maksathan viimeistään %1.</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Toimeksisaaja</translation>
    </message>
    <message>
        <source>The seller is not registered for VAT (small business exemption); no VAT is charged.</source>
        <translation>Myyjä ei ole arvonlisäverovelvollinen (vähäinen toiminta, AVL 3 §); laskuun ei lisätä arvonlisäveroa.</translation>
    </message>
    <message>
        <source>No VAT is charged on this invoice.</source>
        <translation>Laskuun ei sisälly arvonlisäveroa.</translation>
    </message>
    <message>
        <source>The invoice needs your VAT ID, as you are registered for VAT: fill it in under Preferences → Taxes and invoices.</source>
        <translation>Laskuun tarvitaan ALV-numerosi, koska olet arvonlisäverovelvollinen: täytä se kohdassa Asetukset → Verot ja laskut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is invoiced with reverse charge, which needs the client&apos;s VAT ID: add it to %2&apos;s billing details.</source>
        <translation>”%1” laskutetaan käännetyllä verovelvollisuudella, joka vaatii asiakkaan ALV-numeron: lisää se asiakkaan %2 laskutustietoihin.</translation>
    </message>
    <message>
        <source>Reverse charge: the buyer accounts for the VAT (Council Directive 2006/112/EC, Article 196).</source>
        <translation>Käännetty verovelvollisuus: ostaja suorittaa arvonlisäveron (neuvoston direktiivi 2006/112/EY, 196 artikla).</translation>
    </message>
</context>
<context>
    <name>InvoiceExchange</name>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1</source>
        <translation>odotettiin kokonaislukua, vähintään 1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>odotettiin oliota</translation>
    </message>
    <message>
        <source>id %1 is used twice</source>
        <translation>ID %1 on käytössä kahdesti</translation>
    </message>
    <message>
        <source>%1 is also the number of %2</source>
        <translation>%1 on myös kohteen %2 numero</translation>
    </message>
    <message>
        <source>no client with id %1 in this file</source>
        <translation>tiedostossa ei ole asiakasta, jonka ID on %1</translation>
    </message>
    <message>
        <source>no project with id %1 in this file</source>
        <translation>tiedostossa ei ole projektia, jonka ID on %1</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>odotettiin taulukkoa</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD)</source>
        <translation>odotettiin päivämäärää (VVVV-KK-PP)</translation>
    </message>
    <message>
        <source>expected a positive decimal amount such as &quot;100.00&quot;</source>
        <translation>odotettiin positiivista desimaalisummaa, esim. ”100.00”</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>tuntematon avain</translation>
    </message>
    <message>
        <source>a credit note has no payments</source>
        <translation>hyvityslaskulla ei ole maksuja</translation>
    </message>
    <message>
        <source>more is paid than the invoice asks</source>
        <translation>maksettu enemmän kuin lasku vaatii</translation>
    </message>
    <message>
        <source>no invoice with id %1 in this file</source>
        <translation>tiedostossa ei ole laskua, jonka ID on %1</translation>
    </message>
    <message>
        <source>invoice %1 is cancelled twice</source>
        <translation>lasku %1 mitätöidään kahdesti</translation>
    </message>
    <message>
        <source>project %1 has no stage with id %2</source>
        <translation>projektilla %1 ei ole maksuerää, jonka ID on %2</translation>
    </message>
</context>
<context>
    <name>InvoiceJson</name>
    <message>
        <source>unknown key</source>
        <translation>tuntematon avain</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>puuttuu</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>ei saa olla null</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>odotettiin merkkijonoa</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>odotettiin true tai false</translation>
    </message>
    <message>
        <source>expected a whole number of at least %1</source>
        <translation>odotettiin kokonaislukua, vähintään %1</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD)</source>
        <translation>odotettiin päivämäärää (VVVV-KK-PP)</translation>
    </message>
    <message>
        <source>expected a decimal string such as &quot;1200.00&quot;</source>
        <translation>odotettiin desimaalilukua merkkijonona, esim. ”1200.00”</translation>
    </message>
    <message>
        <source>expected a VAT rate as a decimal string such as &quot;25.5&quot;</source>
        <translation>odotettiin ALV-kantaa desimaalilukuna merkkijonona, esim. ”25.5”</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>odotettiin oliota</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>odotettiin taulukkoa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>”%1” ei ole mikään seuraavista: %2</translation>
    </message>
    <message>
        <source>an issued invoice has a number</source>
        <translation>annetulla laskulla on numero</translation>
    </message>
    <message>
        <source>a credit note names the invoice it cancels, and only a credit note does</source>
        <translation>hyvityslasku nimeää mitätöimänsä laskun, eikä mikään muu tee niin</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter ISO 4217 currency code</source>
        <translation>”%1” ei ole kolmikirjaiminen ISO 4217 -valuuttakoodi</translation>
    </message>
    <message>
        <source>an invoice has at least one line</source>
        <translation>laskulla on vähintään yksi rivi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Finnish reference number</source>
        <translation>”%1” ei ole suomalainen viitenumero</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RF creditor reference</source>
        <translation>”%1” ei ole RF-viite</translation>
    </message>
    <message>
        <source>the VAT and totals are not those of the lines (net %1, VAT %2, gross %3)</source>
        <translation>ALV ja summat eivät vastaa rivejä (veroton %1, ALV %2, verollinen %3)</translation>
    </message>
</context>
<context>
    <name>InvoiceReport</name>
    <message>
        <source>Credit note</source>
        <translation>Hyvityslasku</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Mitätöity</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>Osittain maksettu</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A buyer on an invoice list: &quot;Company (contact person)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>InvoiceStore</name>
    <message>
        <source>%1 of %2</source>
        <extracomment>An invoice named in a message: &quot;2026-0003 of 2026-03-01&quot;.</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Invoice #%1 as stored cannot be read: %2</source>
        <translation>Tallennettua laskua #%1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>ei ole JSON-olio</translation>
    </message>
    <message>
        <source>Invoice #%1 does not exist.</source>
        <translation>Laskua #%1 ei ole.</translation>
    </message>
    <message>
        <source>There is no invoice or credit note numbered &quot;%1&quot;.</source>
        <translation>Laskua tai hyvityslaskua numerolla ”%1” ei ole.</translation>
    </message>
    <message>
        <source>Invoice number %1 is already in use; change the invoice prefix in Preferences → Taxes and invoices so that the numbers of the series differ.</source>
        <translation>Laskunumero %1 on jo käytössä; vaihda laskunumeron etuliite kohdassa Asetukset → Verot ja laskut, jotta sarjojen numerot eroavat.</translation>
    </message>
    <message>
        <source>Date: %1 is before %2, the date of %3, the latest number of the series; invoices are numbered in the order of their dates.</source>
        <translation>Päiväys: %1 on ennen päivää %2, jolloin sarjan viimeisin numero %3 annettiin; laskut numeroidaan päiväysten järjestyksessä.</translation>
    </message>
    <message>
        <source>A credit note is made by cancelling its invoice.</source>
        <translation>Hyvityslasku syntyy mitätöimällä lasku.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>Laskulla on oltava vähintään yksi rivi.</translation>
    </message>
    <message>
        <source>An invoice needs its date and due date.</source>
        <translation>Laskulla on oltava päiväys ja eräpäivä.</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO 4217 code.</source>
        <translation>Valuutta: ”%1” ei ole kolmikirjaiminen ISO 4217 -koodi.</translation>
    </message>
    <message>
        <source>Stage %1 of &quot;%2&quot; already has invoice %3. Print it again, or cancel it with a credit note before issuing a new one.</source>
        <translation>Projektin ”%2” erällä %1 on jo lasku %3. Tulosta se uudelleen tai mitätöi se hyvityslaskulla ennen uuden antamista.</translation>
    </message>
    <message>
        <source>%1 is a credit note; a credit note is not cancelled.</source>
        <translation>%1 on hyvityslasku; hyvityslaskua ei mitätöidä.</translation>
    </message>
    <message>
        <source>Invoice %1 is already cancelled by credit note %2.</source>
        <translation>Lasku %1 on jo mitätöity hyvityslaskulla %2.</translation>
    </message>
    <message>
        <source>Date: a credit note is dated on or after its invoice (%1).</source>
        <translation>Päiväys: hyvityslasku päivätään samana päivänä tai myöhemmin kuin lasku (%1).</translation>
    </message>
    <message>
        <source>Amount: a payment is more than zero.</source>
        <translation>Summa: maksun on oltava yli nolla.</translation>
    </message>
    <message>
        <source>Date: when was the payment received?</source>
        <translation>Päiväys: milloin maksu saatiin?</translation>
    </message>
    <message>
        <source>%1 is a credit note: payments are recorded against invoices.</source>
        <translation>%1 on hyvityslasku: maksut kirjataan laskuille.</translation>
    </message>
    <message>
        <source>Invoice %1 is cancelled by credit note %2: record the payment against the invoice that replaced it.</source>
        <translation>Lasku %1 on mitätöity hyvityslaskulla %2: kirjaa maksu sen tilalle annetulle laskulle.</translation>
    </message>
    <message>
        <source>Amount: %1 is more than the %2 still owed on invoice %3.</source>
        <translation>Summa: %1 on enemmän kuin laskulla %3 vielä maksamatta oleva %2.</translation>
    </message>
    <message>
        <source>Payment #%1 does not exist.</source>
        <translation>Maksua #%1 ei ole.</translation>
    </message>
    <message>
        <source>Stages: stage %1 &quot;%2&quot; has invoice %3 and cannot be removed or replaced; cancel the invoice with a credit note first.</source>
        <translation>Maksuerät: erällä %1 ”%2” on lasku %3, joten erää ei voi poistaa eikä korvata; mitätöi lasku ensin hyvityslaskulla.</translation>
    </message>
    <message>
        <source>Currency: invoice %1 was issued in %2; cancel it with a credit note before changing the project&apos;s currency.</source>
        <translation>Valuutta: lasku %1 on annettu valuutassa %2; mitätöi se hyvityslaskulla ennen projektin valuutan vaihtamista.</translation>
    </message>
    <message>
        <source>Stage %1: invoice %2 was issued for its amount of %3; cancel the invoice with a credit note before changing the amount.</source>
        <translation>Erä %1: lasku %2 annettiin sen summalla %3; mitätöi lasku hyvityslaskulla ennen summan muuttamista.</translation>
    </message>
    <message numerus="yes">
        <source>The project has %n issued invoice(s) or credit note(s) (%1 …), which bookkeeping keeps: it cannot be deleted. Set its status to closed or cancelled instead.</source>
        <translation>
            <numerusform>Projektilla on %n annettu lasku tai hyvityslasku (%1 …), jotka kirjanpito säilyttää: projektia ei voi poistaa. Aseta sen tilaksi Päättynyt tai Peruttu.</numerusform>
            <numerusform>Projektilla on %n annettua laskua tai hyvityslaskua (%1 …), jotka kirjanpito säilyttää: projektia ei voi poistaa. Aseta sen tilaksi Päättynyt tai Peruttu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client has %n issued invoice(s) or credit note(s) (%1 …), which bookkeeping keeps: the client cannot be deleted. Set the status to past instead.</source>
        <translation>
            <numerusform>Asiakkaalla on %n annettu lasku tai hyvityslasku (%1 …), jotka kirjanpito säilyttää: asiakasta ei voi poistaa. Aseta tilaksi Entinen.</numerusform>
            <numerusform>Asiakkaalla on %n annettua laskua tai hyvityslaskua (%1 …), jotka kirjanpito säilyttää: asiakasta ei voi poistaa. Aseta tilaksi Entinen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonStrictness</name>
    <message>
        <source>the key &quot;%1&quot; appears twice in the same object; only one value can be kept, so the document is refused.</source>
        <translation>avain &quot;%1&quot; esiintyy kahdesti samassa objektissa; vain yksi arvo voidaan säilyttää, joten asiakirja hylätään.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>rivi %1, sarake %2: %3</translation>
    </message>
    <message>
        <source>a control character (U+%1) inside a string; write it as an escape such as \n or \u%1.</source>
        <translation>ohjausmerkki (U+%1) merkkijonon sisällä; kirjoita se koodina, kuten \n tai \u%1.</translation>
    </message>
    <message>
        <source>\u%1 is the second half of a surrogate pair without its first half.</source>
        <translation>\u%1 on korvaavan parin jälkimmäinen puolisko ilman ensimmäistä.</translation>
    </message>
    <message>
        <source>\u%1 is the first half of a surrogate pair without its second half.</source>
        <translation>\u%1 on korvaavan parin ensimmäinen puolisko ilman jälkimmäistä.</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>asiakirja on tyhjä</translation>
    </message>
    <message>
        <source>something follows the end of the document</source>
        <translation>asiakirjan lopun jälkeen on vielä jotain</translation>
    </message>
    <message>
        <source>not a JSON value</source>
        <translation>ei ole JSON-arvo</translation>
    </message>
    <message>
        <source>a key (a string in quotes) is missing</source>
        <translation>avain (lainausmerkeissä oleva merkkijono) puuttuu</translation>
    </message>
    <message>
        <source>a colon is missing after a key</source>
        <translation>avaimen jälkeen puuttuu kaksoispiste</translation>
    </message>
    <message>
        <source>a comma or } is missing in an object</source>
        <translation>objektista puuttuu pilkku tai }</translation>
    </message>
    <message>
        <source>a comma or ] is missing in an array</source>
        <translation>taulukosta puuttuu pilkku tai ]</translation>
    </message>
    <message>
        <source>a \u escape without four hexadecimal digits</source>
        <translation>\u-koodinvaihto ilman neljää heksadesimaalinumeroa</translation>
    </message>
    <message>
        <source>an escape that JSON does not have</source>
        <translation>koodinvaihto, jota JSONissa ei ole</translation>
    </message>
    <message>
        <source>a string without its closing quote</source>
        <translation>merkkijonosta puuttuu loppulainausmerkki</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>teksti ei ole kelvollista UTF-8:aa</translation>
    </message>
    <message>
        <source>a number that is not a JSON number</source>
        <translation>luku, joka ei ole JSON-luku</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>ei ole JSONia</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Tiedostoa ei voi lukea: %1</translation>
    </message>
    <message>
        <source>JSON syntax error at offset %1 (line %2, column %3): %4</source>
        <translation>JSON-syntaksivirhe kohdassa %1 (rivi %2, sarake %3): %4</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>%1: %2 characters is too long; at most %3 fit.</source>
        <translation>%1: %2 merkkiä on liian pitkä; enintään %3 mahtuu.</translation>
    </message>
    <message>
        <source>%1: %2 is more than Neuvo accepts (at most %3).</source>
        <translation>%1: %2 on enemmän kuin Neuvo hyväksyy (enintään %3).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Nimesi</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Yritysmuoto</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Pankkitiedot</translation>
    </message>
    <message>
        <source>Floor rate</source>
        <translation>Alin tuntihinta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Pikaviestin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Aikavyöhyke</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Laajuus</translation>
    </message>
    <message>
        <source>Discount reason</source>
        <translation>Alennuksen syy</translation>
    </message>
    <message>
        <source>Concession</source>
        <translation>Vastine</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Sopimusnumero</translation>
    </message>
    <message>
        <source>Included item</source>
        <translation>Hintaan sisältyvä kohta</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Perushinta</translation>
    </message>
    <message>
        <source>First offer</source>
        <translation>Ensimmäinen tarjous</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Alennus</translation>
    </message>
    <message>
        <source>Stage title</source>
        <translation>Vaiheen nimi</translation>
    </message>
    <message>
        <source>Stage amount</source>
        <translation>Vaiheen summa</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>Maksettu summa</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Korjauskierros</translation>
    </message>
    <message>
        <source>Revision charge</source>
        <translation>Korjauksen veloitus</translation>
    </message>
    <message>
        <source>Price change note</source>
        <translation>Hinnanmuutoksen huomautus</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Uusi hinta</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Lupaus</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Huomautus</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>ALV-numero</translation>
    </message>
    <message>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <source>Invoice prefix</source>
        <translation>Laskunumeron etuliite</translation>
    </message>
    <message>
        <source>VAT exemption text</source>
        <translation>ALV-vapautuksen peruste</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Laskutusosoite</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not a decimal amount</source>
        <translation>”%1” ei ole kelvollinen summa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>”%1”: liikaa desimaaleja valuutalle %2 (enintään %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a negative amount is not allowed here</source>
        <translation>”%1”: negatiivinen summa ei ole tässä sallittu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>”%1” on liian suuri</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>”%1” ei ole valuuttakoodi</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2</source>
        <translation>”%1” ei ole summa valuutassa %2</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2</source>
        <translation>Valuuttojen %1 ja %2 summia ei voi yhdistää</translation>
    </message>
    <message>
        <source>The result of a calculation with %1 is too large</source>
        <translation>Laskutoimituksen tulos summalla %1 on liian suuri</translation>
    </message>
</context>
<context>
    <name>MoneyTotals</name>
    <message>
        <source>%1: too large to add up</source>
        <translation>%1: liian suuri laskettavaksi yhteen</translation>
    </message>
</context>
<context>
    <name>ObservationStore</name>
    <message>
        <source>Observed on: the date is missing.</source>
        <translation>Havaintopäivä: päivämäärä puuttuu.</translation>
    </message>
    <message>
        <source>Pattern: &quot;%1&quot; is observed already (observation #%2 of %3).</source>
        <translation>Malli: ”%1” on jo havaittu (havainto #%2, %3).</translation>
    </message>
    <message>
        <source>Withdrawn on: the date is missing.</source>
        <translation>Peruttu: päivämäärä puuttuu.</translation>
    </message>
    <message>
        <source>Observation #%1 was withdrawn on %2 already.</source>
        <translation>Havainto #%1 on jo peruttu %2.</translation>
    </message>
</context>
<context>
    <name>PaymentFigures</name>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Erääntyy pian</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Osittain maksettu</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Maksamatta</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Proposal</source>
        <extracomment>Payment stage status: the project is not agreed yet</extracomment>
        <translation>Ehdotus</translation>
    </message>
    <message>
        <source>Not collected</source>
        <extracomment>Payment stage status: the project was closed or cancelled with this stage unpaid</extracomment>
        <translation>Perimättä</translation>
    </message>
    <message>
        <source>The due date has passed and the stage is not fully paid.</source>
        <translation>Eräpäivä on mennyt, eikä maksuerää ole maksettu kokonaan.</translation>
    </message>
    <message>
        <source>Due within the warning period set in Preferences.</source>
        <translation>Erääntyy asetuksissa määritetyn muistutusajan sisällä.</translation>
    </message>
    <message>
        <source>Part of the stage is paid; the rest is not due yet.</source>
        <translation>Osa maksuerästä on maksettu; loppu ei ole vielä erääntynyt.</translation>
    </message>
    <message>
        <source>Not paid and not due yet.</source>
        <translation>Maksamatta, mutta ei vielä erääntynyt.</translation>
    </message>
    <message>
        <source>Fully paid.</source>
        <translation>Maksettu kokonaan.</translation>
    </message>
    <message>
        <source>The project is not agreed yet, so nothing is owed.</source>
        <translation>Projektista ei ole vielä sovittu, joten mitään ei ole maksettavana.</translation>
    </message>
    <message>
        <source>The project is closed or cancelled; this stage is no longer expected.</source>
        <translation>Projekti on päättynyt tai peruttu; tätä maksuerää ei enää odoteta.</translation>
    </message>
</context>
<context>
    <name>PriceRisePlan</name>
    <message>
        <source>Hello %1,</source>
        <translation>Hei %1,</translation>
    </message>
    <message>
        <source>Thank you for our work together on &quot;%1&quot;. I am writing well in advance: from %2 my price for this work is %3 instead of %4.</source>
        <translation>Kiitos yhteistyöstä työssä &quot;%1&quot;. Kerron hyvissä ajoin etukäteen: %2 alkaen hintani tästä työstä on %3 nykyisen %4 sijaan.</translation>
    </message>
    <message>
        <source>The new price starts with the next contract term; until the current term ends on %1 everything stays as agreed.</source>
        <translation>Uusi hinta alkaa seuraavan sopimuskauden alusta; nykyisen kauden loppuun (%1) kaikki jatkuu sovitusti.</translation>
    </message>
    <message>
        <source>Work ordered by %1 is done at the current price.</source>
        <translation>%1 mennessä tilatut työt teen nykyisellä hinnalla.</translation>
    </message>
    <message>
        <source>Why: my new agreements are now made at about %1 per hour, and at the current price this work no longer pays that. From %2 I can take on this work only at the new price.</source>
        <translation>Syy: uudet sopimukseni tehdään nyt noin %1 tuntihintaan, eikä tämä työ nykyisellä hinnalla enää vastaa sitä. %2 alkaen voin ottaa tämän työn vastaan vain uudella hinnalla.</translation>
    </message>
    <message>
        <source>I am telling you now so that you have time to plan: if the new price does not fit your budget, there is time to find another contractor before %1. I would be glad to go on working with you at the new price.</source>
        <translation>Kerron tästä nyt, jotta ehdit suunnitella: jos uusi hinta ei sovi budjettiisi, ehdit löytää toisen tekijän ennen %1. Jatkan mielelläni yhteistyötä uudella hinnalla.</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>Ystävällisin terveisin</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has a price rise planned from %2; change that one in the project instead.</source>
        <translation>Projektille &quot;%1&quot; on jo suunniteltu hinnankorotus alkaen %2; muuta sitä projektissa.</translation>
    </message>
    <message>
        <source>The suggested price of &apos;%1&apos; is not above its current price.</source>
        <translation>Projektin &quot;%1&quot; ehdotettu hinta ei ole nykyistä korkeampi.</translation>
    </message>
    <message>
        <source>Price rise: effective rate %1 per hour against %2 for new agreements.</source>
        <translation>Hinnankorotus: todellinen tuntihinta %1, uusissa sopimuksissa %2.</translation>
    </message>
    <message>
        <source>New price for &quot;%1&quot; from %2</source>
        <translation>Uusi hinta työlle &quot;%1&quot; %2 alkaen</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>Base price</source>
        <translation>Perushinta</translation>
    </message>
    <message>
        <source>NDA surcharge %1 %</source>
        <translation>Salassapitolisä (NDA) %1 %</translation>
    </message>
    <message>
        <source>Discount %1 %</source>
        <translation>Alennus %1 %</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Alennus</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A price line: label, then the amount without currency.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The base price has no valid currency (&quot;%1&quot;)</source>
        <translation>Perushinnalla ei ole kelvollista valuuttaa (”%1”)</translation>
    </message>
    <message>
        <source>The base price must not be negative (%1)</source>
        <translation>Perushinta ei saa olla negatiivinen (%1)</translation>
    </message>
    <message>
        <source>The NDA markup must be between 0 and %1 %, not %2 %</source>
        <translation>NDA-lisän on oltava välillä 0–%1 %, ei %2 %</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %, not %1 %</source>
        <translation>Alennuksen on oltava välillä 0–100 %, ei %1 %</translation>
    </message>
    <message>
        <source>A discount must not be negative (%1)</source>
        <translation>Alennus ei saa olla negatiivinen (%1)</translation>
    </message>
    <message>
        <source>The discount (%1) is larger than the price before it (%2)</source>
        <translation>Alennus (%1) on suurempi kuin hinta ennen alennusta (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile is missing from the database.</source>
        <translation>Tietokannasta puuttuu profiili.</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO 4217 code.</source>
        <translation>Valuutta: ”%1” ei ole kolmikirjaiminen ISO 4217 -koodi.</translation>
    </message>
    <message>
        <source>Backups to keep: %1 is not a number from 1 to %2.</source>
        <translation>Säilytettävät varmuuskopiot: %1 ei ole luku väliltä 1–%2.</translation>
    </message>
    <message>
        <source>VAT rate: %1 % is outside 0–100 %.</source>
        <translation>ALV-kanta: %1 % ei ole välillä 0–100 %.</translation>
    </message>
    <message>
        <source>VAT ID: a business registered for VAT prints its VAT ID on every invoice; fill it in.</source>
        <translation>ALV-numero: arvonlisäverovelvollinen merkitsee ALV-numeronsa jokaiseen laskuun; täytä se.</translation>
    </message>
    <message>
        <source>IBAN: &quot;%1&quot; is not a valid IBAN (its check digits do not match).</source>
        <translation>IBAN: ”%1” ei ole kelvollinen IBAN (tarkistusnumerot eivät täsmää).</translation>
    </message>
    <message>
        <source>BIC: &quot;%1&quot; is not a BIC; it has 8 or 11 letters and digits.</source>
        <translation>BIC: ”%1” ei ole BIC-tunnus; siinä on 8 tai 11 kirjainta ja numeroa.</translation>
    </message>
    <message>
        <source>Payment term: %1 days is outside 0–365.</source>
        <translation>Maksuaika: %1 päivää ei ole välillä 0–365.</translation>
    </message>
    <message>
        <source>Rush surcharge: %1 % is outside %2–%3 %.</source>
        <translation>Kiirelisä: %1 % ei ole välillä %2–%3 %.</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>Title: a project needs a title.</source>
        <translation>Nimi: projektilla on oltava nimi.</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO 4217 code.</source>
        <translation>Valuutta: ”%1” ei ole kolmikirjaiminen ISO 4217 -koodi.</translation>
    </message>
    <message>
        <source>Client: a project belongs to a client.</source>
        <translation>Asiakas: projektin on kuuluttava asiakkaalle.</translation>
    </message>
    <message>
        <source>First offer: the amount cannot be negative.</source>
        <translation>Ensimmäinen hintaehdotus: summa ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Estimated hours: cannot be negative.</source>
        <translation>Arvioidut tunnit: arvo ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Guarantee: %1 % is outside 0–100 %.</source>
        <translation>Takuu: %1 % ei ole välillä 0–100 %.</translation>
    </message>
    <message>
        <source>Included revisions: cannot be negative.</source>
        <translation>Sisältyvät korjauskierrokset: arvo ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Hinta: %1</translation>
    </message>
    <message>
        <source>Stage %1: amounts cannot be negative.</source>
        <translation>Maksuerä %1: summat eivät voi olla negatiivisia.</translation>
    </message>
    <message>
        <source>Stage %1: the amounts are too large.</source>
        <translation>Maksuerä %1: summat ovat liian suuria.</translation>
    </message>
    <message>
        <source>Stages: they sum to %1 but the project total is %2 (difference %3).</source>
        <translation>Maksuerät: niiden summa on %1, mutta projektin kokonaishinta on %2 (erotus %3).</translation>
    </message>
    <message>
        <source>Revision: the date it was requested is missing.</source>
        <translation>Korjaus: pyyntöpäivä puuttuu.</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Maksuerä %1: %2</translation>
    </message>
    <message>
        <source>Price change: the date it takes effect is missing.</source>
        <translation>Hinnanmuutos: voimaantulopäivä puuttuu.</translation>
    </message>
    <message>
        <source>Paid amount: cannot be negative.</source>
        <translation>Maksettu summa: arvo ei voi olla negatiivinen.</translation>
    </message>
    <message>
        <source>VAT rate: %1 % is outside 0–100 %.</source>
        <translation>ALV-kanta: %1 % ei ole välillä 0–100 %.</translation>
    </message>
</context>
<context>
    <name>PromiseStore</name>
    <message>
        <source>What: say what was promised.</source>
        <translation>Mitä: kerro, mitä luvattiin.</translation>
    </message>
    <message>
        <source>Due: a promise needs a due date.</source>
        <translation>Määräpäivä: lupaukselle tarvitaan määräpäivä.</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Parametrien määrä ei täsmää</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>QR-koodiin ei ole mitään sisältöä.</translation>
    </message>
    <message numerus="yes">
        <source>The QR code cannot hold %n byte(s).</source>
        <translation>
            <numerusform>QR-koodiin ei mahdu %n tavu.</numerusform>
            <numerusform>QR-koodiin ei mahdu %n tavua.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteDocument</name>
    <message>
        <source>Quote</source>
        <translation>Tarjous</translation>
    </message>
    <message>
        <source>Quote details</source>
        <translation>Tarjouksen tiedot</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päiväys</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Voimassa</translation>
    </message>
    <message>
        <source>Delivery by</source>
        <translation>Toimitus viimeistään</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Tarjoaja</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>The work</source>
        <translation>Työ</translation>
    </message>
    <message>
        <source>The price includes:</source>
        <translation>Hintaan sisältyy:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>The confidentiality surcharge compensates for the work not being shown in my portfolio.</source>
        <translation>Salassapitolisä korvaa sen, ettei työtä voi esittää portfoliossani.</translation>
    </message>
    <message>
        <source>Payment in stages</source>
        <translation>Maksu erissä</translation>
    </message>
    <message>
        <source>The work is prepaid in stages: each stage is paid in full before work on it starts, and the next one after the previous stage has been delivered.</source>
        <translation>Työ maksetaan ennakkoon erissä: kukin erä maksetaan kokonaan ennen kuin sen työ alkaa, ja seuraava erä, kun edellinen vaihe on toimitettu.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Ehdot</translation>
    </message>
    <message>
        <source>Changes outside the scope are priced separately and agreed in writing before the work on them starts.</source>
        <translation>Laajuuden ulkopuoliset muutokset hinnoitellaan erikseen ja sovitaan kirjallisesti ennen kuin työ niiden parissa alkaa.</translation>
    </message>
    <message>
        <source>Guarantee: if I miss the deadline of a stage, I refund %1 of its price.</source>
        <translation>Takuu: jos en toimita vaihetta määräajassa, palautan %1 sen hinnasta.</translation>
    </message>
    <message>
        <source>Confidentiality (NDA): your information stays confidential and the work is not published under my name.</source>
        <translation>Salassapito (NDA): tietonne pysyvät luottamuksellisina, eikä työtä julkaista nimelläni.</translation>
    </message>
    <message>
        <source>The terms are fixed in a written service agreement.</source>
        <translation>Ehdot vahvistetaan kirjallisella toimeksiantosopimuksella.</translation>
    </message>
    <message>
        <source>This quote is valid until %1. To accept it, reply in writing; the agreement and the invoice for the first stage will follow.</source>
        <translation>Tarjous on voimassa %1 asti. Hyväksy tarjous vastaamalla kirjallisesti; lähetän sen jälkeen sopimuksen ja ensimmäisen erän laskun.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>Ystävällisin terveisin</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Tarjous: %1</translation>
    </message>
    <message>
        <source>%1 included; my own errors are always corrected free of charge.</source>
        <translation>Hintaan sisältyy %1; omat virheeni korjaan aina veloituksetta.</translation>
    </message>
</context>
<context>
    <name>RedFlagEngine</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n päivä</numerusform>
            <numerusform>%n päivää</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1 &apos;%2&apos; of &apos;%3&apos;</source>
        <extracomment>A payment stage: its number, title and project, e.g. Stage 2 &apos;Design&apos; of &apos;Landing page&apos;</extracomment>
        <translation>Maksuerä %1 ”%2” projektissa ”%3”</translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>asiakas #%1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 still unpaid, due %4, overdue for %5</source>
        <translation>%1: summasta %3 on yhä maksamatta %2, eräpäivä %4, myöhässä %5</translation>
    </message>
    <message>
        <source>%1: %2 due %3, unpaid for %4</source>
        <translation>%1: %2 erääntyi %3, maksamatta %4</translation>
    </message>
    <message>
        <source>%1: %2 is due today (%3)</source>
        <translation>%1: %2 erääntyy tänään (%3)</translation>
    </message>
    <message>
        <source>%1: %2 is due %3, in %4</source>
        <translation>%1: %2 erääntyy %3, aikaa %4</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) paid after the due date</source>
        <translation>
            <numerusform>%n maksuerä maksettu eräpäivän jälkeen</numerusform>
            <numerusform>%n maksuerää maksettu eräpäivän jälkeen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the latest: %2, %3 due %4, paid %5 (%6 late)</source>
        <translation>%1; viimeisin: %2, %3, eräpäivä %4, maksettu %5 (%6 myöhässä)</translation>
    </message>
    <message numerus="yes">
        <source>%n revision round(s)</source>
        <translation>
            <numerusform>%n korjauskierros</numerusform>
            <numerusform>%n korjauskierrosta</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 with %3 included (%4 over)</source>
        <translation>”%1”: %2, hintaan sisältyy %3 (%4 liikaa)</translation>
    </message>
    <message numerus="yes">
        <source>%n out-of-scope change(s)</source>
        <translation>
            <numerusform>%n laajuuden ulkopuolinen muutos</numerusform>
            <numerusform>%n laajuuden ulkopuolista muutosta</numerusform>
        </translation>
    </message>
    <message>
        <source>First offer for &apos;%1&apos;: %2 against the quoted %3 (%4 % of it, %5× less)</source>
        <translation>Asiakkaan ensimmäinen hintaehdotus projektille ”%1”: %2, tarjoushinta %3 (%4 % siitä, %5× pienempi)</translation>
    </message>
    <message>
        <source>First offer for &apos;%1&apos;: %2 against the quoted %3</source>
        <translation>Asiakkaan ensimmäinen hintaehdotus projektille ”%1”: %2, tarjoushinta %3</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a discount of %2 was granted for promised future orders</source>
        <translation>”%1”: alennus %2 myönnetty lupausta tulevista tilauksista vastaan</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a discount of %2 was granted for promised future orders (reason: &apos;%3&apos;)</source>
        <translation>”%1”: alennus %2 myönnetty lupausta tulevista tilauksista vastaan (syy: ”%3”)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a discount of %2 was granted with no counter-concession recorded</source>
        <translation>”%1”: alennus %2 myönnetty ilman kirjattua vastamyönnytystä</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a discount of %2 was granted with no counter-concession recorded (reason: &apos;%3&apos;)</source>
        <translation>”%1”: alennus %2 myönnetty ilman kirjattua vastamyönnytystä (syy: ”%3”)</translation>
    </message>
    <message numerus="yes">
        <source>%n estimated hour(s)</source>
        <translation>
            <numerusform>%n arvioitu tunti</numerusform>
            <numerusform>%n arvioitua tuntia</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 for %3 is %4 per hour, below your floor rate of %5</source>
        <translation>”%1”: hinta %2 ja %3 antavat tuntihinnaksi %4, mikä alittaa minimituntihintasi %5</translation>
    </message>
    <message>
        <source>stage %1 &apos;%2&apos;</source>
        <translation>maksuerän %1 ”%2” hinnasta</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is due today (%2)</source>
        <translation>”%1”: määräaika on tänään (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is due %2, in %3</source>
        <translation>”%1”: määräaika %2, aikaa %3</translation>
    </message>
    <message>
        <source>%1; the internal deadline %2 (%3 of margin) has passed</source>
        <translation>%1; sisäinen määräaika %2 (%3 varaa) on mennyt ohi</translation>
    </message>
    <message>
        <source>Price change of &apos;%1&apos; to %2 on %3</source>
        <translation>Projektin ”%1” hinnanmuutos (uusi hinta %2) %3 alkaen</translation>
    </message>
    <message>
        <source>%1 was announced %2, only %3 before; move it to %4 to give %5 of notice</source>
        <translation>%1 ilmoitettiin %2, vain %3 etukäteen; siirrä muutos päivään %4, jotta ilmoitusaika on %5</translation>
    </message>
    <message>
        <source>%1 is not announced yet: announce it today to give %2 of notice</source>
        <translation>%1 on vielä ilmoittamatta: ilmoita siitä tänään, jotta ilmoitusaika on %2</translation>
    </message>
    <message>
        <source>%1 is not announced yet and needed %2 of notice by %3: announce it now and move it to %4</source>
        <translation>%1 on vielä ilmoittamatta, ja ilmoitusajan (%2) vuoksi siitä olisi pitänyt ilmoittaa viimeistään %3: ilmoita nyt ja siirrä muutos päivään %4</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n kuukausi</numerusform>
            <numerusform>%n kuukautta</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract for &apos;%1&apos;</source>
        <translation>Projektin ”%1” sopimus</translation>
    </message>
    <message>
        <source>Contract %1 for &apos;%2&apos;</source>
        <translation>Projektin ”%2” sopimus %1</translation>
    </message>
    <message numerus="yes">
        <source>%n discount request(s)</source>
        <translation>
            <numerusform>%n alennuspyyntö</numerusform>
            <numerusform>%n alennuspyyntöä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 between %2 and %3 (within %4), the latest: &apos;%5&apos;</source>
        <translation>%1 aikavälillä %2 – %3 (aikaikkuna %4), viimeisin: ”%5”</translation>
    </message>
    <message numerus="yes">
        <source>%n status request(s)</source>
        <translation>
            <numerusform>%n tilannekysely</numerusform>
            <numerusform>%n tilannekyselyä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n tunti</numerusform>
            <numerusform>%n tuntia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 within %2: from %3 to %4 (%5 time)</source>
        <translation>%1 (aikaikkuna %2): %3 – %4 (aikavyöhyke %5)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) or message(s)</source>
        <translation>
            <numerusform>%n puhelu tai viesti</numerusform>
            <numerusform>%n puhelua tai viestiä</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 outside the agreed hours %2–%3 (%4, %5 time) within %6: %7</source>
        <translation>%1 sovittujen yhteysaikojen %2–%3 (%4, aikavyöhyke %5) ulkopuolella (aikaikkuna %6): %7</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for free work (a test task or a contest)</source>
        <translation>
            <numerusform>%n pyyntö tehdä ilmaista työtä (testityö tai kilpailu)</numerusform>
            <numerusform>%n pyyntöä tehdä ilmaista työtä (testityö tai kilpailu)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the latest on %2</source>
        <translation>%1, viimeisin %2</translation>
    </message>
    <message>
        <source>%1, the latest on %2: &apos;%3&apos;</source>
        <translation>%1, viimeisin %2: ”%3”</translation>
    </message>
    <message>
        <source>The brief for &apos;%1&apos; sent to %2 on %3 has had no answer for %4: send one reminder</source>
        <translation>Projektin ”%1” brief lähetettiin asiakkaalle %2 %3, ja vastausta on odotettu %4: lähetä yksi muistutus</translation>
    </message>
    <message>
        <source>The brief sent to %1 on %2 has had no answer for %3: send one reminder</source>
        <translation>Brief lähetettiin asiakkaalle %1 %2, ja vastausta on odotettu %3: lähetä yksi muistutus</translation>
    </message>
    <message>
        <source>The agreement with %1 made in a call on %2 %3 is not confirmed in writing after %4: send a letter with its key points</source>
        <translation>Asiakkaan %1 kanssa puhelimessa %2 tehty sopimus %3 on yhä vahvistamatta kirjallisesti, vaikka aikaa on kulunut %4: lähetä kirje, jossa on sovitut pääkohdat</translation>
    </message>
    <message>
        <source>The agreement with %1 made in a meeting on %2 %3 is not confirmed in writing after %4: send a letter with its key points</source>
        <translation>Asiakkaan %1 kanssa tapaamisessa %2 tehty sopimus %3 on yhä vahvistamatta kirjallisesti, vaikka aikaa on kulunut %4: lähetä kirje, jossa on sovitut pääkohdat</translation>
    </message>
    <message>
        <source>Your promise to %1, &apos;%2&apos;, is due today (%3)</source>
        <translation>Lupauksesi asiakkaalle %1, ”%2”, on täytettävä tänään (%3)</translation>
    </message>
    <message>
        <source>Your promise to %1, &apos;%2&apos;, was due %3, %4 ago</source>
        <translation>Lupauksesi asiakkaalle %1, ”%2”, olisi pitänyt täyttää %3, %4 sitten</translation>
    </message>
    <message>
        <source>Observed on %1: %2</source>
        <translation>Havaittu %1: %2</translation>
    </message>
    <message>
        <source>Observed on %1 (%2): %3</source>
        <translation>Havaittu %1 (%2): %3</translation>
    </message>
    <message>
        <source>Observed: %1</source>
        <translation>Havaittu: %1</translation>
    </message>
    <message>
        <source>Observed (%1): %2</source>
        <translation>Havaittu (%1): %2</translation>
    </message>
    <message>
        <source>%1 is to decline (%2) while &apos;%3&apos; is in progress: finish the stage already paid for or refund it, and part ways; take no new work from this client</source>
        <translation>%1: kieltäydy (%2), mutta projekti ”%3” on kesken: tee jo maksettu vaihe valmiiksi tai palauta maksu, ja eroa asiakkaasta; älä ota tältä asiakkaalta uutta työtä</translation>
    </message>
    <message>
        <source>%1 outside your working hours %2–%3 (%4, %5 time; no hours agreed with the client) within %6: %7</source>
        <translation>%1 työaikasi %2–%3 ulkopuolella (%4, aikavyöhyke %5; asiakkaan kanssa ei ole sovittu aikoja) %6 sisällä: %7</translation>
    </message>
    <message>
        <source>Work on %1 started %2 with only %3 of %4 paid: ask for the payment before you go on</source>
        <translation>%1: työ aloitettu %2, vaikka summasta %4 on maksettu vain %3: pyydä maksu ennen kuin jatkat</translation>
    </message>
    <message>
        <source>Work on %1 started %2 with nothing of %3 paid: ask for the payment before you go on</source>
        <translation>%1: työ aloitettu %2, vaikka summasta %3 ei ole maksettu mitään: pyydä maksu ennen kuin jatkat</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 recorded with no charge, the latest on %3: &apos;%4&apos;; bill it as a change order</source>
        <translation>”%1”: %2 kirjattu veloituksetta, viimeisin %3: ”%4”; laskuta se lisätyönä</translation>
    </message>
    <message>
        <source>%1, then a discount request on %2</source>
        <translation>%1, ja sen jälkeen alennuspyyntö %2</translation>
    </message>
    <message>
        <source>%1, then a discount request on %2: &apos;%3&apos;</source>
        <translation>%1, ja sen jälkeen alennuspyyntö %2: ”%3”</translation>
    </message>
    <message>
        <source>%1, then the project was %2 before any agreement</source>
        <translation>%1, ja projektin tila ennen sopimusta: %2</translation>
    </message>
    <message>
        <source>%1 (moved from %2 by %3 of late payment)</source>
        <translation>%1 (siirtynyt päivästä %2 myöhästyneen maksun vuoksi: %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; missed its deadline %2 by %3</source>
        <translation>”%1” ylitti määräajan %2 (myöhässä %3)</translation>
    </message>
    <message>
        <source>%1: the guarantee refunds %2 % of %3, %4 of %5</source>
        <translation>%1: takuun mukaan palautetaan %2 % %3 eli %4 summasta %5</translation>
    </message>
    <message>
        <source>%1: the guarantee refunds %2 % of the project total, %3 of %4</source>
        <translation>%1: takuun mukaan palautetaan %2 % projektin kokonaishinnasta eli %3 summasta %4</translation>
    </message>
    <message>
        <source>announce a new price by %1 to give %2 of notice</source>
        <translation>ilmoita uusi hinta viimeistään %1, jotta ilmoitusaika on %2</translation>
    </message>
    <message>
        <source>a new price announced today takes effect %1</source>
        <translation>tänään ilmoitettu uusi hinta tulee voimaan %1</translation>
    </message>
    <message>
        <source>%1 (signed %2, %3) ends %4, in %5: the moment to revisit prices; %6</source>
        <translation>%1 (allekirjoitettu %2, %3) päättyy %4, %5 kuluttua: hyvä hetki tarkistaa hinnat; %6</translation>
    </message>
    <message>
        <source>after the delivery on %1</source>
        <translation>toimituksen (%1) jälkeen</translation>
    </message>
    <message>
        <source>when the work is due (deadline %1)</source>
        <translation>kun työ on valmis (määräaika %1)</translation>
    </message>
    <message>
        <source>after its work started on %1</source>
        <translation>sen työn alettua %1</translation>
    </message>
    <message>
        <source>%1: %2 falls due %3, %4: payment after the work. Offer the same total in prepaid stages instead, each paid before its work starts</source>
        <translation>%1: %2 erääntyy %3, %4: maksu työn jälkeen. Tarjoa sen sijaan sama kokonaissumma ennakkoon maksettavina vaiheina, kukin maksettuna ennen työn alkua</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is under an NDA with a surcharge of %2 %: the NDA costs you the work in your portfolio, so ask %3–40 % more</source>
        <translation>”%1” on salassapitosopimuksen (NDA) alainen %2 %:n lisähinnalla: NDA vie työn portfoliostasi, joten pyydä %3–40 % enemmän</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the discount of %2 cancels the NDA surcharge of %3: the NDA is then given away for free</source>
        <translation>”%1”: alennus %2 kumoaa NDA-lisän %3: salassapito annetaan silloin ilmaiseksi</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is agreed at %2 with no list of what the price includes: write the included items down, so that the client&apos;s expectations and the work match</source>
        <translation>”%1” on sovittu hintaan %2 ilman erittelyä siitä, mitä hintaan sisältyy: kirjaa sisältö, jotta asiakkaan odotukset ja työ vastaavat toisiaan</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is promised for %2 with no margin: keep your own deadline a few days earlier in case of force majeure</source>
        <translation>”%1” on luvattu päiväksi %2 ilman varmuusmarginaalia: pidä oma määräaikasi muutamaa päivää aiemmin ylivoimaisen esteen varalta</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsStore</name>
    <message>
        <source>The reminder settings are missing from the database.</source>
        <translation>Muistutusasetukset puuttuvat tietokannasta.</translation>
    </message>
    <message>
        <source>Calendar reminder: %1 days before is outside 0–%2.</source>
        <translation>Kalenterimuistutus: %1 päivää ennen on välin 0–%2 ulkopuolella.</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Serious warning</source>
        <translation>Vakava varoitus</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Notification title: what it is about and the client&apos;s name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Neuvo: %n more reminder(s)</source>
        <translation>
            <numerusform>Neuvo: %n muistutus lisää</numerusform>
            <numerusform>Neuvo: %n muistutusta lisää</numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed on the dashboard.</source>
        <translation>Ne näkyvät koontinäytössä.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Open the Dashboard</source>
        <translation>Avaa koontinäyttö</translation>
    </message>
</context>
<context>
    <name>RowVersions</name>
    <message>
        <source>The profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <source>%1 was deleted since it was loaded; nothing was saved.</source>
        <translation>%1: tietue on poistettu sen lataamisen jälkeen; mitään ei tallennettu.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since it was loaded; nothing was saved. Reload it to see the changes, then make yours again.</source>
        <translation>%1: tietuetta on muutettu muualla sen lataamisen jälkeen; mitään ei tallennettu. Lataa tietue uudelleen nähdäksesi muutokset ja tee sitten omasi uudelleen.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since it was loaded; nothing was saved. Reload it to see the changes, then make yours again.</source>
        <translation>%1: käyttäjä %2 muutti tietuetta sen lataamisen jälkeen (%3); mitään ei tallennettu. Lataa tietue uudelleen nähdäksesi muutokset ja tee sitten omasi uudelleen.</translation>
    </message>
    <message>
        <source>%1 #%2 was not saved.</source>
        <translation>%1 #%2: tietuetta ei tallennettu.</translation>
    </message>
    <message>
        <source>%1 was deleted elsewhere since it was loaded.</source>
        <translation>%1: tietue on poistettu muualla sen lataamisen jälkeen.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since it was loaded; nothing was deleted. Look at the saved version, then delete it again if you still want to.</source>
        <translation>%1: tietuetta on muutettu muualla sen lataamisen jälkeen; mitään ei poistettu. Katso tallennettu versio ja poista se sitten uudelleen, jos haluat yhä.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since it was loaded; nothing was deleted. Look at the saved version, then delete it again if you still want to.</source>
        <translation>%1: käyttäjä %2 muutti tietuetta sen lataamisen jälkeen (%3); mitään ei poistettu. Katso tallennettu versio ja poista se sitten uudelleen, jos haluat yhä.</translation>
    </message>
</context>
<context>
    <name>RuleTitles</name>
    <message>
        <source>Payment overdue</source>
        <translation>Maksu myöhässä</translation>
    </message>
    <message>
        <source>Pays late again and again</source>
        <translation>Maksaa myöhässä yhä uudelleen</translation>
    </message>
    <message>
        <source>More revision rounds than included</source>
        <translation>Enemmän korjauskierroksia kuin hintaan sisältyy</translation>
    </message>
    <message>
        <source>Presses for discounts</source>
        <translation>Painostaa alennuksiin</translation>
    </message>
    <message>
        <source>Discount for promised future orders</source>
        <translation>Alennus luvatuista tulevista tilauksista</translation>
    </message>
    <message>
        <source>Contacts outside the agreed hours</source>
        <translation>Ottaa yhteyttä sovittujen aikojen ulkopuolella</translation>
    </message>
    <message>
        <source>Presses for status updates</source>
        <translation>Hoputtaa tilannekatsauksia</translation>
    </message>
    <message>
        <source>Part ways: finish or refund</source>
        <translation>Eroa asiakkaasta: tee valmiiksi tai palauta maksu</translation>
    </message>
    <message>
        <source>Work started without payment</source>
        <translation>Työ aloitettu ilman maksua</translation>
    </message>
    <message>
        <source>Payment due soon</source>
        <translation>Maksu erääntyy pian</translation>
    </message>
    <message>
        <source>Deadline at risk</source>
        <translation>Määräaika vaarassa</translation>
    </message>
    <message>
        <source>Deadline missed</source>
        <translation>Määräaika ylittyi</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Lupaus erääntyy</translation>
    </message>
    <message>
        <source>Brief without an answer</source>
        <translation>Brief ilman vastausta</translation>
    </message>
    <message>
        <source>Agreement not confirmed in writing</source>
        <translation>Sopimusta ei ole vahvistettu kirjallisesti</translation>
    </message>
    <message>
        <source>Price change needs notice</source>
        <translation>Hinnanmuutoksesta on ilmoitettava</translation>
    </message>
    <message>
        <source>Contract renewal</source>
        <translation>Sopimuksen uusinta</translation>
    </message>
    <message>
        <source>Below your floor rate</source>
        <translation>Alle minimituntihinnan</translation>
    </message>
    <message>
        <source>Change not billed</source>
        <translation>Muutos laskuttamatta</translation>
    </message>
    <message>
        <source>Discount without a concession</source>
        <translation>Alennus ilman vastinetta</translation>
    </message>
    <message>
        <source>Payment after the work</source>
        <translation>Maksu työn jälkeen</translation>
    </message>
    <message>
        <source>NDA without its surcharge</source>
        <translation>NDA ilman lisähintaa</translation>
    </message>
    <message>
        <source>Price without a breakdown</source>
        <translation>Hinta ilman erittelyä</translation>
    </message>
    <message>
        <source>Deadline without a margin</source>
        <translation>Määräaika ilman pelivaraa</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>table</source>
        <translation>taulu</translation>
    </message>
    <message>
        <source>index</source>
        <translation>indeksi</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>liipaisin</translation>
    </message>
    <message>
        <source>view</source>
        <translation>näkymä</translation>
    </message>
    <message>
        <source>schema version %1 is not one this Neuvo knows</source>
        <translation>tämä Neuvo ei tunne skeemaversiota %1</translation>
    </message>
    <message>
        <source>The trigger “%1” on %2 is not part of Neuvo&apos;s schema; it would run on every change to %2.</source>
        <translation>Taulun %2 liipaisin ”%1” ei kuulu Neuvon skeemaan; se suoritettaisiin jokaisen taulun %2 muutoksen yhteydessä.</translation>
    </message>
    <message>
        <source>The %1 “%2” is not part of Neuvo&apos;s schema.</source>
        <translation>Neuvon skeemaan ei kuulu: %1 ”%2”.</translation>
    </message>
    <message>
        <source>The %1 “%2” differs from the one Neuvo creates.</source>
        <translation>Poikkeaa Neuvon luomasta: %1 ”%2”.</translation>
    </message>
    <message>
        <source>The %1 “%2” is missing.</source>
        <translation>Neuvon skeemasta puuttuu: %1 ”%2”.</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 on this computer</source>
        <extracomment>Window title of a database on a PostgreSQL server reached through its Unix socket: %1 is the database&apos;s name</extracomment>
        <translation>%1 tällä koneella</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Window title of a database on a PostgreSQL server: %1 is the database&apos;s name, %2 the server&apos;s host name</extracomment>
        <translation>%1 palvelimella %2</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>%1 exists only for SQLite database files; this database is on a %2 server. Use the server&apos;s own tools for it (for backups, pg_dump; see docs/postgresql.md).</source>
        <translation>%1 on käytettävissä vain SQLite-tietokantatiedostoille; tämä tietokanta on %2-palvelimella. Käytä siihen palvelimen omia työkaluja (varmuuskopioihin pg_dumpia; katso docs/postgresql.md).</translation>
    </message>
</context>
<context>
    <name>StagePayment</name>
    <message>
        <source>Stage %1 is paid in full already.</source>
        <translation>Erä %1 on jo maksettu kokonaan.</translation>
    </message>
    <message>
        <source>Payment amount: enter the amount received.</source>
        <translation>Maksun summa: syötä vastaanotettu summa.</translation>
    </message>
    <message>
        <source>Payment amount: %1 is more than the %2 still open on stage %3.</source>
        <translation>Maksun summa: %1 on enemmän kuin erän %3 avoin summa %2.</translation>
    </message>
    <message>
        <source>Paid on: the date is missing.</source>
        <translation>Maksupäivä: päivämäärä puuttuu.</translation>
    </message>
    <message>
        <source>Stage %1: work started on %2 already.</source>
        <translation>Erä %1: työ on jo aloitettu %2.</translation>
    </message>
    <message>
        <source>Work started on: the date is missing.</source>
        <translation>Työ aloitettu: päivämäärä puuttuu.</translation>
    </message>
    <message>
        <source>Stage %1: work started before the stage is paid. The rule is full prepayment of each stage before its work.</source>
        <translation>Erä %1: työ aloitettiin ennen kuin erä on maksettu. Sääntö on, että kukin erä maksetaan kokonaan ennen sen työn aloittamista.</translation>
    </message>
    <message>
        <source>Split: stage %1 already has work or a payment recorded; change the amounts by hand so that the record stays with its stage.</source>
        <translation>Jako: erälle %1 on jo kirjattu työn aloitus tai maksu; muuta summia käsin, jotta kirjaus pysyy oikean erän kohdalla.</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Erä %1</translation>
    </message>
</context>
<context>
    <name>StagePlan</name>
    <message>
        <source>4 × 25 %</source>
        <translation>4 × 25 %</translation>
    </message>
    <message>
        <source>2 × 50 %</source>
        <translation>2 × 50 %</translation>
    </message>
    <message>
        <source>30 / 40 / 30 %</source>
        <translation>30 / 40 / 30 %</translation>
    </message>
    <message>
        <source>A payment plan needs at least one stage, not %1</source>
        <translation>Maksusuunnitelmassa on oltava vähintään yksi maksuerä, ei %1</translation>
    </message>
    <message>
        <source>%1 stages are too many; at most %2 are allowed</source>
        <translation>%1 maksuerää on liikaa; enintään %2 on sallittu</translation>
    </message>
    <message>
        <source>Stage %1 has a negative share (%2 %)</source>
        <translation>Maksuerän %1 osuus on negatiivinen (%2 %)</translation>
    </message>
    <message>
        <source>The stage shares add up to %1 %, not 100 %</source>
        <translation>Maksuerien osuuksien summa on %1 %, ei 100 %</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>”%1” ei ole valuuttakoodi</translation>
    </message>
    <message>
        <source>A negative total (%1) cannot be split into stages</source>
        <translation>Negatiivista kokonaissummaa (%1) ei voi jakaa maksueriin</translation>
    </message>
    <message>
        <source>Stage %1 has a negative weight (%2)</source>
        <translation>Maksuerän %1 paino on negatiivinen (%2)</translation>
    </message>
    <message>
        <source>The stage weights are too large</source>
        <translation>Maksuerien painot ovat liian suuria</translation>
    </message>
    <message>
        <source>The stage weights add up to zero</source>
        <translation>Maksuerien painojen summa on nolla</translation>
    </message>
</context>
<context>
    <name>StaleSave</name>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Muutettu muualla</translation>
    </message>
    <message>
        <source>Reload shows the saved version and discards your edits in this form. Cancel keeps the form as it is, so you can copy what you typed.</source>
        <translation>Lataa uudelleen näyttää tallennetun version ja hylkää tähän lomakkeeseen tekemäsi muutokset. Peru jättää lomakkeen ennalleen, jotta voit kopioida kirjoittamasi tekstin.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Lataa uudelleen</translation>
    </message>
    <message>
        <source>Discard your edits to &quot;%1&quot; and load the saved version?</source>
        <translation>Hylätäänkö muutoksesi kohteeseen ”%1” ja ladataanko tallennettu versio?</translation>
    </message>
    <message>
        <source>Discard and Reload</source>
        <translation>Hylkää ja lataa uudelleen</translation>
    </message>
</context>
<context>
    <name>Threshold</name>
    <message>
        <source>Overdue payment becomes high after (days)</source>
        <translation>Myöhästynyt maksu on vakava, kun viivettä on yli (päivää)</translation>
    </message>
    <message>
        <source>Late-paid stages that make a chronic late payer</source>
        <translation>Kroonisen myöhästelijän raja (myöhässä maksettuja maksueriä)</translation>
    </message>
    <message>
        <source>First offer at most this % of the quote devalues the work</source>
        <translation>Työn vähättelyn raja: ensimmäinen hintaehdotus enintään tämä % tarjouksesta</translation>
    </message>
    <message>
        <source>Discount requests that count as pressure</source>
        <translation>Painostukseksi katsottavat alennuspyynnöt (kpl)</translation>
    </message>
    <message>
        <source>Window for discount requests (days)</source>
        <translation>Alennuspyyntöjen aikaikkuna (päivää)</translation>
    </message>
    <message>
        <source>Contacts outside agreed hours that raise a flag</source>
        <translation>Varoitusmerkin aiheuttavat yhteydenotot sovittujen aikojen ulkopuolella (kpl)</translation>
    </message>
    <message>
        <source>Window for contacts outside hours (days)</source>
        <translation>Aikojen ulkopuolisten yhteydenottojen aikaikkuna (päivää)</translation>
    </message>
    <message>
        <source>Status requests that count as pressure</source>
        <translation>Painostukseksi katsottavat tilannekyselyt (kpl)</translation>
    </message>
    <message>
        <source>Window for status requests (hours)</source>
        <translation>Tilannekyselyjen aikaikkuna (tuntia)</translation>
    </message>
    <message>
        <source>Warn about an unpaid stage due within (days)</source>
        <translation>Muistuta maksamattomasta maksuerästä, kun eräpäivään on enintään (päivää)</translation>
    </message>
    <message>
        <source>Warn about a deadline within (days)</source>
        <translation>Muistuta määräajasta, kun siihen on enintään (päivää)</translation>
    </message>
    <message>
        <source>Suggest a reminder for an unanswered brief after (days)</source>
        <translation>Ehdota muistutusta vastaamattomasta briefistä, kun on kulunut (päivää)</translation>
    </message>
    <message>
        <source>Agreement to confirm in writing within (days)</source>
        <translation>Sopimuksen kirjallisen vahvistuksen määräaika (päivää)</translation>
    </message>
    <message>
        <source>Risk score for caution</source>
        <translation>Riskipisteet tasolle Varovaisuutta</translation>
    </message>
    <message>
        <source>Risk score for decline</source>
        <translation>Riskipisteet tasolle Kieltäydy</translation>
    </message>
    <message>
        <source>Warn about a contract term ending this many days before the price notice is due</source>
        <translation>Varoita sopimuskauden päättymisestä näin monta päivää ennen hinnanmuutoksen ilmoitusajan alkua</translation>
    </message>
    <message>
        <source>Least NDA surcharge (%)</source>
        <translation>NDA-lisän vähimmäismäärä (%)</translation>
    </message>
    <message>
        <source>Client behaviour counts for (days)</source>
        <translation>Asiakkaan käytös otetaan huomioon (päivää)</translation>
    </message>
    <message>
        <source>Hours an extra revision round or an unbilled change takes (statistics)</source>
        <translation>Ylimääräisen korjauskierroksen tai laskuttamattoman muutoksen tunnit (tilastot)</translation>
    </message>
    <message>
        <source>New agreements whose median rate old clients are compared with</source>
        <translation>Uusien sopimusten määrä, joiden mediaanihintaan vanhoja asiakkaita verrataan</translation>
    </message>
</context>
<context>
    <name>VatCalculator</name>
    <message>
        <source>VAT rate %1 is outside 0–100 %.</source>
        <translation>ALV-kanta %1 ei ole välillä 0–100 %.</translation>
    </message>
    <message>
        <source>The amounts are too large to compute their VAT.</source>
        <translation>Summat ovat liian suuria arvonlisäveron laskemiseen.</translation>
    </message>
</context>
<context>
    <name>VatRate</name>
    <message>
        <source>&quot;%1&quot; is not a VAT rate: write a percentage such as 25.5 or 24.</source>
        <translation>”%1” ei ole ALV-kanta: kirjoita prosentti, esim. 25,5 tai 24.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a VAT rate has at most one decimal (25.5).</source>
        <translation>”%1”: ALV-kannassa on enintään yksi desimaali (25,5).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a VAT rate is between 0 and 100 %.</source>
        <translation>”%1”: ALV-kanta on välillä 0–100 %.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop CRM for solo freelancers.</source>
        <translation>Työpöydän CRM-sovellus yksin työskenteleville freelancereille.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>TIEDOSTO</translation>
    </message>
    <message>
        <source>Neuvo opens one database at a time; %1 files were given.</source>
        <translation>Neuvo avaa yhden tietokannan kerrallaan; annettiin %1 tiedostoa.</translation>
    </message>
    <message>
        <source>Give the database either as FILE or with --db, not both.</source>
        <translation>Anna tietokanta joko TIEDOSTONA tai valitsimella --db, ei molempia.</translation>
    </message>
    <message>
        <source>Quit as soon as the main window has been painted once (to time the start; see docs/performance.md).</source>
        <translation>Lopeta heti, kun pääikkuna on piirretty kerran (käynnistyksen ajanottoa varten; katso docs/performance.md).</translation>
    </message>
    <message>
        <source>Quit as soon as the dashboard is complete, printing the time to the first paint, to the complete dashboard and the longest event-loop stall (see docs/performance.md).</source>
        <translation>Lopeta heti, kun kojelauta on valmis, ja tulosta aika ensimmäiseen piirtoon ja valmiiseen kojelautaan sekä tapahtumasilmukan pisin pysähdys (katso docs/performance.md).</translation>
    </message>
    <message>
        <source>Open the database FILE, or a database on a PostgreSQL server given as postgresql://USER@HOST/DATABASE (default: %1).</source>
        <translation>Avaa tietokanta TIEDOSTO tai PostgreSQL-palvelimen tietokanta muodossa postgresql://KÄYTTÄJÄ@PALVELIN/TIETOKANTA (oletus: %1).</translation>
    </message>
    <message>
        <source>The database file or postgresql:// URL to open, as with --db.</source>
        <translation>Avattava tietokantatiedosto tai postgresql://-osoite, kuten valinnalla --db.</translation>
    </message>
</context>
<context>
    <name>neuvo::CardListDialog</name>
    <message>
        <source>Filter by text, client or date</source>
        <translation>Suodata tekstin, asiakkaan tai päivämäärän mukaan</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Suodatin</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n kohde</numerusform>
            <numerusform>%n kohdetta</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>%1/%2 näkyvissä</translation>
    </message>
</context>
<context>
    <name>neuvo::CardModel</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Alert group title with its number of items, e.g. &quot;Deadlines (2)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Show all %1…</source>
        <translation>Näytä kaikki %1…</translation>
    </message>
    <message>
        <source>Opens the whole list in a window of its own</source>
        <translation>Avaa koko luettelon omaan ikkunaansa</translation>
    </message>
</context>
<context>
    <name>neuvo::ClientDetailWidget</name>
    <message>
        <source>every day</source>
        <translation>joka päivä</translation>
    </message>
    <message>
        <source>no days</source>
        <translation>ei yhtään päivää</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>milloin tahansa</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1–%2 (over midnight)</source>
        <translation>%1–%2 (yli keskiyön)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Yhteystiedot</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projektit</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Yhteydenotot</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Lupaukset</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Varoitusmerkit</translation>
    </message>
    <message>
        <source>Select a client to see contacts, projects, interactions, promises and red flags.</source>
        <translation>Valitse asiakas nähdäksesi sen yhteystiedot, projektit, yhteydenotot, lupaukset ja varoitusmerkit.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>neuvo::ClientDialog</name>
    <message>
        <source>New Client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Edit Client – %1</source>
        <translation>Muokkaa asiakasta – %1</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nimi@esimerkki.fi</translation>
    </message>
    <message>
        <source>e.g. @handle</source>
        <translation>esim. @käyttäjänimi</translation>
    </message>
    <message>
        <source>Contact hours from</source>
        <translation>Yhteysaikojen alku</translation>
    </message>
    <message>
        <source>Contact hours until</source>
        <translation>Yhteysaikojen loppu</translation>
    </message>
    <message>
        <source>Contact &amp;hours:</source>
        <translation>Yhteysa&amp;jat:</translation>
    </message>
    <message>
        <source>In the client&apos;s time zone. The same time twice means any time; an end before the start runs over midnight.</source>
        <translation>Asiakkaan aikavyöhykkeellä. Sama alku- ja loppuaika tarkoittaa, että yhteyttä voi ottaa milloin tahansa; jos loppuaika on ennen alkuaikaa, aika jatkuu yli keskiyön.</translation>
    </message>
    <message>
        <source>Contact &amp;days:</source>
        <translation>Yhteyspäi&amp;vät:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Yritys:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Tyyppi:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>&amp;Lähde:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>T&amp;ila:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Puhelin:</translation>
    </message>
    <message>
        <source>&amp;Messenger:</source>
        <translation>Pi&amp;kaviestin:</translation>
    </message>
    <message>
        <source>Preferred &amp;channel:</source>
        <translation>&amp;Ensisijainen kanava:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Aikavyöhyke:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Muistiinpanot:</translation>
    </message>
    <message>
        <source>Add Client</source>
        <translation>Lisää asiakas</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Tallenna</translation>
    </message>
    <message>
        <source>Company, street, postcode and town, country</source>
        <translation>Yritys, katuosoite, postinumero ja -toimipaikka, maa</translation>
    </message>
    <message>
        <source>e.g. 1234567-8</source>
        <translation>esim. 1234567-8</translation>
    </message>
    <message>
        <source>A Finnish business ID is checked; others are taken as written.</source>
        <translation>Suomalainen Y-tunnus tarkistetaan; muut tallennetaan sellaisinaan.</translation>
    </message>
    <message>
        <source>e.g. FI12345678</source>
        <translation>esim. FI12345678</translation>
    </message>
    <message>
        <source>Needed for a reverse-charge invoice to a business in another EU country.</source>
        <translation>Tarvitaan käännetyn verovelvollisuuden laskuun toisen EU-maan yritykselle.</translation>
    </message>
    <message>
        <source>Billing details, printed on invoices</source>
        <translation>Laskutustiedot, tulostuvat laskuihin</translation>
    </message>
    <message>
        <source>Billing &amp;address:</source>
        <translation>Laskutus&amp;osoite:</translation>
    </message>
    <message>
        <source>&amp;Business ID:</source>
        <translation>&amp;Y-tunnus:</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>&amp;ALV-numero:</translation>
    </message>
</context>
<context>
    <name>neuvo::ClientProjectsModel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Next stage due</source>
        <translation>Seuraava eräpäivä</translation>
    </message>
</context>
<context>
    <name>neuvo::ClientProjectsTab</name>
    <message>
        <source>Projects of the client</source>
        <translation>Asiakkaan projektit</translation>
    </message>
    <message>
        <source>No projects for this client yet. Add one on the Projects page.</source>
        <translation>Asiakkaalla ei ole vielä projekteja. Lisää projekti Projektit-sivulla.</translation>
    </message>
    <message>
        <source>Double-click a project to open it.</source>
        <translation>Avaa projekti kaksoisnapsauttamalla sitä.</translation>
    </message>
</context>
<context>
    <name>neuvo::ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>No red flags.</source>
        <translation>Ei varoitusmerkkejä.</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>Aktiiviset projektit</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>Saatavat</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riski</translation>
    </message>
</context>
<context>
    <name>neuvo::ClientsPage</name>
    <message>
        <source>Filter by name, company or e-mail</source>
        <translation>Suodata nimen, yrityksen tai sähköpostin mukaan</translation>
    </message>
    <message>
        <source>Filter clients</source>
        <translation>Suodata asiakkaita</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>&amp;New Client…</source>
        <translation>&amp;Uusi asiakas…</translation>
    </message>
    <message>
        <source>New Client</source>
        <translation>Uusi asiakas</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Lisää asiakas</translation>
    </message>
    <message>
        <source>&amp;Edit Client…</source>
        <translation>&amp;Muokkaa asiakasta…</translation>
    </message>
    <message>
        <source>&amp;Delete Client…</source>
        <translation>&amp;Poista asiakas…</translation>
    </message>
    <message>
        <source>No clients yet — press %1 to add one.</source>
        <translation>Ei vielä asiakkaita — lisää asiakas painamalla %1.</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Mikään asiakas ei vastaa hakua ”%1”.</translation>
    </message>
    <message>
        <source>Edit Client</source>
        <translation>Muokkaa asiakasta</translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation>Poista asiakas</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Poistetaanko %1?</translation>
    </message>
    <message numerus="yes">
        <source>The %n project(s) of this client, with their stages and revisions, are deleted too. Edit → Undo puts everything back.</source>
        <translation>
            <numerusform>Myös asiakkaan %n projekti maksuerineen ja korjauksineen poistetaan. Muokkaa → Kumoa palauttaa kaiken.</numerusform>
            <numerusform>Myös asiakkaan %n projektia maksuerineen ja korjauksineen poistetaan. Muokkaa → Kumoa palauttaa kaiken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo puts it back.</source>
        <translation>Muokkaa → Kumoa palauttaa sen.</translation>
    </message>
    <message numerus="yes">
        <source>Delete Client and %n Project(s)</source>
        <translation>
            <numerusform>Poista asiakas ja %n projekti</numerusform>
            <numerusform>Poista asiakas ja %n projektia</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>neuvo::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Yhdistä palvelimeen</translation>
    </message>
    <message>
        <source>Open a Neuvo database on a PostgreSQL server. The password comes from ~/.pgpass or PGPASSWORD; when neither has it, Neuvo asks for it and keeps it only while the database is open.</source>
        <translation>Avaa Neuvo-tietokanta PostgreSQL-palvelimelta. Salasana luetaan tiedostosta ~/.pgpass tai muuttujasta PGPASSWORD; jos kummassakaan ei ole sitä, Neuvo kysyy sen ja pitää sen muistissa vain niin kauan kuin tietokanta on auki.</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /var/run/postgresql</source>
        <translation>db.example.org tai socket-kansio, esim. /var/run/postgresql</translation>
    </message>
    <message>
        <source>Your login on this computer</source>
        <translation>Käyttäjätunnuksesi tällä koneella</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate</source>
        <translation>Salaa ja tarkista palvelimen varmenne</translation>
    </message>
    <message>
        <source>Encrypt, without checking the certificate</source>
        <translation>Salaa, mutta älä tarkista varmennetta</translation>
    </message>
    <message>
        <source>Encrypt if the server offers it</source>
        <translation>Salaa, jos palvelin tarjoaa salausta</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <translation>Älä koskaan salaa</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Palvelin:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>P&amp;ortti:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Tietokanta:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Käyttäjä:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>S&amp;alaus:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Yhdistä</translation>
    </message>
    <message>
        <source>The safest: nobody can read or change what is sent, and Neuvo talks only to the server named above. Needs the certificate of the server&apos;s authority in ~/.postgresql/root.crt (sslmode verify-full).</source>
        <translation>Turvallisin: kukaan ei voi lukea eikä muuttaa lähetettyä, ja Neuvo puhuu vain yllä nimetyn palvelimen kanssa. Vaatii palvelimen varmenteen myöntäjän varmenteen tiedostoon ~/.postgresql/root.crt (sslmode verify-full).</translation>
    </message>
    <message>
        <source>Nobody can read what is sent, but another machine could pose as the server (sslmode require).</source>
        <translation>Kukaan ei voi lukea lähetettyä, mutta jokin toinen kone voisi esiintyä palvelimena (sslmode require).</translation>
    </message>
    <message>
        <source>Encrypted when the server can, otherwise not, without saying so (sslmode prefer). Fine on a Unix socket or a network you trust.</source>
        <translation>Salattu, jos palvelin pystyy siihen, muuten ei, eikä siitä kerrota (sslmode prefer). Sopii Unix-socketille tai verkkoon, johon luotat.</translation>
    </message>
    <message>
        <source>Everything, passwords excepted, crosses the network readable: only on this computer or a network you trust (sslmode disable).</source>
        <translation>Kaikki salasanoja lukuun ottamatta kulkee verkossa luettavassa muodossa: vain tällä koneella tai verkossa, johon luotat (sslmode disable).</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server (Database).</source>
        <translation>Kirjoita palvelimella olevan tietokannan nimi (Tietokanta).</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>käyttäjätunnuksesi</translation>
    </message>
    <message>
        <source>The server asks for the password of %1, and none was found in ~/.pgpass or PGPASSWORD. Type it under Password and connect again; Neuvo does not save it.</source>
        <translation>Palvelin kysyy käyttäjän %1 salasanaa, eikä sitä löytynyt tiedostosta ~/.pgpass eikä muuttujasta PGPASSWORD. Kirjoita se Salasana-kenttään ja yhdistä uudelleen; Neuvo ei tallenna sitä.</translation>
    </message>
    <message>
        <source>The server refused the user %1 or the password. Check User, and the password in ~/.pgpass, PGPASSWORD or under Password.</source>
        <translation>Palvelin hylkäsi käyttäjän %1 tai salasanan. Tarkista Käyttäjä sekä salasana tiedostossa ~/.pgpass, muuttujassa PGPASSWORD tai Salasana-kentässä.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers on this computer at the socket folder and port given. Check Host and Port, and that the server is running.</source>
        <translation>Mikään PostgreSQL-palvelin ei vastaa tällä koneella annetussa socket-kansiossa ja portissa. Tarkista Palvelin ja Portti sekä se, että palvelin on käynnissä.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1, port %2. Check Host and Port, that the server is running, and that it accepts connections from this computer (listen_addresses, pg_hba.conf).</source>
        <translation>Mikään PostgreSQL-palvelin ei vastaa osoitteessa %1, portissa %2. Tarkista Palvelin ja Portti, että palvelin on käynnissä ja että se hyväksyy yhteydet tältä koneelta (listen_addresses, pg_hba.conf).</translation>
    </message>
    <message>
        <source>The server has no database called %1. Check Database, or ask the server&apos;s administrator to create it (see docs/postgresql.md).</source>
        <translation>Palvelimella ei ole tietokantaa nimeltä %1. Tarkista Tietokanta tai pyydä palvelimen ylläpitäjää luomaan se (ks. docs/postgresql.md).</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Salasana</translation>
    </message>
    <message>
        <source>The server of %1 asks for the password of %2, and none was found in ~/.pgpass or PGPASSWORD. Neuvo uses it for this connection only and does not save it.</source>
        <translation>Tietokannan %1 palvelin kysyy käyttäjän %2 salasanaa, eikä sitä löytynyt tiedostosta ~/.pgpass eikä muuttujasta PGPASSWORD. Neuvo käyttää sitä vain tähän yhteyteen eikä tallenna sitä.</translation>
    </message>
</context>
<context>
    <name>neuvo::ContactTab</name>
    <message>
        <source>Company:</source>
        <translation>Yritys:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Tila:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Tyyppi:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Lähde:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Sähköposti:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Puhelin:</translation>
    </message>
    <message>
        <source>Messenger:</source>
        <translation>Pikaviestin:</translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation>Ensisijainen kanava:</translation>
    </message>
    <message>
        <source>Contact hours:</source>
        <translation>Yhteysajat:</translation>
    </message>
    <message>
        <source>Contact days:</source>
        <translation>Yhteyspäivät:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Aikavyöhyke:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Muistiinpanot:</translation>
    </message>
    <message>
        <source>Edi&amp;t Client…</source>
        <translation>Muo&amp;kkaa asiakasta…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (now %2 there)</source>
        <translation>%1 (siellä nyt klo %2)</translation>
    </message>
</context>
<context>
    <name>neuvo::CounterOfferDialog</name>
    <message>
        <source>Payment after the work (“50 % now, 50 % after”)</source>
        <translation>Maksu työn jälkeen (”50 % nyt, 50 % jälkeenpäin”)</translation>
    </message>
    <message>
        <source>A discount</source>
        <translation>Alennusta</translation>
    </message>
    <message>
        <source>Signing an NDA</source>
        <translation>Salassapitosopimusta (NDA)</translation>
    </message>
    <message>
        <source>The work today (a rush)</source>
        <translation>Työtä jo tänään (kiire)</translation>
    </message>
    <message>
        <source>My price (“What is your budget?”)</source>
        <translation>Hintaani (”Mikä on budjettisi?”)</translation>
    </message>
    <message>
        <source>The Client Asks For…</source>
        <translation>Asiakas pyytää…</translation>
    </message>
    <message>
        <source>empty: the largest one the floor rate allows</source>
        <translation>tyhjä: suurin, jonka minimituntihinta sallii</translation>
    </message>
    <message>
        <source>&amp;Discount asked (%1):</source>
        <translation>&amp;Pyydetty alennus (%1):</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Vastauksen teksti</translation>
    </message>
    <message>
        <source>The client &amp;asks for:</source>
        <translation>Asiakas &amp;pyytää:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Kopioi leikepöydälle</translation>
    </message>
    <message>
        <source>Open &amp;E-mail Draft</source>
        <translation>Avaa s&amp;ähköpostiluonnos</translation>
    </message>
    <message>
        <source>A&amp;pply to Project</source>
        <translation>&amp;Käytä projektiin</translation>
    </message>
    <message>
        <source>Discount asked</source>
        <translation>Pyydetty alennus</translation>
    </message>
    <message>
        <source>Replace the stages with the proposed prepaid stages; Save keeps them, Cancel discards them.</source>
        <translation>Korvaa vaiheet ehdotetuilla ennakkoon maksettavilla vaiheilla; Tallenna säilyttää ne, Peruuta hylkää ne.</translation>
    </message>
    <message>
        <source>Set the deadline to the honest one; Save keeps it, Cancel discards it.</source>
        <translation>Aseta määräajaksi rehellinen määräaika; Tallenna säilyttää sen, Peruuta hylkää sen.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your answer to the client.</source>
        <translation>Kopioitu. Liitä se vastaukseesi asiakkaalle.</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the answer to the clipboard instead.</source>
        <translation>Mikään sähköpostiohjelma ei vastannut. Kopioi vastaus leikepöydälle.</translation>
    </message>
</context>
<context>
    <name>neuvo::CsvExportDialog</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Pilkku ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Puolipiste ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Sarkain</translation>
    </message>
    <message>
        <source>Point (1234.50)</source>
        <translation>Piste (1234.50)</translation>
    </message>
    <message>
        <source>Comma (1 234,50)</source>
        <translation>Pilkku (1 234,50)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (länsieurooppalainen)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (kyrillinen)</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Erotin:</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>&amp;Desimaalierotin:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Merkistö:</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Vie CSV</translation>
    </message>
    <message>
        <source>Write the file the way your spreadsheet program reads it.</source>
        <translation>Kirjoita tiedosto niin kuin taulukkolaskentaohjelmasi sen lukee.</translation>
    </message>
    <message>
        <source>Mark the file as &amp;UTF-8 (byte order mark)</source>
        <translation>Merkitse tiedosto &amp;UTF-8:ksi (BOM-merkki)</translation>
    </message>
    <message>
        <source>Without the mark Excel takes UTF-8 for the Windows encoding and garbles ä, ö and Cyrillic letters.</source>
        <translation>Ilman merkkiä Excel luulee UTF-8:aa Windows-merkistöksi ja sotkee ä:t, ö:t ja kyrilliset kirjaimet.</translation>
    </message>
</context>
<context>
    <name>neuvo::CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Tuo CSV</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projektit</translation>
    </message>
    <message>
        <source>A CSV file whose first line names the columns</source>
        <translation>CSV-tiedosto, jonka ensimmäisellä rivillä on sarakkeiden nimet</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>&amp;Valitse tiedosto…</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>&amp;Tuo:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>T&amp;iedosto:</translation>
    </message>
    <message>
        <source>Preview and column mapping</source>
        <translation>Esikatselu ja sarakkeiden kohdistus</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Ongelmat</translation>
    </message>
    <message>
        <source>Dry Run checks every row and lists the problems here, with their line numbers. Nothing is written until every row is fine.</source>
        <translation>Koeajo tarkistaa jokaisen rivin ja luettelee ongelmat tähän rivinumeroineen. Mitään ei kirjoiteta, ennen kuin jokainen rivi on kunnossa.</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Koeajo</translation>
    </message>
    <message>
        <source>Check every row without writing anything</source>
        <translation>Tarkista jokainen rivi kirjoittamatta mitään</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>T&amp;uo</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-tiedostot (*.csv);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tiedostoa %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Yritys</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Pikaviestin</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Ensisijainen yhteyskanava</translation>
    </message>
    <message>
        <source>Contact hours from</source>
        <translation>Yhteysaikojen alku</translation>
    </message>
    <message>
        <source>Contact hours until</source>
        <translation>Yhteysaikojen loppu</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Aikavyöhyke</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>Asiakkaan ID</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Asiakkaan nimi</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Projektin nimi</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Perushinta</translation>
    </message>
    <message>
        <source>Client&apos;s first offer</source>
        <translation>Asiakkaan ensimmäinen hintaehdotus</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>Salassapitosopimus (NDA)</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>Arvioidut tunnit</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Sopimuksen numero</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Laajuus</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows here.</source>
        <translation>Valitse tiedosto, niin sen ensimmäiset rivit näkyvät tässä.</translation>
    </message>
    <message>
        <source>The file is empty; its first line must name the columns.</source>
        <translation>Tiedosto on tyhjä; sen ensimmäisellä rivillä on oltava sarakkeiden nimet.</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV.</source>
        <translation>Tiedostoa ei voi lukea CSV-muodossa.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Sarake %1</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Tuo kenttään</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Rivi %1</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Sarakkeen %1 kenttä</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ohita</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n rivi</numerusform>
            <numerusform>%n riviä</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has %1; the first %2 are shown. Choose above each column the field it goes into, or Skip.</source>
        <translation>Tiedostossa on %1; niistä näytetään ensimmäiset %2. Valitse kunkin sarakkeen yläpuolelta kenttä, johon se tuodaan, tai Ohita.</translation>
    </message>
    <message>
        <source>The file has %1. Choose above each column the field it goes into, or Skip.</source>
        <translation>Tiedostossa on %1. Valitse kunkin sarakkeen yläpuolelta kenttä, johon se tuodaan, tai Ohita.</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these lines in the file, or change the column mapping, and check again.</source>
        <translation>Mitään ei tuotu. Korjaa nämä rivit tiedostossa tai muuta sarakkeiden kohdistusta ja tarkista uudelleen.</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are fine. Import writes them.</source>
        <translation>
            <numerusform>%n rivi on kunnossa. Tuo-painike tallentaa sen.</numerusform>
            <numerusform>Kaikki %n riviä ovat kunnossa. Tuo-painike tallentaa ne.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Mitään ei tuotu.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Muoto:</translation>
    </message>
</context>
<context>
    <name>neuvo::DashboardPage</name>
    <message>
        <source>today</source>
        <translation>tänään</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>huomenna</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>eilen</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>%n päivän päästä</numerusform>
            <numerusform>%n päivän päästä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n päivä sitten</numerusform>
            <numerusform>%n päivää sitten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A date and how far it is from today, e.g. &quot;12.05.2024 (in 3 days)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Sulje ilmoitus</translation>
    </message>
    <message>
        <source>Today&apos;s alerts</source>
        <translation>Tämän päivän muistutukset</translation>
    </message>
    <message>
        <source>Nothing needs your attention today.</source>
        <translation>Mikään ei vaadi huomiotasi tänään.</translation>
    </message>
    <message>
        <source>Clients to watch</source>
        <translation>Seurattavat asiakkaat</translation>
    </message>
    <message>
        <source>No risky clients: nobody is at Caution or Decline.</source>
        <translation>Ei riskialttiita asiakkaita: kenenkään riskitaso ei ole Varovaisuutta tai Kieltäydy.</translation>
    </message>
    <message>
        <source>Projects in progress</source>
        <translation>Käynnissä olevat projektit</translation>
    </message>
    <message>
        <source>No projects in progress. A project shows here once its status is “In progress”.</source>
        <translation>Ei käynnissä olevia projekteja. Projekti näkyy tässä, kun sen tila on ”Käynnissä”.</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Tulot</translation>
    </message>
    <message>
        <source>Overdue payments</source>
        <translation>Myöhässä olevat maksut</translation>
    </message>
    <message>
        <source>Work started without payment</source>
        <translation>Työ aloitettu ilman maksua</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Määräajat</translation>
    </message>
    <message>
        <source>Payments due soon</source>
        <translation>Pian erääntyvät maksut</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Lupaukset</translation>
    </message>
    <message>
        <source>Unconfirmed agreements</source>
        <translation>Vahvistamattomat sopimukset</translation>
    </message>
    <message>
        <source>Briefs without answer</source>
        <translation>Vastaamattomat briefit</translation>
    </message>
    <message>
        <source>Price notices</source>
        <translation>Hinnanmuutosilmoitukset</translation>
    </message>
    <message>
        <source>Contract renewals</source>
        <translation>Sopimusten uusinnat</translation>
    </message>
    <message>
        <source>Below your floor rate</source>
        <translation>Alle minimituntihinnan</translation>
    </message>
    <message>
        <source>Other alerts</source>
        <translation>Muut muistutukset</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Tänään, %1</translation>
    </message>
    <message>
        <source>Click to open the project</source>
        <translation>Avaa projekti napsauttamalla</translation>
    </message>
    <message>
        <source>Click to open the client</source>
        <translation>Avaa asiakas napsauttamalla</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>…and %1 more in the client&apos;s Red flags tab</source>
        <translation>…ja %1 muuta asiakkaan Varoitusmerkit-välilehdellä</translation>
    </message>
    <message>
        <source>%1, risk %2: %3</source>
        <translation>%1, riski %2: %3</translation>
    </message>
    <message>
        <source>Risk score %1. Click to open the client.</source>
        <translation>Riskipisteet %1. Avaa asiakas napsauttamalla.</translation>
    </message>
    <message>
        <source>Next: stage %1 “%2”, %3 due %4</source>
        <translation>Seuraavaksi: maksuerä %1 ”%2”, %3, eräpäivä %4</translation>
    </message>
    <message>
        <source>Next: stage %1 “%2”, %3, no due date</source>
        <translation>Seuraavaksi: maksuerä %1 ”%2”, %3, ei eräpäivää</translation>
    </message>
    <message>
        <source>No stages yet: add them in the project&apos;s Stages tab.</source>
        <translation>Ei vielä maksueriä: lisää ne projektin Erät-välilehdellä.</translation>
    </message>
    <message>
        <source>All stages paid.</source>
        <translation>Kaikki maksuerät maksettu.</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Määräaika %1</translation>
    </message>
    <message>
        <source>&amp;Projects in progress</source>
        <translation>&amp;Käynnissä olevat projektit</translation>
    </message>
    <message>
        <source>&amp;Projects in progress (%1)</source>
        <translation>&amp;Käynnissä olevat projektit (%1)</translation>
    </message>
    <message>
        <source>…and %1 more below.</source>
        <translation>…ja %1 muuta alempana.</translation>
    </message>
    <message>
        <source>New serious warnings since you last opened Neuvo:</source>
        <translation>Uusia vakavia varoituksia sen jälkeen, kun avasit Neuvon viimeksi:</translation>
    </message>
    <message>
        <source>New reminders:</source>
        <translation>Uusia muistutuksia:</translation>
    </message>
    <message>
        <source>New warnings and reminders:</source>
        <translation>Uusia varoituksia ja muistutuksia:</translation>
    </message>
    <message>
        <source>Part ways: finish or refund</source>
        <translation>Eroa asiakkaasta: tee valmiiksi tai palauta maksu</translation>
    </message>
    <message>
        <source>Payment after the work</source>
        <translation>Maksu työn jälkeen</translation>
    </message>
    <message>
        <source>Changes to bill</source>
        <translation>Laskutettavat muutokset</translation>
    </message>
    <message>
        <source>Discounts without a concession</source>
        <translation>Alennukset ilman vastapalvelusta</translation>
    </message>
    <message>
        <source>NDA without its surcharge</source>
        <translation>NDA ilman lisähintaa</translation>
    </message>
    <message>
        <source>Prices without a breakdown</source>
        <translation>Hinnat ilman erittelyä</translation>
    </message>
    <message>
        <source>Deadlines without a margin</source>
        <translation>Määräajat ilman marginaalia</translation>
    </message>
    <message>
        <source>&amp;Your alerts: what needs doing</source>
        <translation>&amp;Vaatii huomiota: omat muistutuksesi</translation>
    </message>
    <message>
        <source>&amp;Your alerts: what needs doing (%1)</source>
        <translation>&amp;Vaatii huomiota: omat muistutuksesi (%1)</translation>
    </message>
    <message>
        <source>&amp;Clients to watch: their flags</source>
        <translation>S&amp;eurattavat asiakkaat: heidän varoitusmerkkinsä</translation>
    </message>
    <message>
        <source>&amp;Clients to watch: their flags (%1)</source>
        <translation>S&amp;eurattavat asiakkaat: heidän varoitusmerkkinsä (%1)</translation>
    </message>
    <message>
        <source>Checking your records</source>
        <translation>Tietojasi tarkistetaan</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln client(s)…</source>
        <translation>
            <numerusform>Tarkistetaan %Ln asiakas…</numerusform>
            <numerusform>Tarkistetaan %Ln asiakasta…</numerusform>
        </translation>
    </message>
    <message>
        <source>When Neuvo was last closed (%1), being checked now:</source>
        <translation>Tilanne, kun Neuvo viimeksi suljettiin (%1); tarkistetaan parhaillaan:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln muistutus</numerusform>
            <numerusform>%Ln muistutusta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) to watch</source>
        <translation>
            <numerusform>%Ln seurattava asiakas</numerusform>
            <numerusform>%Ln seurattavaa asiakasta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s) in progress</source>
        <translation>
            <numerusform>%Ln käynnissä oleva projekti</numerusform>
            <numerusform>%Ln käynnissä olevaa projektia</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An alert group and how many alerts it had, e.g. &quot;Overdue payments: 3&quot;</extracomment>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>neuvo::DesktopNotifications</name>
    <message>
        <source>there is no session bus (%1)</source>
        <translation>istuntoväylää ei ole (%1)</translation>
    </message>
    <message>
        <source>no notification service is running</source>
        <translation>mikään ilmoituspalvelu ei ole käynnissä</translation>
    </message>
    <message>
        <source>The notification service did not take the notification: %1</source>
        <translation>Ilmoituspalvelu ei ottanut ilmoitusta vastaan: %1</translation>
    </message>
</context>
<context>
    <name>neuvo::DocumentDialog</name>
    <message>
        <source>Print or Export Document</source>
        <translation>Tulosta tai vie asiakirja</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Sopimus</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Tarjous</translation>
    </message>
    <message>
        <source>Invoice for one stage</source>
        <translation>Yhden maksuerän lasku</translation>
    </message>
    <message>
        <source>Print or Export – %1</source>
        <translation>Tulosta tai vie – %1</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Erä %1: %2</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Asiakirja:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>E&amp;rä:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>&amp;Päiväys:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Esikatsele…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Vie PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Tulostimelle lähetettiin %n sivu.</numerusform>
            <numerusform>Tulostimelle lähetettiin %n sivua.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Vie PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Tallennettu tiedostoon %1 (%n sivu).</numerusform>
            <numerusform>Tallennettu tiedostoon %1 (%n sivua).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill them in under Edit → Preferences → Profile.</source>
        <translation>Täydennä ne kohdassa Muokkaa → Asetukset → Profiili.</translation>
    </message>
    <message>
        <source>&amp;Issue Invoice…</source>
        <translation>&amp;Anna lasku…</translation>
    </message>
    <message>
        <source>Gives the invoice the next number of your series and stores it as it prints now. An issued invoice never changes; a mistake is cancelled with a credit note.</source>
        <translation>Antaa laskulle sarjasi seuraavan numeron ja tallentaa sen sellaisena kuin se nyt tulostuu. Annettu lasku ei enää muutu; virhe mitätöidään hyvityslaskulla.</translation>
    </message>
    <message>
        <source>Invoice %1 was issued on %2; it prints as issued.</source>
        <translation>Lasku %1 annettiin %2; se tulostuu sellaisena kuin se annettiin.</translation>
    </message>
    <message>
        <source>Not issued yet: it prints as a draft without a number.</source>
        <translation>Ei vielä annettu: tulostuu luonnoksena ilman numeroa.</translation>
    </message>
    <message>
        <source>Issue the invoice for stage %1 dated %2, in %3? It gets the next number of your series and is stored as it prints now; afterwards it can only be cancelled with a credit note.</source>
        <translation>Annetaanko erän %1 lasku päiväyksellä %2, kielellä %3? Se saa sarjasi seuraavan numeron ja tallennetaan sellaisena kuin se nyt tulostuu; sen jälkeen sen voi vain mitätöidä hyvityslaskulla.</translation>
    </message>
    <message>
        <source>Issue Invoice</source>
        <translation>Anna lasku</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Lasku %1 annettu.</translation>
    </message>
</context>
<context>
    <name>neuvo::FindingTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Vakavuus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Perustelu</translation>
    </message>
</context>
<context>
    <name>neuvo::FollowUpLetterDialog</name>
    <message>
        <source>Letter text</source>
        <translation>Kirjeen teksti</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Kopioi leikepöydälle</translation>
    </message>
    <message>
        <source>Open &amp;E-mail Draft</source>
        <translation>Avaa s&amp;ähköpostiluonnos</translation>
    </message>
    <message>
        <source>Copied. Paste it into your mail and send it; mark the agreement confirmed when the client answers.</source>
        <translation>Kopioitu. Liitä se sähköpostiisi ja lähetä; merkitse sopimus vahvistetuksi, kun asiakas vastaa.</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the letter to the clipboard instead.</source>
        <translation>Mikään sähköpostiohjelma ei vastannut. Kopioi kirje leikepöydälle.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Follow-up letter: confirm the agreements</source>
        <translation>Seurantakirje: vahvista sovitut asiat</translation>
    </message>
    <message>
        <source>Reminder: the brief has had no answer</source>
        <translation>Muistutus: briefiin ei ole vastattu</translation>
    </message>
    <message>
        <source>Releasing the reserved time: the reminder too has had no answer</source>
        <translation>Varatun ajan vapauttaminen: muistutukseenkaan ei ole vastattu</translation>
    </message>
    <message>
        <source>Le&amp;tter:</source>
        <translation>Ki&amp;rje:</translation>
    </message>
    <message>
        <source>Copied. Paste it into your mail and send it, then log it as a reminder: one is enough.</source>
        <translation>Kopioitu. Liitä se sähköpostiin ja lähetä, ja kirjaa se sitten muistutukseksi: yksi riittää.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your mail and send it; the time is free for other work.</source>
        <translation>Kopioitu. Liitä se sähköpostiin ja lähetä; aika on vapaa muulle työlle.</translation>
    </message>
</context>
<context>
    <name>neuvo::IncomeChart</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Month in the income chart&apos;s tooltips: short month name and year, e.g. &quot;May 2024&quot;</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>now</source>
        <extracomment>Under the current month on the income chart&apos;s axis, in place of the year; keep it short</extracomment>
        <translation>nyt</translation>
    </message>
    <message>
        <source>Income chart</source>
        <translation>Tulokaavio</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Expected (unpaid stages by due date)</source>
        <translation>Odotettu (maksamattomat maksuerät eräpäivän mukaan)</translation>
    </message>
    <message>
        <source>%1: paid %2, expected %3</source>
        <translation>%1: maksettu %2, odotettu %3</translation>
    </message>
    <message>
        <source>Paid per month against the unpaid stages due each month, in %1.</source>
        <translation>Maksetut summat kuukausittain ja kunkin kuukauden maksamattomat maksuerät eräpäivän mukaan, valuutta %1.</translation>
    </message>
    <message>
        <source>Stages in %1 are not included: Neuvo does not convert currencies.</source>
        <translation>Maksueriä valuutassa %1 ei ole mukana: Neuvo ei muunna valuuttoja.</translation>
    </message>
</context>
<context>
    <name>neuvo::IntegrityReportDialog</name>
    <message>
        <source>Check Database</source>
        <translation>Tarkista tietokanta</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Tietue</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Löydetyt ongelmat</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Tarkistusta ei voitu suorittaa: %1</translation>
    </message>
    <message>
        <source>No problems found in %1: SQLite&apos;s integrity check, the references between records and Neuvo&apos;s own rules (stages add up to each project&apos;s total, no negative amounts) all pass.</source>
        <translation>Tietokannasta %1 ei löytynyt ongelmia: SQLiten eheystarkistus, tietueiden väliset viittaukset ja Neuvon omat säännöt (erien summa vastaa kunkin projektin kokonaishintaa, ei negatiivisia summia) ovat kaikki kunnossa.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>Tietokannasta %1 löytyi %n ongelma.</numerusform>
            <numerusform>Tietokannasta %1 löytyi %n ongelmaa.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup that passes the check is from %1; File → Restore Backup puts it back.</source>
        <translation>Uusin tarkistuksen läpäisevä varmuuskopio on tehty %1; valinta Tiedosto → Palauta varmuuskopio palauttaa sen.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <source>No problems found in %1: its schema is Neuvo&apos;s, and Neuvo&apos;s own rules (stages add up to each project&apos;s total, no negative amounts, records about a project are with its client) all pass. The PostgreSQL server itself keeps its storage, constraints and references between records sound.</source>
        <translation>Tietokannasta %1 ei löytynyt ongelmia: sen skeema on Neuvon, ja Neuvon omat säännöt (erien summa vastaa kunkin projektin kokonaishintaa, ei negatiivisia summia, projektia koskevat merkinnät ovat sen asiakkaan kanssa) ovat kunnossa. PostgreSQL-palvelin itse huolehtii tallennuksen, rajoitteiden ja tietueiden välisten viittausten eheydestä.</translation>
    </message>
</context>
<context>
    <name>neuvo::InteractionDialog</name>
    <message>
        <source>Edit Interaction</source>
        <translation>Muokkaa yhteydenottoa</translation>
    </message>
    <message>
        <source>Confirmed in w&amp;riting on</source>
        <translation>&amp;Vahvistettu kirjallisesti</translation>
    </message>
    <message>
        <source>Confirmed in writing on</source>
        <translation>Kirjallisen vahvistuksen päivämäärä</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>A&amp;jankohta:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Kanava:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>S&amp;uunta:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yyppi:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>&amp;Projekti:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Y&amp;hteenveto:</translation>
    </message>
</context>
<context>
    <name>neuvo::InteractionTableModel</name>
    <message>
        <source>%1 in the client&apos;s time zone (%2)</source>
        <translation>%1 asiakkaan aikavyöhykkeellä (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Ajankohta</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Suunta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Yhteenveto</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Vahvistettu</translation>
    </message>
</context>
<context>
    <name>neuvo::InteractionsTab</name>
    <message>
        <source>Interaction log</source>
        <translation>Yhteydenottoloki</translation>
    </message>
    <message>
        <source>No interactions logged yet. Record calls, mails and meetings below; the red-flag rules read them.</source>
        <translation>Yhteydenottoja ei ole vielä kirjattu. Kirjaa puhelut, viestit ja tapaamiset alla; varoitusmerkkien säännöt käyttävät niitä.</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>Mitä sanottiin tai sovittiin</translation>
    </message>
    <message>
        <source>Confirmed in w&amp;riting on</source>
        <translation>&amp;Vahvistettu kirjallisesti</translation>
    </message>
    <message>
        <source>Confirmed in writing on</source>
        <translation>Kirjallisen vahvistuksen päivämäärä</translation>
    </message>
    <message>
        <source>&amp;Add to Log</source>
        <translation>&amp;Lisää lokiin</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>A&amp;jankohta:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>&amp;Kanava:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>S&amp;uunta:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;yyppi:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>&amp;Projekti:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>Y&amp;hteenveto:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ei projektia</translation>
    </message>
    <message>
        <source>Add to Log</source>
        <translation>Lisää lokiin</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>P&amp;oista</translation>
    </message>
    <message>
        <source>Delete the selected interaction; Edit → Undo puts it back</source>
        <translation>Poista valittu yhteydenotto; Muokkaa → Kumoa palauttaa sen</translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation>Muokkaa yhteydenottoa</translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation>Poista yhteydenotto</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Kirje…</translation>
    </message>
    <message>
        <source>After a call or meeting: its agreements as a letter asking the client to confirm. After a sent brief: the one reminder; after the reminder: releasing the reserved time</source>
        <translation>Puhelun tai tapaamisen jälkeen: sovitut asiat kirjeenä, jossa asiakasta pyydetään vahvistamaan ne. Lähetetyn briefin jälkeen: ainoa muistutus; muistutuksen jälkeen: varatun ajan vapauttaminen</translation>
    </message>
</context>
<context>
    <name>neuvo::InvoicePaymentDialog</name>
    <message>
        <source>Payments</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation>&amp;Kirjaa maksu</translation>
    </message>
    <message>
        <source>Re&amp;move Selected</source>
        <translation>&amp;Poista valittu</translation>
    </message>
    <message>
        <source>&amp;Amount received:</source>
        <translation>&amp;Saatu summa:</translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation>Saapumis&amp;päivä:</translation>
    </message>
    <message>
        <source>Payments – Invoice %1</source>
        <translation>Maksut – lasku %1</translation>
    </message>
    <message>
        <source>Invoice %1 to %2: %3 to pay, %4 still owed.</source>
        <translation>Lasku %1 ostajalle %2: maksettava %3, maksamatta vielä %4.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Summa: %1</translation>
    </message>
    <message>
        <source>Remove Payment</source>
        <translation>Poista maksu</translation>
    </message>
    <message>
        <source>Remove the payment of %1 received on %2? Its share comes off the stage too.</source>
        <translation>Poistetaanko %2 saatu %1 maksu? Sen osuus vähennetään myös maksuerästä.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>neuvo::InvoicesModel</name>
    <message>
        <source>Cancels invoice %1</source>
        <translation>Mitätöi laskun %1</translation>
    </message>
    <message>
        <source>Cancelled by credit note %1</source>
        <translation>Mitätöity hyvityslaskulla %1</translation>
    </message>
    <message>
        <source>%1, stage %2</source>
        <translation>%1, erä %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numero</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Päivämäärä</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Ostaja</translation>
    </message>
    <message>
        <source>Project and stage</source>
        <translation>Projekti ja erä</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Veroton</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>ALV</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Verollinen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>neuvo::InvoicesPage</name>
    <message>
        <source>&lt;h2&gt;Invoices&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Laskut&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Tämä kuukausi</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Edellinen kuukausi</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Tämä vuosi</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Edellinen vuosi</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Aikaväli</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Annettu alkaen</translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation>Annettu asti</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;Annettu:</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Esikatselu…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Vie PDF…</translation>
    </message>
    <message>
        <source>&amp;Record Payment…</source>
        <translation>&amp;Kirjaa maksu…</translation>
    </message>
    <message>
        <source>&amp;Cancel with Credit Note…</source>
        <translation>&amp;Mitätöi hyvityslaskulla…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Vie C&amp;SV…</translation>
    </message>
    <message>
        <source>The invoices of the period with net, VAT, gross and paid, and the totals per currency and VAT rate, for your accountant.</source>
        <translation>Jakson laskut verottomina, ALV, verollisina ja maksettuina sekä summat valuutoittain ja ALV-kannoittain kirjanpitäjällesi.</translation>
    </message>
    <message>
        <source>Invoices are issued from a project: Print / Export, a stage&apos;s invoice, Issue Invoice. Double-click an invoice to open its project.</source>
        <translation>Laskut annetaan projektista: Tulosta / vie, maksuerän lasku, Anna lasku. Avaa laskun projekti kaksoisnapsauttamalla laskua.</translation>
    </message>
    <message>
        <source>No invoices issued in this period. Issue one from a project&apos;s Print / Export.</source>
        <translation>Tällä jaksolla ei ole annettu laskuja. Anna lasku projektin kohdasta Tulosta / vie.</translation>
    </message>
    <message>
        <source>%1: net %2 · VAT %3 · gross %4 · paid %5 · outstanding %6</source>
        <translation>%1: veroton %2 · ALV %3 · verollinen %4 · maksettu %5 · avoinna %6</translation>
    </message>
    <message>
        <source>    VAT %1: net %2 · VAT %3</source>
        <extracomment>A line of the VAT summary under the invoice list: &quot; VAT 25,5 %: net 1 000,00 € · VAT 255,00 €&quot;.</extracomment>
        <translation>    ALV %1: veroton %2 · ALV %3</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Vie PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an invoice first.</source>
        <translation>Valitse ensin lasku.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Tallennettu %1 (%n sivu).</numerusform>
            <numerusform>Tallennettu %1 (%n sivua).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Vie CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n invoice(s)).</source>
        <translation>
            <numerusform>Tallennettu %1 (%n lasku).</numerusform>
            <numerusform>Tallennettu %1 (%n laskua).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel invoice %1 with a credit note dated %2? The credit note takes the next number and cancels the invoice in full; neither can be changed afterwards. The stage can then be invoiced again.</source>
        <translation>Mitätöidäänkö lasku %1 hyvityslaskulla päiväyksellä %2? Hyvityslasku saa seuraavan numeron ja mitätöi laskun kokonaan; kumpaakaan ei voi enää muuttaa. Maksuerän voi sitten laskuttaa uudelleen.</translation>
    </message>
    <message>
        <source>Cancel Invoice</source>
        <translation>Mitätöi lasku</translation>
    </message>
    <message>
        <source>Issue Credit Note</source>
        <translation>Anna hyvityslasku</translation>
    </message>
    <message>
        <source>Credit note %1 cancels invoice %2.</source>
        <translation>Hyvityslasku %1 mitätöi laskun %2.</translation>
    </message>
</context>
<context>
    <name>neuvo::MainWindow</name>
    <message>
        <source>%1 – Neuvo</source>
        <translation>%1 – Neuvo</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigointi</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Koontinäyttö</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Asiakkaat</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Projektit</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Maksut</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Neuvo&lt;/h2&gt;&lt;p&gt;Your database is empty. Add your first client, or look around with sample clients, projects and payments first.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Tervetuloa Neuvoon&lt;/h2&gt;&lt;p&gt;Tietokantasi on tyhjä. Lisää ensimmäinen asiakkaasi tai tutustu ensin ohjelmaan esimerkkiasiakkaiden, -projektien ja -maksujen avulla.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open demo data</source>
        <translation>Avaa esimerkkitiedot</translation>
    </message>
    <message>
        <source>Neuvo</source>
        <translation>Neuvo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Uusi tietokanta…</translation>
    </message>
    <message>
        <source>Create an empty database file and open it in a new window</source>
        <translation>Luo tyhjä tietokantatiedosto ja avaa se uudessa ikkunassa</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Avaa tietokanta…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Avaa &amp;viimeaikainen</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Sulje ikkuna</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Find Client</source>
        <translation>&amp;Etsi asiakas</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Siirry</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Koontinäyttö</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Asiakkaat</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Projektit</translation>
    </message>
    <message>
        <source>P&amp;ayments</source>
        <translation>&amp;Maksut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <source>&amp;About Neuvo</source>
        <translation>&amp;Tietoja Neuvosta</translation>
    </message>
    <message>
        <source>About Neuvo</source>
        <translation>Tietoja Neuvosta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Neuvo %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for solo freelancers: clients, staged payments, contracts and the red flags of difficult clients.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Neuvo %1&lt;/h3&gt;&lt;p&gt;Työpöydän CRM-sovellus yksin työskenteleville freelancereille: asiakkaat, maksuerät, sopimukset ja hankalien asiakkaiden varoitusmerkit.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Uusi tietokanta</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File → Open Database.</source>
        <translation>%1 on jo olemassa. Valitse uusi tiedostonimi tai avaa tiedosto valinnalla Tiedosto → Avaa tietokanta.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Avaa tietokanta</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Asiakas</translation>
    </message>
    <message>
        <source>&amp;Print or Export Document…</source>
        <translation>&amp;Tulosta tai vie asiakirja…</translation>
    </message>
    <message>
        <source>Contract, quote or stage invoice of the selected project</source>
        <translation>Valitun projektin sopimus, tarjous tai maksuerän lasku</translation>
    </message>
    <message>
        <source>Select a project, then print its contract, quote or invoice.</source>
        <translation>Valitse projekti ja tulosta sitten sen sopimus, tarjous tai lasku.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Vain luku</translation>
    </message>
    <message>
        <source>Read-only: %1 You can look at everything, but changes cannot be saved.</source>
        <translation>Vain luku: %1 Voit katsella kaikkea, mutta muutoksia ei voi tallentaa.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (vain luku)</translation>
    </message>
    <message>
        <source>The newest good backup is %1, made %2. Restore this backup puts it in the place of %3; the file as it is now is kept, byte for byte, in %4.</source>
        <translation>Uusin ehjä varmuuskopio on %1 (tehty %2). Valinta ”Palauta tämä varmuuskopio” asettaa sen tiedoston %3 tilalle; tiedosto säilytetään nykyisellään, tavu tavulta, kansiossa %4.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Palauta tämä varmuuskopio</translation>
    </message>
    <message>
        <source>%1 was restored from %2. The file that could not be opened is kept as %3.</source>
        <translation>Tietokanta %1 palautettiin tiedostosta %2. Tiedosto, jota ei voitu avata, on tallessa: %3.</translation>
    </message>
    <message>
        <source>Switch to the Running Neuvo</source>
        <translation>Siirry käynnissä olevaan Neuvoon</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Avaa vain luku -tilassa</translation>
    </message>
    <message>
        <source>%1 is already open in another Neuvo.</source>
        <translation>Tietokanta %1 on jo auki toisessa Neuvossa.</translation>
    </message>
    <message>
        <source>Only one Neuvo at a time may change a database (%1). You can open it here read-only: you can look at everything, but not change it.</source>
        <translation>Vain yksi Neuvo kerrallaan voi muuttaa tietokantaa (%1). Voit avata sen täällä vain luku -tilassa: voit katsella kaikkea, mutta et muuttaa mitään.</translation>
    </message>
    <message>
        <source>The Neuvo that has %1 open did not answer. Switch to it yourself, or start again and open the file read-only.</source>
        <translation>Neuvo, jossa %1 on auki, ei vastannut. Siirry siihen itse tai käynnistä Neuvo uudelleen ja avaa tiedosto vain luku -tilassa.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>Tu&amp;o CSV…</translation>
    </message>
    <message>
        <source>Clients or projects from a spreadsheet, with a preview and column mapping</source>
        <translation>Asiakkaat tai projektit taulukkolaskennasta esikatselun ja sarakkeiden kohdistuksen avulla</translation>
    </message>
    <message>
        <source>&amp;Export CSV</source>
        <translation>V&amp;ie CSV</translation>
    </message>
    <message>
        <source>&amp;Clients…</source>
        <translation>&amp;Asiakkaat…</translation>
    </message>
    <message>
        <source>&amp;Projects…</source>
        <translation>&amp;Projektit…</translation>
    </message>
    <message>
        <source>Payment &amp;Stages…</source>
        <translation>&amp;Maksuerät…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Varmuuskopioi &amp;nyt</translation>
    </message>
    <message>
        <source>Save a copy of the database in its backups folder</source>
        <translation>Tallenna tietokannasta kopio sen varmuuskopiokansioon</translation>
    </message>
    <message>
        <source>Restore Bac&amp;kup…</source>
        <translation>&amp;Palauta varmuuskopio…</translation>
    </message>
    <message>
        <source>Put an earlier copy of the database back</source>
        <translation>Palauta tietokannan aiempi kopio</translation>
    </message>
    <message>
        <source>Check &amp;Database</source>
        <translation>Tarkista tieto&amp;kanta</translation>
    </message>
    <message>
        <source>Look for damage and for records that break Neuvo&apos;s rules</source>
        <translation>Etsi vaurioita ja tietueita, jotka rikkovat Neuvon sääntöjä</translation>
    </message>
    <message>
        <source>The backup was not made. %1</source>
        <translation>Varmuuskopiota ei tehty. %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Varmuuskopioitu tiedostoon %1.</translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation>Tietokanta %1 palautettiin tiedostosta %2.</translation>
    </message>
    <message>
        <source>What it held before is kept as %1.</source>
        <translation>Sen aiempi sisältö on tallessa: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s); a backup was made first.</source>
        <translation>
            <numerusform>Tuotiin %n rivi; ensin tehtiin varmuuskopio.</numerusform>
            <numerusform>Tuotiin %n riviä; ensin tehtiin varmuuskopio.</numerusform>
        </translation>
    </message>
    <message>
        <source>clients</source>
        <translation>asiakkaat</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>projektit</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>maksuerät</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Vie CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Viety tiedostoon %1.</translation>
    </message>
    <message>
        <source>Neuvo databases (*.neuvo *.sqlite)</source>
        <translation>Neuvo-tietokannat (*.neuvo *.sqlite)</translation>
    </message>
    <message>
        <source>Neuvo databases (*.neuvo *.sqlite);;All files (*)</source>
        <translation>Neuvo-tietokannat (*.neuvo *.sqlite);;Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation>Vi&amp;e kalenteri…</translation>
    </message>
    <message>
        <source>Due dates, deadlines, promises, renewals and price notices as an iCalendar file for your calendar</source>
        <translation>Eräpäivät, määräajat, lupaukset, sopimusten uusinnat ja hinnanmuutosilmoitukset iCalendar-tiedostona kalenteriasi varten</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Vie kalenteri</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-tiedostot (*.ics)</translation>
    </message>
    <message>
        <source>%1 (%2) – Neuvo</source>
        <extracomment>Window title: the database file and how many things need attention</extracomment>
        <translation>%1 (%2) – Neuvo</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Esittelytiedot</translation>
    </message>
    <message>
        <source>This is demo data with made-up clients, in a file of its own (%1). Your own database is not changed by anything you do here.</source>
        <translation>Nämä ovat keksittyjä asiakkaita sisältäviä esittelytietoja omassa tiedostossaan (%1). Mikään täällä tekemäsi ei muuta omaa tietokantaasi.</translation>
    </message>
    <message>
        <source>&amp;Back to My Database</source>
        <translation>&amp;Takaisin omaan tietokantaan</translation>
    </message>
    <message>
        <source>The folder for the demo data, %1, cannot be created.</source>
        <translation>Esittelytietojen kansiota %1 ei voi luoda.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Laskut</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Laskut</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Tilastot</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>&amp;Tilastot</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Yhdistä &amp;palvelimeen…</translation>
    </message>
    <message>
        <source>Open a Neuvo database on a PostgreSQL server</source>
        <translation>Avaa Neuvo-tietokanta PostgreSQL-palvelimelta</translation>
    </message>
    <message>
        <source>Save a snapshot of every table in %1 (the server&apos;s own backup is pg_dump)</source>
        <translation>Tallenna tilannevedos jokaisesta taulusta kansioon %1 (palvelimen oma varmuuskopio on pg_dump)</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Varmuuskopion palauttaminen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Open Recent: a database on a server, its name and URL</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Look for records that break Neuvo&apos;s rules (the server keeps its storage sound)</source>
        <translation>Etsi tietueita, jotka rikkovat Neuvon sääntöjä (palvelin huolehtii itse tallennuksen eheydestä)</translation>
    </message>
</context>
<context>
    <name>neuvo::PaymentsModel</name>
    <message>
        <source>%1. %2</source>
        <extracomment>Stage number and title in the payments table, e.g. &quot;2. Design&quot;</extracomment>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>%1: stage %2 &apos;%3&apos;</source>
        <translation>%1: maksuerä %2 ”%3”</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Maksuerä</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Summa</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Maksupäivä</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>Column: the amount paid so far for a stage</extracomment>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
</context>
<context>
    <name>neuvo::PaymentsPage</name>
    <message>
        <source>&lt;h2&gt;Payments&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Maksut&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Näytä:</translation>
    </message>
    <message>
        <source>Payment stages</source>
        <translation>Maksuerät</translation>
    </message>
    <message>
        <source>Double-click a stage to open its project.</source>
        <translation>Avaa maksuerän projekti kaksoisnapsauttamalla erää.</translation>
    </message>
    <message>
        <source>Due within a day</source>
        <translation>Erääntyy päivän sisällä</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days</source>
        <comment>payments filter</comment>
        <translation>
            <numerusform>Erääntyy %n päivän sisällä</numerusform>
            <numerusform>Erääntyy %n päivän sisällä</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Maksamatta</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Filter button with the number of stages it shows, e.g. &quot;Overdue (3)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unpaid stages due within the number of days set in Preferences (now %1)</source>
        <translation>Maksamattomat maksuerät, jotka erääntyvät asetuksissa määritetyn ajan sisällä (nyt %1 pv)</translation>
    </message>
    <message>
        <source>No stages yet — add them in a project&apos;s Stages tab.</source>
        <translation>Ei vielä maksueriä — lisää niitä projektin Erät-välilehdellä.</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Ei myöhässä olevia maksuja.</translation>
    </message>
    <message>
        <source>Nothing due within a day.</source>
        <translation>Ei päivän sisällä erääntyviä maksuja.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n days.</source>
        <translation>
            <numerusform>Ei seuraavan %n päivän aikana erääntyviä maksuja.</numerusform>
            <numerusform>Ei seuraavan %n päivän aikana erääntyviä maksuja.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stage that is owed has been paid.</source>
        <translation>Kaikki maksettavat maksuerät on maksettu.</translation>
    </message>
    <message>
        <source>No stage has been paid yet.</source>
        <translation>Yhtään maksuerää ei ole vielä maksettu.</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>Saatavat: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Maksettu: %1</translation>
    </message>
    <message>
        <source>Nothing outstanding and nothing paid in the stages shown.</source>
        <translation>Näytetyissä maksuerissä ei ole saatavia eikä maksettuja summia.</translation>
    </message>
</context>
<context>
    <name>neuvo::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profiili</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>Oletukset</translation>
    </message>
    <message>
        <source>Red-flag rules</source>
        <translation>Varoitusmerkkien säännöt</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Käyttöliittymä</translation>
    </message>
    <message>
        <source>e.g. Sole proprietor</source>
        <translation>esim. toiminimi</translation>
    </message>
    <message>
        <source>IBAN, BIC and bank name</source>
        <translation>IBAN, BIC ja pankin nimi</translation>
    </message>
    <message>
        <source>Your details appear on contracts, quotes and invoices.</source>
        <translation>Tietosi näkyvät sopimuksissa, tarjouksissa ja laskuissa.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Yritysmuoto:</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>Y-&amp;tunnus:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Osoite:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Sähköposti:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Puh&amp;elin:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>&amp;Pankkiyhteys:</translation>
    </message>
    <message>
        <source>What an NDA adds to the price; experienced freelancers charge 20–40 %.</source>
        <translation>Salassapitosopimuksen (NDA) hintaan lisäämä osuus; kokeneet freelancerit veloittavat 20–40 %.</translation>
    </message>
    <message>
        <source>Share of a stage refunded when you miss its deadline.</source>
        <translation>Maksuerän osuus, joka palautetaan, jos et pysy sen määräajassa.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>The lowest price per hour you accept; projects below it raise an alert.</source>
        <translation>Alin tuntihinta, jonka hyväksyt; sen alittavista projekteista tulee muistutus.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Valuutta:</translation>
    </message>
    <message>
        <source>&amp;NDA surcharge:</source>
        <translation>Salassapitolisä (&amp;NDA):</translation>
    </message>
    <message>
        <source>Included &amp;revision rounds:</source>
        <translation>Sisältyvät &amp;korjauskierrokset:</translation>
    </message>
    <message>
        <source>&amp;Guarantee refund:</source>
        <translation>&amp;Takuuhyvitys:</translation>
    </message>
    <message>
        <source>Price change &amp;notice:</source>
        <translation>&amp;Hinnanmuutoksen ilmoitusaika:</translation>
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation>Työ&amp;aika:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Työpäivät:</translation>
    </message>
    <message>
        <source>&amp;Floor rate per hour:</source>
        <translation>&amp;Minimituntihinta:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Järjestelmän kieli</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Kieli:</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO 4217 code such as EUR.</source>
        <translation>Valuutta: ”%1” ei ole kolmikirjaiminen ISO 4217 -koodi, kuten EUR.</translation>
    </message>
    <message>
        <source>Floor rate per hour: %1</source>
        <translation>Minimituntihinta: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> varmuuskopiota</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Säilytä uusimmat:</translation>
    </message>
    <message>
        <source>Neuvo backs up the database at the first start of each day, before every import and restore, and with File → Back Up Now, into %1. Older backups are deleted beyond this number; the copies made before a database upgrade are always kept.</source>
        <translation>Neuvo varmuuskopioi tietokannan kansioon %1 kunkin päivän ensimmäisellä käynnistyskerralla, ennen jokaista tuontia ja palautusta sekä valinnalla Tiedosto → Varmuuskopioi nyt. Tämän määrän ylittävät vanhemmat varmuuskopiot poistetaan; ennen tietokannan päivitystä tehdyt kopiot säilytetään aina.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Muistutukset</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>Työpöytä&amp;ilmoitukset</translation>
    </message>
    <message>
        <source>&amp;Quiet outside my working hours</source>
        <translation>&amp;Hiljaista työaikani ulkopuolella</translation>
    </message>
    <message>
        <source>One notification for each new serious warning and each payment, deadline or promise coming due, with the client&apos;s name; click it to open the item. Each is announced once, also by the reminder timer (neuvo-cli alerts --notify) while Neuvo is closed. Without a notification service Neuvo uses the tray, else the dashboard&apos;s banner.</source>
        <translation>Yksi ilmoitus jokaisesta uudesta vakavasta varoituksesta ja jokaisesta erääntyvästä maksusta, määräajasta tai lupauksesta asiakkaan nimen kera; napsauta sitä avataksesi kohteen. Kustakin ilmoitetaan kerran, myös muistutusajastimen kautta (neuvo-cli alerts --notify), kun Neuvo on suljettu. Ilman ilmoituspalvelua Neuvo käyttää ilmoitusaluetta tai muuten koontinäytön ilmoituspalkkia.</translation>
    </message>
    <message>
        <source>Outside the working hours and days on the Defaults tab, notifications wait until work starts.</source>
        <translation>Oletukset-välilehden työajan ja työpäivien ulkopuolella ilmoitukset odottavat työn alkuun.</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Ei muistutusta</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>Samana päivänä</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>%n päivä ennen</numerusform>
            <numerusform>%n päivää ennen</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar &amp;reminder:</source>
        <translation>&amp;Kalenterimuistutus:</translation>
    </message>
    <message>
        <source>The calendar file (File → Export Calendar, or neuvo-cli ics for a calendar that subscribes to it) asks your calendar to remind you of each event then, at the start of your working day.</source>
        <translation>Kalenteritiedosto (Tiedosto → Vie kalenteri, tai neuvo-cli ics tilattavaa kalenteria varten) pyytää kalenteriasi muistuttamaan jokaisesta tapahtumasta silloin, työpäiväsi alussa.</translation>
    </message>
    <message>
        <source>A new language is used from the next start, with its dates and numbers.</source>
        <translation>Uusi kieli päivämäärineen ja lukuineen otetaan käyttöön seuraavalla käynnistyskerralla.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>%1 (US)</source>
        <translation>%1 (USA)</translation>
    </message>
    <message>
        <source>&amp;Paper for documents:</source>
        <translation>&amp;Asiakirjojen paperi:</translation>
    </message>
    <message>
        <source>&amp;Dates in English documents:</source>
        <translation>&amp;Päivämäärät englanninkielisissä asiakirjoissa:</translation>
    </message>
    <message>
        <source>Taxes and invoices</source>
        <translation>Verot ja laskut</translation>
    </message>
    <message>
        <source>e.g. FI12345678</source>
        <translation>esim. FI12345678</translation>
    </message>
    <message>
        <source>A percentage with at most one decimal, e.g. 25.5 or 24. A project can have a rate of its own.</source>
        <translation>Prosentti enintään yhdellä desimaalilla, esim. 25,5 tai 24. Projektilla voi olla oma kantansa.</translation>
    </message>
    <message>
        <source>Net: VAT is added on the invoice</source>
        <translation>Verottomina: ALV lisätään laskulla</translation>
    </message>
    <message>
        <source>Gross: prices include VAT</source>
        <translation>Verollisina: hinnat sisältävät ALV:n</translation>
    </message>
    <message>
        <source>How invoices handle value added tax.</source>
        <translation>Miten laskut käsittelevät arvonlisäveroa.</translation>
    </message>
    <message>
        <source>VAT &amp;status:</source>
        <translation>ALV-&amp;asema:</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>A&amp;LV-numero:</translation>
    </message>
    <message>
        <source>Default VAT &amp;rate (%):</source>
        <translation>Oletus-ALV-&amp;kanta (%):</translation>
    </message>
    <message>
        <source>&amp;Prices are entered:</source>
        <translation>&amp;Hinnat syötetään:</translation>
    </message>
    <message>
        <source>When no VAT is charged, the invoice says why. Leave a language empty for Neuvo&apos;s standard sentence (shown greyed).</source>
        <translation>Kun arvonlisäveroa ei peritä, lasku kertoo miksi. Jätä kieli tyhjäksi, niin käytetään Neuvon vakiolausetta (näkyy harmaana).</translation>
    </message>
    <message>
        <source>Exemption sentence (%1):</source>
        <translation>Verottomuuden peruste (%1):</translation>
    </message>
    <message>
        <source>e.g. FI21 1234 5600 0007 85</source>
        <translation>esim. FI21 1234 5600 0007 85</translation>
    </message>
    <message>
        <source>With an IBAN, invoices carry a reference number, the bank bar code and a payment QR code.</source>
        <translation>IBAN-tilinumeron kanssa laskuissa on viitenumero, pankkiviivakoodi ja maksun QR-koodi.</translation>
    </message>
    <message>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <source>Start the numbers again each year</source>
        <translation>Aloita numerointi alusta joka vuosi</translation>
    </message>
    <message>
        <source>Next numbers look like %1.</source>
        <translation>Seuraavat numerot ovat muotoa %1.</translation>
    </message>
    <message>
        <source>Due date of an invoice whose stage has no due date ahead.</source>
        <translation>Laskun eräpäivä, kun maksuerällä ei ole tulevaa eräpäivää.</translation>
    </message>
    <message>
        <source>Invoice &amp;number prefix:</source>
        <translation>Laskunumeron &amp;etuliite:</translation>
    </message>
    <message>
        <source>Payment &amp;term:</source>
        <translation>&amp;Maksuaika:</translation>
    </message>
    <message>
        <source>Default VAT rate: %1</source>
        <translation>Oletus-ALV-kanta: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>What putting a project before the others costs on top of its price; the answer to &quot;I need it today&quot; names it.</source>
        <translation>Mitä projektin ottaminen muiden edelle maksaa sen hinnan päälle; vastaus pyyntöön ”tarvitsen sen tänään” mainitsee sen.</translation>
    </message>
    <message>
        <source>R&amp;ush surcharge:</source>
        <translation>K&amp;iirelisä:</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server, which is backed up with its own tools (pg_dump). Neuvo makes no daily backups of it; before an import or an upgrade, and with File → Back Up Now, it writes a snapshot of every table into %1.</source>
        <translation>Tämä tietokanta on PostgreSQL-palvelimella, joka varmuuskopioidaan sen omilla työkaluilla (pg_dump). Neuvo ei tee siitä päivittäisiä varmuuskopioita; ennen tuontia tai päivitystä sekä valinnalla Tiedosto → Varmuuskopioi nyt se tallentaa tilannevedoksen jokaisesta taulusta kansioon %1.</translation>
    </message>
</context>
<context>
    <name>neuvo::PriceChangeTableModel</name>
    <message>
        <source>not yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <source>Price change %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Hinnanmuutos %1: ”%2” ei ole päivämäärä (VVVV-KK-PP).</translation>
    </message>
    <message>
        <source>Price change %1, new price</source>
        <translation>Hinnanmuutos %1, uusi hinta</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Voimaantulo</translation>
    </message>
    <message>
        <source>New price (%1)</source>
        <translation>Uusi hinta (%1)</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Ilmoitettu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
</context>
<context>
    <name>neuvo::ProjectEditor</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Overview</source>
        <translation>&amp;Yleiset</translation>
    </message>
    <message>
        <source>P&amp;ricing</source>
        <translation>&amp;Hinnoittelu</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>&amp;Erät</translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation>&amp;Korjaukset</translation>
    </message>
    <message>
        <source>&amp;Contract &amp;&amp; price changes</source>
        <translation>&amp;Sopimus ja hinnanmuutokset</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. Landing page copy</source>
        <translation>esim. Laskeutumissivun tekstit</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Toimitettu</translation>
    </message>
    <message>
        <source>What is delivered, in the client&apos;s words and yours</source>
        <translation>Mitä toimitetaan, asiakkaan sanoin ja omin sanoin</translation>
    </message>
    <message>
        <source>Included items</source>
        <translation>Hintaan sisältyvät kohdat</translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation>Poista kohta</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Siirrä kohtaa ylöspäin</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Siirrä kohtaa alaspäin</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Asiakas:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Nimi:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Tila:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>&amp;Laajuus:</translation>
    </message>
    <message>
        <source>&amp;Included items:</source>
        <translation>Hintaan s&amp;isältyy:</translation>
    </message>
    <message>
        <source>List what the price includes (audience analysis, structure, writing, proofreading …): a visible breakdown makes a high price acceptable and closes the expectation gap.</source>
        <translation>Luettele, mitä hintaan sisältyy (kohderyhmäanalyysi, rakenne, kirjoittaminen, oikoluku …): näkyvä erittely tekee korkeasta hinnasta hyväksyttävän ja poistaa kuilun asiakkaan odotusten ja hinnan väliltä.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Hinta</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR</source>
        <translation>ISO 4217 -koodi, esim. EUR</translation>
    </message>
    <message>
        <source>Name your own price; don&apos;t ask for the client&apos;s budget.</source>
        <translation>Määritä hinta itse; älä kysy asiakkaan budjettia.</translation>
    </message>
    <message>
        <source>&amp;NDA: no portfolio use</source>
        <translation>&amp;NDA: ei portfoliokäyttöä</translation>
    </message>
    <message>
        <source>NDA surcharge</source>
        <translation>Salassapitolisä (NDA)</translation>
    </message>
    <message>
        <source>An NDA costs you portfolio use, so it is paid for: +20–40 %.</source>
        <translation>Salassapitosopimus vie sinulta oikeuden käyttää työtä portfoliossa, joten siitä maksetaan: +20–40 %.</translation>
    </message>
    <message>
        <source>the first figure the client named, if any</source>
        <translation>asiakkaan ensimmäisenä mainitsema summa, jos sellainen on</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Valuutta:</translation>
    </message>
    <message>
        <source>&amp;Base price:</source>
        <translation>&amp;Perushinta:</translation>
    </message>
    <message>
        <source>Surcharge:</source>
        <translation>Hinnanlisä:</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;first offer:</source>
        <translation>As&amp;iakkaan ensimmäinen hintaehdotus:</translation>
    </message>
    <message>
        <source>Estimated &amp;hours:</source>
        <translation>Arvioidut &amp;tunnit:</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Alennus</translation>
    </message>
    <message>
        <source>Discount value</source>
        <translation>Alennuksen määrä</translation>
    </message>
    <message>
        <source>e.g. deadline moved by two weeks, smaller scope</source>
        <translation>esim. määräaikaa siirretty kahdella viikolla, pienempi laajuus</translation>
    </message>
    <message>
        <source>&amp;Discount:</source>
        <translation>&amp;Alennus:</translation>
    </message>
    <message>
        <source>Price breakdown</source>
        <translation>Hinnan erittely</translation>
    </message>
    <message>
        <source>What the numbers say</source>
        <translation>Mitä luvut kertovat</translation>
    </message>
    <message>
        <source>Full prepayment, in stages: the client pays a stage, you do that part, then the next stage is paid. Double-click a cell to edit it; Delete clears a date.</source>
        <translation>Täysi ennakkomaksu erissä: asiakas maksaa erän, sinä teet sen osuuden työstä, ja sitten maksetaan seuraava erä. Muokkaa solua kaksoisnapsauttamalla; Delete tyhjentää päivämäärän.</translation>
    </message>
    <message>
        <source>Payment stages</source>
        <translation>Maksuerät</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>&amp;Lisää erä</translation>
    </message>
    <message>
        <source>Move stage up</source>
        <translation>Siirrä erää ylöspäin</translation>
    </message>
    <message>
        <source>Move stage down</source>
        <translation>Siirrä erää alaspäin</translation>
    </message>
    <message>
        <source>Number of equal stages</source>
        <translation>Yhtä suurten erien määrä</translation>
    </message>
    <message>
        <source>Stage template</source>
        <translation>Erämalli</translation>
    </message>
    <message>
        <source>App&amp;ly Template</source>
        <translation>Käytä mall&amp;ia</translation>
    </message>
    <message>
        <source>Split the total &amp;into</source>
        <translation>Jaa kokonaishinta &amp;osiin</translation>
    </message>
    <message>
        <source>or use the &amp;template</source>
        <translation>tai &amp;valitse malli</translation>
    </message>
    <message>
        <source>Mark &amp;Work Started</source>
        <translation>Kirjaa työn &amp;aloitus</translation>
    </message>
    <message>
        <source>Records today as the day work on the selected stage started.</source>
        <translation>Kirjaa tämän päivän valitun erän työn aloituspäiväksi.</translation>
    </message>
    <message>
        <source>The full open amount by default; enter less for a partial payment.</source>
        <translation>Oletuksena koko avoin summa; kirjoita pienempi summa, jos kyse on osamaksusta.</translation>
    </message>
    <message>
        <source>Record &amp;Payment</source>
        <translation>Kirjaa &amp;maksu</translation>
    </message>
    <message>
        <source>Selected stage:</source>
        <translation>Valittu erä:</translation>
    </message>
    <message>
        <source>a&amp;mount</source>
        <translation>s&amp;umma</translation>
    </message>
    <message>
        <source>&amp;Included revision rounds:</source>
        <translation>S&amp;isältyvät korjauskierrokset:</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Korjaukset</translation>
    </message>
    <message>
        <source>&amp;Add Revision</source>
        <translation>&amp;Lisää korjaus</translation>
    </message>
    <message>
        <source>Deadline and contract</source>
        <translation>Määräaika ja sopimus</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Sovittu</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Allekirjoitettu</translation>
    </message>
    <message>
        <source> months</source>
        <translation> kk</translation>
    </message>
    <message>
        <source>No fixed term</source>
        <translation>Toistaiseksi</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Määräaika:</translation>
    </message>
    <message>
        <source>Internal &amp;margin:</source>
        <translation>Sisäinen &amp;pelivara:</translation>
    </message>
    <message>
        <source>of a stage refunded if you miss the deadline</source>
        <translation>erän hinnasta palautetaan, jos määräaika ylittyy</translation>
    </message>
    <message>
        <source>&amp;Guarantee:</source>
        <translation>&amp;Takuu:</translation>
    </message>
    <message>
        <source>Contract &amp;number:</source>
        <translation>Sopimuksen &amp;numero:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Voimassaolo:</translation>
    </message>
    <message>
        <source>Planned price changes</source>
        <translation>Suunnitellut hinnanmuutokset</translation>
    </message>
    <message>
        <source>&amp;Add Price Change</source>
        <translation>&amp;Lisää hinnanmuutos</translation>
    </message>
    <message>
        <source>Print / Export…</source>
        <translation>Tulosta / vie…</translation>
    </message>
    <message>
        <source>Contract, quote or stage invoice as print or PDF</source>
        <translation>Sopimus, tarjous tai maksuerän lasku tulosteena tai PDF-tiedostona</translation>
    </message>
    <message>
        <source>Save the project first</source>
        <translation>Tallenna projekti ensin</translation>
    </message>
    <message>
        <source>Save your changes first: documents are printed from the stored project.</source>
        <translation>Tallenna muutokset ensin: asiakirjat tulostetaan tallennetusta projektista.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Uusi projekti</translation>
    </message>
    <message>
        <source>Project – %1</source>
        <translation>Projekti – %1</translation>
    </message>
    <message>
        <source>Client #%1</source>
        <translation>Asiakas #%1</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO 4217 code such as EUR.</source>
        <translation>Valuutta: ”%1” ei ole kolmikirjaiminen ISO 4217 -koodi, kuten EUR.</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Perushinta</translation>
    </message>
    <message>
        <source>Discount: &quot;%1&quot; is not a whole percent from 0 to 100.</source>
        <translation>Alennus: ”%1” ei ole kokonainen prosenttiluku väliltä 0–100.</translation>
    </message>
    <message>
        <source>Client&apos;s first offer</source>
        <translation>Asiakkaan ensimmäinen hintaehdotus</translation>
    </message>
    <message>
        <source>Stages: the amounts are too large to add up.</source>
        <translation>Erät: summat ovat liian suuria laskettaviksi yhteen.</translation>
    </message>
    <message>
        <source>Stages sum to %1, %2 less than the total %3.</source>
        <translation>Erien summa on %1 eli %2 vähemmän kuin kokonaishinta %3.</translation>
    </message>
    <message>
        <source>Stages sum to %1, %2 more than the total %3.</source>
        <translation>Erien summa on %1 eli %2 enemmän kuin kokonaishinta %3.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Hinta: %1</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Summat valuutassa %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Yhteensä: %1</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Yhteensä: —</translation>
    </message>
    <message>
        <source>No counter-concession: give a discount only in exchange for something, such as a longer deadline or a smaller scope, and record it here.</source>
        <translation>Ei vastamyönnytystä: anna alennus vain jotakin vastaan, kuten pidempää määräaikaa tai pienempää laajuutta, ja kirjaa se tähän.</translation>
    </message>
    <message>
        <source>The first offer is %1 % of your total.</source>
        <translation>Ensimmäinen hintaehdotus on %1 % kokonaishinnastasi.</translation>
    </message>
    <message>
        <source>Enter the estimated hours to see the price per hour.</source>
        <translation>Syötä arvioidut tunnit, niin näet tuntihinnan.</translation>
    </message>
    <message>
        <source>Price per hour: %1</source>
        <translation>Tuntihinta: %1</translation>
    </message>
    <message>
        <source>— below your floor rate of %1.</source>
        <translation>— alittaa minimituntihintasi %1.</translation>
    </message>
    <message>
        <source>(your floor rate: %1)</source>
        <translation>(minimituntihintasi: %1)</translation>
    </message>
    <message>
        <source>(your floor rate is in %1, so it is not compared)</source>
        <translation>(minimituntihintasi on valuutassa %1, joten sitä ei verrata)</translation>
    </message>
    <message>
        <source>%1 of %2 included rounds</source>
        <translation>Käytetty %1 / %2 sisältyvästä kierroksesta</translation>
    </message>
    <message>
        <source>— %1 over: bill further rounds as change orders.</source>
        <translation>— ylitys %1: laskuta lisäkierrokset muutostilauksina.</translation>
    </message>
    <message>
        <source>Set a deadline first.</source>
        <translation>Aseta ensin määräaika.</translation>
    </message>
    <message>
        <source>Promise deadlines with a margin for force majeure.</source>
        <translation>Lupaa määräajat niin, että ylivoimaisten esteiden varalle jää pelivaraa.</translation>
    </message>
    <message>
        <source>Your own deadline: %1</source>
        <translation>Oma määräaikasi: %1</translation>
    </message>
    <message>
        <source>No payment stages yet: split the total on the Stages tab.</source>
        <translation>Ei vielä maksueriä: jaa kokonaishinta Erät-välilehdellä.</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Uusi kohta</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Erä %1</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Poista erä</translation>
    </message>
    <message>
        <source>Stage %1 &quot;%2&quot; has %3 paid. Remove it with its payment record?</source>
        <translation>Erästä %1 ”%2” on maksettu %3. Poistetaanko erä maksukirjauksineen?</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>Jako: %1</translation>
    </message>
    <message>
        <source>Select the stage whose work started.</source>
        <translation>Valitse erä, jonka työ alkoi.</translation>
    </message>
    <message>
        <source>Select the stage that was paid.</source>
        <translation>Valitse erä, joka maksettiin.</translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation>Maksun summa</translation>
    </message>
    <message>
        <source>Stage %1: partial payment recorded, %2 still open. Save to keep it.</source>
        <translation>Erä %1: osamaksu kirjattu, avoinna vielä %2. Tallenna, jotta kirjaus säilyy.</translation>
    </message>
    <message>
        <source>Stage %1 is paid in full. Save to keep it.</source>
        <translation>Erä %1 on maksettu kokonaan. Tallenna, jotta kirjaus säilyy.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Hylkää muutokset</translation>
    </message>
    <message>
        <source>Discard the changes to &quot;%1&quot;?</source>
        <translation>Hylätäänkö projektin ”%1” muutokset?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Hylkää</translation>
    </message>
    <message>
        <source>Add It&amp;em</source>
        <translation>Lisää k&amp;ohta</translation>
    </message>
    <message>
        <source>Given for &amp;promised future orders</source>
        <translation>Myönnetty &amp;lupausta tulevista tilauksista vastaan</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>Pe&amp;ruste:</translation>
    </message>
    <message>
        <source>Counter-concess&amp;ion:</source>
        <translation>Vasta&amp;myönnytys:</translation>
    </message>
    <message>
        <source>R&amp;emove Stage</source>
        <translation>&amp;Poista erä</translation>
    </message>
    <message>
        <source>Split Eq&amp;ually</source>
        <translation>&amp;Jaa tasan</translation>
    </message>
    <message>
        <source>paid o&amp;n</source>
        <translation>makse&amp;ttu</translation>
    </message>
    <message>
        <source>R&amp;emove Revision</source>
        <translation>&amp;Poista korjaus</translation>
    </message>
    <message>
        <source>Contract dat&amp;e:</source>
        <translation>Sopimuksen pä&amp;iväys:</translation>
    </message>
    <message numerus="yes">
        <source>Announce a new price at least %n day(s) before it takes effect; contract renewal is the natural moment.</source>
        <translation>
            <numerusform>Ilmoita uudesta hinnasta vähintään %n päivä ennen sen voimaantuloa; sopimuksen uusiminen on luonteva hetki.</numerusform>
            <numerusform>Ilmoita uudesta hinnasta vähintään %n päivää ennen sen voimaantuloa; sopimuksen uusiminen on luonteva hetki.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove &amp;Price Change</source>
        <translation>P&amp;oista hinnanmuutos</translation>
    </message>
    <message>
        <source>A discount for promised future orders: experienced freelancers never do this. Give a discount only for a counter-concession (a longer deadline, a smaller scope) or less work. Neuvo flags it.</source>
        <translation>Alennus luvattuja tulevia tilauksia vastaan: kokeneet freelancerit eivät koskaan tee näin. Anna alennus vain vastamyönnytystä (pidempi määräaika, pienempi laajuus) tai pienempää työmäärää vastaan. Neuvo merkitsee tämän varoitusmerkillä.</translation>
    </message>
    <message>
        <source>At most %1 % of it, and the client pressed on the price after it: the client devalues the work (a red flag).</source>
        <translation>Enintään %1 % siitä, ja asiakas painosti hintaa sen jälkeen: asiakas väheksyy työtä (varoitusmerkki).</translation>
    </message>
    <message>
        <source>Agreed at this total, that is %1× the first offer.</source>
        <translation>Jos sovitte tästä kokonaishinnasta, se on %1× ensimmäinen hintaehdotus.</translation>
    </message>
    <message>
        <source>A round is a revision the client asked for within the scope: it uses an included round. Your own error is fixed free and is never a round. A change of scope is extra work: give it a charge (a change order); it is never a round.</source>
        <translation>Kierros on asiakkaan pyytämä korjaus sovitun laajuuden sisällä: se käyttää hintaan kuuluvan kierroksen. Oma virheesi korjataan maksutta, eikä se ole koskaan kierros. Laajuuden muutos on lisätyötä: anna sille hinta (lisätyötilaus); se ei ole koskaan kierros.</translation>
    </message>
    <message>
        <source>VAT rate: %1</source>
        <translation>ALV-kanta: %1</translation>
    </message>
    <message>
        <source>VAT on invoices</source>
        <translation>ALV laskuilla</translation>
    </message>
    <message>
        <source>Own &amp;VAT rate:</source>
        <translation>Oma &amp;ALV-kanta:</translation>
    </message>
    <message>
        <source>VAT rate of the project</source>
        <translation>Projektin ALV-kanta</translation>
    </message>
    <message>
        <source>e.g. 14</source>
        <translation>esim. 14</translation>
    </message>
    <message>
        <source>A percentage with at most one decimal, used instead of the rate in Preferences.</source>
        <translation>Prosentti enintään yhdellä desimaalilla; käytetään asetusten kannan sijaan.</translation>
    </message>
    <message>
        <source>Reverse char&amp;ge: the buyer accounts for the VAT</source>
        <translation>Käännetty &amp;verovelvollisuus: ostaja suorittaa ALV:n</translation>
    </message>
    <message>
        <source>For a business client in another EU country; its VAT ID goes on the invoice.</source>
        <translation>Toisen EU-maan yritysasiakkaalle; sen ALV-numero merkitään laskuun.</translation>
    </message>
    <message>
        <source>The Client &amp;Asks For…</source>
        <translation>&amp;Asiakas pyytää…</translation>
    </message>
    <message>
        <source>An answer from this project&apos;s figures when the client asks for payment after the work, a discount, an NDA, a rush or a budget</source>
        <translation>Vastaus tämän projektin luvuista, kun asiakas pyytää maksua työn jälkeen, alennusta, salassapitosopimusta, kiirettä tai budjettia</translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n prepaid stage(s) in place of the old plan. Save keeps them, Cancel discards them.</source>
        <translation>
            <numerusform>Käytetty: %n ennakkoon maksettava vaihe vanhan suunnitelman tilalle. Tallenna säilyttää sen, Peruuta hylkää sen.</numerusform>
            <numerusform>Käytetty: %n ennakkoon maksettavaa vaihetta vanhan suunnitelman tilalle. Tallenna säilyttää ne, Peruuta hylkää ne.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer has no deadline to apply.</source>
        <translation>Vastauksessa ei ole määräaikaa, jota käyttää.</translation>
    </message>
    <message>
        <source>Applied: the deadline is now %1. Save keeps it, Cancel discards it.</source>
        <translation>Käytetty: määräaika on nyt %1. Tallenna säilyttää sen, Peruuta hylkää sen.</translation>
    </message>
    <message>
        <source>This answer does not change the project.</source>
        <translation>Tämä vastaus ei muuta projektia.</translation>
    </message>
</context>
<context>
    <name>neuvo::ProjectTableModel</name>
    <message>
        <source>invalid price</source>
        <translation>virheellinen hinta</translation>
    </message>
    <message>
        <source>Overdue: a stage due on this date is not fully paid.</source>
        <translation>Myöhässä: tänä päivänä erääntynyttä maksuerää ei ole maksettu kokonaan.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Yhteensä</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Next stage due</source>
        <translation>Seuraava eräpäivä</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
</context>
<context>
    <name>neuvo::ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Projektit</translation>
    </message>
    <message>
        <source>Filter by client, project or contract number</source>
        <translation>Suodata asiakkaan, projektin tai sopimusnumeron mukaan</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Suodata projekteja</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Kaikki tilat</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoimet</translation>
    </message>
    <message>
        <source>Every project that is not closed, declined or cancelled</source>
        <translation>Kaikki projektit, jotka eivät ole päättyneitä, hylättyjä tai peruttuja</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>T&amp;ila:</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Uusi projekti…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>A&amp;vaa</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Poista…</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Poista projekti</translation>
    </message>
    <message>
        <source>Price a new project for a client</source>
        <translation>Hinnoittele asiakkaalle uusi projekti</translation>
    </message>
    <message>
        <source>Add a client first: every project belongs to a client.</source>
        <translation>Lisää ensin asiakas: jokainen projekti kuuluu jollekin asiakkaalle.</translation>
    </message>
    <message>
        <source>No projects yet. A project belongs to a client: add your first client on the Clients page, then come back here to price the work.</source>
        <translation>Ei vielä projekteja. Projekti kuuluu aina asiakkaalle: lisää ensimmäinen asiakkaasi Asiakkaat-sivulla ja palaa sitten tänne hinnoittelemaan työ.</translation>
    </message>
    <message>
        <source>No projects yet. Click New Project to price your first one: name your own price, list what it includes, and split it into prepaid stages.</source>
        <translation>Ei vielä projekteja. Hinnoittele ensimmäinen projektisi napsauttamalla Uusi projekti: määritä hinta itse, luettele, mitä siihen sisältyy, ja jaa se ennakkoon maksettaviin eriin.</translation>
    </message>
    <message>
        <source>No project matches the filter. Clear the filter text or choose &quot;All statuses&quot;.</source>
        <translation>Mikään projekti ei vastaa suodatinta. Tyhjennä suodatinteksti tai valitse ”Kaikki tilat”.</translation>
    </message>
    <message>
        <source>payment stages: %1</source>
        <translation>maksueriä: %1</translation>
    </message>
    <message>
        <source>revisions: %1</source>
        <translation>korjauksia: %1</translation>
    </message>
    <message>
        <source>planned price changes: %1</source>
        <translation>suunniteltuja hinnanmuutoksia: %1</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Poistetaanko %1?</translation>
    </message>
    <message>
        <source>With it go %1.</source>
        <translation>Samalla poistetaan %1.</translation>
    </message>
    <message>
        <source>Payments of %1 recorded on its stages are deleted too.</source>
        <translation>Myös sen maksuerille kirjatut maksut (%1) poistetaan.</translation>
    </message>
    <message>
        <source>Edit → Undo brings it back until the next deletion.</source>
        <translation>Muokkaa → Kumoa palauttaa sen seuraavaan poistoon asti.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Show Clien&amp;t</source>
        <translation>&amp;Näytä asiakas</translation>
    </message>
</context>
<context>
    <name>neuvo::PromiseDialog</name>
    <message>
        <source>Edit Promise</source>
        <translation>Muokkaa lupausta</translation>
    </message>
    <message>
        <source>&amp;Kept on</source>
        <translation>&amp;Pidetty</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>Pidetty päivänä</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Mitä:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>&amp;Projekti:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Määräpäi&amp;vä:</translation>
    </message>
</context>
<context>
    <name>neuvo::PromiseTableModel</name>
    <message>
        <source>Kept</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoin</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Määräpäivä tänään</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Lupaus</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>Pidetty päivänä</translation>
    </message>
</context>
<context>
    <name>neuvo::PromisesTab</name>
    <message>
        <source>Promises</source>
        <translation>Lupaukset</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Pidetty</translation>
    </message>
    <message>
        <source>No promises yet. Keep them small and exact — &quot;I will send the brief on Tuesday&quot; — and add them below.</source>
        <translation>Ei vielä lupauksia. Pidä ne pieninä ja täsmällisinä — ”Lähetän briefin tiistaina” — ja lisää ne alla.</translation>
    </message>
    <message>
        <source>e.g. Send the brief</source>
        <translation>esim. Lähetä brief</translation>
    </message>
    <message>
        <source>&amp;Add Promise</source>
        <translation>&amp;Lisää lupaus</translation>
    </message>
    <message>
        <source>De&amp;lete Promise</source>
        <translation>&amp;Poista lupaus</translation>
    </message>
    <message>
        <source>&amp;New promise:</source>
        <translation>&amp;Uusi lupaus:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>Määräpäi&amp;vä:</translation>
    </message>
    <message>
        <source>Add Promise</source>
        <translation>Lisää lupaus</translation>
    </message>
    <message>
        <source>Delete Promise</source>
        <translation>Poista lupaus</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>Delete the selected promise; Edit → Undo puts it back</source>
        <translation>Poista valittu lupaus; Muokkaa → Kumoa palauttaa sen</translation>
    </message>
    <message>
        <source>Edit Promise</source>
        <translation>Muokkaa lupausta</translation>
    </message>
</context>
<context>
    <name>neuvo::RecordTableModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>neuvo::RedFlagsTab</name>
    <message>
        <source>Risk:</source>
        <translation>Riski:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Mitä tapahtui</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Muistiinpano: %1</translation>
    </message>
    <message>
        <source>Observed on: %1</source>
        <translation>Havaintopäivä: %1</translation>
    </message>
    <message>
        <source>Checklist: what you observed</source>
        <translation>Tarkistuslista: mitä olet havainnut</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Varoitus</translation>
    </message>
    <message>
        <source>No red flags from your observations or records.</source>
        <translation>Havainnoistasi tai kirjauksistasi ei löytynyt varoitusmerkkejä.</translation>
    </message>
    <message>
        <source>Score %1. %2</source>
        <translation>Pisteet %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more below)</source>
        <translation>
            <numerusform>(ja %n muu alempana)</numerusform>
            <numerusform>(ja %n muuta alempana)</numerusform>
        </translation>
    </message>
    <message>
        <source>Treats you as if giving you work were a favour.</source>
        <translation>Kohtelee sinua kuin työn antaminen olisi palvelus.</translation>
    </message>
    <message>
        <source>Tried several specialists and complains about all of them.</source>
        <translation>On kokeillut useita asiantuntijoita ja valittaa kaikista.</translation>
    </message>
    <message>
        <source>Offers a share of future profit or later payment instead of pay.</source>
        <translation>Tarjoaa palkkion sijaan osuutta tulevista voitoista tai maksua myöhemmin.</translation>
    </message>
    <message>
        <source>Manipulates, or pushes their terms without any compromise.</source>
        <translation>Manipuloi tai ajaa omia ehtojaan joustamatta lainkaan.</translation>
    </message>
    <message>
        <source>Promises a steady full workload, usually at a low price.</source>
        <translation>Lupaa tasaisen täyden työkuorman, yleensä alhaisella hinnalla.</translation>
    </message>
    <message>
        <source>Expects huge results for little money.</source>
        <translation>Odottaa valtavia tuloksia pienellä rahalla.</translation>
    </message>
    <message>
        <source>Excessive attention, incomprehensible demands, suspicious tasks.</source>
        <translation>Liiallinen huomio, käsittämättömät vaatimukset, epäilyttävät tehtävät.</translation>
    </message>
    <message>
        <source>Says your work is worth 2–5 times less than you ask.</source>
        <translation>Väittää työsi olevan 2–5 kertaa vähemmän arvoista kuin pyydät.</translation>
    </message>
    <message>
        <source>Contests, free test tasks, &quot;pay later&quot;, a new mailbox and a pseudonym.</source>
        <translation>Kilpailut, ilmaiset testitehtävät, ”maksan myöhemmin”, uusi sähköpostiosoite ja nimimerkki.</translation>
    </message>
    <message>
        <source>Wants a bad product sold as if it were candy.</source>
        <translation>Haluaa myydä huonon tuotteen kuin se olisi karkkia.</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Varoitusmerkit</translation>
    </message>
    <message>
        <source>Client flags: the client&apos;s behaviour</source>
        <translation>Asiakkaan varoitusmerkit: asiakkaan käytös</translation>
    </message>
    <message>
        <source>No red flags about this client.</source>
        <translation>Ei varoitusmerkkejä tästä asiakkaasta.</translation>
    </message>
    <message>
        <source>Your alerts: things for you to do</source>
        <translation>Omat muistutuksesi: tehtäväsi</translation>
    </message>
    <message>
        <source>Nothing for you to do for this client.</source>
        <translation>Ei tehtävää tälle asiakkaalle.</translation>
    </message>
    <message>
        <source>Client flags: the client&apos;s behaviour, which makes the risk</source>
        <translation>Asiakkaan varoitusmerkit: asiakkaan käytös, josta riski muodostuu</translation>
    </message>
    <message>
        <source>Your alerts: things to do or fix; they never change the risk</source>
        <translation>Omat muistutuksesi: tehtävää tai korjattavaa; eivät koskaan muuta riskiä</translation>
    </message>
</context>
<context>
    <name>neuvo::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Restoring replaces %1 with the backup you choose. The backup is checked first, and what the file holds now is kept as a backup, so a restore can itself be undone.</source>
        <translation>Palautus korvaa tietokannan %1 valitsemallasi varmuuskopiolla. Varmuuskopio tarkistetaan ensin, ja tiedoston nykyinen sisältö säilytetään varmuuskopiona, joten palautuksenkin voi perua.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <source>Before the upgrade from schema 10</source>
        <translation>Ennen päivitystä skeemasta 10</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Palauta…</translation>
    </message>
    <message>
        <source>First start of the day</source>
        <translation>Päivän ensimmäinen käynnistys</translation>
    </message>
    <message>
        <source>Backed up on request</source>
        <translation>Käyttäjän pyynnöstä</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Ennen tuontia</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Ennen palautusta</translation>
    </message>
    <message>
        <source>Damaged file, kept at a restore</source>
        <translation>Vioittunut tiedosto, säilytetty palautuksessa</translation>
    </message>
    <message>
        <source>Before the upgrade from schema %1</source>
        <translation>Ennen päivitystä skeemasta %1</translation>
    </message>
    <message>
        <source>There are no backups of this database yet (%1). File → Back Up Now makes one.</source>
        <translation>Tästä tietokannasta ei ole vielä varmuuskopioita (%1). Valinta Tiedosto → Varmuuskopioi nyt tekee sellaisen.</translation>
    </message>
    <message>
        <source>Check the backup, keep the current file as a backup, then put this one in its place</source>
        <translation>Tarkista varmuuskopio, säilytä nykyinen tiedosto varmuuskopiona ja aseta sitten tämä sen tilalle</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Tätä varmuuskopiota ei voi palauttaa: %1</translation>
    </message>
    <message>
        <source>Replace %1 with the backup made %2? What the file holds now is kept as a backup first.</source>
        <translation>Korvataanko %1 varmuuskopiolla, joka on tehty %2? Tiedoston nykyinen sisältö säilytetään ensin varmuuskopiona.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
</context>
<context>
    <name>neuvo::RevisionTableModel</name>
    <message>
        <source>not billed</source>
        <translation>ei laskutettu</translation>
    </message>
    <message>
        <source>An out-of-scope change is extra work: bill it as a change order.</source>
        <translation>Laajuuden ulkopuolinen muutos on lisätyötä: laskuta se muutostilauksena.</translation>
    </message>
    <message>
        <source>Revision %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Korjaus %1: ”%2” ei ole päivämäärä (VVVV-KK-PP).</translation>
    </message>
    <message>
        <source>Revision %1, charge</source>
        <translation>Korjaus %1, veloitus</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Pyydetty</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Charge (%1)</source>
        <translation>Veloitus (%1)</translation>
    </message>
</context>
<context>
    <name>neuvo::Session</name>
    <message>
        <source>&amp;Undo Delete %1</source>
        <translation>&amp;Kumoa poisto: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <source>%1 is open read-only because %2.</source>
        <translation>Tietokanta %1 on auki vain luku -tilassa, koska %2.</translation>
    </message>
    <message>
        <source>Read-only: the database is open read-only because %1.</source>
        <translation>Vain luku: tietokanta on auki vain luku -tilassa, koska %1.</translation>
    </message>
</context>
<context>
    <name>neuvo::StageTableModel</name>
    <message>
        <source>Overdue: not fully paid and the due date has passed.</source>
        <translation>Myöhässä: erää ei ole maksettu kokonaan, ja eräpäivä on mennyt.</translation>
    </message>
    <message>
        <source>Partly paid: %1 of %2</source>
        <translation>Osittain maksettu: %1 / %2</translation>
    </message>
    <message>
        <source>Stage %1, amount</source>
        <translation>Erä %1, summa</translation>
    </message>
    <message>
        <source>Stage %1, paid amount</source>
        <translation>Erä %1, maksettu summa</translation>
    </message>
    <message>
        <source>Stage %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Erä %1: ”%2” ei ole päivämäärä (VVVV-KK-PP).</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Erä</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Summa (%1)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Eräpäivä</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Työ aloitettu</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Maksupäivä</translation>
    </message>
    <message>
        <source>Paid (%1)</source>
        <translation>Maksettu (%1)</translation>
    </message>
    <message>
        <source>Work started before any payment: start a stage only after it is paid in full.</source>
        <translation>Työ aloitettu ennen maksua: aloita erän työ vasta, kun erä on maksettu kokonaan.</translation>
    </message>
</context>
<context>
    <name>neuvo::StatisticsPage</name>
    <message>
        <source>too few (%1 of %2)</source>
        <translation>liian vähän (%1/%2)</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1×</source>
        <translation>%1×</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Koko aika</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Jakso</translation>
    </message>
    <message>
        <source>Negotiation statistics</source>
        <translation>Neuvottelutilastot</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Jakso:</translation>
    </message>
    <message>
        <source>Agreed price ÷ client&apos;s first offer (median)</source>
        <translation>Sovittu hinta ÷ asiakkaan ensimmäinen tarjous (mediaani)</translation>
    </message>
    <message>
        <source>Discounts on won projects</source>
        <translation>Alennukset saaduissa projekteissa</translation>
    </message>
    <message>
        <source>Win rate by source (agreed ÷ decided quotes)</source>
        <translation>Voittoprosentti lähteittäin (sovitut ÷ ratkaistut tarjoukset)</translation>
    </message>
    <message>
        <source>Effective hourly rate (money received ÷ hours the work took)</source>
        <translation>Todellinen tuntihinta (saadut rahat ÷ työhön kuluneet tunnit)</translation>
    </message>
    <message>
        <source>Late payment (stages due by today)</source>
        <translation>Myöhästyneet maksut (tähän mennessä erääntyneet erät)</translation>
    </message>
    <message>
        <source>Price rises to plan</source>
        <translation>Suunniteltavat hinnankorotukset</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Ryhmä</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Mediaani</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>Havaintoja</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuutta</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Annettu</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Listahinta</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Osuus</translation>
    </message>
    <message>
        <source>Discounted</source>
        <translation>Alennettuja</translation>
    </message>
    <message>
        <source>With a concession</source>
        <translation>Vastamyönnytyksellä</translation>
    </message>
    <message>
        <source>Share with a concession</source>
        <translation>Osuus vastamyönnytyksellä</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Warm or cold</source>
        <translation>Lämmin vai kylmä</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Saatu</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Menetetty</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avoinna</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Voittoprosentti</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Maksettu</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Tunnit</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tuntihinta</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Alin hinta</translation>
    </message>
    <message>
        <source>New agreements</source>
        <translation>Uudet sopimukset</translation>
    </message>
    <message>
        <source>Stages due</source>
        <translation>Erääntyneitä eriä</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Myöhästymispäivät</translation>
    </message>
    <message>
        <source>Per stage due</source>
        <translation>Erää kohden</translation>
    </message>
    <message>
        <source>Overdue now (days)</source>
        <translation>Nyt myöhässä (päivää)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekti</translation>
    </message>
    <message>
        <source>Price now</source>
        <translation>Hinta nyt</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Uusi hinta</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <source>Warm and cold clients chart</source>
        <translation>Lämpimien ja kylmien asiakkaiden kaavio</translation>
    </message>
    <message>
        <source>Effective hourly rate chart</source>
        <translation>Todellisen tuntihinnan kaavio</translation>
    </message>
    <message>
        <source>Notice &amp;Letter…</source>
        <translation>Ilmoitus&amp;kirje…</translation>
    </message>
    <message>
        <source>&amp;Plan the Price Rise</source>
        <translation>&amp;Suunnittele korotus</translation>
    </message>
    <message>
        <source>Stores the new price from its date in the project, announced today: send the letter today.</source>
        <translation>Tallentaa uuden hinnan alkamispäivineen projektiin tänään ilmoitettuna: lähetä kirje tänään.</translation>
    </message>
    <message>
        <source>No projects yet. The figures appear as quotes are decided, projects agreed and stages paid.</source>
        <translation>Ei vielä projekteja. Luvut ilmestyvät, kun tarjouksia ratkeaa, projekteja sovitaan ja eriä maksetaan.</translation>
    </message>
    <message>
        <source>%1 projects counted. A figure from fewer than %2 data points is not shown: it would say more than the data does. Money is shown in its own currency, never converted. Extra revision rounds and unbilled changes count %3 h each; the rate of new agreements is the median of the last %4.</source>
        <translation>Projekteja mukana: %1. Alle %2 havainnon lukua ei näytetä: se väittäisi enemmän kuin tiedot kertovat. Rahamäärät näytetään omassa valuutassaan, niitä ei muunneta. Ylimääräiset korjauskierrokset ja laskuttamattomat muutokset lasketaan %3 tunniksi kukin; uusien sopimusten tuntihinta on viimeisten %4 mediaani.</translation>
    </message>
    <message>
        <source>All won projects</source>
        <translation>Kaikki saadut projektit</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Lähde: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Lämmin</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Kylmä</translation>
    </message>
    <message>
        <source>All warm sources</source>
        <translation>Kaikki lämpimät lähteet</translation>
    </message>
    <message>
        <source>All cold sources</source>
        <translation>Kaikki kylmät lähteet</translation>
    </message>
    <message>
        <source>%1 (%2 estimated)</source>
        <translation>%1 (arvio %2)</translation>
    </message>
    <message>
        <source>already planned from %1</source>
        <translation>jo suunniteltu alkaen %1</translation>
    </message>
    <message>
        <source>No client&apos;s effective rate is under the rate of your recent new agreements.</source>
        <translation>Minkään asiakkaan todellinen tuntihinta ei jää uusien sopimustesi tuntihinnasta.</translation>
    </message>
    <message>
        <source>Choose a client to see the notice letter or to plan the rise. The date gives %1 days of notice, or waits for the end of the contract term.</source>
        <translation>Valitse asiakas nähdäksesi ilmoituskirjeen tai suunnitellaksesi korotuksen. Päivä antaa %1 päivän ilmoitusajan tai odottaa sopimuskauden loppuun.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Tarjouksia</translation>
    </message>
    <message>
        <source>Warm and cold clients</source>
        <translation>Lämpimät ja kylmät asiakkaat</translation>
    </message>
    <message>
        <source>Effective rate</source>
        <translation>Todellinen tuntihinta</translation>
    </message>
    <message>
        <source>Floor rate</source>
        <translation>Alin tuntihinta</translation>
    </message>
    <message>
        <source>no finished projects yet</source>
        <translation>ei vielä valmiita projekteja</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 tunnilta</translation>
    </message>
    <message>
        <source>Effective hourly rate, %1</source>
        <translation>Todellinen tuntihinta, %1</translation>
    </message>
    <message>
        <source>Price Rise Notice</source>
        <translation>Ilmoitus hinnankorotuksesta</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Kieli:</translation>
    </message>
    <message>
        <source>Planned: &quot;%1&quot; at %2 from %3, announced today. Send the letter today.</source>
        <translation>Suunniteltu: &quot;%1&quot; hintaan %2 alkaen %3, ilmoitettu tänään. Lähetä kirje tänään.</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Open &amp;E-mail Draft</source>
        <translation>Avaa s&amp;ähköpostiluonnos</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the letter to the clipboard instead.</source>
        <translation>Mikään sähköpostiohjelma ei vastannut. Kopioi kirje leikepöydälle.</translation>
    </message>
    <message>
        <source>Since a date</source>
        <translation>Päivästä alkaen</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Laskettu alkaen</translation>
    </message>
    <message>
        <source>Only projects agreed or quoted on or after this day.</source>
        <translation>Vain tänä päivänä tai sen jälkeen sovitut tai tarjotut projektit.</translation>
    </message>
</context>
</TS>
