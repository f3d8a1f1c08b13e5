#include "paymentfigures.h"

#include "moneytotals.h"

#include <QSet>

#include <algorithm>

namespace neuvo {

StageStatus PaymentFigures::status(const Project &project, const PaymentStage &stage,
                                   const QDate &today, int dueSoonDays)
{
    if (stage.isFullyPaid())
        return StageStatus::Paid;
    if (!project.owesMoney()) {
        switch (project.status) {
        case ProjectStatus::Lead:
        case ProjectStatus::BriefSent:
        case ProjectStatus::Negotiation:
            return StageStatus::Proposed;
        default:
            return StageStatus::NotCollected;
        }
    }
    if (stage.isOverdue(today, project.status))
        return StageStatus::Overdue;
    if (stage.dueOn.isValid() && today.daysTo(stage.dueOn) <= dueSoonDays)
        return StageStatus::DueSoon;
    return stage.paidMinor > 0 ? StageStatus::PartiallyPaid : StageStatus::Unpaid;
}

qint64 PaymentFigures::outstandingMinor(StageStatus status, const PaymentStage &stage)
{
    switch (status) {
    case StageStatus::Overdue:
    case StageStatus::DueSoon:
    case StageStatus::PartiallyPaid:
    case StageStatus::Unpaid:
        return stage.unpaidMinor();
    case StageStatus::Paid:
    case StageStatus::Proposed:
    case StageStatus::NotCollected:
        return 0;
    }
    return 0;
}

QString PaymentFigures::label(StageStatus status)
{
    switch (status) {
    case StageStatus::Overdue:
        return tr("Overdue");
    case StageStatus::DueSoon:
        return tr("Due soon");
    case StageStatus::PartiallyPaid:
        return tr("Partially paid");
    case StageStatus::Unpaid:
        return tr("Unpaid");
    case StageStatus::Paid:
        return tr("Paid");
    case StageStatus::Proposed:
        //: Payment stage status: the project is not agreed yet
        return tr("Proposal");
    case StageStatus::NotCollected:
        //: Payment stage status: the project was closed or cancelled with this stage unpaid
        return tr("Not collected");
    }
    return {};
}

QString PaymentFigures::explanation(StageStatus status)
{
    switch (status) {
    case StageStatus::Overdue:
        return tr("The due date has passed and the stage is not fully paid.");
    case StageStatus::DueSoon:
        return tr("Due within the warning period set in Preferences.");
    case StageStatus::PartiallyPaid:
        return tr("Part of the stage is paid; the rest is not due yet.");
    case StageStatus::Unpaid:
        return tr("Not paid and not due yet.");
    case StageStatus::Paid:
        return tr("Fully paid.");
    case StageStatus::Proposed:
        return tr("The project is not agreed yet, so nothing is owed.");
    case StageStatus::NotCollected:
        return tr("The project is closed or cancelled; this stage is no longer expected.");
    }
    return {};
}

IncomeSeries IncomeSeries::compute(const QList<Project> &projects, const QDate &today,
                                   const QString &currency, int monthsBack, int monthsAhead)
{
    IncomeSeries series;
    series.currency = currency;
    const QDate thisMonth(today.year(), today.month(), 1);
    const QDate first = thisMonth.addMonths(-(std::max(monthsBack, 1) - 1));
    const int count = std::max(monthsBack, 1) + std::max(monthsAhead, 0);
    for (int i = 0; i < count; ++i)
        series.months.append(IncomeMonth{first.addMonths(i), 0, 0});
    const QDate end = first.addMonths(count); // exclusive

    const auto slot = [&](const QDate &date) -> IncomeMonth * {
        if (!date.isValid() || date < first || date >= end)
            return nullptr;
        const int index = (date.year() - first.year()) * 12 + date.month() - first.month();
        return &series.months[index];
    };

    QSet<QString> others;
    for (const Project &p : projects) {
        const bool owed = p.owesMoney();
        for (const PaymentStage &s : p.stages) {
            IncomeMonth *paidIn = s.paidMinor > 0 ? slot(s.paidOn) : nullptr;
            const qint64 open = owed ? s.unpaidMinor() : 0;
            IncomeMonth *dueIn = open > 0 ? slot(s.dueOn) : nullptr;
            if (!paidIn && !dueIn)
                continue;
            if (p.currency != currency) {
                others.insert(p.currency);
                continue;
            }
            // Held at the int64 limit rather than wrapped: the chart then
            // shows a full bar, never a small or negative one.
            if (paidIn)
                MoneyTotals::addSaturating(paidIn->paidMinor, s.paidMinor);
            if (dueIn)
                MoneyTotals::addSaturating(dueIn->expectedMinor, open);
        }
    }
    series.otherCurrencies = others.values();
    series.otherCurrencies.sort();
    return series;
}

qint64 IncomeSeries::maxMinor() const
{
    qint64 max = 0;
    for (const IncomeMonth &m : months)
        max = std::max({max, m.paidMinor, m.expectedMinor});
    return max;
}

} // namespace neuvo
