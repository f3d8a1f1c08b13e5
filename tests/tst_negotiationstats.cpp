#include "core/documents/priceriseplan.h"
#include "core/domain/negotiationstats.h"
#include "core/rules/redflags.h"

#include "testutil.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace neuvo;
using neuvo::test::makeClient;
using neuvo::test::makeProject;

// Negotiation statistics and the price-rise planner on one small book of
// records whose every figure is worked out by hand in the comments below.
//
// Today 2026-06-01, profile in EUR, floor 40.00/h, notice 30 days, 2 hours
// per extra round, the last 5 agreements.
//   Anna (referral):  P1 closed     100.00 first offer  40.00 → 2.5, 20 h,
//                        3 rounds of 2 (1 extra) + 1 unbilled change
//                        → 24 h, received 100.00; due 01-15 paid 01-20 (5 late)
//                     P2 in progress 120.00 first offer 60.00 → 2.0, 20 h,
//                        contract 05-01 for 6 months; stages 60 paid on time,
//                        60 due 05-20 unpaid (12 days overdue on 06-01)
//                     P9 delivered   60.00 first offer 20.00 → 3.0, 10 h,
//                        due 04-05 paid 04-15 (10 late)
//   Boris (cold, past client): P3 delivered, 100.00 + NDA 30 % = 130.00 list,
//                        13.00 discount for a longer deadline → 117.00, first
//                        offer 50.00 → 2.34, 30 h; P8 in negotiation
//   Carl (marketplace): P4 declined
//   Dora (social):     P5 agreed 90.00 − 10 % (no concession) = 81.00, first
//                        offer 30.00 → 2.7, 18 h; P6 declined
//   Olli (other):      P7 closed 50 000.00 RUB, 10 h, paid on time
class Tst_negotiationstats : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void offerRatios_medianOverall_perClient_perSource();
    void discounts_shareOfListPrice_andConcessions();
    void winRate_bySource_warmAgainstCold();
    void recentRate_medianOfTheLastNAgreements();
    void clientRate_receivedOverHoursWithExtraRoundsAndChanges();
    void overdue_daysPerClient();
    void since_keepsProjectsFromThatDay();
    void tooFewDataPoints_leaveTheFigureEmpty();
    void planner_listsTheClientBehind_withPriceAndDate();
    void planner_dateIsTodayPlusNoticeWithoutATerm();
    void planner_refusesASecondRise();
    void planner_appliedChangeGivesTheNoticeTheAlertWants();
    void letter_namesTheDateInEachLanguage();
    void suggestedPrice_roundsUpToTenWholeUnits();

private:
    NegotiationStats::Report report() const
    {
        return NegotiationStats::compute(m_profile, m_clients, m_projects, NegotiationStats::logDays(m_interactions),
                                         NegotiationStats::optionsFor(m_profile, m_today));
    }
    static Interaction logged(qint64 clientId, qint64 projectId, const QDate &on, InteractionKind kind)
    {
        Interaction i;
        i.clientId = clientId;
        i.projectId = projectId;
        i.at = QDateTime(on, QTime(12, 0), QTimeZone::utc());
        i.kind = kind;
        i.summary = u"logged"_s;
        return i;
    }
    static PaymentStage stage(qint64 amount, const QDate &due, const QDate &paid = {})
    {
        PaymentStage s;
        s.amountMinor = amount;
        s.dueOn = due;
        s.paidOn = paid;
        s.paidMinor = paid.isValid() ? amount : 0;
        return s;
    }
    static Revision revision(RevisionKind kind, qint64 charge = 0)
    {
        Revision r;
        r.kind = kind;
        r.requestedOn = QDate(2026, 1, 20);
        r.chargeMinor = charge;
        return r;
    }
    template<typename T, typename K>
    static T find(const QList<std::pair<K, T>> &list, K key)
    {
        for (const auto &[k, v] : list) {
            if (k == key)
                return v;
        }
        return T{};
    }
    Project &project(qint64 id)
    {
        for (Project &p : m_projects) {
            if (p.id == id)
                return p;
        }
        Q_ASSERT(false);
        return m_projects.first();
    }

    QDate m_today{2026, 6, 1};
    Profile m_profile;
    QList<Client> m_clients;
    QList<Project> m_projects;
    QList<Interaction> m_interactions;
};

