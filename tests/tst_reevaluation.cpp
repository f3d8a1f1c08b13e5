#include "core/exchange/demodata.h"
#include "core/reminders/calendarfeed.h"
#include "core/rules/contacthours.h"
#include "core/rules/facts.h"
#include "core/rules/factsrows.h"
#include "core/rules/redflags.h"
#include "core/storage/database.h"
#include "core/storage/readstop.h"
#include "core/storage/sqlstatement.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <atomic>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimeZone>

#include <memory>

using namespace neuvo;
using namespace neuvo::test;
using namespace Qt::StringLiterals;

// An edit of one client brings the report up to date by evaluating that
// client again, not every client; the result must be exactly the full
// evaluation's. And facts load in a worker thread through its own
// connection, as the desktop does while its window is already painted.
class TestReevaluation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void oneClientEditedEqualsFullEvaluation();
    void clientWithoutFindingsGetsSome();
    void otherClientsInteractionAboutItsProject();
    void loadAndEvaluateInWorkerThread();
    void fullLog_inTimeOrderTiesById_asSqlOrdersIt();
    void keptLog_givesTheWholeLogsReportAndCalendar_onEveryDay();
    void datesAndTimes_readAsQtParsesThem();
    void bothRowReaders_giveTheSameFacts();
    void projectsWithoutScope_giveTheWholeRecordsReportAndCalendar();
    void stopFlag_endsEvaluationAndReadsEarly();

private:
    // A file, or in the _pg run the suite's database on the server.
    QString dbPath() const { return m_dbPath; }
    Client clientWithFlags(const QList<Finding> &report, bool withFlags);
    // The report after Facts::reloadClient + reevaluateClient, compared with
    // a full load and evaluation of the database as it is now.
    void checkAgainstFull(Facts &facts, const QList<Finding> &report, qint64 clientId);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_dbPath;
    std::unique_ptr<Database> m_db;
    const QDate m_today{2024, 5, 15};
};

// The log (in time order, as InteractionStore::list() gives it) as the
// facts hold it: the records a rule reads on some day (facts.h), with
// summaries only where a rule quotes them. Written out here the plain way,
// brief by brief, to check the loader's one pass over the rows.
QList<Interaction> asInFacts(const QList<Interaction> &log, Database &db)
{
    const Profile profile = *ProfileStore(db).load();
    QHash<qint64, Client> clients;
    for (const Client &c : *ClientStore(db).list())
        clients.insert(c.id, c);
    const auto outsideHours = [&](const Interaction &i) {
        if (i.direction != Direction::In || (i.channel != Channel::Phone && i.channel != Channel::Messenger)
            || !clients.contains(i.clientId))
            return false;
        const Client c = clients.value(i.clientId);
        QTimeZone zone(c.timeZone.toUtf8());
        if (!zone.isValid())
            zone = QTimeZone::utc();
        return !ContactHours::of(c, profile).contains(i.at.toTimeZone(zone));
    };
    const auto byKind = [&](const Interaction &i) {
        const bool in = i.direction == Direction::In;
        switch (i.kind) {
        case InteractionKind::DiscountRequest:
        case InteractionKind::FreeTestRequest:
        case InteractionKind::Reminder:
            return true;
        case InteractionKind::StatusRequest:
            return in;
        case InteractionKind::Agreement:
            if ((i.channel == Channel::Phone || i.channel == Channel::Meeting) && !i.confirmedOn.isValid())
                return true;
            break;
        case InteractionKind::BriefSent:
            if (!in)
                return true;
            break;
        case InteractionKind::General:
            break;
        }
        return outsideHours(i);
    };
    // The first contact from the client after each brief we sent it.
    QSet<qint64> answers;
    for (const Interaction &brief : log) {
        if (brief.kind != InteractionKind::BriefSent || brief.direction != Direction::Out)
            continue;
        for (const Interaction &i : log) {
            if (i.clientId == brief.clientId && i.direction == Direction::In && i.at > brief.at) {
                answers.insert(i.id);
                break;
            }
        }
    }
    QList<Interaction> kept;
    for (Interaction i : log) {
        if (!byKind(i) && !answers.contains(i.id))
            continue;
        if (!Facts::keepsSummary(i.kind))
            i.summary.clear();
        kept << i;
    }
    return kept;
}

