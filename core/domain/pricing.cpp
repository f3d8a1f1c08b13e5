#include "pricing.h"

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

constexpr int kMaxNdaMarkupPercent = 1000;

} // namespace

QString PriceLine::label(const QLocale &locale) const
{
    switch (kind) {
    case Kind::Base:
        return Pricing::tr("Base price");
    case Kind::NdaSurcharge:
        return Pricing::tr("NDA surcharge %1 %").arg(locale.toString(percent));
    case Kind::Discount:
        return percent >= 0 ? Pricing::tr("Discount %1 %").arg(locale.toString(percent))
                            : Pricing::tr("Discount");
    case Kind::Total:
        return Pricing::tr("Total");
    }
    return QString();
}

QString PriceLine::text(const QLocale &locale) const
{
    QString number;
    switch (kind) {
    case Kind::NdaSurcharge:
        number = u'+' + amount.formatNumber(locale);
        break;
    case Kind::Discount:
        // Stored negative; shown as "-" and the size so that the reader sees
        // the same plain minus in every locale. -minor cannot overflow: the
        // discount is built by negating a non-negative amount.
        number = u'-' + Money(-amount.minor(), amount.currency()).formatNumber(locale);
        break;
    case Kind::Base:
    case Kind::Total:
        number = amount.formatNumber(locale);
        break;
    }
    //: A price line: label, then the amount without currency.
    return Pricing::tr("%1: %2").arg(label(locale), number);
}

Pricing::Input Pricing::inputFor(const Project &project)
{
    Input input;
    input.base = Money(project.basePriceMinor, project.currency);
    input.nda = project.nda;
    input.ndaMarkupPercent = project.ndaMarkupPercent;
    input.discountKind = project.discountKind;
    input.discountValue = project.discountValue;
    return input;
}

Result<PriceBreakdown> Pricing::compute(const Input &input)
{
    const Money &base = input.base;
    if (!base.isValid())
        return fail(tr("The base price has no valid currency (\"%1\")").arg(base.currency()));
    if (base.isNegative())
        return fail(tr("The base price must not be negative (%1)")
                        .arg(base.formatWithCode(QLocale())));

    PriceBreakdown breakdown;
    breakdown.lines.append(PriceLine{PriceLine::Kind::Base, base, -1});
    Money subtotal = base;

    if (input.nda) {
        // Checked only with an NDA: a stale markup on a project without one
        // must not block its price.
        if (input.ndaMarkupPercent < 0 || input.ndaMarkupPercent > kMaxNdaMarkupPercent)
            return fail(tr("The NDA markup must be between 0 and %1 %, not %2 %")
                            .arg(kMaxNdaMarkupPercent)
                            .arg(input.ndaMarkupPercent));
        auto surcharge = base.percentage(input.ndaMarkupPercent);
        if (!surcharge)
            return Error{surcharge.error()};
        auto sum = subtotal.add(*surcharge);
        if (!sum)
            return Error{sum.error()};
        breakdown.lines.append(
            PriceLine{PriceLine::Kind::NdaSurcharge, *surcharge, input.ndaMarkupPercent});
        subtotal = *sum;
    }

    Money total = subtotal;
    if (input.discountKind != DiscountKind::None) {
        Money discount;
        int percent = -1;
        if (input.discountKind == DiscountKind::Percent) {
            if (input.discountValue < 0 || input.discountValue > 100)
                return fail(tr("A discount must be between 0 and 100 %, not %1 %")
                                .arg(input.discountValue));
            auto share = subtotal.percentage(input.discountValue);
            if (!share)
                return Error{share.error()};
            discount = *share;
            percent = int(input.discountValue);
        } else {
            discount = Money(input.discountValue, base.currency());
            if (discount.isNegative())
                return fail(tr("A discount must not be negative (%1)")
                                .arg(discount.formatWithCode(QLocale())));
        }
        if (discount.minor() > subtotal.minor())
            return fail(tr("The discount (%1) is larger than the price before it (%2)")
                            .arg(discount.formatWithCode(QLocale()),
                                 subtotal.formatWithCode(QLocale())));
        auto rest = subtotal.subtract(discount);
        if (!rest)
            return Error{rest.error()};
        breakdown.lines.append(PriceLine{PriceLine::Kind::Discount,
                                         Money(-discount.minor(), base.currency()), percent});
        total = *rest;
    }

    breakdown.lines.append(PriceLine{PriceLine::Kind::Total, total, -1});
    breakdown.total = total;
    return breakdown;
}

} // namespace neuvo
