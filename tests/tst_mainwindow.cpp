#include "core/reminders/announcements.h"
#include "core/reminders/dashboardsummary.h"
#include "core/reminders/remindersettings.h"
#include "core/reminders/seenfindings.h"
#include "core/storage/database.h"
#include "core/storage/integritycheck.h"
#include "core/storage/stores.h"
#include "core/exchange/demodata.h"
#include "ui/dashboard/cardlist.h"
#include "ui/dashboard/cardmodel.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dashboard/incomechart.h"
#include "ui/invoices/invoicespage.h"
#include "ui/mainwindow.h"
#include "ui/payments/paymentspage.h"
#include "ui/projects/projectspage.h"
#include "ui/statistics/statisticspage.h"
#include "ui/itemroles.h"
#include "ui/widgets/icons.h"
#include "ui/session.h"

#include <QLocale>
#include <QAbstractItemModelTester>
#include <QFileInfo>
#include <QPointer>
#include <QSettings>
#include <QLineEdit>
#include <QListWidget>
#include <QToolBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include "ui/clients/clienttablemodel.h"

using namespace neuvo;
using namespace Qt::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup() { m_db.reset(); m_dir.reset(); }

    void emptyDatabase_offersDemoData();
    void demoData_againStartsAFreshSample();
    void navigation_shortcutsSwitchPages();
    void otherPages_builtWhenFirstShownOrAskedFor();
    void icons_onActionsAndSidebar_inThePalettesTextColour();
    void clientList_filtersPerKeystroke();
    void clientModel_passesModelTester();
    void opening_showsProgressThenTheFindings();
    void editDuringEvaluation_isKeptAndShown();
    void lastSessionSummary_showsAtFirstPaint();
    void closeDuringEvaluation_stopsAndLeavesTheFileIntact();
    void refillAfterEvaluation_inPartsEndsAsAFillAtOnce();
    void heldWrites_recordsWaitTheBannerDoesNot();

private:
    std::unique_ptr<MainWindow> makeWindow()
    {
        auto db = std::make_unique<Database>();
        if (!db->open(m_dir->filePath(u"gui.sqlite"_s)).ok())
            return nullptr;
        return std::make_unique<MainWindow>(std::move(db));
    }
    // QTest::keyClicks only knows ASCII; this types any text key by key.
    static void typeText(QWidget *widget, const QString &text)
    {
        for (const QChar ch : text)
            QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
    }
    void addClient(const QString &name, const QString &company, const QString &email);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestMainWindow::init()
{
    m_dir.reset(new QTemporaryDir);
    m_db.reset(new Database);
    QVERIFY(m_db->open(m_dir->filePath(u"gui.sqlite"_s)).ok());
}

namespace {

// Every finding row of the dashboard's alert list, by project and rule.
QSet<QPair<qint64, QString>> dashboardAlerts(DashboardPage *page)
{
    QSet<QPair<qint64, QString>> alerts;
    const CardModel *model = page->alertView()->cardModel();
    for (int g = 0; g < model->groupCount(); ++g) {
        const CardGroup &group = model->group(g);
        for (int row = 0; row < group.count; ++row) {
            const Card card = group.make(row);
            alerts.insert({card.projectId, card.rule});
        }
    }
    return alerts;
}

QSet<QPair<qint64, QString>> expectedAlerts(const QList<Finding> &findings)
{
    QSet<QPair<qint64, QString>> alerts;
    for (const Finding &f : findings) {
        if (f.kind == FindingKind::Alert || f.rule == u"payment_overdue")
            alerts.insert({f.projectId, f.rule});
    }
    return alerts;
}


// Everything a dashboard list holds: each group's title and count, and every
// card (the shown ones and those behind "Show all N") in its order.
QStringList cardListContent(const CardList *list)
{
    QStringList content;
    const CardModel *model = list->cardModel();
    for (int g = 0; g < model->groupCount(); ++g) {
        const CardGroup &group = model->group(g);
        content << u"group %1 (%2)"_s.arg(group.title).arg(group.count);
        for (int row = 0; row < group.count; ++row) {
            const Card card = group.make(row);
            content << u"%1 | %2 | %3 | %4 | %5"_s.arg(card.text, card.detail, card.badge)
                           .arg(card.clientId)
                           .arg(card.projectId);
        }
    }
    // And the rows the view shows, with their "Show all N".
    for (int top = 0; top < model->rowCount(); ++top) {
        const QModelIndex group = model->index(top, 0);
        content << u"shown: "_s + group.data().toString();
        for (int row = 0; row < model->rowCount(group); ++row)
            content << u"shown: "_s + model->index(row, 0, group).data().toString();
    }
    return content;
}

QStringList sortedUniqueKeys(const QList<Finding> &findings, const std::function<bool(const Finding &)> &which)
{
    QStringList keys;
    for (const Finding &f : findings) {
        if (which(f))
            keys << f.identity();
    }
    keys.sort();
    keys.removeDuplicates();
    return keys;
}

} // namespace

