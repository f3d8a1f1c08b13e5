#include "core/storage/database.h"
#include "core/exchange/demodata.h"
#include "core/exchange/exchange.h"
#include "core/rules/findingsreport.h"
#include "core/rules/redflags.h"
#include "core/rules/ruleid.h"
#include "core/rules/ruletitles.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTranslator>

#include <limits>

using namespace Qt::StringLiterals;
using namespace neuvo;
using neuvo::test::makeClient;
using neuvo::test::makeProject;
using neuvo::test::makeStage;

namespace {

// A Wednesday, in winter time in Helsinki (UTC+2).
const QDate kToday(2026, 3, 18);

QDate day(int offset)
{
    return kToday.addDays(offset);
}

QDateTime utc(const QString &iso)
{
    QDateTime at = QDateTime::fromString(iso, Qt::ISODate);
    Q_ASSERT(at.isValid());
    return at.toUTC();
}

QDateTime utcDay(int offset, const QTime &time = QTime(10, 0))
{
    return QDateTime(day(offset), time, QTimeZone::utc());
}

Interaction makeContact(qint64 id, qint64 clientId, const QDateTime &at, Channel channel,
                        Direction direction, InteractionKind kind, const QString &summary = {})
{
    Interaction i;
    i.id = id;
    i.clientId = clientId;
    i.at = at;
    i.channel = channel;
    i.direction = direction;
    i.kind = kind;
    i.summary = summary;
    return i;
}

Facts factsWith(const QList<Client> &clients)
{
    Facts f;
    f.profile.currency = u"EUR"_s;
    f.profile.floorRateMinor = 0;
    f.clients = clients;
    return f;
}

Facts oneClient()
{
    return factsWith({makeClient(u"Aino"_s, 1)});
}

QList<Finding> only(const QList<Finding> &findings, const QString &rule)
{
    QList<Finding> out;
    for (const Finding &f : findings) {
        if (f.rule == rule)
            out << f;
    }
    return out;
}

QString eur(qint64 minor)
{
    return Money(minor, u"EUR"_s).formatWithCode();
}

} // namespace

class TestRedFlags : public QObject
{
    Q_OBJECT

private:
    // Every evaluation goes through here so that an empty evidence fails
    // the test that produced it.
    QList<Finding> run(const Facts &facts, const QDate &today = kToday)
    {
        const QList<Finding> findings = RedFlagEngine::evaluate(facts, today);
        for (const Finding &f : findings) {
            if (f.evidence.toString().trimmed().isEmpty())
                ++m_emptyEvidence;
        }
        return findings;
    }
    QList<Finding> runRule(const Facts &facts, const QString &rule, const QDate &today = kToday)
    {
        return only(run(facts, today), rule);
    }

    int m_emptyEvidence = 0;

private slots:
    void initTestCase();
    void cleanup();

    void identity_isRuleClientProjectAndIsoDate_data();
    void identity_isRuleClientProjectAndIsoDate();

    void paymentOverdue_data();
    void paymentOverdue();
    void paymentOverdueEvidence();
    void paymentOverdueOnlyForOwedWork();
    void chronicLatePayer();
    void workWithoutPrepayment();
    void revisionsExceeded();
    void ownErrorsAreNoRoundsAndAChangeIsNotAlsoARound();
    void unbilledChanges();
    void devaluesWork();
    void discountPressure();
    void discountForFuturePromise();
    void discountWithoutConcession();
    void freeWorkSeeker();
    void contactOutsideHours();
    void contactOutsideHoursWindowAndChannels();
    void contactOutsideHoursUsesClientZone();
    void statusPressure();
    void stageDueSoon();
    void deadlineAtRisk();
    void deadlineAtRiskMargin();
    void deadlineMissed();
    void promiseDue();
    void briefUnanswered();
    void unconfirmedAgreement();
    void priceNoticeDue();
    void contractRenewalDue();
    void belowFloorRate();
    void observations();
    void observationWithdrawn();
    void declinedClientGetsNoAlerts();
    void futureRecordsIgnored();

    void riskLevels();
    void ruleIdsRoundTrip();
    void manyFindingsGatheredInBlocks();
    void riskThresholdsAreSettings();
    void cleanClientStaysOk();

    void articleFiftyFifty();
    void articleNda();
    void articleLandingPageToday();
    void articleDiscountForFutureOrders();
    void articleCallsAt23();
    void articleFreeTestTask();
    void articleSixRevisionRounds();
    void articleFirstOfferTwoAndHalfTimesLower();
    void articleDisrespectIsRefusedAtOnce();
    void articleMidProjectExitIsRefundAndPartWays();
    void partWays_namesTheFlags_inEnglishFinnishRussian();
    void evidenceKeptWordForWord_inEnglishFinnishRussian();

    void ownLapsesNeverRaiseTheClientsRisk();
    void oneDayLateWithWorkStartedIsCautionNotDecline();
    void postpaymentPlan();
    void ndaWithoutSurcharge();
    void noPriceBreakdown();
    void deadlineWithoutMargin();

    void latePaymentsFromTwoYearsAgoExpire();
    void behaviourCountsWithinTheWindow();
    void observationsStayUntilWithdrawn();

    void priceCutNeedsNoNotice();
    void reminderAboutAnotherProjectDoesNotSilenceABrief();
    void briefFromTheClientWaitsForNoAnswer();
    void noAgreedHoursUsesYourWorkingHours();
    void latePaymentMovesTheDeadline();
    void noRefundSentenceWithoutGuarantee();
    void rollingContractRenewsEveryTerm();

    void orderAndPurity();
    void flagsJson();
    void flagsJsonText_sameBytesAsQJsonDocument();
    void alertsJson();
    void textReports();

    void scenarioFilesAreCovered();
    void scenarios_data();
    void scenarios();

    void loadFromDatabase();
    void demoData();
    void scale();
};

void TestRedFlags::initTestCase()
{
    // Evidence uses QLocale(); pin it so the expected strings are stable.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QVERIFY2(QTimeZone(QByteArrayLiteral("Europe/Helsinki")).isValid(),
             "the tz database (tzdata) is needed");
}

void TestRedFlags::cleanup()
{
    QCOMPARE(m_emptyEvidence, 0);
}

// ---------------------------------------------------------------- flags

void TestRedFlags::paymentOverdue_data()
{
    QTest::addColumn<int>("daysOverdue");
    QTest::addColumn<bool>("raised");
    QTest::addColumn<int>("severity");
    QTest::newRow("due today") << 0 << false << 0;
    QTest::newRow("1 day") << 1 << true << int(Severity::Warning);
    QTest::newRow("14 days") << 14 << true << int(Severity::Warning);
    QTest::newRow("15 days") << 15 << true << int(Severity::High);
}

void TestRedFlags::paymentOverdue()
{
    QFETCH(int, daysOverdue);
    QFETCH(bool, raised);
    QFETCH(int, severity);
    Facts f = oneClient();
    Project p = makeProject(1, u"Landing page"_s, 100000, ProjectStatus::Delivered, u"EUR"_s, 10);
    p.stages << makeStage(1, 100000, day(-daysOverdue), u"Text"_s, 100);
    f.projects << p;
    const auto found = runRule(f, u"payment_overdue"_s);
    QCOMPARE(found.size(), raised ? 1 : 0);
    if (raised) {
        QCOMPARE(int(found[0].severity), severity);
        QCOMPARE(found[0].kind, FindingKind::Flag);
        QCOMPARE(found[0].clientId, 1);
        QCOMPARE(found[0].projectId, 10);
        QVERIFY(found[0].evidence.toString().contains(u"%1 day"_s.arg(daysOverdue)));
    }
    // Fully paid: nothing.
    f.projects[0].stages[0].paidMinor = 100000;
    f.projects[0].stages[0].paidOn = day(0);
    QVERIFY(runRule(f, u"payment_overdue"_s).isEmpty());
}

void TestRedFlags::paymentOverdueEvidence()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Landing page"_s, 2500000, ProjectStatus::InProgress, u"RUB"_s, 10);
    p.stages << makeStage(1, 1250000, QDate(2026, 2, 1), u"Structure"_s, 100);
    p.stages[0].paidMinor = 1250000;
    p.stages[0].paidOn = QDate(2026, 2, 1);
    p.stages << makeStage(2, 1250000, QDate(2026, 3, 1), u"Design"_s, 101);
    f.projects << p;
    const auto found = runRule(f, u"payment_overdue"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].evidence.toString(),
             u"Stage 2 'Design' of 'Landing page': 12,500.00\u00A0RUB due 2026-03-01, unpaid for 17 days"_s);
    QCOMPARE(found[0].severity, Severity::High);
    QCOMPARE(found[0].date, QDate(2026, 3, 1));

    // Partly paid: the open amount and the whole are named.
    f.projects[0].stages[1].paidMinor = 250000;
    const auto partial = runRule(f, u"payment_overdue"_s);
    QCOMPARE(partial.size(), 1);
    QVERIFY(partial[0].evidence.toString().contains(u"10,000.00\u00A0RUB of 12,500.00\u00A0RUB"_s));
    QVERIFY(partial[0].evidence.toString().contains(u"17 days"_s));

    // One day: singular.
    f.projects[0].stages[1].dueOn = day(-1);
    QVERIFY(runRule(f, u"payment_overdue"_s)[0].evidence.toString().endsWith(u"overdue for 1 day"_s));
}

void TestRedFlags::paymentOverdueOnlyForOwedWork()
{
    for (ProjectStatus status : allValues<ProjectStatus>()) {
        Facts f = oneClient();
        Project p = makeProject(1, u"P"_s, 1000, status, u"EUR"_s, 10);
        p.stages << makeStage(1, 1000, day(-5), u"All"_s, 100);
        f.projects << p;
        const bool owed = status == ProjectStatus::Agreed || status == ProjectStatus::InProgress
            || status == ProjectStatus::Delivered;
        QCOMPARE(runRule(f, u"payment_overdue"_s).size(), owed ? 1 : 0);
    }
}

void TestRedFlags::chronicLatePayer()
{
    Facts f = oneClient();
    Project a = makeProject(1, u"Blog"_s, 2000, ProjectStatus::Closed, u"EUR"_s, 10);
    a.stages << makeStage(1, 1000, QDate(2026, 1, 1), u"First"_s, 100);
    a.stages << makeStage(2, 1000, QDate(2026, 2, 1), u"Second"_s, 101);
    a.stages[0].paidMinor = 1000;
    a.stages[0].paidOn = QDate(2026, 1, 5); // 4 days late
    a.stages[1].paidMinor = 1000;
    a.stages[1].paidOn = QDate(2026, 2, 1); // on time
    f.projects << a;
    QVERIFY(runRule(f, u"chronic_late_payer"_s).isEmpty()); // one late stage: below 2

    Project b = makeProject(1, u"Newsletter"_s, 1000, ProjectStatus::Delivered, u"EUR"_s, 11);
    b.stages << makeStage(1, 1000, QDate(2026, 2, 10), u"All"_s, 102);
    b.stages[0].paidMinor = 1000;
    b.stages[0].paidOn = QDate(2026, 2, 19); // 9 days late
    f.projects << b;
    const auto found = runRule(f, u"chronic_late_payer"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::Warning);
    QCOMPARE(found[0].projectId, 0);
    QVERIFY2(found[0].evidence.toString().startsWith(u"2 stages paid after the due date"_s), qPrintable(found[0].evidence.toString()));
    QVERIFY(found[0].evidence.toString().contains(u"Stage 1 'All' of 'Newsletter'"_s));
    QVERIFY(found[0].evidence.toString().contains(u"2026-02-10"_s));
    QVERIFY(found[0].evidence.toString().contains(u"2026-02-19"_s));
    QVERIFY(found[0].evidence.toString().contains(u"9 days late"_s));
}

void TestRedFlags::workWithoutPrepayment()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Landing page"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.stages << makeStage(1, 50000, day(5), u"Structure"_s, 100);
    p.stages[0].workStartedOn = day(-2);
    p.stages[0].paidMinor = 49999; // one cent short
    f.projects << p;
    auto found = runRule(f, u"work_without_prepayment"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, FindingKind::Alert);
    QCOMPARE(found[0].severity, Severity::High);
    QCOMPARE(found[0].evidence.toString(),
             u"Work on Stage 1 'Structure' of 'Landing page' started 2026-03-16 with only %1 of %2 paid: ask for the payment before you go on"_s
                 .arg(eur(49999), eur(50000)));
    // The freelancer's own lapse: the client stays OK.
    QCOMPARE(RedFlagEngine::risk(1, run(f), f.profile.thresholds).level, RiskLevel::Ok);

    f.projects[0].stages[0].paidMinor = 50000;
    QVERIFY(runRule(f, u"work_without_prepayment"_s).isEmpty());

    // Not started yet: nothing, paid or not.
    f.projects[0].stages[0].paidMinor = 0;
    f.projects[0].stages[0].workStartedOn = QDate();
    QVERIFY(runRule(f, u"work_without_prepayment"_s).isEmpty());
}

void TestRedFlags::revisionsExceeded()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Brochure"_s, 1000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.revisionsIncluded = 2;
    for (int i = 0; i < 2; ++i)
        p.revisions << Revision{i + 1, 10, day(-10 + i), u"round"_s, RevisionKind::Round, 0};
    // A billed change order is paid work, not an included round.
    p.revisions << Revision{9, 10, day(-3), u"new section"_s, RevisionKind::Change, 5000};
    f.projects << p;
    QVERIFY(runRule(f, u"revisions_exceeded"_s).isEmpty());

    f.projects[0].revisions << Revision{3, 10, day(-1), u"round 3"_s, RevisionKind::Round, 0};
    const auto found = runRule(f, u"revisions_exceeded"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::Warning);
    QCOMPARE(found[0].evidence.toString(), u"'Brochure': 3 revision rounds with 2 included (1 over)"_s);
    QCOMPARE(found[0].date, day(-1));
}

