#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/databaselock.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace neuvo;
using namespace Qt::StringLiterals;

// Safe open: a broken file is refused with a message naming
// the file, the reason and the newest good backup, and its bytes stay as
// they were; a file that may not be written opens read-only.
class TestSafeOpen : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void brokenFile_refusedUnchanged_data();
    void brokenFile_refusedUnchanged();
    void brokenFile_namesNewestGoodBackup_data();
    void brokenFile_namesNewestGoodBackup();
    void zeroBytes_withoutBackups_becomesNewDatabase();
    void readOnlyAccess_refusesWritesWithMessage();
    void readOnlyFile_opensReadOnly();
    void readWriteIfFree_fallsBackToReadOnlyWhenLocked();
    // Cases an adversarial review of the storage code found.
    void refusedWalFile_leavesNothingBeside_data();
    void refusedWalFile_leavesNothingBeside();

private:
    static void runRaw(const QString &file, const QStringList &statements)
    {
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            raw.setDatabaseName(file);
            QVERIFY(raw.open());
            QSqlQuery q(raw);
            for (const QString &sql : statements)
                QVERIFY2(q.exec(sql), qPrintable(sql));
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    }

    // Puts a good Neuvo database (the schema-1 fixture) into the backup
    // folder of database as if it had been made at stamp.
    QString plantBackup(const QString &database, const QString &fixture, const QString &stamp,
                        const QString &reason = u"daily"_s)
    {
        const QString folder = BackupManager::folderFor(database);
        QDir().mkpath(folder);
        const QString target = u"%1/%2-%3-%4.sqlite"_s.arg(folder, QFileInfo(database).completeBaseName(), stamp,
                                                            reason);
        QFile::copy(QStringLiteral(NEUVO_TEST_DATA_DIR "/") + fixture, target);
        QFile::setPermissions(target, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        return target;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestSafeOpen::brokenFile_refusedUnchanged_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("needsBackup"); // zero bytes is only "broken" when it had backups
    QTest::newRow("not a database") << u"not-a-database.sqlite"_s << u"the file is not a Neuvo database"_s << false;
    QTest::newRow("zero bytes") << u"zero-bytes.sqlite"_s << u"the file is empty (0 bytes)"_s << true;
    QTest::newRow("truncated") << u"truncated.sqlite"_s
                               << u"shorter than its header says (40000 of 94208 bytes); it was cut off"_s << false;
    QTest::newRow("zeroed header") << u"zeroed-header.sqlite"_s
                                   << u"its first 100 bytes are zeros where the database header belongs"_s << false;
    QTest::newRow("flipped page byte") << u"flipped-page.sqlite"_s << u"damage"_s << false;
    QTest::newRow("newer schema") << u"schema-future.sqlite"_s << u"written by a newer version of Neuvo (schema 99"_s
                                  << false;
}

void TestSafeOpen::brokenFile_refusedUnchanged()
{
    QFETCH(QString, fixture);
    QFETCH(QString, reason);
    QFETCH(bool, needsBackup);
    const QString file = test::copyFixture(fixture, m_dir->path());
    QVERIFY(!file.isEmpty());
    if (needsBackup)
        plantBackup(file, u"schema-v1.sqlite"_s, u"20250101T080000Z"_s);
    const QByteArray before = test::fileHash(file);
    const qint64 sizeBefore = QFileInfo(file).size();

    Database db;
    const auto opened = db.open(file);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(file), qPrintable(opened.error()));
    QVERIFY2(opened.error().contains(reason), qPrintable(opened.error()));
    QVERIFY(!db.isOpen());
    QCOMPARE(test::fileHash(file), before);
    QCOMPARE(QFileInfo(file).size(), sizeBefore);
    // Nothing written beside it either: no journal, no WAL, lock released.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s, u".lock"_s})
        QVERIFY2(!QFile::exists(file + suffix), qPrintable(suffix));
}

void TestSafeOpen::brokenFile_namesNewestGoodBackup_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::newRow("zero bytes") << u"zero-bytes.sqlite"_s;
    QTest::newRow("truncated") << u"truncated.sqlite"_s;
    QTest::newRow("zeroed header") << u"zeroed-header.sqlite"_s;
    QTest::newRow("flipped page byte") << u"flipped-page.sqlite"_s;
}

void TestSafeOpen::brokenFile_namesNewestGoodBackup()
{
    QFETCH(QString, fixture);
    const QString file = test::copyFixture(fixture, m_dir->path());
    plantBackup(file, u"schema-v1.sqlite"_s, u"20250101T080000Z"_s);
    const QString good = plantBackup(file, u"schema-v1.sqlite"_s, u"20250102T080000Z"_s);
    // Newer, but itself damaged: skipped.
    plantBackup(file, u"flipped-page.sqlite"_s, u"20250103T080000Z"_s);
    const QByteArray before = test::fileHash(file);

    Database db;
    const auto opened = db.open(file);
    QVERIFY(!opened.ok());
    QCOMPARE(db.suggestedBackup(), good);
    QVERIFY2(opened.error().contains(u"The newest good backup is "_s + good), qPrintable(opened.error()));
    QVERIFY(opened.error().contains(u"restore "_s + good));
    QCOMPARE(test::fileHash(file), before);
}

