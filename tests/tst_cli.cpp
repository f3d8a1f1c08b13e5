#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include "cliinprocess.h"

#include <memory>

using namespace Qt::StringLiterals;

// neuvo-cli's commands run in-process against databases in a temporary
// folder; a few smoke tests run the real binary (exit codes, the default
// database in the data folder), with HOME and XDG_DATA_HOME pointing into
// the temporary folder so nothing touches the user's own data.
class Tst_cli : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void help_exitsZeroAndListsCommands();
    void help_ofOneCommand();
    void version_printsVersion();
    void noCommand_isUsageError();
    void unknownCommand_isUsageError();
    void unknownOption_isUsageError();
    void extraArgument_isUsageError();
    void import_missingArgument_isUsageError();
    void import_missingFile_isDataError();
    void demo_badToday_isUsageError_data();
    void demo_badToday_isUsageError();
    void demo_thenClientsListsDemoClients();
    void demo_twice_isDataError();
    void demo_usesDefaultDatabaseInAppDataFolder();
    void dbOption_afterCommand();
    void info_showsPathSchemaAndCounts();
    void info_missingDatabase_isDataError();
    void info_notADatabase_isDataError();
    void clients_emptyDatabase();

    // These need core/exchange/exchange.cpp.
    void export_toStdoutIsNeuvoJson();
    void export_toFileThenImport_roundTrip();
    void import_invalidJson_isDataErrorAndWritesNothing();

    void flags_demo_toxicClientDeclineExit3();
    void flags_cleanClientOnly_exit0();
    void flags_unknownClient_isDataError();
    void flags_badClientId_isUsageError();
    void alerts_json_soonestFirst();

private:
    using Run = neuvo::test::CliRun;
    Run cli(const QStringList &args);
    Run process(const QStringList &args);
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // The test's database: the file name in the temporary folder, or in the
    // _pg run the suite's database on the server, emptied for each test.
    QString database(const QString &name) const { return neuvo::test::suiteDatabase(path(name)); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void Tst_cli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void Tst_cli::cleanup()
{
    m_dir.reset();
}

Tst_cli::Run Tst_cli::cli(const QStringList &args)
{
    return neuvo::test::runCliInProcess(args);
}

Tst_cli::Run Tst_cli::process(const QStringList &args)
{
    return neuvo::test::runCli(args, m_dir->path());
}

void Tst_cli::help_exitsZeroAndListsCommands()
{
    const Run run = process({u"--help"_s});
    VERIFY_EXIT(run, 0);
    for (const QString &command : {u"demo"_s, u"export"_s, u"import"_s, u"clients"_s, u"info"_s})
        QVERIFY2(run.out.contains(u"  "_s + command), qPrintable(command));
    QVERIFY(run.out.contains(u"--db"_s));
    QVERIFY(run.out.contains(u"--version"_s));
    QVERIFY(run.err.isEmpty());

    const Run helpCommand = process({u"help"_s});
    VERIFY_EXIT(helpCommand, 0);
    QCOMPARE(helpCommand.out, run.out);
}

void Tst_cli::help_ofOneCommand()
{
    const Run run = cli({u"demo"_s, u"--help"_s});
    VERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains(u"--today"_s));
    const Run viaHelp = cli({u"help"_s, u"demo"_s});
    VERIFY_EXIT(viaHelp, 0);
    QCOMPARE(viaHelp.out, run.out);
    VERIFY_EXIT(cli({u"help"_s, u"nosuch"_s}), 2);
}

void Tst_cli::version_printsVersion()
{
    const Run run = process({u"--version"_s});
    VERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains(QStringLiteral(NEUVO_VERSION)));
}

void Tst_cli::noCommand_isUsageError()
{
    const Run run = process({});
    VERIFY_EXIT(run, 2);
    QVERIFY(run.err.contains(u"--help"_s));
    QVERIFY(run.out.isEmpty());
}

void Tst_cli::unknownCommand_isUsageError()
{
    const Run run = cli({u"--db"_s, path(u"x.sqlite"_s), u"frobnicate"_s});
    VERIFY_EXIT(run, 2);
    QVERIFY(run.err.contains(u"frobnicate"_s));
    QVERIFY(run.err.contains(u"--help"_s));
    QVERIFY(!QFile::exists(path(u"x.sqlite"_s)));
}