void Tst_negotiationstats::init()
{
    m_profile = Profile();
    m_profile.name = u"Aino Virtanen"_s;
    m_profile.currency = u"EUR"_s;
    m_profile.floorRateMinor = 4000;
    m_profile.noticeDays = 30;

    Client anna = makeClient(u"Anna"_s, 1);
    anna.source = ClientSource::Referral;
    Client boris = makeClient(u"Boris"_s, 2);
    boris.source = ClientSource::Cold;
    boris.status = ClientStatus::Past;
    Client carl = makeClient(u"Carl"_s, 3);
    carl.source = ClientSource::Marketplace;
    Client dora = makeClient(u"Dora"_s, 4);
    dora.source = ClientSource::Social;
    Client olli = makeClient(u"Olli"_s, 5);
    olli.source = ClientSource::Other;
    m_clients = {anna, boris, carl, dora, olli};

    Project p1 = makeProject(1, u"Shop texts"_s, 100000, ProjectStatus::Closed, u"EUR"_s, 1);
    p1.firstOfferMinor = 40000;
    p1.estimatedHours = 20;
    p1.contractDate = QDate(2026, 1, 10);
    p1.revisionsIncluded = 2;
    p1.stages = {stage(100000, QDate(2026, 1, 15), QDate(2026, 1, 20))};
    p1.revisions = {revision(RevisionKind::Round), revision(RevisionKind::Round), revision(RevisionKind::Round),
                    revision(RevisionKind::Change), revision(RevisionKind::Change, 5000),
                    revision(RevisionKind::Error)};

    Project p2 = makeProject(1, u"Newsletters"_s, 120000, ProjectStatus::InProgress, u"EUR"_s, 2);
    p2.firstOfferMinor = 60000;
    p2.estimatedHours = 20;
    p2.contractDate = QDate(2026, 5, 1);
    p2.contractTermMonths = 6;
    p2.stages = {stage(60000, QDate(2026, 5, 5), QDate(2026, 5, 5)), stage(60000, QDate(2026, 5, 20))};

    Project p9 = makeProject(1, u"About page"_s, 60000, ProjectStatus::Delivered, u"EUR"_s, 9);
    p9.firstOfferMinor = 20000;
    p9.estimatedHours = 10;
    p9.contractDate = QDate(2026, 4, 1);
    p9.stages = {stage(60000, QDate(2026, 4, 5), QDate(2026, 4, 15))};

    Project p3 = makeProject(2, u"Landing page"_s, 100000, ProjectStatus::Delivered, u"EUR"_s, 3);
    p3.nda = true;
    p3.ndaMarkupPercent = 30;
    p3.discountKind = DiscountKind::Amount;
    p3.discountValue = 13000;
    p3.discountConcession = u"Two weeks longer deadline"_s;
    p3.firstOfferMinor = 50000;
    p3.estimatedHours = 30;
    p3.contractDate = QDate(2026, 3, 1);
    p3.stages = {stage(117000, QDate(2026, 3, 5), QDate(2026, 3, 4))};

    Project p8 = makeProject(2, u"Second landing page"_s, 50000, ProjectStatus::Negotiation, u"EUR"_s, 8);
    Project p4 = makeProject(3, u"Catalogue"_s, 80000, ProjectStatus::Declined, u"EUR"_s, 4);

    Project p5 = makeProject(4, u"Blog posts"_s, 90000, ProjectStatus::Agreed, u"EUR"_s, 5);
    p5.discountKind = DiscountKind::Percent;
    p5.discountValue = 10;
    p5.firstOfferMinor = 30000;
    p5.estimatedHours = 18;
    p5.stages = {stage(81000, QDate(2026, 6, 10))};
    Project p6 = makeProject(4, u"Brochure"_s, 70000, ProjectStatus::Declined, u"EUR"_s, 6);

    Project p7 = makeProject(5, u"Перевод"_s, 5000000, ProjectStatus::Closed, u"RUB"_s, 7);
    p7.estimatedHours = 10;
    p7.contractDate = QDate(2026, 2, 1);
    p7.stages = {stage(5000000, QDate(2026, 2, 10), QDate(2026, 2, 10))};

    m_projects = {p1, p2, p3, p4, p5, p6, p7, p8, p9};
    m_interactions = {
        logged(3, 4, QDate(2026, 2, 1), InteractionKind::General),
        logged(4, 5, QDate(2026, 4, 2), InteractionKind::General),
        logged(4, 5, QDate(2026, 4, 10), InteractionKind::Agreement),
        logged(4, 6, QDate(2026, 3, 15), InteractionKind::General),
        logged(2, 8, QDate(2026, 5, 25), InteractionKind::General),
    };
}

