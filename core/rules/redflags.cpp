#include "redflags.h"

#include "core/domain/plural.h"

#include "core/domain/pricing.h"
#include "core/storage/stores.h"

#include <QJsonArray>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

// Decisions the DESIGN.md table leaves open, in one place:
//
// Which projects a rule looks at
// - Money owed now (payment_overdue, work_without_prepayment,
//   stage_due_soon): agreed, in_progress and delivered projects. Stages of a
//   lead or a negotiation are a proposal, nothing is due yet; a closed project
//   is settled (whatever is left unpaid was written off) and a declined or
//   cancelled one has no work.
// - Conduct flags (chronic_late_payer, revisions_exceeded, unbilled_changes,
//   devalues_work): every project whatever its status; what the client did is
//   history that stays true. Discount flags skip declined projects, where the
//   discount was never granted.
// - deadline_at_risk: projects not delivered yet, from lead to in_progress
//   (a lead wanted "today" is exactly the rush to warn about);
//   deadline_missed: only agreed and in_progress ones, where the guarantee
//   applies. Both need deliveredOn to be empty.
// - below_floor_rate: lead to in_progress: the price can still be argued or,
//   at least, learnt from; price_notice_due and contract_renewal_due: every
//   project except closed, declined and cancelled.
// - brief_unanswered: a brief about no project, or about a project still at
//   lead, brief_sent or negotiation (a project that moved on was answered).
// - promise_due: promises about no project or a project that is not declined
//   or cancelled.
// - No alert at all for a client whose status is "declined": the freelancer
//   walked away. Its flags stay, as the record of why.
// - Records dated after "today" are ignored, so a fixture evaluates the same
//   on any day.
//
// Interactions
// - contact_outside_hours counts inbound phone and messenger contacts only:
//   e-mail is asynchronous (it is answered within working hours whenever it
//   was sent) and a meeting is arranged by both sides. Local time is the
//   client's own zone (an unknown zone id counts as UTC); contactFrom is
//   inclusive, contactTo exclusive, a from > to window runs over midnight and
//   from == to means any time of the day.
// - discount_request and free_test_request count in either direction (the
//   kind already says the client asked; the freelancer may log it on a call
//   they made); status_pressure counts inbound requests only, as DESIGN.md says.
// - Counting windows ("2 in 90 days", "3 in 24 hours") slide over the whole
//   history: any window that holds enough events raises the flag, and the
//   evidence names the fullest one (the latest of equals).
//
// Boundaries ("after N days")
// - payment_overdue turns high when the stage is unpaid for more than
//   payment_overdue_high_days days (14 days: warning, 15: high).
// - brief_unanswered: when the brief was sent brief_unanswered_days or more
//   days ago ("sent 7 days ago"); any later inbound contact from the client
//   counts as the answer, any reminder after it means one was sent already.
// - unconfirmed_agreement: more than unconfirmed_agreement_days days after the
//   agreement (it may be confirmed "within 2 days").
// - revisions_exceeded counts every revision round except billed change
//   orders (a change with a charge is paid extra work, not an included round).
// - unbilled_changes: any out-of-scope change with no charge.
// - below_floor_rate compares only projects in the profile's currency: there
//   are no exchange rates in Neuvo, and a guessed rate would make a wrong flag.
//
// Severity of observations: free_work_seeker, pays_in_promises and
// manipulation are High (the article declines these outright: they cost work
// that is never paid for); the seven others are Warning.
//
// Risk score weights: info 1, warning 2, high 6 (a High flag means Decline
// anyway). With the default thresholds one warning makes Caution and three
// make Decline.

namespace neuvo {

namespace {


QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QString days(qint64 n)
{
    return englishPlural(RedFlagEngine::tr("%n day(s)", nullptr, int(n)), n);
}

QString quoted(const QString &text)
{
    return u'\'' + text + u'\'';
}

QString stageName(const Project &project, const PaymentStage &stage)
{
    //: A payment stage: its number, title and project, e.g. Stage 2 'Design' of 'Landing page'
    return RedFlagEngine::tr("Stage %1 '%2' of '%3'")
        .arg(QString::number(stage.position), stage.title, project.title);
}

bool isOneOf(ProjectStatus status, std::initializer_list<ProjectStatus> statuses)
{
    return std::find(statuses.begin(), statuses.end(), status) != statuses.end();
}

bool moneyIsOwed(ProjectStatus s)
{
    return isOneOf(s, {ProjectStatus::Agreed, ProjectStatus::InProgress, ProjectStatus::Delivered});
}

bool notDeliveredYet(ProjectStatus s)
{
    return isOneOf(s, {ProjectStatus::Lead, ProjectStatus::BriefSent, ProjectStatus::Negotiation,
                       ProjectStatus::Agreed, ProjectStatus::InProgress});
}

bool isOngoingRelation(ProjectStatus s)
{
    return !isOneOf(s, {ProjectStatus::Closed, ProjectStatus::Declined, ProjectStatus::Cancelled});
}

bool isBeforeAgreement(ProjectStatus s)
{
    return isOneOf(s, {ProjectStatus::Lead, ProjectStatus::BriefSent, ProjectStatus::Negotiation});
}

// a * b compared with c * d without overflow: -1, 0, 1, or nullopt when a
// product does not fit.
std::optional<int> compareProducts(qint64 a, qint64 b, qint64 c, qint64 d)
{
    qint64 left = 0;
    qint64 right = 0;
    if (__builtin_mul_overflow(a, b, &left) || __builtin_mul_overflow(c, d, &right))
        return std::nullopt;
    return left < right ? -1 : (left > right ? 1 : 0);
}

struct Thresholds
{
    explicit Thresholds(const RuleThresholds &t)
        : paymentOverdueHighDays(t.value(u"payment_overdue_high_days"))
        , chronicLateStages(t.value(u"chronic_late_payer_stages"))
        , devaluesPercent(t.value(u"devalues_work_percent"))
        , discountRequests(t.value(u"discount_pressure_requests"))
        , discountDays(t.value(u"discount_pressure_days"))
        , outsideHoursCount(t.value(u"contact_outside_hours_count"))
        , outsideHoursDays(t.value(u"contact_outside_hours_days"))
        , statusRequests(t.value(u"status_pressure_requests"))
        , statusHours(t.value(u"status_pressure_hours"))
        , stageDueSoonDays(t.value(u"stage_due_soon_days"))
        , deadlineAtRiskDays(t.value(u"deadline_at_risk_days"))
        , briefDays(t.value(u"brief_unanswered_days"))
        , agreementDays(t.value(u"unconfirmed_agreement_days"))
        , renewalDays(t.value(u"contract_renewal_days"))
    {
    }
    int paymentOverdueHighDays;
    int chronicLateStages;
    int devaluesPercent;
    int discountRequests;
    int discountDays;
    int outsideHoursCount;
    int outsideHoursDays;
    int statusRequests;
    int statusHours;
    int stageDueSoonDays;
    int deadlineAtRiskDays;
    int briefDays;
    int agreementDays;
    int renewalDays;
};

// The fullest window [key, key + span) over sorted keys: its first and last
// index and the count. The latest of equally full windows wins, so the
// evidence names recent events.
struct Window
{
    qsizetype first = -1;
    qsizetype last = -1;
    qsizetype count = 0;
};

Window fullestWindow(const QList<qint64> &sortedKeys, qint64 span)
{
    Window best;
    qsizetype end = 0;
    for (qsizetype begin = 0; begin < sortedKeys.size(); ++begin) {
        if (end < begin)
            end = begin;
        while (end < sortedKeys.size() && sortedKeys.at(end) - sortedKeys.at(begin) < span)
            ++end;
        const qsizetype count = end - begin;
        if (count >= best.count) {
            best = {begin, end - 1, count};
        }
    }
    return best;
}

// Per-client digest of the interaction log, built in one pass.
struct ClientLog
{
    QList<const Interaction *> discountRequests;
    QList<const Interaction *> statusRequests;
    QList<const Interaction *> outsideHours;
    QList<const Interaction *> freeTestRequests;
    QDateTime lastInbound;
    QDateTime lastReminder;
};

class Evaluator
{
public:
    Evaluator(const Facts &facts, const QDate &today)
        : m_facts(facts)
        , m_today(today)
        , m_t(facts.profile.thresholds)
    {
        m_clients.reserve(facts.clients.size());
        for (qsizetype i = 0; i < facts.clients.size(); ++i)
            m_clients.insert(facts.clients.at(i).id, &facts.clients.at(i));
        m_projects.reserve(facts.projects.size());
        for (const Project &p : facts.projects)
            m_projects.insert(p.id, &p);
    }

