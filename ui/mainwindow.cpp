#include "mainwindow.h"
#include "ui/widgets/plaintext.h"
#include "ui/widgets/warning.h"
#include "ui/widgets/icons.h"

#include "ui/dialogs/backupdialogs.h"
#include "ui/dialogs/connectserverdialog.h"
#include "ui/clients/clientspage.h"
#include "core/storage/applicationidentity.h"
#include "core/reminders/calendarfeed.h"
#include "core/storage/atomicfile.h"
#include "core/storage/backup.h"
#include "core/reminders/dashboardsummary.h"
#include "core/storage/database.h"
#include "core/storage/databaselock.h"
#include "core/storage/serveraddress.h"
#include "core/storage/sqldialect.h"
#include "core/exchange/demodata.h"
#include "core/storage/startchecks.h"
#include "core/storage/stores.h"
#include "ui/dialogs/csvdialect.h"
#include "ui/dialogs/csvimportdialog.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/dialogs/documentdialog.h"
#include "ui/widgets/choice.h"
#include "ui/invoices/invoicespage.h"
#include "ui/statistics/statisticspage.h"
#include "ui/payments/paymentspage.h"
#include "core/domain/plural.h"
#include "ui/dialogs/preferencesdialog.h"
#include "ui/projects/projectspage.h"
#include "ui/notifications/notifier.h"
#include "legacysettings.h"
#include "session.h"
#include "singleinstance.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QSet>
#include <QStatusBar>
#include <QSysInfo>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

enum CentralIndex { WorkArea, FirstRun };
constexpr int MaxRecentFiles = 8;
const auto kRecentKey = u"recentDatabases"_s;

// Files whose quick check, run after their window showed, found damage:
// opened again in this process, they are checked before a window shows,
// so that the restore of a good backup is offered (openWindow()).
QSet<QString> &filesToCheckBeforeShowing()
{
    static QSet<QString> files;
    return files;
}

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

// Another process (not a window of this one, which shares the lock) holds
// the database's lock.
bool lockedByAnotherProcess(const QString &path)
{
    const auto holder = DatabaseLock(path).holder();
    return holder
           && !(holder->pid == QCoreApplication::applicationPid()
                && (holder->hostname.isEmpty() || holder->hostname == QSysInfo::machineHostName()));
}

// What the recent list keeps and windowFor() compares: a file's absolute
// path, a server URL without any password.
QString recentEntry(const QString &location)
{
    if (SqlDialect::isServerUrl(location))
        return withoutPassword(location);
    return QFileInfo(location).absoluteFilePath();
}

