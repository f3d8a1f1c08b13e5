#include "core/storage/backup.h"
#include "core/storage/stores.h"
#include "cliinprocess.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QStringDecoder>
#include <QStringEncoder>
#include <QTest>

#include <algorithm>

#include <unistd.h>

using namespace neuvo;
using namespace Qt::StringLiterals;

// The data-safety commands of neuvo-cli, in-process: backup, backups, restore, check,
// import-csv, export-csv; the backup before an import; write commands kept
// out while another Neuvo has the file. The _pg run (tests/CMakeLists.txt)
// runs the functions that apply to a server: CSV, the demo, terminal text
// and backup (a snapshot there, whose restore is refused); the backups
// folder and its rotation, the writer lock, damaged and read-only files,
// hard links, file: URIs and the -wal are SQLite's file and not part of it.
class TestCliSafety : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = test::suiteDatabase(m_dir->filePath(u"cli.sqlite"_s));
        QCOMPARE(cli({u"--db"_s, m_db, u"demo"_s, u"--today"_s, u"2025-05-01"_s}).exitCode, 0);
    }

    void backup_backups_restore();
    void backup_keepsAsManyAsTheProfileSays();
    void backupToFile_forScripts();
    void check_cleanIs0_problemsAre4();
    void import_makesBackupFirst();
    void importCsv_badRows_eachReported_nothingWritten();
    void importCsv_dryRun_thenImport();
    void exportCsv_stagesToFile();
    void importCsv_finnishAndRussianExcel_guessed();
    void importCsv_dialectOptionsOverrideTheGuess();
    void exportCsv_dialectOptions();
    void writeCommand_refusedWhileAnotherNeuvoHasIt_readersGoOn();
    void damagedFile_namesBackup_restoreRepairs();
    // Cases an adversarial review of the storage code found.
    void rejectedImports_makeNoBackup_manualKept();
    void headerOnlyCsv_exits1_noBackup();
    void demo_lastDayOfCalendar_saysWhichDays();
    void terminalEscapesInNames_printedVisible();
    void hardLinkedDatabase_secondWriterRefused();
    void fileUriDatabase_refused();
    void backupOntoOwnWal_refused_walKept();
    void check_unreadableFile_exits1();
    void check_readOnlyFile_constraintsStillChecked();
    void liveFileWithForeignTrigger_refused_checkAndRestoreRecover();
    void exportToTerminal_controlsEscaped_pipeAndFileByteExact();

private:
    static bool containsString(const QJsonValue &value, const QString &text)
    {
        if (value.isString())
            return value.toString() == text;
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            return std::any_of(array.begin(), array.end(),
                               [&](const QJsonValue &v) { return containsString(v, text); });
        }
        if (value.isObject()) {
            const QJsonObject object = value.toObject();
            return std::any_of(object.begin(), object.end(),
                               [&](const QJsonValue &v) { return containsString(v, text); });
        }
        return false;
    }

    // neuvo-cli as a user other than root when the tests run as root (as in
    // CI), so that file permissions apply; m_dir is opened up for it.
    test::CliRun cliAsUser(const QStringList &args)
    {
        if (::geteuid() != 0)
            return cli(args);
        QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner
                                                 | QFileDevice::ExeOwner | QFileDevice::ReadOther
                                                 | QFileDevice::ExeOther);
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HOME"_s, m_dir->path());
        env.insert(u"XDG_DATA_HOME"_s, m_dir->path() + u"/data"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir->path() + u"/config"_s);
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(env);
        process.start(u"setpriv"_s, QStringList{u"--reuid=65534"_s, u"--regid=65534"_s, u"--clear-groups"_s,
                                                QStringLiteral(NEUVO_CLI_PATH)}
                                        + args);
        test::CliRun run;
        if (!process.waitForFinished(60000))
            return run;
        run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        run.out = QString::fromUtf8(process.readAllStandardOutput());
        run.err = QString::fromUtf8(process.readAllStandardError());
        return run;
    }

    using Run = test::CliRun;
    // The commands run in-process; process() runs the real binary for the
    // exit codes a script sees.
    Run cli(const QStringList &args) { return test::runCliInProcess(args); }
    Run process(const QStringList &args) { return test::runCli(args, m_dir->path()); }
    QString write(const QString &name, const QByteArray &content)
    {
        const QString file = m_dir->filePath(name);
        QFile f(file);
        if (f.open(QIODevice::WriteOnly))
            f.write(content);
        return file;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliSafety::backup_backups_restore()
{
    if (test::onServer()) {
        // On a server, backup writes a snapshot of the rows; restoring a
        // backup is the file's (pg_restore on a server): refused, saying so.
        const Run made = cli({u"--db"_s, m_db, u"backup"_s});
        VERIFY_EXIT(made, 0);
        const QString snapshot = made.out.section(u" to "_s, -1).trimmed().chopped(1);
        QVERIFY2(snapshot.endsWith(u".json"_s) && QFileInfo::exists(snapshot), qPrintable(made.out));
        const QByteArray before = test::contentHash(m_db);
        const Run restored = cli({u"--db"_s, m_db, u"restore"_s, snapshot});
        VERIFY_EXIT(restored, 1);
        QVERIFY2(restored.err.contains(u"SQLite"_s), qPrintable(restored.err));
        QCOMPARE(test::contentHash(m_db), before);
        return;
    }
    const Run made = cli({u"--db"_s, m_db, u"backup"_s});
    QCOMPARE(made.exitCode, 0);
    const auto list = BackupManager(m_db).list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(made.out, u"Backed up %1 to %2.\n"_s.arg(m_db, list.first().path));

    const Run listed = cli({u"--db"_s, m_db, u"backups"_s});
    QCOMPARE(listed.exitCode, 0);
    QVERIFY2(listed.out.contains(u"manual"_s) && listed.out.contains(list.first().path), qPrintable(listed.out));

    const int before = test::countRows(m_db, u"client"_s);
    QCOMPARE(cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, write(u"c.csv"_s, "name\nNew one\n")}).exitCode, 0);
    QCOMPARE(test::countRows(m_db, u"client"_s), before + 1);

    const Run restored = cli({u"--db"_s, m_db, u"restore"_s, list.first().path});
    QCOMPARE(restored.exitCode, 0);
    QVERIFY2(restored.out.startsWith(u"Restored %1 from %2.\nThe file it replaced is kept as "_s.arg(
                 m_db, list.first().path)),
             qPrintable(restored.out));
    QCOMPARE(test::countRows(m_db, u"client"_s), before);
}

