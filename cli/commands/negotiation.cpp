// The source article's answers to a client's push-back, computed from the
// stored project (counter); how negotiations went (stats); whose prices to
// raise and how (raise-plan).
#include "commands.h"

#include "cli/arguments.h"
#include "cli/cli.h"

#include "core/documents/counteroffer.h"
#include "core/documents/priceriseplan.h"
#include "core/domain/negotiationstats.h"
#include "core/rules/facts.h"
#include "core/domain/stagepayment.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace neuvo::commands {

namespace {

QJsonValue minorOrNull(std::optional<qint64> minor)
{
    return minor ? QJsonValue(*minor) : QJsonValue();
}

QJsonObject answerJson(const Project &project, const CounterOffer::Answer &a, const QString &language)
{
    QJsonObject o{
        {u"project"_s, project.id},
        {u"ask"_s, CounterOffer::askId(a.ask)},
        {u"language"_s, language},
        {u"currency"_s, project.currency},
        {u"text"_s, a.text},
    };
    switch (a.ask) {
    case CounterOffer::Ask::Postpay: {
        QJsonArray stages;
        qint64 sum = 0;
        for (const PaymentStage &s : a.stages) {
            stages.append(QJsonObject{{u"position"_s, s.position},
                                      {u"title"_s, s.title},
                                      {u"amount_minor"_s, s.amountMinor},
                                      {u"due_on"_s, s.dueOn.toString(Qt::ISODate)}});
            sum += s.amountMinor;
        }
        o.insert(u"stages"_s, stages);
        o.insert(u"total_minor"_s, sum);
        o.insert(u"deadline"_s, project.deadline.toString(Qt::ISODate));
        break;
    }
    case CounterOffer::Ask::Discount:
        o.insert(u"asked_discount_minor"_s, minorOrNull(a.askedDiscountMinor));
        o.insert(u"max_discount_minor"_s, minorOrNull(a.maxDiscountMinor));
        o.insert(u"refused"_s, a.refused);
        o.insert(u"under_floor_minor"_s, a.underFloorMinor);
        o.insert(u"items_to_drop"_s, QJsonArray::fromStringList(a.itemsToDrop));
        o.insert(u"extra_hours"_s, a.extraHours);
        o.insert(u"extra_working_days"_s, a.extraWorkingDays);
        o.insert(u"longer_deadline"_s,
                 a.longerDeadline.isValid() ? QJsonValue(a.longerDeadline.toString(Qt::ISODate)) : QJsonValue());
        break;
    case CounterOffer::Ask::Nda:
        o.insert(u"surcharge_low_minor"_s, a.ndaLowMinor);
        o.insert(u"surcharge_high_minor"_s, a.ndaHighMinor);
        break;
    case CounterOffer::Ask::Rush:
        o.insert(u"honest_deadline"_s, a.honestDeadline.toString(Qt::ISODate));
        o.insert(u"working_days"_s, a.workingDays);
        o.insert(u"rush_surcharge_percent"_s,
                 a.rushSurchargePercent ? QJsonValue(*a.rushSurchargePercent) : QJsonValue());
        o.insert(u"rush_surcharge_minor"_s, minorOrNull(a.rushSurchargeMinor));
        break;
    case CounterOffer::Ask::Budget:
        break;
    }
    return o;
}

class CounterCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    CounterCommand()
        : DatabaseCommand(
              {u"counter"_s,
               QT_TRANSLATE_NOOP("Cli", "PROJECT_ID --ask ASK [--discount AMOUNT] [--json] [--lang LANG] [--apply]"),
               QT_TRANSLATE_NOOP("Cli", "The answer to a client's ask (postpay, discount, nda, rush, budget), "
                                        "computed from the project."),
               QT_TRANSLATE_NOOP("Cli", "postpay: the same total as four prepaid stages, each due before its work; "
                                        "--apply stores that plan. discount: --discount is the amount asked; one "
                                        "under the floor rate is refused with the amount."),
               1, 1},
              Console::Access::Read,
              {QCommandLineOption(u"ask"_s, tr("What the client asks: %1.").arg(CounterOffer::askIds().join(u", "_s)),
                                  tr("ASK")),
               QCommandLineOption(u"discount"_s, tr("The discount the client asks for, e.g. 1500.00."), tr("AMOUNT")),
               QCommandLineOption(u"lang"_s, tr("Language of the answer: en, fi or ru (default: the system's, else en)."),
                                  tr("LANG")),
               QCommandLineOption(u"apply"_s, tr("postpay only: store the proposed stages in the project.")),
               Arguments::todayOption(), Arguments::jsonOption()})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &parser) override
    {
        m_projectId = in.id(0, tr("PROJECT_ID"));
        m_language = in.language(option(u"lang"_s));
        m_today = in.date(option(u"today"_s), QDate::currentDate());
        m_discountText = in.text(option(u"discount"_s));
        const QString ask = in.text(option(u"ask"_s));
        if (ask.isEmpty()) {
            in.problem(tr("--ask: say what the client asks: %1.").arg(CounterOffer::askIds().join(u", "_s)));
        } else if (auto chosen = CounterOffer::askFromId(ask)) {
            m_ask = *chosen;
        } else {
            in.problem(tr("--ask: \"%1\" is not one of %2.").arg(ask, CounterOffer::askIds().join(u", "_s)));
        }
        if (in.ok() && parser.isSet(option(u"apply"_s)) && m_ask != CounterOffer::Ask::Postpay)
            in.problem(tr("--apply: only the postpay answer changes the project."));
        if (in.ok() && in.isSet(option(u"discount"_s)) && m_ask != CounterOffer::Ask::Discount)
            in.problem(tr("--discount: only for --ask discount."));
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        ProjectStore store(db);
        auto project = store.get(m_projectId);
        if (!project)
            return Error{project.error()};
        const auto profile = ProfileStore(db).load();
        if (!profile)
            return Error{profile.error()};

        std::optional<qint64> asked;
        if (!m_discountText.isEmpty()) {
            const auto amount = Money::parseDecimal(m_discountText, project->currency);
            if (!amount)
                return fail(tr("--discount: %1").arg(amount.error()));
            asked = amount->minor();
        }
        const auto answer = CounterOffer::answer(m_ask, *project, *profile, m_today, m_language, asked);
        if (!answer)
            return Error{answer.error()};

        if (parser.isSet(option(u"apply"_s))) {
            if (auto applied = apply(db, store, *project, *answer); !applied)
                return Error{applied.error()};
        }
        if (parser.isSet(option(u"json"_s)))
            console.out() << QJsonDocument(answerJson(*project, *answer, m_language.id())).toJson(QJsonDocument::Indented);
        else
            console.out() << answer->text;
        if (parser.isSet(option(u"apply"_s)) && !parser.isSet(option(u"json"_s)))
            console.out() << u'\n'
                          << tr("Saved project #%1: %2 prepaid stages.").arg(project->id).arg(answer->stages.size())
                          << u'\n';
        return int(Cli::Success);
    }

    Console::Access access(const QCommandLineParser &parser) const override
    {
        return parser.isSet(option(u"apply"_s)) ? Console::Access::Write : Console::Access::Read;
    }

