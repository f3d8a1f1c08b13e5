#include "money.h"

#include "limits.h"

#include <QStringList>

#include <algorithm>
#include <array>
#include <limits>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// GCC and Clang provide 128-bit integers; __extension__ tells -Wpedantic
// that relying on them is deliberate.
__extension__ typedef __int128 Int128;

constexpr quint64 kMaxPositive = quint64(std::numeric_limits<qint64>::max());
// |INT64_MIN|: a negative amount may reach one further than a positive one.
constexpr quint64 kMaxNegative = kMaxPositive + 1;

constexpr std::array<quint64, 4> kPowersOfTen = {1, 10, 100, 1000};

bool isGroupingSpace(QChar c)
{
    return c == u' ' || c == QChar(0x00A0) || c == QChar(0x202F) || c == QChar(0x2009);
}

// Direction marks that some locales (ar) put around signs and symbols; they
// are invisible, so a pasted amount must not fail because of them.
bool isBidiMark(QChar c)
{
    return c == QChar(0x200E) || c == QChar(0x200F) || c == QChar(0x061C);
}

QString withoutBidiMarks(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (QChar c : text) {
        if (!isBidiMark(c))
            out.append(c);
    }
    return out;
}

// Magnitude without overflow: -INT64_MIN does not fit in qint64.
quint64 magnitude(qint64 value)
{
    return value < 0 ? quint64(0) - quint64(value) : quint64(value);
}

// What the normalised text of either parser looks like:
//   [-] int-part [ '.' fraction ]
// int-part holds ASCII digits; ' ' may sit between two digits (lenient
// grouping); ',' marks a strict group separator whose groups are checked.
enum class ParseFailure { None, Syntax, TooManyDecimals, Negative, TooLarge };

struct ParsedAmount
{
    ParseFailure failure = ParseFailure::None;
    qint64 minor = 0;
};

ParsedAmount parseNormalized(QStringView s, int exponent, bool allowNegative)
{
    ParsedAmount result;
    auto syntax = [&] {
        result.failure = ParseFailure::Syntax;
        return result;
    };

    qsizetype i = 0;
    const qsizetype n = s.size();
    bool negative = false;
    if (i < n && s[i] == u'-') {
        negative = true;
        ++i;
    }

    QString digits; // integer and fraction digits, no separators
    int intDigits = 0;
    QList<int> strictGroups; // digits in each ','-separated group
    bool usedStrict = false;
    bool usedSpace = false;
    int currentGroup = 0;
    bool lastWasDigit = false;
    for (; i < n; ++i) {
        const QChar c = s[i];
        if (c >= u'0' && c <= u'9') {
            digits.append(c);
            ++intDigits;
            ++currentGroup;
            lastWasDigit = true;
        } else if (c == u' ' || c == u',') {
            // A separator needs a digit on both sides: no "1  234", "1, 234".
            if (!lastWasDigit || i + 1 >= n || s[i + 1] < u'0' || s[i + 1] > u'9')
                return syntax();
            if (c == u',')
                usedStrict = true;
            else
                usedSpace = true;
            strictGroups.append(currentGroup);
            currentGroup = 0;
            lastWasDigit = false;
        } else {
            break;
        }
    }
    strictGroups.append(currentGroup);
    if (intDigits == 0 || (usedStrict && usedSpace))
        return syntax();
    if (usedStrict) {
        // 1-3 digits first, 3 last, 2 or 3 between (covers hi_IN lakhs).
        for (qsizetype g = 1; g < strictGroups.size(); ++g) {
            const int len = strictGroups[g];
            const bool last = g == strictGroups.size() - 1;
            if (last ? len != 3 : (len != 2 && len != 3))
                return syntax();
        }
        if (strictGroups.first() > 3)
            return syntax();
    }

    int fractionDigits = 0;
    if (i < n && s[i] == u'.') {
        ++i;
        for (; i < n && s[i] >= u'0' && s[i] <= u'9'; ++i) {
            digits.append(s[i]);
            ++fractionDigits;
        }
        if (fractionDigits == 0) // "5."
            return syntax();
    }
    if (i != n)
        return syntax();
    if (fractionDigits > exponent) {
        result.failure = ParseFailure::TooManyDecimals;
        return result;
    }

    quint64 value = 0;
    for (QChar c : std::as_const(digits)) {
        if (__builtin_mul_overflow(value, quint64(10), &value)
            || __builtin_add_overflow(value, quint64(c.unicode() - u'0'), &value)) {
            result.failure = ParseFailure::TooLarge;
            return result;
        }
    }
    if (__builtin_mul_overflow(value, kPowersOfTen[std::size_t(exponent - fractionDigits)], &value)
        || value > (negative ? kMaxNegative : kMaxPositive)) {
        result.failure = ParseFailure::TooLarge;
        return result;
    }
    if (negative && value != 0 && !allowNegative) {
        result.failure = ParseFailure::Negative;
        return result;
    }
    result.minor = negative ? qint64(quint64(0) - value) : qint64(value);
    return result;
}

