#include "domain.h"

namespace neuvo {

namespace {
const char *const kWeekdayIds[] = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
}

QStringList weekdayIds(Weekdays days)
{
    QStringList ids;
    for (int day = 1; day <= 7; ++day) {
        if (hasWeekday(days, day))
            ids << QString::fromLatin1(kWeekdayIds[day - 1]);
    }
    return ids;
}

std::optional<Weekdays> weekdaysFromIds(const QStringList &ids)
{
    Weekdays days = 0;
    for (const QString &id : ids) {
        bool found = false;
        for (int day = 1; day <= 7; ++day) {
            if (id == QLatin1StringView(kWeekdayIds[day - 1])) {
                days = Weekdays(days | (1u << (day - 1)));
                found = true;
            }
        }
        if (!found)
            return std::nullopt;
    }
    return days;
}

bool owesMoney(ProjectStatus status)
{
    switch (status) {
    case ProjectStatus::Agreed:
    case ProjectStatus::InProgress:
    case ProjectStatus::Delivered:
        return true;
    case ProjectStatus::Lead:
    case ProjectStatus::BriefSent:
    case ProjectStatus::Negotiation:
    case ProjectStatus::Closed:
    case ProjectStatus::Declined:
    case ProjectStatus::Cancelled:
        return false;
    }
    return false;
}

bool PaymentStage::isOverdue(const QDate &today, ProjectStatus projectStatus) const
{
    return owesMoney(projectStatus) && !isFullyPaid() && dueOn.isValid() && today.isValid() && dueOn < today;
}

bool PaymentStage::isWorkWithoutPrepayment(const QDate &today, ProjectStatus projectStatus) const
{
    return owesMoney(projectStatus) && !isFullyPaid() && workStartedOn.isValid() && today.isValid()
        && workStartedOn <= today;
}

int revisionRoundsUsed(const QList<Revision> &revisions, const QDate &today)
{
    int rounds = 0;
    for (const Revision &r : revisions) {
        if (r.countsAsRound() && !(r.requestedOn.isValid() && r.requestedOn > today))
            ++rounds;
    }
    return rounds;
}

bool Project::owesMoney() const
{
    return neuvo::owesMoney(status);
}

const PaymentStage *Project::nextStage() const
{
    const PaymentStage *next = nullptr;
    for (const PaymentStage &s : stages) {
        if (!s.isFullyPaid() && (!next || s.position < next->position))
            next = &s;
    }
    return next;
}

const QList<ThresholdInfo> &RuleThresholds::all()
{
    static const QList<ThresholdInfo> thresholds = {
        {"payment_overdue_high_days", 14, QT_TRANSLATE_NOOP("Threshold", "Overdue payment becomes high after (days)")},
        {"chronic_late_payer_stages", 2, QT_TRANSLATE_NOOP("Threshold", "Late-paid stages that make a chronic late payer")},
        {"devalues_work_percent", 50, QT_TRANSLATE_NOOP("Threshold", "First offer at most this % of the quote devalues the work")},
        {"discount_pressure_requests", 2, QT_TRANSLATE_NOOP("Threshold", "Discount requests that count as pressure")},
        {"discount_pressure_days", 90, QT_TRANSLATE_NOOP("Threshold", "Window for discount requests (days)")},
        {"contact_outside_hours_count", 3, QT_TRANSLATE_NOOP("Threshold", "Contacts outside agreed hours that raise a flag")},
        {"contact_outside_hours_days", 30, QT_TRANSLATE_NOOP("Threshold", "Window for contacts outside hours (days)")},
        {"status_pressure_requests", 3, QT_TRANSLATE_NOOP("Threshold", "Status requests that count as pressure")},
        {"status_pressure_hours", 24, QT_TRANSLATE_NOOP("Threshold", "Window for status requests (hours)")},
        {"stage_due_soon_days", 7, QT_TRANSLATE_NOOP("Threshold", "Warn about an unpaid stage due within (days)")},
        {"deadline_at_risk_days", 3, QT_TRANSLATE_NOOP("Threshold", "Warn about a deadline within (days)")},
        {"brief_unanswered_days", 7, QT_TRANSLATE_NOOP("Threshold", "Suggest a reminder for an unanswered brief after (days)")},
        {"unconfirmed_agreement_days", 2, QT_TRANSLATE_NOOP("Threshold", "Agreement to confirm in writing within (days)")},
        {"contract_renewal_margin_days", 14, QT_TRANSLATE_NOOP("Threshold", "Warn about a contract term ending this many days before the price notice is due")},
        {"nda_min_markup_percent", 20, QT_TRANSLATE_NOOP("Threshold", "Least NDA surcharge (%)")},
        {"behaviour_window_days", 365, QT_TRANSLATE_NOOP("Threshold", "Client behaviour counts for (days)")},
        {"risk_caution_score", 2, QT_TRANSLATE_NOOP("Threshold", "Risk score for caution")},
        {"risk_decline_score", 6, QT_TRANSLATE_NOOP("Threshold", "Risk score for decline")},
        {"hours_per_revision_round", 2, QT_TRANSLATE_NOOP("Threshold", "Hours an extra revision round or an unbilled change takes (statistics)")},
        {"recent_agreements_count", 5, QT_TRANSLATE_NOOP("Threshold", "New agreements whose median rate old clients are compared with")},
    };
    return thresholds;
}

bool RuleThresholds::isKnown(QStringView key)
{
    for (const ThresholdInfo &info : all()) {
        if (key == QLatin1StringView(info.key))
            return true;
    }
    return false;
}

RuleThresholds::RuleThresholds()
{
    for (const ThresholdInfo &info : all())
        m_values.insert(QString::fromLatin1(info.key), info.defaultValue);
}

int RuleThresholds::value(QStringView key) const
{
    const auto it = m_values.constFind(key.toString());
    Q_ASSERT_X(it != m_values.cend(), "RuleThresholds::value", "unknown threshold key");
    return it == m_values.cend() ? 0 : it.value();
}

bool RuleThresholds::setValue(const QString &key, int value)
{
    if (!isKnown(key) || value < 0)
        return false;
    m_values[key] = value;
    return true;
}

} // namespace neuvo