void Tst_cli::unknownOption_isUsageError()
{
    VERIFY_EXIT(cli({u"--frobnicate"_s, u"info"_s}), 2);
    const Run run = cli({u"clients"_s, u"--frobnicate"_s});
    VERIFY_EXIT(run, 2);
    QVERIFY(run.err.contains(u"frobnicate"_s));
}

void Tst_cli::extraArgument_isUsageError()
{
    VERIFY_EXIT(cli({u"--db"_s, path(u"x.sqlite"_s), u"clients"_s, u"extra"_s}), 2);
    VERIFY_EXIT(cli({u"--db"_s, path(u"x.sqlite"_s), u"import"_s, u"a.json"_s, u"b.json"_s}), 2);
}

void Tst_cli::import_missingArgument_isUsageError()
{
    const Run run = cli({u"--db"_s, path(u"x.sqlite"_s), u"import"_s});
    VERIFY_EXIT(run, 2);
    QVERIFY(run.err.contains(u"import"_s));
}

void Tst_cli::import_missingFile_isDataError()
{
    const QString missing = path(u"nowhere.json"_s);
    const Run run = process({u"--db"_s, path(u"x.sqlite"_s), u"import"_s, missing});
    VERIFY_EXIT(run, 1);
    QVERIFY2(run.err.contains(missing), qPrintable(run.err));
    QCOMPARE(run.err.count(u'\n'), 1); // one line
    QVERIFY(!QFile::exists(path(u"x.sqlite"_s)));
}

void Tst_cli::demo_badToday_isUsageError_data()
{
    QTest::addColumn<QString>("today");
    QTest::newRow("word") << u"tomorrow"_s;
    QTest::newRow("month 13") << u"2024-13-01"_s;
    QTest::newRow("feb 30") << u"2024-02-30"_s;
    QTest::newRow("short") << u"2024-1-5"_s;
    QTest::newRow("finnish") << u"15.5.2024"_s;
    QTest::newRow("empty") << QString();
}

void Tst_cli::demo_badToday_isUsageError()
{
    QFETCH(QString, today);
    const Run run = cli({u"--db"_s, path(u"d.sqlite"_s), u"demo"_s, u"--today"_s, today});
    VERIFY_EXIT(run, 2);
    QVERIFY(run.err.contains(u"--help"_s));
    QVERIFY(!QFile::exists(path(u"d.sqlite"_s)));
}

void Tst_cli::demo_thenClientsListsDemoClients()
{
    const QString db = database(u"demo.sqlite"_s);
    const Run demo = cli({u"--db"_s, db, u"demo"_s, u"--today"_s, u"2024-05-15"_s});
    VERIFY_EXIT(demo, 0);
    QVERIFY(demo.out.contains(db));
    QVERIFY(demo.err.isEmpty());

    const Run clients = cli({u"--db"_s, db, u"clients"_s});
    VERIFY_EXIT(clients, 0);
    const QStringList lines = clients.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2 + 6, qPrintable(clients.out)); // header, rule, clients
    QVERIFY(lines.at(0).contains(u"Name"_s));
    QVERIFY(lines.at(0).contains(u"Company"_s));
    QVERIFY(lines.at(0).contains(u"Status"_s));
    QVERIFY(lines.at(0).contains(u"Type"_s));
    QVERIFY(clients.out.contains(u"Дмитрий Соколов"_s));
    QVERIFY(clients.out.contains(u"Laura Mäkelä"_s));
    QVERIFY(clients.out.contains(u"Elina Öhman"_s));
    QVERIFY(clients.out.contains(u"Agency"_s));
    QVERIFY(clients.out.contains(u"Prospect"_s));
    QVERIFY(clients.out.contains(u"Past"_s));
}

void Tst_cli::demo_twice_isDataError()
{
    const QString db = database(u"demo.sqlite"_s);
    VERIFY_EXIT(cli({u"--db"_s, db, u"demo"_s}), 0);
    const Run again = cli({u"--db"_s, db, u"demo"_s});
    VERIFY_EXIT(again, 1);
    QVERIFY(again.err.contains(u"empty"_s));
    QCOMPARE(again.err.count(u'\n'), 1);
}

