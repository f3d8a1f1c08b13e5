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

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

using namespace neuvo;
using namespace Qt::StringLiterals;

// Backups: VACUUM INTO snapshots with atomic rename, user-only permissions,
// rotation, the daily backup and restore.
class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init() { QVERIFY(test::newDatabaseFile(m_dir, m_path)); }

    void create_snapshotWithUserOnlyPermissions();
    void create_includesUncheckpointedWal();
    void create_sameSecond_doesNotReplace();
    void snapshot_toFile_replacesAtomically();
    void snapshot_ontoItself_refused();
    void rotate_keepsNewestNAndUpgradeBackups();
    void createFrom_neverRotates();
    void daily_onlyFirstStartOfADay();
    void verify_refusesBrokenForeignAndNewer_data();
    void verify_refusesBrokenForeignAndNewer();
    void restore_replacesAndKeepsCurrent();
    void restore_damagedCurrent_keptByteForByte();
    void restore_badBackup_nothingChanged();
    void restore_whileOpen_refused();
    // Cases an adversarial review of the storage code found.
    void fifteenImportBackups_keepNewestManualAndDaily();
    void snapshot_ontoWalShmOrLock_refusedAndKept_data();
    void snapshot_ontoWalShmOrLock_refusedAndKept();
    void snapshot_ontoNonDatabaseFile_refusedUnchanged();
    void symlinkedBackupFolder_targetModeKept();
    void killedBackupPartial_removedAtNextOpen_liveOneKept();
    void restore_backupWithForeignTrigger_refused();

