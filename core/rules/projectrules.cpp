#include "evaluator.h"

#include "core/domain/contractterms.h"
#include "core/domain/paymentfigures.h"
#include "core/domain/plural.h"

#include <algorithm>

// The rules over projects: stages and payments, revision rounds, the first
// offer, discounts, the floor rate, deadlines, price changes and contract
// terms.

using namespace Qt::StringLiterals;

namespace neuvo::evaluation {

void Evaluator::projectRules(const Project &p)
{
    const auto price = Pricing::compute(p);
    stageRules(p);
    revisionRules(p);
    if (price) {
        const PriceBreakdown &breakdown = *price;
        devaluesWork(p, breakdown.total);
        discountRules(p, breakdown);
        belowFloorRate(p, breakdown.total);
        ndaWithoutSurcharge(p, breakdown);
    }
    postpaymentPlan(p);
    noPriceBreakdown(p);
    deadlineWithoutMargin(p);
    deadlineRules(p);
    priceNotice(p);
    contractRenewal(p);
}

void Evaluator::stageRules(const Project &p)
{
    for (const PaymentStage &s : p.stages) {
        if (s.isFullyPaid()) {
            // Late payments count within the behaviour window.
            if (s.dueOn.isValid() && s.paidOn.isValid() && s.paidOn > s.dueOn
                && s.paidOn <= m_today && inWindow(s.paidOn)) {
                LateStages &late = m_late[p.clientId];
                ++late.count;
                if (!late.latest || s.paidOn >= late.latest->paidOn) {
                    late.latest = &s;
                    late.project = &p;
                }
            }
            continue;
        }
        // Overdue and due soon as the payments page shows them.
        const StageStatus status = PaymentFigures::status(p, s, m_today, m_t.stageDueSoonDays);
        const qint64 open = s.unpaidMinor();
        if (status == StageStatus::Overdue) {
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
        } else if (status == StageStatus::DueSoon) {
            const qint64 left = m_today.daysTo(s.dueOn);
            const QString evidence = left == 0
                ? RedFlagEngine::tr("%1: %2 is due today (%3)")
                      .arg(stageName(p, s), money(p, open), iso(s.dueOn))
                : RedFlagEngine::tr("%1: %2 is due %3, in %4")
                      .arg(stageName(p, s), money(p, open), iso(s.dueOn), days(left));
            alert("stage_due_soon", Severity::Info, p, s.dueOn, evidence);
        }
        if (s.isWorkWithoutPrepayment(m_today, p.status)) {
            const QString evidence = s.paidMinor > 0
                ? RedFlagEngine::tr("Work on %1 started %2 with only %3 of %4 paid: ask for the payment before you go on")
                      .arg(stageName(p, s), iso(s.workStartedOn), money(p, s.paidMinor),
                           money(p, s.amountMinor))
                : RedFlagEngine::tr("Work on %1 started %2 with nothing of %3 paid: ask for the payment before you go on")
                      .arg(stageName(p, s), iso(s.workStartedOn), money(p, s.amountMinor));
            // Starting before the money came is the freelancer's choice,
            // not the client's behaviour: an alert, never a risk.
            alert("work_without_prepayment", Severity::High, p, s.workStartedOn, evidence);
        }
    }
}

void Evaluator::chronicLatePayers()
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

void Evaluator::revisionRules(const Project &p)
{
    const int rounds = p.revisionRoundsUsed(m_today);
    QDate lastRound;
    int unbilled = 0;
    const Revision *lastUnbilled = nullptr;
    for (const Revision &r : p.revisions) {
        if (r.requestedOn.isValid() && r.requestedOn > m_today)
            continue;
        if (r.countsAsRound() && (!lastRound.isValid() || r.requestedOn > lastRound))
            lastRound = r.requestedOn;
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
        alert("unbilled_changes", Severity::Warning, p, lastUnbilled->requestedOn,
             RedFlagEngine::tr("'%1': %2 recorded with no charge, the latest on %3: '%4'; bill it as a change order")
                 .arg(p.title, count, iso(lastUnbilled->requestedOn),
                      lastUnbilled->description));
    }
}

void Evaluator::devaluesWork(const Project &p, const Money &total)
{
    // A low first figure alone is how a negotiation starts (the freelancer
    // shows what the work costs and often agrees at 2 to 2.5 times it); it
    // devalues the work only when pressure on the same project follows: a
    // discount request, or the client walking away on price.
    if (!p.firstOfferMinor || total.minor() <= 0)
        return;
    const qint64 offer = *p.firstOfferMinor;
    // offer / total <= percent / 100, in integers.
    const auto cmp = compareProducts(offer, 100, total.minor(), m_t.devaluesPercent);
    if (!cmp || *cmp > 0)
        return;
    const Interaction *request = m_discountRequests.value(p.id, nullptr);
    // Walking away on price: declined, or cancelled before any agreement
    // (no contract, nothing paid, no work started).
    bool agreedOnce = p.contractDate.isValid();
    for (const PaymentStage &s : p.stages)
        agreedOnce = agreedOnce || s.paidMinor > 0 || s.workStartedOn.isValid();
    const bool walkedAway = p.status == ProjectStatus::Declined
        || (p.status == ProjectStatus::Cancelled && !agreedOnce);
    if (!request && !walkedAway)
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
    const QDate on = request ? request->at.toUTC().date() : QDate();
    if (request) {
        evidence = request->summary.trimmed().isEmpty()
            ? RedFlagEngine::tr("%1, then a discount request on %2").arg(evidence, iso(on))
            : RedFlagEngine::tr("%1, then a discount request on %2: '%3'")
                  .arg(evidence, iso(on), request->summary.trimmed());
    } else {
        evidence = RedFlagEngine::tr("%1, then the project was %2 before any agreement")
                       .arg(evidence, displayName(p.status).toLower());
    }
    flag("devalues_work", Severity::Warning, p.clientId, p.id, on, evidence);
}

void Evaluator::discountRules(const Project &p, const PriceBreakdown &price)
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
        alert("discount_without_concession", Severity::Info, p, {},
             reason.isEmpty()
                 ? RedFlagEngine::tr("'%1': a discount of %2 was granted with no counter-concession recorded")
                       .arg(p.title, size)
                 : RedFlagEngine::tr("'%1': a discount of %2 was granted with no counter-concession recorded (reason: '%3')")
                       .arg(p.title, size, reason));
    }
}