void TestMainWindow::opening_showsProgressThenTheFindings()
{
    QVERIFY(DemoData::fill(*m_db, QDate::currentDate()).ok());
    const int clients = *ClientStore(*m_db).count();
    auto facts = Facts::load(*m_db);
    QVERIFY(facts);
    const auto expected = expectedAlerts(RedFlagEngine::evaluate(*facts, QDate::currentDate()));
    QVERIFY(!expected.isEmpty());
    m_db.reset(); // the window opens the file for writing itself

    auto window = makeWindow();
    QVERIFY(window);
    window->showPage(MainWindow::DashboardView);
    window->show();
    DashboardPage *dashboard = window->dashboardPage();
    // The window is up before the rules are evaluated, and says what it is doing.
    QVERIFY(window->session().isEvaluating());
    QCOMPARE(dashboard->progressText(), u"Checking %1 clients…"_s.arg(QLocale().toString(clients)));
    QVERIFY(!dashboard->alertView()->isVisibleTo(dashboard));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));

    // Then the findings, without the progress state, the lists filled one
    // part per event.
    QTRY_VERIFY(!window->session().isEvaluating());
    QTRY_VERIFY(!dashboard->isFilling());
    QVERIFY(dashboard->progressText().isEmpty());
    QVERIFY(!dashboard->progressState()->isVisibleTo(dashboard));
    QVERIFY(dashboard->alertView()->isVisibleTo(dashboard));
    QCOMPARE(dashboardAlerts(dashboard), expected);
    // The hidden pages did not refill with the dashboard: the client list
    // fills when it is shown.
    QCOMPARE(window->clientView()->model()->rowCount(), 0);
    window->showPage(MainWindow::ClientsView);
    QCOMPARE(window->clientView()->model()->rowCount(), clients);
    QVERIFY2(window->windowTitle().contains(u"(%1)"_s.arg(DashboardPage::attentionCount(window->session().findings()))),
             qPrintable(window->windowTitle()));
}

void TestMainWindow::editDuringEvaluation_isKeptAndShown()
{
    QVERIFY(DemoData::fill(*m_db, QDate::currentDate()).ok());
    const int clients = *ClientStore(*m_db).count();
    m_db.reset();

    auto window = makeWindow();
    QVERIFY(window);
    window->showPage(MainWindow::DashboardView);
    window->show();
    QVERIFY(window->session().isEvaluating());

    // While the thread reads the file, an edit as a dialog makes it: a new
    // client with a stage 10 days overdue, written through the window's
    // own connection, then the session told.
    Database &db = window->session().db();
    Client late;
    late.name = u"Late Payer Oy"_s;
    QVERIFY(ClientStore(db).create(late).ok());
    Project project;
    project.clientId = late.id;
    project.title = u"Edited while loading"_s;
    project.status = ProjectStatus::InProgress;
    project.currency = u"EUR"_s;
    project.basePriceMinor = 50000;
    PaymentStage stage;
    stage.position = 1;
    stage.title = u"Only stage"_s;
    stage.amountMinor = 50000;
    stage.dueOn = QDate::currentDate().addDays(-10);
    project.stages = {stage};
    QVERIFY(ProjectStore(db).create(project).ok());
    window->session().notifyChanged();

    QTRY_VERIFY(!window->session().isEvaluating());
    QTRY_VERIFY(!window->dashboardPage()->isFilling());
    // The thread's results predate the edit and were not taken: the window
    // shows the edit, and the file has it.
    QCOMPARE(*ClientStore(db).count(), clients + 1);
    QCOMPARE(ProjectStore(db).get(project.id)->title, u"Edited while loading"_s);
    window->showPage(MainWindow::ClientsView);
    QTRY_COMPARE(window->clientView()->model()->rowCount(), clients + 1);
    QVERIFY(dashboardAlerts(window->dashboardPage()).contains({project.id, u"payment_overdue"_s}));
    bool found = false;
    for (const Finding &f : window->session().findings())
        found |= f.projectId == project.id && f.rule == u"payment_overdue";
    QVERIFY(found);

    // And after a restart, from the file alone.
    window.reset();
    window = makeWindow();
    QVERIFY(window);
    window->show();
    QTRY_VERIFY(!window->session().isEvaluating());
    QTRY_VERIFY(!window->dashboardPage()->isFilling());
    QVERIFY(dashboardAlerts(window->dashboardPage()).contains({project.id, u"payment_overdue"_s}));
}

