#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/readstop.h"
#include "core/storage/startchecks.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace neuvo;
using namespace Qt::StringLiterals;

// The quick check and the day's backup that a window leaves until it is up
// (StartChecks): the backup is the file as it was before the first write,
// and a file found damaged is not written to.
class TestStartChecks : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(test::newDatabaseFile(m_dir, m_path)); }

    void deferredOpen_leavesTheCheckOut_onlyWhenAsked();
    void firstWrite_waitsForTheDailyBackup_whichHoldsTheFileBeforeIt();
    void damageFoundLater_everyCommitRefused_fileUnchanged();
    void stopped_neitherPassedNorDamaged_nothingWritten_nextOpenChecksAndBacksUp();
    void interruptedBackup_leavesNoFile_madeAgainLater();

private:
    static void addClient(Database &db, const QString &name, bool expectOk = true)
    {
        Client c;
        c.name = name;
        const auto created = ClientStore(db).create(c);
        QCOMPARE(created.ok(), expectOk);
    }
    // A file at the current schema whose client table's root page is no
    // b-tree page at all: only SQLite's quick check (or a read of the
    // clients) finds it.
    void makeFileWithDamagedClientTable()
    {
        int rootPage = 0;
        int pageSize = 0;
        {
            Database db;
            QVERIFY(db.open(m_path).ok());
            for (int i = 0; i < 5; ++i)
                addClient(db, u"Client %1"_s.arg(i));
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"SELECT rootpage FROM sqlite_master WHERE name = 'client'"_s) && q.next());
            rootPage = q.value(0).toInt();
            QVERIFY(q.exec(u"PRAGMA page_size"_s) && q.next());
            pageSize = q.value(0).toInt();
            QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
        }
        QVERIFY(rootPage > 1);
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 at = qint64(rootPage - 1) * pageSize;
        QVERIFY(file.seek(at));
        QByteArray type = file.read(1);
        QCOMPARE(type.at(0), char(0x0D)); // a table leaf
        type[0] = char(type.at(0) ^ 0xFF);
        QVERIFY(file.seek(at));
        QCOMPARE(file.write(type), 1);
    }

    // Every file in the backup folder, hidden ones (a partial copy) too.
    QStringList backupFolderFiles() const
    {
        return QDir(BackupManager::folderFor(m_path)).entryList(QDir::Files | QDir::Hidden | QDir::System);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestStartChecks::deferredOpen_leavesTheCheckOut_onlyWhenAsked()
{
    makeFileWithDamagedClientTable();
    {
        Database db;
        const auto opened = db.open(m_path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"SQLite found damage"_s), qPrintable(opened.error()));
    }
    Database db;
    db.setQuickCheckDeferred(true);
    QVERIFY(db.open(m_path).ok());
    QVERIFY(db.isQuickCheckPending());
    const auto checked = db.quickCheck();
    QVERIFY(!checked.ok());
    QVERIFY2(checked.error().contains(u"SQLite found damage"_s), qPrintable(checked.error()));
}

void TestStartChecks::firstWrite_waitsForTheDailyBackup_whichHoldsTheFileBeforeIt()
{
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        addClient(db, u"Before today"_s);
    }
    Database db;
    db.setQuickCheckDeferred(true);
    QVERIFY(db.open(m_path).ok());
    QVERIFY(db.isQuickCheckPending());
    StartChecks checks(db, true, true);
    QSignalSpy finished(&checks, &StartChecks::finished);
    checks.start();
    // Written at once: the commit waits for the check and the backup.
    addClient(db, u"First of the day"_s);
    QVERIFY(checks.isDone());
    const StartChecks::Outcome outcome = checks.outcome();
    QVERIFY2(outcome.checkError.isEmpty(), qPrintable(outcome.checkError));
    QVERIFY2(outcome.backupError.isEmpty(), qPrintable(outcome.backupError));
    const QList<BackupInfo> backups = BackupManager(m_path).list();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, u"daily"_s);
    QCOMPARE(backups.first().path, outcome.backupPath);
    QCOMPARE(test::clientNames(backups.first().path), QStringList{u"Before today"_s});
    QCOMPARE(test::clientNames(m_path), (QStringList{u"Before today"_s, u"First of the day"_s}));
    QTRY_COMPARE(finished.size(), 1);

    // A second start the same day makes no backup; writes go on.
    StartChecks again(db, false, true);
    addClient(db, u"Later"_s);
    QVERIFY(again.outcome().backupPath.isEmpty());
    QCOMPARE(BackupManager(m_path).list().size(), 1);
}