// The projects as the facts hold them (facts.h): the scope left out.
QList<Project> withoutScope(QList<Project> projects)
{
    for (Project &p : projects)
        p.scope.clear();
    return projects;
}

void TestReevaluation::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestReevaluation::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_dbPath = test::suiteDatabase(m_dir->filePath(u"reevaluation.sqlite"_s));
    m_db = std::make_unique<Database>();
    const auto opened = m_db->open(dbPath());
    QVERIFY2(opened, why(opened).constData());
    const auto filled = DemoData::fill(*m_db, m_today);
    QVERIFY2(filled, why(filled).constData());
}

void TestReevaluation::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

Client TestReevaluation::clientWithFlags(const QList<Finding> &report, bool withFlags)
{
    const auto clients = ClientStore(*m_db).list();
    if (!clients)
        return {};
    for (const Client &c : *clients) {
        const bool has = std::any_of(report.cbegin(), report.cend(),
                                     [&](const Finding &f) { return f.clientId == c.id; });
        if (has == withFlags)
            return c;
    }
    return {};
}

void TestReevaluation::checkAgainstFull(Facts &facts, const QList<Finding> &report, qint64 clientId)
{
    const auto reloaded = facts.reloadClient(*m_db, clientId);
    QVERIFY2(reloaded, why(reloaded).constData());
    const QList<Finding> updated = RedFlagEngine::reevaluateClient(facts, clientId, m_today, report);

    const auto fresh = Facts::load(*m_db);
    QVERIFY2(fresh, why(fresh).constData());
    const QList<Finding> full = RedFlagEngine::evaluate(*fresh, m_today);
    compareFindings(updated, full);
    if (QTest::currentTestFailed())
        return;
    // The facts themselves are the database's, client by client.
    QCOMPARE(facts.clients.size(), fresh->clients.size());
    for (qsizetype i = 0; i < fresh->clients.size(); ++i)
        QCOMPARE(facts.clients.at(i).id, fresh->clients.at(i).id);
    QCOMPARE(facts.projects.size(), fresh->projects.size());
    QCOMPARE(facts.interactions.size(), fresh->interactions.size());
}

void TestReevaluation::oneClientEditedEqualsFullEvaluation()
{
    auto facts = Facts::load(*m_db);
    QVERIFY2(facts, why(facts).constData());
    const QList<Finding> report = RedFlagEngine::evaluate(*facts, m_today);
    Client client = clientWithFlags(report, true);
    QVERIFY(client.id > 0);

    // Renamed (its place in the order changes), a new discount request and
    // a night-time call: findings come and go for this client only.
    client.name = u"Aaaa first now "_s + client.name;
    QVERIFY(ClientStore(*m_db).update(client));
    auto projects = ProjectStore(*m_db).listForClient(client.id);
    QVERIFY(projects);
    for (int n = 0; n < 3; ++n) {
        Interaction ask;
        ask.clientId = client.id;
        ask.projectId = projects->isEmpty() ? 0 : projects->first().id;
        ask.at = QDateTime(m_today.addDays(-2 - n), QTime(23, 30), QTimeZone::utc());
        ask.channel = Channel::Phone;
        ask.direction = Direction::In;
        ask.kind = InteractionKind::DiscountRequest;
        ask.summary = u"Can you do it cheaper?"_s;
        QVERIFY(InteractionStore(*m_db).create(ask));
    }
    checkAgainstFull(*facts, report, client.id);
    // The edit made a difference the test can see.
    const QList<Finding> after = RedFlagEngine::evaluate(*Facts::load(*m_db), m_today);
    QVERIFY(after != report);
}

