// The calendar feed: which records become events, and the iCalendar text,
// read back by two parsers that did not write it the same way: libical's
// own parser, and Python's icalendar (Debian python3-icalendar).
#include "core/exchange/demodata.h"
#include "core/reminders/calendarfeed.h"
#include "core/reminders/remindersettings.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"

#include <libical/ical.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace neuvo;
using namespace Qt::StringLiterals;

namespace {

template<typename R>
QByteArray why(const R &result)
{
    return result ? QByteArray() : result.error().toUtf8();
}

const QDate kToday(2026, 12, 7); // a Monday
const QString kCalendarId = u"0123456789abcdef0123456789abcdef"_s;

struct IcalDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Ical = std::unique_ptr<icalcomponent, IcalDeleter>;

Ical parse(const QByteArray &text)
{
    return Ical(icalparser_parse_string(text.constData()));
}

QList<icalcomponent *> events(icalcomponent *calendar)
{
    QList<icalcomponent *> list;
    for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
        list << e;
    return list;
}

QString text(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QDate dateOf(const icaltimetype &t)
{
    return QDate(t.year, t.month, t.day);
}

PaymentStage stage(qint64 id, int position, qint64 amount, const QDate &due, qint64 paid = 0)
{
    PaymentStage s;
    s.id = id;
    s.position = position;
    s.title = u"Stage %1"_s.arg(position);
    s.amountMinor = amount;
    s.dueOn = due;
    s.paidMinor = paid;
    return s;
}

// One of everything, and the records that must not become events beside them.
Facts scenario()
{
    Facts f;
    Client finnish;
    finnish.id = 1;
    finnish.name = u"Äänekosken Öljy ja Sähkö Oy"_s;
    finnish.status = ClientStatus::Active;
    Client declined;
    declined.id = 2;
    declined.name = u"Declined Co"_s;
    declined.status = ClientStatus::Declined;
    Client russian;
    russian.id = 3;
    russian.name = u"Дмитрий Соколов"_s;
    russian.status = ClientStatus::Active;
    f.clients = {finnish, declined, russian};

    Project running;
    running.id = 10;
    running.clientId = 1;
    running.title = u"Verkkokauppa"_s;
    running.status = ProjectStatus::InProgress;
    running.currency = u"EUR"_s;
    running.deadline = kToday.addDays(20);
    running.internalMarginDays = 3;
    running.contractDate = kToday.addMonths(-6).addDays(12);
    running.contractTermMonths = 6;
    running.stages = {
        stage(101, 1, 100000, kToday.addDays(-10), 100000), // paid: no event
        stage(102, 2, 100000, kToday.addDays(5)),
        stage(103, 3, 100000, kToday.addDays(40), 40000),   // partly paid
        stage(104, 4, 100000, QDate()),                     // no due date: no event
    };
    PriceChange unannounced;
    unannounced.id = 201;
    unannounced.projectId = 10;
    unannounced.effectiveOn = kToday.addDays(60);
    unannounced.newPriceMinor = 500000;
    PriceChange announced = unannounced;
    announced.id = 202;
    announced.effectiveOn = kToday.addDays(90);
    announced.announcedOn = kToday.addDays(-1);
    running.priceChanges = {unannounced, announced};

    Project lead;
    lead.id = 11;
    lead.clientId = 1;
    lead.title = u"Uusi esite"_s;
    lead.status = ProjectStatus::Lead;
    lead.deadline = kToday.addDays(10); // a lead's deadline is still a deadline
    lead.stages = {stage(111, 1, 50000, kToday.addDays(3))}; // a proposal: nothing due

    Project ofDeclined;
    ofDeclined.id = 12;
    ofDeclined.clientId = 2;
    ofDeclined.title = u"Never mind"_s;
    ofDeclined.status = ProjectStatus::InProgress;
    ofDeclined.deadline = kToday.addDays(4);
    ofDeclined.stages = {stage(121, 1, 50000, kToday.addDays(2))};

    Project delivered;
    delivered.id = 13;
    delivered.clientId = 3;
    delivered.title = u"Лендинг"_s;
    delivered.status = ProjectStatus::Delivered;
    delivered.currency = u"RUB"_s;
    delivered.deadline = kToday.addDays(1);
    delivered.deliveredOn = kToday.addDays(-1);
    delivered.stages = {stage(131, 1, 2700000, kToday.addDays(7))};
    f.projects = {running, lead, ofDeclined, delivered};

    Promise open;
    open.id = 301;
    open.clientId = 3;
    open.projectId = 13;
    open.what = u"Прислать бриф во вторник"_s;
    open.dueOn = kToday.addDays(1);
    Promise kept = open;
    kept.id = 302;
    kept.doneOn = kToday;
    Promise far = open;
    far.id = 303;
    far.dueOn = kToday.addDays(500);
    Promise forDeclined = open;
    forDeclined.id = 304;
    forDeclined.clientId = 2;
    forDeclined.projectId = 0;
    f.promises = {open, kept, far, forDeclined};

    Interaction brief;
    brief.id = 401;
    brief.clientId = 1;
    brief.projectId = 11;
    brief.at = QDateTime(kToday.addDays(-2), QTime(10, 0), Qt::UTC);
    brief.direction = Direction::Out;
    brief.kind = InteractionKind::BriefSent;
    Interaction answered = brief; // a brief the client answered: no reminder
    answered.id = 402;
    answered.clientId = 3;
    answered.projectId = 0;
    Interaction reply;
    reply.id = 403;
    reply.clientId = 3;
    reply.at = answered.at.addDays(1);
    reply.direction = Direction::In;
    f.interactions = {brief, answered, reply};
    return f;
}

CalendarFeed::Options options(const QDateTime &stamp = QDateTime(kToday, QTime(6, 0), Qt::UTC))
{
    CalendarFeed::Options o;
    o.calendarId = kCalendarId;
    o.stampUtc = stamp;
    o.calendarName = u"Neuvo"_s;
    return o;
}

// The physical lines of an iCalendar text (CRLF-separated).
QList<QByteArray> physicalLines(const QByteArray &ics)
{
    QList<QByteArray> lines = ics.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    if (!lines.isEmpty() && lines.constLast().isEmpty())
        lines.removeLast();
    return lines;
}

} // namespace

class TestCalendarFeed : public QObject
{
    Q_OBJECT

private slots:
    void entries_oneForEachDueItem_andNoneForWhatIsSettled();
    void entries_windowIsFromInclusiveToExclusive();
    void entries_textsNameAmountProjectAndClient();
    void entries_rollingContractAndPriceCut_asTheEngineReadsThem();