Result<Money> finishParse(const ParsedAmount &parsed, QStringView original,
                          const QString &currency)
{
    const QString quoted = Limits::shorten(original);
    switch (parsed.failure) {
    case ParseFailure::None:
        return Money(parsed.minor, currency);
    case ParseFailure::Syntax:
        return fail(Money::tr("\"%1\" is not a decimal amount").arg(quoted));
    case ParseFailure::TooManyDecimals:
        return fail(Money::tr("\"%1\" has more decimals than %2 allows (%3)")
                        .arg(quoted, currency)
                        .arg(Money::exponent(currency)));
    case ParseFailure::Negative:
        return fail(Money::tr("\"%1\": a negative amount is not allowed here").arg(quoted));
    case ParseFailure::TooLarge:
        return fail(Money::tr("\"%1\" is too large").arg(quoted));
    }
    return fail(Money::tr("\"%1\" is not a decimal amount").arg(quoted));
}

Result<void> checkCurrency(const QString &currency)
{
    if (!Money::isCurrencyCode(currency))
        return fail(Money::tr("\"%1\" is not a currency code").arg(currency));
    return {};
}

// Symbols that unambiguously name one currency family, used to refuse "$5"
// typed where EUR is expected instead of silently taking it as 5 EUR.
struct KnownSymbol
{
    const char16_t *symbol;
    std::array<const char16_t *, 6> currencies;
};

constexpr KnownSymbol kKnownSymbols[] = {
    {u"€", {u"EUR"}},
    {u"$", {u"USD", u"CAD", u"AUD", u"NZD", u"SGD", u"HKD"}},
    {u"US$", {u"USD"}},
    {u"£", {u"GBP"}},
    {u"₽", {u"RUB"}},
    {u"¥", {u"JPY", u"CNY"}},
    {u"￥", {u"JPY", u"CNY"}},
};

bool symbolBelongsTo(const KnownSymbol &known, QStringView currency)
{
    for (const char16_t *c : known.currencies) {
        if (c && currency == QStringView(c))
            return true;
    }
    return false;
}

// Removes one currency marker from the start or end of text. Returns false
// when a known symbol of another currency is there.
bool stripCurrency(QString &text, bool &stripped, const QString &currency, const QLocale &locale)
{
    if (stripped)
        return true;
    QStringList accepted{currency};
    if (locale.currencySymbol(QLocale::CurrencyIsoCode) == currency) {
        QString own;
        for (QChar c : withoutBidiMarks(locale.currencySymbol(QLocale::CurrencySymbol))) {
            if (!c.isSpace()) // the text lost its white space too
                own.append(c);
        }
        if (!own.isEmpty())
            accepted.append(own);
    }
    QStringList foreign;
    for (const KnownSymbol &known : kKnownSymbols) {
        if (symbolBelongsTo(known, currency))
            accepted.append(QString::fromUtf16(known.symbol));
        else
            foreign.append(QString::fromUtf16(known.symbol));
    }
    // Longest first so "US$" wins over "$".
    std::sort(accepted.begin(), accepted.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &symbol : std::as_const(accepted)) {
        if (text.startsWith(symbol, Qt::CaseInsensitive)) {
            text.remove(0, symbol.size());
            stripped = true;
            return true;
        }
        if (text.endsWith(symbol, Qt::CaseInsensitive)) {
            text.chop(symbol.size());
            stripped = true;
            return true;
        }
    }
    for (const QString &symbol : std::as_const(foreign)) {
        if (text.startsWith(symbol) || text.endsWith(symbol))
            return false;
    }
    return true;
}

// Writes a non-negative minor amount as the locale does: its digits,
// grouping and decimal point, exactly `exponent` decimals.
QString formatMagnitude(quint64 value, int exponent, const QLocale &locale)
{
    const quint64 scale = kPowersOfTen[std::size_t(exponent)];
    QString out = locale.toString(qulonglong(value / scale));
    if (exponent > 0) {
        QString fraction = locale.toString(qulonglong(value % scale));
        // The fraction is below 1000, so the locale never groups it; only
        // the leading zeros are missing. Count in digits, not QChars, as
        // some locales' digits are surrogate pairs.
        const QString zero = locale.zeroDigit();
        const QString oneDigit = locale.toString(qulonglong(0));
        qsizetype have = fraction.size() / std::max<qsizetype>(1, oneDigit.size());
        while (have < exponent) {
            fraction.prepend(zero);
            ++have;
        }
        out += locale.decimalPoint() + fraction;
    }
    return out;
}

} // namespace