void Tst_cli::demo_usesDefaultDatabaseInAppDataFolder()
{
    VERIFY_EXIT(process({u"demo"_s}), 0);
    const QString expected = m_dir->filePath(u"data/Neuvo/neuvo.sqlite"_s);
    QVERIFY2(QFile::exists(expected), qPrintable(expected));
    const Run info = process({u"info"_s});
    VERIFY_EXIT(info, 0);
    QVERIFY2(info.out.contains(expected), qPrintable(info.out));
}

void Tst_cli::dbOption_afterCommand()
{
    const QString db = database(u"late.sqlite"_s);
    VERIFY_EXIT(cli({u"demo"_s, u"--db"_s, db}), 0);
    const Run clients = cli({u"clients"_s, u"--db"_s, db});
    VERIFY_EXIT(clients, 0);
    QVERIFY2(clients.out.contains(u"Laura Mäkelä"_s), qPrintable(clients.out));
}

void Tst_cli::info_showsPathSchemaAndCounts()
{
    const QString db = database(u"demo.sqlite"_s);
    VERIFY_EXIT(cli({u"--db"_s, db, u"demo"_s}), 0);
    const Run info = cli({u"--db"_s, db, u"info"_s});
    VERIFY_EXIT(info, 0);
    QVERIFY(info.out.contains(db));
    QVERIFY(info.out.contains(u"Schema version:"_s));
    for (const QString &label : {u"Clients:"_s, u"Projects:"_s, u"Interactions:"_s, u"Promises:"_s,
                                 u"Observations:"_s}) {
        QVERIFY2(info.out.contains(label), qPrintable(label));
    }
    // Six demo clients.
    bool sixClients = false;
    for (const QString &line : info.out.split(u'\n')) {
        if (line.startsWith(u"Clients:"_s))
            sixClients = line.section(u':', 1).trimmed().toInt() == 6;
    }
    QVERIFY2(sixClients, qPrintable(info.out));
}

void Tst_cli::info_missingDatabase_isDataError()
{
    const QString db = neuvo::test::missingDatabase(path(u"missing.sqlite"_s));
    const Run run = cli({u"--db"_s, db, u"info"_s});
    VERIFY_EXIT(run, 1);
    QVERIFY(run.err.contains(db));
    QVERIFY(!QFile::exists(db)); // reading commands do not create a database
}

void Tst_cli::info_notADatabase_isDataError()
{
    const QString text = path(u"notes.txt"_s);
    {
        QFile file(text);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("just some notes, not a database\n");
    }
    const Run run = cli({u"--db"_s, text, u"info"_s});
    VERIFY_EXIT(run, 1);
    QVERIFY(run.err.contains(text));
    QCOMPARE(run.err.count(u'\n'), 1);

    // A folder is not a database file either.
    VERIFY_EXIT(cli({u"--db"_s, m_dir->path(), u"clients"_s}), 1);
}

