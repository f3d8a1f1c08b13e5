#pragma once

#include "redflags.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace neuvo {

// What `neuvo-cli flags` and `neuvo-cli alerts` print, built here so the CLI
// and the tests share it. clientId 0 = every client.
class FindingsReport final
{
    Q_DECLARE_TR_FUNCTIONS(FindingsReport)

public:
    // {"today": "...", "clients": [{"id", "name", "risk", "score",
    //   "findings": [{"rule", "kind", "severity", "project", "evidence"}]}]}
    // Every client is listed (a clean one as "ok" with no findings); only
    // flags are listed under a client, alerts have their own report.
    static QJsonObject flagsJson(const Facts &facts, const QList<Finding> &findings,
                                 const QDate &today, qint64 clientId = 0);
    // The same report as the bytes QJsonDocument(flagsJson(...)).toJson()
    // gives (indented, keys in order, "}\n" at the end), written as it goes:
    // building the QJsonObject and then its text took a fifth of
    // `neuvo-cli flags --json` on a large file.
    static QByteArray flagsJsonText(const Facts &facts, const QList<Finding> &findings,
                                    const QDate &today, qint64 clientId = 0);
    // {"today": "...", "alerts": [{"rule", "kind", "severity", "date",
    //   "client", "client_name", "project", "project_title", "evidence"}]},
    // soonest first.
    static QJsonObject alertsJson(const Facts &facts, const QList<Finding> &findings,
                                  const QDate &today);
    // The same as readable plain text tables.
    static QString flagsText(const Facts &facts, const QList<Finding> &findings,
                             const QDate &today, qint64 clientId = 0);
    static QString alertsText(const Facts &facts, const QList<Finding> &findings,
                              const QDate &today);
    // Whether the report for these arguments contains a High finding:
    // the CLI exits with 3 then.
    static bool flagsHaveHigh(const QList<Finding> &findings, qint64 clientId = 0);
    static bool alertsHaveHigh(const QList<Finding> &findings);
};

} // namespace neuvo
