#include "contractterms.h"

namespace neuvo {

QDate currentTermEnd(const Project &project, const QDate &day)
{
    if (!project.contractDate.isValid() || project.contractTermMonths <= 0 || !day.isValid())
        return {};
    // A bound on the terms counted keeps a date centuries away finite.
    constexpr int MaxTerms = 10000;
    QDate end = project.contractDate.addMonths(project.contractTermMonths);
    for (int terms = 2; end < day && terms <= MaxTerms; ++terms)
        end = project.contractDate.addMonths(qint64(project.contractTermMonths) * terms);
    return end;
}

bool isPriceRise(const Project &project, const PriceChange &change)
{
    qint64 before = project.basePriceMinor;
    QDate beforeOn;
    for (const PriceChange &earlier : project.priceChanges) {
        if (earlier.effectiveOn.isValid() && earlier.effectiveOn < change.effectiveOn
            && (!beforeOn.isValid() || earlier.effectiveOn > beforeOn)) {
            beforeOn = earlier.effectiveOn;
            before = earlier.newPriceMinor;
        }
    }
    return change.newPriceMinor > before;
}

} // namespace neuvo