bool isDemoPath(const QString &path)
{
    return QFileInfo(path).absoluteFilePath() == QFileInfo(MainWindow::demoDatabasePath()).absoluteFilePath();
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_session(new Session(*m_db, this))
{
    // The rules are evaluated in a thread while the window builds and
    // paints; the pages fill when it is done (Session::changed()).
    m_session->startEvaluation();

    // Client data reaches tool tips (evidence, notes, cells); show them as text.
    installPlainTextToolTips();
    if (!SqlDialect::isServerUrl(m_db->path()))
        setWindowFilePath(m_db->path());

    m_navigation = new QListWidget;
    m_navigation->setAccessibleName(tr("Navigation"));
    const QStringList pageIcons = {u"view-grid"_s, u"system-users"_s, u"folder"_s, u"wallet-open"_s, u"document-print"_s,
                                   u"office-chart-bar"_s};
    const QStringList pageNames = {tr("Dashboard"), tr("Clients"), tr("Projects"), tr("Payments"), tr("Invoices"),
                                   tr("Statistics")};
    for (int page = 0; page < PageCount; ++page)
        new QListWidgetItem(themedIcon(pageIcons.at(page), m_navigation), pageNames.at(page), m_navigation);
    m_navigation->setIconSize(QSize(22, 22));
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 32);
    m_navigation->setFrameShape(QFrame::NoFrame);

    // The dashboard and the clients (whose actions are in the menus and the
    // toolbar) are built now; the other pages when first shown or asked for
    // (page()), so that building them does not delay the first paint.
    m_dashboardPage = new DashboardPage(*m_session);
    m_clientsPage = new ClientsPage(*m_session);
    static_assert(DashboardView == 0 && ClientsView == 1 && ProjectsView == 2);
    m_pages = new QStackedWidget;
    m_pages->addWidget(m_dashboardPage);
    m_pages->addWidget(m_clientsPage);
    for (int page = ProjectsView; page < PageCount; ++page)
        m_pages->addWidget(new QWidget); // until page() builds it
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= PageCount)
            return;
        page(Page(row));
        m_pages->setCurrentIndex(row);
    });

    connect(m_dashboardPage, &DashboardPage::openClientRequested, this, &MainWindow::openClient);
    connect(m_dashboardPage, &DashboardPage::openProjectRequested, this, &MainWindow::openProject);
    connect(m_clientsPage, &ClientsPage::openProjectRequested, this, &MainWindow::openProject);

    auto *workArea = new QWidget;
    auto *workLayout = new QHBoxLayout(workArea);
    workLayout->addWidget(m_navigation);
    workLayout->addWidget(m_pages, 1);

    auto *firstRun = new QWidget;
    auto *firstRunLayout = new QVBoxLayout(firstRun);
    auto *welcome = new QLabel(tr("<h2>Welcome to Neuvo</h2>"
                                  "<p>Your database is empty. Add your first client, or look around "
                                  "with sample clients, projects and payments first.</p>"));
    welcome->setWordWrap(true);
    welcome->setAlignment(Qt::AlignCenter);
    auto *demoButton = new QPushButton(tr("Open demo data"));
    demoButton->setObjectName(u"demoButton"_s);
    connect(demoButton, &QPushButton::clicked, this, &MainWindow::loadDemoData);
    firstRunLayout->addStretch();
    firstRunLayout->addWidget(welcome);
    firstRunLayout->addWidget(demoButton, 0, Qt::AlignHCenter);
    firstRunLayout->addStretch();

    m_session->disableIfReadOnly(demoButton);

    m_central = new QStackedWidget;
    m_central->insertWidget(WorkArea, workArea);
    m_central->insertWidget(FirstRun, firstRun);

    // Says once, at the top, why nothing can be changed; each disabled
    // control repeats it in its tooltip.
    m_readOnlyBanner = new QLabel;
    m_readOnlyBanner->setObjectName(u"readOnlyBanner"_s);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setTextFormat(Qt::PlainText);
    m_readOnlyBanner->setAccessibleName(tr("Read-only"));
    const QColor caution(0xf2, 0xa9, 0x00);
    m_readOnlyBanner->setStyleSheet(u"QLabel { background: %1; border-bottom: 1px solid %2; padding: 6px 10px; }"_s.arg(
        bannerColor(this, caution).name(), bannerBorderColor(this, caution).name()));
    m_readOnlyBanner->setText(tr("Read-only: %1 You can look at everything, but changes cannot be saved.")
                                  .arg(m_session->readOnlyText()));
    m_readOnlyBanner->setVisible(m_session->isReadOnly());

    // Says all the time that these are made-up clients, and leads back.
    m_demoBanner = new QFrame;
    m_demoBanner->setObjectName(u"demoBanner"_s);
    m_demoBanner->setAccessibleName(tr("Demo data"));
    m_demoBanner->setAutoFillBackground(true);
    {
        QPalette palette = m_demoBanner->palette();
        palette.setColor(QPalette::Window, bannerColor(m_demoBanner));
        m_demoBanner->setPalette(palette);
        auto *label = plainLabel(tr("This is demo data with made-up clients, in a file of its own (%1). Your own "
                                    "database is not changed by anything you do here.")
                                     .arg(nativePath(m_db->path())));
        label->setObjectName(u"demoBannerText"_s);
        label->setWordWrap(true);
        auto *back = new QPushButton(themedIcon(u"go-previous"_s, this), tr("&Back to My Database"));
        back->setObjectName(u"leaveDemoButton"_s);
        connect(back, &QPushButton::clicked, this, &MainWindow::leaveDemo);
        auto *layout = new QHBoxLayout(m_demoBanner);
        layout->setContentsMargins(10, 6, 10, 6);
        layout->addWidget(label, 1);
        layout->addWidget(back);
    }
    m_demoBanner->setVisible(isShowingDemo());
    auto *central = new QWidget;
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_readOnlyBanner);
    centralLayout->addWidget(m_demoBanner);
    centralLayout->addWidget(m_central, 1);
    setCentralWidget(central);

    // The writer of a file answers a second start on it (see openWindow);
    // a server takes many writers.
    if (!m_session->isReadOnly() && !SqlDialect::isServerUrl(m_db->path())) {
        m_instance = new InstanceServer(m_db->path(), this);
        connect(m_instance, &InstanceServer::raiseRequested, this, &MainWindow::activate);
    }

    m_statusLabel = plainLabel();
    statusBar()->addPermanentWidget(m_statusLabel);
    m_statusLabel->setText(m_session->isReadOnly() ? tr("%1 (read-only)").arg(nativePath(m_db->path()))
                                                   : nativePath(m_db->path()));

    createActions();

    connect(m_session, &Session::changed, this, &MainWindow::updateFirstRun);
    connect(m_session, &Session::changed, this, &MainWindow::updateTitle);
    updateTitle();

    m_notifier = new Notifier(*m_session, this);
    connect(m_notifier, &Notifier::bannerRequested, m_dashboardPage, &DashboardPage::showNotices);
    connect(m_notifier, &Notifier::openClientRequested, this, [this](qint64 id) {
        activate();
        openClient(id);
    });
    connect(m_notifier, &Notifier::openProjectRequested, this, [this](qint64 id) {
        activate();
        openProject(id);
    });
    connect(m_notifier, &Notifier::openDashboardRequested, this, [this] {
        activate();
        showPage(DashboardView);
    });
    connect(m_session, &Session::errorOccurred, this, &MainWindow::showError);
    connect(m_session, &Session::undoAvailabilityChanged, this, [this](bool available) {
        m_undoAction->setEnabled(available);
        m_undoAction->setText(m_session->undoText());
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(u"mainWindow/geometry"_s).toByteArray()))
        resize(1100, 700);
    restoreState(settings.value(u"mainWindow/state"_s).toByteArray());
    const int lastPage = settings.value(u"mainWindow/page"_s, int(DashboardView)).toInt();
    showPage(lastPage >= 0 && lastPage < PageCount ? Page(lastPage) : DashboardView);
    updateFirstRun();
}

