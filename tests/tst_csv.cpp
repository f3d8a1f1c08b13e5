#include "core/exchange/csv.h"
#include "core/exchange/csvexchange.h"
#include "core/storage/database.h"
#include "core/exchange/demodata.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

// CSV: the RFC 4180 reader and writer, and clients and
// projects to and from spreadsheets, all-or-nothing with every bad row named.
class TestCsv : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = std::make_unique<Database>();
        QVERIFY(m_db->open(test::suiteDatabase(m_dir->filePath(u"csv.sqlite"_s))).ok());
    }
    void cleanup() { m_db.reset(); }

    void parse_rfc4180();
    void parse_errorsNameTheLine_data();
    void parse_errorsNameTheLine();
    void write_quotesNeutralizesAndRoundTrips();
    void importClients_allRowsWritten();
    void importClients_everyBadRowReported_nothingWritten();
    void importClients_dryRun_writesNothing();
    void importProjects_byClientName();
    void importMapped_columnsChosenByCaller();
    void export_stagesAndProjects();
    void finnishExcel_semicolonDecimalCommaWindows1252();
    void russianExcel_windows1251();
    void utf8WithoutBom_tabs();
    void detect_guessesEachDialect_data();
    void detect_guessesEachDialect();
    void amounts_groupSeparatorsOnlyBetweenThrees_data();
    void amounts_groupSeparatorsOnlyBetweenThrees();
    void export_inEachDialect_readsBack();
    void export_characterTheEncodingLacks_isNamed();
    void wrongEncoding_chosen_isReportedNotGarbled();
    void neutralisedFormula_reimportedAsItWas();

private:
    static QByteArray encoded(const QString &text, const char *encoding)
    {
        QStringEncoder encoder(encoding);
        return encoder(text);
    }
    int clientCount() { return *ClientStore(*m_db).count(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestCsv::parse_rfc4180()
{
    const QByteArray data = "\xEF\xBB\xBFname,notes,company\r\n"
                            "\"Häkkinen, Mikko\",\"said \"\"yes\"\"\r\non the phone\",Oy\r\n"
                            "\r\n"
                            "Олег,,\n"
                            "last,\"\",x"; // no final line break
    const auto records = Csv::parse(data);
    QVERIFY2(records.ok(), qPrintable(records.error()));
    QCOMPARE(records->size(), 4);
    QCOMPARE(records->at(0).fields, (QStringList{u"name"_s, u"notes"_s, u"company"_s}));
    QCOMPARE(records->at(1).fields,
             (QStringList{u"Häkkinen, Mikko"_s, u"said \"yes\"\r\non the phone"_s, u"Oy"_s}));
    QCOMPARE(records->at(1).line, 2);
    QCOMPARE(records->at(2).fields, (QStringList{u"Олег"_s, QString(), QString()}));
    QCOMPARE(records->at(2).line, 5); // the quoted line break and the blank line count
    QCOMPARE(records->at(3).fields, (QStringList{u"last"_s, QString(), u"x"_s}));
    QCOMPARE(records->at(3).line, 6);
}

void TestCsv::parse_errorsNameTheLine_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("error");
    QTest::newRow("unclosed quote") << QByteArray("a,b\nc,\"never\nclosed\n") << u"line 2: the quoted field"_s;
    QTest::newRow("quote in field") << QByteArray("a,b\r\nc,d\r\ne,f\"g\r\n") << u"line 3: a quote inside"_s;
    QTest::newRow("text after quote") << QByteArray("a\n\"x\"y\n") << u"line 2: unexpected text after"_s;
    QTest::newRow("invalid utf-8") << QByteArray("name\nok\nM\xE4kinen\n") << u"line 3: the text is not valid UTF-8"_s;
}

void TestCsv::parse_errorsNameTheLine()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, error);
    const auto records = Csv::parse(data);
    QVERIFY(!records.ok());
    QVERIFY2(records.error().startsWith(error), qPrintable(records.error()));
}

