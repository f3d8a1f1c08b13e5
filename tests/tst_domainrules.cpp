// The domain questions every view and the engine ask: is money owed, is a
// stage overdue, was work started unpaid, which stage is next, how many
// revision rounds are used, which contract term is current, whether a
// price change is a rise.
#include "core/domain/contractterms.h"
#include "core/domain/domain.h"
#include "core/domain/paymentfigures.h"
#include "testutil.h"

#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;
using neuvo::test::makeProject;
using neuvo::test::makeStage;

namespace {

const QDate kToday(2025, 6, 11);

} // namespace

class TestDomainRules : public QObject
{
    Q_OBJECT

private slots:
    void owesMoney_data();
    void owesMoney();
    void isOverdue_boundaries();
    void isWorkWithoutPrepayment_boundaries();
    void nextStage_isTheFirstUnpaidByPosition();
    void revisionRoundsUsed_onlyRoundsAndNotLaterOnes();
    void paymentFigures_overdueIsIsOverdue();
    void currentTermEnd_rollsOverEveryTerm();
    void isPriceRise_againstThePriceBefore();
};

void TestDomainRules::owesMoney_data()
{
    QTest::addColumn<ProjectStatus>("status");
    QTest::addColumn<bool>("owes");
    QTest::newRow("lead") << ProjectStatus::Lead << false;
    QTest::newRow("brief_sent") << ProjectStatus::BriefSent << false;
    QTest::newRow("negotiation") << ProjectStatus::Negotiation << false;
    QTest::newRow("agreed") << ProjectStatus::Agreed << true;
    QTest::newRow("in_progress") << ProjectStatus::InProgress << true;
    QTest::newRow("delivered") << ProjectStatus::Delivered << true;
    QTest::newRow("closed") << ProjectStatus::Closed << false;
    QTest::newRow("declined") << ProjectStatus::Declined << false;
    QTest::newRow("cancelled") << ProjectStatus::Cancelled << false;
}

void TestDomainRules::owesMoney()
{
    QFETCH(ProjectStatus, status);
    QFETCH(bool, owes);
    QCOMPARE(neuvo::owesMoney(status), owes);
    QCOMPARE(makeProject(1, u"P"_s, 100, status).owesMoney(), owes);
}

void TestDomainRules::isOverdue_boundaries()
{
    PaymentStage s = makeStage(1, 1000, kToday.addDays(-1));
    QVERIFY(s.isOverdue(kToday, ProjectStatus::InProgress));
    QVERIFY(!s.isOverdue(kToday, ProjectStatus::Cancelled));
    QVERIFY(!s.isOverdue(kToday, ProjectStatus::Negotiation));
    QVERIFY(!s.isOverdue(QDate(), ProjectStatus::InProgress));
    s.paidMinor = 999; // partly paid is still overdue
    QVERIFY(s.isOverdue(kToday, ProjectStatus::Delivered));
    s.paidMinor = 1000;
    QVERIFY(!s.isOverdue(kToday, ProjectStatus::Delivered));
    QVERIFY(!makeStage(1, 1000, kToday).isOverdue(kToday, ProjectStatus::Agreed)); // due today
    QVERIFY(!makeStage(1, 1000, QDate()).isOverdue(kToday, ProjectStatus::Agreed)); // no due date
}

void TestDomainRules::isWorkWithoutPrepayment_boundaries()
{
    PaymentStage s = makeStage(1, 1000, kToday.addDays(5));
    QVERIFY(!s.isWorkWithoutPrepayment(kToday, ProjectStatus::InProgress)); // not started
    s.workStartedOn = kToday;
    QVERIFY(s.isWorkWithoutPrepayment(kToday, ProjectStatus::InProgress));
    QVERIFY(!s.isWorkWithoutPrepayment(kToday, ProjectStatus::Cancelled));
    QVERIFY(!s.isWorkWithoutPrepayment(kToday.addDays(-1), ProjectStatus::InProgress)); // starts later
    s.paidMinor = 500;
    QVERIFY(s.isWorkWithoutPrepayment(kToday, ProjectStatus::Agreed));
    s.paidMinor = 1000;
    QVERIFY(!s.isWorkWithoutPrepayment(kToday, ProjectStatus::Agreed));
}

