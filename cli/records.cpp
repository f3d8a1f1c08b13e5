#include "records.h"

#include "core/domain/pricing.h"
#include "core/exchange/exchange.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

Result<QJsonObject> exported(Database &db)
{
    const auto json = Exchange::exportJson(db);
    if (!json)
        return Error{json.error()};
    return QJsonDocument::fromJson(*json).object();
}

QJsonObject findById(const QJsonArray &records, qint64 id)
{
    for (const QJsonValue &record : records) {
        if (record[u"id"_s].toInteger() == id)
            return record.toObject();
    }
    return {};
}

Error notFound(const char *what, qint64 id)
{
    return fail(QCoreApplication::translate("Database", "%1 #%2 does not exist.")
                    .arg(QCoreApplication::translate("Database", what))
                    .arg(id));
}

} // namespace

Result<QJsonObject> Records::clientJson(Database &db, qint64 clientId)
{
    const auto all = exported(db);
    if (!all)
        return Error{all.error()};
    QJsonObject client = findById((*all)[u"clients"_s].toArray(), clientId);
    if (client.isEmpty())
        return notFound(QT_TRANSLATE_NOOP("Database", "Client"), clientId);
    QJsonArray projects;
    for (const QJsonValue &project : (*all)[u"projects"_s].toArray()) {
        if (project[u"client"_s].toInteger() == clientId)
            projects.append(project);
    }
    client.insert(u"projects"_s, projects);
    return client;
}

Result<QJsonObject> Records::profileJson(Database &db)
{
    const auto all = exported(db);
    if (!all)
        return Error{all.error()};
    return (*all)[u"profile"_s].toObject();
}

Result<QJsonObject> Records::projectJson(Database &db, qint64 projectId)
{
    const auto all = exported(db);
    if (!all)
        return Error{all.error()};
    QJsonObject project = findById((*all)[u"projects"_s].toArray(), projectId);
    if (project.isEmpty())
        return notFound(QT_TRANSLATE_NOOP("Database", "Project"), projectId);
    const QJsonObject client = findById((*all)[u"clients"_s].toArray(), project[u"client"_s].toInteger());
    project.insert(u"client_name"_s, client[u"name"_s]);
    const auto stored = ProjectStore(db).get(projectId);
    if (!stored)
        return Error{stored.error()};
    const auto price = Pricing::compute(*stored);
    project.insert(u"total"_s, price ? QJsonValue(price->total.toDecimalString()) : QJsonValue());
    return project;
}

Result<QHash<qint64, QString>> Records::clientNames(Database &db, qint64 mustExist)
{
    const auto clients = ClientStore(db).list();
    if (!clients)
        return Error{clients.error()};
    QHash<qint64, QString> names;
    for (const Client &c : *clients)
        names.insert(c.id, c.name);
    if (mustExist > 0 && !names.contains(mustExist))
        return notFound(QT_TRANSLATE_NOOP("Database", "Client"), mustExist);
    return names;
}

QString Records::date(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"-"_s;
}

QString Records::localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(u"yyyy-MM-dd HH:mm"_s) : u"-"_s;
}

QString Records::money(qint64 minor, const QString &currency)
{
    return Money(minor, currency).formatWithCode();
}

QString Records::days(Weekdays days)
{
    return weekdayIds(days).join(u',');
}

} // namespace neuvo