void TestReevaluation::clientWithoutFindingsGetsSome()
{
    auto facts = Facts::load(*m_db);
    QVERIFY2(facts, why(facts).constData());
    const QList<Finding> report = RedFlagEngine::evaluate(*facts, m_today);
    Client client;
    client.name = u"Quiet Oy"_s;
    QVERIFY(ClientStore(*m_db).create(client));
    auto facts2 = Facts::load(*m_db);
    QVERIFY(facts2);
    const QList<Finding> before = RedFlagEngine::evaluate(*facts2, m_today);
    QVERIFY(std::none_of(before.cbegin(), before.cend(), [&](const Finding &f) { return f.clientId == client.id; }));

    Observation seen;
    seen.clientId = client.id;
    seen.pattern = ClientPattern::Disrespect;
    seen.observedOn = m_today.addDays(-1);
    QVERIFY(ObservationStore(*m_db).create(seen));
    checkAgainstFull(*facts2, before, client.id);
    const auto fresh = Facts::load(*m_db);
    QVERIFY(RedFlagEngine::anyHigh(RedFlagEngine::reevaluateClient(*fresh, client.id, m_today, before)));
}

void TestReevaluation::otherClientsInteractionAboutItsProject()
{
    // The database lets an interaction name another client's project; a
    // discount asked for there still counts for the project's owner.
    auto facts = Facts::load(*m_db);
    QVERIFY2(facts, why(facts).constData());
    const QList<Finding> report = RedFlagEngine::evaluate(*facts, m_today);
    QVERIFY(facts->clients.size() >= 2);
    QVERIFY(!facts->projects.isEmpty());
    const Project &project = facts->projects.first();
    qint64 other = 0;
    for (const Client &c : std::as_const(facts->clients)) {
        if (c.id != project.clientId)
            other = c.id;
    }
    Interaction ask;
    ask.clientId = other;
    ask.projectId = project.id;
    ask.at = QDateTime(m_today.addDays(-1), QTime(10, 0), QTimeZone::utc());
    ask.kind = InteractionKind::DiscountRequest;
    ask.summary = u"A discount for my friend's project"_s;
    QVERIFY(InteractionStore(*m_db).create(ask));
    // Both clients' records changed: reload and re-evaluate both.
    QVERIFY(facts->reloadClient(*m_db, other));
    const QList<Finding> half = RedFlagEngine::reevaluateClient(*facts, other, m_today, report);
    checkAgainstFull(*facts, half, project.clientId);
}

void TestReevaluation::loadAndEvaluateInWorkerThread()
{
    const auto facts = Facts::load(*m_db);
    QVERIFY2(facts, why(facts).constData());
    const QList<Finding> here = RedFlagEngine::evaluate(*facts, m_today);
    QVERIFY(!here.isEmpty());

    // The worker opens its own read-only connection while this thread
    // holds the file open for writing.
    QString error;
    QList<Finding> there;
    Qt::HANDLE workerThread = nullptr;
    std::unique_ptr<QThread> worker(QThread::create([&] {
        workerThread = QThread::currentThreadId();
        Database db;
        if (auto opened = db.open(dbPath(), Database::Access::ReadOnly); !opened) {
            error = opened.error();
            return;
        }
        auto loaded = Facts::load(db);
        if (!loaded) {
            error = loaded.error();
            return;
        }
        there = RedFlagEngine::evaluate(*loaded, m_today);
    }));
    worker->start();
    QVERIFY(worker->wait(60000));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(workerThread != QThread::currentThreadId());
    QCOMPARE(there, here);
}

void TestReevaluation::fullLog_inTimeOrderTiesById_asSqlOrdersIt()
{
    // The whole log is read in id order and put in time order in memory;
    // the rules rely on (at, id) order, as ORDER BY at, id gave it. Later
    // ids at earlier and at equal times make the two orders differ.
    const auto clients = ClientStore(*m_db).list();
    QVERIFY2(clients, why(clients).constData());
    QVERIFY(clients->size() >= 2);
    const QDateTime noon(m_today.addDays(-3), QTime(12, 0), QTimeZone::utc());
    for (const QDateTime &at : {noon, noon, noon.addSecs(-1), noon, QDateTime(QDate(2001, 1, 1), QTime(0, 0), QTimeZone::utc())}) {
        for (const Client &c : {clients->first(), clients->last()}) {
            Interaction i;
            i.clientId = c.id;
            i.at = at;
            i.channel = Channel::Phone;
            i.kind = InteractionKind::StatusRequest;
            i.summary = u"Is it ready?"_s;
            QVERIFY(InteractionStore(*m_db).create(i));
        }
    }
    const auto facts = Facts::load(*m_db);
    QVERIFY2(facts, why(facts).constData());
    QList<qint64> loaded;
    for (const Interaction &i : facts->interactions)
        loaded << i.id;
    QSet<qint64> kept;
    for (const Interaction &i : asInFacts(*InteractionStore(*m_db).list(), *m_db))
        kept.insert(i.id);
    QList<qint64> ordered;
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT id FROM interaction ORDER BY at, id"_s));
    while (q.next()) {
        if (kept.contains(q.value(0).toLongLong()))
            ordered << q.value(0).toLongLong();
    }
    QVERIFY(ordered.size() > 10);
    QCOMPARE(loaded, ordered);
    // Each client's part of it is that client's own log as the store lists it.
    for (const Client &c : *clients) {
        const auto own = InteractionStore(*m_db).list(c.id);
        QVERIFY2(own, why(own).constData());
        QList<Interaction> part;
        for (const Interaction &i : facts->interactions) {
            if (i.clientId == c.id)
                part << i;
        }
        QCOMPARE(part, asInFacts(*own, *m_db));
    }
}

