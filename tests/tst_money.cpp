#include "core/domain/money.h"
#include "testutil.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using neuvo::Money;
using neuvo::test::why;

namespace {

constexpr qint64 kMax = std::numeric_limits<qint64>::max();
constexpr qint64 kMin = std::numeric_limits<qint64>::min();

// Non-ASCII characters Qt's locale data uses; spelled out so a failing
// comparison shows which invisible character differs.
const QString nbsp = QString(QChar(0x00A0));
const QString nnbsp = QString(QChar(0x202F));
const QString minus = QString(QChar(0x2212));

QString visible(const QString &s)
{
    QString out;
    for (QChar c : s) {
        if (c.unicode() < 128)
            out += c;
        else
            out += u"<U+%1>"_s.arg(c.unicode(), 4, 16, QLatin1Char('0'));
    }
    return out;
}

// Result::error() is only defined on a failure; QVERIFY2 evaluates its
// message even when the check passes.
} // namespace

class Tst_money : public QObject
{
    Q_OBJECT

private slots:
    void exponent_data();
    void exponent();
    void isCurrencyCode_data();
    void isCurrencyCode();

    void parseDecimal_data();
    void parseDecimal();
    void parseDecimalErrorMessages_data();
    void parseDecimalErrorMessages();

    void toDecimalString_data();
    void toDecimalString();
    void format_data();
    void format();
    void formatWithCode_data();
    void formatWithCode();
    void formatNumber_data();
    void formatNumber();

    void parseLocalized_data();
    void parseLocalized();
    void roundTrip_data();
    void roundTrip();

    void add_data();
    void add();
    void subtract_data();
    void subtract();
    void multiply_data();
    void multiply();
    void percentage_data();
    void percentage();
    void currencyMismatch();
};

void Tst_money::exponent_data()
{
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("exponent");
    for (const char *code : {"JPY", "KRW", "ISK", "CLP", "VND", "UGX", "XAF", "XOF", "PYG", "RWF",
                             "KMF", "GNF", "VUV", "BIF", "DJF"})
        QTest::newRow(code) << QString::fromLatin1(code) << 0;
    for (const char *code : {"BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND"})
        QTest::newRow(code) << QString::fromLatin1(code) << 3;
    for (const char *code : {"EUR", "USD", "RUB", "GBP", "SEK", "CHF"})
        QTest::newRow(code) << QString::fromLatin1(code) << 2;
}

void Tst_money::exponent()
{
    QFETCH(QString, currency);
    QFETCH(int, exponent);
    QCOMPARE(Money::exponent(currency), exponent);
}

void Tst_money::isCurrencyCode_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");
    QTest::newRow("EUR") << u"EUR"_s << true;
    QTest::newRow("lower") << u"eur"_s << false;
    QTest::newRow("short") << u"EU"_s << false;
    QTest::newRow("long") << u"EURO"_s << false;
    QTest::newRow("digit") << u"EU1"_s << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("non-ascii") << u"ÄUR"_s << false;
}

void Tst_money::isCurrencyCode()
{
    QFETCH(QString, code);
    QFETCH(bool, valid);
    QCOMPARE(Money::isCurrencyCode(code), valid);
    QCOMPARE(Money(1, code).isValid(), valid);
}

