#pragma once

#include "core/domain/result.h"
#include "sqlstatement.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

class QSqlDriver;

namespace neuvo {

struct Migration;

// One schema object as the engine lists it: tables, indexes, triggers and
// views Neuvo's migrations could have made, without the engine's own (an
// SQLite automatic index, the index behind a PostgreSQL primary key).
struct SqlSchemaObject
{
    QString type; // table, index, trigger, view
    QString name;
    QString table;
    QString sql; // the engine's text for it; compared only by SQLite's full check
};

// Everything about SQL that differs between the engines Neuvo runs on, in
// one place: the stores and the migrations are written once, and what an
// engine needs differently is asked of its dialect here instead of being
// decided by "if PostgreSQL" at each call site.
//
// The migrations are written in SQLite's SQL, which is what an SQLite file
// holds byte for byte (SchemaCheck compares the statements), and
// PostgreSqlDialect::schemaStatements rewrites the handful of SQLite forms
// they use into PostgreSQL's; every other line is standard SQL both read
// the same. tst_sqldialect refuses a step that uses a form the rewrite does
// not know, so a new step cannot reach a server half-translated.
class SqlDialect
{
    Q_DECLARE_TR_FUNCTIONS(SqlDialect)

public:
    virtual ~SqlDialect() = default;

    static const SqlDialect &sqlite();
    static const SqlDialect &postgresql();
    // The dialect of an open connection, by its Qt driver (SQLite's when
    // the driver is not one Neuvo knows).
    static const SqlDialect &of(const QSqlDatabase &db);
    static const SqlDialect &of(const QSqlDriver *driver);
    // Whether location names a database server rather than a file:
    // postgresql:// and postgres:// URLs.
    static bool isServerUrl(const QString &location);

    // The Qt SQL driver (QSQLITE, QPSQL) and the engine's name for messages.
    virtual QString driverName() const = 0;
    virtual QString engineName() const = 0;
    // Whether the database is a file this process opens itself (SQLite):
    // the one-writer lock, file permissions, the header and damage checks,
    // the file copies of BackupManager and VACUUM INTO exist only there.
    virtual bool isFile() const = 0;

    // The statements that make migration step on this engine, in order.
    virtual QStringList schemaStatements(const Migration &step) const = 0;
    // The schema version of the database: 0 for an empty one, -1 with
    // *hasOtherTables when it holds tables but is not Neuvo's. An error
    // when it cannot be read.
    virtual Result<int> readSchemaVersion(const QSqlDatabase &db, bool *hasOtherTables) const = 0;
    // The statement, run in a step's transaction, that records its version.
    virtual QString setSchemaVersionStatement(int version) const = 0;

    // How a write transaction starts: SQLite takes its write lock up front
    // (BEGIN IMMEDIATE) so a busy file fails before any work; PostgreSQL
    // locks rows as it writes them.
    virtual QString beginWriteStatement() const = 0;
    // How a transaction that only reads starts, so that all its queries see
    // one committed state while others write.
    virtual QString beginReadStatement() const = 0;
    // Inside a write transaction: check foreign keys at its COMMIT rather
    // than at each statement, so an import can write a record before the
    // one it names. Ends with the transaction on both engines.
    virtual QString deferForeignKeysStatement() const = 0;
    // An ORDER BY term sorting column case-insensitively.
    virtual QString caseInsensitiveOrder(const QString &column) const = 0;

    // Around reading the schema version, the backup and the migration of an
    // older database: two Neuvo processes that open it at once must not
    // both migrate it. The second waits at the lock, then reads the version
    // again and finds nothing to do. PostgreSQL: a session-level advisory
    // lock (migrationLockKey), not a transaction one, because the backup
    // and the steps (one transaction each) span several transactions; the
    // server releases it too when the connection ends, so a killed process
    // cannot leave it held. Empty on SQLite, where the file's one-writer
    // lock (DatabaseLock) already keeps a second process out.
    virtual QString lockForMigrationStatement() const = 0;
    virtual QString unlockAfterMigrationStatement() const = 0;
    // The advisory lock's key: "NeuvoMig" as a big-endian 64-bit integer.
    // Advisory locks are per database, so one key serves every database on
    // a server.
    static constexpr qint64 migrationLockKey = 0x4E6575766F4D6967;

    // What kind of failure an error of this engine is (SqlFailure in
    // sqlstatement.h: SQLite's result codes; PostgreSQL's SQLSTATE classes).
    virtual SqlFailure classify(const QSqlError &error) const = 0;

    // The tables, indexes, triggers and views in the database (SchemaCheck).
    virtual Result<QList<SqlSchemaObject>> listSchema(const QSqlDatabase &db) const = 0;
    // Whether SchemaCheck can compare the statements of the objects (SQLite
    // builds the expected schema in memory) or only their names and types.
    virtual bool comparesStatements() const = 0;

    // The refusal of a feature that exists only for SQLite files (the file
    // lock, VACUUM INTO, restoring a damaged file from its backups) when
    // asked of a database on this engine; empty when the feature is there.
    QString fileOnlyFeature(const QString &feature) const;
};

// The engine-aware forms of classifySqlError, isDamage, sqlErrorMessage and
// sqlReadFailureMessage (sqlstatement.h), whose two-argument forms read an
// error as SQLite's.
SqlFailure classifySqlError(const QSqlError &error, const SqlDialect &dialect);
QString sqlErrorMessage(const QSqlError &error, const QString &database, const SqlDialect &dialect);
QString sqlReadFailureMessage(const QSqlError &error, const QString &database, const SqlDialect &dialect);

// The id an "INSERT ... RETURNING id" stored, on every engine (SQLite has
// RETURNING since 3.35; PostgreSQL has no last insert id). Ends the
// statement, so that a cached one does not keep a write open at COMMIT.
qint64 returnedId(SqlStatement &statement);

} // namespace neuvo
