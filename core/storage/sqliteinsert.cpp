#include "sqliteinsert.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>
#include <QTime>
#include <QVarLengthArray>

#include <sqlite3.h>

#include <QMutex>
#include <QSet>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != u"QSQLITE"_s || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

bool isPlainInsert(const QString &sql)
{
    const QStringView text = QStringView(sql).trimmed();
    return text.startsWith(u"INSERT", Qt::CaseInsensitive) && !text.contains(u"RETURNING", Qt::CaseInsensitive);
}

int bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    return sqlite3_bind_text16(statement, index, text.utf16(), int(text.size() * qsizetype(sizeof(char16_t))),
                               SQLITE_TRANSIENT);
}

// The value as QSQLiteResult::exec binds it.
int bindValueAsQtDoes(sqlite3_stmt *statement, int index, const QVariant &value)
{
    const int type = value.metaType().id();
    const void *data = value.constData();
    const bool null = value.isNull() || (type == QMetaType::QString && static_cast<const QString *>(data)->isNull())
                      || (type == QMetaType::QByteArray && static_cast<const QByteArray *>(data)->isNull())
                      || (type == QMetaType::QDateTime && !static_cast<const QDateTime *>(data)->isValid())
                      || (type == QMetaType::QDate && !static_cast<const QDate *>(data)->isValid())
                      || (type == QMetaType::QTime && !static_cast<const QTime *>(data)->isValid());
    if (null)
        return sqlite3_bind_null(statement, index);
    switch (type) {
    case QMetaType::QByteArray: {
        const auto *bytes = static_cast<const QByteArray *>(data);
        return sqlite3_bind_blob(statement, index, bytes->constData(), int(bytes->size()), SQLITE_TRANSIENT);
    }
    case QMetaType::Int:
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toInt());
    case QMetaType::Double:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::UInt:
    case QMetaType::LongLong:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::QDateTime:
        return bindText(statement, index, value.toDateTime().toString(Qt::ISODateWithMs));
    case QMetaType::QTime:
        return bindText(statement, index, value.toTime().toString(u"hh:mm:ss.zzz"));
    case QMetaType::QString:
        return bindText(statement, index, *static_cast<const QString *>(data));
    default:
        return bindText(statement, index, value.toString());
    }
}

// The error QSQLiteResult reports, so that messages and their
// classification (by the result code) stay the same.
QSqlError sqliteError(sqlite3 *handle, const char *what, int code, QSqlError::ErrorType type)
{
    return QSqlError(QCoreApplication::translate("QSQLiteResult", what), QString::fromUtf8(sqlite3_errmsg(handle)),
                     type, QString::number(code));
}

// Every statement SqliteInsertResult has prepared and not yet finalized,
// on any connection in any thread (openSqliteInsertStatements()). Touched
// once per prepare, not per run.
struct OpenStatements
{
    QMutex mutex;
    QSet<sqlite3_stmt *> statements;
};

OpenStatements &openStatements()
{
    static OpenStatements open;
    return open;
}

class SqliteInsertResult final : public QSqlResult
{
public:
    SqliteInsertResult(const QSqlDriver *driver, sqlite3 *handle)
        : QSqlResult(driver)
        , m_handle(handle)
    {
    }
    ~SqliteInsertResult() override { finalize(); }

protected:
    // Qt's own pass over the text for placeholders is not needed: SQLite
    // knows its named parameters.
    bool savePrepare(const QString &sql) override { return prepare(sql); }

    bool prepare(const QString &sql) override
    {
        finalize();
        m_parameters.clear();
        m_pendingError = QSqlError();
        setQuery(sql);
        const QByteArray utf8 = sql.toUtf8();
        const int result = sqlite3_prepare_v2(m_handle, utf8.constData(), int(utf8.size()), &m_statement, nullptr);
        if (result != SQLITE_OK) {
            setLastError(sqliteError(m_handle, "Unable to execute statement", result, QSqlError::StatementError));
            sqlite3_finalize(m_statement); // a no-op for null
            m_statement = nullptr;
            return false;
        }
        {
            OpenStatements &open = openStatements();
            const QMutexLocker locker(&open.mutex);
            open.statements.insert(m_statement);
        }
        m_bound.resize(sqlite3_bind_parameter_count(m_statement));
        std::fill(m_bound.begin(), m_bound.end(), false);
        return true;
    }