void TestCliSafety::backup_keepsAsManyAsTheProfileSays()
{
    // Preferences said 30; neuvo-cli used to rotate to its own 14 and
    // delete backups 15 to 30. The number now lives in the file's profile.
    {
        Database db;
        QVERIFY(db.open(m_db).ok());
        Profile profile = *ProfileStore(db).load();
        profile.backupsToKeep = 30;
        QVERIFY(ProfileStore(db).save(profile).ok());
    }
    QString first;
    for (int i = 0; i < 31; ++i) {
        const Run made = cli({u"--db"_s, m_db, u"backup"_s});
        VERIFY_EXIT(made, 0);
        if (i == 0)
            first = BackupManager(m_db).list().first().path;
    }
    const auto list = BackupManager(m_db).list();
    QCOMPARE(list.size(), 30);
    QVERIFY2(!QFileInfo::exists(first), qPrintable(first)); // the oldest went
    for (const BackupInfo &b : list)
        QCOMPARE(b.reason, u"manual"_s);
}

void TestCliSafety::backupToFile_forScripts()
{
    const QString out = m_dir->filePath(u"nightly.sqlite"_s);
    QCOMPARE(cli({u"--db"_s, m_db, u"backup"_s, out}).exitCode, 0);
    QVERIFY(BackupManager::verify(out).ok());
    QCOMPARE(test::countRows(out, u"client"_s), test::countRows(m_db, u"client"_s));
    const Run itself = cli({u"--db"_s, m_db, u"backup"_s, m_db});
    QCOMPARE(itself.exitCode, 1);
    QVERIFY2(itself.err.contains(u"onto itself"_s), qPrintable(itself.err));
}

void TestCliSafety::check_cleanIs0_problemsAre4()
{
    const Run clean = cli({u"--db"_s, m_db, u"check"_s, u"--full"_s});
    QCOMPARE(clean.exitCode, 0);
    QCOMPARE(clean.out, u"%1: no problems found.\n"_s.arg(m_db));

    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(m_db);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(u"UPDATE stage SET amount_minor = amount_minor + 1 WHERE id = 1"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const QByteArray before = test::contentHash(m_db);
    const Run problems = process({u"--db"_s, m_db, u"check"_s});
    QCOMPARE(problems.exitCode, 4);
    QVERIFY2(problems.out.startsWith(u"project 1 “"_s), qPrintable(problems.out));
    QVERIFY(problems.out.contains(u"Stages: they sum to "_s));
    QVERIFY2(problems.err.contains(u"%1: problems found: 1."_s.arg(m_db)), qPrintable(problems.err));
    QCOMPARE(test::contentHash(m_db), before);
}

void TestCliSafety::import_makesBackupFirst()
{
    const QString json = m_dir->filePath(u"all.json"_s);
    QCOMPARE(cli({u"--db"_s, m_db, u"export"_s, json}).exitCode, 0);
    const Run imported = cli({u"--db"_s, m_db, u"import"_s, json});
    QCOMPARE(imported.exitCode, 0);
    const auto list = BackupManager(m_db).list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().reason, u"import"_s);
    QVERIFY2(imported.out.startsWith(u"Backed up %1 to %2 before the import.\n"_s.arg(m_db, list.first().path)),
             qPrintable(imported.out));
    QCOMPARE(test::countRows(list.first().path, u"client"_s) * 2, test::countRows(m_db, u"client"_s));

    // A new file has nothing to back up.
    const QString fresh = m_dir->filePath(u"fresh/new.sqlite"_s);
    QCOMPARE(cli({u"--db"_s, fresh, u"import"_s, json}).exitCode, 0);
    QVERIFY(BackupManager(fresh).list().isEmpty());
}

