#include "negotiationstats.h"

#include "pricing.h"

#include <QMap>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace neuvo {

NegotiationStats::Warmth NegotiationStats::warmthOf(ClientSource source)
{
    switch (source) {
    case ClientSource::Referral:
    case ClientSource::Social:
    case ClientSource::Publication:
        return Warmth::Warm;
    case ClientSource::Marketplace:
    case ClientSource::Cold:
        return Warmth::Cold;
    case ClientSource::Other:
        break;
    }
    return Warmth::Unknown;
}

QString NegotiationStats::warmthId(Warmth warmth)
{
    switch (warmth) {
    case Warmth::Warm:
        return u"warm"_s;
    case Warmth::Cold:
        return u"cold"_s;
    case Warmth::Unknown:
        break;
    }
    return u"other"_s;
}

NegotiationStats::Options NegotiationStats::optionsFor(const Profile &profile, const QDate &today, const QDate &since)
{
    Options o;
    o.today = today;
    o.since = since;
    o.hoursPerRound = profile.thresholds.value(u"hours_per_revision_round");
    o.recentAgreements = std::max(1, profile.thresholds.value(u"recent_agreements_count"));
    return o;
}

bool NegotiationStats::isWon(ProjectStatus s)
{
    return s == ProjectStatus::Agreed || s == ProjectStatus::InProgress || s == ProjectStatus::Delivered
        || s == ProjectStatus::Closed;
}

bool NegotiationStats::isLost(ProjectStatus s)
{
    return s == ProjectStatus::Declined;
}

bool NegotiationStats::isOpenQuote(ProjectStatus s)
{
    return s == ProjectStatus::Lead || s == ProjectStatus::BriefSent || s == ProjectStatus::Negotiation;
}

NegotiationStats::ProjectLogDays NegotiationStats::logDays(const QList<Interaction> &interactions)
{
    ProjectLogDays days;
    for (const Interaction &i : interactions) {
        if (i.projectId == 0 || !i.at.isValid())
            continue;
        const QDate on = i.at.date();
        LogDays &d = days[i.projectId];
        if (i.kind == InteractionKind::Agreement && (!d.firstAgreement.isValid() || on < d.firstAgreement))
            d.firstAgreement = on;
        if (!d.first.isValid() || on < d.first)
            d.first = on;
    }
    return days;
}

QDate NegotiationStats::projectDate(const Project &project, const ProjectLogDays &logDays)
{
    if (project.contractDate.isValid())
        return project.contractDate;
    if (project.id == 0)
        return {};
    const LogDays d = logDays.value(project.id);
    return d.firstAgreement.isValid() ? d.firstAgreement : d.first;
}

std::optional<qint64> NegotiationStats::agreedTotalMinor(const Project &project)
{
    const auto price = Pricing::compute(project);
    if (!price)
        return std::nullopt;
    return price->total.minor();
}

std::optional<qint64> NegotiationStats::listPriceMinor(const Project &project)
{
    const auto price = Pricing::compute(project);
    if (!price)
        return std::nullopt;
    qint64 list = 0;
    for (const PriceLine &line : price->lines) {
        if (line.kind == PriceLine::Kind::Base || line.kind == PriceLine::Kind::NdaSurcharge)
            list += line.amount.minor();
    }
    return list;
}

std::optional<double> NegotiationStats::median(QList<double> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2.0;
}

std::optional<qint64> NegotiationStats::medianMinor(QList<qint64> values)
{
    if (values.isEmpty())
        return std::nullopt;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    if (n % 2)
        return values.at(n / 2);
    // The mean of the middle two, rounded half up: money stays integral.
    const qint64 sum = values.at(n / 2 - 1) + values.at(n / 2);
    return sum / 2 + (sum % 2);
}

int NegotiationStats::workedHours(const Project &project, int hoursPerRound, const QDate &today, int *extraRounds,
                                  int *unbilledChanges)
{
    const int extra = std::max(0, project.revisionRoundsUsed(today) - project.revisionsIncluded);
    int unbilled = 0;
    for (const Revision &r : project.revisions) {
        if (r.kind == RevisionKind::Change && r.chargeMinor == 0 && (!r.requestedOn.isValid() || r.requestedOn <= today))
            ++unbilled;
    }
    if (extraRounds)
        *extraRounds = extra;
    if (unbilledChanges)
        *unbilledChanges = unbilled;
    return project.estimatedHours + (extra + unbilled) * std::max(0, hoursPerRound);
}

