#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/exchange/demodata.h"
#include "testutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

// A full disk is not a damaged database. neuvo-cli runs with a nearly full
// disk in the database's folder (tests/diskfull_preload.cpp through
// LD_PRELOAD: 24 KB left, as in the report that found it): the healthy file
// must never be called damaged, no exit code may say "problems found", and
// nothing may suggest restoring a backup. Runs as root in CI, where no
// tmpfs can be mounted; the preload needs no privileges.
class TestDiskFull : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(u"full.sqlite"_s);
        Database db;
        QVERIFY(db.open(m_db).ok());
        QVERIFY(DemoData::fill(db, QDate(2025, 5, 1)).ok());
        QVERIFY(BackupManager(m_db).create(db, u"manual"_s).ok());
        db.close();
        // Closed cleanly: no -wal or -shm, so even reading must create them.
        QVERIFY(!QFile::exists(m_db + u"-shm"_s));
        m_hash = test::fileHash(m_db);
    }

    void preload_reallyFillsTheDisk();
    void fullDisk_readingCommands_sayDiskFull_notDamaged_data();
    void fullDisk_readingCommands_sayDiskFull_notDamaged();
    void fullDisk_check_exits1_notProblems();
    void fullDisk_restore_refused_currentFileNotCalledDamaged();

private:
    test::CliRun cliOnFullDisk(const QStringList &args)
    {
        return test::runCli(QStringList{u"--db"_s, m_db} + args, m_dir->path(), [this](QProcessEnvironment &env) {
            env.insert(u"LD_PRELOAD"_s, QStringLiteral(NEUVO_DISKFULL_PRELOAD));
            env.insert(u"NEUVO_FULL_DISK_DIR"_s, m_dir->path());
            env.insert(u"NEUVO_FULL_DISK_FREE"_s, u"24576"_s);
            // The preload comes before the sanitizer runtime in the ASan build.
            env.insert(u"ASAN_OPTIONS"_s,
                       env.value(u"ASAN_OPTIONS"_s) + u":verify_asan_link_order=0"_s);
        });
    }
    static void verifyNotCalledDamaged(const test::CliRun &run)
    {
        const QString all = run.out + run.err;
        for (const QString &word : {u"damaged"_s, u"not a Neuvo database"_s, u"restore"_s, u"Restore"_s})
            QVERIFY2(!all.contains(word), qPrintable(all));
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QByteArray m_hash;
};

void TestDiskFull::preload_reallyFillsTheDisk()
{
    // Without the preload working, the tests below would pass for nothing.
    const QString copy = m_dir->filePath(u"copy.sqlite"_s);
    const auto run = cliOnFullDisk({u"backup"_s, copy});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!QFile::exists(copy));
    QVERIFY2(run.err.contains(u"the disk is full"_s, Qt::CaseInsensitive), qPrintable(run.err));
}

void TestDiskFull::fullDisk_readingCommands_sayDiskFull_notDamaged_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("info") << QStringList{u"info"_s};
    QTest::newRow("clients") << QStringList{u"clients"_s};
    QTest::newRow("export") << QStringList{u"export"_s};
    QTest::newRow("backup") << QStringList{u"backup"_s};
    QTest::newRow("import-csv") << QStringList{u"import-csv"_s, u"clients"_s, QStringLiteral(NEUVO_TEST_DATA_DIR "/fuzz/csv/simple.csv")};
}

void TestDiskFull::fullDisk_readingCommands_sayDiskFull_notDamaged()
{
    QFETCH(QStringList, args);
    const auto run = cliOnFullDisk(args);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"the disk is full"_s, Qt::CaseInsensitive), qPrintable(run.err));
    verifyNotCalledDamaged(run);
    QCOMPARE(test::fileHash(m_db), m_hash);
}

void TestDiskFull::fullDisk_check_exits1_notProblems()
{
    for (const QString &depth : {u"--full"_s, QString()}) {
        const auto run = cliOnFullDisk(depth.isEmpty() ? QStringList{u"check"_s} : QStringList{u"check"_s, depth});
        QCOMPARE(run.exitCode, 1); // could not check; 4 would mean problems found
        QVERIFY2(run.err.contains(u"the disk is full"_s, Qt::CaseInsensitive), qPrintable(run.err));
        verifyNotCalledDamaged(run);
        QCOMPARE(test::fileHash(m_db), m_hash);
    }
}

void TestDiskFull::fullDisk_restore_refused_currentFileNotCalledDamaged()
{
    const QString backup = BackupManager(m_db).list().first().path;
    const auto run = cliOnFullDisk({u"restore"_s, backup});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"nothing was changed"_s, Qt::CaseInsensitive), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"the disk is full"_s, Qt::CaseInsensitive), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"damaged"_s), qPrintable(run.err));
    QCOMPARE(test::fileHash(m_db), m_hash);
    for (const BackupInfo &b : BackupManager(m_db).list())
        QVERIFY2(b.reason != u"damaged"_s, qPrintable(b.path));
}

QTEST_GUILESS_MAIN(TestDiskFull)
#include "tst_diskfull.moc"
