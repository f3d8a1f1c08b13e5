#pragma once

#include "core/domain/domain.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace neuvo {

class Database;

// How neuvo-cli shows stored records: --json of one record is the record as
// the exchange format writes it (docs/exchange-format.md), taken from
// Exchange::exportJson so there is one JSON writer for records; the text
// forms are for reading in a terminal.
class Records final
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    // The client with its observations, interactions and promises, and
    // "projects": its projects, each as in the exchange format.
    static Result<QJsonObject> clientJson(Database &db, qint64 clientId);
    // The profile as in the exchange format.
    static Result<QJsonObject> profileJson(Database &db);
    // The project as in the exchange format, plus "client_name" and "total".
    static Result<QJsonObject> projectJson(Database &db, qint64 projectId);

    // Every client's name by id, for lists that name the client; an Error
    // when mustExist (an id given on the command line) is not among them.
    static Result<QHash<qint64, QString>> clientNames(Database &db, qint64 mustExist = 0);

    // Dates and times as the command line takes them: YYYY-MM-DD, and
    // YYYY-MM-DD HH:MM in the system's time zone; "-" for none.
    static QString date(const QDate &date);
    static QString localTime(const QDateTime &utc);
    // "—" for none.
    static QString money(qint64 minor, const QString &currency);
    // "mon,tue,wed,thu,fri"
    static QString days(Weekdays days);
};

} // namespace neuvo
