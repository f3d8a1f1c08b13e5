#pragma once

#include "domain.h"
#include "money.h"
#include "result.h"

#include <QList>
#include <QString>

namespace neuvo {

// One explained line of a price: "NDA surcharge 30 %: +300.00". The UI and
// the printed documents reuse these lines so the numbers never disagree.
struct PriceLine
{
    enum class Kind { Base, NdaSurcharge, Discount, Total };
    Kind kind = Kind::Base;
    Money amount;     // signed: the discount line is negative
    int percent = -1; // for the NDA surcharge and a percent discount, else -1

    // Translated label, e.g. "NDA surcharge 30 %", "Discount 10 %", "Base price".
    QString label(const QLocale &locale = QLocale()) const;
    // "NDA surcharge 30 %: +300.00": label, a sign on the adjustments, the
    // amount as a decimal in the given locale without currency.
    QString text(const QLocale &locale = QLocale()) const;
};

struct PriceBreakdown
{
    QList<PriceLine> lines; // base, [NDA], [discount], total
    Money total;
};

// base price + NDA markup − discount = total. The NDA markup applies to the
// base price; a percent discount applies to base + NDA surcharge.
class Pricing
{
    Q_DECLARE_TR_FUNCTIONS(Pricing)

public:
    struct Input
    {
        Money base;
        bool nda = false;
        int ndaMarkupPercent = 30;
        DiscountKind discountKind = DiscountKind::None;
        qint64 discountValue = 0; // minor units or whole percent
    };

    static Input inputFor(const Project &project);
    // Errors: negative base, markup outside 0..1000, percent discount outside
    // 0..100, discount larger than the subtotal, overflow.
    static Result<PriceBreakdown> compute(const Input &input);
    static Result<PriceBreakdown> compute(const Project &project) { return compute(inputFor(project)); }
};

} // namespace neuvo