void TestCsv::write_quotesNeutralizesAndRoundTrips()
{
    const QList<QStringList> rows = {
        {u"=HYPERLINK(\"http://evil\")"_s, u"+A1"_s, u"-B2"_s, u"@SUM(A1)"_s, u"\tx"_s, u"plain"_s},
        {u"a,b"_s, u"say \"hi\""_s, u"two\nlines"_s, u" padded "_s, QString(), u"Öhman"_s},
    };
    const QByteArray out = Csv::write(rows);
    QVERIFY(out.startsWith("\xEF\xBB\xBF"));
    QVERIFY(out.contains("\r\n"));
    QVERIFY2(out.contains("\"'=HYPERLINK(\"\"http://evil\"\")\",'+A1,'-B2,'@SUM(A1),'\tx,plain\r\n"), out.constData());
    const auto back = Csv::parse(out);
    QVERIFY(back.ok());
    QCOMPARE(back->at(0).fields.at(0), u"'=HYPERLINK(\"http://evil\")"_s);
    QCOMPARE(back->at(1).fields, rows.at(1));
    // A U+FEFF that starts the first field is content, not a second byte
    // order mark (found by fuzz_csv).
    const auto bom = Csv::parse(Csv::write({{QChar(0xFEFF) + u"x"_s}}));
    QVERIFY(bom.ok());
    QCOMPARE(bom->first().fields.first(), QChar(0xFEFF) + u"x"_s);
    QCOMPARE(Csv::neutralizeFormula(u"1234.50"_s), u"1234.50"_s);
    QCOMPARE(Csv::neutralizeFormula(u"+358 40 123 4567"_s), u"+358 40 123 4567"_s);
    QCOMPARE(Csv::neutralizeFormula(u"-12.50"_s), u"-12.50"_s);
    QCOMPARE(Csv::neutralizeFormula(u"+1+cmd|' /C calc'!A0"_s), u"'+1+cmd|' /C calc'!A0"_s);
    QCOMPARE(Csv::neutralizeFormula(u"-2+3"_s), u"'-2+3"_s);
}

void TestCsv::importClients_allRowsWritten()
{
    const QByteArray csv = "Name,Company,Type,Preferred Channel,Time Zone,Notes\r\n"
                           "Aino Virtanen,Virtanen Oy,small_business,phone,Europe/Helsinki,\"likes calls,\nmornings\"\r\n"
                           "Олег Петров,,individual,,Europe/Moscow,\r\n";
    const auto summary = CsvExchange::import(*m_db, CsvExchange::Table::Clients, csv, false);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->rows, 2);
    QVERIFY(summary->written);
    const auto clients = ClientStore(*m_db).list();
    QCOMPARE(clients->size(), 2);
    QCOMPARE(clients->at(0).preferredChannel, Channel::Phone);
    QCOMPARE(clients->at(0).notes, u"likes calls,\nmornings"_s);
    QCOMPARE(clients->at(1).name, u"Олег Петров"_s);
}

void TestCsv::importClients_everyBadRowReported_nothingWritten()
{
    const QByteArray csv = "name,type,contact_from,time_zone\n"
                           "Good one,individual,09:00,UTC\n"
                           ",individual,,\n"
                           "Bad type,freelancer,,\n"
                           "Bad time,agency,9 am,Mars/Olympus\n"
                           "Too,many,fields,here,really\n";
    const auto summary = CsvExchange::import(*m_db, CsvExchange::Table::Clients, csv, false);
    QVERIFY(!summary.ok());
    const QStringList lines = summary.error().split(u'\n');
    QCOMPARE(lines.size(), 5);
    QCOMPARE(lines.at(0), u"line 3: name: a client needs a name."_s);
    QVERIFY2(lines.at(1).startsWith(u"line 4: type: \"freelancer\" is not one of individual, small_business"_s),
             qPrintable(lines.at(1)));
    QCOMPARE(lines.at(2), u"line 5: contact_from: \"9 am\" is not a time in the form HH:MM."_s);
    QVERIFY(lines.at(3).startsWith(u"line 5: time_zone: \"Mars/Olympus\""_s));
    QCOMPARE(lines.at(4), u"line 6: 5 fields where the header has 4."_s);
    QCOMPARE(clientCount(), 0); // not even the good row
}

