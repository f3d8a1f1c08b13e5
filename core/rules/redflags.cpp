#include "redflags.h"

#include "evaluator.h"
#include "core/domain/isotext.h"

#include <QSet>

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// Writes n in decimal at out, returns the end. What QString::number() gives.
QChar *writeNumber(QChar *out, qint64 n)
{
    quint64 magnitude = n < 0 ? 0 - quint64(n) : quint64(n);
    if (n < 0)
        *out++ = u'-';
    char16_t digits[20];
    int count = 0;
    do {
        digits[count++] = char16_t(u'0' + magnitude % 10);
        magnitude /= 10;
    } while (magnitude > 0);
    while (count > 0)
        *out++ = QChar(digits[--count]);
    return out;
}

} // namespace

QString Finding::identity() const
{
    // "rule|client|project|date", the date as QDate::toString(Qt::ISODate)
    // gives it (yyyy-MM-dd for years 1-9999, else empty). Written into one
    // string: the notifier and the dashboard make one for each of
    // thousands of findings in the window's thread, and QDate::toString()
    // (a printf) and QString::number() took most of their time.
    const QString ruleText = rule.toString();
    QString id(ruleText.size() + 2 * 21 + 3 + 10, Qt::Uninitialized);
    QChar *out = std::copy(ruleText.cbegin(), ruleText.cend(), id.data());
    *out++ = u'|';
    out = writeNumber(out, clientId);
    *out++ = u'|';
    out = writeNumber(out, projectId);
    *out++ = u'|';
    if (date.isValid() && writeIsoDate(reinterpret_cast<char16_t *>(out), date))
        out += 10;
    id.truncate(out - id.constData());
    return id;
}

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

namespace {

// evaluate()'s order: flags grouped by client in the order of
// facts.clients, worst first; then alerts, soonest first.
void sortReport(QList<Finding> &findings, const Facts &facts)
{
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
            return evaluation::alertBefore(a, b);
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
}

} // namespace

namespace {

// The report is kept for as long as the window shows it: its list is made
// at its exact size (Evaluator::takeFindings, reevaluateClient), so it
// holds no room to grow into; squeeze() would copy the whole report.
void settleReport(QList<Finding> &findings, const Facts &facts)
{
    sortReport(findings, facts);
    Q_ASSERT(findings.capacity() == findings.size());
}

// What the evaluation built on its way and freed (the indexes of clients
// and projects, each client's digest of the log, the blocks of findings)
// is given back to the system. With glibc, memory freed by a thread stays
// in that thread's arena, resident, and the window never reuses it (its
// allocations come from the main thread's arena): at 10 000 clients it was
// several MB of the window's peak. malloc_trim() returns the free pages of
// every arena; elsewhere the allocator decides.
void giveBackFreedMemory()
{
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace

QList<Finding> RedFlagEngine::evaluate(const Facts &facts, const QDate &today)
{
    QList<Finding> findings = evaluation::Evaluator(facts, today).run();
    settleReport(findings, facts);
    giveBackFreedMemory();
    return findings;
}

QList<Finding> RedFlagEngine::evaluate(const Facts &facts, const QDate &today, const std::atomic<bool> &stop)
{
    evaluation::Evaluator evaluator(facts, today);
    evaluator.setStop(&stop);
    QList<Finding> findings = evaluator.run();
    if (stop.load())
        return findings; // incomplete: not worth ordering
    settleReport(findings, facts);
    giveBackFreedMemory();
    return findings;
}

QList<Finding> RedFlagEngine::reevaluateClient(const Facts &facts, qint64 clientId, const QDate &today,
                                               const QList<Finding> &report)
{
    // Everything a finding about the client can depend on: its own records,
    // the projects they name (a promise about a cancelled project is no
    // alert), and other clients' interactions about its projects (a
    // discount asked for on its project). Findings about anyone else that
    // this scope produces are dropped.
    Facts scope;
    scope.profile = facts.profile;
    QSet<qint64> ownProjects;
    for (const Project &p : facts.projects) {
        if (p.clientId == clientId)
            ownProjects.insert(p.id);
    }
    QSet<qint64> named;
    for (const Interaction &i : facts.interactions) {
        if (i.clientId == clientId || (i.projectId && ownProjects.contains(i.projectId))) {
            scope.interactions << i;
            if (i.projectId)
                named.insert(i.projectId);
        }
    }
    for (const Promise &p : facts.promises) {
        if (p.clientId == clientId) {
            scope.promises << p;
            if (p.projectId)
                named.insert(p.projectId);
        }
    }
    for (const Observation &o : facts.observations) {
        if (o.clientId == clientId)
            scope.observations << o;
    }
    QSet<qint64> clientsNamed{clientId};
    for (const Project &p : facts.projects) {
        if (p.clientId == clientId || named.contains(p.id)) {
            scope.projects << p;
            clientsNamed.insert(p.clientId);
        }
    }
    for (const Interaction &i : std::as_const(scope.interactions))
        clientsNamed.insert(i.clientId);
    for (const Client &c : facts.clients) {
        if (clientsNamed.contains(c.id))
            scope.clients << c;
    }

    QList<Finding> fresh = evaluation::Evaluator(scope, today).run();
    fresh.removeIf([clientId](const Finding &f) { return f.clientId != clientId; });
    const qsizetype kept = std::count_if(report.cbegin(), report.cend(),
                                         [clientId](const Finding &f) { return f.clientId != clientId; });
    QList<Finding> findings;
    findings.reserve(kept + fresh.size());
    for (const Finding &f : report) {
        if (f.clientId != clientId)
            findings << f;
    }
    for (Finding &f : fresh)
        findings << std::move(f);
    settleReport(findings, facts);
    return findings;
}

QList<Finding> RedFlagEngine::evaluateDraft(const Facts &facts, const Project &draft, const QDate &today)
{
    // A new project has no id yet; findings need one to say what they are
    // about, and no stored record has this one.
    constexpr qint64 unsavedId = -1;
    Facts scope;
    scope.profile = facts.profile;
    for (const Client &c : facts.clients) {
        if (c.id == draft.clientId)
            scope.clients << c;
    }
    for (const Project &p : facts.projects) {
        if (p.clientId == draft.clientId && p.id != draft.id)
            scope.projects << p;
    }
    Project project = draft;
    if (project.id == 0)
        project.id = unsavedId;
    scope.projects << project;
    for (const Interaction &i : facts.interactions) {
        if (i.clientId == draft.clientId)
            scope.interactions << i;
    }
    for (const Promise &p : facts.promises) {
        if (p.clientId == draft.clientId)
            scope.promises << p;
    }
    for (const Observation &o : facts.observations) {
        if (o.clientId == draft.clientId)
            scope.observations << o;
    }
    QList<Finding> findings;
    for (Finding &f : evaluation::Evaluator(scope, today).run()) {
        if (f.projectId != project.id)
            continue;
        f.projectId = draft.id;
        findings << std::move(f);
    }
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
    risk.reasons.reserve(flags.size());
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
        risk.reasons.reserve(flags.size());
        for (const Finding *f : flags)
            addToRisk(risk, *f);
        settleRisk(risk, thresholds);
        result.insert(it.key(), risk);
    }
    byClient = {};
    giveBackFreedMemory();
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
    std::sort(alerts.begin(), alerts.end(), evaluation::alertBefore);
    return alerts;
}

} // namespace neuvo
