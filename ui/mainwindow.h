#pragma once

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
class DashboardPage;
class Database;
class PaymentsPage;
class ProjectsPage;
class Session;

// One window per open database: navigation between Dashboard, Clients,
// Projects and Payments, the menus and toolbar, and a first-run page while
// the database is empty.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    enum Page { DashboardView, ClientsView, ProjectsView, PaymentsView, PageCount };

    explicit MainWindow(std::unique_ptr<Database> db, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the file and shows a window for it; on failure tells the user
    // (naming the file and the reason) and returns nullptr.
    static MainWindow *openWindow(const QString &path, QWidget *errorParent = nullptr);

    Session &session() const { return *m_session; }
    ClientsPage *clientsPage() const { return m_clientsPage; }
    QTableView *clientView() const;
    QLineEdit *filterEdit() const;
    Page currentPage() const;
    bool isShowingFirstRun() const;

public slots:
    void showPage(neuvo::MainWindow::Page page);
    void loadDemoData();
    void openClient(qint64 clientId);
    void openProject(qint64 projectId);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void updateRecentMenu();
    void updateFirstRun();
    void newDatabase();
    void openDatabaseDialog();
    void openPreferences();
    void undoDeletion();
    void printDocument();
    void showError(const QString &message);
    static void rememberRecent(const QString &path);

    std::unique_ptr<Database> m_db;
    Session *m_session = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStackedWidget *m_central = nullptr;
    DashboardPage *m_dashboardPage = nullptr;
    ClientsPage *m_clientsPage = nullptr;
    ProjectsPage *m_projectsPage = nullptr;
    PaymentsPage *m_paymentsPage = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QLabel *m_statusLabel = nullptr;
};

} // namespace neuvo
