#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>
#include <QStringView>

namespace neuvo {

// An amount of money: an integer count of minor units (cents, kopeks) plus
// its ISO 4217 currency code. Never a floating-point number. Arithmetic is
// checked: an overflow is an Error, never a wrong amount.
class Money
{
    Q_DECLARE_TR_FUNCTIONS(Money)

public:
    enum class Sign { NonNegative, AllowNegative };

    Money() = default;
    Money(qint64 minorUnits, QString currency);
    static Money zero(const QString &currency) { return Money(0, currency); }

    qint64 minor() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    // A currency code from ISO 4217 ("EUR", "RUB"); "ZZZ" is not one.
    bool isValid() const { return isCurrencyCode(m_currency); }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    // Number of decimals of the currency's minor unit: JPY/KRW 0, BHD/KWD 3,
    // most others 2.
    static int exponent(QStringView currency);
    static bool isCurrencyCode(QStringView code);

    // "1234.50", "-12.00", "500" (JPY): C locale, no grouping, exactly
    // exponent() decimals. Used in the exchange format and CSV.
    QString toDecimalString() const;
    // Locale formatting with grouping and the currency placed as the locale
    // does it: "1 234,50 €" (fi), "$1,234.50" (en_US), "1 234,50 ₽" (ru).
    // The locale's own currency is shown by symbol, others by ISO code; an
    // ISO code that would touch a digit gets a U+00A0 ("EUR 1,234.50" in
    // en_US, not "EUR1,234.50"), as CLDR's currency spacing asks. Negative
    // amounts follow the locale's pattern, e.g. "($1.00)" in en_US.
    QString format(const QLocale &locale = QLocale()) const;
    // Like format() but always "12 500.00 RUB"-style: grouped number then
    // ISO code, for evidence texts that must be unambiguous.
    QString formatWithCode(const QLocale &locale = QLocale()) const;
    // Just the number as the locale writes it: grouping, its decimal point,
    // exactly exponent() decimals, its negative sign; no currency. For
    // tables and price lines whose currency is shown elsewhere.
    QString formatNumber(const QLocale &locale = QLocale()) const;

    // Parses "1234.5", "1234.50", "-3", "1 234.50" (spaces as grouping).
    // Rejects more decimals than the currency has, a negative amount when
    // sign is NonNegative, and anything that is not a number.
    // The grammar is deliberately narrow so a typo never becomes an amount:
    //   [-] digits [ '.' digits ]
    // - "0.5" is accepted, ".5" and "5." are not (a lone point is more often
    //   a typo than shorthand); no '+', no exponent, no ','.
    // - fewer decimals than the currency has are padded ("1234.5" EUR =
    //   123450), more are an error even if they are zeros ("1.230" EUR).
    // - a single space, U+00A0, U+202F or U+2009 may separate integer
    //   digits; white space around the whole text is ignored.
    // - "-0" is zero, so it passes NonNegative.
    // - anything beyond the int64 range is an error, never wrapped.
    static Result<Money> parseDecimal(QStringView text, const QString &currency,
                                      Sign sign = Sign::NonNegative);
    // Parses a locale-formatted amount such as "1 234,50 €" in fi: the
    // locale's group separator (and any white space) is ignored, its decimal
    // point accepted, a currency symbol or the ISO code around it dropped.
    // Accepts whatever format() and formatWithCode() produce for the locale,
    // including "(€1.00)" negatives and the locale's own digits. Where the
    // group separator is not white space ("1,234" en, "1.234" de) the groups
    // must have three digits (two allowed before the last, as in hi_IN), so
    // "12,50" typed in an en locale is an error rather than 1250. Where '.'
    // is neither the decimal point nor the group separator (fi, ru, fr) it
    // is also taken as a decimal point, as people type "12.50" there. A
    // currency symbol that belongs to another currency ("$5" for EUR) is an
    // error, not silently dropped.
    static Result<Money> parseLocalized(QStringView text, const QString &currency,
                                        const QLocale &locale,
                                        Sign sign = Sign::NonNegative);

    // Checked arithmetic; both sides must share the currency.
    Result<Money> add(const Money &other) const;
    Result<Money> subtract(const Money &other) const;
    Result<Money> multiply(qint64 factor) const;
    // percent/100 of this amount, rounded half away from zero to the minor
    // unit. percent may be negative.
    Result<Money> percentage(qint64 percent) const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency;
};

} // namespace neuvo
