#pragma once

#include "core/exchange/csvexchange.h"

#include <QMainWindow>

#include <memory>

class QAction;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QStackedWidget;
class QTableView;

namespace neuvo {

class ClientsPage;
class StartChecks;
class DashboardPage;
class Database;
class InstanceServer;
class InvoicesPage;
class Notifier;
class PaymentsPage;
class ProjectsPage;
class StatisticsPage;
class Session;

// One window per open database: navigation between Dashboard, Clients,
// Projects and Payments, the menus and toolbar, and a first-run page while
// the database is empty.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { DashboardView, ClientsView, ProjectsView, PaymentsView, InvoicesView, StatisticsView, PageCount };

    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the file and shows a window for it; on failure tells the user
    // (naming the file and the reason) and returns nullptr. A file this
    // process already shows gets its window raised instead. A file that
    // cannot be used but has a good backup: offers to restore it (the file
    // is kept as a backup). A file another Neuvo writes to: offers to switch
    // to that Neuvo (then *handedOver is set and nullptr returned) or to
    // open it read-only.
    static MainWindow *openWindow(const QString &path, QWidget *errorParent = nullptr,
                                  bool *handedOver = nullptr);
    // The window of this process that shows the file, if any.
    static MainWindow *windowFor(const QString &path);
    // A window for a database opened elsewhere (File → Connect to Server),
    // remembered in Open Recent without any password. dailyBackup: the
    // first start of a day copies the file once the window shows
    // (StartChecks); a server has its own backups.
    static MainWindow *showOpened(std::unique_ptr<Database> db, const QString &notice = {},
                                  bool dailyBackup = false);

    Session &session() const { return *m_session; }
    ClientsPage *clientsPage() const { return m_clientsPage; }
    // Pages other than the dashboard and the clients are built when first
    // shown or asked for here.
    InvoicesPage *invoicesPage();
    ProjectsPage *projectsPage();
    StatisticsPage *statisticsPage();
    // The page's widget, built if it was not yet.
    QWidget *page(Page page);
    QTableView *clientView() const;
    QLineEdit *filterEdit() const;
    Page currentPage() const;
    bool isShowingFirstRun() const;
    // The banner at the top while the database is read-only.
    QLabel *readOnlyBanner() const { return m_readOnlyBanner; }
    // The file "Open demo data" writes the sample into and opens: never the
    // person's own database. Recreated on each click, so its dates are
    // around today.
    static QString demoDatabasePath();
    bool isShowingDemo() const;
    // The banner over the demo, with the button back to the person's file.
    QWidget *demoBanner() const { return m_demoBanner; }
    // The database "Back to My Database" opens: the one the demo was opened
    // from, else the most recent other file or server database, else the
    // default database.
    QString ownDatabasePath() const;
    // Writes the table as CSV to path (File → Export CSV after the file
    // dialog).
    Result<void> exportCsv(CsvExchange::Table table, const QString &path, const CsvDialect &dialect = {});
    // Writes the calendar feed (File → Export Calendar after the file
    // dialog): CalendarFeed's default window around today.
    Result<void> exportCalendar(const QString &path);
    Notifier &notifier() const { return *m_notifier; }
    DashboardPage *dashboardPage() const { return m_dashboardPage; }
    // The quick check and the day's backup that openWindow() leaves until
    // the window is up, while they run or after; null when none ran.
    StartChecks *startChecks() const { return m_startChecks; }

public slots:
    void showPage(neuvo::MainWindow::Page page);
    // Writes the sample into demoDatabasePath() and shows it in place of
    // this window.
    void loadDemoData();
    // From the demo back to ownDatabasePath().
    void leaveDemo();
    void openClient(qint64 clientId);
    void openProject(qint64 projectId);
    // Shows, raises and activates the window (another start asked for it).
    void activate();
    void backUpNow();
    void showRestoreBackup();
    // Closes the connection, lets BackupManager replace the file with the
    // backup (keeping the current file as a backup), and reopens.
    void restoreBackup(const QString &backupPath);
    void checkDatabase();
    void importCsv();

protected:
    bool event(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateRecentMenu();
    void updateFirstRun();
    void newDatabase();
    void openDatabaseDialog();
    // File → Connect to Server…: this window closes once the other opened.
    void showConnectServer();
    void openPreferences();
    void undoDeletion();
    void printDocument();
    void chooseExportCsv(CsvExchange::Table table);
    void chooseExportCalendar();
    // "FILE – Neuvo" or "DATABASE on HOST – Neuvo", with the number of things that need attention.
    void updateTitle();
    // Opens path in a window and closes this one, unless it is this one.
    void switchTo(const QString &path);
    void showError(const QString &message);
    // A message that does not block (QMessageBox::open).
    void showNotice(const QString &message);
    static void rememberRecent(const QString &path);
    // Runs the deferred quick check and, when dailyBackup, the day's backup
    // (StartChecks) once the window has painted.
    void runStartChecks(bool dailyBackup);
    void startChecksFinished();

    std::unique_ptr<Database> m_db;
    Session *m_session = nullptr;
    StartChecks *m_startChecks = nullptr;
    bool m_startChecksQueued = false;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStackedWidget *m_central = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    ClientsPage *m_clientsPage = nullptr;
    ProjectsPage *m_projectsPage = nullptr;
    PaymentsPage *m_paymentsPage = nullptr;
    InvoicesPage *m_invoicesPage = nullptr;
    StatisticsPage *m_statisticsPage = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_readOnlyBanner = nullptr;
    QWidget *m_demoBanner = nullptr;
    QString m_ownPath;
    InstanceServer *m_instance = nullptr;
    Notifier *m_notifier = nullptr;
};

} // namespace neuvo