void TestCliSafety::importCsv_badRows_eachReported_nothingWritten()
{
    const QString csv = write(u"bad.csv"_s, "name,email,status\r\n"
                                            "Fine,a@example.com,active\r\n"
                                            "\"Broken\nacross lines\",b@example.com,sleeping\r\n"
                                            ",c@example.com,active\r\n");
    const QByteArray before = test::contentHash(m_db);
    const Run run = cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, csv});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"neuvo-cli: %1: line 3: status: \"sleeping\" is not one of"_s.arg(csv)),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), u"neuvo-cli: %1: line 5: name: a client needs a name."_s.arg(csv));
    QCOMPARE(lines.at(2), u"neuvo-cli: Nothing was imported from %1."_s.arg(csv));
    QCOMPARE(test::contentHash(m_db), before);
    QVERIFY(BackupManager(m_db).list().isEmpty()); // checked before any backup
}

void TestCliSafety::importCsv_dryRun_thenImport()
{
    const QString csv = write(u"good.csv"_s, "\xEF\xBB\xBFName,Company\r\nAino,Oy\r\nBertta,Ab\r\n");
    const int before = test::countRows(m_db, u"client"_s);
    const Run dry = cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, csv, u"--dry-run"_s});
    QCOMPARE(dry.exitCode, 0);
    QCOMPARE(dry.out, u"%1: all 2 rows are fine; nothing was written (dry run).\n"_s.arg(csv));
    QCOMPARE(test::countRows(m_db, u"client"_s), before);
    const Run real = cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, csv});
    QCOMPARE(real.exitCode, 0);
    QVERIFY(real.out.endsWith(u"Imported 2 rows from %1.\n"_s.arg(csv)));
    QCOMPARE(test::countRows(m_db, u"client"_s), before + 2);
    QCOMPARE(BackupManager(m_db).list().first().reason, u"import"_s);

    const Run usage = cli({u"--db"_s, m_db, u"import-csv"_s, u"invoices"_s, csv});
    QCOMPARE(usage.exitCode, 2);
}

void TestCliSafety::exportCsv_stagesToFile()
{
    const QString out = m_dir->filePath(u"stages.csv"_s);
    const Run run = cli({u"--db"_s, m_db, u"export-csv"_s, u"stages"_s, out});
    QCOMPARE(run.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBFid,project_id,project,position,title,currency,amount,"));
    QCOMPARE(content.count("\r\n"), test::countRows(m_db, u"stage"_s) + 1);
}

void TestCliSafety::importCsv_finnishAndRussianExcel_guessed()
{
    QStringEncoder western("windows-1252");
    const QString finnish = write(u"fi.csv"_s, western(u"name;company\r\nJääskeläinen;Öljy Oy\r\n"_s));
    const Run fi = cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, finnish});
    QCOMPARE(fi.exitCode, 0);
    QStringEncoder cyrillic("windows-1251");
    const QString russian = write(u"ru.csv"_s, cyrillic(u"name;company\r\nАнна Ким;ООО Ромашка\r\n"_s));
    const Run ru = cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, russian});
    QCOMPARE(ru.exitCode, 0);
    const QString projects = write(u"p.csv"_s, cyrillic(u"client;title;currency;base_price\r\n"
                                                         "Анна Ким;Сайт;RUB;1 234,50\r\n"_s));
    QCOMPARE(cli({u"--db"_s, m_db, u"import-csv"_s, u"projects"_s, projects}).exitCode, 0);

    Database db;
    QVERIFY(db.open(m_db, Database::Access::ReadOnly).ok());
    QStringList names;
    for (const Client &c : *ClientStore(db).list())
        names << c.name + u'/' + c.company;
    QVERIFY2(names.contains(u"Jääskeläinen/Öljy Oy"_s), qPrintable(names.join(u", "_s)));
    QVERIFY2(names.contains(u"Анна Ким/ООО Ромашка"_s), qPrintable(names.join(u", "_s)));
    bool found = false;
    for (const Project &p : *ProjectStore(db).list()) {
        if (p.title == u"Сайт"_s) {
            found = true;
            QCOMPARE(p.basePriceMinor, 123450);
        }
    }
    QVERIFY(found);
}