void TestRedFlags::ownErrorsAreNoRoundsAndAChangeIsNotAlsoARound()
{
    // One round included; the client asked for one, and two typos of the
    // freelancer's were fixed free: nothing exceeded.
    Facts f = oneClient();
    Project p = makeProject(1, u"Brochure"_s, 1000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.revisionsIncluded = 1;
    p.revisions << Revision{1, 10, day(-6), u"shorter intro"_s, RevisionKind::Round, 0};
    p.revisions << Revision{2, 10, day(-5), u"typo"_s, RevisionKind::Error, 0};
    p.revisions << Revision{3, 10, day(-4), u"another typo"_s, RevisionKind::Error, 0};
    // An unbilled change request is one thing to bill, not also a round.
    p.revisions << Revision{4, 10, day(-3), u"add a pricing table"_s, RevisionKind::Change, 0};
    f.projects << p;
    const auto found = run(f);
    QVERIFY(only(found, u"revisions_exceeded"_s).isEmpty());
    QCOMPARE(only(found, u"unbilled_changes"_s).size(), 1);
    QCOMPARE(RedFlagEngine::risk(1, found, f.profile.thresholds).level, RiskLevel::Ok);

    f.projects[0].revisions << Revision{5, 10, day(-2), u"new tone"_s, RevisionKind::Round, 0};
    QCOMPARE(runRule(f, u"revisions_exceeded"_s).size(), 1);
}

void TestRedFlags::unbilledChanges()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Brochure"_s, 1000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.revisions << Revision{1, 10, day(-5), u"typo"_s, RevisionKind::Error, 0};
    p.revisions << Revision{2, 10, day(-4), u"extra page"_s, RevisionKind::Change, 15000};
    f.projects << p;
    QVERIFY(runRule(f, u"unbilled_changes"_s).isEmpty());

    f.projects[0].revisions << Revision{3, 10, day(-2), u"add a pricing table"_s, RevisionKind::Change, 0};
    const auto found = runRule(f, u"unbilled_changes"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, FindingKind::Alert);
    QCOMPARE(found[0].evidence.toString(),
             u"'Brochure': 1 out-of-scope change recorded with no charge, the latest on 2026-03-16: 'add a pricing table'; bill it as a change order"_s);
}

void TestRedFlags::devaluesWork()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Website texts"_s, 100000, ProjectStatus::Negotiation, u"EUR"_s, 10);
    p.firstOfferMinor = 50000; // exactly half
    f.projects << p;
    // A low first offer alone starts a negotiation: nothing.
    QVERIFY(runRule(f, u"devalues_work"_s).isEmpty());

    // Followed by a discount request about the same project: the pattern.
    f.interactions << makeContact(1, 1, utcDay(-2), Channel::Email, Direction::In,
                                  InteractionKind::DiscountRequest, u"still too expensive"_s);
    f.interactions[0].projectId = 11; // another project: not this one's pressure
    QVERIFY(runRule(f, u"devalues_work"_s).isEmpty());
    f.interactions[0].projectId = 10;
    auto found = runRule(f, u"devalues_work"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, FindingKind::Flag);
    QCOMPARE(found[0].severity, Severity::Warning);
    QCOMPARE(found[0].evidence.toString(),
             u"First offer for 'Website texts': %1 against the quoted %2 (50 % of it, 2.0× less), then a discount request on 2026-03-16: 'still too expensive'"_s
                 .arg(eur(50000), eur(100000)));

    // Just over half: a first offer, not devaluing, whatever follows.
    f.projects[0].firstOfferMinor = 50001;
    QVERIFY(runRule(f, u"devalues_work"_s).isEmpty());

    // The client walked away on price before any agreement.
    f.interactions.clear();
    f.projects[0].firstOfferMinor = 40000;
    f.projects[0].status = ProjectStatus::Declined;
    found = runRule(f, u"devalues_work"_s);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found[0].evidence.toString().endsWith(u"then the project was declined before any agreement"_s),
             qPrintable(found[0].evidence.toString()));

    // No first offer recorded: nothing.
    f.projects[0].firstOfferMinor.reset();
    QVERIFY(runRule(f, u"devalues_work"_s).isEmpty());
}

void TestRedFlags::discountPressure()
{
    Facts f = oneClient();
    f.interactions << makeContact(1, 1, utc(u"2025-12-17T10:00:00Z"_s), Channel::Email, Direction::In,
                                  InteractionKind::DiscountRequest, u"can you do it cheaper?"_s);
    f.interactions << makeContact(2, 1, utc(u"2026-03-17T10:00:00Z"_s), Channel::Email, Direction::In,
                                  InteractionKind::DiscountRequest, u"10 % off?"_s);
    // 90 days apart: not within the 90-day window.
    QVERIFY(runRule(f, u"discount_pressure"_s).isEmpty());

    f.interactions[0].at = utc(u"2025-12-18T10:00:00Z"_s); // 89 days apart
    const auto found = runRule(f, u"discount_pressure"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::Warning);
    QCOMPARE(found[0].evidence.toString(),
             u"2 discount requests between 2025-12-18 and 2026-03-17 (within 90 days), the latest: '10 % off?'"_s);

    // One request alone is no pressure.
    f.interactions.removeLast();
    QVERIFY(runRule(f, u"discount_pressure"_s).isEmpty());
}

void TestRedFlags::discountForFuturePromise()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Catalogue"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.discountKind = DiscountKind::Percent;
    p.discountValue = 20;
    p.discountConcession = u"deadline moved by a week"_s;
    f.projects << p;
    QVERIFY(runRule(f, u"discount_for_future_promise"_s).isEmpty());
    QVERIFY(runRule(f, u"discount_without_concession"_s).isEmpty());

    f.projects[0].discountForFutureOrders = true;
    f.projects[0].discountReason = u"a big order next year"_s;
    const auto found = runRule(f, u"discount_for_future_promise"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::Warning);
    QCOMPARE(found[0].evidence.toString(),
             u"'Catalogue': a discount of 20 % (%1) was granted for promised future orders (reason: 'a big order next year')"_s
                 .arg(eur(20000)));

    // Declined: the discount was never granted.
    f.projects[0].status = ProjectStatus::Declined;
    QVERIFY(runRule(f, u"discount_for_future_promise"_s).isEmpty());
}

void TestRedFlags::discountWithoutConcession()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Catalogue"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.discountKind = DiscountKind::Amount;
    p.discountValue = 15000;
    p.discountConcession = u"smaller scope"_s;
    f.projects << p;
    QVERIFY(runRule(f, u"discount_without_concession"_s).isEmpty());

    f.projects[0].discountConcession = u"  "_s;
    const auto found = runRule(f, u"discount_without_concession"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, FindingKind::Alert);
    QCOMPARE(found[0].severity, Severity::Info);
    QCOMPARE(found[0].evidence.toString(),
             u"'Catalogue': a discount of %1 was granted with no counter-concession recorded"_s.arg(eur(15000)));

    // A zero discount is no discount.
    f.projects[0].discountValue = 0;
    QVERIFY(runRule(f, u"discount_without_concession"_s).isEmpty());
}

void TestRedFlags::freeWorkSeeker()
{
    Facts f = oneClient();
    f.interactions << makeContact(1, 1, utcDay(-3), Channel::Email, Direction::In,
                                  InteractionKind::General, u"a free sample would be nice"_s);
    QVERIFY(runRule(f, u"free_work_seeker"_s).isEmpty());

    f.interactions << makeContact(2, 1, utcDay(-2), Channel::Email, Direction::In,
                                  InteractionKind::FreeTestRequest, u"write a free test article"_s);
    const auto found = runRule(f, u"free_work_seeker"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::High);
    QVERIFY(found[0].evidence.toString().startsWith(u"1 request for free work"_s));
    QVERIFY(found[0].evidence.toString().contains(u"2026-03-16"_s));
    QVERIFY(found[0].evidence.toString().contains(u"'write a free test article'"_s));
}

void TestRedFlags::contactOutsideHours()
{
    Facts f = oneClient();
    // 21:00 UTC = 23:00 in Helsinki, Monday to Wednesday.
    f.interactions << makeContact(1, 1, utc(u"2026-03-02T21:00:00Z"_s), Channel::Phone, Direction::In,
                                  InteractionKind::General);
    f.interactions << makeContact(2, 1, utc(u"2026-03-03T21:00:00Z"_s), Channel::Messenger,
                                  Direction::In, InteractionKind::StatusRequest);
    QVERIFY(runRule(f, u"contact_outside_hours"_s).isEmpty()); // 2: below 3

    f.interactions << makeContact(3, 1, utc(u"2026-03-04T21:00:00Z"_s), Channel::Phone, Direction::In,
                                  InteractionKind::General);
    const auto found = runRule(f, u"contact_outside_hours"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::Warning);
    const QString e = found[0].evidence.toString();
    QVERIFY2(e.startsWith(u"3 calls or messages outside the agreed hours 09:00–18:00"_s), qPrintable(e));
    QVERIFY(e.contains(u"Europe/Helsinki"_s));
    QVERIFY(e.contains(u"2026-03-02 23:00 (Phone)"_s));
    QVERIFY(e.contains(u"2026-03-04 23:00 (Phone)"_s));
    QVERIFY(e.contains(u"30 days"_s));

    // Outbound calls are the freelancer's own.
    for (Interaction &i : f.interactions)
        i.direction = Direction::Out;
    QVERIFY(runRule(f, u"contact_outside_hours"_s).isEmpty());
}

void TestRedFlags::contactOutsideHoursWindowAndChannels()
{
    Facts f = oneClient();
    const auto call = [](qint64 id, const QString &at, Channel channel = Channel::Phone) {
        return makeContact(id, 1, utc(at), channel, Direction::In, InteractionKind::General);
    };
    // First and last 30 days apart (local dates): not within 30 days.
    f.interactions = {call(1, u"2026-02-09T21:00:00Z"_s), call(2, u"2026-02-25T21:00:00Z"_s),
                      call(3, u"2026-03-11T21:00:00Z"_s)};
    QVERIFY(runRule(f, u"contact_outside_hours"_s).isEmpty());
    f.interactions[0].at = utc(u"2026-02-10T21:00:00Z"_s); // 29 days
    QCOMPARE(runRule(f, u"contact_outside_hours"_s).size(), 1);

    // E-mail and meetings never count (asynchronous / arranged).
    f.interactions = {call(1, u"2026-03-02T21:00:00Z"_s, Channel::Email),
                      call(2, u"2026-03-03T21:00:00Z"_s, Channel::Email),
                      call(3, u"2026-03-04T21:00:00Z"_s, Channel::Meeting)};
    QVERIFY(runRule(f, u"contact_outside_hours"_s).isEmpty());

    // 17:59 local is inside the hours, 18:00 is not.
    f.interactions = {call(1, u"2026-03-02T15:59:00Z"_s), call(2, u"2026-03-03T15:59:00Z"_s),
                      call(3, u"2026-03-04T15:59:00Z"_s)};
    QVERIFY(runRule(f, u"contact_outside_hours"_s).isEmpty());
    for (Interaction &i : f.interactions)
        i.at = i.at.addSecs(60);
    QCOMPARE(runRule(f, u"contact_outside_hours"_s).size(), 1);

    // Saturday noon is outside the agreed days.
    f.interactions = {call(1, u"2026-03-07T10:00:00Z"_s), call(2, u"2026-03-14T10:00:00Z"_s),
                      call(3, u"2026-03-08T10:00:00Z"_s)};
    QCOMPARE(runRule(f, u"contact_outside_hours"_s).size(), 1);
}

void TestRedFlags::contactOutsideHoursUsesClientZone()
{
    Facts f = oneClient();
    // 07:30 UTC is 09:30 in Helsinki: inside the client's hours there.
    for (int i = 0; i < 3; ++i) {
        f.interactions << makeContact(i + 1, 1, QDateTime(QDate(2026, 3, 2 + i), QTime(7, 30), QTimeZone::utc()),
                                      Channel::Phone, Direction::In, InteractionKind::General);
    }
    QVERIFY(runRule(f, u"contact_outside_hours"_s).isEmpty());
    // The same calls for a client living in UTC are before 09:00.
    f.clients[0].timeZone = u"UTC"_s;
    QCOMPARE(runRule(f, u"contact_outside_hours"_s).size(), 1);
}

void TestRedFlags::statusPressure()
{
    Facts f = oneClient();
    const auto ask = [](qint64 id, const QString &at) {
        return makeContact(id, 1, utc(at), Channel::Messenger, Direction::In,
                           InteractionKind::StatusRequest, u"how is it going?"_s);
    };
    f.interactions = {ask(1, u"2026-03-10T08:00:00Z"_s), ask(2, u"2026-03-10T12:00:00Z"_s),
                      ask(3, u"2026-03-11T08:00:00Z"_s)}; // exactly 24 h: not within
    QVERIFY(runRule(f, u"status_pressure"_s).isEmpty());

    f.interactions[2].at = utc(u"2026-03-11T07:59:00Z"_s);
    const auto found = runRule(f, u"status_pressure"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::Warning);
    QCOMPARE(found[0].evidence.toString(),
             u"3 status requests within 24 hours: from 2026-03-10 10:00 to 2026-03-11 09:59 (Europe/Helsinki time)"_s);

    // Outbound status reports are not requests.
    f.interactions[1].direction = Direction::Out;
    QVERIFY(runRule(f, u"status_pressure"_s).isEmpty());
}

// ---------------------------------------------------------------- alerts