qint64 NegotiationStats::receivedMinor(const Project &project)
{
    qint64 sum = 0;
    for (const PaymentStage &s : project.stages)
        sum += s.paidMinor;
    return sum;
}

std::optional<qint64> NegotiationStats::perHour(qint64 minor, int hours)
{
    if (hours <= 0)
        return std::nullopt;
    return (2 * minor + hours) / (2 * qint64(hours));
}

namespace {

NegotiationStats::Median medianOf(const QList<double> &values)
{
    NegotiationStats::Median m;
    m.sample = int(values.size());
    if (m.sample >= NegotiationStats::MinSample)
        m.value = NegotiationStats::median(values);
    return m;
}

void count(NegotiationStats::WinRate &w, ProjectStatus s)
{
    if (NegotiationStats::isWon(s))
        ++w.won;
    else if (NegotiationStats::isLost(s))
        ++w.lost;
    else if (NegotiationStats::isOpenQuote(s))
        ++w.open;
}

void finish(NegotiationStats::WinRate &w)
{
    const int decided = w.won + w.lost;
    if (decided >= NegotiationStats::MinSample)
        w.rate = double(w.won) / decided;
}

} // namespace

NegotiationStats::Report NegotiationStats::compute(const Profile &profile, const QList<Client> &clients,
                                                   const QList<Project> &projects,
                                                   const ProjectLogDays &logDays, const Options &options)
{
    Report report;
    report.options = options;

    QMap<qint64, ClientSource> sourceOf;
    for (const Client &c : clients)
        sourceOf.insert(c.id, c.source);

    // The projects in the period, with the day each counts from.
    QList<std::pair<const Project *, QDate>> counted;
    for (const Project &p : projects) {
        const QDate on = projectDate(p, logDays);
        if (options.since.isValid() && (!on.isValid() || on < options.since))
            continue;
        counted.append({&p, on});
    }
    report.projectsCounted = int(counted.size());

    // Agreed price ÷ first offer.
    QList<double> allRatios;
    QMap<qint64, QList<double>> byClient;
    QMap<ClientSource, QList<double>> bySource;
    for (const auto &[p, on] : counted) {
        if (!isWon(p->status) || !p->firstOfferMinor || *p->firstOfferMinor <= 0)
            continue;
        const auto total = agreedTotalMinor(*p);
        if (!total)
            continue;
        const double ratio = double(*total) / double(*p->firstOfferMinor);
        allRatios << ratio;
        byClient[p->clientId] << ratio;
        bySource[sourceOf.value(p->clientId, ClientSource::Other)] << ratio;
    }
    report.offerRatios.all = medianOf(allRatios);
    for (auto it = byClient.cbegin(); it != byClient.cend(); ++it)
        report.offerRatios.perClient.append({it.key(), medianOf(it.value())});
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it)
        report.offerRatios.perSource.append({it.key(), medianOf(it.value())});

    // Discounts, per currency.
    QMap<QString, Discounts> discounts;
    for (const auto &[p, on] : counted) {
        if (!isWon(p->status))
            continue;
        const auto list = listPriceMinor(*p);
        const auto total = agreedTotalMinor(*p);
        if (!list || !total)
            continue;
        Discounts &d = discounts[p->currency];
        d.currency = p->currency;
        ++d.wonProjects;
        d.listMinor += *list;
        const qint64 given = *list - *total;
        d.discountMinor += given;
        if (given > 0) {
            ++d.discounted;
            if (!p->discountConcession.trimmed().isEmpty() && !p->discountForFutureOrders)
                ++d.withConcession;
        }
    }
    for (Discounts &d : discounts) {
        if (d.wonProjects >= MinSample && d.listMinor > 0)
            d.share = double(d.discountMinor) / double(d.listMinor);
        if (d.discounted >= MinSample)
            d.concessionShare = double(d.withConcession) / d.discounted;
        report.discounts.append(d);
    }

    // Win rate by source, and warm against cold.
    QMap<ClientSource, WinRate> bySourceRate;
    for (const auto &[p, on] : counted) {
        const ClientSource source = sourceOf.value(p->clientId, ClientSource::Other);
        count(bySourceRate[source], p->status);
        switch (warmthOf(source)) {
        case Warmth::Warm:
            count(report.warm, p->status);
            break;
        case Warmth::Cold:
            count(report.cold, p->status);
            break;
        case Warmth::Unknown:
            break;
        }
    }
    for (auto it = bySourceRate.begin(); it != bySourceRate.end(); ++it) {
        finish(it.value());
        report.winRateBySource.append({it.key(), it.value()});
    }
    finish(report.warm);
    finish(report.cold);

    // The rate of the last N new agreements, per currency.
    QMap<QString, QList<std::pair<QDate, const Project *>>> agreements;
    for (const auto &[p, on] : counted) {
        if (isWon(p->status) && on.isValid() && p->estimatedHours > 0)
            agreements[p->currency].append({on, p});
    }
    QMap<QString, std::optional<qint64>> recentByCurrency;
    for (auto it = agreements.begin(); it != agreements.end(); ++it) {
        auto &list = it.value();
        std::stable_sort(list.begin(), list.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second->id > b.second->id;
        });
        RecentRate r;
        r.currency = it.key();
        QList<qint64> rates;
        for (const auto &[on, p] : list) {
            if (rates.size() >= options.recentAgreements)
                break;
            const auto total = agreedTotalMinor(*p);
            if (!total)
                continue;
            rates << *perHour(*total, p->estimatedHours);
            r.projectIds << p->id;
        }
        r.sample = int(rates.size());
        if (r.sample >= MinSample)
            r.medianMinor = medianMinor(rates);
        recentByCurrency.insert(r.currency, r.medianMinor);
        report.recentRates.append(r);
    }

    // Effective rate per client and currency, over finished projects.
    QMap<std::pair<qint64, QString>, ClientRate> rates;
    for (const auto &[p, on] : counted) {
        if ((p->status != ProjectStatus::Delivered && p->status != ProjectStatus::Closed) || p->estimatedHours <= 0)
            continue;
        ClientRate &r = rates[{p->clientId, p->currency}];
        r.clientId = p->clientId;
        r.currency = p->currency;
        int extra = 0;
        int unbilled = 0;
        r.hours += workedHours(*p, options.hoursPerRound, options.today, &extra, &unbilled);
        ++r.projects;
        r.receivedMinor += receivedMinor(*p);
        r.estimatedHours += p->estimatedHours;
        r.extraRounds += extra;
        r.unbilledChanges += unbilled;
    }
    for (ClientRate &r : rates) {
        r.rateMinor = perHour(r.receivedMinor, r.hours);
        if (profile.floorRateMinor > 0 && profile.currency == r.currency)
            r.floorMinor = profile.floorRateMinor;
        r.recentMinor = recentByCurrency.value(r.currency);
        report.clientRates.append(r);
    }

    // Overdue days per client, over the stages due in the period.
    QMap<qint64, Overdue> overdue;
    for (const auto &[p, on] : counted) {
        if (!isWon(p->status))
            continue;
        for (const PaymentStage &s : p->stages) {
            if (!s.dueOn.isValid() || s.dueOn > options.today)
                continue;
            Overdue &o = overdue[p->clientId];
            o.clientId = p->clientId;
            ++o.stagesDue;
            qint64 late = 0;
            if (s.isFullyPaid()) {
                if (s.paidOn.isValid())
                    late = std::max<qint64>(0, s.dueOn.daysTo(s.paidOn));
            } else if (s.isOverdue(options.today, p->status)) {
                late = s.dueOn.daysTo(options.today);
                o.openOverdueDays = std::max(o.openOverdueDays, int(late));
            }
            if (late > 0) {
                ++o.stagesLate;
                o.daysLate += late;
            }
        }
    }
    for (Overdue &o : overdue) {
        if (o.stagesDue >= MinSample)
            o.averageDaysLate = double(o.daysLate) / o.stagesDue;
        report.overdue.append(o);
    }
    return report;
}

} // namespace neuvo