void TestCsv::importClients_dryRun_writesNothing()
{
    const auto summary =
        CsvExchange::import(*m_db, CsvExchange::Table::Clients, "name\nA\nB\nC\n", true);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->rows, 3);
    QVERIFY(!summary->written);
    QCOMPARE(clientCount(), 0);

    const auto unknown = CsvExchange::import(*m_db, CsvExchange::Table::Clients, "name,shoe size\nA,44\n", true);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.error().startsWith(u"line 1: unknown column \"shoe size\"; the columns are id, name"_s),
             qPrintable(unknown.error()));
}

void TestCsv::importMapped_columnsChosenByCaller()
{
    // The GUI's column mapping: the header does not matter, a column without
    // a field is skipped.
    const QByteArray csv = "Who,Mail,Shoe size\nAino,aino@example.fi,38\nBertta,b@example.fi,40\n";
    QCOMPARE(CsvExchange::fieldForHeader(CsvExchange::Table::Clients, u" E-Mail "_s), u"email"_s);
    QCOMPARE(CsvExchange::fieldForHeader(CsvExchange::Table::Clients, u"Who"_s), QString());
    QVERIFY(!CsvExchange::importFields(CsvExchange::Table::Projects).contains(u"total"_s));

    const auto noName = CsvExchange::importMapped(*m_db, CsvExchange::Table::Clients, csv,
                                                   {QString(), u"email"_s, QString()}, true);
    QCOMPARE(noName.error(), u"No column goes into \"name\"; choose it for the column that holds it."_s);
    const auto twice = CsvExchange::importMapped(*m_db, CsvExchange::Table::Clients, csv,
                                                 {u"name"_s, u"name"_s, QString()}, true);
    QCOMPARE(twice.error(), u"line 1: two columns go into \"name\"; choose it for one only."_s);
    const auto shortMapping =
        CsvExchange::importMapped(*m_db, CsvExchange::Table::Clients, csv, {u"name"_s}, true);
    QVERIFY(!shortMapping.ok());

    const auto summary = CsvExchange::importMapped(*m_db, CsvExchange::Table::Clients, csv,
                                                   {u"name"_s, u"email"_s, QString()}, false);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->rows, 2);
    const auto clients = *ClientStore(*m_db).list();
    QCOMPARE(clients.size(), 2);
    QCOMPARE(clients.first().email, u"aino@example.fi"_s);
}

void TestCsv::importProjects_byClientName()
{
    QVERIFY(CsvExchange::import(*m_db, CsvExchange::Table::Clients, "name\nAino\nBertta\n", false).ok());
    const QByteArray csv = "client,title,base_price,nda,deadline,currency\n"
                           "aino,Website texts,1200.50,yes,2025-09-30,EUR\n"
                           "Bertta,Brochure,800,no,,\n"
                           "Nobody,Lost,100,,,\n"
                           "Aino,Bad price,12.345,,2025-02-30,\n";
    auto summary = CsvExchange::import(*m_db, CsvExchange::Table::Projects, csv, false);
    QVERIFY(!summary.ok());
    const QStringList lines = summary.error().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"line 4: client: there is no client named \"Nobody\""_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"line 5: base_price: "_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"line 5: deadline: \"2025-02-30\""_s), qPrintable(lines.at(2)));
    QCOMPARE(ProjectStore(*m_db).list()->size(), 0);

    summary = CsvExchange::import(*m_db, CsvExchange::Table::Projects, csv.left(csv.indexOf("Nobody")), false);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    const auto projects = ProjectStore(*m_db).list();
    QCOMPARE(projects->size(), 2);
    QCOMPARE(projects->at(0).basePriceMinor, 120050);
    QVERIFY(projects->at(0).nda);
    QCOMPARE(projects->at(0).deadline, QDate(2025, 9, 30));
}

