#include "core/documents/invoicing.h"
#include "core/reminders/dashboardsummary.h"
#include "core/storage/backup.h"
#include "core/storage/invoicestore.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/schemacheck.h"
#include "core/storage/sqliteinsert.h"
#include "core/storage/sqlstatement.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

// Opening, migrating and refusing a database file. The _pg run
// (tests/CMakeLists.txt) runs the functions that apply to a server: a new
// database, a newer schema refused, reopening, foreign keys, constraints,
// transactions. The rest are about SQLite's file and not part of it; the
// server's own opening and migrations are tst_serverdatabase's.
class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { m_dir.reset(new QTemporaryDir); QVERIFY(m_dir->isValid()); }

    void open_newFile_createsLatestSchema();
    void open_setsConnectionPragmas();
    void open_olderFixture_backsUpAndMigrates();
    void open_olderFixture_upgradeDeletesNoBackup();
    void upgrade_fixRevisionsBecomeRounds();
    void upgrade_rushSurcharge_backsUpAndAddsTheColumn();
    void upgrade_rowVersions_backsUpAndStartsEveryRecordAtOne();
    void upgrade_dashboardSummary_backsUpAndKeepsTheCounts();
    void open_newerVersion_refusedAndUnchanged();
    void open_notADatabase_refusedAndUnchanged();
    void open_foreignSqliteDatabase_refused();
    void reopen_keepsData();
    void foreignKeys_violationRejected();
    void checkConstraints_rejectBadValues();
    void transaction_rollsBackOnFailure();
    // Cases an adversarial review of the storage code found.
    void newDatabase_isPrivate_fileAndNewFolders();
    void fileUri_refused();
    void liveFileWithForeignTrigger_refusedAtOpen_unchanged();
    void liveFileMissingOwnTrigger_refusedAtOpen();
    void schemaNamesReadAtOpen_matchWhatEveryVersionBuilds();
    // SqlStatement writes a plain INSERT through SQLite's own API.
    void sqliteInsert_storesEveryValueAsQtsDriver();
    void sqliteInsert_failureReadsAsQtsDriver();
    void sqliteInsert_openStatementsCounted_noneAtClose();
    void sqlDateAndTimestamp_writeWhatQtWrites();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    // A new database: the file, or in the _pg run the suite's database on
    // the server, emptied. Only the functions that apply to both engines
    // use it; neuvo_add_pg_test(tst_database FUNCTIONS ...) runs those.
    QString database(const QString &name) const { return test::suiteDatabase(path(name)); }
    static int count(Database &db, const QString &table)
    {
        QSqlQuery q(db.connection());
        if (!q.exec(u"SELECT count(*) FROM "_s + table) || !q.next())
            return -1;
        return q.value(0).toInt();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestDatabase::open_newFile_createsLatestSchema()
{
    Database db;
    // On the server a database of its own that nothing has opened yet (the
    // suite's database comes migrated).
    const auto opened = db.open(test::freshDatabase(path(u"new.sqlite"_s)));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QVERIFY(latestSchemaVersion() >= 2);
    QVERIFY(db.migrationBackupPath().isEmpty()); // nothing to back up in a new file
    for (const QString &table : {u"profile"_s, u"client"_s, u"project"_s, u"project_item"_s, u"stage"_s,
                                 u"revision"_s, u"interaction"_s, u"promise"_s, u"observation"_s,
                                 u"price_change"_s, u"rule_threshold"_s})
        QVERIFY2(count(db, table) >= 0, qPrintable(table));
    QCOMPARE(count(db, u"profile"_s), 1);
    if (test::onServer())
        return; // STRICT tables are SQLite's; PostgreSQL's columns are typed anyway
    QSqlQuery strict(db.connection());
    QVERIFY(strict.exec(u"SELECT sql FROM sqlite_master WHERE name = 'stage'"_s) && strict.next());
    QVERIFY(strict.value(0).toString().contains(u"STRICT"_s));
}

void TestDatabase::open_setsConnectionPragmas()
{
    Database db;
    QVERIFY(db.open(path(u"p.sqlite"_s)).ok());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"PRAGMA foreign_keys"_s) && q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
    QCOMPARE(q.value(0).toString(), u"wal"_s);
    QVERIFY(q.exec(u"PRAGMA busy_timeout"_s) && q.next());
    QVERIFY(q.value(0).toInt() >= 1000);
}