void TestCliSafety::importCsv_dialectOptionsOverrideTheGuess()
{
    // A Windows-1251 file read as Windows-1252 would store mojibake: the
    // options are what the person says, so "--encoding utf-8" refuses it.
    QStringEncoder cyrillic("windows-1251");
    const QString csv = write(u"ru.csv"_s, cyrillic(u"name\r\nСоколов\r\n"_s));
    const QByteArray before = test::contentHash(m_db);
    const Run utf8 = cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, csv, u"--encoding"_s, u"utf-8"_s});
    QCOMPARE(utf8.exitCode, 1);
    QVERIFY2(utf8.err.contains(u"line 2: the text is not valid UTF-8."_s), qPrintable(utf8.err));
    QCOMPARE(test::contentHash(m_db), before);

    const Run bad = cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, csv, u"--separator"_s, u"pipe"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"--separator: \"pipe\" is not one of comma, semicolon, tab."_s), qPrintable(bad.err));
    const Run badEncoding = cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, csv, u"--encoding"_s, u"koi8-r"_s});
    QCOMPARE(badEncoding.exitCode, 2);
    QCOMPARE(test::contentHash(m_db), before);

    // Semicolons in a comma file: one column "name;company" is unknown.
    const QString semicolons = write(u"semi.csv"_s, "name;company\r\nA;B\r\n");
    const Run asComma = cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, semicolons, u"--separator"_s,
                             u"comma"_s, u"--dry-run"_s});
    QCOMPARE(asComma.exitCode, 1);
    QVERIFY2(asComma.err.contains(u"unknown column \"name;company\""_s), qPrintable(asComma.err));
}

void TestCliSafety::exportCsv_dialectOptions()
{
    const QString out = m_dir->filePath(u"projects-fi.csv"_s);
    const Run run = cli({u"--db"_s, m_db, u"export-csv"_s, u"projects"_s, out, u"--separator"_s, u"semicolon"_s,
                         u"--decimal"_s, u","_s});
    QCOMPARE(run.exitCode, 0);
    QFile file(out);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBFid;client_id;client;title;"));
    QVERIFY(content.contains(",00;"));
    QVERIFY(!content.contains(".00"));
    QVERIFY(content.contains(u"Дмитрий Соколов"_s.toUtf8()));

    // The demo has Finnish and Russian names: neither Windows code page
    // holds both, and the file is not written.
    for (const QString &encoding : {u"windows-1252"_s, u"windows-1251"_s}) {
        const QString path = m_dir->filePath(encoding + u".csv"_s);
        const Run refused = cli({u"--db"_s, m_db, u"export-csv"_s, u"clients"_s, path, u"--encoding"_s, encoding});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"cannot be written in Windows-%1; choose UTF-8."_s.arg(encoding.right(4))),
                 qPrintable(refused.err));
        QVERIFY(!QFileInfo::exists(path));
    }
    const Run bad = cli({u"--db"_s, m_db, u"export-csv"_s, u"clients"_s, u"--decimal"_s, u";"_s});
    QCOMPARE(bad.exitCode, 2);
    QVERIFY2(bad.err.contains(u"--decimal: \";\" is not . or ,."_s), qPrintable(bad.err));
}

void TestCliSafety::writeCommand_refusedWhileAnotherNeuvoHasIt_readersGoOn()
{
    QProcess other; // stands in for a running Neuvo: a live process in the lock file
    other.start(u"sleep"_s, {u"60"_s});
    QVERIFY(other.waitForStarted());
    write(u"cli.sqlite.lock"_s,
          QByteArray::number(other.processId()) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    const QByteArray before = test::contentHash(m_db);

    const Run writer = cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, write(u"c.csv"_s, "name\nX\n")});
    QCOMPARE(writer.exitCode, 1);
    QVERIFY2(writer.err.contains(u"%1 is already open in another Neuvo (process %2 on %3)"_s.arg(
                 m_db, QString::number(other.processId()), QSysInfo::machineHostName())),
             qPrintable(writer.err));
    QCOMPARE(test::contentHash(m_db), before);

    const Run reader = cli({u"--db"_s, m_db, u"clients"_s});
    QCOMPARE(reader.exitCode, 0);
    QVERIFY(reader.out.contains(u"Elina Öhman"_s));
    other.kill();
    other.waitForFinished();
}

