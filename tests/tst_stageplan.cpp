#include "core/domain/stageplan.h"
#include "testutil.h"

#include <QRandomGenerator>
#include <QTest>

#include <limits>

using namespace Qt::StringLiterals;
using neuvo::Money;
using neuvo::StagePlan;
using neuvo::test::why;

namespace {

QList<qint64> minors(const QList<Money> &shares)
{
    QList<qint64> out;
    for (const Money &m : shares)
        out.append(m.minor());
    return out;
}

} // namespace

class Tst_stageplan : public QObject
{
    Q_OBJECT

private slots:
    void templates_data();
    void templates();
    void displayNames();
    void splitEqual_data();
    void splitEqual();
    void splitByPercentages_data();
    void splitByPercentages();
    void splitByWeights_data();
    void splitByWeights();
    void errors_data();
    void errors();
    void randomSplitsAreExact_data();
    void randomSplitsAreExact();
};

void Tst_stageplan::templates_data()
{
    QTest::addColumn<StagePlan::Template>("plan");
    QTest::addColumn<QList<int>>("percents");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<qint64>>("shares");
    QTest::newRow("quarters") << StagePlan::Template::Quarters << QList<int>{25, 25, 25, 25}
                              << qint64(1000000) << QList<qint64>{250000, 250000, 250000, 250000};
    QTest::newRow("quarters odd cents") << StagePlan::Template::Quarters
                                        << QList<int>{25, 25, 25, 25} << qint64(1003)
                                        << QList<qint64>{251, 251, 251, 250};
    QTest::newRow("halves") << StagePlan::Template::Halves << QList<int>{50, 50} << qint64(600001)
                            << QList<qint64>{300001, 300000};
    QTest::newRow("30/40/30") << StagePlan::Template::ThirtyFortyThirty << QList<int>{30, 40, 30}
                              << qint64(1000000) << QList<qint64>{300000, 400000, 300000};
    // 0.3, 0.4, 0.3: the 40 % stage has the largest remainder.
    QTest::newRow("30/40/30 one cent") << StagePlan::Template::ThirtyFortyThirty
                                       << QList<int>{30, 40, 30} << qint64(1)
                                       << QList<qint64>{0, 1, 0};
    // 0.6, 0.8, 0.6: the 40 % stage first, then the tie goes to stage one.
    QTest::newRow("30/40/30 two cents") << StagePlan::Template::ThirtyFortyThirty
                                        << QList<int>{30, 40, 30} << qint64(2)
                                        << QList<qint64>{1, 1, 0};
}

void Tst_stageplan::templates()
{
    QFETCH(StagePlan::Template, plan);
    QFETCH(QList<int>, percents);
    QFETCH(qint64, total);
    QFETCH(QList<qint64>, shares);
    QCOMPARE(StagePlan::percentages(plan), percents);
    const auto result = StagePlan::split(Money(total, u"EUR"_s), plan);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(minors(*result), shares);
    for (const Money &m : *result)
        QCOMPARE(m.currency(), u"EUR"_s);
}

void Tst_stageplan::displayNames()
{
    QCOMPARE(StagePlan::displayName(StagePlan::Template::Quarters), u"4 × 25 %"_s);
    QCOMPARE(StagePlan::displayName(StagePlan::Template::Halves), u"2 × 50 %"_s);
    QCOMPARE(StagePlan::displayName(StagePlan::Template::ThirtyFortyThirty), u"30 / 40 / 30 %"_s);
}

void Tst_stageplan::splitEqual_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<qint64>>("shares");
    QTest::newRow("one") << qint64(12345) << 1 << QList<qint64>{12345};
    QTest::newRow("even") << qint64(900) << 3 << QList<qint64>{300, 300, 300};
    QTest::newRow("ties to earlier") << qint64(100) << 3 << QList<qint64>{34, 33, 33};
    QTest::newRow("two extra") << qint64(101) << 3 << QList<qint64>{34, 34, 33};
    QTest::newRow("zero total") << qint64(0) << 4 << QList<qint64>{0, 0, 0, 0};
    QTest::newRow("fewer cents than stages") << qint64(2) << 5 << QList<qint64>{1, 1, 0, 0, 0};
    QTest::newRow("int64 max") << std::numeric_limits<qint64>::max() << 2
                               << QList<qint64>{4611686018427387904, 4611686018427387903};
}

