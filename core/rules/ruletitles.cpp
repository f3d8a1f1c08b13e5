#include "ruletitles.h"

#include "core/domain/domain.h"
#include "core/domain/enumids.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// The ids with their untranslated names; the ten observed patterns are
// named by their enum (ClientPattern's "Enum" context), as the checklist
// names them.
const QHash<QString, const char *> &names()
{
    static const QHash<QString, const char *> table{
        // Client flags
        {u"payment_overdue"_s, QT_TRANSLATE_NOOP("RuleTitles", "Payment overdue")},
        {u"chronic_late_payer"_s, QT_TRANSLATE_NOOP("RuleTitles", "Pays late again and again")},
        {u"revisions_exceeded"_s, QT_TRANSLATE_NOOP("RuleTitles", "More revision rounds than included")},
        {u"discount_pressure"_s, QT_TRANSLATE_NOOP("RuleTitles", "Presses for discounts")},
        {u"discount_for_future_promise"_s, QT_TRANSLATE_NOOP("RuleTitles", "Discount for promised future orders")},
        {u"contact_outside_hours"_s, QT_TRANSLATE_NOOP("RuleTitles", "Contacts outside the agreed hours")},
        {u"status_pressure"_s, QT_TRANSLATE_NOOP("RuleTitles", "Presses for status updates")},
        // Your alerts
        {u"part_ways"_s, QT_TRANSLATE_NOOP("RuleTitles", "Part ways: finish or refund")},
        {u"work_without_prepayment"_s, QT_TRANSLATE_NOOP("RuleTitles", "Work started without payment")},
        {u"stage_due_soon"_s, QT_TRANSLATE_NOOP("RuleTitles", "Payment due soon")},
        {u"deadline_at_risk"_s, QT_TRANSLATE_NOOP("RuleTitles", "Deadline at risk")},
        {u"deadline_missed"_s, QT_TRANSLATE_NOOP("RuleTitles", "Deadline missed")},
        {u"promise_due"_s, QT_TRANSLATE_NOOP("RuleTitles", "Promise due")},
        {u"brief_unanswered"_s, QT_TRANSLATE_NOOP("RuleTitles", "Brief without an answer")},
        {u"unconfirmed_agreement"_s, QT_TRANSLATE_NOOP("RuleTitles", "Agreement not confirmed in writing")},
        {u"price_notice_due"_s, QT_TRANSLATE_NOOP("RuleTitles", "Price change needs notice")},
        {u"contract_renewal_due"_s, QT_TRANSLATE_NOOP("RuleTitles", "Contract renewal")},
        {u"below_floor_rate"_s, QT_TRANSLATE_NOOP("RuleTitles", "Below your floor rate")},
        {u"unbilled_changes"_s, QT_TRANSLATE_NOOP("RuleTitles", "Change not billed")},
        {u"discount_without_concession"_s, QT_TRANSLATE_NOOP("RuleTitles", "Discount without a concession")},
        {u"postpayment_plan"_s, QT_TRANSLATE_NOOP("RuleTitles", "Payment after the work")},
        {u"nda_without_surcharge"_s, QT_TRANSLATE_NOOP("RuleTitles", "NDA without its surcharge")},
        {u"no_price_breakdown"_s, QT_TRANSLATE_NOOP("RuleTitles", "Price without a breakdown")},
        {u"deadline_without_margin"_s, QT_TRANSLATE_NOOP("RuleTitles", "Deadline without a margin")},
    };
    return table;
}

} // namespace

QString RuleTitles::title(const QString &rule)
{
    if (const char *name = names().value(rule))
        return tr(name);
    // devalues_work and free_work_seeker are computed flags and observed
    // patterns both, with one name.
    if (const auto pattern = fromId<ClientPattern>(rule))
        return displayName(*pattern);
    return {};
}

QList<QString> RuleTitles::ruleIds()
{
    return names().keys();
}

QString RuleTitles::titleOrId(const QString &rule)
{
    const QString name = title(rule);
    return name.isEmpty() ? rule : name;
}

} // namespace neuvo