void TestMainWindow::lastSessionSummary_showsAtFirstPaint()
{
    QVERIFY(DemoData::fill(*m_db, QDate::currentDate()).ok());
    m_db.reset();

    // A first start has no counts of a last session to show.
    auto window = makeWindow();
    QVERIFY(window);
    window->showPage(MainWindow::DashboardView);
    window->show();
    DashboardPage *dashboard = window->dashboardPage();
    QVERIFY(window->session().isEvaluating());
    QVERIFY(dashboard->lastSummaryText().isEmpty());
    QTRY_VERIFY(!window->session().isEvaluating());
    QTRY_VERIFY(!dashboard->isFilling());
    Session &session = window->session();
    const DashboardSummary shown =
        DashboardPage::summaryOf(session.facts(), session.findings(), session.risks(), session.today());
    QVERIFY(shown.alerts > 0);
    QCOMPARE(shown.alerts, DashboardPage::attentionCount(session.findings()));
    QVERIFY(!shown.groups.isEmpty());
    int grouped = 0;
    for (const auto &group : shown.groups)
        grouped += group.second;
    QCOMPARE(grouped, shown.alerts);

    // Closing stores what the dashboard showed, in the file.
    QVERIFY(window->close());
    window.reset();
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(u"gui.sqlite"_s), Database::Access::ReadOnly).ok());
        const auto stored = DashboardSummaryStore(db).load();
        QVERIFY2(stored.ok(), qPrintable(stored.error()));
        QVERIFY(stored->has_value());
        QCOMPARE(stored->value(), shown);
    }

    // The next start shows those counts at once, marked as last session's,
    // while the rules are checked again; then the checked lists replace them.
    window = makeWindow();
    QVERIFY(window);
    window->showPage(MainWindow::DashboardView);
    window->show();
    dashboard = window->dashboardPage();
    QVERIFY(window->session().isEvaluating());
    const QString text = dashboard->lastSummaryText();
    QVERIFY2(text.contains(u"When Neuvo was last closed"_s), qPrintable(text));
    QVERIFY2(text.contains(u"%1 alerts"_s.arg(shown.alerts)), qPrintable(text));
    QVERIFY2(text.contains(u"%1: %2"_s.arg(DashboardPage::groupTitle(shown.groups.first().first))
                               .arg(shown.groups.first().second)),
             qPrintable(text));
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTRY_VERIFY(!window->session().isEvaluating());
    QTRY_VERIFY(!dashboard->isFilling());
    QVERIFY(dashboard->lastSummaryText().isEmpty());
    QVERIFY(dashboard->alertView()->isVisibleTo(dashboard));
}

