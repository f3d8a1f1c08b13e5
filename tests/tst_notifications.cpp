// Live reminders in the desktop application, on a private session bus
// (CTest runs this inside dbus-run-session) against a fake notification
// service and a fake logind in a process of their own (fake_desktop.cpp).
// Time comes from the test: it moves the clock and calls DayClock::check(),
// which is what the timers do, instead of waiting for midnight.
#include "core/reminders/announcements.h"
#include "core/reminders/desktopnotifications.h"
#include "core/reminders/remindersettings.h"
#include "core/storage/database.h"
#include "core/storage/stores.h"
#include "testutil.h"
#include "ui/dashboard/cardlist.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/itemroles.h"
#include "ui/mainwindow.h"
#include "ui/notifications/dayclock.h"
#include "ui/notifications/notifier.h"
#include "ui/notifications/trayballoon.h"
#include "ui/projects/projectspage.h"
#include "ui/session.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusInterface>
#include <QDBusReply>
#include <QFrame>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTextDocument> // Qt::mightBeRichText
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeView>

#include <memory>

using namespace neuvo;
using namespace Qt::StringLiterals;

namespace {

// QTRY's own 5 s is too short on a loaded machine (a CI runner, a -j2 run
// beside a build): the rules are evaluated in a thread before the first
// round, and each round waits for D-Bus answers.
constexpr int kWaitMs = 30000;

template<typename R>
QByteArray why(const R &result)
{
    return result ? QByteArray() : result.error().toUtf8();
}

// A Monday; working hours are the profile's default 09:00–17:00, Mon–Fri.
const QDate kMonday(2026, 12, 7);

QDateTime local(const QDate &day, const QTime &time)
{
    return QDateTime(day, time);
}

// Every child item of the grouped alert list.
QStringList alertRules(QTreeView *tree)
{
    QStringList rules;
    const QAbstractItemModel *model = tree->model();
    for (int g = 0; g < model->rowCount(); ++g) {
        const QModelIndex group = model->index(g, 0);
        for (int c = 0; c < model->rowCount(group); ++c)
            rules << model->index(c, 0, group).data(RuleRole).toString();
    }
    return rules;
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void desktop_probeReadsCapabilities();
    void desktop_withoutAService_isUnavailableWithAReason();
    void desktop_bodyEscapedOnlyForAServerThatReadsMarkup();
    void desktop_actionsOnlyForAServerThatHasThem();

    void clock_nextMidnightIsLocalMidnight();
    void clock_dayChangedAndResumedFollowTheTime();
    void clock_logindWakeUpCountsAsResume();

    void pastMidnight_stageDueSoon_onDashboardAndOneNotification_notAgainAfterRestart();
    void quietHours_holdTheNotificationUntilWorkStarts();
    void clickingTheNotification_opensTheProject();
    void ownEdit_isRecordedWithoutANotification();
    void notificationsOff_nothingIsSent();
    void noNotificationService_theBannerShowsIt();
    void manyAtOnce_fiveOfTheirOwnAndOneForTheRest();
    void hostileNames_reachAMarkupServerEscaped();
    void trayBalloon_hostileText_showsLiterally_noMarkupAndBounded();
    void noNotificationServiceButATray_balloonShowsHostileNamesLiterally();
    void readOnlyWindow_announcesNothing();
    void windowTitle_countsWhatNeedsAttention_andFollowsTheDay();
    void announcementRound_eachKeyOnce_pendingAndPruning();

private:
    QString dbPath() const { return m_dir->filePath(u"live.sqlite"_s); }
    void startFake(const QStringList &arguments = {});
    void stopFake();
    QJsonArray received();
    void invokeAction(uint id, const QString &key);
    std::unique_ptr<MainWindow> openWindow(Database::Access access = Database::Access::ReadWrite);
    // Waits until the window's notifier has asked the service and run the
    // round that follows (nothing to wait for without a service).
    void settle(MainWindow &window);
    // A client with an in-progress project whose stage is due in `dueIn`
    // days of kMonday; returns the project id.
    qint64 addStageDueIn(int dueIn, const QString &client = u"Äänekosken Öljy ja Sähkö Oy"_s,
                         const QString &project = u"Verkkokauppa"_s);
    void setReminders(bool notifications, bool quiet);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<QProcess> m_fake;
    QDateTime m_now;
};

void TestNotifications::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    // Not skipped without a bus: CTest runs this test in dbus-run-session,
    // and anywhere else it must not reach a real desktop.
    const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    QVERIFY2(!address.isEmpty() && !address.contains("neuvo-tests-use-no-bus"),
             "run through CTest (dbus-run-session gives this test a private bus of its own)");
    QVERIFY2(QDBusConnection::sessionBus().isConnected(),
             qPrintable(QDBusConnection::sessionBus().lastError().message()));
    QVERIFY2(QDBusConnection::systemBus().isConnected(), "main() points the system bus at the private one");
    DayClock::setDefaultTimeSource([this] { return m_now; });
}

