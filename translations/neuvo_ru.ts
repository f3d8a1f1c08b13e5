<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AtomicFile</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>BackupManager</name>
    <message>
        <source>Cannot create a file in %1: %2</source>
        <translation>Не удаётся создать файл в %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1 to the disk.</source>
        <translation>Не удаётся записать %1 на диск.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1.</source>
        <translation>Не удаётся создать папку резервных копий %1.</translation>
    </message>
    <message>
        <source>Cannot back up %1 onto itself.</source>
        <translation>Нельзя записать резервную копию %1 в тот же файл.</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: %2</source>
        <translation>Не удаётся записать резервную копию %1: %2</translation>
    </message>
    <message>
        <source>Cannot write the backup %1: renaming the finished copy failed.</source>
        <translation>Не удаётся записать резервную копию %1: не удалось переименовать готовую копию.</translation>
    </message>
    <message>
        <source>Cannot back up %1: the database is not open.</source>
        <translation>Не удаётся создать резервную копию %1: база данных не открыта.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is empty or not a file.</source>
        <translation>%1 пуст или не является файлом.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a Neuvo database.</source>
        <translation>%1 не является базой данных Neuvo.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>Файл %1 повреждён: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Neuvo (schema %2, this version knows up to %3).</source>
        <translation>Файл %1 создан более новой версией Neuvo (схема %2, эта версия поддерживает схемы до %3).</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Neuvo database.</source>
        <translation>%1 — база данных SQLite, но не база данных Neuvo.</translation>
    </message>
    <message>
        <source>Cannot restore from %1; %2 was not changed. %3</source>
        <translation>Не удаётся восстановить данные из %1; файл %2 не изменён. %3</translation>
    </message>
    <message>
        <source>Cannot restore %1 from itself.</source>
        <translation>Нельзя восстановить %1 из самого себя.</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2</source>
        <translation>Не удаётся восстановить %1: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1: keeping a copy of the current file at %2 failed, so nothing was changed.</source>
        <translation>Не удаётся восстановить %1: не удалось сохранить копию текущего файла в %2, поэтому ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot restore from %1: %2</source>
        <translation>Не удаётся восстановить данные из %1: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1: %2 Nothing was changed.</source>
        <translation>Не удаётся восстановить %1: %2 Ничего не изменено.</translation>
    </message>
    <message>
        <source>Cannot restore %1: replacing the file failed.</source>
        <translation>Не удаётся восстановить %1: не удалось заменить файл.</translation>
    </message>
    <message>
        <source>the disk is full (%1 free in %2); the copy needs about %3.</source>
        <translation>диск переполнен (в %2 свободно %1); для копии нужно около %3.</translation>
    </message>
    <message>
        <source>Cannot use the backup folder %1: it is a link to %2, which is not a folder.</source>
        <translation>Не удаётся использовать папку резервных копий %1: это ссылка на %2, а это не папка.</translation>
    </message>
    <message>
        <source>Cannot create the backup folder %1: a file of that name is in the way.</source>
        <translation>Не удаётся создать папку резервных копий %1: мешает файл с таким же именем.</translation>
    </message>
    <message>
        <source>Cannot back up onto %1: it is a working file of the database %2 (its %3), which the backup would replace.</source>
        <translation>Не удаётся записать резервную копию в %1: это рабочий файл базы данных %2 (её %3), и копия заменила бы его.</translation>
    </message>
    <message>
        <source>Cannot back up onto %1: it is not a regular file.</source>
        <translation>Не удаётся записать резервную копию в %1: это не обычный файл.</translation>
    </message>
    <message>
        <source>Cannot back up onto %1: %2</source>
        <translation>Не удаётся записать резервную копию в %1: %2</translation>
    </message>
    <message>
        <source>Cannot back up onto %1: it exists and is not a database, so it is somebody&apos;s data. Choose another file name, or remove it first.</source>
        <translation>Не удаётся записать резервную копию в %1: такой файл уже есть, и это не база данных, то есть чьи-то данные. Выберите другое имя файла или сначала удалите его.</translation>
    </message>
    <message>
        <source>Cannot read the schema of %1: %2</source>
        <translation>Не удаётся прочитать схему %1: %2</translation>
    </message>
    <message>
        <source>%1 does not have Neuvo&apos;s schema: %2</source>
        <translation>Схема %1 не совпадает со схемой Neuvo: %2</translation>
    </message>
    <message>
        <source>Cannot restore %1: keeping a copy of the current file failed, so nothing was changed. %2</source>
        <translation>Не удаётся восстановить %1: не получилось сохранить копию текущего файла, поэтому ничего не изменено. %2</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
</context>
<context>
    <name>BankBarcode</name>
    <message>
        <source>The bank bar code needs a Finnish IBAN; &quot;%1&quot; is not one.</source>
        <translation>Для банковского штрихкода нужен финский IBAN; «%1» им не является.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Finnish reference number.</source>
        <translation>«%1» не является финским номером ссылки.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RF reference of digits.</source>
        <translation>«%1» не является RF-ссылкой из цифр.</translation>
    </message>
</context>
<context>
    <name>BusinessId</name>
    <message>
        <source>A Finnish business ID has seven digits before the check digit.</source>
        <translation>В финском рег. номере (Y-tunnus) семь цифр перед контрольной.</translation>
    </message>
    <message>
        <source>No Finnish business ID starts with %1: its check digit would be impossible.</source>
        <translation>Ни один финский рег. номер не начинается с %1: контрольная цифра невозможна.</translation>
    </message>
    <message>
        <source>Business ID: %1</source>
        <translation>Рег. номер: %1</translation>
    </message>
    <message>
        <source>Business ID: %1 is not a valid Finnish business ID (its check digit would be %2).</source>
        <translation>Рег. номер: %1 не является действительным финским рег. номером (контрольная цифра должна быть %2).</translation>
    </message>
    <message>
        <source>VAT ID: a Finnish VAT ID is FI and eight digits (FI12345678), not &quot;%1&quot;.</source>
        <translation>Номер плательщика НДС: финский номер — это FI и восемь цифр (FI12345678), а не «%1».</translation>
    </message>
    <message>
        <source>VAT ID: %1 does not contain a valid Finnish business ID (%2 has the wrong check digit).</source>
        <translation>Номер плательщика НДС: %1 не содержит действительного финского рег. номера (у %2 неверная контрольная цифра).</translation>
    </message>
</context>
<context>
    <name>CalendarFeed</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>клиент №%1</translation>
    </message>
    <message>
        <source>Stage %1 “%2” of “%3” for %4.</source>
        <translation>Этап %1 «%2» проекта «%3», клиент: %4.</translation>
    </message>
    <message>
        <source>%1 of %2 is paid; %3 is still open.</source>
        <translation>Оплачено %1 из %2; осталось %3.</translation>
    </message>
    <message>
        <source>Amount: %1, paid in advance: work on the stage starts once it is paid.</source>
        <translation>Сумма: %1, предоплата: работа над этапом начинается после оплаты.</translation>
    </message>
    <message>
        <source>Payment due: %1 — %2 (%3)</source>
        <extracomment>Calendar event: amount, project, client</extracomment>
        <translation>Срок оплаты: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>The deadline agreed with %1 for “%2”.</source>
        <translation>Срок сдачи проекта «%2», согласованный с клиентом %1.</translation>
    </message>
    <message>
        <source>Your own deadline is %1, %2 earlier.</source>
        <translation>Ваш собственный срок — %1, на %2 раньше.</translation>
    </message>
    <message>
        <source>Missing it refunds %1 % of the stage under your guarantee.</source>
        <translation>Если его пропустить, по вашей гарантии возвращается %1 % стоимости этапа.</translation>
    </message>
    <message>
        <source>Deadline: %1 (%2)</source>
        <translation>Срок сдачи: %1 (%2)</translation>
    </message>
    <message>
        <source>Own deadline: %1 (%2)</source>
        <translation>Свой срок: %1 (%2)</translation>
    </message>
    <message>
        <source>Your internal deadline for “%1”, %2 before the deadline agreed with %3 (%4): the margin for the unexpected.</source>
        <translation>Ваш внутренний срок по проекту «%1» — за %2 до срока, согласованного с клиентом %3 (%4): запас на непредвиденное.</translation>
    </message>
    <message>
        <source>The contract for “%1”</source>
        <translation>Договор по проекту «%1»</translation>
    </message>
    <message>
        <source>Contract %1 for “%2”</source>
        <translation>Договор %1 по проекту «%2»</translation>
    </message>
    <message>
        <source>Contract ends: %1 (%2)</source>
        <translation>Окончание договора: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (signed %2, %3) ends on this day: the moment to revisit prices. A new price needs %4 of notice.</source>
        <translation>%1 (подписан %2, срок %3) заканчивается в этот день: самое время пересмотреть цены. О новой цене нужно предупредить за %4.</translation>
    </message>
    <message>
        <source>From this day “%1” costs %2.</source>
        <translation>С этого дня «%1» стоит %2.</translation>
    </message>
    <message>
        <source>Announced to %1 on %2.</source>
        <translation>Клиент %1 уведомлён %2.</translation>
    </message>
    <message>
        <source>Not announced to %1 yet.</source>
        <translation>Клиент %1 ещё не уведомлён.</translation>
    </message>
    <message>
        <source>New price: %1 — %2 (%3)</source>
        <translation>Новая цена: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Announce the new price: %1 (%2)</source>
        <translation>Сообщить о новой цене: %1 (%2)</translation>
    </message>
    <message>
        <source>The price of “%1” changes to %2 on %3. Tell %4 by this day to give %5 of notice.</source>
        <translation>Цена проекта «%1» меняется на %2 с %3. Сообщите клиенту %4 не позднее этого дня, чтобы предупредить за %5.</translation>
    </message>
    <message>
        <source>You promised %1: “%2”. Keep promises small and exact, then keep them.</source>
        <translation>Вы обещали клиенту %1: «%2». Обещайте немного и точно — и выполняйте.</translation>
    </message>
    <message>
        <source>Project: %1.</source>
        <translation>Проект: %1.</translation>
    </message>
    <message>
        <source>Promise to %1: %2</source>
        <translation>Обещание клиенту %1: %2</translation>
    </message>
    <message>
        <source>Brief reminder: %1 (%2)</source>
        <translation>Напоминание о брифе: %1 (%2)</translation>
    </message>
    <message>
        <source>Brief reminder: %1</source>
        <translation>Напоминание о брифе: %1</translation>
    </message>
    <message>
        <source>The brief sent to %1 on %2 has had no answer. If none comes by this day, send one reminder: one, not many.</source>
        <translation>На бриф, отправленный клиенту %1 %2, нет ответа. Если ответа не будет к этому дню, отправьте одно напоминание — одно, не больше.</translation>
    </message>
    <message>
        <source>The calendar has no id to make its events&apos; UIDs from.</source>
        <translation>У календаря нет идентификатора, из которого строятся UID его событий.</translation>
    </message>
    <message numerus="yes">
        <source>The calendar could not be written: libical found %n error(s) in it.</source>
        <translation>
            <numerusform>Не удалось записать календарь: libical нашла в нём %n ошибку.</numerusform>
            <numerusform>Не удалось записать календарь: libical нашла в нём %n ошибки.</numerusform>
            <numerusform>Не удалось записать календарь: libical нашла в нём %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>The calendar could not be written: %1</source>
        <translation>Не удалось записать календарь: %1</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Файл базы данных (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Show this help, or a command&apos;s help after its name.</source>
        <translation>Показать эту справку; после имени команды — справку по ней.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Показать версию и выйти.</translation>
    </message>
    <message>
        <source>[--today YYYY-MM-DD]</source>
        <translation>[--today ГГГГ-ММ-ДД]</translation>
    </message>
    <message>
        <source>Fill an empty database with a realistic sample of clients and projects.</source>
        <translation>Заполнить пустую базу данных реалистичными примерами клиентов и проектов.</translation>
    </message>
    <message>
        <source>[OUT.json]</source>
        <translation>[ФАЙЛ.json]</translation>
    </message>
    <message>
        <source>IN.json</source>
        <translation>ФАЙЛ.json</translation>
    </message>
    <message>
        <source>[--today YYYY-MM-DD] [--client ID] [--json]</source>
        <translation>[--today ГГГГ-ММ-ДД] [--client ID] [--json]</translation>
    </message>
    <message>
        <source>What needs doing, soonest first. Exit 3 when any alert is high.</source>
        <translation>Что нужно сделать, начиная с самого срочного. Код выхода 3, если есть хотя бы одно серьёзное напоминание.</translation>
    </message>
    <message>
        <source>Print the project&apos;s stage-payment contract as a PDF.</source>
        <translation>Вывести в PDF договор проекта с поэтапной оплатой.</translation>
    </message>
    <message>
        <source>Print a quote: what the price includes, its lines, the stage plan, validity.</source>
        <translation>Вывести коммерческое предложение: что входит в стоимость, строки цены, план этапов, срок действия.</translation>
    </message>
    <message>
        <source>List the clients: id, name, company, status and type.</source>
        <translation>Список клиентов: ID, имя, компания, статус и тип.</translation>
    </message>
    <message>
        <source>Show the database file, its schema version and its record counts.</source>
        <translation>Показать файл базы данных, версию её схемы и количество записей.</translation>
    </message>
    <message>
        <source>[COMMAND]</source>
        <translation>[КОМАНДА]</translation>
    </message>
    <message>
        <source>Show this help, or the help of one command.</source>
        <translation>Показать эту справку или справку по одной команде.</translation>
    </message>
    <message>
        <source>No command given.</source>
        <translation>Команда не указана.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Неизвестная команда &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1: a required argument is missing.</source>
        <translation>%1: не указан обязательный аргумент.</translation>
    </message>
    <message>
        <source>%1: unexpected argument &quot;%2&quot;.</source>
        <translation>%1: лишний аргумент &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>--db needs a file name.</source>
        <translation>Для --db нужно указать имя файла.</translation>
    </message>
    <message>
        <source>%1 does not exist; create it with &quot;%2 demo&quot; or &quot;%2 import FILE&quot;.</source>
        <translation>Файл %1 не существует; создайте его командой &quot;%2 demo&quot; или &quot;%2 import ФАЙЛ&quot;.</translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE] COMMAND [ARGS]</source>
        <translation>Использование: %1 [--db ФАЙЛ] КОМАНДА [АРГУМЕНТЫ]</translation>
    </message>
    <message>
        <source>Neuvo keeps clients, projects, staged payments and red flags for a freelancer.</source>
        <translation>Neuvo хранит для фрилансера клиентов, проекты, поэтапные оплаты и тревожные сигналы.</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Параметры:</translation>
    </message>
    <message>
        <source>Run &quot;%1 COMMAND --help&quot; for the options of one command.</source>
        <translation>Запустите &quot;%1 КОМАНДА --help&quot;, чтобы увидеть параметры отдельной команды.</translation>
    </message>
    <message>
        <source>Usage: %1 [--db FILE] %2</source>
        <translation>Использование: %1 [--db ФАЙЛ] %2</translation>
    </message>
    <message>
        <source>Run &quot;%1 --help&quot; for the list of commands.</source>
        <translation>Запустите &quot;%1 --help&quot;, чтобы увидеть список команд.</translation>
    </message>
    <message>
        <source>Place the sample&apos;s dates around this day instead of the current date.</source>
        <translation>Расположить даты примеров вокруг этого дня, а не текущей даты.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Wrote the demo data to %1 (clients: %2, dates around %3).</source>
        <translation>Демонстрационные данные записаны в %1 (клиентов: %2, даты вокруг %3).</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Не удаётся записать в стандартный вывод: %1</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>База данных %1 экспортирована в %2.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Imported %1 clients, %2 projects, %3 interactions, %4 promises and %5 observations from %6; %7</source>
        <translation>Импортировано из %6: клиентов — %1, проектов — %2, взаимодействий — %3, обещаний — %4, наблюдений — %5; %7</translation>
    </message>
    <message>
        <source>the profile was replaced.</source>
        <translation>профиль заменён.</translation>
    </message>
    <message>
        <source>the existing profile was kept.</source>
        <translation>существующий профиль сохранён.</translation>
    </message>
    <message>
        <source>No clients.</source>
        <translation>Клиентов нет.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>База данных</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Версия схемы</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Обещания</translation>
    </message>
    <message>
        <source>Observations</source>
        <translation>Наблюдения</translation>
    </message>
    <message>
        <source>Evaluate as of this day instead of the current date.</source>
        <translation>Выполнить оценку на этот день, а не на текущую дату.</translation>
    </message>
    <message>
        <source>Only this client.</source>
        <translation>Только этот клиент.</translation>
    </message>
    <message>
        <source>Print JSON instead of a table.</source>
        <translation>Вывести JSON вместо таблицы.</translation>
    </message>
    <message>
        <source>Client #%1 does not exist.</source>
        <translation>Клиент № %1 не существует.</translation>
    </message>
    <message>
        <source>--lang: %1</source>
        <translation>--lang: %1</translation>
    </message>
    <message>
        <source>The PDF file to write (replaced only when complete).</source>
        <translation>Создаваемый файл PDF (заменяется только после полной записи).</translation>
    </message>
    <message>
        <source>FILE.pdf</source>
        <translation>ФАЙЛ.pdf</translation>
    </message>
    <message>
        <source>Language of the document: en, fi or ru (default: the system&apos;s, else en).</source>
        <translation>Язык документа: en, fi или ru (по умолчанию — язык системы, иначе en).</translation>
    </message>
    <message>
        <source>LANG</source>
        <translation>ЯЗЫК</translation>
    </message>
    <message>
        <source>Date of the contract (default: the project&apos;s contract date, else today).</source>
        <translation>Дата договора (по умолчанию — дата договора из проекта, иначе сегодняшняя).</translation>
    </message>
    <message>
        <source>Date of the document (default: today).</source>
        <translation>Дата документа (по умолчанию — сегодняшняя).</translation>
    </message>
    <message>
        <source>%1: --out FILE.pdf is required.</source>
        <translation>%1: требуется --out ФАЙЛ.pdf.</translation>
    </message>
    <message>
        <source>Wrote &quot;%1&quot; (%2, pages: %3) to %4.</source>
        <translation>Документ &quot;%1&quot; (%2, страниц: %3) записан в %4.</translation>
    </message>
    <message>
        <source>Language of the letter: en, fi or ru (default: the system&apos;s, else en).</source>
        <translation>Язык письма: en, fi или ru (по умолчанию — язык системы, иначе en).</translation>
    </message>
    <message>
        <source>Print the mailto: link of an e-mail draft instead of the text.</source>
        <translation>Вывести ссылку mailto: на черновик письма вместо текста.</translation>
    </message>
    <message>
        <source>[OUT.sqlite]</source>
        <translation>[ФАЙЛ.sqlite]</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database (into its backups folder without a file).</source>
        <translation>Записать согласованную копию базы данных (без имени файла — в папку её резервных копий).</translation>
    </message>
    <message>
        <source>List the backups of the database, newest first.</source>
        <translation>Список резервных копий базы данных, начиная с самой новой.</translation>
    </message>
    <message>
        <source>BACKUP.sqlite</source>
        <translation>КОПИЯ.sqlite</translation>
    </message>
    <message>
        <source>Check a backup and replace the database with it; the current file is kept as a backup.</source>
        <translation>Проверить резервную копию и заменить ею базу данных; текущий файл сохраняется как резервная копия.</translation>
    </message>
    <message>
        <source>[--full]</source>
        <translation>[--full]</translation>
    </message>
    <message>
        <source>Check the file and Neuvo&apos;s own rules; print each problem. Exit 4 when any is found.</source>
        <translation>Проверить файл и собственные правила Neuvo; вывести каждую проблему. Код выхода 4, если найдена хотя бы одна.</translation>
    </message>
    <message>
        <source>Read clients or projects from a spreadsheet&apos;s CSV; every bad row is reported, nothing is written then.</source>
        <translation>Загрузить клиентов или проекты из CSV-файла электронной таблицы; если есть ошибочные строки, сообщается о каждой и ничего не записывается.</translation>
    </message>
    <message>
        <source>Write clients, projects or payment stages as CSV for a spreadsheet.</source>
        <translation>Выгрузить клиентов, проекты или этапы оплаты в CSV для электронной таблицы.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 before the import.</source>
        <translation>Перед импортом резервная копия %1 записана в %2.</translation>
    </message>
    <message>
        <source>Wrote %1 to %2.</source>
        <translation>Таблица %1 записана в %2.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2.</source>
        <translation>Резервная копия %1 записана в %2.</translation>
    </message>
    <message>
        <source>No backups of %1 in %2.</source>
        <translation>В %2 нет резервных копий %1.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Restored %1 from %2.</source>
        <translation>База данных %1 восстановлена из %2.</translation>
    </message>
    <message>
        <source>The file it replaced is kept as %1.</source>
        <translation>Заменённый файл сохранён как %1.</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s full integrity_check instead of quick_check.</source>
        <translation>Выполнить полную проверку SQLite integrity_check вместо quick_check.</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: проблем не найдено.</translation>
    </message>
    <message>
        <source>%1: problems found: %2.</source>
        <translation>%1: найдено проблем: %2.</translation>
    </message>
    <message>
        <source>The newest good backup is %1; restore it with &quot;%2 --db %3 restore %1&quot;.</source>
        <translation>Самая новая исправная резервная копия — %1; восстановите её командой &quot;%2 --db %3 restore %1&quot;.</translation>
    </message>
    <message>
        <source>Check every row and report, but write nothing.</source>
        <translation>Проверить все строки и сообщить о результате, но ничего не записывать.</translation>
    </message>
    <message>
        <source>import-csv: &quot;%1&quot; is not clients or projects.</source>
        <translation>import-csv: &quot;%1&quot; — не clients и не projects.</translation>
    </message>
    <message>
        <source>Nothing was imported from %1.</source>
        <translation>Из %1 ничего не импортировано.</translation>
    </message>
    <message>
        <source>export-csv: &quot;%1&quot; is not clients, projects or stages.</source>
        <translation>export-csv: &quot;%1&quot; — не clients, не projects и не stages.</translation>
    </message>
    <message numerus="yes">
        <source>%1: all %n row(s) are fine; nothing was written (dry run).</source>
        <translation>
            <numerusform>%1: ошибок нет (проверена %n строка); ничего не записано (пробный запуск).</numerusform>
            <numerusform>%1: ошибок нет (проверены %n строки); ничего не записано (пробный запуск).</numerusform>
            <numerusform>%1: ошибок нет (проверено %n строк); ничего не записано (пробный запуск).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) from %1.</source>
        <translation>
            <numerusform>Из %1 импортирована %n строка.</numerusform>
            <numerusform>Из %1 импортированы %n строки.</numerusform>
            <numerusform>Из %1 импортировано %n строк.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 must be a positive number, not &quot;%3&quot;.</source>
        <translation>%1: %2 должен быть положительным числом, а не &quot;%3&quot;.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>%1: &quot;%2&quot; — не дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time in the form YYYY-MM-DDTHH:MM.</source>
        <translation>%1: &quot;%2&quot; — не время в формате ГГГГ-ММ-ДДTЧЧ:ММ.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time of day in the form HH:MM.</source>
        <translation>%1: &quot;%2&quot; — не время суток в формате ЧЧ:ММ.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a whole number from %3 to %4.</source>
        <translation>%1: &quot;%2&quot; — не целое число от %3 до %4.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is neither yes nor no.</source>
        <translation>%1: &quot;%2&quot; — ни yes, ни no.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a list of days such as mon,tue,wed,thu,fri.</source>
        <translation>%1: &quot;%2&quot; — не список дней вида mon,tue,wed,thu,fri.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3.</source>
        <translation>%1: &quot;%2&quot; — не одно из значений: %3.</translation>
    </message>
    <message>
        <source>Data:</source>
        <translation>Данные:</translation>
    </message>
    <message>
        <source>Clients and projects:</source>
        <translation>Клиенты и проекты:</translation>
    </message>
    <message>
        <source>Contacts, promises and red flags:</source>
        <translation>Взаимодействия, обещания и тревожные сигналы:</translation>
    </message>
    <message>
        <source>Documents:</source>
        <translation>Документы:</translation>
    </message>
    <message>
        <source>Backups and checks:</source>
        <translation>Резервные копии и проверки:</translation>
    </message>
    <message>
        <source>Help:</source>
        <translation>Справка:</translation>
    </message>
    <message>
        <source>SUBCOMMAND [ARGS]</source>
        <translation>ПОДКОМАНДА [АРГУМЕНТЫ]</translation>
    </message>
    <message>
        <source>CLIENT_ID [--json]</source>
        <translation>ID_КЛИЕНТА [--json]</translation>
    </message>
    <message>
        <source>One client: contact details and hours, projects, the interaction log, promises and observations, with their ids.</source>
        <translation>Один клиент: контакты и часы связи, проекты, журнал взаимодействий, обещания и наблюдения с их ID.</translation>
    </message>
    <message>
        <source>%1 (#%2)</source>
        <translation>%1 (№%2)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Основной канал связи</translation>
    </message>
    <message>
        <source>Contact hours</source>
        <translation>Часы связи</translation>
    </message>
    <message>
        <source>%1–%2 on %3, %4</source>
        <translation>%1–%2 по дням %3, %4</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Projects:</source>
        <translation>Проекты:</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Interactions:</source>
        <translation>Взаимодействия:</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Promises:</source>
        <translation>Обещания:</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>Observations:</source>
        <translation>Наблюдения:</translation>
    </message>
    <message>
        <source>Pattern</source>
        <translation>Признак</translation>
    </message>
    <message>
        <source>Observed</source>
        <translation>Замечено</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Отозвано</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>NAME [OPTIONS]</source>
        <translation>ИМЯ [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Add a client; the options set its details.</source>
        <translation>Добавить клиента; параметры задают его данные.</translation>
    </message>
    <message>
        <source>Without --time-zone the client gets the system&apos;s time zone, and without --contact-days Monday to Friday.</source>
        <translation>Без --time-zone клиент получает часовой пояс системы, а без --contact-days — дни с понедельника по пятницу.</translation>
    </message>
    <message>
        <source>CLIENT_ID [OPTIONS]</source>
        <translation>ID_КЛИЕНТА [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Change a client&apos;s details: only the options given change.</source>
        <translation>Изменить данные клиента: меняются только указанные параметры.</translation>
    </message>
    <message>
        <source>%1: nothing to change; give at least one option.</source>
        <translation>%1: нечего менять; укажите хотя бы один параметр.</translation>
    </message>
    <message>
        <source>Added client #%1 &quot;%2&quot;.</source>
        <translation>Добавлен клиент №%1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>Saved client #%1 &quot;%2&quot;.</source>
        <translation>Сохранён клиент №%1 &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>The client&apos;s name.</source>
        <translation>Имя клиента.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>Company.</source>
        <translation>Компания.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>ТЕКСТ</translation>
    </message>
    <message>
        <source>E-mail address.</source>
        <translation>Адрес электронной почты.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>АДРЕС</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Номер телефона.</translation>
    </message>
    <message>
        <source>Messenger handle.</source>
        <translation>Имя в мессенджере.</translation>
    </message>
    <message>
        <source>How the client prefers to be contacted.</source>
        <translation>Как клиент предпочитает, чтобы с ним связывались.</translation>
    </message>
    <message>
        <source>Agreed contact hours from, in the client&apos;s time zone.</source>
        <translation>Начало согласованных часов связи, в часовом поясе клиента.</translation>
    </message>
    <message>
        <source>HH:MM</source>
        <translation>ЧЧ:ММ</translation>
    </message>
    <message>
        <source>Agreed contact hours until (the same time twice: any time).</source>
        <translation>Конец согласованных часов связи (одно и то же время дважды: в любое время).</translation>
    </message>
    <message>
        <source>Days the client may contact you, e.g. mon,tue,wed,thu,fri.</source>
        <translation>Дни, когда клиент может с вами связываться, например mon,tue,wed,thu,fri.</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>ДНИ</translation>
    </message>
    <message>
        <source>The client&apos;s time zone, e.g. Europe/Helsinki.</source>
        <translation>Часовой пояс клиента, например Europe/Helsinki.</translation>
    </message>
    <message>
        <source>ZONE</source>
        <translation>ПОЯС</translation>
    </message>
    <message>
        <source>Notes.</source>
        <translation>Заметки.</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
    <message>
        <source>Clients: list, show, add and edit.</source>
        <translation>Клиенты: список, просмотр, добавление и изменение.</translation>
    </message>
    <message>
        <source>The same as clients, or as JSON.</source>
        <translation>То же, что clients, или в виде JSON.</translation>
    </message>
    <message>
        <source>--project: &quot;%1&quot; (#%2) is not a project of client #%3.</source>
        <translation>--project: &quot;%1&quot; (№%2) — не проект клиента №%3.</translation>
    </message>
    <message>
        <source>CLIENT_ID --summary TEXT [OPTIONS]</source>
        <translation>ID_КЛИЕНТА --summary ТЕКСТ [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Log a call, message or meeting with a client.</source>
        <translation>Записать звонок, сообщение или встречу с клиентом.</translation>
    </message>
    <message>
        <source>Without options it is an inbound e-mail of the general kind, now. An agreement made by phone or in a meeting waits for its written confirmation: print the follow-up letter with &quot;letter ID&quot; and give --confirmed-on when the client has confirmed.</source>
        <translation>Без параметров это входящее письмо общего типа, сейчас. Договорённость, достигнутая по телефону или на встрече, ждёт письменного подтверждения: распечатайте письмо по итогам командой &quot;letter ID&quot; и укажите --confirmed-on, когда клиент подтвердит.</translation>
    </message>
    <message>
        <source>What was said or agreed.</source>
        <translation>Что было сказано или о чём договорились.</translation>
    </message>
    <message>
        <source>How (default: email).</source>
        <translation>Как (по умолчанию: email).</translation>
    </message>
    <message>
        <source>in: from the client, out: from you (default: in).</source>
        <translation>in: от клиента, out: от вас (по умолчанию: in).</translation>
    </message>
    <message>
        <source>The project it was about.</source>
        <translation>Проект, которого это касалось.</translation>
    </message>
    <message>
        <source>When it happened, in local time (default: now).</source>
        <translation>Когда это было, по местному времени (по умолчанию: сейчас).</translation>
    </message>
    <message>
        <source>YYYY-MM-DDTHH:MM</source>
        <translation>ГГГГ-ММ-ДДTЧЧ:ММ</translation>
    </message>
    <message>
        <source>When the client confirmed it in writing.</source>
        <translation>Когда клиент подтвердил это письменно.</translation>
    </message>
    <message>
        <source>Logged interaction #%1 with %2 (#%3): %4, %5, %6 at %7.</source>
        <translation>Записано взаимодействие №%1 с клиентом %2 (№%3): %4, %5, %6, время %7.</translation>
    </message>
    <message>
        <source>Fix it in writing: &quot;%1 letter %2&quot; prints the follow-up letter.</source>
        <translation>Зафиксируйте это письменно: &quot;%1 letter %2&quot; выводит письмо по итогам.</translation>
    </message>
    <message>
        <source>CLIENT_ID WHAT [--due YYYY-MM-DD]</source>
        <translation>ID_КЛИЕНТА ЧТО [--due ГГГГ-ММ-ДД]</translation>
    </message>
    <message>
        <source>Note a promise made to a client, small and exact: &quot;Send the brief on Tuesday&quot;.</source>
        <translation>Записать обещание клиенту — маленькое и точное: «Пришлю бриф во вторник».</translation>
    </message>
    <message>
        <source>When it is due (default: tomorrow).</source>
        <translation>Срок (по умолчанию: завтра).</translation>
    </message>
    <message>
        <source>The project it is about.</source>
        <translation>Проект, которого это касается.</translation>
    </message>
    <message>
        <source>Promise #%1 to %2 (#%3), due %4: %5</source>
        <translation>Обещание №%1 клиенту %2 (№%3), срок %4: %5</translation>
    </message>
    <message>
        <source>PROMISE_ID [--on YYYY-MM-DD]</source>
        <translation>ID_ОБЕЩАНИЯ [--on ГГГГ-ММ-ДД]</translation>
    </message>
    <message>
        <source>Mark a promise as kept.</source>
        <translation>Отметить обещание как выполненное.</translation>
    </message>
    <message>
        <source>The day it was kept (default: today).</source>
        <translation>День, когда оно выполнено (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>Promise #%1 was kept on %2 already.</source>
        <translation>Обещание №%1 уже выполнено %2.</translation>
    </message>
    <message>
        <source>Promise #%1 kept on %2: %3</source>
        <translation>Обещание №%1 выполнено %2: %3</translation>
    </message>
    <message>
        <source>[--client ID] [--open] [--json]</source>
        <translation>[--client ID] [--open] [--json]</translation>
    </message>
    <message>
        <source>List the promises, soonest due first.</source>
        <translation>Список обещаний, ближайшие по сроку — первыми.</translation>
    </message>
    <message>
        <source>Only this client&apos;s promises.</source>
        <translation>Только обещания этого клиента.</translation>
    </message>
    <message>
        <source>Only the promises not kept yet.</source>
        <translation>Только ещё не выполненные обещания.</translation>
    </message>
    <message>
        <source>No promises.</source>
        <translation>Обещаний нет.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>CLIENT_ID PATTERN [--note TEXT]</source>
        <translation>ID_КЛИЕНТА ПРИЗНАК [--note ТЕКСТ]</translation>
    </message>
    <message>
        <source>Tick one of the ten &quot;when to decline&quot; patterns on a client.</source>
        <translation>Отметить у клиента один из десяти признаков «когда отказаться».</translation>
    </message>
    <message>
        <source>PATTERN is one of disrespect, blames_previous_contractors, pays_in_promises, manipulation, full_load_low_price, unrealistic_expectations, demoralizing, devalues_work, free_work_seeker, bad_product. A pattern observed once stands until it is withdrawn.</source>
        <translation>ПРИЗНАК — одно из: disrespect, blames_previous_contractors, pays_in_promises, manipulation, full_load_low_price, unrealistic_expectations, demoralizing, devalues_work, free_work_seeker, bad_product. Отмеченный признак действует, пока его не отзовут.</translation>
    </message>
    <message>
        <source>What you observed.</source>
        <translation>Что вы заметили.</translation>
    </message>
    <message>
        <source>When you observed it (default: today).</source>
        <translation>Когда вы это заметили (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>PATTERN: &quot;%1&quot; is not one of %2.</source>
        <translation>ПРИЗНАК: &quot;%1&quot; — не одно из значений: %2.</translation>
    </message>
    <message>
        <source>Observed %1 on %2 (#%3) on %4: observation #%5.</source>
        <translation>Отмечен признак %1 у клиента %2 (№%3) %4: наблюдение №%5.</translation>
    </message>
    <message>
        <source>OBSERVATION_ID [--on YYYY-MM-DD]</source>
        <translation>ID_НАБЛЮДЕНИЯ [--on ГГГГ-ММ-ДД]</translation>
    </message>
    <message>
        <source>Withdraw an observation; the record stays with the date.</source>
        <translation>Отозвать наблюдение; запись остаётся с датой.</translation>
    </message>
    <message>
        <source>The day it no longer holds (default: today).</source>
        <translation>День, с которого это больше не так (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>Withdrew observation #%1 (%2) on %3.</source>
        <translation>Наблюдение №%1 (%2) отозвано %3.</translation>
    </message>
    <message>
        <source>Fill them in with &quot;%1 profile set&quot;.</source>
        <translation>Заполните их командой &quot;%1 profile set&quot;.</translation>
    </message>
    <message>
        <source>Your details for documents, the defaults of new projects, working hours and the red-flag thresholds.</source>
        <translation>Ваши данные для документов, значения по умолчанию для новых проектов, рабочие часы и пороги тревожных сигналов.</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Банковские реквизиты</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>NDA markup</source>
        <translation>Надбавка за NDA</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Included revisions</source>
        <translation>Включённые раунды правок</translation>
    </message>
    <message>
        <source>Guarantee</source>
        <translation>Гарантия</translation>
    </message>
    <message>
        <source>Price change notice</source>
        <translation>Уведомление об изменении цены</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <source>Working hours</source>
        <translation>Рабочие часы</translation>
    </message>
    <message>
        <source>%1–%2 on %3</source>
        <translation>%1–%2 по дням %3</translation>
    </message>
    <message>
        <source>Floor rate per hour</source>
        <translation>Минимальная ставка в час</translation>
    </message>
    <message>
        <source>[OPTIONS]</source>
        <translation>[ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Change your profile: only the options given change.</source>
        <translation>Изменить профиль: меняются только указанные параметры.</translation>
    </message>
    <message>
        <source>Contracts and invoices print your name, legal form, registration number, address, e-mail and bank details; quotes your name and e-mail. --threshold KEY=N sets one red-flag threshold; &quot;profile show&quot; lists the keys.</source>
        <translation>В договорах и счетах печатаются ваше имя, правовая форма, регистрационный номер, адрес, эл. почта и банковские реквизиты; в коммерческих предложениях — имя и эл. почта. --threshold КЛЮЧ=N задаёт один порог тревожного сигнала; &quot;profile show&quot; выводит ключи.</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not a three-letter ISO 4217 code such as EUR.</source>
        <translation>--currency: &quot;%1&quot; — не трёхбуквенный код ISO 4217, например EUR.</translation>
    </message>
    <message>
        <source>--threshold: &quot;%1&quot; is not KEY=N with a key of &quot;profile show&quot; and N from 0 to 100000.</source>
        <translation>--threshold: &quot;%1&quot; — не КЛЮЧ=N с ключом из &quot;profile show&quot; и N от 0 до 100000.</translation>
    </message>
    <message>
        <source>Saved the profile: %1.</source>
        <translation>Профиль сохранён: %1.</translation>
    </message>
    <message>
        <source>Your name, as documents print it.</source>
        <translation>Ваше имя, как его печатают документы.</translation>
    </message>
    <message>
        <source>Legal form, e.g. sole proprietor.</source>
        <translation>Правовая форма, например ИП.</translation>
    </message>
    <message>
        <source>Business id or tax number.</source>
        <translation>Регистрационный номер или ИНН.</translation>
    </message>
    <message>
        <source>Postal address.</source>
        <translation>Почтовый адрес.</translation>
    </message>
    <message>
        <source>Bank account for invoices (IBAN, BIC).</source>
        <translation>Банковский счёт для счетов (IBAN, BIC).</translation>
    </message>
    <message>
        <source>Currency of new projects (ISO 4217).</source>
        <translation>Валюта новых проектов (ISO 4217).</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>NDA markup of new projects in percent.</source>
        <translation>Надбавка за NDA для новых проектов, в процентах.</translation>
    </message>
    <message>
        <source>PERCENT</source>
        <translation>ПРОЦЕНТ</translation>
    </message>
    <message>
        <source>Revision rounds included in new projects.</source>
        <translation>Раунды правок, включённые в новые проекты.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Refund of new projects for a missed deadline, in percent.</source>
        <translation>Возврат за сорванный срок для новых проектов, в процентах.</translation>
    </message>
    <message>
        <source>Days of notice before a price change.</source>
        <translation>За сколько дней предупреждать об изменении цены.</translation>
    </message>
    <message>
        <source>Your working hours from.</source>
        <translation>Начало вашего рабочего дня.</translation>
    </message>
    <message>
        <source>Your working hours until.</source>
        <translation>Конец вашего рабочего дня.</translation>
    </message>
    <message>
        <source>Your working days, e.g. mon,tue,wed,thu,fri.</source>
        <translation>Ваши рабочие дни, например mon,tue,wed,thu,fri.</translation>
    </message>
    <message>
        <source>The least you work for per hour (empty: none).</source>
        <translation>Минимальная ставка в час, за которую вы работаете (пусто: нет).</translation>
    </message>
    <message>
        <source>AMOUNT</source>
        <translation>СУММА</translation>
    </message>
    <message>
        <source>One red-flag threshold; may be given several times.</source>
        <translation>Один порог тревожного сигнала; можно указать несколько раз.</translation>
    </message>
    <message>
        <source>KEY=N</source>
        <translation>КЛЮЧ=N</translation>
    </message>
    <message>
        <source>Your profile: show and set.</source>
        <translation>Ваш профиль: просмотр и изменение.</translation>
    </message>
    <message>
        <source>[--client ID] [--json]</source>
        <translation>[--client ID] [--json]</translation>
    </message>
    <message>
        <source>List the projects: id, client, title, status, total and paid.</source>
        <translation>Список проектов: ID, клиент, название, статус, итого и оплачено.</translation>
    </message>
    <message>
        <source>Only this client&apos;s projects.</source>
        <translation>Только проекты этого клиента.</translation>
    </message>
    <message>
        <source>No projects.</source>
        <translation>Проектов нет.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>PROJECT_ID [--json]</source>
        <translation>ID_ПРОЕКТА [--json]</translation>
    </message>
    <message>
        <source>One project: scope, the explained price, deadline, contract, payment stages with what is paid and open, revisions.</source>
        <translation>Один проект: объём работ, расшифровка цены, срок, договор, этапы оплаты с оплаченным и остатком, правки.</translation>
    </message>
    <message>
        <source>%1 (your own: %2)</source>
        <translation>%1 (ваш собственный: %2)</translation>
    </message>
    <message>
        <source>%1 (#%2) for %3 (#%4)</source>
        <translation>%1 (№%2) для клиента %3 (№%4)</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Объём работ</translation>
    </message>
    <message>
        <source>Included</source>
        <translation>Входит</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>First offer</source>
        <translation>Первое предложение</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>Расчётные часы</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок сдачи</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Правки</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>%1 of %2, %3 months</source>
        <translation>%1 от %2, %3 мес.</translation>
    </message>
    <message>
        <source>Delivered on</source>
        <translation>Сдано</translation>
    </message>
    <message>
        <source>Stages:</source>
        <translation>Этапы:</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Остаток</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>CLIENT_ID TITLE [OPTIONS]</source>
        <translation>ID_КЛИЕНТА НАЗВАНИЕ [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Add a project for a client; the options set its price, stages and terms.</source>
        <translation>Добавить проект клиенту; параметры задают цену, этапы и условия.</translation>
    </message>
    <message>
        <source>Amounts are decimals in the project&apos;s currency (1234.50). The currency, NDA markup, included revision rounds and guarantee start from your profile. --split makes the payment stages: a number of equal stages (4) or percentages that add up to 100 (30,40,30).</source>
        <translation>Суммы — десятичные числа в валюте проекта (1234.50). Валюта, надбавка за NDA, включённые раунды правок и гарантия берутся из вашего профиля. --split создаёт этапы оплаты: число равных этапов (4) или проценты, дающие в сумме 100 (30,40,30).</translation>
    </message>
    <message>
        <source>PROJECT_ID [OPTIONS]</source>
        <translation>ID_ПРОЕКТА [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Change a project: only the options given change.</source>
        <translation>Изменить проект: меняются только указанные параметры.</translation>
    </message>
    <message>
        <source>The stages must still add up to the total: give --split with a new price (refused once a stage has a payment or work recorded; change such a plan in the desktop&apos;s project editor). An empty value clears an optional field: --deadline &quot;&quot;.</source>
        <translation>Этапы по-прежнему должны давать в сумме итог: с новой ценой укажите --split (нельзя, если у этапа уже записана оплата или начало работы; такой план меняйте в редакторе проекта настольного приложения). Пустое значение очищает необязательное поле: --deadline &quot;&quot;.</translation>
    </message>
    <message>
        <source>--split: &quot;%1&quot; is neither a number of stages (4) nor percentages such as 30,40,30.</source>
        <translation>--split: &quot;%1&quot; — ни число этапов (4), ни проценты вида 30,40,30.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Стоимость: %1</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>Разделение: %1</translation>
    </message>
    <message>
        <source>Added project #%1 &quot;%2&quot;: total %3, stages: %4.</source>
        <translation>Добавлен проект №%1 &quot;%2&quot;: итого %3, этапов: %4.</translation>
    </message>
    <message>
        <source>Saved project #%1 &quot;%2&quot;: total %3, stages: %4.</source>
        <translation>Сохранён проект №%1 &quot;%2&quot;: итого %3, этапов: %4.</translation>
    </message>
    <message>
        <source>No payment stages yet: split the total with --split 4 or --split 50,50.</source>
        <translation>Этапов оплаты пока нет: разделите итог с помощью --split 4 или --split 50,50.</translation>
    </message>
    <message>
        <source>The project&apos;s title.</source>
        <translation>Название проекта.</translation>
    </message>
    <message>
        <source>Move the project to another client.</source>
        <translation>Перенести проект к другому клиенту.</translation>
    </message>
    <message>
        <source>What the work covers.</source>
        <translation>Что входит в работу.</translation>
    </message>
    <message>
        <source>What the price includes, one item per option, in order (replaces the list).</source>
        <translation>Что входит в стоимость, по одному пункту на параметр, по порядку (заменяет список).</translation>
    </message>
    <message>
        <source>ISO 4217 currency code (default: your profile&apos;s).</source>
        <translation>Код валюты ISO 4217 (по умолчанию: из вашего профиля).</translation>
    </message>
    <message>
        <source>Base price.</source>
        <translation>Базовая стоимость.</translation>
    </message>
    <message>
        <source>The client&apos;s first offer (empty: none).</source>
        <translation>Первое предложение клиента (пусто: нет).</translation>
    </message>
    <message>
        <source>Under an NDA: the NDA markup is added to the price.</source>
        <translation>Под NDA: надбавка за NDA добавляется к цене.</translation>
    </message>
    <message>
        <source>yes|no</source>
        <translation>yes|no</translation>
    </message>
    <message>
        <source>NDA markup in percent.</source>
        <translation>Надбавка за NDA в процентах.</translation>
    </message>
    <message>
        <source>Discount: an amount (100.00), a percent (10%) or none.</source>
        <translation>Скидка: сумма (100.00), процент (10%) или none.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>ЗНАЧЕНИЕ</translation>
    </message>
    <message>
        <source>Why the discount was given.</source>
        <translation>Почему дана скидка.</translation>
    </message>
    <message>
        <source>What the client gave in return for the discount.</source>
        <translation>Что клиент дал взамен скидки.</translation>
    </message>
    <message>
        <source>The discount was for promised future orders.</source>
        <translation>Скидка дана за обещанные будущие заказы.</translation>
    </message>
    <message>
        <source>Estimated hours of work.</source>
        <translation>Расчётные часы работы.</translation>
    </message>
    <message>
        <source>Deadline.</source>
        <translation>Срок сдачи.</translation>
    </message>
    <message>
        <source>Days your own deadline lies before the deadline.</source>
        <translation>За сколько дней до срока сдачи ваш собственный срок.</translation>
    </message>
    <message>
        <source>Refund in percent of a stage when a deadline is missed.</source>
        <translation>Возврат в процентах от этапа при срыве срока.</translation>
    </message>
    <message>
        <source>Revision rounds included in the price.</source>
        <translation>Раунды правок, включённые в цену.</translation>
    </message>
    <message>
        <source>Contract number.</source>
        <translation>Номер договора.</translation>
    </message>
    <message>
        <source>Contract date.</source>
        <translation>Дата договора.</translation>
    </message>
    <message>
        <source>Contract term in months.</source>
        <translation>Срок договора в месяцах.</translation>
    </message>
    <message>
        <source>MONTHS</source>
        <translation>МЕСЯЦЫ</translation>
    </message>
    <message>
        <source>When the work was delivered.</source>
        <translation>Когда работа сдана.</translation>
    </message>
    <message>
        <source>Payment stages: N equal ones, or percentages such as 30,40,30.</source>
        <translation>Этапы оплаты: N равных или проценты вида 30,40,30.</translation>
    </message>
    <message>
        <source>PLAN</source>
        <translation>ПЛАН</translation>
    </message>
    <message>
        <source>--discount: &quot;%1&quot; is not a whole percent from 0 to 100.</source>
        <translation>--discount: &quot;%1&quot; — не целый процент от 0 до 100.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no payment stages; make them with &quot;project edit %2 --split 4&quot;.</source>
        <translation>У проекта &quot;%1&quot; нет этапов оплаты; создайте их командой &quot;project edit %2 --split 4&quot;.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no stage %2; its stages are numbered 1 to %3.</source>
        <translation>У проекта «%1» нет этапа %2; его этапы пронумерованы от 1 до %3.</translation>
    </message>
    <message>
        <source>PROJECT_ID STAGE AMOUNT [--on YYYY-MM-DD]</source>
        <translation>ID_ПРОЕКТА ЭТАП СУММА [--on ГГГГ-ММ-ДД]</translation>
    </message>
    <message>
        <source>Record a payment received for a stage, in full or in part; never more than is still open.</source>
        <translation>Записать полученную оплату этапа, полностью или частично; не больше неоплаченного остатка.</translation>
    </message>
    <message>
        <source>The day the money arrived (default: today).</source>
        <translation>День поступления денег (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>pay: AMOUNT: %1</source>
        <translation>pay: СУММА: %1</translation>
    </message>
    <message>
        <source>Recorded %1 for stage %2 &quot;%3&quot; of &quot;%4&quot; on %5.</source>
        <translation>Записано %1 за этап %2 &quot;%3&quot; проекта &quot;%4&quot; %5.</translation>
    </message>
    <message>
        <source>Still open: %1.</source>
        <translation>Остаток: %1.</translation>
    </message>
    <message>
        <source>The stage is paid in full.</source>
        <translation>Этап оплачен полностью.</translation>
    </message>
    <message>
        <source>PROJECT_ID STAGE [--on YYYY-MM-DD]</source>
        <translation>ID_ПРОЕКТА ЭТАП [--on ГГГГ-ММ-ДД]</translation>
    </message>
    <message>
        <source>Record that work on a stage has started; warns when the stage is not paid yet.</source>
        <translation>Записать, что работа по этапу начата; предупреждает, если этап ещё не оплачен.</translation>
    </message>
    <message>
        <source>The day work started (default: today).</source>
        <translation>День начала работы (по умолчанию: сегодня).</translation>
    </message>
    <message>
        <source>Work on stage %1 &quot;%2&quot; of &quot;%3&quot; started on %4.</source>
        <translation>Работа по этапу %1 &quot;%2&quot; проекта &quot;%3&quot; начата %4.</translation>
    </message>
    <message>
        <source>Projects: list, show, add and edit.</source>
        <translation>Проекты: список, просмотр, добавление и изменение.</translation>
    </message>
    <message>
        <source>Subcommands:</source>
        <translation>Подкоманды:</translation>
    </message>
    <message>
        <source>Run &quot;%1 %2 SUBCOMMAND --help&quot; for the options of one.</source>
        <translation>Параметры одной подкоманды: &quot;%1 %2 ПОДКОМАНДА --help&quot;.</translation>
    </message>
    <message>
        <source>%1: say what to do: %2.</source>
        <translation>%1: укажите, что сделать: %2.</translation>
    </message>
    <message>
        <source>%1: unknown subcommand &quot;%2&quot;; it is one of %3.</source>
        <translation>%1: неизвестная подкоманда &quot;%2&quot;; допустимые: %3.</translation>
    </message>
    <message>
        <source>CLIENT_ID</source>
        <translation>ID_КЛИЕНТА</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>PROMISE_ID</source>
        <translation>ID_ОБЕЩАНИЯ</translation>
    </message>
    <message>
        <source>OBSERVATION_ID</source>
        <translation>ID_НАБЛЮДЕНИЯ</translation>
    </message>
    <message>
        <source>PROJECT_ID</source>
        <translation>ID_ПРОЕКТА</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ЭТАП</translation>
    </message>
    <message>
        <source>INTERACTION_ID</source>
        <translation>ID_ВЗАИМОДЕЙСТВИЯ</translation>
    </message>
    <message>
        <source>Type of client: %1.</source>
        <translation>Тип клиента: %1.</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>ТИП</translation>
    </message>
    <message>
        <source>Where the client came from: %1.</source>
        <translation>Откуда пришёл клиент: %1.</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>ИСТОЧНИК</translation>
    </message>
    <message>
        <source>Status: %1.</source>
        <translation>Статус: %1.</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>СТАТУС</translation>
    </message>
    <message>
        <source>What kind of contact: %1 (default: general).</source>
        <translation>Вид взаимодействия: %1 (по умолчанию: general).</translation>
    </message>
    <message>
        <source>KIND</source>
        <translation>ВИД</translation>
    </message>
    <message>
        <source>Reports and reminders:</source>
        <translation>Отчёты и напоминания:</translation>
    </message>
    <message>
        <source>[--out FILE] [--from YYYY-MM-DD] [--days N]</source>
        <translation>[--out ФАЙЛ] [--from ГГГГ-ММ-ДД] [--days N]</translation>
    </message>
    <message>
        <source>Due dates, deadlines, promises, renewals and price notices as an iCalendar file for your calendar (to standard output without --out).</source>
        <translation>Сроки оплаты и сдачи, обещания, продления договоров и уведомления о ценах в виде файла iCalendar для вашего календаря (без --out — в стандартный вывод).</translation>
    </message>
    <message>
        <source>One all-day event for each: unpaid stages, deadlines and internal deadlines, promises, contract renewals, price notices and changes, and the one reminder of an unanswered brief. The events keep their UIDs, so a calendar that imports or subscribes to the file again updates them instead of adding copies. &quot;reminders set --calendar-alarm&quot; adds alarms.</source>
        <translation>По одному событию на весь день для каждого: неоплаченные этапы, сроки сдачи и внутренние сроки, обещания, продления договоров, даты уведомления об изменении цены и её вступления в силу, а также единственное напоминание о брифе без ответа. События сохраняют свои UID, поэтому календарь, который снова импортирует файл или подписан на него, обновляет их, а не добавляет копии. «reminders set --calendar-alarm» добавляет оповещения.</translation>
    </message>
    <message>
        <source>Write the calendar to FILE, replacing it only when complete.</source>
        <translation>Записать календарь в ФАЙЛ; прежний заменяется только готовым новым.</translation>
    </message>
    <message>
        <source>The first day of the calendar (default: 30 days ago).</source>
        <translation>Первый день календаря (по умолчанию: 30 дней назад).</translation>
    </message>
    <message>
        <source>How many days it covers (default: %1, a year ahead).</source>
        <translation>Сколько дней он охватывает (по умолчанию: %1, на год вперёд).</translation>
    </message>
    <message>
        <source>--out: a file name is needed.</source>
        <translation>--out: нужно имя файла.</translation>
    </message>
    <message>
        <source>Wrote the calendar of %1 to %2 (%3 to %4).</source>
        <translation>Календарь базы %1 записан в %2 (с %3 по %4).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>on the day</source>
        <translation>в тот же день</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>за %n день</numerusform>
            <numerusform>за %n дня</numerusform>
            <numerusform>за %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Desktop notifications, quiet hours and calendar alarms.</source>
        <translation>Уведомления на рабочем столе, тихие часы и оповещения календаря.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Уведомления на рабочем столе</translation>
    </message>
    <message>
        <source>Quiet outside working hours</source>
        <translation>Тишина вне рабочего времени</translation>
    </message>
    <message>
        <source>Calendar alarm</source>
        <translation>Оповещение календаря</translation>
    </message>
    <message>
        <source>Calendar id</source>
        <translation>Идентификатор календаря</translation>
    </message>
    <message>
        <source>Change the reminder settings: only the options given change.</source>
        <translation>Изменить настройки напоминаний: меняются только указанные параметры.</translation>
    </message>
    <message>
        <source>Desktop notifications of new serious warnings and things coming due.</source>
        <translation>Уведомления на рабочем столе о новых серьёзных предупреждениях и наступающих сроках.</translation>
    </message>
    <message>
        <source>Hold notifications outside your working hours and days (&quot;profile show&quot; lists them).</source>
        <translation>Откладывать уведомления вне рабочих часов и дней («profile show» показывает их).</translation>
    </message>
    <message>
        <source>An alarm on every calendar event N days before it (0: on the day), at the start of your working day, or none.</source>
        <translation>Оповещение о каждом событии календаря за N дней (0 — в тот же день) в начале рабочего дня или none — без оповещений.</translation>
    </message>
    <message>
        <source>N|none</source>
        <translation>N|none</translation>
    </message>
    <message>
        <source>Saved the reminder settings: %1.</source>
        <translation>Настройки напоминаний сохранены: %1.</translation>
    </message>
    <message>
        <source>Desktop notifications and calendar alarms: show and set.</source>
        <translation>Уведомления на рабочем столе и оповещения календаря: просмотр и изменение.</translation>
    </message>
    <message>
        <source>[--today YYYY-MM-DD] [--json] [--notify]</source>
        <translation>[--today ГГГГ-ММ-ДД] [--json] [--notify]</translation>
    </message>
    <message>
        <source>--notify also shows a desktop notification for each new serious warning and each thing coming due, as the desktop application does: each only once, not during quiet hours, not when notifications are off (&quot;reminders set&quot;), and not while a Neuvo has the database open, which announces them itself. The reminder timer runs it (see the README).</source>
        <translation>--notify также показывает уведомление на рабочем столе о каждом новом серьёзном предупреждении и каждом наступающем сроке, как это делает настольное приложение: о каждом только один раз, не в тихие часы, не когда уведомления выключены («reminders set») и не тогда, когда базу держит открытой Neuvo, которая сообщает о них сама. Его запускает таймер напоминаний (см. README).</translation>
    </message>
    <message>
        <source>Also announce what is new on the desktop.</source>
        <translation>Также сообщить о новом на рабочем столе.</translation>
    </message>
    <message numerus="yes">
        <source>announced %n new reminder(s) on the desktop.</source>
        <translation>
            <numerusform>на рабочем столе показано %n новое напоминание.</numerusform>
            <numerusform>на рабочем столе показано %n новых напоминания.</numerusform>
            <numerusform>на рабочем столе показано %n новых напоминаний.</numerusform>
        </translation>
    </message>
    <message>
        <source>some reminders were not announced: %1.</source>
        <translation>о части напоминаний не сообщено: %1.</translation>
    </message>
    <message>
        <source>nothing was announced: %1.</source>
        <translation>ни о чём не сообщено: %1.</translation>
    </message>
    <message>
        <source>Backups to keep</source>
        <translation>Число хранимых резервных копий</translation>
    </message>
    <message>
        <source>How many backups of each kind are kept beside the database file (1 to 1000).</source>
        <translation>Сколько резервных копий каждого вида хранить рядом с файлом базы данных (от 1 до 1000).</translation>
    </message>
    <message>
        <source>INTERACTION_ID [OPTIONS]</source>
        <translation>ID_ВЗАИМОДЕЙСТВИЯ [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Change a logged interaction: only the options given change.</source>
        <translation>Изменить записанное взаимодействие: меняются только указанные параметры.</translation>
    </message>
    <message>
        <source>How.</source>
        <translation>Каким образом.</translation>
    </message>
    <message>
        <source>in: from the client, out: from you.</source>
        <translation>in: от клиента, out: от вас.</translation>
    </message>
    <message>
        <source>What kind of contact: %1.</source>
        <translation>Вид контакта: %1.</translation>
    </message>
    <message>
        <source>The project it was about (&quot;&quot;: none).</source>
        <translation>Проект, к которому оно относилось (&quot;&quot;: никакой).</translation>
    </message>
    <message>
        <source>When it happened, in local time.</source>
        <translation>Когда это было, по местному времени.</translation>
    </message>
    <message>
        <source>When the client confirmed it in writing (&quot;&quot;: not confirmed).</source>
        <translation>Когда клиент подтвердил это письменно (&quot;&quot;: не подтверждено).</translation>
    </message>
    <message>
        <source>Saved interaction #%1: %2, %3, %4 at %5.</source>
        <translation>Сохранено взаимодействие №%1: %2, %3, %4, время %5.</translation>
    </message>
    <message>
        <source>Delete a logged interaction.</source>
        <translation>Удалить записанное взаимодействие.</translation>
    </message>
    <message>
        <source>Deleted interaction #%1: %2</source>
        <translation>Удалено взаимодействие №%1: %2</translation>
    </message>
    <message>
        <source>PROMISE_ID [OPTIONS]</source>
        <translation>ID_ОБЕЩАНИЯ [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>Change a promise: only the options given change.</source>
        <translation>Изменить обещание: меняются только указанные параметры.</translation>
    </message>
    <message>
        <source>What was promised.</source>
        <translation>Что было обещано.</translation>
    </message>
    <message>
        <source>When it is due.</source>
        <translation>Срок выполнения.</translation>
    </message>
    <message>
        <source>The project it is about (&quot;&quot;: none).</source>
        <translation>Проект, к которому оно относится (&quot;&quot;: никакой).</translation>
    </message>
    <message>
        <source>The day it was kept (&quot;&quot;: not kept yet).</source>
        <translation>День, когда оно выполнено (&quot;&quot;: ещё не выполнено).</translation>
    </message>
    <message>
        <source>Saved promise #%1, due %2: %3</source>
        <translation>Сохранено обещание №%1, срок %2: %3</translation>
    </message>
    <message>
        <source>Delete a promise.</source>
        <translation>Удалить обещание.</translation>
    </message>
    <message>
        <source>Deleted promise #%1: %2</source>
        <translation>Удалено обещание №%1: %2</translation>
    </message>
    <message>
        <source>Logged interactions: edit and delete (log adds one).</source>
        <translation>Записанные взаимодействия: изменить и удалить (log добавляет новое).</translation>
    </message>
    <message>
        <source>Promises to clients: add, edit, done, delete and list.</source>
        <translation>Обещания клиентам: добавить, изменить, отметить выполненным, удалить и показать список.</translation>
    </message>
    <message>
        <source>Between fields: comma, semicolon or tab (%1).</source>
        <translation>Между полями: comma (запятая), semicolon (точка с запятой) или tab (табуляция) (%1).</translation>
    </message>
    <message>
        <source>The decimal mark of amounts: . or , (%1).</source>
        <translation>Десятичный разделитель сумм: . или , (%1).</translation>
    </message>
    <message>
        <source>utf-8, windows-1252 or windows-1251 (%1).</source>
        <translation>utf-8, windows-1252 или windows-1251 (%1).</translation>
    </message>
    <message>
        <source>ENCODING</source>
        <translation>КОДИРОВКА</translation>
    </message>
    <message>
        <source>--separator: &quot;%1&quot; is not one of comma, semicolon, tab.</source>
        <translation>--separator: &quot;%1&quot; не является одним из значений comma, semicolon, tab.</translation>
    </message>
    <message>
        <source>--decimal: &quot;%1&quot; is not . or ,.</source>
        <translation>--decimal: &quot;%1&quot; — не . и не ,.</translation>
    </message>
    <message>
        <source>--encoding: &quot;%1&quot; is not one of utf-8, windows-1252, windows-1251.</source>
        <translation>--encoding: &quot;%1&quot; не является одним из значений utf-8, windows-1252, windows-1251.</translation>
    </message>
    <message>
        <source>clients|projects IN.csv [OPTIONS]</source>
        <translation>clients|projects ВХОД.csv [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>The separator, the decimal mark and the encoding are guessed from the file (a Finnish or Russian Excel writes &quot;;&quot;, &quot;1 234,50&quot; and Windows-1252 or -1251); the options override the guess.</source>
        <translation>Разделитель полей, десятичный разделитель и кодировка определяются по файлу (русский или финский Excel пишет &quot;;&quot;, &quot;1 234,50&quot; и Windows-1251 или -1252); параметры имеют приоритет над догадкой.</translation>
    </message>
    <message>
        <source>default: guessed from the file</source>
        <translation>по умолчанию: определяется по файлу</translation>
    </message>
    <message>
        <source>clients|projects|stages [OUT.csv] [OPTIONS]</source>
        <translation>clients|projects|stages [ВЫХОД.csv] [ПАРАМЕТРЫ]</translation>
    </message>
    <message>
        <source>For a spreadsheet that expects &quot;;&quot; and decimal commas (Finnish, Russian): --separator semicolon --decimal ,</source>
        <translation>Для электронной таблицы, которая ждёт &quot;;&quot; и десятичные запятые (русская, финская): --separator semicolon --decimal ,</translation>
    </message>
    <message>
        <source>default: comma, ., utf-8</source>
        <translation>по умолчанию: comma, ., utf-8</translation>
    </message>
    <message>
        <source>Paper: a4 or letter (default: as chosen in the desktop&apos;s preferences, else the system&apos;s).</source>
        <translation>Бумага: a4 или letter (по умолчанию: как выбрано в настройках приложения, иначе как в системе).</translation>
    </message>
    <message>
        <source>English documents: dates as March 12, 2025 rather than 12 March 2025 (default: as chosen in the desktop&apos;s preferences, else for US English systems).</source>
        <translation>Документы на английском: даты в виде March 12, 2025, а не 12 March 2025 (по умолчанию: как выбрано в настройках приложения, иначе в системах с американским английским).</translation>
    </message>
    <message>
        <source>--paper: &quot;%1&quot; is not one of a4, letter.</source>
        <translation>--paper: &quot;%1&quot; — не a4 и не letter.</translation>
    </message>
    <message>
        <source>PROJECT_ID --out FILE.pdf [--lang LANG] [--paper a4|letter]</source>
        <translation>ID_ПРОЕКТА --out ФАЙЛ.pdf [--lang ЯЗЫК] [--paper a4|letter]</translation>
    </message>
    <message>
        <source>Write the whole database as neuvo/2 JSON (to standard output without a file).</source>
        <translation>Записать всю базу данных в формате JSON neuvo/2 (без файла — в стандартный вывод).</translation>
    </message>
    <message>
        <source>Read a neuvo/2 (or neuvo/1) JSON file into the database; nothing is written if it is invalid.</source>
        <translation>Прочитать JSON-файл neuvo/2 (или neuvo/1) в базу данных; если файл содержит ошибки, ничего не записывается.</translation>
    </message>
    <message>
        <source>%1 recorded: %2 of %3 included rounds used, %4 of your own errors, %5 out of scope</source>
        <translation>записано %1: использовано кругов %2 из %3 включённых, ваших ошибок %4, сверх объёма %5</translation>
    </message>
    <message>
        <source>Each client&apos;s flags and risk level, with evidence, and apart your alerts about the client (they never change the risk). Exit 3 when a flag is high.</source>
        <translation>Тревожные сигналы и уровень риска каждого клиента с обоснованием и отдельно ваши напоминания по клиенту (на риск они не влияют). Код выхода 3, если есть серьёзный сигнал.</translation>
    </message>
    <message>
        <source>Negotiation:</source>
        <translation>Переговоры:</translation>
    </message>
    <message>
        <source>PROJECT_ID --ask ASK [--discount AMOUNT] [--json] [--lang LANG] [--apply]</source>
        <translation>ID_ПРОЕКТА --ask ПРОСЬБА [--discount СУММА] [--json] [--lang ЯЗЫК] [--apply]</translation>
    </message>
    <message>
        <source>The answer to a client&apos;s ask (postpay, discount, nda, rush, budget), computed from the project.</source>
        <translation>Ответ на просьбу клиента (postpay, discount, nda, rush, budget), рассчитанный по данным проекта.</translation>
    </message>
    <message>
        <source>postpay: the same total as four prepaid stages, each due before its work; --apply stores that plan. discount: --discount is the amount asked; one under the floor rate is refused with the amount.</source>
        <translation>postpay: та же сумма четырьмя предоплаченными этапами, каждый оплачивается до начала своих работ; --apply сохраняет этот план. discount: --discount — запрошенная сумма; скидка ниже минимальной ставки отклоняется с указанием суммы.</translation>
    </message>
    <message>
        <source>What the client asks: %1.</source>
        <translation>О чём просит клиент: %1.</translation>
    </message>
    <message>
        <source>ASK</source>
        <translation>ПРОСЬБА</translation>
    </message>
    <message>
        <source>The discount the client asks for, e.g. 1500.00.</source>
        <translation>Скидка, которую просит клиент, например 1500.00.</translation>
    </message>
    <message>
        <source>Language of the answer: en, fi or ru (default: the system&apos;s, else en).</source>
        <translation>Язык ответа: en, fi или ru (по умолчанию — язык системы, иначе en).</translation>
    </message>
    <message>
        <source>postpay only: store the proposed stages in the project.</source>
        <translation>Только postpay: сохранить предложенные этапы в проекте.</translation>
    </message>
    <message>
        <source>--ask: say what the client asks: %1.</source>
        <translation>--ask: укажите, о чём просит клиент: %1.</translation>
    </message>
    <message>
        <source>--ask: &quot;%1&quot; is not one of %2.</source>
        <translation>--ask: «%1» не входит в %2.</translation>
    </message>
    <message>
        <source>--apply: only the postpay answer changes the project.</source>
        <translation>--apply: проект меняет только ответ postpay.</translation>
    </message>
    <message>
        <source>--discount: only for --ask discount.</source>
        <translation>--discount: только для --ask discount.</translation>
    </message>
    <message>
        <source>--discount: %1</source>
        <translation>--discount: %1</translation>
    </message>
    <message>
        <source>Saved project #%1: %2 prepaid stages.</source>
        <translation>Проект #%1 сохранён: предоплаченных этапов: %2.</translation>
    </message>
    <message>
        <source>Invoices:</source>
        <translation>Счета:</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Адрес для счетов</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Номер плательщика НДС</translation>
    </message>
    <message>
        <source>The address invoices are sent to; \n starts a new line.</source>
        <translation>Адрес для отправки счетов; \n начинает новую строку.</translation>
    </message>
    <message>
        <source>Business ID, e.g. 1234567-8 (a Finnish one is checked).</source>
        <translation>Рег. номер, напр. 1234567-8 (финский проверяется).</translation>
    </message>
    <message>
        <source>VAT ID, e.g. FI12345678 (needed for reverse charge).</source>
        <translation>Номер плательщика НДС, напр. FI12345678 (нужен для обратного начисления).</translation>
    </message>
    <message>
        <source>The invoice of one payment stage as a PDF: a draft without a number, or issued with --issue.</source>
        <translation>Счёт за один этап оплаты в PDF: проект без номера или выставленный с --issue.</translation>
    </message>
    <message>
        <source>--issue gives the invoice the next number of your series and stores it as it prints; it never changes afterwards (&quot;credit-note NUMBER&quot; cancels it). Without --issue the PDF is a draft, marked as one, with no number.</source>
        <translation>--issue присваивает счёту следующий номер вашей серии и сохраняет его в печатном виде; после этого он не меняется («credit-note НОМЕР» аннулирует его). Без --issue PDF — помеченный проект без номера.</translation>
    </message>
    <message>
        <source>Language of the invoice: en, fi or ru (default: the system&apos;s, else en).</source>
        <translation>Язык счёта: en, fi или ru (по умолчанию — системный, иначе en).</translation>
    </message>
    <message>
        <source>Date of the invoice (default: today).</source>
        <translation>Дата счёта (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>Issue the invoice: number it and store it.</source>
        <translation>Выставить счёт: присвоить номер и сохранить.</translation>
    </message>
    <message>
        <source>Issued invoice %1: %2, due %3, reference %4.</source>
        <translation>Выставлен счёт %1: %2, срок оплаты %3, ссылка %4.</translation>
    </message>
    <message>
        <source>Print an issued invoice or credit note again, exactly as issued.</source>
        <translation>Снова распечатать выставленный счёт или кредит-ноту точно в выставленном виде.</translation>
    </message>
    <message>
        <source>Cancel an issued invoice with a credit note of its own number.</source>
        <translation>Аннулировать выставленный счёт кредит-нотой с собственным номером.</translation>
    </message>
    <message>
        <source>Date of the credit note (default: today).</source>
        <translation>Дата кредит-ноты (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>Also write the credit note as a PDF.</source>
        <translation>Также записать кредит-ноту в PDF.</translation>
    </message>
    <message>
        <source>Credit note %1 cancels invoice %2.</source>
        <translation>Кредит-нота %1 аннулирует счёт %2.</translation>
    </message>
    <message>
        <source>NUMBER [AMOUNT] [--on YYYY-MM-DD]</source>
        <translation>НОМЕР [СУММА] [--on ГГГГ-ММ-ДД]</translation>
    </message>
    <message>
        <source>Record a payment received against an invoice (the amount still owed without AMOUNT), or list or remove its payments.</source>
        <translation>Записать платёж по счёту (без СУММЫ — весь остаток) или показать либо удалить его платежи.</translation>
    </message>
    <message>
        <source>The stage&apos;s paid amount grows by the stage&apos;s share of the payment. --list prints the payments with their ids; --remove ID removes one recorded by mistake.</source>
        <translation>Оплаченная сумма этапа растёт на долю этапа в платеже. --list выводит платежи с их ID; --remove ID удаляет ошибочно записанный.</translation>
    </message>
    <message>
        <source>When the payment was received (default: today).</source>
        <translation>Когда получен платёж (по умолчанию — сегодня).</translation>
    </message>
    <message>
        <source>List the invoice&apos;s payments instead.</source>
        <translation>Вместо этого показать платежи по счёту.</translation>
    </message>
    <message>
        <source>Remove the payment with this id.</source>
        <translation>Удалить платёж с этим ID.</translation>
    </message>
    <message>
        <source>%1: an AMOUNT goes with recording a payment, not with --list or --remove.</source>
        <translation>%1: СУММА указывается при записи платежа, а не с --list или --remove.</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Still owed: %1</source>
        <translation>Осталось оплатить: %1</translation>
    </message>
    <message>
        <source>Invoice %1 has no payment #%2; &quot;%3 invoice-payment %1 --list&quot; shows them.</source>
        <translation>У счёта %1 нет платежа #%2; их показывает «%3 invoice-payment %1 --list».</translation>
    </message>
    <message>
        <source>Removed payment #%1 of invoice %2.</source>
        <translation>Удалён платёж #%1 по счёту %2.</translation>
    </message>
    <message>
        <source>AMOUNT: %1</source>
        <translation>СУММА: %1</translation>
    </message>
    <message>
        <source>Recorded %1 received on %2 against invoice %3; still owed: %4.</source>
        <translation>Записан платёж %1 от %2 по счёту %3; осталось оплатить: %4.</translation>
    </message>
    <message>
        <source>[--from YYYY-MM-DD] [--to YYYY-MM-DD] [--csv] [--out FILE]</source>
        <translation>[--from ГГГГ-ММ-ДД] [--to ГГГГ-ММ-ДД] [--csv] [--out ФАЙЛ]</translation>
    </message>
    <message>
        <source>The invoices and credit notes issued in a period, with net, VAT, gross and paid, and the totals per currency and VAT rate.</source>
        <translation>Счета и кредит-ноты за период: без НДС, НДС, с НДС и оплачено, с итогами по валютам и ставкам НДС.</translation>
    </message>
    <message>
        <source>--csv writes them for a spreadsheet or an accountant: amounts with a decimal point, dates YYYY-MM-DD, the totals at the end. A credit note counts with negative amounts.</source>
        <translation>--csv записывает их для таблицы или бухгалтера: суммы с десятичной точкой, даты ГГГГ-ММ-ДД, итоги в конце. Кредит-нота учитывается с отрицательными суммами.</translation>
    </message>
    <message>
        <source>Issued on or after this day.</source>
        <translation>Выставлены в этот день или позже.</translation>
    </message>
    <message>
        <source>Issued on or before this day.</source>
        <translation>Выставлены в этот день или раньше.</translation>
    </message>
    <message>
        <source>Write CSV instead of a table.</source>
        <translation>Записать CSV вместо таблицы.</translation>
    </message>
    <message>
        <source>Write to this file (default: standard output).</source>
        <translation>Записать в этот файл (по умолчанию — стандартный вывод).</translation>
    </message>
    <message>
        <source>--to: %1 is before --from %2.</source>
        <translation>--to: %1 раньше, чем --from %2.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n invoice(s) to %1.</source>
        <translation>
            <numerusform>Записан %n счёт в %1.</numerusform>
            <numerusform>Записано %n счёта в %1.</numerusform>
            <numerusform>Записано %n счетов в %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <source>all</source>
        <translation>все</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>К получению</translation>
    </message>
    <message>
        <source>VAT status</source>
        <translation>Статус по НДС</translation>
    </message>
    <message>
        <source>Prices include VAT</source>
        <translation>Цены включают НДС</translation>
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
        <translation>Префикс номера счёта</translation>
    </message>
    <message>
        <source>Invoice numbers start each year</source>
        <translation>Нумерация счетов заново каждый год</translation>
    </message>
    <message>
        <source>Payment term</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Exemption sentence (%1)</source>
        <translation>Основание без НДС (%1)</translation>
    </message>
    <message>
        <source>--exemption: &quot;%1&quot; is not LANG=TEXT with LANG one of %2.</source>
        <translation>--exemption: «%1» не в виде ЯЗЫК=ТЕКСТ, где ЯЗЫК — один из: %2.</translation>
    </message>
    <message>
        <source>VAT status: %1.</source>
        <translation>Статус по НДС: %1.</translation>
    </message>
    <message>
        <source>Your VAT ID, e.g. FI12345678 (needed when registered).</source>
        <translation>Ваш номер плательщика НДС, напр. FI12345678 (обязателен для плательщиков НДС).</translation>
    </message>
    <message>
        <source>Default VAT rate in percent, e.g. 25.5.</source>
        <translation>Ставка НДС по умолчанию в процентах, напр. 25.5.</translation>
    </message>
    <message>
        <source>Project prices are gross (VAT included).</source>
        <translation>Цены проектов указаны с НДС.</translation>
    </message>
    <message>
        <source>The sentence printed when no VAT is charged, per document language, e.g. ru=&quot;Без НДС&quot; (empty text: Neuvo&apos;s standard one); may be given several times.</source>
        <translation>Фраза, печатаемая, когда НДС не взимается, для каждого языка документа, напр. ru=&quot;Без НДС&quot; (пустой текст — стандартная фраза Neuvo); можно указать несколько раз.</translation>
    </message>
    <message>
        <source>LANG=TEXT</source>
        <translation>ЯЗЫК=ТЕКСТ</translation>
    </message>
    <message>
        <source>IBAN for the reference number, bank bar code and QR code.</source>
        <translation>IBAN для номера ссылки, банковского штрихкода и QR-кода.</translation>
    </message>
    <message>
        <source>BIC of your bank.</source>
        <translation>BIC вашего банка.</translation>
    </message>
    <message>
        <source>Printed before invoice numbers, e.g. INV-.</source>
        <translation>Печатается перед номерами счетов, напр. INV-.</translation>
    </message>
    <message>
        <source>Invoice numbers start again each year.</source>
        <translation>Нумерация счетов начинается заново каждый год.</translation>
    </message>
    <message>
        <source>Days to pay an invoice whose stage has no due date.</source>
        <translation>Дней на оплату счёта, если у этапа нет срока.</translation>
    </message>
    <message>
        <source>The project&apos;s own VAT rate in percent, e.g. 14 (empty: your profile&apos;s).</source>
        <translation>Собственная ставка НДС проекта в процентах, напр. 14 (пусто — из профиля).</translation>
    </message>
    <message>
        <source>Invoiced with reverse charge: the buyer accounts for the VAT.</source>
        <translation>Выставляется с обратным начислением: НДС уплачивает покупатель.</translation>
    </message>
    <message>
        <source>[--since YYYY-MM-DD] [--today YYYY-MM-DD] [--json]</source>
        <translation>[--since ГГГГ-ММ-ДД] [--today ГГГГ-ММ-ДД] [--json]</translation>
    </message>
    <message>
        <source>How negotiations went: agreed price against the first offer, discounts, win rate by source, effective hourly rate and late payment per client.</source>
        <translation>Как идут переговоры: согласованная цена против первого предложения, скидки, доля выигранных предложений по источникам, фактическая почасовая ставка и просрочки оплаты по клиентам.</translation>
    </message>
    <message>
        <source>Money is shown per currency, never converted. A figure from fewer than 3 data points is left out and its sample size shown. Hours per extra revision round and the number of recent agreements are the hours_per_revision_round and recent_agreements_count thresholds (&quot;profile set&quot;).</source>
        <translation>Суммы показываются по валютам и никогда не пересчитываются. Показатель, посчитанный меньше чем по 3 значениям, не выводится — вместо него указан размер выборки. Часы на дополнительный круг правок и число недавних договорённостей задаются порогами hours_per_revision_round и recent_agreements_count («profile set»).</translation>
    </message>
    <message>
        <source>Only projects agreed or quoted on or after this day.</source>
        <translation>Только проекты, согласованные или предложенные в этот день или позже.</translation>
    </message>
    <message>
        <source>too few to tell (%1 of %2 needed)</source>
        <translation>слишком мало данных (%1 из %2 нужных)</translation>
    </message>
    <message>
        <source>%1× (%2)</source>
        <translation>%1× (%2)</translation>
    </message>
    <message>
        <source>won %1, lost %2, open %3</source>
        <translation>выиграно %1, проиграно %2, открыто %3</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/ч</translation>
    </message>
    <message>
        <source>Negotiation statistics from %1 to %2: %3 projects.</source>
        <translation>Статистика переговоров с %1 по %2: проектов — %3.</translation>
    </message>
    <message>
        <source>Negotiation statistics to %1: %2 projects.</source>
        <translation>Статистика переговоров по %1: проектов — %2.</translation>
    </message>
    <message>
        <source>Agreed price ÷ client&apos;s first offer (median, data points):</source>
        <translation>Согласованная цена ÷ первое предложение клиента (медиана, число значений):</translation>
    </message>
    <message>
        <source>  all: %1</source>
        <translation>  все: %1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1: %2</translation>
    </message>
    <message>
        <source>Discounts on won projects:</source>
        <translation>Скидки в выигранных проектах:</translation>
    </message>
    <message>
        <source>  none yet</source>
        <translation>  пока нет</translation>
    </message>
    <message>
        <source>%1 of %2 list price</source>
        <translation>%1 от прейскурантной цены %2</translation>
    </message>
    <message>
        <source>  %1: %2 (won projects: %3): %4</source>
        <translation>  %1: %2 (выигранных проектов: %3): %4</translation>
    </message>
    <message>
        <source>  %1: %2 discounted, %3 with a counter-concession: %4</source>
        <translation>  %1: со скидкой — %2, со встречной уступкой — %3: %4</translation>
    </message>
    <message>
        <source>Win rate (agreed ÷ decided quotes):</source>
        <translation>Доля выигранных (согласованные ÷ решённые предложения):</translation>
    </message>
    <message>
        <source>  warm (referral, social media, publication): %1</source>
        <translation>  тёплые (рекомендация, соцсети, публикация): %1</translation>
    </message>
    <message>
        <source>  cold (marketplace, cold contact): %1</source>
        <translation>  холодные (биржа, холодный контакт): %1</translation>
    </message>
    <message>
        <source>Rate of the last %1 new agreements (median agreed price per estimated hour):</source>
        <translation>Ставка последних новых договорённостей (%1; медиана согласованной цены за оценённый час):</translation>
    </message>
    <message>
        <source>Effective hourly rate (received ÷ hours, extra rounds and unbilled changes at %1 h each):</source>
        <translation>Фактическая почасовая ставка (получено ÷ часы; лишние круги правок и неоплаченные изменения по %1 ч):</translation>
    </message>
    <message>
        <source>  no delivered or closed projects with estimated hours yet</source>
        <translation>  пока нет сданных или закрытых проектов с оценкой часов</translation>
    </message>
    <message>
        <source>  %1: %2 (%3 received for %4 h); floor %5, new agreements %6</source>
        <translation>  %1: %2 (получено %3 за %4 ч); минимум %5, новые договорённости %6</translation>
    </message>
    <message>
        <source>Late payment per client (stages due by today):</source>
        <translation>Просрочки оплаты по клиентам (этапы со сроком до сегодня):</translation>
    </message>
    <message>
        <source>  no stages due yet</source>
        <translation>  пока нет этапов с наступившим сроком</translation>
    </message>
    <message>
        <source>  %1: %2 of %3 stages late, %4 days late in all (per stage due: %5); overdue now: %6 days</source>
        <translation>  %1: просрочено этапов %2 из %3, всего дней просрочки: %4 (на этап: %5); просрочено сейчас: %6 дн.</translation>
    </message>
    <message>
        <source>The clients whose effective rate is under the rate of recent new agreements, with a new price, its date and a notice letter.</source>
        <translation>Клиенты, чья фактическая ставка ниже ставки недавних новых договорённостей, с новой ценой, датой её вступления и письмом-уведомлением.</translation>
    </message>
    <message>
        <source>The date is the later of today plus the profile&apos;s notice days and the end of the current contract term. --apply stores the planned price change, announced today (send the letter today), so the price_notice_due alert follows it.</source>
        <translation>Дата — позднейшая из двух: сегодня плюс срок уведомления из профиля или конец текущего срока договора. --apply сохраняет запланированное изменение цены как объявленное сегодня (отправьте письмо сегодня), и напоминание price_notice_due следит за ним.</translation>
    </message>
    <message>
        <source>Plan this client&apos;s price rise in their project.</source>
        <translation>Запланировать повышение цены для этого клиента в его проекте.</translation>
    </message>
    <message>
        <source>Language of the letters: en, fi or ru (default: the system&apos;s, else en).</source>
        <translation>Язык писем: en, fi или ru (по умолчанию — язык системы, иначе en).</translation>
    </message>
    <message>
        <source>--apply: client #%1 is not in the price-rise plan (their rate is not behind, or they have no project under way).</source>
        <translation>--apply: клиента #%1 нет в плане повышения цен (его ставка не отстаёт или у него нет текущего проекта).</translation>
    </message>
    <message>
        <source>Planned for project #%1 &quot;%2&quot;: %3 from %4, announced %5.</source>
        <translation>Запланировано для проекта #%1 «%2»: %3 с %4, объявлено %5.</translation>
    </message>
    <message>
        <source>No client&apos;s effective rate is under the rate of recent new agreements.</source>
        <translation>Ни у одного клиента фактическая ставка не ниже ставки недавних новых договорённостей.</translation>
    </message>
    <message>
        <source>%1 (#%2): %3/h against %4/h for new agreements. Project #%5 &quot;%6&quot;: %7 instead of %8 from %9.</source>
        <translation>%1 (#%2): %3/ч против %4/ч в новых договорённостях. Проект #%5 «%6»: %7 вместо %8 с %9.</translation>
    </message>
    <message>
        <source>  A rise is already planned from %1.</source>
        <translation>  Повышение уже запланировано с %1.</translation>
    </message>
    <message>
        <source>INTERACTION_ID [--kind KIND] [--lang LANG] [--mailto]</source>
        <translation>ID_ВЗАИМОДЕЙСТВИЯ [--kind ВИД] [--lang ЯЗЫК] [--mailto]</translation>
    </message>
    <message>
        <source>A letter from the log, or its mailto: link: the follow-up letter of a call or meeting (follow-up), the one reminder for a sent brief (brief-reminder), releasing the reserved time when the reminder too goes unanswered (release-slot).</source>
        <translation>Письмо из журнала или его ссылка mailto:: письмо по итогам звонка или встречи (follow-up), единственное напоминание об отправленном брифе (brief-reminder), освобождение зарезервированного времени, если и на напоминание нет ответа (release-slot).</translation>
    </message>
    <message>
        <source>follow-up (default), brief-reminder (ID: the sent brief) or release-slot (ID: the brief or its reminder).</source>
        <translation>follow-up (по умолчанию), brief-reminder (ID: отправленный бриф) или release-slot (ID: бриф или напоминание о нём).</translation>
    </message>
    <message>
        <source>--kind: &quot;%1&quot; is not one of %2.</source>
        <translation>--kind: «%1» не входит в %2.</translation>
    </message>
    <message>
        <source>Rush surcharge</source>
        <translation>Надбавка за срочность</translation>
    </message>
    <message>
        <source>What a rush costs on top of the price, 1–500 %, named in the rush counter-offer; none (or 0) for no surcharge.</source>
        <translation>Сколько срочность стоит сверх цены, 1–500 %, называется в ответе на просьбу о срочности; none (или 0) — без надбавки.</translation>
    </message>
    <message>
        <source>PROJECT_ID STAGE --out FILE.pdf [--lang LANG] [--paper a4|letter] [--issue]</source>
        <translation>ID_ПРОЕКТА ЭТАП --out ФАЙЛ.pdf [--lang ЯЗЫК] [--paper a4|letter] [--issue]</translation>
    </message>
    <message>
        <source>NUMBER --out FILE.pdf [--paper a4|letter]</source>
        <translation>НОМЕР --out ФАЙЛ.pdf [--paper a4|letter]</translation>
    </message>
    <message>
        <source>NUMBER [--date YYYY-MM-DD] [--out FILE.pdf [--paper a4|letter]]</source>
        <translation>НОМЕР [--date ГГГГ-ММ-ДД] [--out ФАЙЛ.pdf [--paper a4|letter]]</translation>
    </message>
    <message>
        <source>[--apply CLIENT_ID | --mailto CLIENT_ID] [--lang LANG] [--today YYYY-MM-DD] [--json]</source>
        <translation>[--apply ID_КЛИЕНТА | --mailto ID_КЛИЕНТА] [--lang ЯЗЫК] [--today ГГГГ-ММ-ДД] [--json]</translation>
    </message>
    <message>
        <source>Print the mailto: link of an e-mail draft of this client&apos;s notice letter.</source>
        <translation>Вывести ссылку mailto: на черновик письма-уведомления этому клиенту.</translation>
    </message>
    <message>
        <source>--apply and --mailto: choose one.</source>
        <translation>--apply и --mailto: выберите что-то одно.</translation>
    </message>
    <message>
        <source>--mailto: client #%1 is not in the price-rise plan (their rate is not behind, or they have no project under way).</source>
        <translation>--mailto: клиента #%1 нет в плане повышения цен (его ставка не отстаёт или у него нет текущего проекта).</translation>
    </message>
    <message>
        <source>Save only if the record is still at this version (&quot;show&quot; prints it); refused when it was saved by someone else since.</source>
        <translation>Сохранить, только если запись всё ещё в этой версии (её показывает «show»); отказ, если с тех пор её сохранил кто-то другой.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>FROM TO</source>
        <translation>ОТКУДА КУДА</translation>
    </message>
    <message>
        <source>Copy every record of database FROM into database TO, which holds no clients yet (a file, made when missing, or a postgresql:// URL).</source>
        <translation>Скопировать все записи базы ОТКУДА в базу КУДА, где ещё нет клиентов (файл, который создаётся при необходимости, или адрес postgresql://).</translation>
    </message>
    <message>
        <source>FROM and TO are SQLite files or PostgreSQL URLs (postgresql://user@host/db); --db is not used. The ids are kept, so &quot;export&quot; gives the same JSON from both. Nothing is written unless everything is; a file TO that did not exist is removed again then. To add records to a database that has some, use export and import.</source>
        <translation>ОТКУДА и КУДА — файлы SQLite или адреса PostgreSQL (postgresql://пользователь@сервер/база); --db не используется. Идентификаторы сохраняются, поэтому &quot;export&quot; даёт из обеих баз одинаковый JSON. Либо записывается всё, либо ничего; в последнем случае файл КУДА, которого раньше не было, снова удаляется. Чтобы добавить записи в базу, где они уже есть, используйте export и import.</translation>
    </message>
    <message>
        <source>copy: FROM and TO are the same database, %1.</source>
        <translation>copy: ОТКУДА и КУДА — одна и та же база, %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 already holds %n client(s); copy writes only into a database without any (export and import add records to one that has some).</source>
        <translation>
            <numerusform>В %1 уже есть %n клиент; copy записывает только в базу без клиентов (export и import добавляют записи в базу, где они уже есть).</numerusform>
            <numerusform>В %1 уже есть %n клиента; copy записывает только в базу без клиентов (export и import добавляют записи в базу, где они уже есть).</numerusform>
            <numerusform>В %1 уже есть %n клиентов; copy записывает только в базу без клиентов (export и import добавляют записи в базу, где они уже есть).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 Nothing was copied.</source>
        <translation>%1: %2 Ничего не скопировано.</translation>
    </message>
    <message>
        <source>Copied %1 clients, %2 projects, %3 interactions, %4 promises, %5 observations and %6 invoices from %7 to %8.</source>
        <translation>Скопировано из %7 в %8: клиентов — %1, проектов — %2, взаимодействий — %3, обещаний — %4, наблюдений — %5, счетов — %6.</translation>
    </message>
</context>
<context>
    <name>ClientStore</name>
    <message>
        <source>Name: a client needs a name.</source>
        <translation>Имя: у клиента должно быть имя.</translation>
    </message>
    <message numerus="yes">
        <source>The client has %n project(s); delete or move them first.</source>
        <translation>
            <numerusform>У клиента %n проект; сначала удалите или перенесите его.</numerusform>
            <numerusform>У клиента %n проекта; сначала удалите или перенесите их.</numerusform>
            <numerusform>У клиента %n проектов; сначала удалите или перенесите их.</numerusform>
        </translation>
    </message>
    <message>
        <source>E-mail: &quot;%1&quot; is not an address such as name@example.com.</source>
        <translation>Эл. почта: &quot;%1&quot; — не адрес вида name@example.com.</translation>
    </message>
    <message>
        <source>Contact days: tick at least one day when the client may contact you.</source>
        <translation>Дни связи: отметьте хотя бы один день, когда клиент может с вами связаться.</translation>
    </message>
    <message>
        <source>Time zone: &quot;%1&quot; is not a known time zone; choose one such as Europe/Helsinki.</source>
        <translation>Часовой пояс: &quot;%1&quot; — неизвестный часовой пояс; выберите, например, Europe/Moscow.</translation>
    </message>
</context>
<context>
    <name>ContractDocument</name>
    <message>
        <source>Service agreement</source>
        <translation>Договор возмездного оказания услуг</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>№ %1 от %2 г.</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Стороны</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Заказчик</translation>
    </message>
    <message>
        <source>The Contractor performs the work independently, as an entrepreneur, and is not in an employment relationship with the Client.</source>
        <translation>Исполнитель выполняет работу самостоятельно, как предприниматель, и не состоит с Заказчиком в трудовых отношениях.</translation>
    </message>
    <message>
        <source>Subject of the agreement</source>
        <translation>Предмет договора</translation>
    </message>
    <message>
        <source>The Client orders and the Contractor performs the work “%1”.</source>
        <translation>Заказчик поручает, а Исполнитель выполняет работу «%1».</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Объём работ</translation>
    </message>
    <message>
        <source>The price includes:</source>
        <translation>В стоимость входит:</translation>
    </message>
    <message>
        <source>Work not listed here is outside the scope of this agreement and is agreed separately (see “Revisions and changes”).</source>
        <translation>Работы, не перечисленные здесь, не входят в предмет настоящего договора и согласуются отдельно (см. «Правки и изменения»).</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>The price is fixed for the scope above. Currency: %1.</source>
        <translation>Стоимость является фиксированной для указанного объёма работ. Валюта: %1.</translation>
    </message>
    <message>
        <source>The discount is given in return for: %1.</source>
        <translation>Скидка предоставлена взамен на следующее: %1.</translation>
    </message>
    <message>
        <source>Payment in stages</source>
        <translation>Поэтапная оплата</translation>
    </message>
    <message>
        <source>The price is paid in advance, split into the stages below. Each stage is paid in full before work on it starts. The next stage is paid after the previous stage has been delivered.</source>
        <translation>Стоимость оплачивается авансом по этапам, указанным ниже. Каждый этап оплачивается полностью до начала работы по нему. Следующий этап оплачивается после сдачи предыдущего.</translation>
    </message>
    <message>
        <source>The Contractor sends an invoice for each stage. Payment by bank transfer to: %1. Payment reference: the contract number %2 and the stage number.</source>
        <translation>Исполнитель выставляет счёт на каждый этап. Оплата банковским переводом по реквизитам: %1. В назначении платежа указываются номер договора %2 и номер этапа.</translation>
    </message>
    <message>
        <source>Deadline and guarantee</source>
        <translation>Сроки и гарантия</translation>
    </message>
    <message>
        <source>The work is delivered in full by %1.</source>
        <translation>Работа сдаётся в полном объёме не позднее %1 г.</translation>
    </message>
    <message>
        <source>Each stage is delivered by the date the parties agree in writing when it is paid.</source>
        <translation>Каждый этап сдаётся к дате, которую стороны согласуют письменно при его оплате.</translation>
    </message>
    <message>
        <source>Guarantee: if the Contractor misses the deadline of a stage, the Contractor refunds %1 of the price of that stage to the Client.</source>
        <translation>Гарантия: если Исполнитель нарушает срок сдачи этапа, Исполнитель возвращает Заказчику %1 стоимости этого этапа.</translation>
    </message>
    <message>
        <source>A delay caused by the Client (late payment, materials or feedback) or by force majeure moves the deadline by the length of the delay and gives no right to a refund.</source>
        <translation>Задержка по вине Заказчика (несвоевременная оплата, материалы или обратная связь) или вследствие форс-мажора переносит срок на время задержки и не даёт права на возврат.</translation>
    </message>
    <message>
        <source>Revisions and changes</source>
        <translation>Правки и изменения</translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <source>The Contractor keeps confidential all information received from the Client under this agreement and does not disclose it to third parties.</source>
        <translation>Исполнитель сохраняет в тайне всю информацию, полученную от Заказчика по настоящему договору, и не раскрывает её третьим лицам.</translation>
    </message>
    <message>
        <source>The Contractor does not show the results of the work in a portfolio and does not name the Client as a customer without the Client&apos;s written consent. This restriction is compensated by the confidentiality surcharge of %1 included in the price.</source>
        <translation>Исполнитель не размещает результаты работы в портфолио и не называет Заказчика своим клиентом без письменного согласия Заказчика. Это ограничение компенсируется надбавкой за конфиденциальность в размере %1, включённой в стоимость.</translation>
    </message>
    <message>
        <source>The duty of confidentiality remains in force after this agreement ends.</source>
        <translation>Обязанность соблюдать конфиденциальность сохраняется и после прекращения договора.</translation>
    </message>
    <message>
        <source>Term and price changes</source>
        <translation>Срок действия и изменение цен</translation>
    </message>
    <message>
        <source>This agreement is in force for %1, from %2 to %3. It is renewed for the same term unless either party gives written notice before the term ends.</source>
        <translation>Срок действия договора — %1, с %2 г. по %3 г. Договор продлевается на тот же срок, если ни одна из сторон не заявит письменно о его прекращении до окончания срока.</translation>
    </message>
    <message>
        <source>This agreement is in force from its signing until the work has been delivered and every stage has been paid.</source>
        <translation>Договор действует с момента подписания до сдачи работы и оплаты всех этапов.</translation>
    </message>
    <message>
        <source>The Contractor announces any change of prices in writing at least %1 before it takes effect. A change of prices does not apply to stages already paid.</source>
        <translation>Исполнитель письменно уведомляет об изменении цен не менее чем за %1 до его вступления в силу. Изменение цен не распространяется на уже оплаченные этапы.</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Порядок взаимодействия</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Основной канал связи</translation>
    </message>
    <message>
        <source>Calls and messages</source>
        <translation>Звонки и сообщения</translation>
    </message>
    <message>
        <source>%1, %2–%3 (time zone %4)</source>
        <translation>%1, %2–%3 (часовой пояс %4)</translation>
    </message>
    <message>
        <source>Messages sent outside these hours are answered on the next working day. The Contractor reports progress when each stage is delivered.</source>
        <translation>На сообщения, отправленные в другое время, Исполнитель отвечает в следующий рабочий день. Исполнитель сообщает о ходе работ при сдаче каждого этапа.</translation>
    </message>
    <message>
        <source>Agreements made by phone, in a meeting or in a messenger are binding only once confirmed in writing: after each such conversation the Contractor sends a written summary, and the Client confirms it.</source>
        <translation>Договорённости, достигнутые по телефону, на встрече или в мессенджере, обязательны только после письменного подтверждения: после каждого такого разговора Исполнитель направляет письменное резюме, а Заказчик его подтверждает.</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Подписи сторон</translation>
    </message>
    <message>
        <source>The agreement takes effect when both parties have signed it. A signed copy sent electronically is as valid as the original.</source>
        <translation>Договор вступает в силу с момента его подписания обеими сторонами. Подписанная копия, переданная в электронном виде, имеет силу оригинала.</translation>
    </message>
    <message>
        <source>Place and date</source>
        <translation>Место и дата</translation>
    </message>
    <message>
        <source>Service agreement No. %1</source>
        <translation>Договор № %1</translation>
    </message>
    <message>
        <source>The price includes %1. A revision round is one consolidated list of comments from the Client on a delivered stage.</source>
        <translation>В стоимость включено: %1. Раунд правок — это один сводный список замечаний Заказчика к сданному этапу.</translation>
    </message>
    <message>
        <source>Errors of the Contractor are corrected free of charge at any time.</source>
        <translation>Ошибки Исполнителя исправляются бесплатно в любое время.</translation>
    </message>
    <message>
        <source>Changes outside the agreed scope, and revisions beyond the included rounds, are billed separately. The Contractor first states the price and deadline of the change in writing (a change order); the work starts when the Client has confirmed the change order in writing.</source>
        <translation>Изменения сверх согласованного объёма и правки сверх включённых раундов оплачиваются отдельно. Исполнитель сначала письменно сообщает стоимость и срок изменения (заказ на изменение); работа начинается после письменного подтверждения Заказчиком.</translation>
    </message>
</context>
<context>
    <name>CounterOffer</name>
    <message>
        <source>Deadline: the stages are spread up to the deadline, so set one after %1.</source>
        <translation>Срок: этапы распределяются до срока сдачи, поэтому укажите срок позже %1.</translation>
    </message>
    <message>
        <source>Stage %1 of %2</source>
        <translation>Этап %1 из %2</translation>
    </message>
    <message>
        <source>- %1: %2, paid by %3, before its work starts</source>
        <translation>- %1: %2, оплата до %3, до начала работ по этапу</translation>
    </message>
    <message>
        <source>I only work with full prepayment. But you can split it into four stages: you pay a quarter of the work, I do it, we agree on it, then you pay for the next one, and so on. Either way I reserve my time for the whole project.</source>
        <translation>Я работаю только по полной предоплате. Но её можно разделить на четыре этапа: вы оплачиваете четверть работы, я её делаю, мы её согласовываем, затем вы оплачиваете следующую часть, и так далее. В любом случае я резервирую время на весь проект.</translation>
    </message>
    <message>
        <source>Total: %1, the same as agreed; the work is done by %2.</source>
        <translation>Итого: %1, как и договаривались; работа будет готова к %2.</translation>
    </message>
    <message>
        <source>Discount: %1 is not between 0 and the price %2.</source>
        <translation>Скидка: %1 не находится между 0 и ценой %2.</translation>
    </message>
    <message>
        <source>I do not lower the price of this project for the promise of future orders: a discount has to be worth it for both of us.</source>
        <translation>Я не снижаю цену этого проекта за обещание будущих заказов: скидка должна быть выгодна нам обоим.</translation>
    </message>
    <message>
        <source>A discount of %1 would bring the price to %2, %3 per hour for %4 hours of work: %5 under my floor rate of %6 per hour. I cannot accept it.</source>
        <translation>Скидка %1 снизила бы цену до %2, то есть %3 в час за %4 ч работы: на %5 ниже моей минимальной ставки %6 в час. Я не могу на это согласиться.</translation>
    </message>
    <message>
        <source>A discount of %1 keeps the price at or above my floor rate of %2 per hour; I can give it if I get something in return.</source>
        <translation>Со скидкой %1 цена остаётся не ниже моей минимальной ставки %2 в час; я могу её дать, если получу что-то взамен.</translation>
    </message>
    <message>
        <source>The most I can take off is %1: below that, the work pays less than my floor rate of %2 per hour.</source>
        <translation>Максимум, который я могу уступить, — %1: при большей скидке работа оплачивается ниже моей минимальной ставки %2 в час.</translation>
    </message>
    <message>
        <source>Instead, I can make the scope smaller; without these, the price is about %1:</source>
        <translation>Вместо этого я могу сократить объём работ; без этих пунктов цена составит около %1:</translation>
    </message>
    <message>
        <source>If the work repeats the structure of an earlier project of ours, the repeated part costs less: about %1 instead of %2.</source>
        <translation>Если работа повторяет структуру нашего прежнего проекта, повторяемая часть стоит дешевле: около %1 вместо %2.</translation>
    </message>
    <message>
        <source>I can sign the NDA. The work then cannot go into my portfolio, so the price rises by 20–40 %: from %1 to %2–%3 (%4 to %5 more).</source>
        <translation>Я могу подписать NDA. Тогда работу нельзя будет показать в портфолио, поэтому цена вырастет на 20–40 %: с %1 до %2–%3 (на %4–%5 больше).</translation>
    </message>
    <message>
        <source>Note: the discount of %1 already given eats at least the lower surcharge of %2.</source>
        <translation>Внимание: уже предоставленная скидка %1 съедает как минимум нижнюю надбавку %2.</translation>
    </message>
    <message>
        <source>Estimated hours: an honest deadline is counted from them, so enter them.</source>
        <translation>Оценка часов: честный срок считается от неё, поэтому укажите её.</translation>
    </message>
    <message>
        <source>I name the price myself, from the work it takes. For &quot;%1&quot; it is %2.</source>
        <translation>Цену я называю сам, исходя из объёма работы. Для «%1» она составляет %2.</translation>
    </message>
    <message>
        <source>The price includes:</source>
        <translation>В цену входит:</translation>
    </message>
    <message>
        <source>Base price: %1</source>
        <translation>Базовая цена: %1</translation>
    </message>
    <message>
        <source>NDA surcharge %1 %: %2</source>
        <translation>Надбавка за NDA %1 %: %2</translation>
    </message>
    <message>
        <source>Discount: %1</source>
        <translation>Скидка: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>Revision rounds included: %1.</source>
        <translation>Включено раундов правок: %1.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Цена: %1</translation>
    </message>
    <message>
        <source>With the deadline moved from %1 to %2 I can give the discount.</source>
        <translation>Если перенести срок с %1 на %2, я могу дать эту скидку.</translation>
    </message>
    <message>
        <source>Putting this work before my other projects costs %1 % more: %2 on top of %3, %4 in all.</source>
        <translation>Если поставить эту работу впереди других моих проектов, это стоит на %1 % больше: %2 сверх %3, всего %4.</translation>
    </message>
    <message numerus="yes">
        <source>Or a longer deadline: the discount of %1 is worth about %Ln hour(s) of this work at %2 per hour.</source>
        <translation>
            <numerusform>Или более долгий срок: скидка %1 стоит около %Ln часа этой работы по %2 в час.</numerusform>
            <numerusform>Или более долгий срок: скидка %1 стоит около %Ln часов этой работы по %2 в час.</numerusform>
            <numerusform>Или более долгий срок: скидка %1 стоит около %Ln часов этой работы по %2 в час.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That is %Ln more working day(s).</source>
        <translation>
            <numerusform>Это ещё %Ln рабочий день.</numerusform>
            <numerusform>Это ещё %Ln рабочих дня.</numerusform>
            <numerusform>Это ещё %Ln рабочих дней.</numerusform>
        </translation>
    </message>
    <message>
        <source>I cannot do it today and do it well.</source>
        <translation>Сегодня сделать это хорошо невозможно.</translation>
    </message>
    <message numerus="yes">
        <source>The work takes about %Ln hour(s).</source>
        <translation>
            <numerusform>Работа займёт около %Ln часа.</numerusform>
            <numerusform>Работа займёт около %Ln часов.</numerusform>
            <numerusform>Работа займёт около %Ln часов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>That makes %Ln working day(s).</source>
        <translation>
            <numerusform>Это %Ln рабочий день.</numerusform>
            <numerusform>Это %Ln рабочих дня.</numerusform>
            <numerusform>Это %Ln рабочих дней.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>I keep %Ln day(s) in reserve for the unexpected.</source>
        <translation>
            <numerusform>Ещё %Ln день я оставляю в запасе на непредвиденное.</numerusform>
            <numerusform>Ещё %Ln дня я оставляю в запасе на непредвиденное.</numerusform>
            <numerusform>Ещё %Ln дней я оставляю в запасе на непредвиденное.</numerusform>
        </translation>
    </message>
    <message>
        <source>The earliest deadline I can promise honestly is %1.</source>
        <translation>Самый ранний срок, который я могу честно обещать, — %1.</translation>
    </message>
</context>
<context>
    <name>CreditorReference</name>
    <message>
        <source>&quot;%1&quot; cannot be the body of an RF reference: it needs 1–21 letters or digits.</source>
        <translation>«%1» не может быть основой RF-ссылки: нужно 1–21 букв или цифр.</translation>
    </message>
</context>
<context>
    <name>Csv</name>
    <message>
        <source>line %1: unexpected text after a closing quote; a quote inside a quoted field is written as two quotes (&quot;&quot;).</source>
        <translation>строка %1: лишний текст после закрывающей кавычки; кавычка внутри поля в кавычках записывается как две кавычки (&quot;&quot;).</translation>
    </message>
    <message>
        <source>line %1: a quote inside an unquoted field; put the whole field in quotes and write the quote twice (&quot;&quot;).</source>
        <translation>строка %1: кавычка внутри поля без кавычек; заключите всё поле в кавычки, а саму кавычку удвойте (&quot;&quot;).</translation>
    </message>
    <message>
        <source>line %1: the quoted field that starts here is never closed.</source>
        <translation>строка %1: поле в кавычках, которое начинается здесь, нигде не закрывается.</translation>
    </message>
    <message>
        <source>This build of Qt cannot read %1 text. Save the file as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Эта сборка Qt не умеет читать текст в %1. Сохраните файл как &quot;CSV UTF-8&quot; и попробуйте снова.</translation>
    </message>
    <message>
        <source>line %1: the text is not valid UTF-8. Save the file as &quot;CSV UTF-8&quot;, or choose its encoding (Windows-1252 or Windows-1251), and try again.</source>
        <translation>строка %1: текст не является корректным UTF-8. Сохраните файл как &quot;CSV UTF-8&quot; или выберите его кодировку (Windows-1252 или Windows-1251) и попробуйте снова.</translation>
    </message>
    <message>
        <source>This build of Qt cannot write %1 text; choose UTF-8.</source>
        <translation>Эта сборка Qt не умеет записывать текст в %1; выберите UTF-8.</translation>
    </message>
    <message>
        <source>line %1, column %2: &quot;%3&quot; cannot be written in %4; choose UTF-8.</source>
        <translation>строка %1, столбец %2: &quot;%3&quot; нельзя записать в %4; выберите UTF-8.</translation>
    </message>
</context>
<context>
    <name>CsvExchange</name>
    <message>
        <source>line %1: %2</source>
        <translation>строка %1: %2</translation>
    </message>
    <message>
        <source>line %1: %2: %3</source>
        <translation>строка %1: %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2.</source>
        <translation>&quot;%1&quot; — не одно из значений: %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date in the form YYYY-MM-DD.</source>
        <translation>&quot;%1&quot; — не дата в формате ГГГГ-ММ-ДД.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time in the form HH:MM.</source>
        <translation>&quot;%1&quot; — не время в формате ЧЧ:ММ.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a whole number of 0 or more.</source>
        <translation>&quot;%1&quot; — не целое неотрицательное число.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not yes or no.</source>
        <translation>&quot;%1&quot; — не yes и не no.</translation>
    </message>
    <message>
        <source>Stages are imported with their project, not from CSV.</source>
        <translation>Этапы импортируются вместе с проектом, а не из CSV.</translation>
    </message>
    <message>
        <source>line 1: the file is empty; the first line must name the columns.</source>
        <translation>строка 1: файл пуст; первая строка должна содержать названия столбцов.</translation>
    </message>
    <message>
        <source>line %1: unknown column &quot;%2&quot;; the columns are %3.</source>
        <translation>строка %1: неизвестный столбец &quot;%2&quot;; допустимые столбцы: %3.</translation>
    </message>
    <message>
        <source>line %1: the column &quot;%2&quot; appears twice.</source>
        <translation>строка %1: столбец &quot;%2&quot; указан дважды.</translation>
    </message>
    <message>
        <source>line %1: the column &quot;%2&quot; is missing.</source>
        <translation>строка %1: нет столбца &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>line %1: a &quot;client&quot; (name) or &quot;client_id&quot; column is needed.</source>
        <translation>строка %1: нужен столбец &quot;client&quot; (имя) или &quot;client_id&quot;.</translation>
    </message>
    <message>
        <source>line %1: %2 fields where the header has %3.</source>
        <translation>строка %1: полей — %2, а в заголовке — %3.</translation>
    </message>
    <message>
        <source>a client needs a name.</source>
        <translation>у клиента должно быть имя.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone such as Europe/Helsinki.</source>
        <translation>&quot;%1&quot; — не часовой пояс вида Europe/Moscow.</translation>
    </message>
    <message>
        <source>there is no client with the id &quot;%1&quot;.</source>
        <translation>нет клиента с id &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>there is no client named &quot;%1&quot;; import the clients first.</source>
        <translation>нет клиента с именем &quot;%1&quot;; сначала импортируйте клиентов.</translation>
    </message>
    <message>
        <source>every project needs its client.</source>
        <translation>у каждого проекта должен быть клиент.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter ISO 4217 code.</source>
        <translation>&quot;%1&quot; — не трёхбуквенный код ISO 4217.</translation>
    </message>
    <message>
        <source>several clients are named &quot;%1&quot;; use a client_id column instead.</source>
        <translation>несколько клиентов с именем &quot;%1&quot;; используйте вместо этого столбец client_id.</translation>
    </message>
    <message>
        <source>line %1: %2 columns are mapped where the header has %3.</source>
        <translation>строка %1: сопоставлено столбцов — %2, а в заголовке — %3.</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; is not a field; the fields are %3.</source>
        <translation>строка %1: &quot;%2&quot; — не поле; допустимые поля: %3.</translation>
    </message>
    <message>
        <source>line %1: two columns go into &quot;%2&quot;; choose it for one only.</source>
        <translation>строка %1: в поле &quot;%2&quot; попадают два столбца; выберите его только для одного из них.</translation>
    </message>
    <message>
        <source>No column goes into &quot;%1&quot;; choose it for the column that holds it.</source>
        <translation>Ни один столбец не попадает в поле &quot;%1&quot;; выберите это поле для столбца, в котором оно содержится.</translation>
    </message>
    <message>
        <source>No column goes into &quot;client&quot; (name) or &quot;client_id&quot;; every project needs its client.</source>
        <translation>Ни один столбец не попадает в поле &quot;client&quot; (имя) или &quot;client_id&quot;; у каждого проекта должен быть клиент.</translation>
    </message>
    <message>
        <source>line %1: there are no rows below the header; nothing to import.</source>
        <translation>строка %1: под заголовком нет ни одной строки; импортировать нечего.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount such as 1 234,50.</source>
        <translation>&quot;%1&quot; — не сумма вида 1 234,50.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>Cannot open %1: it is a folder, not a database file.</source>
        <translation>Не удаётся открыть %1: это папка, а не файл базы данных.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the database.</source>
        <translation>Не удаётся создать папку %1 для базы данных.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Не удаётся открыть %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by a newer version of Neuvo (schema %2, this version knows up to %3). Update Neuvo to open it; the file was not changed.</source>
        <translation>Не удаётся открыть %1: файл создан более новой версией Neuvo (схема %2, эта версия поддерживает схемы до %3). Обновите Neuvo, чтобы открыть его; файл не изменён.</translation>
    </message>
    <message>
        <source>Cannot open %1: it is an SQLite database of another program, not a Neuvo database.</source>
        <translation>Не удаётся открыть %1: это база данных SQLite другой программы, а не база данных Neuvo.</translation>
    </message>
    <message>
        <source>Cannot upgrade %1: %2</source>
        <translation>Не удаётся обновить %1: %2</translation>
    </message>
    <message>
        <source>schema step %1 failed: %2</source>
        <translation>шаг %1 обновления схемы не выполнен: %2</translation>
    </message>
    <message>
        <source>Cannot start a change: %1</source>
        <translation>Не удаётся начать изменение: %1</translation>
    </message>
    <message>
        <source>Database error: %1</source>
        <translation>Ошибка базы данных: %1</translation>
    </message>
    <message>
        <source>%1 #%2 does not exist.</source>
        <translation>%1 № %2 не существует.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Правка</translation>
    </message>
    <message>
        <source>Interaction</source>
        <translation>Взаимодействие</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обещание</translation>
    </message>
    <message>
        <source>Observation</source>
        <translation>Наблюдение</translation>
    </message>
    <message>
        <source>Cannot open %1: the file does not exist.</source>
        <translation>Не удаётся открыть %1: файл не существует.</translation>
    </message>
    <message>
        <source>it was opened read-only</source>
        <translation>его открыли в режиме только для чтения</translation>
    </message>
    <message>
        <source>Cannot create %1: the folder %2 is not writable.</source>
        <translation>Не удаётся создать %1: нет прав на запись в папку %2.</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>нет прав на запись в файл</translation>
    </message>
    <message>
        <source>its folder %1 is not writable</source>
        <translation>нет прав на запись в его папку %1</translation>
    </message>
    <message>
        <source>another Neuvo has it open (process %1 on %2)</source>
        <translation>он открыт в другом экземпляре Neuvo (процесс %1 на %2)</translation>
    </message>
    <message>
        <source>another Neuvo has it open</source>
        <translation>он открыт в другом экземпляре Neuvo</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Не удаётся создать %1: %2.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Не удаётся создать %1: %2</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes) although it has backups; it was probably cut off by a crash or a full disk</source>
        <translation>файл пуст (0 байт), хотя у него есть резервные копии; вероятно, он был обрезан из-за сбоя или переполнения диска</translation>
    </message>
    <message>
        <source>the file is empty (0 bytes) but its -wal journal is not</source>
        <translation>файл пуст (0 байт), а его журнал -wal — нет</translation>
    </message>
    <message>
        <source>its first %1 bytes are zeros where the database header belongs; the file is damaged</source>
        <translation>на месте заголовка базы данных первые %1 байт — нули; файл повреждён</translation>
    </message>
    <message>
        <source>the file is not a Neuvo database</source>
        <translation>файл не является базой данных Neuvo</translation>
    </message>
    <message>
        <source>the file ends inside its header (%1 bytes); it was cut off</source>
        <translation>файл обрывается внутри заголовка (%1 байт); он обрезан</translation>
    </message>
    <message>
        <source>the file is shorter than its header says (%1 of %2 bytes); it was cut off, probably by a crash or a full disk</source>
        <translation>файл короче, чем указано в его заголовке (%1 из %2 байт); он обрезан, вероятно, из-за сбоя или переполнения диска</translation>
    </message>
    <message>
        <source>SQLite cannot open it (%1)</source>
        <translation>SQLite не может его открыть (%1)</translation>
    </message>
    <message>
        <source>the file is not a Neuvo database (%1)</source>
        <translation>файл не является базой данных Neuvo (%1)</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>файл повреждён (%1)</translation>
    </message>
    <message>
        <source>SQLite found damage in it (%1)</source>
        <translation>SQLite обнаружил в нём повреждения (%1)</translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by an older version of Neuvo and must be upgraded, which needs write access, but %2.</source>
        <translation>Не удаётся открыть %1: файл создан более старой версией Neuvo и должен быть обновлён, а для этого нужен доступ на запись, но %2.</translation>
    </message>
    <message>
        <source>Cannot back up %1 before upgrading it; nothing was changed. %2</source>
        <translation>Не удаётся создать резервную копию %1 перед обновлением; ничего не изменено. %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2. The file was not changed.</source>
        <translation>Не удаётся открыть %1: %2. Файл не изменён.</translation>
    </message>
    <message>
        <source>The newest good backup is %1 (made %2). Restore it with &quot;neuvo-cli --db %3 restore %1&quot;.</source>
        <translation>Самая новая исправная резервная копия — %1 (создана %2). Восстановите её командой &quot;neuvo-cli --db %3 restore %1&quot;.</translation>
    </message>
    <message>
        <source>%1 is open read-only because %2: the change was not saved.</source>
        <translation>Файл %1 открыт только для чтения, потому что %2: изменение не сохранено.</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>база данных</translation>
    </message>
    <message>
        <source>The disk is full: the change to %1 was not saved and the database is as it was before. Free some space on the disk and try again.</source>
        <translation>Диск переполнен: изменение не сохранено, база данных осталась в прежнем состоянии (%1). Освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <source>The disk reported an error while writing %1 (%2): the change was not saved. Check that the disk or network drive is still connected and try again; if it keeps failing, copy your backups to another disk.</source>
        <translation>При записи произошла ошибка диска (%1: %2): изменение не сохранено. Проверьте, подключён ли ещё диск или сетевой диск, и повторите попытку; если ошибка повторяется, скопируйте резервные копии на другой диск.</translation>
    </message>
    <message>
        <source>%1 is busy: another program is using it. The change was not saved; close the other program or wait a moment, then try again.</source>
        <translation>База данных занята другой программой (%1). Изменение не сохранено; закройте другую программу или немного подождите и повторите попытку.</translation>
    </message>
    <message>
        <source>%1 is open read-only, so the change was not saved. To change it, close any other Neuvo that has it open and make sure the file and its folder are writable, then open it again.</source>
        <translation>База данных открыта только для чтения (%1), поэтому изменение не сохранено. Чтобы вносить изменения, закройте другие экземпляры Neuvo, в которых она открыта, убедитесь, что файл и его папка доступны для записи, и откройте её снова.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2): the change was not saved. Run &quot;neuvo-cli check&quot; and restore the newest good backup.</source>
        <translation>База данных повреждена (%1: %2): изменение не сохранено. Выполните &quot;neuvo-cli check&quot; и восстановите самую новую исправную резервную копию.</translation>
    </message>
    <message>
        <source>Cannot open %1 (%2): check that the file and its folder still exist and are accessible.</source>
        <translation>Не удаётся открыть базу данных (%1: %2): проверьте, что файл и его папка по-прежнему существуют и доступны.</translation>
    </message>
    <message>
        <source>Cannot open %1: give the database as a file path; SQLite URIs (file:…) are not accepted.</source>
        <translation>Не удаётся открыть %1: укажите базу данных как путь к файлу; URI SQLite (file:…) не принимаются.</translation>
    </message>
    <message>
        <source>its lock file %1 cannot be created</source>
        <translation>не удаётся создать его файл блокировки %1</translation>
    </message>
    <message>
        <source>Cannot read %1: the disk is full (%2 free). SQLite needs a little room even to read a database, for its -wal and -shm files. Nothing is wrong with the file itself: free some space on the disk and try again.</source>
        <translation>Не удаётся прочитать %1: диск переполнен (свободно %2). SQLite нужно немного места даже для чтения базы данных — для файлов -wal и -shm. С самим файлом всё в порядке: освободите место на диске и повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot read %1: the disk reported an error (%2). This says nothing about the file itself: check that the disk or network drive is connected and has free space, then try again.</source>
        <translation>Не удаётся прочитать %1: диск сообщил об ошибке (%2). О самом файле это ничего не говорит: проверьте, что диск или сетевой диск подключён и на нём есть свободное место, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot read %1: another program holds it locked. Close the other program or wait a moment, then try again.</source>
        <translation>Не удаётся прочитать %1: файл заблокирован другой программой. Закройте её или подождите немного, затем повторите попытку.</translation>
    </message>
    <message>
        <source>Cannot read %1 (%2): check that the file and its folder exist and that you may read them.</source>
        <translation>Не удаётся прочитать %1 (%2): проверьте, что файл и его папка существуют и у вас есть право их читать.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: its schema cannot be read (%2).</source>
        <translation>Не удаётся открыть %1: не удаётся прочитать его схему (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n more difference(s).</source>
        <translation>
            <numerusform>Ещё %n различие.</numerusform>
            <numerusform>Ещё %n различия.</numerusform>
            <numerusform>Ещё %n различий.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot open %1: its schema is not Neuvo&apos;s. %2 Another program or a person changed the file; Neuvo does not work on it, since such an object would act on every change Neuvo makes. The file was not changed. &quot;neuvo-cli --db %1 check --full&quot; lists every difference.</source>
        <translation>Не удаётся открыть %1: его схема не совпадает со схемой Neuvo. %2 Файл изменила другая программа или человек; Neuvo не работает с таким файлом, потому что такой объект срабатывал бы при каждом изменении, которое вносит Neuvo. Файл не изменён. Все различия перечисляет команда &quot;neuvo-cli --db %1 check --full&quot;.</translation>
    </message>
    <message>
        <source>If you did not add it on purpose, remove it with the sqlite3 program: sqlite3 &apos;%1&apos; &apos;%2&apos;</source>
        <translation>Если вы не добавляли его намеренно, удалите его программой sqlite3: sqlite3 &apos;%1&apos; &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Or restore the newest good backup, %1 (made %2), with &quot;neuvo-cli --db %3 restore %1&quot;.</source>
        <translation>Или восстановите самую новую исправную резервную копию %1 (создана %2) командой &quot;neuvo-cli --db %3 restore %1&quot;.</translation>
    </message>
    <message>
        <source>%1 #%2</source>
        <translation>%1 № %2</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Cannot open %1: it is not a valid server URL (%2).</source>
        <translation>Не удаётся открыть %1: это неправильный URL-адрес сервера (%2).</translation>
    </message>
    <message>
        <source>Cannot open %1: give the password in ~/.pgpass or the PGPASSWORD environment variable, not in the URL.</source>
        <translation>Не удаётся открыть %1: укажите пароль в файле ~/.pgpass или в переменной окружения PGPASSWORD, а не в URL-адресе.</translation>
    </message>
    <message>
        <source>Cannot open %1: the URL must name the database, as in postgresql://user@host/neuvo.</source>
        <translation>Не удаётся открыть %1: в URL-адресе должно быть указано имя базы данных, например postgresql://user@host/neuvo.</translation>
    </message>
    <message>
        <source>Cannot open %1: Qt&apos;s PostgreSQL driver (QPSQL) is not installed; on Debian install the package libqt6sql6-psql.</source>
        <translation>Не удаётся открыть %1: драйвер PostgreSQL для Qt (QPSQL) не установлен; в Debian установите пакет libqt6sql6-psql.</translation>
    </message>
    <message>
        <source>Cannot open %1: the parameter &quot;%2&quot; cannot be passed on to the server.</source>
        <translation>Не удаётся открыть %1: параметр «%2» нельзя передать серверу.</translation>
    </message>
    <message>
        <source>Cannot connect to %1: %2</source>
        <translation>Не удаётся подключиться к %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: it was written by a newer version of Neuvo (schema %2, this version knows up to %3). Update Neuvo to open it; the database was not changed.</source>
        <translation>Не удаётся открыть %1: база данных записана более новой версией Neuvo (схема %2, эта версия знает схемы до %3). Обновите Neuvo, чтобы открыть её; база данных не изменена.</translation>
    </message>
    <message>
        <source>Cannot open %1: the database holds tables of another program; give Neuvo a database of its own.</source>
        <translation>Не удаётся открыть %1: в базе данных есть таблицы другой программы; выделите Neuvo собственную базу данных.</translation>
    </message>
    <message>
        <source>Cannot open %1: its schema is not Neuvo&apos;s. %2 The database was not changed.</source>
        <translation>Не удаётся открыть %1: схема базы данных не совпадает со схемой Neuvo. %2 База данных не изменена.</translation>
    </message>
    <message>
        <source>Cannot read the table %1: %2</source>
        <translation>Не удаётся прочитать таблицу %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the backup.</source>
        <translation>Не удаётся создать папку %1 для резервной копии.</translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost while the change was being committed (%2): it may or may not have been saved. Look at the record again, then repeat the change if it is missing.</source>
        <translation>Соединение с сервером базы %1 прервалось в момент сохранения изменения (%2): оно могло сохраниться, а могло и нет. Проверьте запись и повторите изменение, если его нет.</translation>
    </message>
    <message>
        <source>Cannot listen for other programs&apos; changes to %1: %2</source>
        <translation>Не удаётся следить за изменениями, которые другие программы вносят в %1: %2</translation>
    </message>
    <message>
        <source>the server closed it</source>
        <translation>сервер закрыл его</translation>
    </message>
    <message>
        <source>The connection to the server of %1 was lost (%2): nothing of this change was saved, the server keeps everything as it was before it. Neuvo connects again on the next step: try again once the server is reachable.</source>
        <translation>Соединение с сервером базы %1 прервалось (%2): ничего из этого изменения не сохранено, на сервере всё осталось как было. Neuvo подключится заново при следующем действии: повторите попытку, когда сервер снова станет доступен.</translation>
    </message>
</context>
<context>
    <name>DatabaseLock</name>
    <message>
        <source>%1 is open in this Neuvo; close it first.</source>
        <translation>Файл %1 открыт в этом экземпляре Neuvo; сначала закройте его.</translation>
    </message>
    <message>
        <source>%1 is already open in another Neuvo (process %2 on %3). Close it there first, or open the file read-only.</source>
        <translation>Файл %1 уже открыт в другом экземпляре Neuvo (процесс %2 на %3). Сначала закройте его там или откройте файл только для чтения.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>этом компьютере</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 beside %2: the folder is not writable.</source>
        <translation>Не удаётся создать файл блокировки %1 рядом с %2: нет прав на запись в папку.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 beside %2.</source>
        <translation>Не удаётся создать файл блокировки %1 рядом с %2.</translation>
    </message>
    <message>
        <source>%1 is already open in another Neuvo, possibly under another name (a link to the same file). Close it there first, or open the file read-only.</source>
        <translation>Файл %1 уже открыт в другом экземпляре Neuvo, возможно под другим именем (по ссылке на тот же файл). Сначала закройте его там или откройте файл только для чтения.</translation>
    </message>
    <message>
        <source>Cannot create the lock file %1 beside %2: the disk is full (%3 free).</source>
        <translation>Не удаётся создать файл блокировки %1 рядом с %2: диск переполнен (свободно %3).</translation>
    </message>
</context>
<context>
    <name>DeletedRecords</name>
    <message>
        <source>client “%1”</source>
        <translation>клиент «%1»</translation>
    </message>
    <message>
        <source>%1 clients</source>
        <translation>клиентов: %1</translation>
    </message>
    <message>
        <source>project “%1”</source>
        <translation>проект «%1»</translation>
    </message>
    <message>
        <source>projects: %1</source>
        <translation>проектов: %1</translation>
    </message>
    <message>
        <source>interactions: %1</source>
        <translation>взаимодействий: %1</translation>
    </message>
    <message>
        <source>promises: %1</source>
        <translation>обещаний: %1</translation>
    </message>
    <message>
        <source>observations: %1</source>
        <translation>наблюдений: %1</translation>
    </message>
    <message>
        <source>interaction “%1”</source>
        <translation>взаимодействие «%1»</translation>
    </message>
    <message>
        <source>promise “%1”</source>
        <translation>обещание «%1»</translation>
    </message>
</context>
<context>
    <name>DemoData</name>
    <message>
        <source>The demo data needs an open database.</source>
        <translation>Для демонстрационных данных нужна открытая база данных.</translation>
    </message>
    <message>
        <source>The demo data needs a valid date for today.</source>
        <translation>Для демонстрационных данных нужна корректная текущая дата.</translation>
    </message>
    <message>
        <source>%1 already holds clients (%2); demo data is only written into an empty database.</source>
        <translation>В %1 уже есть клиенты (%2); демонстрационные данные записываются только в пустую базу данных.</translation>
    </message>
    <message>
        <source>The demo data places dates from two years before %1 to three months after it; choose a day between 0003-01-01 and 9999-09-30.</source>
        <translation>Даты демонстрационных данных охватывают период от двух лет до %1 до трёх месяцев после этого дня; выберите день между 0003-01-01 и 9999-09-30.</translation>
    </message>
</context>
<context>
    <name>DesktopAnnouncer</name>
    <message>
        <source>the database is open read-only because %1; notifications are left to the Neuvo that writes it</source>
        <translation>база данных открыта только для чтения, потому что %1; уведомления остаются за той Neuvo, которая в неё записывает</translation>
    </message>
    <message>
        <source>desktop notifications are turned off (Preferences → Reminders)</source>
        <translation>уведомления на рабочем столе выключены (Параметры → Напоминания)</translation>
    </message>
    <message>
        <source>it is outside your working hours; they wait until %1</source>
        <translation>сейчас нерабочее время; они подождут до %1</translation>
    </message>
    <message>
        <source>no desktop notification service answered (%1)</source>
        <translation>служба уведомлений рабочего стола не ответила (%1)</translation>
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
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n revision round(s)</source>
        <translation>
            <numerusform>%n раунд правок</numerusform>
            <numerusform>%n раунда правок</numerusform>
            <numerusform>%n раундов правок</numerusform>
        </translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>электронная почта</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>телефон</translation>
    </message>
    <message>
        <source>messenger</source>
        <translation>мессенджер</translation>
    </message>
    <message>
        <source>meetings</source>
        <translation>личные встречи</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Base price for the scope above</source>
        <translation>Базовая стоимость указанного объёма работ</translation>
    </message>
    <message>
        <source>Confidentiality (NDA) surcharge, %1 of the base price</source>
        <translation>Надбавка за конфиденциальность (NDA), %1 от базовой стоимости</translation>
    </message>
    <message>
        <source>Discount, %1</source>
        <translation>Скидка, %1</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Total price</source>
        <translation>Итоговая стоимость</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Позиция</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>on signing</source>
        <translation>при подписании</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>Payment due</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Банковские реквизиты</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Номер плательщика НДС</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Рег. номер</translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>The %1 catalogue of the documents (%2) is missing from this build.</source>
        <translation>Каталог перевода документов для языка %1 (%2) отсутствует в этой сборке.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a document language; use one of: %2.</source>
        <translation>«%1» — не язык документов; используйте один из: %2.</translation>
    </message>
    <message>
        <source>MMMM d, yyyy</source>
        <extracomment>QDate::toString format of a date in the text of a printed document. MMMM is the month name as used after a day number.</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>MMM d, yyyy</source>
        <extracomment>QDate::toString format of a date in a table of a printed document.</extracomment>
        <translation>dd.MM.yyyy</translation>
    </message>
</context>
<context>
    <name>DocumentLoader</name>
    <message>
        <source>A follow-up letter is printed from an interaction, not from a project.</source>
        <translation>Письмо по итогам печатается из взаимодействия, а не из проекта.</translation>
    </message>
    <message>
        <source>No brief sent before the reminder #%1 about the same project: the time is released for a brief that went unanswered.</source>
        <translation>До напоминания №%1 по тому же проекту бриф не отправлялся: время освобождают, когда на бриф не ответили.</translation>
    </message>
    <message>
        <source>No reminder after the brief #%1: send the one reminder first (the letter &quot;brief-reminder&quot;), and release the time only when it too goes unanswered.</source>
        <translation>После брифа №%1 нет напоминания: сначала отправьте одно напоминание (письмо «brief-reminder») и освобождайте время, только если и на него не ответят.</translation>
    </message>
    <message>
        <source>Interaction #%1 is neither a sent brief nor a reminder: the time is released after both went unanswered.</source>
        <translation>Взаимодействие №%1 — не отправленный бриф и не напоминание: время освобождают, когда не ответили ни на то, ни на другое.</translation>
    </message>
</context>
<context>
    <name>DocumentRenderer</name>
    <message>
        <source>There is no document to print.</source>
        <translation>Нет документа для печати.</translation>
    </message>
    <message>
        <source>Cannot start printing: the printer or file refused to open.</source>
        <translation>Не удаётся начать печать: принтер или файл не открывается.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>Page footer of a printed document: &quot;Page 1 of 3&quot;.</extracomment>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>Cannot start page %1 on the printer or file.</source>
        <translation>Не удаётся начать страницу %1 на принтере или в файле.</translation>
    </message>
    <message>
        <source>Printing did not finish.</source>
        <translation>Печать не завершилась.</translation>
    </message>
</context>
<context>
    <name>DocumentRequirements</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Банковские реквизиты</translation>
    </message>
    <message>
        <source>Profile → %1</source>
        <extracomment>Where a missing value is filled in: &quot;Profile → Bank details&quot;.</extracomment>
        <translation>Профиль → %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A missing profile field and where to fill it: &quot;Bank details (Profile → Bank details)&quot;.</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The contract needs details that are missing from your profile: %1.</source>
        <translation>Для договора нужны данные, которых нет в вашем профиле: %1.</translation>
    </message>
    <message>
        <source>The quote needs details that are missing from your profile: %1.</source>
        <translation>Для коммерческого предложения нужны данные, которых нет в вашем профиле: %1.</translation>
    </message>
    <message>
        <source>The invoice needs details that are missing from your profile: %1.</source>
        <translation>Для счёта нужны данные, которых нет в вашем профиле: %1.</translation>
    </message>
    <message>
        <source>The letter needs details that are missing from your profile: %1.</source>
        <translation>Для письма нужны данные, которых нет в вашем профиле: %1.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be printed: %2</source>
        <translation>Проект «%1» нельзя распечатать: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no payment stages. Contracts, quotes and invoices show the stage plan: add the stages under Project → Stages.</source>
        <translation>У проекта «%1» нет этапов оплаты. Договор, предложение и счёт содержат план этапов: добавьте этапы в разделе Проект → Этапы.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no stage %2; its stages are numbered 1 to %3.</source>
        <translation>У проекта «%1» нет этапа %2; его этапы пронумерованы от 1 до %3.</translation>
    </message>
    <message>
        <source>The interaction of %1 has no summary: write down what was agreed before sending the letter.</source>
        <translation>У контакта с клиентом %1 нет резюме: запишите, о чём договорились, прежде чем отправлять письмо.</translation>
    </message>
</context>
<context>
    <name>Enum</name>
    <message>
        <source>Individual</source>
        <translation>Частное лицо</translation>
    </message>
    <message>
        <source>Small business</source>
        <translation>Малый бизнес</translation>
    </message>
    <message>
        <source>Large company</source>
        <translation>Крупная компания</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Агентство</translation>
    </message>
    <message>
        <source>Referral</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Соцсети</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Публикация</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>Биржа фриланса</translation>
    </message>
    <message>
        <source>Cold contact</source>
        <translation>Холодный контакт</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Другое</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>Потенциальный</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Активный</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Бывший</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Отклонён</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Встреча</translation>
    </message>
    <message>
        <source>Inbound</source>
        <translation>Входящее</translation>
    </message>
    <message>
        <source>Outbound</source>
        <translation>Исходящее</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Общее</translation>
    </message>
    <message>
        <source>Status request</source>
        <translation>Запрос статуса</translation>
    </message>
    <message>
        <source>Discount request</source>
        <translation>Запрос скидки</translation>
    </message>
    <message>
        <source>Free test request</source>
        <translation>Запрос бесплатного теста</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договорённость</translation>
    </message>
    <message>
        <source>Brief sent</source>
        <translation>Бриф отправлен</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>Напоминание</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Заявка</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>Переговоры</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласован</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Сдан</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыт</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Отменён</translation>
    </message>
    <message>
        <source>No discount</source>
        <translation>Без скидки</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Процент</translation>
    </message>
    <message>
        <source>Change (out of scope)</source>
        <translation>Изменение (сверх объёма)</translation>
    </message>
    <message>
        <source>Treats work as a favour</source>
        <translation>Даёт работу как одолжение</translation>
    </message>
    <message>
        <source>Blames previous contractors</source>
        <translation>Винит прежних исполнителей</translation>
    </message>
    <message>
        <source>Pays in promises</source>
        <translation>Платит обещаниями</translation>
    </message>
    <message>
        <source>Manipulates, no compromise</source>
        <translation>Манипулирует, без компромиссов</translation>
    </message>
    <message>
        <source>Full load at a low price</source>
        <translation>Полная загрузка за низкую цену</translation>
    </message>
    <message>
        <source>Unrealistic expectations</source>
        <translation>Нереалистичные ожидания</translation>
    </message>
    <message>
        <source>Demoralizing demands</source>
        <translation>Изматывающие требования</translation>
    </message>
    <message>
        <source>Devalues the work</source>
        <translation>Обесценивает работу</translation>
    </message>
    <message>
        <source>Seeks free work</source>
        <translation>Хочет работу бесплатно</translation>
    </message>
    <message>
        <source>Bad product</source>
        <translation>Плохой продукт</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Серьёзно</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Норма</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Осторожно</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Отказать</translation>
    </message>
    <message>
        <source>Round (in scope)</source>
        <translation>Круг правок (в рамках объёма)</translation>
    </message>
    <message>
        <source>My error (free)</source>
        <translation>Моя ошибка (бесплатно)</translation>
    </message>
    <message>
        <source>Client flag</source>
        <translation>Сигнал о клиенте</translation>
    </message>
    <message>
        <source>Your alert</source>
        <translation>Ваше напоминание</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Счёт на оплату</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Кредит-нота</translation>
    </message>
    <message>
        <source>Registered for VAT</source>
        <translation>Плательщик НДС</translation>
    </message>
    <message>
        <source>Not registered for VAT</source>
        <translation>Не плательщик НДС</translation>
    </message>
    <message>
        <source>No VAT for another reason</source>
        <translation>Без НДС по иной причине</translation>
    </message>
</context>
<context>
    <name>EpcPayment</name>
    <message>
        <source>The payment QR code needs a valid IBAN; &quot;%1&quot; is not one.</source>
        <translation>Для платёжного QR-кода нужен действительный IBAN; «%1» им не является.</translation>
    </message>
    <message>
        <source>The payment QR code needs the payee&apos;s name in 1–70 characters.</source>
        <translation>Для платёжного QR-кода нужно имя получателя длиной 1–70 символов.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a BIC: it has 8 or 11 characters.</source>
        <translation>«%1» не является BIC: в нём 8 или 11 символов.</translation>
    </message>
    <message>
        <source>The amount of a payment QR code is between 0.01 and 999 999 999.99 euros.</source>
        <translation>Сумма в платёжном QR-коде — от 0,01 до 999 999 999,99 евро.</translation>
    </message>
    <message>
        <source>A payment QR code has either a reference or a message, not both.</source>
        <translation>В платёжном QR-коде либо ссылка, либо сообщение, но не оба.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RF creditor reference.</source>
        <translation>«%1» не является RF-ссылкой кредитора.</translation>
    </message>
    <message>
        <source>The message of a payment QR code is too long.</source>
        <translation>Сообщение платёжного QR-кода слишком длинное.</translation>
    </message>
    <message>
        <source>The payment QR code would hold %1 bytes; at most %2 fit.</source>
        <translation>Платёжный QR-код содержал бы %1 байт; помещается не более %2.</translation>
    </message>
    <message>
        <source>This is not the QR code of a SEPA credit transfer in UTF-8.</source>
        <translation>Это не QR-код перевода SEPA в кодировке UTF-8.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in euros.</source>
        <translation>«%1» не является суммой в евро.</translation>
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
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>массив</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объект</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>нет значения</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problem(s).</source>
        <translation>
            <numerusform>… и ещё %n ошибка.</numerusform>
            <numerusform>… и ещё %n ошибки.</numerusform>
            <numerusform>… и ещё %n ошибок.</numerusform>
        </translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>неизвестный ключ</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>не может быть null</translation>
    </message>
    <message>
        <source>expected %1, not %2</source>
        <translation>ожидается %1, получено: %2</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>не может быть пустым</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>%1 is not a whole number</source>
        <translation>%1 — не целое число</translation>
    </message>
    <message>
        <source>%1 is less than %2</source>
        <translation>%1 меньше %2</translation>
    </message>
    <message>
        <source>%1 is too large</source>
        <translation>значение %1 слишком велико</translation>
    </message>
    <message>
        <source>%1 is outside %2–%3</source>
        <translation>%1 вне диапазона %2–%3</translation>
    </message>
    <message>
        <source>a date string</source>
        <translation>строка с датой</translation>
    </message>
    <message>
        <source>%1 is not a date (YYYY-MM-DD)</source>
        <translation>%1 — не дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>a time string</source>
        <translation>строка со временем</translation>
    </message>
    <message>
        <source>%1 is not a time (HH:MM)</source>
        <translation>%1 — не время (ЧЧ:ММ)</translation>
    </message>
    <message>
        <source>a timestamp string</source>
        <translation>строка с меткой времени</translation>
    </message>
    <message>
        <source>%1 is not a UTC timestamp (YYYY-MM-DDTHH:MM:SSZ)</source>
        <translation>%1 — не метка времени UTC (ГГГГ-ММ-ДДTЧЧ:ММ:ССZ)</translation>
    </message>
    <message>
        <source>expected a decimal string such as &quot;1200.00&quot;, not a number</source>
        <translation>ожидается строка с десятичным числом, например &quot;1200.00&quot;, а не число</translation>
    </message>
    <message>
        <source>a decimal string</source>
        <translation>строка с десятичным числом</translation>
    </message>
    <message>
        <source>%1 is not a three-letter ISO 4217 currency code</source>
        <translation>%1 — не трёхбуквенный код валюты ISO 4217</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 — не одно из значений: %2</translation>
    </message>
    <message>
        <source>an array of day names</source>
        <translation>массив названий дней</translation>
    </message>
    <message>
        <source>%1 is listed twice</source>
        <translation>%1 указано дважды</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>массив строк</translation>
    </message>
    <message>
        <source>id %1 is used twice (also at %2)</source>
        <translation>id %1 используется дважды (также в %2)</translation>
    </message>
    <message>
        <source>%1 is not a supported format (expected %2)</source>
        <translation>%1 — неподдерживаемый формат (ожидается %2)</translation>
    </message>
    <message>
        <source>%1 is not a known time zone</source>
        <translation>%1 — неизвестный часовой пояс</translation>
    </message>
    <message>
        <source>no client with id %1 in this file</source>
        <translation>в этом файле нет клиента с id %1</translation>
    </message>
    <message>
        <source>must be null when the kind is &quot;none&quot;</source>
        <translation>должно быть null, если вид — &quot;none&quot;</translation>
    </message>
    <message>
        <source>missing: an amount discount needs a decimal amount</source>
        <translation>отсутствует: для скидки суммой нужна десятичная сумма</translation>
    </message>
    <message>
        <source>missing: a percent discount needs a whole percent</source>
        <translation>отсутствует: для скидки в процентах нужно целое число процентов</translation>
    </message>
    <message>
        <source>no project with id %1 in this file</source>
        <translation>в этом файле нет проекта с id %1</translation>
    </message>
    <message>
        <source>The file is not a Neuvo exchange document: it must be a JSON object.</source>
        <translation>Файл не является документом обмена Neuvo: это должен быть объект JSON.</translation>
    </message>
    <message>
        <source>%1 is not a decimal amount such as &quot;1200.00&quot; (no spaces or grouping)</source>
        <translation>%1 — не десятичная сумма вида &quot;1200.00&quot; (без пробелов и разделителей разрядов)</translation>
    </message>
    <message>
        <source>invoices are part of neuvo/2, not neuvo/1</source>
        <translation>счета есть в формате neuvo/2, но не в neuvo/1</translation>
    </message>
    <message>
        <source>a VAT rate string such as &quot;25.5&quot;</source>
        <translation>ставка НДС строкой, напр. «25.5»</translation>
    </message>
    <message>
        <source>The file changed while it was being imported.</source>
        <translation>Файл изменился во время импорта.</translation>
    </message>
    <message>
        <source>Nothing was imported: the database refused the records (%1).</source>
        <translation>Ничего не импортировано: база данных отклонила записи (%1).</translation>
    </message>
</context>
<context>
    <name>FindingsReport</name>
    <message>
        <source>Red flags on %1</source>
        <translation>Тревожные сигналы на %1</translation>
    </message>
    <message>
        <source>%1 (#%2): %3, score %4</source>
        <translation>%1 (№ %2): %3, оценка риска %4</translation>
    </message>
    <message>
        <source>no red flags</source>
        <translation>тревожных сигналов нет</translation>
    </message>
    <message>
        <source>No clients.</source>
        <translation>Клиентов нет.</translation>
    </message>
    <message>
        <source>Alerts on %1</source>
        <translation>Напоминания на %1</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Ничего делать не нужно.</translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>клиент № %1</translation>
    </message>
    <message>
        <source>Your alerts (they never change the risk):</source>
        <translation>Ваши напоминания (никогда не меняют риск):</translation>
    </message>
</context>
<context>
    <name>FinnishReference</name>
    <message>
        <source>&quot;%1&quot; cannot be the base of a reference number: it needs 3–19 digits, the first not 0.</source>
        <translation>«%1» не может быть основой номера ссылки: нужно 3–19 цифр, первая не 0.</translation>
    </message>
</context>
<context>
    <name>FollowUpLetter</name>
    <message>
        <source>Summary of our agreement: %1</source>
        <translation>Итоги нашей договорённости: %1</translation>
    </message>
    <message>
        <source>Summary of our conversation on %1</source>
        <translation>Итоги нашего разговора %1</translation>
    </message>
    <message>
        <source>Thank you for the call on %1. This is what we agreed:</source>
        <translation>Спасибо за звонок %1. Мы договорились о следующем:</translation>
    </message>
    <message>
        <source>Thank you for the meeting on %1. This is what we agreed:</source>
        <translation>Спасибо за встречу %1. Мы договорились о следующем:</translation>
    </message>
    <message>
        <source>Following our conversation on %1, this is what we agreed:</source>
        <translation>По итогам нашего разговора %1 мы договорились о следующем:</translation>
    </message>
    <message>
        <source>Hello %1,</source>
        <translation>Здравствуйте, %1!</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проект: %1</translation>
    </message>
    <message>
        <source>Please confirm by replying to this message that this matches your understanding. If anything is missing or different, let me know and I will correct it.</source>
        <translation>Пожалуйста, подтвердите ответом на это письмо, что вы понимаете договорённость так же. Если что-то упущено или понято иначе, сообщите мне, и я исправлю.</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>С уважением,</translation>
    </message>
    <message>
        <source>The reminder answers a brief you sent: choose an outgoing interaction of the kind &quot;Brief sent&quot;.</source>
        <translation>Напоминание касается отправленного вами брифа: выберите исходящее взаимодействие вида «Бриф отправлен».</translation>
    </message>
    <message>
        <source>The brief for %1</source>
        <translation>Бриф: %1</translation>
    </message>
    <message>
        <source>The brief I sent on %1</source>
        <translation>Бриф, отправленный %1</translation>
    </message>
    <message>
        <source>On %1 I sent you the brief for &quot;%2&quot;.</source>
        <translation>%1 вам был отправлен бриф по проекту «%2».</translation>
    </message>
    <message>
        <source>On %1 I sent you a brief.</source>
        <translation>%1 вам был отправлен бриф.</translation>
    </message>
    <message>
        <source>Please tell me: is the order still relevant?</source>
        <translation>Подскажите, пожалуйста: заказ ещё актуален?</translation>
    </message>
    <message>
        <source>I have reserved time for the work so that it is ready by %1.</source>
        <translation>На эту работу зарезервировано время, чтобы она была готова к %1.</translation>
    </message>
    <message>
        <source>If you would like to move the deadline, just let me know: I will take another project into this time and reserve another time for you.</source>
        <translation>Если хотите перенести срок, просто сообщите: я возьму на это время другой проект и зарезервирую для вас другое время.</translation>
    </message>
    <message>
        <source>Releasing the reserved time follows a sent brief and the one reminder after it.</source>
        <translation>Зарезервированное время освобождают после отправленного брифа и одного напоминания о нём.</translation>
    </message>
    <message>
        <source>Releasing the time reserved for %1</source>
        <translation>Освобождаю время, зарезервированное под «%1»</translation>
    </message>
    <message>
        <source>Releasing the time reserved for your order</source>
        <translation>Освобождаю время, зарезервированное под ваш заказ</translation>
    </message>
    <message>
        <source>I sent you the brief for &quot;%1&quot; on %2 and a reminder on %3, and have not heard from you.</source>
        <translation>Бриф по проекту «%1» был отправлен вам %2, напоминание — %3, но ответа пока нет.</translation>
    </message>
    <message>
        <source>I sent you a brief on %1 and a reminder on %2, and have not heard from you.</source>
        <translation>Бриф был отправлен вам %1, напоминание — %2, но ответа пока нет.</translation>
    </message>
    <message>
        <source>So I am releasing the time I reserved for this work (to be ready by %1) and taking other projects into it.</source>
        <translation>Поэтому я освобождаю время, зарезервированное под эту работу (к сроку %1), и беру на него другие проекты.</translation>
    </message>
    <message>
        <source>So I am releasing the time I reserved for this work and taking other projects into it.</source>
        <translation>Поэтому я освобождаю время, зарезервированное под эту работу, и беру на него другие проекты.</translation>
    </message>
    <message>
        <source>If the order becomes relevant again, write to me and I will find the next free time for it.</source>
        <translation>Если заказ снова станет актуальным, напишите мне, и я найду для него ближайшее свободное время.</translation>
    </message>
</context>
<context>
    <name>Imports</name>
    <message>
        <source>Not importing: the backup before the import failed. %1</source>
        <translation>Импорт не выполнен: не удалось создать резервную копию перед импортом. %1</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>project %1 “%2”</source>
        <translation>проект %1 «%2»</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Файл %1 не существует.</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 не является файлом.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes).</source>
        <translation>Файл %1 пуст (0 байт).</translation>
    </message>
    <message>
        <source>SQLite cannot open %1: %2</source>
        <translation>SQLite не может открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>Файл %1 повреждён: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 refers to %2 %3, which does not exist.</source>
        <translation>%1 указывает на несуществующую запись %2 %3.</translation>
    </message>
    <message>
        <source>a reference</source>
        <translation>ссылка</translation>
    </message>
    <message>
        <source>Cannot check %1: %2</source>
        <translation>Не удаётся проверить %1: %2</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>профиль</translation>
    </message>
    <message>
        <source>there are %1 profile records instead of exactly one.</source>
        <translation>записей профиля: %1, а должна быть ровно одна.</translation>
    </message>
    <message>
        <source>base price</source>
        <translation>базовая стоимость</translation>
    </message>
    <message>
        <source>first offer</source>
        <translation>первое предложение</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>скидка</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>сумма</translation>
    </message>
    <message>
        <source>paid amount</source>
        <translation>оплаченная сумма</translation>
    </message>
    <message>
        <source>charge</source>
        <translation>доплата</translation>
    </message>
    <message>
        <source>new price</source>
        <translation>новая цена</translation>
    </message>
    <message>
        <source>floor rate</source>
        <translation>минимальная ставка</translation>
    </message>
    <message>
        <source>the %1 is negative (%2 minor units).</source>
        <translation>%1 меньше нуля (%2 в минимальных единицах валюты).</translation>
    </message>
    <message>
        <source>it is with client %1 but about project %2, which belongs to client %3.</source>
        <translation>запись относится к клиенту %1, но касается проекта %2, который принадлежит клиенту %3.</translation>
    </message>
    <message>
        <source>Cannot read the projects of %1: %2</source>
        <translation>Не удаётся прочитать проекты из %1: %2</translation>
    </message>
    <message>
        <source>Cannot check the constraints of %1: no temporary folder (%2).</source>
        <translation>Не удаётся проверить ограничения %1: нет временной папки (%2).</translation>
    </message>
    <message>
        <source>Cannot check the constraints of %1: %2</source>
        <translation>Не удаётся проверить ограничения %1: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: you do not have permission to read it.</source>
        <translation>Не удаётся прочитать %1: у вас нет права читать этот файл.</translation>
    </message>
    <message>
        <source>Cannot read the schema of %1: %2</source>
        <translation>Не удаётся прочитать схему %1: %2</translation>
    </message>
    <message>
        <source>schema</source>
        <translation>схема</translation>
    </message>
    <message>
        <source>the %1 is %2 minor units, more than the %3 Neuvo accepts.</source>
        <translation>%1: %2 минимальных единиц — больше, чем допускает Neuvo (%3).</translation>
    </message>
</context>
<context>
    <name>InteractionStore</name>
    <message>
        <source>Time: an interaction needs the date and time it happened.</source>
        <translation>Время: для взаимодействия нужны дата и время, когда оно состоялось.</translation>
    </message>
    <message>
        <source>Summary: write down what was said or agreed.</source>
        <translation>Содержание: запишите, что было сказано или о чём договорились.</translation>
    </message>
</context>
<context>
    <name>InvoiceDocument</name>
    <message>
        <source>Invoice</source>
        <translation>Счёт на оплату</translation>
    </message>
    <message>
        <source>No. %1</source>
        <translation>№ %1</translation>
    </message>
    <message>
        <source>Invoice details</source>
        <translation>Данные счёта</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Оплатить до</translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>No. %1 of %2</source>
        <translation>№ %1 от %2</translation>
    </message>
    <message>
        <source>Seller</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>Bill to</source>
        <translation>Плательщик</translation>
    </message>
    <message>
        <source>Prepayment of stage %1 of %2: %3</source>
        <translation>Предоплата этапа %1 из %2: %3</translation>
    </message>
    <message>
        <source>Project: %1</source>
        <translation>Проект: %1</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Наименование</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>К оплате</translation>
    </message>
    <message>
        <source>Payment details</source>
        <translation>Платёжные реквизиты</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Банковские реквизиты</translation>
    </message>
    <message>
        <source>Under the agreement each stage is paid in full before work on it starts: the work on this stage starts when the payment has been received.</source>
        <translation>По договору каждый этап оплачивается полностью до начала работы по нему: работа по этому этапу начнётся после поступления оплаты.</translation>
    </message>
    <message>
        <source>Thank you for your business.</source>
        <translation>Благодарю за сотрудничество.</translation>
    </message>
    <message>
        <source>Invoice No. %1</source>
        <translation>Счёт № %1</translation>
    </message>
    <message>
        <source>Credit note</source>
        <translation>Кредит-нота</translation>
    </message>
    <message>
        <source>Invoice draft</source>
        <translation>Проект счёта</translation>
    </message>
    <message>
        <source>Invoice draft — not valid for payment</source>
        <translation>Проект счёта — не для оплаты</translation>
    </message>
    <message>
        <source>Credit note No. %1</source>
        <translation>Кредит-нота № %1</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Рег. номер</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Номер плательщика НДС</translation>
    </message>
    <message>
        <source>Total excluding VAT</source>
        <translation>Итого без НДС</translation>
    </message>
    <message>
        <source>VAT %1</source>
        <translation>НДС %1</translation>
    </message>
    <message>
        <source>Total including VAT</source>
        <translation>Итого с НДС</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Paid before this invoice</source>
        <translation>Оплачено до выставления счёта</translation>
    </message>
    <message>
        <source>VAT rate</source>
        <translation>Ставка НДС</translation>
    </message>
    <message>
        <source>Excluding VAT</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Including VAT</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <source>Amount incl. VAT</source>
        <translation>Сумма с НДС</translation>
    </message>
    <message>
        <source>Amount excl. VAT</source>
        <translation>Сумма без НДС</translation>
    </message>
    <message>
        <source>Recipient</source>
        <translation>Получатель</translation>
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
        <translation>Банк</translation>
    </message>
    <message>
        <source>Reference number</source>
        <translation>Номер ссылки (виитенумеро)</translation>
    </message>
    <message>
        <source>International reference (RF)</source>
        <translation>Международная ссылка (RF)</translation>
    </message>
    <message>
        <source>Scan to pay in a banking app</source>
        <extracomment>Caption under the EPC payment QR code on an invoice.</extracomment>
        <translation>Отсканируйте для оплаты в банковском приложении</translation>
    </message>
    <message>
        <source>Virtual bar code</source>
        <translation>Виртуальный штрихкод</translation>
    </message>
    <message>
        <source>DRAFT: this is not an invoice. It has no number yet and is not to be paid; issue it to give it its number, reference and payment codes.</source>
        <translation>ПРОЕКТ: это не счёт. У него ещё нет номера, и оплачивать его не нужно; номер, ссылка и платёжные коды появятся при выставлении счёта.</translation>
    </message>
    <message>
        <source>Draft — no number yet</source>
        <translation>Проект — номера ещё нет</translation>
    </message>
    <message>
        <source>Credit note details</source>
        <translation>Данные кредит-ноты</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Credits invoice</source>
        <translation>Аннулирует счёт</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Ссылка</translation>
    </message>
    <message>
        <source>Delivery date</source>
        <translation>Дата оказания услуг</translation>
    </message>
    <message>
        <source>This credit note cancels invoice %1 of %2 in full. Nothing is to be paid on it; an amount already paid is refunded or credited.</source>
        <translation>Эта кредит-нота полностью аннулирует счёт %1 от %2. Оплачивать её не нужно; уже уплаченная сумма возвращается или засчитывается.</translation>
    </message>
    <message>
        <source>Late payments bear interest at the rate set by law.</source>
        <translation>За просрочку платежа начисляются проценты в размере, установленном законом.</translation>
    </message>
    <message>
        <source>Please use the reference number when paying. Late payments bear interest at the rate set by law.</source>
        <translation>При оплате укажите номер ссылки. За просрочку платежа начисляются проценты в размере, установленном законом.</translation>
    </message>
    <message>
        <source>Recipient&apos;s bank</source>
        <translation>Банк получателя</translation>
    </message>
    <message>
        <source>BIC / SWIFT</source>
        <translation>БИК / SWIFT</translation>
    </message>
    <message>
        <source>Account No.</source>
        <translation>Сч. №</translation>
    </message>
    <message>
        <source>Invoice draft of %1</source>
        <translation>Проект счёта от %1</translation>
    </message>
    <message>
        <source>Credit note No. %1 of %2</source>
        <translation>Кредит-нота № %1 от %2</translation>
    </message>
    <message>
        <source>Invoice No. %1 of %2</source>
        <translation>Счёт на оплату № %1 от %2</translation>
    </message>
    <message>
        <source>Supplier (contractor)</source>
        <translation>Поставщик (исполнитель)</translation>
    </message>
    <message>
        <source>Buyer (client)</source>
        <translation>Покупатель (заказчик)</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Основание</translation>
    </message>
    <message>
        <source>Agreement %1</source>
        <translation>Договор %1</translation>
    </message>
    <message>
        <source>service</source>
        <extracomment>Unit of a service line on an invoice (&quot;усл.&quot; in Russian).</extracomment>
        <translation>усл.</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>Work, services</source>
        <translation>Работы, услуги</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Кол-во</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Ед.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Цена</translation>
    </message>
    <message>
        <source>Including VAT %1</source>
        <translation>В том числе НДС %1</translation>
    </message>
    <message>
        <source>Total credited</source>
        <translation>Всего к возврату</translation>
    </message>
    <message>
        <source>Total to pay</source>
        <translation>Всего к оплате</translation>
    </message>
    <message numerus="yes">
        <source>Items: %n, amounting to %1.</source>
        <translation>
            <numerusform>Всего наименований %n, на сумму %1.</numerusform>
            <numerusform>Всего наименований %n, на сумму %1.</numerusform>
            <numerusform>Всего наименований %n, на сумму %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please pay by %1.</source>
        <translation>Оплатить не позднее %1.</translation>
    </message>
    <message>
        <source>Contractor</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <source>The seller is not registered for VAT (small business exemption); no VAT is charged.</source>
        <translation>Без НДС: продавец не является плательщиком НДС.</translation>
    </message>
    <message>
        <source>No VAT is charged on this invoice.</source>
        <translation>Без НДС.</translation>
    </message>
    <message>
        <source>The invoice needs your VAT ID, as you are registered for VAT: fill it in under Preferences → Taxes and invoices.</source>
        <translation>В счёте должен быть ваш номер плательщика НДС, так как вы плательщик НДС: заполните его в разделе Параметры → Налоги и счета.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is invoiced with reverse charge, which needs the client&apos;s VAT ID: add it to %2&apos;s billing details.</source>
        <translation>«%1» выставляется с обратным начислением НДС, для этого нужен номер плательщика НДС клиента: добавьте его в платёжные данные клиента %2.</translation>
    </message>
    <message>
        <source>Reverse charge: the buyer accounts for the VAT (Council Directive 2006/112/EC, Article 196).</source>
        <translation>Обратное начисление НДС: налог уплачивает покупатель (статья 196 Директивы Совета 2006/112/ЕС).</translation>
    </message>
</context>
<context>
    <name>InvoiceExchange</name>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>expected a whole number of at least 1</source>
        <translation>ожидалось целое число не меньше 1</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>id %1 is used twice</source>
        <translation>ID %1 использован дважды</translation>
    </message>
    <message>
        <source>%1 is also the number of %2</source>
        <translation>%1 — также номер %2</translation>
    </message>
    <message>
        <source>no client with id %1 in this file</source>
        <translation>в файле нет клиента с ID %1</translation>
    </message>
    <message>
        <source>no project with id %1 in this file</source>
        <translation>в файле нет проекта с ID %1</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>ожидался массив</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD)</source>
        <translation>ожидалась дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>expected a positive decimal amount such as &quot;100.00&quot;</source>
        <translation>ожидалась положительная десятичная сумма, напр. «100.00»</translation>
    </message>
    <message>
        <source>unknown key</source>
        <translation>неизвестный ключ</translation>
    </message>
    <message>
        <source>a credit note has no payments</source>
        <translation>у кредит-ноты нет платежей</translation>
    </message>
    <message>
        <source>more is paid than the invoice asks</source>
        <translation>оплачено больше, чем требует счёт</translation>
    </message>
    <message>
        <source>no invoice with id %1 in this file</source>
        <translation>в файле нет счёта с ID %1</translation>
    </message>
    <message>
        <source>invoice %1 is cancelled twice</source>
        <translation>счёт %1 аннулирован дважды</translation>
    </message>
    <message>
        <source>project %1 has no stage with id %2</source>
        <translation>у проекта %1 нет этапа с ID %2</translation>
    </message>
</context>
<context>
    <name>InvoiceJson</name>
    <message>
        <source>unknown key</source>
        <translation>неизвестный ключ</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>не может быть null</translation>
    </message>
    <message>
        <source>expected a string</source>
        <translation>ожидалась строка</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>ожидалось true или false</translation>
    </message>
    <message>
        <source>expected a whole number of at least %1</source>
        <translation>ожидалось целое число не меньше %1</translation>
    </message>
    <message>
        <source>expected a date (YYYY-MM-DD)</source>
        <translation>ожидалась дата (ГГГГ-ММ-ДД)</translation>
    </message>
    <message>
        <source>expected a decimal string such as &quot;1200.00&quot;</source>
        <translation>ожидалась десятичная строка, напр. «1200.00»</translation>
    </message>
    <message>
        <source>expected a VAT rate as a decimal string such as &quot;25.5&quot;</source>
        <translation>ожидалась ставка НДС десятичной строкой, напр. «25.5»</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>ожидался объект</translation>
    </message>
    <message>
        <source>expected an array</source>
        <translation>ожидался массив</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one of %2</source>
        <translation>«%1» не входит в список: %2</translation>
    </message>
    <message>
        <source>an issued invoice has a number</source>
        <translation>у выставленного счёта есть номер</translation>
    </message>
    <message>
        <source>a credit note names the invoice it cancels, and only a credit note does</source>
        <translation>кредит-нота указывает аннулируемый счёт, и только она</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter ISO 4217 currency code</source>
        <translation>«%1» не является трёхбуквенным кодом валюты ISO 4217</translation>
    </message>
    <message>
        <source>an invoice has at least one line</source>
        <translation>в счёте есть хотя бы одна строка</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Finnish reference number</source>
        <translation>«%1» не является финским номером ссылки</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an RF creditor reference</source>
        <translation>«%1» не является RF-ссылкой кредитора</translation>
    </message>
    <message>
        <source>the VAT and totals are not those of the lines (net %1, VAT %2, gross %3)</source>
        <translation>НДС и итоги не соответствуют строкам (без НДС %1, НДС %2, с НДС %3)</translation>
    </message>
</context>
<context>
    <name>InvoiceReport</name>
    <message>
        <source>Credit note</source>
        <translation>Кредит-нота</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Аннулирован</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Part paid</source>
        <translation>Оплачен частично</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыт</translation>
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
        <translation>%1 от %2</translation>
    </message>
    <message>
        <source>Invoice #%1 as stored cannot be read: %2</source>
        <translation>Сохранённый счёт #%1 не удаётся прочитать: %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>это не объект JSON</translation>
    </message>
    <message>
        <source>Invoice #%1 does not exist.</source>
        <translation>Счёта #%1 не существует.</translation>
    </message>
    <message>
        <source>There is no invoice or credit note numbered &quot;%1&quot;.</source>
        <translation>Нет счёта или кредит-ноты с номером «%1».</translation>
    </message>
    <message>
        <source>Invoice number %1 is already in use; change the invoice prefix in Preferences → Taxes and invoices so that the numbers of the series differ.</source>
        <translation>Номер счёта %1 уже используется; измените префикс номера в разделе Параметры → Налоги и счета, чтобы номера серий различались.</translation>
    </message>
    <message>
        <source>Date: %1 is before %2, the date of %3, the latest number of the series; invoices are numbered in the order of their dates.</source>
        <translation>Дата: %1 раньше %2 — даты %3, последнего номера серии; счета нумеруются в порядке дат.</translation>
    </message>
    <message>
        <source>A credit note is made by cancelling its invoice.</source>
        <translation>Кредит-нота создаётся аннулированием счёта.</translation>
    </message>
    <message>
        <source>An invoice needs at least one line.</source>
        <translation>В счёте должна быть хотя бы одна строка.</translation>
    </message>
    <message>
        <source>An invoice needs its date and due date.</source>
        <translation>У счёта должны быть дата и срок оплаты.</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO 4217 code.</source>
        <translation>Валюта: «%1» не является трёхбуквенным кодом ISO 4217.</translation>
    </message>
    <message>
        <source>Stage %1 of &quot;%2&quot; already has invoice %3. Print it again, or cancel it with a credit note before issuing a new one.</source>
        <translation>У этапа %1 проекта «%2» уже есть счёт %3. Распечатайте его снова или аннулируйте кредит-нотой, прежде чем выставлять новый.</translation>
    </message>
    <message>
        <source>%1 is a credit note; a credit note is not cancelled.</source>
        <translation>%1 — кредит-нота; кредит-ноту не аннулируют.</translation>
    </message>
    <message>
        <source>Invoice %1 is already cancelled by credit note %2.</source>
        <translation>Счёт %1 уже аннулирован кредит-нотой %2.</translation>
    </message>
    <message>
        <source>Date: a credit note is dated on or after its invoice (%1).</source>
        <translation>Дата: кредит-нота датируется не раньше счёта (%1).</translation>
    </message>
    <message>
        <source>Amount: a payment is more than zero.</source>
        <translation>Сумма: платёж должен быть больше нуля.</translation>
    </message>
    <message>
        <source>Date: when was the payment received?</source>
        <translation>Дата: когда получен платёж?</translation>
    </message>
    <message>
        <source>%1 is a credit note: payments are recorded against invoices.</source>
        <translation>%1 — кредит-нота: платежи записываются на счета.</translation>
    </message>
    <message>
        <source>Invoice %1 is cancelled by credit note %2: record the payment against the invoice that replaced it.</source>
        <translation>Счёт %1 аннулирован кредит-нотой %2: запишите платёж на счёт, выставленный вместо него.</translation>
    </message>
    <message>
        <source>Amount: %1 is more than the %2 still owed on invoice %3.</source>
        <translation>Сумма: %1 больше, чем остаток %2 по счёту %3.</translation>
    </message>
    <message>
        <source>Payment #%1 does not exist.</source>
        <translation>Платежа #%1 не существует.</translation>
    </message>
    <message>
        <source>Stages: stage %1 &quot;%2&quot; has invoice %3 and cannot be removed or replaced; cancel the invoice with a credit note first.</source>
        <translation>Этапы: у этапа %1 «%2» есть счёт %3, его нельзя удалить или заменить; сначала аннулируйте счёт кредит-нотой.</translation>
    </message>
    <message>
        <source>Currency: invoice %1 was issued in %2; cancel it with a credit note before changing the project&apos;s currency.</source>
        <translation>Валюта: счёт %1 выставлен в %2; аннулируйте его кредит-нотой, прежде чем менять валюту проекта.</translation>
    </message>
    <message>
        <source>Stage %1: invoice %2 was issued for its amount of %3; cancel the invoice with a credit note before changing the amount.</source>
        <translation>Этап %1: счёт %2 выставлен на его сумму %3; аннулируйте счёт кредит-нотой, прежде чем менять сумму.</translation>
    </message>
    <message numerus="yes">
        <source>The project has %n issued invoice(s) or credit note(s) (%1 …), which bookkeeping keeps: it cannot be deleted. Set its status to closed or cancelled instead.</source>
        <translation>
            <numerusform>У проекта %n выставленный счёт или кредит-нота (%1 …), их хранит бухгалтерия: проект нельзя удалить. Установите статус «Закрыт» или «Отменён».</numerusform>
            <numerusform>У проекта %n выставленных счёта или кредит-ноты (%1 …), их хранит бухгалтерия: проект нельзя удалить. Установите статус «Закрыт» или «Отменён».</numerusform>
            <numerusform>У проекта %n выставленных счетов или кредит-нот (%1 …), их хранит бухгалтерия: проект нельзя удалить. Установите статус «Закрыт» или «Отменён».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The client has %n issued invoice(s) or credit note(s) (%1 …), which bookkeeping keeps: the client cannot be deleted. Set the status to past instead.</source>
        <translation>
            <numerusform>У клиента %n выставленный счёт или кредит-нота (%1 …), их хранит бухгалтерия: клиента нельзя удалить. Установите статус «Бывший».</numerusform>
            <numerusform>У клиента %n выставленных счёта или кредит-ноты (%1 …), их хранит бухгалтерия: клиента нельзя удалить. Установите статус «Бывший».</numerusform>
            <numerusform>У клиента %n выставленных счетов или кредит-нот (%1 …), их хранит бухгалтерия: клиента нельзя удалить. Установите статус «Бывший».</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>JsonStrictness</name>
    <message>
        <source>the key &quot;%1&quot; appears twice in the same object; only one value can be kept, so the document is refused.</source>
        <translation>ключ &quot;%1&quot; встречается в одном объекте дважды; сохранить можно только одно значение, поэтому документ отклонён.</translation>
    </message>
    <message>
        <source>line %1, column %2: %3</source>
        <translation>строка %1, столбец %2: %3</translation>
    </message>
    <message>
        <source>a control character (U+%1) inside a string; write it as an escape such as \n or \u%1.</source>
        <translation>управляющий символ (U+%1) внутри строки; запишите его как escape-последовательность, например \n или \u%1.</translation>
    </message>
    <message>
        <source>\u%1 is the second half of a surrogate pair without its first half.</source>
        <translation>\u%1 — вторая половина суррогатной пары без первой.</translation>
    </message>
    <message>
        <source>\u%1 is the first half of a surrogate pair without its second half.</source>
        <translation>\u%1 — первая половина суррогатной пары без второй.</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>документ пуст</translation>
    </message>
    <message>
        <source>something follows the end of the document</source>
        <translation>после конца документа есть что-то ещё</translation>
    </message>
    <message>
        <source>not a JSON value</source>
        <translation>это не значение JSON</translation>
    </message>
    <message>
        <source>a key (a string in quotes) is missing</source>
        <translation>не хватает ключа (строки в кавычках)</translation>
    </message>
    <message>
        <source>a colon is missing after a key</source>
        <translation>после ключа не хватает двоеточия</translation>
    </message>
    <message>
        <source>a comma or } is missing in an object</source>
        <translation>в объекте не хватает запятой или }</translation>
    </message>
    <message>
        <source>a comma or ] is missing in an array</source>
        <translation>в массиве не хватает запятой или ]</translation>
    </message>
    <message>
        <source>a \u escape without four hexadecimal digits</source>
        <translation>экранирование \u без четырёх шестнадцатеричных цифр</translation>
    </message>
    <message>
        <source>an escape that JSON does not have</source>
        <translation>экранирование, которого нет в JSON</translation>
    </message>
    <message>
        <source>a string without its closing quote</source>
        <translation>у строки нет закрывающей кавычки</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8</source>
        <translation>текст не в корректной кодировке UTF-8</translation>
    </message>
    <message>
        <source>a number that is not a JSON number</source>
        <translation>число не в формате JSON</translation>
    </message>
    <message>
        <source>not JSON</source>
        <translation>это не JSON</translation>
    </message>
    <message>
        <source>The file cannot be read: %1</source>
        <translation>Не удаётся прочитать файл: %1</translation>
    </message>
    <message>
        <source>JSON syntax error at offset %1 (line %2, column %3): %4</source>
        <translation>Синтаксическая ошибка JSON в позиции %1 (строка %2, столбец %3): %4</translation>
    </message>
</context>
<context>
    <name>Limits</name>
    <message>
        <source>%1: %2 characters is too long; at most %3 fit.</source>
        <translation>%1: %2 символов — слишком длинно; допускается не более %3.</translation>
    </message>
    <message>
        <source>%1: %2 is more than Neuvo accepts (at most %3).</source>
        <translation>%1: %2 — больше, чем допускает Neuvo (не более %3).</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Ваше имя</translation>
    </message>
    <message>
        <source>Legal form</source>
        <translation>Правовая форма</translation>
    </message>
    <message>
        <source>Registration number</source>
        <translation>Регистрационный номер</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <source>Bank details</source>
        <translation>Банковские реквизиты</translation>
    </message>
    <message>
        <source>Floor rate</source>
        <translation>Минимальная ставка</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Объём работ</translation>
    </message>
    <message>
        <source>Discount reason</source>
        <translation>Причина скидки</translation>
    </message>
    <message>
        <source>Concession</source>
        <translation>Встречная уступка</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>Included item</source>
        <translation>Пункт, входящий в цену</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Базовая цена</translation>
    </message>
    <message>
        <source>First offer</source>
        <translation>Первое предложение</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Stage title</source>
        <translation>Название этапа</translation>
    </message>
    <message>
        <source>Stage amount</source>
        <translation>Сумма этапа</translation>
    </message>
    <message>
        <source>Paid amount</source>
        <translation>Оплаченная сумма</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Правка</translation>
    </message>
    <message>
        <source>Revision charge</source>
        <translation>Оплата правки</translation>
    </message>
    <message>
        <source>Price change note</source>
        <translation>Примечание к изменению цены</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Новая цена</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обещание</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
    </message>
    <message>
        <source>VAT ID</source>
        <translation>Номер плательщика НДС</translation>
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
        <translation>Префикс номера счёта</translation>
    </message>
    <message>
        <source>VAT exemption text</source>
        <translation>Основание без НДС</translation>
    </message>
    <message>
        <source>Billing address</source>
        <translation>Адрес для счетов</translation>
    </message>
    <message>
        <source>Business ID</source>
        <translation>Регистрационный номер</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not a decimal amount</source>
        <translation>&quot;%1&quot; — не десятичная сумма</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 allows (%3)</source>
        <translation>&quot;%1&quot;: слишком много знаков после запятой для %2 (допустимо: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a negative amount is not allowed here</source>
        <translation>&quot;%1&quot;: отрицательная сумма здесь недопустима</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large</source>
        <translation>&quot;%1&quot;: слишком большая сумма</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot; — не код валюты</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an amount in %2</source>
        <translation>&quot;%1&quot; — не сумма в %2</translation>
    </message>
    <message>
        <source>Cannot combine amounts in %1 and %2</source>
        <translation>Нельзя объединять суммы в %1 и %2</translation>
    </message>
    <message>
        <source>The result of a calculation with %1 is too large</source>
        <translation>Результат вычисления с %1 слишком велик</translation>
    </message>
</context>
<context>
    <name>MoneyTotals</name>
    <message>
        <source>%1: too large to add up</source>
        <translation>%1: сумма слишком велика для подсчёта</translation>
    </message>
</context>
<context>
    <name>ObservationStore</name>
    <message>
        <source>Observed on: the date is missing.</source>
        <translation>Дата наблюдения: дата не указана.</translation>
    </message>
    <message>
        <source>Pattern: &quot;%1&quot; is observed already (observation #%2 of %3).</source>
        <translation>Признак: &quot;%1&quot; уже отмечен (наблюдение №%2 от %3).</translation>
    </message>
    <message>
        <source>Withdrawn on: the date is missing.</source>
        <translation>Отозвано: дата не указана.</translation>
    </message>
    <message>
        <source>Observation #%1 was withdrawn on %2 already.</source>
        <translation>Наблюдение №%1 уже отозвано %2.</translation>
    </message>
</context>
<context>
    <name>PaymentFigures</name>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Скоро срок</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Оплачен частично</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Не оплачен</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачен</translation>
    </message>
    <message>
        <source>Proposal</source>
        <extracomment>Payment stage status: the project is not agreed yet</extracomment>
        <translation>Предложение</translation>
    </message>
    <message>
        <source>Not collected</source>
        <extracomment>Payment stage status: the project was closed or cancelled with this stage unpaid</extracomment>
        <translation>Не ожидается</translation>
    </message>
    <message>
        <source>The due date has passed and the stage is not fully paid.</source>
        <translation>Срок оплаты прошёл, а этап оплачен не полностью.</translation>
    </message>
    <message>
        <source>Due within the warning period set in Preferences.</source>
        <translation>Срок оплаты наступает в пределах периода предупреждения, заданного в параметрах.</translation>
    </message>
    <message>
        <source>Part of the stage is paid; the rest is not due yet.</source>
        <translation>Часть этапа оплачена; срок оплаты остатка ещё не наступил.</translation>
    </message>
    <message>
        <source>Not paid and not due yet.</source>
        <translation>Не оплачен, срок оплаты ещё не наступил.</translation>
    </message>
    <message>
        <source>Fully paid.</source>
        <translation>Оплачен полностью.</translation>
    </message>
    <message>
        <source>The project is not agreed yet, so nothing is owed.</source>
        <translation>Проект ещё не согласован, поэтому оплата пока не причитается.</translation>
    </message>
    <message>
        <source>The project is closed or cancelled; this stage is no longer expected.</source>
        <translation>Проект закрыт или отменён; оплата этого этапа больше не ожидается.</translation>
    </message>
</context>
<context>
    <name>PriceRisePlan</name>
    <message>
        <source>Hello %1,</source>
        <translation>Здравствуйте, %1!</translation>
    </message>
    <message>
        <source>Thank you for our work together on &quot;%1&quot;. I am writing well in advance: from %2 my price for this work is %3 instead of %4.</source>
        <translation>Спасибо за совместную работу над «%1». Сообщаю заранее: с %2 цена этой работы составит %3 вместо %4.</translation>
    </message>
    <message>
        <source>The new price starts with the next contract term; until the current term ends on %1 everything stays as agreed.</source>
        <translation>Новая цена действует со следующего срока договора; до окончания текущего срока (%1) всё остаётся, как договорились.</translation>
    </message>
    <message>
        <source>Work ordered by %1 is done at the current price.</source>
        <translation>Работы, заказанные до %1 включительно, я выполню по текущей цене.</translation>
    </message>
    <message>
        <source>Why: my new agreements are now made at about %1 per hour, and at the current price this work no longer pays that. From %2 I can take on this work only at the new price.</source>
        <translation>Причина: новые договорённости я сейчас заключаю примерно по %1 в час, а при текущей цене эта работа столько уже не приносит. С %2 я смогу браться за эту работу только по новой цене.</translation>
    </message>
    <message>
        <source>I am telling you now so that you have time to plan: if the new price does not fit your budget, there is time to find another contractor before %1. I would be glad to go on working with you at the new price.</source>
        <translation>Сообщаю об этом сейчас, чтобы у вас было время спланировать: если новая цена не укладывается в бюджет, до %1 можно успеть найти другого исполнителя. С удовольствием продолжу работу с вами по новой цене.</translation>
    </message>
    <message>
        <source>Best regards,</source>
        <translation>С уважением,</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has a price rise planned from %2; change that one in the project instead.</source>
        <translation>Для «%1» уже запланировано повышение цены с %2; измените его в проекте.</translation>
    </message>
    <message>
        <source>The suggested price of &apos;%1&apos; is not above its current price.</source>
        <translation>Предложенная цена «%1» не выше текущей.</translation>
    </message>
    <message>
        <source>Price rise: effective rate %1 per hour against %2 for new agreements.</source>
        <translation>Повышение цены: фактическая ставка %1 в час против %2 в новых договорённостях.</translation>
    </message>
    <message>
        <source>New price for &quot;%1&quot; from %2</source>
        <translation>Новая цена на «%1» с %2</translation>
    </message>
</context>
<context>
    <name>Pricing</name>
    <message>
        <source>Base price</source>
        <translation>Базовая стоимость</translation>
    </message>
    <message>
        <source>NDA surcharge %1 %</source>
        <translation>Надбавка за NDA %1 %</translation>
    </message>
    <message>
        <source>Discount %1 %</source>
        <translation>Скидка %1 %</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A price line: label, then the amount without currency.</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The base price has no valid currency (&quot;%1&quot;)</source>
        <translation>У базовой стоимости неверная валюта (&quot;%1&quot;)</translation>
    </message>
    <message>
        <source>The base price must not be negative (%1)</source>
        <translation>Базовая стоимость не может быть отрицательной (%1)</translation>
    </message>
    <message>
        <source>The NDA markup must be between 0 and %1 %, not %2 %</source>
        <translation>Надбавка за NDA должна быть от 0 до %1 %, а не %2 %</translation>
    </message>
    <message>
        <source>A discount must be between 0 and 100 %, not %1 %</source>
        <translation>Скидка должна быть от 0 до 100 %, а не %1 %</translation>
    </message>
    <message>
        <source>A discount must not be negative (%1)</source>
        <translation>Скидка не может быть отрицательной (%1)</translation>
    </message>
    <message>
        <source>The discount (%1) is larger than the price before it (%2)</source>
        <translation>Скидка (%1) больше цены до скидки (%2)</translation>
    </message>
</context>
<context>
    <name>ProfileStore</name>
    <message>
        <source>The profile is missing from the database.</source>
        <translation>В базе данных нет профиля.</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO 4217 code.</source>
        <translation>Валюта: &quot;%1&quot; — не трёхбуквенный код ISO 4217.</translation>
    </message>
    <message>
        <source>Backups to keep: %1 is not a number from 1 to %2.</source>
        <translation>Сколько резервных копий хранить: %1 — не число от 1 до %2.</translation>
    </message>
    <message>
        <source>VAT rate: %1 % is outside 0–100 %.</source>
        <translation>Ставка НДС: %1 % вне диапазона 0–100 %.</translation>
    </message>
    <message>
        <source>VAT ID: a business registered for VAT prints its VAT ID on every invoice; fill it in.</source>
        <translation>Номер плательщика НДС: плательщик НДС указывает его в каждом счёте; заполните его.</translation>
    </message>
    <message>
        <source>IBAN: &quot;%1&quot; is not a valid IBAN (its check digits do not match).</source>
        <translation>IBAN: «%1» не является действительным IBAN (контрольные цифры не совпадают).</translation>
    </message>
    <message>
        <source>BIC: &quot;%1&quot; is not a BIC; it has 8 or 11 letters and digits.</source>
        <translation>BIC: «%1» не является BIC; в нём 8 или 11 букв и цифр.</translation>
    </message>
    <message>
        <source>Payment term: %1 days is outside 0–365.</source>
        <translation>Срок оплаты: %1 дн. вне диапазона 0–365.</translation>
    </message>
    <message>
        <source>Rush surcharge: %1 % is outside %2–%3 %.</source>
        <translation>Надбавка за срочность: %1 % вне диапазона %2–%3 %.</translation>
    </message>
</context>
<context>
    <name>ProjectStore</name>
    <message>
        <source>Title: a project needs a title.</source>
        <translation>Название: у проекта должно быть название.</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO 4217 code.</source>
        <translation>Валюта: &quot;%1&quot; — не трёхбуквенный код ISO 4217.</translation>
    </message>
    <message>
        <source>Client: a project belongs to a client.</source>
        <translation>Клиент: проект должен принадлежать клиенту.</translation>
    </message>
    <message>
        <source>First offer: the amount cannot be negative.</source>
        <translation>Первое предложение: сумма не может быть отрицательной.</translation>
    </message>
    <message>
        <source>Estimated hours: cannot be negative.</source>
        <translation>Расчётные часы: значение не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Guarantee: %1 % is outside 0–100 %.</source>
        <translation>Гарантия: %1 % — вне диапазона 0–100 %.</translation>
    </message>
    <message>
        <source>Included revisions: cannot be negative.</source>
        <translation>Включённые раунды правок: значение не может быть отрицательным.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Стоимость: %1</translation>
    </message>
    <message>
        <source>Stage %1: amounts cannot be negative.</source>
        <translation>Этап %1: суммы не могут быть отрицательными.</translation>
    </message>
    <message>
        <source>Stage %1: the amounts are too large.</source>
        <translation>Этап %1: слишком большие суммы.</translation>
    </message>
    <message>
        <source>Stages: they sum to %1 but the project total is %2 (difference %3).</source>
        <translation>Этапы: их сумма — %1, а итоговая стоимость проекта — %2 (разница %3).</translation>
    </message>
    <message>
        <source>Revision: the date it was requested is missing.</source>
        <translation>Правка: не указана дата запроса.</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Этап %1: %2</translation>
    </message>
    <message>
        <source>Price change: the date it takes effect is missing.</source>
        <translation>Изменение цены: не указана дата вступления в силу.</translation>
    </message>
    <message>
        <source>Paid amount: cannot be negative.</source>
        <translation>Оплаченная сумма: не может быть отрицательной.</translation>
    </message>
    <message>
        <source>VAT rate: %1 % is outside 0–100 %.</source>
        <translation>Ставка НДС: %1 % вне диапазона 0–100 %.</translation>
    </message>
</context>
<context>
    <name>PromiseStore</name>
    <message>
        <source>What: say what was promised.</source>
        <translation>Что: укажите, что было обещано.</translation>
    </message>
    <message>
        <source>Due: a promise needs a due date.</source>
        <translation>Срок: у обещания должен быть срок.</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Несоответствие числа параметров</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <source>There is nothing to put in the QR code.</source>
        <translation>В QR-код нечего поместить.</translation>
    </message>
    <message numerus="yes">
        <source>The QR code cannot hold %n byte(s).</source>
        <translation>
            <numerusform>QR-код не вмещает %n байт.</numerusform>
            <numerusform>QR-код не вмещает %n байта.</numerusform>
            <numerusform>QR-код не вмещает %n байт.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuoteDocument</name>
    <message>
        <source>Quote</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Quote details</source>
        <translation>Данные предложения</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Valid until</source>
        <translation>Действительно до</translation>
    </message>
    <message>
        <source>Delivery by</source>
        <translation>Срок сдачи</translation>
    </message>
    <message>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Для кого</translation>
    </message>
    <message>
        <source>The work</source>
        <translation>Работа</translation>
    </message>
    <message>
        <source>The price includes:</source>
        <translation>В стоимость входит:</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>The confidentiality surcharge compensates for the work not being shown in my portfolio.</source>
        <translation>Надбавка за конфиденциальность компенсирует то, что работа не попадёт в моё портфолио.</translation>
    </message>
    <message>
        <source>Payment in stages</source>
        <translation>Поэтапная оплата</translation>
    </message>
    <message>
        <source>The work is prepaid in stages: each stage is paid in full before work on it starts, and the next one after the previous stage has been delivered.</source>
        <translation>Работа оплачивается авансом по этапам: каждый этап оплачивается полностью до начала работы по нему, а следующий — после сдачи предыдущего.</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Условия</translation>
    </message>
    <message>
        <source>Changes outside the scope are priced separately and agreed in writing before the work on them starts.</source>
        <translation>Изменения сверх объёма оцениваются отдельно и согласуются письменно до начала работы над ними.</translation>
    </message>
    <message>
        <source>Guarantee: if I miss the deadline of a stage, I refund %1 of its price.</source>
        <translation>Гарантия: если я нарушу срок сдачи этапа, я верну %1 его стоимости.</translation>
    </message>
    <message>
        <source>Confidentiality (NDA): your information stays confidential and the work is not published under my name.</source>
        <translation>Конфиденциальность (NDA): ваша информация не разглашается, а работа не публикуется под моим именем.</translation>
    </message>
    <message>
        <source>The terms are fixed in a written service agreement.</source>
        <translation>Условия закрепляются письменным договором оказания услуг.</translation>
    </message>
    <message>
        <source>This quote is valid until %1. To accept it, reply in writing; the agreement and the invoice for the first stage will follow.</source>
        <translation>Предложение действительно до %1 г. Чтобы принять его, ответьте письменно; после этого я пришлю договор и счёт на первый этап.</translation>
    </message>
    <message>
        <source>Kind regards,</source>
        <translation>С уважением,</translation>
    </message>
    <message>
        <source>Quote: %1</source>
        <translation>Предложение: %1</translation>
    </message>
    <message>
        <source>%1 included; my own errors are always corrected free of charge.</source>
        <translation>В стоимость включено: %1; мои собственные ошибки я всегда исправляю бесплатно.</translation>
    </message>
</context>
<context>
    <name>RedFlagEngine</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Stage %1 &apos;%2&apos; of &apos;%3&apos;</source>
        <extracomment>A payment stage: its number, title and project, e.g. Stage 2 &apos;Design&apos; of &apos;Landing page&apos;</extracomment>
        <translation>Этап %1 &apos;%2&apos; проекта &apos;%3&apos;</translation>
    </message>
    <message>
        <source>client #%1</source>
        <translation>клиент № %1</translation>
    </message>
    <message>
        <source>%1: %2 of %3 still unpaid, due %4, overdue for %5</source>
        <translation>%1: не оплачено %2 из %3, срок оплаты %4, просрочка %5</translation>
    </message>
    <message>
        <source>%1: %2 due %3, unpaid for %4</source>
        <translation>%1: %2 со сроком оплаты %3 не оплачено уже %4</translation>
    </message>
    <message>
        <source>%1: %2 is due today (%3)</source>
        <translation>%1: %2 к оплате сегодня (%3)</translation>
    </message>
    <message>
        <source>%1: %2 is due %3, in %4</source>
        <translation>%1: %2 к оплате %3, через %4</translation>
    </message>
    <message numerus="yes">
        <source>%n stage(s) paid after the due date</source>
        <translation>
            <numerusform>%n этап оплачен после срока</numerusform>
            <numerusform>%n этапа оплачены после срока</numerusform>
            <numerusform>%n этапов оплачено после срока</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; the latest: %2, %3 due %4, paid %5 (%6 late)</source>
        <translation>%1; последний: %2, %3, срок оплаты %4, оплачен %5 (с опозданием на %6)</translation>
    </message>
    <message numerus="yes">
        <source>%n revision round(s)</source>
        <translation>
            <numerusform>%n раунд правок</numerusform>
            <numerusform>%n раунда правок</numerusform>
            <numerusform>%n раундов правок</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 with %3 included (%4 over)</source>
        <translation>&apos;%1&apos;: %2, включено %3 (превышение на %4)</translation>
    </message>
    <message numerus="yes">
        <source>%n out-of-scope change(s)</source>
        <translation>
            <numerusform>%n изменение сверх объёма</numerusform>
            <numerusform>%n изменения сверх объёма</numerusform>
            <numerusform>%n изменений сверх объёма</numerusform>
        </translation>
    </message>
    <message>
        <source>First offer for &apos;%1&apos;: %2 against the quoted %3 (%4 % of it, %5× less)</source>
        <translation>Первое предложение клиента по проекту &apos;%1&apos;: %2 при названной цене %3 (%4 % от неё, в %5 раза меньше)</translation>
    </message>
    <message>
        <source>First offer for &apos;%1&apos;: %2 against the quoted %3</source>
        <translation>Первое предложение клиента по проекту &apos;%1&apos;: %2 при названной цене %3</translation>
    </message>
    <message>
        <source>%1 % (%2)</source>
        <translation>%1 % (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a discount of %2 was granted for promised future orders</source>
        <translation>&apos;%1&apos;: скидка %2 предоставлена за обещание будущих заказов</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a discount of %2 was granted for promised future orders (reason: &apos;%3&apos;)</source>
        <translation>&apos;%1&apos;: скидка %2 (причина: &apos;%3&apos;) предоставлена за обещание будущих заказов</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a discount of %2 was granted with no counter-concession recorded</source>
        <translation>&apos;%1&apos;: скидка %2 предоставлена, а встречная уступка не записана</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: a discount of %2 was granted with no counter-concession recorded (reason: &apos;%3&apos;)</source>
        <translation>&apos;%1&apos;: скидка %2 (причина: &apos;%3&apos;) предоставлена, а встречная уступка не записана</translation>
    </message>
    <message numerus="yes">
        <source>%n estimated hour(s)</source>
        <translation>
            <numerusform>%n расчётный час</numerusform>
            <numerusform>%n расчётных часа</numerusform>
            <numerusform>%n расчётных часов</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 for %3 is %4 per hour, below your floor rate of %5</source>
        <translation>&apos;%1&apos;: %2 за %3 — это %4 в час, ниже вашей минимальной ставки %5</translation>
    </message>
    <message>
        <source>stage %1 &apos;%2&apos;</source>
        <translation>этап %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is due today (%2)</source>
        <translation>&apos;%1&apos;: срок сдачи — сегодня (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is due %2, in %3</source>
        <translation>&apos;%1&apos;: срок сдачи %2, через %3</translation>
    </message>
    <message>
        <source>%1; the internal deadline %2 (%3 of margin) has passed</source>
        <translation>%1; внутренний срок %2 (запас %3) уже прошёл</translation>
    </message>
    <message>
        <source>Price change of &apos;%1&apos; to %2 on %3</source>
        <translation>Изменение цены &apos;%1&apos; до %2 с %3</translation>
    </message>
    <message>
        <source>%1 was announced %2, only %3 before; move it to %4 to give %5 of notice</source>
        <translation>%1 объявлено %2, всего за %3; перенесите его на %4, чтобы предупредить за %5</translation>
    </message>
    <message>
        <source>%1 is not announced yet: announce it today to give %2 of notice</source>
        <translation>%1 ещё не объявлено: объявите его сегодня, чтобы предупредить за %2</translation>
    </message>
    <message>
        <source>%1 is not announced yet and needed %2 of notice by %3: announce it now and move it to %4</source>
        <translation>%1 ещё не объявлено, а предупредить за %2 нужно было до %3: объявите его сейчас и перенесите на %4</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n месяц</numerusform>
            <numerusform>%n месяца</numerusform>
            <numerusform>%n месяцев</numerusform>
        </translation>
    </message>
    <message>
        <source>The contract for &apos;%1&apos;</source>
        <translation>Договор по проекту &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Contract %1 for &apos;%2&apos;</source>
        <translation>Договор № %1 по проекту &apos;%2&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n discount request(s)</source>
        <translation>
            <numerusform>%n запрос скидки</numerusform>
            <numerusform>%n запроса скидки</numerusform>
            <numerusform>%n запросов скидки</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 between %2 and %3 (within %4), the latest: &apos;%5&apos;</source>
        <translation>%1 с %2 по %3 (за %4), последний: &apos;%5&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n status request(s)</source>
        <translation>
            <numerusform>%n запрос статуса</numerusform>
            <numerusform>%n запроса статуса</numerusform>
            <numerusform>%n запросов статуса</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n час</numerusform>
            <numerusform>%n часа</numerusform>
            <numerusform>%n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 within %2: from %3 to %4 (%5 time)</source>
        <translation>%1 за %2: с %3 по %4 (по времени %5)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n call(s) or message(s)</source>
        <translation>
            <numerusform>%n звонок или сообщение</numerusform>
            <numerusform>%n звонка или сообщения</numerusform>
            <numerusform>%n звонков или сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 outside the agreed hours %2–%3 (%4, %5 time) within %6: %7</source>
        <translation>%1 вне согласованного времени %2–%3 (%4, по времени %5) за %6: %7</translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) for free work (a test task or a contest)</source>
        <translation>
            <numerusform>%n запрос бесплатной работы (тестовое задание или конкурс)</numerusform>
            <numerusform>%n запроса бесплатной работы (тестовое задание или конкурс)</numerusform>
            <numerusform>%n запросов бесплатной работы (тестовое задание или конкурс)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, the latest on %2</source>
        <translation>%1, последний — %2</translation>
    </message>
    <message>
        <source>%1, the latest on %2: &apos;%3&apos;</source>
        <translation>%1, последний — %2: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>The brief for &apos;%1&apos; sent to %2 on %3 has had no answer for %4: send one reminder</source>
        <translation>Бриф по проекту &apos;%1&apos; для клиента %2 отправлен %3 и уже %4 остаётся без ответа: отправьте одно напоминание</translation>
    </message>
    <message>
        <source>The brief sent to %1 on %2 has had no answer for %3: send one reminder</source>
        <translation>Бриф для клиента %1 отправлен %2 и уже %3 остаётся без ответа: отправьте одно напоминание</translation>
    </message>
    <message>
        <source>The agreement with %1 made in a call on %2 %3 is not confirmed in writing after %4: send a letter with its key points</source>
        <translation>Договорённость %3 с клиентом %1, достигнутая по телефону %2, спустя %4 всё ещё не подтверждена письменно: отправьте письмо с её основными пунктами</translation>
    </message>
    <message>
        <source>The agreement with %1 made in a meeting on %2 %3 is not confirmed in writing after %4: send a letter with its key points</source>
        <translation>Договорённость %3 с клиентом %1, достигнутая на встрече %2, спустя %4 всё ещё не подтверждена письменно: отправьте письмо с её основными пунктами</translation>
    </message>
    <message>
        <source>Your promise to %1, &apos;%2&apos;, is due today (%3)</source>
        <translation>Ваше обещание &apos;%2&apos; клиенту %1: срок — сегодня (%3)</translation>
    </message>
    <message>
        <source>Your promise to %1, &apos;%2&apos;, was due %3, %4 ago</source>
        <translation>Ваше обещание &apos;%2&apos; клиенту %1: срок был %3, %4 назад</translation>
    </message>
    <message>
        <source>Observed on %1: %2</source>
        <translation>Замечено %1: %2</translation>
    </message>
    <message>
        <source>Observed on %1 (%2): %3</source>
        <translation>Замечено %1 (%2): %3</translation>
    </message>
    <message>
        <source>Observed: %1</source>
        <translation>Замечено: %1</translation>
    </message>
    <message>
        <source>Observed (%1): %2</source>
        <translation>Замечено (%1): %2</translation>
    </message>
    <message>
        <source>%1 is to decline (%2) while &apos;%3&apos; is in progress: finish the stage already paid for or refund it, and part ways; take no new work from this client</source>
        <translation>%1 — отказать (%2), но проект &apos;%3&apos; в работе: завершите уже оплаченный этап или верните деньги и расстаньтесь; новых заказов от этого клиента не берите</translation>
    </message>
    <message>
        <source>%1 outside your working hours %2–%3 (%4, %5 time; no hours agreed with the client) within %6: %7</source>
        <translation>%1 вне вашего рабочего времени %2–%3 (%4, время %5; с клиентом часы не согласованы) за %6: %7</translation>
    </message>
    <message>
        <source>Work on %1 started %2 with only %3 of %4 paid: ask for the payment before you go on</source>
        <translation>%1: работа начата %2, а оплачено только %3 из %4; попросите оплату, прежде чем продолжать</translation>
    </message>
    <message>
        <source>Work on %1 started %2 with nothing of %3 paid: ask for the payment before you go on</source>
        <translation>%1: работа начата %2, а из %3 ничего не оплачено; попросите оплату, прежде чем продолжать</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: %2 recorded with no charge, the latest on %3: &apos;%4&apos;; bill it as a change order</source>
        <translation>&apos;%1&apos;: %2 без оплаты, последнее %3: &apos;%4&apos;; выставьте счёт за дополнительную работу</translation>
    </message>
    <message>
        <source>%1, then a discount request on %2</source>
        <translation>%1, затем запрос скидки %2</translation>
    </message>
    <message>
        <source>%1, then a discount request on %2: &apos;%3&apos;</source>
        <translation>%1, затем запрос скидки %2: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>%1, then the project was %2 before any agreement</source>
        <translation>%1, затем проект до всякой договорённости получил статус: %2</translation>
    </message>
    <message>
        <source>%1 (moved from %2 by %3 of late payment)</source>
        <translation>%1 (перенесён с %2 из-за просрочки оплаты на %3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; missed its deadline %2 by %3</source>
        <translation>&apos;%1&apos;: срок %2 пропущен на %3</translation>
    </message>
    <message>
        <source>%1: the guarantee refunds %2 % of %3, %4 of %5</source>
        <translation>%1; по гарантии возвращается %2 % оплаты за %3, то есть %4 из %5</translation>
    </message>
    <message>
        <source>%1: the guarantee refunds %2 % of the project total, %3 of %4</source>
        <translation>%1; по гарантии возвращается %2 % стоимости проекта, то есть %3 из %4</translation>
    </message>
    <message>
        <source>announce a new price by %1 to give %2 of notice</source>
        <translation>объявите новую цену до %1, чтобы предупредить за %2</translation>
    </message>
    <message>
        <source>a new price announced today takes effect %1</source>
        <translation>новая цена, объявленная сегодня, вступит в силу %1</translation>
    </message>
    <message>
        <source>%1 (signed %2, %3) ends %4, in %5: the moment to revisit prices; %6</source>
        <translation>%1 (подписан %2, %3) заканчивается %4, через %5: время пересмотреть цены; %6</translation>
    </message>
    <message>
        <source>after the delivery on %1</source>
        <translation>после сдачи работы %1</translation>
    </message>
    <message>
        <source>when the work is due (deadline %1)</source>
        <translation>к сдаче работы (срок %1)</translation>
    </message>
    <message>
        <source>after its work started on %1</source>
        <translation>после начала работы над ним %1</translation>
    </message>
    <message>
        <source>%1: %2 falls due %3, %4: payment after the work. Offer the same total in prepaid stages instead, each paid before its work starts</source>
        <translation>%1: %2 к оплате %3, %4: оплата после работы. Предложите ту же сумму поэтапно по предоплате — каждый этап оплачивается до начала работы над ним</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is under an NDA with a surcharge of %2 %: the NDA costs you the work in your portfolio, so ask %3–40 % more</source>
        <translation>&apos;%1&apos; — под NDA с надбавкой %2 %: NDA лишает вас работы в портфолио, поэтому просите на %3–40 % больше</translation>
    </message>
    <message>
        <source>&apos;%1&apos;: the discount of %2 cancels the NDA surcharge of %3: the NDA is then given away for free</source>
        <translation>&apos;%1&apos;: скидка %2 съедает надбавку за NDA %3 — неразглашение достаётся клиенту даром</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is agreed at %2 with no list of what the price includes: write the included items down, so that the client&apos;s expectations and the work match</source>
        <translation>&apos;%1&apos;: цена %2 согласована без перечня того, что в неё входит; запишите состав работ, чтобы ожидания клиента совпали с результатом</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is promised for %2 with no margin: keep your own deadline a few days earlier in case of force majeure</source>
        <translation>&apos;%1&apos; обещан к %2 без запаса: назначьте себе срок на несколько дней раньше на случай форс-мажора</translation>
    </message>
</context>
<context>
    <name>ReminderSettingsStore</name>
    <message>
        <source>The reminder settings are missing from the database.</source>
        <translation>В базе данных нет настроек напоминаний.</translation>
    </message>
    <message>
        <source>Calendar reminder: %1 days before is outside 0–%2.</source>
        <translation>Напоминание календаря: %1 дн. до события — вне диапазона 0–%2.</translation>
    </message>
</context>
<context>
    <name>ReminderText</name>
    <message>
        <source>Serious warning</source>
        <translation>Серьёзное предупреждение</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Notification title: what it is about and the client&apos;s name</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>Neuvo: %n more reminder(s)</source>
        <translation>
            <numerusform>Neuvo: ещё %n напоминание</numerusform>
            <numerusform>Neuvo: ещё %n напоминания</numerusform>
            <numerusform>Neuvo: ещё %n напоминаний</numerusform>
        </translation>
    </message>
    <message>
        <source>They are listed on the dashboard.</source>
        <translation>Они перечислены на странице «Обзор».</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Open the Dashboard</source>
        <translation>Открыть обзор</translation>
    </message>
</context>
<context>
    <name>RowVersions</name>
    <message>
        <source>The profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>%1 was deleted since it was loaded; nothing was saved.</source>
        <translation>%1: запись удалена после того, как была загружена; ничего не сохранено.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since it was loaded; nothing was saved. Reload it to see the changes, then make yours again.</source>
        <translation>%1: после загрузки запись была изменена в другом месте; ничего не сохранено. Загрузите её заново, чтобы увидеть изменения, и внесите свои правки ещё раз.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since it was loaded; nothing was saved. Reload it to see the changes, then make yours again.</source>
        <translation>%1: после загрузки запись изменил %2 (%3); ничего не сохранено. Загрузите её заново, чтобы увидеть изменения, и внесите свои правки ещё раз.</translation>
    </message>
    <message>
        <source>%1 #%2 was not saved.</source>
        <translation>%1 № %2: запись не сохранена.</translation>
    </message>
    <message>
        <source>%1 was deleted elsewhere since it was loaded.</source>
        <translation>%1: запись удалена в другом месте после того, как была загружена.</translation>
    </message>
    <message>
        <source>%1 was changed elsewhere since it was loaded; nothing was deleted. Look at the saved version, then delete it again if you still want to.</source>
        <translation>%1: после загрузки запись была изменена в другом месте; ничего не удалено. Посмотрите сохранённую версию и, если всё ещё нужно, удалите её снова.</translation>
    </message>
    <message>
        <source>%1 was changed by %2 at %3 since it was loaded; nothing was deleted. Look at the saved version, then delete it again if you still want to.</source>
        <translation>%1: после загрузки запись изменил %2 (%3); ничего не удалено. Посмотрите сохранённую версию и, если всё ещё нужно, удалите её снова.</translation>
    </message>
</context>
<context>
    <name>RuleTitles</name>
    <message>
        <source>Payment overdue</source>
        <translation>Оплата просрочена</translation>
    </message>
    <message>
        <source>Pays late again and again</source>
        <translation>Раз за разом платит с опозданием</translation>
    </message>
    <message>
        <source>More revision rounds than included</source>
        <translation>Правок больше, чем включено в цену</translation>
    </message>
    <message>
        <source>Presses for discounts</source>
        <translation>Давит, требуя скидок</translation>
    </message>
    <message>
        <source>Discount for promised future orders</source>
        <translation>Скидка за обещанные будущие заказы</translation>
    </message>
    <message>
        <source>Contacts outside the agreed hours</source>
        <translation>Пишет и звонит в нерабочее время</translation>
    </message>
    <message>
        <source>Presses for status updates</source>
        <translation>Торопит с отчётами о ходе работы</translation>
    </message>
    <message>
        <source>Part ways: finish or refund</source>
        <translation>Расстаться: завершить или вернуть деньги</translation>
    </message>
    <message>
        <source>Work started without payment</source>
        <translation>Работа начата без оплаты</translation>
    </message>
    <message>
        <source>Payment due soon</source>
        <translation>Скоро срок оплаты</translation>
    </message>
    <message>
        <source>Deadline at risk</source>
        <translation>Срок сдачи под угрозой</translation>
    </message>
    <message>
        <source>Deadline missed</source>
        <translation>Срок сдачи пропущен</translation>
    </message>
    <message>
        <source>Promise due</source>
        <translation>Срок обещания</translation>
    </message>
    <message>
        <source>Brief without an answer</source>
        <translation>Бриф без ответа</translation>
    </message>
    <message>
        <source>Agreement not confirmed in writing</source>
        <translation>Договорённость не подтверждена письменно</translation>
    </message>
    <message>
        <source>Price change needs notice</source>
        <translation>Нужно предупредить об изменении цены</translation>
    </message>
    <message>
        <source>Contract renewal</source>
        <translation>Продление договора</translation>
    </message>
    <message>
        <source>Below your floor rate</source>
        <translation>Ниже минимальной ставки</translation>
    </message>
    <message>
        <source>Change not billed</source>
        <translation>Изменение не выставлено к оплате</translation>
    </message>
    <message>
        <source>Discount without a concession</source>
        <translation>Скидка без встречной уступки</translation>
    </message>
    <message>
        <source>Payment after the work</source>
        <translation>Оплата после работы</translation>
    </message>
    <message>
        <source>NDA without its surcharge</source>
        <translation>NDA без надбавки</translation>
    </message>
    <message>
        <source>Price without a breakdown</source>
        <translation>Цена без расшифровки</translation>
    </message>
    <message>
        <source>Deadline without a margin</source>
        <translation>Срок без запаса</translation>
    </message>
</context>
<context>
    <name>SchemaCheck</name>
    <message>
        <source>table</source>
        <translation>таблица</translation>
    </message>
    <message>
        <source>index</source>
        <translation>индекс</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>триггер</translation>
    </message>
    <message>
        <source>view</source>
        <translation>представление</translation>
    </message>
    <message>
        <source>schema version %1 is not one this Neuvo knows</source>
        <translation>эта версия Neuvo не знает схему версии %1</translation>
    </message>
    <message>
        <source>The trigger “%1” on %2 is not part of Neuvo&apos;s schema; it would run on every change to %2.</source>
        <translation>Триггер «%1» таблицы %2 не входит в схему Neuvo; он срабатывал бы при каждом изменении %2.</translation>
    </message>
    <message>
        <source>The %1 “%2” is not part of Neuvo&apos;s schema.</source>
        <translation>Не входит в схему Neuvo: %1 «%2».</translation>
    </message>
    <message>
        <source>The %1 “%2” differs from the one Neuvo creates.</source>
        <translation>Отличается от того, что создаёт Neuvo: %1 «%2».</translation>
    </message>
    <message>
        <source>The %1 “%2” is missing.</source>
        <translation>Отсутствует в схеме Neuvo: %1 «%2».</translation>
    </message>
</context>
<context>
    <name>ServerAddress</name>
    <message>
        <source>%1 on this computer</source>
        <extracomment>Window title of a database on a PostgreSQL server reached through its Unix socket: %1 is the database&apos;s name</extracomment>
        <translation>%1 на этом компьютере</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <extracomment>Window title of a database on a PostgreSQL server: %1 is the database&apos;s name, %2 the server&apos;s host name</extracomment>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>SqlDialect</name>
    <message>
        <source>%1 exists only for SQLite database files; this database is on a %2 server. Use the server&apos;s own tools for it (for backups, pg_dump; see docs/postgresql.md).</source>
        <translation>%1 доступно только для файлов баз данных SQLite; эта база данных находится на сервере %2. Используйте для этого средства самого сервера (для резервных копий — pg_dump; см. docs/postgresql.md).</translation>
    </message>
</context>
<context>
    <name>StagePayment</name>
    <message>
        <source>Stage %1 is paid in full already.</source>
        <translation>Этап %1 уже оплачен полностью.</translation>
    </message>
    <message>
        <source>Payment amount: enter the amount received.</source>
        <translation>Сумма оплаты: введите полученную сумму.</translation>
    </message>
    <message>
        <source>Payment amount: %1 is more than the %2 still open on stage %3.</source>
        <translation>Сумма оплаты: %1 больше неоплаченного остатка этапа %3 (%2).</translation>
    </message>
    <message>
        <source>Paid on: the date is missing.</source>
        <translation>Дата оплаты: дата не указана.</translation>
    </message>
    <message>
        <source>Stage %1: work started on %2 already.</source>
        <translation>Этап %1: работа уже начата %2.</translation>
    </message>
    <message>
        <source>Work started on: the date is missing.</source>
        <translation>Начало работы: дата не указана.</translation>
    </message>
    <message>
        <source>Stage %1: work started before the stage is paid. The rule is full prepayment of each stage before its work.</source>
        <translation>Этап %1: работа начата до оплаты этапа. Правило — полная предоплата каждого этапа до начала работы по нему.</translation>
    </message>
    <message>
        <source>Split: stage %1 already has work or a payment recorded; change the amounts by hand so that the record stays with its stage.</source>
        <translation>Разделение: у этапа %1 уже записано начало работы или оплата; измените суммы вручную, чтобы запись осталась при своём этапе.</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Этап %1</translation>
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
        <translation>В плане оплаты должен быть хотя бы один этап, а не %1</translation>
    </message>
    <message>
        <source>%1 stages are too many; at most %2 are allowed</source>
        <translation>Слишком много этапов (%1); допускается не более %2</translation>
    </message>
    <message>
        <source>Stage %1 has a negative share (%2 %)</source>
        <translation>У этапа %1 отрицательная доля (%2 %)</translation>
    </message>
    <message>
        <source>The stage shares add up to %1 %, not 100 %</source>
        <translation>Сумма долей этапов — %1 %, а не 100 %</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a currency code</source>
        <translation>&quot;%1&quot; — не код валюты</translation>
    </message>
    <message>
        <source>A negative total (%1) cannot be split into stages</source>
        <translation>Отрицательную сумму (%1) нельзя разбить на этапы</translation>
    </message>
    <message>
        <source>Stage %1 has a negative weight (%2)</source>
        <translation>У этапа %1 отрицательный вес (%2)</translation>
    </message>
    <message>
        <source>The stage weights are too large</source>
        <translation>Слишком большие веса этапов</translation>
    </message>
    <message>
        <source>The stage weights add up to zero</source>
        <translation>Сумма весов этапов равна нулю</translation>
    </message>
</context>
<context>
    <name>StaleSave</name>
    <message>
        <source>Changed Elsewhere</source>
        <translation>Изменено в другом месте</translation>
    </message>
    <message>
        <source>Reload shows the saved version and discards your edits in this form. Cancel keeps the form as it is, so you can copy what you typed.</source>
        <translation>«Загрузить заново» покажет сохранённую версию и отбросит ваши правки в этой форме. «Отмена» оставит форму как есть, чтобы вы могли скопировать набранный текст.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Загрузить заново</translation>
    </message>
    <message>
        <source>Discard your edits to &quot;%1&quot; and load the saved version?</source>
        <translation>Отбросить ваши правки в «%1» и загрузить сохранённую версию?</translation>
    </message>
    <message>
        <source>Discard and Reload</source>
        <translation>Отбросить и загрузить заново</translation>
    </message>
</context>
<context>
    <name>Threshold</name>
    <message>
        <source>Overdue payment becomes high after (days)</source>
        <translation>Просрочка оплаты становится серьёзной через (дн.)</translation>
    </message>
    <message>
        <source>Late-paid stages that make a chronic late payer</source>
        <translation>Этапов, оплаченных с опозданием, чтобы считать клиента хронически задерживающим оплату</translation>
    </message>
    <message>
        <source>First offer at most this % of the quote devalues the work</source>
        <translation>Первое предложение не выше этого % от вашей цены считается обесцениванием работы</translation>
    </message>
    <message>
        <source>Discount requests that count as pressure</source>
        <translation>Запросов скидки, которые считаются давлением</translation>
    </message>
    <message>
        <source>Window for discount requests (days)</source>
        <translation>Период для запросов скидки (дн.)</translation>
    </message>
    <message>
        <source>Contacts outside agreed hours that raise a flag</source>
        <translation>Контактов вне согласованного времени для тревожного сигнала</translation>
    </message>
    <message>
        <source>Window for contacts outside hours (days)</source>
        <translation>Период для контактов вне согласованного времени (дн.)</translation>
    </message>
    <message>
        <source>Status requests that count as pressure</source>
        <translation>Запросов статуса, которые считаются давлением</translation>
    </message>
    <message>
        <source>Window for status requests (hours)</source>
        <translation>Период для запросов статуса (ч)</translation>
    </message>
    <message>
        <source>Warn about an unpaid stage due within (days)</source>
        <translation>Предупреждать о неоплаченном этапе за (дн.)</translation>
    </message>
    <message>
        <source>Warn about a deadline within (days)</source>
        <translation>Предупреждать о сроке сдачи за (дн.)</translation>
    </message>
    <message>
        <source>Suggest a reminder for an unanswered brief after (days)</source>
        <translation>Предлагать напоминание о брифе без ответа через (дн.)</translation>
    </message>
    <message>
        <source>Agreement to confirm in writing within (days)</source>
        <translation>Подтвердить договорённость письменно в течение (дн.)</translation>
    </message>
    <message>
        <source>Risk score for caution</source>
        <translation>Оценка риска для уровня «Осторожно»</translation>
    </message>
    <message>
        <source>Risk score for decline</source>
        <translation>Оценка риска для уровня «Отказать»</translation>
    </message>
    <message>
        <source>Warn about a contract term ending this many days before the price notice is due</source>
        <translation>Предупреждать об окончании срока договора за столько дней до начала срока уведомления о цене</translation>
    </message>
    <message>
        <source>Least NDA surcharge (%)</source>
        <translation>Минимальная надбавка за NDA (%)</translation>
    </message>
    <message>
        <source>Client behaviour counts for (days)</source>
        <translation>Поведение клиента учитывается (дней)</translation>
    </message>
    <message>
        <source>Hours an extra revision round or an unbilled change takes (statistics)</source>
        <translation>Часов на лишний круг правок или неоплаченное изменение (статистика)</translation>
    </message>
    <message>
        <source>New agreements whose median rate old clients are compared with</source>
        <translation>Число новых договорённостей, с медианной ставкой которых сравниваются старые клиенты</translation>
    </message>
</context>
<context>
    <name>VatCalculator</name>
    <message>
        <source>VAT rate %1 is outside 0–100 %.</source>
        <translation>Ставка НДС %1 вне диапазона 0–100 %.</translation>
    </message>
    <message>
        <source>The amounts are too large to compute their VAT.</source>
        <translation>Суммы слишком велики для расчёта НДС.</translation>
    </message>
</context>
<context>
    <name>VatRate</name>
    <message>
        <source>&quot;%1&quot; is not a VAT rate: write a percentage such as 25.5 or 24.</source>
        <translation>«%1» не является ставкой НДС: укажите процент, напр. 25,5 или 20.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a VAT rate has at most one decimal (25.5).</source>
        <translation>«%1»: у ставки НДС не больше одного знака после запятой (25,5).</translation>
    </message>
    <message>
        <source>&quot;%1&quot;: a VAT rate is between 0 and 100 %.</source>
        <translation>«%1»: ставка НДС — от 0 до 100 %.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Desktop CRM for solo freelancers.</source>
        <translation>Настольная CRM для фрилансеров-одиночек.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Neuvo opens one database at a time; %1 files were given.</source>
        <translation>Neuvo открывает только одну базу данных за раз, а указано файлов: %1.</translation>
    </message>
    <message>
        <source>Give the database either as FILE or with --db, not both.</source>
        <translation>Укажите базу данных либо как ФАЙЛ, либо через --db, но не то и другое сразу.</translation>
    </message>
    <message>
        <source>Quit as soon as the main window has been painted once (to time the start; see docs/performance.md).</source>
        <translation>Завершить работу сразу после первой отрисовки главного окна (для замера времени запуска; см. docs/performance.md).</translation>
    </message>
    <message>
        <source>Quit as soon as the dashboard is complete, printing the time to the first paint, to the complete dashboard and the longest event-loop stall (see docs/performance.md).</source>
        <translation>Завершить работу, как только сводка будет готова, и вывести время до первой отрисовки, до готовой сводки и самую долгую остановку цикла событий (см. docs/performance.md).</translation>
    </message>
    <message>
        <source>Open the database FILE, or a database on a PostgreSQL server given as postgresql://USER@HOST/DATABASE (default: %1).</source>
        <translation>Открыть базу данных ФАЙЛ или базу на сервере PostgreSQL в виде postgresql://ПОЛЬЗОВАТЕЛЬ@СЕРВЕР/БАЗА (по умолчанию: %1).</translation>
    </message>
    <message>
        <source>The database file or postgresql:// URL to open, as with --db.</source>
        <translation>Открываемый файл базы данных или адрес postgresql://, как с --db.</translation>
    </message>
</context>
<context>
    <name>neuvo::CardListDialog</name>
    <message>
        <source>Filter by text, client or date</source>
        <translation>Фильтр по тексту, клиенту или дате</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Фильтр</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n запись</numerusform>
            <numerusform>%n записи</numerusform>
            <numerusform>%n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Показано %1 из %2</translation>
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
        <translation>Показать все %1…</translation>
    </message>
    <message>
        <source>Opens the whole list in a window of its own</source>
        <translation>Открывает весь список в отдельном окне</translation>
    </message>
</context>
<context>
    <name>neuvo::ClientDetailWidget</name>
    <message>
        <source>every day</source>
        <translation>ежедневно</translation>
    </message>
    <message>
        <source>no days</source>
        <translation>ни в какие дни</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>в любое время</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1–%2 (over midnight)</source>
        <translation>%1–%2 (через полночь)</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Interactions</source>
        <translation>Взаимодействия</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Обещания</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Тревожные сигналы</translation>
    </message>
    <message>
        <source>Select a client to see contacts, projects, interactions, promises and red flags.</source>
        <translation>Выберите клиента, чтобы увидеть его контакты, проекты, взаимодействия, обещания и тревожные сигналы.</translation>
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
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Edit Client – %1</source>
        <translation>Изменение клиента – %1</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>e.g. @handle</source>
        <translation>например, @username</translation>
    </message>
    <message>
        <source>Contact hours from</source>
        <translation>Начало времени для связи</translation>
    </message>
    <message>
        <source>Contact hours until</source>
        <translation>Конец времени для связи</translation>
    </message>
    <message>
        <source>Contact &amp;hours:</source>
        <translation>&amp;Часы связи:</translation>
    </message>
    <message>
        <source>In the client&apos;s time zone. The same time twice means any time; an end before the start runs over midnight.</source>
        <translation>По времени клиента. Одинаковое время начала и конца означает «в любое время»; если конец раньше начала, интервал переходит через полночь.</translation>
    </message>
    <message>
        <source>Contact &amp;days:</source>
        <translation>&amp;Дни связи:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>C&amp;ompany:</source>
        <translation>&amp;Компания:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>Источ&amp;ник:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Те&amp;лефон:</translation>
    </message>
    <message>
        <source>&amp;Messenger:</source>
        <translation>&amp;Мессенджер:</translation>
    </message>
    <message>
        <source>Preferred &amp;channel:</source>
        <translation>&amp;Основной канал:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Часовой &amp;пояс:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Заметки:</translation>
    </message>
    <message>
        <source>Add Client</source>
        <translation>Добавить клиента</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Company, street, postcode and town, country</source>
        <translation>Компания, улица, индекс и город, страна</translation>
    </message>
    <message>
        <source>e.g. 1234567-8</source>
        <translation>напр. 1234567-8</translation>
    </message>
    <message>
        <source>A Finnish business ID is checked; others are taken as written.</source>
        <translation>Финский рег. номер проверяется; остальные сохраняются как введены.</translation>
    </message>
    <message>
        <source>e.g. FI12345678</source>
        <translation>напр. FI12345678</translation>
    </message>
    <message>
        <source>Needed for a reverse-charge invoice to a business in another EU country.</source>
        <translation>Нужен для счёта с обратным начислением НДС компании в другой стране ЕС.</translation>
    </message>
    <message>
        <source>Billing details, printed on invoices</source>
        <translation>Платёжные данные для счетов</translation>
    </message>
    <message>
        <source>Billing &amp;address:</source>
        <translation>Адрес для &amp;счетов:</translation>
    </message>
    <message>
        <source>&amp;Business ID:</source>
        <translation>&amp;Рег. номер:</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>Номер плательщика &amp;НДС:</translation>
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
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Next stage due</source>
        <translation>Следующий платёж</translation>
    </message>
</context>
<context>
    <name>neuvo::ClientProjectsTab</name>
    <message>
        <source>Projects of the client</source>
        <translation>Проекты клиента</translation>
    </message>
    <message>
        <source>No projects for this client yet. Add one on the Projects page.</source>
        <translation>У этого клиента пока нет проектов. Добавьте проект на странице «Проекты».</translation>
    </message>
    <message>
        <source>Double-click a project to open it.</source>
        <translation>Дважды щёлкните проект, чтобы открыть его.</translation>
    </message>
</context>
<context>
    <name>neuvo::ClientTableModel</name>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>No red flags.</source>
        <translation>Тревожных сигналов нет.</translation>
    </message>
    <message>
        <source>Active projects</source>
        <translation>Активные проекты</translation>
    </message>
    <message>
        <source>Outstanding</source>
        <translation>К получению</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
</context>
<context>
    <name>neuvo::ClientsPage</name>
    <message>
        <source>Filter by name, company or e-mail</source>
        <translation>Фильтр по имени, компании или эл. почте</translation>
    </message>
    <message>
        <source>Filter clients</source>
        <translation>Фильтр клиентов</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>&amp;New Client…</source>
        <translation>&amp;Новый клиент…</translation>
    </message>
    <message>
        <source>New Client</source>
        <translation>Новый клиент</translation>
    </message>
    <message>
        <source>Add a client</source>
        <translation>Добавить клиента</translation>
    </message>
    <message>
        <source>&amp;Edit Client…</source>
        <translation>&amp;Изменить клиента…</translation>
    </message>
    <message>
        <source>&amp;Delete Client…</source>
        <translation>&amp;Удалить клиента…</translation>
    </message>
    <message>
        <source>No clients yet — press %1 to add one.</source>
        <translation>Клиентов пока нет — нажмите %1, чтобы добавить.</translation>
    </message>
    <message>
        <source>No client matches “%1”.</source>
        <translation>Нет клиентов, соответствующих «%1».</translation>
    </message>
    <message>
        <source>Edit Client</source>
        <translation>Изменить клиента</translation>
    </message>
    <message>
        <source>Delete Client</source>
        <translation>Удалить клиента</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить: %1?</translation>
    </message>
    <message numerus="yes">
        <source>The %n project(s) of this client, with their stages and revisions, are deleted too. Edit → Undo puts everything back.</source>
        <translation>
            <numerusform>%n проект этого клиента вместе с этапами и правками тоже будет удалён. Правка → Отменить удаление вернёт всё обратно.</numerusform>
            <numerusform>%n проекта этого клиента вместе с этапами и правками тоже будут удалены. Правка → Отменить удаление вернёт всё обратно.</numerusform>
            <numerusform>%n проектов этого клиента вместе с этапами и правками тоже будут удалены. Правка → Отменить удаление вернёт всё обратно.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit → Undo puts it back.</source>
        <translation>Правка → Отменить удаление вернёт его обратно.</translation>
    </message>
    <message numerus="yes">
        <source>Delete Client and %n Project(s)</source>
        <translation>
            <numerusform>Удалить клиента и %n проект</numerusform>
            <numerusform>Удалить клиента и %n проекта</numerusform>
            <numerusform>Удалить клиента и %n проектов</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>neuvo::ConnectServerDialog</name>
    <message>
        <source>Connect to Server</source>
        <translation>Подключение к серверу</translation>
    </message>
    <message>
        <source>Open a Neuvo database on a PostgreSQL server. The password comes from ~/.pgpass or PGPASSWORD; when neither has it, Neuvo asks for it and keeps it only while the database is open.</source>
        <translation>Открыть базу Neuvo на сервере PostgreSQL. Пароль берётся из ~/.pgpass или PGPASSWORD; если его нет ни там, ни там, Neuvo спросит его и будет помнить, только пока база открыта.</translation>
    </message>
    <message>
        <source>db.example.org, or a socket folder such as /var/run/postgresql</source>
        <translation>db.example.org или папка сокета, например /var/run/postgresql</translation>
    </message>
    <message>
        <source>Your login on this computer</source>
        <translation>Ваша учётная запись на этом компьютере</translation>
    </message>
    <message>
        <source>Encrypt and check the server&apos;s certificate</source>
        <translation>Шифровать и проверять сертификат сервера</translation>
    </message>
    <message>
        <source>Encrypt, without checking the certificate</source>
        <translation>Шифровать без проверки сертификата</translation>
    </message>
    <message>
        <source>Encrypt if the server offers it</source>
        <translation>Шифровать, если сервер это предлагает</translation>
    </message>
    <message>
        <source>Never encrypt</source>
        <translation>Никогда не шифровать</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>P&amp;ort:</source>
        <translation>П&amp;орт:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База данных:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>По&amp;льзователь:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Шифрование:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>По&amp;дключиться</translation>
    </message>
    <message>
        <source>The safest: nobody can read or change what is sent, and Neuvo talks only to the server named above. Needs the certificate of the server&apos;s authority in ~/.postgresql/root.crt (sslmode verify-full).</source>
        <translation>Самый надёжный: никто не может прочитать или изменить передаваемое, и Neuvo общается только с указанным выше сервером. Нужен сертификат центра, выдавшего сертификат сервера, в ~/.postgresql/root.crt (sslmode verify-full).</translation>
    </message>
    <message>
        <source>Nobody can read what is sent, but another machine could pose as the server (sslmode require).</source>
        <translation>Никто не может прочитать передаваемое, но другая машина может выдать себя за сервер (sslmode require).</translation>
    </message>
    <message>
        <source>Encrypted when the server can, otherwise not, without saying so (sslmode prefer). Fine on a Unix socket or a network you trust.</source>
        <translation>Шифруется, если сервер это умеет, иначе нет, и об этом не сообщается (sslmode prefer). Подходит для Unix-сокета или сети, которой вы доверяете.</translation>
    </message>
    <message>
        <source>Everything, passwords excepted, crosses the network readable: only on this computer or a network you trust (sslmode disable).</source>
        <translation>Всё, кроме паролей, передаётся по сети в открытом виде: только на этом компьютере или в сети, которой вы доверяете (sslmode disable).</translation>
    </message>
    <message>
        <source>Enter the name of the database on the server (Database).</source>
        <translation>Введите имя базы данных на сервере (База данных).</translation>
    </message>
    <message>
        <source>your login</source>
        <translation>вашей учётной записи</translation>
    </message>
    <message>
        <source>The server asks for the password of %1, and none was found in ~/.pgpass or PGPASSWORD. Type it under Password and connect again; Neuvo does not save it.</source>
        <translation>Сервер запрашивает пароль пользователя %1, а в ~/.pgpass и PGPASSWORD его нет. Введите его в поле «Пароль» и подключитесь снова; Neuvo его не сохраняет.</translation>
    </message>
    <message>
        <source>The server refused the user %1 or the password. Check User, and the password in ~/.pgpass, PGPASSWORD or under Password.</source>
        <translation>Сервер отклонил пользователя %1 или пароль. Проверьте поле «Пользователь» и пароль в ~/.pgpass, PGPASSWORD или в поле «Пароль».</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers on this computer at the socket folder and port given. Check Host and Port, and that the server is running.</source>
        <translation>Ни один сервер PostgreSQL на этом компьютере не отвечает в указанной папке сокета и порту. Проверьте поля «Сервер» и «Порт» и что сервер запущен.</translation>
    </message>
    <message>
        <source>No PostgreSQL server answers at %1, port %2. Check Host and Port, that the server is running, and that it accepts connections from this computer (listen_addresses, pg_hba.conf).</source>
        <translation>Ни один сервер PostgreSQL не отвечает по адресу %1, порт %2. Проверьте поля «Сервер» и «Порт», что сервер запущен и принимает подключения с этого компьютера (listen_addresses, pg_hba.conf).</translation>
    </message>
    <message>
        <source>The server has no database called %1. Check Database, or ask the server&apos;s administrator to create it (see docs/postgresql.md).</source>
        <translation>На сервере нет базы данных %1. Проверьте поле «База данных» или попросите администратора сервера создать её (см. docs/postgresql.md).</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>The server of %1 asks for the password of %2, and none was found in ~/.pgpass or PGPASSWORD. Neuvo uses it for this connection only and does not save it.</source>
        <translation>Сервер базы %1 запрашивает пароль пользователя %2, а в ~/.pgpass и PGPASSWORD его нет. Neuvo использует его только для этого подключения и не сохраняет.</translation>
    </message>
</context>
<context>
    <name>neuvo::ContactTab</name>
    <message>
        <source>Company:</source>
        <translation>Компания:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Источник:</translation>
    </message>
    <message>
        <source>E-mail:</source>
        <translation>Эл. почта:</translation>
    </message>
    <message>
        <source>Phone:</source>
        <translation>Телефон:</translation>
    </message>
    <message>
        <source>Messenger:</source>
        <translation>Мессенджер:</translation>
    </message>
    <message>
        <source>Preferred channel:</source>
        <translation>Основной канал:</translation>
    </message>
    <message>
        <source>Contact hours:</source>
        <translation>Часы связи:</translation>
    </message>
    <message>
        <source>Contact days:</source>
        <translation>Дни связи:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовой пояс:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Заметки:</translation>
    </message>
    <message>
        <source>Edi&amp;t Client…</source>
        <translation>&amp;Изменить клиента…</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 (now %2 there)</source>
        <translation>%1 (сейчас там %2)</translation>
    </message>
</context>
<context>
    <name>neuvo::CounterOfferDialog</name>
    <message>
        <source>Payment after the work (“50 % now, 50 % after”)</source>
        <translation>Оплату после работы («50 % сейчас, 50 % потом»)</translation>
    </message>
    <message>
        <source>A discount</source>
        <translation>Скидку</translation>
    </message>
    <message>
        <source>Signing an NDA</source>
        <translation>Подписать NDA</translation>
    </message>
    <message>
        <source>The work today (a rush)</source>
        <translation>Работу уже сегодня (срочно)</translation>
    </message>
    <message>
        <source>My price (“What is your budget?”)</source>
        <translation>Мою цену («Какой у вас бюджет?»)</translation>
    </message>
    <message>
        <source>The Client Asks For…</source>
        <translation>Клиент просит…</translation>
    </message>
    <message>
        <source>empty: the largest one the floor rate allows</source>
        <translation>пусто: наибольшая, какую допускает минимальная ставка</translation>
    </message>
    <message>
        <source>&amp;Discount asked (%1):</source>
        <translation>&amp;Запрошенная скидка (%1):</translation>
    </message>
    <message>
        <source>Answer text</source>
        <translation>Текст ответа</translation>
    </message>
    <message>
        <source>The client &amp;asks for:</source>
        <translation>Клиент &amp;просит:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Копировать в буфер обмена</translation>
    </message>
    <message>
        <source>Open &amp;E-mail Draft</source>
        <translation>Открыть &amp;черновик письма</translation>
    </message>
    <message>
        <source>A&amp;pply to Project</source>
        <translation>При&amp;менить к проекту</translation>
    </message>
    <message>
        <source>Discount asked</source>
        <translation>Запрошенная скидка</translation>
    </message>
    <message>
        <source>Replace the stages with the proposed prepaid stages; Save keeps them, Cancel discards them.</source>
        <translation>Заменить этапы предложенными предоплаченными; «Сохранить» оставит их, «Отмена» отбросит.</translation>
    </message>
    <message>
        <source>Set the deadline to the honest one; Save keeps it, Cancel discards it.</source>
        <translation>Установить честный срок; «Сохранить» оставит его, «Отмена» отбросит.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your answer to the client.</source>
        <translation>Скопировано. Вставьте это в ответ клиенту.</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the answer to the clipboard instead.</source>
        <translation>Почтовая программа не ответила. Скопируйте ответ в буфер обмена.</translation>
    </message>
</context>
<context>
    <name>neuvo::CsvExportDialog</name>
    <message>
        <source>Comma ( , )</source>
        <translation>Запятая ( , )</translation>
    </message>
    <message>
        <source>Semicolon ( ; )</source>
        <translation>Точка с запятой ( ; )</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляция</translation>
    </message>
    <message>
        <source>Point (1234.50)</source>
        <translation>Точка (1234.50)</translation>
    </message>
    <message>
        <source>Comma (1 234,50)</source>
        <translation>Запятая (1 234,50)</translation>
    </message>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>Windows-1252 (Western European)</source>
        <translation>Windows-1252 (западноевропейская)</translation>
    </message>
    <message>
        <source>Windows-1251 (Cyrillic)</source>
        <translation>Windows-1251 (кириллица)</translation>
    </message>
    <message>
        <source>&amp;Separator:</source>
        <translation>&amp;Разделитель:</translation>
    </message>
    <message>
        <source>&amp;Decimal mark:</source>
        <translation>&amp;Десятичный знак:</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>&amp;Кодировка:</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт CSV</translation>
    </message>
    <message>
        <source>Write the file the way your spreadsheet program reads it.</source>
        <translation>Запишите файл так, как его читает ваша программа электронных таблиц.</translation>
    </message>
    <message>
        <source>Mark the file as &amp;UTF-8 (byte order mark)</source>
        <translation>Пометить файл как &amp;UTF-8 (метка порядка байтов)</translation>
    </message>
    <message>
        <source>Without the mark Excel takes UTF-8 for the Windows encoding and garbles ä, ö and Cyrillic letters.</source>
        <translation>Без метки Excel принимает UTF-8 за кодировку Windows и искажает ä, ö и кириллицу.</translation>
    </message>
</context>
<context>
    <name>neuvo::CsvImportDialog</name>
    <message>
        <source>Import CSV</source>
        <translation>Импорт из CSV</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>A CSV file whose first line names the columns</source>
        <translation>Файл CSV, первая строка которого содержит названия столбцов</translation>
    </message>
    <message>
        <source>C&amp;hoose File…</source>
        <translation>&amp;Выбрать файл…</translation>
    </message>
    <message>
        <source>&amp;Import:</source>
        <translation>&amp;Что импортировать:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Preview and column mapping</source>
        <translation>Предварительный просмотр и сопоставление столбцов</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Проблемы</translation>
    </message>
    <message>
        <source>Dry Run checks every row and lists the problems here, with their line numbers. Nothing is written until every row is fine.</source>
        <translation>«Пробный запуск» проверяет каждую строку и перечисляет здесь проблемы с номерами строк. Ничего не записывается, пока все строки не будут в порядке.</translation>
    </message>
    <message>
        <source>&amp;Dry Run</source>
        <translation>&amp;Пробный запуск</translation>
    </message>
    <message>
        <source>Check every row without writing anything</source>
        <translation>Проверить все строки, ничего не записывая</translation>
    </message>
    <message>
        <source>I&amp;mport</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Файлы CSV (*.csv);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Компания</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Электронная почта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Messenger</source>
        <translation>Мессенджер</translation>
    </message>
    <message>
        <source>Preferred channel</source>
        <translation>Основной канал связи</translation>
    </message>
    <message>
        <source>Contact hours from</source>
        <translation>Начало времени для связи</translation>
    </message>
    <message>
        <source>Contact hours until</source>
        <translation>Конец времени для связи</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Заметки</translation>
    </message>
    <message>
        <source>Client id</source>
        <translation>ID клиента</translation>
    </message>
    <message>
        <source>Client name</source>
        <translation>Имя клиента</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Базовая стоимость</translation>
    </message>
    <message>
        <source>Client&apos;s first offer</source>
        <translation>Первое предложение клиента</translation>
    </message>
    <message>
        <source>NDA</source>
        <translation>NDA</translation>
    </message>
    <message>
        <source>Estimated hours</source>
        <translation>Расчётные часы</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок сдачи</translation>
    </message>
    <message>
        <source>Contract number</source>
        <translation>Номер договора</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Объём работ</translation>
    </message>
    <message>
        <source>Choose a file to see its first rows here.</source>
        <translation>Выберите файл, чтобы увидеть здесь его первые строки.</translation>
    </message>
    <message>
        <source>The file is empty; its first line must name the columns.</source>
        <translation>Файл пуст; его первая строка должна содержать названия столбцов.</translation>
    </message>
    <message>
        <source>The file cannot be read as CSV.</source>
        <translation>Файл не удаётся прочитать как CSV.</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Столбец %1</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>Импортировать как</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Строка %1</translation>
    </message>
    <message>
        <source>Field for column %1</source>
        <translation>Поле для столбца %1</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Пропустить</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n строка</numerusform>
            <numerusform>%n строки</numerusform>
            <numerusform>%n строк</numerusform>
        </translation>
    </message>
    <message>
        <source>The file has %1; the first %2 are shown. Choose above each column the field it goes into, or Skip.</source>
        <translation>В файле %1; показаны первые %2. Над каждым столбцом выберите поле, в которое он попадёт, или «Пропустить».</translation>
    </message>
    <message>
        <source>The file has %1. Choose above each column the field it goes into, or Skip.</source>
        <translation>В файле %1. Над каждым столбцом выберите поле, в которое он попадёт, или «Пропустить».</translation>
    </message>
    <message>
        <source>Nothing was imported. Fix these lines in the file, or change the column mapping, and check again.</source>
        <translation>Ничего не импортировано. Исправьте эти строки в файле или измените сопоставление столбцов и проверьте снова.</translation>
    </message>
    <message numerus="yes">
        <source>All %n row(s) are fine. Import writes them.</source>
        <translation>
            <numerusform>Ошибок нет (проверена %n строка). Кнопка «Импортировать» запишет её.</numerusform>
            <numerusform>Ошибок нет (проверены %n строки). Кнопка «Импортировать» запишет их.</numerusform>
            <numerusform>Ошибок нет (проверено %n строк). Кнопка «Импортировать» запишет их.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ничего не импортировано.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Формат:</translation>
    </message>
</context>
<context>
    <name>neuvo::DashboardPage</name>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>tomorrow</source>
        <translation>завтра</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message numerus="yes">
        <source>in %n days</source>
        <translation>
            <numerusform>через %n день</numerusform>
            <numerusform>через %n дня</numerusform>
            <numerusform>через %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>A date and how far it is from today, e.g. &quot;12.05.2024 (in 3 days)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation>Скрыть уведомление</translation>
    </message>
    <message>
        <source>Today&apos;s alerts</source>
        <translation>Напоминания на сегодня</translation>
    </message>
    <message>
        <source>Nothing needs your attention today.</source>
        <translation>Сегодня ничего не требует вашего внимания.</translation>
    </message>
    <message>
        <source>Clients to watch</source>
        <translation>Клиенты под наблюдением</translation>
    </message>
    <message>
        <source>No risky clients: nobody is at Caution or Decline.</source>
        <translation>Рискованных клиентов нет: ни у кого нет уровня «Осторожно» или «Отказать».</translation>
    </message>
    <message>
        <source>Projects in progress</source>
        <translation>Проекты в работе</translation>
    </message>
    <message>
        <source>No projects in progress. A project shows here once its status is “In progress”.</source>
        <translation>Проектов в работе нет. Проект появится здесь, когда его статус станет «В работе».</translation>
    </message>
    <message>
        <source>Income</source>
        <translation>Доход</translation>
    </message>
    <message>
        <source>Overdue payments</source>
        <translation>Просроченные оплаты</translation>
    </message>
    <message>
        <source>Work started without payment</source>
        <translation>Работа начата без оплаты</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Сроки сдачи</translation>
    </message>
    <message>
        <source>Payments due soon</source>
        <translation>Ближайшие оплаты</translation>
    </message>
    <message>
        <source>Promises</source>
        <translation>Обещания</translation>
    </message>
    <message>
        <source>Unconfirmed agreements</source>
        <translation>Неподтверждённые договорённости</translation>
    </message>
    <message>
        <source>Briefs without answer</source>
        <translation>Брифы без ответа</translation>
    </message>
    <message>
        <source>Price notices</source>
        <translation>Уведомления об изменении цен</translation>
    </message>
    <message>
        <source>Contract renewals</source>
        <translation>Продление договоров</translation>
    </message>
    <message>
        <source>Below your floor rate</source>
        <translation>Ниже минимальной ставки</translation>
    </message>
    <message>
        <source>Other alerts</source>
        <translation>Прочие напоминания</translation>
    </message>
    <message>
        <source>Today, %1</source>
        <translation>Сегодня, %1</translation>
    </message>
    <message>
        <source>Click to open the project</source>
        <translation>Щёлкните, чтобы открыть проект</translation>
    </message>
    <message>
        <source>Click to open the client</source>
        <translation>Щёлкните, чтобы открыть клиента</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>…and %1 more in the client&apos;s Red flags tab</source>
        <translation>…и ещё %1 на вкладке «Тревожные сигналы» клиента</translation>
    </message>
    <message>
        <source>%1, risk %2: %3</source>
        <translation>%1, уровень риска %2: %3</translation>
    </message>
    <message>
        <source>Risk score %1. Click to open the client.</source>
        <translation>Оценка риска: %1. Щёлкните, чтобы открыть клиента.</translation>
    </message>
    <message>
        <source>Next: stage %1 “%2”, %3 due %4</source>
        <translation>Следующий этап: %1 «%2», %3, срок оплаты %4</translation>
    </message>
    <message>
        <source>Next: stage %1 “%2”, %3, no due date</source>
        <translation>Следующий этап: %1 «%2», %3, без срока оплаты</translation>
    </message>
    <message>
        <source>No stages yet: add them in the project&apos;s Stages tab.</source>
        <translation>Этапов пока нет: добавьте их на вкладке «Этапы» проекта.</translation>
    </message>
    <message>
        <source>All stages paid.</source>
        <translation>Все этапы оплачены.</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>Срок сдачи: %1</translation>
    </message>
    <message>
        <source>&amp;Projects in progress</source>
        <translation>Проекты в &amp;работе</translation>
    </message>
    <message>
        <source>&amp;Projects in progress (%1)</source>
        <translation>Проекты в &amp;работе (%1)</translation>
    </message>
    <message>
        <source>…and %1 more below.</source>
        <translation>…и ещё %1 ниже.</translation>
    </message>
    <message>
        <source>New serious warnings since you last opened Neuvo:</source>
        <translation>Новые серьёзные предупреждения с момента последнего запуска Neuvo:</translation>
    </message>
    <message>
        <source>New reminders:</source>
        <translation>Новые напоминания:</translation>
    </message>
    <message>
        <source>New warnings and reminders:</source>
        <translation>Новые предупреждения и напоминания:</translation>
    </message>
    <message>
        <source>Part ways: finish or refund</source>
        <translation>Расстаться: завершить или вернуть деньги</translation>
    </message>
    <message>
        <source>Payment after the work</source>
        <translation>Оплата после работы</translation>
    </message>
    <message>
        <source>Changes to bill</source>
        <translation>Изменения к оплате</translation>
    </message>
    <message>
        <source>Discounts without a concession</source>
        <translation>Скидки без встречной уступки</translation>
    </message>
    <message>
        <source>NDA without its surcharge</source>
        <translation>NDA без надбавки</translation>
    </message>
    <message>
        <source>Prices without a breakdown</source>
        <translation>Цены без расшифровки</translation>
    </message>
    <message>
        <source>Deadlines without a margin</source>
        <translation>Сроки без запаса</translation>
    </message>
    <message>
        <source>&amp;Your alerts: what needs doing</source>
        <translation>&amp;Требует внимания: ваши напоминания</translation>
    </message>
    <message>
        <source>&amp;Your alerts: what needs doing (%1)</source>
        <translation>&amp;Требует внимания: ваши напоминания (%1)</translation>
    </message>
    <message>
        <source>&amp;Clients to watch: their flags</source>
        <translation>Клиенты под &amp;наблюдением: их сигналы</translation>
    </message>
    <message>
        <source>&amp;Clients to watch: their flags (%1)</source>
        <translation>Клиенты под &amp;наблюдением: их сигналы (%1)</translation>
    </message>
    <message>
        <source>Checking your records</source>
        <translation>Проверка ваших записей</translation>
    </message>
    <message numerus="yes">
        <source>Checking %Ln client(s)…</source>
        <translation>
            <numerusform>Проверяется %Ln клиент…</numerusform>
            <numerusform>Проверяются %Ln клиента…</numerusform>
            <numerusform>Проверяются %Ln клиентов…</numerusform>
        </translation>
    </message>
    <message>
        <source>When Neuvo was last closed (%1), being checked now:</source>
        <translation>Данные на момент последнего закрытия Neuvo (%1), сейчас проверяются:</translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln напоминание</numerusform>
            <numerusform>%Ln напоминания</numerusform>
            <numerusform>%Ln напоминаний</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln client(s) to watch</source>
        <translation>
            <numerusform>%Ln клиент под наблюдением</numerusform>
            <numerusform>%Ln клиента под наблюдением</numerusform>
            <numerusform>%Ln клиентов под наблюдением</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln project(s) in progress</source>
        <translation>
            <numerusform>%Ln проект в работе</numerusform>
            <numerusform>%Ln проекта в работе</numerusform>
            <numerusform>%Ln проектов в работе</numerusform>
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
        <translation>нет сеансовой шины (%1)</translation>
    </message>
    <message>
        <source>no notification service is running</source>
        <translation>служба уведомлений не запущена</translation>
    </message>
    <message>
        <source>The notification service did not take the notification: %1</source>
        <translation>Служба уведомлений не приняла уведомление: %1</translation>
    </message>
</context>
<context>
    <name>neuvo::DocumentDialog</name>
    <message>
        <source>Print or Export Document</source>
        <translation>Печать или экспорт документа</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Договор</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Коммерческое предложение</translation>
    </message>
    <message>
        <source>Invoice for one stage</source>
        <translation>Счёт на один этап</translation>
    </message>
    <message>
        <source>Print or Export – %1</source>
        <translation>Печать или экспорт – %1</translation>
    </message>
    <message>
        <source>Stage %1: %2</source>
        <translation>Этап %1: %2</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Документ:</translation>
    </message>
    <message>
        <source>&amp;Stage:</source>
        <translation>&amp;Этап:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>D&amp;ate:</source>
        <translation>Д&amp;ата:</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>Прос&amp;мотр…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Печать…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>Э&amp;кспорт в PDF…</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>На принтер отправлена %n страница.</numerusform>
            <numerusform>На принтер отправлены %n страницы.</numerusform>
            <numerusform>На принтер отправлено %n страниц.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Сохранено: %1 (%n страница).</numerusform>
            <numerusform>Сохранено: %1 (%n страницы).</numerusform>
            <numerusform>Сохранено: %1 (%n страниц).</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill them in under Edit → Preferences → Profile.</source>
        <translation>Заполните их в разделе Правка → Параметры → Профиль.</translation>
    </message>
    <message>
        <source>&amp;Issue Invoice…</source>
        <translation>&amp;Выставить счёт…</translation>
    </message>
    <message>
        <source>Gives the invoice the next number of your series and stores it as it prints now. An issued invoice never changes; a mistake is cancelled with a credit note.</source>
        <translation>Присваивает счёту следующий номер вашей серии и сохраняет его в том виде, в каком он сейчас печатается. Выставленный счёт больше не меняется; ошибку исправляют кредит-нотой.</translation>
    </message>
    <message>
        <source>Invoice %1 was issued on %2; it prints as issued.</source>
        <translation>Счёт %1 выставлен %2; он печатается в выставленном виде.</translation>
    </message>
    <message>
        <source>Not issued yet: it prints as a draft without a number.</source>
        <translation>Ещё не выставлен: печатается как проект без номера.</translation>
    </message>
    <message>
        <source>Issue the invoice for stage %1 dated %2, in %3? It gets the next number of your series and is stored as it prints now; afterwards it can only be cancelled with a credit note.</source>
        <translation>Выставить счёт за этап %1 датой %2 на языке «%3»? Он получит следующий номер вашей серии и сохранится в том виде, в каком печатается сейчас; после этого его можно только аннулировать кредит-нотой.</translation>
    </message>
    <message>
        <source>Issue Invoice</source>
        <translation>Выставить счёт</translation>
    </message>
    <message>
        <source>Issued invoice %1.</source>
        <translation>Выставлен счёт %1.</translation>
    </message>
</context>
<context>
    <name>neuvo::FindingTableModel</name>
    <message>
        <source>Severity</source>
        <translation>Важность</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Обоснование</translation>
    </message>
</context>
<context>
    <name>neuvo::FollowUpLetterDialog</name>
    <message>
        <source>Letter text</source>
        <translation>Текст письма</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>&amp;Copy to Clipboard</source>
        <translation>&amp;Копировать в буфер обмена</translation>
    </message>
    <message>
        <source>Open &amp;E-mail Draft</source>
        <translation>Открыть &amp;черновик письма</translation>
    </message>
    <message>
        <source>Copied. Paste it into your mail and send it; mark the agreement confirmed when the client answers.</source>
        <translation>Скопировано. Вставьте текст в письмо и отправьте его; когда клиент ответит, отметьте договорённость как подтверждённую.</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the letter to the clipboard instead.</source>
        <translation>Почтовая программа не ответила. Скопируйте письмо в буфер обмена.</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Письмо</translation>
    </message>
    <message>
        <source>Follow-up letter: confirm the agreements</source>
        <translation>Письмо по итогам: подтвердить договорённости</translation>
    </message>
    <message>
        <source>Reminder: the brief has had no answer</source>
        <translation>Напоминание: на бриф нет ответа</translation>
    </message>
    <message>
        <source>Releasing the reserved time: the reminder too has had no answer</source>
        <translation>Освобождение зарезервированного времени: и на напоминание нет ответа</translation>
    </message>
    <message>
        <source>Le&amp;tter:</source>
        <translation>Пи&amp;сьмо:</translation>
    </message>
    <message>
        <source>Copied. Paste it into your mail and send it, then log it as a reminder: one is enough.</source>
        <translation>Скопировано. Вставьте в письмо и отправьте, затем запишите его как напоминание: одного достаточно.</translation>
    </message>
    <message>
        <source>Copied. Paste it into your mail and send it; the time is free for other work.</source>
        <translation>Скопировано. Вставьте в письмо и отправьте; время свободно для другой работы.</translation>
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
        <translation>сейчас</translation>
    </message>
    <message>
        <source>Income chart</source>
        <translation>График дохода</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Expected (unpaid stages by due date)</source>
        <translation>Ожидается (неоплаченные этапы по сроку оплаты)</translation>
    </message>
    <message>
        <source>%1: paid %2, expected %3</source>
        <translation>%1: оплачено %2, ожидается %3</translation>
    </message>
    <message>
        <source>Paid per month against the unpaid stages due each month, in %1.</source>
        <translation>Поступления по месяцам в сравнении с неоплаченными этапами, срок оплаты которых приходится на каждый месяц; валюта: %1.</translation>
    </message>
    <message>
        <source>Stages in %1 are not included: Neuvo does not convert currencies.</source>
        <translation>Этапы в %1 не учтены: Neuvo не конвертирует валюты.</translation>
    </message>
</context>
<context>
    <name>neuvo::IntegrityReportDialog</name>
    <message>
        <source>Check Database</source>
        <translation>Проверка целостности базы данных</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Проблема</translation>
    </message>
    <message>
        <source>Problems found</source>
        <translation>Найденные проблемы</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Не удалось выполнить проверку: %1</translation>
    </message>
    <message>
        <source>No problems found in %1: SQLite&apos;s integrity check, the references between records and Neuvo&apos;s own rules (stages add up to each project&apos;s total, no negative amounts) all pass.</source>
        <translation>В файле %1 проблем не найдено: проверка целостности SQLite, ссылки между записями и собственные правила Neuvo (сумма этапов равна итоговой стоимости каждого проекта, отрицательных сумм нет) — всё в порядке.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) found in %1.</source>
        <translation>
            <numerusform>В файле %1 найдена %n проблема.</numerusform>
            <numerusform>В файле %1 найдены %n проблемы.</numerusform>
            <numerusform>В файле %1 найдено %n проблем.</numerusform>
        </translation>
    </message>
    <message>
        <source>The newest backup that passes the check is from %1; File → Restore Backup puts it back.</source>
        <translation>Самая новая резервная копия, прошедшая проверку, создана %1; вернуть её можно командой Файл → Восстановить из резервной копии.</translation>
    </message>
    <message>
        <source>the file</source>
        <translation>файл</translation>
    </message>
    <message>
        <source>No problems found in %1: its schema is Neuvo&apos;s, and Neuvo&apos;s own rules (stages add up to each project&apos;s total, no negative amounts, records about a project are with its client) all pass. The PostgreSQL server itself keeps its storage, constraints and references between records sound.</source>
        <translation>В базе данных %1 проблем не найдено: её схема — схема Neuvo, и собственные правила Neuvo (сумма этапов равна итоговой стоимости каждого проекта, отрицательных сумм нет, записи о проекте относятся к его клиенту) соблюдены. За сохранность хранилища, ограничений и ссылок между записями отвечает сам сервер PostgreSQL.</translation>
    </message>
</context>
<context>
    <name>neuvo::InteractionDialog</name>
    <message>
        <source>Edit Interaction</source>
        <translation>Изменить взаимодействие</translation>
    </message>
    <message>
        <source>Confirmed in w&amp;riting on</source>
        <translation>Подтвер&amp;ждено письменно</translation>
    </message>
    <message>
        <source>Confirmed in writing on</source>
        <translation>Дата письменного подтверждения</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>К&amp;анал:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Содержание:</translation>
    </message>
</context>
<context>
    <name>neuvo::InteractionTableModel</name>
    <message>
        <source>%1 in the client&apos;s time zone (%2)</source>
        <translation>%1 по времени клиента (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Канал</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Направление</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Содержание</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Подтверждено</translation>
    </message>
</context>
<context>
    <name>neuvo::InteractionsTab</name>
    <message>
        <source>Interaction log</source>
        <translation>Журнал взаимодействий</translation>
    </message>
    <message>
        <source>No interactions logged yet. Record calls, mails and meetings below; the red-flag rules read them.</source>
        <translation>Взаимодействий пока нет. Записывайте ниже звонки, письма и встречи — правила тревожных сигналов учитывают их.</translation>
    </message>
    <message>
        <source>What was said or agreed</source>
        <translation>О чём говорили или договорились</translation>
    </message>
    <message>
        <source>Confirmed in w&amp;riting on</source>
        <translation>Подтвер&amp;ждено письменно</translation>
    </message>
    <message>
        <source>Confirmed in writing on</source>
        <translation>Дата письменного подтверждения</translation>
    </message>
    <message>
        <source>&amp;Add to Log</source>
        <translation>&amp;Добавить в журнал</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Когда:</translation>
    </message>
    <message>
        <source>Cha&amp;nnel:</source>
        <translation>К&amp;анал:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Направление:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation>&amp;Содержание:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Без проекта</translation>
    </message>
    <message>
        <source>Add to Log</source>
        <translation>Добавить в журнал</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>У&amp;далить</translation>
    </message>
    <message>
        <source>Delete the selected interaction; Edit → Undo puts it back</source>
        <translation>Удалить выбранное взаимодействие; Правка → Отменить вернёт его</translation>
    </message>
    <message>
        <source>Edit Interaction</source>
        <translation>Изменить взаимодействие</translation>
    </message>
    <message>
        <source>Delete Interaction</source>
        <translation>Удалить взаимодействие</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>&amp;Письмо…</translation>
    </message>
    <message>
        <source>After a call or meeting: its agreements as a letter asking the client to confirm. After a sent brief: the one reminder; after the reminder: releasing the reserved time</source>
        <translation>После звонка или встречи: договорённости письмом с просьбой подтвердить. После отправленного брифа: единственное напоминание; после напоминания: освобождение зарезервированного времени</translation>
    </message>
</context>
<context>
    <name>neuvo::InvoicePaymentDialog</name>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>&amp;Record Payment</source>
        <translation>&amp;Записать платёж</translation>
    </message>
    <message>
        <source>Re&amp;move Selected</source>
        <translation>&amp;Удалить выбранный</translation>
    </message>
    <message>
        <source>&amp;Amount received:</source>
        <translation>&amp;Полученная сумма:</translation>
    </message>
    <message>
        <source>&amp;Date received:</source>
        <translation>&amp;Дата получения:</translation>
    </message>
    <message>
        <source>Payments – Invoice %1</source>
        <translation>Платежи – счёт %1</translation>
    </message>
    <message>
        <source>Invoice %1 to %2: %3 to pay, %4 still owed.</source>
        <translation>Счёт %1 для %2: к оплате %3, осталось %4.</translation>
    </message>
    <message>
        <source>Amount: %1</source>
        <translation>Сумма: %1</translation>
    </message>
    <message>
        <source>Remove Payment</source>
        <translation>Удалить платёж</translation>
    </message>
    <message>
        <source>Remove the payment of %1 received on %2? Its share comes off the stage too.</source>
        <translation>Удалить платёж %1, полученный %2? Его доля будет снята и с этапа.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>neuvo::InvoicesModel</name>
    <message>
        <source>Cancels invoice %1</source>
        <translation>Аннулирует счёт %1</translation>
    </message>
    <message>
        <source>Cancelled by credit note %1</source>
        <translation>Аннулирован кредит-нотой %1</translation>
    </message>
    <message>
        <source>%1, stage %2</source>
        <translation>%1, этап %2</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочен</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Покупатель</translation>
    </message>
    <message>
        <source>Project and stage</source>
        <translation>Проект и этап</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Без НДС</translation>
    </message>
    <message>
        <source>VAT</source>
        <translation>НДС</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>С НДС</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>neuvo::InvoicesPage</name>
    <message>
        <source>&lt;h2&gt;Invoices&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Счета&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Прошлый месяц</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Прошлый год</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>From – to</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Выставлены с</translation>
    </message>
    <message>
        <source>Issued until</source>
        <translation>Выставлены по</translation>
    </message>
    <message>
        <source>&amp;Issued:</source>
        <translation>&amp;Выставлены:</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>Pre&amp;view…</source>
        <translation>&amp;Просмотр…</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Экспорт в PDF…</translation>
    </message>
    <message>
        <source>&amp;Record Payment…</source>
        <translation>&amp;Записать платёж…</translation>
    </message>
    <message>
        <source>&amp;Cancel with Credit Note…</source>
        <translation>&amp;Аннулировать кредит-нотой…</translation>
    </message>
    <message>
        <source>Export C&amp;SV…</source>
        <translation>Экспорт в C&amp;SV…</translation>
    </message>
    <message>
        <source>The invoices of the period with net, VAT, gross and paid, and the totals per currency and VAT rate, for your accountant.</source>
        <translation>Счета за период: без НДС, НДС, с НДС и оплачено, с итогами по валютам и ставкам НДС, для вашего бухгалтера.</translation>
    </message>
    <message>
        <source>Invoices are issued from a project: Print / Export, a stage&apos;s invoice, Issue Invoice. Double-click an invoice to open its project.</source>
        <translation>Счета выставляются из проекта: Печать / экспорт, счёт за этап, Выставить счёт. Дважды щёлкните по счёту, чтобы открыть его проект.</translation>
    </message>
    <message>
        <source>No invoices issued in this period. Issue one from a project&apos;s Print / Export.</source>
        <translation>За этот период счетов нет. Выставите счёт из проекта: Печать / экспорт.</translation>
    </message>
    <message>
        <source>%1: net %2 · VAT %3 · gross %4 · paid %5 · outstanding %6</source>
        <translation>%1: без НДС %2 · НДС %3 · с НДС %4 · оплачено %5 · к получению %6</translation>
    </message>
    <message>
        <source>    VAT %1: net %2 · VAT %3</source>
        <extracomment>A line of the VAT summary under the invoice list: &quot; VAT 25,5 %: net 1 000,00 € · VAT 255,00 €&quot;.</extracomment>
        <translation>    НДС %1: без НДС %2 · НДС %3</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Экспорт в PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose an invoice first.</source>
        <translation>Сначала выберите счёт.</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n page(s)).</source>
        <translation>
            <numerusform>Сохранено: %1 (%n страница).</numerusform>
            <numerusform>Сохранено: %1 (%n страницы).</numerusform>
            <numerusform>Сохранено: %1 (%n страниц).</numerusform>
        </translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message numerus="yes">
        <source>Saved %1 (%n invoice(s)).</source>
        <translation>
            <numerusform>Сохранено: %1 (%n счёт).</numerusform>
            <numerusform>Сохранено: %1 (%n счёта).</numerusform>
            <numerusform>Сохранено: %1 (%n счетов).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancel invoice %1 with a credit note dated %2? The credit note takes the next number and cancels the invoice in full; neither can be changed afterwards. The stage can then be invoiced again.</source>
        <translation>Аннулировать счёт %1 кредит-нотой от %2? Кредит-нота получит следующий номер и полностью аннулирует счёт; ни один из них затем нельзя изменить. Этап можно будет выставить заново.</translation>
    </message>
    <message>
        <source>Cancel Invoice</source>
        <translation>Аннулировать счёт</translation>
    </message>
    <message>
        <source>Issue Credit Note</source>
        <translation>Выставить кредит-ноту</translation>
    </message>
    <message>
        <source>Credit note %1 cancels invoice %2.</source>
        <translation>Кредит-нота %1 аннулирует счёт %2.</translation>
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
        <translation>Навигация</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Клиенты</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Платежи</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Welcome to Neuvo&lt;/h2&gt;&lt;p&gt;Your database is empty. Add your first client, or look around with sample clients, projects and payments first.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Добро пожаловать в Neuvo&lt;/h2&gt;&lt;p&gt;Ваша база данных пуста. Добавьте первого клиента или сначала осмотритесь на примере клиентов, проектов и платежей.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Open demo data</source>
        <translation>Открыть демонстрационные данные</translation>
    </message>
    <message>
        <source>Neuvo</source>
        <translation>Neuvo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Database…</source>
        <translation>&amp;Создать базу данных…</translation>
    </message>
    <message>
        <source>Create an empty database file and open it in a new window</source>
        <translation>Создать пустой файл базы данных и открыть его в новом окне</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Открыть базу данных…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Открыть &amp;недавние</translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation>&amp;Закрыть окно</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <source>&amp;Find Client</source>
        <translation>&amp;Найти клиента</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Параметры…</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>Пере&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Обзор</translation>
    </message>
    <message>
        <source>&amp;Clients</source>
        <translation>&amp;Клиенты</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Проекты</translation>
    </message>
    <message>
        <source>P&amp;ayments</source>
        <translation>П&amp;латежи</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;About Neuvo</source>
        <translation>&amp;О программе Neuvo</translation>
    </message>
    <message>
        <source>About Neuvo</source>
        <translation>О программе Neuvo</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Neuvo %1&lt;/h3&gt;&lt;p&gt;A desktop CRM for solo freelancers: clients, staged payments, contracts and the red flags of difficult clients.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Neuvo %1&lt;/h3&gt;&lt;p&gt;Настольная CRM для фрилансеров-одиночек: клиенты, поэтапные оплаты, договоры и тревожные сигналы трудных клиентов.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Основная панель</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Создать базу данных</translation>
    </message>
    <message>
        <source>%1 already exists. Choose a new file name, or open it with File → Open Database.</source>
        <translation>%1 уже существует. Выберите другое имя файла или откройте его через Файл → Открыть базу данных.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Открыть базу данных</translation>
    </message>
    <message>
        <source>&amp;Client</source>
        <translation>&amp;Клиент</translation>
    </message>
    <message>
        <source>&amp;Print or Export Document…</source>
        <translation>&amp;Печать или экспорт документа…</translation>
    </message>
    <message>
        <source>Contract, quote or stage invoice of the selected project</source>
        <translation>Договор, коммерческое предложение или счёт на этап выбранного проекта</translation>
    </message>
    <message>
        <source>Select a project, then print its contract, quote or invoice.</source>
        <translation>Выберите проект, затем распечатайте его договор, коммерческое предложение или счёт.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Только для чтения</translation>
    </message>
    <message>
        <source>Read-only: %1 You can look at everything, but changes cannot be saved.</source>
        <translation>Только для чтения. %1 Просматривать можно всё, но сохранить изменения нельзя.</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (только для чтения)</translation>
    </message>
    <message>
        <source>The newest good backup is %1, made %2. Restore this backup puts it in the place of %3; the file as it is now is kept, byte for byte, in %4.</source>
        <translation>Самая новая исправная резервная копия — %1 (создана %2). Кнопка «Восстановить эту резервную копию» поставит её на место %3; файл в нынешнем виде будет сохранён байт в байт в %4.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Восстановить эту резервную копию</translation>
    </message>
    <message>
        <source>%1 was restored from %2. The file that could not be opened is kept as %3.</source>
        <translation>База данных %1 восстановлена из %2. Файл, который не удалось открыть, сохранён как %3.</translation>
    </message>
    <message>
        <source>Switch to the Running Neuvo</source>
        <translation>Перейти к запущенному Neuvo</translation>
    </message>
    <message>
        <source>Open Read-Only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <source>%1 is already open in another Neuvo.</source>
        <translation>Файл %1 уже открыт в другом экземпляре Neuvo.</translation>
    </message>
    <message>
        <source>Only one Neuvo at a time may change a database (%1). You can open it here read-only: you can look at everything, but not change it.</source>
        <translation>Изменять базу данных может одновременно только один экземпляр Neuvo (%1). Здесь её можно открыть только для чтения: просматривать можно всё, но изменять — нельзя.</translation>
    </message>
    <message>
        <source>The Neuvo that has %1 open did not answer. Switch to it yourself, or start again and open the file read-only.</source>
        <translation>Экземпляр Neuvo, в котором открыт файл %1, не ответил. Перейдите к нему сами или запустите Neuvo снова и откройте файл только для чтения.</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Импорт из CSV…</translation>
    </message>
    <message>
        <source>Clients or projects from a spreadsheet, with a preview and column mapping</source>
        <translation>Клиенты или проекты из электронной таблицы — с предварительным просмотром и сопоставлением столбцов</translation>
    </message>
    <message>
        <source>&amp;Export CSV</source>
        <translation>&amp;Экспорт в CSV</translation>
    </message>
    <message>
        <source>&amp;Clients…</source>
        <translation>&amp;Клиенты…</translation>
    </message>
    <message>
        <source>&amp;Projects…</source>
        <translation>&amp;Проекты…</translation>
    </message>
    <message>
        <source>Payment &amp;Stages…</source>
        <translation>&amp;Этапы оплаты…</translation>
    </message>
    <message>
        <source>&amp;Back Up Now</source>
        <translation>Создать &amp;резервную копию</translation>
    </message>
    <message>
        <source>Save a copy of the database in its backups folder</source>
        <translation>Сохранить копию базы данных в папке её резервных копий</translation>
    </message>
    <message>
        <source>Restore Bac&amp;kup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <source>Put an earlier copy of the database back</source>
        <translation>Вернуть более раннюю копию базы данных</translation>
    </message>
    <message>
        <source>Check &amp;Database</source>
        <translation>Проверить &amp;целостность базы данных</translation>
    </message>
    <message>
        <source>Look for damage and for records that break Neuvo&apos;s rules</source>
        <translation>Найти повреждения и записи, нарушающие правила Neuvo</translation>
    </message>
    <message>
        <source>The backup was not made. %1</source>
        <translation>Резервная копия не создана. %1</translation>
    </message>
    <message>
        <source>Backed up to %1.</source>
        <translation>Резервная копия записана в %1.</translation>
    </message>
    <message>
        <source>%1 was restored from %2.</source>
        <translation>База данных %1 восстановлена из %2.</translation>
    </message>
    <message>
        <source>What it held before is kept as %1.</source>
        <translation>Её прежнее содержимое сохранено как %1.</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s); a backup was made first.</source>
        <translation>
            <numerusform>Импортирована %n строка; перед импортом создана резервная копия.</numerusform>
            <numerusform>Импортированы %n строки; перед импортом создана резервная копия.</numerusform>
            <numerusform>Импортировано %n строк; перед импортом создана резервная копия.</numerusform>
        </translation>
    </message>
    <message>
        <source>clients</source>
        <translation>клиенты</translation>
    </message>
    <message>
        <source>projects</source>
        <translation>проекты</translation>
    </message>
    <message>
        <source>stages</source>
        <translation>этапы</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Экспорт в CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Экспортировано в %1.</translation>
    </message>
    <message>
        <source>Neuvo databases (*.neuvo *.sqlite)</source>
        <translation>Базы данных Neuvo (*.neuvo *.sqlite)</translation>
    </message>
    <message>
        <source>Neuvo databases (*.neuvo *.sqlite);;All files (*)</source>
        <translation>Базы данных Neuvo (*.neuvo *.sqlite);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Export Ca&amp;lendar…</source>
        <translation>Экспорт &amp;календаря…</translation>
    </message>
    <message>
        <source>Due dates, deadlines, promises, renewals and price notices as an iCalendar file for your calendar</source>
        <translation>Сроки оплаты и сдачи, обещания, продления договоров и уведомления о ценах в виде файла iCalendar для вашего календаря</translation>
    </message>
    <message>
        <source>Export Calendar</source>
        <translation>Экспорт календаря</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Файлы iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>%1 (%2) – Neuvo</source>
        <extracomment>Window title: the database file and how many things need attention</extracomment>
        <translation>%1 (%2) – Neuvo</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Демонстрационные данные</translation>
    </message>
    <message>
        <source>This is demo data with made-up clients, in a file of its own (%1). Your own database is not changed by anything you do here.</source>
        <translation>Это демонстрационные данные с вымышленными клиентами в отдельном файле (%1). Ничто из сделанного здесь не меняет вашу собственную базу данных.</translation>
    </message>
    <message>
        <source>&amp;Back to My Database</source>
        <translation>&amp;Назад к своей базе</translation>
    </message>
    <message>
        <source>The folder for the demo data, %1, cannot be created.</source>
        <translation>Не удаётся создать папку для демонстрационных данных %1.</translation>
    </message>
    <message>
        <source>Invoices</source>
        <translation>Счета</translation>
    </message>
    <message>
        <source>&amp;Invoices</source>
        <translation>&amp;Счета</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Статистика</translation>
    </message>
    <message>
        <source>&amp;Statistics</source>
        <translation>Ст&amp;атистика</translation>
    </message>
    <message>
        <source>Connect to &amp;Server…</source>
        <translation>Подключиться к &amp;серверу…</translation>
    </message>
    <message>
        <source>Open a Neuvo database on a PostgreSQL server</source>
        <translation>Открыть базу Neuvo на сервере PostgreSQL</translation>
    </message>
    <message>
        <source>Save a snapshot of every table in %1 (the server&apos;s own backup is pg_dump)</source>
        <translation>Сохранить снимок всех таблиц в %1 (собственная резервная копия сервера — pg_dump)</translation>
    </message>
    <message>
        <source>Restoring a backup</source>
        <translation>Восстановление резервной копии</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Open Recent: a database on a server, its name and URL</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Look for records that break Neuvo&apos;s rules (the server keeps its storage sound)</source>
        <translation>Найти записи, нарушающие правила Neuvo (за целостность хранилища отвечает сам сервер)</translation>
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
        <translation>%1: этап %2 &apos;%3&apos;</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Сумма</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>Column: the amount paid so far for a stage</extracomment>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
</context>
<context>
    <name>neuvo::PaymentsPage</name>
    <message>
        <source>&lt;h2&gt;Payments&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Платежи&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Показать:</translation>
    </message>
    <message>
        <source>Payment stages</source>
        <translation>Этапы оплаты</translation>
    </message>
    <message>
        <source>Double-click a stage to open its project.</source>
        <translation>Дважды щёлкните этап, чтобы открыть его проект.</translation>
    </message>
    <message>
        <source>Due within a day</source>
        <translation>К оплате в течение дня</translation>
    </message>
    <message numerus="yes">
        <source>Due in %n days</source>
        <comment>payments filter</comment>
        <translation>
            <numerusform>К оплате в течение %n дня</numerusform>
            <numerusform>К оплате в течение %n дней</numerusform>
            <numerusform>К оплате в течение %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>All</source>
        <translation>Все</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просроченные</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>Неоплаченные</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплаченные</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>Filter button with the number of stages it shows, e.g. &quot;Overdue (3)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unpaid stages due within the number of days set in Preferences (now %1)</source>
        <translation>Неоплаченные этапы со сроком оплаты в пределах числа дней, заданного в параметрах (сейчас %1)</translation>
    </message>
    <message>
        <source>No stages yet — add them in a project&apos;s Stages tab.</source>
        <translation>Этапов пока нет — добавьте их на вкладке «Этапы» проекта.</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Просроченных этапов нет.</translation>
    </message>
    <message>
        <source>Nothing due within a day.</source>
        <translation>Оплат в течение дня не ожидается.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing due in the next %n days.</source>
        <translation>
            <numerusform>В ближайший %n день оплат не ожидается.</numerusform>
            <numerusform>В ближайшие %n дня оплат не ожидается.</numerusform>
            <numerusform>В ближайшие %n дней оплат не ожидается.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every stage that is owed has been paid.</source>
        <translation>Все причитающиеся этапы оплачены.</translation>
    </message>
    <message>
        <source>No stage has been paid yet.</source>
        <translation>Ни один этап ещё не оплачен.</translation>
    </message>
    <message>
        <source>Outstanding: %1</source>
        <translation>К получению: %1</translation>
    </message>
    <message>
        <source>Paid: %1</source>
        <translation>Оплачено: %1</translation>
    </message>
    <message>
        <source>Nothing outstanding and nothing paid in the stages shown.</source>
        <translation>По показанным этапам нет ни сумм к получению, ни оплат.</translation>
    </message>
</context>
<context>
    <name>neuvo::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Параметры</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Профиль</translation>
    </message>
    <message>
        <source>Defaults</source>
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Red-flag rules</source>
        <translation>Правила тревожных сигналов</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Интерфейс</translation>
    </message>
    <message>
        <source>e.g. Sole proprietor</source>
        <translation>например, индивидуальный предприниматель</translation>
    </message>
    <message>
        <source>IBAN, BIC and bank name</source>
        <translation>IBAN, BIC и название банка</translation>
    </message>
    <message>
        <source>Your details appear on contracts, quotes and invoices.</source>
        <translation>Ваши данные указываются в договорах, коммерческих предложениях и счетах.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Имя:</translation>
    </message>
    <message>
        <source>&amp;Legal form:</source>
        <translation>&amp;Правовая форма:</translation>
    </message>
    <message>
        <source>&amp;Registration number:</source>
        <translation>&amp;Регистрационный номер:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Адрес:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Эл. почта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Bank details:</source>
        <translation>&amp;Банковские реквизиты:</translation>
    </message>
    <message>
        <source>What an NDA adds to the price; experienced freelancers charge 20–40 %.</source>
        <translation>Насколько NDA увеличивает цену; опытные фрилансеры берут 20–40 %.</translation>
    </message>
    <message>
        <source>Share of a stage refunded when you miss its deadline.</source>
        <translation>Доля стоимости этапа, возвращаемая клиенту при срыве его срока.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>The lowest price per hour you accept; projects below it raise an alert.</source>
        <translation>Минимальная цена часа, на которую вы согласны; проекты ниже неё вызывают напоминание.</translation>
    </message>
    <message>
        <source>&amp;Currency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;NDA surcharge:</source>
        <translation>&amp;Надбавка за NDA:</translation>
    </message>
    <message>
        <source>Included &amp;revision rounds:</source>
        <translation>Включено &amp;раундов правок:</translation>
    </message>
    <message>
        <source>&amp;Guarantee refund:</source>
        <translation>&amp;Гарантийный возврат:</translation>
    </message>
    <message>
        <source>Price change &amp;notice:</source>
        <translation>&amp;Уведомление об изменении цен:</translation>
    </message>
    <message>
        <source>Working &amp;hours:</source>
        <translation>Рабочие &amp;часы:</translation>
    </message>
    <message>
        <source>Working days:</source>
        <translation>Рабочие дни:</translation>
    </message>
    <message>
        <source>&amp;Floor rate per hour:</source>
        <translation>&amp;Минимальная ставка в час:</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Язык системы</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO 4217 code such as EUR.</source>
        <translation>Валюта: &quot;%1&quot; — не трёхбуквенный код ISO 4217 (например, EUR).</translation>
    </message>
    <message>
        <source>Floor rate per hour: %1</source>
        <translation>Минимальная ставка в час: %1</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source> backups</source>
        <translation> шт.</translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation>&amp;Хранить последних копий:</translation>
    </message>
    <message>
        <source>Neuvo backs up the database at the first start of each day, before every import and restore, and with File → Back Up Now, into %1. Older backups are deleted beyond this number; the copies made before a database upgrade are always kept.</source>
        <translation>Neuvo сохраняет резервные копии базы данных в папку %1: при первом запуске за день, перед каждым импортом и восстановлением, а также по команде Файл → Создать резервную копию. Более старые копии сверх этого количества удаляются; копии, созданные перед обновлением базы данных, хранятся всегда.</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Напоминания</translation>
    </message>
    <message>
        <source>Desktop &amp;notifications</source>
        <translation>&amp;Уведомления на рабочем столе</translation>
    </message>
    <message>
        <source>&amp;Quiet outside my working hours</source>
        <translation>&amp;Тишина вне моего рабочего времени</translation>
    </message>
    <message>
        <source>One notification for each new serious warning and each payment, deadline or promise coming due, with the client&apos;s name; click it to open the item. Each is announced once, also by the reminder timer (neuvo-cli alerts --notify) while Neuvo is closed. Without a notification service Neuvo uses the tray, else the dashboard&apos;s banner.</source>
        <translation>Одно уведомление о каждом новом серьёзном предупреждении и о каждой наступающей оплате, сроке сдачи или обещании, с именем клиента; щёлкните по нему, чтобы открыть запись. О каждом сообщается один раз, в том числе таймером напоминаний (neuvo-cli alerts --notify), пока Neuvo закрыта. Без службы уведомлений Neuvo использует системный лоток, а если его нет — баннер на странице «Обзор».</translation>
    </message>
    <message>
        <source>Outside the working hours and days on the Defaults tab, notifications wait until work starts.</source>
        <translation>Вне рабочих часов и дней, указанных на вкладке «По умолчанию», уведомления ждут начала работы.</translation>
    </message>
    <message>
        <source>No reminder</source>
        <translation>Без напоминания</translation>
    </message>
    <message>
        <source>On the day</source>
        <translation>В тот же день</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) before</source>
        <translation>
            <numerusform>За %n день</numerusform>
            <numerusform>За %n дня</numerusform>
            <numerusform>За %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Calendar &amp;reminder:</source>
        <translation>&amp;Напоминание календаря:</translation>
    </message>
    <message>
        <source>The calendar file (File → Export Calendar, or neuvo-cli ics for a calendar that subscribes to it) asks your calendar to remind you of each event then, at the start of your working day.</source>
        <translation>Файл календаря («Файл → Экспорт календаря» или neuvo-cli ics для календаря с подпиской) просит ваш календарь напомнить о каждом событии в этот срок, в начале рабочего дня.</translation>
    </message>
    <message>
        <source>A new language is used from the next start, with its dates and numbers.</source>
        <translation>Новый язык вместе с его форматом дат и чисел применяется со следующего запуска.</translation>
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
        <translation>%1 (США)</translation>
    </message>
    <message>
        <source>&amp;Paper for documents:</source>
        <translation>&amp;Бумага для документов:</translation>
    </message>
    <message>
        <source>&amp;Dates in English documents:</source>
        <translation>&amp;Даты в документах на английском:</translation>
    </message>
    <message>
        <source>Taxes and invoices</source>
        <translation>Налоги и счета</translation>
    </message>
    <message>
        <source>e.g. FI12345678</source>
        <translation>напр. FI12345678</translation>
    </message>
    <message>
        <source>A percentage with at most one decimal, e.g. 25.5 or 24. A project can have a rate of its own.</source>
        <translation>Процент не более чем с одним знаком после запятой, напр. 25,5 или 20. У проекта может быть своя ставка.</translation>
    </message>
    <message>
        <source>Net: VAT is added on the invoice</source>
        <translation>Без НДС: НДС добавляется в счёте</translation>
    </message>
    <message>
        <source>Gross: prices include VAT</source>
        <translation>С НДС: цены включают НДС</translation>
    </message>
    <message>
        <source>How invoices handle value added tax.</source>
        <translation>Как счета учитывают НДС.</translation>
    </message>
    <message>
        <source>VAT &amp;status:</source>
        <translation>&amp;Статус по НДС:</translation>
    </message>
    <message>
        <source>&amp;VAT ID:</source>
        <translation>Номер плательщика &amp;НДС:</translation>
    </message>
    <message>
        <source>Default VAT &amp;rate (%):</source>
        <translation>Ставка НДС по &amp;умолчанию (%):</translation>
    </message>
    <message>
        <source>&amp;Prices are entered:</source>
        <translation>&amp;Цены вводятся:</translation>
    </message>
    <message>
        <source>When no VAT is charged, the invoice says why. Leave a language empty for Neuvo&apos;s standard sentence (shown greyed).</source>
        <translation>Если НДС не взимается, в счёте указывается причина. Оставьте язык пустым для стандартной фразы Neuvo (показана серым).</translation>
    </message>
    <message>
        <source>Exemption sentence (%1):</source>
        <translation>Основание без НДС (%1):</translation>
    </message>
    <message>
        <source>e.g. FI21 1234 5600 0007 85</source>
        <translation>напр. FI21 1234 5600 0007 85</translation>
    </message>
    <message>
        <source>With an IBAN, invoices carry a reference number, the bank bar code and a payment QR code.</source>
        <translation>С IBAN в счетах есть номер ссылки, банковский штрихкод и платёжный QR-код.</translation>
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
        <translation>Начинать нумерацию заново каждый год</translation>
    </message>
    <message>
        <source>Next numbers look like %1.</source>
        <translation>Следующие номера будут такими: %1.</translation>
    </message>
    <message>
        <source>Due date of an invoice whose stage has no due date ahead.</source>
        <translation>Срок оплаты счёта, если у этапа нет будущего срока.</translation>
    </message>
    <message>
        <source>Invoice &amp;number prefix:</source>
        <translation>&amp;Префикс номера счёта:</translation>
    </message>
    <message>
        <source>Payment &amp;term:</source>
        <translation>Срок &amp;оплаты:</translation>
    </message>
    <message>
        <source>Default VAT rate: %1</source>
        <translation>Ставка НДС по умолчанию: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>What putting a project before the others costs on top of its price; the answer to &quot;I need it today&quot; names it.</source>
        <translation>Сколько стоит сверх цены поставить проект впереди остальных; ответ на «мне нужно сегодня» называет эту надбавку.</translation>
    </message>
    <message>
        <source>R&amp;ush surcharge:</source>
        <translation>Надбавка за &amp;срочность:</translation>
    </message>
    <message>
        <source>This database is on a PostgreSQL server, which is backed up with its own tools (pg_dump). Neuvo makes no daily backups of it; before an import or an upgrade, and with File → Back Up Now, it writes a snapshot of every table into %1.</source>
        <translation>Эта база находится на сервере PostgreSQL, резервные копии которого делаются его собственными средствами (pg_dump). Neuvo не делает её ежедневных копий; перед импортом или обновлением, а также по команде «Файл → Создать резервную копию» он записывает снимок всех таблиц в %1.</translation>
    </message>
</context>
<context>
    <name>neuvo::PriceChangeTableModel</name>
    <message>
        <source>not yet</source>
        <translation>ещё нет</translation>
    </message>
    <message>
        <source>Price change %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Изменение цены %1: &quot;%2&quot; — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Price change %1, new price</source>
        <translation>Изменение цены %1, новая цена</translation>
    </message>
    <message>
        <source>Takes effect</source>
        <translation>Вступает в силу</translation>
    </message>
    <message>
        <source>New price (%1)</source>
        <translation>Новая цена (%1)</translation>
    </message>
    <message>
        <source>Announced</source>
        <translation>Объявлено</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примечание</translation>
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
        <translation>&amp;Общее</translation>
    </message>
    <message>
        <source>P&amp;ricing</source>
        <translation>&amp;Цена</translation>
    </message>
    <message>
        <source>&amp;Stages</source>
        <translation>&amp;Этапы</translation>
    </message>
    <message>
        <source>Re&amp;visions</source>
        <translation>&amp;Правки</translation>
    </message>
    <message>
        <source>&amp;Contract &amp;&amp; price changes</source>
        <translation>&amp;Договор и изменения цен</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>e.g. Landing page copy</source>
        <translation>например, тексты для лендинга</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Сдан</translation>
    </message>
    <message>
        <source>What is delivered, in the client&apos;s words and yours</source>
        <translation>Что сдаётся — словами клиента и вашими</translation>
    </message>
    <message>
        <source>Included items</source>
        <translation>Что входит в стоимость</translation>
    </message>
    <message>
        <source>Remove Item</source>
        <translation>Удалить пункт</translation>
    </message>
    <message>
        <source>Move item up</source>
        <translation>Переместить пункт вверх</translation>
    </message>
    <message>
        <source>Move item down</source>
        <translation>Переместить пункт вниз</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Название:</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Sco&amp;pe:</source>
        <translation>О&amp;бъём работ:</translation>
    </message>
    <message>
        <source>&amp;Included items:</source>
        <translation>&amp;Входит в стоимость:</translation>
    </message>
    <message>
        <source>List what the price includes (audience analysis, structure, writing, proofreading …): a visible breakdown makes a high price acceptable and closes the expectation gap.</source>
        <translation>Перечислите, что входит в стоимость (анализ аудитории, структура, написание текста, вычитка …): наглядная разбивка делает высокую цену приемлемой и устраняет разрыв в ожиданиях.</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>ISO 4217 code, e.g. EUR</source>
        <translation>Код ISO 4217, например EUR</translation>
    </message>
    <message>
        <source>Name your own price; don&apos;t ask for the client&apos;s budget.</source>
        <translation>Называйте свою цену; не спрашивайте клиента о бюджете.</translation>
    </message>
    <message>
        <source>&amp;NDA: no portfolio use</source>
        <translation>NDA: &amp;не для портфолио</translation>
    </message>
    <message>
        <source>NDA surcharge</source>
        <translation>Надбавка за NDA</translation>
    </message>
    <message>
        <source>An NDA costs you portfolio use, so it is paid for: +20–40 %.</source>
        <translation>NDA лишает вас права показать работу в портфолио, поэтому оплачивается отдельно: +20–40 %.</translation>
    </message>
    <message>
        <source>the first figure the client named, if any</source>
        <translation>первая сумма, названная клиентом (если была)</translation>
    </message>
    <message>
        <source> h</source>
        <translation> ч</translation>
    </message>
    <message>
        <source>C&amp;urrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>&amp;Base price:</source>
        <translation>&amp;Базовая стоимость:</translation>
    </message>
    <message>
        <source>Surcharge:</source>
        <translation>Надбавка:</translation>
    </message>
    <message>
        <source>Client&apos;s &amp;first offer:</source>
        <translation>П&amp;ервое предложение клиента:</translation>
    </message>
    <message>
        <source>Estimated &amp;hours:</source>
        <translation>Расчётные &amp;часы:</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Скидка</translation>
    </message>
    <message>
        <source>Discount value</source>
        <translation>Размер скидки</translation>
    </message>
    <message>
        <source>e.g. deadline moved by two weeks, smaller scope</source>
        <translation>например, срок сдвинут на две недели, объём уменьшен</translation>
    </message>
    <message>
        <source>&amp;Discount:</source>
        <translation>&amp;Скидка:</translation>
    </message>
    <message>
        <source>Price breakdown</source>
        <translation>Разбивка цены</translation>
    </message>
    <message>
        <source>What the numbers say</source>
        <translation>О чём говорят цифры</translation>
    </message>
    <message>
        <source>Full prepayment, in stages: the client pays a stage, you do that part, then the next stage is paid. Double-click a cell to edit it; Delete clears a date.</source>
        <translation>Полная предоплата по этапам: клиент оплачивает этап, вы выполняете эту часть работы, затем оплачивается следующий этап. Дважды щёлкните ячейку, чтобы изменить её; клавиша Delete очищает дату.</translation>
    </message>
    <message>
        <source>Payment stages</source>
        <translation>Этапы оплаты</translation>
    </message>
    <message>
        <source>&amp;Add Stage</source>
        <translation>Доб&amp;авить этап</translation>
    </message>
    <message>
        <source>Move stage up</source>
        <translation>Переместить этап вверх</translation>
    </message>
    <message>
        <source>Move stage down</source>
        <translation>Переместить этап вниз</translation>
    </message>
    <message>
        <source>Number of equal stages</source>
        <translation>Число равных этапов</translation>
    </message>
    <message>
        <source>Stage template</source>
        <translation>Шаблон этапов</translation>
    </message>
    <message>
        <source>App&amp;ly Template</source>
        <translation>При&amp;менить шаблон</translation>
    </message>
    <message>
        <source>Split the total &amp;into</source>
        <translation>Разделить сумму &amp;на</translation>
    </message>
    <message>
        <source>or use the &amp;template</source>
        <translation>или использовать &amp;шаблон</translation>
    </message>
    <message>
        <source>Mark &amp;Work Started</source>
        <translation>Отметить на&amp;чало работы</translation>
    </message>
    <message>
        <source>Records today as the day work on the selected stage started.</source>
        <translation>Записывает сегодняшнюю дату как день начала работы по выбранному этапу.</translation>
    </message>
    <message>
        <source>The full open amount by default; enter less for a partial payment.</source>
        <translation>По умолчанию — вся неоплаченная сумма; для частичной оплаты введите меньше.</translation>
    </message>
    <message>
        <source>Record &amp;Payment</source>
        <translation>&amp;Записать оплату</translation>
    </message>
    <message>
        <source>Selected stage:</source>
        <translation>Выбранный этап:</translation>
    </message>
    <message>
        <source>a&amp;mount</source>
        <translation>&amp;сумма</translation>
    </message>
    <message>
        <source>&amp;Included revision rounds:</source>
        <translation>&amp;Включено раундов правок:</translation>
    </message>
    <message>
        <source>Revisions</source>
        <translation>Правки</translation>
    </message>
    <message>
        <source>&amp;Add Revision</source>
        <translation>Доб&amp;авить правку</translation>
    </message>
    <message>
        <source>Deadline and contract</source>
        <translation>Срок сдачи и договор</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласован</translation>
    </message>
    <message>
        <source> days</source>
        <translation> дн.</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Подписан</translation>
    </message>
    <message>
        <source> months</source>
        <translation> мес.</translation>
    </message>
    <message>
        <source>No fixed term</source>
        <translation>Бессрочно</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Срок сдачи:</translation>
    </message>
    <message>
        <source>Internal &amp;margin:</source>
        <translation>&amp;Внутренний запас:</translation>
    </message>
    <message>
        <source>of a stage refunded if you miss the deadline</source>
        <translation>стоимости этапа возвращается при срыве срока</translation>
    </message>
    <message>
        <source>&amp;Guarantee:</source>
        <translation>&amp;Гарантия:</translation>
    </message>
    <message>
        <source>Contract &amp;number:</source>
        <translation>&amp;Номер договора:</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>Сро&amp;к действия:</translation>
    </message>
    <message>
        <source>Planned price changes</source>
        <translation>Запланированные изменения цен</translation>
    </message>
    <message>
        <source>&amp;Add Price Change</source>
        <translation>Добавить &amp;изменение цены</translation>
    </message>
    <message>
        <source>Print / Export…</source>
        <translation>Печать / экспорт…</translation>
    </message>
    <message>
        <source>Contract, quote or stage invoice as print or PDF</source>
        <translation>Договор, коммерческое предложение или счёт на этап — на печать или в PDF</translation>
    </message>
    <message>
        <source>Save the project first</source>
        <translation>Сначала сохраните проект</translation>
    </message>
    <message>
        <source>Save your changes first: documents are printed from the stored project.</source>
        <translation>Сначала сохраните изменения: документы печатаются из сохранённого проекта.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Новый проект</translation>
    </message>
    <message>
        <source>Project – %1</source>
        <translation>Проект – %1</translation>
    </message>
    <message>
        <source>Client #%1</source>
        <translation>Клиент № %1</translation>
    </message>
    <message>
        <source>Currency: &quot;%1&quot; is not a three-letter ISO 4217 code such as EUR.</source>
        <translation>Валюта: &quot;%1&quot; — не трёхбуквенный код ISO 4217 (например, EUR).</translation>
    </message>
    <message>
        <source>Base price</source>
        <translation>Базовая стоимость</translation>
    </message>
    <message>
        <source>Discount: &quot;%1&quot; is not a whole percent from 0 to 100.</source>
        <translation>Скидка: &quot;%1&quot; — не целое число процентов от 0 до 100.</translation>
    </message>
    <message>
        <source>Client&apos;s first offer</source>
        <translation>Первое предложение клиента</translation>
    </message>
    <message>
        <source>Stages: the amounts are too large to add up.</source>
        <translation>Этапы: суммы слишком велики, чтобы их сложить.</translation>
    </message>
    <message>
        <source>Stages sum to %1, %2 less than the total %3.</source>
        <translation>Сумма этапов — %1, это на %2 меньше итоговой стоимости %3.</translation>
    </message>
    <message>
        <source>Stages sum to %1, %2 more than the total %3.</source>
        <translation>Сумма этапов — %1, это на %2 больше итоговой стоимости %3.</translation>
    </message>
    <message>
        <source>Price: %1</source>
        <translation>Стоимость: %1</translation>
    </message>
    <message>
        <source>Amounts in %1</source>
        <translation>Суммы в %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Итого: %1</translation>
    </message>
    <message>
        <source>Total: —</source>
        <translation>Итого: —</translation>
    </message>
    <message>
        <source>No counter-concession: give a discount only in exchange for something, such as a longer deadline or a smaller scope, and record it here.</source>
        <translation>Встречная уступка не указана: давайте скидку только в обмен на что-то, например на более долгий срок или меньший объём, и записывайте это здесь.</translation>
    </message>
    <message>
        <source>The first offer is %1 % of your total.</source>
        <translation>Первое предложение составляет %1 % от вашей итоговой стоимости.</translation>
    </message>
    <message>
        <source>Enter the estimated hours to see the price per hour.</source>
        <translation>Укажите расчётные часы, чтобы увидеть цену часа.</translation>
    </message>
    <message>
        <source>Price per hour: %1</source>
        <translation>Цена часа: %1</translation>
    </message>
    <message>
        <source>— below your floor rate of %1.</source>
        <translation>— ниже вашей минимальной ставки %1.</translation>
    </message>
    <message>
        <source>(your floor rate: %1)</source>
        <translation>(ваша минимальная ставка: %1)</translation>
    </message>
    <message>
        <source>(your floor rate is in %1, so it is not compared)</source>
        <translation>(ваша минимальная ставка указана в %1, поэтому сравнение не выполняется)</translation>
    </message>
    <message>
        <source>%1 of %2 included rounds</source>
        <translation>Использовано раундов: %1 из %2 включённых</translation>
    </message>
    <message>
        <source>— %1 over: bill further rounds as change orders.</source>
        <translation>— превышение на %1: дальнейшие раунды оплачиваются как заказы на изменение.</translation>
    </message>
    <message>
        <source>Set a deadline first.</source>
        <translation>Сначала укажите срок сдачи.</translation>
    </message>
    <message>
        <source>Promise deadlines with a margin for force majeure.</source>
        <translation>Обещайте сроки с запасом на форс-мажор.</translation>
    </message>
    <message>
        <source>Your own deadline: %1</source>
        <translation>Ваш внутренний срок: %1</translation>
    </message>
    <message>
        <source>No payment stages yet: split the total on the Stages tab.</source>
        <translation>Этапов оплаты пока нет: разделите итоговую сумму на вкладке «Этапы».</translation>
    </message>
    <message>
        <source>New item</source>
        <translation>Новый пункт</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Этап %1</translation>
    </message>
    <message>
        <source>Remove Stage</source>
        <translation>Удалить этап</translation>
    </message>
    <message>
        <source>Stage %1 &quot;%2&quot; has %3 paid. Remove it with its payment record?</source>
        <translation>По этапу %1 &quot;%2&quot; оплачено %3. Удалить его вместе с записью об оплате?</translation>
    </message>
    <message>
        <source>Split: %1</source>
        <translation>Разделение: %1</translation>
    </message>
    <message>
        <source>Select the stage whose work started.</source>
        <translation>Выберите этап, работа по которому началась.</translation>
    </message>
    <message>
        <source>Select the stage that was paid.</source>
        <translation>Выберите оплаченный этап.</translation>
    </message>
    <message>
        <source>Payment amount</source>
        <translation>Сумма оплаты</translation>
    </message>
    <message>
        <source>Stage %1: partial payment recorded, %2 still open. Save to keep it.</source>
        <translation>Этап %1: записана частичная оплата, остаток — %2. Сохраните проект, чтобы зафиксировать её.</translation>
    </message>
    <message>
        <source>Stage %1 is paid in full. Save to keep it.</source>
        <translation>Этап %1 оплачен полностью. Сохраните проект, чтобы зафиксировать оплату.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Не сохранено: %1</translation>
    </message>
    <message>
        <source>Discard Changes</source>
        <translation>Отказ от изменений</translation>
    </message>
    <message>
        <source>Discard the changes to &quot;%1&quot;?</source>
        <translation>Отказаться от изменений в проекте &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Не сохранять</translation>
    </message>
    <message>
        <source>Add It&amp;em</source>
        <translation>Доб&amp;авить пункт</translation>
    </message>
    <message>
        <source>Given for &amp;promised future orders</source>
        <translation>Предоставлена за обещание будущих &amp;заказов</translation>
    </message>
    <message>
        <source>Re&amp;ason:</source>
        <translation>Прич&amp;ина:</translation>
    </message>
    <message>
        <source>Counter-concess&amp;ion:</source>
        <translation>Встречная &amp;уступка:</translation>
    </message>
    <message>
        <source>R&amp;emove Stage</source>
        <translation>&amp;Удалить этап</translation>
    </message>
    <message>
        <source>Split Eq&amp;ually</source>
        <translation>Разделить по&amp;ровну</translation>
    </message>
    <message>
        <source>paid o&amp;n</source>
        <translation>да&amp;та оплаты</translation>
    </message>
    <message>
        <source>R&amp;emove Revision</source>
        <translation>&amp;Удалить правку</translation>
    </message>
    <message>
        <source>Contract dat&amp;e:</source>
        <translation>Д&amp;ата договора:</translation>
    </message>
    <message numerus="yes">
        <source>Announce a new price at least %n day(s) before it takes effect; contract renewal is the natural moment.</source>
        <translation>
            <numerusform>Объявляйте новую цену не менее чем за %n день до её вступления в силу; естественный момент для этого — продление договора.</numerusform>
            <numerusform>Объявляйте новую цену не менее чем за %n дня до её вступления в силу; естественный момент для этого — продление договора.</numerusform>
            <numerusform>Объявляйте новую цену не менее чем за %n дней до её вступления в силу; естественный момент для этого — продление договора.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove &amp;Price Change</source>
        <translation>&amp;Удалить изменение цены</translation>
    </message>
    <message>
        <source>A discount for promised future orders: experienced freelancers never do this. Give a discount only for a counter-concession (a longer deadline, a smaller scope) or less work. Neuvo flags it.</source>
        <translation>Скидка за обещание будущих заказов: опытные фрилансеры так никогда не делают. Давайте скидку только за встречную уступку (более долгий срок, меньший объём) или за сокращение работы. Neuvo отметит это тревожным сигналом.</translation>
    </message>
    <message>
        <source>At most %1 % of it, and the client pressed on the price after it: the client devalues the work (a red flag).</source>
        <translation>Не больше %1 % от неё, и после этого клиент давил на цену: клиент обесценивает работу (тревожный сигнал).</translation>
    </message>
    <message>
        <source>Agreed at this total, that is %1× the first offer.</source>
        <translation>Договорившись на эту сумму, вы получите в %1 раза больше первого предложения.</translation>
    </message>
    <message>
        <source>A round is a revision the client asked for within the scope: it uses an included round. Your own error is fixed free and is never a round. A change of scope is extra work: give it a charge (a change order); it is never a round.</source>
        <translation>Круг правок — это правки, которые клиент попросил в рамках объёма: он расходует включённый круг. Вашу собственную ошибку исправляют бесплатно, и она никогда не считается кругом. Изменение объёма — дополнительная работа: назначьте за неё плату; кругом оно не считается.</translation>
    </message>
    <message>
        <source>VAT rate: %1</source>
        <translation>Ставка НДС: %1</translation>
    </message>
    <message>
        <source>VAT on invoices</source>
        <translation>НДС в счетах</translation>
    </message>
    <message>
        <source>Own &amp;VAT rate:</source>
        <translation>Своя ставка &amp;НДС:</translation>
    </message>
    <message>
        <source>VAT rate of the project</source>
        <translation>Ставка НДС проекта</translation>
    </message>
    <message>
        <source>e.g. 14</source>
        <translation>напр. 14</translation>
    </message>
    <message>
        <source>A percentage with at most one decimal, used instead of the rate in Preferences.</source>
        <translation>Процент не более чем с одним знаком после запятой; используется вместо ставки из параметров.</translation>
    </message>
    <message>
        <source>Reverse char&amp;ge: the buyer accounts for the VAT</source>
        <translation>&amp;Обратное начисление: НДС уплачивает покупатель</translation>
    </message>
    <message>
        <source>For a business client in another EU country; its VAT ID goes on the invoice.</source>
        <translation>Для компании-клиента из другой страны ЕС; её номер плательщика НДС указывается в счёте.</translation>
    </message>
    <message>
        <source>The Client &amp;Asks For…</source>
        <translation>Клиент &amp;просит…</translation>
    </message>
    <message>
        <source>An answer from this project&apos;s figures when the client asks for payment after the work, a discount, an NDA, a rush or a budget</source>
        <translation>Ответ по цифрам этого проекта, когда клиент просит оплату после работы, скидку, NDA, срочность или спрашивает бюджет</translation>
    </message>
    <message numerus="yes">
        <source>Applied: %n prepaid stage(s) in place of the old plan. Save keeps them, Cancel discards them.</source>
        <translation>
            <numerusform>Применено: %n предоплаченный этап вместо прежнего плана. «Сохранить» оставит его, «Отмена» отбросит.</numerusform>
            <numerusform>Применено: %n предоплаченных этапа вместо прежнего плана. «Сохранить» оставит их, «Отмена» отбросит.</numerusform>
            <numerusform>Применено: %n предоплаченных этапов вместо прежнего плана. «Сохранить» оставит их, «Отмена» отбросит.</numerusform>
        </translation>
    </message>
    <message>
        <source>The answer has no deadline to apply.</source>
        <translation>В ответе нет срока, который можно применить.</translation>
    </message>
    <message>
        <source>Applied: the deadline is now %1. Save keeps it, Cancel discards it.</source>
        <translation>Применено: срок теперь %1. «Сохранить» оставит его, «Отмена» отбросит.</translation>
    </message>
    <message>
        <source>This answer does not change the project.</source>
        <translation>Этот ответ не меняет проект.</translation>
    </message>
</context>
<context>
    <name>neuvo::ProjectTableModel</name>
    <message>
        <source>invalid price</source>
        <translation>некорректная стоимость</translation>
    </message>
    <message>
        <source>Overdue: a stage due on this date is not fully paid.</source>
        <translation>Просрочено: этап со сроком оплаты в эту дату оплачен не полностью.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Next stage due</source>
        <translation>Следующий платёж</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Срок сдачи</translation>
    </message>
</context>
<context>
    <name>neuvo::ProjectsPage</name>
    <message>
        <source>Projects</source>
        <translation>Проекты</translation>
    </message>
    <message>
        <source>Filter by client, project or contract number</source>
        <translation>Фильтр по клиенту, проекту или номеру договора</translation>
    </message>
    <message>
        <source>Filter projects</source>
        <translation>Фильтр проектов</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Все статусы</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открытые</translation>
    </message>
    <message>
        <source>Every project that is not closed, declined or cancelled</source>
        <translation>Все проекты, кроме закрытых, отклонённых и отменённых</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Ста&amp;тус:</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Новый проект…</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <source>Delete Project</source>
        <translation>Удалить проект</translation>
    </message>
    <message>
        <source>Price a new project for a client</source>
        <translation>Рассчитать стоимость нового проекта для клиента</translation>
    </message>
    <message>
        <source>Add a client first: every project belongs to a client.</source>
        <translation>Сначала добавьте клиента: каждый проект принадлежит клиенту.</translation>
    </message>
    <message>
        <source>No projects yet. A project belongs to a client: add your first client on the Clients page, then come back here to price the work.</source>
        <translation>Проектов пока нет. Проект принадлежит клиенту: добавьте первого клиента на странице «Клиенты», затем вернитесь сюда, чтобы оценить работу.</translation>
    </message>
    <message>
        <source>No projects yet. Click New Project to price your first one: name your own price, list what it includes, and split it into prepaid stages.</source>
        <translation>Проектов пока нет. Нажмите «Новый проект», чтобы оценить первый: назовите свою цену, перечислите, что в неё входит, и разделите её на этапы с предоплатой.</translation>
    </message>
    <message>
        <source>No project matches the filter. Clear the filter text or choose &quot;All statuses&quot;.</source>
        <translation>Нет проектов, соответствующих фильтру. Очистите текст фильтра или выберите «Все статусы».</translation>
    </message>
    <message>
        <source>payment stages: %1</source>
        <translation>этапов оплаты: %1</translation>
    </message>
    <message>
        <source>revisions: %1</source>
        <translation>правок: %1</translation>
    </message>
    <message>
        <source>planned price changes: %1</source>
        <translation>запланированных изменений цены: %1</translation>
    </message>
    <message>
        <source>Delete %1?</source>
        <translation>Удалить: %1?</translation>
    </message>
    <message>
        <source>With it go %1.</source>
        <translation>Вместе с ним будут удалены: %1.</translation>
    </message>
    <message>
        <source>Payments of %1 recorded on its stages are deleted too.</source>
        <translation>Записанные по его этапам оплаты на сумму %1 тоже будут удалены.</translation>
    </message>
    <message>
        <source>Edit → Undo brings it back until the next deletion.</source>
        <translation>Правка → Отменить удаление вернёт его обратно до следующего удаления.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Show Clien&amp;t</source>
        <translation>Показать к&amp;лиента</translation>
    </message>
</context>
<context>
    <name>neuvo::PromiseDialog</name>
    <message>
        <source>Edit Promise</source>
        <translation>Изменить обещание</translation>
    </message>
    <message>
        <source>&amp;Kept on</source>
        <translation>&amp;Выполнено</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>Дата выполнения</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Что:</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>&amp;Проект:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Срок:</translation>
    </message>
</context>
<context>
    <name>neuvo::PromiseTableModel</name>
    <message>
        <source>Kept</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Не выполнено</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Срок сегодня</translation>
    </message>
    <message>
        <source>Promise</source>
        <translation>Обещание</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок</translation>
    </message>
    <message>
        <source>Kept on</source>
        <translation>Дата выполнения</translation>
    </message>
</context>
<context>
    <name>neuvo::PromisesTab</name>
    <message>
        <source>Promises</source>
        <translation>Обещания</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>No promises yet. Keep them small and exact — &quot;I will send the brief on Tuesday&quot; — and add them below.</source>
        <translation>Обещаний пока нет. Давайте небольшие и точные обещания — «Пришлю бриф во вторник» — и добавляйте их ниже.</translation>
    </message>
    <message>
        <source>e.g. Send the brief</source>
        <translation>например, отправить бриф</translation>
    </message>
    <message>
        <source>&amp;Add Promise</source>
        <translation>&amp;Добавить обещание</translation>
    </message>
    <message>
        <source>De&amp;lete Promise</source>
        <translation>&amp;Удалить обещание</translation>
    </message>
    <message>
        <source>&amp;New promise:</source>
        <translation>&amp;Новое обещание:</translation>
    </message>
    <message>
        <source>D&amp;ue:</source>
        <translation>&amp;Срок:</translation>
    </message>
    <message>
        <source>Add Promise</source>
        <translation>Добавить обещание</translation>
    </message>
    <message>
        <source>Delete Promise</source>
        <translation>Удалить обещание</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Изменить…</translation>
    </message>
    <message>
        <source>Delete the selected promise; Edit → Undo puts it back</source>
        <translation>Удалить выбранное обещание; Правка → Отменить вернёт его</translation>
    </message>
    <message>
        <source>Edit Promise</source>
        <translation>Изменить обещание</translation>
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
        <translation>Риск:</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Заметка: %1</translation>
    </message>
    <message>
        <source>Observed on: %1</source>
        <translation>Дата наблюдения: %1</translation>
    </message>
    <message>
        <source>Checklist: what you observed</source>
        <translation>Контрольный список: что вы заметили</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>No red flags from your observations or records.</source>
        <translation>Ваши наблюдения и записи не дают тревожных сигналов.</translation>
    </message>
    <message>
        <source>Score %1. %2</source>
        <translation>Оценка риска: %1. %2</translation>
    </message>
    <message numerus="yes">
        <source>(and %n more below)</source>
        <translation>
            <numerusform>(и ещё %n ниже)</numerusform>
            <numerusform>(и ещё %n ниже)</numerusform>
            <numerusform>(и ещё %n ниже)</numerusform>
        </translation>
    </message>
    <message>
        <source>Treats you as if giving you work were a favour.</source>
        <translation>Ведёт себя так, будто, давая вам работу, делает одолжение.</translation>
    </message>
    <message>
        <source>Tried several specialists and complains about all of them.</source>
        <translation>Сменил нескольких специалистов и жалуется на всех.</translation>
    </message>
    <message>
        <source>Offers a share of future profit or later payment instead of pay.</source>
        <translation>Вместо оплаты предлагает долю будущей прибыли или оплату потом.</translation>
    </message>
    <message>
        <source>Manipulates, or pushes their terms without any compromise.</source>
        <translation>Манипулирует или продавливает свои условия без каких-либо компромиссов.</translation>
    </message>
    <message>
        <source>Promises a steady full workload, usually at a low price.</source>
        <translation>Обещает постоянную полную загрузку — обычно по низкой цене.</translation>
    </message>
    <message>
        <source>Expects huge results for little money.</source>
        <translation>Ждёт огромных результатов за небольшие деньги.</translation>
    </message>
    <message>
        <source>Excessive attention, incomprehensible demands, suspicious tasks.</source>
        <translation>Чрезмерное внимание, непонятные требования, подозрительные задачи.</translation>
    </message>
    <message>
        <source>Says your work is worth 2–5 times less than you ask.</source>
        <translation>Говорит, что ваша работа стоит в 2–5 раз меньше, чем вы просите.</translation>
    </message>
    <message>
        <source>Contests, free test tasks, &quot;pay later&quot;, a new mailbox and a pseudonym.</source>
        <translation>Конкурсы, бесплатные тестовые задания, «заплачу потом», новый почтовый ящик и псевдоним.</translation>
    </message>
    <message>
        <source>Wants a bad product sold as if it were candy.</source>
        <translation>Хочет продать плохой продукт как конфетку.</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Тревожные сигналы</translation>
    </message>
    <message>
        <source>Client flags: the client&apos;s behaviour</source>
        <translation>Сигналы о клиенте: поведение клиента</translation>
    </message>
    <message>
        <source>No red flags about this client.</source>
        <translation>Тревожных сигналов об этом клиенте нет.</translation>
    </message>
    <message>
        <source>Your alerts: things for you to do</source>
        <translation>Ваши напоминания: что сделать вам</translation>
    </message>
    <message>
        <source>Nothing for you to do for this client.</source>
        <translation>По этому клиенту от вас ничего не требуется.</translation>
    </message>
    <message>
        <source>Client flags: the client&apos;s behaviour, which makes the risk</source>
        <translation>Сигналы о клиенте: поведение клиента, из которого складывается риск</translation>
    </message>
    <message>
        <source>Your alerts: things to do or fix; they never change the risk</source>
        <translation>Ваши напоминания: что сделать или исправить; на риск они не влияют</translation>
    </message>
</context>
<context>
    <name>neuvo::RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Восстановление из резервной копии</translation>
    </message>
    <message>
        <source>Restoring replaces %1 with the backup you choose. The backup is checked first, and what the file holds now is kept as a backup, so a restore can itself be undone.</source>
        <translation>При восстановлении файл %1 заменяется выбранной резервной копией. Сначала копия проверяется, а текущее содержимое файла сохраняется как резервная копия, так что и само восстановление можно отменить.</translation>
    </message>
    <message>
        <source>Made</source>
        <translation>Создана</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервные копии</translation>
    </message>
    <message>
        <source>Before the upgrade from schema 10</source>
        <translation>Перед обновлением со схемы версии 10</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Восстановить…</translation>
    </message>
    <message>
        <source>First start of the day</source>
        <translation>Первый запуск за день</translation>
    </message>
    <message>
        <source>Backed up on request</source>
        <translation>Создана по команде</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>Перед импортом</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Перед восстановлением</translation>
    </message>
    <message>
        <source>Damaged file, kept at a restore</source>
        <translation>Повреждённый файл, сохранённый при восстановлении</translation>
    </message>
    <message>
        <source>Before the upgrade from schema %1</source>
        <translation>Перед обновлением со схемы версии %1</translation>
    </message>
    <message>
        <source>There are no backups of this database yet (%1). File → Back Up Now makes one.</source>
        <translation>Резервных копий этой базы данных пока нет (%1). Создать копию можно командой Файл → Создать резервную копию.</translation>
    </message>
    <message>
        <source>Check the backup, keep the current file as a backup, then put this one in its place</source>
        <translation>Проверить резервную копию, сохранить текущий файл как резервную копию и поставить на его место выбранную</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Эту резервную копию нельзя восстановить: %1</translation>
    </message>
    <message>
        <source>Replace %1 with the backup made %2? What the file holds now is kept as a backup first.</source>
        <translation>Заменить файл %1 резервной копией, созданной %2? Текущее содержимое файла сначала будет сохранено как резервная копия.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
</context>
<context>
    <name>neuvo::RevisionTableModel</name>
    <message>
        <source>not billed</source>
        <translation>без доплаты</translation>
    </message>
    <message>
        <source>An out-of-scope change is extra work: bill it as a change order.</source>
        <translation>Изменение сверх объёма — это дополнительная работа: выставьте за него счёт как за заказ на изменение.</translation>
    </message>
    <message>
        <source>Revision %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Правка %1: &quot;%2&quot; — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Revision %1, charge</source>
        <translation>Правка %1, доплата</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Запрошена</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Charge (%1)</source>
        <translation>Доплата (%1)</translation>
    </message>
</context>
<context>
    <name>neuvo::Session</name>
    <message>
        <source>&amp;Undo Delete %1</source>
        <translation>&amp;Отменить удаление: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <source>%1 is open read-only because %2.</source>
        <translation>Файл %1 открыт только для чтения, потому что %2.</translation>
    </message>
    <message>
        <source>Read-only: the database is open read-only because %1.</source>
        <translation>Только для чтения: файл базы данных открыт только для чтения, потому что %1.</translation>
    </message>
</context>
<context>
    <name>neuvo::StageTableModel</name>
    <message>
        <source>Overdue: not fully paid and the due date has passed.</source>
        <translation>Просрочено: этап оплачен не полностью, а срок оплаты прошёл.</translation>
    </message>
    <message>
        <source>Partly paid: %1 of %2</source>
        <translation>Оплачено частично: %1 из %2</translation>
    </message>
    <message>
        <source>Stage %1, amount</source>
        <translation>Этап %1, сумма</translation>
    </message>
    <message>
        <source>Stage %1, paid amount</source>
        <translation>Этап %1, оплаченная сумма</translation>
    </message>
    <message>
        <source>Stage %1: &quot;%2&quot; is not a date (YYYY-MM-DD).</source>
        <translation>Этап %1: &quot;%2&quot; — не дата (ГГГГ-ММ-ДД).</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Сумма (%1)</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Срок оплаты</translation>
    </message>
    <message>
        <source>Work started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Дата оплаты</translation>
    </message>
    <message>
        <source>Paid (%1)</source>
        <translation>Оплачено (%1)</translation>
    </message>
    <message>
        <source>Work started before any payment: start a stage only after it is paid in full.</source>
        <translation>Работа начата до какой-либо оплаты: начинайте работу над этапом только после его полной оплаты.</translation>
    </message>
</context>
<context>
    <name>neuvo::StatisticsPage</name>
    <message>
        <source>too few (%1 of %2)</source>
        <translation>мало данных (%1 из %2)</translation>
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
        <translation>%1/ч</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Последние 12 месяцев</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Negotiation statistics</source>
        <translation>Статистика переговоров</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Период:</translation>
    </message>
    <message>
        <source>Agreed price ÷ client&apos;s first offer (median)</source>
        <translation>Согласованная цена ÷ первое предложение клиента (медиана)</translation>
    </message>
    <message>
        <source>Discounts on won projects</source>
        <translation>Скидки в выигранных проектах</translation>
    </message>
    <message>
        <source>Win rate by source (agreed ÷ decided quotes)</source>
        <translation>Доля выигранных по источникам (согласованные ÷ решённые предложения)</translation>
    </message>
    <message>
        <source>Effective hourly rate (money received ÷ hours the work took)</source>
        <translation>Фактическая почасовая ставка (полученные деньги ÷ часы, ушедшие на работу)</translation>
    </message>
    <message>
        <source>Late payment (stages due by today)</source>
        <translation>Просрочки оплаты (этапы со сроком до сегодня)</translation>
    </message>
    <message>
        <source>Price rises to plan</source>
        <translation>Повышения цен к планированию</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медиана</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>Значений</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Given</source>
        <translation>Дано</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>Прейскурантная цена</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Доля</translation>
    </message>
    <message>
        <source>Discounted</source>
        <translation>Со скидкой</translation>
    </message>
    <message>
        <source>With a concession</source>
        <translation>Со встречной уступкой</translation>
    </message>
    <message>
        <source>Share with a concession</source>
        <translation>Доля со встречной уступкой</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <source>Warm or cold</source>
        <translation>Тёплый или холодный</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Выиграно</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>Проиграно</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Win rate</source>
        <translation>Доля выигранных</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Ставка</translation>
    </message>
    <message>
        <source>Floor</source>
        <translation>Минимум</translation>
    </message>
    <message>
        <source>New agreements</source>
        <translation>Новые договорённости</translation>
    </message>
    <message>
        <source>Stages due</source>
        <translation>Этапов к оплате</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Просрочено</translation>
    </message>
    <message>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <source>Per stage due</source>
        <translation>На этап</translation>
    </message>
    <message>
        <source>Overdue now (days)</source>
        <translation>Просрочено сейчас (дн.)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Проект</translation>
    </message>
    <message>
        <source>Price now</source>
        <translation>Цена сейчас</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>Новая цена</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С даты</translation>
    </message>
    <message>
        <source>Warm and cold clients chart</source>
        <translation>Диаграмма тёплых и холодных клиентов</translation>
    </message>
    <message>
        <source>Effective hourly rate chart</source>
        <translation>Диаграмма фактической почасовой ставки</translation>
    </message>
    <message>
        <source>Notice &amp;Letter…</source>
        <translation>&amp;Письмо-уведомление…</translation>
    </message>
    <message>
        <source>&amp;Plan the Price Rise</source>
        <translation>&amp;Запланировать повышение</translation>
    </message>
    <message>
        <source>Stores the new price from its date in the project, announced today: send the letter today.</source>
        <translation>Сохраняет новую цену с датой вступления в проекте как объявленную сегодня: отправьте письмо сегодня.</translation>
    </message>
    <message>
        <source>No projects yet. The figures appear as quotes are decided, projects agreed and stages paid.</source>
        <translation>Проектов пока нет. Показатели появятся, когда предложения будут решены, проекты согласованы, а этапы оплачены.</translation>
    </message>
    <message>
        <source>%1 projects counted. A figure from fewer than %2 data points is not shown: it would say more than the data does. Money is shown in its own currency, never converted. Extra revision rounds and unbilled changes count %3 h each; the rate of new agreements is the median of the last %4.</source>
        <translation>Учтено проектов: %1. Показатель по менее чем %2 значениям не выводится: он сказал бы больше, чем говорят данные. Суммы показаны в своей валюте, без пересчёта. Лишний круг правок и неоплаченное изменение считаются по %3 ч; ставка новых договорённостей — медиана последних %4.</translation>
    </message>
    <message>
        <source>All won projects</source>
        <translation>Все выигранные проекты</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Источник: %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 из %2</translation>
    </message>
    <message>
        <source>Warm</source>
        <translation>Тёплый</translation>
    </message>
    <message>
        <source>Cold</source>
        <translation>Холодный</translation>
    </message>
    <message>
        <source>All warm sources</source>
        <translation>Все тёплые источники</translation>
    </message>
    <message>
        <source>All cold sources</source>
        <translation>Все холодные источники</translation>
    </message>
    <message>
        <source>%1 (%2 estimated)</source>
        <translation>%1 (оценка %2)</translation>
    </message>
    <message>
        <source>already planned from %1</source>
        <translation>уже запланировано с %1</translation>
    </message>
    <message>
        <source>No client&apos;s effective rate is under the rate of your recent new agreements.</source>
        <translation>Ни у одного клиента фактическая ставка не ниже ставки ваших недавних новых договорённостей.</translation>
    </message>
    <message>
        <source>Choose a client to see the notice letter or to plan the rise. The date gives %1 days of notice, or waits for the end of the contract term.</source>
        <translation>Выберите клиента, чтобы увидеть письмо-уведомление или запланировать повышение. Дата даёт %1 дн. на уведомление или ждёт конца срока договора.</translation>
    </message>
    <message>
        <source>Quotes</source>
        <translation>Предложений</translation>
    </message>
    <message>
        <source>Warm and cold clients</source>
        <translation>Тёплые и холодные клиенты</translation>
    </message>
    <message>
        <source>Effective rate</source>
        <translation>Фактическая ставка</translation>
    </message>
    <message>
        <source>Floor rate</source>
        <translation>Минимальная ставка</translation>
    </message>
    <message>
        <source>no finished projects yet</source>
        <translation>пока нет завершённых проектов</translation>
    </message>
    <message>
        <source>%1 per hour</source>
        <translation>%1 в час</translation>
    </message>
    <message>
        <source>Effective hourly rate, %1</source>
        <translation>Фактическая почасовая ставка, %1</translation>
    </message>
    <message>
        <source>Price Rise Notice</source>
        <translation>Уведомление о повышении цены</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копировать</translation>
    </message>
    <message>
        <source>Language:</source>
        <translation>Язык:</translation>
    </message>
    <message>
        <source>Planned: &quot;%1&quot; at %2 from %3, announced today. Send the letter today.</source>
        <translation>Запланировано: «%1» за %2 с %3, объявлено сегодня. Отправьте письмо сегодня.</translation>
    </message>
    <message>
        <source>n = %1</source>
        <translation>n = %1</translation>
    </message>
    <message>
        <source>Open &amp;E-mail Draft</source>
        <translation>Открыть &amp;черновик письма</translation>
    </message>
    <message>
        <source>No e-mail program answered. Copy the letter to the clipboard instead.</source>
        <translation>Почтовая программа не ответила. Скопируйте письмо в буфер обмена.</translation>
    </message>
    <message>
        <source>Since a date</source>
        <translation>С определённой даты</translation>
    </message>
    <message>
        <source>Counted from</source>
        <translation>Считать с</translation>
    </message>
    <message>
        <source>Only projects agreed or quoted on or after this day.</source>
        <translation>Только проекты, согласованные или предложенные в этот день или позже.</translation>
    </message>
</context>
</TS>