private:
    // The plan replaces the stages in one transaction, through the same
    // checks as a new split: a stage with a payment or work recorded is
    // never moved to another amount.
    static Result<void> apply(Database &db, ProjectStore &store, Project &project, const CounterOffer::Answer &a)
    {
        auto stages = CounterOffer::applyPostpay(project.stages, a, project.currency);
        if (!stages)
            return Error{stages.error()};
        project.stages = *stages;
        if (auto valid = ProjectStore::validate(project); !valid)
            return valid;
        return db.transaction([&]() -> Result<void> { return store.update(project); });
    }

    qint64 m_projectId = 0;
    CounterOffer::Ask m_ask = CounterOffer::Ask::Postpay;
    DocumentLanguage m_language;
    QDate m_today;
    QString m_discountText;
};

QJsonValue doubleOrNull(const std::optional<double> &value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

QJsonValue decimalOrNull(const std::optional<qint64> &minor, const QString &currency)
{
    return minor ? QJsonValue(Money(*minor, currency).toDecimalString()) : QJsonValue();
}

QJsonObject medianJson(const NegotiationStats::Median &m)
{
    return {{u"sample"_s, m.sample}, {u"median"_s, doubleOrNull(m.value)}};
}

QJsonObject winRateJson(const NegotiationStats::WinRate &w)
{
    return {{u"won"_s, w.won}, {u"lost"_s, w.lost}, {u"open"_s, w.open}, {u"sample"_s, w.won + w.lost},
            {u"rate"_s, doubleOrNull(w.rate)}};
}

QString clientName(const Facts &facts, qint64 id)
{
    for (const Client &c : facts.clients) {
        if (c.id == id)
            return c.name;
    }
    return QString();
}

QJsonObject statsJson(const Facts &facts, const NegotiationStats::Report &r)
{
    QJsonArray perClient;
    for (const auto &[id, m] : r.offerRatios.perClient) {
        QJsonObject o = medianJson(m);
        o.insert(u"client"_s, id);
        o.insert(u"name"_s, clientName(facts, id));
        perClient.append(o);
    }
    QJsonArray perSource;
    for (const auto &[source, m] : r.offerRatios.perSource) {
        QJsonObject o = medianJson(m);
        o.insert(u"source"_s, toId(source));
        o.insert(u"warmth"_s, NegotiationStats::warmthId(NegotiationStats::warmthOf(source)));
        perSource.append(o);
    }
    QJsonArray discounts;
    for (const auto &d : r.discounts) {
        discounts.append(QJsonObject{
            {u"currency"_s, d.currency},
            {u"won_projects"_s, d.wonProjects},
            {u"list_price"_s, Money(d.listMinor, d.currency).toDecimalString()},
            {u"discounts"_s, Money(d.discountMinor, d.currency).toDecimalString()},
            {u"share"_s, doubleOrNull(d.share)},
            {u"discounted"_s, d.discounted},
            {u"with_concession"_s, d.withConcession},
            {u"concession_share"_s, doubleOrNull(d.concessionShare)},
        });
    }
    QJsonArray bySource;
    for (const auto &[source, w] : r.winRateBySource) {
        QJsonObject o = winRateJson(w);
        o.insert(u"source"_s, toId(source));
        o.insert(u"warmth"_s, NegotiationStats::warmthId(NegotiationStats::warmthOf(source)));
        bySource.append(o);
    }
    QJsonArray recent;
    for (const auto &rr : r.recentRates) {
        QJsonArray ids;
        for (qint64 id : rr.projectIds)
            ids.append(id);
        recent.append(QJsonObject{{u"currency"_s, rr.currency},
                                  {u"sample"_s, rr.sample},
                                  {u"projects"_s, ids},
                                  {u"median_per_hour"_s, decimalOrNull(rr.medianMinor, rr.currency)}});
    }
    QJsonArray rates;
    for (const auto &c : r.clientRates) {
        const auto under = [&c](const std::optional<qint64> &other) {
            return c.rateMinor && other ? QJsonValue(*c.rateMinor < *other) : QJsonValue();
        };
        rates.append(QJsonObject{
            {u"client"_s, c.clientId},
            {u"name"_s, clientName(facts, c.clientId)},
            {u"currency"_s, c.currency},
            {u"projects"_s, c.projects},
            {u"received"_s, Money(c.receivedMinor, c.currency).toDecimalString()},
            {u"estimated_hours"_s, c.estimatedHours},
            {u"extra_rounds"_s, c.extraRounds},
            {u"unbilled_changes"_s, c.unbilledChanges},
            {u"hours"_s, c.hours},
            {u"per_hour"_s, decimalOrNull(c.rateMinor, c.currency)},
            {u"floor_per_hour"_s, decimalOrNull(c.floorMinor, c.currency)},
            {u"recent_per_hour"_s, decimalOrNull(c.recentMinor, c.currency)},
            {u"under_floor"_s, under(c.floorMinor)},
            {u"under_recent"_s, under(c.recentMinor)},
        });
    }
    QJsonArray overdue;
    for (const auto &o : r.overdue) {
        overdue.append(QJsonObject{{u"client"_s, o.clientId},
                                   {u"name"_s, clientName(facts, o.clientId)},
                                   {u"stages_due"_s, o.stagesDue},
                                   {u"stages_late"_s, o.stagesLate},
                                   {u"days_late"_s, o.daysLate},
                                   {u"open_overdue_days"_s, o.openOverdueDays},
                                   {u"average_days_late"_s, doubleOrNull(o.averageDaysLate)}});
    }
    return {
        {u"today"_s, r.options.today.toString(Qt::ISODate)},
        {u"since"_s, r.options.since.isValid() ? QJsonValue(r.options.since.toString(Qt::ISODate)) : QJsonValue()},
        {u"min_sample"_s, NegotiationStats::MinSample},
        {u"hours_per_round"_s, r.options.hoursPerRound},
        {u"recent_agreements"_s, r.options.recentAgreements},
        {u"projects_counted"_s, r.projectsCounted},
        {u"offer_ratio"_s, QJsonObject{{u"all"_s, medianJson(r.offerRatios.all)},
                                       {u"per_client"_s, perClient},
                                       {u"per_source"_s, perSource}}},
        {u"discounts"_s, discounts},
        {u"win_rate"_s, QJsonObject{{u"by_source"_s, bySource},
                                    {u"warm"_s, winRateJson(r.warm)},
                                    {u"cold"_s, winRateJson(r.cold)}}},
        {u"recent_rates"_s, recent},
        {u"effective_rates"_s, rates},
        {u"overdue"_s, overdue},
    };
}

class StatsCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    StatsCommand()
        : DatabaseCommand(
              {u"stats"_s, QT_TRANSLATE_NOOP("Cli", "[--since YYYY-MM-DD] [--today YYYY-MM-DD] [--json]"),
               QT_TRANSLATE_NOOP("Cli", "How negotiations went: agreed price against the first offer, discounts, "
                                        "win rate by source, effective hourly rate and late payment per client."),
               QT_TRANSLATE_NOOP("Cli", "Money is shown per currency, never converted. A figure from fewer than "
                                        "3 data points is left out and its sample size shown. Hours per extra "
                                        "revision round and the number of recent agreements are the "
                                        "hours_per_revision_round and recent_agreements_count thresholds "
                                        "(\"profile set\").")},
              Console::Access::Read,
              {QCommandLineOption(u"since"_s, tr("Only projects agreed or quoted on or after this day."),
                                  tr("YYYY-MM-DD")),
               Arguments::todayOption(), Arguments::jsonOption()})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_today = in.date(option(u"today"_s), QDate::currentDate());
        m_since = in.date(option(u"since"_s), QDate());
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        const auto facts = Facts::load(db);
        if (!facts)
            return Error{facts.error()};
        const auto logDays = InteractionStore(db).projectLogDays();
        if (!logDays)
            return Error{logDays.error()};
        const auto report = NegotiationStats::compute(facts->profile, facts->clients, facts->projects, *logDays,
                                                      NegotiationStats::optionsFor(facts->profile, m_today, m_since));
        if (parser.isSet(option(u"json"_s)))
            console.out() << QJsonDocument(statsJson(*facts, report)).toJson(QJsonDocument::Indented);
        else
            console.out() << text(*facts, report);
        return int(Cli::Success);
    }