void TestNotifications::init()
{
    m_now = local(kMonday, QTime(10, 0));
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = std::make_unique<Database>();
    const auto opened = m_db->open(dbPath());
    QVERIFY2(opened, why(opened));
}

void TestNotifications::cleanup()
{
    stopFake();
    m_db.reset();
    m_dir.reset();
}

void TestNotifications::startFake(const QStringList &arguments)
{
    stopFake();
    m_fake = std::make_unique<QProcess>();
    m_fake->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_fake->start(QStringLiteral(NEUVO_FAKE_DESKTOP), arguments);
    QVERIFY2(m_fake->waitForStarted(10000), qPrintable(m_fake->errorString()));
    QVERIFY2(m_fake->waitForReadyRead(10000), "the fake desktop did not start");
    QCOMPARE(m_fake->readLine().trimmed(), QByteArray("ready"));
}

void TestNotifications::stopFake()
{
    if (!m_fake)
        return;
    m_fake->terminate();
    if (!m_fake->waitForFinished(5000))
        m_fake->kill();
    m_fake.reset();
    // The name leaves the bus with the process.
    QTRY_VERIFY_WITH_TIMEOUT(!QDBusConnection::sessionBus().interface()->isServiceRegistered(
        QString::fromLatin1(DesktopNotifications::Service)), kWaitMs);
}

QJsonArray TestNotifications::received()
{
    QDBusInterface fake(u"fi.neuvo.test.FakeDesktop"_s, u"/fake"_s, u"fi.neuvo.test.FakeDesktop"_s);
    const QDBusReply<QString> reply = fake.call(u"Received"_s);
    if (!reply.isValid())
        return {};
    return QJsonDocument::fromJson(reply.value().toUtf8()).array();
}

void TestNotifications::invokeAction(uint id, const QString &key)
{
    QDBusInterface fake(u"fi.neuvo.test.FakeDesktop"_s, u"/fake"_s, u"fi.neuvo.test.FakeDesktop"_s);
    fake.call(u"InvokeAction"_s, id, key);
}

std::unique_ptr<MainWindow> TestNotifications::openWindow(Database::Access access)
{
    auto db = std::make_unique<Database>();
    if (!db->open(dbPath(), access))
        return nullptr;
    auto window = std::make_unique<MainWindow>(std::move(db));
    window->show();
    return window;
}

void TestNotifications::settle(MainWindow &window)
{
    // No round runs while the rules are still being evaluated.
    QTRY_VERIFY_WITH_TIMEOUT(!window.session().isEvaluating(), kWaitMs);
    if (m_fake)
        QTRY_VERIFY_WITH_TIMEOUT(window.notifier().desktop().isAvailable(), kWaitMs);
    // The round runs after the answer; its Notify calls go out in the same
    // turn of the event loop and the fake answers within milliseconds.
    QTest::qWait(300);
}

qint64 TestNotifications::addStageDueIn(int dueIn, const QString &clientName, const QString &title)
{
    Client client;
    client.name = clientName;
    client.status = ClientStatus::Active;
    if (auto r = ClientStore(*m_db).create(client); !r)
        qFatal("%s", qPrintable(r.error()));
    Project project;
    project.clientId = client.id;
    project.title = title;
    project.status = ProjectStatus::InProgress;
    project.basePriceMinor = 100000;
    // What the price includes is written down: no_price_breakdown would
    // otherwise be one more thing in the title's count.
    project.includedItems = {u"Design"_s};
    PaymentStage stage;
    stage.position = 1;
    stage.title = u"Design"_s;
    stage.amountMinor = 100000;
    stage.dueOn = kMonday.addDays(dueIn);
    project.stages = {stage};
    if (auto r = ProjectStore(*m_db).create(project); !r)
        qFatal("%s", qPrintable(r.error()));
    return project.id;
}

