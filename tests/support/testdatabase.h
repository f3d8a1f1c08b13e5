#pragma once

#include <QByteArray>
#include <QSqlDatabase>
#include <QString>
#include <QTemporaryDir>

#include <functional>

// The one database fixture of the suites that run on both engines: the
// same test, as NAME on SQLite files and as NAME_pg on the private
// PostgreSQL server of the run (neuvo_add_pg_test in
// cmake/NeuvoHelpers.cmake). A test asks freshDatabase() or
// suiteDatabase() for "its database" and opens what it gets with
// Database::open or neuvo-cli --db; only a test about one engine's own
// feature asks onServer().
namespace neuvo::test {

// The PostgreSQL server a test run may use, from NEUVO_TEST_DATABASE_URL
// (set by CTest for the NAME_pg variants); empty when the test runs on
// SQLite only.
QString testServerUrl();
// This run is the PostgreSQL one.
bool onServer();

// The database a test opens: file (a path in the test's temporary folder)
// on SQLite. On the server each call creates a fresh, empty database and
// returns its URL; all of them are dropped when the program ends. For a
// test that needs two databases at once (a copy from one to another).
QString freshDatabase(const QString &file);

// suiteDatabase(file) in testutil.h: the same, but on the server one
// database per test program, handed out as new for each call: its tables
// emptied and the rows its migrations put in restored (a few milliseconds,
// where CREATE DATABASE costs half a second and Neuvo's migrations of an
// empty database seconds). serverSuiteDatabase() is its server side:
// migrate (which opens the URL with Neuvo's Database and returns the error
// or nothing) makes the schema the first time, and again whenever a test
// changed it. Every connection still open to the database is closed, so
// the test must not hold a database from an earlier call.
QString serverSuiteDatabase(const std::function<QString(const QString &url)> &migrate);

// A database that does not exist: file (which the test must not create) on
// SQLite, on the server a URL naming a database that was never made.
QString missingDatabase(const QString &file);

// What a database holds, for "nothing was written": the bytes of a file
// (SQLite), or a hash of every row of every table on the server, read
// through a connection of its own. Empty when it cannot be read.
QByteArray contentHash(const QString &database);

// Opens a QPSQL connection called connectionName to a postgresql:// URL
// (postgresql://user[:password]@host[:port]/dbname?host=/socket/dir&sslmode=…);
// query items other than host, port, user, password and dbname pass through
// to libpq as connection options. The result is open or carries the error.
// Core's own URL handling is the storage layer's; this one is the tests', so
// that the server harness is testable without it.
QSqlDatabase openPostgres(const QString &url, const QString &connectionName);

// One fresh, empty database on the test server for one test case, created
// from template0 by the unprivileged test role and dropped (WITH (FORCE),
// closing any connection still open to it) when this object goes. A test
// that crashes leaves its database behind; the server, and with it every
// database, is thrown away at the end of the run.
class PgTestDatabase
{
public:
    explicit PgTestDatabase(const QString &serverUrl = testServerUrl());
    ~PgTestDatabase();
    PgTestDatabase(const PgTestDatabase &) = delete;
    PgTestDatabase &operator=(const PgTestDatabase &) = delete;

    bool isValid() const { return !m_url.isEmpty(); }
    // Why the database could not be made; empty when it was.
    QString error() const { return m_error; }
    QString name() const { return m_name; }
    // The server URL with this database in place of the server's own.
    QString url() const { return m_url; }

private:
    QString m_adminConnection;
    QString m_name;
    QString m_url;
    QString m_error;
};

// A PostgreSQL server of a test's own (tests/pg/pg-test-server in a
// temporary state folder), for a test that restarts or stops the server:
// doing that to the run's shared server would cut off every other test
// running beside it. Starting one takes seconds (initdb); most tests use
// the shared server through PgTestDatabase instead.
class PgPrivateServer
{
public:
    PgPrivateServer();
    ~PgPrivateServer();
    PgPrivateServer(const PgPrivateServer &) = delete;
    PgPrivateServer &operator=(const PgPrivateServer &) = delete;

    bool isRunning() const { return !m_url.isEmpty(); }
    QString error() const { return m_error; }
    // The server's test database, with libpq's passfile parameter naming
    // this server's password file (PGPASSFILE names the shared server's).
    QString url() const { return m_url; }
    // pg_ctl restart -m fast: every open connection is dropped.
    bool restart();

private:
    bool run(const QString &command);
    QTemporaryDir m_state;
    QString m_url;
    QString m_error;
};

} // namespace neuvo::test