private:
    static QString percent(double share)
    {
        return tr("%1 %").arg(QLocale().toString(share * 100.0, 'f', 1));
    }
    static QString tooFew(int sample)
    {
        return tr("too few to tell (%1 of %2 needed)").arg(sample).arg(NegotiationStats::MinSample);
    }
    static QString ratio(const NegotiationStats::Median &m)
    {
        return m.value ? tr("%1× (%2)").arg(QLocale().toString(*m.value, 'f', 2)).arg(m.sample) : tooFew(m.sample);
    }
    static QString winRate(const NegotiationStats::WinRate &w)
    {
        const QString counts = tr("won %1, lost %2, open %3").arg(w.won).arg(w.lost).arg(w.open);
        return w.rate ? tr("%1 (%2)").arg(percent(*w.rate), counts) : tr("%1 (%2)").arg(tooFew(w.won + w.lost), counts);
    }
    static QString perHour(const std::optional<qint64> &minor, const QString &currency)
    {
        return minor ? tr("%1/h").arg(Money(*minor, currency).formatWithCode(QLocale())) : tr("none");
    }

    static QString text(const Facts &facts, const NegotiationStats::Report &r)
    {
        QStringList out;
        out << (r.options.since.isValid()
                    ? tr("Negotiation statistics from %1 to %2: %3 projects.")
                          .arg(r.options.since.toString(Qt::ISODate), r.options.today.toString(Qt::ISODate))
                          .arg(r.projectsCounted)
                    : tr("Negotiation statistics to %1: %2 projects.")
                          .arg(r.options.today.toString(Qt::ISODate))
                          .arg(r.projectsCounted));
        out << QString() << tr("Agreed price ÷ client's first offer (median, data points):");
        out << tr("  all: %1").arg(ratio(r.offerRatios.all));
        for (const auto &[source, m] : r.offerRatios.perSource)
            out << tr("  %1: %2").arg(displayName(source), ratio(m));
        for (const auto &[id, m] : r.offerRatios.perClient)
            out << tr("  %1: %2").arg(clientName(facts, id), ratio(m));

        out << QString() << tr("Discounts on won projects:");
        if (r.discounts.isEmpty())
            out << tr("  none yet");
        for (const auto &d : r.discounts) {
            const QString given = tr("%1 of %2 list price")
                                      .arg(Money(d.discountMinor, d.currency).formatWithCode(QLocale()),
                                           Money(d.listMinor, d.currency).formatWithCode(QLocale()));
            out << tr("  %1: %2 (won projects: %3): %4").arg(d.currency, given).arg(d.wonProjects)
                       .arg(d.share ? percent(*d.share) : tooFew(d.wonProjects));
            out << tr("  %1: %2 discounted, %3 with a counter-concession: %4")
                       .arg(d.currency)
                       .arg(d.discounted)
                       .arg(d.withConcession)
                       .arg(d.concessionShare ? percent(*d.concessionShare) : tooFew(d.discounted));
        }

        out << QString() << tr("Win rate (agreed ÷ decided quotes):");
        out << tr("  warm (referral, social media, publication): %1").arg(winRate(r.warm));
        out << tr("  cold (marketplace, cold contact): %1").arg(winRate(r.cold));
        for (const auto &[source, w] : r.winRateBySource)
            out << tr("  %1: %2").arg(displayName(source), winRate(w));

        out << QString() << tr("Rate of the last %1 new agreements (median agreed price per estimated hour):")
                                .arg(r.options.recentAgreements);
        if (r.recentRates.isEmpty())
            out << tr("  none yet");
        for (const auto &rr : r.recentRates)
            out << tr("  %1: %2").arg(rr.currency, rr.medianMinor ? perHour(rr.medianMinor, rr.currency)
                                                                    : tooFew(rr.sample));

        out << QString()
            << tr("Effective hourly rate (received ÷ hours, extra rounds and unbilled changes at %1 h each):")
                   .arg(r.options.hoursPerRound);
        if (r.clientRates.isEmpty())
            out << tr("  no delivered or closed projects with estimated hours yet");
        for (const auto &c : r.clientRates) {
            out << tr("  %1: %2 (%3 received for %4 h); floor %5, new agreements %6")
                       .arg(clientName(facts, c.clientId), perHour(c.rateMinor, c.currency),
                            Money(c.receivedMinor, c.currency).formatWithCode(QLocale()))
                       .arg(c.hours)
                       .arg(perHour(c.floorMinor, c.currency), perHour(c.recentMinor, c.currency));
        }

        out << QString() << tr("Late payment per client (stages due by today):");
        if (r.overdue.isEmpty())
            out << tr("  no stages due yet");
        for (const auto &o : r.overdue) {
            out << tr("  %1: %2 of %3 stages late, %4 days late in all (per stage due: %5); overdue now: %6 days")
                       .arg(clientName(facts, o.clientId))
                       .arg(o.stagesLate)
                       .arg(o.stagesDue)
                       .arg(o.daysLate)
                       .arg(o.averageDaysLate ? QLocale().toString(*o.averageDaysLate, 'f', 1) : tooFew(o.stagesDue))
                       .arg(o.openOverdueDays);
        }
        return out.join(u'\n') + u'\n';
    }

    QDate m_today;
    QDate m_since;
};