void TestStartChecks::damageFoundLater_everyCommitRefused_fileUnchanged()
{
    makeFileWithDamagedClientTable();
    const QByteArray before = test::fileHash(m_path);
    {
        Database db;
        db.setQuickCheckDeferred(true);
        QVERIFY(db.open(m_path).ok());
        StartChecks checks(db, true, true);
        // A write that does not touch the damaged table is refused too.
        Profile profile = *ProfileStore(db).load();
        profile.backupsToKeep = 3;
        QVERIFY(!ProfileStore(db).save(profile).ok());
        // An INSERT ... RETURNING outside a transaction commits after its
        // returned row: the refusal must reach the caller all the same.
        addClient(db, u"After the damage"_s, false);
        const StartChecks::Outcome outcome = checks.outcome();
        QVERIFY2(outcome.checkError.contains(u"SQLite found damage"_s), qPrintable(outcome.checkError));
        // A damaged file is not backed up (a backup would be damaged too).
        QVERIFY(outcome.backupPath.isEmpty());
        QVERIFY(BackupManager(m_path).list().isEmpty());
        QVERIFY(!ProfileStore(db).save(profile).ok());
    }
    QCOMPARE(test::fileHash(m_path), before);
}

void TestStartChecks::stopped_neitherPassedNorDamaged_nothingWritten_nextOpenChecksAndBacksUp()
{
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        addClient(db, u"Before today"_s);
    }
    {
        Database db;
        db.setQuickCheckDeferred(true);
        QVERIFY(db.open(m_path).ok());
        QVERIFY(db.isQuickCheckPending());
        StartChecks checks(db, true, true);
        // A window closed before its checks were done.
        checks.stop();
        checks.start(); // too late: nothing runs
        QVERIFY(checks.isDone());
        const StartChecks::Outcome outcome = checks.outcome();
        QVERIFY(outcome.stopped);
        QVERIFY2(outcome.checkError.isEmpty(), qPrintable(outcome.checkError));
        QVERIFY(outcome.backupPath.isEmpty());
        QVERIFY(!outcome.allowsWrites());
        // Not known to be sound: nothing is written.
        Profile profile = *ProfileStore(db).load();
        profile.backupsToKeep = 3;
        QVERIFY(!ProfileStore(db).save(profile).ok());
        addClient(db, u"After the stop"_s, false);
    }
    {
        Database db;
        QVERIFY(db.open(m_path, Database::Access::ReadOnly).ok());
        QVERIFY(ProfileStore(db).load()->backupsToKeep != 3);
    }
    QCOMPARE(test::clientNames(m_path), QStringList{u"Before today"_s});
    QVERIFY(backupFolderFiles().isEmpty());

    // The next open checks again and makes the day's backup.
    Database db;
    db.setQuickCheckDeferred(true);
    QVERIFY(db.open(m_path).ok());
    QVERIFY(db.isQuickCheckPending());
    StartChecks again(db, true, true);
    again.start();
    const StartChecks::Outcome outcome = again.outcome();
    QVERIFY(!outcome.stopped);
    QVERIFY(outcome.allowsWrites());
    QVERIFY(!outcome.backupPath.isEmpty());
    const QList<BackupInfo> backups = BackupManager(m_path).list();
    QCOMPARE(backups.size(), 1);
    QCOMPARE(backups.first().reason, u"daily"_s);
    addClient(db, u"Later"_s);
    QCOMPARE(test::clientNames(m_path), (QStringList{u"Before today"_s, u"Later"_s}));
}

void TestStartChecks::interruptedBackup_leavesNoFile_madeAgainLater()
{
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        addClient(db, u"Aino"_s);
    }
    Database db;
    QVERIFY(db.open(m_path).ok());
    Database reader;
    QVERIFY(reader.openReader(db.readerSpec()).ok());
    // The reads give up at once: VACUUM INTO is stopped part way.
    std::atomic<bool> stop{true};
    QVERIFY(stopReadsWhen(reader, stop));
    const auto made = BackupManager(m_path).dailyBackupIfDue(reader);
    QVERIFY(!made.ok());
    // No partial copy left, nothing a later start could take for the day's
    // backup.
    QVERIFY2(backupFolderFiles().isEmpty(), qPrintable(backupFolderFiles().join(u", "_s)));
    QVERIFY(BackupManager(m_path).list().isEmpty());

    stop = false;
    const auto again = BackupManager(m_path).dailyBackupIfDue(reader);
    QVERIFY2(again.ok(), qPrintable(again.error()));
    QVERIFY(again->has_value());
    QCOMPARE(backupFolderFiles(), QStringList{QFileInfo((*again)->path).fileName()});
    QVERIFY(BackupManager::verify((*again)->path).ok());
    QCOMPARE(test::clientNames((*again)->path), QStringList{u"Aino"_s});
}

QTEST_GUILESS_MAIN(TestStartChecks)
#include "tst_startchecks.moc"
