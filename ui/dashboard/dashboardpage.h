#pragma once

#include "core/reminders/dashboardsummary.h"
#include "core/rules/redflags.h"
#include "ui/dashboard/cardlistdialog.h"

#include <QPointer>
#include <optional>
#include <QTimer>
#include <QWidget>

class QFrame;
class QLabel;
class QModelIndex;
class QScrollArea;

namespace neuvo {

class CardList;
class CardModel;
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

    // The lists' views; their models are CardModels (each shows its most
    // urgent rows and a "Show all N" row that opens fullList()).
    CardList *alertView() const { return m_alerts; }
    CardList *clientView() const { return m_clients; }
    CardList *projectView() const { return m_projects; }
    // The window "Show all N" opened last, while it is open.
    CardListDialog *fullList() const { return m_fullList; }
    IncomeChart *incomeChart() const { return m_income; }
    // Shown instead of the lists while the session evaluates the rules in
    // its thread (Session::startEvaluation()): "Checking N clients…".
    QWidget *progressState() const { return m_progress; }
    QString progressText() const;
    // Beside the progress state: the counts stored when the window last
    // closed (DashboardSummaryStore), or empty when there are none.
    QString lastSummaryText() const;
    // What the dashboard shows, in numbers, for the window to store when it
    // closes.
    static DashboardSummary summaryOf(const Facts &facts, const QList<Finding> &findings,
                                      const QHash<qint64, ClientRisk> &risks, const QDate &today);
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

    // The page is still being filled: the session evaluates, or the lists
    // fill one per event after the evaluation (see filled()), or the
    // banner's record of the warnings shown waits for its event.
    bool isFilling() const;

public slots:
    void reload();

signals:
    // Every list is filled with the session's current findings.
    void filled();
    void openClientRequested(qint64 clientId);
    void openProjectRequested(qint64 projectId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void fillAlerts();
    void fillClients();
    void fillProjects();
    void fillIncome();
    void fillNextPart();
    void announceNewFindings();
    void showLastSummary();
    void showBanner();
    void openIndex(CardList *list, const QModelIndex &index);
    void showAll(CardList *list, int group);
    void openLink(const QString &link);

    Session &m_session;
    QFrame *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    QScrollArea *m_scroll = nullptr;
    QLabel *m_dateLabel = nullptr;
    QLabel *m_alertsTitle = nullptr;
    CardList *m_alerts = nullptr;
    QLabel *m_alertsEmpty = nullptr;
    QLabel *m_clientsTitle = nullptr;
    CardList *m_clients = nullptr;
    QLabel *m_clientsEmpty = nullptr;
    QLabel *m_projectsTitle = nullptr;
    CardList *m_projects = nullptr;
    QLabel *m_projectsEmpty = nullptr;
    QLabel *m_incomeTitle = nullptr;
    IncomeChart *m_income = nullptr;
    QWidget *m_progress = nullptr;
    QLabel *m_progressText = nullptr;
    QLabel *m_lastSummary = nullptr;
    // The banner of new serious warnings waits for the first evaluation.
    bool m_announcePending = false;
    QPointer<CardListDialog> m_fullList;
    QList<Finding> m_notices;
    QList<Finding> m_bannerFindings;
    QString m_bannerHeading;
    bool m_stale = true;
    // What reload() still has to fill, one part per event of m_fillTimer.
    enum class Part { Alerts, Clients, Projects, Income, Announce };
    QList<Part> m_partsToFill;
    QTimer m_fillTimer;
    bool m_fillInSlices = false;
    bool m_announceQueued = false;
    // The banner's bookkeeping after the evaluation has not run yet.
    bool m_announceWaiting = false;
    // The findings whose High ones the banner showed, to record as seen
    // once the session's writes are released (Session::writesHeld()).
    std::optional<QList<Finding>> m_seenToRecord;
};

} // namespace neuvo
