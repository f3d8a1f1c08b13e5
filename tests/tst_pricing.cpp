#include "core/domain/pricing.h"
#include "testutil.h"

#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using neuvo::DiscountKind;
using neuvo::Money;
using neuvo::PriceLine;
using neuvo::Pricing;
using neuvo::test::why;

namespace {

const QString nbsp = QString(QChar(0x00A0));

Pricing::Input input(qint64 base, bool nda, int markup, DiscountKind kind, qint64 value,
                     const QString &currency = u"EUR"_s)
{
    Pricing::Input in;
    in.base = Money(base, currency);
    in.nda = nda;
    in.ndaMarkupPercent = markup;
    in.discountKind = kind;
    in.discountValue = value;
    return in;
}

} // namespace

class Tst_pricing : public QObject
{
    Q_OBJECT

private slots:
    void compute_data();
    void compute();
    void lineTexts_data();
    void lineTexts();
    void inputForProject();
    void errors_data();
    void errors();
};

void Tst_pricing::compute_data()
{
    QTest::addColumn<qint64>("base");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("nda");
    QTest::addColumn<int>("markup");
    QTest::addColumn<DiscountKind>("kind");
    QTest::addColumn<qint64>("value");
    // kinds and signed amounts of the lines, in order, then the total
    QTest::addColumn<QList<int>>("kinds");
    QTest::addColumn<QList<qint64>>("amounts");
    QTest::addColumn<QList<int>>("percents");

    constexpr int B = int(PriceLine::Kind::Base);
    constexpr int N = int(PriceLine::Kind::NdaSurcharge);
    constexpr int D = int(PriceLine::Kind::Discount);
    constexpr int T = int(PriceLine::Kind::Total);
    const QString eur = u"EUR"_s;

    QTest::newRow("plain") << qint64(100000) << eur << false << 30 << DiscountKind::None << qint64(0)
                           << QList<int>{B, T} << QList<qint64>{100000, 100000}
                           << QList<int>{-1, -1};
    // An NDA is a concession, paid for with +20-40 % (docs/design.md).
    QTest::newRow("article NDA 30 %") << qint64(100000) << eur << true << 30 << DiscountKind::None
                                      << qint64(0) << QList<int>{B, N, T}
                                      << QList<qint64>{100000, 30000, 130000}
                                      << QList<int>{-1, 30, -1};
    // Less work: a second text on the same structure, 10 000 -> 6 000.
    QTest::newRow("article second text") << qint64(1000000) << u"RUB"_s << false << 30
                                         << DiscountKind::Amount << qint64(400000)
                                         << QList<int>{B, D, T}
                                         << QList<qint64>{1000000, -400000, 600000}
                                         << QList<int>{-1, -1, -1};
    // A percent discount applies to base + NDA surcharge.
    QTest::newRow("percent discount after NDA")
        << qint64(100000) << eur << true << 30 << DiscountKind::Percent << qint64(10)
        << QList<int>{B, N, D, T} << QList<qint64>{100000, 30000, -13000, 117000}
        << QList<int>{-1, 30, 10, -1};
    QTest::newRow("amount discount after NDA")
        << qint64(100000) << eur << true << 20 << DiscountKind::Amount << qint64(5000)
        << QList<int>{B, N, D, T} << QList<qint64>{100000, 20000, -5000, 115000}
        << QList<int>{-1, 20, -1, -1};
    QTest::newRow("NDA rounds half away from zero")
        << qint64(5) << eur << true << 30 << DiscountKind::None << qint64(0)
        << QList<int>{B, N, T} << QList<qint64>{5, 2, 7} << QList<int>{-1, 30, -1}; // 1.5 -> 2
    QTest::newRow("percent discount rounds")
        << qint64(333) << eur << false << 30 << DiscountKind::Percent << qint64(10)
        << QList<int>{B, D, T} << QList<qint64>{333, -33, 300} << QList<int>{-1, 10, -1};
    QTest::newRow("JPY") << qint64(10000) << u"JPY"_s << true << 25 << DiscountKind::None << qint64(0)
                         << QList<int>{B, N, T} << QList<qint64>{10000, 2500, 12500}
                         << QList<int>{-1, 25, -1};
    QTest::newRow("zero markup") << qint64(100000) << eur << true << 0 << DiscountKind::None
                                 << qint64(0) << QList<int>{B, N, T}
                                 << QList<qint64>{100000, 0, 100000} << QList<int>{-1, 0, -1};
    QTest::newRow("discount equals price") << qint64(100000) << eur << false << 30
                                           << DiscountKind::Amount << qint64(100000)
                                           << QList<int>{B, D, T} << QList<qint64>{100000, -100000, 0}
                                           << QList<int>{-1, -1, -1};
    QTest::newRow("100 % discount") << qint64(100000) << eur << true << 40 << DiscountKind::Percent
                                    << qint64(100) << QList<int>{B, N, D, T}
                                    << QList<qint64>{100000, 40000, -140000, 0}
                                    << QList<int>{-1, 40, 100, -1};
    // Without an NDA the stored markup is irrelevant, even a nonsensical one.
    QTest::newRow("stale markup ignored") << qint64(100000) << eur << false << 5000
                                          << DiscountKind::None << qint64(0) << QList<int>{B, T}
                                          << QList<qint64>{100000, 100000} << QList<int>{-1, -1};
    QTest::newRow("zero base") << qint64(0) << eur << true << 30 << DiscountKind::Percent << qint64(10)
                               << QList<int>{B, N, D, T} << QList<qint64>{0, 0, 0, 0}
                               << QList<int>{-1, 30, 10, -1};
}