void TestRedFlags::stageDueSoon()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Landing page"_s, 100000, ProjectStatus::Agreed, u"EUR"_s, 10);
    p.stages << makeStage(1, 50000, day(8), u"Structure"_s, 100);
    f.projects << p;
    QVERIFY(runRule(f, u"stage_due_soon"_s).isEmpty());

    f.projects[0].stages[0].dueOn = day(7);
    const auto found = runRule(f, u"stage_due_soon"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, FindingKind::Alert);
    QCOMPARE(found[0].date, day(7));
    QCOMPARE(found[0].evidence.toString(),
             u"Stage 1 'Structure' of 'Landing page': %1 is due 2026-03-25, in 7 days"_s.arg(eur(50000)));

    // A lead's stages are a proposal; nothing is due.
    f.projects[0].status = ProjectStatus::Lead;
    QVERIFY(runRule(f, u"stage_due_soon"_s).isEmpty());
}

void TestRedFlags::deadlineAtRisk()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Landing page"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.deadline = day(4);
    f.projects << p;
    QVERIFY(runRule(f, u"deadline_at_risk"_s).isEmpty());

    f.projects[0].deadline = day(3);
    const auto found = runRule(f, u"deadline_at_risk"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::Warning);
    QCOMPARE(found[0].evidence.toString(), u"'Landing page' is due 2026-03-21, in 3 days"_s);

    // Delivered: nothing at risk.
    f.projects[0].status = ProjectStatus::Delivered;
    f.projects[0].deliveredOn = day(0);
    QVERIFY(runRule(f, u"deadline_at_risk"_s).isEmpty());
}

void TestRedFlags::deadlineAtRiskMargin()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Annual report"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.deadline = day(10);
    p.internalMarginDays = 10; // internal deadline is today: not passed yet
    f.projects << p;
    QVERIFY(runRule(f, u"deadline_at_risk"_s).isEmpty());

    f.projects[0].internalMarginDays = 11; // internal deadline was yesterday
    const auto found = runRule(f, u"deadline_at_risk"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].evidence.toString(),
             u"'Annual report' is due 2026-03-28, in 10 days; the internal deadline 2026-03-17 (11 days of margin) has passed"_s);
}

void TestRedFlags::deadlineMissed()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Landing page"_s, 2500000, ProjectStatus::InProgress, u"RUB"_s, 10);
    p.guaranteePercent = 50;
    p.stages << makeStage(1, 1250000, QDate(2026, 2, 1), u"Structure"_s, 100);
    p.stages[0].paidMinor = 1250000;
    p.stages[0].workStartedOn = QDate(2026, 2, 1);
    p.stages << makeStage(2, 1250000, QDate(2026, 3, 1), u"Design"_s, 101);
    p.stages[1].paidMinor = 1250000;
    p.stages[1].workStartedOn = QDate(2026, 3, 1);
    p.deadline = day(0);
    f.projects << p;
    QVERIFY(runRule(f, u"deadline_missed"_s).isEmpty()); // due today: at risk, not missed
    QCOMPARE(runRule(f, u"deadline_at_risk"_s).size(), 1);

    f.projects[0].deadline = day(-3);
    const auto found = runRule(f, u"deadline_missed"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::High);
    QCOMPARE(found[0].date, day(-3));
    QCOMPARE(found[0].evidence.toString(),
             u"'Landing page' missed its deadline 2026-03-15 by 3 days: the guarantee refunds 50 % of stage 2 'Design', 6,250.00\u00A0RUB of 12,500.00\u00A0RUB"_s);
    QVERIFY(runRule(f, u"deadline_at_risk"_s).isEmpty());

    // Without stages the guarantee is on the whole price.
    f.projects[0].stages.clear();
    f.projects[0].guaranteePercent = 40;
    QVERIFY(runRule(f, u"deadline_missed"_s)[0].evidence.toString().endsWith(
        u"refunds 40 % of the project total, 10,000.00\u00A0RUB of 25,000.00\u00A0RUB"_s));

    // Delivered late is history, not an alert.
    f.projects[0].deliveredOn = day(-1);
    f.projects[0].status = ProjectStatus::Delivered;
    QVERIFY(runRule(f, u"deadline_missed"_s).isEmpty());
}

void TestRedFlags::promiseDue()
{
    Facts f = oneClient();
    f.promises << Promise{1, 1, 0, u"send the brief"_s, day(1), {}};
    QVERIFY(runRule(f, u"promise_due"_s).isEmpty());

    f.promises[0].dueOn = day(0);
    auto found = runRule(f, u"promise_due"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].evidence.toString(), u"Your promise to Aino, 'send the brief', is due today (2026-03-18)"_s);

    f.promises[0].dueOn = day(-2);
    found = runRule(f, u"promise_due"_s);
    QCOMPARE(found[0].evidence.toString(), u"Your promise to Aino, 'send the brief', was due 2026-03-16, 2 days ago"_s);

    f.promises[0].doneOn = day(-2);
    QVERIFY(runRule(f, u"promise_due"_s).isEmpty());
}

void TestRedFlags::briefUnanswered()
{
    Facts f = oneClient();
    f.projects << makeProject(1, u"Blog posts"_s, 1000, ProjectStatus::BriefSent, u"EUR"_s, 10);
    Interaction brief = makeContact(1, 1, utcDay(-6), Channel::Email, Direction::Out,
                                    InteractionKind::BriefSent, u"brief"_s);
    brief.projectId = 10;
    f.interactions << brief;
    QVERIFY(runRule(f, u"brief_unanswered"_s).isEmpty()); // 6 days

    f.interactions[0].at = utcDay(-7);
    const auto found = runRule(f, u"brief_unanswered"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::Info);
    QCOMPARE(found[0].date, day(0));
    QCOMPARE(found[0].evidence.toString(),
             u"The brief for 'Blog posts' sent to Aino on 2026-03-11 has had no answer for 7 days: send one reminder"_s);

    // One reminder already went out: no more.
    Facts reminded = f;
    reminded.interactions << makeContact(2, 1, utcDay(-3), Channel::Email, Direction::Out,
                                         InteractionKind::Reminder);
    reminded.interactions.last().projectId = 10;
    QVERIFY(runRule(reminded, u"brief_unanswered"_s).isEmpty());

    // The client answered.
    Facts answered = f;
    answered.interactions << makeContact(3, 1, utcDay(-5), Channel::Phone, Direction::In,
                                         InteractionKind::General);
    QVERIFY(runRule(answered, u"brief_unanswered"_s).isEmpty());

    // An inbound contact before the brief is no answer to it.
    Facts before = f;
    before.interactions.prepend(makeContact(4, 1, utcDay(-20), Channel::Phone, Direction::In,
                                            InteractionKind::General));
    QCOMPARE(runRule(before, u"brief_unanswered"_s).size(), 1);
}

void TestRedFlags::unconfirmedAgreement()
{
    Facts f = oneClient();
    f.interactions << makeContact(1, 1, utcDay(-2), Channel::Phone, Direction::In,
                                  InteractionKind::Agreement, u"two stages, 50/50"_s);
    QVERIFY(runRule(f, u"unconfirmed_agreement"_s).isEmpty()); // within 2 days

    f.interactions[0].at = utcDay(-3);
    const auto found = runRule(f, u"unconfirmed_agreement"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::Warning);
    QCOMPARE(found[0].evidence.toString(),
             u"The agreement with Aino made in a call on 2026-03-15 'two stages, 50/50' is not confirmed in writing after 3 days: send a letter with its key points"_s);

    f.interactions[0].confirmedOn = day(-1);
    QVERIFY(runRule(f, u"unconfirmed_agreement"_s).isEmpty());

    // An agreement by e-mail is in writing already.
    f.interactions[0].confirmedOn = QDate();
    f.interactions[0].channel = Channel::Email;
    QVERIFY(runRule(f, u"unconfirmed_agreement"_s).isEmpty());
    f.interactions[0].channel = Channel::Meeting;
    QCOMPARE(runRule(f, u"unconfirmed_agreement"_s).size(), 1);
}

void TestRedFlags::priceNoticeDue()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Monthly column"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.priceChanges << PriceChange{1, 10, day(31), 120000, {}, u""_s};
    f.projects << p;
    QVERIFY(runRule(f, u"price_notice_due"_s).isEmpty()); // notice can wait a day

    f.projects[0].priceChanges[0].effectiveOn = day(30);
    auto found = runRule(f, u"price_notice_due"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].evidence.toString(),
             u"Price change of 'Monthly column' to %1 on 2026-04-17 is not announced yet: announce it today to give 30 days of notice"_s
                 .arg(eur(120000)));

    f.projects[0].priceChanges[0].effectiveOn = day(10);
    found = runRule(f, u"price_notice_due"_s);
    QCOMPARE(found[0].evidence.toString(),
             u"Price change of 'Monthly column' to %1 on 2026-03-28 is not announced yet and needed 30 days of notice by 2026-02-26: announce it now and move it to 2026-04-17"_s
                 .arg(eur(120000)));

    // Announced with full notice: fine. One day short: alert.
    f.projects[0].priceChanges[0].announcedOn = day(-5);
    f.projects[0].priceChanges[0].effectiveOn = day(25);
    QVERIFY(runRule(f, u"price_notice_due"_s).isEmpty());
    f.projects[0].priceChanges[0].effectiveOn = day(24);
    found = runRule(f, u"price_notice_due"_s);
    QCOMPARE(found.size(), 1);
    QVERIFY(found[0].evidence.toString().contains(u"announced 2026-03-13, only 29 days before"_s));
    QVERIFY(found[0].evidence.toString().contains(u"move it to 2026-04-12"_s));
}

void TestRedFlags::contractRenewalDue()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Monthly column"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.contractNumber = u"2025-07"_s;
    // The alert comes 30 days of notice + 14 before the term ends.
    p.contractDate = QDate(2025, 5, 2);
    p.contractTermMonths = 12; // ends 2026-05-02, in 45 days
    f.projects << p;
    QVERIFY(runRule(f, u"contract_renewal_due"_s).isEmpty());

    f.projects[0].contractDate = QDate(2025, 5, 1); // ends in 44 days
    auto found = runRule(f, u"contract_renewal_due"_s);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found[0].evidence.toString().endsWith(u"in 44 days: the moment to revisit prices; announce a new price by 2026-04-01 to give 30 days of notice"_s),
             qPrintable(found[0].evidence.toString()));

    f.projects[0].contractDate = QDate(2025, 4, 17); // ends in 30 days
    found = runRule(f, u"contract_renewal_due"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].date, QDate(2026, 4, 17));
    QCOMPARE(found[0].evidence.toString(),
             u"Contract 2025-07 for 'Monthly column' (signed 2025-04-17, 12 months) ends 2026-04-17, in 30 days: the moment to revisit prices; announce a new price by 2026-03-18 to give 30 days of notice"_s);
    // Later than that, the new price can only follow the renewal.
    f.projects[0].contractDate = QDate(2025, 4, 1); // ends in 14 days
    QVERIFY2(runRule(f, u"contract_renewal_due"_s)[0].evidence.toString().endsWith(
                 u"a new price announced today takes effect 2026-04-17"_s),
             qPrintable(runRule(f, u"contract_renewal_due"_s)[0].evidence.toString()));
}

void TestRedFlags::belowFloorRate()
{
    Facts f = oneClient();
    f.profile.floorRateMinor = 4000; // 40.00 EUR per hour
    Project p = makeProject(1, u"Case study"_s, 160000, ProjectStatus::Negotiation, u"EUR"_s, 10);
    p.estimatedHours = 40;
    f.projects << p;
    QVERIFY(runRule(f, u"below_floor_rate"_s).isEmpty()); // exactly the floor

    f.projects[0].basePriceMinor = 159999;
    const auto found = runRule(f, u"below_floor_rate"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].evidence.toString(),
             u"'Case study': %1 for 40 estimated hours is %2 per hour, below your floor rate of %3"_s
                 .arg(eur(159999), eur(3999), eur(4000)));

    // Another currency is not compared (no exchange rates).
    f.projects[0].currency = u"USD"_s;
    QVERIFY(runRule(f, u"below_floor_rate"_s).isEmpty());
    // No floor set: nothing.
    f.projects[0].currency = u"EUR"_s;
    f.profile.floorRateMinor = 0;
    QVERIFY(runRule(f, u"below_floor_rate"_s).isEmpty());
}

void TestRedFlags::observations()
{
    Facts f = oneClient();
    qint64 id = 0;
    for (ClientPattern pattern : allValues<ClientPattern>())
        f.observations << Observation{++id, 1, pattern, u"note %1"_s.arg(toId(pattern)), day(-1), {}};
    const auto found = run(f);
    for (ClientPattern pattern : allValues<ClientPattern>()) {
        const auto matching = only(found, toId(pattern));
        QCOMPARE(matching.size(), 1);
        const Finding &flag = matching[0];
        QCOMPARE(flag.kind, FindingKind::Flag);
        // The two the source article says to refuse at once.
        const bool high = pattern == ClientPattern::FreeWorkSeeker || pattern == ClientPattern::Disrespect;
        QCOMPARE(flag.severity, high ? Severity::High : Severity::Warning);
        QVERIFY(flag.evidence.toString().contains(u"note %1"_s.arg(toId(pattern))));
        QVERIFY(flag.evidence.toString().contains(u"2026-03-17"_s));
    }
    // No note: the pattern's name is the evidence.
    f.observations = {Observation{1, 1, ClientPattern::BadProduct, {}, day(-1), {}}};
    QCOMPARE(runRule(f, u"bad_product"_s)[0].evidence.toString(), u"Observed on 2026-03-17: Bad product"_s);
}

void TestRedFlags::observationWithdrawn()
{
    Facts f = oneClient();
    f.observations << Observation{1, 1, ClientPattern::Manipulation, u"no compromise on terms"_s,
                                  day(-10), day(1)};
    QCOMPARE(runRule(f, u"manipulation"_s).size(), 1); // withdrawn only tomorrow
    f.observations[0].withdrawnOn = day(0);
    QVERIFY(runRule(f, u"manipulation"_s).isEmpty());
}