void TestDatabase::open_olderFixture_backsUpAndMigrates()
{
    const QString file = test::copyFixture(u"schema-v1.sqlite"_s, m_dir->path());
    QVERIFY(!file.isEmpty());
    const QByteArray before = test::fileHash(file);

    Database db;
    const auto opened = db.open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());

    // The backup is a VACUUM INTO snapshot of the file as it was before the
    // upgrade: intact, still schema 1, with the same rows, in the backup
    // folder, readable by its owner only. The fixture itself is unchanged
    // until the migration: its copy in the test data still has this hash.
    QVERIFY(!db.migrationBackupPath().isEmpty());
    QCOMPARE(test::fileHash(QStringLiteral(NEUVO_TEST_DATA_DIR "/schema-v1.sqlite")), before);
    QCOMPARE(QFileInfo(db.migrationBackupPath()).absolutePath(), BackupManager::folderFor(file));
    QVERIFY2(db.migrationBackupPath().endsWith(u"-upgrade-from-v1.sqlite"_s), qPrintable(db.migrationBackupPath()));
    const auto verified = BackupManager::verify(db.migrationBackupPath());
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QCOMPARE(*verified, 1);
    {
        QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"backup"_s);
        copy.setDatabaseName(db.migrationBackupPath());
        copy.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(copy.open());
        QSqlQuery q(copy);
        QVERIFY(q.exec(u"SELECT name FROM client WHERE id = 1"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Mikko Häkkinen"_s);
        QVERIFY(q.exec(u"SELECT count(*) FROM stage"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 2);
    }
    QSqlDatabase::removeDatabase(u"backup"_s);
    QCOMPARE(QFileInfo(db.migrationBackupPath()).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    // Old data survived and the new tables work.
    ClientStore clients(db);
    const auto client = clients.get(1);
    QVERIFY2(client.ok(), qPrintable(client.error()));
    QCOMPARE(client->name, u"Mikko Häkkinen"_s);
    QCOMPARE(client->timeZone, u"Europe/Helsinki"_s);
    ProjectStore projects(db);
    auto project = projects.get(1);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    QCOMPARE(project->stages.size(), 2);
    QCOMPARE(project->stages.at(1).amountMinor, 65000);
    QVERIFY(project->priceChanges.isEmpty());
    project->priceChanges << PriceChange{0, 1, QDate(2027, 1, 1), 120000, {}, u"yearly"_s};
    const auto updated = projects.update(*project);
    QVERIFY2(updated.ok(), qPrintable(updated.error()));
    ProfileStore profiles(db);
    const auto profile = profiles.load();
    QVERIFY(profile.ok());
    QCOMPARE(profile->name, u"Aino Virtanen"_s);
    QCOMPARE(profile->thresholds, RuleThresholds()); // defaults until set
    QCOMPARE(profile->backupsToKeep, Profile::DefaultBackupsToKeep);
    // The invoicing step: tax settings at their defaults, the client's
    // billing details empty, no invoices yet, and the series starts at 1.
    QCOMPARE(profile->vatStatus, VatStatus::NotRegistered);
    QCOMPARE(profile->vatRateTenths, 255);
    QVERIFY(profile->invoiceNumbersYearly);
    QVERIFY(client->billingAddress.isEmpty() && client->vatId.isEmpty());
    QCOMPARE(*InvoiceStore(db).count(), 0);
    Profile complete = *profile;
    complete.legalForm = u"Sole proprietor"_s;
    complete.registrationNumber = u"3141593-8"_s;
    complete.address = u"Hämeenkatu 12 A 5\n33100 Tampere"_s;
    complete.email = u"aino@example.com"_s;
    complete.bankDetails = u"Nordea"_s;
    QVERIFY(profiles.save(complete).ok());
    const auto issued = Invoicing::issue(db, 1, 2, DocumentLanguage(), QDate(2027, 2, 1));
    QVERIFY2(issued.ok(), qPrintable(issued.error()));
    QCOMPARE(issued->number, u"2027-0001"_s);
}

void TestDatabase::open_olderFixture_upgradeDeletesNoBackup()
{
    // More backups than the default number to keep, as a person who chose
    // to keep 30 has: the backup before the upgrade must not rotate them
    // away (the old file cannot say how many to keep).
    const QString file = test::copyFixture(u"schema-v1.sqlite"_s, m_dir->path());
    QVERIFY(!file.isEmpty());
    const QString folder = BackupManager::folderFor(file);
    QVERIFY(QDir().mkpath(folder));
    const QDateTime start(QDate(2025, 1, 1), QTime(8, 0), Qt::UTC);
    for (int day = 0; day < 20; ++day) {
        const QString name = u"schema-v1-%1-daily.sqlite"_s.arg(start.addDays(day).toString(u"yyyyMMdd'T'HHmmss'Z'"_s));
        QVERIFY(QFile::copy(file, QDir(folder).filePath(name)));
    }
    QCOMPARE(BackupManager(file).list().size(), 20);

    Database db;
    const auto opened = db.open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(!db.migrationBackupPath().isEmpty());
    QCOMPARE(BackupManager(file).list().size(), 21);
}

void TestDatabase::upgrade_fixRevisionsBecomeRounds()
{
    // A schema-1 file with the old kinds: "fix" (a round and an error
    // alike, counted as a round) and "change".
    const QString file = test::copyFixture(u"schema-v1.sqlite"_s, m_dir->path());
    QVERIFY(!file.isEmpty());
    {
        QSqlDatabase old = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
        old.setDatabaseName(file);
        QVERIFY(old.open());
        QSqlQuery q(old);
        QVERIFY2(q.exec(u"INSERT INTO revision (id, project_id, requested_on, description, kind, charge_minor) "
                        "VALUES (7, 1, '2026-03-01', 'typo', 'fix', 0), "
                        "(8, 1, '2026-03-02', 'new section', 'change', 12000)"_s),
                 qPrintable(q.lastError().text()));
        old.close();
    }
    QSqlDatabase::removeDatabase(u"old"_s);

    Database db;
    const auto opened = db.open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QVERIFY(!db.migrationBackupPath().isEmpty()); // backed up first
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    auto project = ProjectStore(db).get(1);
    QVERIFY2(project.ok(), qPrintable(project.error()));
    QCOMPARE(project->revisions.size(), 2);
    QCOMPARE(project->revisions.at(0).id, 7);
    QCOMPARE(project->revisions.at(0).kind, RevisionKind::Round);
    QCOMPARE(project->revisions.at(0).description, u"typo"_s);
    QCOMPARE(project->revisions.at(1).kind, RevisionKind::Change);
    QCOMPARE(project->revisions.at(1).chargeMinor, 12000);

    // The new kind is stored; the old one no longer is.
    project->revisions[0].kind = RevisionKind::Error;
    QVERIFY(ProjectStore(db).update(*project).ok());
    QCOMPARE(ProjectStore(db).get(1)->revisions.at(0).kind, RevisionKind::Error);
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(u"UPDATE revision SET kind = 'fix' WHERE id = 8"_s));
}

void TestDatabase::upgrade_rushSurcharge_backsUpAndAddsTheColumn()
{
    // A file at schema 7, made by the first seven steps, with a profile.
    const QString file = path(u"v7.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const Migration &step : migrations()) {
            if (step.version > 7)
                break;
            for (const QString &statement : step.statements)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(u"UPDATE profile SET name = 'Aino Virtanen', nda_markup_percent = 25 WHERE id = 1"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 7"_s));
        QVERIFY(!q.exec(u"SELECT rush_surcharge_percent FROM profile"_s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);

    Database db;
    const auto opened = db.open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QVERIFY(latestSchemaVersion() >= 8);
    // The file as it was is backed up before the step runs: still schema 7.
    QVERIFY2(db.migrationBackupPath().endsWith(u"-upgrade-from-v7.sqlite"_s), qPrintable(db.migrationBackupPath()));
    const auto verified = BackupManager::verify(db.migrationBackupPath());
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QCOMPARE(*verified, 7);

    // The profile kept its values and has no rush surcharge until one is set.
    ProfileStore profiles(db);
    auto profile = profiles.load();
    QVERIFY2(profile.ok(), qPrintable(profile.error()));
    QCOMPARE(profile->name, u"Aino Virtanen"_s);
    QCOMPARE(profile->ndaMarkupPercent, 25);
    QVERIFY(!profile->rushSurchargePercent);
    profile->rushSurchargePercent = 30;
    QVERIFY(profiles.save(*profile).ok());
    QCOMPARE(profiles.load()->rushSurchargePercent, std::optional<int>(30));
    profile->rushSurchargePercent.reset();
    QVERIFY(profiles.save(*profile).ok());
    QVERIFY(!profiles.load()->rushSurchargePercent);

    // Out of range: the store names the field, SQLite refuses it too.
    profile->rushSurchargePercent = 501;
    QString field;
    QVERIFY(!ProfileStore::validate(*profile, &field));
    QCOMPARE(field, u"rush_surcharge"_s);
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(u"UPDATE profile SET rush_surcharge_percent = 0"_s));
}

void TestDatabase::upgrade_rowVersions_backsUpAndStartsEveryRecordAtOne()
{
    // A file at schema 8 with a record of every versioned kind.
    const QString file = path(u"v8.sqlite"_s);
    const QStringList versioned = {u"profile"_s, u"client"_s, u"project"_s,
                                   u"interaction"_s, u"promise"_s, u"observation"_s};
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const Migration &step : migrations()) {
            if (step.version > 8)
                break;
            for (const QString &statement : step.statements)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        for (const QString &sql : {
                 u"UPDATE profile SET name = 'Aino Virtanen' WHERE id = 1"_s,
                 u"INSERT INTO client (id, name, type, source, preferred_channel, status) "
                 "VALUES (4, 'Mikko', 'individual', 'referral', 'email', 'active')"_s,
                 u"INSERT INTO project (id, client_id, title, status, currency, base_price_minor) "
                 "VALUES (7, 4, 'Logo', 'lead', 'EUR', 100000)"_s,
                 u"INSERT INTO interaction (id, client_id, at, channel, direction, kind, summary) "
                 "VALUES (2, 4, '2026-11-30T10:00:00Z', 'email', 'in', 'general', 'Hello')"_s,
                 u"INSERT INTO promise (id, client_id, what, due_on) VALUES (3, 4, 'Send the brief', '2026-12-02')"_s,
                 u"INSERT INTO observation (id, client_id, pattern, observed_on) "
                 "VALUES (5, 4, 'disrespect', '2026-11-29')"_s,
                 u"PRAGMA user_version = 8"_s})
            QVERIFY2(q.exec(sql), qPrintable(q.lastError().text()));
        QVERIFY(!q.exec(u"SELECT row_version FROM client"_s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);

    Database db;
    const auto opened = db.open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QVERIFY(latestSchemaVersion() >= 9);
    // The file as it was is backed up before the step runs: still schema 8.
    QVERIFY2(db.migrationBackupPath().endsWith(u"-upgrade-from-v8.sqlite"_s), qPrintable(db.migrationBackupPath()));
    const auto verified = BackupManager::verify(db.migrationBackupPath());
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QCOMPARE(*verified, 8);

    // Every existing record starts at version 1, with nobody named as its
    // last editor (nobody saved it since versions are kept).
    for (const QString &table : versioned) {
        QSqlQuery q(db.connection());
        QVERIFY2(q.exec(u"SELECT row_version, updated_at, updated_by FROM "_s + table), qPrintable(table));
        QVERIFY2(q.next(), qPrintable(table));
        QCOMPARE(q.value(0).toLongLong(), 1);
        QVERIFY2(q.value(1).isNull() && q.value(2).isNull(), qPrintable(table));
    }
    QCOMPARE(ClientStore(db).get(4)->rowVersion.value, 1);
    QCOMPARE(ProfileStore(db).load()->name, u"Aino Virtanen"_s);

    // A save bumps the version and says who and when.
    auto client = *ClientStore(db).get(4);
    client.notes = u"Prefers e-mail"_s;
    QVERIFY(ClientStore(db).update(client).ok());
    QCOMPARE(client.rowVersion.value, 2);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"SELECT row_version, updated_at, updated_by FROM client WHERE id = 4"_s) && q.next());
    QCOMPARE(q.value(0).toLongLong(), 2);
    QVERIFY2(QDateTime::fromString(q.value(1).toString(), Qt::ISODate).isValid(), qPrintable(q.value(1).toString()));
    QVERIFY(!q.value(2).toString().isEmpty());
    // A version below 1 is refused by SQLite itself.
    QVERIFY(!q.exec(u"UPDATE client SET row_version = 0 WHERE id = 4"_s));
}

void TestDatabase::upgrade_dashboardSummary_backsUpAndKeepsTheCounts()
{
    // A file at schema 8, made by the steps up to 8, with a profile.
    const QString file = path(u"v8.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const Migration &step : migrations()) {
            if (step.version > 8)
                break;
            for (const QString &statement : step.statements)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(u"UPDATE profile SET name = 'Aino Virtanen' WHERE id = 1"_s));
        QVERIFY(q.exec(u"PRAGMA user_version = 8"_s));
        QVERIFY(!q.exec(u"SELECT count(*) FROM dashboard_summary"_s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);

    Database db;
    const auto opened = db.open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QVERIFY(latestSchemaVersion() >= 10);
    // Backed up before the step: the backup is still schema 8.
    QVERIFY2(db.migrationBackupPath().endsWith(u"-upgrade-from-v8.sqlite"_s), qPrintable(db.migrationBackupPath()));
    const auto verified = BackupManager::verify(db.migrationBackupPath());
    QVERIFY2(verified.ok(), qPrintable(verified.error()));
    QCOMPARE(*verified, 8);
    QCOMPARE(ProfileStore(db).load()->name, u"Aino Virtanen"_s);

    // No counts until a window stores them; then they read back as stored,
    // groups in their order, and a second save replaces the first.
    DashboardSummaryStore store(db);
    auto none = store.load();
    QVERIFY2(none.ok(), qPrintable(none.error()));
    QVERIFY(!none->has_value());
    DashboardSummary summary;
    summary.evaluatedOn = QDate(2026, 11, 30);
    summary.alerts = 7;
    summary.clientsToWatch = 2;
    summary.projectsInProgress = 3;
    summary.groups = {{u"payment_overdue"_s, 4}, {u"deadline_missed"_s, 2}, {u"promise_due"_s, 1}};
    QVERIFY(store.save(summary).ok());
    QCOMPARE(store.load()->value(), summary);
    summary.alerts = 1;
    summary.groups = {{u"promise_due"_s, 1}};
    QVERIFY(store.save(summary).ok());
    QCOMPARE(store.load()->value(), summary);
    QCOMPARE(test::countRows(file, u"dashboard_summary_group"_s), 1);

    // A refused value leaves the stored counts as they were.
    DashboardSummary bad = summary;
    bad.groups = {{u"payment_overdue"_s, 0}};
    QVERIFY(!store.save(bad).ok());
    QCOMPARE(store.load()->value(), summary);
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(u"INSERT INTO dashboard_summary (id, evaluated_on, alerts, clients_to_watch, "
                    u"projects_in_progress) VALUES (2, '2026-11-30', 0, 0, 0)"_s));
}


void TestDatabase::open_newerVersion_refusedAndUnchanged()
{
    if (test::onServer()) {
        // A database a newer Neuvo has migrated: refused, nothing changed.
        const QString url = database(u"future.sqlite"_s);
        {
            Database db;
            QVERIFY(db.open(url).ok());
            QSqlQuery q(db.connection());
            QVERIFY(q.exec(u"UPDATE neuvo_schema_version SET version = 99"_s));
        }
        Database db;
        const auto opened = db.open(url);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"newer version of Neuvo"_s), qPrintable(opened.error()));
        QVERIFY(opened.error().contains(u"99"_s));
        QVERIFY(!db.isOpen());
        QSqlDatabase raw = test::openPostgres(url, u"future"_s);
        {
            QSqlQuery q(raw);
            QVERIFY(q.exec(u"SELECT version FROM neuvo_schema_version"_s) && q.next());
            QCOMPARE(q.value(0).toInt(), 99);
        }
        raw.close();
        raw = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"future"_s);
        return;
    }
    const QString file = test::copyFixture(u"schema-future.sqlite"_s, m_dir->path());
    const QByteArray before = test::fileHash(file);
    Database db;
    const auto opened = db.open(file);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"newer version of Neuvo"_s), qPrintable(opened.error()));
    QVERIFY(opened.error().contains(file));
    QVERIFY(opened.error().contains(u"99"_s));
    QVERIFY(!db.isOpen());
    QCOMPARE(test::fileHash(file), before);
    QVERIFY(!QFile::exists(file + u"-wal"_s));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 1); // no backup, no journal
}