void Tst_pricing::compute()
{
    QFETCH(qint64, base);
    QFETCH(QString, currency);
    QFETCH(bool, nda);
    QFETCH(int, markup);
    QFETCH(DiscountKind, kind);
    QFETCH(qint64, value);
    QFETCH(QList<int>, kinds);
    QFETCH(QList<qint64>, amounts);
    QFETCH(QList<int>, percents);

    const auto result = Pricing::compute(input(base, nda, markup, kind, value, currency));
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(result->lines.size(), kinds.size());
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        const PriceLine &line = result->lines.at(i);
        QCOMPARE(int(line.kind), kinds[i]);
        QCOMPARE(line.amount, Money(amounts[i], currency));
        QCOMPARE(line.percent, percents[i]);
    }
    QCOMPARE(result->total, Money(amounts.last(), currency));
}

void Tst_pricing::lineTexts_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<qint64>("base");
    QTest::addColumn<bool>("nda");
    QTest::addColumn<DiscountKind>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QStringList>("texts");
    QTest::addColumn<QStringList>("labels");

    QTest::newRow("en NDA") << u"en"_s << qint64(100000) << true << DiscountKind::None << qint64(0)
                            << QStringList{u"Base price: 1,000.00"_s, u"NDA surcharge 30 %: +300.00"_s,
                                           u"Total: 1,300.00"_s}
                            << QStringList{u"Base price"_s, u"NDA surcharge 30 %"_s, u"Total"_s};
    QTest::newRow("en amount discount")
        << u"en"_s << qint64(1000000) << false << DiscountKind::Amount << qint64(400000)
        << QStringList{u"Base price: 10,000.00"_s, u"Discount: -4,000.00"_s, u"Total: 6,000.00"_s}
        << QStringList{u"Base price"_s, u"Discount"_s, u"Total"_s};
    QTest::newRow("en percent discount")
        << u"en"_s << qint64(100000) << true << DiscountKind::Percent << qint64(10)
        << QStringList{u"Base price: 1,000.00"_s, u"NDA surcharge 30 %: +300.00"_s,
                       u"Discount 10 %: -130.00"_s, u"Total: 1,170.00"_s}
        << QStringList{u"Base price"_s, u"NDA surcharge 30 %"_s, u"Discount 10 %"_s, u"Total"_s};
    QTest::newRow("fi NDA") << u"fi"_s << qint64(100000) << true << DiscountKind::None << qint64(0)
                            << QStringList{u"Base price: 1"_s + nbsp + u"000,00"_s,
                                           u"NDA surcharge 30 %: +300,00"_s,
                                           u"Total: 1"_s + nbsp + u"300,00"_s}
                            << QStringList{u"Base price"_s, u"NDA surcharge 30 %"_s, u"Total"_s};
}

