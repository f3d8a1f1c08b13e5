// The parts of reminders that need no bus and no window: the settings row,
// working hours as quiet hours, and which findings are announced once.
#include "core/reminders/announcements.h"
#include "core/reminders/remindersettings.h"
#include "core/reminders/seenfindings.h"
#include "core/exchange/exchange.h"
#include "core/reminders/workinghours.h"
#include "core/storage/database.h"
#include "core/storage/migrations.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace neuvo;
using namespace Qt::StringLiterals;

namespace {

template<typename R>
QByteArray why(const R &result)
{
    return result ? QByteArray() : result.error().toUtf8();
}

Finding finding(const char *rule, Severity severity, qint64 client, qint64 project, const QDate &date,
                FindingKind kind = FindingKind::Alert)
{
    Finding f;
    f.rule = QString::fromLatin1(rule);
    f.kind = kind;
    f.severity = severity;
    f.clientId = client;
    f.projectId = project;
    f.date = date;
    f.evidence = u"Evidence of %1"_s.arg(f.rule);
    return f;
}

// 2026-12-07 is a Monday.
QDateTime at(int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, day), QTime(hour, minute), Qt::UTC);
}

} // namespace

class TestReminders : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void newDatabase_hasDefaultSettingsAndACalendarIdOfItsOwn();
    void upgradeFromVersion1_addsTheRemindersTables();
    void seenFindings_upgradeBacksUpAndAddsTheTable();
    void seenFindings_keepOnlyCurrentHighFindings();
    void settings_saveAndLoad_roundTrip();
    void settings_alarmOutsideRange_refusedAndNothingChanged();

    void workingHours_dayShift_data();
    void workingHours_dayShift();
    void workingHours_nextStart_skipsTheWeekend();
    void workingHours_overMidnightAndDegenerateProfiles();

    void announceable_highAndDueItemsOnly();
    void pending_leavesOutWhatWasRecorded();
    void record_survivesReopening_andForgetsWhatIsNoLongerCurrent();
    void key_ignoresTheEvidenceText();
    void records_ruleIdsOutsideTheCatalogue();

private:
    QString path(const QString &name) const { return m_dir->filePath(name); }
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestReminders::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    const auto opened = m_db->open(path(u"reminders.sqlite"_s));
    QVERIFY2(opened, why(opened));
}

void TestReminders::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestReminders::newDatabase_hasDefaultSettingsAndACalendarIdOfItsOwn()
{
    const auto settings = ReminderSettingsStore(*m_db).load();
    QVERIFY2(settings, why(settings));
    QVERIFY(settings->desktopNotifications);
    QVERIFY(settings->quietOutsideWorkingHours);
    QVERIFY(!settings->calendarAlarmDays);
    QVERIFY2(QRegularExpression(u"^[0-9a-f]{32}$"_s).match(settings->calendarId).hasMatch(),
             qPrintable(settings->calendarId));

    Database other;
    QVERIFY(other.open(path(u"other.sqlite"_s)));
    const auto otherSettings = ReminderSettingsStore(other).load();
    QVERIFY2(otherSettings, why(otherSettings));
    QVERIFY(otherSettings->calendarId != settings->calendarId);

    // Stable: the same id after reopening.
    const QString id = settings->calendarId;
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path(u"reminders.sqlite"_s)));
    QCOMPARE(ReminderSettingsStore(*m_db).load()->calendarId, id);
}

void TestReminders::upgradeFromVersion1_addsTheRemindersTables()
{
    const QString old = test::copyFixture(u"schema-v1.sqlite"_s, m_dir->path());
    QVERIFY(!old.isEmpty());
    QCOMPARE(test::countRows(old, u"reminder_settings"_s), -1);
    Database db;
    const auto opened = db.open(old);
    QVERIFY2(opened, why(opened));
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    const auto settings = ReminderSettingsStore(db).load();
    QVERIFY2(settings, why(settings));
    QCOMPARE(settings->calendarId.size(), 32);
    QCOMPARE(test::countRows(old, u"announced_finding"_s), 0);
}