void TestDatabase::open_notADatabase_refusedAndUnchanged()
{
    const QString file = test::copyFixture(u"not-a-database.sqlite"_s, m_dir->path());
    const QByteArray before = test::fileHash(file);
    Database db;
    const auto opened = db.open(file);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"not a Neuvo database"_s), qPrintable(opened.error()));
    QCOMPARE(test::fileHash(file), before);
}

void TestDatabase::open_foreignSqliteDatabase_refused()
{
    const QString file = path(u"other.sqlite"_s);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other"_s);
        other.setDatabaseName(file);
        QVERIFY(other.open());
        QVERIFY(QSqlQuery(other).exec(u"CREATE TABLE notes (text TEXT)"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other"_s);
    const QByteArray before = test::fileHash(file);
    Database db;
    const auto opened = db.open(file);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"another program"_s), qPrintable(opened.error()));
    QCOMPARE(test::fileHash(file), before);
}

void TestDatabase::reopen_keepsData()
{
    const QString file = database(u"r.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(file).ok());
        Client c;
        c.name = u"Олег Петров"_s;
        QVERIFY(ClientStore(db).create(c).ok());
    }
    Database db;
    QVERIFY(db.open(file).ok());
    QVERIFY(db.migrationBackupPath().isEmpty()); // already current: no backup
    const auto clients = ClientStore(db).list();
    QVERIFY(clients.ok());
    QCOMPARE(clients->size(), 1);
    QCOMPARE(clients->first().name, u"Олег Петров"_s);
}

