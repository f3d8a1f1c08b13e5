#include "core/domain/vat.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using namespace neuvo;

// VAT of an invoice: rates with one decimal, VAT rounded once per rate on
// the total (half away from zero), net + VAT = gross exactly.
class TestVat : public QObject
{
    Q_OBJECT

private slots:
    void parseRate_data();
    void parseRate();
    void formatRate_data();
    void formatRate();

    void oneRate_data();
    void oneRate();
    void roundedPerRateTotal_notPerLine();
    void severalRates_groupedHighestFirst();
    void creditNote_negatesExactly();
    void randomInvoices_netPlusVatIsGross();
    void tooLarge_isAnError();
};

void TestVat::parseRate_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("tenths"); // -1: an error

    QTest::newRow("25.5") << u"25.5"_s << 255;
    QTest::newRow("Finnish comma") << u"25,5"_s << 255;
    QTest::newRow("whole") << u"24"_s << 240;
    QTest::newRow("percent sign") << u"24 %"_s << 240;
    QTest::newRow("spaces") << u" 10.0 "_s << 100;
    QTest::newRow("zero") << u"0"_s << 0;
    QTest::newRow("hundred") << u"100"_s << 1000;
    QTest::newRow("above hundred") << u"100.1"_s << -1;
    QTest::newRow("two decimals") << u"25.55"_s << -1;
    QTest::newRow("negative") << u"-1"_s << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("lone point") << u"25."_s << -1;
    QTest::newRow("text") << u"abc"_s << -1;
}

void TestVat::parseRate()
{
    QFETCH(QString, text);
    QFETCH(int, tenths);
    const auto parsed = VatRate::parse(text);
    if (tenths < 0) {
        QVERIFY(!parsed);
        QVERIFY(!parsed.error().isEmpty());
    } else {
        QVERIFY2(parsed, qPrintable(parsed.error()));
        QCOMPARE(*parsed, tenths);
    }
}

void TestVat::formatRate_data()
{
    QTest::addColumn<int>("tenths");
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QString>("percent");

    const QString nbsp(QChar(0x00A0));
    QTest::newRow("fi 25,5") << 255 << u"fi_FI"_s << u"25,5"_s << u"25,5"_s + nbsp + u'%';
    QTest::newRow("en 25.5") << 255 << u"en_US"_s << u"25.5"_s << u"25.5%"_s;
    QTest::newRow("ru 20") << 200 << u"ru_RU"_s << u"20"_s << u"20"_s + nbsp + u'%';
    QTest::newRow("fi 0") << 0 << u"fi_FI"_s << u"0"_s << u"0"_s + nbsp + u'%';
    QTest::newRow("en 100") << 1000 << u"en_US"_s << u"100"_s << u"100%"_s;
}

void TestVat::formatRate()
{
    QFETCH(int, tenths);
    QFETCH(QString, locale);
    QFETCH(QString, number);
    QFETCH(QString, percent);
    QCOMPARE(VatRate::number(tenths, QLocale(locale)), number);
    QCOMPARE(VatRate::percent(tenths, QLocale(locale)), percent);
    // What is written reads back as the same rate.
    QCOMPARE(*VatRate::parse(number), tenths);
}

void TestVat::oneRate_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("rate");
    QTest::addColumn<bool>("includesVat");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("vat");
    QTest::addColumn<qint64>("gross");

    // Net amounts: VAT = net × rate.
    QTest::newRow("100.00 at 25.5 %") << qint64(10000) << 255 << false << qint64(10000) << qint64(2550) << qint64(12550);
    QTest::newRow("1 000.00 at 24 %") << qint64(100000) << 240 << false << qint64(100000) << qint64(24000) << qint64(124000);
    QTest::newRow("0.10 at 25 %: 2.5 cents up") << qint64(10) << 250 << false << qint64(10) << qint64(3) << qint64(13);
    QTest::newRow("0.02 at 25.5 %: 0.51 cents up") << qint64(2) << 255 << false << qint64(2) << qint64(1) << qint64(3);
    QTest::newRow("0.01 at 25.5 %: 0.255 cents down") << qint64(1) << 255 << false << qint64(1) << qint64(0) << qint64(1);
    QTest::newRow("-0.10 at 25 %: half away from zero") << qint64(-10) << 250 << false << qint64(-10) << qint64(-3) << qint64(-13);
    QTest::newRow("0 %") << qint64(12345) << 0 << false << qint64(12345) << qint64(0) << qint64(12345);
    QTest::newRow("RUB 20 %") << qint64(2700000) << 200 << false << qint64(2700000) << qint64(540000) << qint64(3240000);
    // Gross amounts: VAT = gross × rate / (100 + rate), net = gross − VAT.
    QTest::newRow("125.50 incl. 25.5 %") << qint64(12550) << 255 << true << qint64(10000) << qint64(2550) << qint64(12550);
    QTest::newRow("1.00 incl. 24 %: 19.35 cents") << qint64(100) << 240 << true << qint64(81) << qint64(19) << qint64(100);
    QTest::newRow("1.00 incl. 25.5 %: 20.32 cents") << qint64(100) << 255 << true << qint64(80) << qint64(20) << qint64(100);
    QTest::newRow("12.00 incl. 20 %: exactly 2.00") << qint64(1200) << 200 << true << qint64(1000) << qint64(200) << qint64(1200);
    // 0.62 incl. 24 %: 62 × 24 / 124 = 12.0 exactly; 0.31: 6.0; 1.24: 24.
    QTest::newRow("0.31 incl. 24 %") << qint64(31) << 240 << true << qint64(25) << qint64(6) << qint64(31);
    // 0.0126 × 100 / 124 …: 0.13 incl. 24 % → 2.516 → 3.
    QTest::newRow("0.13 incl. 24 %") << qint64(13) << 240 << true << qint64(10) << qint64(3) << qint64(13);
}

