<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
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
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tiedostoa %1 ei voi kirjoittaa: %2</translation>
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
        <source>Invoice date</source>
        <translation>Laskun päivä</translation>
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
        <source>Already paid</source>
        <translation>Jo maksettu</translation>
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
        <source>Payment reference</source>
        <translation>Viesti</translation>
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
</TS>