void Tst_money::parseDecimal_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");

    auto good = [](const char *name, const QString &text, const char *cur, qint64 minor,
                   bool allowNegative = false) {
        QTest::newRow(name) << text << QString::fromLatin1(cur) << allowNegative << true << minor;
    };
    auto bad = [](const char *name, const QString &text, const char *cur, bool allowNegative = false) {
        QTest::newRow(name) << text << QString::fromLatin1(cur) << allowNegative << false << qint64(0);
    };

    good("two decimals", u"1234.50"_s, "EUR", 123450);
    good("one decimal padded", u"1234.5"_s, "EUR", 123450);
    good("integer", u"1234"_s, "EUR", 123400);
    good("zero", u"0"_s, "EUR", 0);
    good("zero point five", u"0.5"_s, "EUR", 50);
    good("leading zeros", u"007.05"_s, "EUR", 705);
    good("space grouping", u"1 234.50"_s, "EUR", 123450);
    good("nbsp grouping", u"1"_s + nbsp + u"234"_s + nbsp + u"567.89"_s, "EUR", 123456789);
    good("narrow nbsp grouping", u"12"_s + nnbsp + u"500"_s, "RUB", 1250000);
    good("surrounding space", u"  42.00 "_s, "EUR", 4200);
    good("negative allowed", u"-5.00"_s, "EUR", -500, true);
    good("negative grouped", u"-1 000"_s, "EUR", -100000, true);
    good("minus zero passes non-negative", u"-0"_s, "EUR", 0);
    good("JPY integer", u"500"_s, "JPY", 500);
    good("KWD three decimals", u"1.234"_s, "KWD", 1234);
    good("KWD padded", u"1.2"_s, "KWD", 1200);
    good("int64 max", u"92233720368547758.07"_s, "EUR", kMax);
    good("int64 min", u"-92233720368547758.08"_s, "EUR", kMin, true);
    good("int64 max JPY", u"9223372036854775807"_s, "JPY", kMax);

    bad("empty", QString(), "EUR");
    bad("blank", u"   "_s, "EUR");
    bad("comma decimal", u"12,5"_s, "EUR");
    bad("garbage suffix", u"12,5x"_s, "EUR");
    bad("letters", u"abc"_s, "EUR");
    bad("exponent notation", u"1e5"_s, "EUR");
    bad("leading point", u".5"_s, "EUR");
    bad("trailing point", u"5."_s, "EUR");
    bad("plus sign", u"+5"_s, "EUR");
    bad("minus only", u"-"_s, "EUR", true);
    bad("double minus", u"--5"_s, "EUR", true);
    bad("space after minus", u"- 5"_s, "EUR", true);
    bad("double space", u"1  234"_s, "EUR");
    bad("space in fraction", u"1.2 3"_s, "KWD");
    bad("two points", u"1.2.3"_s, "EUR");
    bad("currency sign", u"€5"_s, "EUR");
    bad("too many decimals", u"1.234"_s, "EUR");
    bad("too many zero decimals", u"1.230"_s, "EUR");
    bad("JPY decimals", u"1.5"_s, "JPY");
    bad("KWD four decimals", u"1.2345"_s, "KWD");
    bad("negative not allowed", u"-5.00"_s, "EUR");
    bad("int64 max plus one", u"92233720368547758.08"_s, "EUR");
    bad("int64 min minus one", u"-92233720368547758.09"_s, "EUR", true);
    bad("twenty nines", u"99999999999999999999"_s, "EUR");
    bad("huge JPY", u"9223372036854775808"_s, "JPY");
    bad("very long", QString(60, u'9'), "EUR");
    bad("invalid currency", u"5"_s, "eur");
    bad("empty currency", u"5"_s, "");
}

void Tst_money::parseDecimal()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, allowNegative);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);

    const auto result = Money::parseDecimal(
        text, currency, allowNegative ? Money::Sign::AllowNegative : Money::Sign::NonNegative);
    if (!ok) {
        if (result.ok())
            QFAIL(qPrintable(u"parsed as %1"_s.arg(result->minor())));
        QVERIFY(!result.error().isEmpty());
        return;
    }
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(result->minor(), minor);
    QCOMPARE(result->currency(), currency);
}

void Tst_money::parseDecimalErrorMessages_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("message");
    QTest::newRow("garbage") << u"12,5x"_s << u"EUR"_s << u"\"12,5x\" is not a decimal amount"_s;
    QTest::newRow("decimals") << u"1.234"_s << u"EUR"_s
                              << u"\"1.234\" has more decimals than EUR allows (2)"_s;
    QTest::newRow("JPY decimals") << u"1.5"_s << u"JPY"_s
                                  << u"\"1.5\" has more decimals than JPY allows (0)"_s;
    QTest::newRow("negative") << u"-5.00"_s << u"EUR"_s
                              << u"\"-5.00\": a negative amount is not allowed here"_s;
    QTest::newRow("overflow") << u"99999999999999999999"_s << u"EUR"_s
                              << u"\"99999999999999999999\" is too large"_s;
    QTest::newRow("currency") << u"5"_s << u"euro"_s << u"\"euro\" is not a currency code"_s;
}

