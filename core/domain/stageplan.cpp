#include "stageplan.h"

#include <algorithm>
#include <numeric>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// GCC and Clang provide 128-bit integers; __extension__ tells -Wpedantic
// that relying on them is deliberate.
__extension__ typedef __int128 Int128;

// More stages than this is a typo, not a payment plan, and would make the
// contract unreadable.
constexpr qsizetype kMaxStages = 1000;

} // namespace

QList<int> StagePlan::percentages(Template t)
{
    switch (t) {
    case Template::Quarters:
        return {25, 25, 25, 25};
    case Template::Halves:
        return {50, 50};
    case Template::ThirtyFortyThirty:
        return {30, 40, 30};
    }
    return {100};
}

QString StagePlan::displayName(Template t)
{
    switch (t) {
    case Template::Quarters:
        return tr("4 × 25 %");
    case Template::Halves:
        return tr("2 × 50 %");
    case Template::ThirtyFortyThirty:
        return tr("30 / 40 / 30 %");
    }
    return QString();
}

Result<QList<Money>> StagePlan::splitEqual(const Money &total, int count)
{
    if (count < 1)
        return fail(tr("A payment plan needs at least one stage, not %1").arg(count));
    if (count > kMaxStages)
        return fail(tr("%1 stages are too many; at most %2 are allowed").arg(count).arg(kMaxStages));
    return splitByWeights(total, QList<qint64>(count, 1));
}

Result<QList<Money>> StagePlan::splitByPercentages(const Money &total, const QList<int> &percents)
{
    qint64 sum = 0;
    QList<qint64> weights;
    weights.reserve(percents.size());
    for (qsizetype i = 0; i < percents.size(); ++i) {
        if (percents[i] < 0)
            return fail(tr("Stage %1 has a negative share (%2 %)").arg(i + 1).arg(percents[i]));
        sum += percents[i]; // at most 1000 ints: no overflow in 64 bits
        weights.append(percents[i]);
        if (i + 1 >= kMaxStages && i + 1 < percents.size())
            return fail(tr("%1 stages are too many; at most %2 are allowed")
                            .arg(percents.size())
                            .arg(kMaxStages));
    }
    if (sum != 100)
        return fail(tr("The stage shares add up to %1 %, not 100 %").arg(sum));
    return splitByWeights(total, weights);
}

Result<QList<Money>> StagePlan::split(const Money &total, Template t)
{
    return splitByPercentages(total, percentages(t));
}

Result<QList<Money>> StagePlan::splitByWeights(const Money &total, const QList<qint64> &weights)
{
    if (!total.isValid())
        return fail(tr("\"%1\" is not a currency code").arg(total.currency()));
    if (total.isNegative())
        return fail(tr("A negative total (%1) cannot be split into stages")
                        .arg(total.formatWithCode(QLocale())));
    if (weights.isEmpty())
        return fail(tr("A payment plan needs at least one stage, not %1").arg(0));
    if (weights.size() > kMaxStages)
        return fail(tr("%1 stages are too many; at most %2 are allowed")
                        .arg(weights.size())
                        .arg(kMaxStages));

    qint64 weightSum = 0;
    for (qsizetype i = 0; i < weights.size(); ++i) {
        if (weights[i] < 0)
            return fail(tr("Stage %1 has a negative weight (%2)").arg(i + 1).arg(weights[i]));
        if (__builtin_add_overflow(weightSum, weights[i], &weightSum))
            return fail(tr("The stage weights are too large"));
    }
    if (weightSum == 0)
        return fail(tr("The stage weights add up to zero"));

    // Floor every exact share, then hand the minor units still missing to
    // the largest remainders. total × weight can need 126 bits.
    const qsizetype n = weights.size();
    QList<qint64> shares(n);
    QList<Int128> remainders(n);
    qint64 assigned = 0;
    for (qsizetype i = 0; i < n; ++i) {
        const Int128 scaled = static_cast<Int128>(total.minor()) * weights[i];
        shares[i] = static_cast<qint64>(scaled / weightSum); // <= total
        remainders[i] = scaled % weightSum;
        assigned += shares[i]; // the floors never exceed total
    }
    QList<qsizetype> order(n);
    std::iota(order.begin(), order.end(), qsizetype(0));
    // stable_sort keeps equal remainders in stage order: ties go to the
    // earlier stage, so a client sees the extra cent on the first payment.
    std::stable_sort(order.begin(), order.end(),
                     [&](qsizetype a, qsizetype b) { return remainders[a] > remainders[b]; });
    // The leftover is below n because every remainder is below weightSum.
    const qint64 leftover = total.minor() - assigned;
    for (qint64 k = 0; k < leftover; ++k)
        ++shares[order[k]];

    QList<Money> result;
    result.reserve(n);
    for (qint64 share : std::as_const(shares))
        result.append(Money(share, total.currency()));
    return result;
}

} // namespace neuvo