void TestNotifications::setReminders(bool notifications, bool quiet)
{
    ReminderSettings s = *ReminderSettingsStore(*m_db).load();
    s.desktopNotifications = notifications;
    s.quietOutsideWorkingHours = quiet;
    QVERIFY(ReminderSettingsStore(*m_db).save(s));
}

// ---------------------------------------------------------------- the D-Bus client

void TestNotifications::desktop_probeReadsCapabilities()
{
    startFake({u"--capabilities"_s, u"body,actions"_s});
    DesktopNotifications desktop;
    QSignalSpy ready(&desktop, &DesktopNotifications::ready);
    desktop.probe();
    QVERIFY(ready.wait(5000));
    QCOMPARE(ready.first().first().toBool(), true);
    QVERIFY(desktop.isAvailable());
    QCOMPARE(desktop.capabilities(), (QStringList{u"body"_s, u"actions"_s}));
    QVERIFY(desktop.unavailableReason().isEmpty());
}

void TestNotifications::desktop_withoutAService_isUnavailableWithAReason()
{
    DesktopNotifications desktop;
    QVERIFY(!desktop.probeAndWait());
    QCOMPARE(desktop.state(), DesktopNotifications::State::Unavailable);
    QVERIFY2(desktop.unavailableReason().contains(u"no notification service"_s),
             qPrintable(desktop.unavailableReason()));
}

void TestNotifications::desktop_bodyEscapedOnlyForAServerThatReadsMarkup()
{
    const QString hostile = u"<b>Bold</b> & <a href=\"https://x.invalid\">link</a> <img src=\"file:///dev/zero\">"_s;
    QCOMPARE(DesktopNotifications::bodyFor(hostile, {u"body"_s}), hostile);
    QCOMPARE(DesktopNotifications::bodyFor(hostile, {u"body"_s, u"body-markup"_s}), hostile.toHtmlEscaped());

    for (const QString &caps : {u"body,body-markup"_s, u"body"_s}) {
        startFake({u"--capabilities"_s, caps});
        DesktopNotifications desktop;
        QVERIFY(desktop.probeAndWait());
        const auto id = desktop.sendAndWait({u"Summary <i>plain</i>"_s, hostile, {}, false});
        QVERIFY2(id, why(id));
        const QJsonObject sent = received().last().toObject();
        QCOMPARE(uint(sent[u"id"_s].toInt()), *id);
        // The summary is plain text by the specification, on every server.
        QCOMPARE(sent[u"summary"_s].toString(), u"Summary <i>plain</i>"_s);
        if (caps.contains(u"body-markup"_s)) {
            const QString body = sent[u"body"_s].toString();
            QVERIFY2(!body.contains(u'<') && !body.contains(u'>'), qPrintable(body));
            QVERIFY(body.contains(u"&lt;img src=&quot;file:///dev/zero&quot;&gt;"_s));
            QVERIFY(body.contains(u"&amp;"_s));
        } else {
            QCOMPARE(sent[u"body"_s].toString(), hostile);
        }
        QCOMPARE(sent[u"app_name"_s].toString(), u"Neuvo"_s);
        QCOMPARE(sent[u"hints"_s][u"desktop-entry"_s].toString(), u"fi.neuvo.Neuvo"_s);
        QCOMPARE(sent[u"hints"_s][u"urgency"_s].toInt(), 1);
    }
}

void TestNotifications::desktop_actionsOnlyForAServerThatHasThem()
{
    const DesktopNotifications::Message message{u"S"_s, u"B"_s, {{u"default"_s, u"Open"_s}}, true};
    startFake({u"--capabilities"_s, u"body"_s});
    {
        DesktopNotifications desktop;
        QVERIFY(desktop.probeAndWait());
        QVERIFY(desktop.sendAndWait(message));
        QCOMPARE(received().last()[u"actions"_s].toArray(), QJsonArray());
        QCOMPARE(received().last()[u"hints"_s][u"urgency"_s].toInt(), 2);
    }
    startFake({u"--capabilities"_s, u"body,actions"_s});
    DesktopNotifications desktop;
    QVERIFY(desktop.probeAndWait());
    const auto id = desktop.sendAndWait(message);
    QVERIFY(id);
    QCOMPARE(received().last()[u"actions"_s].toArray(), (QJsonArray{u"default"_s, u"Open"_s}));
    QSignalSpy invoked(&desktop, &DesktopNotifications::actionInvoked);
    invokeAction(*id, u"default"_s);
    QVERIFY(invoked.wait(5000));
    QCOMPARE(invoked.first().at(0).toUInt(), *id);
    QCOMPARE(invoked.first().at(1).toString(), u"default"_s);
}

