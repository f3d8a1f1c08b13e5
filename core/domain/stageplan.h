#pragma once

#include "money.h"
#include "result.h"

#include <QList>

namespace neuvo {

// Splits a project total into payment stages. Shares are computed with the
// largest-remainder method, so the stages always sum exactly to the total
// and no stage differs from its exact share by a minor unit or more.
class StagePlan
{
    Q_DECLARE_TR_FUNCTIONS(StagePlan)

public:
    enum class Template { Quarters, Halves, ThirtyFortyThirty };

    // 4×25 %, 50/50, 30/40/30
    static QList<int> percentages(Template t);
    static QString displayName(Template t);

    // count equal stages; error when count < 1 or total negative/invalid.
    static Result<QList<Money>> splitEqual(const Money &total, int count);
    // One stage per weight; weights are non-negative and must sum to 100
    // (percent). Error otherwise.
    static Result<QList<Money>> splitByPercentages(const Money &total, const QList<int> &percents);
    static Result<QList<Money>> split(const Money &total, Template t);

    // The general method: one share per weight (any positive sum).
    static Result<QList<Money>> splitByWeights(const Money &total, const QList<qint64> &weights);
};

} // namespace neuvo
