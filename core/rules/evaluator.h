#pragma once

// The red-flag rules as one evaluation over the facts, shared by the files
// that hold them: evaluator.cpp (the frame, promises and observations),
// projectrules.cpp (projects, stages, revisions, prices, deadlines) and
// interactionrules.cpp (the interaction log). Internal to neuvo_rules; the
// public face is RedFlagEngine in redflags.h.

#include "contacthours.h"
#include "redflags.h"

#include "core/domain/pricing.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>
#include <QTimeZone>

#include <atomic>
#include <initializer_list>
#include <optional>

// Decisions the rule catalogue (docs/design.md) leaves open, in one place:
//
// Which projects a rule looks at
// - Money owed now (payment_overdue, work_without_prepayment,
//   stage_due_soon): the projects that owe money (neuvo::owesMoney: agreed,
//   in_progress and delivered), through PaymentStage::isOverdue,
//   isWorkWithoutPrepayment and PaymentFigures::status, which every view
//   asks as well.
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
//   they made); status_pressure counts inbound requests only.
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
// - revisions_exceeded counts rounds only: the freelancer's own errors are
//   fixed free and a change of scope is never also a round.
// - unbilled_changes: any out-of-scope change with no charge (an alert: the
//   freelancer's to bill).
// - below_floor_rate compares only projects in the profile's currency: there
//   are no exchange rates in Neuvo, and a guessed rate would make a wrong flag.
//
// Severity of observations: disrespect and free_work_seeker are High (the
// two the freelancer refuses at once); the eight others are Warning.
//
// Flags and alerts: a flag is the client's behaviour and makes the risk;
// what the freelancer did or has to do (work before payment, an unbilled
// change, a discount for nothing, an NDA without surcharge, a price without
// breakdown, a plan paying after the work, no deadline margin) is an alert
// and never raises a client's risk.
//
// Windows: late payments, discount requests, contact outside the hours and
// status requests count within behaviour_window_days before today; ticked
// observations and requests for free work stand until withdrawn.
//
// Risk score weights: info 1, warning 2, high 6 (a High flag means Decline
// anyway). With the default thresholds one warning makes Caution and three
// make Decline.

namespace neuvo::evaluation {

// Pieces of evidence: a date as yyyy-MM-dd, "3 days", 'text', and
// "Stage 2 'Design' of 'Landing page'".
QString iso(const QDate &date);
QString days(qint64 n);
QString quoted(const QString &text);
QString stageName(const Project &project, const PaymentStage &stage);

// Which projects a rule looks at (see above).
bool isOneOf(ProjectStatus status, std::initializer_list<ProjectStatus> statuses);
bool notDeliveredYet(ProjectStatus s);
bool isOngoingRelation(ProjectStatus s);
bool isBeforeAgreement(ProjectStatus s);

// a * b compared with c * d without overflow: -1, 0, 1, or nullopt when a
// product does not fit.
std::optional<int> compareProducts(qint64 a, qint64 b, qint64 c, qint64 d);

// The thresholds the rules use, read once from the profile.
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
        , renewalMarginDays(t.value(u"contract_renewal_margin_days"))
        , behaviourWindowDays(t.value(u"behaviour_window_days"))
        , ndaMinMarkupPercent(t.value(u"nda_min_markup_percent"))
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
    int renewalMarginDays;
    int behaviourWindowDays;
    int ndaMinMarkupPercent;
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

Window fullestWindow(const QList<qint64> &sortedKeys, qint64 span);

// Per-client digest of the interaction log, built in one pass.
struct ClientLog
{
    QList<const Interaction *> discountRequests;
    QList<const Interaction *> statusRequests;
    QList<const Interaction *> outsideHours;
    QList<const Interaction *> freeTestRequests;
    QDateTime lastInbound;
    // The latest reminder per project (0: about no project): a reminder
    // about one project does not answer for another's brief.
    QHash<qint64, QDateTime> lastReminder;
};

// One evaluation of every rule over the facts for one day; run() returns
// the findings unsorted.
class Evaluator final
{
public:
    Evaluator(const Facts &facts, const QDate &today);