void Evaluator::belowFloorRate(const Project &p, const Money &total)
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

const PaymentStage *Evaluator::guaranteedStage(const Project &p)
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

qint64 Evaluator::clientDelayDays(const Project &p) const
{
    // The contract's reading: a stage paid late moves the deadline by the
    // delay, so stages paid late add up.
    qint64 delay = 0;
    for (const PaymentStage &s : p.stages) {
        if (!s.dueOn.isValid())
            continue;
        if (s.isFullyPaid()) {
            if (s.paidOn.isValid() && s.paidOn > s.dueOn && s.paidOn <= m_today)
                delay += s.dueOn.daysTo(s.paidOn);
        } else if (s.dueOn < m_today) {
            delay += s.dueOn.daysTo(m_today);
        }
    }
    return delay;
}

void Evaluator::deadlineRules(const Project &p)
{
    if (!p.deadline.isValid() || p.deliveredOn.isValid() || !notDeliveredYet(p.status))
        return;
    const qint64 delay = owesMoney(p.status) ? clientDelayDays(p) : 0;
    const QDate deadline = p.deadline.addDays(delay);
    const QString deadlineText = delay == 0
        ? iso(deadline)
        : RedFlagEngine::tr("%1 (moved from %2 by %3 of late payment)")
              .arg(iso(deadline), iso(p.deadline), days(delay));
    const qint64 left = m_today.daysTo(deadline);
    if (left < 0) {
        if (!isOneOf(p.status, {ProjectStatus::Agreed, ProjectStatus::InProgress}))
            return;
        QString evidence = RedFlagEngine::tr("'%1' missed its deadline %2 by %3")
                               .arg(p.title, deadlineText, days(-left));
        // The delay is the freelancer's here (the client's late payments
        // moved the deadline already): the guarantee applies, if there is one.
        if (p.guaranteePercent > 0) {
            const PaymentStage *stage = guaranteedStage(p);
            if (stage) {
                const auto refund = Money(stage->amountMinor, p.currency).percentage(p.guaranteePercent);
                evidence = RedFlagEngine::tr("%1: the guarantee refunds %2 % of %3, %4 of %5")
                               .arg(evidence, QString::number(p.guaranteePercent),
                                    RedFlagEngine::tr("stage %1 '%2'").arg(QString::number(stage->position), stage->title),
                                    refund ? refund->formatWithCode(m_locale) : QString(),
                                    money(p, stage->amountMinor));
            } else {
                const auto total = Pricing::compute(p);
                const auto refund = total ? total->total.percentage(p.guaranteePercent)
                                          : Result<Money>(fail(QString()));
                evidence = RedFlagEngine::tr("%1: the guarantee refunds %2 % of the project total, %3 of %4")
                               .arg(evidence, QString::number(p.guaranteePercent),
                                    refund ? refund->formatWithCode(m_locale) : QString(),
                                    total ? total->total.formatWithCode(m_locale) : QString());
            }
        }
        alert("deadline_missed", Severity::High, p, deadline, evidence);
        return;
    }
    const QDate internal = deadline.addDays(-p.internalMarginDays);
    const bool soon = left <= m_t.deadlineAtRiskDays;
    const bool marginGone = p.internalMarginDays > 0 && internal < m_today;
    if (!soon && !marginGone)
        return;
    QString evidence = left == 0
        ? RedFlagEngine::tr("'%1' is due today (%2)").arg(p.title, deadlineText)
        : RedFlagEngine::tr("'%1' is due %2, in %3").arg(p.title, deadlineText, days(left));
    if (marginGone) {
        evidence = RedFlagEngine::tr("%1; the internal deadline %2 (%3 of margin) has passed")
                       .arg(evidence, iso(internal), days(p.internalMarginDays));
    }
    alert("deadline_at_risk", Severity::Warning, p, deadline, evidence);
}