void TestMainWindow::closeDuringEvaluation_stopsAndLeavesTheFileIntact()
{
    QVERIFY(DemoData::fill(*m_db, QDate::currentDate()).ok());
    const int clients = *ClientStore(*m_db).count();
    m_db.reset();

    auto window = makeWindow();
    QVERIFY(window);
    window->show();
    QVERIFY(window->session().isEvaluating());
    // Closed while the thread evaluates: the close stops it and returns
    // with the thread ended; its results were not taken, so no counts are
    // stored as if the dashboard had shown them.
    QVERIFY(window->close());
    QVERIFY(!window->session().isEvaluating());
    QVERIFY(!window->session().hasCurrentFindings());
    window.reset();

    Database db;
    QVERIFY(db.open(m_dir->filePath(u"gui.sqlite"_s)).ok());
    QCOMPARE(*ClientStore(db).count(), clients);
    const auto stored = DashboardSummaryStore(db).load();
    QVERIFY2(stored.ok(), qPrintable(stored.error()));
    QVERIFY(!stored->has_value());
    const auto problems = IntegrityCheck::checkInvariants(db);
    QVERIFY2(problems.ok(), qPrintable(problems.error()));
    QVERIFY(problems->isEmpty());
}

void TestMainWindow::refillAfterEvaluation_inPartsEndsAsAFillAtOnce()
{
    QVERIFY(DemoData::fill(*m_db, QDate::currentDate()).ok());
    // With notifications off the notifier's round records every
    // announceable finding as announced, whatever the desktop offers.
    ReminderSettings reminders = *ReminderSettingsStore(*m_db).load();
    reminders.desktopNotifications = false;
    QVERIFY(ReminderSettingsStore(*m_db).save(reminders));
    m_db.reset();

    auto window = makeWindow();
    QVERIFY(window);
    window->showPage(MainWindow::DashboardView);
    window->show();
    DashboardPage *dashboard = window->dashboardPage();
    Session &session = window->session();
    QVERIFY(session.isEvaluating());
    // The session takes the thread's results in one event and emits its
    // signals in another; the dashboard then fills one part per event and
    // records the warnings its banner showed last.
    QTRY_VERIFY(!session.isEvaluating());
    QTRY_VERIFY(!dashboard->isFilling());

    const QList<Finding> findings = session.findings();
    const QStringList high =
        sortedUniqueKeys(findings, [](const Finding &f) { return f.severity == Severity::High; });
    QVERIFY(!high.isEmpty());
    const QStringList announceable = sortedUniqueKeys(findings, &Announcements::isAnnounceable);
    QVERIFY(!announceable.isEmpty());
    // The banner showed every High finding (none was seen before), and
    // the file records exactly those as seen and every announceable one
    // as announced.
    QCOMPARE(sortedUniqueKeys(dashboard->startupNotices(), [](const Finding &) { return true; }), high);
    QVERIFY(dashboard->banner()->isVisibleTo(dashboard));
    {
        Database db;
        QVERIFY(db.open(m_dir->filePath(u"gui.sqlite"_s), Database::Access::ReadOnly).ok());
        QCOMPARE(*SeenFindings(db).seenKeys(), high);
        QTRY_COMPARE(*Announcements(db).recordedKeys(), announceable);
    }

    const QStringList alerts = cardListContent(dashboard->alertView());
    const QStringList clients = cardListContent(dashboard->clientView());
    const QStringList projects = cardListContent(dashboard->projectView());
    QVERIFY(alerts.size() > 1);
    QVERIFY(clients.size() > 1);
    QVERIFY(projects.size() > 1);
    QVERIFY(dashboard->alertView()->isVisibleTo(dashboard));
    QVERIFY(dashboard->clientView()->isVisibleTo(dashboard));
    QVERIFY(dashboard->projectView()->isVisibleTo(dashboard));
    QVERIFY(dashboard->incomeChart()->isVisibleTo(dashboard));

    // A change refills the page at once (as after an edit), from the same
    // findings: every list ends the same as the fill in parts.
    session.notifyChanged();
    QVERIFY(!dashboard->isFilling());
    QCOMPARE(session.findings(), findings);
    QCOMPARE(cardListContent(dashboard->alertView()), alerts);
    QCOMPARE(cardListContent(dashboard->clientView()), clients);
    QCOMPARE(cardListContent(dashboard->projectView()), projects);
    // And the records stay as they were.
    QTest::qWait(50);
    QCOMPARE(*SeenFindings(session.db()).seenKeys(), high);
    QCOMPARE(*Announcements(session.db()).recordedKeys(), announceable);
}

