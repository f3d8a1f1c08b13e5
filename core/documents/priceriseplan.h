#pragma once

#include "documentlanguage.h"

#include "core/domain/domain.h"
#include "core/domain/negotiationstats.h"
#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace neuvo {

// The price-rise planner. The article: working for old clients becomes
// unprofitable once new offers pay more, so raise their prices, warn at
// least a month ahead (the client has time to find someone else), and go
// through with it. A client is listed when their effective rate (money
// received per hour of finished work) is under the median rate of the last
// new agreements in the same currency and they have a project under way to
// put the new price on. Pure functions; applying is one stored PriceChange.
class PriceRisePlan final
{
    Q_DECLARE_TR_FUNCTIONS(PriceRisePlan)

public:
    struct Candidate
    {
        qint64 clientId = 0;
        QString clientName;
        qint64 projectId = 0; // the project the new price is put on
        QString projectTitle;
        QString currency;
        qint64 effectiveRateMinor = 0; // per hour, the client's
        qint64 recentRateMinor = 0;    // per hour, the last new agreements'
        qint64 currentPriceMinor = 0;  // the project's base price today
        // The current price raised by recent ÷ effective, rounded up to a
        // multiple of 10 whole units of the currency.
        qint64 suggestedPriceMinor = 0;
        int noticeDays = 0;
        QDate termEnd;     // the current contract term's end, or null
        QDate effectiveOn; // max(today + notice days, term end)
        // A rise already planned on the project from today on: nothing new
        // to apply.
        std::optional<PriceChange> alreadyPlanned;
    };

    static QList<Candidate> plan(const Profile &profile, const QList<Client> &clients,
                                 const QList<Project> &projects, const NegotiationStats::Report &stats,
                                 const NegotiationStats::ProjectLogDays &logDays, const QDate &today);

    // The project's base price on a day: the latest price change in effect
    // by then, else the base price.
    static qint64 priceOn(const Project &project, const QDate &day);
    // The rounded-up price: current × recent ÷ effective, to 10 whole units.
    static qint64 suggestedPrice(qint64 currentMinor, qint64 recentRateMinor, qint64 effectiveRateMinor,
                                 const QString &currency);

    // The notice letter, in the document language: the new price, the date
    // it takes effect and why, said once and firmly.
    static QString letter(const Candidate &candidate, const Profile &profile, const DocumentLanguage &language);
    // The subject of the letter as an e-mail, and the mailto: link of an
    // e-mail draft to recipient with the subject and the letter.
    static QString subject(const Candidate &candidate, const DocumentLanguage &language);
    static QString mailtoUrl(const Candidate &candidate, const Profile &profile, const QString &recipient,
                             const DocumentLanguage &language);

    // The planned change to store: the suggested price from the effective
    // date, announced on `announcedOn` (the day the letter goes out), so the
    // price_notice_due alert checks the notice it gives. Refused when a
    // rise is already planned.
    static Result<PriceChange> priceChange(const Candidate &candidate, const QDate &announcedOn,
                                           const DocumentLanguage &language);
};

} // namespace neuvo