void TestReevaluation::keptLog_givesTheWholeLogsReportAndCalendar_onEveryDay()
{
    // The facts hold only the part of the log the rules read; on any day
    // the report and the calendar must be the ones the whole log gives.
    // The hard part is the answer to a brief: the first contact from the
    // client after it, found among rows read in id order, with later ids
    // at earlier and equal times and an answer still in the future.
    auto before = Facts::load(*m_db);
    QVERIFY2(before, why(before).constData());
    const QList<Finding> report = RedFlagEngine::evaluate(*before, m_today);
    InteractionStore log(*m_db);
    const auto logged = [&](qint64 clientId, const QDateTime &at, Direction direction, InteractionKind kind,
                            Channel channel = Channel::Email) {
        Interaction i;
        i.clientId = clientId;
        i.at = at;
        i.direction = direction;
        i.kind = kind;
        i.channel = channel;
        i.summary = u"About the brief"_s;
        const auto created = log.create(i);
        return created ? i.id : qint64(0);
    };
    Client asked;
    asked.name = u"Brief Oy"_s;
    QVERIFY(ClientStore(*m_db).create(asked));
    Client late;
    late.name = u"Later Oy"_s;
    QVERIFY(ClientStore(*m_db).create(late));
    const QDateTime sent(m_today.addDays(-40), QTime(10, 0), QTimeZone::utc());
    QVERIFY(logged(asked.id, sent, Direction::Out, InteractionKind::BriefSent));
    const qint64 laterAnswer = logged(asked.id, sent.addDays(30), Direction::In, InteractionKind::General);
    const qint64 sameMoment = logged(asked.id, sent, Direction::In, InteractionKind::General);
    const qint64 firstAnswer = logged(asked.id, sent.addDays(1), Direction::In, InteractionKind::General);
    const qint64 tiedAnswer = logged(asked.id, sent.addDays(1), Direction::In, InteractionKind::General);
    const qint64 ours = logged(asked.id, sent.addDays(2), Direction::Out, InteractionKind::General);
    QVERIFY(laterAnswer && sameMoment && firstAnswer && tiedAnswer && ours);
    // Calls at night count against the client's hours (the profile's,
    // 09-17 on weekdays, UTC); calls in the day are not read.
    QList<qint64> nightCalls;
    QList<qint64> dayCalls;
    for (int back = 7; back >= 5; --back) {
        const QDate day = m_today.addDays(-back); // Wednesday to Friday
        nightCalls << logged(asked.id, QDateTime(day, QTime(1, 0), QTimeZone::utc()), Direction::In,
                             InteractionKind::General, Channel::Phone);
        dayCalls << logged(asked.id, QDateTime(day, QTime(12, 0), QTimeZone::utc()), Direction::In,
                           InteractionKind::General, Channel::Messenger);
    }
    const QDateTime sentLater(m_today.addDays(-20), QTime(9, 0), QTimeZone::utc());
    QVERIFY(logged(late.id, sentLater, Direction::Out, InteractionKind::BriefSent));
    const qint64 futureAnswer = logged(late.id, QDateTime(m_today.addDays(5), QTime(8, 0), QTimeZone::utc()),
                                       Direction::In, InteractionKind::General);
    QVERIFY(futureAnswer);

    const auto facts = Facts::load(*m_db);
    QVERIFY2(facts, why(facts).constData());
    const auto stored = log.list();
    QVERIFY2(stored, why(stored).constData());
    Facts whole = *facts;
    whole.interactions = *stored;
    QSet<qint64> kept;
    for (const Interaction &i : facts->interactions)
        kept.insert(i.id);
    QVERIFY(kept.contains(firstAnswer));
    QVERIFY(kept.contains(futureAnswer));
    for (const qint64 dropped : QList<qint64>{laterAnswer, sameMoment, tiedAnswer, ours} + dayCalls)
        QVERIFY(!kept.contains(dropped));
    for (const qint64 call : nightCalls)
        QVERIFY(kept.contains(call));
    QVERIFY(facts->interactions.size() < stored->size());

    int alerts = 0;
    int outside = 0;
    for (QDate day = m_today.addDays(-400); day <= m_today.addDays(10);
         day = day.addDays(day < m_today.addDays(-45) ? 30 : 1)) {
        const QList<Finding> mine = RedFlagEngine::evaluate(*facts, day);
        compareFindings(mine, RedFlagEngine::evaluate(whole, day));
        if (QTest::currentTestFailed()) {
            qWarning() << "on" << day;
            return;
        }
        alerts += int(std::count_if(mine.cbegin(), mine.cend(), [&](const Finding &f) {
            return f.rule == u"brief_unanswered"_s && (f.clientId == asked.id || f.clientId == late.id);
        }));
        outside += int(std::count_if(mine.cbegin(), mine.cend(), [&](const Finding &f) {
            return f.rule == u"contact_outside_hours"_s && f.clientId == asked.id;
        }));
        QCOMPARE(CalendarFeed::entries(*facts, day, 30), CalendarFeed::entries(whole, day, 30));
    }
    QVERIFY(alerts > 0); // the briefs did wait for an answer on some days
    QVERIFY(outside > 0); // and the night calls were flagged

    // One client's records read again after an edit are the same part of
    // its log the load keeps.
    for (const qint64 id : {asked.id, late.id}) {
        QVERIFY(before->reloadClient(*m_db, id));
        const auto own = [&](const Facts &f) {
            QList<Interaction> out;
            for (const Interaction &i : f.interactions) {
                if (i.clientId == id)
                    out << i;
            }
            return out;
        };
        QCOMPARE(own(*before), own(*facts));
        QCOMPARE(own(*facts), asInFacts(*log.list(id), *m_db));
    }
    QList<Finding> updated = RedFlagEngine::reevaluateClient(*before, asked.id, m_today, report);
    updated = RedFlagEngine::reevaluateClient(*before, late.id, m_today, updated);
    compareFindings(updated, RedFlagEngine::evaluate(*facts, m_today));
}