void TestCsv::export_stagesAndProjects()
{
    QVERIFY(DemoData::fill(*m_db, QDate(2025, 5, 1)).ok());
    Client evil;
    evil.name = u"=cmd|' /C calc'!A0"_s;
    QVERIFY(ClientStore(*m_db).create(evil).ok());

    const auto clients = CsvExchange::exportTable(*m_db, CsvExchange::Table::Clients);
    QVERIFY(clients.ok());
    QVERIFY(clients->contains(",'=cmd|' /C calc'!A0,"));
    const auto stages = CsvExchange::exportTable(*m_db, CsvExchange::Table::Stages);
    QVERIFY(stages.ok());
    const auto records = Csv::parse(*stages);
    QVERIFY(records.ok());
    QCOMPARE(records->first().fields, CsvExchange::columns(CsvExchange::Table::Stages));
    QVERIFY(records->size() > 5);

    // What export writes, import reads back (ids and totals are ignored;
    // client_id refers to this database's clients).
    const auto projects = CsvExchange::exportTable(*m_db, CsvExchange::Table::Projects);
    QVERIFY(projects.ok());
    const auto reread = CsvExchange::import(*m_db, CsvExchange::Table::Projects, *projects, true);
    QVERIFY2(reread.ok(), qPrintable(reread.error()));
    QCOMPARE(reread->rows, int(ProjectStore(*m_db).list()->size()));
}



void TestCsv::finnishExcel_semicolonDecimalCommaWindows1252()
{
    // What Excel in Finland saves as "CSV (semicolon separated)".
    const QByteArray clients = encoded(u"Nimi;Yritys;Sähköposti\r\n"
                                       "Jääskeläinen;Äänekosken Öljy Oy;jaana@oljy.fi\r\n"
                                       "Öhman;Sörnäisten Sauna;\r\n"_s,
                                       "windows-1252");
    QVERIFY(clients.contains('\xe4')); // ä in Windows-1252, not UTF-8
    QVERIFY(!Csv::parse(clients).ok()); // not valid UTF-8
    const CsvDialect dialect = Csv::detect(clients);
    QCOMPARE(dialect.encoding, CsvDialect::Encoding::Windows1252);
    QCOMPARE(dialect.separator, u';');
    QCOMPARE(dialect.decimalMark, u',');
    // The header names need mapping ("Nimi" is Finnish): map them.
    auto summary = CsvExchange::importMapped(*m_db, CsvExchange::Table::Clients, clients,
                                             {u"name"_s, u"company"_s, u"email"_s}, false, dialect);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    const auto stored = *ClientStore(*m_db).list();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0).name, u"Jääskeläinen"_s);
    QCOMPARE(stored.at(0).company, u"Äänekosken Öljy Oy"_s);
    QCOMPARE(stored.at(0).email, u"jaana@oljy.fi"_s);
    QCOMPARE(stored.at(1).company, u"Sörnäisten Sauna"_s);

    const QByteArray projects = encoded(u"client;title;currency;base_price;first_offer\r\n"
                                        "Jääskeläinen;Verkkosivut;EUR;1\u00a0234,50;900\r\n"
                                        "Öhman;Esite;EUR;12 000;1.500,75\r\n"_s,
                                        "windows-1252");
    const CsvDialect projectDialect = Csv::detect(projects);
    QCOMPARE(projectDialect.decimalMark, u',');
    summary = CsvExchange::import(*m_db, CsvExchange::Table::Projects, projects, false, projectDialect);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    const auto stored2 = *ProjectStore(*m_db).list();
    QCOMPARE(stored2.size(), 2);
    QCOMPARE(stored2.at(0).basePriceMinor, 123450);
    QCOMPARE(stored2.at(0).firstOfferMinor, std::optional<qint64>(90000));
    QCOMPARE(stored2.at(1).basePriceMinor, 1200000);
    QCOMPARE(stored2.at(1).firstOfferMinor, std::optional<qint64>(150075));
}

