#include "testdatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>
#include <QUrl>
#include <QUrlQuery>

#include <functional>
#include <memory>
#include <vector>

namespace neuvo::test {

QString testServerUrl()
{
    return qEnvironmentVariable("NEUVO_TEST_DATABASE_URL");
}

bool onServer()
{
    return !testServerUrl().isEmpty();
}

namespace {

// The databases freshDatabase() and suiteDatabase() made, dropped when the
// application object goes.
std::vector<std::unique_ptr<PgTestDatabase>> &madeDatabases()
{
    static std::vector<std::unique_ptr<PgTestDatabase>> made;
    return made;
}

void dropMadeDatabases()
{
    madeDatabases().clear();
}

PgTestDatabase &makeDatabase()
{
    auto made = std::make_unique<PgTestDatabase>();
    if (!made->isValid())
        qFatal("NEUVO_TEST_DATABASE_URL: cannot create a test database: %s", qPrintable(made->error()));
    if (madeDatabases().empty())
        qAddPostRoutine(dropMadeDatabases);
    madeDatabases().push_back(std::move(made));
    return *madeDatabases().back();
}

} // namespace

QString freshDatabase(const QString &file)
{
    if (!onServer())
        return file;
    return makeDatabase().url();
}

QString missingDatabase(const QString &file)
{
    if (!onServer())
        return file;
    QUrl url(testServerUrl());
    url.setPath(QStringLiteral("/neuvo_never_created"));
    return url.toString();
}

namespace {

// Every table, column, constraint, index, trigger and function of the
// public schema, as one hash: what a test may have changed besides rows.
const QString schemaFingerprintSql = QStringLiteral(
    "SELECT md5(coalesce(string_agg(x, ',' ORDER BY x), '')) FROM ("
    " SELECT table_name || '.' || column_name || ':' || data_type || ':' || coalesce(column_default, '') AS x"
    "  FROM information_schema.columns WHERE table_schema = 'public'"
    " UNION ALL SELECT 'c:' || conrelid::regclass::text || '.' || conname FROM pg_constraint"
    "  WHERE connamespace = 'public'::regnamespace"
    " UNION ALL SELECT 'i:' || indexname FROM pg_indexes WHERE schemaname = 'public'"
    " UNION ALL SELECT 't:' || tgrelid::regclass::text || '.' || tgname || ':' || tgenabled::text FROM pg_trigger"
    "  WHERE NOT tgisinternal AND tgrelid::regclass::text NOT LIKE 'pg\\_%'"
    " UNION ALL SELECT 'f:' || proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace) s");

struct SuiteDatabase
{
    PgTestDatabase *database = nullptr;
    QString fingerprint;
    QStringList tables;
    // The rows the migrations put in, per table, as JSON.
    QList<std::pair<QString, QString>> seeds;
};

QString runAll(QSqlDatabase &db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &sql : statements) {
        if (!q.exec(sql))
            return sql + QStringLiteral(": ") + q.lastError().text();
    }
    return {};
}

QString queryText(QSqlDatabase &db, const QString &sql, QString *failure)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next()) {
        *failure = sql + QStringLiteral(": ") + q.lastError().text();
        return {};
    }
    return q.value(0).toString();
}

// Reads what a just-migrated database holds: its schema and its rows.
QString capture(QSqlDatabase &db, SuiteDatabase &suite)
{
    QString failure;
    suite.fingerprint = queryText(db, schemaFingerprintSql, &failure);
    suite.tables.clear();
    suite.seeds.clear();
    QSqlQuery tables(db);
    if (failure.isEmpty()
        && !tables.exec(QStringLiteral("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")))
        failure = tables.lastError().text();
    while (failure.isEmpty() && tables.next()) {
        const QString table = db.driver()->escapeIdentifier(tables.value(0).toString(), QSqlDriver::TableName);
        suite.tables << table;
        const QString rows = queryText(db, QStringLiteral("SELECT coalesce(json_agg(t), '[]') FROM %1 t").arg(table),
                                       &failure);
        if (failure.isEmpty() && rows != QLatin1String("[]"))
            suite.seeds.emplace_back(table, rows);
    }
    return failure;
}

