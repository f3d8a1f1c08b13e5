// neuvo-cli's reminders: `ics` on the demo data read back by Python's
// icalendar, `alerts --notify` against a fake notification service on a
// private session bus (CTest runs this in dbus-run-session), and the
// reminder settings.
#include "cliinprocess.h"
#include "core/reminders/announcements.h"
#include "core/reminders/remindersettings.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"
#include "testutil.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace neuvo;
using namespace neuvo::test;
using namespace Qt::StringLiterals;

namespace {

// The demo data's dates are placed around this day.
const QDate kToday(2026, 12, 7);

QJsonObject parseWithPython(const QString &icsPath, QByteArray *error)
{
    QProcess python;
    python.start(QStringLiteral(NEUVO_DEBIAN_PYTHON3), {QStringLiteral(NEUVO_ICS_CHECK), icsPath});
    if (!python.waitForFinished(60000)) {
        *error = "python3 did not finish";
        return {};
    }
    *error = python.readAllStandardError();
    if (python.exitStatus() != QProcess::NormalExit || python.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(python.readAllStandardOutput()).object();
}

QStringList uidsOf(const QJsonObject &calendar)
{
    QStringList uids;
    for (const QJsonValue &event : calendar[u"events"_s].toArray())
        uids << event[u"uid"_s].toString();
    return uids;
}

} // namespace

class TestCliReminders : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void ics_demoData_parses_oneEventPerDueItem_stableUidsAcrossRuns();
    void ics_foldsFinnishAndCyrillicAt75Octets();
    void ics_toStandardOutput_andUsageErrors();
    void reminders_setAndShow();

    void alertsNotify_announcesOnce_andNotAgainNextRun();
    void alertsNotify_leavesItToTheNeuvoThatHasTheFileOpen();
    void alertsNotify_withoutAService_saysSo_andKeepsThemPending();
    void alertsNotify_quietHours_holdThem();

private:
    // The file in the temporary folder, or in the _pg run the suite's
    // database on the server; newDemo() empties it and fills in the demo.
    QString db() const { return m_db; }
    void newDemo(const QStringList &options = {});
    QString file(const QString &name) const { return m_dir->filePath(name); }
    void startFake();
    QJsonArray received();
    // Working hours around now, every day, so quiet hours never stand in
    // the way (or, with outside, never let anything through).
    void workingHoursAroundNow(bool outside);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    std::unique_ptr<QProcess> m_fake;
};

void TestCliReminders::newDemo(const QStringList &options)
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = test::suiteDatabase(m_dir->filePath(u"cli.sqlite"_s));
    const CliRun demo = runCliInProcess(QStringList{u"--db"_s, db(), u"demo"_s} + options);
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

void TestCliReminders::init()
{
    newDemo({u"--today"_s, kToday.toString(Qt::ISODate)});
}

void TestCliReminders::cleanup()
{
    if (m_fake) {
        m_fake->terminate();
        if (!m_fake->waitForFinished(5000))
            m_fake->kill();
        m_fake.reset();
        QTRY_VERIFY(!QDBusConnection::sessionBus().interface()->isServiceRegistered(
            u"org.freedesktop.Notifications"_s));
    }
    m_dir.reset();
}

void TestCliReminders::startFake()
{
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             "run through CTest (dbus-run-session gives this test a private bus of its own)");
    QVERIFY(!qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("neuvo-tests-use-no-bus"));
    m_fake = std::make_unique<QProcess>();
    m_fake->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_fake->start(QStringLiteral(NEUVO_FAKE_DESKTOP), {});
    QVERIFY(m_fake->waitForStarted(10000));
    QVERIFY2(m_fake->waitForReadyRead(10000), "the fake desktop did not start");
    QCOMPARE(m_fake->readLine().trimmed(), QByteArray("ready"));
}

QJsonArray TestCliReminders::received()
{
    QDBusInterface fake(u"fi.neuvo.test.FakeDesktop"_s, u"/fake"_s, u"fi.neuvo.test.FakeDesktop"_s);
    const QDBusReply<QString> reply = fake.call(u"Received"_s);
    return reply.isValid() ? QJsonDocument::fromJson(reply.value().toUtf8()).array() : QJsonArray();
}

