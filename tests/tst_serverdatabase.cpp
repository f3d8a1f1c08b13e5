#include "core/storage/backup.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/serversnapshot.h"
#include "core/storage/sqldialect.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <QUrl>

using namespace neuvo;
using namespace Qt::StringLiterals;

// Database on a PostgreSQL server: opening, creating, refusing and
// upgrading, as tst_database does for files. Needs a server:
// NEUVO_TEST_DATABASE_URL (see test::freshDatabase); without one every
// test is skipped and says why.
class TestServerDatabase : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup() { m_dir.reset(); }

    void open_empty_createsLatestSchema();
    void constraints_refuseWhatSqliteRefuses();
    void ids_followExplicitOnes();
    void open_newerSchema_refusedAndUnchanged();
    void open_foreignTables_refused();
    void open_foreignTrigger_refused();
    void open_olderSchema_snapshotThenMigrated();
    void open_olderSchema_twoProcessesAtOnce_migrateOnce();
    void readOnly_refusesWrites();
    void url_withPassword_refused();
    void backup_writesSnapshot_restoreSaysSqliteOnly();

private:
    // Turns the fresh database behind db (open, at the latest schema) into
    // one an older Neuvo made: the steps up to older, run by hand with the
    // dialect's statements, and one client.
    static bool makeOlder(Database &db, int older);
    static bool exec(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        const bool ok = q.exec(sql);
        if (!ok)
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return ok;
    }
    static QVariant value(Database &db, const QString &sql)
    {
        QSqlQuery q(db.connection());
        return q.exec(sql) && q.next() ? q.value(0) : QVariant();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_url;
};

void TestServerDatabase::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    if (test::testServerUrl().isEmpty())
        QSKIP("NEUVO_TEST_DATABASE_URL is not set: no PostgreSQL server to test against");
}

void TestServerDatabase::init()
{
    m_dir.reset(new QTemporaryDir);
    qputenv("XDG_DATA_HOME", m_dir->filePath(u"data"_s).toUtf8());
    m_url = test::freshDatabase(QString());
}

void TestServerDatabase::open_empty_createsLatestSchema()
{
    Database db;
    const auto opened = db.open(m_url);
    QVERIFY2(opened.ok(), test::why(opened));
    QVERIFY(!SqlDialect::of(db.connection()).isFile());
    QCOMPARE(SqlDialect::of(db.connection()).engineName(), u"PostgreSQL"_s);
    QVERIFY(db.wasCreated());
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QVERIFY(db.migrationBackupPath().isEmpty());
    QCOMPARE(value(db, u"SELECT count(*) FROM profile"_s).toInt(), 1);
    const QString calendarId = value(db, u"SELECT calendar_id FROM reminder_settings"_s).toString();
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(calendarId).hasMatch(), qPrintable(calendarId));
    // Dates are the server's own type.
    QCOMPARE(value(db, u"SELECT data_type FROM information_schema.columns "
                       "WHERE table_name = 'stage' AND column_name = 'due_on'"_s)
                 .toString(),
             u"date"_s);
    db.close();

    // Opened again: nothing to create, the schema checks out.
    const auto again = db.open(m_url);
    QVERIFY2(again.ok(), test::why(again));
    QVERIFY(!db.wasCreated());
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
}