// Empties every table and puts the migrations' rows back; false when the
// schema is not the one captured (a test changed it).
bool restoreRows(QSqlDatabase &db, const SuiteDatabase &suite, QString *failure)
{
    if (queryText(db, schemaFingerprintSql, failure) != suite.fingerprint || !failure->isEmpty())
        return false;
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("BEGIN"))
        || !q.exec(QStringLiteral("TRUNCATE %1 RESTART IDENTITY CASCADE").arg(suite.tables.join(u", ")))) {
        *failure = q.lastError().text();
        return false;
    }
    // Parents before children: whatever a reference refuses now goes in
    // after the others, in rounds.
    QList<std::pair<QString, QString>> pending = suite.seeds;
    while (!pending.isEmpty()) {
        QList<std::pair<QString, QString>> refused;
        for (const auto &[table, rows] : std::as_const(pending)) {
            QSqlQuery insert(db);
            insert.exec(QStringLiteral("SAVEPOINT seed"));
            insert.prepare(QStringLiteral("INSERT INTO %1 SELECT * FROM json_populate_recordset(NULL::%1, ?::json)")
                               .arg(table));
            insert.addBindValue(rows);
            if (insert.exec()) {
                insert.exec(QStringLiteral("RELEASE SAVEPOINT seed"));
            } else {
                *failure = table + QStringLiteral(": ") + insert.lastError().text();
                insert.exec(QStringLiteral("ROLLBACK TO SAVEPOINT seed"));
                refused << std::pair{table, rows};
            }
        }
        if (refused.size() == pending.size()) {
            q.exec(QStringLiteral("ROLLBACK"));
            return false;
        }
        pending = refused;
    }
    failure->clear();
    if (!q.exec(QStringLiteral("COMMIT"))) {
        *failure = q.lastError().text();
        return false;
    }
    return true;
}

} // namespace

QString serverSuiteDatabase(const std::function<QString(const QString &url)> &migrate)
{
    static SuiteDatabase suite;
    const QString connectionName = QStringLiteral("suitedatabase_reset");
    const bool first = !suite.database;
    if (first)
        suite.database = &makeDatabase();
    QString failure;
    {
        QSqlDatabase db = openPostgres(suite.database->url(), connectionName);
        if (!db.isOpen())
            failure = db.lastError().text();
        // Connections a test left open (a Database it did not close, a
        // neuvo-cli that was killed) would hold locks the reset waits for:
        // end them first. The test role may end its own sessions.
        if (failure.isEmpty())
            failure = runAll(db, {QStringLiteral("SET client_min_messages = warning"),
                                  QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                                                 " WHERE datname = current_database() AND usename = current_user"
                                                 " AND pid <> pg_backend_pid()")});
        if (failure.isEmpty() && (first || !restoreRows(db, suite, &failure))) {
            // A new database, or a test changed the schema: let Neuvo make
            // it again from nothing, once, and remember what it made.
            failure = runAll(db, {QStringLiteral("DROP SCHEMA public CASCADE"), QStringLiteral("CREATE SCHEMA public")});
            if (failure.isEmpty())
                failure = migrate(suite.database->url());
            if (failure.isEmpty())
                failure = capture(db, suite);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    if (!failure.isEmpty())
        qFatal("suiteDatabase: cannot prepare %s: %s", qPrintable(suite.database->name()), qPrintable(failure));
    return suite.database->url();
}

QByteArray contentHash(const QString &database)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    if (!database.startsWith(QLatin1String("postgresql:"))) {
        QFile file(database);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        hash.addData(file.readAll());
        return hash.result();
    }
    const QString connectionName = QStringLiteral("contenthash");
    bool ok = false;
    {
        QSqlDatabase db = openPostgres(database, connectionName);
        QSqlQuery tables(db);
        ok = db.isOpen()
             && tables.exec(QStringLiteral("SELECT table_name FROM information_schema.tables"
                                           " WHERE table_schema = 'public' ORDER BY table_name"));
        while (ok && tables.next()) {
            const QString table = db.driver()->escapeIdentifier(tables.value(0).toString(), QSqlDriver::TableName);
            QSqlQuery rows(db);
            ok = rows.exec(QStringLiteral("SELECT t::text FROM %1 t ORDER BY 1").arg(table));
            hash.addData(table.toUtf8());
            while (ok && rows.next())
                hash.addData(rows.value(0).toString().toUtf8() + '\n');
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connectionName);
    return ok ? hash.result() : QByteArray();
}

QSqlDatabase openPostgres(const QString &url, const QString &connectionName)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid()
        || (parsed.scheme() != QLatin1String("postgresql") && parsed.scheme() != QLatin1String("postgres"))) {
        qWarning("openPostgres: not a postgresql:// URL: %s", qPrintable(url));
        return db;
    }
    QUrlQuery query(parsed);
    auto take = [&query](const QString &key, const QString &fallback) {
        const QString value = query.queryItemValue(key, QUrl::FullyDecoded);
        query.removeAllQueryItems(key);
        return value.isEmpty() ? fallback : value;
    };
    db.setHostName(take(QStringLiteral("host"), parsed.host()));
    db.setPort(take(QStringLiteral("port"), QString::number(parsed.port(5432))).toInt());
    db.setUserName(take(QStringLiteral("user"), parsed.userName()));
    db.setPassword(take(QStringLiteral("password"), parsed.password()));
    db.setDatabaseName(take(QStringLiteral("dbname"), parsed.path().mid(1)));
    QStringList options;
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items)
        options << key + u'=' + value;
    db.setConnectOptions(options.join(u';'));
    db.open();
    return db;
}

