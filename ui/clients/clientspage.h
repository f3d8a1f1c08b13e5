#pragma once

#include <QWidget>

class QAction;
class QLineEdit;
class QSplitter;
class QTableView;

namespace neuvo {

class ClientDetailWidget;
class ClientFilterProxy;
class ClientTableModel;
class EmptyStateOverlay;
class Session;

// The clients: a filterable, sortable table with the outstanding amounts and
// risk of each, and the detail of the current client below it. Owns the
// New / Edit / Delete Client actions; the main window puts them in its menu
// and toolbar.
class ClientsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ClientsPage(Session &session, QWidget *parent = nullptr);
    ~ClientsPage() override;

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    ClientDetailWidget *detail() const { return m_detail; }
    qint64 currentClientId() const;

    QAction *newClientAction() const { return m_newAction; }
    QAction *editClientAction() const { return m_editAction; }
    QAction *deleteClientAction() const { return m_deleteAction; }

public slots:
    void reload();
    void focusFilter();
    void selectClient(qint64 clientId);
    // Open the client dialog without blocking (QDialog::open), so the
    // window and tests keep running while it is shown.
    void newClient();
    void editCurrentClient();
    // Asks, naming what goes with the client, then deletes with Undo.
    void deleteCurrentClient();

signals:
    void openProjectRequested(qint64 projectId);

protected:
    bool event(QEvent *event) override;

private:
    void currentChanged();
    QString emptyText() const;

    Session &m_session;
    ClientTableModel *m_model = nullptr;
    ClientFilterProxy *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
    EmptyStateOverlay *m_empty = nullptr;
    ClientDetailWidget *m_detail = nullptr;
    QSplitter *m_splitter = nullptr;
    QAction *m_newAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_deleteAction = nullptr;
    // Changed while hidden: refilled when shown.
    bool m_stale = true;
};

} // namespace neuvo