void TestVat::oneRate()
{
    QFETCH(qint64, amount);
    QFETCH(int, rate);
    QFETCH(bool, includesVat);
    QFETCH(qint64, net);
    QFETCH(qint64, vat);
    QFETCH(qint64, gross);
    const auto totals = VatCalculator::compute({{amount, rate}}, includesVat);
    QVERIFY2(totals, qPrintable(totals.error()));
    QCOMPARE(totals->rates.size(), 1);
    QCOMPARE(totals->rates.first(), (VatRateTotal{rate, net, vat, gross}));
    QCOMPARE(totals->net, net);
    QCOMPARE(totals->vat, vat);
    QCOMPARE(totals->gross, gross);
    QCOMPARE(totals->net + totals->vat, totals->gross);
}

void TestVat::roundedPerRateTotal_notPerLine()
{
    // Three lines of 0.02 at 25.5 %: each line's VAT would be 0.51 cents,
    // rounded to 1 cent three times = 3 cents; on the total (0.06) it is
    // 1.53 cents = 2 cents. The invoice carries the VAT of the total.
    const auto totals = VatCalculator::compute({{2, 255}, {2, 255}, {2, 255}}, false);
    QVERIFY(totals);
    QCOMPARE(totals->vat, qint64(2));
    QCOMPARE(totals->gross, qint64(8));
}

void TestVat::severalRates_groupedHighestFirst()
{
    const auto totals = VatCalculator::compute(
        {{10000, 140}, {20000, 255}, {333, 100}, {5000, 255}, {700, 0}}, false);
    QVERIFY(totals);
    QCOMPARE(totals->rates.size(), 4);
    QCOMPARE(totals->rates.at(0), (VatRateTotal{255, 25000, 6375, 31375}));
    QCOMPARE(totals->rates.at(1), (VatRateTotal{140, 10000, 1400, 11400}));
    // 3.33 at 10 %: 33.3 cents → 33.
    QCOMPARE(totals->rates.at(2), (VatRateTotal{100, 333, 33, 366}));
    QCOMPARE(totals->rates.at(3), (VatRateTotal{0, 700, 0, 700}));
    QCOMPARE(totals->net, qint64(25000 + 10000 + 333 + 700));
    QCOMPARE(totals->vat, qint64(6375 + 1400 + 33));
    QCOMPARE(totals->gross, qint64(31375 + 11400 + 366 + 700));
}

void TestVat::creditNote_negatesExactly()
{
    for (bool gross : {false, true}) {
        const QList<VatCalculator::Line> invoice{{12345, 255}, {999, 140}, {1, 240}};
        QList<VatCalculator::Line> credit;
        for (const auto &line : invoice)
            credit.append({-line.amount, line.rateTenths});
        const auto a = VatCalculator::compute(invoice, gross);
        const auto b = VatCalculator::compute(credit, gross);
        QVERIFY(a && b);
        QCOMPARE(b->net, -a->net);
        QCOMPARE(b->vat, -a->vat);
        QCOMPARE(b->gross, -a->gross);
        for (qsizetype i = 0; i < a->rates.size(); ++i) {
            QCOMPARE(b->rates.at(i).vat, -a->rates.at(i).vat);
            QCOMPARE(b->rates.at(i).net, -a->rates.at(i).net);
        }
    }
}

void TestVat::randomInvoices_netPlusVatIsGross()
{
    // Seeded, so a failure can be repeated.
    QRandomGenerator random(20261201);
    const int rates[] = {0, 100, 140, 200, 240, 255, 70, 1000};
    for (int invoice = 0; invoice < 20000; ++invoice) {
        QList<VatCalculator::Line> lines;
        const int count = 1 + random.bounded(6);
        for (int i = 0; i < count; ++i) {
            const qint64 amount = random.bounded(2) ? random.bounded(1000) : random.bounded(100000000);
            lines.append({amount, rates[random.bounded(int(std::size(rates)))]});
        }
        const bool gross = random.bounded(2);
        const auto totals = VatCalculator::compute(lines, gross);
        QVERIFY(totals);
        qint64 net = 0, vat = 0, sum = 0;
        for (const VatRateTotal &rate : totals->rates) {
            QCOMPARE(rate.net + rate.vat, rate.gross);
            // The rounding is at most half a cent either way.
            const double exact = gross ? double(rate.gross) * rate.rateTenths / (1000 + rate.rateTenths)
                                       : double(rate.net) * rate.rateTenths / 1000;
            QVERIFY2(std::abs(exact - double(rate.vat)) <= 0.5 + 1e-6,
                     qPrintable(u"%1 vs %2"_s.arg(exact).arg(rate.vat)));
            net += rate.net;
            vat += rate.vat;
            sum += rate.gross;
        }
        QCOMPARE(totals->net, net);
        QCOMPARE(totals->vat, vat);
        QCOMPARE(totals->gross, sum);
        QCOMPARE(totals->net + totals->vat, totals->gross);
        qint64 entered = 0;
        for (const auto &line : lines)
            entered += line.amount;
        QCOMPARE(gross ? totals->gross : totals->net, entered);
    }
}

void TestVat::tooLarge_isAnError()
{
    const qint64 max = std::numeric_limits<qint64>::max();
    QVERIFY(!VatCalculator::compute({{max, 255}}, false));
    QVERIFY(!VatCalculator::compute({{max, 0}, {1, 0}}, false));
    QVERIFY(VatCalculator::compute({{max, 255}}, true)); // gross: the VAT is part of it
    QVERIFY(!VatCalculator::compute({{100, 1001}}, false));
}

QTEST_GUILESS_MAIN(TestVat)
#include "tst_vat.moc"