void TestCliSafety::damagedFile_namesBackup_restoreRepairs()
{
    QCOMPARE(cli({u"--db"_s, m_db, u"backup"_s}).exitCode, 0);
    const QString backup = BackupManager(m_db).list().first().path;
    // Cut the file off as a full disk might.
    {
        QFile file(m_db);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.resize(file.size() / 2));
    }
    const QByteArray damaged = test::contentHash(m_db);
    const Run info = cli({u"--db"_s, m_db, u"info"_s});
    QCOMPARE(info.exitCode, 1);
    QVERIFY2(info.err.contains(u"it was cut off"_s), qPrintable(info.err));
    QVERIFY(info.err.contains(u"The newest good backup is %1"_s.arg(backup)));
    QCOMPARE(test::contentHash(m_db), damaged);

    const Run check = cli({u"--db"_s, m_db, u"check"_s});
    QCOMPARE(check.exitCode, 4);

    const Run restored = cli({u"--db"_s, m_db, u"restore"_s, backup});
    QCOMPARE(restored.exitCode, 0);
    QVERIFY2(restored.out.contains(u"-damaged.sqlite"_s), qPrintable(restored.out));
    QCOMPARE(cli({u"--db"_s, m_db, u"check"_s}).exitCode, 0);
}

void TestCliSafety::rejectedImports_makeNoBackup_manualKept()
{
    // Every import used to write an "import" backup first, even one then
    // refused; fifteen of them rotated away every manual and daily backup.
    QCOMPARE(cli({u"--db"_s, m_db, u"backup"_s}).exitCode, 0);
    const QString manual = BackupManager(m_db).list().first().path;
    const QString badJson = write(u"bad.json"_s, R"({"format":"neuvo/1","clients":[{"id":1,"name":""}]})");
    const QString badCsv = write(u"bad.csv"_s, "name,status\nAino,sleeping\n");
    const QByteArray before = test::contentHash(m_db);
    for (int i = 0; i < 15; ++i) {
        const Run json = cli({u"--db"_s, m_db, u"import"_s, badJson});
        QCOMPARE(json.exitCode, 1);
        QVERIFY2(!json.out.contains(u"Backed up"_s), qPrintable(json.out));
        QCOMPARE(cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, badCsv}).exitCode, 1);
    }
    const auto list = BackupManager(m_db).list();
    QCOMPARE(list.size(), 1);
    QCOMPARE(list.first().path, manual);
    QCOMPARE(test::contentHash(m_db), before);

    // A good import still backs up first.
    const QString good = m_dir->filePath(u"good.json"_s);
    QCOMPARE(cli({u"--db"_s, m_db, u"export"_s, good}).exitCode, 0);
    QCOMPARE(cli({u"--db"_s, m_db, u"import"_s, good}).exitCode, 0);
    QCOMPARE(BackupManager(m_db).list().first().reason, u"import"_s);
}

void TestCliSafety::headerOnlyCsv_exits1_noBackup()
{
    const QString csv = write(u"header.csv"_s, "name,email,status\r\n");
    const QByteArray before = test::contentHash(m_db);
    const Run run = cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, csv});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"line 1: there are no rows below the header"_s), qPrintable(run.err));
    QVERIFY(BackupManager(m_db).list().isEmpty());
    QCOMPARE(test::contentHash(m_db), before);
}

void TestCliSafety::demo_lastDayOfCalendar_saysWhichDays()
{
    const QString fresh = test::freshDatabase(m_dir->filePath(u"end-of-time.sqlite"_s));
    const Run run = cli({u"--db"_s, fresh, u"demo"_s, u"--today"_s, u"9999-12-31"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"choose a day between 0003-01-01 and 9999-09-30"_s), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"NOT NULL"_s), qPrintable(run.err));
    QCOMPARE(test::countRows(fresh, u"client"_s), 0);
    QCOMPARE(cli({u"--db"_s, test::freshDatabase(m_dir->filePath(u"late.sqlite"_s)), u"demo"_s, u"--today"_s,
                  u"9999-09-30"_s})
                 .exitCode,
             0);
}