void TestReevaluation::datesAndTimes_readAsQtParsesThem()
{
    // Stored dates and times are read by hand when they have the canonical
    // form Neuvo writes; whatever the text, the value is the one Qt's ISO
    // parser gives (null for a day that does not exist), and a driver's
    // own date and time types pass through.
    for (const QString &text : {u"2024-02-29"_s, u"2023-02-29"_s, u"2024-13-01"_s, u"0000-01-01"_s,
                                u"9999-12-31"_s, u"2024-5-15"_s, u"2024-05-15x"_s, u"20240515"_s, u"２０２４-05-15"_s,
                                u""_s, u"2024-05-1a"_s}) {
        QCOMPARE(dateFromSql(QVariant(text)), QDate::fromString(text, Qt::ISODate));
    }
    for (const QString &text : {u"2024-05-15T10:30:59Z"_s, u"2024-05-15T24:00:00Z"_s, u"2024-05-15T23:59:60Z"_s,
                                u"2024-02-30T10:00:00Z"_s, u"2024-05-15T10:30:00+03:00"_s, u"2024-05-15T10:30Z"_s,
                                u"2024-05-15 10:30:00Z"_s, u"2024-05-15T10:30:00.5Z"_s, u"2024-05-15T1a:30:00Z"_s}) {
        const QDateTime mine = timestampFromSql(QVariant(text));
        const QDateTime qt = QDateTime::fromString(text, Qt::ISODate).toUTC();
        QCOMPARE(mine.isValid(), qt.isValid());
        QCOMPARE(mine, qt);
        QCOMPARE(mine.timeSpec(), qt.timeSpec());
        QCOMPARE(mine.toString(Qt::ISODateWithMs), qt.toString(Qt::ISODateWithMs));
    }
    QCOMPARE(dateFromSql(QVariant(QMetaType(QMetaType::QString))), QDate());
    QCOMPARE(timestampFromSql(QVariant(QMetaType(QMetaType::QString))), QDateTime());
    QCOMPARE(dateFromSql(QVariant(QDate(2024, 5, 15))), QDate(2024, 5, 15));
    const QDateTime helsinki(QDate(2024, 5, 15), QTime(13, 30), QTimeZone("Europe/Helsinki"));
    QCOMPARE(timestampFromSql(QVariant(helsinki)), QDateTime(QDate(2024, 5, 15), QTime(10, 30), QTimeZone::utc()));
    QCOMPARE(timestampFromSql(QVariant(helsinki)).timeSpec(), Qt::UTC);

    // And every date and time of the loaded facts is Qt's reading of the
    // stored text (a confirmed agreement made in a call the client made is
    // among them: their calls are kept).
    Interaction agreed;
    agreed.clientId = ClientStore(*m_db).list()->first().id;
    agreed.at = QDateTime(m_today.addDays(-9), QTime(2, 41, 7), QTimeZone::utc()); // at night
    agreed.channel = Channel::Phone;
    agreed.kind = InteractionKind::Agreement;
    agreed.summary = u"Two rounds"_s;
    agreed.confirmedOn = m_today.addDays(-8);
    QVERIFY(InteractionStore(*m_db).create(agreed));
    const auto facts = Facts::load(*m_db);
    QVERIFY2(facts, why(facts).constData());
    QHash<qint64, const Interaction *> interactions;
    for (const Interaction &i : facts->interactions)
        interactions.insert(i.id, &i);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(u"SELECT id, at, confirmed_on FROM interaction"_s));
    int confirmed = 0;
    int read = 0;
    while (q.next()) {
        const Interaction *i = interactions.value(q.value(0).toLongLong());
        if (!i)
            continue; // not one the rules read
        ++read;
        QCOMPARE(i->at, QDateTime::fromString(q.value(1).toString(), Qt::ISODate).toUTC());
        QCOMPARE(i->at.timeSpec(), Qt::UTC);
        QCOMPARE(i->confirmedOn, q.value(2).isNull() ? QDate() : QDate::fromString(q.value(2).toString(), Qt::ISODate));
        confirmed += i->confirmedOn.isValid();
    }
    QCOMPARE(read, interactions.size());
    QVERIFY(interactions.contains(agreed.id));
    QVERIFY(confirmed > 0);
    QHash<qint64, const PaymentStage *> stages;
    for (const Project &p : facts->projects) {
        for (const PaymentStage &s : p.stages)
            stages.insert(s.id, &s);
    }
    QVERIFY(q.exec(u"SELECT id, due_on, paid_on FROM stage"_s));
    int paid = 0;
    while (q.next()) {
        const PaymentStage *s = stages.value(q.value(0).toLongLong());
        QVERIFY(s);
        QCOMPARE(s->dueOn, QDate::fromString(q.value(1).toString(), Qt::ISODate));
        QCOMPARE(s->paidOn, q.value(2).isNull() ? QDate() : QDate::fromString(q.value(2).toString(), Qt::ISODate));
        paid += s->paidOn.isValid();
    }
    QVERIFY(paid > 0);
}