// ---------------------------------------------------------------- the clock

void TestNotifications::clock_nextMidnightIsLocalMidnight()
{
    QCOMPARE(DayClock::msecsToNextMidnight(local(kMonday, QTime(23, 59, 30))), 30 * 1000);
    QCOMPARE(DayClock::msecsToNextMidnight(local(kMonday, QTime(0, 0))), 24 * 60 * 60 * 1000);
    QCOMPARE(DayClock::msecsToNextMidnight(local(kMonday, QTime(23, 59, 59, 999))), 1000); // at least a second
}

void TestNotifications::clock_dayChangedAndResumedFollowTheTime()
{
    DayClock clock;
    m_now = local(kMonday, QTime(23, 59, 0));
    clock.setTimeSource([this] { return m_now; });
    QCOMPARE(clock.today(), kMonday);
    QSignalSpy day(&clock, &DayClock::dayChanged);
    QSignalSpy resumed(&clock, &DayClock::resumed);

    m_now = m_now.addSecs(30); // one ordinary beat later
    clock.check();
    QCOMPARE(day.count(), 0);
    QCOMPARE(resumed.count(), 0);

    m_now = local(kMonday.addDays(1), QTime(0, 0, 1)); // the midnight timer
    clock.check();
    QCOMPARE(day.count(), 1);
    QCOMPARE(day.first().first().toDate(), kMonday.addDays(1));
    QCOMPARE(resumed.count(), 0);

    m_now = m_now.addSecs(8 * 60 * 60); // slept until the morning
    clock.check();
    QCOMPARE(day.count(), 1);
    QCOMPARE(resumed.count(), 1);

    m_now = local(kMonday.addDays(3), QTime(9, 0)); // slept over two midnights
    clock.check();
    QCOMPARE(day.count(), 2);
    QCOMPARE(day.last().first().toDate(), kMonday.addDays(3));
    QCOMPARE(resumed.count(), 2);
}

void TestNotifications::clock_logindWakeUpCountsAsResume()
{
    startFake({u"--login1"_s});
    DayClock clock;
    QSignalSpy resumed(&clock, &DayClock::resumed);
    QDBusInterface fake(u"fi.neuvo.test.FakeDesktop"_s, u"/fake"_s, u"fi.neuvo.test.FakeDesktop"_s);
    fake.call(u"PrepareForSleep"_s, true); // going to sleep: nothing yet
    fake.call(u"PrepareForSleep"_s, false);
    QVERIFY(resumed.wait(5000));
    QCOMPARE(resumed.count(), 1);
}

// ---------------------------------------------------------------- the notifier