void Tst_pricing::lineTexts()
{
    QFETCH(QString, locale);
    QFETCH(qint64, base);
    QFETCH(bool, nda);
    QFETCH(DiscountKind, kind);
    QFETCH(qint64, value);
    QFETCH(QStringList, texts);
    QFETCH(QStringList, labels);

    const QLocale l(locale);
    const auto result = Pricing::compute(input(base, nda, 30, kind, value));
    QVERIFY2(result.ok(), why(result));
    QStringList actualTexts;
    QStringList actualLabels;
    for (const PriceLine &line : result->lines) {
        actualTexts.append(line.text(l));
        actualLabels.append(line.label(l));
    }
    QCOMPARE(actualTexts, texts);
    QCOMPARE(actualLabels, labels);
}

void Tst_pricing::inputForProject()
{
    neuvo::Project project;
    project.currency = u"RUB"_s;
    project.basePriceMinor = 1000000;
    project.nda = true;
    project.ndaMarkupPercent = 40;
    project.discountKind = DiscountKind::Percent;
    project.discountValue = 5;

    const Pricing::Input in = Pricing::inputFor(project);
    QCOMPARE(in.base, Money(1000000, u"RUB"_s));
    QVERIFY(in.nda);
    QCOMPARE(in.ndaMarkupPercent, 40);
    QCOMPARE(in.discountKind, DiscountKind::Percent);
    QCOMPARE(in.discountValue, qint64(5));

    // 10 000 + 40 % = 14 000; - 5 % = 13 300.
    const auto result = Pricing::compute(project);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(result->total, Money(1330000, u"RUB"_s));
    QCOMPARE(result->lines.size(), 4);
}

void Tst_pricing::errors_data()
{
    QTest::addColumn<qint64>("base");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<bool>("nda");
    QTest::addColumn<int>("markup");
    QTest::addColumn<DiscountKind>("kind");
    QTest::addColumn<qint64>("value");
    QTest::addColumn<QString>("messagePart");

    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    const QString eur = u"EUR"_s;
    QTest::newRow("negative base") << qint64(-1) << eur << false << 30 << DiscountKind::None
                                   << qint64(0) << u"negative"_s;
    QTest::newRow("no currency") << qint64(100) << QString() << false << 30 << DiscountKind::None
                                 << qint64(0) << u"currency"_s;
    QTest::newRow("markup below 0") << qint64(100) << eur << true << -1 << DiscountKind::None
                                    << qint64(0) << u"NDA markup"_s;
    QTest::newRow("markup above 1000") << qint64(100) << eur << true << 1001 << DiscountKind::None
                                       << qint64(0) << u"NDA markup"_s;
    QTest::newRow("percent above 100") << qint64(100) << eur << false << 30 << DiscountKind::Percent
                                       << qint64(101) << u"101 %"_s;
    QTest::newRow("percent below 0") << qint64(100) << eur << false << 30 << DiscountKind::Percent
                                     << qint64(-5) << u"-5 %"_s;
    QTest::newRow("negative amount") << qint64(100) << eur << false << 30 << DiscountKind::Amount
                                     << qint64(-5) << u"negative"_s;
    QTest::newRow("discount above price") << qint64(100000) << eur << true << 30 << DiscountKind::Amount
                                          << qint64(130001) << u"larger"_s;
    QTest::newRow("NDA overflow") << kMax << eur << true << 30 << DiscountKind::None << qint64(0)
                                  << u"too large"_s;
    QTest::newRow("markup 1000 overflow") << kMax / 10 << eur << true << 1000 << DiscountKind::None
                                          << qint64(0) << u"too large"_s;
}

void Tst_pricing::errors()
{
    QFETCH(qint64, base);
    QFETCH(QString, currency);
    QFETCH(bool, nda);
    QFETCH(int, markup);
    QFETCH(DiscountKind, kind);
    QFETCH(qint64, value);
    QFETCH(QString, messagePart);

    const auto result = Pricing::compute(input(base, nda, markup, kind, value, currency));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(messagePart), qPrintable(result.error()));
}

QTEST_GUILESS_MAIN(Tst_pricing)
#include "tst_pricing.moc"