void TestCliSafety::terminalEscapesInNames_printedVisible()
{
    // OSC 0 (window title), SGR colour, a bell, C1 CSI and a right-to-left
    // override, as a client might name themselves.
    const QString hostile = QStringLiteral(u"\x1b]0;owned\x07" u"Evil \x1b[31mRed\u009b" u"2J\u202E" u"abc");
    qint64 interactionId = 0;
    qint64 clientId = 0;
    {
        Database db;
        QVERIFY(db.open(m_db).ok());
        Client c;
        c.name = hostile;
        c.company = hostile;
        QVERIFY(ClientStore(db).create(c).ok());
        clientId = c.id;
        Interaction i;
        i.clientId = c.id;
        i.at = QDateTime(QDate(2025, 4, 30), QTime(10, 0), Qt::UTC);
        i.channel = Channel::Phone;
        i.kind = InteractionKind::Agreement;
        i.summary = hostile;
        QVERIFY(InteractionStore(db).create(i).ok());
        interactionId = i.id;
    }
    const QList<QStringList> commands = {
        {u"clients"_s},
        {u"flags"_s, u"--today"_s, u"2025-05-01"_s, u"--client"_s, QString::number(clientId)},
        {u"letter"_s, QString::number(interactionId), u"--lang"_s, u"en"_s},
        {u"flags"_s, u"--today"_s, u"2025-05-01"_s, u"--json"_s},
    };
    for (const QStringList &command : commands) {
        const Run run = cli(QStringList{u"--db"_s, m_db} + command);
        QVERIFY2(run.exitCode == 0 || run.exitCode == 3, qPrintable(command.join(u' ') + run.err));
        for (const char control : {'\x1b', '\x07'})
            QVERIFY2(!run.rawOut.contains(control), qPrintable(command.join(u' ') + u": "_s + run.out));
        QVERIFY2(!run.out.contains(QChar(0x9b)) && !run.out.contains(QChar(0x202e)), qPrintable(command.first()));
        if (command.contains(u"--json"_s)) {
            // Still JSON, and it reads back to the very same name.
            const QJsonDocument doc = QJsonDocument::fromJson(run.rawOut);
            QVERIFY(doc.isObject());
            QVERIFY(QString::fromUtf8(QJsonDocument(doc).toJson()).contains(u"Evil"_s));
            QVERIFY(containsString(doc.object(), hostile));
        } else {
            QVERIFY2(run.out.contains(u"\\u001B]0;owned\\u0007Evil \\u001B[31mRed\\u009B2J\\u202Eabc"_s),
                     qPrintable(command.join(u' ') + u": "_s + run.out));
        }
    }
}

void TestCliSafety::hardLinkedDatabase_secondWriterRefused()
{
    // Two names for one file each had their own lock file: two imports on
    // the two paths both succeeded and one of them was lost.
    QVERIFY(QDir().mkdir(m_dir->filePath(u"other"_s)));
    const QString link = m_dir->filePath(u"other/cli.sqlite"_s);
    QCOMPARE(::link(QFile::encodeName(m_db).constData(), QFile::encodeName(link).constData()), 0);
    Database holder; // this process stands in for the first writer
    QVERIFY(holder.open(m_db).ok());
    const int before = test::countRows(m_db, u"client"_s);
    // Another process: inside one process the lock is shared.
    const Run second = process({u"--db"_s, link, u"import-csv"_s, u"clients"_s, write(u"c.csv"_s, "name\nX\n")});
    QCOMPARE(second.exitCode, 1);
    QVERIFY2(second.err.contains(u"%1 is already open in another Neuvo"_s.arg(link)), qPrintable(second.err));
    QCOMPARE(test::countRows(m_db, u"client"_s), before);
    holder.close();
    QCOMPARE(cli({u"--db"_s, link, u"import-csv"_s, u"clients"_s, write(u"c.csv"_s, "name\nX\n")}).exitCode, 0);
    QCOMPARE(test::countRows(m_db, u"client"_s), before + 1);
}

void TestCliSafety::fileUriDatabase_refused()
{
    // SQLite opened the file the URI names while the lock and the checks
    // looked at a file literally called "file:…".
    const QByteArray before = test::contentHash(m_db);
    const Run run = cli({u"--db"_s, u"file:"_s + m_db, u"import-csv"_s, u"clients"_s,
                         write(u"c.csv"_s, "name\nX\n")});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"SQLite URIs (file:…) are not accepted"_s), qPrintable(run.err));
    QCOMPARE(test::contentHash(m_db), before);
    QVERIFY(!QFileInfo::exists(u"file:"_s));
}

void TestCliSafety::backupOntoOwnWal_refused_walKept()
{
    Database holder; // keeps the -wal in use
    QVERIFY(holder.open(m_db).ok());
    Client c;
    c.name = u"Only in the WAL"_s;
    QVERIFY(ClientStore(holder).create(c).ok());
    const QString wal = m_db + u"-wal"_s;
    const QByteArray before = test::fileHash(wal);
    const Run run = cli({u"--db"_s, m_db, u"backup"_s, wal});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.out.contains(u"Backed up"_s), qPrintable(run.out));
    QCOMPARE(test::fileHash(wal), before);
    QVERIFY(ClientStore(holder).get(c.id).ok());
}