void TestRedFlags::declinedClientGetsNoAlerts()
{
    Facts f = oneClient();
    f.clients[0].status = ClientStatus::Declined;
    Project p = makeProject(1, u"Landing page"_s, 1000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.deadline = day(1);
    p.stages << makeStage(1, 1000, day(-20), u"All"_s, 100);
    f.projects << p;
    f.promises << Promise{1, 1, 0, u"call back"_s, day(0), {}};
    const auto found = run(f);
    QVERIFY(RedFlagEngine::alertsOf(found).isEmpty());
    QCOMPARE(only(found, u"payment_overdue"_s).size(), 1); // the flag stays
}

void TestRedFlags::futureRecordsIgnored()
{
    Facts f = oneClient();
    f.interactions << makeContact(1, 1, utcDay(1), Channel::Email, Direction::In,
                                  InteractionKind::FreeTestRequest);
    f.observations << Observation{1, 1, ClientPattern::Disrespect, u"x"_s, day(2), {}};
    QVERIFY(run(f).isEmpty());
    QCOMPARE(run(f, day(2)).size(), 2);
}

// ---------------------------------------------------------------- risk

void TestRedFlags::riskLevels()
{
    const RuleThresholds t;
    const auto flag = [](qint64 client, Severity s, const QString &rule) {
        return Finding{rule, FindingKind::Flag, s, client, 0, {}, u"evidence of "_s + rule};
    };
    QList<Finding> findings = {
        flag(1, Severity::Info, u"discount_without_concession"_s),
        flag(2, Severity::Warning, u"revisions_exceeded"_s),
        flag(3, Severity::Warning, u"a"_s), flag(3, Severity::Warning, u"b"_s),
        flag(4, Severity::Warning, u"a"_s), flag(4, Severity::Warning, u"b"_s),
        flag(4, Severity::Info, u"c"_s), flag(4, Severity::Warning, u"d"_s),
        flag(5, Severity::High, u"free_work_seeker"_s),
        // Alerts do not make a client risky.
        Finding{u"deadline_missed"_s, FindingKind::Alert, Severity::High, 6, 0, {}, u"x"_s},
    };
    const auto risks = RedFlagEngine::risks(findings, t);
    QCOMPARE(RedFlagEngine::risk(1, findings, t).level, RiskLevel::Ok);
    QCOMPARE(RedFlagEngine::risk(1, findings, t).score, 1);
    QCOMPARE(RedFlagEngine::risk(2, findings, t).level, RiskLevel::Caution);
    QCOMPARE(RedFlagEngine::risk(2, findings, t).score, 2);
    QCOMPARE(RedFlagEngine::risk(3, findings, t).level, RiskLevel::Caution);
    QCOMPARE(RedFlagEngine::risk(4, findings, t).level, RiskLevel::Decline);
    QCOMPARE(RedFlagEngine::risk(4, findings, t).score, 7);
    QCOMPARE(RedFlagEngine::risk(5, findings, t).level, RiskLevel::Decline);
    QCOMPARE(RedFlagEngine::risk(6, findings, t).level, RiskLevel::Ok);
    QCOMPARE(RedFlagEngine::risk(6, findings, t).score, 0);
    QVERIFY(!risks.contains(6));
    for (qint64 id = 1; id <= 5; ++id) {
        QCOMPARE(risks.value(id).level, RedFlagEngine::risk(id, findings, t).level);
        QCOMPARE(risks.value(id).score, RedFlagEngine::risk(id, findings, t).score);
        QCOMPARE(risks.value(id).reasonTexts(), RedFlagEngine::risk(id, findings, t).reasonTexts());
    }
    // Reasons: the evidence, worst first.
    QCOMPARE(RedFlagEngine::risk(4, findings, t).reasonTexts(),
             (QStringList{u"evidence of a"_s, u"evidence of b"_s, u"evidence of d"_s, u"evidence of c"_s}));
    QCOMPARE(toId(RiskLevel::Decline), u"decline"_s);
    QCOMPARE(toId(Severity::Warning), u"warning"_s);
    QCOMPARE(toId(FindingKind::Alert), u"alert"_s);
}

void TestRedFlags::ruleIdsRoundTrip()
{
    // Every id of the catalogue and of the observed patterns has a fixed
    // number and reads back as given; equality and order are the text's.
    QStringList ids = RuleTitles::ruleIds();
    ids << allIds<ClientPattern>();
    ids.removeDuplicates();
    QCOMPARE(ids.size(), 34);
    QList<RuleId> rules;
    for (const QString &id : std::as_const(ids)) {
        const RuleId rule(id);
        QCOMPARE(rule.toString(), id);
        QCOMPARE(QString(rule), id);
        QVERIFY(rule.isCatalogued());
        QVERIFY(!rule.isEmpty());
        QVERIFY(rule == id);
        QVERIFY(rule == RuleId(QLatin1StringView(id.toLatin1())));
        rules << rule;
    }
    // An id no rule of this version makes (a test's, a future version's)
    // reads back as given too, numbered when first met.
    const QString madeUp = u"rule_of_a_later_version"_s;
    const RuleId other(madeUp);
    QCOMPARE(other.toString(), madeUp);
    QVERIFY(!other.isCatalogued());
    QVERIFY(other == RuleId(madeUp));
    QVERIFY(other != RuleId(u"a_rule_of_a_later_version"_s));
    QVERIFY(!(other == rules.first()));
    ids << madeUp << u"a"_s << u"zzz"_s << u"payment_overduf"_s;
    rules << other << RuleId(u"a"_s) << RuleId(u"zzz"_s) << RuleId(u"payment_overduf"_s);
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (qsizetype j = 0; j < ids.size(); ++j) {
            QCOMPARE(rules.at(i) < rules.at(j), ids.at(i) < ids.at(j));
            QCOMPARE(rules.at(i) == rules.at(j), ids.at(i) == ids.at(j));
        }
    }
    // The empty id is the default, and first.
    QVERIFY(RuleId().isEmpty());
    QCOMPARE(RuleId().toString(), QString());
    QVERIFY(RuleId(QString()) == RuleId());
    QVERIFY(RuleId() < rules.first());

    // A finding's identity (the key the seen and announced records store)
    // is made of the rule's text, whatever its number.
    const Finding f{other, FindingKind::Flag, Severity::High, 7, 8, QDate(2026, 12, 1), u"e"_s};
    QCOMPARE(f.identity(), u"rule_of_a_later_version|7|8|2026-12-01"_s);
    const Finding g{u"payment_overdue"_s, FindingKind::Flag, Severity::High, 7, 0, {}, u"e"_s};
    QCOMPARE(g.identity(), u"payment_overdue|7|0|"_s);

    qInfo("sizeof(Finding) = %d bytes", int(sizeof(Finding)));
}

void TestRedFlags::manyFindingsGatheredInBlocks()
{
    // More findings than one of the evaluator's blocks holds (4096): each
    // is reported once, none lost at the blocks' seams, in evaluate()'s
    // order, and the same through a re-evaluation of one client.
    Facts f = factsWith({makeClient(u"Aino"_s, 1), makeClient(u"Brita"_s, 2)});
    constexpr int count = 9000;
    const QList<ClientPattern> patterns = allValues<ClientPattern>();
    for (int i = 0; i < count; ++i) {
        f.observations << Observation{i + 1, 1 + i % 2, patterns.at(i % patterns.size()),
                                      u"note %1"_s.arg(i), day(-1 - i % 300), {}};
    }
    const QList<Finding> findings = run(f);
    QSet<QString> notes;
    qsizetype observed = 0;
    for (const Finding &finding : findings) {
        if (finding.kind != FindingKind::Flag)
            continue;
        ++observed;
        const QString text = finding.evidence.toString();
        notes.insert(text.mid(text.lastIndexOf(u"note "_s)));
    }
    QCOMPARE(observed, qsizetype(count));
    QCOMPARE(notes.size(), qsizetype(count));
    // The list holds no room to grow into.
    QCOMPARE(findings.capacity(), findings.size());
    QCOMPARE(RedFlagEngine::reevaluateClient(f, 2, kToday, findings), findings);
}

void TestRedFlags::riskThresholdsAreSettings()
{
    RuleThresholds t;
    QVERIFY(t.setValue(u"risk_caution_score"_s, 3));
    const QList<Finding> findings = {
        Finding{u"revisions_exceeded"_s, FindingKind::Flag, Severity::Warning, 1, 0, {}, u"e"_s}};
    QCOMPARE(RedFlagEngine::risk(1, findings, t).level, RiskLevel::Ok);
    QVERIFY(t.setValue(u"risk_decline_score"_s, 2));
    QCOMPARE(RedFlagEngine::risk(1, findings, t).level, RiskLevel::Decline);

    // The rule thresholds are read from the profile too.
    Facts f = oneClient();
    QVERIFY(f.profile.thresholds.setValue(u"payment_overdue_high_days"_s, 30));
    Project p = makeProject(1, u"P"_s, 1000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.stages << makeStage(1, 1000, day(-20), u"All"_s, 100);
    f.projects << p;
    QCOMPARE(runRule(f, u"payment_overdue"_s)[0].severity, Severity::Warning);
}

void TestRedFlags::cleanClientStaysOk()
{
    Facts f = oneClient();
    f.profile.floorRateMinor = 4000;
    Project p = makeProject(1, u"Website texts"_s, 400000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.includedItems = {u"Structure"_s, u"Texts"_s, u"Proofreading"_s};
    p.estimatedHours = 50;
    p.deadline = day(20);
    p.internalMarginDays = 5;
    p.revisionsIncluded = 2;
    p.firstOfferMinor = 350000;
    p.stages << makeStage(1, 100000, day(-20), u"Structure"_s, 100);
    p.stages[0].paidMinor = 100000;
    p.stages[0].paidOn = day(-21);
    p.stages[0].workStartedOn = day(-20);
    p.stages << makeStage(2, 300000, day(10), u"Writing"_s, 101);
    p.revisions << Revision{1, 10, day(-5), u"tone"_s, RevisionKind::Round, 0};
    p.revisions << Revision{2, 10, day(-4), u"extra FAQ"_s, RevisionKind::Change, 20000};
    f.projects << p;
    f.interactions << makeContact(1, 1, utc(u"2026-03-02T08:00:00Z"_s), Channel::Phone, Direction::In,
                                  InteractionKind::Agreement, u"stages agreed"_s);
    f.interactions[0].confirmedOn = QDate(2026, 3, 2);
    f.interactions << makeContact(2, 1, utc(u"2026-03-04T21:00:00Z"_s), Channel::Email, Direction::In,
                                  InteractionKind::General, u"late e-mail"_s);
    f.interactions << makeContact(3, 1, utc(u"2026-03-10T09:00:00Z"_s), Channel::Messenger,
                                  Direction::In, InteractionKind::StatusRequest);
    f.promises << Promise{1, 1, 10, u"structure draft"_s, day(-21), day(-21)};
    const auto found = run(f);
    QVERIFY2(found.isEmpty(), found.isEmpty() ? "" : qPrintable(found[0].evidence.toString()));
    const ClientRisk risk = RedFlagEngine::risk(1, found, f.profile.thresholds);
    QCOMPARE(risk.level, RiskLevel::Ok);
    QCOMPARE(risk.score, 0);
    QVERIFY(risk.reasons.isEmpty());
}

// ---------------------------------------------------------------- the worked cases of docs/design.md

void TestRedFlags::articleFiftyFifty()
{
    // The client's own counter-proposal: "50 % now, 50 % after it is done".
    // The article turns it down: the same total in prepaid stages instead.
    Facts f = oneClient();
    Project p = makeProject(1, u"Website texts"_s, 1000000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.includedItems = {u"Structure"_s, u"Texts"_s};
    p.internalMarginDays = 3;
    p.stages << makeStage(1, 500000, day(-10), u"First half"_s, 100);
    p.stages[0].paidMinor = 500000;
    p.stages[0].paidOn = day(-10);
    p.stages[0].workStartedOn = day(-9);
    p.stages << makeStage(2, 500000, day(14), u"Second half"_s, 101);
    p.deadline = day(14); // the second half falls due when the work is handed over
    f.projects << p;
    const auto found = run(f);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].rule, u"postpayment_plan"_s);
    QCOMPARE(found[0].kind, FindingKind::Alert);
    QCOMPARE(found[0].evidence.toString(),
             u"Stage 2 'Second half' of 'Website texts': %1 falls due 2026-04-01, when the work is due (deadline 2026-04-01): payment after the work. Offer the same total in prepaid stages instead, each paid before its work starts"_s
                 .arg(eur(500000)));
    // The freelancer's plan to change, not the client's behaviour.
    QCOMPARE(RedFlagEngine::risk(1, found, f.profile.thresholds).level, RiskLevel::Ok);

    // The article's counter: stages each due before its work and before
    // the deadline: nothing.
    f.projects[0].stages[1].dueOn = day(13);
    QVERIFY(run(f).isEmpty());

    // Starting the second half before it is paid is the freelancer's lapse.
    f.projects[0].stages[1].workStartedOn = day(0);
    const auto started = run(f);
    QCOMPARE(only(started, u"work_without_prepayment"_s).size(), 1);
    QCOMPARE(only(started, u"postpayment_plan"_s).size(), 1); // due after its work started
    QCOMPARE(RedFlagEngine::risk(1, started, f.profile.thresholds).level, RiskLevel::Ok);
}

void TestRedFlags::articleNda()
{
    // An NDA costs the portfolio: +30 % on the price. The first offer is
    // measured against the price with the surcharge.
    Facts f = oneClient();
    Project p = makeProject(1, u"Confidential whitepaper"_s, 100000, ProjectStatus::Negotiation, u"EUR"_s, 10);
    p.nda = true;
    p.ndaMarkupPercent = 30;
    p.firstOfferMinor = 65000; // exactly half of 1 300.00
    f.projects << p;
    QVERIFY(run(f).isEmpty()); // a first offer alone
    f.interactions << makeContact(1, 1, utcDay(-1), Channel::Email, Direction::In,
                                  InteractionKind::DiscountRequest, u"without the NDA extra?"_s);
    f.interactions[0].projectId = 10;
    const auto found = runRule(f, u"devalues_work"_s);
    QCOMPARE(found.size(), 1);
    QVERIFY(found[0].evidence.toString().contains(eur(130000)));
    f.projects[0].firstOfferMinor = 65001;
    QVERIFY(runRule(f, u"devalues_work"_s).isEmpty());
    // 20 % is the least surcharge; less is your alert.
    f.projects[0].ndaMarkupPercent = 15;
    QCOMPARE(runRule(f, u"nda_without_surcharge"_s).size(), 1);
}

void TestRedFlags::articleLandingPageToday()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Landing page"_s, 80000, ProjectStatus::Lead, u"EUR"_s, 10);
    p.deadline = day(0); // wanted "today"
    f.projects << p;
    const auto found = runRule(f, u"deadline_at_risk"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].evidence.toString(), u"'Landing page' is due today (2026-03-18)"_s);
    QCOMPARE(found[0].kind, FindingKind::Alert);
}

