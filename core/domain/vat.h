#pragma once

#include "enumids.h"
#include "result.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>
#include <QStringView>

namespace neuvo {

// How the freelancer stands towards value added tax. Ids are stable: stored
// and exchanged.
enum class VatStatus {
    // Registered for VAT: invoices add VAT at a rate and show the VAT id.
    Registered,
    // Not registered (a small business under the threshold): no VAT, and
    // the invoice says why in the exemption sentence.
    NotRegistered,
    // No VAT for another reason (exempt services, a tax regime without VAT):
    // no VAT, and the freelancer's own sentence says why.
    Other,
};

template<> struct EnumTraits<VatStatus> {
    static constexpr EnumEntry<VatStatus> entries[] = {
        {VatStatus::Registered, "registered", QT_TRANSLATE_NOOP("Enum", "Registered for VAT")},
        {VatStatus::NotRegistered, "not_registered", QT_TRANSLATE_NOOP("Enum", "Not registered for VAT")},
        {VatStatus::Other, "other", QT_TRANSLATE_NOOP("Enum", "No VAT for another reason")},
    };
};

// A VAT rate is a percentage with one decimal, held as an integer count of
// tenths of a percent so that it is exact: 255 is 25.5 %, 240 is 24 %,
// 200 is 20 %.
class VatRate final
{
    Q_DECLARE_TR_FUNCTIONS(VatRate)

public:
    static constexpr int MaxTenths = 1000; // 100 %

    // "25.5" or "25,5" (either decimal point), "24", "0"; at most one
    // decimal, 0–100. A trailing "%" is allowed.
    static Result<int> parse(QStringView text);
    // The number as the locale writes it, a decimal only when there is one:
    // "25,5" (fi), "24" (en), "0".
    static QString number(int tenths, const QLocale &locale = QLocale());
    // The number with the locale's percent sign: "25,5 %", "24%".
    static QString percent(int tenths, const QLocale &locale = QLocale());
};

// What an invoice's lines add up to, per rate and in all. Amounts are minor
// units of one currency and may be negative (a credit note).
struct VatRateTotal
{
    int rateTenths = 0;
    qint64 net = 0;
    qint64 vat = 0;
    qint64 gross = 0;

    friend bool operator==(const VatRateTotal &, const VatRateTotal &) = default;
};

struct VatTotals
{
    QList<VatRateTotal> rates; // highest rate first
    qint64 net = 0;
    qint64 vat = 0;
    qint64 gross = 0;

    friend bool operator==(const VatTotals &, const VatTotals &) = default;
};

// VAT of an invoice. Each line carries its own rate; the VAT is computed
// on the sum of the lines of each rate and rounded once there, half away
// from zero to the minor unit, as Finnish invoicing guidance allows (VAT
// rounded per line would not add up to the VAT of the total). So for every
// rate, and in all, net + VAT = gross exactly:
//   amounts entered net:   VAT = round(net × rate / 100),  gross = net + VAT
//   amounts entered gross: VAT = round(gross × rate / (100 + rate)),
//                          net = gross − VAT
// A credit note's amounts are the negatives of its invoice's, and rounding
// half away from zero is symmetric, so they also cancel exactly.
class VatCalculator final
{
    Q_DECLARE_TR_FUNCTIONS(VatCalculator)

public:
    struct Line
    {
        qint64 amount = 0; // net or gross, as entered
        int rateTenths = 0;
    };

    // An error only when the amounts are too large for 64 bits or a rate is
    // outside 0–100 %.
    static Result<VatTotals> compute(const QList<Line> &lines, bool amountsIncludeVat);
    // VAT of one amount at one rate, rounded half away from zero.
    static Result<qint64> vatOf(qint64 amount, int rateTenths, bool amountIncludesVat);
};

} // namespace neuvo
