#include "core/storage/database.h"
#include "core/exchange/demodata.h"
#include "core/domain/pricing.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <memory>

using namespace Qt::StringLiterals;
using namespace neuvo;
using neuvo::test::why;


class Tst_demodata : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void fill_data();
    void fill();
    void fill_refusesDatabaseWithClients();
    void fill_twiceKeepsFirstSample();
    void fill_refusesInvalidDate();
    void profile_isTheSampleFreelancer();
    void toxicClient_hasObservationsAndPatterns();
    void healthyClient_paidEveryStageOnTime();
    void somethingIsDueRelativeToToday();
    void cyrillicAndFinnishNames_surviveReopen();
    void lateCalls_areStoredInUtcAt23InClientZone();

private:
    QString dbPath() const { return m_dir->filePath(u"demo.sqlite"_s); }
    Client clientNamed(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    const QDate m_today{2024, 5, 15};
};

void Tst_demodata::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void Tst_demodata::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = std::make_unique<Database>();
    const auto opened = m_db->open(dbPath());
    QVERIFY2(opened, why(opened).constData());
}

void Tst_demodata::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Client Tst_demodata::clientNamed(const QString &name)
{
    const auto clients = ClientStore(*m_db).list();
    if (clients) {
        for (const Client &c : *clients) {
            if (c.name == name)
                return c;
        }
    }
    return {};
}

void Tst_demodata::fill_data()
{
    QTest::addColumn<QDate>("today");
    // Ordinary day, a Sunday, a leap day, new year's day, a day in DST change week.
    QTest::newRow("weekday") << QDate(2024, 5, 15);
    QTest::newRow("sunday") << QDate(2024, 6, 2);
    QTest::newRow("leap-day") << QDate(2024, 2, 29);
    QTest::newRow("new-year") << QDate(2025, 1, 1);
    QTest::newRow("dst-change") << QDate(2024, 3, 31);
}

void Tst_demodata::fill()
{
    QFETCH(QDate, today);
    const auto filled = DemoData::fill(*m_db, today);
    QVERIFY2(filled, why(filled).constData());

    const auto clients = ClientStore(*m_db).list();
    QVERIFY2(clients, why(clients).constData());
    QVERIFY(clients->size() >= 6);

    QSet<ClientStatus> statuses;
    for (const Client &c : *clients)
        statuses.insert(c.status);
    QVERIFY(statuses.contains(ClientStatus::Active));
    QVERIFY(statuses.contains(ClientStatus::Prospect));
    QVERIFY(statuses.contains(ClientStatus::Past));

    const auto projects = ProjectStore(*m_db).list();
    QVERIFY2(projects, why(projects).constData());
    QVERIFY(projects->size() >= 6);
    QSet<QString> currencies;
    for (const Project &p : *projects) {
        const auto valid = ProjectStore::validate(p);
        QVERIFY2(valid, qPrintable(p.title + u": "_s + QString::fromUtf8(why(valid))));
        currencies.insert(p.currency);
        if (p.stages.isEmpty())
            continue;
        const auto price = Pricing::compute(p);
        QVERIFY2(price, why(price).constData());
        qint64 sum = 0;
        for (const PaymentStage &s : p.stages) {
            QVERIFY(s.amountMinor > 0);
            QVERIFY(s.dueOn.isValid());
            sum += s.amountMinor;
        }
        QCOMPARE(sum, price->total.minor());
    }
    QVERIFY(currencies.contains(u"EUR"_s));
    QVERIFY(currencies.contains(u"RUB"_s));

    // At least one unpaid stage is overdue relative to the given today.
    bool overdue = false;
    for (const Project &p : *projects) {
        for (const PaymentStage &s : p.stages)
            overdue = overdue || (!s.isFullyPaid() && s.dueOn < today);
    }
    QVERIFY(overdue);

    // Every interaction was stored in UTC and reads back valid.
    const auto interactions = InteractionStore(*m_db).list();
    QVERIFY2(interactions, why(interactions).constData());
    QVERIFY(interactions->size() >= 15);
    for (const Interaction &i : *interactions) {
        QVERIFY(i.at.isValid());
        QCOMPARE(i.at.timeSpec(), Qt::UTC);
    }
}

void Tst_demodata::fill_refusesDatabaseWithClients()
{
    Client existing;
    existing.name = u"Someone Already Here"_s;
    QVERIFY(ClientStore(*m_db).create(existing));

    const auto filled = DemoData::fill(*m_db, m_today);
    QVERIFY(!filled);
    QVERIFY2(filled.error().contains(u"empty"_s), why(filled).constData());
    QCOMPARE(*ClientStore(*m_db).count(), 1);
    QCOMPARE(ProjectStore(*m_db).list()->size(), 0);
}

