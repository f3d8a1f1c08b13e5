#include "mainwindow.h"

#include "clientspage.h"
#include "core/backup.h"
#include "core/database.h"
#include "core/demodata.h"
#include "core/stores.h"
#include "dashboardpage.h"
#include "documentdialog.h"
#include "paymentspage.h"
#include "preferencesdialog.h"
#include "projectspage.h"
#include "session.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

enum CentralIndex { WorkArea, FirstRun };
constexpr int MaxRecentFiles = 8;
const auto kRecentKey = u"recentDatabases"_s;

} // namespace

MainWindow::MainWindow(std::unique_ptr<Database> db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(std::move(db))
    , m_session(new Session(*m_db, this))
{
    setWindowTitle(tr("%1 – Neuvo").arg(QFileInfo(m_db->path()).fileName()));
    setWindowFilePath(m_db->path());

    m_navigation = new QListWidget;
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->addItems({tr("Dashboard"), tr("Clients"), tr("Projects"), tr("Payments")});
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 32);
    m_navigation->setFrameShape(QFrame::NoFrame);

    m_dashboardPage = new DashboardPage(*m_session);
    m_clientsPage = new ClientsPage(*m_session);
    m_projectsPage = new ProjectsPage(*m_session);
    m_paymentsPage = new PaymentsPage(*m_session);
    m_pages = new QStackedWidget;
    m_pages->insertWidget(DashboardView, m_dashboardPage);
    m_pages->insertWidget(ClientsView, m_clientsPage);
    m_pages->insertWidget(ProjectsView, m_projectsPage);
    m_pages->insertWidget(PaymentsView, m_paymentsPage);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    for (auto *page : std::initializer_list<QObject *>{m_dashboardPage, m_projectsPage, m_paymentsPage}) {
        connect(page, SIGNAL(openClientRequested(qint64)), this, SLOT(openClient(qint64)));
        connect(page, SIGNAL(openProjectRequested(qint64)), this, SLOT(openProject(qint64)));
    }
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

    m_central = new QStackedWidget;
    m_central->insertWidget(WorkArea, workArea);
    m_central->insertWidget(FirstRun, firstRun);
    setCentralWidget(m_central);

    m_statusLabel = new QLabel;
    statusBar()->addPermanentWidget(m_statusLabel);
    m_statusLabel->setText(QDir::toNativeSeparators(m_db->path()));

    createActions();

    connect(m_session, &Session::changed, this, &MainWindow::updateFirstRun);
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
    // The pages and the session refer to the database: delete them first.
    delete m_central;
    delete m_session;
}

MainWindow *MainWindow::openWindow(const QString &path, QWidget *errorParent)
{
    auto db = std::make_unique<Database>();
    if (auto opened = db->open(path); !opened) {
        QMessageBox::critical(errorParent, tr("Neuvo"), opened.error());
        return nullptr;
    }
    // The first start of a day keeps a copy of the file as it was.
    if (!db->isReadOnly()) {
        if (auto daily = BackupManager(db->path()).dailyBackupIfDue(*db); !daily)
            QMessageBox::warning(errorParent, tr("Neuvo"), daily.error());
    }
    rememberRecent(db->path());
    auto *window = new MainWindow(std::move(db));
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->show();
    return window;
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
    m_navigation->setCurrentRow(page);
    m_pages->setCurrentIndex(page);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newDb = file->addAction(tr("&New Database…"), this, &MainWindow::newDatabase);
    newDb->setStatusTip(tr("Create an empty database file and open it in a new window"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabaseDialog);
    open->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    updateRecentMenu();
    file->addSeparator();
    QAction *printAction = file->addAction(tr("&Print or Export Document…"), this, &MainWindow::printDocument);
    printAction->setShortcut(QKeySequence::Print);
    printAction->setStatusTip(tr("Contract, quote or stage invoice of the selected project"));
    file->addSeparator();
    QAction *close = file->addAction(tr("&Close Window"), this, &QWidget::close);
    close->setShortcut(QKeySequence::Close);
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undoAction = edit->addAction(m_session->undoText(), this, &MainWindow::undoDeletion);
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find Client"), this, [this] {
        showPage(ClientsView);
        m_clientsPage->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    edit->addSeparator();
    QAction *prefs = edit->addAction(tr("&Preferences…"), this, &MainWindow::openPreferences);
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu *clients = menuBar()->addMenu(tr("&Client"));
    for (QAction *action : {m_clientsPage->newClientAction(), m_clientsPage->editClientAction(),
                            m_clientsPage->deleteClientAction()}) {
        clients->addAction(action);
        connect(action, &QAction::triggered, this, [this] { showPage(ClientsView); });
    }

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    const QStringList names = {tr("&Dashboard"), tr("&Clients"), tr("&Projects"), tr("P&ayments")};
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
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addAction(m_clientsPage->newClientAction());
    toolbar->addAction(find);
    toolbar->addAction(m_undoAction);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(kRecentKey).toStringList();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > MaxRecentFiles)
        recent.removeLast();
    settings.setValue(kRecentKey, recent);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(kRecentKey).toStringList();
    for (const QString &path : recent) {
        if (path == QFileInfo(m_db->path()).absoluteFilePath())
            continue;
        m_recentMenu->addAction(QDir::toNativeSeparators(path), this, [this, path] {
            if (openWindow(path, this))
                close();
        });
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
                                                tr("Neuvo databases (*.sqlite)"));
    if (path.isEmpty())
        return;
    if (QFileInfo::exists(path)) {
        showError(tr("%1 already exists. Choose a new file name, or open it with File → Open Database.")
                      .arg(QDir::toNativeSeparators(path)));
        return;
    }
    if (openWindow(path, this))
        close();
}

void MainWindow::openDatabaseDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"),
                                                      QFileInfo(m_db->path()).absolutePath(),
                                                      tr("Neuvo databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (openWindow(path, this))
        close();
}

void MainWindow::openPreferences()
{
    PreferencesDialog dialog(*m_session, this);
    dialog.exec();
}

void MainWindow::printDocument()
{
    const qint64 projectId = currentPage() == ProjectsView ? m_projectsPage->currentProjectId() : 0;
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

void MainWindow::loadDemoData()
{
    if (const auto filled = DemoData::fill(*m_db, m_session->today()); !filled)
        showError(filled.error());
    m_session->notifyChanged();
    showPage(DashboardView);
}

void MainWindow::openClient(qint64 clientId)
{
    showPage(ClientsView);
    m_clientsPage->selectClient(clientId);
}

void MainWindow::openProject(qint64 projectId)
{
    showPage(ProjectsView);
    QMetaObject::invokeMethod(m_projectsPage, "openProject", Q_ARG(qint64, projectId));
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Neuvo"), message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(u"mainWindow/geometry"_s, saveGeometry());
    settings.setValue(u"mainWindow/state"_s, saveState());
    settings.setValue(u"mainWindow/page"_s, int(currentPage()));
    event->accept();
}

} // namespace neuvo