void TestRedFlags::articleDiscountForFutureOrders()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Product descriptions"_s, 100000, ProjectStatus::Agreed, u"EUR"_s, 10);
    p.discountKind = DiscountKind::Percent;
    p.discountValue = 30;
    p.discountForFutureOrders = true;
    f.projects << p;
    const auto found = run(f);
    QCOMPARE(only(found, u"discount_for_future_promise"_s).size(), 1);
    QVERIFY(only(found, u"discount_without_concession"_s).isEmpty()); // not twice
    QVERIFY(only(found, u"discount_for_future_promise"_s)[0].evidence.toString().contains(u"30 % (%1)"_s.arg(eur(30000))));
    QCOMPARE(RedFlagEngine::risk(1, found, f.profile.thresholds).level, RiskLevel::Caution);
}

void TestRedFlags::articleCallsAt23()
{
    Facts f = oneClient();
    for (int i = 0; i < 4; ++i) {
        // 23:00 Helsinki on four weekdays
        f.interactions << makeContact(i + 1, 1, QDateTime(QDate(2026, 3, 9 + i), QTime(21, 0), QTimeZone::utc()),
                                      Channel::Phone, Direction::In, InteractionKind::General,
                                      u"just checking"_s);
    }
    const auto found = runRule(f, u"contact_outside_hours"_s);
    QCOMPARE(found.size(), 1);
    QVERIFY(found[0].evidence.toString().startsWith(u"4 calls or messages"_s));
    QVERIFY(found[0].evidence.toString().contains(u"2026-03-12 23:00"_s));
    QCOMPARE(RedFlagEngine::risk(1, run(f), f.profile.thresholds).level, RiskLevel::Caution);
}

void TestRedFlags::articleFreeTestTask()
{
    Facts f = oneClient();
    f.interactions << makeContact(1, 1, utcDay(-1), Channel::Email, Direction::In,
                                  InteractionKind::FreeTestRequest, u"a free test text first"_s);
    const auto found = run(f);
    QCOMPARE(only(found, u"free_work_seeker"_s).size(), 1);
    QCOMPARE(RedFlagEngine::risk(1, found, f.profile.thresholds).level, RiskLevel::Decline);
}

void TestRedFlags::articleSixRevisionRounds()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Sales letter"_s, 50000, ProjectStatus::Delivered, u"EUR"_s, 10);
    p.revisionsIncluded = 2;
    for (int i = 0; i < 6; ++i)
        p.revisions << Revision{i + 1, 10, day(-20 + i), u"round %1"_s.arg(i + 1), RevisionKind::Round, 0};
    f.projects << p;
    const auto found = runRule(f, u"revisions_exceeded"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].evidence.toString(), u"'Sales letter': 6 revision rounds with 2 included (4 over)"_s);
}

void TestRedFlags::articleFirstOfferTwoAndHalfTimesLower()
{
    // The article's success story: a first offer 2.5 times below the quote,
    // then agreed at the full price by showing what the work costs. That is
    // a negotiation won, not a client to decline.
    Facts f = oneClient();
    Project p = makeProject(1, u"Website texts"_s, 1000000, ProjectStatus::Agreed, u"EUR"_s, 10);
    p.firstOfferMinor = 400000;
    p.includedItems = {u"Audience analysis"_s, u"Structure"_s, u"Texts"_s};
    f.projects << p;
    const auto found = run(f);
    QVERIFY2(found.isEmpty(), found.isEmpty() ? "" : qPrintable(found[0].evidence.toString()));
    QCOMPARE(RedFlagEngine::risk(1, found, f.profile.thresholds).level, RiskLevel::Ok);

    // The same first offer followed by pressure for a discount is type 8,
    // "says your work is worth 2–5 times less".
    f.interactions << makeContact(1, 1, utcDay(-1), Channel::Messenger, Direction::In,
                                  InteractionKind::DiscountRequest, u"half of it, tops"_s);
    f.interactions[0].projectId = 10;
    const auto pressed = runRule(f, u"devalues_work"_s);
    QCOMPARE(pressed.size(), 1);
    QVERIFY(pressed[0].evidence.toString().contains(u"40 % of it, 2.5× less"_s));
    QVERIFY(pressed[0].evidence.toString().contains(eur(400000)));
    QVERIFY(pressed[0].evidence.toString().contains(eur(1000000)));
    QVERIFY(pressed[0].evidence.toString().contains(u"'half of it, tops'"_s));
}

// ---------------------------------------------------------------- the client's behaviour and your own lapses

void TestRedFlags::articleDisrespectIsRefusedAtOnce()
{
    // "Better not to waste time and refuse at once."
    Facts f = oneClient();
    f.observations << Observation{1, 1, ClientPattern::Disrespect, u"acts as if work were a favour"_s,
                                  day(-2), {}};
    const auto found = run(f);
    QCOMPARE(only(found, u"disrespect"_s).size(), 1);
    QCOMPARE(only(found, u"disrespect"_s)[0].severity, Severity::High);
    QCOMPARE(RedFlagEngine::risk(1, found, f.profile.thresholds).level, RiskLevel::Decline);
    // No work in progress: no way out to plan.
    QVERIFY(only(found, u"part_ways"_s).isEmpty());

    // Manipulation alone is a caution, not an outright refusal.
    f.observations[0].pattern = ClientPattern::Manipulation;
    QCOMPARE(RedFlagEngine::risk(1, run(f), f.profile.thresholds).level, RiskLevel::Caution);
}

void TestRedFlags::articleMidProjectExitIsRefundAndPartWays()
{
    // With work in progress, "decline" is no advice: the article's exit is
    // to return the payment and say goodbye.
    Facts f = oneClient();
    Project p = makeProject(1, u"Landing page"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.includedItems = {u"Copy"_s};
    p.stages << makeStage(1, 100000, day(-5), u"All"_s, 100);
    p.stages[0].paidMinor = 100000;
    p.stages[0].paidOn = day(-5);
    f.projects << p;
    f.observations << Observation{1, 1, ClientPattern::FreeWorkSeeker, u"wants a second text free"_s,
                                  day(-1), {}};
    const auto found = run(f);
    const auto exit = only(found, u"part_ways"_s);
    QCOMPARE(exit.size(), 1);
    QCOMPARE(exit[0].kind, FindingKind::Alert);
    QCOMPARE(exit[0].projectId, 10);
    QCOMPARE(exit[0].evidence.toString(),
             u"Aino is to decline (Seeks free work) while 'Landing page' is in progress: finish the stage already paid for or refund it, and part ways; take no new work from this client"_s);
    QCOMPARE(RedFlagEngine::risk(1, found, f.profile.thresholds).level, RiskLevel::Decline);

    // A warning-level flag alone is no reason to leave a running project.
    f.observations[0].pattern = ClientPattern::BadProduct;
    QVERIFY(runRule(f, u"part_ways"_s).isEmpty());
}

void TestRedFlags::ownLapsesNeverRaiseTheClientsRisk()
{
    // Work started before payment, an unbilled change and a discount with
    // nothing in return are the freelancer's choices: alerts only.
    Facts f = oneClient();
    Project p = makeProject(1, u"Brochure"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.includedItems = {u"Copy"_s};
    p.discountKind = DiscountKind::Percent;
    p.discountValue = 10;
    p.stages << makeStage(1, 90000, day(3), u"All"_s, 100);
    p.stages[0].workStartedOn = day(-1);
    p.revisions << Revision{1, 10, day(-1), u"add a page"_s, RevisionKind::Change, 0};
    f.projects << p;
    const auto found = run(f);
    for (const QString &rule : {u"work_without_prepayment"_s, u"unbilled_changes"_s,
                               u"discount_without_concession"_s}) {
        const auto matching = only(found, rule);
        QVERIFY2(matching.size() == 1, qPrintable(rule));
        QCOMPARE(matching[0].kind, FindingKind::Alert);
    }
    for (const Finding &f2 : found)
        QCOMPARE(f2.kind, FindingKind::Alert);
    const ClientRisk risk = RedFlagEngine::risk(1, found, f.profile.thresholds);
    QCOMPARE(risk.level, RiskLevel::Ok);
    QCOMPARE(risk.score, 0);
}

void TestRedFlags::oneDayLateWithWorkStartedIsCautionNotDecline()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Annual report"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.includedItems = {u"Copy"_s};
    p.stages << makeStage(1, 100000, day(-1), u"Structure"_s, 100);
    p.stages[0].workStartedOn = day(-3);
    f.projects << p;
    const auto found = run(f);
    QCOMPARE(only(found, u"payment_overdue"_s).size(), 1);
    QCOMPARE(only(found, u"work_without_prepayment"_s).size(), 1);
    QCOMPARE(RedFlagEngine::risk(1, found, f.profile.thresholds).level, RiskLevel::Caution);
}

void TestRedFlags::postpaymentPlan()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Guides"_s, 200000, ProjectStatus::Negotiation, u"EUR"_s, 10);
    p.deadline = day(30);
    p.stages << makeStage(1, 100000, day(5), u"First half"_s, 100);
    p.stages << makeStage(2, 100000, day(29), u"Second half"_s, 101);
    f.projects << p;
    // Due the day before the deadline: a prepaid stage can be.
    QVERIFY(runRule(f, u"postpayment_plan"_s).isEmpty());

    f.projects[0].stages[1].dueOn = day(30);
    auto found = runRule(f, u"postpayment_plan"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].severity, Severity::Warning);
    QCOMPARE(found[0].date, day(30));
    QVERIFY(found[0].evidence.toString().contains(u"prepaid stages"_s));

    // Due after its own work started as planned.
    f.projects[0].stages[1].dueOn = day(20);
    f.projects[0].stages[1].workStartedOn = day(19);
    QCOMPARE(runRule(f, u"postpayment_plan"_s).size(), 1);
    f.projects[0].stages[1].workStartedOn = day(20);
    QVERIFY(runRule(f, u"postpayment_plan"_s).isEmpty());

    // Due after the delivery.
    f.projects[0].stages[1].workStartedOn = QDate();
    f.projects[0].status = ProjectStatus::Delivered;
    f.projects[0].deliveredOn = day(-1);
    f.projects[0].stages[1].dueOn = day(0);
    found = runRule(f, u"postpayment_plan"_s);
    QCOMPARE(found.size(), 1);
    QVERIFY(found[0].evidence.toString().contains(u"after the delivery on 2026-03-17"_s));
}

void TestRedFlags::ndaWithoutSurcharge()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Whitepaper"_s, 100000, ProjectStatus::Negotiation, u"EUR"_s, 10);
    p.nda = true;
    p.ndaMarkupPercent = 20;
    f.projects << p;
    QVERIFY(runRule(f, u"nda_without_surcharge"_s).isEmpty()); // the article's least

    f.projects[0].ndaMarkupPercent = 19;
    auto found = runRule(f, u"nda_without_surcharge"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, FindingKind::Alert);
    QVERIFY(found[0].evidence.toString().contains(u"surcharge of 19 %"_s));

    // A discount that eats the surcharge gives the NDA away.
    f.projects[0].ndaMarkupPercent = 30; // +300.00
    f.projects[0].discountKind = DiscountKind::Amount;
    f.projects[0].discountValue = 29999;
    f.projects[0].discountConcession = u"smaller scope"_s;
    QVERIFY(runRule(f, u"nda_without_surcharge"_s).isEmpty());
    f.projects[0].discountValue = 30000;
    found = runRule(f, u"nda_without_surcharge"_s);
    QCOMPARE(found.size(), 1);
    QVERIFY2(found[0].evidence.toString().contains(u"the discount of %1 cancels the NDA surcharge of %2"_s.arg(eur(30000), eur(30000))),
             qPrintable(found[0].evidence.toString()));
    QCOMPARE(RedFlagEngine::risk(1, run(f), f.profile.thresholds).level, RiskLevel::Ok);
}

void TestRedFlags::noPriceBreakdown()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Website texts"_s, 100000, ProjectStatus::Negotiation, u"EUR"_s, 10);
    f.projects << p;
    QVERIFY(runRule(f, u"no_price_breakdown"_s).isEmpty()); // not agreed yet

    f.projects[0].status = ProjectStatus::Agreed;
    auto found = runRule(f, u"no_price_breakdown"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, FindingKind::Alert);
    QVERIFY(found[0].evidence.toString().contains(eur(100000)));

    f.projects[0].includedItems = {u"Structure"_s};
    QVERIFY(runRule(f, u"no_price_breakdown"_s).isEmpty());
}