void Tst_money::parseDecimalErrorMessages()
{
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(QString, message);
    const auto result = Money::parseDecimal(text, currency);
    QVERIFY(!result.ok());
    QCOMPARE(result.error(), message);
}

void Tst_money::toDecimalString_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("EUR") << qint64(123450) << u"EUR"_s << u"1234.50"_s;
    QTest::newRow("negative") << qint64(-1200) << u"EUR"_s << u"-12.00"_s;
    QTest::newRow("small negative") << qint64(-5) << u"EUR"_s << u"-0.05"_s;
    QTest::newRow("zero") << qint64(0) << u"EUR"_s << u"0.00"_s;
    QTest::newRow("JPY") << qint64(500) << u"JPY"_s << u"500"_s;
    QTest::newRow("KWD") << qint64(1005) << u"KWD"_s << u"1.005"_s;
    QTest::newRow("KWD small") << qint64(7) << u"KWD"_s << u"0.007"_s;
    QTest::newRow("max") << kMax << u"EUR"_s << u"92233720368547758.07"_s;
    QTest::newRow("min") << kMin << u"EUR"_s << u"-92233720368547758.08"_s;
    QTest::newRow("min JPY") << kMin << u"JPY"_s << u"-9223372036854775808"_s;
}

void Tst_money::toDecimalString()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    const Money m(minor, currency);
    QCOMPARE(m.toDecimalString(), expected);
    const auto back = Money::parseDecimal(expected, currency, Money::Sign::AllowNegative);
    QVERIFY2(back.ok(), why(back));
    QCOMPARE(*back, m);
}

void Tst_money::format_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");

    const QString euro = u"€"_s;
    QTest::newRow("fi EUR") << u"fi_FI"_s << qint64(123450) << u"EUR"_s
                            << u"1"_s + nbsp + u"234,50"_s + nbsp + euro;
    QTest::newRow("fi EUR negative") << u"fi_FI"_s << qint64(-123450) << u"EUR"_s
                                     << minus + u"1"_s + nbsp + u"234,50"_s + nbsp + euro;
    QTest::newRow("fi EUR zero") << u"fi_FI"_s << qint64(0) << u"EUR"_s << u"0,00"_s + nbsp + euro;
    QTest::newRow("fi RUB by code") << u"fi_FI"_s << qint64(1250000) << u"RUB"_s
                                    << u"12"_s + nbsp + u"500,00"_s + nbsp + u"RUB"_s;
    QTest::newRow("fi million") << u"fi_FI"_s << qint64(123456789) << u"EUR"_s
                                << u"1"_s + nbsp + u"234"_s + nbsp + u"567,89"_s + nbsp + euro;
    QTest::newRow("en USD") << u"en_US"_s << qint64(123450) << u"USD"_s << u"$1,234.50"_s;
    QTest::newRow("en USD negative") << u"en_US"_s << qint64(-100) << u"USD"_s << u"($1.00)"_s;
    QTest::newRow("en EUR by code") << u"en_US"_s << qint64(123450) << u"EUR"_s
                                    << u"EUR"_s + nbsp + u"1,234.50"_s;
    QTest::newRow("en GBP pence") << u"en_GB"_s << qint64(5) << u"GBP"_s << u"£0.05"_s;
    QTest::newRow("ru RUB") << u"ru_RU"_s << qint64(123450) << u"RUB"_s
                            << u"1"_s + nbsp + u"234,50"_s + nbsp + u"₽"_s;
    QTest::newRow("ru RUB negative") << u"ru_RU"_s << qint64(-123450) << u"RUB"_s
                                     << u"-1"_s + nbsp + u"234,50"_s + nbsp + u"₽"_s;
    QTest::newRow("ru EUR by code") << u"ru_RU"_s << qint64(99) << u"EUR"_s
                                    << u"0,99"_s + nbsp + u"EUR"_s;
    QTest::newRow("de EUR") << u"de_DE"_s << qint64(123450) << u"EUR"_s
                            << u"1.234,50"_s + nbsp + euro;
    QTest::newRow("fr EUR") << u"fr_FR"_s << qint64(123450) << u"EUR"_s
                            << u"1"_s + nnbsp + u"234,50"_s + nbsp + euro;
    QTest::newRow("ja JPY") << u"ja_JP"_s << qint64(500000) << u"JPY"_s << u"￥500,000"_s;
    QTest::newRow("en KWD") << u"en_US"_s << qint64(1234567) << u"KWD"_s
                            << u"KWD"_s + nbsp + u"1,234.567"_s;
    QTest::newRow("en JPY") << u"en_US"_s << qint64(500) << u"JPY"_s << u"JPY"_s + nbsp + u"500"_s;
    QTest::newRow("hi INR lakhs") << u"hi_IN"_s << qint64(12345678900) << u"INR"_s
                                  << u"₹12,34,56,789.00"_s;
    QTest::newRow("C") << u"C"_s << qint64(123450) << u"EUR"_s << u"1234.50"_s + nbsp + u"EUR"_s;
}

