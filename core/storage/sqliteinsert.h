#pragma once

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Plain INSERTs on an SQLite file through SQLite's own statement API.
// Internal to neuvo_storage (SqlStatement); the tests ask which way a query
// went.
namespace neuvo {

// An unprepared query for `sql` on `db`. When `db` is an SQLite connection
// and `sql` an INSERT that hands nothing back (no RETURNING), the query runs
// through SQLite's own statement API on the handle of the connection Qt
// opened, so inside the same transaction: Qt's driver looked up every
// placeholder's name, copied the values and made a QSqlError at every run,
// half of what an import spent writing a row. Each value is bound by the
// rules of Qt's SQLite driver (NULL for a null variant or string, integers
// as integers, text as UTF-16, anything else as its text), so the stored
// row is the same, and a failure carries the driver's error (text and
// result code). Such a query has no rows to read. Any other statement, and
// any other database, gets Qt's own query.
//
// Like every query, it must not outlive its connection: SQLite does not
// close a connection while one of its statements is open.
QSqlQuery queryFor(const QSqlDatabase &db, const QString &sql);

// Whether the query runs through SQLite's own API (see queryFor).
bool runsThroughSqliteApi(const QSqlQuery &query);

// How many statements queryFor() prepared on db's connection are still
// open (0 for any other database). Qt's driver finalizes its own statements when it closes
// the connection but knows nothing of these: one still open then makes
// SQLite refuse to close it (SQLITE_BUSY), and the file stays open with
// its write-ahead log. Database::close() checks that there are none.
int openSqliteInsertStatements(const QSqlDatabase &db);

} // namespace neuvo
