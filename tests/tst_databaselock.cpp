#include "core/storage/database.h"
#include "core/storage/databaselock.h"
#include "testutil.h"

#include <QFileInfo>
#include <QLockFile>
#include <QProcess>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

// One writer per database (issue 6, item 1): <db>.lock, a clear message
// naming the process and host that hold it, and a stale lock reclaimed.
class TestDatabaseLock : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"neuvo.sqlite"_s);
    }

    void open_takesLockBesideDatabase();
    void sameProcess_sharesLock_restoreNeedsItAlone();
    void lockOfLiveProcess_refused_thenReclaimedWhenItDies();
    void lockOfDeadProcess_reclaimed();
    void oldLockOfLiveProcess_notReclaimed();

private:
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

QTEST_GUILESS_MAIN(TestDatabaseLock)
#include "tst_databaselock.moc"