void TestMainWindow::heldWrites_recordsWaitTheBannerDoesNot()
{
    QVERIFY(DemoData::fill(*m_db, QDate::currentDate()).ok());
    ReminderSettings reminders = *ReminderSettingsStore(*m_db).load();
    reminders.desktopNotifications = false;
    QVERIFY(ReminderSettingsStore(*m_db).save(reminders));
    m_db.reset();

    auto window = makeWindow();
    QVERIFY(window);
    Session &session = window->session();
    // As while the start checks run (the window sets this when it starts
    // them; a window made directly, as here, starts none).
    session.setWritesHeld(true);
    window->showPage(MainWindow::DashboardView);
    window->show();
    DashboardPage *dashboard = window->dashboardPage();
    QTRY_VERIFY(!session.isEvaluating());
    QTRY_VERIFY(!dashboard->isFilling());
    QTest::qWait(100); // the notifier's round, had it not waited

    const QStringList high =
        sortedUniqueKeys(session.findings(), [](const Finding &f) { return f.severity == Severity::High; });
    const QStringList announceable = sortedUniqueKeys(session.findings(), &Announcements::isAnnounceable);
    QVERIFY(!high.isEmpty());
    // The banner shows, nothing is written yet.
    QVERIFY(dashboard->banner()->isVisibleTo(dashboard));
    QCOMPARE(sortedUniqueKeys(dashboard->startupNotices(), [](const Finding &) { return true; }), high);
    QVERIFY(SeenFindings(session.db()).seenKeys()->isEmpty());
    QVERIFY(Announcements(session.db()).recordedKeys()->isEmpty());

    // Released: both records are written as without the wait.
    session.setWritesHeld(false);
    QCOMPARE(*SeenFindings(session.db()).seenKeys(), high);
    QTRY_COMPARE(*Announcements(session.db()).recordedKeys(), announceable);
}

void TestMainWindow::addClient(const QString &name, const QString &company, const QString &email)
{
    Client c;
    c.name = name;
    c.company = company;
    c.email = email;
    QVERIFY(ClientStore(*m_db).create(c).ok());
}

void TestMainWindow::emptyDatabase_offersDemoData()
{
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *demo = window->findChild<QPushButton *>(u"demoButton"_s);
    QVERIFY(demo);
    QVERIFY(demo->isVisible());
    QVERIFY(window->isShowingFirstRun());

    QVERIFY(!window->demoBanner()->isVisible());

    QTest::mouseClick(demo, Qt::LeftButton);

    // The sample went into a file of its own, shown in a window of its own
    // with a banner saying so; the person's database is as it was.
    QCOMPARE(*ClientStore(*m_db).count(), 0);
    const QString demoPath = MainWindow::demoDatabasePath();
    QVERIFY(QFileInfo(demoPath).absoluteFilePath() != QFileInfo(m_db->path()).absoluteFilePath());
    QPointer<MainWindow> demoWindow = MainWindow::windowFor(demoPath);
    QVERIFY(demoWindow);
    QVERIFY(demoWindow != window.get());
    QVERIFY(!window->isVisible());
    QVERIFY(demoWindow->isVisible());
    QVERIFY(demoWindow->isShowingDemo());
    QVERIFY(demoWindow->demoBanner()->isVisible());
    QVERIFY(!demoWindow->isShowingFirstRun());
    Database demoDb;
    QVERIFY(demoDb.open(demoPath, Database::Access::ReadOnly).ok());
    const int stored = *ClientStore(demoDb).count();
    QVERIFY(stored >= 5);
    demoWindow->showPage(MainWindow::ClientsView);
    QTRY_COMPARE(demoWindow->clientView()->model()->rowCount(), stored);
    QCOMPARE(demoWindow->ownDatabasePath(), m_db->path());
    // Not offered as a recent file: it is not the person's.
    QVERIFY(!QSettings().value(u"recentDatabases"_s).toStringList().contains(QFileInfo(demoPath).absoluteFilePath()));

    // One click back: the person's file again, the demo window gone.
    QTest::mouseClick(demoWindow->demoBanner()->findChild<QPushButton *>(u"leaveDemoButton"_s), Qt::LeftButton);
    QTRY_VERIFY(!demoWindow);
    QCOMPARE(MainWindow::windowFor(m_db->path()), window.get());
    QVERIFY(window->isVisible());
    QVERIFY(window->isShowingFirstRun());
    QCOMPARE(*ClientStore(*m_db).count(), 0);
}