void TestCliReminders::workingHoursAroundNow(bool outside)
{
    const QTime now = QTime::currentTime();
    // A two-hour window that holds now, or the one twelve hours away.
    const QTime start = now.addSecs(outside ? 11 * 3600 : -3600);
    const QTime end = now.addSecs(outside ? 13 * 3600 : 3600);
    const CliRun set = runCliInProcess({u"--db"_s, db(), u"profile"_s, u"set"_s, u"--work-start"_s,
                                        start.toString(u"HH:mm"_s), u"--work-end"_s, end.toString(u"HH:mm"_s),
                                        u"--work-days"_s, u"mon,tue,wed,thu,fri,sat,sun"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
}

void TestCliReminders::ics_demoData_parses_oneEventPerDueItem_stableUidsAcrossRuns()
{
    const QString from = kToday.addDays(-30).toString(Qt::ISODate);
    const QStringList args = {u"--db"_s, db(), u"ics"_s, u"--from"_s, from};
    const CliRun first = runCliInProcess(args + QStringList{u"--out"_s, file(u"first.ics"_s)});
    QVERIFY2(first.exitCode == 0, qPrintable(first.err));
    QVERIFY2(first.out.contains(u"Wrote the calendar"_s), qPrintable(first.out));
    // The binary too, as the timer runs it.
    const CliRun second = runCli(args + QStringList{u"--out"_s, file(u"second.ics"_s)}, m_dir->path());
    QVERIFY2(second.exitCode == 0, qPrintable(second.err));

    QByteArray error;
    const QJsonObject one = parseWithPython(file(u"first.ics"_s), &error);
    QVERIFY2(!one.isEmpty(), error.constData());
    const QJsonObject two = parseWithPython(file(u"second.ics"_s), &error);
    QVERIFY2(!two.isEmpty(), error.constData());
    const QStringList uids = uidsOf(one);
    QVERIFY(!uids.isEmpty());
    QCOMPARE(uidsOf(two), uids);
    QCOMPARE(QSet<QString>(uids.cbegin(), uids.cend()).size(), uids.size());

    // One event per due item, counted from the database: every unpaid stage
    // with a due date of an agreed, in-progress or delivered project, every
    // promise not kept, every deadline of a project not delivered yet (the
    // demo's dates all fall inside the default year).
    Database database;
    QVERIFY(database.open(db(), Database::Access::ReadOnly));
    const QString calendarId = ReminderSettingsStore(database).load()->calendarId;
    QSet<qint64> declined;
    for (const Client &c : *ClientStore(database).list()) {
        if (c.status == ClientStatus::Declined)
            declined.insert(c.id);
    }
    QSet<QString> expected;
    for (const Project &p : *ProjectStore(database).list()) {
        if (declined.contains(p.clientId))
            continue;
        const bool owed = p.status == ProjectStatus::Agreed || p.status == ProjectStatus::InProgress
            || p.status == ProjectStatus::Delivered;
        for (const PaymentStage &s : p.stages) {
            if (owed && s.paidMinor < s.amountMinor && s.dueOn.isValid())
                expected.insert(u"neuvo-%1-stage-%2"_s.arg(calendarId).arg(s.id));
        }
        const bool undelivered = !p.deliveredOn.isValid()
            && (p.status == ProjectStatus::Lead || p.status == ProjectStatus::BriefSent
                || p.status == ProjectStatus::Negotiation || p.status == ProjectStatus::Agreed
                || p.status == ProjectStatus::InProgress);
        if (undelivered && p.deadline.isValid())
            expected.insert(u"neuvo-%1-deadline-%2"_s.arg(calendarId).arg(p.id));
    }
    for (const Promise &pr : *PromiseStore(database).list()) {
        if (!pr.doneOn.isValid() && !declined.contains(pr.clientId))
            expected.insert(u"neuvo-%1-promise-%2"_s.arg(calendarId).arg(pr.id));
    }
    QVERIFY(expected.size() >= 5);
    QSet<QString> dueItems;
    for (const QString &uid : uids) {
        if (uid.contains(u"-stage-"_s) || (uid.contains(u"-deadline-"_s) && !uid.contains(u"internal"_s))
            || uid.contains(u"-promise-"_s))
            dueItems.insert(uid);
    }
    QCOMPARE(dueItems, expected);
    for (const QJsonValue &event : one[u"events"_s].toArray()) {
        QVERIFY(event[u"all_day"_s].toBool());
        QVERIFY(!event[u"summary"_s].toString().isEmpty());
    }
}

void TestCliReminders::ics_foldsFinnishAndCyrillicAt75Octets()
{
    // Names long enough to be folded inside their letters.
    Database database;
    QVERIFY(database.open(db()));
    const QList<Client> clients = *ClientStore(database).list();
    Promise finnish;
    finnish.clientId = clients.first().id;
    finnish.what = u"Lähetä päivitetty hinnoittelu- ja aikataulusuunnitelma hallitukselle ennen syyskokousta, "
                   "ääkkösiä äöåÄÖÅ äöåÄÖÅ äöåÄÖÅ"_s;
    finnish.dueOn = kToday.addDays(3);
    QVERIFY(PromiseStore(database).create(finnish));
    Promise russian = finnish;
    russian.id = 0;
    russian.what = u"Прислать обновлённый бриф и смету до вторника, как договорились по телефону: "
                   "ЖжЗзИиЙйКкЛлМмНнОоПпРрСсТтУуФфХхЦцЧчШшЩщЪъЫыЬьЭэЮюЯя"_s;
    QVERIFY(PromiseStore(database).create(russian));
    database.close();

    const CliRun run = runCliInProcess({u"--db"_s, db(), u"ics"_s, u"--from"_s, kToday.toString(Qt::ISODate)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QByteArray ics = run.rawOut;
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
    int foldedInsideText = 0;
    for (QByteArray line : ics.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        QVERIFY2(line.size() <= 75, line.constData());
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder(line);
        QVERIFY2(!decoder.hasError(), line.toHex().constData());
        if (line.startsWith(' ') && text.contains(QRegularExpression(u"[äöåÄÖÅА-Яа-яЁё]"_s)))
            ++foldedInsideText;
    }
    QVERIFY(foldedInsideText >= 2);

    const QString path = file(u"folded.ics"_s);
    QFile out(path);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(ics);
    out.close();
    QByteArray error;
    const QJsonObject parsed = parseWithPython(path, &error);
    QVERIFY2(!parsed.isEmpty(), error.constData());
    QStringList summaries;
    for (const QJsonValue &event : parsed[u"events"_s].toArray())
        summaries << event[u"summary"_s].toString();
    const QString joined = summaries.join(u'\n');
    QVERIFY2(joined.contains(finnish.what), qPrintable(joined));
    QVERIFY2(joined.contains(russian.what), qPrintable(joined));
}

void TestCliReminders::ics_toStandardOutput_andUsageErrors()
{
    const CliRun run = runCliInProcess({u"--db"_s, db(), u"ics"_s, u"--days"_s, u"10"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.rawOut.startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(run.rawOut.endsWith("END:VCALENDAR\r\n"));
    for (const QStringList &bad : {QStringList{u"--days"_s, u"0"_s}, QStringList{u"--from"_s, u"7.12.2026"_s},
                                   QStringList{u"--out"_s, u""_s}, QStringList{u"extra"_s}}) {
        const CliRun usage = runCliInProcess(QStringList{u"--db"_s, db(), u"ics"_s} + bad);
        QVERIFY2(usage.exitCode == 2, qPrintable(bad.join(u' ') + u": "_s + usage.err));
        QVERIFY(usage.out.isEmpty());
    }
    const CliRun missing =
        runCliInProcess({u"--db"_s, test::missingDatabase(file(u"missing.sqlite"_s)), u"ics"_s});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY(!QFile::exists(file(u"missing.sqlite"_s)));
}

void TestCliReminders::reminders_setAndShow()
{
    const CliRun set = runCliInProcess({u"--db"_s, db(), u"reminders"_s, u"set"_s, u"--notifications"_s, u"no"_s,
                                        u"--calendar-alarm"_s, u"2"_s});
    QVERIFY2(set.exitCode == 0, qPrintable(set.err));
    const CliRun show = runCliInProcess({u"--db"_s, db(), u"reminders"_s, u"show"_s});
    QVERIFY2(show.out.contains(u"Desktop notifications:        no"_s), qPrintable(show.out));
    QVERIFY2(show.out.contains(u"Quiet outside working hours:  yes"_s), qPrintable(show.out));
    QVERIFY2(show.out.contains(u"2 days before"_s), qPrintable(show.out));
    {
        Database database;
        QVERIFY(database.open(db()));
        const ReminderSettings s = *ReminderSettingsStore(database).load();
        QVERIFY(!s.desktopNotifications);
        QCOMPARE(s.calendarAlarmDays, std::optional<int>(2));
    }
    QVERIFY(runCliInProcess({u"--db"_s, db(), u"reminders"_s, u"set"_s, u"--calendar-alarm"_s, u"none"_s}).exitCode
            == 0);
    QVERIFY(runCliInProcess({u"--db"_s, db(), u"reminders"_s, u"show"_s}).out.contains(u"Calendar alarm:"_s));
    for (const QString &bad : {u"31"_s, u"-1"_s, u"soon"_s}) {
        const CliRun usage =
            runCliInProcess({u"--db"_s, db(), u"reminders"_s, u"set"_s, u"--calendar-alarm"_s, bad});
        QVERIFY2(usage.exitCode == 2, qPrintable(bad));
    }
    QCOMPARE(runCliInProcess({u"--db"_s, db(), u"reminders"_s, u"set"_s}).exitCode, 2); // nothing to set
}

void TestCliReminders::alertsNotify_announcesOnce_andNotAgainNextRun()
{
    // Notifications are about the real day: a demo around it.
    newDemo();
    if (QTest::currentTestFailed())
        return;
    workingHoursAroundNow(false);
    startFake();

    const CliRun first = runCli({u"--db"_s, db(), u"alerts"_s, u"--notify"_s}, m_dir->path());
    QVERIFY2(first.exitCode == 0 || first.exitCode == 3, qPrintable(first.err));
    QVERIFY(!first.out.isEmpty()); // the report, as without --notify
    const QJsonArray sent = received();
    QVERIFY2(!sent.isEmpty(), qPrintable(first.err));
    QVERIFY(sent.size() <= Announcements::MaxSeparate + 1);
    QVERIFY2(first.err.contains(u"announced"_s), qPrintable(first.err));
    for (const QJsonValue &n : sent) {
        QCOMPARE(n[u"app_name"_s].toString(), u"Neuvo"_s);
        QVERIFY(!n[u"summary"_s].toString().isEmpty());
        // Nothing stays to answer a click.
        QCOMPARE(n[u"actions"_s].toArray(), QJsonArray());
    }

    Database database;
    QVERIFY(database.open(db(), Database::Access::ReadOnly));
    const int recorded = int(Announcements(database).recordedKeys()->size());
    database.close();
    QVERIFY(recorded >= sent.size());

    const CliRun second = runCli({u"--db"_s, db(), u"alerts"_s, u"--notify"_s}, m_dir->path());
    QVERIFY2(second.exitCode == first.exitCode, qPrintable(second.err));
    QCOMPARE(second.out, first.out); // the report is the same
    QCOMPARE(received().size(), sent.size());
    QVERIFY2(!second.err.contains(u"announced"_s), qPrintable(second.err));
}

void TestCliReminders::alertsNotify_leavesItToTheNeuvoThatHasTheFileOpen()
{
    newDemo();
    if (QTest::currentTestFailed())
        return;
    workingHoursAroundNow(false);
    startFake();
    Database open; // this process stands in for the running Neuvo
    QVERIFY(open.open(db()));
    const CliRun run = runCli({u"--db"_s, db(), u"alerts"_s, u"--notify"_s}, m_dir->path());
    QVERIFY2(run.exitCode == 0 || run.exitCode == 3, qPrintable(run.err));
    if (test::onServer()) {
        // A server has no one writer (no lock): neuvo-cli announces, and
        // records what it announced in the database, where the running
        // Neuvo sees it and does not announce it again.
        QVERIFY2(run.err.contains(u"announced"_s), qPrintable(run.err));
        QVERIFY(received().size() > 0);
        QVERIFY(!Announcements(open).recordedKeys()->isEmpty());
        return;
    }
    QVERIFY2(run.err.contains(u"left to the Neuvo that writes it"_s), qPrintable(run.err));
    QCOMPARE(received().size(), 0);
    QVERIFY(Announcements(open).recordedKeys()->isEmpty());
}

void TestCliReminders::alertsNotify_withoutAService_saysSo_andKeepsThemPending()
{
    newDemo();
    if (QTest::currentTestFailed())
        return;
    workingHoursAroundNow(false);
    const CliRun run = runCliInProcess({u"--db"_s, db(), u"alerts"_s, u"--notify"_s});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 3, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"no desktop notification service answered"_s), qPrintable(run.err));
    Database database;
    QVERIFY(database.open(db(), Database::Access::ReadOnly));
    QVERIFY(Announcements(database).recordedKeys()->isEmpty());
}

void TestCliReminders::alertsNotify_quietHours_holdThem()
{
    newDemo();
    if (QTest::currentTestFailed())
        return;
    workingHoursAroundNow(true);
    startFake();
    const CliRun run = runCliInProcess({u"--db"_s, db(), u"alerts"_s, u"--notify"_s});
    QVERIFY2(run.exitCode == 0 || run.exitCode == 3, qPrintable(run.err));
    QVERIFY2(run.err.contains(u"outside your working hours"_s), qPrintable(run.err));
    QCOMPARE(received().size(), 0);
    Database database;
    QVERIFY(database.open(db(), Database::Access::ReadOnly));
    QVERIFY(Announcements(database).recordedKeys()->isEmpty());
}

QTEST_GUILESS_MAIN(TestCliReminders)
#include "tst_cli_reminders.moc"