void TestServerDatabase::constraints_refuseWhatSqliteRefuses()
{
    Database db;
    QVERIFY2(db.open(m_url).ok(), "open");
    ClientStore clients(db);
    Client client = test::makeClient(u"Mikko"_s);
    QVERIFY(clients.create(client).ok());
    QVERIFY(client.id > 0);
    ProjectStore projects(db);
    Project project = test::makeProject(client.id, u"Site"_s, 100000);
    project.stages << test::makeStage(1, 100000, QDate(2027, 3, 1));
    const auto created = projects.create(project);
    QVERIFY2(created.ok(), test::why(created));

    const auto refused = [&](const QString &sql) {
        QSqlQuery q(db.connection());
        return !q.exec(sql);
    };
    // A day that does not exist, a time out of its pattern, an unknown
    // kind, a broken reference, text that is not JSON.
    QVERIFY(refused(u"UPDATE stage SET due_on = '2027-02-30'"_s));
    QVERIFY(refused(u"UPDATE profile SET work_start = '9:00'"_s));
    QVERIFY(refused(u"UPDATE client SET type = 'friend'"_s));
    QVERIFY(refused(u"UPDATE project SET client_id = 999"_s));
    QVERIFY(refused(u"INSERT INTO announced_finding (key, announced_at) VALUES ('k', '2027-01-01 10:00')"_s));
    QVERIFY(exec(db, u"INSERT INTO announced_finding (key, announced_at) VALUES ('k', '2027-01-01T10:00:00Z')"_s));
    QVERIFY(refused(u"INSERT INTO invoice (kind, number, series, sequence, client_id, project_id, stage_id, "
                    "issued_on, due_on, currency, net_minor, vat_minor, gross_minor, document) VALUES "
                    "('invoice', '1', '', 1, 1, 1, 1, '2027-01-01', '2027-01-15', 'EUR', 1, 0, 1, '{no json')"_s));

    // The store's message for a broken rule comes from the server's error.
    Client nameless = client;
    QSqlQuery q(db.connection());
    QVERIFY(!q.exec(u"UPDATE client SET name = ' '"_s));
    QCOMPARE(int(SqlDialect::of(db.connection()).classify(q.lastError())), int(SqlFailure::Constraint));

    // An issued invoice is never changed or deleted.
    QVERIFY(exec(db, u"INSERT INTO invoice (kind, number, series, sequence, client_id, project_id, stage_id, "
                     "issued_on, due_on, currency, net_minor, vat_minor, gross_minor, document) VALUES "
                     "('invoice', '1', '', 1, 1, 1, 1, '2027-01-01', '2027-01-15', 'EUR', 1, 0, 1, '{}')"_s));
    QSqlQuery change(db.connection());
    QVERIFY(!change.exec(u"UPDATE invoice SET net_minor = 0, gross_minor = 0"_s));
    QVERIFY2(change.lastError().databaseText().contains(u"never changed"_s), qPrintable(change.lastError().text()));
    QCOMPARE(int(SqlDialect::of(db.connection()).classify(change.lastError())), int(SqlFailure::Constraint));
    QVERIFY(refused(u"DELETE FROM invoice"_s));

    // A failed change inside a transaction leaves nothing behind.
    const auto failed = db.transaction([&]() -> Result<void> {
        Client other = test::makeClient(u"Other"_s);
        if (auto r = clients.create(other); !r)
            return r;
        return clients.create(nameless); // an id that exists
    });
    QVERIFY(!failed.ok());
    QCOMPARE(clients.list()->size(), 1);
}

void TestServerDatabase::ids_followExplicitOnes()
{
    // As SQLite's rowid: a row stored with its own id (an import, a stage
    // saved again) moves the next free id past it.
    Database db;
    QVERIFY(db.open(m_url).ok());
    ClientStore clients(db);
    Client first = test::makeClient(u"First"_s, 40);
    QVERIFY(clients.create(first).ok());
    QCOMPARE(first.id, 40);
    Client next = test::makeClient(u"Next"_s);
    QVERIFY(clients.create(next).ok());
    QCOMPARE(next.id, 41);
}

void TestServerDatabase::open_newerSchema_refusedAndUnchanged()
{
    {
        Database db;
        QVERIFY(db.open(m_url).ok());
        QVERIFY(exec(db, u"UPDATE neuvo_schema_version SET version = %1"_s.arg(latestSchemaVersion() + 1)));
    }
    Database db;
    const auto opened = db.open(m_url);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"newer version of Neuvo"_s), qPrintable(opened.error()));
    QVERIFY(!db.isOpen());
    QVERIFY(db.open(m_url, Database::Access::ReadOnly).ok() == false);
}

void TestServerDatabase::open_foreignTables_refused()
{
    {
        Database db;
        QVERIFY(db.open(m_url).ok());
        QVERIFY(exec(db, u"DROP TABLE neuvo_schema_version"_s));
    }
    Database db;
    const auto opened = db.open(m_url);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"another program"_s), qPrintable(opened.error()));
}