    void bindValue(const QString &placeholder, const QVariant &value, QSql::ParamType) override
    {
        const auto known = std::find_if(m_parameters.cbegin(), m_parameters.cend(),
                                        [&](const auto &parameter) { return parameter.first == placeholder; });
        int index = 0;
        if (known != m_parameters.cend()) {
            index = known->second;
        } else if (m_statement) {
            index = sqlite3_bind_parameter_index(m_statement, placeholder.toUtf8().constData());
            m_parameters.append({placeholder, index});
        }
        bindAt(index, value); // a name the text does not have is ignored
    }

    void bindValue(int position, const QVariant &value, QSql::ParamType) override { bindAt(position + 1, value); }

    bool exec() override
    {
        setSelect(false);
        setActive(false);
        if (!m_statement)
            return false; // the prepare's error stands
        if (m_pendingError.isValid()) {
            setLastError(std::exchange(m_pendingError, QSqlError()));
            return false;
        }
        if (std::find(m_bound.cbegin(), m_bound.cend(), false) != m_bound.cend()) {
            // As Qt's driver: a value left unbound is refused, not NULL.
            setLastError(QSqlError(QCoreApplication::translate("QSQLiteResult", "Parameter count mismatch"),
                                   QString(), QSqlError::StatementError));
            return false;
        }
        const int result = sqlite3_step(m_statement);
        if (result != SQLITE_DONE && result != SQLITE_ROW) {
            // Read before the reset, which may replace the message.
            setLastError(sqliteError(m_handle, "Unable to fetch row", result, QSqlError::ConnectionError));
            sqlite3_reset(m_statement);
            return false;
        }
        sqlite3_reset(m_statement);
        setActive(true);
        return true;
    }

    QVariant data(int) override { return {}; }
    bool isNull(int) override { return true; }
    bool reset(const QString &sql) override { return prepare(sql) && exec(); }
    bool fetch(int) override { return false; }
    bool fetchFirst() override { return false; }
    bool fetchLast() override { return false; }
    int size() override { return -1; }
    int numRowsAffected() override { return sqlite3_changes(m_handle); }
    QVariant lastInsertId() const override
    {
        const qint64 id = isActive() ? sqlite3_last_insert_rowid(m_handle) : 0;
        return id ? QVariant(id) : QVariant();
    }
    void detachFromResultSet() override
    {
        if (m_statement)
            sqlite3_reset(m_statement);
    }

private:
    void finalize()
    {
        if (!m_statement)
            return;
        {
            OpenStatements &open = openStatements();
            const QMutexLocker locker(&open.mutex);
            open.statements.remove(m_statement);
        }
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
    }

    void bindAt(int index, const QVariant &value)
    {
        if (!m_statement || index < 1 || index > m_bound.size())
            return;
        m_bound[index - 1] = true;
        if (const int result = bindValueAsQtDoes(m_statement, index, value);
            result != SQLITE_OK && !m_pendingError.isValid())
            m_pendingError = sqliteError(m_handle, "Unable to bind parameters", result, QSqlError::StatementError);
    }

    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    // Each placeholder's parameter number, looked up once.
    QVarLengthArray<std::pair<QString, int>, 32> m_parameters;
    QVarLengthArray<bool, 32> m_bound;
    // A value SQLite refused, reported by the next exec() as Qt does.
    QSqlError m_pendingError;
};

} // namespace

QSqlQuery queryFor(const QSqlDatabase &db, const QString &sql)
{
    if (isPlainInsert(sql)) {
        if (sqlite3 *handle = sqliteHandle(db))
            return QSqlQuery(new SqliteInsertResult(db.driver(), handle));
    }
    return QSqlQuery(db);
}

bool runsThroughSqliteApi(const QSqlQuery &query)
{
    return dynamic_cast<const SqliteInsertResult *>(query.result()) != nullptr;
}

int openSqliteInsertStatements(const QSqlDatabase &db)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return 0;
    OpenStatements &open = openStatements();
    const QMutexLocker locker(&open.mutex);
    if (open.statements.isEmpty())
        return 0;
    // Only this connection's (a statement's handle is where it was
    // prepared); another thread's connection may have its own open.
    int count = 0;
    for (sqlite3_stmt *st = sqlite3_next_stmt(handle, nullptr); st; st = sqlite3_next_stmt(handle, st)) {
        if (open.statements.contains(st))
            ++count;
    }
    return count;
}

} // namespace neuvo