void Tst_cli::clients_emptyDatabase()
{
    // A zero-byte file is a new, empty database to SQLite and to Neuvo,
    // which creates the schema in it.
    const QString db = path(u"empty.sqlite"_s);
    {
        QFile file(db);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const Run run = cli({u"--db"_s, db, u"clients"_s});
    VERIFY_EXIT(run, 0);
    QVERIFY(run.out.contains(u"No clients"_s));
}

// ---------------------------------------------------------------- exchange

void Tst_cli::export_toStdoutIsNeuvoJson()
{
    const QString db = database(u"demo.sqlite"_s);
    VERIFY_EXIT(cli({u"--db"_s, db, u"demo"_s, u"--today"_s, u"2024-05-15"_s}), 0);
    const Run run = cli({u"--db"_s, db, u"export"_s});
    VERIFY_EXIT(run, 0);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(run.rawOut, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(doc.object().value(u"format"_s).toString(), u"neuvo/2"_s);
    QVERIFY(run.out.contains(u"Дмитрий Соколов"_s));
}

void Tst_cli::export_toFileThenImport_roundTrip()
{
    const QString db = database(u"demo.sqlite"_s);
    const QString json = path(u"out/backup.json"_s);
    QVERIFY(QDir().mkpath(path(u"out"_s)));
    VERIFY_EXIT(cli({u"--db"_s, db, u"demo"_s, u"--today"_s, u"2024-05-15"_s}), 0);
    const Run exported = cli({u"--db"_s, db, u"export"_s, json});
    VERIFY_EXIT(exported, 0);
    QVERIFY(QFileInfo(json).size() > 0);

    const QString copy = neuvo::test::freshDatabase(path(u"copy.sqlite"_s));
    const Run imported = cli({u"--db"_s, copy, u"import"_s, json});
    VERIFY_EXIT(imported, 0);
    QCOMPARE(imported.out.count(u'\n'), 1); // a one-line summary
    QVERIFY2(imported.out.contains(u"6 clients"_s), qPrintable(imported.out));

    const Run again = cli({u"--db"_s, copy, u"export"_s});
    VERIFY_EXIT(again, 0);
    QFile first(json);
    QVERIFY(first.open(QIODevice::ReadOnly));
    QCOMPARE(again.rawOut, first.readAll());

    const Run clients = cli({u"--db"_s, copy, u"clients"_s});
    VERIFY_EXIT(clients, 0);
    QVERIFY(clients.out.contains(u"Дмитрий Соколов"_s));
}

void Tst_cli::import_invalidJson_isDataErrorAndWritesNothing()
{
    const QString json = path(u"broken.json"_s);
    {
        QFile file(json);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"format": "neuvo/1", "clients": [ {"name": )");
    }
    const QString db = database(u"target.sqlite"_s);
    const Run run = cli({u"--db"_s, db, u"import"_s, json});
    VERIFY_EXIT(run, 1);
    QVERIFY(run.err.contains(json));
    QCOMPARE(run.err.count(u'\n'), 1);
    const Run clients = cli({u"--db"_s, db, u"clients"_s});
    VERIFY_EXIT(clients, 0);
    QVERIFY(clients.out.contains(u"No clients"_s));
}


void Tst_cli::flags_demo_toxicClientDeclineExit3()
{
    const QString db = database(u"flags.sqlite"_s);
    VERIFY_EXIT(cli({u"--db"_s, db, u"demo"_s, u"--today"_s, u"2026-11-27"_s}), 0);

    const Run text = process({u"--db"_s, db, u"flags"_s, u"--today"_s, u"2026-12-01"_s});
    VERIFY_EXIT(text, 3);
    QVERIFY2(text.out.contains(u"Дмитрий Соколов (#3): DECLINE"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"Laura Mäkelä (#1): OK"_s));

    const Run json = cli({u"--db"_s, db, u"flags"_s, u"--today"_s, u"2026-12-01"_s, u"--json"_s});
    VERIFY_EXIT(json, 3);
    const QJsonObject root = QJsonDocument::fromJson(json.rawOut).object();
    QCOMPARE(root.value(u"today"_s).toString(), u"2026-12-01"_s);
    const QJsonArray clients = root.value(u"clients"_s).toArray();
    QCOMPARE(clients.size(), 6);
    int declined = 0;
    int onlyAlerts = 0;
    int partWays = 0;
    for (const QJsonValue &value : clients) {
        const QJsonObject client = value.toObject();
        const QString risk = client.value(u"risk"_s).toString();
        QVERIFY2(risk == u"ok"_s || risk == u"caution"_s || risk == u"decline"_s, qPrintable(risk));
        // Every finding is the client's flag or your alert; only flags score.
        int flags = 0;
        int alerts = 0;
        for (const QJsonValue &f : client.value(u"findings"_s).toArray()) {
            const QString kind = f.toObject().value(u"kind"_s).toString();
            QVERIFY2(kind == u"flag"_s || kind == u"alert"_s, qPrintable(kind));
            QVERIFY(!f.toObject().value(u"evidence"_s).toString().isEmpty());
            (kind == u"flag"_s ? flags : alerts) += 1;
            // Machine output keeps the rule ids; the evidence is for people
            // and names the flags behind a part_ways as a person calls them.
            const QString rule = f.toObject().value(u"rule"_s).toString();
            QVERIFY2(QRegularExpression(u"^[a-z_]+$"_s).match(rule).hasMatch(), qPrintable(rule));
            if (rule == u"part_ways"_s) {
                ++partWays;
                const QString evidence = f.toObject().value(u"evidence"_s).toString();
                QVERIFY2(evidence.contains(u"is to decline (Seeks free work, Payment overdue) while"_s),
                         qPrintable(evidence));
            }
        }
        if (flags == 0) {
            QCOMPARE(risk, u"ok"_s);
            QCOMPARE(client.value(u"score"_s).toInt(), 0);
            onlyAlerts += alerts > 0;
        }
        if (risk == u"decline"_s) {
            ++declined;
            QCOMPARE(client.value(u"name"_s).toString(), u"Дмитрий Соколов"_s);
            QVERIFY(flags >= 5);
        }
    }
    QCOMPARE(declined, 1);
    QVERIFY(onlyAlerts >= 2); // clients whose only findings are your own to-dos stay OK
    QVERIFY(partWays >= 1);
}

void Tst_cli::flags_cleanClientOnly_exit0()
{
    const QString db = database(u"clean.sqlite"_s);
    VERIFY_EXIT(cli({u"--db"_s, db, u"demo"_s, u"--today"_s, u"2026-11-27"_s}), 0);
    // Laura Mäkelä (#1) pays on time and keeps to the agreed hours.
    const Run run = cli({u"--db"_s, db, u"flags"_s, u"--today"_s, u"2026-12-01"_s, u"--client"_s, u"1"_s, u"--json"_s});
    VERIFY_EXIT(run, 0);
    const QJsonArray clients = QJsonDocument::fromJson(run.rawOut).object().value(u"clients"_s).toArray();
    QCOMPARE(clients.size(), 1);
    QCOMPARE(clients.first().toObject().value(u"risk"_s).toString(), u"ok"_s);
    QVERIFY(clients.first().toObject().value(u"findings"_s).toArray().isEmpty());
}

void Tst_cli::flags_unknownClient_isDataError()
{
    const QString db = database(u"u.sqlite"_s);
    VERIFY_EXIT(cli({u"--db"_s, db, u"demo"_s}), 0);
    const Run run = cli({u"--db"_s, db, u"flags"_s, u"--client"_s, u"999"_s});
    VERIFY_EXIT(run, 1);
    QVERIFY(run.err.contains(u"999"_s));
}

void Tst_cli::flags_badClientId_isUsageError()
{
    const QString db = database(u"b.sqlite"_s);
    VERIFY_EXIT(cli({u"--db"_s, db, u"demo"_s}), 0);
    VERIFY_EXIT(cli({u"--db"_s, db, u"flags"_s, u"--client"_s, u"abc"_s}), 2);
    VERIFY_EXIT(cli({u"--db"_s, db, u"alerts"_s, u"--today"_s, u"tomorrow"_s}), 2);
}

void Tst_cli::alerts_json_soonestFirst()
{
    const QString db = database(u"a.sqlite"_s);
    VERIFY_EXIT(cli({u"--db"_s, db, u"demo"_s, u"--today"_s, u"2026-11-27"_s}), 0);
    const Run run = cli({u"--db"_s, db, u"alerts"_s, u"--today"_s, u"2026-12-01"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 3, qPrintable(run.err));
    const QJsonArray alerts = QJsonDocument::fromJson(run.rawOut).object().value(u"alerts"_s).toArray();
    QVERIFY(alerts.size() >= 4);
    QString previous;
    QStringList rules;
    for (const QJsonValue &value : alerts) {
        const QJsonObject alert = value.toObject();
        QCOMPARE(alert.value(u"kind"_s).toString(), u"alert"_s);
        // Soonest first; an alert with no date of its own (an NDA without
        // its surcharge, a price without a breakdown) comes last.
        const QString date = alert.value(u"date"_s).toString();
        if (!date.isEmpty()) {
            QVERIFY2(previous != u"-"_s, qPrintable(u"dated alert after an undated one: "_s + date));
            QVERIFY2(previous <= date, qPrintable(previous + u" > "_s + date));
            previous = date;
        } else {
            previous = u"-"_s;
        }
        rules << alert.value(u"rule"_s).toString();
    }
    QVERIFY(rules.contains(u"promise_due"_s));
    QVERIFY(rules.contains(u"brief_unanswered"_s));
    QVERIFY(rules.contains(u"stage_due_soon"_s));
}

QTEST_GUILESS_MAIN(Tst_cli)
#include "tst_cli.moc"