void TestReevaluation::bothRowReaders_giveTheSameFacts()
{
    // An SQLite file is read through SQLite's own API; every other driver
    // through QSqlQuery. Both must give the very same facts: here with
    // what is unusual as well (no project, a confirmed agreement, text in
    // three scripts, quotes and controls, a character outside the BMP).
    // On the server (the _pg run) only the portable reader applies: the
    // SQLite reader, asked for, refuses instead of reading.
    QCOMPARE(FactsRows::readerFor(m_db->connection()),
             test::onServer() ? FactsRows::Reader::Portable : FactsRows::Reader::SqliteApi);
    const auto clients = ClientStore(*m_db).list();
    QVERIFY2(clients, why(clients).constData());
    int n = 0;
    for (const QString &summary : {u"Дмитрий: «скидка?» ääkköset"_s, u"\"quoted\" \\ \x01\x7f\u202e"_s,
                                   QString::fromUtf16(u"\U0001F600 emoji"), QString()}) {
        Interaction i;
        i.clientId = clients->at(n % clients->size()).id;
        i.at = QDateTime(m_today.addDays(-n), QTime(7, n), QTimeZone::utc());
        i.channel = n % 2 ? Channel::Meeting : Channel::Messenger;
        i.direction = n % 2 ? Direction::Out : Direction::In;
        i.kind = InteractionKind::Agreement;
        i.summary = summary.isEmpty() ? u"-"_s : summary;
        if (n % 2)
            i.confirmedOn = m_today.addDays(-n + 1);
        QVERIFY(InteractionStore(*m_db).create(i));
        ++n;
    }
    const auto portable = loadFacts(*m_db, FactsRows::Reader::Portable);
    QVERIFY2(portable, why(portable).constData());
    if (test::onServer()) {
        const auto refused = loadFacts(*m_db, FactsRows::Reader::SqliteApi);
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"SQLite"_s), qPrintable(refused.error()));
    }
    const auto sqlite =
        loadFacts(*m_db, test::onServer() ? FactsRows::Reader::Portable : FactsRows::Reader::SqliteApi);
    QVERIFY2(sqlite, why(sqlite).constData());
    QVERIFY(portable->interactions.size() > 10);
    QCOMPARE(sqlite->interactions, portable->interactions);
    for (qsizetype i = 0; i < portable->interactions.size(); ++i)
        QCOMPARE(sqlite->interactions.at(i).at.timeSpec(), Qt::UTC);
    QCOMPARE(sqlite->clients, portable->clients);
    QCOMPARE(sqlite->projects, portable->projects);
    QCOMPARE(sqlite->promises, portable->promises);
    QCOMPARE(sqlite->observations, portable->observations);
    QVERIFY(sqlite->profile == portable->profile);
    // And both are what the stores list, record for record, so a column
    // added to a record and its store cannot be missed here.
    const auto stored = InteractionStore(*m_db).list();
    QVERIFY2(stored, why(stored).constData());
    const QList<Interaction> kept = asInFacts(*stored, *m_db);
    QCOMPARE(sqlite->interactions, kept);
    QVERIFY(kept.size() < stored->size());
    // The summaries kept are the ones the rules quote, the others are
    // dropped (the demo's log has both, with text).
    QVERIFY(std::any_of(stored->cbegin(), stored->cend(), [](const Interaction &i) {
        return !Facts::keepsSummary(i.kind) && !i.summary.isEmpty();
    }));
    QVERIFY(std::any_of(sqlite->interactions.cbegin(), sqlite->interactions.cend(), [](const Interaction &i) {
        return Facts::keepsSummary(i.kind) && !i.summary.isEmpty();
    }));
    const auto storedProjects = ProjectStore(*m_db).list();
    QVERIFY2(storedProjects, why(storedProjects).constData());
    QCOMPARE(sqlite->projects, withoutScope(*storedProjects));
    QVERIFY(std::any_of(storedProjects->cbegin(), storedProjects->cend(),
                        [](const Project &p) { return !p.stages.isEmpty() && !p.revisions.isEmpty(); }));
    // Row versions compare equal whatever their value (a form against what
    // it loaded), so they are compared on their own: a record taken from
    // the facts must save at the version it was stored at.
    for (const auto *facts : {&*sqlite, &*portable}) {
        for (qsizetype i = 0; i < kept.size(); ++i)
            QCOMPARE(facts->interactions.at(i).rowVersion.value, kept.at(i).rowVersion.value);
        for (qsizetype i = 0; i < storedProjects->size(); ++i)
            QCOMPARE(facts->projects.at(i).rowVersion.value, storedProjects->at(i).rowVersion.value);
    }
    QVERIFY(std::all_of(storedProjects->cbegin(), storedProjects->cend(),
                        [](const Project &p) { return p.rowVersion.value >= 1; }));
    QCOMPARE(RedFlagEngine::evaluate(*sqlite, m_today), RedFlagEngine::evaluate(*portable, m_today));
}

