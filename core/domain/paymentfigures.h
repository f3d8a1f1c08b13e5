#pragma once

#include "core/domain/domain.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace neuvo {

// Where a payment stage stands on a given day. The order is the urgency
// order the payments table sorts the status column by.
enum class StageStatus { Overdue, DueSoon, PartiallyPaid, Unpaid, Paid, Proposed, NotCollected };

// Figures about payment stages that the payments page and the dashboard
// share. Free of widgets so the tests check the numbers without pixels.
class PaymentFigures final
{
    Q_DECLARE_TR_FUNCTIONS(PaymentFigures)

public:
    // Where the stage stands: Overdue is PaymentStage::isOverdue, and only a
    // project that owes money (owesMoney()) has stages to collect, so the
    // payments page, the dashboard and the red-flag engine (payment_overdue,
    // stage_due_soon) classify a stage alike and a lead's draft stages never
    // count as income to expect. dueSoonDays is the stage_due_soon_days
    // threshold: the same window as the stage_due_soon alert.
    static StageStatus status(const Project &project, const PaymentStage &stage,
                              const QDate &today, int dueSoonDays);
    // What is still to be collected: the unpaid rest of an owed stage, 0 for
    // a paid stage and for one that is not owed.
    static qint64 outstandingMinor(StageStatus status, const PaymentStage &stage);

    static QString label(StageStatus status);
    static QString explanation(StageStatus status);
};

// One month of the income chart, amounts in the series' currency.
struct IncomeMonth
{
    QDate month; // the first day of the month
    qint64 paidMinor = 0;     // received in this month (by the stage's paidOn)
    qint64 expectedMinor = 0; // the unpaid rest of owed stages due this month

    friend bool operator==(const IncomeMonth &, const IncomeMonth &) = default;
};

// Paid per month against expected from unpaid stages, in one currency:
// there are no exchange rates in Neuvo, and adding roubles to euros would
// draw a wrong chart.
struct IncomeSeries
{
    QString currency;
    QList<IncomeMonth> months; // oldest first
    // Currencies of stages that would have counted in the window but were
    // left out because they are not `currency`, sorted.
    QStringList otherCurrencies;

    // The monthsBack months up to and including the month of today, then
    // monthsAhead months after it ("last 6 and next 6" by default).
    static IncomeSeries compute(const QList<Project> &projects, const QDate &today,
                                const QString &currency, int monthsBack = 6, int monthsAhead = 6);

    qint64 maxMinor() const;
};

} // namespace neuvo