void TestNotifications::pastMidnight_stageDueSoon_onDashboardAndOneNotification_notAgainAfterRestart()
{
    // Due in 8 days on Monday; stage_due_soon looks 7 days ahead.
    const qint64 project = addStageDueIn(8);
    setReminders(true, false);
    startFake();
    m_now = local(kMonday, QTime(23, 59, 50));
    {
        auto window = openWindow();
        QVERIFY(window);
        settle(*window);
        QTreeView *alerts = window->dashboardPage()->alertView();
        QVERIFY(!alertRules(alerts).contains(u"stage_due_soon"_s));
        QCOMPARE(received().size(), 0);

        m_now = local(kMonday.addDays(1), QTime(0, 0, 5));
        window->session().clock().check();

        QCOMPARE(window->session().today(), kMonday.addDays(1));
        QTRY_VERIFY_WITH_TIMEOUT(alertRules(alerts).contains(u"stage_due_soon"_s), kWaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(received().size(), 1, kWaitMs);
        const QJsonObject sent = received().first().toObject();
        QCOMPARE(sent[u"summary"_s].toString(), u"Payment due soon — Äänekosken Öljy ja Sähkö Oy"_s);
        QVERIFY2(sent[u"body"_s].toString().contains(u"Stage 1 'Design' of 'Verkkokauppa'"_s),
                 qPrintable(sent[u"body"_s].toString()));
        QVERIFY(sent[u"actions"_s].toArray().contains(u"default"_s));
        const auto recorded = Announcements(*m_db).recordedKeys();
        QCOMPARE(recorded->size(), 1);
        QVERIFY(recorded->first().startsWith(u"stage_due_soon|"_s));
        QVERIFY(recorded->first().contains(u"|%1|"_s.arg(project)));

        // The next beat of the same night: nothing new.
        m_now = m_now.addSecs(60);
        window->session().clock().check();
        QTest::qWait(300);
        QCOMPARE(received().size(), 1);
    }
    // A restart the next morning: the stage is still due soon, and was told.
    m_now = local(kMonday.addDays(1), QTime(9, 30));
    auto window = openWindow();
    QVERIFY(window);
    settle(*window);
    QVERIFY(alertRules(window->dashboardPage()->alertView()).contains(u"stage_due_soon"_s));
    QCOMPARE(received().size(), 1);
}

void TestNotifications::quietHours_holdTheNotificationUntilWorkStarts()
{
    addStageDueIn(8);
    setReminders(true, true);
    startFake();
    m_now = local(kMonday, QTime(23, 59, 50));
    auto window = openWindow();
    QVERIFY(window);
    settle(*window);

    m_now = local(kMonday.addDays(1), QTime(0, 0, 5));
    window->session().clock().check();
    QTRY_COMPARE_WITH_TIMEOUT(window->notifier().held().size(), 1, kWaitMs);
    QCOMPARE(window->notifier().heldUntil(), local(kMonday.addDays(1), QTime(9, 0)));
    QTRY_VERIFY_WITH_TIMEOUT(alertRules(window->dashboardPage()->alertView()).contains(u"stage_due_soon"_s), kWaitMs);
    QTest::qWait(300);
    QCOMPARE(received().size(), 0);
    QVERIFY(Announcements(*m_db).recordedKeys()->isEmpty()); // held, not announced

    m_now = local(kMonday.addDays(1), QTime(8, 59));
    window->session().clock().check();
    QTest::qWait(300);
    QCOMPARE(received().size(), 0);

    m_now = local(kMonday.addDays(1), QTime(9, 0, 30)); // the first beat of the working day
    window->session().clock().check();
    QTRY_COMPARE_WITH_TIMEOUT(received().size(), 1, kWaitMs);
    QVERIFY(window->notifier().held().isEmpty());
    QCOMPARE(Announcements(*m_db).recordedKeys()->size(), 1);
}

void TestNotifications::clickingTheNotification_opensTheProject()
{
    addStageDueIn(1, u"Other client"_s, u"Other project"_s);
    const qint64 project = addStageDueIn(2);
    setReminders(true, true); // 10:00 on a Monday: working time
    startFake();
    auto window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(received().size(), 2, kWaitMs);
    QCOMPARE(window->currentPage(), MainWindow::DashboardView);
    uint id = 0;
    for (const QJsonValue &n : received()) {
        if (n[u"summary"_s].toString().contains(u"Äänekosken"_s))
            id = uint(n[u"id"_s].toInt());
    }
    QVERIFY(id > 0);
    invokeAction(id, u"default"_s);
    QTRY_COMPARE_WITH_TIMEOUT(window->currentPage(), MainWindow::ProjectsView, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(window->projectsPage()->currentProjectId(), project, kWaitMs);

    // Another program's notification (an id Neuvo did not send) is not ours.
    window->showPage(MainWindow::DashboardView);
    invokeAction(id + 100, u"default"_s);
    QTest::qWait(300);
    QCOMPARE(window->currentPage(), MainWindow::DashboardView);
}

void TestNotifications::ownEdit_isRecordedWithoutANotification()
{
    addStageDueIn(30);
    setReminders(true, false);
    startFake();
    auto window = openWindow();
    QVERIFY(window);
    settle(*window);
    QCOMPARE(received().size(), 0);

    // The freelancer notes a promise due today, in this window.
    Promise promise;
    promise.clientId = ClientStore(*m_db).list()->first().id;
    promise.what = u"Send the brief"_s;
    promise.dueOn = kMonday;
    QVERIFY(PromiseStore(*m_db).create(promise));
    window->session().notifyChanged();
    QTRY_COMPARE_WITH_TIMEOUT(Announcements(*m_db).recordedKeys()->size(), 1, kWaitMs);
    QTest::qWait(300);
    QCOMPARE(received().size(), 0);

    // Still due at the next day's round: it was known, so still no news.
    m_now = local(kMonday.addDays(1), QTime(10, 0));
    window->session().clock().check();
    QTest::qWait(300);
    QCOMPARE(received().size(), 0);
}

void TestNotifications::notificationsOff_nothingIsSent()
{
    addStageDueIn(2);
    setReminders(false, false);
    startFake();
    auto window = openWindow();
    QVERIFY(window);
    settle(*window);
    m_now = local(kMonday.addDays(1), QTime(10, 0));
    window->session().clock().check();
    QTest::qWait(300);
    QCOMPARE(received().size(), 0);
    QVERIFY(!window->dashboardPage()->banner()->isVisibleTo(window->dashboardPage()));
}

void TestNotifications::noNotificationService_theBannerShowsIt()
{
    addStageDueIn(2);
    setReminders(true, false);
    auto window = openWindow(); // no fake: nobody owns org.freedesktop.Notifications
    QVERIFY(window);
    DashboardPage *dashboard = window->dashboardPage();
    QTRY_VERIFY_WITH_TIMEOUT(dashboard->banner()->isVisibleTo(dashboard), kWaitMs);
    QVERIFY2(dashboard->bannerText().contains(u"Stage 1 'Design' of 'Verkkokauppa'"_s),
             qPrintable(dashboard->bannerText()));
    // The banner shows from the findings at once; the bus's answer that
    // nobody owns the service may come later.
    QTRY_COMPARE_WITH_TIMEOUT(window->notifier().desktop().state(),
                              DesktopNotifications::State::Unavailable, kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(Announcements(*m_db).recordedKeys()->size(), 1, kWaitMs);
}

void TestNotifications::manyAtOnce_fiveOfTheirOwnAndOneForTheRest()
{
    addStageDueIn(30);
    const qint64 client = ClientStore(*m_db).list()->first().id;
    for (int i = 0; i < 7; ++i) {
        Promise p;
        p.clientId = client;
        p.what = u"Promise %1"_s.arg(i + 1);
        p.dueOn = kMonday.addDays(-i);
        QVERIFY(PromiseStore(*m_db).create(p));
    }
    setReminders(true, false);
    startFake();
    auto window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(received().size(), Announcements::MaxSeparate + 1, kWaitMs);
    QTest::qWait(300);
    const QJsonArray sent = received();
    QCOMPARE(sent.size(), Announcements::MaxSeparate + 1);
    QCOMPARE(sent.last()[u"summary"_s].toString(), u"Neuvo: 2 more reminders"_s);
    QCOMPARE(Announcements(*m_db).recordedKeys()->size(), 7);
}

void TestNotifications::hostileNames_reachAMarkupServerEscaped()
{
    const QString name = u"<b>Bold</b> & <img src=\"file:///dev/zero\">"_s;
    addStageDueIn(2, name, u"<a href=\"https://x.invalid\">Launch</a>"_s);
    setReminders(true, false);
    startFake({u"--capabilities"_s, u"body,body-markup,actions"_s});
    auto window = openWindow();
    QVERIFY(window);
    QTRY_COMPARE_WITH_TIMEOUT(received().size(), 1, kWaitMs);
    const QJsonObject sent = received().first().toObject();
    QCOMPARE(sent[u"summary"_s].toString(), u"Payment due soon — "_s + name);
    const QString body = sent[u"body"_s].toString();
    QVERIFY2(!body.contains(u'<'), qPrintable(body));
    QVERIFY2(body.contains(u"&lt;a href=&quot;https://x.invalid&quot;&gt;Launch&lt;/a&gt;"_s), qPrintable(body));
}

// The tray balloon used to get the title and body as they were: Qt hands
// them to a notification service that reads the body as markup on a
// StatusNotifier desktop, where an <img> in a client's name loads a file.
void TestNotifications::trayBalloon_hostileText_showsLiterally_noMarkupAndBounded()
{
    const auto visible = [](QString text) { return text.remove(QChar(TrayBalloon::WordJoiner)); };
    const QString name = u"<b>Bold</b> & <img src=\"file:///dev/zero\"> &lt;i&gt;"_s;
    const QString body = u"Stage 1 <a href=\"https://x.invalid\">Launch</a>\nand 2 more"_s;
    const TrayBalloon balloon = TrayBalloon::fromPlainText(name, body);
    // The same characters are shown...
    QCOMPARE(visible(balloon.title), name);
    QCOMPARE(visible(balloon.body), body);
    // ...and nothing reads them as markup: not Qt's guess, nor a markup
    // reader, since a tag or an entity needs a letter, "/", "!", "?" or "#"
    // right after its "<" or "&", and every one is followed by the joiner.
    for (const QString &text : {balloon.title, balloon.body}) {
        QVERIFY2(!Qt::mightBeRichText(text), qPrintable(text));
        for (qsizetype i = 0; i < text.size(); ++i) {
            if (text.at(i) == u'<' || text.at(i) == u'&')
                QVERIFY(i + 1 < text.size() && text.at(i + 1) == QChar(TrayBalloon::WordJoiner));
        }
    }

    // Control characters (terminal escapes, a line break) cannot reach the
    // title; the body keeps its line breaks. Overrides are dropped.
    const TrayBalloon controls =
        TrayBalloon::fromPlainText(u"A\x1b]0;x\x07\nB\u202Ecba"_s, u"one\ntwo\x1b[2J\u009b"_s);
    QCOMPARE(controls.title, u"A ]0;x  Bcba"_s);
    QCOMPARE(controls.body, u"one\ntwo [2J "_s);

    // Long names are cut to what Windows shows, with "…", and never inside
    // a surrogate pair; a lone surrogate becomes U+FFFD.
    const TrayBalloon longOne = TrayBalloon::fromPlainText(QString(1000, u'<'), QString(100000, u'x'));
    QVERIFY(longOne.title.size() <= TrayBalloon::MaxTitle);
    QVERIFY(longOne.title.endsWith(u"…"_s));
    QCOMPARE(longOne.body.size(), TrayBalloon::MaxBody);
    QVERIFY(longOne.body.endsWith(u"…"_s));
    QString emoji;
    for (int i = 0; i < 40; ++i)
        emoji += u"😀"_s;
    const TrayBalloon pairs = TrayBalloon::fromPlainText(u"x"_s + emoji, QString(QChar(0xd800)) + u"y"_s);
    QVERIFY(pairs.title.size() <= TrayBalloon::MaxTitle);
    QVERIFY(!pairs.title.chopped(1).back().isHighSurrogate());
    QCOMPARE(pairs.title.chopped(1).size() % 2, 1); // "x" and whole pairs
    QCOMPARE(pairs.body, u"\uFFFDy"_s);
}

// The fallback path itself: no notification service, a tray (standing in
// for the one the offscreen platform lacks) gets the prepared balloon.
void TestNotifications::noNotificationServiceButATray_balloonShowsHostileNamesLiterally()
{
    const QString name = u"<b>Bold</b> & <img src=\"file:///dev/zero\">"_s;
    addStageDueIn(2, name, u"<a href=\"https://x.invalid\">Launch</a>"_s);
    setReminders(true, false);
    auto window = openWindow(); // no fake: nobody owns org.freedesktop.Notifications
    QVERIFY(window);
    QList<TrayBalloon> shown;
    window->notifier().setTrayPresenter(
        [&shown](const TrayBalloon &balloon, QSystemTrayIcon::MessageIcon) { shown << balloon; });
    QSignalSpy announced(&window->notifier(), &Notifier::announced);
    QTRY_COMPARE_WITH_TIMEOUT(shown.size(), 1, kWaitMs);
    QCOMPARE(announced.size(), 1);
    QCOMPARE(announced.first().first().value<Notifier::Channel>(), Notifier::Channel::Tray);
    const TrayBalloon &balloon = shown.first();
    QVERIFY2(!Qt::mightBeRichText(balloon.title), qPrintable(balloon.title));
    QVERIFY(balloon.title.size() <= TrayBalloon::MaxTitle);
    QVERIFY2(QString(balloon.title).remove(QChar(TrayBalloon::WordJoiner)).contains(u"<b>Bold</b> &"_s),
             qPrintable(balloon.title));
    QVERIFY2(!balloon.title.contains(u"<b"_s) && !balloon.title.contains(u"& "_s), qPrintable(balloon.title));
    QVERIFY2(QString(balloon.body).remove(QChar(TrayBalloon::WordJoiner)).contains(u"<a href=\"https://x.invalid\">"_s),
             qPrintable(balloon.body));
    QVERIFY2(!balloon.body.contains(u"<a"_s), qPrintable(balloon.body));
    QCOMPARE(Announcements(*m_db).recordedKeys()->size(), 1);
}

void TestNotifications::readOnlyWindow_announcesNothing()
{
    addStageDueIn(2);
    setReminders(true, false);
    startFake();
    auto window = openWindow(Database::Access::ReadOnly);
    QVERIFY(window);
    QVERIFY(window->session().isReadOnly());
    QTest::qWait(500);
    m_now = local(kMonday.addDays(1), QTime(10, 0));
    window->session().clock().check();
    QTest::qWait(300);
    QCOMPARE(received().size(), 0);
    QVERIFY(Announcements(*m_db).recordedKeys()->isEmpty());
}

void TestNotifications::windowTitle_countsWhatNeedsAttention_andFollowsTheDay()
{
    addStageDueIn(8);
    setReminders(false, false);
    m_now = local(kMonday, QTime(12, 0));
    auto window = openWindow();
    QVERIFY(window);
    QCOMPARE(window->windowTitle(), u"live.sqlite – Neuvo"_s);
    m_now = local(kMonday.addDays(1), QTime(0, 0, 1));
    window->session().clock().check();
    // The count comes with the rules' evaluation, in the session's thread.
    QTRY_COMPARE_WITH_TIMEOUT(window->windowTitle(), u"live.sqlite (1) – Neuvo"_s, kWaitMs);
}

// One round over the findings makes each announceable finding's key once;
// what is pending and what it records are positions in it. Pending: the
// announceable findings not recorded yet, one per key, in their order. A
// record keeps what is current and forgets the rest, so a finding that went
// away and comes back is news again.
void TestNotifications::announcementRound_eachKeyOnce_pendingAndPruning()
{
    const auto finding = [](const QString &rule, Severity severity, qint64 client, const QDate &date) {
        Finding f;
        f.rule = rule;
        f.severity = severity;
        f.clientId = client;
        f.date = date;
        f.evidence = u"Evidence for %1"_s.arg(client);
        return f;
    };
    const QDate day(2026, 3, 2);
    const Finding due = finding(u"stage_due_soon"_s, Severity::Warning, 1, day);
    const Finding high = finding(u"upfront_refusal"_s, Severity::High, 2, QDate());
    const Finding conduct = finding(u"vague_brief"_s, Severity::Warning, 3, day); // shown, not announced
    Finding sameAgain = due;
    sameAgain.evidence = u"Due in 2 days"_s; // the same finding, other words
    const QList<Finding> current{due, conduct, high, sameAgain};
    QVERIFY(Announcements::isAnnounceable(due));
    QVERIFY(Announcements::isAnnounceable(high));
    QVERIFY(!Announcements::isAnnounceable(conduct));

    Announcements announcements(*m_db);
    QVERIFY(announcements.recordedKeys()->isEmpty());
    const auto first = announcements.round(current);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->announceable, (QList<Finding>{due, high, sameAgain}));
    QCOMPARE(first->keys, (QStringList{due.identity(), high.identity(), due.identity()}));
    QCOMPARE(first->pending, (QList<qsizetype>{0, 1}));
    QCOMPARE(first->pendingFindings(), (QList<Finding>{due, high}));
    const QDateTime now(day, QTime(9, 0), QTimeZone::utc());
    QVERIFY(announcements.record(*first, first->pending, now));
    QStringList both{due.identity(), high.identity()};
    both.sort();
    QCOMPARE(*announcements.recordedKeys(), both);

    // Recorded: nothing pending; the high one gone: forgotten.
    const auto second = announcements.round({due});
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY(second->pending.isEmpty());
    QVERIFY(announcements.record(*second, {}, now));
    QCOMPARE(*announcements.recordedKeys(), QStringList{due.identity()});

    // Back again: news again, after the one already announced.
    const auto third = announcements.round({due, high});
    QVERIFY2(third, qPrintable(third.error()));
    QCOMPARE(third->pending, QList<qsizetype>{1});
    QCOMPARE(third->pendingFindings(), QList<Finding>{high});
}

int main(int argc, char *argv[])
{
    // The private bus also stands in for the system bus, where logind is.
    // Set before the first connection: libdbus reads both addresses then.
    if (const QByteArray address = qgetenv("DBUS_SESSION_BUS_ADDRESS"); !address.isEmpty())
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", address);
    QApplication app(argc, argv);
    TestNotifications test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "tst_notifications.moc"