void TestRedFlags::deadlineWithoutMargin()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Website texts"_s, 100000, ProjectStatus::Agreed, u"EUR"_s, 10);
    p.includedItems = {u"Texts"_s};
    p.deadline = day(20);
    p.internalMarginDays = 1;
    f.projects << p;
    QVERIFY(runRule(f, u"deadline_without_margin"_s).isEmpty());

    f.projects[0].internalMarginDays = 0;
    const auto found = runRule(f, u"deadline_without_margin"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].kind, FindingKind::Alert);
    QCOMPARE(found[0].evidence.toString(),
             u"'Website texts' is promised for 2026-04-07 with no margin: keep your own deadline a few days earlier in case of force majeure"_s);
    QCOMPARE(RedFlagEngine::risk(1, run(f), f.profile.thresholds).level, RiskLevel::Ok);
}

// ---------------------------------------------------------------- windows

void TestRedFlags::latePaymentsFromTwoYearsAgoExpire()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Newsletter"_s, 200000, ProjectStatus::Closed, u"EUR"_s, 10);
    p.stages << makeStage(1, 100000, QDate(2024, 5, 1), u"One"_s, 100);
    p.stages << makeStage(2, 100000, QDate(2024, 6, 1), u"Two"_s, 101);
    for (PaymentStage &s : p.stages) {
        s.paidMinor = s.amountMinor;
        s.paidOn = s.dueOn.addDays(1);
    }
    f.projects << p;
    QVERIFY(runRule(f, u"chronic_late_payer"_s).isEmpty());
    QCOMPARE(RedFlagEngine::risk(1, run(f), f.profile.thresholds).level, RiskLevel::Ok);

    // The same two within the last 365 days: a chronic late payer.
    f.projects[0].stages[0].paidOn = day(-365);
    f.projects[0].stages[0].dueOn = day(-366);
    f.projects[0].stages[1].paidOn = day(-200);
    f.projects[0].stages[1].dueOn = day(-201);
    QCOMPARE(runRule(f, u"chronic_late_payer"_s).size(), 1);
    f.projects[0].stages[0].paidOn = day(-366);
    f.projects[0].stages[0].dueOn = day(-367);
    QVERIFY(runRule(f, u"chronic_late_payer"_s).isEmpty());

    // The window is a setting.
    QVERIFY(f.profile.thresholds.setValue(u"behaviour_window_days"_s, 400));
    QCOMPARE(runRule(f, u"chronic_late_payer"_s).size(), 1);
}

void TestRedFlags::behaviourCountsWithinTheWindow()
{
    Facts f = oneClient();
    // Two discount requests and three status requests, a year and a day ago.
    const QDateTime old(day(-366), QTime(10, 0), QTimeZone::utc());
    f.interactions << makeContact(1, 1, old, Channel::Email, Direction::In,
                                  InteractionKind::DiscountRequest, u"cheaper?"_s);
    f.interactions << makeContact(2, 1, old.addSecs(3600), Channel::Email, Direction::In,
                                  InteractionKind::DiscountRequest, u"cheaper still?"_s);
    for (int i = 0; i < 3; ++i)
        f.interactions << makeContact(3 + i, 1, old.addSecs(600 * i), Channel::Messenger, Direction::In,
                                      InteractionKind::StatusRequest);
    for (int i = 0; i < 3; ++i)
        f.interactions << makeContact(6 + i, 1, QDateTime(day(-366 + i), QTime(21, 0), QTimeZone::utc()),
                                      Channel::Phone, Direction::In, InteractionKind::General);
    QVERIFY2(run(f).isEmpty(), qPrintable(run(f).value(0).evidence.toString()));

    // A day later in time they all still count.
    const auto found = run(f, day(-1));
    QCOMPARE(only(found, u"discount_pressure"_s).size(), 1);
    QCOMPARE(only(found, u"status_pressure"_s).size(), 1);
    QCOMPARE(only(found, u"contact_outside_hours"_s).size(), 1);
}

void TestRedFlags::observationsStayUntilWithdrawn()
{
    Facts f = oneClient();
    f.observations << Observation{1, 1, ClientPattern::Demoralizing, u"suspicious tasks"_s,
                                  QDate(2020, 1, 10), {}};
    QCOMPARE(runRule(f, u"demoralizing"_s).size(), 1);
    QCOMPARE(RedFlagEngine::risk(1, run(f), f.profile.thresholds).level, RiskLevel::Caution);
}

// ---------------------------------------------------------------- smaller readings

void TestRedFlags::priceCutNeedsNoNotice()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Monthly column"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.priceChanges << PriceChange{1, 10, day(5), 90000, {}, u""_s};
    f.projects << p;
    QVERIFY(runRule(f, u"price_notice_due"_s).isEmpty());
    // A rise after an earlier cut is measured against the cut price.
    f.projects[0].priceChanges << PriceChange{2, 10, day(10), 95000, {}, u""_s};
    QCOMPARE(runRule(f, u"price_notice_due"_s).size(), 1);
}

void TestRedFlags::reminderAboutAnotherProjectDoesNotSilenceABrief()
{
    Facts f = oneClient();
    f.projects << makeProject(1, u"Blog posts"_s, 1000, ProjectStatus::BriefSent, u"EUR"_s, 10);
    f.projects << makeProject(1, u"Brochure"_s, 1000, ProjectStatus::BriefSent, u"EUR"_s, 11);
    Interaction brief = makeContact(1, 1, utcDay(-8), Channel::Email, Direction::Out,
                                    InteractionKind::BriefSent, u"brief A"_s);
    brief.projectId = 10;
    f.interactions << brief;
    Interaction reminder = makeContact(2, 1, utcDay(-2), Channel::Email, Direction::Out,
                                       InteractionKind::Reminder, u"about B"_s);
    reminder.projectId = 11;
    f.interactions << reminder;
    QCOMPARE(runRule(f, u"brief_unanswered"_s).size(), 1);
    f.interactions[1].projectId = 10;
    QVERIFY(runRule(f, u"brief_unanswered"_s).isEmpty());
}

void TestRedFlags::briefFromTheClientWaitsForNoAnswer()
{
    Facts f = oneClient();
    f.projects << makeProject(1, u"Blog posts"_s, 1000, ProjectStatus::Lead, u"EUR"_s, 10);
    Interaction brief = makeContact(1, 1, utcDay(-10), Channel::Email, Direction::In,
                                    InteractionKind::BriefSent, u"their brief"_s);
    brief.projectId = 10;
    f.interactions << brief;
    QVERIFY(runRule(f, u"brief_unanswered"_s).isEmpty());
    f.interactions[0].direction = Direction::Out;
    QCOMPARE(runRule(f, u"brief_unanswered"_s).size(), 1);
}

void TestRedFlags::noAgreedHoursUsesYourWorkingHours()
{
    Facts f = oneClient();
    f.clients[0].contactDays = 0; // nothing agreed
    f.profile.workStart = QTime(9, 0);
    f.profile.workEnd = QTime(17, 0);
    f.profile.workDays = MondayToFriday;
    // 17:30 Helsinki on three weekdays: inside 09–18 but outside your 09–17.
    for (int i = 0; i < 3; ++i)
        f.interactions << makeContact(i + 1, 1, QDateTime(QDate(2026, 3, 9 + i), QTime(15, 30), QTimeZone::utc()),
                                      Channel::Phone, Direction::In, InteractionKind::General);
    const auto found = runRule(f, u"contact_outside_hours"_s);
    QCOMPARE(found.size(), 1);
    QVERIFY2(!found[0].evidence.toString().contains(u"–, "_s) && !found[0].evidence.toString().contains(u"(, "_s),
             qPrintable(found[0].evidence.toString()));
    QVERIFY2(found[0].evidence.toString().contains(u"outside your working hours 09:00–17:00 (Mon, Tue, Wed, Thu, Fri, Europe/Helsinki time; no hours agreed with the client)"_s),
             qPrintable(found[0].evidence.toString()));
    f.profile.workEnd = QTime(18, 0);
    QVERIFY(runRule(f, u"contact_outside_hours"_s).isEmpty());
}

void TestRedFlags::latePaymentMovesTheDeadline()
{
    // The contract: a stage paid late moves the deadline by the delay, and
    // a delay the client caused refunds nothing.
    Facts f = oneClient();
    Project p = makeProject(1, u"Landing page"_s, 200000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.includedItems = {u"Copy"_s};
    p.internalMarginDays = 1;
    p.deadline = day(-2);
    p.stages << makeStage(1, 100000, day(-20), u"Structure"_s, 100);
    p.stages[0].paidMinor = 100000;
    p.stages[0].paidOn = day(-15); // five days late
    p.stages[0].workStartedOn = day(-15);
    p.stages << makeStage(2, 100000, day(-10), u"Copy"_s, 101);
    p.stages[1].paidMinor = 100000;
    p.stages[1].paidOn = day(-10);
    f.projects << p;
    QVERIFY(runRule(f, u"deadline_missed"_s).isEmpty());
    const auto risk = runRule(f, u"deadline_at_risk"_s);
    QCOMPARE(risk.size(), 1);
    QVERIFY2(risk[0].evidence.toString().contains(u"2026-03-21 (moved from 2026-03-16 by 5 days of late payment)"_s),
             qPrintable(risk[0].evidence.toString()));

    // Paid on time: the delay is the freelancer's and the guarantee applies.
    f.projects[0].stages[0].paidOn = day(-20);
    const auto missed = runRule(f, u"deadline_missed"_s);
    QCOMPARE(missed.size(), 1);
    QVERIFY(missed[0].evidence.toString().contains(u"the guarantee refunds 50 %"_s));
}

void TestRedFlags::noRefundSentenceWithoutGuarantee()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Landing page"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.deadline = day(-3);
    p.guaranteePercent = 0;
    f.projects << p;
    const auto found = runRule(f, u"deadline_missed"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].evidence.toString(), u"'Landing page' missed its deadline 2026-03-15 by 3 days"_s);
}