void TestReminders::seenFindings_upgradeBacksUpAndAddsTheTable()
{
    // A file at schema 5, made by the first five steps.
    const QString file = path(u"v5.sqlite"_s);
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"downgrade"_s);
        raw.setDatabaseName(file);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        for (const Migration &step : migrations()) {
            if (step.version > 5)
                break;
            for (const QString &statement : step.statements)
                QVERIFY2(q.exec(statement), qPrintable(q.lastError().text()));
        }
        QVERIFY(q.exec(u"PRAGMA user_version = 5"_s));
        q.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(u"downgrade"_s);
    QCOMPARE(test::countRows(file, u"seen_finding"_s), -1);

    Database db;
    const auto opened = db.open(file);
    QVERIFY2(opened, why(opened));
    QCOMPARE(db.schemaVersion(), latestSchemaVersion());
    QCOMPARE(test::countRows(file, u"seen_finding"_s), 0);
    // The file as it was is backed up before the step runs.
    QVERIFY2(db.migrationBackupPath().endsWith(u"-upgrade-from-v5.sqlite"_s), qPrintable(db.migrationBackupPath()));
    QCOMPARE(test::countRows(db.migrationBackupPath(), u"seen_finding"_s), -1);

    // From the oldest fixture too.
    const QString old = test::copyFixture(u"schema-v1.sqlite"_s, m_dir->path());
    QVERIFY(!old.isEmpty());
    Database upgraded;
    QVERIFY(upgraded.open(old).ok());
    QCOMPARE(test::countRows(old, u"seen_finding"_s), 0);
}

void TestReminders::seenFindings_keepOnlyCurrentHighFindings()
{
    const QDate day(2026, 12, 7);
    const Finding overdue = finding("payment_overdue", Severity::High, 1, 2, day);
    const Finding unpaidWork = finding("work_without_prepayment", Severity::High, 1, 3, day);
    const Finding warning = finding("discount_pressure", Severity::Warning, 1, 0, day);
    SeenFindings seen(*m_db);

    auto unseen = seen.unseenHigh({overdue, warning});
    QVERIFY2(unseen, why(unseen));
    QCOMPARE(unseen->size(), 1);
    QCOMPARE(unseen->first().rule, overdue.rule);
    QVERIFY(seen.recordSeen({overdue, warning}).ok());
    QCOMPARE(*seen.seenKeys(), QStringList{SeenFindings::key(overdue)});

    // The same finding with new words is not news; a new one is.
    Finding reworded = overdue;
    reworded.evidence = u"Now 3 days overdue"_s;
    unseen = seen.unseenHigh({reworded, unpaidWork});
    QVERIFY2(unseen, why(unseen));
    QCOMPARE(unseen->size(), 1);
    QCOMPARE(unseen->first().rule, unpaidWork.rule);

    // Recording forgets what is no longer current: the table never outgrows
    // the file's findings, and a finding that comes back is news again.
    QVERIFY(seen.recordSeen({unpaidWork}).ok());
    QCOMPARE(*seen.seenKeys(), QStringList{SeenFindings::key(unpaidWork)});
    QCOMPARE(seen.unseenHigh({overdue})->size(), 1);

    // Adopted keys (from older desktop settings) count as seen until the
    // next record drops the ones no longer current.
    QVERIFY(seen.adopt({SeenFindings::key(overdue), SeenFindings::key(unpaidWork)}).ok());
    QVERIFY(seen.unseenHigh({overdue, unpaidWork})->isEmpty());
    QVERIFY(seen.recordSeen({overdue}).ok());
    QCOMPARE(*seen.seenKeys(), QStringList{SeenFindings::key(overdue)});

    // markSeen() answers what unseenHigh() answered before the record (a
    // repeated finding listed again) and leaves what recordSeen() leaves.
    auto marked = seen.markSeen({unpaidWork, warning, unpaidWork, overdue});
    QVERIFY2(marked, why(marked));
    QCOMPARE(*marked, (QList<Finding>{unpaidWork, unpaidWork}));
    QStringList both{SeenFindings::key(overdue), SeenFindings::key(unpaidWork)};
    both.sort();
    QCOMPARE(*seen.seenKeys(), both);
    marked = seen.markSeen({unpaidWork});
    QVERIFY2(marked, why(marked));
    QVERIFY(marked->isEmpty());
    QCOMPARE(*seen.seenKeys(), QStringList{SeenFindings::key(unpaidWork)});
    // The key: rule, client, project and day.
    QCOMPARE(SeenFindings::key(overdue), u"payment_overdue|1|2|2026-12-07"_s);

    // It is about this desktop's banner, not a record: export leaves it out.
    const auto json = Exchange::exportJson(*m_db);
    QVERIFY2(json, why(json));
    QVERIFY(!json->contains("payment_overdue|"));
}

void TestReminders::settings_saveAndLoad_roundTrip()
{
    ReminderSettingsStore store(*m_db);
    ReminderSettings s = *store.load();
    const QString id = s.calendarId;
    s.desktopNotifications = false;
    s.quietOutsideWorkingHours = false;
    s.calendarAlarmDays = 2;
    s.calendarId = u"ffffffffffffffffffffffffffffffff"_s; // not stored: the id never changes
    QVERIFY2(store.save(s), why(store.save(s)));
    const auto loaded = store.load();
    QVERIFY(!loaded->desktopNotifications);
    QVERIFY(!loaded->quietOutsideWorkingHours);
    QCOMPARE(loaded->calendarAlarmDays, std::optional<int>(2));
    QCOMPARE(loaded->calendarId, id);

    s.calendarAlarmDays = std::nullopt;
    QVERIFY(store.save(s));
    QVERIFY(!store.load()->calendarAlarmDays);
    s.calendarAlarmDays = 0; // on the day
    QVERIFY(store.save(s));
    QCOMPARE(store.load()->calendarAlarmDays, std::optional<int>(0));
}