void TestCliSafety::check_unreadableFile_exits1()
{
    // Exit 4 means "damaged, restore a backup"; a file the user may not read
    // is a check that could not run.
    QVERIFY(QFile::setPermissions(m_db, QFileDevice::Permissions()));
    const Run run = cliAsUser({u"--db"_s, m_db, u"check"_s, u"--full"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"Cannot read %1"_s.arg(m_db)), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"restore"_s) && !run.err.contains(u"damaged"_s), qPrintable(run.err));
}

void TestCliSafety::check_readOnlyFile_constraintsStillChecked()
{
    // SQLite skips CHECK constraints on a read-only connection; a file the
    // user may only read is checked on a copy.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(m_db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"PRAGMA ignore_check_constraints = 1"_s));
        QVERIFY(q.exec(u"UPDATE client SET contact_to = CAST(X'3139FF3030' AS TEXT) WHERE id = 1"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const auto readOnly = QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;
    QVERIFY(QFile::setPermissions(m_db, readOnly));
    const Run run = cliAsUser({u"--db"_s, m_db, u"check"_s});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.out.contains(u"CHECK constraint failed in client"_s), qPrintable(run.out + run.err));
}

// A trigger added to the live database with the sqlite3 program: check
// --full reported it, but every command opened the file and the next
// import-csv of one client fired it and emptied the projects.
void TestCliSafety::liveFileWithForeignTrigger_refused_checkAndRestoreRecover()
{
    QCOMPARE(cli({u"--db"_s, m_db, u"backup"_s}).exitCode, 0);
    const QString backup = BackupManager(m_db).list().first().path;
    int projects = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(m_db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(u"SELECT count(*) FROM project"_s) && q.next());
        projects = q.value(0).toInt();
        QVERIFY(q.exec(u"CREATE TRIGGER wipe AFTER INSERT ON client BEGIN DELETE FROM project; END"_s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    QVERIFY(projects > 0);
    const QByteArray before = test::contentHash(m_db);
    const QString csv = write(u"one.csv"_s, "name,status\nAino,active\n");

    for (const QStringList &command : QList<QStringList>{{u"import-csv"_s, u"clients"_s, csv},
                                                         {u"clients"_s},
                                                         {u"export"_s}}) {
        const Run run = cli(QStringList{u"--db"_s, m_db} + command);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"its schema is not Neuvo's"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"The trigger “wipe” on client"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"The file was not changed."_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"DROP TRIGGER \"wipe\";"_s), qPrintable(run.err));
        QVERIFY2(run.err.contains(u"restore %1"_s.arg(backup)), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(test::contentHash(m_db), before);
    }
    QCOMPARE(BackupManager(m_db).list().size(), 1); // the refused import made none

    // The two ways out the message names still work on the file.
    const Run check = cli({u"--db"_s, m_db, u"check"_s, u"--full"_s});
    QCOMPARE(check.exitCode, 4);
    QVERIFY2(check.out.contains(u"The trigger “wipe” on client is not part of Neuvo's schema"_s), qPrintable(check.out));
    QCOMPARE(test::contentHash(m_db), before);

    const Run restored = cli({u"--db"_s, m_db, u"restore"_s, backup});
    QVERIFY2(restored.exitCode == 0, qPrintable(restored.err));
    QCOMPARE(cli({u"--db"_s, m_db, u"check"_s, u"--full"_s}).exitCode, 0);
    const Run imported = cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, csv});
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    Database db;
    QVERIFY(db.open(m_db).ok());
    QCOMPARE(int(ProjectStore(db).list()->size()), projects);
}