    // Checked between projects and between the passes of run(): once it
    // is true, run() returns what it has found so far, which is then not
    // a complete report (RedFlagEngine::evaluate).
    void setStop(const std::atomic<bool> *stop) { m_stop = stop; }
    QList<Finding> run();

private:
    bool stopped() const { return m_stop && m_stop->load(std::memory_order_relaxed); }
    const Client *client(qint64 id) const { return m_clients.value(id, nullptr); }
    QString clientName(qint64 id) const;
    bool alertsWanted(qint64 clientId) const;
    QString money(const Project &p, qint64 minor) const;
    bool notFuture(const QDateTime &at) const { return at.isValid() && at.toUTC().date() <= m_today; }
    // Behaviour counts within the window: on or after this day.
    QDate windowStart() const { return m_today.addDays(-qint64(m_t.behaviourWindowDays)); }
    bool inWindow(const QDate &on) const { return on.isValid() && on >= windowStart(); }
    // The client's agreed contact hours, or the freelancer's working hours
    // and days when none were agreed (no contact days).
    ContactHours hoursOf(const Client &c) const { return ContactHours::of(c, m_facts.profile); }

    // What add() gathered, in one list of the exact size, in the order found.
    QList<Finding> takeFindings();

    void add(RuleId rule, FindingKind kind, Severity severity, qint64 clientId,
             qint64 projectId, const QDate &date, QString evidence);
    void add(const char *rule, FindingKind kind, Severity severity, qint64 clientId,
             qint64 projectId, const QDate &date, QString evidence);
    void flag(const char *rule, Severity severity, qint64 clientId, qint64 projectId,
              const QDate &date, QString evidence);
    void alert(const char *rule, Severity severity, const Project &p, const QDate &date,
               QString evidence);

    // ---- Projects and their stages, revisions and price changes ----

    void projectRules(const Project &p);
    void stageRules(const Project &p);
    void chronicLatePayers();
    void revisionRules(const Project &p);
    void devaluesWork(const Project &p, const Money &total);
    void discountRules(const Project &p, const PriceBreakdown &price);
    void belowFloorRate(const Project &p, const Money &total);
    void postpaymentPlan(const Project &p);
    void ndaWithoutSurcharge(const Project &p, const PriceBreakdown &price);
    void noPriceBreakdown(const Project &p);
    void deadlineWithoutMargin(const Project &p);
    // The days a deadline moves because the client paid late: the longest
    // delay of a stage paid (or still unpaid) after its due date.
    qint64 clientDelayDays(const Project &p) const;

    // The stage a missed deadline's guarantee refunds: the latest one with
    // work started, else the latest (partly) paid one, else the first.
    static const PaymentStage *guaranteedStage(const Project &p);
    void deadlineRules(const Project &p);
    void priceNotice(const Project &p);
    void contractRenewal(const Project &p);

    // ---- The interaction log ----

    void interactionRules();
    QString localStamp(const QDateTime &at, const Client *c) const;

    void discountPressure(qint64 clientId, const QList<const Interaction *> &requests);
    void statusPressure(qint64 clientId, const QList<const Interaction *> &requests);
    void outsideHours(qint64 clientId, const QList<const Interaction *> &contacts);
    void freeWorkSeeker(qint64 clientId, const QList<const Interaction *> &requests);
    void briefUnanswered(const Interaction &brief, const ClientLog &log);
    void unconfirmedAgreement(const Interaction &i);

    // ---- Promises and observations ----

    void promiseRules();
    static Severity observationSeverity(ClientPattern pattern);
    void observationRules();
    // A client with a high flag and work in progress: the way out of the
    // running project, as an alert.
    void partWays();

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
    // Each client's time zone, made once per zone id.
    mutable ClientZones m_zones;
    QHash<qint64, LateStages> m_late;
    // The latest discount request about each project, up to today.
    QHash<qint64, const Interaction *> m_discountRequests;
    // The findings so far, in blocks of BlockSize. One list grown a
    // finding at a time keeps room for up to as many again, and making it
    // exact at the end (squeeze) holds both copies at once: at 10 000
    // clients that moment was the window's peak of memory. Blocks are
    // moved into a list of the exact size and freed one by one.
    static constexpr qsizetype BlockSize = 4096;
    QList<QList<Finding>> m_blocks;
    // Rule ids by the literal that names them (see add()).
    QHash<const char *, RuleId> m_ruleIds;
    const std::atomic<bool> *m_stop = nullptr;
};

// Alerts soonest first; a finding without a date goes last.
bool alertBefore(const Finding &a, const Finding &b);

} // namespace neuvo::evaluation