void Tst_money::format()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(visible(Money(minor, currency).format(QLocale(locale))), visible(expected));
}

void Tst_money::formatWithCode_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("fi RUB") << u"fi_FI"_s << qint64(1250000) << u"RUB"_s
                            << u"12"_s + nbsp + u"500,00"_s + nbsp + u"RUB"_s;
    QTest::newRow("fi EUR stays code") << u"fi_FI"_s << qint64(1250000) << u"EUR"_s
                                       << u"12"_s + nbsp + u"500,00"_s + nbsp + u"EUR"_s;
    QTest::newRow("fi negative") << u"fi_FI"_s << qint64(-1250000) << u"RUB"_s
                                 << minus + u"12"_s + nbsp + u"500,00"_s + nbsp + u"RUB"_s;
    QTest::newRow("en RUB") << u"en_US"_s << qint64(1250000) << u"RUB"_s
                            << u"12,500.00"_s + nbsp + u"RUB"_s;
    QTest::newRow("en JPY") << u"en_US"_s << qint64(1250000) << u"JPY"_s
                            << u"1,250,000"_s + nbsp + u"JPY"_s;
    QTest::newRow("en min") << u"en_US"_s << kMin << u"EUR"_s
                            << u"-92,233,720,368,547,758.08"_s + nbsp + u"EUR"_s;
}

void Tst_money::formatWithCode()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(visible(Money(minor, currency).formatWithCode(QLocale(locale))), visible(expected));
}

void Tst_money::formatNumber_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("en") << u"en"_s << qint64(100000) << u"EUR"_s << u"1,000.00"_s;
    QTest::newRow("en small") << u"en"_s << qint64(30000) << u"EUR"_s << u"300.00"_s;
    QTest::newRow("fi") << u"fi"_s << qint64(100000) << u"EUR"_s << u"1"_s + nbsp + u"000,00"_s;
    QTest::newRow("fi negative") << u"fi"_s << qint64(-1) << u"EUR"_s << minus + u"0,01"_s;
    QTest::newRow("ru JPY") << u"ru"_s << qint64(1234567) << u"JPY"_s
                            << u"1"_s + nbsp + u"234"_s + nbsp + u"567"_s;
}

void Tst_money::formatNumber()
{
    QFETCH(QString, locale);
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(visible(Money(minor, currency).formatNumber(QLocale(locale))), visible(expected));
}