void Tst_negotiationstats::offerRatios_medianOverall_perClient_perSource()
{
    const auto r = report();
    // 2.0, 2.34, 2.5, 2.7, 3.0
    QCOMPARE(r.offerRatios.all.sample, 5);
    QVERIFY(r.offerRatios.all.value);
    QCOMPARE(*r.offerRatios.all.value, 2.5);
    // Anna: 2.5, 2.0, 3.0
    const auto anna = find(r.offerRatios.perClient, qint64(1));
    QCOMPARE(anna.sample, 3);
    QCOMPARE(*anna.value, 2.5);
    const auto referral = find(r.offerRatios.perSource, ClientSource::Referral);
    QCOMPARE(referral.sample, 3);
    QCOMPARE(*referral.value, 2.5);
    // Boris 117.00 ÷ 50.00 alone: too few to name a median.
    const auto cold = find(r.offerRatios.perSource, ClientSource::Cold);
    QCOMPARE(cold.sample, 1);
    QVERIFY(!cold.value);
}

void Tst_negotiationstats::discounts_shareOfListPrice_andConcessions()
{
    const auto r = report();
    QCOMPARE(r.discounts.size(), 2);
    const auto &eur = r.discounts.at(0);
    QCOMPARE(eur.currency, u"EUR"_s);
    QCOMPARE(eur.wonProjects, 5);
    // 100 + 120 + 130 + 90 + 60
    QCOMPARE(eur.listMinor, qint64(500000));
    // 13.00 + 9.00
    QCOMPARE(eur.discountMinor, qint64(22000));
    QCOMPARE(*eur.share, 22000.0 / 500000.0);
    QCOMPARE(eur.discounted, 2);
    QCOMPARE(eur.withConcession, 1);
    QVERIFY(!eur.concessionShare); // two discounts: too few for a share
    const auto &rub = r.discounts.at(1);
    QCOMPARE(rub.currency, u"RUB"_s);
    QCOMPARE(rub.wonProjects, 1);
    QVERIFY(!rub.share);

    // A third discount, given for a promise of future orders: no concession.
    Project &p9 = project(9);
    p9.discountKind = DiscountKind::Amount;
    p9.discountValue = 6000;
    p9.discountConcession = u"More orders later"_s;
    p9.discountForFutureOrders = true;
    const auto again = report().discounts.at(0);
    QCOMPARE(again.discounted, 3);
    QCOMPARE(again.withConcession, 1);
    QCOMPARE(*again.concessionShare, 1.0 / 3.0);
}

void Tst_negotiationstats::winRate_bySource_warmAgainstCold()
{
    const auto r = report();
    const auto referral = find(r.winRateBySource, ClientSource::Referral);
    QCOMPARE(referral.won, 3);
    QCOMPARE(referral.lost, 0);
    QCOMPARE(*referral.rate, 1.0);
    const auto social = find(r.winRateBySource, ClientSource::Social);
    QCOMPARE(social.won, 1);
    QCOMPARE(social.lost, 1);
    QVERIFY(!social.rate);
    // Warm: referral 3 won + social 1 won, 1 lost.
    QCOMPARE(r.warm.won, 4);
    QCOMPARE(r.warm.lost, 1);
    QCOMPARE(*r.warm.rate, 0.8);
    // Cold: Boris 1 won, 1 open; Carl 1 lost: two decided.
    QCOMPARE(r.cold.won, 1);
    QCOMPARE(r.cold.lost, 1);
    QCOMPARE(r.cold.open, 1);
    QVERIFY(!r.cold.rate);
    QCOMPARE(NegotiationStats::warmthOf(ClientSource::Other), NegotiationStats::Warmth::Unknown);
}