    void ics_parsesWithLibical_oneAllDayEventPerEntry();
    void ics_uidsStableAcrossRuns_andUniqueToTheDatabase();
    void ics_foldsAt75OctetsWithoutSplittingACharacter_data();
    void ics_foldsAt75OctetsWithoutSplittingACharacter();
    void ics_escapesTextValues();
    void ics_alarmsAtTheStartOfTheWorkingDay();

    void demoDatabase_parsesWithPythonIcalendar_oneEventPerDueItem();

private:
    QTemporaryDir m_dir;
};

void TestCalendarFeed::entries_oneForEachDueItem_andNoneForWhatIsSettled()
{
    const auto list = CalendarFeed::entries(scenario(), kToday.addDays(-30), 395);
    QStringList keys;
    for (const CalendarEntry &e : list)
        keys << e.key;
    // Soonest first; the day of each follows from scenario().
    const QList<QPair<QString, QDate>> wanted = {
        {u"promise-301"_s, kToday.addDays(1)},
        {u"stage-102"_s, kToday.addDays(5)},
        {u"brief-401"_s, kToday.addDays(5)},   // sent two days ago + 7
        {u"stage-131"_s, kToday.addDays(7)},   // delivered, still owed
        {u"deadline-11"_s, kToday.addDays(10)},
        {u"renewal-10"_s, kToday.addDays(12)},
        {u"internal-deadline-10"_s, kToday.addDays(17)},
        {u"deadline-10"_s, kToday.addDays(20)},
        {u"price-notice-201"_s, kToday.addDays(30)}, // 30 days of notice
        {u"stage-103"_s, kToday.addDays(40)},
        {u"price-change-201"_s, kToday.addDays(60)},
        {u"price-change-202"_s, kToday.addDays(90)},
    };
    QStringList wantedKeys;
    for (const auto &[key, date] : wanted)
        wantedKeys << key;
    // Within a day, entries are ordered by kind.
    QCOMPARE(QSet<QString>(keys.cbegin(), keys.cend()), QSet<QString>(wantedKeys.cbegin(), wantedKeys.cend()));
    QCOMPARE(list.size(), wanted.size());
    for (const CalendarEntry &e : list) {
        for (const auto &[key, date] : wanted) {
            if (key == e.key)
                QCOMPARE(e.date, date);
        }
    }
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY(list.at(i - 1).date <= list.at(i).date);
}

void TestCalendarFeed::entries_rollingContractAndPriceCut_asTheEngineReadsThem()
{
    // Signed two and a half years ago for six months and renewed since:
    // the current term ends in 12 days. A planned price cut needs no notice.
    Facts f = scenario();
    Project &running = f.projects[0];
    QCOMPARE(running.id, 10);
    running.contractDate = kToday.addMonths(-30).addDays(12);
    running.basePriceMinor = 600000; // 201 lowers it to 5 000.00
    QStringList keys;
    QDate renewal;
    for (const CalendarEntry &e : CalendarFeed::entries(f, kToday, 395)) {
        keys << e.key;
        if (e.key == u"renewal-10"_s)
            renewal = e.date;
    }
    QCOMPARE(renewal, kToday.addDays(12));
    QVERIFY2(!keys.contains(u"price-notice-201"_s), qPrintable(keys.join(u", "_s)));
    QVERIFY(keys.contains(u"price-change-201"_s));
}

void TestCalendarFeed::entries_windowIsFromInclusiveToExclusive()
{
    const Facts facts = scenario();
    // stage-102 is due on day 5, stage-131 on day 7.
    auto keysOf = [&](const QDate &from, int days) {
        QStringList keys;
        for (const CalendarEntry &e : CalendarFeed::entries(facts, from, days))
            keys << e.key;
        return keys;
    };
    QVERIFY(keysOf(kToday.addDays(5), 1).contains(u"stage-102"_s));
    QVERIFY(!keysOf(kToday.addDays(5), 1).contains(u"stage-131"_s));
    QVERIFY(!keysOf(kToday, 5).contains(u"stage-102"_s));
    QVERIFY(keysOf(kToday, 6).contains(u"stage-102"_s));
    QVERIFY(keysOf(kToday.addDays(6), 0).isEmpty());
}

void TestCalendarFeed::entries_textsNameAmountProjectAndClient()
{
    const auto list = CalendarFeed::entries(scenario(), kToday, 100);
    const auto find = [&](const QString &key) {
        for (const CalendarEntry &e : list) {
            if (e.key == key)
                return e;
        }
        return CalendarEntry();
    };
    const CalendarEntry stage = find(u"stage-103"_s);
    // What is still open; a no-break space keeps amount and currency together.
    QVERIFY2(stage.summary.contains(u"600.00\u00a0EUR"_s), qPrintable(stage.summary));
    QVERIFY(stage.summary.contains(u"Verkkokauppa"_s));
    QVERIFY(stage.summary.contains(u"Äänekosken Öljy ja Sähkö Oy"_s));
    QVERIFY2(stage.description.contains(u"400.00\u00a0EUR of 1,000.00\u00a0EUR is paid"_s), qPrintable(stage.description));
    QCOMPARE(stage.clientId, 1);
    QCOMPARE(stage.projectId, 10);

    const CalendarEntry promise = find(u"promise-301"_s);
    QVERIFY(promise.summary.contains(u"Дмитрий Соколов"_s));
    QVERIFY(promise.summary.contains(u"Прислать бриф во вторник"_s));
    QCOMPARE(promise.projectId, 13);

    const CalendarEntry notice = find(u"price-notice-201"_s);
    QVERIFY2(notice.description.contains(u"5,000.00\u00a0EUR"_s), qPrintable(notice.description));
    QVERIFY(notice.description.contains(u"30 days"_s));
}

void TestCalendarFeed::ics_parsesWithLibical_oneAllDayEventPerEntry()
{
    const auto list = CalendarFeed::entries(scenario(), kToday.addDays(-30), 395);
    const auto ics = CalendarFeed::toICalendar(list, options());
    QVERIFY2(ics, why(ics));
    QVERIFY(ics->startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics->endsWith("END:VCALENDAR\r\n"));
    QByteArray bare = *ics;
    QVERIFY(!bare.replace("\r\n", "").contains('\n')); // every line ends in CRLF

    const Ical calendar = parse(*ics);
    QVERIFY(calendar);
    QCOMPARE(icalcomponent_isa(calendar.get()), ICAL_VCALENDAR_COMPONENT);
    QCOMPARE(icalcomponent_count_errors(calendar.get()), 0);
    const auto parsed = events(calendar.get());
    QCOMPARE(parsed.size(), list.size());
    for (int i = 0; i < parsed.size(); ++i) {
        icalcomponent *event = parsed.at(i);
        const CalendarEntry &entry = list.at(i);
        QCOMPARE(text(icalcomponent_get_uid(event)), CalendarFeed::uid(entry, kCalendarId));
        QCOMPARE(text(icalcomponent_get_summary(event)), entry.summary);
        QCOMPARE(text(icalcomponent_get_description(event)), entry.description);
        const icaltimetype start = icalcomponent_get_dtstart(event);
        const icaltimetype end = icalcomponent_get_dtend(event);
        QVERIFY(start.is_date);
        QVERIFY(end.is_date);
        QCOMPARE(dateOf(start), entry.date);
        QCOMPARE(dateOf(end), entry.date.addDays(1));
        QVERIFY(icalcomponent_get_first_property(event, ICAL_DTSTAMP_PROPERTY));
        QVERIFY(!icalcomponent_get_first_component(event, ICAL_VALARM_COMPONENT));
    }
    // All-day dates are written as such, not as midnight in some zone.
    QVERIFY(ics->contains("DTSTART;VALUE=DATE:" + kToday.addDays(1).toString(u"yyyyMMdd"_s).toLatin1()));
}

void TestCalendarFeed::ics_uidsStableAcrossRuns_andUniqueToTheDatabase()
{
    const Facts facts = scenario();
    const auto uids = [&](const CalendarFeed::Options &o) {
        QStringList list;
        const Ical calendar = parse(*CalendarFeed::toICalendar(CalendarFeed::entries(facts, kToday, 100), o));
        for (icalcomponent *e : events(calendar.get()))
            list << text(icalcomponent_get_uid(e));
        return list;
    };
    const QStringList first = uids(options(QDateTime(kToday, QTime(6, 0), Qt::UTC)));
    const QStringList second = uids(options(QDateTime(kToday.addDays(1), QTime(6, 0), Qt::UTC)));
    QVERIFY(!first.isEmpty());
    QCOMPARE(second, first);
    QCOMPARE(QSet<QString>(first.cbegin(), first.cend()).size(), first.size()); // unique in the feed

    // A stage whose amount and date change keeps its UID: the calendar
    // updates the event.
    Facts edited = facts;
    edited.projects[0].stages[1].dueOn = kToday.addDays(8);
    edited.projects[0].stages[1].amountMinor = 120000;
    const Ical calendar = parse(*CalendarFeed::toICalendar(CalendarFeed::entries(edited, kToday, 100), options()));
    QStringList editedUids;
    for (icalcomponent *e : events(calendar.get()))
        editedUids << text(icalcomponent_get_uid(e));
    QCOMPARE(QSet<QString>(editedUids.cbegin(), editedUids.cend()), QSet<QString>(first.cbegin(), first.cend()));

    CalendarFeed::Options other = options();
    other.calendarId = u"fedcba9876543210fedcba9876543210"_s;
    for (const QString &uid : uids(other))
        QVERIFY(!first.contains(uid));
}

void TestCalendarFeed::ics_foldsAt75OctetsWithoutSplittingACharacter_data()
{
    QTest::addColumn<QString>("summary");
    QTest::addColumn<QString>("description");
    QTest::newRow("Finnish") << u"Lupaus: Lähetä päivitetty hinnoittelu- ja aikataulusuunnitelma Äänekosken "
                                "Öljy ja Sähkö Oy:n hallitukselle ennen syyskokousta"_s
                             << u"Ääkkösiä: äöåÄÖÅ äöåÄÖÅ äöåÄÖÅ äöåÄÖÅ äöåÄÖÅ äöåÄÖÅ äöåÄÖÅ äöåÄÖÅ äöåÄÖÅ "
                                "äöåÄÖÅ. Toinen rivi: maksu erääntyy, ehdot; puolipiste."_s;
    QTest::newRow("Russian") << u"Обещание: прислать обновлённый бриф и смету «Дмитрию Соколову» до вторника, "
                                "как договорились по телефону"_s
                             << u"Кириллица без пробелов: ЖжЗзИиЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЪъЫыЬьЭэЮюЯя"
                                "ЖжЗзИиЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЪъЫыЬьЭэЮюЯя"_s;
    // Three- and four-byte sequences at every offset.
    QTest::newRow("euro and emoji") << QString(u"€"_s).repeated(40) << QString(u"😀x"_s).repeated(30);
}

void TestCalendarFeed::ics_foldsAt75OctetsWithoutSplittingACharacter()
{
    QFETCH(QString, summary);
    QFETCH(QString, description);
    CalendarEntry entry;
    entry.kind = CalendarEntry::Kind::Promise;
    entry.key = u"promise-1"_s;
    entry.date = kToday;
    entry.summary = summary;
    entry.description = description;
    CalendarFeed::Options o = options();
    o.alarmDays = 1; // the alarm repeats the summary: another long line
    const auto ics = CalendarFeed::toICalendar({entry}, o);
    QVERIFY2(ics, why(ics));

    bool folded = false;
    for (const QByteArray &line : physicalLines(*ics)) {
        QVERIFY2(line.size() <= 75, line.constData());
        // Each physical line on its own is valid UTF-8: no character was
        // cut in two by a fold.
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = decoder(line);
        QVERIFY2(!decoder.hasError(), line.toHex().constData());
        Q_UNUSED(decoded);
        folded = folded || line.startsWith(' ');
    }
    QVERIFY(folded);

    // Unfolded by a parser, the text is exactly what went in.
    const Ical calendar = parse(*ics);
    const auto parsed = events(calendar.get());
    QCOMPARE(parsed.size(), 1);
    QCOMPARE(text(icalcomponent_get_summary(parsed.first())), summary);
    QCOMPARE(text(icalcomponent_get_description(parsed.first())), description);
}

void TestCalendarFeed::ics_escapesTextValues()
{
    CalendarEntry entry;
    entry.key = u"promise-2"_s;
    entry.date = kToday;
    entry.summary = u"Terms; price, and a backslash \\ here"_s;
    entry.description = u"First line\nSecond line, with a comma; and a semicolon"_s;
    const auto ics = CalendarFeed::toICalendar({entry}, options());
    QVERIFY2(ics, why(ics));
    const QByteArray unfolded = QByteArray(*ics).replace("\r\n ", "");
    QVERIFY2(unfolded.contains("SUMMARY:Terms\\; price\\, and a backslash \\\\ here\r\n"), unfolded.constData());
    QVERIFY2(unfolded.contains("DESCRIPTION:First line\\nSecond line\\, with a comma\\; and a semicolon\r\n"),
             unfolded.constData());
    const Ical calendar = parse(*ics);
    QCOMPARE(text(icalcomponent_get_summary(events(calendar.get()).first())), entry.summary);
    QCOMPARE(text(icalcomponent_get_description(events(calendar.get()).first())), entry.description);
}

void TestCalendarFeed::ics_alarmsAtTheStartOfTheWorkingDay()
{
    CalendarEntry entry;
    entry.key = u"stage-1"_s;
    entry.date = kToday;
    entry.summary = u"Payment due"_s;
    const auto triggerOf = [&](std::optional<int> days, const QTime &at) -> std::optional<int> {
        CalendarFeed::Options o = options();
        o.alarmDays = days;
        o.alarmTime = at;
        const Ical calendar = parse(*CalendarFeed::toICalendar({entry}, o));
        icalcomponent *alarm = icalcomponent_get_first_component(events(calendar.get()).first(),
                                                                 ICAL_VALARM_COMPONENT);
        if (!alarm)
            return std::nullopt;
        icalproperty *action = icalcomponent_get_first_property(alarm, ICAL_ACTION_PROPERTY);
        if (!action || icalproperty_get_action(action) != ICAL_ACTION_DISPLAY)
            return std::nullopt;
        const icaltriggertype trigger =
            icalproperty_get_trigger(icalcomponent_get_first_property(alarm, ICAL_TRIGGER_PROPERTY));
        return icaldurationtype_as_int(trigger.duration);
    };
    QCOMPARE(triggerOf(std::nullopt, QTime(9, 0)), std::nullopt);
    QCOMPARE(triggerOf(0, QTime(9, 0)), std::optional<int>(9 * 3600));           // 09:00 on the day
    QCOMPARE(triggerOf(1, QTime(9, 0)), std::optional<int>(-15 * 3600));         // 09:00 the day before
    QCOMPARE(triggerOf(7, QTime(8, 30)), std::optional<int>(-7 * 86400 + 8 * 3600 + 1800));
}

void TestCalendarFeed::demoDatabase_parsesWithPythonIcalendar_oneEventPerDueItem()
{
    const QString file = m_dir.filePath(u"demo.sqlite"_s);
    Database db;
    QVERIFY(db.open(file));
    QVERIFY(DemoData::fill(db, kToday));
    ReminderSettings settings = *ReminderSettingsStore(db).load();
    settings.calendarAlarmDays = 1;
    QVERIFY(ReminderSettingsStore(db).save(settings));

    const QDate from = kToday.addDays(-CalendarFeed::DefaultPastDays);
    const auto ics = CalendarFeed::forDatabase(db, from, CalendarFeed::DefaultDays,
                                               QDateTime(kToday, QTime(6, 0), Qt::UTC));
    QVERIFY2(ics, why(ics));
    const QString icsPath = m_dir.filePath(u"demo.ics"_s);
    {
        QFile out(icsPath);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(*ics);
    }

    QProcess python;
    python.start(QStringLiteral(NEUVO_DEBIAN_PYTHON3), {QStringLiteral(NEUVO_ICS_CHECK), icsPath});
    QVERIFY2(python.waitForFinished(60000), "python3 did not finish");
    const QByteArray err = python.readAllStandardError();
    QVERIFY2(python.exitStatus() == QProcess::NormalExit && python.exitCode() == 0, err.constData());
    QJsonParseError parseError;
    const QJsonObject result = QJsonDocument::fromJson(python.readAllStandardOutput(), &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(result[u"calendar"_s][u"version"_s].toString(), u"2.0"_s);
    QCOMPARE(result[u"calendar"_s][u"name"_s].toString(), u"Neuvo"_s);
    const QJsonArray parsed = result[u"events"_s].toArray();

    // One event per due item, counted from the database on the rules the
    // feed states: unpaid stages with a due date of agreed, in-progress and
    // delivered projects, and promises not kept, within the window.
    const QDate until = from.addDays(CalendarFeed::DefaultDays);
    const auto inWindow = [&](const QDate &d) { return d.isValid() && d >= from && d < until; };
    QSet<qint64> declined;
    for (const Client &c : *ClientStore(db).list()) {
        if (c.status == ClientStatus::Declined)
            declined.insert(c.id);
    }
    QSet<QString> stageUids;
    for (const Project &p : *ProjectStore(db).list()) {
        const bool owed = p.status == ProjectStatus::Agreed || p.status == ProjectStatus::InProgress
            || p.status == ProjectStatus::Delivered;
        for (const PaymentStage &s : p.stages) {
            if (owed && !declined.contains(p.clientId) && s.paidMinor < s.amountMinor && inWindow(s.dueOn))
                stageUids.insert(u"neuvo-%1-stage-%2"_s.arg(settings.calendarId).arg(s.id));
        }
    }
    QSet<QString> promiseUids;
    for (const Promise &pr : *PromiseStore(db).list()) {
        if (!pr.doneOn.isValid() && !declined.contains(pr.clientId) && inWindow(pr.dueOn))
            promiseUids.insert(u"neuvo-%1-promise-%2"_s.arg(settings.calendarId).arg(pr.id));
    }
    QVERIFY(!stageUids.isEmpty());
    QVERIFY(!promiseUids.isEmpty());

    const Facts facts = *Facts::load(db);
    const auto entries = CalendarFeed::entries(facts, from, CalendarFeed::DefaultDays);
    QCOMPARE(parsed.size(), entries.size());
    QSet<QString> uids;
    for (int i = 0; i < parsed.size(); ++i) {
        const QJsonObject event = parsed.at(i).toObject();
        const CalendarEntry &entry = entries.at(i);
        uids.insert(event[u"uid"_s].toString());
        QCOMPARE(event[u"uid"_s].toString(), CalendarFeed::uid(entry, settings.calendarId));
        QCOMPARE(event[u"summary"_s].toString(), entry.summary);
        QCOMPARE(event[u"description"_s].toString(), entry.description);
        QVERIFY(event[u"all_day"_s].toBool());
        QCOMPARE(event[u"start"_s].toString(), entry.date.toString(Qt::ISODate));
        QCOMPARE(event[u"end"_s].toString(), entry.date.addDays(1).toString(Qt::ISODate));
        // The profile's working day starts at 09:00: 09:00 the day before.
        QCOMPARE(event[u"alarms"_s].toArray(), QJsonArray{-15 * 3600});
    }
    QCOMPARE(uids.size(), parsed.size());
    QVERIFY(uids.contains(stageUids));
    QVERIFY(uids.contains(promiseUids));
    int stageEvents = 0;
    int promiseEvents = 0;
    for (const QString &uid : std::as_const(uids)) {
        stageEvents += uid.contains(u"-stage-"_s);
        promiseEvents += uid.contains(u"-promise-"_s);
    }
    QCOMPARE(stageEvents, stageUids.size());
    QCOMPARE(promiseEvents, promiseUids.size());
}

QTEST_GUILESS_MAIN(TestCalendarFeed)
#include "tst_calendarfeed.moc"
