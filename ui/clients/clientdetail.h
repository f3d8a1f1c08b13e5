#pragma once

#include <QHash>
#include <QList>
#include <QWidget>

#include <optional>

class QLabel;
class QStackedWidget;
class QTabWidget;

namespace neuvo {

class ContactTab;
class ClientProjectsTab;
class InteractionsTab;
class PromisesTab;
class RedFlagsTab;
class Session;

// Everything about the current client, in tabs: contact data and agreed
// boundaries, projects, the interaction log with quick add, promises, and
// the red flags (the ten-item checklist and the automatic findings). Reads
// from Session::facts(); every change goes through a store and ends with
// Session::notifyChanged().
class ClientDetailWidget final : public QWidget
{
    Q_OBJECT

public:
    enum Tab { ContactPage, ProjectsPage, InteractionsPage, PromisesPage, RedFlagsPage, TabCount };

    explicit ClientDetailWidget(Session &session, QWidget *parent = nullptr);

    qint64 clientId() const { return m_clientId; }
    // The row version of the client as shown, for a deletion to name.
    qint64 clientVersion() const { return m_clientVersion; }
    // Null until a client was first shown (the tabs are built then).
    QTabWidget *tabs() const { return m_tabs; }

public slots:
    // Shows the client (0 = none) and reloads its records.
    void setClient(qint64 clientId);

signals:
    void editRequested();
    void openProjectRequested(qint64 projectId);

private:
    void buildDetails();
    // Where each client's records are in the session's lists, so that
    // choosing a client does not scan every client's projects, promises,
    // observations and findings. Built on the first choice after the
    // session's data changed.
    struct ClientRecords
    {
        qsizetype client = -1;
        QList<qsizetype> projects, promises, observations, findings;
    };
    const ClientRecords *recordsOf(qint64 clientId);

    Session &m_session;
    QHash<qint64, ClientRecords> m_records;
    // What m_records was built from: the session's generation and, as a
    // guard, the lists it indexes.
    std::optional<quint64> m_recordsGeneration;
    QList<quintptr> m_recordsFrom;
    qint64 m_clientId = 0;
    qint64 m_clientVersion = 0;
    QStackedWidget *m_stack = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_badge = nullptr;
    QTabWidget *m_tabs = nullptr;
    ContactTab *m_contact = nullptr;
    ClientProjectsTab *m_projects = nullptr;
    InteractionsTab *m_interactions = nullptr;
    PromisesTab *m_promises = nullptr;
    RedFlagsTab *m_redFlags = nullptr;
};

} // namespace neuvo