void Tst_negotiationstats::recentRate_medianOfTheLastNAgreements()
{
    auto r = report();
    QCOMPARE(r.recentRates.size(), 2);
    const auto &eur = r.recentRates.at(0);
    // Newest first: P2 05-01 (60.00/h), P5 04-10 by its agreement (45.00),
    // P9 04-01 (60.00), P3 03-01 (39.00), P1 01-10 (50.00).
    QCOMPARE(eur.projectIds, (QList<qint64>{2, 5, 9, 3, 1}));
    QCOMPARE(eur.sample, 5);
    QCOMPARE(*eur.medianMinor, qint64(5000));
    QVERIFY(!r.recentRates.at(1).medianMinor); // one RUB agreement

    m_profile.thresholds.setValue(u"recent_agreements_count"_s, 3);
    r = report();
    QCOMPARE(r.recentRates.at(0).projectIds, (QList<qint64>{2, 5, 9}));
    QCOMPARE(*r.recentRates.at(0).medianMinor, qint64(6000));
    // An even count: the mean of the middle two, rounded half up.
    QCOMPARE(*NegotiationStats::medianMinor({4500, 6000, 3900, 5001}), qint64(4751));
}

void Tst_negotiationstats::clientRate_receivedOverHoursWithExtraRoundsAndChanges()
{
    const auto r = report();
    QCOMPARE(r.clientRates.size(), 3);
    const auto anna = r.clientRates.at(0);
    QCOMPARE(anna.clientId, qint64(1));
    QCOMPARE(anna.currency, u"EUR"_s);
    QCOMPARE(anna.projects, 2); // P1 closed, P9 delivered; P2 still under way
    QCOMPARE(anna.receivedMinor, qint64(160000));
    QCOMPARE(anna.estimatedHours, 30);
    QCOMPARE(anna.extraRounds, 1);
    QCOMPARE(anna.unbilledChanges, 1);
    QCOMPARE(anna.hours, 34); // 30 + (1 + 1) × 2
    QCOMPARE(*anna.rateMinor, qint64(4706)); // 1 600.00 ÷ 34 = 47.0588
    QCOMPARE(*anna.floorMinor, qint64(4000));
    QCOMPARE(*anna.recentMinor, qint64(5000));
    const auto boris = r.clientRates.at(1);
    QCOMPARE(*boris.rateMinor, qint64(3900)); // 117.00 ÷ 30
    const auto olli = r.clientRates.at(2);
    QCOMPARE(olli.currency, u"RUB"_s);
    QCOMPARE(*olli.rateMinor, qint64(500000));
    QVERIFY(!olli.floorMinor);  // the floor is in EUR
    QVERIFY(!olli.recentMinor); // one RUB agreement

    // Three hours a round: 30 + 2 × 3 = 36 → 44.44.
    m_profile.thresholds.setValue(u"hours_per_revision_round"_s, 3);
    QCOMPARE(*report().clientRates.at(0).rateMinor, qint64(4444));
}

void Tst_negotiationstats::overdue_daysPerClient()
{
    const auto r = report();
    QCOMPARE(r.overdue.size(), 3); // Anna, Boris, Olli; Dora's stage is not due yet
    const auto anna = r.overdue.at(0);
    QCOMPARE(anna.clientId, qint64(1));
    QCOMPARE(anna.stagesDue, 4);
    QCOMPARE(anna.stagesLate, 3);
    QCOMPARE(anna.daysLate, qint64(5 + 12 + 10));
    QCOMPARE(anna.openOverdueDays, 12);
    QCOMPARE(*anna.averageDaysLate, 27.0 / 4.0);
    const auto boris = r.overdue.at(1);
    QCOMPARE(boris.stagesDue, 1);
    QCOMPARE(boris.stagesLate, 0); // paid a day early
    QVERIFY(!boris.averageDaysLate);
}