    QList<Finding> run()
    {
        for (const Project &project : m_facts.projects)
            projectRules(project);
        chronicLatePayers();
        interactionRules();
        promiseRules();
        observationRules();
        return std::move(m_out);
    }

private:
    const Client *client(qint64 id) const { return m_clients.value(id, nullptr); }
    QString clientName(qint64 id) const
    {
        const Client *c = client(id);
        return c ? c->name : RedFlagEngine::tr("client #%1").arg(id);
    }
    bool alertsWanted(qint64 clientId) const
    {
        const Client *c = client(clientId);
        return !c || c->status != ClientStatus::Declined;
    }
    QTimeZone zoneOf(const Client *c) const
    {
        if (!c)
            return QTimeZone::utc();
        const auto it = m_zones.constFind(c->timeZone);
        if (it != m_zones.cend())
            return *it;
        QTimeZone zone(c->timeZone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        m_zones.insert(c->timeZone, zone);
        return zone;
    }
    QString money(const Project &p, qint64 minor) const
    {
        return Money(minor, p.currency).formatWithCode(m_locale);
    }
    bool notFuture(const QDateTime &at) const { return at.isValid() && at.toUTC().date() <= m_today; }

    void add(QString rule, FindingKind kind, Severity severity, qint64 clientId,
             qint64 projectId, const QDate &date, QString evidence)
    {
        Q_ASSERT_X(!evidence.isEmpty(), "RedFlagEngine", "a finding needs evidence");
        m_out.append(Finding{std::move(rule), kind, severity, clientId, projectId, date,
                             std::move(evidence)});
    }
    void add(const char *rule, FindingKind kind, Severity severity, qint64 clientId,
             qint64 projectId, const QDate &date, QString evidence)
    {
        add(QString::fromLatin1(rule), kind, severity, clientId, projectId, date,
            std::move(evidence));
    }
    void flag(const char *rule, Severity severity, qint64 clientId, qint64 projectId,
              const QDate &date, QString evidence)
    {
        add(rule, FindingKind::Flag, severity, clientId, projectId, date, std::move(evidence));
    }
    void alert(const char *rule, Severity severity, const Project &p, const QDate &date,
               QString evidence)
    {
        if (alertsWanted(p.clientId))
            add(rule, FindingKind::Alert, severity, p.clientId, p.id, date, std::move(evidence));
    }

    // ---- Projects and their stages, revisions and price changes ----

    void projectRules(const Project &p)
    {
        const auto price = Pricing::compute(p);
        stageRules(p);
        revisionRules(p);
        if (price) {
            const PriceBreakdown &breakdown = *price;
            devaluesWork(p, breakdown.total);
            discountRules(p, breakdown);
            belowFloorRate(p, breakdown.total);
        }
        deadlineRules(p);
        priceNotice(p);
        contractRenewal(p);
    }

    void stageRules(const Project &p)
    {
        const bool owed = moneyIsOwed(p.status);
        for (const PaymentStage &s : p.stages) {
            if (s.isFullyPaid()) {
                if (s.dueOn.isValid() && s.paidOn.isValid() && s.paidOn > s.dueOn
                    && s.paidOn <= m_today) {
                    LateStages &late = m_late[p.clientId];
                    ++late.count;
                    if (!late.latest || s.paidOn >= late.latest->paidOn) {
                        late.latest = &s;
                        late.project = &p;
                    }
                }
                continue;
            }
            if (!owed)
                continue;
            const qint64 open = s.amountMinor - s.paidMinor;
            if (s.dueOn.isValid() && s.dueOn < m_today) {
                const qint64 overdue = s.dueOn.daysTo(m_today);
                const Severity severity = overdue > m_t.paymentOverdueHighDays ? Severity::High
                                                                               : Severity::Warning;
                const QString evidence = s.paidMinor > 0
                    ? RedFlagEngine::tr("%1: %2 of %3 still unpaid, due %4, overdue for %5")
                          .arg(stageName(p, s), money(p, open), money(p, s.amountMinor),
                               iso(s.dueOn), days(overdue))
                    : RedFlagEngine::tr("%1: %2 due %3, unpaid for %4")
                          .arg(stageName(p, s), money(p, s.amountMinor), iso(s.dueOn),
                               days(overdue));
                flag("payment_overdue", severity, p.clientId, p.id, s.dueOn, evidence);
            } else if (s.dueOn.isValid() && m_today.daysTo(s.dueOn) <= m_t.stageDueSoonDays) {
                const qint64 left = m_today.daysTo(s.dueOn);
                const QString evidence = left == 0
                    ? RedFlagEngine::tr("%1: %2 is due today (%3)")
                          .arg(stageName(p, s), money(p, open), iso(s.dueOn))
                    : RedFlagEngine::tr("%1: %2 is due %3, in %4")
                          .arg(stageName(p, s), money(p, open), iso(s.dueOn), days(left));
                alert("stage_due_soon", Severity::Info, p, s.dueOn, evidence);
            }
            if (s.workStartedOn.isValid() && s.workStartedOn <= m_today) {
                const QString evidence = s.paidMinor > 0
                    ? RedFlagEngine::tr("Work on %1 started %2 with only %3 of %4 paid")
                          .arg(stageName(p, s), iso(s.workStartedOn), money(p, s.paidMinor),
                               money(p, s.amountMinor))
                    : RedFlagEngine::tr("Work on %1 started %2 with nothing of %3 paid")
                          .arg(stageName(p, s), iso(s.workStartedOn), money(p, s.amountMinor));
                flag("work_without_prepayment", Severity::High, p.clientId, p.id,
                     s.workStartedOn, evidence);
            }
        }
    }

    void chronicLatePayers()
    {
        for (auto it = m_late.cbegin(); it != m_late.cend(); ++it) {
            const LateStages &late = it.value();
            if (late.count < m_t.chronicLateStages || !late.latest)
                continue;
            const PaymentStage &s = *late.latest;
            const QString count = englishPlural(
                RedFlagEngine::tr("%n stage(s) paid after the due date", nullptr, late.count), late.count);
            flag("chronic_late_payer", Severity::Warning, it.key(), 0, s.paidOn,
                 RedFlagEngine::tr("%1; the latest: %2, %3 due %4, paid %5 (%6 late)")
                     .arg(count, stageName(*late.project, s),
                          money(*late.project, s.amountMinor), iso(s.dueOn), iso(s.paidOn),
                          days(s.dueOn.daysTo(s.paidOn))));
        }
    }

    void revisionRules(const Project &p)
    {
        int rounds = 0;
        QDate lastRound;
        int unbilled = 0;
        const Revision *lastUnbilled = nullptr;
        for (const Revision &r : p.revisions) {
            if (r.requestedOn.isValid() && r.requestedOn > m_today)
                continue;
            const bool billedChange = r.kind == RevisionKind::Change && r.chargeMinor > 0;
            if (!billedChange) {
                ++rounds;
                if (!lastRound.isValid() || r.requestedOn > lastRound)
                    lastRound = r.requestedOn;
            }
            if (r.kind == RevisionKind::Change && r.chargeMinor == 0) {
                ++unbilled;
                if (!lastUnbilled || r.requestedOn >= lastUnbilled->requestedOn)
                    lastUnbilled = &r;
            }
        }
        if (rounds > p.revisionsIncluded) {
            const QString count = englishPlural(
                RedFlagEngine::tr("%n revision round(s)", nullptr, rounds), rounds);
            flag("revisions_exceeded", Severity::Warning, p.clientId, p.id, lastRound,
                 RedFlagEngine::tr("'%1': %2 with %3 included (%4 over)")
                     .arg(p.title, count, QString::number(p.revisionsIncluded),
                          QString::number(rounds - p.revisionsIncluded)));
        }
        if (unbilled > 0) {
            const QString count = englishPlural(
                RedFlagEngine::tr("%n out-of-scope change(s)", nullptr, unbilled), unbilled);
            flag("unbilled_changes", Severity::Warning, p.clientId, p.id, lastUnbilled->requestedOn,
                 RedFlagEngine::tr("'%1': %2 recorded with no charge, the latest on %3: '%4'")
                     .arg(p.title, count, iso(lastUnbilled->requestedOn),
                          lastUnbilled->description));
        }
    }

    void devaluesWork(const Project &p, const Money &total)
    {
        if (!p.firstOfferMinor || total.minor() <= 0)
            return;
        const qint64 offer = *p.firstOfferMinor;
        // offer / total <= percent / 100, in integers.
        const auto cmp = compareProducts(offer, 100, total.minor(), m_t.devaluesPercent);
        if (!cmp || *cmp > 0)
            return;
        const int percent = qRound(100.0 * double(offer) / double(total.minor()));
        QString evidence;
        if (offer > 0) {
            const QString times = m_locale.toString(double(total.minor()) / double(offer), 'f', 1);
            evidence = RedFlagEngine::tr("First offer for '%1': %2 against the quoted %3 (%4 % of it, %5× less)")
                           .arg(p.title, money(p, offer), total.formatWithCode(m_locale),
                                QString::number(percent), times);
        } else {
            evidence = RedFlagEngine::tr("First offer for '%1': %2 against the quoted %3")
                           .arg(p.title, money(p, offer), total.formatWithCode(m_locale));
        }
        flag("devalues_work", Severity::Warning, p.clientId, p.id, {}, evidence);
    }

    void discountRules(const Project &p, const PriceBreakdown &price)
    {
        if (p.status == ProjectStatus::Declined || p.discountKind == DiscountKind::None
            || p.discountValue <= 0)
            return;
        qint64 discount = 0;
        for (const PriceLine &line : price.lines) {
            if (line.kind == PriceLine::Kind::Discount)
                discount = -line.amount.minor();
        }
        const QString size = p.discountKind == DiscountKind::Percent
            ? RedFlagEngine::tr("%1 % (%2)").arg(QString::number(p.discountValue), money(p, discount))
            : money(p, discount);
        const QString reason = p.discountReason.trimmed();
        if (p.discountForFutureOrders) {
            flag("discount_for_future_promise", Severity::Warning, p.clientId, p.id, {},
                 reason.isEmpty()
                     ? RedFlagEngine::tr("'%1': a discount of %2 was granted for promised future orders")
                           .arg(p.title, size)
                     : RedFlagEngine::tr("'%1': a discount of %2 was granted for promised future orders (reason: '%3')")
                           .arg(p.title, size, reason));
        } else if (p.discountConcession.trimmed().isEmpty()) {
            // A future-orders discount is flagged above already, more severely.
            flag("discount_without_concession", Severity::Info, p.clientId, p.id, {},
                 reason.isEmpty()
                     ? RedFlagEngine::tr("'%1': a discount of %2 was granted with no counter-concession recorded")
                           .arg(p.title, size)
                     : RedFlagEngine::tr("'%1': a discount of %2 was granted with no counter-concession recorded (reason: '%3')")
                           .arg(p.title, size, reason));
        }
    }

    void belowFloorRate(const Project &p, const Money &total)
    {
        const Profile &profile = m_facts.profile;
        if (profile.floorRateMinor <= 0 || p.estimatedHours <= 0
            || p.currency != profile.currency || !notDeliveredYet(p.status))
            return;
        // total / hours < floor  <=>  total < floor * hours
        const auto cmp = compareProducts(total.minor(), 1, profile.floorRateMinor, p.estimatedHours);
        if (!cmp || *cmp >= 0)
            return;
        const QString hours = englishPlural(
            RedFlagEngine::tr("%n estimated hour(s)", nullptr, p.estimatedHours), p.estimatedHours);
        alert("below_floor_rate", Severity::Warning, p, m_today,
              RedFlagEngine::tr("'%1': %2 for %3 is %4 per hour, below your floor rate of %5")
                  .arg(p.title, total.formatWithCode(m_locale), hours,
                       money(p, total.minor() / p.estimatedHours),
                       profile.floorRate().formatWithCode(m_locale)));
    }

    // The stage a missed deadline's guarantee refunds: the latest one with
    // work started, else the latest (partly) paid one, else the first.
    static const PaymentStage *guaranteedStage(const Project &p)
    {
        const PaymentStage *started = nullptr;
        const PaymentStage *paid = nullptr;
        for (const PaymentStage &s : p.stages) {
            if (s.workStartedOn.isValid())
                started = &s;
            if (s.paidMinor > 0)
                paid = &s;
        }
        if (started)
            return started;
        if (paid)
            return paid;
        return p.stages.isEmpty() ? nullptr : &p.stages.constFirst();
    }

    void deadlineRules(const Project &p)
    {
        if (!p.deadline.isValid() || p.deliveredOn.isValid() || !notDeliveredYet(p.status))
            return;
        const qint64 left = m_today.daysTo(p.deadline);
        if (left < 0) {
            if (!isOneOf(p.status, {ProjectStatus::Agreed, ProjectStatus::InProgress}))
                return;
            const PaymentStage *stage = guaranteedStage(p);
            QString evidence;
            if (stage) {
                const auto refund = Money(stage->amountMinor, p.currency).percentage(p.guaranteePercent);
                evidence = RedFlagEngine::tr("'%1' missed its deadline %2 by %3: the guarantee refunds %4 % of %5, %6 of %7")
                               .arg(p.title, iso(p.deadline), days(-left),
                                    QString::number(p.guaranteePercent),
                                    RedFlagEngine::tr("stage %1 '%2'").arg(QString::number(stage->position), stage->title),
                                    refund ? refund->formatWithCode(m_locale) : QString(),
                                    money(p, stage->amountMinor));
            } else {
                const auto total = Pricing::compute(p);
                const auto refund = total ? total->total.percentage(p.guaranteePercent)
                                          : Result<Money>(fail(QString()));
                evidence = RedFlagEngine::tr("'%1' missed its deadline %2 by %3: the guarantee refunds %4 % of the project total, %5 of %6")
                               .arg(p.title, iso(p.deadline), days(-left),
                                    QString::number(p.guaranteePercent),
                                    refund ? refund->formatWithCode(m_locale) : QString(),
                                    total ? total->total.formatWithCode(m_locale) : QString());
            }
            alert("deadline_missed", Severity::High, p, p.deadline, evidence);
            return;
        }
        const QDate internal = p.deadline.addDays(-p.internalMarginDays);
        const bool soon = left <= m_t.deadlineAtRiskDays;
        const bool marginGone = p.internalMarginDays > 0 && internal < m_today;
        if (!soon && !marginGone)
            return;
        QString evidence = left == 0
            ? RedFlagEngine::tr("'%1' is due today (%2)").arg(p.title, iso(p.deadline))
            : RedFlagEngine::tr("'%1' is due %2, in %3").arg(p.title, iso(p.deadline), days(left));
        if (marginGone) {
            evidence = RedFlagEngine::tr("%1; the internal deadline %2 (%3 of margin) has passed")
                           .arg(evidence, iso(internal), days(p.internalMarginDays));
        }
        alert("deadline_at_risk", Severity::Warning, p, p.deadline, evidence);
    }

    void priceNotice(const Project &p)
    {
        if (!isOngoingRelation(p.status))
            return;
        const int notice = m_facts.profile.noticeDays;
        for (const PriceChange &c : p.priceChanges) {
            if (!c.effectiveOn.isValid() || c.effectiveOn < m_today)
                continue;
            const QDate noticeBy = c.effectiveOn.addDays(-notice);
            const QString what = RedFlagEngine::tr("Price change of '%1' to %2 on %3")
                                     .arg(p.title, money(p, c.newPriceMinor), iso(c.effectiveOn));
            if (c.announcedOn.isValid()) {
                const qint64 given = c.announcedOn.daysTo(c.effectiveOn);
                if (given >= notice)
                    continue;
                alert("price_notice_due", Severity::Warning, p, noticeBy,
                      RedFlagEngine::tr("%1 was announced %2, only %3 before; move it to %4 to give %5 of notice")
                          .arg(what, iso(c.announcedOn), days(given),
                               iso(c.announcedOn.addDays(notice)), days(notice)));
            } else if (noticeBy <= m_today) {
                const QString evidence = noticeBy == m_today
                    ? RedFlagEngine::tr("%1 is not announced yet: announce it today to give %2 of notice")
                          .arg(what, days(notice))
                    : RedFlagEngine::tr("%1 is not announced yet and needed %2 of notice by %3: announce it now and move it to %4")
                          .arg(what, days(notice), iso(noticeBy), iso(m_today.addDays(notice)));
                alert("price_notice_due", Severity::Warning, p, noticeBy, evidence);
            }
        }
    }

    void contractRenewal(const Project &p)
    {
        if (!p.contractDate.isValid() || p.contractTermMonths <= 0 || !isOngoingRelation(p.status))
            return;
        const QDate end = p.contractDate.addMonths(p.contractTermMonths);
        const qint64 left = m_today.daysTo(end);
        if (left < 0 || left > m_t.renewalDays)
            return;
        const QString term = englishPlural(
            RedFlagEngine::tr("%n month(s)", nullptr, p.contractTermMonths), p.contractTermMonths);
        const QString contract = p.contractNumber.trimmed().isEmpty()
            ? RedFlagEngine::tr("The contract for '%1'").arg(p.title)
            : RedFlagEngine::tr("Contract %1 for '%2'").arg(p.contractNumber, p.title);
        alert("contract_renewal_due", Severity::Info, p, end,
              RedFlagEngine::tr("%1 (signed %2, %3) ends %4, in %5: the moment to revisit prices")
                  .arg(contract, iso(p.contractDate), term, iso(end), days(left)));
    }

    // ---- The interaction log ----

    static bool insideHours(const Client &c, const QDateTime &local)
    {
        if (!hasWeekday(c.contactDays, local.date().dayOfWeek()))
            return false;
        const QTime t = local.time();
        if (c.contactFrom == c.contactTo)
            return true;
        if (c.contactFrom < c.contactTo)
            return t >= c.contactFrom && t < c.contactTo;
        return t >= c.contactFrom || t < c.contactTo; // over midnight
    }

    void interactionRules()
    {
        QHash<qint64, ClientLog> logs;
        logs.reserve(m_facts.clients.size());
        // The latest brief per (client, project): a brief sent again
        // replaces the earlier one.
        QHash<QPair<qint64, qint64>, const Interaction *> briefs;
        QList<const Interaction *> agreements;

        for (const Interaction &i : m_facts.interactions) {
            if (!notFuture(i.at))
                continue;
            ClientLog &log = logs[i.clientId];
            const bool inbound = i.direction == Direction::In;
            if (inbound && (!log.lastInbound.isValid() || i.at > log.lastInbound))
                log.lastInbound = i.at;
            switch (i.kind) {
            case InteractionKind::DiscountRequest:
                log.discountRequests << &i;
                break;
            case InteractionKind::StatusRequest:
                if (inbound)
                    log.statusRequests << &i;
                break;
            case InteractionKind::FreeTestRequest:
                log.freeTestRequests << &i;
                break;
            case InteractionKind::Agreement:
                if ((i.channel == Channel::Phone || i.channel == Channel::Meeting)
                    && !i.confirmedOn.isValid())
                    agreements << &i;
                break;
            case InteractionKind::BriefSent: {
                const Interaction *&latest = briefs[qMakePair(i.clientId, i.projectId)];
                if (!latest || i.at >= latest->at)
                    latest = &i;
                break;
            }
            case InteractionKind::Reminder:
                if (!log.lastReminder.isValid() || i.at > log.lastReminder)
                    log.lastReminder = i.at;
                break;
            case InteractionKind::General:
                break;
            }
            if (inbound && (i.channel == Channel::Phone || i.channel == Channel::Messenger)) {
                if (const Client *c = client(i.clientId);
                    c && !insideHours(*c, i.at.toTimeZone(zoneOf(c))))
                    log.outsideHours << &i;
            }
        }

        const auto byTime = [](const Interaction *a, const Interaction *b) {
            return a->at < b->at || (a->at == b->at && a->id < b->id);
        };
        for (auto it = logs.begin(); it != logs.end(); ++it) {
            const qint64 clientId = it.key();
            ClientLog &log = it.value();
            for (auto *list : {&log.discountRequests, &log.statusRequests, &log.outsideHours,
                               &log.freeTestRequests}) {
                if (!std::is_sorted(list->cbegin(), list->cend(), byTime))
                    std::sort(list->begin(), list->end(), byTime);
            }
            discountPressure(clientId, log.discountRequests);
            statusPressure(clientId, log.statusRequests);
            outsideHours(clientId, log.outsideHours);
            freeWorkSeeker(clientId, log.freeTestRequests);
        }
        for (auto it = briefs.cbegin(); it != briefs.cend(); ++it)
            briefUnanswered(*it.value(), logs.value(it.key().first));
        for (const Interaction *i : agreements)
            unconfirmedAgreement(*i);
    }

    QString localStamp(const QDateTime &at, const Client *c) const
    {
        return at.toTimeZone(zoneOf(c)).toString(u"yyyy-MM-dd HH:mm"_s);
    }

    void discountPressure(qint64 clientId, const QList<const Interaction *> &requests)
    {
        if (m_t.discountRequests <= 0 || requests.size() < m_t.discountRequests)
            return;
        QList<qint64> keys;
        keys.reserve(requests.size());
        for (const Interaction *i : requests)
            keys << i->at.toUTC().date().toJulianDay();
        const Window w = fullestWindow(keys, m_t.discountDays);
        if (w.count < m_t.discountRequests)
            return;
        const Interaction &first = *requests.at(w.first);
        const Interaction &last = *requests.at(w.last);
        const QString count = englishPlural(
            RedFlagEngine::tr("%n discount request(s)", nullptr, int(w.count)), w.count);
        flag("discount_pressure", Severity::Warning, clientId, last.projectId,
             last.at.toUTC().date(),
             RedFlagEngine::tr("%1 between %2 and %3 (within %4), the latest: '%5'")
                 .arg(count, iso(first.at.toUTC().date()), iso(last.at.toUTC().date()),
                      days(m_t.discountDays), last.summary));
    }

    void statusPressure(qint64 clientId, const QList<const Interaction *> &requests)
    {
        if (m_t.statusRequests <= 0 || requests.size() < m_t.statusRequests)
            return;
        QList<qint64> keys;
        keys.reserve(requests.size());
        for (const Interaction *i : requests)
            keys << i->at.toSecsSinceEpoch();
        const Window w = fullestWindow(keys, qint64(m_t.statusHours) * 3600);
        if (w.count < m_t.statusRequests)
            return;
        const Client *c = client(clientId);
        const Interaction &first = *requests.at(w.first);
        const Interaction &last = *requests.at(w.last);
        const QString count = englishPlural(
            RedFlagEngine::tr("%n status request(s)", nullptr, int(w.count)), w.count);
        const QString hours = englishPlural(
            RedFlagEngine::tr("%n hour(s)", nullptr, m_t.statusHours), m_t.statusHours);
        flag("status_pressure", Severity::Warning, clientId, last.projectId,
             last.at.toUTC().date(),
             RedFlagEngine::tr("%1 within %2: from %3 to %4 (%5 time)")
                 .arg(count, hours, localStamp(first.at, c), localStamp(last.at, c),
                      QString::fromUtf8(zoneOf(c).id())));
    }

    void outsideHours(qint64 clientId, const QList<const Interaction *> &contacts)
    {
        const Client *c = client(clientId);
        if (!c || m_t.outsideHoursCount <= 0 || contacts.size() < m_t.outsideHoursCount)
            return;
        const QTimeZone zone = zoneOf(c);
        QList<qint64> keys;
        keys.reserve(contacts.size());
        for (const Interaction *i : contacts)
            keys << i->at.toTimeZone(zone).date().toJulianDay();
        const Window w = fullestWindow(keys, m_t.outsideHoursDays);
        if (w.count < m_t.outsideHoursCount)
            return;
        // Name at most five contacts, the latest ones.
        QStringList times;
        for (qsizetype k = std::max(w.first, w.last - 4); k <= w.last; ++k) {
            const Interaction &i = *contacts.at(k);
            times << RedFlagEngine::tr("%1 (%2)").arg(localStamp(i.at, c), displayName(i.channel));
        }
        QStringList dayNames;
        for (int d = 1; d <= 7; ++d) {
            if (hasWeekday(c->contactDays, d))
                dayNames << m_locale.dayName(d, QLocale::ShortFormat);
        }
        const QString count = englishPlural(
            RedFlagEngine::tr("%n call(s) or message(s)", nullptr, int(w.count)), w.count);
        flag("contact_outside_hours", Severity::Warning, clientId, 0,
             contacts.at(w.last)->at.toTimeZone(zone).date(),
             RedFlagEngine::tr("%1 outside the agreed hours %2–%3 (%4, %5 time) within %6: %7")
                 .arg(count, c->contactFrom.toString(u"HH:mm"_s), c->contactTo.toString(u"HH:mm"_s),
                      dayNames.join(u", "_s), QString::fromUtf8(zone.id()),
                      days(m_t.outsideHoursDays), times.join(u", "_s)));
    }

    void freeWorkSeeker(qint64 clientId, const QList<const Interaction *> &requests)
    {
        if (requests.isEmpty())
            return;
        const Interaction &last = *requests.constLast();
        const QString count = englishPlural(
            RedFlagEngine::tr("%n request(s) for free work (a test task or a contest)", nullptr,
                       int(requests.size())),
            requests.size());
        const QDate on = last.at.toUTC().date();
        flag("free_work_seeker", Severity::High, clientId, last.projectId, on,
             last.summary.trimmed().isEmpty()
                 ? RedFlagEngine::tr("%1, the latest on %2").arg(count, iso(on))
                 : RedFlagEngine::tr("%1, the latest on %2: '%3'").arg(count, iso(on), last.summary));
    }

    void briefUnanswered(const Interaction &brief, const ClientLog &log)
    {
        if (!alertsWanted(brief.clientId))
            return;
        const Project *p = brief.projectId ? m_projects.value(brief.projectId, nullptr) : nullptr;
        if (p && !isBeforeAgreement(p->status))
            return;
        if (log.lastInbound.isValid() && log.lastInbound > brief.at)
            return;
        if (log.lastReminder.isValid() && log.lastReminder > brief.at)
            return; // one reminder, not many
        const QDate sent = brief.at.toUTC().date();
        const qint64 waited = sent.daysTo(m_today);
        if (waited < m_t.briefDays)
            return;
        const QString evidence = p
            ? RedFlagEngine::tr("The brief for '%1' sent to %2 on %3 has had no answer for %4: send one reminder")
                  .arg(p->title, clientName(brief.clientId), iso(sent), days(waited))
            : RedFlagEngine::tr("The brief sent to %1 on %2 has had no answer for %3: send one reminder")
                  .arg(clientName(brief.clientId), iso(sent), days(waited));
        add("brief_unanswered", FindingKind::Alert, Severity::Info, brief.clientId, brief.projectId,
            sent.addDays(m_t.briefDays), evidence);
    }

    void unconfirmedAgreement(const Interaction &i)
    {
        if (!alertsWanted(i.clientId))
            return;
        const QDate on = i.at.toUTC().date();
        const qint64 waited = on.daysTo(m_today);
        if (waited <= m_t.agreementDays)
            return;
        const QString what = i.summary.trimmed().isEmpty() ? QString() : quoted(i.summary);
        QString evidence;
        if (i.channel == Channel::Phone) {
            evidence = RedFlagEngine::tr("The agreement with %1 made in a call on %2 %3 is not confirmed in writing after %4: send a letter with its key points")
                           .arg(clientName(i.clientId), iso(on), what, days(waited));
        } else {
            evidence = RedFlagEngine::tr("The agreement with %1 made in a meeting on %2 %3 is not confirmed in writing after %4: send a letter with its key points")
                           .arg(clientName(i.clientId), iso(on), what, days(waited));
        }
        add("unconfirmed_agreement", FindingKind::Alert, Severity::Warning, i.clientId, i.projectId,
            on.addDays(m_t.agreementDays), evidence.simplified());
    }

    // ---- Promises and observations ----

    void promiseRules()
    {
        for (const Promise &pr : m_facts.promises) {
            if (pr.doneOn.isValid() || !pr.dueOn.isValid() || pr.dueOn > m_today
                || !alertsWanted(pr.clientId))
                continue;
            const Project *p = pr.projectId ? m_projects.value(pr.projectId, nullptr) : nullptr;
            if (p && isOneOf(p->status, {ProjectStatus::Declined, ProjectStatus::Cancelled}))
                continue;
            const qint64 late = pr.dueOn.daysTo(m_today);
            const QString evidence = late == 0
                ? RedFlagEngine::tr("Your promise to %1, '%2', is due today (%3)")
                      .arg(clientName(pr.clientId), pr.what, iso(pr.dueOn))
                : RedFlagEngine::tr("Your promise to %1, '%2', was due %3, %4 ago")
                      .arg(clientName(pr.clientId), pr.what, iso(pr.dueOn), days(late));
            add("promise_due", FindingKind::Alert, Severity::Warning, pr.clientId, pr.projectId,
                pr.dueOn, evidence);
        }
    }

    static Severity observationSeverity(ClientPattern pattern)
    {
        switch (pattern) {
        case ClientPattern::FreeWorkSeeker:
        case ClientPattern::PaysInPromises:
        case ClientPattern::Manipulation:
            return Severity::High;
        default:
            return Severity::Warning;
        }
    }

    void observationRules()
    {
        for (const Observation &o : m_facts.observations) {
            if (o.withdrawnOn.isValid() && o.withdrawnOn <= m_today)
                continue;
            if (o.observedOn.isValid() && o.observedOn > m_today)
                continue;
            const QString name = displayName(o.pattern);
            const QString note = o.note.trimmed();
            QString evidence;
            if (o.observedOn.isValid()) {
                evidence = note.isEmpty()
                    ? RedFlagEngine::tr("Observed on %1: %2").arg(iso(o.observedOn), name)
                    : RedFlagEngine::tr("Observed on %1 (%2): %3").arg(iso(o.observedOn), name, note);
            } else {
                evidence = note.isEmpty() ? RedFlagEngine::tr("Observed: %1").arg(name)
                                          : RedFlagEngine::tr("Observed (%1): %2").arg(name, note);
            }
            add(toId(o.pattern), FindingKind::Flag, observationSeverity(o.pattern), o.clientId, 0,
                o.observedOn, evidence);
        }
    }

    struct LateStages
    {
        int count = 0;
        const PaymentStage *latest = nullptr;
        const Project *project = nullptr;
    };

    const Facts &m_facts;
    const QDate m_today;
    const Thresholds m_t;
    const QLocale m_locale;
    QHash<qint64, const Client *> m_clients;
    QHash<qint64, const Project *> m_projects;
    mutable QHash<QString, QTimeZone> m_zones;
    QHash<qint64, LateStages> m_late;
    QList<Finding> m_out;
};

bool alertBefore(const Finding &a, const Finding &b)
{
    // Soonest first; a finding without a date goes last.
    if (a.date != b.date) {
        if (!a.date.isValid() || !b.date.isValid())
            return a.date.isValid();
        return a.date < b.date;
    }
    if (a.severity != b.severity)
        return a.severity > b.severity;
    if (a.clientId != b.clientId)
        return a.clientId < b.clientId;
    if (a.projectId != b.projectId)
        return a.projectId < b.projectId;
    if (a.rule != b.rule)
        return a.rule < b.rule;
    return a.evidence < b.evidence;
}

} // namespace

// ---------------------------------------------------------------- Facts

Result<Facts> Facts::load(Database &db)
{
    Facts facts;
    auto profile = ProfileStore(db).load();
    if (!profile)
        return Error{profile.error()};
    facts.profile = std::move(profile).value();
    auto clients = ClientStore(db).list();
    if (!clients)
        return Error{clients.error()};
    facts.clients = std::move(clients).value();
    auto projects = ProjectStore(db).list();
    if (!projects)
        return Error{projects.error()};
    facts.projects = std::move(projects).value();
    auto interactions = InteractionStore(db).list();
    if (!interactions)
        return Error{interactions.error()};
    facts.interactions = std::move(interactions).value();
    auto promises = PromiseStore(db).list();
    if (!promises)
        return Error{promises.error()};
    facts.promises = std::move(promises).value();
    auto observations = ObservationStore(db).list();
    if (!observations)
        return Error{observations.error()};
    facts.observations = std::move(observations).value();
    return facts;
}

// ---------------------------------------------------------------- Engine

int RedFlagEngine::weight(Severity severity)
{
    switch (severity) {
    case Severity::Info:
        return InfoWeight;
    case Severity::Warning:
        return WarningWeight;
    case Severity::High:
        return HighWeight;
    }
    return 0;
}

QList<Finding> RedFlagEngine::evaluate(const Facts &facts, const QDate &today)
{
    QList<Finding> findings = Evaluator(facts, today).run();

    QHash<qint64, qsizetype> clientOrder;
    clientOrder.reserve(facts.clients.size());
    for (qsizetype i = 0; i < facts.clients.size(); ++i)
        clientOrder.insert(facts.clients.at(i).id, i);
    const auto orderOf = [&](qint64 clientId) {
        return clientOrder.value(clientId, facts.clients.size());
    };
    std::sort(findings.begin(), findings.end(), [&](const Finding &a, const Finding &b) {
        if (a.kind != b.kind)
            return a.kind == FindingKind::Flag;
        if (a.kind == FindingKind::Alert)
            return alertBefore(a, b);
        if (a.clientId != b.clientId) {
            const qsizetype oa = orderOf(a.clientId);
            const qsizetype ob = orderOf(b.clientId);
            return oa != ob ? oa < ob : a.clientId < b.clientId;
        }
        if (a.severity != b.severity)
            return a.severity > b.severity;
        if (a.rule != b.rule)
            return a.rule < b.rule;
        if (a.projectId != b.projectId)
            return a.projectId < b.projectId;
        if (a.date != b.date)
            return a.date < b.date;
        return a.evidence < b.evidence;
    });
    return findings;
}

namespace {

void addToRisk(ClientRisk &risk, const Finding &f)
{
    risk.score += RedFlagEngine::weight(f.severity);
    risk.reasons << f.evidence;
    if (f.severity == Severity::High)
        risk.level = RiskLevel::Decline;
}

void settleRisk(ClientRisk &risk, const RuleThresholds &t)
{
    if (risk.level == RiskLevel::Decline)
        return;
    if (risk.score >= t.value(u"risk_decline_score"))
        risk.level = RiskLevel::Decline;
    else if (risk.score >= t.value(u"risk_caution_score"))
        risk.level = RiskLevel::Caution;
}

bool worseFirst(const Finding &a, const Finding &b)
{
    return a.severity > b.severity;
}

} // namespace

ClientRisk RedFlagEngine::risk(qint64 clientId, const QList<Finding> &findings,
                               const RuleThresholds &thresholds)
{
    QList<Finding> flags;
    for (const Finding &f : findings) {
        if (f.kind == FindingKind::Flag && f.clientId == clientId)
            flags << f;
    }
    std::stable_sort(flags.begin(), flags.end(), worseFirst);
    ClientRisk risk;
    risk.clientId = clientId;
    for (const Finding &f : flags)
        addToRisk(risk, f);
    settleRisk(risk, thresholds);
    return risk;
}

QHash<qint64, ClientRisk> RedFlagEngine::risks(const QList<Finding> &findings,
                                               const RuleThresholds &thresholds)
{
    QHash<qint64, QList<const Finding *>> byClient;
    for (const Finding &f : findings) {
        if (f.kind == FindingKind::Flag)
            byClient[f.clientId] << &f;
    }
    QHash<qint64, ClientRisk> result;
    result.reserve(byClient.size());
    for (auto it = byClient.begin(); it != byClient.end(); ++it) {
        QList<const Finding *> &flags = it.value();
        std::stable_sort(flags.begin(), flags.end(),
                         [](const Finding *a, const Finding *b) { return worseFirst(*a, *b); });
        ClientRisk risk;
        risk.clientId = it.key();
        for (const Finding *f : flags)
            addToRisk(risk, *f);
        settleRisk(risk, thresholds);
        result.insert(it.key(), risk);
    }
    return result;
}

bool RedFlagEngine::anyHigh(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(),
                       [](const Finding &f) { return f.severity == Severity::High; });
}

QList<Finding> RedFlagEngine::alertsOf(const QList<Finding> &findings)
{
    QList<Finding> alerts;
    for (const Finding &f : findings) {
        if (f.kind == FindingKind::Alert)
            alerts << f;
    }
    std::sort(alerts.begin(), alerts.end(), alertBefore);
    return alerts;
}

// ---------------------------------------------------------------- Reports

namespace {

QJsonValue projectRef(qint64 projectId)
{
    return projectId > 0 ? QJsonValue(projectId) : QJsonValue(QJsonValue::Null);
}

QJsonObject findingJson(const Finding &f)
{
    return QJsonObject{
        {u"rule"_s, f.rule},
        {u"kind"_s, toId(f.kind)},
        {u"severity"_s, toId(f.severity)},
        {u"project"_s, projectRef(f.projectId)},
        {u"evidence"_s, f.evidence},
    };
}

QHash<qint64, QList<const Finding *>> flagsByClient(const QList<Finding> &findings)
{
    QHash<qint64, QList<const Finding *>> byClient;
    for (const Finding &f : findings) {
        if (f.kind == FindingKind::Flag)
            byClient[f.clientId] << &f;
    }
    return byClient;
}

// Pads to a width in characters (evidence is left unpadded at line end).
QString pad(const QString &text, qsizetype width)
{
    return text.size() >= width ? text + u' ' : text.leftJustified(width);
}

} // namespace

QJsonObject FindingsReport::flagsJson(const Facts &facts, const QList<Finding> &findings,
                                      const QDate &today, qint64 clientId)
{
    const auto byClient = flagsByClient(findings);
    const auto risks = RedFlagEngine::risks(findings, facts.profile.thresholds);
    QJsonArray clients;
    for (const Client &c : facts.clients) {
        if (clientId > 0 && c.id != clientId)
            continue;
        const ClientRisk risk = risks.value(c.id, ClientRisk{c.id, RiskLevel::Ok, 0, {}});
        QJsonArray list;
        for (const Finding *f : byClient.value(c.id))
            list.append(findingJson(*f));
        clients.append(QJsonObject{
            {u"id"_s, c.id},
            {u"name"_s, c.name},
            {u"risk"_s, toId(risk.level)},
            {u"score"_s, risk.score},
            {u"findings"_s, list},
        });
    }
    return QJsonObject{{u"today"_s, iso(today)}, {u"clients"_s, clients}};
}

QJsonObject FindingsReport::alertsJson(const Facts &facts, const QList<Finding> &findings,
                                       const QDate &today)
{
    QHash<qint64, const Client *> clients;
    for (const Client &c : facts.clients)
        clients.insert(c.id, &c);
    QHash<qint64, const Project *> projects;
    for (const Project &p : facts.projects)
        projects.insert(p.id, &p);
    QJsonArray alerts;
    for (const Finding &f : RedFlagEngine::alertsOf(findings)) {
        QJsonObject o = findingJson(f);
        const Client *c = clients.value(f.clientId, nullptr);
        const Project *p = projects.value(f.projectId, nullptr);
        o.insert(u"date"_s, f.date.isValid() ? QJsonValue(iso(f.date)) : QJsonValue());
        o.insert(u"client"_s, f.clientId);
        o.insert(u"client_name"_s, c ? c->name : QString());
        o.insert(u"project_title"_s, p ? QJsonValue(p->title) : QJsonValue());
        alerts.append(o);
    }
    return QJsonObject{{u"today"_s, iso(today)}, {u"alerts"_s, alerts}};
}

QString FindingsReport::flagsText(const Facts &facts, const QList<Finding> &findings,
                                  const QDate &today, qint64 clientId)
{
    const auto byClient = flagsByClient(findings);
    const auto risks = RedFlagEngine::risks(findings, facts.profile.thresholds);
    QString out = tr("Red flags on %1").arg(iso(today)) + u'\n';
    bool any = false;
    for (const Client &c : facts.clients) {
        if (clientId > 0 && c.id != clientId)
            continue;
        any = true;
        const ClientRisk risk = risks.value(c.id, ClientRisk{c.id, RiskLevel::Ok, 0, {}});
        out += u'\n' + tr("%1 (#%2): %3, score %4")
                           .arg(c.name, QString::number(c.id), displayName(risk.level).toUpper(),
                                QString::number(risk.score))
            + u'\n';
        const auto list = byClient.value(c.id);
        if (list.isEmpty())
            out += u"  "_s + tr("no red flags") + u'\n';
        for (const Finding *f : list) {
            out += u"  "_s + pad(toId(f->severity), 8) + pad(f->rule, 28) + f->evidence + u'\n';
        }
    }
    if (!any)
        out += u'\n' + tr("No clients.") + u'\n';
    return out;
}

QString FindingsReport::alertsText(const Facts &facts, const QList<Finding> &findings,
                                   const QDate &today)
{
    QHash<qint64, const Client *> clients;
    for (const Client &c : facts.clients)
        clients.insert(c.id, &c);
    const QList<Finding> alerts = RedFlagEngine::alertsOf(findings);
    QString out = tr("Alerts on %1").arg(iso(today)) + u'\n';
    if (alerts.isEmpty())
        return out + tr("Nothing to do.") + u'\n';
    for (const Finding &f : alerts) {
        const Client *c = clients.value(f.clientId, nullptr);
        out += pad(f.date.isValid() ? iso(f.date) : u"-"_s, 11) + pad(toId(f.severity), 8)
            + pad(f.rule, 22) + pad(c ? c->name : tr("client #%1").arg(f.clientId), 20)
            + f.evidence + u'\n';
    }
    return out;
}

bool FindingsReport::flagsHaveHigh(const QList<Finding> &findings, qint64 clientId)
{
    return std::any_of(findings.cbegin(), findings.cend(), [&](const Finding &f) {
        return f.kind == FindingKind::Flag && f.severity == Severity::High
            && (clientId <= 0 || f.clientId == clientId);
    });
}

bool FindingsReport::alertsHaveHigh(const QList<Finding> &findings)
{
    return std::any_of(findings.cbegin(), findings.cend(), [](const Finding &f) {
        return f.kind == FindingKind::Alert && f.severity == Severity::High;
    });
}

} // namespace neuvo