void TestMainWindow::demoData_againStartsAFreshSample()
{
    auto window = makeWindow();
    window->show();
    QTest::mouseClick(window->findChild<QPushButton *>(u"demoButton"_s), Qt::LeftButton);
    QPointer<MainWindow> demoWindow = MainWindow::windowFor(MainWindow::demoDatabasePath());
    QVERIFY(demoWindow);
    // Changes in the demo stay in the demo file...
    Client extra;
    extra.name = u"Made up in the demo"_s;
    QVERIFY(ClientStore(demoWindow->session().db()).create(extra).ok());
    const int withExtra = *ClientStore(demoWindow->session().db()).count();
    demoWindow->close();
    QTRY_VERIFY(!demoWindow);
    QCOMPARE(*ClientStore(*m_db).count(), 0);
    // ...and the next "Open demo data" starts from the sample again.
    window->show();
    QTest::mouseClick(window->findChild<QPushButton *>(u"demoButton"_s), Qt::LeftButton);
    demoWindow = MainWindow::windowFor(MainWindow::demoDatabasePath());
    QVERIFY(demoWindow);
    QCOMPARE(*ClientStore(demoWindow->session().db()).count(), withExtra - 1);
    demoWindow->close();
    QTRY_VERIFY(!demoWindow);
}

void TestMainWindow::icons_onActionsAndSidebar_inThePalettesTextColour()
{
    addClient(u"Mikko"_s, u"Oy"_s, u"m@example.fi"_s);
    auto window = makeWindow();
    auto *navigation = window->findChild<QListWidget *>();
    QVERIFY(navigation);
    QCOMPARE(navigation->count(), int(MainWindow::PageCount));
    for (int row = 0; row < navigation->count(); ++row)
        QVERIFY2(!navigation->item(row)->icon().isNull(), qPrintable(navigation->item(row)->text()));
    auto *toolbar = window->findChild<QToolBar *>(u"mainToolBar"_s);
    QVERIFY(toolbar);
    QVERIFY(toolbar->actions().size() >= 4);
    for (QAction *action : toolbar->actions()) {
        if (!action->isSeparator())
            QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
    }

    // Without an icon theme (as here, offscreen) the bundled drawing is
    // drawn in the palette's text colour: dark on light, light on dark.
    const auto strokeLightness = [](const QIcon &icon) {
        const QImage image = icon.pixmap(48, 48).toImage();
        int lightness = -1;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() == 255)
                    lightness = qMax(lightness, c.lightness());
            }
        }
        return lightness;
    };
    QWidget light;
    QPalette palette = light.palette();
    palette.setColor(QPalette::WindowText, QColor(0x20, 0x20, 0x20));
    light.setPalette(palette);
    QWidget dark;
    palette.setColor(QPalette::WindowText, QColor(0xf0, 0xf0, 0xf0));
    dark.setPalette(palette);
    for (const QString &name : {u"edit-undo"_s, u"system-users"_s, u"wallet-open"_s}) {
        const int onLight = strokeLightness(bundledIcon(name, &light));
        const int onDark = strokeLightness(bundledIcon(name, &dark));
        QVERIFY2(onLight >= 0 && onLight < 80, qPrintable(name));
        QVERIFY2(onDark > 200, qPrintable(name));
    }
}

void TestMainWindow::navigation_shortcutsSwitchPages()
{
    addClient(u"Mikko"_s, u"Oy"_s, u"m@example.fi"_s);
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window->currentPage(), MainWindow::PaymentsView);
    QTest::keyClick(window.get(), Qt::Key_2, Qt::ControlModifier);
    QCOMPARE(window->currentPage(), MainWindow::ClientsView);
    QVERIFY(window->clientView()->isVisible());
}