void TestCsv::russianExcel_windows1251()
{
    const QByteArray clients = encoded(u"name;company;notes\r\n"
                                       "Дмитрий Соколов;ООО «Ромашка»;Платит частями\r\n"
                                       "Анна Ким;;\r\n"_s,
                                       "windows-1251");
    const CsvDialect dialect = Csv::detect(clients);
    QCOMPARE(dialect.encoding, CsvDialect::Encoding::Windows1251);
    QCOMPARE(dialect.separator, u';');
    auto summary = CsvExchange::import(*m_db, CsvExchange::Table::Clients, clients, false, dialect);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    const auto stored = *ClientStore(*m_db).list();
    QCOMPARE(stored.size(), 2);
    const auto dmitry = std::find_if(stored.cbegin(), stored.cend(),
                                     [](const Client &c) { return c.name == u"Дмитрий Соколов"_s; });
    QVERIFY(dmitry != stored.cend());
    QCOMPARE(dmitry->company, u"ООО «Ромашка»"_s);
    QCOMPARE(dmitry->notes, u"Платит частями"_s);

    const QByteArray projects = encoded(u"client;title;currency;base_price\r\n"
                                        "Дмитрий Соколов;Лендинг;RUB;150 000,00\r\n"_s,
                                        "windows-1251");
    summary = CsvExchange::import(*m_db, CsvExchange::Table::Projects, projects, false, Csv::detect(projects));
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(ProjectStore(*m_db).list()->first().basePriceMinor, 15000000);
    QCOMPARE(ProjectStore(*m_db).list()->first().title, u"Лендинг"_s);
}

void TestCsv::utf8WithoutBom_tabs()
{
    const QByteArray clients = u"name\tcompany\nLaura Mäkelä\t\"Tab\there\"\nДмитрий\t\n"_s.toUtf8();
    const CsvDialect dialect = Csv::detect(clients);
    QCOMPARE(dialect.encoding, CsvDialect::Encoding::Utf8);
    QCOMPARE(dialect.separator, u'\t');
    QCOMPARE(dialect.decimalMark, u'.');
    auto summary = CsvExchange::import(*m_db, CsvExchange::Table::Clients, clients, false, dialect);
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    const auto stored = *ClientStore(*m_db).list();
    QCOMPARE(stored.at(0).name, u"Laura Mäkelä"_s);
    QCOMPARE(stored.at(0).company, u"Tab\there"_s);
    QCOMPARE(stored.at(1).name, u"Дмитрий"_s);
}

void TestCsv::detect_guessesEachDialect_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<CsvDialect::Encoding>("encoding");
    QTest::addColumn<QChar>("separator");
    QTest::addColumn<QChar>("decimalMark");
    using E = CsvDialect::Encoding;
    QTest::newRow("plain comma") << QByteArray("name,price\nA,1.50\n") << E::Utf8 << QChar(u',') << QChar(u'.');
    QTest::newRow("utf-8 bom semicolon")
        << QByteArray("\xEF\xBB\xBFname;price\nA;1,50\n") << E::Utf8 << QChar(u';') << QChar(u',');
    QTest::newRow("semicolon, decimal point")
        << QByteArray("name;price\nA;1234.50\n") << E::Utf8 << QChar(u';') << QChar(u'.');
    QTest::newRow("semicolon, no amounts") << QByteArray("name;company\nA;B\n") << E::Utf8 << QChar(u';')
                                           << QChar(u',');
    QTest::newRow("commas inside quotes do not count")
        << QByteArray("\"Name, full\";\"Notes, more, and more\"\nA;B\n") << E::Utf8 << QChar(u';') << QChar(u',');
    QTest::newRow("tab") << QByteArray("name\tprice\nA\t2.5\n") << E::Utf8 << QChar(u'\t') << QChar(u'.');
    QTest::newRow("windows-1252") << encoded(u"name;city\nÖhman;Hämeenlinna\n"_s, "windows-1252")
                                  << E::Windows1252 << QChar(u';') << QChar(u',');
    QTest::newRow("windows-1251") << encoded(u"name,city\nСоколов,Москва\n"_s, "windows-1251")
                                  << E::Windows1251 << QChar(u',') << QChar(u'.');
}