MainWindow::~MainWindow()
{
    // The pages, the notifier, the session and the start checks refer to
    // the database: delete them first.
    delete m_startChecks;
    delete m_central;
    delete m_notifier;
    delete m_session;
}

MainWindow *MainWindow::windowFor(const QString &path)
{
    if (SqlDialect::isServerUrl(path)) {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *window = qobject_cast<MainWindow *>(widget);
            if (window && window->m_db && recentEntry(window->m_db->path()) == recentEntry(path))
                return window;
        }
        return nullptr;
    }
    const QFileInfo wanted(path);
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (!window || !window->m_db)
            continue;
        const QFileInfo shown(window->m_db->path());
        if (shown.absoluteFilePath() == wanted.absoluteFilePath()
            || (wanted.exists() && shown.canonicalFilePath() == wanted.canonicalFilePath()))
            return window;
    }
    return nullptr;
}

MainWindow *MainWindow::openWindow(const QString &path, QWidget *errorParent, bool *handedOver)
{
    if (handedOver)
        *handedOver = false;
    // One window per file: SQLite would cope with two, but two editors of
    // one client would overwrite each other.
    if (MainWindow *window = windowFor(path)) {
        window->activate();
        return window;
    }

    const QString file = nativePath(path);
    QString notice;
    auto db = std::make_unique<Database>();
    // The quick check of the whole file waits until the window is up
    // (StartChecks), unless a check there found damage before, or desktop
    // settings of an older Neuvo are to be moved into the file below (a
    // write, which must not reach a damaged file).
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const QSettings settings;
    const bool legacyToMove = settings.contains(LegacySettings::backupsToKeepKey())
                              || settings.contains(LegacySettings::seenFindingsKey(path));
    db->setQuickCheckDeferred(!legacyToMove && !filesToCheckBeforeShowing().contains(absolute));
    // Read-only rather than refused when another Neuvo writes to the file:
    // the user chooses below.
    auto opened = db->open(path, Database::Access::ReadWriteIfFree);
    // A server that wants a password none of libpq's places has: ask, and
    // keep the answer in this connection only.
    if (!opened && SqlDialect::isServerUrl(path)
        && classifyServerFailure(opened.error()) == ServerFailure::PasswordNeeded) {
        const auto password = ConnectServerDialog::askPassword(errorParent, path);
        if (!password)
            return nullptr;
        db->setServerPassword(*password);
        opened = db->open(path, Database::Access::ReadWriteIfFree);
    }
    if (!opened) {
        const QString backup = db->suggestedBackup();
        if (backup.isEmpty()) {
            MessageBox::critical(errorParent, tr("Neuvo"), opened.error());
            return nullptr;
        }
        // Core's message ends with the neuvo-cli command that restores the
        // backup; here a button does that, so the box says it in its words.
        QString reason = opened.error();
        if (const qsizetype at = reason.indexOf(backup); at > 0) {
            if (const qsizetype end = reason.lastIndexOf(u". "_s, at); end > 0)
                reason.truncate(end + 1);
        }
        QDateTime made;
        for (const BackupInfo &b : BackupManager(path).list()) {
            if (b.path == backup)
                made = b.createdUtc.toLocalTime();
        }
        // The file itself is never written to; a restore keeps its bytes as
        // a "damaged" backup before the good one takes its place.
        const int answer = Choice::ask(
            errorParent, tr("Neuvo"), reason,
            tr("The newest good backup is %1, made %2. Restore this backup puts it in the place of %3; the file as "
               "it is now is kept, byte for byte, in %4.")
                .arg(nativePath(backup), QLocale().toString(made, QLocale::ShortFormat), file,
                     nativePath(BackupManager::folderFor(path))),
            {tr("Restore this backup")});
        if (answer != 0)
            return nullptr;
        const auto restored = BackupManager(path).restore(backup);
        if (!restored) {
            MessageBox::critical(errorParent, tr("Neuvo"), restored.error());
            return nullptr;
        }
        if (auto reopened = db->open(path, Database::Access::ReadWriteIfFree); !reopened) {
            MessageBox::critical(errorParent, tr("Neuvo"), reopened.error());
            return nullptr;
        }
        notice = tr("%1 was restored from %2. The file that could not be opened is kept as %3.")
                     .arg(file, nativePath(restored->restoredFrom), nativePath(restored->previousKeptAs));
    }

    if (db->isReadOnly() && lockedByAnotherProcess(path)) {
        // Only a Neuvo window listens; a neuvo-cli import holding the lock
        // cannot be switched to.
        const bool running = InstanceServer::isRunningFor(path);
        QStringList answers;
        if (running)
            answers << tr("Switch to the Running Neuvo");
        answers << tr("Open Read-Only");
        const int answer = Choice::ask(
            errorParent, tr("Neuvo"), tr("%1 is already open in another Neuvo.").arg(file),
            tr("Only one Neuvo at a time may change a database (%1). You can open it here read-only: you can look "
               "at everything, but not change it.")
                .arg(db->readOnlyReason()),
            answers);
        if (answer < 0)
            return nullptr;
        if (running && answer == 0) {
            db.reset();
            if (InstanceServer::askToRaise(path)) {
                if (handedOver)
                    *handedOver = true;
                return nullptr;
            }
            MessageBox::warning(errorParent, tr("Neuvo"),
                                 tr("The Neuvo that has %1 open did not answer. Switch to it yourself, or start "
                                    "again and open the file read-only.")
                                     .arg(file));
            return nullptr;
        }
    }

    // Before any backup: rotation reads the number to keep from the file.
    if (auto moved = LegacySettings::moveIntoProfile(*db); !moved)
        MessageBox::warning(errorParent, tr("Neuvo"), moved.error());
    if (auto moved = LegacySettings::moveSeenFindings(*db); !moved)
        MessageBox::warning(errorParent, tr("Neuvo"), moved.error());
    // The first start of a day keeps a copy of the file as it was; the demo
    // is made afresh each time and needs none. Made after the window shows,
    // before anything is written (StartChecks).
    const bool dailyBackup = !db->isReadOnly() && !isDemoPath(db->path()) && !SqlDialect::isServerUrl(db->path());
    return showOpened(std::move(db), notice, dailyBackup);
}

