#include "factsrows.h"

#include "core/storage/sqlstatement.h"
#include "core/storage/sqltext.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QVariant>

#include <sqlite3.h>

#include <cstring>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

class PortableRows final : public FactsRows
{
public:
    PortableRows(const QSqlDatabase &db, const QString &sql)
        : m_statement(db, sql)
    {
    }

    Result<void> exec() { return m_statement.exec(); }

    bool next() override { return m_statement.next(); }
    Result<void> status() const override
    {
        const QSqlError error = m_statement.query().lastError();
        if (error.type() != QSqlError::NoError)
            return fail(error.text());
        return {};
    }
    // Asks the driver (PQgetisnull on PostgreSQL) rather than making the
    // column's QVariant, which for a date means parsing it.
    bool isNull(int column) const override { return m_statement.query().isNull(column); }
    qint64 integer(int column) const override { return m_statement.value(column).toLongLong(); }
    QString text(int column) const override { return m_statement.value(column).toString(); }
    QDate date(int column) const override { return dateFromSql(m_statement.value(column)); }
    QDateTime timestamp(int column) const override { return timestampFromSql(m_statement.value(column)); }

protected:
    int indexOfText(int column, const char *const *ids, int count) const override
    {
        const QString value = m_statement.value(column).toString();
        for (int i = 0; i < count; ++i) {
            if (value == QLatin1StringView(ids[i]))
                return i;
        }
        return -1;
    }

private:
    // QSqlQuery::isNull() and lastError() are const, SqlStatement::query()
    // is not.
    mutable SqlStatement m_statement;
};

class SqliteRows final : public FactsRows
{
public:
    explicit SqliteRows(sqlite3 *db)
        : m_db(db)
    {
    }
    ~SqliteRows() override { sqlite3_finalize(m_statement); }

    Result<void> prepare(const QString &sql)
    {
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) != SQLITE_OK)
            return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
        return {};
    }

    bool next() override
    {
        m_result = sqlite3_step(m_statement);
        return m_result == SQLITE_ROW;
    }
    Result<void> status() const override
    {
        if (m_result == SQLITE_DONE)
            return {};
        return fail(QString::fromUtf8(sqlite3_errmsg(m_db)));
    }
    bool isNull(int column) const override { return sqlite3_column_type(m_statement, column) == SQLITE_NULL; }
    qint64 integer(int column) const override { return sqlite3_column_int64(m_statement, column); }
    QString text(int column) const override
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        return QString::fromUtf8(bytes, sqlite3_column_bytes(m_statement, column));
    }
    QDate date(int column) const override
    {
        if (isNull(column))
            return {};
        return parsed(column, dateFromSqlText);
    }
    QDateTime timestamp(int column) const override
    {
        if (isNull(column))
            return {};
        return parsed(column, timestampFromSqlText);
    }

protected:
    int indexOfText(int column, const char *const *ids, int count) const override
    {
        const auto *bytes = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
        const auto size = std::size_t(sqlite3_column_bytes(m_statement, column));
        if (!bytes)
            return -1;
        for (int i = 0; i < count; ++i) {
            if (std::strlen(ids[i]) == size && std::memcmp(ids[i], bytes, size) == 0)
                return i;
        }
        return -1;
    }

private:
    // The parser shared with the portable reader reads UTF-16: a short
    // ASCII text (every stored date and time) is widened on the stack,
    // anything else goes through a QString.
    template<typename T>
    T parsed(int column, T (*parse)(QStringView)) const
    {
        const auto *bytes = sqlite3_column_text(m_statement, column);
        const int size = sqlite3_column_bytes(m_statement, column);
        char16_t wide[32];
        if (bytes && size <= int(std::size(wide))) {
            bool plain = true;
            for (int i = 0; i < size; ++i) {
                plain = plain && bytes[i] < 0x80;
                wide[i] = bytes[i];
            }
            if (plain)
                return parse(QStringView(wide, size));
        }
        return parse(QStringView(text(column)));
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    int m_result = SQLITE_DONE;
};

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    if (db.driverName() != u"QSQLITE"_s || !db.driver())
        return nullptr;
    const QVariant handle = db.driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

} // namespace

FactsRows::Reader FactsRows::readerFor(const QSqlDatabase &db)
{
    return sqliteHandle(db) ? Reader::SqliteApi : Reader::Portable;
}

Result<std::unique_ptr<FactsRows>> FactsRows::select(const QSqlDatabase &db, const QString &sql, Reader reader)
{
    if (reader == Reader::SqliteApi) {
        sqlite3 *handle = sqliteHandle(db);
        if (!handle)
            return fail(u"The database connection has no SQLite handle."_s);
        auto rows = std::make_unique<SqliteRows>(handle);
        if (auto prepared = rows->prepare(sql); !prepared)
            return Error{prepared.error()};
        return std::unique_ptr<FactsRows>(std::move(rows));
    }
    auto rows = std::make_unique<PortableRows>(db, sql);
    if (auto ran = rows->exec(); !ran)
        return Error{ran.error()};
    return std::unique_ptr<FactsRows>(std::move(rows));
}

} // namespace neuvo
