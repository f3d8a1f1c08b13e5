#pragma once

#include "core/domain/result.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <memory>

namespace neuvo {

struct InsertShape;

// A prepared statement with bound values and one place for error reporting,
// instead of repeating prepare/bind/exec/check at every call site.
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);
    ~SqlStatement();
    SqlStatement(const SqlStatement &) = delete;
    SqlStatement &operator=(const SqlStatement &) = delete;

    SqlStatement &bind(const QString &placeholder, const QVariant &value);
    Result<void> exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &query() { return m_query; }
    // The id a statement ending in RETURNING id handed back, read by exec().
    qint64 returnedRowId() const { return m_returnedId; }

private:
    QSqlQuery m_query;
    QString m_sql;
    QString m_file; // named in error messages
    // On a server: the connection and the table an INSERT, UPDATE or
    // DELETE writes, for Database's change announcements (empty for reads
    // and on SQLite).
    QString m_connectionName;
    QString m_writtenTable;
    bool m_prepared = false;
    bool m_returning = false; // the statement ends in RETURNING id
    qint64 m_returnedId = 0;
    // On a server, a plain INSERT's shape: while an InsertBatching is
    // alive its rows are gathered and sent many per statement.
    std::shared_ptr<const InsertShape> m_insertShape;
};

// Statements prepared once and run many times by one object, such as a
// store that inserts every row of an import: SQLite compiles each SQL text
// once instead of once per row. Every value is bound again before each run.
// The statements are finalized with the cache, so an object that lives for
// one call (as stores usually do) holds nothing open afterwards.
class StatementCache
{
public:
    SqlStatement &get(const QSqlDatabase &db, const QString &sql);

private:
    QHash<QString, std::shared_ptr<SqlStatement>> m_statements;
};

// What kind of failure an SQLite error is, from its result code (the primary
// code: extended codes carry it in the low byte).
enum class SqlFailure {
    Other,
    DiskFull,     // SQLITE_FULL, also when PRAGMA max_page_count is reached
    IoError,      // SQLITE_IOERR
    Busy,         // SQLITE_BUSY, SQLITE_LOCKED: another connection holds the lock
    ReadOnly,     // SQLITE_READONLY, SQLITE_PERM
    Corrupt,      // SQLITE_CORRUPT, SQLITE_NOTADB
    CannotOpen,   // SQLITE_CANTOPEN
    Constraint,   // SQLITE_CONSTRAINT: the data broke a rule of the schema
    // A server connection that broke: the server restarted or went away,
    // or the network failed (PostgreSQL's SQLSTATE class 08, 57P01,
    // 57P02). An open transaction is gone with it, wholly rolled back.
    ConnectionLost,
};
SqlFailure classifySqlError(const QSqlError &error);

// Whether an SQLite failure says the file itself is damaged (SQLITE_CORRUPT,
// SQLITE_NOTADB). A full disk, an I/O error, a lock or a permission say
// nothing about the file: they must never lead to "damaged" or to the
// advice to restore a backup.
bool isDamage(const QSqlError &error);

// The disk that holds path has almost no room left (under 1 MiB), so an
// I/O error there is most likely the disk being full: SQLite reports a -shm
// file it cannot extend as SQLITE_IOERR, not SQLITE_FULL. The free bytes,
// or -1 when the disk has room or cannot be asked.
qint64 freeBytesIfDiskNearlyFull(const QString &path);

// The one place where SQLite failures become messages: what happened to the
// file and what the user can do about it. Constraint and other errors keep
// SQLite's own text (it names the column), prefixed with "Database error:".
QString sqlErrorMessage(const QSqlError &error, const QString &databaseFile);

// The same for a file that could not even be read (opening, looking at it,
// checking it), when the failure is not damage (see isDamage): a full disk,
// an I/O error, a lock, no permission. Each message says the file is not
// known to be damaged and what to do instead; none suggests a restore.
QString sqlReadFailureMessage(const QSqlError &error, const QString &databaseFile);

// What a change meets when its server connection broke (SqlFailure::
// ConnectionLost): the server rolled the transaction back, so nothing of it
// was saved, and the next step connects again. database names the
// database, detail is the driver's reason.
QString connectionLostMessage(const QString &database, const QString &detail);

// NULL for a null date/empty optional, else the ISO text.
QVariant sqlDate(const QDate &date);
QDate dateFromSql(const QVariant &value);
QVariant sqlTimestamp(const QDateTime &utc);
QDateTime timestampFromSql(const QVariant &value);
QVariant sqlTime(const QTime &time);
QTime timeFromSql(const QVariant &value);
// NULL for 0 (an absent optional reference).
QVariant sqlId(qint64 id);

} // namespace neuvo
