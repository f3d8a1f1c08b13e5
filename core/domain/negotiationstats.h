#pragma once

#include "domain.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace neuvo {

// How a person's negotiations actually go, computed from the stored records:
// pure functions of the profile, clients, projects and interactions, so the
// CLI, the Statistics page and the tests compute the same figures. Money
// figures are kept per currency (Neuvo never converts); a ratio or share
// computed from fewer than MinSample data points is left empty and the
// sample size says why. docs/design.md defines each figure.
class NegotiationStats final
{
    Q_DECLARE_TR_FUNCTIONS(NegotiationStats)

public:
    // Fewer data points than this and a median, share or rate would say more
    // than the data does.
    static constexpr int MinSample = 3;

    // Where the client came from, as the article sorts it: most requests
    // (and hardly any toxic clients) come from warm channels (referrals,
    // one's own social media pages, publications); marketplaces and cold
    // contacts are cold. "Other" is neither.
    enum class Warmth { Warm, Cold, Unknown };
    static Warmth warmthOf(ClientSource source);
    static QString warmthId(Warmth warmth); // "warm", "cold", "other"

    struct Options
    {
        QDate today;
        QDate since; // null: every project; else projects dated on or after it
        // The hours one revision round beyond the included ones takes, and
        // the hours an unbilled change is counted at (a change has no hours
        // of its own stored).
        int hoursPerRound = 2;
        int recentAgreements = 5; // N of "the last N new agreements"
    };
    static Options optionsFor(const Profile &profile, const QDate &today, const QDate &since = {});

    // A median of dimensionless ratios; empty when sample < MinSample.
    struct Median
    {
        int sample = 0;
        std::optional<double> value;
    };

    // Agreed price ÷ the client's first offer, over won projects with a
    // first offer.
    struct OfferRatios
    {
        Median all;
        QList<std::pair<qint64, Median>> perClient;    // client id
        QList<std::pair<ClientSource, Median>> perSource;
    };

    // Discounts on won projects in one currency.
    struct Discounts
    {
        QString currency;
        int wonProjects = 0;
        qint64 listMinor = 0;     // base + NDA surcharge of the won projects
        qint64 discountMinor = 0; // the discounts given on them
        int discounted = 0;       // won projects with a discount
        int withConcession = 0;   // of those, with a counter-concession (not a promise of future orders)
        // discountMinor ÷ listMinor, when wonProjects >= MinSample.
        std::optional<double> share;
        // withConcession ÷ discounted, when discounted >= MinSample.
        std::optional<double> concessionShare;
    };

    // Quotes decided one way or the other, per source.
    struct WinRate
    {
        int won = 0;  // agreed, in progress, delivered, closed
        int lost = 0; // declined
        int open = 0; // lead, brief sent, negotiation: not decided yet
        // won ÷ (won + lost), when won + lost >= MinSample.
        std::optional<double> rate;
    };

    // Money received per hour of work on one client's finished projects in
    // one currency.
    struct ClientRate
    {
        qint64 clientId = 0;
        QString currency;
        int projects = 0;         // delivered or closed, with estimated hours
        qint64 receivedMinor = 0;
        int estimatedHours = 0;
        int extraRounds = 0;      // rounds beyond the included ones
        int unbilledChanges = 0;  // changes of scope with no charge
        int hours = 0;            // estimated + (extra rounds + unbilled changes) × hours per round
        std::optional<qint64> rateMinor; // received ÷ hours, per hour, rounded half up
        // Compared when the currency matches: the profile's floor rate and
        // the median rate of the last N new agreements.
        std::optional<qint64> floorMinor;
        std::optional<qint64> recentMinor;
    };

    // The median agreed price per estimated hour of the last N agreements
    // in one currency (newest first by the agreement's date).
    struct RecentRate
    {
        QString currency;
        int sample = 0;
        QList<qint64> projectIds; // the agreements counted
        std::optional<qint64> medianMinor; // when sample >= MinSample
    };

    // How late one client pays: over the stages due by today.
    struct Overdue
    {
        qint64 clientId = 0;
        int stagesDue = 0;
        int stagesLate = 0;    // paid after the due date, or unpaid and overdue
        qint64 daysLate = 0;   // summed over the late stages (unpaid: up to today)
        int openOverdueDays = 0; // the longest an unpaid stage is overdue today; 0 = none
        // daysLate ÷ stagesDue, when stagesDue >= MinSample.
        std::optional<double> averageDaysLate;
    };

    struct Report
    {
        Options options;
        int projectsCounted = 0;
        OfferRatios offerRatios;
        QList<Discounts> discounts; // by currency code
        QList<std::pair<ClientSource, WinRate>> winRateBySource;
        WinRate warm;
        WinRate cold;
        QList<RecentRate> recentRates; // by currency code
        QList<ClientRate> clientRates;
        QList<Overdue> overdue;
    };

    // What projectDate() reads from the interaction log about a project:
    // the day of the first interaction about it and of the first agreement.
    struct LogDays
    {
        QDate first;
        QDate firstAgreement;
        friend bool operator==(const LogDays &, const LogDays &) = default;
    };
    // By project id. InteractionStore::projectLogDays() reads them from the
    // store, so the whole log need not be held for them.
    using ProjectLogDays = QHash<qint64, LogDays>;
    static ProjectLogDays logDays(const QList<Interaction> &interactions);

    static Report compute(const Profile &profile, const QList<Client> &clients, const QList<Project> &projects,
                          const ProjectLogDays &logDays, const Options &options);

    // The pieces, exposed for the tests and the price-rise planner.
    static bool isWon(ProjectStatus status);
    static bool isLost(ProjectStatus status);
    static bool isOpenQuote(ProjectStatus status);
    // The day a project was agreed or quoted: its contract date, else the
    // first agreement logged about it, else the first interaction about it,
    // else null.
    static QDate projectDate(const Project &project, const ProjectLogDays &logDays);
    // The total the project was agreed at (Pricing), or null when it cannot
    // be computed.
    static std::optional<qint64> agreedTotalMinor(const Project &project);
    // base + NDA surcharge: the price before the discount.
    static std::optional<qint64> listPriceMinor(const Project &project);
    static std::optional<double> median(QList<double> values);
    static std::optional<qint64> medianMinor(QList<qint64> values);
    // The hours a finished project's work took: estimated + extra rounds
    // and unbilled changes at hoursPerRound each.
    static int workedHours(const Project &project, int hoursPerRound, const QDate &today,
                           int *extraRounds = nullptr, int *unbilledChanges = nullptr);
    static qint64 receivedMinor(const Project &project);
    // minor ÷ hours rounded half up; null without hours.
    static std::optional<qint64> perHour(qint64 minor, int hours);
};

} // namespace neuvo