void TestDomainRules::nextStage_isTheFirstUnpaidByPosition()
{
    Project p = makeProject(1, u"P"_s, 3000);
    // Listed out of order, and the later stage falls due first.
    PaymentStage second = makeStage(2, 1000, kToday.addDays(1));
    PaymentStage first = makeStage(1, 1000, kToday.addDays(10));
    PaymentStage third = makeStage(3, 1000, kToday.addDays(20));
    p.stages = {second, third, first};
    QCOMPARE(p.nextStage()->position, 1);
    p.stages[2].paidMinor = 1000;
    QCOMPARE(p.nextStage()->position, 2);
    p.stages[0].paidMinor = 400; // part paid is still next
    QCOMPARE(p.nextStage()->position, 2);
    p.stages[0].paidMinor = 1000;
    p.stages[1].paidMinor = 1000;
    QCOMPARE(p.nextStage(), nullptr);
    QCOMPARE(makeProject(1, u"P"_s, 0).nextStage(), nullptr);
}

void TestDomainRules::revisionRoundsUsed_onlyRoundsAndNotLaterOnes()
{
    // A round the client asked for uses an included round; the
    // freelancer's own error never does, nor does a change of scope,
    // billed or not (an unbilled one is an alert to bill it).
    Project p = makeProject(1, u"P"_s, 1000);
    Revision round;
    round.requestedOn = kToday.addDays(-3);
    QCOMPARE(round.kind, RevisionKind::Round);
    Revision error = round;
    error.kind = RevisionKind::Error;
    Revision unbilled = round;
    unbilled.kind = RevisionKind::Change;
    Revision billed = unbilled;
    billed.chargeMinor = 5000;
    Revision later = round;
    later.requestedOn = kToday.addDays(1);
    p.revisions = {round, error, error, unbilled, billed, later};
    QVERIFY(round.countsAsRound() && !error.countsAsRound() && !unbilled.countsAsRound()
            && !billed.countsAsRound());
    QCOMPARE(p.revisionRoundsUsed(kToday), 1);
    QCOMPARE(p.revisionRoundsUsed(kToday.addDays(1)), 2);
}

void TestDomainRules::paymentFigures_overdueIsIsOverdue()
{
    for (const ProjectStatus status : allValues<ProjectStatus>()) {
        const Project p = makeProject(1, u"P"_s, 1000, status);
        for (const int offset : {-30, -1, 0, 1, 30}) {
            for (const qint64 paid : {qint64(0), qint64(500), qint64(1000)}) {
                PaymentStage s = makeStage(1, 1000, kToday.addDays(offset));
                s.paidMinor = paid;
                const StageStatus figure = PaymentFigures::status(p, s, kToday, 7);
                QCOMPARE(figure == StageStatus::Overdue, s.isOverdue(kToday, status));
                QCOMPARE(PaymentFigures::outstandingMinor(figure, s) > 0, p.owesMoney() && !s.isFullyPaid());
            }
        }
    }
}

void TestDomainRules::currentTermEnd_rollsOverEveryTerm()
{
    Project p = makeProject(1, u"Column"_s, 1000);
    QVERIFY(!currentTermEnd(p, kToday).isValid()); // no contract
    p.contractDate = QDate(2023, 6, 20);
    p.contractTermMonths = 12;
    QCOMPARE(currentTermEnd(p, QDate(2023, 7, 1)), QDate(2024, 6, 20));
    QCOMPARE(currentTermEnd(p, kToday), QDate(2025, 6, 20)); // renewed twice
    QCOMPARE(currentTermEnd(p, QDate(2025, 6, 20)), QDate(2025, 6, 20)); // the last day of a term
    QCOMPARE(currentTermEnd(p, QDate(2025, 6, 21)), QDate(2026, 6, 20));
}

void TestDomainRules::isPriceRise_againstThePriceBefore()
{
    Project p = makeProject(1, u"Column"_s, 100000);
    const PriceChange cut{1, 0, kToday.addDays(10), 90000, {}, {}};
    const PriceChange back{2, 0, kToday.addDays(40), 95000, {}, {}};
    const PriceChange same{3, 0, kToday.addDays(70), 95000, {}, {}};
    p.priceChanges = {back, cut, same}; // in no particular order
    QVERIFY(!isPriceRise(p, cut));
    QVERIFY(isPriceRise(p, back)); // above the cut price, if below the base
    QVERIFY(!isPriceRise(p, same));
}

QTEST_GUILESS_MAIN(TestDomainRules)
#include "tst_domainrules.moc"