private:
    void addClient(Database &db, const QString &name)
    {
        Client c;
        c.name = name;
        const auto created = ClientStore(db).create(c);
        QVERIFY2(created.ok(), qPrintable(created.error()));
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
    QCOMPARE(test::clientNames(made->path), QStringList{u"Aino"_s});
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
    QCOMPARE(test::clientNames(out), (QStringList{u"First"_s, u"Second"_s}));
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
    // The number to keep comes from the database's profile.
    Profile profile = *ProfileStore(db).load();
    profile.backupsToKeep = 3;
    QVERIFY(ProfileStore(db).save(profile).ok());
    BackupManager backups(m_path);
    const QDateTime start(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
    QVERIFY(backups.create(db, u"upgrade-from-v1"_s, start).ok());
    for (int day = 1; day <= 5; ++day)
        QVERIFY(backups.create(db, u"daily"_s, start.addDays(day)).ok());
    const auto listed = backups.list();
    QCOMPARE(listed.size(), 4);
    QCOMPARE(listed.at(0).createdUtc, start.addDays(5));
    QCOMPARE(listed.at(2).createdUtc, start.addDays(3));
    QCOMPARE(listed.at(3).reason, u"upgrade-from-v1"_s);
    QCOMPARE(Profile().backupsToKeep, 14);
}

void TestBackup::createFrom_neverRotates()
{
    // The backup before an upgrade is made from a file of an older schema,
    // which may not hold the number to keep: it deletes nothing.
    Database db;
    QVERIFY(db.open(m_path).ok());
    Profile profile = *ProfileStore(db).load();
    profile.backupsToKeep = 1;
    QVERIFY(ProfileStore(db).save(profile).ok());
    BackupManager backups(m_path);
    const QDateTime start(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
    for (int day = 1; day <= 3; ++day)
        QVERIFY(backups.createFrom(db.connection(), u"daily"_s, start.addDays(day)).ok());
    QVERIFY(backups.createFrom(db.connection(), u"upgrade-from-v2"_s, start.addDays(4)).ok());
    QCOMPARE(backups.list().size(), 4);
    // The next ordinary backup rotates to the profile's number.
    QVERIFY(backups.create(db, u"daily"_s, start.addDays(5)).ok());
    QCOMPARE(backups.list().size(), 2); // the newest daily and the upgrade backup
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
    QCOMPARE(test::clientNames(restored->previousKeptAs), (QStringList{u"Before backup"_s, u"After backup"_s}));
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

void TestBackup::fifteenImportBackups_keepNewestManualAndDaily()
{
    // Rotation used to count all reasons together: fifteen imports (even
    // rejected ones made a backup) pushed out every manual and daily backup.
    Database db;
    QVERIFY(db.open(m_path).ok());
    BackupManager backups(m_path); // the profile's default, 14 of each
    const QDateTime start(QDate(2025, 2, 1), QTime(8, 0), Qt::UTC);
    const auto daily = backups.create(db, u"daily"_s, start);
    const auto manual = backups.create(db, u"manual"_s, start.addSecs(60));
    QVERIFY(daily && manual);
    for (int i = 1; i <= 15; ++i)
        QVERIFY(backups.create(db, u"import"_s, start.addSecs(60 + i)).ok());

    QStringList imports;
    bool dailyKept = false;
    bool manualKept = false;
    for (const BackupInfo &b : backups.list()) {
        if (b.reason == u"import"_s)
            imports << b.path;
        dailyKept = dailyKept || b.path == daily->path;
        manualKept = manualKept || b.path == manual->path;
    }
    QVERIFY(dailyKept);
    QVERIFY(manualKept);
    QCOMPARE(imports.size(), 14); // the oldest import went, nothing else
    QVERIFY(QFile::exists(daily->path) && QFile::exists(manual->path));
}

void TestBackup::snapshot_ontoWalShmOrLock_refusedAndKept_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::newRow("-wal") << u"-wal"_s;
    QTest::newRow("-shm") << u"-shm"_s;
    QTest::newRow(".lock") << u".lock"_s;
    QTest::newRow("-journal (absent)") << u"-journal"_s;
}

void TestBackup::snapshot_ontoWalShmOrLock_refusedAndKept()
{
    // `backup OUT` with OUT the database's own -wal used to say "Backed up"
    // and rename the snapshot over the live journal.
    QFETCH(QString, suffix);
    Database db;
    QVERIFY(db.open(m_path).ok());
    addClient(db, u"Only in the WAL"_s);
    const QString target = m_path + suffix;
    const bool existed = QFile::exists(target);
    const QByteArray before = test::fileHash(target);
    const auto made = BackupManager::snapshot(db.connection(), target);
    QVERIFY(!made.ok());
    QVERIFY2(made.error().contains(u"working file of the database"_s), qPrintable(made.error()));
    QCOMPARE(QFile::exists(target), existed);
    if (existed)
        QCOMPARE(test::fileHash(target), before);
    QCOMPARE(ClientStore(db).list()->size(), 1);
    // The same through another name for the directory.
    const QString viaDots = m_dir->path() + u"/./"_s + QFileInfo(target).fileName();
    QVERIFY(!BackupManager::snapshot(db.connection(), viaDots).ok());
}

void TestBackup::snapshot_ontoNonDatabaseFile_refusedUnchanged()
{
    Database db;
    QVERIFY(db.open(m_path).ok());
    const QString notes = m_dir->filePath(u"notes.txt"_s);
    {
        QFile f(notes);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Somebody's notes, not a database.\n");
    }
    const QByteArray before = test::fileHash(notes);
    const auto made = BackupManager::snapshot(db.connection(), notes);
    QVERIFY(!made.ok());
    QVERIFY2(made.error().contains(u"is not a database"_s), qPrintable(made.error()));
    QCOMPARE(test::fileHash(notes), before);
    // An earlier backup and an empty file (mktemp) may be replaced.
    const QString earlier = m_dir->filePath(u"earlier.sqlite"_s);
    QVERIFY(BackupManager::snapshot(db.connection(), earlier).ok());
    QVERIFY(BackupManager::snapshot(db.connection(), earlier).ok());
    const QString empty = m_dir->filePath(u"empty.sqlite"_s);
    QVERIFY(QFile(empty).open(QIODevice::WriteOnly));
    QVERIFY(BackupManager::snapshot(db.connection(), empty).ok());
    QVERIFY(BackupManager::verify(empty).ok());
}

void TestBackup::symlinkedBackupFolder_targetModeKept()
{
    // A backups folder linked to another place: its permissions are the
    // user's, and chmod through the link used to set them to 0700.
    const QString elsewhere = m_dir->filePath(u"shared-disk"_s);
    QVERIFY(QDir().mkdir(elsewhere));
    const auto mode = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
                      | QFileDevice::ReadGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
                      | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(elsewhere, mode));
    QVERIFY(QFile::link(elsewhere, m_dir->filePath(u"backups"_s)));
    Database db;
    QVERIFY(db.open(m_path).ok());
    const auto made = BackupManager(m_path).create(db, u"manual"_s);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QVERIFY(QFile::exists(elsewhere + u'/' + QFileInfo(made->path).fileName()));
    QCOMPARE(QFileInfo(elsewhere).permissions() & 0x7077, mode);
    QCOMPARE(QFileInfo(made->path).permissions() & 0x7077, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestBackup::killedBackupPartial_removedAtNextOpen_liveOneKept()
{
    {
        Database db;
        QVERIFY(db.open(m_path).ok());
        QVERIFY(BackupManager(m_path).create(db, u"manual"_s).ok());
    }
    // What a backup and a restore killed half-way leave behind.
    const QString folder = BackupManager::folderFor(m_path);
    const QString stale = folder + u"/.neuvo-20250101T080000Z-daily.sqlite.partial-Ab12Cd"_s;
    const QString staleRestore = m_dir->filePath(u".neuvo.sqlite.partial-Zz99Yy"_s);
    // And one another process is writing right now: locked while written.
    const QString live = folder + u"/.neuvo-20250101T080001Z-manual.sqlite.partial-Ef34Gh"_s;
    const QString unrelated = folder + u"/.other-20250101T080000Z-daily.sqlite.partial-Ab12Cd"_s;
    for (const QString &file : {stale, staleRestore, live, unrelated}) {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    const int held = ::open(QFile::encodeName(live).constData(), O_RDONLY);
    QVERIFY(held >= 0);
    QCOMPARE(::flock(held, LOCK_EX | LOCK_NB), 0);

    Database db;
    QVERIFY(db.open(m_path).ok());
    QVERIFY(!QFile::exists(stale));
    QVERIFY(!QFile::exists(staleRestore));
    QVERIFY(QFile::exists(live));
    QVERIFY(QFile::exists(unrelated)); // another database's
    ::close(held);
    QCOMPARE(BackupManager(m_path).removeStalePartials(), QStringList{live});
}

void TestBackup::restore_backupWithForeignTrigger_refused()
{
    Database db;
    QVERIFY(db.open(m_path).ok());
    addClient(db, u"Aino"_s);
    const auto made = BackupManager(m_path).create(db, u"manual"_s);
    QVERIFY(made.ok());
    db.close();
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(made->path);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(
            u"CREATE TRIGGER wipe AFTER INSERT ON client BEGIN DELETE FROM project; END"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const QByteArray before = test::fileHash(m_path);

    const auto verified = BackupManager::verify(made->path);
    QVERIFY(!verified.ok());
    QVERIFY2(verified.error().contains(u"trigger “wipe” on client"_s), qPrintable(verified.error()));
    const auto restored = BackupManager(m_path).restore(made->path);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(u"not have Neuvo's schema"_s), qPrintable(restored.error()));
    QCOMPARE(test::fileHash(m_path), before);
    QVERIFY(!BackupManager(m_path).newestGoodBackup().has_value());
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
