#pragma once

#include "core/storage/deletion.h"
#include "core/rules/redflags.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QObject>

#include <atomic>
#include <memory>

class QAction;
class QThread;
class QWidget;

namespace neuvo {

class Database;
class DayClock;

// What every window shares: the open database, the facts and findings
// derived from it (recomputed lazily after a change), and the last deletion
// for Undo. Widgets change data through core classes, then call
// notifyChanged() so every view reloads.
class Session final : public QObject
{
    Q_OBJECT

public:
    explicit Session(Database &db, QObject *parent = nullptr);

    Database &db() const { return m_db; }

    // The database was opened without the right to write (Database::
    // isReadOnly()). Fixed for the life of a window (a file is only
    // reopened, by a restore, when it was writable), so there is no signal:
    // every page and dialog checks it once when it builds its controls.
    bool isReadOnly() const;
    // "FILE is open read-only because REASON.", for the banner.
    QString readOnlyText() const;
    // For a disabled edit control: why it is disabled.
    QString readOnlyToolTip() const;
    // Disables an edit control with readOnlyToolTip() when read-only.
    void disableIfReadOnly(QWidget *control) const;
    void disableIfReadOnly(QAction *action) const;

    // The date rules are evaluated for: the clock's, which moves on at
    // midnight and after a sleep (every view then reloads); tests either
    // fix it with setToday() or move the clock.
    QDate today() const;
    void setToday(const QDate &today);
    DayClock &clock() const { return *m_clock; }

    // Loads the facts and evaluates the rules in a thread of its own, with
    // its own read-only connection to the file, so that a window can paint
    // and stay responsive while a large file is read. Until it finishes
    // isEvaluating() is true; then the results are kept (unless a change
    // came in between: they would be out of date) and evaluationFinished()
    // and changed() are emitted. facts() and findings() asked for meanwhile
    // still answer, by evaluating here, as before.
    void startEvaluation();
    // Also true between taking the thread's results and the event that
    // emits evaluationFinished().
    bool isEvaluating() const { return m_worker != nullptr || m_finishPending; }
    // Asks startEvaluation()'s thread to stop and waits for it: the engine
    // stops between projects and the reads give up (stopReadsWhen()), so
    // this does not wait for the whole evaluation. Its results are dropped
    // (the findings stay out of date, evaluated again when asked for), and
    // no signal is emitted. For a window that closes.
    void stopEvaluation();
    // facts() and findings() are up to date without evaluating again (no
    // change since they were evaluated, no evaluation still running).
    bool hasCurrentFindings() const { return !m_stale && !m_worker; }
    // The number of clients in the file, from one count (cheap): what a
    // progress message can say before the facts are loaded.
    int clientCount() const;

    // Evaluated on first use after a change; errors leave them empty and are
    // reported through errorOccurred().
    const Facts &facts();
    // Changes whenever what facts() and findings() hold may have changed
    // (an evaluation, one client evaluated again): a view's index into
    // them is good while it stays the same.
    quint64 generation() const { return m_generation; }
    const QList<Finding> &findings();
    const QHash<qint64, ClientRisk> &risks();
    ClientRisk risk(qint64 clientId);

    // Deletes with Undo. Returns the error text, empty on success.
    // loadedVersion is the row version of the copy the view showed when the
    // person chose to delete: a record someone else saved since is not
    // deleted, and the text says who changed it, as a stale save does.
    QString deleteClient(qint64 clientId, bool withProjects, qint64 loadedVersion);
    QString deleteProject(qint64 projectId, qint64 loadedVersion);
    QString deleteInteraction(qint64 interactionId, qint64 loadedVersion);
    QString deletePromise(qint64 promiseId, qint64 loadedVersion);
    bool canUndoDeletion() const { return !m_lastDeletion.isEmpty(); }
    QString undoText() const;
    QString undoLastDeletion();

    // The file was replaced under the open Database (a restore) and
    // reopened: the Undo of a deletion from the old file no longer applies.
    void databaseReplaced();

    // After a save that touched one client's records (the client, its
    // projects with their stages, its interactions, promises or
    // observations). When the findings are current, only that client's
    // facts are read again (Facts::reloadClient) and only its findings, and
    // those of any client whose findings read its records (the owner of a
    // project its interactions name), are evaluated again and replace the
    // old ones; then changed() is emitted as by notifyChanged(). Otherwise
    // (findings out of date, an evaluation still running, a read error) it
    // is notifyChanged(). previousClientId: the client a moved record came
    // from (a project given to another client), which changed as well.
    void notifyClientChanged(qint64 clientId, qint64 previousClientId = 0);
    // While the file's start checks run (StartChecks, set by the window),
    // every commit of the window's connection waits for them, so a write
    // then would stall the window until the check ends. Writes that can
    // wait (the records of what was announced and what the banner showed)
    // wait for writesReleased() instead.
    void setWritesHeld(bool held);
    bool writesHeld() const { return m_writesHeld; }

    // How many clients the last evaluation evaluated: every client after a
    // full one, the few notifyClientChanged() named after one of those.
    qsizetype lastEvaluatedClientCount() const { return m_lastEvaluatedClients; }

public slots:
    void notifyChanged();

signals:
    void changed();
    // The date changed under a running window (emitted before changed()).
    void dayChanged(const QDate &today);
    void undoAvailabilityChanged(bool available);
    void errorOccurred(const QString &message);
    // startEvaluation()'s thread is done (emitted before changed()).
    void evaluationFinished();
    // setWritesHeld(false) after true.
    void writesReleased();

public:
    ~Session() override;

private:
    struct Evaluation
    {
        std::atomic<bool> stop = false;
        quint64 generation = 0;
        QDate today;
        QString error;
        Facts facts;
        QList<Finding> findings;
        QHash<qint64, ClientRisk> risks;
    };
    void evaluate();
    void takeEvaluation(const Evaluation &result);
    // Keeps what a deletion removed for Undo; the error text, empty on success.
    QString rememberDeletion(Result<DeletedRecords> deleted);

    Database &m_db;
    DayClock *m_clock = nullptr;
    QDate m_today;
    bool m_stale = true;
    // Counts changes, so that a background evaluation begun before one is
    // not taken for the state after it.
    quint64 m_generation = 0;
    QThread *m_worker = nullptr;
    bool m_finishPending = false; // see isEvaluating()
    bool m_writesHeld = false;
    std::shared_ptr<Evaluation> m_running; // m_worker's
    Facts m_facts;
    QList<Finding> m_findings;
    QHash<qint64, ClientRisk> m_risks;
    DeletedRecords m_lastDeletion;
    qsizetype m_lastEvaluatedClients = 0;
};

} // namespace neuvo