void Evaluator::priceNotice(const Project &p)
{
    if (!isOngoingRelation(p.status))
        return;
    const int notice = m_facts.profile.noticeDays;
    for (const PriceChange &c : p.priceChanges) {
        if (!c.effectiveOn.isValid() || c.effectiveOn < m_today)
            continue;
        if (!isPriceRise(p, c))
            continue; // a cut needs no notice
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

void Evaluator::contractRenewal(const Project &p)
{
    if (!p.contractDate.isValid() || p.contractTermMonths <= 0 || !isOngoingRelation(p.status))
        return;
    // A rolling contract renews every term: the alert is about the end of
    // the current one. It comes early enough to announce a new price with
    // the full notice before the term ends.
    const QDate end = currentTermEnd(p, m_today);
    const qint64 left = m_today.daysTo(end);
    const int notice = m_facts.profile.noticeDays;
    if (left < 0 || left > qint64(notice) + m_t.renewalMarginDays)
        return;
    const QString term = englishPlural(
        RedFlagEngine::tr("%n month(s)", nullptr, p.contractTermMonths), p.contractTermMonths);
    const QString contract = p.contractNumber.trimmed().isEmpty()
        ? RedFlagEngine::tr("The contract for '%1'").arg(p.title)
        : RedFlagEngine::tr("Contract %1 for '%2'").arg(p.contractNumber, p.title);
    const QDate noticeBy = end.addDays(-notice);
    const QString when = noticeBy >= m_today
        ? RedFlagEngine::tr("announce a new price by %1 to give %2 of notice").arg(iso(noticeBy), days(notice))
        : RedFlagEngine::tr("a new price announced today takes effect %1").arg(iso(m_today.addDays(notice)));
    alert("contract_renewal_due", Severity::Info, p, end,
          RedFlagEngine::tr("%1 (signed %2, %3) ends %4, in %5: the moment to revisit prices; %6")
              .arg(contract, iso(p.contractDate), term, iso(end), days(left), when));
}

void Evaluator::postpaymentPlan(const Project &p)
{
    if (!isOngoingRelation(p.status))
        return;
    for (const PaymentStage &s : p.stages) {
        if (s.isFullyPaid() || !s.dueOn.isValid())
            continue;
        QString after;
        if (p.deliveredOn.isValid() && s.dueOn > p.deliveredOn)
            after = RedFlagEngine::tr("after the delivery on %1").arg(iso(p.deliveredOn));
        else if (p.deadline.isValid() && s.dueOn >= p.deadline)
            after = RedFlagEngine::tr("when the work is due (deadline %1)").arg(iso(p.deadline));
        else if (s.workStartedOn.isValid() && s.dueOn > s.workStartedOn)
            after = RedFlagEngine::tr("after its work started on %1").arg(iso(s.workStartedOn));
        if (after.isEmpty())
            continue;
        alert("postpayment_plan", Severity::Warning, p, s.dueOn,
              RedFlagEngine::tr("%1: %2 falls due %3, %4: payment after the work. Offer the same total in prepaid stages instead, each paid before its work starts")
                  .arg(stageName(p, s), money(p, s.amountMinor), iso(s.dueOn), after));
        return; // one per project: the plan is what to change
    }
}

void Evaluator::ndaWithoutSurcharge(const Project &p, const PriceBreakdown &price)
{
    if (!p.nda || !isOngoingRelation(p.status))
        return;
    qint64 surcharge = 0;
    qint64 discount = 0;
    for (const PriceLine &line : price.lines) {
        if (line.kind == PriceLine::Kind::NdaSurcharge)
            surcharge = line.amount.minor();
        else if (line.kind == PriceLine::Kind::Discount)
            discount = -line.amount.minor();
    }
    const int least = m_t.ndaMinMarkupPercent;
    if (p.ndaMarkupPercent < least) {
        alert("nda_without_surcharge", Severity::Warning, p, {},
              RedFlagEngine::tr("'%1' is under an NDA with a surcharge of %2 %: the NDA costs you the work in your portfolio, so ask %3–40 % more")
                  .arg(p.title, QString::number(p.ndaMarkupPercent), QString::number(least)));
    } else if (discount > 0 && discount >= surcharge) {
        alert("nda_without_surcharge", Severity::Warning, p, {},
              RedFlagEngine::tr("'%1': the discount of %2 cancels the NDA surcharge of %3: the NDA is then given away for free")
                  .arg(p.title, money(p, discount), money(p, surcharge)));
    }
}

void Evaluator::noPriceBreakdown(const Project &p)
{
    if (!isOneOf(p.status, {ProjectStatus::Agreed, ProjectStatus::InProgress}))
        return;
    for (const QString &item : p.includedItems) {
        if (!item.trimmed().isEmpty())
            return;
    }
    alert("no_price_breakdown", Severity::Info, p, {},
          RedFlagEngine::tr("'%1' is agreed at %2 with no list of what the price includes: write the included items down, so that the client's expectations and the work match")
              .arg(p.title, p.basePrice().formatWithCode(m_locale)));
}

void Evaluator::deadlineWithoutMargin(const Project &p)
{
    if (!isOneOf(p.status, {ProjectStatus::Agreed, ProjectStatus::InProgress})
        || !p.deadline.isValid() || p.deliveredOn.isValid() || p.deadline < m_today
        || p.internalMarginDays > 0)
        return;
    alert("deadline_without_margin", Severity::Info, p, p.deadline,
          RedFlagEngine::tr("'%1' is promised for %2 with no margin: keep your own deadline a few days earlier in case of force majeure")
              .arg(p.title, iso(p.deadline)));
}

} // namespace neuvo::evaluation
