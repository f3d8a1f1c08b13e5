#include "core/storage/backup.h"
#include "cliinprocess.h"

#include <QDir>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

// The data-safety commands of neuvo-cli, in-process: backup, backups, restore, check,
// import-csv, export-csv; the backup before an import; write commands kept
// out while another Neuvo has the file.
class TestCliSafety : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(u"cli.sqlite"_s);
        QCOMPARE(cli({u"--db"_s, m_db, u"demo"_s, u"--today"_s, u"2025-05-01"_s}).exitCode, 0);
    }

    void backup_backups_restore();
    void backupToFile_forScripts();
    void check_cleanIs0_problemsAre4();
    void import_makesBackupFirst();
    void importCsv_badRows_eachReported_nothingWritten();
    void importCsv_dryRun_thenImport();
    void exportCsv_stagesToFile();
    void writeCommand_refusedWhileAnotherNeuvoHasIt_readersGoOn();
    void damagedFile_namesBackup_restoreRepairs();

private:
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
    const QByteArray before = test::fileHash(m_db);
    const Run problems = process({u"--db"_s, m_db, u"check"_s});
    QCOMPARE(problems.exitCode, 4);
    QVERIFY2(problems.out.startsWith(u"project 1 “"_s), qPrintable(problems.out));
    QVERIFY(problems.out.contains(u"Stages: they sum to "_s));
    QVERIFY2(problems.err.contains(u"%1: problems found: 1."_s.arg(m_db)), qPrintable(problems.err));
    QCOMPARE(test::fileHash(m_db), before);
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
    const QByteArray before = test::fileHash(m_db);
    const Run run = cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, csv});
    QCOMPARE(run.exitCode, 1);
    const QStringList lines = run.err.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"neuvo-cli: %1: line 3: status: \"sleeping\" is not one of"_s.arg(csv)),
             qPrintable(lines.at(0)));
    QCOMPARE(lines.at(1), u"neuvo-cli: %1: line 5: name: a client needs a name."_s.arg(csv));
    QCOMPARE(lines.at(2), u"neuvo-cli: Nothing was imported from %1."_s.arg(csv));
    QCOMPARE(test::fileHash(m_db), before);
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

void TestCliSafety::writeCommand_refusedWhileAnotherNeuvoHasIt_readersGoOn()
{
    QProcess other; // stands in for a running Neuvo: a live process in the lock file
    other.start(u"sleep"_s, {u"60"_s});
    QVERIFY(other.waitForStarted());
    write(u"cli.sqlite.lock"_s,
          QByteArray::number(other.processId()) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    const QByteArray before = test::fileHash(m_db);

    const Run writer = cli({u"--db"_s, m_db, u"import-csv"_s, u"clients"_s, write(u"c.csv"_s, "name\nX\n")});
    QCOMPARE(writer.exitCode, 1);
    QVERIFY2(writer.err.contains(u"%1 is already open in another Neuvo (process %2 on %3)"_s.arg(
                 m_db, QString::number(other.processId()), QSysInfo::machineHostName())),
             qPrintable(writer.err));
    QCOMPARE(test::fileHash(m_db), before);

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
    const QByteArray damaged = test::fileHash(m_db);
    const Run info = cli({u"--db"_s, m_db, u"info"_s});
    QCOMPARE(info.exitCode, 1);
    QVERIFY2(info.err.contains(u"it was cut off"_s), qPrintable(info.err));
    QVERIFY(info.err.contains(u"The newest good backup is %1"_s.arg(backup)));
    QCOMPARE(test::fileHash(m_db), damaged);

    const Run check = cli({u"--db"_s, m_db, u"check"_s});
    QCOMPARE(check.exitCode, 4);

    const Run restored = cli({u"--db"_s, m_db, u"restore"_s, backup});
    QCOMPARE(restored.exitCode, 0);
    QVERIFY2(restored.out.contains(u"-damaged.sqlite"_s), qPrintable(restored.out));
    QCOMPARE(cli({u"--db"_s, m_db, u"check"_s}).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestCliSafety)
#include "tst_clisafety.moc"