void TestReminders::settings_alarmOutsideRange_refusedAndNothingChanged()
{
    ReminderSettingsStore store(*m_db);
    ReminderSettings s = *store.load();
    const ReminderSettings before = s;
    s.desktopNotifications = false;
    s.calendarAlarmDays = ReminderSettings::MaxAlarmDays + 1;
    const auto saved = store.save(s);
    QVERIFY(!saved);
    QVERIFY2(saved.error().contains(u"Calendar reminder"_s), qPrintable(saved.error()));
    QCOMPARE(*store.load(), before);
}

void TestReminders::workingHours_dayShift_data()
{
    QTest::addColumn<QDateTime>("when");
    QTest::addColumn<bool>("working");
    QTest::addColumn<QDateTime>("nextStart");
    QTest::newRow("Monday 08:59") << at(7, 8, 59) << false << at(7, 9);
    QTest::newRow("Monday 09:00") << at(7, 9) << true << at(7, 9);
    QTest::newRow("Monday 16:59") << at(7, 16, 59) << true << at(7, 16, 59);
    QTest::newRow("Monday 17:00") << at(7, 17) << false << at(8, 9);
    QTest::newRow("Tuesday 00:00") << at(8, 0) << false << at(8, 9);
    QTest::newRow("Friday 17:30") << at(11, 17, 30) << false << at(14, 9);
    QTest::newRow("Saturday noon") << at(12, 12) << false << at(14, 9);
}

void TestReminders::workingHours_dayShift()
{
    QFETCH(QDateTime, when);
    QFETCH(bool, working);
    QFETCH(QDateTime, nextStart);
    Profile p; // 09:00–17:00, Monday to Friday
    const WorkingHours hours(p);
    QCOMPARE(hours.contains(when), working);
    QCOMPARE(hours.nextStart(when), nextStart);
}

void TestReminders::workingHours_nextStart_skipsTheWeekend()
{
    Profile p;
    p.workDays = 0b0000001; // Mondays only
    p.workStart = QTime(10, 30);
    p.workEnd = QTime(12, 0);
    const WorkingHours hours(p);
    QCOMPARE(hours.nextStart(at(7, 12)), at(14, 10, 30));
    QCOMPARE(hours.nextStart(at(9, 10, 45)), at(14, 10, 30));
}

void TestReminders::workingHours_overMidnightAndDegenerateProfiles()
{
    Profile night;
    night.workStart = QTime(22, 0);
    night.workEnd = QTime(2, 0);
    night.workDays = 0b0000001; // the night from Monday to Tuesday
    const WorkingHours nights(night);
    QVERIFY(nights.contains(at(7, 23)));
    QVERIFY(nights.contains(at(8, 1, 59)));
    QVERIFY(!nights.contains(at(8, 2)));
    QVERIFY(!nights.contains(at(7, 1))); // the early hours after Sunday
    QCOMPARE(nights.nextStart(at(8, 12)), at(14, 22));

    Profile allDay;
    allDay.workStart = QTime(9, 0);
    allDay.workEnd = QTime(9, 0);
    QVERIFY(WorkingHours(allDay).contains(at(7, 3)));
    QVERIFY(!WorkingHours(allDay).contains(at(12, 3)));
    QCOMPARE(WorkingHours(allDay).nextStart(at(12, 3)), at(14, 0));

    // No working days at all would hold every notification forever.
    Profile none;
    none.workDays = 0;
    QVERIFY(WorkingHours(none).contains(at(12, 3)));
}

void TestReminders::announceable_highAndDueItemsOnly()
{
    const QDate d(2026, 12, 9);
    QVERIFY(Announcements::isAnnounceable(finding("stage_due_soon", Severity::Info, 1, 2, d)));
    QVERIFY(Announcements::isAnnounceable(finding("promise_due", Severity::Warning, 1, 0, d)));
    QVERIFY(Announcements::isAnnounceable(finding("payment_overdue", Severity::Warning, 1, 2, d, FindingKind::Flag)));
    QVERIFY(Announcements::isAnnounceable(finding("free_work_seeker", Severity::High, 1, 0, d, FindingKind::Flag)));
    QVERIFY(!Announcements::isAnnounceable(finding("below_floor_rate", Severity::Warning, 1, 2, d)));
    QVERIFY(!Announcements::isAnnounceable(finding("discount_pressure", Severity::Warning, 1, 0, d, FindingKind::Flag)));
}