void TestDatabase::foreignKeys_violationRejected()
{
    Database db;
    QVERIFY(db.open(database(u"fk.sqlite"_s)).ok());
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(u"INSERT INTO project (client_id, title, status, currency, base_price_minor) "
                    "VALUES (42, 'Orphan', 'lead', 'EUR', 100)"_s));
    // SQLite: "FOREIGN KEY constraint failed"; PostgreSQL: "violates
    // foreign key constraint".
    QVERIFY2(q.lastError().databaseText().contains(u"foreign key"_s, Qt::CaseInsensitive),
             qPrintable(q.lastError().databaseText()));
    QCOMPARE(count(db, u"project"_s), 0);

    Project orphan;
    orphan.clientId = 42;
    orphan.title = u"Orphan"_s;
    const auto created = ProjectStore(db).create(orphan);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(u"foreign key"_s, Qt::CaseInsensitive), qPrintable(created.error()));
    QCOMPARE(orphan.id, 0);
}

void TestDatabase::checkConstraints_rejectBadValues()
{
    Database db;
    QVERIFY(db.open(database(u"ck.sqlite"_s)).ok());
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(u"INSERT INTO client (name, type, source, preferred_channel, status) "
                   "VALUES ('A', 'individual', 'other', 'email', 'active')"_s));
    // A type the model does not know, a float amount in a STRICT table, a
    // malformed date: each refused by SQLite itself.
    QVERIFY(!q.exec(u"INSERT INTO client (name, type, source, preferred_channel, status) "
                    "VALUES ('B', 'vip', 'other', 'email', 'active')"_s));
    // The amount bound as Neuvo binds every value. Known difference: on
    // PostgreSQL the bigint column takes 10.5 and rounds it to 11 (its
    // assignment cast from numeric); the stores bind amounts as qint64 only,
    // so no fraction reaches it through Neuvo, but the server does not
    // refuse one as SQLite's STRICT table does.
    QVERIFY(q.prepare(u"INSERT INTO project (client_id, title, status, currency, base_price_minor) "
                      "VALUES (1, 'P', 'lead', 'EUR', ?)"_s));
    q.addBindValue(10.5);
    if (test::onServer())
        QEXPECT_FAIL("", "PostgreSQL rounds a fractional amount into a bigint column instead of refusing it", Continue);
    QVERIFY(!q.exec());
    if (test::onServer())
        QVERIFY(q.exec(u"DELETE FROM project"_s));
    QVERIFY(!q.exec(u"INSERT INTO project (client_id, title, status, currency, base_price_minor, deadline) "
                    "VALUES (1, 'P', 'lead', 'EUR', 10, '2026-02-30')"_s));
    QVERIFY(!q.exec(u"INSERT INTO project (client_id, title, status, currency, base_price_minor) "
                    "VALUES (1, 'P', 'lead', 'eur', 10)"_s));
    QVERIFY(!q.exec(u"INSERT INTO project (client_id, title, status, currency, base_price_minor) "
                    "VALUES (1, 'P', 'lead', 'EUR', -1)"_s));
    QCOMPARE(count(db, u"project"_s), 0);
}

