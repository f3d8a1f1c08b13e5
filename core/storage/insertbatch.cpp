#include "insertbatch.h"

#include "database.h"
#include "sqldialect.h"
#include "sqlstatement.h"

#include <QAtomicInt>
#include <QMutex>
#include <QRegularExpression>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// Rows in one statement at most: with the widest table (client, 20
// columns) 2 560 values, far below PostgreSQL's limit of 65 535 parameters,
// and a few hundred kilobytes of text at most.
constexpr int kMaxRowsPerStatement = 128;

const QString kSavepoint = u"neuvo_gathered_rows"_s;

} // namespace

std::shared_ptr<const InsertShape> InsertShape::of(const QString &sql)
{
    static const QRegularExpression insert(
        u"^\\s*INSERT\\s+INTO\\s+(\\w+)\\s*\\(([\\w\\s,]+)\\)\\s*VALUES\\s*\\(\\s*(:\\w+(?:\\s*,\\s*:\\w+)*)\\s*\\)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption);
    const auto match = insert.match(sql);
    if (!match.hasMatch())
        return nullptr;
    auto shape = std::make_shared<InsertShape>();
    shape->table = match.captured(1);
    shape->columns = match.captured(2).simplified();
    const QStringList placeholders = match.captured(3).split(u',');
    for (const QString &placeholder : placeholders) {
        const QString name = placeholder.trimmed();
        // A placeholder named twice binds one value in two places: not a
        // plain list of values.
        if (shape->placeholders.contains(name))
            return nullptr;
        shape->placeholders << name;
    }
    if (shape->placeholders.size() != shape->columns.count(u',') + 1)
        return nullptr;
    return shape;
}

PendingInserts::PendingInserts(QString connectionName, QString databaseName)
    : m_connectionName(std::move(connectionName))
    , m_databaseName(std::move(databaseName))
{
}

PendingInserts::~PendingInserts() = default;

void PendingInserts::add(const std::shared_ptr<const InsertShape> &shape, QVariantList values)
{
    // The same SQL text (a store's cached statement) has the same shape
    // object; the tables are few, so a linear look is enough.
    Table *table = nullptr;
    for (Table &t : m_tables) {
        if (t.shape == shape || (t.shape->table == shape->table && t.shape->columns == shape->columns)) {
            table = &t;
            break;
        }
    }
    if (!table) {
        m_tables.append(Table{shape, {}});
        table = &m_tables.last();
    }
    table->rows.append(Row{std::move(values), m_label});
    ++m_count;
}

void PendingInserts::drop()
{
    m_tables.clear();
    m_count = 0;
}

void PendingInserts::release()
{
    drop();
    m_statements.clear();
}

QSqlQuery &PendingInserts::statement(const InsertShape &shape, int rows)
{
    std::shared_ptr<QSqlQuery> &query = m_statements[{shape.table + u'(' + shape.columns, rows}];
    if (!query) {
        QString tuple = u"("_s;
        for (qsizetype i = 0; i < shape.placeholders.size(); ++i)
            tuple += i == 0 ? u"?"_s : u", ?"_s;
        tuple += u')';
        QString sql = u"INSERT INTO %1 (%2) VALUES "_s.arg(shape.table, shape.columns);
        for (int i = 0; i < rows; ++i) {
            if (i > 0)
                sql += u", "_s;
            sql += tuple;
        }
        query = std::make_shared<QSqlQuery>(QSqlDatabase::database(m_connectionName, false));
        query->setForwardOnly(true);
        // A failed prepare shows again, with its error, at exec().
        query->prepare(sql);
    }
    return *query;
}

Error PendingInserts::refused(const QSqlError &error, const QString &label) const
{
    Database::noteFailure(m_connectionName, error);
    const QString message = sqlErrorMessage(error, m_databaseName, SqlDialect::postgresql());
    return fail(label.isEmpty() ? message : label + u": "_s + message);
}

Result<void> PendingInserts::send()
{
    if (m_count == 0)
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    // The savepoint lets a refused statement be undone and its rows sent
    // again one by one, to name the row the server refuses.
    QSqlQuery savepoint(db);
    if (!savepoint.exec(u"SAVEPOINT "_s + kSavepoint)) {
        const QSqlError error = savepoint.lastError();
        drop();
        return refused(error, {});
    }
    for (const Table &table : std::as_const(m_tables)) {
        qsizetype next = 0;
        while (next < table.rows.size()) {
            // A full statement, else the largest power of two that fits, so
            // that a table needs at most eight prepared statements.
            const qsizetype left = table.rows.size() - next;
            int rows = kMaxRowsPerStatement;
            while (rows > left)
                rows /= 2;
            QSqlQuery &query = statement(*table.shape, rows);
            int position = 0;
            for (int r = 0; r < rows; ++r) {
                for (const QVariant &value : table.rows.at(next + r).values)
                    query.bindValue(position++, value);
            }
            if (!query.exec())
                return locateRefusedRow(query.lastError());
            next += rows;
        }
        Database::noteWrite(m_connectionName, table.shape->table.toLower());
    }
    drop();
    QSqlQuery release(db);
    if (!release.exec(u"RELEASE SAVEPOINT "_s + kSavepoint))
        return refused(release.lastError(), {});
    return {};
}

Result<void> PendingInserts::locateRefusedRow(const QSqlError &batchError)
{
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    const auto fallback = [&] {
        const Error error = refused(batchError, {});
        drop();
        return error;
    };
    if (SqlDialect::postgresql().classify(batchError) == SqlFailure::ConnectionLost)
        return fallback();
    QSqlQuery rollback(db);
    if (!rollback.exec(u"ROLLBACK TO SAVEPOINT "_s + kSavepoint))
        return fallback();
    for (const Table &table : std::as_const(m_tables)) {
        QSqlQuery &query = statement(*table.shape, 1);
        for (const Row &row : table.rows) {
            for (int i = 0; i < row.values.size(); ++i)
                query.bindValue(i, row.values.at(i));
            if (!query.exec()) {
                const Error error = refused(query.lastError(), row.label);
                drop();
                return error;
            }
        }
    }
    // Every row went in alone: the refusal was of the statement as a whole.
    return fallback();
}

namespace {

// The gathered rows of each server connection that has an InsertBatching
// alive or rows not yet sent, by connection name.
struct ConnectionRows
{
    std::shared_ptr<PendingInserts> pending;
    int batchings = 0;
    bool inTransaction = false;
};

QMutex &rowsMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, ConnectionRows> &rowsByConnection()
{
    static QHash<QString, ConnectionRows> rows;
    return rows;
}

// Entries in rowsByConnection(): while there are none, a statement need
// not look.
QAtomicInt connectionsWithRows;

} // namespace

void gatheredInsertsTransactionBegins(const QString &connectionName)
{
    if (connectionsWithRows.loadRelaxed() == 0)
        return;
    QMutexLocker locker(&rowsMutex());
    if (auto it = rowsByConnection().find(connectionName); it != rowsByConnection().end())
        it->inTransaction = true;
}

Result<void> settleGatheredInserts(const QString &connectionName, Result<void> result)
{
    if (connectionsWithRows.loadRelaxed() == 0)
        return result;
    QMutexLocker locker(&rowsMutex());
    auto it = rowsByConnection().find(connectionName);
    if (it == rowsByConnection().end())
        return result;
    // Rows still gathered are sent within the transaction, so a row the
    // server refuses fails the change (or the rehearsal) like any
    // statement of it; after a failure they are dropped with it.
    if (it->pending && it->pending->count() > 0) {
        const QSqlDatabase db = QSqlDatabase::database(connectionName, false);
        if (!result || !db.isOpen())
            it->pending->drop();
        else
            result = it->pending->send();
    }
    return result;
}

void endGatheredInserts(const QString &connectionName)
{
    if (connectionsWithRows.loadRelaxed() == 0)
        return;
    QMutexLocker locker(&rowsMutex());
    auto it = rowsByConnection().find(connectionName);
    if (it == rowsByConnection().end())
        return;
    it->inTransaction = false;
    // The prepared statements are freed here, after the COMMIT or
    // ROLLBACK: in a transaction a refused row has aborted, the server
    // would refuse to free them (Database::keepUntilTransactionEnds). They
    // belong to this connection, which may be reopened before the next
    // transaction.
    if (it->batchings == 0) {
        rowsByConnection().erase(it);
        connectionsWithRows.deref();
    } else {
        it->pending.reset();
    }
}

void forgetGatheredInserts(const QString &connectionName)
{
    if (connectionsWithRows.loadRelaxed() == 0)
        return;
    QMutexLocker locker(&rowsMutex());
    if (rowsByConnection().remove(connectionName))
        connectionsWithRows.deref();
}

PendingInserts *pendingInsertsFor(const QString &connectionName, bool *gathering)
{
    *gathering = false;
    if (connectionsWithRows.loadRelaxed() == 0)
        return nullptr;
    QMutexLocker locker(&rowsMutex());
    auto it = rowsByConnection().find(connectionName);
    if (it == rowsByConnection().end())
        return nullptr;
    *gathering = it->batchings > 0 && it->inTransaction;
    if (*gathering && !it->pending)
        it->pending = std::make_shared<PendingInserts>(connectionName, QSqlDatabase::database(connectionName, false).databaseName());
    return it->pending && (*gathering || it->pending->count() > 0) ? it->pending.get() : nullptr;
}

InsertBatching::InsertBatching(Database &db, qsizetype rowsPerSend)
    : m_rowsPerSend(rowsPerSend)
{
    // Outside a transaction each INSERT commits on its own, and a gathered
    // row would wait, neither committed nor refused, for the next
    // statement or a transaction's end. A mistake of the caller's: in a
    // release build the INSERTs then run one by one, as without batching.
    if (!db.isInWriteTransaction()) {
        qCritical("InsertBatching made outside a transaction: its INSERTs are not gathered");
        Q_ASSERT_X(false, "InsertBatching", "made outside a transaction");
        return;
    }
    const QSqlDatabase connection = db.connection();
    if (SqlDialect::of(connection).isFile())
        return;
    m_connectionName = connection.connectionName();
    QMutexLocker locker(&rowsMutex());
    auto it = rowsByConnection().find(m_connectionName);
    if (it == rowsByConnection().end()) {
        it = rowsByConnection().insert(m_connectionName, ConnectionRows{});
        connectionsWithRows.ref();
        // Made inside the transaction it serves (the import's).
        it->inTransaction = true;
    }
    ++it->batchings;
}

InsertBatching::~InsertBatching()
{
    stopGathering();
}

void InsertBatching::stopGathering()
{
    if (m_connectionName.isEmpty())
        return;
    const QString connectionName = std::exchange(m_connectionName, QString());
    QMutexLocker locker(&rowsMutex());
    auto it = rowsByConnection().find(connectionName);
    if (it == rowsByConnection().end())
        return; // the connection was closed
    --it->batchings;
    // Rows not sent yet stay for the transaction's end to send or drop.
    if (it->batchings == 0 && !it->inTransaction && (!it->pending || it->pending->count() == 0)) {
        rowsByConnection().erase(it);
        connectionsWithRows.deref();
    }
}

PendingInserts *InsertBatching::pending() const
{
    // Looked up each time: closing the connection frees the rows.
    if (m_connectionName.isEmpty())
        return nullptr;
    bool gathering = false;
    return pendingInsertsFor(m_connectionName, &gathering);
}

void InsertBatching::setLabel(const QString &label)
{
    if (PendingInserts *rows = pending())
        rows->setLabel(label);
}

Result<void> InsertBatching::startRecord(const QString &label)
{
    PendingInserts *rows = pending();
    if (!rows)
        return {};
    if (rows->count() >= m_rowsPerSend) {
        if (auto sent = rows->send(); !sent)
            return sent;
    }
    rows->setLabel(label);
    return {};
}

Result<void> InsertBatching::flush()
{
    PendingInserts *rows = pending();
    return rows ? rows->send() : Result<void>{};
}

Result<void> InsertBatching::finish()
{
    Result<void> sent = flush();
    stopGathering();
    return sent;
}

} // namespace neuvo