void TestSafeOpen::zeroBytes_withoutBackups_becomesNewDatabase()
{
    // Decision: an empty file without backups is a placeholder (mktemp,
    // touch) and becomes a new database; with backups it is refused (above).
    const QString file = test::copyFixture(u"zero-bytes.sqlite"_s, m_dir->path());
    Database db;
    const auto opened = db.open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(db.wasCreated());
    QVERIFY(QFileInfo(file).size() > 0);
}

void TestSafeOpen::readOnlyAccess_refusesWritesWithMessage()
{
    const QString file = m_dir->filePath(u"ro.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(file).ok());
        Client c;
        c.name = u"Existing"_s;
        QVERIFY(ClientStore(db).create(c).ok());
    }
    const QByteArray before = test::fileHash(file);

    Database db;
    const auto opened = db.open(file, Database::Access::ReadOnly);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(db.isReadOnly());
    QCOMPARE(db.readOnlyReason(), u"it was opened read-only"_s);
    QVERIFY(!QFile::exists(file + u".lock"_s)); // readers take no lock
    QCOMPARE(ClientStore(db).list()->size(), 1);

    Client c;
    c.name = u"New"_s;
    const auto created = ClientStore(db).create(c);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(file + u" is open read-only"_s),
             qPrintable(created.error()));
    QVERIFY(created.error().contains(u"not saved"_s));
    QCOMPARE(c.id, 0); // what the user typed is untouched, ready to retry
    db.close();
    QCOMPARE(test::fileHash(file), before);
}

void TestSafeOpen::readOnlyFile_opensReadOnly()
{
    if (::geteuid() == 0)
        QSKIP("root may write to read-only files; run the suite as a normal user to try this");
    const QString file = m_dir->filePath(u"locked-down.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(file).ok());
    }
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner));
    const QByteArray before = test::fileHash(file);
    Database db;
    const auto opened = db.open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(db.isReadOnly());
    QCOMPARE(db.readOnlyReason(), u"the file is not writable"_s);
    Client c;
    c.name = u"New"_s;
    const auto created = ClientStore(db).create(c);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(u"read-only"_s), qPrintable(created.error()));
    db.close();
    QCOMPARE(test::fileHash(file), before);

    // A read-only folder: SQLite could not even create the -shm a WAL
    // database needs for reading, so it is opened immutable.
    QVERIFY(QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    QVERIFY(QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::ExeOwner));
    Database inFolder;
    const auto openedInFolder = inFolder.open(file);
    QFile::setPermissions(m_dir->path(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QVERIFY2(openedInFolder.ok(), qPrintable(openedInFolder.error()));
    QVERIFY(inFolder.isReadOnly());
    QVERIFY(inFolder.readOnlyReason().contains(u"folder"_s));
}

void TestSafeOpen::readWriteIfFree_fallsBackToReadOnlyWhenLocked()
{
    const QString file = m_dir->filePath(u"shared.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(file).ok());
    }
    // Another running Neuvo: a live process named in the lock file.
    QProcess other;
    other.start(u"sleep"_s, {u"60"_s});
    QVERIFY(other.waitForStarted());
    {
        QFile lock(file + u".lock"_s);
        QVERIFY(lock.open(QIODevice::WriteOnly));
        lock.write(QByteArray::number(other.processId()) + "\nsleep\n" + QSysInfo::machineHostName().toUtf8() + '\n');
    }

    Database second;
    const auto refused = second.open(file);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"already open in another Neuvo (process %1"_s.arg(other.processId())),
             qPrintable(refused.error()));

    Database reader;
    const auto opened = reader.open(file, Database::Access::ReadWriteIfFree);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(reader.isReadOnly());
    QCOMPARE(reader.readOnlyReason(), u"another Neuvo has it open (process %1 on %2)"_s.arg(
                                          QString::number(other.processId()), QSysInfo::machineHostName()));
    QVERIFY(ClientStore(reader).list().ok());
    other.kill();
    other.waitForFinished();
}

void TestSafeOpen::refusedWalFile_leavesNothingBeside_data()
{
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<QString>("reason");
    QTest::newRow("newer Neuvo") << QStringList{u"PRAGMA user_version = 99"_s} << u"newer version of Neuvo"_s;
    QTest::newRow("another program") << QStringList{u"PRAGMA user_version = 0"_s, u"CREATE TABLE notes (x)"_s}
                                     << u"another program"_s;
}

void TestSafeOpen::refusedWalFile_leavesNothingBeside()
{
    // A read-only look at a WAL file creates its -wal and -shm and cannot
    // remove them again: a refused file used to get both left beside it.
    QFETCH(QStringList, statements);
    QFETCH(QString, reason);
    const QString path = m_dir->filePath(u"wal.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path).ok());
    }
    runRaw(path, statements);
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    const QStringList before = QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden);
    const QByteArray hash = test::fileHash(path);

    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadOnly}) {
        Database db;
        const auto opened = db.open(path, access);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(reason), qPrintable(opened.error()));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), before);
        QCOMPARE(test::fileHash(path), hash);
    }
}

QTEST_GUILESS_MAIN(TestSafeOpen)
#include "tst_safeopen.moc"