// The facts' projects leave out the scope, which no rule reads: the
// report and the calendar from them are those from the store's whole
// records on every day, also after one client's records are read again.
void TestReevaluation::projectsWithoutScope_giveTheWholeRecordsReportAndCalendar()
{
    const auto facts = Facts::load(*m_db);
    QVERIFY2(facts, why(facts).constData());
    const auto stored = ProjectStore(*m_db).list();
    QVERIFY2(stored, why(stored).constData());
    // The demo's projects have scopes, and the facts hold none of them.
    QVERIFY(std::count_if(stored->cbegin(), stored->cend(), [](const Project &p) { return !p.scope.isEmpty(); })
            >= 3);
    QVERIFY(std::all_of(facts->projects.cbegin(), facts->projects.cend(),
                        [](const Project &p) { return p.scope.isEmpty(); }));
    QCOMPARE(facts->projects, withoutScope(*stored));

    Facts whole = *facts;
    whole.projects = *stored;
    int findings = 0;
    for (QDate day = m_today.addDays(-400); day <= m_today.addDays(200); day = day.addDays(7)) {
        const QList<Finding> mine = RedFlagEngine::evaluate(*facts, day);
        compareFindings(mine, RedFlagEngine::evaluate(whole, day));
        if (QTest::currentTestFailed()) {
            qWarning() << "on" << day;
            return;
        }
        findings += int(mine.size());
        QCOMPARE(CalendarFeed::entries(*facts, day, 30), CalendarFeed::entries(whole, day, 30));
    }
    QVERIFY(findings > 0);

    const auto withScope = std::find_if(stored->cbegin(), stored->cend(),
                                        [](const Project &p) { return !p.scope.isEmpty(); });
    Facts reloaded = *facts;
    QVERIFY(reloaded.reloadClient(*m_db, withScope->clientId));
    QCOMPARE(reloaded.projects, facts->projects);
}