void TestDatabase::transaction_rollsBackOnFailure()
{
    Database db;
    QVERIFY(db.open(database(u"tx.sqlite"_s)).ok());
    ClientStore clients(db);
    const auto result = db.transaction([&]() -> Result<void> {
        Client a;
        a.name = u"First"_s;
        if (auto r = clients.create(a); !r)
            return r;
        Client b; // no name: refused
        return clients.create(b);
    });
    QVERIFY(!result.ok());
    QVERIFY(result.error().contains(u"Name"_s));
    QCOMPARE(count(db, u"client"_s), 0);

    // The connection is usable afterwards.
    Client c;
    c.name = u"After"_s;
    QVERIFY(clients.create(c).ok());
    QCOMPARE(count(db, u"client"_s), 1);
}

void TestDatabase::newDatabase_isPrivate_fileAndNewFolders()
{
    // The database used to be created 0644 in 0755 folders while its
    // backups were 0600 in 0700: anyone on the machine could read it.
    const auto userOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    const auto userOnlyFolder = userOnly | QFileDevice::ExeOwner;
    const auto existingMode = userOnlyFolder | QFileDevice::ReadGroup | QFileDevice::ExeGroup
                              | QFileDevice::ReadOther | QFileDevice::ExeOther;
    QVERIFY(QFile::setPermissions(m_dir->path(), existingMode));
    const QString path = m_dir->filePath(u"data/Neuvo/neuvo.sqlite"_s);
    Database db;
    QVERIFY(db.open(path).ok());
    Client c;
    c.name = u"Aino"_s;
    QVERIFY(ClientStore(db).create(c).ok());
    QCOMPARE(QFileInfo(path).permissions() & 0x7077, userOnly);
    QCOMPARE(QFileInfo(path + u"-wal"_s).permissions() & 0x7077, userOnly);
    QCOMPARE(QFileInfo(m_dir->filePath(u"data/Neuvo"_s)).permissions() & 0x7077, userOnlyFolder);
    QCOMPARE(QFileInfo(m_dir->filePath(u"data"_s)).permissions() & 0x7077, userOnlyFolder);
    QCOMPARE(QFileInfo(m_dir->path()).permissions() & 0x7077, existingMode); // not ours to change
}