void Tst_negotiationstats::since_keepsProjectsFromThatDay()
{
    const auto r = NegotiationStats::compute(m_profile, m_clients, m_projects, NegotiationStats::logDays(m_interactions),
                                             NegotiationStats::optionsFor(m_profile, m_today, QDate(2026, 4, 1)));
    // P2 05-01, P5 04-10, P9 04-01, P8 05-25.
    QCOMPARE(r.projectsCounted, 4);
    QCOMPARE(r.offerRatios.all.sample, 3);
    QCOMPARE(*r.offerRatios.all.value, 2.7); // 2.0, 2.7, 3.0
    QCOMPARE(r.warm.lost, 0);
}

void Tst_negotiationstats::tooFewDataPoints_leaveTheFigureEmpty()
{
    const auto r = NegotiationStats::compute(m_profile, m_clients, {}, {}, NegotiationStats::optionsFor(m_profile, m_today));
    QCOMPARE(r.projectsCounted, 0);
    QCOMPARE(r.offerRatios.all.sample, 0);
    QVERIFY(!r.offerRatios.all.value);
    QVERIFY(r.discounts.isEmpty());
    QVERIFY(!r.warm.rate);
    QVERIFY(r.clientRates.isEmpty());
    QVERIFY(PriceRisePlan::plan(m_profile, m_clients, {}, r, {}, m_today).isEmpty());
}

void Tst_negotiationstats::planner_listsTheClientBehind_withPriceAndDate()
{
    const auto r = report();
    const auto plan = PriceRisePlan::plan(m_profile, m_clients, m_projects, r, NegotiationStats::logDays(m_interactions), m_today);
    // Anna 47.06 < 50.00; Boris 39.00 too, but he is a past client; Olli has
    // nothing to compare with.
    QCOMPARE(plan.size(), 1);
    const auto &c = plan.first();
    QCOMPARE(c.clientId, qint64(1));
    QCOMPARE(c.projectId, qint64(2)); // her newest work under way
    QCOMPARE(c.effectiveRateMinor, qint64(4706));
    QCOMPARE(c.recentRateMinor, qint64(5000));
    QCOMPARE(c.currentPriceMinor, qint64(120000));
    // 1 200.00 × 50.00 ÷ 47.06 = 1 274.97 → 1 280.00
    QCOMPARE(c.suggestedPriceMinor, qint64(128000));
    // The six-month term from 05-01 ends 11-01, after today + 30 days.
    QCOMPARE(c.termEnd, QDate(2026, 11, 1));
    QCOMPARE(c.effectiveOn, QDate(2026, 11, 1));
    QVERIFY(!c.alreadyPlanned);
}

void Tst_negotiationstats::planner_dateIsTodayPlusNoticeWithoutATerm()
{
    project(2).contractTermMonths = 0;
    const auto plan = PriceRisePlan::plan(m_profile, m_clients, m_projects, report(), NegotiationStats::logDays(m_interactions), m_today);
    QCOMPARE(plan.size(), 1);
    QVERIFY(!plan.first().termEnd.isValid());
    QCOMPARE(plan.first().effectiveOn, QDate(2026, 7, 1));
    // A term ending before the notice runs out does not shorten it.
    project(2).contractTermMonths = 1; // ends 06-01
    const auto again = PriceRisePlan::plan(m_profile, m_clients, m_projects, report(), NegotiationStats::logDays(m_interactions), m_today);
    QCOMPARE(again.first().termEnd, QDate(2026, 6, 1));
    QCOMPARE(again.first().effectiveOn, QDate(2026, 7, 1));
}

void Tst_negotiationstats::planner_refusesASecondRise()
{
    PriceChange planned;
    planned.projectId = 2;
    planned.effectiveOn = QDate(2026, 9, 1);
    planned.newPriceMinor = 130000;
    project(2).priceChanges = {planned};
    const auto plan = PriceRisePlan::plan(m_profile, m_clients, m_projects, report(), NegotiationStats::logDays(m_interactions), m_today);
    QCOMPARE(plan.size(), 1);
    QVERIFY(plan.first().alreadyPlanned);
    const auto change = PriceRisePlan::priceChange(plan.first(), m_today, DocumentLanguage());
    QVERIFY(!change);
    QVERIFY2(change.error().contains(u"2026-09-01"_s), qPrintable(change.error()));
}