void TestReminders::pending_leavesOutWhatWasRecorded()
{
    const QDate d(2026, 12, 9);
    const QList<Finding> findings = {
        finding("stage_due_soon", Severity::Info, 1, 2, d),
        finding("below_floor_rate", Severity::Warning, 1, 2, d),
        finding("promise_due", Severity::Warning, 3, 0, d.addDays(-1)),
    };
    Announcements a(*m_db);
    auto round = a.round(findings);
    QVERIFY2(round, why(round));
    QCOMPARE(round->pending.size(), 2);
    QCOMPARE(round->pendingFindings().at(0).rule, u"stage_due_soon"_s);
    QCOMPARE(round->pendingFindings().at(1).rule, u"promise_due"_s);

    QVERIFY(a.record(*round, {round->pending.at(0)}, at(7, 9)));
    round = a.round(findings);
    QCOMPARE(round->pending.size(), 1);
    QCOMPARE(round->pendingFindings().at(0).rule, u"promise_due"_s);
    QCOMPARE(test::countRows(path(u"reminders.sqlite"_s), u"announced_finding"_s), 1);
}

void TestReminders::record_survivesReopening_andForgetsWhatIsNoLongerCurrent()
{
    const QDate d(2026, 12, 9);
    const Finding stage = finding("stage_due_soon", Severity::Info, 1, 2, d);
    const Finding promise = finding("promise_due", Severity::Warning, 3, 0, d);
    {
        Announcements a(*m_db);
        const auto round = a.round({stage, promise});
        QVERIFY2(round, why(round));
        QVERIFY(a.record(*round, round->pending, at(7, 9)));
    }
    m_db = std::make_unique<Database>();
    QVERIFY(m_db->open(path(u"reminders.sqlite"_s)));
    Announcements a(*m_db);
    QVERIFY(a.round({stage, promise})->pending.isEmpty());

    // The promise was kept: its record goes, so a promise made again (the
    // same day, reopened) is news.
    QVERIFY(a.record(*a.round({stage}), {}, at(7, 10)));
    QCOMPARE(*a.recordedKeys(), QStringList{Announcements::key(stage)});
    QCOMPARE(a.round({stage, promise})->pending.size(), 1);
}

void TestReminders::key_ignoresTheEvidenceText()
{
    Finding a = finding("stage_due_soon", Severity::Info, 1, 2, QDate(2026, 12, 9));
    Finding b = a;
    b.evidence = u"Stage 1: 100.00 EUR is due 2026-12-09, in 2 days"_s;
    QCOMPARE(Announcements::key(a), Announcements::key(b));
    b.date = b.date.addDays(1); // a new due date is a new thing to announce
    QVERIFY(Announcements::key(a) != Announcements::key(b));
}

void TestReminders::records_ruleIdsOutsideTheCatalogue()
{
    // A finding's rule is kept as a number, but the records store its text:
    // a key naming a rule this version does not have (an older or newer
    // version's) is kept until the next record drops it, as any key no
    // longer current, and a finding whose rule is outside the catalogue
    // matches its recorded key.
    const QDate day(2026, 12, 7);
    const Finding overdue = finding("payment_overdue", Severity::High, 1, 2, day);
    const Finding unknown = finding("rule_of_a_later_version", Severity::High, 1, 2, day);
    QVERIFY(!unknown.rule.isCatalogued());
    QCOMPARE(SeenFindings::key(unknown), u"rule_of_a_later_version|1|2|2026-12-07"_s);
    QCOMPARE(Announcements::key(unknown), SeenFindings::key(unknown));
    QCOMPARE(SeenFindings::key(overdue), u"payment_overdue|1|2|2026-12-07"_s);

    SeenFindings seen(*m_db);
    const QString retired = u"retired_rule|1|2|2026-12-07"_s;
    QVERIFY(seen.adopt({retired, SeenFindings::key(unknown)}).ok());
    QStringList both{retired, SeenFindings::key(unknown)};
    both.sort();
    QCOMPARE(*seen.seenKeys(), both);
    // The recorded key of the unknown rule matches its finding; the known
    // rule with the same client, project and day is news.
    auto unseen = seen.unseenHigh({unknown, overdue});
    QVERIFY2(unseen, why(unseen));
    QCOMPARE(*unseen, QList<Finding>{overdue});
    QVERIFY(seen.recordSeen({unknown, overdue}).ok());
    QStringList current{SeenFindings::key(unknown), SeenFindings::key(overdue)};
    current.sort();
    QCOMPARE(*seen.seenKeys(), current);
}

QTEST_GUILESS_MAIN(TestReminders)
#include "tst_reminders.moc"
