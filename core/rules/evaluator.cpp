#include "evaluator.h"

#include "ruletitles.h"
#include "core/domain/plural.h"

using namespace Qt::StringLiterals;

namespace neuvo::evaluation {

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

std::optional<int> compareProducts(qint64 a, qint64 b, qint64 c, qint64 d)
{
    qint64 left = 0;
    qint64 right = 0;
    if (__builtin_mul_overflow(a, b, &left) || __builtin_mul_overflow(c, d, &right))
        return std::nullopt;
    return left < right ? -1 : (left > right ? 1 : 0);
}

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

Evaluator::Evaluator(const Facts &facts, const QDate &today)
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
    for (const Interaction &i : facts.interactions) {
        if (i.kind != InteractionKind::DiscountRequest || !i.projectId || !notFuture(i.at))
            continue;
        const Interaction *&latest = m_discountRequests[i.projectId];
        if (!latest || i.at >= latest->at)
            latest = &i;
    }
}

QList<Finding> Evaluator::run()
{
    for (const Project &project : m_facts.projects) {
        if (stopped())
            return takeFindings();
        projectRules(project);
    }
    for (void (Evaluator::*pass)() : {&Evaluator::chronicLatePayers, &Evaluator::interactionRules,
                                       &Evaluator::promiseRules, &Evaluator::observationRules,
                                       &Evaluator::partWays}) {
        if (stopped())
            return takeFindings();
        (this->*pass)();
    }
    return takeFindings();
}

QList<Finding> Evaluator::takeFindings()
{
    qsizetype count = 0;
    for (const QList<Finding> &block : std::as_const(m_blocks))
        count += block.size();
    QList<Finding> out;
    out.reserve(count);
    for (QList<Finding> &block : m_blocks) {
        for (Finding &f : block)
            out.append(std::move(f));
        block = {}; // freed as it is moved: no second copy of the report at once
    }
    m_blocks.clear();
    return out;
}

QString Evaluator::clientName(qint64 id) const
{
    const Client *c = client(id);
    return c ? c->name : RedFlagEngine::tr("client #%1").arg(id);
}

bool Evaluator::alertsWanted(qint64 clientId) const
{
    const Client *c = client(clientId);
    return !c || c->status != ClientStatus::Declined;
}

QString Evaluator::money(const Project &p, qint64 minor) const
{
    return Money(minor, p.currency).formatWithCode(m_locale);
}

void Evaluator::add(RuleId rule, FindingKind kind, Severity severity, qint64 clientId,
                    qint64 projectId, const QDate &date, QString evidence)
{
    Q_ASSERT_X(!evidence.isEmpty(), "RedFlagEngine", "a finding needs evidence");
    if (m_blocks.isEmpty() || m_blocks.last().size() == BlockSize) {
        m_blocks.emplaceBack();
        m_blocks.last().reserve(BlockSize);
    }
    m_blocks.last().append(Finding{rule, kind, severity, clientId, projectId, date,
                                   std::move(evidence)});
}

void Evaluator::add(const char *rule, FindingKind kind, Severity severity, qint64 clientId,
                    qint64 projectId, const QDate &date, QString evidence)
{
    // Each literal's id looked up once, not once per finding.
    const auto it = m_ruleIds.constFind(rule);
    const RuleId id = it != m_ruleIds.cend()
        ? *it
        : *m_ruleIds.insert(rule, RuleId(QLatin1StringView(rule)));
    add(id, kind, severity, clientId, projectId, date, std::move(evidence));
}

void Evaluator::flag(const char *rule, Severity severity, qint64 clientId, qint64 projectId,
                     const QDate &date, QString evidence)
{
    add(rule, FindingKind::Flag, severity, clientId, projectId, date, std::move(evidence));
}

void Evaluator::alert(const char *rule, Severity severity, const Project &p, const QDate &date,
                      QString evidence)
{
    if (alertsWanted(p.clientId))
        add(rule, FindingKind::Alert, severity, p.clientId, p.id, date, std::move(evidence));
}

void Evaluator::promiseRules()
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

Severity Evaluator::observationSeverity(ClientPattern pattern)
{
    switch (pattern) {
    case ClientPattern::Disrespect:
    case ClientPattern::FreeWorkSeeker:
        return Severity::High;
    default:
        return Severity::Warning;
    }
}

void Evaluator::observationRules()
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

void Evaluator::partWays()
{
    // The high flags per client, the worst reason first by rule id for a
    // stable sentence.
    QHash<qint64, QList<RuleId>> highRules;
    // Dated by the latest high flag, so the alert is the same finding from
    // day to day (and announced once).
    QHash<qint64, QDate> since;
    for (const QList<Finding> &block : std::as_const(m_blocks)) {
        for (const Finding &f : block) {
            if (f.kind != FindingKind::Flag || f.severity != Severity::High)
                continue;
            if (!highRules[f.clientId].contains(f.rule))
                highRules[f.clientId] << f.rule;
            QDate &latest = since[f.clientId];
            if (f.date.isValid() && (!latest.isValid() || f.date > latest))
                latest = f.date;
        }
    }
    if (highRules.isEmpty())
        return;
    // The projects under way of the clients concerned, in the order of
    // facts.projects, found in one pass (not one pass per client).
    QHash<qint64, QList<const Project *>> underWay;
    for (const Project &p : m_facts.projects) {
        if (highRules.contains(p.clientId)
            && isOneOf(p.status, {ProjectStatus::Agreed, ProjectStatus::InProgress}))
            underWay[p.clientId] << &p;
    }
    for (auto it = highRules.begin(); it != highRules.end(); ++it) {
        if (!underWay.contains(it.key()))
            continue;
        // Named as a person calls them, in the order of their ids.
        std::sort(it.value().begin(), it.value().end());
        QStringList reasons;
        for (const RuleId rule : std::as_const(it.value()))
            reasons << RuleTitles::titleOrId(rule.toString());
        const QString why = reasons.join(u", "_s);
        for (const Project *project : underWay.value(it.key())) {
            const Project &p = *project;
            alert("part_ways", Severity::High, p, since.value(it.key()),
                  RedFlagEngine::tr("%1 is to decline (%2) while '%3' is in progress: finish the stage already paid for or refund it, and part ways; take no new work from this client")
                      .arg(clientName(p.clientId), why, p.title));
        }
    }
}

bool alertBefore(const Finding &a, const Finding &b)
{
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

} // namespace neuvo::evaluation
