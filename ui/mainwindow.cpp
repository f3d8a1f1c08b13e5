#include "mainwindow.h"

#include "clienttablemodel.h"
#include "core/database.h"
#include "core/demodata.h"
#include "core/stores.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

namespace neuvo {

namespace {
enum Page { ClientsPage, FirstRunPage };
}

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_clientModel(new ClientTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    setWindowTitle(tr("Neuvo"));

    m_proxy->setSourceModel(m_clientModel);
    m_proxy->setSortRole(SortRole);
    m_proxy->setFilterRole(FilterTextRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(0);

    auto *clientsPage = new QWidget;
    auto *clientsLayout = new QVBoxLayout(clientsPage);
    m_filter = new QLineEdit;
    m_filter->setPlaceholderText(tr("Filter by name, company or e-mail"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter clients"));
    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    m_clientView = new QTableView;
    m_clientView->setModel(m_proxy);
    m_clientView->setSortingEnabled(true);
    m_clientView->sortByColumn(ClientTableModel::Name, Qt::AscendingOrder);
    m_clientView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clientView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clientView->verticalHeader()->hide();
    m_clientView->horizontalHeader()->setStretchLastSection(true);
    m_clientView->setAlternatingRowColors(true);
    m_clientView->setWordWrap(false);
    // Size columns from the first rows only: with thousands of clients a
    // full scan would stall the window.
    m_clientView->horizontalHeader()->setResizeContentsPrecision(200);
    clientsLayout->addWidget(m_filter);
    clientsLayout->addWidget(m_clientView);

    auto *firstRunPage = new QWidget;
    auto *firstRunLayout = new QVBoxLayout(firstRunPage);
    m_emptyLabel = new QLabel(tr("<h2>Welcome to Neuvo</h2>"
                                 "<p>Your database is empty. Add your first client, or look around "
                                 "with sample clients, projects and payments first.</p>"));
    m_emptyLabel->setWordWrap(true);
    m_emptyLabel->setAlignment(Qt::AlignCenter);
    auto *demoButton = new QPushButton(tr("Open demo data"));
    demoButton->setObjectName(QStringLiteral("demoButton"));
    connect(demoButton, &QPushButton::clicked, this, &MainWindow::loadDemoData);
    firstRunLayout->addStretch();
    firstRunLayout->addWidget(m_emptyLabel);
    firstRunLayout->addWidget(demoButton, 0, Qt::AlignHCenter);
    firstRunLayout->addStretch();

    m_pages = new QStackedWidget;
    m_pages->insertWidget(ClientsPage, clientsPage);
    m_pages->insertWidget(FirstRunPage, firstRunPage);
    setCentralWidget(m_pages);

    createActions();
    statusBar()->showMessage(tr("Database: %1").arg(m_db.path()));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("mainWindow/geometry")).toByteArray()))
        resize(1000, 640);
    restoreState(settings.value(QStringLiteral("mainWindow/state")).toByteArray());

    reload();
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find client"), this, [this] {
        m_filter->setFocus();
        m_filter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Neuvo"), this, [this] {
        QMessageBox::about(this, tr("About Neuvo"),
                           tr("<h3>Neuvo %1</h3><p>A desktop CRM for solo freelancers: clients, staged "
                              "payments, contracts and the red flags of difficult clients.</p>")
                               .arg(QStringLiteral(NEUVO_VERSION)));
    });
}

void MainWindow::reload()
{
    auto clients = ClientStore(m_db).list();
    if (!clients) {
        showError(clients.error());
        return;
    }
    m_clientModel->setClients(std::move(*clients));
    m_clientView->resizeColumnsToContents();
    m_pages->setCurrentIndex(m_clientModel->rowCount() == 0 ? FirstRunPage : ClientsPage);
}

void MainWindow::loadDemoData()
{
    const auto filled = DemoData::fill(m_db, QDate::currentDate());
    if (!filled)
        showError(filled.error());
    reload();
}

void MainWindow::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Neuvo"), message);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("mainWindow/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("mainWindow/state"), saveState());
    event->accept();
}

} // namespace neuvo