void TestMainWindow::otherPages_builtWhenFirstShownOrAskedFor()
{
    addClient(u"Mikko"_s, u"Oy"_s, u"m@example.fi"_s);
    QSettings().remove(u"mainWindow/page"_s); // the window opens on the dashboard
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    // Not built before they are needed: their work is not in the first paint.
    QVERIFY(!window->findChild<ProjectsPage *>());
    QVERIFY(!window->findChild<PaymentsPage *>());
    QVERIFY(!window->findChild<InvoicesPage *>());
    QVERIFY(!window->findChild<StatisticsPage *>());
    QTest::keyClick(window.get(), Qt::Key_4, Qt::ControlModifier);
    QCOMPARE(window->currentPage(), MainWindow::PaymentsView);
    auto *payments = window->findChild<PaymentsPage *>();
    QVERIFY(payments);
    QVERIFY(payments->isVisible());
    QCOMPARE(window->page(MainWindow::PaymentsView), payments);
    // Asked for, a page is built but not shown.
    StatisticsPage *statistics = window->statisticsPage();
    QVERIFY(statistics);
    QCOMPARE(window->findChild<StatisticsPage *>(), statistics);
    QVERIFY(!statistics->isVisible());
    QCOMPARE(window->currentPage(), MainWindow::PaymentsView);
    QVERIFY(payments->isVisible());
    // Shown from the navigation list.
    auto *navigation = window->findChild<QListWidget *>();
    navigation->setCurrentRow(MainWindow::ProjectsView);
    QCOMPARE(window->currentPage(), MainWindow::ProjectsView);
    QVERIFY(window->projectsPage()->isVisible());
    QVERIFY(!payments->isVisible());
    window->showPage(MainWindow::InvoicesView);
    QVERIFY(window->invoicesPage()->isVisible());
    QCOMPARE(window->findChildren<ProjectsPage *>().size(), 1);
}

void TestMainWindow::clientList_filtersPerKeystroke()
{
    addClient(u"Mikko Häkkinen"_s, u"Kahvila Öljy Oy"_s, u"mikko@example.fi"_s);
    addClient(u"Олег Петров"_s, u"Ромашка"_s, u"oleg@example.ru"_s);
    addClient(u"Anna Berg"_s, u"Bergin Paja"_s, u"anna@paja.fi"_s);
    auto window = makeWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    window->showPage(MainWindow::ClientsView);
    QAbstractItemModel *view = window->clientView()->model();
    QTRY_COMPARE(view->rowCount(), 3);

    QTest::keyClick(window.get(), Qt::Key_F, Qt::ControlModifier); // QKeySequence::Find
    QVERIFY(window->filterEdit()->hasFocus());
    QTest::keyClicks(window->filterEdit(), u"i"_s); // Mikko Häkkinen, Bergin Paja
    QCOMPARE(view->rowCount(), 2);
    QTest::keyClick(window->filterEdit(), Qt::Key_N);
    QCOMPARE(view->rowCount(), 2);
    QTest::keyClick(window->filterEdit(), Qt::Key_E); // "ine": only Häkkinen
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, ClientTableModel::Name).data().toString(), u"Mikko Häkkinen"_s);
    QTest::keyClick(window->filterEdit(), Qt::Key_Backspace);
    QCOMPARE(view->rowCount(), 2);
    window->filterEdit()->clear();
    typeText(window->filterEdit(), u"öljy"_s); // company, case-insensitive
    QCOMPARE(view->rowCount(), 1);
    QCOMPARE(view->index(0, ClientTableModel::Name).data().toString(), u"Mikko Häkkinen"_s);
    window->filterEdit()->clear();
    typeText(window->filterEdit(), u"ПЕТ"_s);
    QCOMPARE(view->rowCount(), 1);
}

void TestMainWindow::clientModel_passesModelTester()
{
    ClientTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto clients = ClientStore(*m_db).list();
    QVERIFY(clients.ok());
    addClient(u"A"_s, u"B"_s, u"c@d"_s);
    addClient(u"E"_s, u"F"_s, u"g@h"_s);
    model.setClients(*ClientStore(*m_db).list());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(1, ClientTableModel::Company).data().toString(), u"F"_s);
    model.setClients({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