Money::Money(qint64 minorUnits, QString currency)
    : m_minor(minorUnits)
    , m_currency(std::move(currency))
{
}

int Money::exponent(QStringView currency)
{
    static constexpr std::array<QStringView, 15> zeroDecimals = {
        u"JPY", u"KRW", u"ISK", u"CLP", u"VND", u"UGX", u"XAF", u"XOF",
        u"PYG", u"RWF", u"KMF", u"GNF", u"VUV", u"BIF", u"DJF"};
    static constexpr std::array<QStringView, 7> threeDecimals = {
        u"BHD", u"IQD", u"JOD", u"KWD", u"LYD", u"OMR", u"TND"};
    for (QStringView code : zeroDecimals) {
        if (code == currency)
            return 0;
    }
    for (QStringView code : threeDecimals) {
        if (code == currency)
            return 3;
    }
    return 2;
}

bool Money::isCurrencyCode(QStringView code)
{
    if (code.size() != 3)
        return false;
    for (QChar c : code) {
        if (c < u'A' || c > u'Z')
            return false;
    }
    return true;
}

QString Money::toDecimalString() const
{
    // Spelled out so a changed default for the C locale cannot alter the
    // exchange format.
    QLocale c = QLocale::c();
    c.setNumberOptions(QLocale::OmitGroupSeparator);
    return formatNumber(c);
}

QString Money::formatNumber(const QLocale &locale) const
{
    QString number = formatMagnitude(magnitude(m_minor), exponent(m_currency), locale);
    if (m_minor < 0)
        number.prepend(locale.negativeSign());
    return number;
}

QString Money::format(const QLocale &locale) const
{
    QString symbol = m_currency == locale.currencySymbol(QLocale::CurrencyIsoCode)
                         ? locale.currencySymbol(QLocale::CurrencySymbol)
                         : m_currency;
    if (symbol.isEmpty()) // toCurrencyString() would substitute its own
        symbol = m_currency;
    // Qt knows where each locale puts the symbol and the sign but can only
    // format integers or doubles; format a placeholder 7 and put the exact
    // digits where it landed.
    const QString pattern = locale.toCurrencyString(qlonglong(m_minor < 0 ? -7 : 7), symbol);
    const QString seven = locale.toString(qlonglong(7));
    const qsizetype at = pattern.lastIndexOf(seven);
    if (at < 0) // a locale without a usable pattern: still unambiguous
        return formatWithCode(locale);

    QString before = pattern.left(at);
    QString after = pattern.mid(at + seven.size());
    // CLDR currency spacing: "EUR 1,234.50", never "EUR1,234.50".
    const QChar nbsp(0x00A0);
    if (!before.isEmpty() && before.back().isLetter())
        before.append(nbsp);
    if (!after.isEmpty() && after.front().isLetter())
        after.prepend(nbsp);
    return before + formatMagnitude(magnitude(m_minor), exponent(m_currency), locale) + after;
}

QString Money::formatWithCode(const QLocale &locale) const
{
    return formatNumber(locale) + QChar(0x00A0) + m_currency;
}

Result<Money> Money::parseDecimal(QStringView text, const QString &currency, Sign sign)
{
    if (auto valid = checkCurrency(currency); !valid)
        return Error{valid.error()};
    const QStringView trimmed = text.trimmed();
    QString normalized;
    normalized.reserve(trimmed.size());
    for (QChar c : trimmed) {
        if (c == u',') // only the parseLocalized marker means a group
            return finishParse({ParseFailure::Syntax, 0}, text, currency);
        normalized.append(isGroupingSpace(c) ? QChar(u' ') : c);
    }
    return finishParse(parseNormalized(normalized, exponent(currency),
                                       sign == Sign::AllowNegative),
                       text, currency);
}