void Tst_demodata::fill_twiceKeepsFirstSample()
{
    QVERIFY(DemoData::fill(*m_db, m_today));
    const int clients = *ClientStore(*m_db).count();
    const qsizetype interactions = InteractionStore(*m_db).list()->size();
    QVERIFY(!DemoData::fill(*m_db, m_today));
    QCOMPARE(*ClientStore(*m_db).count(), clients);
    QCOMPARE(InteractionStore(*m_db).list()->size(), interactions);
}

void Tst_demodata::fill_refusesInvalidDate()
{
    QVERIFY(!DemoData::fill(*m_db, QDate()));
    QCOMPARE(*ClientStore(*m_db).count(), 0);
}

void Tst_demodata::profile_isTheSampleFreelancer()
{
    QVERIFY(DemoData::fill(*m_db, m_today));
    const auto profile = ProfileStore(*m_db).load();
    QVERIFY2(profile, why(profile).constData());
    QCOMPARE(profile->name, u"Aino Virtanen"_s);
    QCOMPARE(profile->currency, u"EUR"_s);
    QCOMPARE(profile->floorRateMinor, 4500);
    QVERIFY(profile->address.contains(u"Tampere"_s));
    QVERIFY(profile->bankDetails.contains(u"IBAN"_s));
    QVERIFY(!profile->registrationNumber.isEmpty());
}

void Tst_demodata::toxicClient_hasObservationsAndPatterns()
{
    QVERIFY(DemoData::fill(*m_db, m_today));
    const Client toxic = clientNamed(u"Дмитрий Соколов"_s);
    QVERIFY(toxic.id > 0);
    QCOMPARE(toxic.timeZone, u"Europe/Moscow"_s);

    const auto observations = ObservationStore(*m_db).list(toxic.id);
    QVERIFY(observations);
    QSet<ClientPattern> patterns;
    for (const Observation &o : *observations) {
        QVERIFY(!o.note.isEmpty());
        patterns.insert(o.pattern);
    }
    QVERIFY(patterns.contains(ClientPattern::Manipulation));
    QVERIFY(patterns.contains(ClientPattern::DevaluesWork));

    const auto projects = ProjectStore(*m_db).listForClient(toxic.id);
    QVERIFY(projects);
    QCOMPARE(projects->size(), 1);
    const Project &p = projects->constFirst();
    QCOMPARE(p.currency, u"RUB"_s);
    QVERIFY(p.firstOfferMinor);
    QVERIFY(*p.firstOfferMinor * 2 <= p.basePriceMinor); // at most half of the quote
    QVERIFY(p.discountForFutureOrders);
    QVERIFY(p.discountConcession.isEmpty());
    QVERIFY(p.revisions.size() > p.revisionsIncluded);
    bool unbilledChange = false;
    for (const Revision &r : p.revisions)
        unbilledChange = unbilledChange || (r.kind == RevisionKind::Change && r.chargeMinor == 0);
    QVERIFY(unbilledChange);
    bool workWithoutPayment = false;
    bool overdue20 = false;
    for (const PaymentStage &s : p.stages) {
        workWithoutPayment = workWithoutPayment || (s.workStartedOn.isValid() && !s.isFullyPaid());
        overdue20 = overdue20 || (!s.isFullyPaid() && s.dueOn.daysTo(m_today) == 20);
    }
    QVERIFY(workWithoutPayment);
    QVERIFY(overdue20);

    const auto interactions = InteractionStore(*m_db).list(toxic.id);
    QVERIFY(interactions);
    int discountRequests = 0;
    int freeTests = 0;
    for (const Interaction &i : *interactions) {
        discountRequests += i.kind == InteractionKind::DiscountRequest;
        freeTests += i.kind == InteractionKind::FreeTestRequest;
    }
    QVERIFY(discountRequests >= 2);
    QVERIFY(freeTests >= 1);
}

