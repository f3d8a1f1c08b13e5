#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

// Backups: VACUUM INTO snapshots with atomic rename, user-only permissions,
// rotation, the daily backup and restore (issue 6, item 2).
class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_path = m_dir->filePath(u"neuvo.sqlite"_s);
    }

    void create_snapshotWithUserOnlyPermissions();
    void create_includesUncheckpointedWal();
    void create_sameSecond_doesNotReplace();
    void snapshot_toFile_replacesAtomically();
    void snapshot_ontoItself_refused();
    void rotate_keepsNewestNAndUpgradeBackups();
    void daily_onlyFirstStartOfADay();
    void verify_refusesBrokenForeignAndNewer_data();
    void verify_refusesBrokenForeignAndNewer();
    void restore_replacesAndKeepsCurrent();
    void restore_damagedCurrent_keptByteForByte();
    void restore_badBackup_nothingChanged();
    void restore_whileOpen_refused();

private:
    void addClient(Database &db, const QString &name)
    {
        Client c;
        c.name = name;
        const auto created = ClientStore(db).create(c);
        QVERIFY2(created.ok(), qPrintable(created.error()));
    }
    static QStringList names(const QString &file)
    {
        QStringList result;
        const QString connection = u"names"_s;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
            db.setDatabaseName(file);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
            if (db.open()) {
                QSqlQuery q(db);
                q.exec(u"SELECT name FROM client ORDER BY id"_s);
                while (q.next())
                    result << q.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return result;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;
};

void TestBackup::create_snapshotWithUserOnlyPermissions()
{
    Database db;
    QVERIFY(db.open(m_path).ok());
    addClient(db, u"Aino"_s);

    BackupManager backups(m_path);
    const QDateTime now(QDate(2025, 3, 14), QTime(9, 26, 53), Qt::UTC);
    const auto made = backups.create(db, u"manual"_s, now);
    QVERIFY2(made.ok(), qPrintable(made.error()));

    QCOMPARE(backups.folder(), m_dir->filePath(u"backups"_s));
    QCOMPARE(made->path, m_dir->filePath(u"backups/neuvo-20250314T092653Z-manual.sqlite"_s));
    QCOMPARE(made->reason, u"manual"_s);
    QCOMPARE(QFileInfo(backups.folder()).permissions() & 0x7077,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QCOMPARE(QFileInfo(made->path).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(names(made->path), QStringList{u"Aino"_s});
    QVERIFY(BackupManager::verify(made->path).ok());
    // Only the finished file: no partial copy, no journal.
    QCOMPARE(QDir(backups.folder()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QFileInfo(made->path).fileName()});
    const auto listed = backups.list();
    QCOMPARE(listed.size(), 1);
    QCOMPARE(listed.first().createdUtc, now);
}

void TestBackup::create_includesUncheckpointedWal()
{
    Database db;
    QVERIFY(db.open(m_path).ok());
    for (int i = 0; i < 50; ++i)
        addClient(db, u"Client %1"_s.arg(i));
    // The committed rows are still in the -wal, not in the main file.
    QVERIFY(QFileInfo(m_path + u"-wal"_s).size() > 0);
    const auto made = BackupManager(m_path).create(db, u"manual"_s);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QCOMPARE(test::countRows(made->path, u"client"_s), 50);
    QVERIFY(!QFile::exists(made->path + u"-wal"_s));
}

void TestBackup::create_sameSecond_doesNotReplace()
{
    Database db;
    QVERIFY(db.open(m_path).ok());
    BackupManager backups(m_path);
    const QDateTime now(QDate(2025, 3, 14), QTime(9, 0), Qt::UTC);
    const auto first = backups.create(db, u"daily"_s, now);
    const auto second = backups.create(db, u"import"_s, now);
    const auto third = backups.create(db, u"import"_s, now);
    QVERIFY(first && second && third);
    QVERIFY(third->path.endsWith(u"neuvo-20250314T090000Z_3-import.sqlite"_s));
    QVERIFY(second->path.endsWith(u"neuvo-20250314T090000Z_2-import.sqlite"_s));
    const auto listed = backups.list();
    QCOMPARE(listed.size(), 3);
    QCOMPARE(listed.first().path, third->path); // newest first
    QCOMPARE(listed.last().path, first->path);
}

void TestBackup::snapshot_toFile_replacesAtomically()
{
    Database db;
    QVERIFY(db.open(m_path).ok());
    addClient(db, u"First"_s);
    const QString out = m_dir->filePath(u"out/copy.sqlite"_s);
    QVERIFY(QDir().mkpath(m_dir->filePath(u"out"_s)));
    QVERIFY(BackupManager::snapshot(db.connection(), out).ok());
    addClient(db, u"Second"_s);
    QVERIFY(BackupManager::snapshot(db.connection(), out).ok());
    QCOMPARE(names(out), (QStringList{u"First"_s, u"Second"_s}));
    QCOMPARE(QDir(m_dir->filePath(u"out"_s)).entryList(QDir::Files | QDir::Hidden), QStringList{u"copy.sqlite"_s});
}

void TestBackup::snapshot_ontoItself_refused()
{
    Database db;
    QVERIFY(db.open(m_path).ok());
    const auto made = BackupManager::snapshot(db.connection(), m_path);
    QVERIFY(!made.ok());
    QVERIFY2(made.error().contains(u"onto itself"_s), qPrintable(made.error()));
}

void TestBackup::rotate_keepsNewestNAndUpgradeBackups()
{
    Database db;
    QVERIFY(db.open(m_path).ok());
    BackupManager backups(m_path, 3);
    const QDateTime start(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
    QVERIFY(backups.create(db, u"upgrade-from-v1"_s, start).ok());
    for (int day = 1; day <= 5; ++day)
        QVERIFY(backups.create(db, u"daily"_s, start.addDays(day)).ok());
    const auto listed = backups.list();
    QCOMPARE(listed.size(), 4);
    QCOMPARE(listed.at(0).createdUtc, start.addDays(5));
    QCOMPARE(listed.at(2).createdUtc, start.addDays(3));
    QCOMPARE(listed.at(3).reason, u"upgrade-from-v1"_s);
    QCOMPARE(BackupManager(m_path).keep(), BackupManager::DefaultKeep);
    QCOMPARE(BackupManager::DefaultKeep, 14);
}

void TestBackup::daily_onlyFirstStartOfADay()
{
    Database db;
    QVERIFY(db.open(m_path).ok());
    BackupManager backups(m_path);
    const QDateTime morning = QDateTime(QDate(2025, 6, 2), QTime(8, 0)).toUTC(); // local time
    auto made = backups.dailyBackupIfDue(db, morning);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QVERIFY(made->has_value());
    QCOMPARE((*made)->reason, u"daily"_s);
    made = backups.dailyBackupIfDue(db, morning.addSecs(8 * 3600));
    QVERIFY(made.ok());
    QVERIFY(!made->has_value());
    made = backups.dailyBackupIfDue(db, morning.addDays(1));
    QVERIFY(made.ok() && made->has_value());
    QCOMPARE(backups.list().size(), 2);
}

void TestBackup::verify_refusesBrokenForeignAndNewer_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("expected");
    QTest::newRow("not a database") << u"not-a-database.sqlite"_s << u"not a Neuvo database"_s;
    QTest::newRow("zero bytes") << u"zero-bytes.sqlite"_s << u"empty"_s;
    QTest::newRow("truncated") << u"truncated.sqlite"_s << u"damaged"_s;
    QTest::newRow("zeroed header") << u"zeroed-header.sqlite"_s << u"not a Neuvo database"_s;
    QTest::newRow("flipped page byte") << u"flipped-page.sqlite"_s << u"damaged"_s;
    QTest::newRow("newer schema") << u"schema-future.sqlite"_s << u"newer version of Neuvo"_s;
}

void TestBackup::verify_refusesBrokenForeignAndNewer()
{
    QFETCH(QString, fixture);
    QFETCH(QString, expected);
    const QString file = test::copyFixture(fixture, m_dir->path());
    const QByteArray before = test::fileHash(file);
    const auto verified = BackupManager::verify(file);
    QVERIFY(!verified.ok());
    QVERIFY2(verified.error().contains(expected), qPrintable(verified.error()));
    QVERIFY(verified.error().contains(file));
    QCOMPARE(test::fileHash(file), before);
    QVERIFY(BackupManager::verify(test::copyFixture(u"schema-v1.sqlite"_s, m_dir->path())).ok());
}

void TestBackup::restore_replacesAndKeepsCurrent()
{
    QString backupPath;
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        addClient(db, u"Before backup"_s);
        const auto made = BackupManager(m_path).create(db, u"manual"_s);
        QVERIFY(made.ok());
        backupPath = made->path;
        addClient(db, u"After backup"_s);
    }
    const QByteArray backupBytes = test::fileHash(backupPath);

    const auto restored = BackupManager(m_path).restore(backupPath);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QCOMPARE(restored->restoredFrom, backupPath);
    QCOMPARE(restored->schemaVersion, latestSchemaVersion());
    QVERIFY(restored->previousKeptAs.endsWith(u"-before-restore.sqlite"_s));
    QCOMPARE(names(restored->previousKeptAs), (QStringList{u"Before backup"_s, u"After backup"_s}));
    QCOMPARE(test::fileHash(backupPath), backupBytes); // the backup itself is untouched
    QVERIFY(!QFile::exists(m_path + u"-wal"_s));
    QVERIFY(!QFile::exists(m_path + u".lock"_s));
    QCOMPARE(QFileInfo(m_path).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);

    Database db;
    const auto opened = db.open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    const auto clients = ClientStore(db).list();
    QVERIFY(clients.ok());
    QCOMPARE(clients->size(), 1);
    QCOMPARE(clients->first().name, u"Before backup"_s);
}

void TestBackup::restore_damagedCurrent_keptByteForByte()
{
    const QString good = test::copyFixture(u"schema-v1.sqlite"_s, m_dir->path());
    const QString damaged = test::copyFixture(u"truncated.sqlite"_s, m_dir->path());
    QVERIFY(QFile::rename(damaged, m_path));
    const QByteArray damagedBytes = test::fileHash(m_path);

    const auto restored = BackupManager(m_path).restore(good);
    QVERIFY2(restored.ok(), qPrintable(restored.error()));
    QVERIFY(restored->previousKeptAs.endsWith(u"-damaged.sqlite"_s));
    QCOMPARE(test::fileHash(restored->previousKeptAs), damagedBytes);
    QCOMPARE(restored->schemaVersion, 1);

    // The restored schema-1 file is upgraded (with its own backup) on open.
    Database db;
    const auto opened = db.open(m_path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(ClientStore(db).get(1)->name, u"Mikko Häkkinen"_s);
    QVERIFY(!db.migrationBackupPath().isEmpty());
}

void TestBackup::restore_badBackup_nothingChanged()
{
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        addClient(db, u"Keep me"_s);
    }
    const QByteArray before = test::fileHash(m_path);
    const QString bad = test::copyFixture(u"flipped-page.sqlite"_s, m_dir->path());
    const auto restored = BackupManager(m_path).restore(bad);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(u"damaged"_s), qPrintable(restored.error()));
    QVERIFY(restored.error().contains(u"was not changed"_s));
    QCOMPARE(test::fileHash(m_path), before);
    QVERIFY(!QFileInfo::exists(BackupManager::folderFor(m_path))); // no "before-restore" copy either
}

void TestBackup::restore_whileOpen_refused()
{
    Database db;
    QVERIFY(db.open(m_path).ok());
    const auto made = BackupManager(m_path).create(db, u"manual"_s);
    QVERIFY(made.ok());
    const auto restored = BackupManager(m_path).restore(made->path);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(u"%1 is open in this Neuvo; close it first."_s.arg(m_path)),
             qPrintable(restored.error()));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