void Tst_negotiationstats::planner_appliedChangeGivesTheNoticeTheAlertWants()
{
    project(2).contractTermMonths = 0;
    const auto plan = PriceRisePlan::plan(m_profile, m_clients, m_projects, report(), NegotiationStats::logDays(m_interactions), m_today);
    const auto change = PriceRisePlan::priceChange(plan.first(), m_today, DocumentLanguage());
    QVERIFY2(change, neuvo::test::why(change));
    QCOMPARE(change->projectId, qint64(2));
    QCOMPARE(change->effectiveOn, QDate(2026, 7, 1));
    QCOMPARE(change->newPriceMinor, qint64(128000));
    QCOMPARE(change->announcedOn, m_today);

    const auto noticeAlerts = [this](const PriceChange &c) {
        Facts facts;
        facts.profile = m_profile;
        facts.clients = m_clients;
        facts.projects = m_projects;
        facts.projects[1].priceChanges = {c};
        int n = 0;
        for (const Finding &f : RedFlagEngine::evaluate(facts, m_today))
            n += f.rule == u"price_notice_due"_s ? 1 : 0;
        return n;
    };
    // Announced today, 30 days ahead: the notice is enough.
    QCOMPARE(noticeAlerts(*change), 0);
    // The same change not announced yet is due for notice today: the alert.
    PriceChange unannounced = *change;
    unannounced.announcedOn = QDate();
    QCOMPARE(noticeAlerts(unannounced), 1);
}

void Tst_negotiationstats::letter_namesTheDateInEachLanguage()
{
    const auto plan = PriceRisePlan::plan(m_profile, m_clients, m_projects, report(), NegotiationStats::logDays(m_interactions), m_today);
    const auto &c = plan.first();
    QString english;
    for (const QString &id : DocumentLanguage::ids()) {
        const auto lang = DocumentLanguage::fromId(id);
        QVERIFY(lang);
        const QString text = PriceRisePlan::letter(c, m_profile, *lang);
        QVERIFY2(text.contains(lang->longDate(QDate(2026, 11, 1))), qPrintable(text));
        QVERIFY2(text.contains(lang->money(Money(128000, u"EUR"_s))), qPrintable(text));
        QVERIFY2(text.contains(lang->money(Money(120000, u"EUR"_s))), qPrintable(text));
        QVERIFY(text.contains(u"Aino Virtanen"_s));
        if (id == u"en"_s)
            english = text;
        else
            QVERIFY2(text.section(u'\n', 2, 2) != english.section(u'\n', 2, 2), qPrintable(text));
    }
    QVERIFY(english.contains(u"1 November 2026"_s));
    // The letter is written in the language, not only dated in it.
    QVERIFY(PriceRisePlan::letter(c, m_profile, *DocumentLanguage::fromId(u"fi"_s)).contains(u"sopimuskauden"_s));
    QVERIFY(PriceRisePlan::letter(c, m_profile, *DocumentLanguage::fromId(u"ru"_s)).contains(u"С уважением"_s));
    QVERIFY(english.contains(u"next contract term"_s));
}

void Tst_negotiationstats::suggestedPrice_roundsUpToTenWholeUnits()
{
    // 1 000.00 × 55 ÷ 50 = 1 100.00 exactly: no rounding.
    QCOMPARE(PriceRisePlan::suggestedPrice(100000, 5500, 5000, u"EUR"_s), qint64(110000));
    // 1 000.00 × 55.01 ÷ 50 = 1 100.20 → 1 110.00
    QCOMPARE(PriceRisePlan::suggestedPrice(100000, 5501, 5000, u"EUR"_s), qint64(111000));
    // JPY has no minor unit: 10 yen steps. 1 000 × 3 ÷ 2 = 1 500.
    QCOMPARE(PriceRisePlan::suggestedPrice(1001, 3, 2, u"JPY"_s), qint64(1510));
}

QTEST_GUILESS_MAIN(Tst_negotiationstats)
#include "tst_negotiationstats.moc"