void Tst_money::parseLocalized_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("allowNegative");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("minor");

    auto good = [](const char *name, const char *loc, const QString &text, const char *cur,
                   qint64 minor, bool allowNegative = false) {
        QTest::newRow(name) << QString::fromLatin1(loc) << text << QString::fromLatin1(cur)
                            << allowNegative << true << minor;
    };
    auto bad = [](const char *name, const char *loc, const QString &text, const char *cur,
                  bool allowNegative = false) {
        QTest::newRow(name) << QString::fromLatin1(loc) << text << QString::fromLatin1(cur)
                            << allowNegative << false << qint64(0);
    };

    good("fi plain spaces", "fi_FI", u"1 234,50 €"_s, "EUR", 123450);
    good("fi qt output", "fi_FI", u"1"_s + nbsp + u"234,50"_s + nbsp + u"€"_s, "EUR", 123450);
    good("fi no symbol", "fi_FI", u"1234,5"_s, "EUR", 123450);
    good("fi point typed", "fi_FI", u"1234.50"_s, "EUR", 123450);
    good("fi iso code", "fi_FI", u"12,5 EUR"_s, "EUR", 1250);
    good("fi iso code lower case first", "fi_FI", u"eur 12"_s, "EUR", 1200);
    good("fi unicode minus", "fi_FI", minus + u"5,00 €"_s, "EUR", -500, true);
    good("fi ascii minus", "fi_FI", u"-5 €"_s, "EUR", -500, true);
    good("fi minus before symbol", "fi_FI", u"-€5"_s, "EUR", -500, true);
    good("fi RUB code", "fi_FI", u"12 500,00 RUB"_s, "RUB", 1250000);
    good("fi RUB symbol", "fi_FI", u"12 500 ₽"_s, "RUB", 1250000);
    good("en grouped", "en_US", u"$1,234.50"_s, "USD", 123450);
    good("en parens negative", "en_US", u"($1.00)"_s, "USD", -100, true);
    good("en three-digit groups", "en_US", u"1,234"_s, "EUR", 123400);
    good("en euro sign", "en_US", u"€10"_s, "EUR", 1000);
    good("en code with space", "en_US", u"EUR 5.00"_s, "EUR", 500);
    good("de grouped", "de_DE", u"1.234,50 €"_s, "EUR", 123450);
    good("ru", "ru_RU", u"1 234,50 ₽"_s, "RUB", 123450);
    good("ja yen", "ja_JP", u"￥500,000"_s, "JPY", 500000);
    good("ja halfwidth yen", "ja_JP", u"¥500"_s, "JPY", 500);
    good("hi lakhs", "hi_IN", u"₹1,23,45,678.00"_s, "INR", 1234567800);
    good("KWD", "en_US", u"KWD 1.234"_s, "KWD", 1234);

    bad("empty", "fi_FI", QString(), "EUR");
    bad("symbol only", "fi_FI", u"€"_s, "EUR");
    bad("two decimal commas", "fi_FI", u"1,234,50"_s, "EUR");
    bad("comma and point", "fi_FI", u"1.234,50"_s, "EUR");
    bad("foreign symbol", "fi_FI", u"$5"_s, "EUR");
    bad("foreign pound", "en_US", u"£5"_s, "EUR");
    bad("foreign code", "fi_FI", u"5 USD"_s, "EUR");
    bad("en comma decimal", "en_US", u"12,50"_s, "EUR");
    bad("en bad group", "en_US", u"1,2345"_s, "EUR");
    bad("de point decimal", "de_DE", u"1.234.50"_s, "EUR");
    bad("ru word", "ru_RU", u"100 руб"_s, "RUB");
    bad("negative not allowed", "fi_FI", minus + u"5,00 €"_s, "EUR");
    bad("parens not allowed", "en_US", u"($1.00)"_s, "USD");
    bad("parens and minus", "en_US", u"(-$1.00)"_s, "USD", true);
    bad("too many decimals", "fi_FI", u"1,234 €"_s, "EUR");
    bad("JPY decimals", "fi_FI", u"1,5 ¥"_s, "JPY");
    bad("overflow", "fi_FI", u"99 999 999 999 999 999 999 €"_s, "EUR");
    bad("exponent", "en_US", u"1e5"_s, "EUR");
    bad("leading point", "en_US", u".5"_s, "EUR");
    bad("two symbols", "fi_FI", u"€5€"_s, "EUR");
}

void Tst_money::parseLocalized()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(QString, currency);
    QFETCH(bool, allowNegative);
    QFETCH(bool, ok);
    QFETCH(qint64, minor);

    const auto result = Money::parseLocalized(
        text, currency, QLocale(locale),
        allowNegative ? Money::Sign::AllowNegative : Money::Sign::NonNegative);
    if (!ok) {
        if (result.ok())
            QFAIL(qPrintable(u"parsed as %1"_s.arg(result->minor())));
        QVERIFY2(result.error().contains(text), why(result));
        return;
    }
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(result->minor(), minor);
    QCOMPARE(result->currency(), currency);
}