// export and export-csv to standard output wrote client data raw, so an
// ESC or OSC sequence in a name reached a person's terminal as a command.
// To a pipe or a file the bytes must stay exactly the export.
void TestCliSafety::exportToTerminal_controlsEscaped_pipeAndFileByteExact()
{
    // OSC 0, a bell, C1 CSI, a right-to-left override; a lone carriage
    // return in the company, which would go back over the line.
    const QString hostile = QStringLiteral(u"Häkkinen \x1b]0;owned\x07\u009b2J\u202Eabc");
    // A file of its own: the demo's Cyrillic names have no Windows-1252 bytes.
    m_db = test::suiteDatabase(m_dir->filePath(u"export.sqlite"_s));
    const auto addClient = [this](const QString &name, const QString &company) {
        Database db;
        QVERIFY(db.open(m_db).ok());
        Client c;
        c.name = name;
        c.company = company;
        QVERIFY(ClientStore(db).create(c).ok());
    };
    const auto fileBytes = [this](const QStringList &command) {
        const QString path = m_dir->filePath(u"out.data"_s);
        QFile::remove(path);
        const Run run = cli(QStringList{u"--db"_s, m_db} + command + QStringList{path});
        QFile file(path);
        return run.exitCode == 0 && file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    const auto run = [this](const QStringList &command, bool terminal) {
        return test::runCliInProcess(QStringList{u"--db"_s, m_db} + command, terminal);
    };

    // In a single-byte encoding the escapes are ASCII and the rest stays
    // in that encoding ("ä" is the byte E4 in Windows-1252). Only this
    // client is in the file yet: C1 and the override have no Windows-1252
    // byte, so export-csv would refuse them.
    addClient(QStringLiteral(u"Häkkinen \x1b]0;owned\x07"), QString());
    const QStringList western{u"export-csv"_s, u"clients"_s, u"--encoding"_s, u"windows-1252"_s};
    const Run westernPipe = run(western, false);
    QCOMPARE(westernPipe.exitCode, 0);
    QCOMPARE(westernPipe.rawOut, fileBytes(western));
    const Run westernTerminal = run(western, true);
    QCOMPARE(westernTerminal.exitCode, 0);
    QVERIFY(!westernTerminal.rawOut.contains('\x1b'));
    QVERIFY2(westernTerminal.rawOut.contains("H\xE4kkinen \\u001B]0;owned\\u0007"), westernTerminal.rawOut.constData());

    addClient(hostile, u"paid\rUNPAID"_s);

    // JSON to a pipe: the export byte for byte. QJsonDocument escapes the
    // C0 controls itself ("\u001b", "\u0007"), so no raw ESC or BEL is in
    // it; C1 and the override are valid JSON as they are and stay raw.
    const Run jsonPipe = run({u"export"_s}, false);
    QCOMPARE(jsonPipe.exitCode, 0);
    QCOMPARE(jsonPipe.rawOut, fileBytes({u"export"_s}));
    QVERIFY(!jsonPipe.rawOut.contains('\x1b') && !jsonPipe.rawOut.contains('\x07'));
    QVERIFY2(jsonPipe.rawOut.contains("\\u001b]0;owned\\u0007"), jsonPipe.rawOut.constData());
    QVERIFY(jsonPipe.rawOut.contains("\xC2\x9B") && jsonPipe.rawOut.contains("\xE2\x80\xAE"));
    // To a terminal: no control left, and still the same JSON.
    const Run jsonTerminal = run({u"export"_s}, true);
    QCOMPARE(jsonTerminal.exitCode, 0);
    QVERIFY(!jsonTerminal.rawOut.contains("\xC2\x9B") && !jsonTerminal.rawOut.contains("\xE2\x80\xAE"));
    QVERIFY(!jsonTerminal.rawOut.contains('\x1b') && !jsonTerminal.rawOut.contains('\x07'));
    QVERIFY(!jsonTerminal.rawOut.contains('\r'));
    QJsonParseError error;
    const QJsonDocument shown = QJsonDocument::fromJson(jsonTerminal.rawOut, &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(shown, QJsonDocument::fromJson(jsonPipe.rawOut));
    QVERIFY(containsString(shown.object(), hostile));

    // CSV escapes nothing: raw to a pipe, visible escapes on a terminal
    // with the CRLF line ends kept.
    const Run csvPipe = run({u"export-csv"_s, u"clients"_s}, false);
    QCOMPARE(csvPipe.exitCode, 0);
    QCOMPARE(csvPipe.rawOut, fileBytes({u"export-csv"_s, u"clients"_s}));
    QVERIFY(csvPipe.rawOut.contains(hostile.toUtf8()));
    QVERIFY(csvPipe.rawOut.contains("paid\rUNPAID"));
    const Run csvTerminal = run({u"export-csv"_s, u"clients"_s}, true);
    QCOMPARE(csvTerminal.exitCode, 0);
    for (const char control : {'\x1b', '\x07'})
        QVERIFY(!csvTerminal.rawOut.contains(control));
    QVERIFY(!csvTerminal.out.contains(QChar(0x9b)) && !csvTerminal.out.contains(QChar(0x202e)));
    QVERIFY2(csvTerminal.out.contains(u"Häkkinen \\u001B]0;owned\\u0007\\u009B2J\\u202Eabc"_s),
             qPrintable(csvTerminal.out));
    QVERIFY2(csvTerminal.out.contains(u"paid\\u000DUNPAID"_s), qPrintable(csvTerminal.out));
    QCOMPARE(csvTerminal.rawOut.count("\r\n"), csvPipe.rawOut.count("\r\n"));
    QVERIFY(csvTerminal.rawOut.startsWith("\xEF\xBB\xBF")); // the byte order mark stays

}

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