void Tst_demodata::healthyClient_paidEveryStageOnTime()
{
    QVERIFY(DemoData::fill(*m_db, m_today));
    const Client healthy = clientNamed(u"Laura Mäkelä"_s);
    QVERIFY(healthy.id > 0);
    QCOMPARE(healthy.source, ClientSource::Referral);
    QVERIFY(ObservationStore(*m_db).list(healthy.id)->isEmpty());
    const auto projects = ProjectStore(*m_db).listForClient(healthy.id);
    QVERIFY(projects);
    QVERIFY(!projects->isEmpty());
    for (const Project &p : *projects) {
        for (const PaymentStage &s : p.stages) {
            QVERIFY(s.isFullyPaid());
            QVERIFY(s.paidOn <= s.dueOn);
            QVERIFY(!s.workStartedOn.isValid() || s.workStartedOn >= s.paidOn);
        }
        for (const Revision &r : p.revisions)
            QVERIFY(r.kind != RevisionKind::Change); // nothing out of scope left unbilled
    }
    // Its interactions fall on working days inside the agreed hours.
    const QTimeZone zone(healthy.timeZone.toUtf8());
    for (const Interaction &i : *InteractionStore(*m_db).list(healthy.id)) {
        const QDateTime local = i.at.toTimeZone(zone);
        QVERIFY(hasWeekday(healthy.contactDays, local.date().dayOfWeek()));
        QVERIFY(local.time() >= healthy.contactFrom && local.time() <= healthy.contactTo);
    }
}

void Tst_demodata::somethingIsDueRelativeToToday()
{
    QVERIFY(DemoData::fill(*m_db, m_today));
    const auto projects = ProjectStore(*m_db).list();
    QVERIFY(projects);

    bool stageDueSoon = false;
    bool contractEndsSoon = false;
    for (const Project &p : *projects) {
        for (const PaymentStage &s : p.stages) {
            const qint64 days = m_today.daysTo(s.dueOn);
            stageDueSoon = stageDueSoon || (!s.isFullyPaid() && days >= 0 && days <= 7);
        }
        if (p.contractTermMonths > 0 && p.contractDate.isValid()) {
            const qint64 days = m_today.daysTo(p.contractDate.addMonths(p.contractTermMonths));
            contractEndsSoon = contractEndsSoon || (days > 0 && days <= 30);
        }
    }
    QVERIFY(stageDueSoon);
    QVERIFY(contractEndsSoon);

    bool promiseDueToday = false;
    for (const Promise &p : *PromiseStore(*m_db).list())
        promiseDueToday = promiseDueToday || (p.dueOn == m_today && !p.doneOn.isValid());
    QVERIFY(promiseDueToday);

    bool briefNineDaysAgo = false;
    bool unconfirmedAgreement = false;
    for (const Interaction &i : *InteractionStore(*m_db).list()) {
        if (i.kind == InteractionKind::BriefSent && i.at.date().daysTo(m_today) == 9)
            briefNineDaysAgo = true;
        if (i.kind == InteractionKind::Agreement && !i.confirmedOn.isValid()
            && (i.channel == Channel::Phone || i.channel == Channel::Meeting))
            unconfirmedAgreement = true;
    }
    QVERIFY(briefNineDaysAgo);
    QVERIFY(unconfirmedAgreement);
}

void Tst_demodata::cyrillicAndFinnishNames_surviveReopen()
{
    QVERIFY(DemoData::fill(*m_db, m_today));
    m_db.reset();
    Database reopened;
    QVERIFY(reopened.open(dbPath()));
    QStringList names;
    for (const Client &c : *ClientStore(reopened).list())
        names << c.name;
    QVERIFY2(names.contains(u"Дмитрий Соколов"_s), qPrintable(names.join(u", "_s)));
    QVERIFY(names.contains(u"Elina Öhman"_s));
    QVERIFY(names.contains(u"Petri Lähteenmäki"_s));
    m_db = std::make_unique<Database>(); // cleanup() expects one
}

void Tst_demodata::lateCalls_areStoredInUtcAt23InClientZone()
{
    if (!QTimeZone::isTimeZoneIdAvailable("Europe/Moscow"))
        QSKIP("The system's tz database has no Europe/Moscow (install tzdata).");
    QVERIFY(DemoData::fill(*m_db, m_today));
    const Client toxic = clientNamed(u"Дмитрий Соколов"_s);
    const QTimeZone moscow("Europe/Moscow");
    int lateCalls = 0;
    for (const Interaction &i : *InteractionStore(*m_db).list(toxic.id)) {
        const QTime local = i.at.toTimeZone(moscow).time();
        if (i.direction == Direction::In && local >= QTime(23, 0))
            ++lateCalls;
        if (i.direction == Direction::In && local >= QTime(23, 0))
            QCOMPARE(i.at.time().hour(), 20); // UTC+3
    }
    QVERIFY(lateCalls >= 3);
}

QTEST_GUILESS_MAIN(Tst_demodata)
#include "tst_demodata.moc"
