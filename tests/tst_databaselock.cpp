#include "core/storage/database.h"
#include "core/storage/databaselock.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace neuvo;
using namespace Qt::StringLiterals;

// One writer per database: <db>.lock, a clear message
// naming the process and host that hold it, and a stale lock reclaimed.
class TestDatabaseLock : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(test::newDatabaseFile(m_dir, m_path)); }

    void open_takesLockBesideDatabase();
    void sameProcess_sharesLock_restoreNeedsItAlone();
    void lockOfLiveProcess_refused_thenReclaimedWhenItDies();
    void lockOfDeadProcess_reclaimed();
    void oldLockOfLiveProcess_notReclaimed();
    // Cases an adversarial review of the storage code found.
    void hardLinkHeldByAnotherProcess_secondWriterRefused();
    void hardLinkInThisProcess_sharesLock_restoreRefused();
    void garbageLockFile_reclaimed_data();
    void garbageLockFile_reclaimed();
    void garbageLockFile_whileFileHeldElsewhere_refused();

private:
    // Another Neuvo process holding path open for writing until killed.
    bool startHolder(QProcess &holder, const QString &path)
    {
        holder.start(QStringLiteral(NEUVO_CRASH_HELPER_PATH), {path, u"hold"_s, u"0"_s});
        if (!holder.waitForStarted() || !holder.waitForReadyRead(10000))
            return false;
        return holder.readLine().trimmed() == "open";
    }

    // A lock file as QLockFile writes it (pid, program, host) for a process
    // that is not this one.
    void writeLockFile(qint64 pid, const QString &appname)
    {
        QFile file(DatabaseLock::lockPathFor(m_path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray::number(pid) + '\n' + appname.toUtf8() + '\n' + QSysInfo::machineHostName().toUtf8()
                   + '\n');
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestDatabaseLock::open_takesLockBesideDatabase()
{
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        QCOMPARE(DatabaseLock::lockPathFor(m_path), m_path + u".lock"_s);
        QVERIFY(QFile::exists(m_path + u".lock"_s));
        DatabaseLock probe(m_path);
        const auto holder = probe.holder();
        QVERIFY(holder.has_value());
        QCOMPARE(holder->pid, QCoreApplication::applicationPid());
    }
    QVERIFY(!QFile::exists(m_path + u".lock"_s)); // released on close
}

void TestDatabaseLock::sameProcess_sharesLock_restoreNeedsItAlone()
{
    // Two windows of one Neuvo may show the same file; SQLite coordinates
    // their connections. Other processes are kept out (tests below).
    auto first = std::make_unique<Database>();
    QVERIFY(first->open(m_path).ok());
    Database second;
    const auto opened = second.open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(!second.isReadOnly());

    DatabaseLock exclusive(m_path);
    const auto refused = exclusive.acquire(DatabaseLock::Sharing::Exclusive);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error(), u"%1 is open in this Neuvo; close it first."_s.arg(m_path));

    first.reset();
    QVERIFY(QFile::exists(m_path + u".lock"_s)); // still held by the second
    second.close();
    QVERIFY(!QFile::exists(m_path + u".lock"_s));
    QVERIFY(exclusive.acquire(DatabaseLock::Sharing::Exclusive).ok());
    Database during;
    QVERIFY(!during.open(m_path).ok()); // nobody opens it while it is being replaced
}

void TestDatabaseLock::lockOfLiveProcess_refused_thenReclaimedWhenItDies()
{
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
    }
    QProcess sleeper;
    sleeper.start(u"sleep"_s, {u"60"_s});
    QVERIFY(sleeper.waitForStarted());
    writeLockFile(sleeper.processId(), u"sleep"_s);

    Database db;
    const auto refused = db.open(m_path);
    QVERIFY(!refused.ok());
    const QByteArray before = test::fileHash(m_path);
    const QString expected = u"%1 is already open in another Neuvo (process %2 on %3). Close it there first, or open "
                             "the file read-only."_s.arg(m_path, QString::number(sleeper.processId()),
                                                         QSysInfo::machineHostName());
    QCOMPARE(refused.error(), expected);
    QVERIFY(!db.isOpen());
    QCOMPARE(test::fileHash(m_path), before);

    sleeper.kill();
    QVERIFY(sleeper.waitForFinished());
    const auto opened = db.open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    DatabaseLock probe(m_path);
    QCOMPARE(probe.holder()->pid, QCoreApplication::applicationPid());
}