PgTestDatabase::PgTestDatabase(const QString &serverUrl)
{
    static QAtomicInt counter;
    const QString suffix = QStringLiteral("%1_%2_%3")
                               .arg(QCoreApplication::applicationPid())
                               .arg(counter.fetchAndAddRelaxed(1))
                               .arg(QRandomGenerator::global()->generate() & 0xffffff, 6, 16, QLatin1Char('0'));
    if (serverUrl.isEmpty()) {
        m_error = QStringLiteral("NEUVO_TEST_DATABASE_URL is not set: no PostgreSQL test server");
        return;
    }
    m_adminConnection = QStringLiteral("pgtestdatabase_admin_") + suffix;
    QSqlDatabase admin = openPostgres(serverUrl, m_adminConnection);
    if (!admin.isOpen()) {
        m_error = QStringLiteral("cannot connect to the test server %1: %2").arg(serverUrl, admin.lastError().text());
        return;
    }
    // Lower-case letters, digits and _ only, so the name needs no quoting
    // beyond escapeIdentifier's and is the same in SQL and in the URL.
    const QString name = QStringLiteral("neuvo_t_") + suffix;
    QSqlQuery create(admin);
    const QString identifier = admin.driver()->escapeIdentifier(name, QSqlDriver::TableName);
    if (!create.exec(QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(identifier))) {
        m_error = QStringLiteral("CREATE DATABASE %1 failed: %2").arg(name, create.lastError().text());
        return;
    }
    m_name = name;
    // Not kept open while the test runs: a suite may make many databases.
    create.finish();
    admin.close();
    QUrl url(serverUrl);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("dbname"));
    url.setQuery(query);
    url.setPath(u'/' + name);
    m_url = url.toString();
}

PgTestDatabase::~PgTestDatabase()
{
    if (m_adminConnection.isEmpty())
        return;
    {
        QSqlDatabase admin = QSqlDatabase::database(m_adminConnection, !m_name.isEmpty());
        if (!m_name.isEmpty() && admin.isOpen()) {
            const QString sql = QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)")
                                    .arg(admin.driver()->escapeIdentifier(m_name, QSqlDriver::TableName));
            QSqlQuery drop(admin);
            bool dropped = drop.exec(sql);
            if (!dropped) {
                // The test may have restarted the server under this
                // connection: connect again once.
                drop.finish();
                admin.close();
                dropped = admin.open() && QSqlQuery(admin).exec(sql);
            }
            if (!dropped)
                qWarning("PgTestDatabase: DROP DATABASE %s failed: %s", qPrintable(m_name),
                         qPrintable(admin.lastError().text()));
        }
        admin.close();
    }
    QSqlDatabase::removeDatabase(m_adminConnection);
}

PgPrivateServer::PgPrivateServer()
{
    if (!m_state.isValid()) {
        m_error = QStringLiteral("no temporary folder: %1").arg(m_state.errorString());
        return;
    }
    if (!run(QStringLiteral("start")))
        return;
    QFile urlFile(m_state.filePath(QStringLiteral("url")));
    if (!urlFile.open(QIODevice::ReadOnly)) {
        m_error = QStringLiteral("pg-test-server wrote no URL");
        return;
    }
    QUrl url(QString::fromUtf8(urlFile.readAll().trimmed()));
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("passfile"), m_state.filePath(QStringLiteral("pgpass")));
    url.setQuery(query);
    m_url = url.toString();
}

PgPrivateServer::~PgPrivateServer()
{
    if (m_state.isValid())
        run(QStringLiteral("stop"));
}

bool PgPrivateServer::restart()
{
    return run(QStringLiteral("restart"));
}

bool PgPrivateServer::run(const QString &command)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(QStringLiteral(NEUVO_PG_TEST_SERVER), {command, m_state.path()});
    if (!script.waitForFinished(120000) || script.exitStatus() != QProcess::NormalExit || script.exitCode() != 0) {
        m_error = QStringLiteral("pg-test-server %1 failed: %2")
                      .arg(command, QString::fromLocal8Bit(script.readAll()) + script.errorString());
        return false;
    }
    return true;
}

} // namespace neuvo::test