void Tst_money::roundTrip_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("currency");
    for (const char *loc : {"fi_FI", "en_US", "en_GB", "ru_RU", "de_DE", "fr_FR", "nl_NL", "ja_JP",
                            "de_CH", "hi_IN", "ar_EG", "C"}) {
        const QLocale l(QString::fromLatin1(loc));
        QStringList currencies{u"EUR"_s, u"USD"_s, u"RUB"_s, u"JPY"_s, u"KWD"_s};
        const QString own = l.currencySymbol(QLocale::CurrencyIsoCode);
        if (Money::isCurrencyCode(own) && !currencies.contains(own))
            currencies.append(own);
        for (const QString &cur : std::as_const(currencies))
            QTest::addRow("%s %s", loc, qPrintable(cur)) << QString::fromLatin1(loc) << cur;
    }
}

void Tst_money::roundTrip()
{
    QFETCH(QString, locale);
    QFETCH(QString, currency);
    const QLocale l(locale);

    QList<qint64> values{0, 1, -1, 5, -5, 99, 100, 999, 1000, 123450, -123450, 100000000,
                         1000000000000, -1000000000000, kMax, kMin, kMax - 1, kMin + 1};
    QRandomGenerator rng(20240601);
    for (int i = 0; i < 300; ++i) {
        // Spread over every magnitude, not just huge ones.
        const int bits = rng.bounded(1, 64);
        const qint64 v = qint64(rng.generate64() >> (64 - bits));
        values.append(rng.bounded(2) ? v : -v);
    }

    for (qint64 v : std::as_const(values)) {
        const Money m(v, currency);
        for (const QString &text : {m.format(l), m.formatWithCode(l)}) {
            const auto back = Money::parseLocalized(text, currency, l, Money::Sign::AllowNegative);
            QVERIFY2(back.ok(), qPrintable(visible(text) + u": "_s + QString::fromUtf8(why(back))));
            QVERIFY2(*back == m, qPrintable(u"%1 -> %2 -> %3"_s.arg(v).arg(visible(text)).arg(back->minor())));
        }
        const auto decimal = Money::parseDecimal(m.toDecimalString(), currency, Money::Sign::AllowNegative);
        QVERIFY2(decimal.ok(), why(decimal));
        QCOMPARE(*decimal, m);
        if (v < 0) {
            // The same text must be refused where negatives are not allowed.
            QVERIFY(!Money::parseLocalized(m.format(l), currency, l).ok());
            QVERIFY(!Money::parseDecimal(m.toDecimalString(), currency).ok());
        }
    }
}

void Tst_money::add_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("sum");
    QTest::newRow("simple") << qint64(150) << qint64(250) << true << qint64(400);
    QTest::newRow("negative") << qint64(150) << qint64(-250) << true << qint64(-100);
    QTest::newRow("to max") << kMax - 1 << qint64(1) << true << kMax;
    QTest::newRow("to min") << kMin + 1 << qint64(-1) << true << kMin;
    QTest::newRow("over max") << kMax << qint64(1) << false << qint64(0);
    QTest::newRow("under min") << kMin << qint64(-1) << false << qint64(0);
    QTest::newRow("max plus max") << kMax << kMax << false << qint64(0);
}

void Tst_money::add()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, ok);
    QFETCH(qint64, sum);
    const auto result = Money(a, u"EUR"_s).add(Money(b, u"EUR"_s));
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(*result, Money(sum, u"EUR"_s));
    else
        QVERIFY(result.error().contains(u"too large"_s));
}

void Tst_money::subtract_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("difference");
    QTest::newRow("simple") << qint64(1000000) << qint64(400000) << true << qint64(600000);
    QTest::newRow("below zero") << qint64(1) << qint64(2) << true << qint64(-1);
    QTest::newRow("min minus one") << kMin << qint64(1) << false << qint64(0);
    QTest::newRow("zero minus min") << qint64(0) << kMin << false << qint64(0);
    QTest::newRow("max minus min") << kMax << kMin << false << qint64(0);
}

