#pragma once

#include "core/domain/result.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <utility>

namespace neuvo {

class Database;

// The shape of a plain INSERT whose VALUES are placeholders only, such as
// "INSERT INTO stage (id, title) VALUES (:id, :title)": what a batch needs to
// send many of its rows in one statement.
struct InsertShape
{
    QString table;
    QString columns;          // the column list as written, without parentheses
    QStringList placeholders; // ":id", ":title", in the order of the columns

    // The shape of sql, or null when it is anything else (RETURNING, ON
    // CONFLICT, an expression among the values, a SELECT...).
    static std::shared_ptr<const InsertShape> of(const QString &sql);
};

// Rows of plain INSERTs gathered on a server connection inside a
// transaction, and sent many rows per statement: an import into PostgreSQL
// made one round trip per row, and on a loaded machine each waited for the
// server and the client to be scheduled in turn. Held by Database; filled by
// SqlStatement::exec() while an InsertBatching is alive. Rows keep their
// order within a table; the tables are sent in the order their first row
// came, so a parent's rows go before its children's. Each value goes
// through Qt's driver as the single-row statement's would, so the stored
// rows are the same.
class PendingInserts
{
public:
    PendingInserts(QString connectionName, QString databaseName);
    ~PendingInserts();
    Q_DISABLE_COPY_MOVE(PendingInserts)

    void add(const std::shared_ptr<const InsertShape> &shape, QVariantList values);
    // Names the rows added from now on in an error message.
    void setLabel(const QString &label) { m_label = label; }
    qsizetype count() const { return m_count; }
    // Sends every row gathered. A row the database refuses fails the whole
    // send with the database's message, prefixed by that row's label: the
    // rows are sent after a savepoint and, when a statement fails, again
    // one by one to find the row. The caller rolls the transaction back.
    Result<void> send();
    // Forgets the rows (the transaction is being rolled back).
    void drop();
    // Forgets the prepared statements too (before the connection closes).
    void release();

private:
    struct Row
    {
        QVariantList values;
        QString label;
    };
    struct Table
    {
        std::shared_ptr<const InsertShape> shape;
        QList<Row> rows;
    };
    QSqlQuery &statement(const InsertShape &shape, int rows);
    Result<void> locateRefusedRow(const QSqlError &batchError);
    Error refused(const QSqlError &error, const QString &label) const;

    QString m_connectionName;
    QString m_databaseName; // named in error messages
    QString m_label;
    QList<Table> m_tables;
    qsizetype m_count = 0;
    // Prepared once per (table, rows in one statement).
    QHash<std::pair<QString, int>, std::shared_ptr<QSqlQuery>> m_statements;
};

// Database's, for the rows gathered on its connection: a top-level
// transaction began; it ends (the rows still gathered are sent when result
// is a success, else dropped, so none is left for the next transaction);
// the connection closes. The statements that sent them are freed only
// when the transaction has ended (endGatheredInserts, after its COMMIT or
// ROLLBACK): a transaction a refused row aborted takes nothing but ROLLBACK.
void gatheredInsertsTransactionBegins(const QString &connectionName);
Result<void> settleGatheredInserts(const QString &connectionName, Result<void> result);
void endGatheredInserts(const QString &connectionName);
void forgetGatheredInserts(const QString &connectionName);
// SqlStatement's: the rows gathered on a server connection, or null when
// there are none; *gathering says whether an INSERT run now is to be added
// (an InsertBatching is alive and a transaction open).
PendingInserts *pendingInsertsFor(const QString &connectionName, bool *gathering);

// While alive, plain INSERTs that stores run on db inside a transaction
// are gathered and sent many rows per statement (see PendingInserts), on a
// PostgreSQL server; on SQLite, where a row costs no round trip, it does
// nothing. Make it inside the transaction it serves (Database::transaction
// or rehearse; made outside one it asserts, and in a release build
// gathers nothing). What is still gathered when it ends is sent before the
// transaction commits. A store's create() then succeeds before the
// database has seen its row: a row the database refuses is reported by
// startRecord(), flush(), finish() or the COMMIT, under the label that
// named it. End it with finish() once its records are written, so that
// later statements of the transaction are not labelled as the last record.
class InsertBatching
{
public:
    // rowsPerSend: how many rows are gathered before startRecord() sends
    // them (more rows per send, fewer round trips; tests use a few).
    explicit InsertBatching(Database &db, qsizetype rowsPerSend = 1000);
    ~InsertBatching();
    Q_DISABLE_COPY_MOVE(InsertBatching)

    // Rows gathered from here on are named by label in error messages.
    void setLabel(const QString &label);
    // Sends the rows gathered so far when they are many, then names the
    // next ones by label. A refusal's message names the refused row's label.
    Result<void> startRecord(const QString &label);
    // Sends every row gathered so far.
    Result<void> flush();
    // Sends every row gathered so far and stops gathering: INSERTs run
    // from here on go one by one, and a refusal is reported by the
    // statement that made it, not under this batching's last label.
    Result<void> finish();

private:
    PendingInserts *pending() const;
    void stopGathering();

    QString m_connectionName; // empty on SQLite
    qsizetype m_rowsPerSend;
};

} // namespace neuvo
