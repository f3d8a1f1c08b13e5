#pragma once

#include "result.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace neuvo {

// A prepared statement with bound values and one place for error reporting,
// instead of repeating prepare/bind/exec/check at every call site.
class SqlStatement
{
public:
    SqlStatement(const QSqlDatabase &db, const QString &sql);

    SqlStatement &bind(const QString &placeholder, const QVariant &value);
    Result<void> exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    QVariant value(const QString &name) const { return m_query.value(name); }
    qint64 lastInsertId() const { return m_query.lastInsertId().toLongLong(); }
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &query() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
};

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