void TestDatabase::fileUri_refused()
{
    const QString path = m_dir->filePath(u"real.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(path).ok());
    }
    const QByteArray before = test::fileHash(path);
    for (const QString &uri : {u"file:"_s + path, u"FILE:"_s + path, u"file://"_s + path + u"?mode=rwc"_s}) {
        Database db;
        const auto opened = db.open(uri);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"SQLite URIs"_s), qPrintable(opened.error()));
    }
    QCOMPARE(test::fileHash(path), before);
    QVERIFY(!QFileInfo::exists(path + u".lock"_s));
}

// A trigger added to the live file with the sqlite3 program used to be
// reported by check --full only; opened, it ran inside Neuvo's next write
// (here: every project gone when a client was added).
void TestDatabase::liveFileWithForeignTrigger_refusedAtOpen_unchanged()
{
    const QString file = path(u"live.sqlite"_s);
    QString backup;
    {
        Database db;
        QVERIFY(db.open(file).ok());
        Client c;
        c.name = u"Aino"_s;
        QVERIFY(ClientStore(db).create(c).ok());
        Project p;
        p.clientId = c.id;
        p.title = u"Site"_s;
        QVERIFY(ProjectStore(db).create(p).ok());
        const auto made = BackupManager(file).create(db, u"manual"_s);
        QVERIFY(made.ok());
        backup = made->path;
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(u"CREATE TRIGGER wipe AFTER INSERT ON client BEGIN DELETE FROM project; END"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const QByteArray before = test::fileHash(file);

    for (const auto access : {Database::Access::ReadWrite, Database::Access::ReadWriteIfFree,
                              Database::Access::ReadOnly}) {
        Database db;
        const auto opened = db.open(file, access);
        QVERIFY(!opened.ok());
        const QString &message = opened.error();
        QVERIFY2(message.startsWith(u"Cannot open %1: its schema is not Neuvo's."_s.arg(file)), qPrintable(message));
        QVERIFY2(message.contains(u"The trigger “wipe” on client is not part of Neuvo's schema"_s), qPrintable(message));
        QVERIFY2(message.contains(u"The file was not changed."_s), qPrintable(message));
        QVERIFY2(message.contains(u"sqlite3 '%1' 'DROP TRIGGER \"wipe\";'"_s.arg(file)), qPrintable(message));
        QVERIFY2(message.contains(u"check --full"_s), qPrintable(message));
        QVERIFY2(message.contains(u"restore %1"_s.arg(backup)), qPrintable(message));
        QCOMPARE(db.suggestedBackup(), backup);
        QVERIFY(!db.isOpen());
        QCOMPARE(test::fileHash(file), before);
        QVERIFY(!QFileInfo::exists(file + u".lock"_s));
    }

    // What the message advises is enough: without the trigger the file opens
    // with its project.
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(u"DROP TRIGGER \"wipe\";"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    Database db;
    const auto opened = db.open(file);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    QCOMPARE(count(db, u"project"_s), 1);
}

// Neuvo's own guards (invoices never change) are part of the schema too: a
// file without one is refused, with no sqlite3 advice (nothing to drop).
void TestDatabase::liveFileMissingOwnTrigger_refusedAtOpen()
{
    const QString file = path(u"live.sqlite"_s);
    {
        Database db;
        QVERIFY(db.open(file).ok());
    }
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QVERIFY(QSqlQuery(raw).exec(u"DROP TRIGGER invoice_never_changes"_s));
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"raw"_s);
    const QByteArray before = test::fileHash(file);
    Database db;
    const auto opened = db.open(file);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"The trigger “invoice_never_changes” is missing."_s), qPrintable(opened.error()));
    QVERIFY2(!opened.error().contains(u"sqlite3"_s), qPrintable(opened.error()));
    QCOMPARE(test::fileHash(file), before);
}