void Tst_money::subtract()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(bool, ok);
    QFETCH(qint64, difference);
    const auto result = Money(a, u"RUB"_s).subtract(Money(b, u"RUB"_s));
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(*result, Money(difference, u"RUB"_s));
}

void Tst_money::multiply_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("factor");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("product");
    QTest::newRow("simple") << qint64(250) << qint64(4) << true << qint64(1000);
    QTest::newRow("negative factor") << qint64(250) << qint64(-4) << true << qint64(-1000);
    QTest::newRow("zero") << kMax << qint64(0) << true << qint64(0);
    QTest::newRow("max times one") << kMax << qint64(1) << true << kMax;
    QTest::newRow("max times two") << kMax << qint64(2) << false << qint64(0);
    QTest::newRow("min times minus one") << kMin << qint64(-1) << false << qint64(0);
    QTest::newRow("wraps to positive") << qint64(1) << qint64(1) << true << qint64(1);
    QTest::newRow("10^10 squared") << qint64(10000000000) << qint64(10000000000) << false << qint64(0);
}

void Tst_money::multiply()
{
    QFETCH(qint64, a);
    QFETCH(qint64, factor);
    QFETCH(bool, ok);
    QFETCH(qint64, product);
    const auto result = Money(a, u"EUR"_s).multiply(factor);
    QCOMPARE(result.ok(), ok);
    if (ok)
        QCOMPARE(*result, Money(product, u"EUR"_s));
    else
        QVERIFY(!result.error().isEmpty());
}

void Tst_money::percentage_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("percent");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<qint64>("result");
    QTest::newRow("30 % of 1000.00") << qint64(100000) << qint64(30) << true << qint64(30000);
    QTest::newRow("half rounds up") << qint64(50) << qint64(1) << true << qint64(1);     // 0.5
    QTest::newRow("below half down") << qint64(49) << qint64(1) << true << qint64(0);    // 0.49
    QTest::newRow("negative half away") << qint64(-50) << qint64(1) << true << qint64(-1);
    QTest::newRow("negative percent") << qint64(150) << qint64(-1) << true << qint64(-2); // -1.5
    QTest::newRow("33 % of 1.01") << qint64(101) << qint64(33) << true << qint64(33);    // 33.33
    QTest::newRow("zero percent") << qint64(12345) << qint64(0) << true << qint64(0);
    QTest::newRow("1000 %") << qint64(12345) << qint64(1000) << true << qint64(123450);
    QTest::newRow("max at 100 %") << kMax << qint64(100) << true << kMax;
    QTest::newRow("max at 50 % no overflow") << kMax << qint64(50) << true << kMax / 2 + 1;
    QTest::newRow("max at 101 %") << kMax << qint64(101) << false << qint64(0);
    QTest::newRow("min at -100 %") << kMin << qint64(-100) << false << qint64(0);
    QTest::newRow("max by max") << kMax << kMax << false << qint64(0);
}

void Tst_money::percentage()
{
    QFETCH(qint64, a);
    QFETCH(qint64, percent);
    QFETCH(bool, ok);
    QFETCH(qint64, result);
    const auto r = Money(a, u"EUR"_s).percentage(percent);
    QCOMPARE(r.ok(), ok);
    if (ok)
        QCOMPARE(r->minor(), result);
    else
        QVERIFY(r.error().contains(u"too large"_s));
}

void Tst_money::currencyMismatch()
{
    const Money eur(100, u"EUR"_s);
    const Money usd(100, u"USD"_s);
    const auto sum = eur.add(usd);
    QVERIFY(!sum.ok());
    QVERIFY2(sum.error().contains(u"EUR"_s) && sum.error().contains(u"USD"_s), why(sum));
    QVERIFY(!eur.subtract(usd).ok());
    QVERIFY(!Money().add(Money()).ok());
    QVERIFY(!Money(1, u"eur"_s).multiply(2).ok());
    QVERIFY(!Money(1, QString()).percentage(50).ok());
    QCOMPARE(*eur.add(Money::zero(u"EUR"_s)), eur);
}

QTEST_GUILESS_MAIN(Tst_money)
#include "tst_money.moc"