void TestReevaluation::stopFlag_endsEvaluationAndReadsEarly()
{
    const auto facts = Facts::load(*m_db);
    QVERIFY2(facts, why(facts).constData());
    const QList<Finding> full = RedFlagEngine::evaluate(*facts, m_today);
    QVERIFY(!full.isEmpty());

    // Not set: the same report as without a flag.
    std::atomic<bool> stop = false;
    QCOMPARE(RedFlagEngine::evaluate(*facts, m_today, stop), full);
    // Set before it starts: it returns before the first project.
    stop = true;
    QVERIFY(RedFlagEngine::evaluate(*facts, m_today, stop).isEmpty());

    // The reads of a reader connection give up once the flag is set: a
    // statement of a million steps ends with an error instead of a row.
    Database reader;
    QVERIFY(reader.open(dbPath(), Database::Access::ReadOnly).ok());
    if (test::onServer()) {
        // The progress handler is SQLite's: on a server connection it is
        // refused (false) and the reads go on.
        QVERIFY(!stopReadsWhen(reader, stop));
        SqlStatement st(reader.connection(), u"SELECT count(*) FROM client"_s);
        QVERIFY(st.exec().ok() && st.next());
        QCOMPARE(st.value(0).toInt(), facts->clients.size());
        return;
    }
    QVERIFY(stopReadsWhen(reader, stop));
    const QString longRead = u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000) "
                             u"SELECT count(*) FROM n"_s;
    {
        SqlStatement st(reader.connection(), longRead);
        const bool gaveUp = !st.exec().ok() || !st.next();
        QVERIFY(gaveUp);
    }
    stop = false;
    {
        SqlStatement st(reader.connection(), longRead);
        const auto ran = st.exec();
        QVERIFY2(ran.ok(), qPrintable(ran.error()));
        QVERIFY(st.next());
        QCOMPARE(st.value(0).toInt(), 1000000);
    }
    clearReadStop(reader);
    stop = true;
    {
        SqlStatement st(reader.connection(), u"SELECT count(*) FROM client"_s);
        QVERIFY(st.exec().ok());
    }
    // The file is as it was: the reader only read.
    QCOMPARE(Facts::load(*m_db)->clients.size(), facts->clients.size());
}


QTEST_GUILESS_MAIN(TestReevaluation)
#include "tst_reevaluation.moc"