void TestRedFlags::rollingContractRenewsEveryTerm()
{
    // Signed two years and a month ago for 12 months, renewed since.
    Facts f = oneClient();
    Project p = makeProject(1, u"Monthly column"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.includedItems = {u"Column"_s};
    p.contractDate = QDate(2024, 4, 17);
    p.contractTermMonths = 12;
    f.projects << p;
    const auto found = runRule(f, u"contract_renewal_due"_s);
    QCOMPARE(found.size(), 1);
    QCOMPARE(found[0].date, QDate(2026, 4, 17));
    QVERIFY(found[0].evidence.toString().contains(u"ends 2026-04-17, in 30 days"_s));
    // Mid-term: nothing.
    f.projects[0].contractDate = QDate(2024, 9, 1);
    QVERIFY(runRule(f, u"contract_renewal_due"_s).isEmpty());
}

// ---------------------------------------------------------------- order, reports

namespace {

Facts mixedFacts()
{
    Facts f = factsWith({makeClient(u"Bad Corp"_s, 2), makeClient(u"Good Oy"_s, 1)});
    Project a = makeProject(2, u"Landing page"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    a.includedItems = {u"Copy"_s};
    a.deadline = day(2);
    a.internalMarginDays = 1;
    a.stages << makeStage(1, 100000, day(-20), u"All"_s, 100);
    a.stages[0].workStartedOn = day(-25);
    f.projects << a;
    Project b = makeProject(1, u"Newsletter"_s, 50000, ProjectStatus::Agreed, u"EUR"_s, 11);
    b.includedItems = {u"Two issues"_s};
    b.stages << makeStage(1, 50000, day(5), u"All"_s, 101);
    f.projects << b;
    f.promises << Promise{1, 1, 0, u"send samples"_s, day(-1), {}};
    f.observations << Observation{1, 2, ClientPattern::Disrespect, u"'you should be grateful'"_s, day(-30), {}};
    return f;
}

} // namespace

void TestRedFlags::orderAndPurity()
{
    const Facts f = mixedFacts();
    const auto first = run(f);
    QCOMPARE(run(f), first);
    // Flags first, by client in facts order (Bad Corp is listed first), worst first.
    QCOMPARE(first[0].kind, FindingKind::Flag);
    QCOMPARE(first[0].clientId, 2);
    QCOMPARE(first[0].severity, Severity::High);
    QList<QDate> alertDates;
    for (const Finding &x : RedFlagEngine::alertsOf(first))
        alertDates << x.date;
    // The unpaid stage moved Bad Corp's deadline by its 20 days: no
    // deadline alert; work without payment, the plan paying after the work
    // and the way out (dated by the latest high flag) instead.
    QCOMPARE(alertDates, (QList<QDate>{day(-25), day(-20), day(-20), day(-1), day(5)}));
    // Another day, other findings: "today" is an input, not the clock.
    QVERIFY(run(f, day(-30)) != first);
}

void TestRedFlags::flagsJson()
{
    const Facts f = mixedFacts();
    const auto findings = run(f);
    const QJsonObject o = FindingsReport::flagsJson(f, findings, kToday);
    QCOMPARE(o.value(u"today"_s).toString(), u"2026-03-18"_s);
    const QJsonArray clients = o.value(u"clients"_s).toArray();
    QCOMPARE(clients.size(), 2);
    const QJsonObject bad = clients[0].toObject();
    QCOMPARE(bad.value(u"id"_s).toInteger(), 2);
    QCOMPARE(bad.value(u"name"_s).toString(), u"Bad Corp"_s);
    QCOMPARE(bad.value(u"risk"_s).toString(), u"decline"_s);
    // The client's flags first (they make the risk), then your alerts
    // about the client; "kind" tells them apart.
    const QJsonArray list = bad.value(u"findings"_s).toArray();
    QStringList kinds;
    QStringList rules;
    for (const auto &v : list) {
        const QJsonObject x = v.toObject();
        kinds << x.value(u"kind"_s).toString();
        rules << x.value(u"rule"_s).toString();
        QVERIFY(!x.value(u"evidence"_s).toString().isEmpty());
        QVERIFY(QStringList({u"info"_s, u"warning"_s, u"high"_s}).contains(x.value(u"severity"_s).toString()));
    }
    QCOMPARE(rules, (QStringList{u"disrespect"_s, u"payment_overdue"_s, u"work_without_prepayment"_s,
                                 u"part_ways"_s, u"postpayment_plan"_s}));
    QCOMPARE(kinds, (QStringList{u"flag"_s, u"flag"_s, u"alert"_s, u"alert"_s, u"alert"_s}));
    QVERIFY(list[0].toObject().value(u"project"_s).isNull());
    QCOMPARE(list[1].toObject().value(u"project"_s).toInteger(), 10);
    QCOMPARE(bad.value(u"score"_s).toInt(), 12); // two high flags; the alerts add nothing
    const QJsonObject good = clients[1].toObject();
    QCOMPARE(good.value(u"risk"_s).toString(), u"ok"_s);
    QCOMPARE(good.value(u"score"_s).toInt(), 0);
    for (const auto &v : good.value(u"findings"_s).toArray())
        QCOMPARE(v.toObject().value(u"kind"_s).toString(), u"alert"_s);

    const QJsonObject one = FindingsReport::flagsJson(f, findings, kToday, 1);
    QCOMPARE(one.value(u"clients"_s).toArray().size(), 1);
    QCOMPARE(one.value(u"clients"_s).toArray()[0].toObject().value(u"id"_s).toInteger(), 1);
    QVERIFY(FindingsReport::flagsHaveHigh(findings));
    QVERIFY(!FindingsReport::flagsHaveHigh(findings, 1));
}

void TestRedFlags::flagsJsonText_sameBytesAsQJsonDocument()
{
    // neuvo-cli writes the flags report as it goes; what it prints must be
    // what QJsonDocument printed before, byte for byte, escapes included.
    const auto same = [](const Facts &f, const QList<Finding> &findings, const QDate &today, qint64 clientId) {
        const QByteArray written = FindingsReport::flagsJsonText(f, findings, today, clientId);
        const QByteArray qt = QJsonDocument(FindingsReport::flagsJson(f, findings, today, clientId))
                                  .toJson(QJsonDocument::Indented);
        if (written != qt)
            qWarning().noquote() << "written:\n" << written << "\nQJsonDocument:\n" << qt;
        return written == qt;
    };
    Facts f = mixedFacts();
    QList<Finding> findings = run(f);
    QVERIFY(!findings.isEmpty());
    for (const qint64 clientId : {0, 1, 2, 3})
        QVERIFY2(same(f, findings, kToday, clientId), qPrintable(QString::number(clientId)));

    // Names and evidence with everything JSON escapes or UTF-8 spells in
    // more than one byte: quote, backslash, C0 controls, DEL, C1, a bidi
    // override, Finnish and Cyrillic letters, a character outside the BMP
    // and lone surrogates of both halves.
    const QString hostile = u"\"q\" back\\slash \x01\x1f\t\n\r\b\f \x7f\u009b\u202e Äö Дмитрий "_s
                            + QString::fromUtf16(u"\U0001F600") + QChar(0xd800) + u"x"_s + QChar(0xdfff);
    f.clients[0].name = hostile;
    f.clients[1].name = u"</script><img src=x>"_s + hostile;
    // The evidence keeps the lone surrogates as U+FFFD (it is kept as
    // UTF-8); the names keep them.
    for (Finding &x : findings)
        x.evidence = x.evidence.toString() + hostile;
    for (const qint64 clientId : {0, 1, 2})
        QVERIFY2(same(f, findings, kToday, clientId), qPrintable(QString::number(clientId)));
    // A client with no findings (an empty list), and no clients at all.
    Facts quiet = mixedFacts();
    quiet.clients << makeClient(u"Quiet Ay"_s, 3);
    QVERIFY(same(quiet, run(quiet), kToday, 0));
    QVERIFY(same(quiet, run(quiet), kToday, 3));
    QVERIFY(same(Facts{}, {}, kToday, 0));

    // The demo, as the desktop and the CLI load and evaluate it.
    const QDate today(2026, 12, 1);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QVERIFY(db.open(neuvo::test::suiteDatabase(dir.filePath(u"demo.sqlite"_s))).ok());
    auto filled = DemoData::fill(db, today);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
    const auto facts = Facts::load(db);
    QVERIFY(facts.ok());
    const QList<Finding> demoFindings = run(*facts, today);
    QVERIFY(demoFindings.size() > 5);
    QVERIFY(same(*facts, demoFindings, today, 0));
    // The rules make only catalogued ids (a rule id with a fixed number).
    for (const Finding &finding : demoFindings)
        QVERIFY2(finding.rule.isCatalogued(), qPrintable(finding.rule.toString()));
}

void TestRedFlags::alertsJson()
{
    const Facts f = mixedFacts();
    const auto findings = run(f);
    const QJsonObject o = FindingsReport::alertsJson(f, findings, kToday);
    const QJsonArray alerts = o.value(u"alerts"_s).toArray();
    QCOMPARE(alerts.size(), 5);
    QCOMPARE(alerts[0].toObject().value(u"rule"_s).toString(), u"work_without_prepayment"_s);
    QCOMPARE(alerts[0].toObject().value(u"project"_s).toInteger(), 10);
    QCOMPARE(alerts[0].toObject().value(u"project_title"_s).toString(), u"Landing page"_s);
    QCOMPARE(alerts[1].toObject().value(u"rule"_s).toString(), u"part_ways"_s); // high first on the same day
    QCOMPARE(alerts[2].toObject().value(u"rule"_s).toString(), u"postpayment_plan"_s);
    QCOMPARE(alerts[3].toObject().value(u"rule"_s).toString(), u"promise_due"_s);
    QCOMPARE(alerts[3].toObject().value(u"date"_s).toString(), u"2026-03-17"_s);
    QCOMPARE(alerts[3].toObject().value(u"client_name"_s).toString(), u"Good Oy"_s);
    QVERIFY(alerts[3].toObject().value(u"project"_s).isNull());
    QCOMPARE(alerts[4].toObject().value(u"rule"_s).toString(), u"stage_due_soon"_s);
    for (const auto &v : alerts)
        QCOMPARE(v.toObject().value(u"kind"_s).toString(), u"alert"_s);
    QVERIFY(FindingsReport::alertsHaveHigh(findings));
}

void TestRedFlags::textReports()
{
    const Facts f = mixedFacts();
    const auto findings = run(f);
    const QString flags = FindingsReport::flagsText(f, findings, kToday);
    QVERIFY(flags.contains(u"Bad Corp (#2): DECLINE"_s));
    QVERIFY(flags.contains(u"Good Oy (#1): OK, score 0"_s));
    QVERIFY(flags.contains(u"no red flags"_s));
    // Each client's flags, then apart the alerts that do not count.
    const qsizetype bad = flags.indexOf(u"Bad Corp (#2)"_s);
    const qsizetype badAlerts = flags.indexOf(u"Your alerts (they never change the risk):"_s, bad);
    QVERIFY(bad >= 0 && badAlerts > bad);
    QVERIFY(flags.indexOf(u"payment_overdue"_s, bad) < badAlerts);
    QVERIFY(flags.indexOf(u"work_without_prepayment"_s, bad) > badAlerts);
    QVERIFY(flags.indexOf(u"stage_due_soon"_s) > flags.indexOf(u"Good Oy (#1)"_s));
    const QString alerts = FindingsReport::alertsText(f, findings, kToday);
    QVERIFY(alerts.indexOf(u"2026-02-21"_s) < alerts.indexOf(u"2026-03-17"_s));
    QVERIFY(alerts.contains(u"send samples"_s));
    QVERIFY(FindingsReport::alertsText(oneClient(), {}, kToday).contains(u"Nothing to do."_s));
}

// ---------------------------------------------------------------- storage, scale

// ---------------------------------------------------------------- fixtures

// tests/data/scenarios/*.json are neuvo/1 documents (so `neuvo-cli import`
// reads them too); expectations.json says, per fixture, the day to evaluate
// on, per client the risk and the exact rule ids raised, and which numbers
// the evidence must name.
namespace {

QString scenarioDir()
{
    return QStringLiteral(NEUVO_TEST_DATA_DIR "/scenarios");
}

QJsonObject expectations()
{
    QFile file(scenarioDir() + u"/expectations.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

} // namespace

void TestRedFlags::scenarioFilesAreCovered()
{
    const QJsonObject all = expectations();
    QVERIFY(!all.isEmpty());
    const QStringList files = QDir(scenarioDir()).entryList({u"*.json"_s}, QDir::Files);
    for (const QString &name : files) {
        if (name != u"expectations.json"_s)
            QVERIFY2(all.contains(name), qPrintable(name + u" has no expectations"_s));
    }
    for (const QString &name : all.keys())
        QVERIFY2(files.contains(name), qPrintable(name + u" is missing"_s));
}

void TestRedFlags::scenarios_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QJsonObject>("expected");
    const QJsonObject all = expectations();
    for (auto it = all.begin(); it != all.end(); ++it)
        QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject();
}

void TestRedFlags::scenarios()
{
    QFETCH(QString, file);
    QFETCH(QJsonObject, expected);
    QFile json(scenarioDir() + u'/' + file);
    QVERIFY(json.open(QIODevice::ReadOnly));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QVERIFY(db.open(neuvo::test::suiteDatabase(dir.filePath(u"scenario.sqlite"_s))).ok());
    const auto imported = Exchange::importJson(db, json.readAll());
    QVERIFY2(imported.ok(), imported.ok() ? "" : qPrintable(imported.error()));
    const auto facts = Facts::load(db);
    QVERIFY(facts.ok());

    const QDate today = QDate::fromString(expected.value(u"today"_s).toString(), Qt::ISODate);
    QVERIFY(today.isValid());
    const auto findings = run(*facts, today);
    const auto risks = RedFlagEngine::risks(findings, facts->profile.thresholds);

    const QJsonObject clients = expected.value(u"clients"_s).toObject();
    QVERIFY(!clients.isEmpty());
    for (auto it = clients.begin(); it != clients.end(); ++it) {
        const qint64 id = it.key().toLongLong();
        const QJsonObject want = it.value().toObject();
        QStringList rules;
        QStringList lines;
        for (const Finding &f : findings) {
            if (f.clientId == id) {
                rules << f.rule;
                lines << f.rule + u": "_s + f.evidence.toString();
            }
        }
        rules.sort();
        QStringList wantRules;
        for (const auto &v : want.value(u"rules"_s).toArray())
            wantRules << v.toString();
        wantRules.sort();
        const QString context = u"client %1: %2"_s.arg(id).arg(lines.join(u" | "_s));
        QVERIFY2(rules == wantRules, qPrintable(context));
        QVERIFY2(toId(risks.value(id, ClientRisk{id, RiskLevel::Ok, 0, {}}).level)
                     == want.value(u"risk"_s).toString(),
                 qPrintable(context));
    }

    for (const auto &v : expected.value(u"evidence"_s).toArray()) {
        const QJsonObject want = v.toObject();
        const qint64 client = want.value(u"client"_s).toInteger();
        const QString rule = want.value(u"rule"_s).toString();
        const Finding *match = nullptr;
        for (const Finding &f : findings) {
            if (f.clientId == client && f.rule == rule
                && (!want.contains(u"project"_s) || f.projectId == want.value(u"project"_s).toInteger()))
                match = &f;
        }
        QVERIFY2(match, qPrintable(u"no %1 for client %2"_s.arg(rule).arg(client)));
        QCOMPARE(toId(match->severity), want.value(u"severity"_s).toString());
        if (want.contains(u"kind"_s))
            QCOMPARE(toId(match->kind), want.value(u"kind"_s).toString());
        for (const auto &part : want.value(u"contains"_s).toArray()) {
            QVERIFY2(match->evidence.toString().contains(part.toString()),
                     qPrintable(u"'%1' not in '%2'"_s.arg(part.toString(), match->evidence.toString())));
        }
    }
}

void TestRedFlags::loadFromDatabase()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    auto opened = db.open(neuvo::test::suiteDatabase(dir.filePath(u"t.sqlite"_s)));
    QVERIFY2(opened.ok(), qPrintable(opened.error()));

    Client c = makeClient(u"Aino"_s, 0);
    QVERIFY(ClientStore(db).create(c).ok());
    Project p = makeProject(c.id, u"Landing page"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 0);
    p.includedItems = {u"Structure"_s, u"Texts"_s};
    p.stages << makeStage(1, 50000, day(-20), u"Structure"_s, 0);
    p.stages << makeStage(2, 50000, day(10), u"Design"_s, 0);
    auto created = ProjectStore(db).create(p);
    QVERIFY2(created.ok(), qPrintable(created.error()));
    Interaction i = makeContact(0, c.id, utcDay(-1), Channel::Email, Direction::In,
                                InteractionKind::FreeTestRequest, u"free test?"_s);
    QVERIFY(InteractionStore(db).create(i).ok());
    Promise pr{0, c.id, p.id, u"send the structure"_s, day(0), {}};
    QVERIFY(PromiseStore(db).create(pr).ok());
    Observation o{0, c.id, ClientPattern::Demoralizing, u"15 calls a day"_s, day(-2), {}};
    QVERIFY(ObservationStore(db).create(o).ok());

    const auto facts = Facts::load(db);
    QVERIFY2(facts.ok(), facts.ok() ? "" : qPrintable(facts.error()));
    QCOMPARE(facts->clients.size(), 1);
    QCOMPARE(facts->projects.size(), 1);
    QCOMPARE(facts->projects[0].stages.size(), 2);
    QCOMPARE(facts->interactions.size(), 1);
    QCOMPARE(facts->promises.size(), 1);
    QCOMPARE(facts->observations.size(), 1);

    const auto found = run(*facts);
    QStringList rules;
    for (const Finding &x : found)
        rules << x.rule;
    rules.sort();
    QCOMPARE(rules, (QStringList{u"demoralizing"_s, u"free_work_seeker"_s, u"part_ways"_s,
                                 u"payment_overdue"_s, u"promise_due"_s}));
}

void TestRedFlags::demoData()
{
    // What the demo data is for: the toxic sample client is "decline" with
    // readable evidence and the clean ones stay "ok".
    const QDate today(2026, 12, 1);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Database db;
    QVERIFY(db.open(neuvo::test::suiteDatabase(dir.filePath(u"demo.sqlite"_s))).ok());
    auto filled = DemoData::fill(db, today);
    QVERIFY2(filled.ok(), qPrintable(filled.error()));
    const auto facts = Facts::load(db);
    QVERIFY(facts.ok());
    const auto findings = run(*facts, today);
    const auto risks = RedFlagEngine::risks(findings, facts->profile.thresholds);
    QHash<QString, RiskLevel> levels;
    for (const Client &c : facts->clients)
        levels.insert(c.name, risks.value(c.id).level);
    if (qEnvironmentVariableIsSet("NEUVO_SHOW_DEMO")) {
        qInfo().noquote() << FindingsReport::flagsText(*facts, findings, today);
        qInfo().noquote() << FindingsReport::alertsText(*facts, findings, today);
    }
    QCOMPARE(levels.value(u"Дмитрий Соколов"_s), RiskLevel::Decline);
    QCOMPARE(levels.value(u"Laura Mäkelä"_s), RiskLevel::Ok);
    QCOMPARE(levels.value(u"Jukka Pöllänen"_s), RiskLevel::Ok);
    QCOMPARE(levels.value(u"Kaisa Ylönen"_s), RiskLevel::Ok);
    QCOMPARE(levels.value(u"Elina Öhman"_s), RiskLevel::Ok);
    QCOMPARE(levels.value(u"Petri Lähteenmäki"_s), RiskLevel::Ok);

    // Each kind of your own lapse shows once, and only ever as an alert:
    // Elina and Petri have nothing else, and stay OK.
    QSet<QString> alertRules;
    for (const Finding &f : findings) {
        if (f.kind == FindingKind::Alert)
            alertRules.insert(f.rule);
    }
    for (const QString &rule : {u"part_ways"_s, u"work_without_prepayment"_s, u"unbilled_changes"_s,
                                u"discount_without_concession"_s, u"postpayment_plan"_s,
                                u"nda_without_surcharge"_s, u"no_price_breakdown"_s,
                                u"deadline_without_margin"_s})
        QVERIFY2(alertRules.contains(rule), qPrintable(rule));
    // Dmitry is to decline for his own behaviour, with or without the alerts.
    QList<Finding> flagsOnly;
    for (const Finding &f : findings) {
        if (f.kind == FindingKind::Flag)
            flagsOnly << f;
    }
    const auto flagRisks = RedFlagEngine::risks(flagsOnly, facts->profile.thresholds);
    for (const Client &c : facts->clients)
        QCOMPARE(flagRisks.value(c.id).level, risks.value(c.id).level);
}

void TestRedFlags::scale()
{
    // 10 000 clients, 20 000 projects, 200 000 stages, 100 000 interactions.
    Facts f;
    f.profile.floorRateMinor = 3000;
    qint64 stageId = 0;
    qint64 interactionId = 0;
    for (qint64 c = 1; c <= 10000; ++c) {
        f.clients << makeClient(u"Client %1"_s.arg(c), c);
        for (int k = 0; k < 2; ++k) {
            const qint64 pid = c * 10 + k;
            Project p = makeProject(c, u"Project %1"_s.arg(pid), 1000000, k == 0 ? ProjectStatus::InProgress : ProjectStatus::Closed, u"EUR"_s, pid);
            p.estimatedHours = 20;
            p.deadline = day(int(c % 40) - 10);
            p.firstOfferMinor = c % 7 == 0 ? 400000 : 900000;
            for (int s = 0; s < 10; ++s) {
                PaymentStage st = makeStage(s + 1, 100000, day(s * 7 - 35), u"Stage"_s, ++stageId);
                if (s < 5) {
                    st.paidMinor = 100000;
                    st.paidOn = st.dueOn.addDays(int(c % 3));
                }
                p.stages << st;
            }
            f.projects << std::move(p);
        }
        for (int k = 0; k < 10; ++k) {
            f.interactions << makeContact(++interactionId, c, utcDay(-k * 5, QTime(int((c + k) % 24), 0)),
                                          k % 2 ? Channel::Phone : Channel::Email, Direction::In,
                                          k % 3 ? InteractionKind::StatusRequest : InteractionKind::DiscountRequest);
        }
        f.promises << Promise{c, c, 0, u"call"_s, day(int(c % 5) - 2), {}};
        if (c % 10 == 0)
            f.observations << Observation{c, c, ClientPattern::Demoralizing, u"x"_s, day(-3), {}};
    }
    QElapsedTimer timer;
    timer.start();
    const auto found = RedFlagEngine::evaluate(f, kToday);
    const auto risks = RedFlagEngine::risks(found, f.profile.thresholds);
    const qint64 ms = timer.elapsed();
    qInfo("evaluated %lld stages into %lld findings and %lld risks in %lld ms",
          stageId, qint64(found.size()), qint64(risks.size()), ms);
    // The time is printed, never asserted: a loaded machine or a sanitizer
    // build is slower without anything being wrong. make bench measures it
    // against SQLite's own scan.
    QVERIFY(found.size() > 10000);
}

// The part_ways alert says why the client is to decline with the flags'
// names as the checklist and the notifications call them, in the
// interface's language; the rule ids stay in the findings' rule field.
void TestRedFlags::partWays_namesTheFlags_inEnglishFinnishRussian()
{
    Facts f = oneClient();
    Project p = makeProject(1, u"Landing page"_s, 100000, ProjectStatus::InProgress, u"EUR"_s, 10);
    p.includedItems = {u"Copy"_s};
    p.stages << makeStage(1, 100000, day(-5), u"All"_s, 100);
    f.projects << p;
    f.observations << Observation{1, 1, ClientPattern::FreeWorkSeeker, u"wants a second text free"_s, day(-1), {}}
                   << Observation{2, 1, ClientPattern::Disrespect, u"calls the work a favour"_s, day(-2), {}};
    const struct
    {
        QString language;
        QString names;
    } languages[] = {
        {u"en"_s, u"(Treats work as a favour, Seeks free work)"_s},
        {u"fi"_s, u"(Pitää työn antamista palveluksena, Hakee ilmaista työtä)"_s},
        {u"ru"_s, u"(Даёт работу как одолжение, Хочет работу бесплатно)"_s},
    };
    for (const auto &[language, names] : languages) {
        QTranslator translator;
        if (language != u"en"_s) {
            QVERIFY2(translator.load(u":/i18n/neuvo_%1.qm"_s.arg(language)), qPrintable(language));
            QCoreApplication::installTranslator(&translator);
        }
        const auto exit = runRule(f, u"part_ways"_s);
        QCoreApplication::removeTranslator(&translator);
        QCOMPARE(exit.size(), 1);
        QCOMPARE(exit[0].rule, u"part_ways"_s);
        QVERIFY2(exit[0].evidence.toString().contains(names), qPrintable(language + u": "_s + exit[0].evidence.toString()));
        for (const char *id : {"free_work_seeker", "disrespect"})
            QVERIFY2(!exit[0].evidence.toString().contains(QLatin1StringView(id)), qPrintable(exit[0].evidence.toString()));
    }
    // The flags keep their ids.
    QSet<QString> rules;
    for (const Finding &found : run(f))
        rules << found.rule;
    QVERIFY(rules.contains(u"free_work_seeker"_s));
    QVERIFY(rules.contains(u"disrespect"_s));
}

void TestRedFlags::evidenceKeptWordForWord_inEnglishFinnishRussian()
{
    // Findings keep their evidence compactly (UTF-8); what is read back,
    // in the report, the risk's reasons and the JSON, must be the sentence
    // the rules made in the language of the day, letters outside ASCII and
    // the BMP included.
    const QString name = u"Äänekosken Ääni \U0001F389 Дмитрий"_s;
    Facts f = factsWith({makeClient(name, 1)});
    f.promises << Promise{1, 1, 0, u"lähetä luonnos"_s, day(-2), {}};
    f.observations << Observation{1, 1, ClientPattern::Disrespect, u"«одолжение» ’favour’"_s, day(-1), {}};
    const struct
    {
        QString language;
        QString promise;
        QString observation;
    } languages[] = {
        {u"en"_s, u"Your promise to %1, 'lähetä luonnos', was due 2026-03-16, 2 days ago"_s.arg(name),
         u"Observed on 2026-03-17 (Treats work as a favour): «одолжение» ’favour’"_s},
        {u"fi"_s,
         u"Lupauksesi asiakkaalle %1, ”lähetä luonnos”, olisi pitänyt täyttää 2026-03-16, 2 päivää sitten"_s.arg(name),
         u"Havaittu 2026-03-17 (Pitää työn antamista palveluksena): «одолжение» ’favour’"_s},
        {u"ru"_s, u"Ваше обещание 'lähetä luonnos' клиенту %1: срок был 2026-03-16, 2 дня назад"_s.arg(name),
         u"Замечено 2026-03-17 (Даёт работу как одолжение): «одолжение» ’favour’"_s},
    };
    for (const auto &[language, promise, observation] : languages) {
        QTranslator translator;
        if (language != u"en"_s) {
            QVERIFY2(translator.load(u":/i18n/neuvo_%1.qm"_s.arg(language)), qPrintable(language));
            QCoreApplication::installTranslator(&translator);
        }
        const QList<Finding> findings = run(f);
        QCoreApplication::removeTranslator(&translator);
        const auto due = only(findings, u"promise_due"_s);
        QCOMPARE(due.size(), 1);
        QCOMPARE(due[0].evidence.toString(), promise);
        const auto seen = only(findings, u"disrespect"_s);
        QCOMPARE(seen.size(), 1);
        QCOMPARE(seen[0].evidence.toString(), observation);
        QCOMPARE(RedFlagEngine::risk(1, findings, f.profile.thresholds).reasonTexts(),
                 QStringList{observation});

        const QByteArray json = FindingsReport::flagsJsonText(f, findings, kToday, 0);
        QCOMPARE(json, QJsonDocument(FindingsReport::flagsJson(f, findings, kToday, 0)).toJson());
        QStringList shown;
        const QJsonArray list = QJsonDocument::fromJson(json)
                                    .object()[u"clients"_s][0][u"findings"_s].toArray();
        for (const auto &v : list)
            shown << v[u"evidence"_s].toString();
        QCOMPARE(shown.size(), 2); // the flag, then the promise (an alert)
        QVERIFY2(shown.contains(promise), qPrintable(shown.join(u'\n')));
        QVERIFY2(shown.contains(observation), qPrintable(shown.join(u'\n')));
        const QString text = FindingsReport::flagsText(f, findings, kToday);
        QVERIFY2(text.contains(promise + u'\n'), qPrintable(text));
        QVERIFY2(text.contains(observation + u'\n'), qPrintable(text));
    }
}

// The identity is what the seen and announced records store: written by
// hand for speed, it must read exactly as rule|number|number|ISO date.
void TestRedFlags::identity_isRuleClientProjectAndIsoDate_data()
{
    QTest::addColumn<QString>("rule");
    QTest::addColumn<qint64>("clientId");
    QTest::addColumn<qint64>("projectId");
    QTest::addColumn<QDate>("date");
    QTest::newRow("stage due") << u"stage_due_soon"_s << qint64(17) << qint64(4021) << QDate(2026, 12, 1);
    QTest::newRow("no project, no date") << u"unpaid_invoice"_s << qint64(9) << qint64(0) << QDate();
    QTest::newRow("first day of year 1") << u"r"_s << qint64(1) << qint64(2) << QDate(1, 1, 1);
    QTest::newRow("year 0 does not exist") << u"r"_s << qint64(1) << qint64(2) << QDate(0, 1, 1);
    QTest::newRow("last ISO year") << u"r"_s << qint64(1) << qint64(2) << QDate(9999, 12, 31);
    QTest::newRow("beyond ISO years") << u"r"_s << qint64(1) << qint64(2) << QDate(10000, 1, 1);
    QTest::newRow("before year 0") << u"r"_s << qint64(1) << qint64(2) << QDate(-44, 3, 15);
    QTest::newRow("largest ids") << u"älä"_s << std::numeric_limits<qint64>::max()
                                  << std::numeric_limits<qint64>::min() << QDate(2000, 2, 29);
    QTest::newRow("empty rule") << QString() << qint64(0) << qint64(0) << QDate(1999, 9, 9);
}

void TestRedFlags::identity_isRuleClientProjectAndIsoDate()
{
    QFETCH(QString, rule);
    QFETCH(qint64, clientId);
    QFETCH(qint64, projectId);
    QFETCH(QDate, date);
    Finding f;
    f.rule = rule;
    f.clientId = clientId;
    f.projectId = projectId;
    f.date = date;
    const QString expected = QStringList{rule, QString::number(clientId), QString::number(projectId),
                                         date.toString(Qt::ISODate)}
                                 .join(u'|');
    QCOMPARE(f.identity(), expected);
}

QTEST_GUILESS_MAIN(TestRedFlags)
#include "tst_redflags.moc"
