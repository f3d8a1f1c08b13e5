#include "sqlstatement.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlError>
#include <QTime>

namespace neuvo {

SqlStatement::SqlStatement(const QSqlDatabase &db, const QString &sql)
    : m_query(db)
    , m_sql(sql)
{
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
}

SqlStatement &SqlStatement::bind(const QString &placeholder, const QVariant &value)
{
    m_query.bindValue(placeholder, value);
    return *this;
}

Result<void> SqlStatement::exec()
{
    if (!m_prepared || !m_query.exec()) {
        const QSqlError error = m_query.lastError();
        return fail(QCoreApplication::translate("Database", "Database error: %1")
                        .arg(error.databaseText().isEmpty() ? error.text() : error.databaseText()));
    }
    return {};
}

QVariant sqlDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDate dateFromSql(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

QVariant sqlTimestamp(const QDateTime &utc)
{
    return utc.isValid() ? QVariant(utc.toUTC().toString(Qt::ISODate)) : QVariant(QMetaType(QMetaType::QString));
}

QDateTime timestampFromSql(const QVariant &value)
{
    if (value.isNull())
        return {};
    QDateTime dt = QDateTime::fromString(value.toString(), Qt::ISODate);
    return dt.toUTC();
}

QVariant sqlTime(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(QStringLiteral("HH:mm"))) : QVariant(QMetaType(QMetaType::QString));
}

QTime timeFromSql(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), QStringLiteral("HH:mm"));
}

QVariant sqlId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

} // namespace neuvo