QJsonObject candidateJson(const PriceRisePlan::Candidate &c, const QString &letter)
{
    return {
        {u"client"_s, c.clientId},
        {u"name"_s, c.clientName},
        {u"project"_s, c.projectId},
        {u"project_title"_s, c.projectTitle},
        {u"currency"_s, c.currency},
        {u"effective_per_hour"_s, Money(c.effectiveRateMinor, c.currency).toDecimalString()},
        {u"recent_per_hour"_s, Money(c.recentRateMinor, c.currency).toDecimalString()},
        {u"current_price"_s, Money(c.currentPriceMinor, c.currency).toDecimalString()},
        {u"suggested_price"_s, Money(c.suggestedPriceMinor, c.currency).toDecimalString()},
        {u"notice_days"_s, c.noticeDays},
        {u"term_end"_s, c.termEnd.isValid() ? QJsonValue(c.termEnd.toString(Qt::ISODate)) : QJsonValue()},
        {u"effective_on"_s, c.effectiveOn.toString(Qt::ISODate)},
        {u"already_planned_on"_s, c.alreadyPlanned ? QJsonValue(c.alreadyPlanned->effectiveOn.toString(Qt::ISODate))
                                                   : QJsonValue()},
        {u"letter"_s, letter},
    };
}

class RaisePlanCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    RaisePlanCommand()
        : DatabaseCommand(
              {u"raise-plan"_s,
               QT_TRANSLATE_NOOP("Cli", "[--apply CLIENT_ID | --mailto CLIENT_ID] [--lang LANG] [--today YYYY-MM-DD] [--json]"),
               QT_TRANSLATE_NOOP("Cli", "The clients whose effective rate is under the rate of recent new "
                                        "agreements, with a new price, its date and a notice letter."),
               QT_TRANSLATE_NOOP("Cli", "The date is the later of today plus the profile's notice days and the end "
                                        "of the current contract term. --apply stores the planned price change, "
                                        "announced today (send the letter today), so the price_notice_due alert "
                                        "follows it.")},
              Console::Access::Read,
              {QCommandLineOption(u"apply"_s, tr("Plan this client's price rise in their project."), tr("CLIENT_ID")),
               QCommandLineOption(u"mailto"_s,
                                  tr("Print the mailto: link of an e-mail draft of this client's notice letter."),
                                  tr("CLIENT_ID")),
               QCommandLineOption(u"lang"_s, tr("Language of the letters: en, fi or ru (default: the system's, else en)."),
                                  tr("LANG")),
               Arguments::todayOption(), Arguments::jsonOption()})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_today = in.date(option(u"today"_s), QDate::currentDate());
        m_language = in.language(option(u"lang"_s));
        m_applyClientId = in.id(option(u"apply"_s));
        m_mailtoClientId = in.id(option(u"mailto"_s));
        if (m_applyClientId > 0 && m_mailtoClientId > 0)
            in.problem(tr("--apply and --mailto: choose one."));
        return {};
    }

    Console::Access access(const QCommandLineParser &parser) const override
    {
        return parser.isSet(option(u"apply"_s)) ? Console::Access::Write : Console::Access::Read;
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &parser) override
    {
        const auto facts = Facts::load(db);
        if (!facts)
            return Error{facts.error()};
        const auto logDays = InteractionStore(db).projectLogDays();
        if (!logDays)
            return Error{logDays.error()};
        const auto stats = NegotiationStats::compute(facts->profile, facts->clients, facts->projects, *logDays,
                                                     NegotiationStats::optionsFor(facts->profile, m_today));
        const auto plan = PriceRisePlan::plan(facts->profile, facts->clients, facts->projects, stats, *logDays,
                                              m_today);
        const bool json = parser.isSet(option(u"json"_s));

        if (m_mailtoClientId > 0) {
            const auto it = std::find_if(plan.cbegin(), plan.cend(),
                                         [this](const auto &c) { return c.clientId == m_mailtoClientId; });
            if (it == plan.cend())
                return fail(tr("--mailto: client #%1 is not in the price-rise plan (their rate is not behind, or "
                               "they have no project under way).")
                                .arg(m_mailtoClientId));
            QString recipient;
            for (const Client &client : facts->clients) {
                if (client.id == it->clientId)
                    recipient = client.email;
            }
            console.out() << PriceRisePlan::mailtoUrl(*it, facts->profile, recipient, m_language) << u'\n';
            return int(Cli::Success);
        }

        if (m_applyClientId > 0) {
            const auto it = std::find_if(plan.cbegin(), plan.cend(),
                                         [this](const auto &c) { return c.clientId == m_applyClientId; });
            if (it == plan.cend())
                return fail(tr("--apply: client #%1 is not in the price-rise plan (their rate is not behind, or "
                               "they have no project under way).")
                                .arg(m_applyClientId));
            const auto change = PriceRisePlan::priceChange(*it, m_today, m_language);
            if (!change)
                return Error{change.error()};
            ProjectStore store(db);
            auto project = store.get(it->projectId);
            if (!project)
                return Error{project.error()};
            project->priceChanges.append(*change);
            if (auto saved = db.transaction([&]() -> Result<void> { return store.update(*project); }); !saved)
                return Error{saved.error()};
            if (json) {
                QJsonObject o = candidateJson(*it, PriceRisePlan::letter(*it, facts->profile, m_language));
                o.insert(u"applied"_s, true);
                console.out() << QJsonDocument(o).toJson(QJsonDocument::Indented);
            } else {
                console.out() << tr("Planned for project #%1 \"%2\": %3 from %4, announced %5.")
                                     .arg(it->projectId)
                                     .arg(it->projectTitle,
                                          Money(it->suggestedPriceMinor, it->currency).formatWithCode(QLocale()),
                                          it->effectiveOn.toString(Qt::ISODate), m_today.toString(Qt::ISODate))
                              << u'\n' << u'\n'
                              << PriceRisePlan::letter(*it, facts->profile, m_language) << u'\n';
            }
            return int(Cli::Success);
        }

        if (json) {
            QJsonArray list;
            for (const auto &c : plan)
                list.append(candidateJson(c, PriceRisePlan::letter(c, facts->profile, m_language)));
            console.out() << QJsonDocument(QJsonObject{{u"today"_s, m_today.toString(Qt::ISODate)},
                                                       {u"clients"_s, list}})
                                 .toJson(QJsonDocument::Indented);
            return int(Cli::Success);
        }
        if (plan.isEmpty()) {
            console.out() << tr("No client's effective rate is under the rate of recent new agreements.") << u'\n';
            return int(Cli::Success);
        }
        for (const auto &c : plan) {
            console.out() << tr("%1 (#%2): %3/h against %4/h for new agreements. Project #%5 \"%6\": %7 instead of "
                                "%8 from %9.")
                                 .arg(c.clientName)
                                 .arg(c.clientId)
                                 .arg(Money(c.effectiveRateMinor, c.currency).formatWithCode(QLocale()),
                                      Money(c.recentRateMinor, c.currency).formatWithCode(QLocale()))
                                 .arg(c.projectId)
                                 .arg(c.projectTitle,
                                      Money(c.suggestedPriceMinor, c.currency).formatWithCode(QLocale()),
                                      Money(c.currentPriceMinor, c.currency).formatWithCode(QLocale()),
                                      c.effectiveOn.toString(Qt::ISODate))
                          << u'\n';
            if (c.alreadyPlanned)
                console.out() << tr("  A rise is already planned from %1.")
                                     .arg(c.alreadyPlanned->effectiveOn.toString(Qt::ISODate))
                              << u'\n';
            console.out() << u'\n' << PriceRisePlan::letter(c, facts->profile, m_language) << u"\n\n"_s;
        }
        return int(Cli::Success);
    }

private:
    QDate m_today;
    DocumentLanguage m_language;
    qint64 m_applyClientId = 0;
    qint64 m_mailtoClientId = 0;
};

} // namespace

CommandList negotiation()
{
    CommandList list;
    list.push_back(std::make_unique<CounterCommand>());
    list.push_back(std::make_unique<StatsCommand>());
    list.push_back(std::make_unique<RaisePlanCommand>());
    return list;
}

} // namespace neuvo::commands