MainWindow *MainWindow::showOpened(std::unique_ptr<Database> db, const QString &notice, bool dailyBackup)
{
    rememberRecent(db->path());
    auto *window = new MainWindow(std::move(db));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->runStartChecks(dailyBackup);
    window->show();
    if (!notice.isEmpty())
        window->showNotice(notice);
    return window;
}

void MainWindow::runStartChecks(bool dailyBackup)
{
    if (!m_db->isQuickCheckPending() && !dailyBackup)
        return;
    m_startChecks = new StartChecks(*m_db, m_db->isQuickCheckPending(), dailyBackup, this);
    connect(m_startChecks, &StartChecks::finished, this, &MainWindow::startChecksFinished);
    // They begin once the window has painted (event()), so that they do not
    // compete with building and painting it for the cores; a window that
    // does not paint soon (minimized) starts them anyway. Every commit
    // waits for them from now on, and one made before they began starts
    // them; a close before then stops them before they began.
    QTimer::singleShot(500, m_startChecks, &StartChecks::start);
    m_session->setWritesHeld(true);
}

bool MainWindow::event(QEvent *event)
{
    if (event->type() == QEvent::Paint && m_startChecks && !m_startChecksQueued) {
        m_startChecksQueued = true;
        // Queued: the paint reaches the screen first.
        QTimer::singleShot(0, m_startChecks, &StartChecks::start);
    }
    return QMainWindow::event(event);
}

void MainWindow::startChecksFinished()
{
    const StartChecks::Outcome outcome = m_startChecks->outcome();
    if (outcome.stopped)
        return; // by closeEvent(): the next start checks again
    if (!outcome.checkError.isEmpty()) {
        // Nothing was written (StartChecks refuses every commit now). The
        // window goes, and once it has released the file and its lock, the
        // file is opened again the careful way, which offers the newest
        // good backup.
        const QString path = m_db->path();
        filesToCheckBeforeShowing().insert(QFileInfo(path).absoluteFilePath());
        MessageBox::critical(this, tr("Neuvo"), outcome.checkError);
        connect(this, &QObject::destroyed, qApp,
                [path] { QTimer::singleShot(0, qApp, [path] { MainWindow::openWindow(path); }); });
        close();
        return;
    }
    m_session->setWritesHeld(false);
    if (!outcome.backupError.isEmpty())
        showError(outcome.backupError);
}

void MainWindow::activate()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

QTableView *MainWindow::clientView() const
{
    return m_clientsPage->view();
}

