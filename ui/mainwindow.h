#pragma once

#include <QMainWindow>

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace neuvo {

class ClientTableModel;
class Database;

// The main window. In this first version: the client list with a
// filter-as-you-type field, and a first-run page that offers the demo data.
class MainWindow final : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database &db, QWidget *parent = nullptr);
    ~MainWindow() override;

    QTableView *clientView() const { return m_clientView; }
    QLineEdit *filterEdit() const { return m_filter; }

public slots:
    void reload();
    void loadDemoData();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showError(const QString &message);

    Database &m_db;
    ClientTableModel *m_clientModel = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QStackedWidget *m_pages = nullptr;
    QTableView *m_clientView = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_emptyLabel = nullptr;
};

} // namespace neuvo
