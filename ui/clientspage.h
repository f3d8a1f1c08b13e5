#pragma once

#include <QWidget>

class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace neuvo {

class ClientTableModel;
class Session;

// The clients: a filterable, sortable table. The desktop UI issue adds the
// detail area (contacts, boundaries, projects, interactions, promises, red
// flags) beside it.
class ClientsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ClientsPage(Session &session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    qint64 currentClientId() const;

public slots:
    void reload();
    void focusFilter();
    void selectClient(qint64 clientId);

signals:
    void openProjectRequested(qint64 projectId);

private:
    Session &m_session;
    ClientTableModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace neuvo
