#pragma once

#include "core/rules/redflags.h"

#include <QWidget>

class QFrame;
class QLabel;
class QScrollArea;
class QTreeWidget;
class QTreeWidgetItem;

namespace neuvo {

class IncomeChart;
class Session;

// What a freelancer looks at every morning: today's alerts grouped by kind,
// the clients to be careful with, projects in progress with their next
// stage, and income per month. A banner announces High findings that are
// new since the last start, and what the notifier could not announce
// elsewhere (Notifier: desktop notifications, then the tray).
class DashboardPage final : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardPage(Session &session, QWidget *parent = nullptr);

    QTreeWidget *alertView() const { return m_alerts; }
    QTreeWidget *clientView() const { return m_clients; }
    QTreeWidget *projectView() const { return m_projects; }
    IncomeChart *incomeChart() const { return m_income; }
    QFrame *banner() const { return m_banner; }
    QString bannerText() const;
    // The findings the banner announced at start (High, new since the last
    // start).
    const QList<Finding> &startupNotices() const { return m_notices; }

    // The translated title of an alert group; rules of one kind share one.
    static QString groupTitle(const QString &rule);
    // How many findings the "Needs your attention" list shows.
    static int attentionCount(const QList<Finding> &findings);

    // Adds findings to the banner (those it lists already are left out) and
    // shows it.
    void showNotices(const QList<Finding> &findings);

public slots:
    void reload();

signals:
    void openClientRequested(qint64 clientId);
    void openProjectRequested(qint64 projectId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillAlerts();
    void fillClients();
    void fillProjects();
    void announceNewFindings();
    void showBanner();
    void openItem(QTreeWidgetItem *item);
    void openLink(const QString &link);

    Session &m_session;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_alertsTitle = nullptr;
    QTreeWidget *m_alerts = nullptr;
    QLabel *m_alertsEmpty = nullptr;
    QLabel *m_clientsTitle = nullptr;
    QTreeWidget *m_clients = nullptr;
    QLabel *m_clientsEmpty = nullptr;
    QLabel *m_projectsTitle = nullptr;
    QTreeWidget *m_projects = nullptr;
    QLabel *m_projectsEmpty = nullptr;
    IncomeChart *m_income = nullptr;
    QList<Finding> m_notices;
    QList<Finding> m_bannerFindings;
    QString m_bannerHeading;
    bool m_stale = true;
};

} // namespace neuvo