void TestCsv::detect_guessesEachDialect()
{
    QFETCH(QByteArray, data);
    QFETCH(CsvDialect::Encoding, encoding);
    QFETCH(QChar, separator);
    QFETCH(QChar, decimalMark);
    const CsvDialect dialect = Csv::detect(data);
    QCOMPARE(dialect.encoding, encoding);
    QCOMPARE(dialect.separator, separator);
    QCOMPARE(dialect.decimalMark, decimalMark);
}

void TestCsv::amounts_groupSeparatorsOnlyBetweenThrees_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QChar>("mark");
    QTest::addColumn<QString>("plain");
    QTest::newRow("fi nbsp") << u"1\u00a0234,50"_s << QChar(u',') << u"1234.50"_s;
    QTest::newRow("fi narrow nbsp") << u"12\u202f345"_s << QChar(u',') << u"12345"_s;
    QTest::newRow("de points") << u"1.234.567,5"_s << QChar(u',') << u"1234567.5"_s;
    QTest::newRow("negative") << u"-12,5"_s << QChar(u',') << u"-12.5"_s;
    QTest::newRow("en commas") << u"1,234.50"_s << QChar(u'.') << u"1234.50"_s;
    // Not groups of three: left for Money::parseDecimal to refuse.
    QTest::newRow("1,5 in a point file") << u"1,5"_s << QChar(u'.') << u"1,5"_s;
    QTest::newRow("1.5 in a comma file") << u"1.5"_s << QChar(u',') << u"1.5"_s;
    QTest::newRow("mixed groups") << u"1 234.567,8"_s << QChar(u',') << u"1 234.567.8"_s;
}

void TestCsv::amounts_groupSeparatorsOnlyBetweenThrees()
{
    QFETCH(QString, text);
    QFETCH(QChar, mark);
    QFETCH(QString, plain);
    CsvDialect dialect;
    dialect.decimalMark = mark;
    dialect.separator = u';';
    QCOMPARE(Csv::plainAmount(text, dialect), plain);
}

void TestCsv::export_inEachDialect_readsBack()
{
    // A Russian freelancer's records: every name fits Windows-1251.
    QVERIFY(CsvExchange::import(*m_db, CsvExchange::Table::Clients,
                                u"name,company\nДмитрий Соколов,ООО Ромашка\nАнна Ким,\n"_s.toUtf8(), false)
                .ok());
    QVERIFY(CsvExchange::import(*m_db, CsvExchange::Table::Projects,
                                u"client,title,currency,base_price\nАнна Ким,Сайт,RUB,150000.50\n"_s.toUtf8(), false)
                .ok());
    CsvDialect russian;
    russian.separator = u';';
    russian.decimalMark = u',';
    russian.encoding = CsvDialect::Encoding::Windows1251;
    const auto projects = CsvExchange::exportTable(*m_db, CsvExchange::Table::Projects, russian);
    QVERIFY2(projects.ok(), qPrintable(projects.error()));
    QVERIFY(!projects->startsWith("\xEF\xBB\xBF")); // no mark outside UTF-8
    QVERIFY(projects->contains(encoded(u";Анна Ким;Сайт;"_s, "windows-1251")));
    QVERIFY(projects->contains(";150000,50;"));
    QVERIFY(!projects->contains("150000.50"));
    // Read back in the same dialect, and guessed.
    QCOMPARE(Csv::detect(*projects), russian);
    Database other;
    QVERIFY(other.open(test::freshDatabase(m_dir->filePath(u"other.sqlite"_s))).ok());
    const auto clients = CsvExchange::exportTable(*m_db, CsvExchange::Table::Clients, russian);
    QVERIFY2(clients.ok(), qPrintable(clients.error()));
    const auto reimported = CsvExchange::import(other, CsvExchange::Table::Clients, *clients, false, Csv::detect(*clients));
    QVERIFY2(reimported.ok(), qPrintable(reimported.error()));
    QCOMPARE(*ClientStore(other).count(), clientCount());
    const auto projectsBack = CsvExchange::import(other, CsvExchange::Table::Projects, *projects, false, russian);
    QVERIFY2(projectsBack.ok(), qPrintable(projectsBack.error()));
    QCOMPARE(ProjectStore(other).list()->first().basePriceMinor, 15000050);

    // Tabs, decimal point, UTF-8 without the mark.
    CsvDialect plain;
    plain.separator = u'\t';
    plain.byteOrderMark = false;
    const auto noBom = CsvExchange::exportTable(*m_db, CsvExchange::Table::Clients, plain);
    QVERIFY(noBom.ok());
    QVERIFY2(noBom->startsWith("id\tname\t"), noBom->left(40).constData());
    QVERIFY(noBom->contains(u"\tДмитрий Соколов\t"_s.toUtf8()));
}

