#pragma once

#include "projecteditor.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace neuvo {

class ProjectFilterModel;
class ProjectTableModel;
class Session;

// Every project in one sortable table (client, title, status, total, paid,
// next stage due, deadline) with a text and a status filter. New, Open and
// Delete work on the table; the project itself is edited in a ProjectEditor.
class ProjectsPage final : public QWidget
{
    Q_OBJECT

public:
    explicit ProjectsPage(Session &session, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QPushButton *newButton() const { return m_newButton; }
    // The editor currently open from this page, if any.
    ProjectEditor *editor() const { return m_editor; }
    qint64 currentProjectId() const;
    // What the page says instead of the table, empty while the table shows.
    QString emptyStateText() const;

public slots:
    void reload();
    void openProject(qint64 projectId);
    void newProject();
    void deleteCurrentProject();
    void selectProject(qint64 projectId);

signals:
    void openClientRequested(qint64 clientId);
    void openProjectRequested(qint64 projectId);

protected:
    bool event(QEvent *event) override;

private:
    void showEditor(ProjectEditor *editor);
    void updateState();

    Session &m_session;
    ProjectTableModel *m_model = nullptr;
    ProjectFilterModel *m_proxy = nullptr;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_clientButton = nullptr;
    QStackedWidget *m_stack = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPointer<ProjectEditor> m_editor;
    int m_clientCount = 0;
    // Changed while hidden: refilled when shown.
    bool m_stale = true;
};

} // namespace neuvo
