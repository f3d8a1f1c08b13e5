#pragma once

#include "compacttext.h"
#include "ruleid.h"
#include "facts.h"
#include "core/domain/domain.h"
#include "core/domain/enumids.h"
#include "core/domain/result.h"

#include <atomic>

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace neuvo {

// A byte each: a report holds tens of thousands of findings (Finding).
enum class FindingKind : quint8 { Flag, Alert };
enum class Severity : quint8 { Info, Warning, High };
enum class RiskLevel { Ok, Caution, Decline };

template<> struct EnumTraits<FindingKind> {
    static constexpr EnumEntry<FindingKind> entries[] = {
        {FindingKind::Flag, "flag", QT_TRANSLATE_NOOP("Enum", "Client flag")},
        {FindingKind::Alert, "alert", QT_TRANSLATE_NOOP("Enum", "Your alert")},
    };
};
template<> struct EnumTraits<Severity> {
    static constexpr EnumEntry<Severity> entries[] = {
        {Severity::Info, "info", QT_TRANSLATE_NOOP("Enum", "Info")},
        {Severity::Warning, "warning", QT_TRANSLATE_NOOP("Enum", "Warning")},
        {Severity::High, "high", QT_TRANSLATE_NOOP("Enum", "High")},
    };
};
template<> struct EnumTraits<RiskLevel> {
    static constexpr EnumEntry<RiskLevel> entries[] = {
        {RiskLevel::Ok, "ok", QT_TRANSLATE_NOOP("Enum", "OK")},
        {RiskLevel::Caution, "caution", QT_TRANSLATE_NOOP("Enum", "Caution")},
        {RiskLevel::Decline, "decline", QT_TRANSLATE_NOOP("Enum", "Decline")},
    };
};

// One red flag (about the client) or alert (something to do).
struct Finding
{
    // Stable id of the catalogue (docs/design.md), or one of the ten pattern
    // ids. With kind and severity it fills the first 8 bytes: a finding is
    // 40 bytes (it was 80 with the rule as a QString and the evidence in a
    // QByteArray).
    RuleId rule;
    FindingKind kind = FindingKind::Flag;
    Severity severity = Severity::Warning;
    qint64 clientId = 0;
    qint64 projectId = 0; // 0 = not about one project
    // What the finding is about in time (a due date, a deadline, the day a
    // reminder became due); alerts are sorted by it, soonest first. May be
    // null for a flag that has no date of its own.
    QDate date;
    // The translated sentence naming records and numbers, as the rules made
    // it in the language of the day; kept compactly (a report at 10 000
    // clients holds millions of characters of it) and read with toString().
    CompactText evidence;

    // Rule, client, project and date: the same finding across restarts and
    // across changes of the evidence text ("due in 3 days" becoming "in 2
    // days" is not news). What the seen and announced records store.
    QString identity() const;

    friend bool operator==(const Finding &, const Finding &) = default;
};
static_assert(sizeof(Finding) <= 40, "a report holds tens of thousands of findings: keep the record small");

struct ClientRisk
{
    qint64 clientId = 0;
    RiskLevel level = RiskLevel::Ok;
    int score = 0;
    QList<CompactText> reasons; // evidence of the contributing flags, worst first

    QStringList reasonTexts() const { return toStringList(reasons); }
};

// The red-flag catalogue of docs/design.md as a pure function of the facts
// and "today".
// Nothing here reads the clock, the database or the settings.
class RedFlagEngine final
{
    Q_DECLARE_TR_FUNCTIONS(RedFlagEngine)

public:
    // Score weights of a flag's severity. A High flag means Decline by
    // itself; its weight only matters for the reported score.
    static constexpr int InfoWeight = 1;
    static constexpr int WarningWeight = 2;
    static constexpr int HighWeight = 6;
    static int weight(Severity severity);

    // Every flag and alert. Flags come first, grouped by client in the
    // order of facts.clients (worst first within a client); then alerts,
    // soonest first. The order is deterministic.
    static QList<Finding> evaluate(const Facts &facts, const QDate &today);
    // The same, but the evaluation looks at *stop between projects and
    // between its passes over the records, and returns early once it is
    // true (set from another thread: a window that closes does not wait for
    // 10 000 clients). What it returns then is incomplete: *stop says so.
    static QList<Finding> evaluate(const Facts &facts, const QDate &today, const std::atomic<bool> &stop);
    // The report `report` (what evaluate() returned for the same day) after
    // an edit of one client's records: that client's findings are evaluated
    // again from facts (see Facts::reloadClient) and replace the old ones,
    // everyone else's are kept; the order is evaluate()'s. The result equals
    // evaluate(facts, today) as long as only that client changed since
    // `report`, at the cost of one client's records instead of all.
    static QList<Finding> reevaluateClient(const Facts &facts, qint64 clientId, const QDate &today,
                                           const QList<Finding> &report);
    // The findings about one project as they would be once `draft` is
    // saved: the draft takes the place of the stored project with its id (a
    // new project has id 0), and the rules see its client's other records
    // as stored. The project editor's hints come from here, so they follow
    // the same rules and thresholds as the dashboard.
    static QList<Finding> evaluateDraft(const Facts &facts, const Project &draft, const QDate &today);

    // The risk of one client from its flags (alerts do not count):
    // Decline for any High flag or a score >= risk_decline_score, Caution
    // for a score >= risk_caution_score, else Ok.
    static ClientRisk risk(qint64 clientId, const QList<Finding> &findings,
                           const RuleThresholds &thresholds);
    // The same for every client that appears in findings, in one pass.
    static QHash<qint64, ClientRisk> risks(const QList<Finding> &findings,
                                           const RuleThresholds &thresholds);

    static bool anyHigh(const QList<Finding> &findings);
    // The alerts of findings, soonest first.
    static QList<Finding> alertsOf(const QList<Finding> &findings);
};

} // namespace neuvo