void TestDatabaseLock::lockOfDeadProcess_reclaimed()
{
    QProcess gone;
    gone.start(u"true"_s, {});
    QVERIFY(gone.waitForFinished());
    writeLockFile(gone.processId() > 0 ? gone.processId() : 999999, u"neuvo"_s);
    Database db;
    const auto opened = db.open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(!db.isReadOnly());
}

void TestDatabaseLock::oldLockOfLiveProcess_notReclaimed()
{
    // Neuvo keeps a database open all day: age alone never makes a lock
    // stale (QLockFile's default would reclaim it after 30 seconds).
    QProcess sleeper;
    sleeper.start(u"sleep"_s, {u"60"_s});
    QVERIFY(sleeper.waitForStarted());
    writeLockFile(sleeper.processId(), u"sleep"_s);
    QFile lock(DatabaseLock::lockPathFor(m_path));
    QVERIFY(lock.open(QIODevice::ReadWrite));
    QVERIFY(lock.setFileTime(QDateTime::currentDateTime().addDays(-2), QFileDevice::FileModificationTime));
    lock.close();

    DatabaseLock second(m_path);
    QVERIFY(!second.acquire().ok());
    sleeper.kill();
    sleeper.waitForFinished();
}

void TestDatabaseLock::hardLinkHeldByAnotherProcess_secondWriterRefused()
{
    // The lock file beside each name was the only lock: a second name for
    // the same file (a hard link) gave a second writer.
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
    }
    QVERIFY(QDir().mkdir(m_dir->filePath(u"other"_s)));
    const QString link = m_dir->filePath(u"other/neuvo.sqlite"_s);
    QCOMPARE(::link(QFile::encodeName(m_path).constData(), QFile::encodeName(link).constData()), 0);

    QProcess holder;
    QVERIFY(startHolder(holder, m_path));
    const QByteArray before = test::fileHash(m_path);
    Database second;
    const auto refused = second.open(link);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().startsWith(u"%1 is already open in another Neuvo"_s.arg(link)),
             qPrintable(refused.error()));
    QVERIFY(!QFile::exists(link + u".lock"_s)); // nothing left behind
    QCOMPARE(test::fileHash(m_path), before);

    // A reader may still look, read-only.
    Database reader;
    QVERIFY(reader.open(link, Database::Access::ReadWriteIfFree).ok());
    QVERIFY(reader.isReadOnly());
    reader.close();

    holder.kill();
    QVERIFY(holder.waitForFinished());
    const auto opened = second.open(link);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(!second.isReadOnly());
}

void TestDatabaseLock::hardLinkInThisProcess_sharesLock_restoreRefused()
{
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
    }
    const QString link = m_dir->filePath(u"linked.sqlite"_s);
    QCOMPARE(::link(QFile::encodeName(m_path).constData(), QFile::encodeName(link).constData()), 0);
    Database first;
    QVERIFY(first.open(m_path).ok());
    DatabaseLock exclusive(link);
    QVERIFY(!exclusive.acquire(DatabaseLock::Sharing::Exclusive).ok());
    first.close();
    QVERIFY(exclusive.acquire(DatabaseLock::Sharing::Exclusive).ok());
    Database during;
    QVERIFY(!during.open(m_path).ok()); // the other name is locked too
}

void TestDatabaseLock::garbageLockFile_reclaimed_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("text") << QByteArray("not a lock\n");
    QTest::newRow("binary") << QByteArray("\0\xff\xfe\x01", 4);
    QTest::newRow("negative pid") << QByteArray("-5\nneuvo\nhost\n");
}

void TestDatabaseLock::garbageLockFile_reclaimed()
{
    // A lock file nobody can read an owner from (cut off by a full disk,
    // emptied by a sync tool) used to block every writer until deleted by
    // hand.
    QFETCH(QByteArray, content);
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
    }
    {
        QFile file(DatabaseLock::lockPathFor(m_path));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }
    Database db;
    const auto opened = db.open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(!db.isReadOnly());
    QCOMPARE(DatabaseLock(m_path).holder()->pid, QCoreApplication::applicationPid());
}

void TestDatabaseLock::garbageLockFile_whileFileHeldElsewhere_refused()
{
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
    }
    QProcess holder;
    QVERIFY(startHolder(holder, m_path));
    {
        // Its lock file garbled while it runs: the file's own lock still
        // says a Neuvo writes.
        QFile file(DatabaseLock::lockPathFor(m_path));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("garbage");
    }
    Database db;
    QVERIFY(!db.open(m_path).ok());
    holder.kill();
    QVERIFY(holder.waitForFinished());
    QVERIFY(db.open(m_path).ok());
}

QTEST_GUILESS_MAIN(TestDatabaseLock)
#include "tst_databaselock.moc"