void Tst_stageplan::splitEqual()
{
    QFETCH(qint64, total);
    QFETCH(int, count);
    QFETCH(QList<qint64>, shares);
    const auto result = StagePlan::splitEqual(Money(total, u"RUB"_s), count);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(minors(*result), shares);
}

void Tst_stageplan::splitByPercentages_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<int>>("percents");
    QTest::addColumn<QList<qint64>>("shares");
    QTest::newRow("70/30") << qint64(1000000) << QList<int>{70, 30} << QList<qint64>{700000, 300000};
    QTest::newRow("with a zero stage") << qint64(999) << QList<int>{0, 50, 50}
                                       << QList<qint64>{0, 500, 499};
    QTest::newRow("one stage") << qint64(777) << QList<int>{100} << QList<qint64>{777};
    QTest::newRow("33/33/34") << qint64(100) << QList<int>{33, 33, 34} << QList<qint64>{33, 33, 34};
    QTest::newRow("10 × 10 of 0.05") << qint64(5) << QList<int>(10, 10)
                                     << QList<qint64>{1, 1, 1, 1, 1, 0, 0, 0, 0, 0};
}

void Tst_stageplan::splitByPercentages()
{
    QFETCH(qint64, total);
    QFETCH(QList<int>, percents);
    QFETCH(QList<qint64>, shares);
    const auto result = StagePlan::splitByPercentages(Money(total, u"EUR"_s), percents);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(minors(*result), shares);
}

void Tst_stageplan::splitByWeights_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("shares");
    QTest::newRow("1:2") << qint64(300) << QList<qint64>{1, 2} << QList<qint64>{100, 200};
    QTest::newRow("1:1:1 of 10") << qint64(10) << QList<qint64>{1, 1, 1} << QList<qint64>{4, 3, 3};
    QTest::newRow("huge weights") << qint64(1000)
                                  << QList<qint64>{std::numeric_limits<qint64>::max() / 2,
                                                   std::numeric_limits<qint64>::max() / 2}
                                  << QList<qint64>{500, 500};
    QTest::newRow("max total, uneven weights")
        << std::numeric_limits<qint64>::max() << QList<qint64>{1, 2}
        << QList<qint64>{3074457345618258602, 6148914691236517205};
}

void Tst_stageplan::splitByWeights()
{
    QFETCH(qint64, total);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, shares);
    const auto result = StagePlan::splitByWeights(Money(total, u"JPY"_s), weights);
    QVERIFY2(result.ok(), why(result));
    QCOMPARE(minors(*result), shares);
}

void Tst_stageplan::errors_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QList<int>>("percents");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("messagePart");

    const QString eur = u"EUR"_s;
    QTest::newRow("sum 90") << u"percent"_s << qint64(1000) << eur << QList<int>{50, 40} << 0
                            << u"add up to 90 %"_s;
    QTest::newRow("sum 110") << u"percent"_s << qint64(1000) << eur << QList<int>{60, 50} << 0
                             << u"add up to 110 %"_s;
    QTest::newRow("empty percents") << u"percent"_s << qint64(1000) << eur << QList<int>{} << 0
                                    << u"add up to 0 %"_s;
    QTest::newRow("negative percent") << u"percent"_s << qint64(1000) << eur
                                      << QList<int>{120, -20} << 0 << u"Stage 2"_s;
    QTest::newRow("negative total") << u"percent"_s << qint64(-1000) << eur << QList<int>{100}
                                    << 0 << u"negative"_s;
    QTest::newRow("invalid currency") << u"percent"_s << qint64(1000) << u"eu"_s
                                      << QList<int>{100} << 0 << u"currency"_s;
    QTest::newRow("zero stages") << u"equal"_s << qint64(1000) << eur << QList<int>{} << 0
                                 << u"at least one"_s;
    QTest::newRow("negative stages") << u"equal"_s << qint64(1000) << eur << QList<int>{} << -3
                                     << u"at least one"_s;
    QTest::newRow("too many stages") << u"equal"_s << qint64(1000) << eur << QList<int>{} << 1001
                                     << u"too many"_s;
    QTest::newRow("equal negative total") << u"equal"_s << qint64(-1) << eur << QList<int>{} << 2
                                          << u"negative"_s;
    QTest::newRow("zero weights") << u"weights"_s << qint64(1000) << eur << QList<int>{0, 0} << 0
                                  << u"zero"_s;
}

