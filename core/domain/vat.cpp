#include "vat.h"

#include <algorithm>
#include <limits>
#include <map>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// GCC and Clang provide 128-bit integers; __extension__ tells -Wpedantic
// that relying on them is deliberate.
__extension__ typedef __int128 Int128;

bool fitsInt64(Int128 value)
{
    return value <= std::numeric_limits<qint64>::max() && value >= std::numeric_limits<qint64>::min();
}

// numerator / denominator (denominator > 0), rounded half away from zero.
Int128 divideRounded(Int128 numerator, Int128 denominator)
{
    const Int128 absolute = numerator < 0 ? -numerator : numerator;
    const Int128 rounded = (absolute * 2 + denominator) / (denominator * 2);
    return numerator < 0 ? -rounded : rounded;
}

} // namespace

Result<int> VatRate::parse(QStringView text)
{
    QString s = text.trimmed().toString();
    if (s.endsWith(u'%'))
        s = s.chopped(1).trimmed();
    s.replace(u',', u'.');
    const qsizetype point = s.indexOf(u'.');
    const QString whole = point < 0 ? s : s.left(point);
    const QString fraction = point < 0 ? QString() : s.mid(point + 1);
    auto digitsOnly = [](const QString &part) {
        return std::all_of(part.cbegin(), part.cend(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (whole.isEmpty() || whole.size() > 3 || !digitsOnly(whole) || (point >= 0 && fraction.isEmpty())
        || !digitsOnly(fraction)) {
        return fail(tr("\"%1\" is not a VAT rate: write a percentage such as 25.5 or 24.").arg(text.toString()));
    }
    if (fraction.size() > 1)
        return fail(tr("\"%1\": a VAT rate has at most one decimal (25.5).").arg(text.toString()));
    const int tenths = whole.toInt() * 10 + (fraction.isEmpty() ? 0 : fraction.toInt());
    if (tenths > MaxTenths)
        return fail(tr("\"%1\": a VAT rate is between 0 and 100 %.").arg(text.toString()));
    return tenths;
}

QString VatRate::number(int tenths, const QLocale &locale)
{
    const int absolute = tenths < 0 ? -tenths : tenths;
    QString text = locale.toString(absolute / 10);
    if (absolute % 10 != 0)
        text += locale.decimalPoint() + locale.toString(absolute % 10);
    return tenths < 0 ? locale.negativeSign() + text : text;
}

QString VatRate::percent(int tenths, const QLocale &locale)
{
    // Finnish and Russian put a space before the sign, English does not;
    // QLocale knows the sign but not the spacing, so it is written here.
    const QString sign = locale.percent();
    const bool spaced = locale.language() != QLocale::English;
    return number(tenths, locale) + (spaced ? QString(QChar(0x00A0)) : QString()) + sign;
}

Result<qint64> VatCalculator::vatOf(qint64 amount, int rateTenths, bool amountIncludesVat)
{
    if (rateTenths < 0 || rateTenths > VatRate::MaxTenths)
        return fail(tr("VAT rate %1 is outside 0–100 %.").arg(VatRate::number(rateTenths)));
    const Int128 product = Int128(amount) * rateTenths;
    const Int128 vat = amountIncludesVat ? divideRounded(product, 1000 + rateTenths)
                                         : divideRounded(product, 1000);
    if (!fitsInt64(vat))
        return fail(tr("The amounts are too large to compute their VAT."));
    return qint64(vat);
}

Result<VatTotals> VatCalculator::compute(const QList<Line> &lines, bool amountsIncludeVat)
{
    // Sums per rate in 128 bits: the lines of one rate are added before
    // anything is rounded.
    std::map<int, Int128, std::greater<int>> sums;
    for (const Line &line : lines) {
        if (line.rateTenths < 0 || line.rateTenths > VatRate::MaxTenths)
            return fail(tr("VAT rate %1 is outside 0–100 %.").arg(VatRate::number(line.rateTenths)));
        sums[line.rateTenths] += line.amount;
    }
    VatTotals totals;
    Int128 net = 0;
    Int128 vat = 0;
    Int128 gross = 0;
    for (const auto &[rate, sum] : sums) {
        if (!fitsInt64(sum))
            return fail(tr("The amounts are too large to compute their VAT."));
        const auto rateVat = vatOf(qint64(sum), rate, amountsIncludeVat);
        if (!rateVat)
            return Error{rateVat.error()};
        VatRateTotal total;
        total.rateTenths = rate;
        total.vat = *rateVat;
        const Int128 otherPart = amountsIncludeVat ? sum - *rateVat : sum + *rateVat;
        if (!fitsInt64(otherPart))
            return fail(tr("The amounts are too large to compute their VAT."));
        total.net = amountsIncludeVat ? qint64(otherPart) : qint64(sum);
        total.gross = amountsIncludeVat ? qint64(sum) : qint64(otherPart);
        net += total.net;
        vat += total.vat;
        gross += total.gross;
        totals.rates.append(total);
    }
    if (!fitsInt64(net) || !fitsInt64(vat) || !fitsInt64(gross))
        return fail(tr("The amounts are too large to compute their VAT."));
    totals.net = qint64(net);
    totals.vat = qint64(vat);
    totals.gross = qint64(gross);
    return totals;
}

} // namespace neuvo