void TestServerDatabase::open_foreignTrigger_refused()
{
    {
        Database db;
        QVERIFY(db.open(m_url).ok());
        QVERIFY(exec(db, u"CREATE FUNCTION wipe() RETURNS trigger LANGUAGE plpgsql AS $$ "
                         "BEGIN DELETE FROM project; RETURN NEW; END $$"_s));
        QVERIFY(exec(db, u"CREATE TRIGGER wipe_projects AFTER INSERT ON client FOR EACH ROW EXECUTE FUNCTION wipe()"_s));
    }
    Database db;
    const auto opened = db.open(m_url);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"wipe_projects"_s), qPrintable(opened.error()));
}

void TestServerDatabase::open_olderSchema_snapshotThenMigrated()
{
    // A database an older Neuvo made: the steps up to the one before the
    // last, run by hand with the dialect's statements.
    const int older = latestSchemaVersion() - 1;
    {
        Database db;
        QVERIFY(db.open(m_url).ok());
        QVERIFY(makeOlder(db, older));
    }
    Database db;
    const auto opened = db.open(m_url);
    QVERIFY2(opened.ok(), test::why(opened));
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QVERIFY(!db.wasCreated());
    QCOMPARE(ClientStore(db).list()->constFirst().name, u"Aino"_s);

    // The snapshot holds the tables as they were, in a private file.
    const QString snapshot = db.migrationBackupPath();
    QVERIFY(!snapshot.isEmpty());
    QVERIFY2(snapshot.startsWith(serverSnapshotFolder()), qPrintable(snapshot));
    QVERIFY2(snapshot.contains(u"-upgrade-from-v%1-"_s.arg(older)), qPrintable(snapshot));
    QCOMPARE(QFileInfo(snapshot).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QFile file(snapshot);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(file.readAll(), &error).object();
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
    QCOMPARE(json.value(u"schema_version"_s).toInt(), older);
    QCOMPARE(json.value(u"tables"_s)[u"client"_s][0][u"name"_s].toString(), u"Aino"_s);
    QCOMPARE(json.value(u"tables"_s)[u"profile"_s].toArray().size(), 1);
}

void TestServerDatabase::open_olderSchema_twoProcessesAtOnce_migrateOnce()
{
    // Two neuvo-cli processes open the same older database at once, each to
    // list the clients (a command that opens it for writing, so it may
    // migrate; `check` opens read-only and would refuse). This
    // connection holds the migration lock while they start, so both reach
    // it and wait there (seen in pg_locks); once it is let go they race
    // for it. Exactly one backs up and migrates; the other, at the lock
    // until then, finds the latest schema and has nothing to do.
    const int older = latestSchemaVersion() - 2;
    Database holder;
    QVERIFY(holder.open(m_url).ok());
    QVERIFY(makeOlder(holder, older));
    const SqlDialect &dialect = SqlDialect::of(holder.connection());
    QVERIFY(exec(holder, dialect.lockForMigrationStatement()));

    std::array<QProcess, 2> clis;
    for (QProcess &cli : clis) {
        cli.setProgram(QStringLiteral(NEUVO_CLI_PATH));
        cli.setArguments({u"--db"_s, m_url, u"clients"_s});
        cli.start();
        QVERIFY2(cli.waitForStarted(), qPrintable(cli.errorString()));
    }
    const QString waiting = u"SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted "
                            "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())"_s;
    QElapsedTimer timer;
    timer.start();
    while (value(holder, waiting).toInt() < 2 && timer.elapsed() < 60000) {
        for (QProcess &cli : clis)
            QVERIFY2(cli.state() == QProcess::Running, cli.readAllStandardError().constData());
        QTest::qWait(20);
    }
    QCOMPARE(value(holder, waiting).toInt(), 2);
    QCOMPARE(value(holder, u"SELECT version FROM neuvo_schema_version"_s).toInt(), older);
    QVERIFY(exec(holder, dialect.unlockAfterMigrationStatement()));

    for (QProcess &cli : clis) {
        QVERIFY(cli.waitForFinished(120000));
        const QByteArray errors = cli.readAllStandardError();
        QVERIFY2(cli.exitStatus() == QProcess::NormalExit && cli.exitCode() == 0, errors.constData());
        QVERIFY(cli.readAllStandardOutput().contains("Aino"));
    }
    QCOMPARE(value(holder, u"SELECT version FROM neuvo_schema_version"_s).toInt(), latestSchemaVersion());
    // One backup before the one migration, in the data folder the two
    // processes share (XDG_DATA_HOME, set by init()).
    QStringList snapshots;
    QDirIterator files(m_dir->filePath(u"data"_s), {u"*.json"_s}, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext())
        snapshots << files.next();
    QCOMPARE(snapshots.size(), 1);
    QVERIFY2(snapshots.constFirst().contains(u"-upgrade-from-v%1-"_s.arg(older)), qPrintable(snapshots.constFirst()));
    holder.close();
    Database db;
    const auto opened = db.open(m_url);
    QVERIFY2(opened.ok(), test::why(opened));
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QVERIFY(db.migrationBackupPath().isEmpty());
    QCOMPARE(ClientStore(db).list()->size(), 1);
}

bool TestServerDatabase::makeOlder(Database &db, int older)
{
    // QVERIFY returns from the lambda; the test's failed state says whether.
    [&] {
        for (const QString &table : {u"neuvo_schema_version"_s, u"dashboard_summary_group"_s,
                                     u"dashboard_summary"_s, u"invoice_payment"_s, u"invoice"_s,
                                     u"vat_exemption_text"_s, u"seen_finding"_s, u"announced_finding"_s,
                                     u"reminder_settings"_s, u"rule_threshold"_s, u"price_change"_s,
                                     u"observation"_s, u"promise"_s, u"interaction"_s, u"revision"_s, u"stage"_s,
                                     u"project_item"_s, u"project"_s, u"client"_s, u"profile"_s})
            QVERIFY(exec(db, u"DROP TABLE %1 CASCADE"_s.arg(table)));
        for (const QString &function : {u"neuvo_assign_id"_s, u"neuvo_refuse"_s, u"neuvo_json_valid"_s})
            QVERIFY(exec(db, u"DROP FUNCTION %1"_s.arg(function)));
        QCOMPARE(value(db, u"SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"_s).toInt(), 0);
        for (const Migration &step : migrations()) {
            if (step.version > older)
                break;
            for (const QString &statement : SqlDialect::of(db.connection()).schemaStatements(step))
                QVERIFY(exec(db, statement));
        }
        QVERIFY(exec(db, SqlDialect::of(db.connection()).setSchemaVersionStatement(older)));
        QVERIFY(exec(db, u"INSERT INTO client (name, type, source, preferred_channel, status) "
                         "VALUES ('Aino', 'individual', 'referral', 'email', 'active')"_s));
    }();
    return !QTest::currentTestFailed();
}

void TestServerDatabase::readOnly_refusesWrites()
{
    {
        Database db;
        QVERIFY(db.open(m_url).ok());
    }
    Database db;
    QVERIFY(db.open(m_url, Database::Access::ReadOnly).ok());
    QVERIFY(db.isReadOnly());
    Client client = test::makeClient(u"Mikko"_s);
    const auto created = ClientStore(db).create(client);
    QVERIFY(!created.ok());
    QVERIFY2(created.error().contains(u"read-only"_s), qPrintable(created.error()));
    QVERIFY(ClientStore(db).list()->isEmpty());
}

void TestServerDatabase::url_withPassword_refused()
{
    QUrl url(m_url);
    url.setPassword(u"secret"_s);
    Database db;
    const auto opened = db.open(url.toString());
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"PGPASSWORD"_s) && !opened.error().contains(u"secret"_s),
             qPrintable(opened.error()));
}

void TestServerDatabase::backup_writesSnapshot_restoreSaysSqliteOnly()
{
    Database db;
    QVERIFY(db.open(m_url).ok());
    const auto made = BackupManager(db.path()).create(db, u"manual"_s);
    QVERIFY2(made.ok(), test::why(made));
    QVERIFY(QFileInfo::exists(made->path));
    QVERIFY(made->path.endsWith(u".json"_s));
    const auto restored = BackupManager(db.path()).restore(made->path);
    QVERIFY(!restored.ok());
    QVERIFY2(restored.error().contains(u"SQLite"_s), qPrintable(restored.error()));
}

QTEST_GUILESS_MAIN(TestServerDatabase)
#include "tst_serverdatabase.moc"