void Tst_stageplan::errors()
{
    QFETCH(QString, kind);
    QFETCH(qint64, total);
    QFETCH(QString, currency);
    QFETCH(QList<int>, percents);
    QFETCH(int, count);
    QFETCH(QString, messagePart);

    const Money money(total, currency);
    neuvo::Result<QList<Money>> result = QList<Money>{};
    if (kind == u"percent")
        result = StagePlan::splitByPercentages(money, percents);
    else if (kind == u"equal")
        result = StagePlan::splitEqual(money, count);
    else
        result = StagePlan::splitByWeights(money, QList<qint64>(percents.begin(), percents.end()));
    QVERIFY(!result.ok());
    QVERIFY2(result.error().contains(messagePart), qPrintable(result.error()));
}

void Tst_stageplan::randomSplitsAreExact_data()
{
    QTest::addColumn<bool>("byPercent");
    QTest::newRow("equal") << false;
    QTest::newRow("percentages") << true;
}

void Tst_stageplan::randomSplitsAreExact()
{
    QFETCH(bool, byPercent);
    QRandomGenerator rng(byPercent ? 4242 : 1234);
    constexpr qint64 maxTotal = 1000000000000; // 10^12 minor units
    for (int run = 0; run < 10000; ++run) {
        // Half the totals small, so that leftovers are frequent.
        const qint64 total = run % 2 ? qint64(rng.bounded(1000)) : qint64(rng.generate64() % (maxTotal + 1));
        const int count = rng.bounded(1, 25);
        QList<qint64> weights;
        neuvo::Result<QList<Money>> result = QList<Money>{};
        if (byPercent) {
            // Random percentages that sum to 100: cut 0..100 at count-1 points.
            QList<int> cuts{0, 100};
            for (int i = 1; i < count; ++i)
                cuts.append(rng.bounded(101));
            std::sort(cuts.begin(), cuts.end());
            QList<int> percents;
            for (qsizetype i = 1; i < cuts.size(); ++i) {
                percents.append(cuts[i] - cuts[i - 1]);
                weights.append(cuts[i] - cuts[i - 1]);
            }
            result = StagePlan::splitByPercentages(Money(total, u"EUR"_s), percents);
        } else {
            weights = QList<qint64>(count, 1);
            result = StagePlan::splitEqual(Money(total, u"EUR"_s), count);
        }
        QVERIFY2(result.ok(), why(result));
        QCOMPARE(result->size(), weights.size());

        qint64 weightSum = 0;
        for (qint64 w : std::as_const(weights))
            weightSum += w;
        qint64 sum = 0;
        for (qsizetype i = 0; i < result->size(); ++i) {
            const qint64 share = result->at(i).minor();
            QVERIFY(share >= 0);
            sum += share;
            // |share - total*w/sum| < 1  <=>  |share*sum - total*w| < sum
            // (exact in 128 bits: total <= 10^12, weights <= 100).
            const qint64 diff = share * weightSum - total * weights[i];
            QVERIFY2(diff > -weightSum && diff < weightSum,
                     qPrintable(u"run %1: stage %2 got %3 of %4"_s.arg(run).arg(i).arg(share).arg(total)));
        }
        QCOMPARE(sum, total);
    }
}

QTEST_GUILESS_MAIN(Tst_stageplan)
#include "tst_stageplan.moc"
