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
#include <QThread>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

#include <sqlite3.h>

using namespace neuvo;
using namespace Qt::StringLiterals;

namespace {

// A VFS in front of SQLite's default one that holds the start checks'
// thread inside one read of the main file, past the first half of it, until
// the test lets it go: so a stop can come while the quick check is really
// walking the file, not before it began or after it ended. Only the main
// file's reads are looked at, and only on that thread; everything else is
// the default VFS's own.
class PausingVfs
{
public:
    PausingVfs()
    {
        s_real = sqlite3_vfs_find(nullptr);
        s_vfs = *s_real;
        s_vfs.zName = "neuvo-test-pausing";
        s_vfs.pNext = nullptr;
        s_vfs.xOpen = &open;
        registered = sqlite3_vfs_register(&s_vfs, 1) == SQLITE_OK;
    }
    ~PausingVfs()
    {
        release();
        if (registered)
            sqlite3_vfs_register(s_real, 1);
        sqlite3_vfs_unregister(&s_vfs);
    }

    // The next read at or past offset on the checks' thread waits.
    void armFrom(sqlite3_int64 offset)
    {
        const std::lock_guard lock(s_mutex);
        s_from = offset;
        s_armed = true;
        s_paused = false;
        s_released = false;
    }
    // Whether the thread is held in its read (waits up to timeout for it).
    bool waitUntilPaused(std::chrono::milliseconds timeout)
    {
        std::unique_lock lock(s_mutex);
        return s_changed.wait_for(lock, timeout, [] { return s_paused; });
    }
    void release()
    {
        {
            const std::lock_guard lock(s_mutex);
            s_released = true;
        }
        s_changed.notify_all();
    }

    bool registered = false;

private:
    static int open(sqlite3_vfs *, sqlite3_filename name, sqlite3_file *file, int flags, int *outFlags)
    {
        const int result = s_real->xOpen(s_real, name, file, flags, outFlags);
        if (result != SQLITE_OK || !(flags & SQLITE_OPEN_MAIN_DB) || !file->pMethods)
            return result;
        // The file is the default VFS's own; only its methods are swapped
        // for a copy whose read can wait.
        const std::lock_guard lock(s_mutex);
        if (!s_realMethods) {
            s_realMethods = file->pMethods;
            s_methods = *s_realMethods;
            s_methods.xRead = &read;
        }
        if (file->pMethods == s_realMethods)
            file->pMethods = &s_methods;
        return result;
    }
    static int read(sqlite3_file *file, void *buffer, int amount, sqlite3_int64 offset)
    {
        if (QThread::currentThread()->objectName() == u"neuvo-start-checks"_s) {
            std::unique_lock lock(s_mutex);
            if (s_armed && offset >= s_from) {
                s_armed = false;
                s_paused = true;
                s_changed.notify_all();
                // Bounded, so that a test that fails elsewhere cannot hang.
                s_changed.wait_for(lock, std::chrono::seconds(20), [] { return s_released; });
            }
        }
        return s_realMethods->xRead(file, buffer, amount, offset);
    }

    static inline sqlite3_vfs *s_real = nullptr;
    static inline sqlite3_vfs s_vfs{};
    static inline const sqlite3_io_methods *s_realMethods = nullptr;
    static inline sqlite3_io_methods s_methods{};
    static inline std::mutex s_mutex;
    static inline std::condition_variable s_changed;
    static inline bool s_armed = false;
    static inline bool s_paused = false;
    static inline bool s_released = false;
    static inline sqlite3_int64 s_from = 0;
};

} // namespace

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
    void stoppedWhileTheCheckReadsTheFile_stoppedNothingWritten();
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

// The window closes while the quick check is part way through the file:
// the running statement is interrupted from the window's thread, the
// outcome is "stopped" (neither passed nor damaged), the backup is not
// begun, every commit is refused from then on, and the file is as it was.
void TestStartChecks::stoppedWhileTheCheckReadsTheFile_stoppedNothingWritten()
{
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        // Some hundreds of pages, so that the check's walk has a second
        // half to be stopped in.
        const auto filled = db.transaction([&]() -> Result<void> {
            for (int i = 0; i < 400; ++i) {
                Client c;
                c.name = u"Client %1"_s.arg(i);
                c.notes = QString(3000, QChar(u'a' + i % 26));
                if (auto created = ClientStore(db).create(c); !created)
                    return Error{created.error()};
            }
            return {};
        });
        QVERIFY2(filled.ok(), qPrintable(filled.error()));
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    }
    const qint64 size = QFileInfo(m_path).size();
    QVERIFY2(size > 1'000'000, qPrintable(QString::number(size)));
    const QByteArray before = test::fileHash(m_path);
    const QStringList names = test::clientNames(m_path);

    PausingVfs vfs;
    QVERIFY(vfs.registered);
    {
        Database db;
        db.setQuickCheckDeferred(true);
        QVERIFY(db.open(m_path).ok());
        QVERIFY(db.isQuickCheckPending());
        StartChecks checks(db, true, true);
        // The pages of the second half belong to the client table: only
        // the check's walk reads them on that thread.
        vfs.armFrom(size / 2);
        checks.start();
        QVERIFY(vfs.waitUntilPaused(std::chrono::seconds(20)));
        QVERIFY(!checks.isDone());
        // The window closes: stop() interrupts the statement that runs.
        checks.stop();
        vfs.release();
        const StartChecks::Outcome outcome = checks.outcome();
        QVERIFY(outcome.stopped);
        QVERIFY2(outcome.checkError.isEmpty(), qPrintable(outcome.checkError));
        QVERIFY2(outcome.backupError.isEmpty(), qPrintable(outcome.backupError));
        QVERIFY(outcome.backupPath.isEmpty());
        QVERIFY(!outcome.allowsWrites());
        // Not known to be sound: nothing is written.
        Profile profile = *ProfileStore(db).load();
        profile.backupsToKeep = 3;
        QVERIFY(!ProfileStore(db).save(profile).ok());
        addClient(db, u"After the stop"_s, false);
    }
    QVERIFY(backupFolderFiles().isEmpty());
    QCOMPARE(test::fileHash(m_path), before);
    QCOMPARE(test::clientNames(m_path), names);
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