void TestCsv::export_characterTheEncodingLacks_isNamed()
{
    Client c;
    c.name = u"Дмитрий"_s;
    QVERIFY(ClientStore(*m_db).create(c).ok());
    CsvDialect western;
    western.encoding = CsvDialect::Encoding::Windows1252;
    const auto csv = CsvExchange::exportTable(*m_db, CsvExchange::Table::Clients, western);
    QVERIFY(!csv.ok());
    QVERIFY2(csv.error().startsWith(u"line 2, column 2: \"Дмитрий\" cannot be written in Windows-1252"_s),
             qPrintable(csv.error()));
}

void TestCsv::wrongEncoding_chosen_isReportedNotGarbled()
{
    const QByteArray cp1251 = encoded(u"name\nСоколов\n"_s, "windows-1251");
    // Read as UTF-8 it is refused with the line, not stored as U+FFFD.
    const auto summary = CsvExchange::import(*m_db, CsvExchange::Table::Clients, cp1251, false);
    QVERIFY(!summary.ok());
    QVERIFY2(summary.error().startsWith(u"line 2: the text is not valid UTF-8."_s), qPrintable(summary.error()));
    QCOMPARE(clientCount(), 0);
}

// Export puts a quote before text a spreadsheet would run as a formula;
// importing Neuvo's own file must not keep that quote in the name.
void TestCsv::neutralisedFormula_reimportedAsItWas()
{
    QCOMPARE(Csv::restoreFormula(u"'=SUM(A1)"_s), u"=SUM(A1)"_s);
    QCOMPARE(Csv::restoreFormula(u"'@home"_s), u"@home"_s);
    QCOMPARE(Csv::restoreFormula(u"'tis"_s), u"'tis"_s);                 // not a formula: kept
    QCOMPARE(Csv::restoreFormula(u"'+358 40 123"_s), u"'+358 40 123"_s); // export never quotes a phone
    QCOMPARE(Csv::restoreFormula(u"'"_s), u"'"_s);

    Client c;
    c.name = u"@Aino =cmd"_s;
    c.notes = u"=HYPERLINK(\"http://evil\")"_s;
    c.timeZone = u"Europe/Helsinki"_s;
    QVERIFY(ClientStore(*m_db).create(c));
    const auto exported = CsvExchange::exportTable(*m_db, CsvExchange::Table::Clients);
    QVERIFY2(exported.ok(), qPrintable(exported.ok() ? QString() : exported.error()));
    QVERIFY(exported->contains("'@Aino =cmd"));

    QVERIFY(ClientStore(*m_db).remove(c.id));
    const auto imported = CsvExchange::import(*m_db, CsvExchange::Table::Clients, *exported, false);
    QVERIFY2(imported.ok(), qPrintable(imported.ok() ? QString() : imported.error()));
    const auto clients = ClientStore(*m_db).list();
    QCOMPARE(clients->size(), 1);
    QCOMPARE(clients->first().name, u"@Aino =cmd"_s);
    QCOMPARE(clients->first().notes, u"=HYPERLINK(\"http://evil\")"_s);
}

QTEST_GUILESS_MAIN(TestCsv)

#include "tst_csv.moc"