Result<Money> Money::parseLocalized(QStringView text, const QString &currency,
                                    const QLocale &locale, Sign sign)
{
    if (auto valid = checkCurrency(currency); !valid)
        return Error{valid.error()};
    const auto syntaxError = [&] {
        return finishParse({ParseFailure::Syntax, 0}, text, currency);
    };

    QString s;
    s.reserve(text.size());
    for (QChar c : text) {
        if (!c.isSpace() && !isBidiMark(c))
            s.append(c);
    }

    bool negative = false;
    if (s.startsWith(u'(') && s.endsWith(u')')) {
        negative = true;
        s = s.mid(1, s.size() - 2);
    }
    bool currencyStripped = false;
    if (!stripCurrency(s, currencyStripped, currency, locale))
        return fail(tr("\"%1\" is not an amount in %2").arg(Limits::shorten(text), currency));
    const QString localeMinus = withoutBidiMarks(locale.negativeSign());
    for (const QString &minus : {localeMinus, u"-"_s, QString(QChar(0x2212))}) {
        if (!minus.isEmpty() && s.startsWith(minus)) {
            if (negative) // "(-5)"
                return syntaxError();
            negative = true;
            s.remove(0, minus.size());
            break;
        }
    }
    if (!stripCurrency(s, currencyStripped, currency, locale))
        return fail(tr("\"%1\" is not an amount in %2").arg(Limits::shorten(text), currency));

    // Map to the parseNormalized grammar: '.' decimal point, ',' strict
    // group marker, ASCII digits.
    QString group = withoutBidiMarks(locale.groupSeparator());
    const QString decimal = withoutBidiMarks(locale.decimalPoint());
    const bool groupIsSpace = group.isEmpty() || group.front().isSpace();
    QString normalized = negative ? u"-"_s : QString();
    for (qsizetype i = 0; i < s.size();) {
        const QStringView rest = QStringView(s).mid(i);
        if (!decimal.isEmpty() && rest.startsWith(decimal)) {
            normalized.append(u'.');
            i += decimal.size();
        } else if (!groupIsSpace && rest.startsWith(group)) {
            normalized.append(u',');
            i += group.size();
        } else if (rest.front() == u'.' && group != u"."_s) {
            normalized.append(u'.');
            ++i;
        } else {
            // The locale's own digits (Arabic-Indic, ...) as ASCII; digit
            // values above the BMP are not used by any QLocale number system
            // Neuvo ships, so QChar is enough.
            const int value = rest.front().digitValue();
            if (value < 0 || value > 9)
                return syntaxError();
            normalized.append(QChar(u'0' + value));
            ++i;
        }
    }
    return finishParse(parseNormalized(normalized, exponent(currency),
                                       sign == Sign::AllowNegative),
                       text, currency);
}

namespace {

Result<void> sameCurrency(const Money &a, const Money &b)
{
    if (!a.isValid())
        return fail(Money::tr("\"%1\" is not a currency code").arg(a.currency()));
    if (a.currency() != b.currency())
        return fail(Money::tr("Cannot combine amounts in %1 and %2").arg(a.currency(), b.currency()));
    return {};
}

Error overflow(const Money &amount)
{
    return fail(Money::tr("The result of a calculation with %1 is too large")
                    .arg(amount.formatWithCode(QLocale())));
}

} // namespace

Result<Money> Money::add(const Money &other) const
{
    if (auto same = sameCurrency(*this, other); !same)
        return Error{same.error()};
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum))
        return overflow(*this);
    return Money(sum, m_currency);
}

Result<Money> Money::subtract(const Money &other) const
{
    if (auto same = sameCurrency(*this, other); !same)
        return Error{same.error()};
    qint64 difference = 0;
    if (__builtin_sub_overflow(m_minor, other.m_minor, &difference))
        return overflow(*this);
    return Money(difference, m_currency);
}

Result<Money> Money::multiply(qint64 factor) const
{
    if (!isValid())
        return fail(tr("\"%1\" is not a currency code").arg(m_currency));
    qint64 product = 0;
    if (__builtin_mul_overflow(m_minor, factor, &product))
        return overflow(*this);
    return Money(product, m_currency);
}

Result<Money> Money::percentage(qint64 percent) const
{
    if (!isValid())
        return fail(tr("\"%1\" is not a currency code").arg(m_currency));
    // int64 × int64 always fits in 127 bits.
    const Int128 product = static_cast<Int128>(m_minor) * percent;
    const Int128 absolute = product < 0 ? -product : product;
    Int128 rounded = (absolute + 50) / 100; // half away from zero
    if (product < 0)
        rounded = -rounded;
    if (rounded > std::numeric_limits<qint64>::max() || rounded < std::numeric_limits<qint64>::min())
        return overflow(*this);
    return Money(static_cast<qint64>(rounded), m_currency);
}

} // namespace neuvo