// The check at open reads the expected names from the migrations'
// statements instead of running them (cheap); for every schema version
// they must be exactly what running them builds, and a foreign object must
// still show.
void TestDatabase::schemaNamesReadAtOpen_matchWhatEveryVersionBuilds()
{
    for (int version = 1; version <= latestSchemaVersion(); ++version) {
        const QString name = u"built-%1"_s.arg(version);
        {
            QSqlDatabase built = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
            built.setDatabaseName(u":memory:"_s);
            QVERIFY(built.open());
            QSqlQuery q(built);
            for (const Migration &step : migrations()) {
                if (step.version > version)
                    break;
                for (const QString &statement : step.statements)
                    QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
            }
            const auto names = SchemaCheck::compareNames(built, version);
            QVERIFY(names.ok());
            QStringList found;
            for (const SchemaDifference &d : *names)
                found << d.message;
            QVERIFY2(found.isEmpty(), qPrintable(u"version %1: "_s.arg(version) + found.join(u' ')));
            QVERIFY(SchemaCheck::compare(built, version)->isEmpty());

            QVERIFY(q.exec(u"CREATE VIEW extra AS SELECT 1"_s));
            const auto withExtra = SchemaCheck::compareNames(built, version);
            QCOMPARE(withExtra->size(), 1);
            QCOMPARE(withExtra->first().kind, SchemaDifference::Kind::Foreign);
            q.finish();
            built.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
}

// The same values inserted through SqlStatement and through a plain
// QSqlQuery (Qt's driver) into two untyped columns: every stored value, its
// type and bytes, must be the same.
void TestDatabase::sqliteInsert_storesEveryValueAsQtsDriver()
{
    const QString connection = u"native-insert"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path(u"values.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery create(db);
        QVERIFY(create.exec(u"CREATE TABLE ours (id INTEGER PRIMARY KEY, v)"_s));
        QVERIFY(create.exec(u"CREATE TABLE qts (id INTEGER PRIMARY KEY, v)"_s));
        const QList<QVariant> values = {
            QVariant(),
            QVariant(QMetaType(QMetaType::QString)),
            QVariant(QString()),
            QVariant(u""_s),
            QVariant(u"plain"_s),
            QVariant(u"Äiti ja Пётр \U0001F600 '\"; DROP TABLE ours; --"_s),
            QVariant(42),
            QVariant(-7),
            QVariant(true),
            QVariant(false),
            QVariant(qint64(9007199254740993LL)),
            QVariant(4294967295U),
            QVariant(2.5),
            QVariant(QByteArray("\x00\x01" "bytes", 7)),
            QVariant(QByteArray()),
            QVariant(QDate(2026, 3, 1)),
            QVariant(QDate()),
            QVariant(QDateTime(QDate(2026, 3, 1), QTime(20, 0, 5, 120), Qt::UTC)),
            QVariant(QTime(8, 30)),
            QVariant(QTime()),
            QVariant(quint64(18446744073709551615ULL)),
            QVariant(QMetaType(QMetaType::LongLong)),
            QVariant(QMetaType(QMetaType::Int)),
        };
        SqlStatement ours(db, u"INSERT INTO ours (id, v) VALUES (:id, :v)"_s);
        QVERIFY(runsThroughSqliteApi(ours.query()));
        QSqlQuery qts(db);
        QVERIFY(qts.prepare(u"INSERT INTO qts (id, v) VALUES (:id, :v)"_s));
        for (int i = 0; i < values.size(); ++i) {
            ours.bind(u":id"_s, i + 1).bind(u":v"_s, values.at(i));
            QVERIFY2(ours.exec(), qPrintable(QString::number(i)));
            qts.bindValue(u":id"_s, i + 1);
            qts.bindValue(u":v"_s, values.at(i));
            QVERIFY2(qts.exec(), qPrintable(qts.lastError().text()));
        }
        QCOMPARE(ours.rowsAffected(), 1);
        QCOMPARE(ours.lastInsertId(), qint64(values.size()));
        const auto rows = [&](const QString &table) {
            QStringList out;
            QSqlQuery q(db);
            if (!q.exec(u"SELECT id, typeof(v), quote(v) FROM %1 ORDER BY id"_s.arg(table)))
                return QStringList{q.lastError().text()};
            while (q.next())
                out << q.value(0).toString() + u' ' + q.value(1).toString() + u' ' + q.value(2).toString();
            return out;
        };
        const QStringList stored = rows(u"ours"_s);
        QCOMPARE(stored.size(), values.size());
        QCOMPARE(stored, rows(u"qts"_s));
        QCOMPARE(stored.at(2), u"3 null NULL"_s);   // a null string is NULL
        QCOMPARE(stored.at(3), u"4 text ''"_s);     // an empty one is not
    }
    QSqlDatabase::removeDatabase(connection);
}

// A row the schema refuses: the same error (text and result code, so the
// same message and classification) as through Qt's driver, and the
// statement runs again afterwards.
void TestDatabase::sqliteInsert_failureReadsAsQtsDriver()
{
    const QString connection = u"native-failure"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path(u"failure.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery create(db);
        QVERIFY(create.exec(u"CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL CHECK (name <> 'x'))"_s));
        SqlStatement ours(db, u"INSERT INTO t (id, name) VALUES (:id, :name)"_s);
        QVERIFY(runsThroughSqliteApi(ours.query()));
        QVERIFY(ours.bind(u":id"_s, 1).bind(u":name"_s, u"a"_s).exec());
        QSqlQuery qts(db);
        QVERIFY(qts.prepare(u"INSERT INTO t (id, name) VALUES (:id, :name)"_s));
        const QList<std::pair<qint64, QVariant>> refused = {
            {1, QVariant(u"b"_s)},       // the key again
            {2, QVariant(QString())},    // NULL
            {3, QVariant(u"x"_s)},       // the CHECK
        };
        for (const auto &[id, name] : refused) {
            const auto result = ours.bind(u":id"_s, id).bind(u":name"_s, name).exec();
            QVERIFY(!result);
            qts.bindValue(u":id"_s, id);
            qts.bindValue(u":name"_s, name);
            QVERIFY(!qts.exec());
            QCOMPARE(ours.query().lastError().databaseText(), qts.lastError().databaseText());
            QCOMPARE(ours.query().lastError().nativeErrorCode(), qts.lastError().nativeErrorCode());
            QCOMPARE(ours.query().lastError().text(), qts.lastError().text());
            QCOMPARE(result.error(), sqlErrorMessage(qts.lastError(), db.databaseName()));
            QCOMPARE(classifySqlError(ours.query().lastError()), SqlFailure::Constraint);
        }
        QVERIFY(ours.bind(u":id"_s, 4).bind(u":name"_s, u"d"_s).exec());
        QSqlQuery count(db);
        QVERIFY(count.exec(u"SELECT count(*) FROM t"_s) && count.next());
        QCOMPARE(count.value(0).toInt(), 2);
    }
    QSqlDatabase::removeDatabase(connection);
}

void TestDatabase::sqlDateAndTimestamp_writeWhatQtWrites()
{
    const QList<QDate> dates = {QDate(2026, 3, 1), QDate(1, 1, 1),      QDate(9999, 12, 31), QDate(10000, 1, 1),
                                QDate(-44, 3, 15), QDate(2024, 2, 29), QDate()};
    for (const QDate &date : dates) {
        const QVariant expected = date.isValid() ? QVariant(date.toString(Qt::ISODate))
                                                 : QVariant(QMetaType(QMetaType::QString));
        QCOMPARE(sqlDate(date), expected);
        QCOMPARE(sqlDate(date).toString().isNull(), expected.toString().isNull());
    }
    const QList<QDateTime> times = {
        QDateTime(QDate(2026, 3, 1), QTime(20, 0, 5), Qt::UTC),
        QDateTime(QDate(2026, 3, 1), QTime(23, 59, 59, 999), Qt::UTC),
        QDateTime(QDate(2026, 3, 1), QTime(1, 2, 3), QTimeZone(u"Europe/Helsinki"_s.toUtf8())),
        QDateTime(QDate(2026, 3, 1), QTime(1, 2, 3), Qt::OffsetFromUTC, -3600),
        QDateTime(QDate(1, 1, 1), QTime(0, 30), Qt::OffsetFromUTC, 3600),
        QDateTime(QDate(9999, 12, 31), QTime(23, 0), Qt::OffsetFromUTC, -7200),
        QDateTime(QDate(10000, 1, 1), QTime(0, 0), Qt::UTC),
        QDateTime(),
    };
    for (const QDateTime &time : times) {
        const QVariant expected = time.isValid() ? QVariant(time.toUTC().toString(Qt::ISODate))
                                                 : QVariant(QMetaType(QMetaType::QString));
        QCOMPARE(sqlTimestamp(time), expected);
        QCOMPARE(sqlTimestamp(time).toString().isNull(), expected.toString().isNull());
    }
}

// Database::close() checks that no INSERT run through SQLite's API is still
// open on the connection (SQLite would refuse to close it): the count it
// asks for is that connection's open statements of that kind, and none are
// left once the queries are gone.
void TestDatabase::sqliteInsert_openStatementsCounted_noneAtClose()
{
    Database db;
    QVERIFY(db.open(path(u"open-statements.sqlite"_s)).ok());
    Database other;
    QVERIFY(other.open(path(u"open-statements-other.sqlite"_s)).ok());
    for (Database *d : {&db, &other}) {
        QSqlQuery create(d->connection());
        QVERIFY(create.exec(u"CREATE TABLE note (text TEXT NOT NULL)"_s));
    }
    QCOMPARE(openSqliteInsertStatements(db.connection()), 0);
    {
        SqlStatement insert(db.connection(), u"INSERT INTO note (text) VALUES (:text)"_s);
        QVERIFY(runsThroughSqliteApi(insert.query()));
        QCOMPARE(openSqliteInsertStatements(db.connection()), 1);
        // Prepared again for another text: still one statement.
        QVERIFY(insert.query().prepare(u"INSERT INTO note (text) VALUES (:text || '!')"_s));
        QCOMPARE(openSqliteInsertStatements(db.connection()), 1);
        // Qt's own statements, another connection's, and a text SQLite
        // refuses are not counted.
        QSqlQuery qts(db.connection());
        QVERIFY(qts.exec(u"SELECT count(*) FROM note"_s));
        SqlStatement elsewhere(other.connection(), u"INSERT INTO note (text) VALUES (:text)"_s);
        QVERIFY(runsThroughSqliteApi(elsewhere.query()));
        SqlStatement refused(db.connection(), u"INSERT INTO no_such_table (text) VALUES (:text)"_s);
        QVERIFY(runsThroughSqliteApi(refused.query()));
        QCOMPARE(openSqliteInsertStatements(db.connection()), 1);
        QCOMPARE(openSqliteInsertStatements(other.connection()), 1);
        QVERIFY(insert.bind(u":text"_s, u"Aino"_s).exec());
        QCOMPARE(openSqliteInsertStatements(db.connection()), 1);
    }
    QCOMPARE(openSqliteInsertStatements(db.connection()), 0);
    QCOMPARE(openSqliteInsertStatements(other.connection()), 0);
    QCOMPARE(count(db, u"note"_s), 1);
    // Nothing outlives the connection: close() has nothing to report, and
    // SQLite closed the file (its write-ahead log copied in and removed).
    QVERIFY(QFileInfo::exists(path(u"open-statements.sqlite-wal"_s)));
    db.close();
    QVERIFY(!QFileInfo::exists(path(u"open-statements.sqlite-wal"_s)));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