QLineEdit *MainWindow::filterEdit() const
{
    return m_clientsPage->filterEdit();
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

bool MainWindow::isShowingFirstRun() const
{
    return m_central->currentIndex() == FirstRun;
}

void MainWindow::showPage(Page page)
{
    this->page(page);
    m_navigation->setCurrentRow(page);
    m_pages->setCurrentIndex(page);
}

QWidget *MainWindow::page(Page page)
{
    if (page < 0 || page >= PageCount)
        return nullptr;
    QWidget *placeholder = m_pages->widget(page);
    QWidget *made = nullptr;
    switch (page) {
    case DashboardView:
    case ClientsView:
    case PageCount:
        return placeholder; // built with the window
    case ProjectsView:
        if (m_projectsPage)
            return m_projectsPage;
        m_projectsPage = new ProjectsPage(*m_session);
        connect(m_projectsPage, &ProjectsPage::openClientRequested, this, &MainWindow::openClient);
        connect(m_projectsPage, &ProjectsPage::openProjectRequested, this, &MainWindow::openProject);
        made = m_projectsPage;
        break;
    case PaymentsView:
        if (m_paymentsPage)
            return m_paymentsPage;
        m_paymentsPage = new PaymentsPage(*m_session);
        connect(m_paymentsPage, &PaymentsPage::openClientRequested, this, &MainWindow::openClient);
        connect(m_paymentsPage, &PaymentsPage::openProjectRequested, this, &MainWindow::openProject);
        made = m_paymentsPage;
        break;
    case InvoicesView:
        if (m_invoicesPage)
            return m_invoicesPage;
        m_invoicesPage = new InvoicesPage(*m_session);
        connect(m_invoicesPage, &InvoicesPage::openProjectRequested, this, &MainWindow::openProject);
        made = m_invoicesPage;
        break;
    case StatisticsView:
        if (m_statisticsPage)
            return m_statisticsPage;
        m_statisticsPage = new StatisticsPage(*m_session);
        made = m_statisticsPage;
        break;
    }
    // In the placeholder's place; the page in sight stays in sight.
    m_pages->insertWidget(page, made);
    m_pages->removeWidget(placeholder);
    delete placeholder;
    return made;
}

InvoicesPage *MainWindow::invoicesPage()
{
    page(InvoicesView);
    return m_invoicesPage;
}

ProjectsPage *MainWindow::projectsPage()
{
    page(ProjectsView);
    return m_projectsPage;
}

StatisticsPage *MainWindow::statisticsPage()
{
    page(StatisticsView);
    return m_statisticsPage;
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(themedIcon(u"document-new"_s, this), tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setStatusTip(tr("Create an empty database file and open it in a new window"));
    QAction *open = file->addAction(themedIcon(u"document-open"_s, this), tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    QAction *connectServer = file->addAction(themedIcon(u"network-server"_s, this), tr("Connect to &Server…"), this,
                                             &MainWindow::showConnectServer);
    connectServer->setObjectName(u"connectServerAction"_s);
    connectServer->setStatusTip(tr("Open a Neuvo database on a PostgreSQL server"));
    file->addSeparator();
    QAction *printAction = file->addAction(themedIcon(u"document-print"_s, this), tr("&Print or Export Document…"), this, &MainWindow::printDocument);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setStatusTip(tr("Contract, quote or stage invoice of the selected project"));
    file->addSeparator();
    QAction *importCsvAction = file->addAction(themedIcon(u"document-import"_s, this), tr("&Import CSV…"), this, &MainWindow::importCsv);
    importCsvAction->setObjectName(u"importCsvAction"_s);
    importCsvAction->setStatusTip(tr("Clients or projects from a spreadsheet, with a preview and column mapping"));
    m_session->disableIfReadOnly(importCsvAction);
    QMenu *exportCsv = file->addMenu(themedIcon(u"document-export"_s, this), tr("&Export CSV"));
    exportCsv->addAction(tr("&Clients…"), this, [this] { chooseExportCsv(CsvExchange::Table::Clients); });
    exportCsv->addAction(tr("&Projects…"), this, [this] { chooseExportCsv(CsvExchange::Table::Projects); });
    exportCsv->addAction(tr("Payment &Stages…"), this, [this] { chooseExportCsv(CsvExchange::Table::Stages); });
    QAction *exportCalendarAction = file->addAction(tr("Export Ca&lendar…"), this, &MainWindow::chooseExportCalendar);
    exportCalendarAction->setObjectName(u"exportCalendarAction"_s);
    exportCalendarAction->setStatusTip(
        tr("Due dates, deadlines, promises, renewals and price notices as an iCalendar file for your calendar"));
    file->addSeparator();
    QAction *backUp = file->addAction(themedIcon(u"document-save"_s, this), tr("&Back Up Now"), this, &MainWindow::backUpNow);
    backUp->setObjectName(u"backUpNowAction"_s);
    const bool onServer = SqlDialect::isServerUrl(m_db->path());
    backUp->setStatusTip(onServer ? tr("Save a snapshot of every table in %1 (the server's own backup is pg_dump)")
                                        .arg(nativePath(BackupManager::folderFor(m_db->path())))
                                  : tr("Save a copy of the database in its backups folder"));
    QAction *restore = file->addAction(tr("Restore Bac&kup…"), this, &MainWindow::showRestoreBackup);
    restore->setObjectName(u"restoreBackupAction"_s);
    restore->setStatusTip(tr("Put an earlier copy of the database back"));
    m_session->disableIfReadOnly(restore);
    QAction *check = file->addAction(tr("Check &Database"), this, &MainWindow::checkDatabase);
    check->setObjectName(u"checkDatabaseAction"_s);
    check->setStatusTip(onServer ? tr("Look for records that break Neuvo's rules (the server keeps its storage sound)")
                                 : tr("Look for damage and for records that break Neuvo's rules"));
    if (onServer) {
        // Restoring replaces the file; a server's data comes back with
        // pg_restore.
        restore->setEnabled(false);
        restore->setToolTip(SqlDialect::postgresql().fileOnlyFeature(tr("Restoring a backup")));
    }
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close Window"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(m_session->undoText(), this, &MainWindow::undoDeletion);
    m_undoAction->setObjectName(u"undoAction"_s);
    m_undoAction->setIcon(themedIcon(u"edit-undo"_s, this));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    m_session->disableIfReadOnly(m_undoAction);
    edit->addSeparator();
    QAction *find = edit->addAction(themedIcon(u"edit-find"_s, this), tr("&Find Client"), this, [this] {
        showPage(ClientsView);
        m_clientsPage->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction *prefs = edit->addAction(themedIcon(u"preferences-system"_s, this), tr("&Preferences…"), this, &MainWindow::openPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu *clients = menuBar()->addMenu(tr("&Client"));
    for (QAction *action : {m_clientsPage->newClientAction(), m_clientsPage->editClientAction(),
                            m_clientsPage->deleteClientAction()}) {
        clients->addAction(action);
        connect(action, &QAction::triggered, this, [this] { showPage(ClientsView); });
    }

    // A disabled item's tooltip says why (a read-only database).
    for (QMenu *menu : {file, edit, clients})
        menu->setToolTipsVisible(true);

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const QStringList names = {tr("&Dashboard"), tr("&Clients"), tr("&Projects"), tr("P&ayments"),
                               tr("&Invoices"), tr("&Statistics")};
    for (int page = 0; page < PageCount; ++page) {
        QAction *action = go->addAction(names.at(page), this, [this, page] { showPage(Page(page)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + page)));
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Neuvo"), this, [this] {
        QMessageBox::about(this, tr("About Neuvo"),
                           tr("<h3>Neuvo %1</h3><p>A desktop CRM for solo freelancers: clients, staged "
                              "payments, contracts and the red flags of difficult clients.</p>")
                               .arg(QStringLiteral(NEUVO_VERSION).toHtmlEscaped()));
    });
    about->setMenuRole(QAction::AboutRole);

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(u"mainToolBar"_s);
    // Text beside the icon: the Undo button names what it puts back.
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->setIconSize(QSize(20, 20));
    toolbar->addAction(m_clientsPage->newClientAction());
    toolbar->addAction(find);
    toolbar->addAction(m_undoAction);
    toolbar->addSeparator();
    toolbar->addAction(printAction);
}

void MainWindow::rememberRecent(const QString &path)
{
    if (isDemoPath(path))
        return;
    QSettings settings;
    const QStringList before = settings.value(kRecentKey).toStringList();
    QStringList recent = before;
    const QString entry = recentEntry(path);
    recent.removeAll(entry);
    recent.prepend(entry);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    // Opening the most recent file again changes nothing; setting the key
    // would still rewrite and sync the settings file.
    if (recent != before)
        settings.setValue(kRecentKey, recent);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        if (path == recentEntry(m_db->path()))
            continue;
        const QString label = SqlDialect::isServerUrl(path)
                                  //: Open Recent: a database on a server, its name and URL
                                  ? tr("%1 (%2)").arg(databaseDisplayName(path), path)
                                  : QDir::toNativeSeparators(path);
        m_recentMenu->addAction(label, this, [this, path] { switchTo(path); });
    }
    m_recentMenu->setEnabled(!m_recentMenu->isEmpty());
}

void MainWindow::updateFirstRun()
{
    auto count = ClientStore(*m_db).count();
    const bool empty = count.ok() && *count == 0;
    m_central->setCurrentIndex(empty ? FirstRun : WorkArea);
}

void MainWindow::newDatabase()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString path = QFileDialog::getSaveFileName(this, tr("New Database"), dir + u"/neuvo.sqlite"_s,
                                                tr("Neuvo databases (*.neuvo *.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists. Choose a new file name, or open it with File → Open Database.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    switchTo(path);
}

void MainWindow::openDatabaseDialog()
{
    const QString folder = SqlDialect::isServerUrl(m_db->path())
                               ? QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                               : QFileInfo(m_db->path()).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), folder,
                                                      tr("Neuvo databases (*.neuvo *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    switchTo(path);
}

void MainWindow::showConnectServer()
{
    auto *dialog = new ConnectServerDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (const auto current = ServerAddress::fromUrl(m_db->path()))
        dialog->setAddress(*current);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        std::unique_ptr<Database> db = dialog->takeDatabase();
        if (MainWindow *shown = windowFor(db->path())) {
            // Already open here: that window, not a second one.
            db.reset();
            shown->activate();
            if (shown != this)
                close();
            return;
        }
        showOpened(std::move(db));
        close();
    });
    dialog->open();
}

void MainWindow::switchTo(const QString &path)
{
    if (MainWindow *window = openWindow(path, this); window && window != this)
        close();
}

void MainWindow::openPreferences()
{
    PreferencesDialog dialog(*m_session, this);
    dialog.exec();
}

void MainWindow::printDocument()
{
    const qint64 projectId = currentPage() == ProjectsView ? projectsPage()->currentProjectId() : 0;
    if (projectId <= 0) {
        showPage(ProjectsView);
        statusBar()->showMessage(tr("Select a project, then print its contract, quote or invoice."), 5000);
        return;
    }
    auto *dialog = new DocumentDialog(*m_session, projectId, DocumentKind::Contract, 0, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::undoDeletion()
{
    if (const QString error = m_session->undoLastDeletion(); !error.isEmpty())
        showError(error);
}

QString MainWindow::demoDatabasePath()
{
    return applicationDataFolder() + u"/demo.neuvo"_s;
}

bool MainWindow::isShowingDemo() const
{
    return isDemoPath(m_db->path());
}

QString MainWindow::ownDatabasePath() const
{
    if (!m_ownPath.isEmpty())
        return m_ownPath;
    for (const QString &path : QSettings().value(kRecentKey).toStringList()) {
        if (!isDemoPath(path) && (SqlDialect::isServerUrl(path) || QFileInfo::exists(path)))
            return path;
    }
    return Database::defaultPath();
}

void MainWindow::loadDemoData()
{
    const QString path = demoDatabasePath();
    const QString own = isShowingDemo() ? ownDatabasePath() : m_db->path();
    MainWindow *demo = windowFor(path);
    if (!demo) {
        // A fresh sample each time, unless another Neuvo has the demo open
        // (then openWindow below offers it read-only or a switch).
        if (!lockedByAnotherProcess(path)) {
            if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
                showError(tr("The folder for the demo data, %1, cannot be created.")
                              .arg(nativePath(QFileInfo(path).absolutePath())));
                return;
            }
            for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u"-journal"_s})
                QFile::remove(path + suffix);
            Database sample;
            auto filled = sample.open(path);
            if (filled)
                filled = DemoData::fill(sample, m_session->today());
            if (!filled) {
                showError(filled.error());
                return;
            }
        }
        demo = openWindow(path, this);
        if (!demo)
            return;
    }
    demo->m_ownPath = own;
    demo->m_session->notifyChanged();
    demo->showPage(DashboardView);
    demo->activate();
    if (demo != this)
        close();
}

void MainWindow::leaveDemo()
{
    switchTo(ownDatabasePath());
}

void MainWindow::openClient(qint64 clientId)
{
    showPage(ClientsView);
    m_clientsPage->selectClient(clientId);
}

void MainWindow::openProject(qint64 projectId)
{
    showPage(ProjectsView);
    QMetaObject::invokeMethod(projectsPage(), "openProject", Q_ARG(qint64, projectId));
}

void MainWindow::showError(const QString &message)
{
    MessageBox::warning(this, tr("Neuvo"), message);
}

void MainWindow::showNotice(const QString &message)
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Neuvo"), message, QMessageBox::Ok, this);
    box->setObjectName(u"noticeBox"_s);
    makePlainText(*box);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

// ---------------------------------------------------------------- data safety

void MainWindow::backUpNow()
{
    auto made = BackupManager(m_db->path()).create(*m_db, u"manual"_s);
    if (!made) {
        showError(tr("The backup was not made. %1").arg(made.error()));
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1.").arg(nativePath(made->path)), 10000);
}

void MainWindow::showRestoreBackup()
{
    if (m_session->isReadOnly())
        return;
    auto *dialog = new RestoreBackupDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Queued: the restore closes the connection, which the dialog's own
    // slot should not see from inside.
    connect(dialog, &RestoreBackupDialog::restoreRequested, this, &MainWindow::restoreBackup, Qt::QueuedConnection);
    dialog->open();
}

void MainWindow::restoreBackup(const QString &backupPath)
{
    // Another process's lock or an unwritable folder would make the reopen
    // below fail and take the window with it.
    if (m_session->isReadOnly())
        return;
    const QString path = m_db->path();
    // BackupManager::restore needs the file to itself: this window's
    // connection and lock go first. The Database object stays, so the
    // session and pages that refer to it stay valid across the reopen.
    delete m_instance;
    m_instance = nullptr;
    // Its thread reads the file, and its hook sits on the connection.
    delete m_startChecks;
    m_startChecks = nullptr;
    m_db->close();
    const auto restored = BackupManager(path).restore(backupPath);
    if (auto reopened = m_db->open(path); !reopened) {
        // Both messages when both failed: the second alone would hide why.
        const QString why = restored ? reopened.error() : restored.error() + u"\n\n"_s + reopened.error();
        MessageBox::critical(this, tr("Neuvo"), why);
        close();
        return;
    }
    m_instance = new InstanceServer(path, this);
    connect(m_instance, &InstanceServer::raiseRequested, this, &MainWindow::activate);
    m_session->databaseReplaced();
    // The checks were stopped above and will not report: the reopened file
    // was checked at its open, so what waited for them may be written now.
    m_session->setWritesHeld(false);
    if (!restored) {
        showError(restored.error());
        return;
    }
    QString message = tr("%1 was restored from %2.").arg(nativePath(path), nativePath(restored->restoredFrom));
    if (!restored->previousKeptAs.isEmpty())
        message += u' ' + tr("What it held before is kept as %1.").arg(nativePath(restored->previousKeptAs));
    statusBar()->showMessage(message, 15000);
    showNotice(message);
}

void MainWindow::checkDatabase()
{
    // On a server the check connects on its own, with the password typed
    // for this window if there was one.
    auto *dialog = new IntegrityReportDialog(m_db->path(), this, m_db->readerSpec().serverPassword);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::importCsv()
{
    if (m_session->isReadOnly())
        return;
    auto *dialog = new CsvImportDialog(*m_session, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const int rows = dialog->importedRows();
        statusBar()->showMessage(englishPlural(tr("Imported %n row(s); a backup was made first.", nullptr, rows), rows),
                                 10000);
    });
    dialog->open();
}

void MainWindow::chooseExportCsv(CsvExchange::Table table)
{
    QString name;
    switch (table) {
    case CsvExchange::Table::Clients: name = tr("clients"); break;
    case CsvExchange::Table::Projects: name = tr("projects"); break;
    case CsvExchange::Table::Stages: name = tr("stages"); break;
    }
    // First how to write it: the separator, decimal mark and encoding the
    // person's spreadsheet reads.
    CsvExportDialog format(this);
    if (format.exec() != QDialog::Accepted)
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), dir + u'/' + name + u".csv"_s,
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (auto written = exportCsv(table, path, format.dialect()); !written) {
        showError(written.error());
        return;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(nativePath(path)), 10000);
}

Result<void> MainWindow::exportCsv(CsvExchange::Table table, const QString &path, const CsvDialect &dialect)
{
    const auto csv = CsvExchange::exportTable(*m_db, table, dialect);
    if (!csv)
        return fail(csv.error());
    return AtomicFile::write(path, *csv);
}

void MainWindow::chooseExportCalendar()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Calendar"), dir + u"/neuvo.ics"_s,
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    if (auto written = exportCalendar(path); !written) {
        showError(written.error());
        return;
    }
    statusBar()->showMessage(tr("Exported to %1.").arg(nativePath(path)), 10000);
}

Result<void> MainWindow::exportCalendar(const QString &path)
{
    const QDate today = m_session->today();
    const auto feed = CalendarFeed::forDatabase(*m_db, today.addDays(-CalendarFeed::DefaultPastDays),
                                                CalendarFeed::DefaultDays, QDateTime::currentDateTimeUtc());
    if (!feed)
        return fail(feed.error());
    return AtomicFile::write(path, *feed);
}

void MainWindow::updateTitle()
{
    const QString file = databaseDisplayName(m_db->path());
    const int count = m_session->isEvaluating() ? 0 : DashboardPage::attentionCount(m_session->findings());
    //: Window title: the database file and how many things need attention
    setWindowTitle(count > 0 ? tr("%1 (%2) – Neuvo").arg(file).arg(count) : tr("%1 – Neuvo").arg(file));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // The window does not wait for the quick check and the day's backup
    // either: they are interrupted. A check that did not finish is not a
    // check that passed, so nothing is written at this close then (every
    // commit would be refused), and the next start checks again.
    if (m_startChecks)
        m_startChecks->stop();
    // Nor for the rules: their thread stops between projects and its reads
    // give up. Its results would be dropped anyway.
    m_session->stopEvaluation();
    const bool mayWrite = !m_startChecks || m_startChecks->outcome().allowsWrites();
    // The counts the next start shows at once; only when they are the
    // current ones (an evaluation stopped or an edit not evaluated yet
    // leaves the last stored counts).
    if (mayWrite && !m_session->isReadOnly() && m_session->hasCurrentFindings()) {
        const DashboardSummary summary = DashboardPage::summaryOf(
            m_session->facts(), m_session->findings(), m_session->risks(), m_session->today());
        if (auto saved = DashboardSummaryStore(*m_db).save(summary); !saved)
            qWarning("Could not store the dashboard's counts: %s", qUtf8Printable(saved.error()));
    }
    // Only what changed: QSettings rewrites and syncs its whole file when
    // any key is set, even to the value it has, and most closes change
    // nothing here.
    QSettings settings;
    const QByteArray geometry = saveGeometry();
    if (settings.value(u"mainWindow/geometry"_s).toByteArray() != geometry)
        settings.setValue(u"mainWindow/geometry"_s, geometry);
    const QByteArray state = saveState();
    if (settings.value(u"mainWindow/state"_s).toByteArray() != state)
        settings.setValue(u"mainWindow/state"_s, state);
    const QVariant page = settings.value(u"mainWindow/page"_s);
    if (!page.isValid() || page.toInt() != int(currentPage()))
        settings.setValue(u"mainWindow/page"_s, int(currentPage()));
    event->accept();
}

} // namespace neuvo
