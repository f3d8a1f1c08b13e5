#include "session.h"

#include "core/storage/connectionwatch.h"
#include "core/storage/database.h"
#include "core/storage/readstop.h"
#include "core/storage/rowversion.h"
#include "core/storage/stores.h"
#include "ui/notifications/dayclock.h"

#include <QAction>
#include <QDir>
#include <QSet>
#include <QThread>
#include <QWidget>

#include <memory>

namespace neuvo {

Session::Session(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_clock(new DayClock(this))
{
    connect(m_clock, &DayClock::dayChanged, this, [this](const QDate &date) {
        if (m_today.isValid())
            return; // a fixed day does not move
        emit dayChanged(date);
        notifyChanged();
    });
    // On a server, what other windows and neuvo-cli commit refreshes this
    // window as its own changes do (coalesced by Database; nothing on
    // SQLite). The payload names the tables, not yet the clients, so this
    // is the whole refresh rather than a per-client re-evaluation.
    connect(m_db.events(), &DatabaseEvents::changedElsewhere, this, &Session::notifyChanged);
    if (auto listening = m_db.listenForChanges(); !listening)
        qWarning("%s", qPrintable(listening.error()));
    // A server that dropped the connection while the window sat idle: the
    // watch connects and listens again, and what was committed meanwhile
    // was never announced, so everything is read again.
    auto *watch = new ConnectionWatch(m_db, this);
    connect(watch, &ConnectionWatch::reconnected, this, &Session::notifyChanged);
}

QDate Session::today() const
{
    return m_today.isValid() ? m_today : m_clock->today();
}

void Session::setToday(const QDate &today)
{
    m_today = today;
    notifyChanged();
}

bool Session::isReadOnly() const
{
    return m_db.isReadOnly();
}

QString Session::readOnlyText() const
{
    return tr("%1 is open read-only because %2.")
        .arg(QDir::toNativeSeparators(m_db.path()), m_db.readOnlyReason());
}

QString Session::readOnlyToolTip() const
{
    return tr("Read-only: the database is open read-only because %1.").arg(m_db.readOnlyReason());
}

void Session::disableIfReadOnly(QWidget *control) const
{
    if (!isReadOnly())
        return;
    control->setEnabled(false);
    control->setToolTip(readOnlyToolTip());
}

void Session::disableIfReadOnly(QAction *action) const
{
    if (!isReadOnly())
        return;
    action->setEnabled(false);
    action->setToolTip(readOnlyToolTip());
    action->setStatusTip(readOnlyToolTip());
}

void Session::databaseReplaced()
{
    const bool hadUndo = canUndoDeletion();
    m_lastDeletion = {};
    if (hadUndo)
        emit undoAvailabilityChanged(false);
    notifyChanged();
}

Session::~Session()
{
    // The thread holds only its own copies and connection; waiting keeps
    // it from outliving the file (a test's temporary folder).
    stopEvaluation();
}

void Session::stopEvaluation()
{
    m_finishPending = false; // its signals are not emitted either
    if (!m_worker)
        return;
    m_running->stop = true;
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
    m_running.reset();
}

void Session::notifyChanged()
{
    m_stale = true;
    ++m_generation;
    emit changed();
}

void Session::notifyClientChanged(qint64 clientId, qint64 previousClientId)
{
    if (clientId <= 0 || m_stale || m_worker) {
        notifyChanged();
        return;
    }
    QSet<qint64> changedClients{clientId};
    if (previousClientId > 0)
        changedClients.insert(previousClientId);
    // Whose findings read the changed clients' records, before and after
    // the change: the owner of a project their interactions name (a
    // discount asked for on it is in its devalues_work evidence), and a
    // client whose interactions or promises name one of their projects (a
    // brief or promise about a project that has moved on is no alert).
    QSet<qint64> affected = changedClients;
    const auto addDependents = [&] {
        QSet<qint64> own;
        for (const Project &p : std::as_const(m_facts.projects)) {
            if (changedClients.contains(p.clientId))
                own.insert(p.id);
        }
        QSet<qint64> named;
        for (const Interaction &i : std::as_const(m_facts.interactions)) {
            if (!i.projectId)
                continue;
            if (changedClients.contains(i.clientId))
                named.insert(i.projectId);
            else if (own.contains(i.projectId))
                affected.insert(i.clientId);
        }
        for (const Promise &p : std::as_const(m_facts.promises)) {
            if (p.projectId && own.contains(p.projectId))
                affected.insert(p.clientId);
        }
        for (const Project &p : std::as_const(m_facts.projects)) {
            if (named.contains(p.id))
                affected.insert(p.clientId);
        }
    };
    addDependents();
    for (const qint64 id : std::as_const(changedClients)) {
        if (auto reloaded = m_facts.reloadClient(m_db, id); !reloaded) {
            notifyChanged(); // evaluated again whole when next asked for
            return;
        }
    }
    addDependents();
    const QDate day = today();
    const RuleThresholds &thresholds = m_facts.profile.thresholds;
    for (const qint64 id : std::as_const(affected))
        m_findings = RedFlagEngine::reevaluateClient(m_facts, id, day, m_findings);
    for (const qint64 id : std::as_const(affected)) {
        // risks() holds only the clients with flags.
        ClientRisk risk = RedFlagEngine::risk(id, m_findings, thresholds);
        if (risk.reasons.isEmpty())
            m_risks.remove(id);
        else
            m_risks.insert(id, std::move(risk));
    }
    m_lastEvaluatedClients = affected.size();
    ++m_generation;
    emit changed();
}

void Session::setWritesHeld(bool held)
{
    if (std::exchange(m_writesHeld, held) && !held)
        emit writesReleased();
}

int Session::clientCount() const
{
    const auto count = ClientStore(m_db).count();
    return count ? *count : 0;
}

void Session::startEvaluation()
{
    if (m_worker || !m_stale || !m_db.isOpen())
        return;
    auto result = std::make_shared<Evaluation>();
    result->generation = m_generation;
    result->today = today();
    const Database::ReaderSpec spec = m_db.readerSpec();
    m_worker = QThread::create([result, spec] {
        Database reader;
        if (auto opened = reader.openReader(spec); !opened) {
            result->error = opened.error();
            return;
        }
        // stopEvaluation() does not wait for the reads to finish either.
        stopReadsWhen(reader, result->stop);
        // One snapshot: a change the window commits meanwhile is either
        // wholly in it or not at all.
        const auto read = reader.readTransaction([&]() -> Result<void> {
            auto facts = Facts::load(reader);
            if (!facts)
                return Error{facts.error()};
            result->facts = std::move(*facts);
            return {};
        });
        if (result->stop)
            return;
        if (!read) {
            result->error = read.error();
            return;
        }
        result->findings = RedFlagEngine::evaluate(result->facts, result->today, result->stop);
        if (result->stop)
            return;
        result->risks = RedFlagEngine::risks(result->findings, result->facts.profile.thresholds);
    });
    m_worker->setObjectName(QStringLiteral("neuvo-evaluation"));
    m_running = result;
    connect(m_worker, &QThread::finished, this, [this, result] {
        if (m_running != result)
            return; // stopped (stopEvaluation() deleted the thread)
        m_worker->deleteLater();
        m_worker = nullptr;
        m_running.reset();
        takeEvaluation(*result);
    });
    m_worker->start(QThread::LowPriority);
}

void Session::takeEvaluation(const Evaluation &result)
{
    // A change since the thread began, a new day, or an evaluation here in
    // the meantime: the thread's results are not the current state.
    QString error;
    if (m_stale && result.generation == m_generation && result.today == today()) {
        m_stale = false;
        if (!result.error.isEmpty()) {
            m_facts = {};
            m_findings.clear();
            m_risks.clear();
            error = result.error;
        } else {
            m_facts = result.facts;
            m_lastEvaluatedClients = m_facts.clients.size();
            m_findings = result.findings;
            m_risks = result.risks;
        }
    }
    // The signals come in an event of their own: this one only takes the
    // results, and the refills the signals start (each page's, which the
    // dashboard splits further) do not add up to one long stall. The
    // results are already the session's, so anything that asks meanwhile
    // gets them without evaluating; a change meanwhile has emitted
    // changed() itself, and this one only refreshes again.
    m_finishPending = true;
    QMetaObject::invokeMethod(
        this,
        [this, error] {
            if (!std::exchange(m_finishPending, false))
                return; // stopped meanwhile
            emit evaluationFinished();
            if (!error.isEmpty())
                emit errorOccurred(error);
            emit changed();
        },
        Qt::QueuedConnection);
}

void Session::evaluate()
{
    if (!m_stale)
        return;
    m_stale = false;
    auto facts = Facts::load(m_db);
    if (!facts) {
        m_facts = {};
        m_findings.clear();
        m_risks.clear();
        emit errorOccurred(facts.error());
        return;
    }
    m_facts = std::move(*facts);
    m_findings = RedFlagEngine::evaluate(m_facts, today());
    m_lastEvaluatedClients = m_facts.clients.size();
    m_risks = RedFlagEngine::risks(m_findings, m_facts.profile.thresholds);
}

const Facts &Session::facts()
{
    evaluate();
    return m_facts;
}

const QList<Finding> &Session::findings()
{
    evaluate();
    return m_findings;
}

const QHash<qint64, ClientRisk> &Session::risks()
{
    evaluate();
    return m_risks;
}

ClientRisk Session::risk(qint64 clientId)
{
    const auto &all = risks();
    const auto it = all.constFind(clientId);
    if (it != all.cend())
        return *it;
    ClientRisk clean;
    clean.clientId = clientId;
    return clean;
}

namespace {

// Whether a deletion that failed was refused because the record is not at
// the version the view showed any more (saved or deleted elsewhere since;
// RowVersions). Any other failure rolled back and changed nothing: what
// the views show is still what is stored, and evaluating every client
// again would only stall the window.
bool refusedAsChangedSinceLoaded(Database &db, const char *table, qint64 id, qint64 loadedVersion)
{
    if (loadedVersion <= 0)
        return false; // named by id only: no version was checked
    const auto stored = RowVersions::stamp(db.connection(), table, id);
    return stored && stored->version != loadedVersion;
}

} // namespace

QString Session::rememberDeletion(Result<DeletedRecords> deleted)
{
    if (!deleted) {
        // Refused because someone else changed or deleted the record: the
        // views show what is stored now, so the person decides again on
        // that (and a second Delete is not refused for the same reason).
        notifyChanged();
        return deleted.error();
    }
    m_lastDeletion = std::move(*deleted);
    emit undoAvailabilityChanged(true);
    notifyChanged();
    return {};
}

QString Session::deleteClient(qint64 clientId, bool withProjects, qint64 loadedVersion)
{
    auto deleted = Deletion::deleteClient(m_db, clientId, withProjects, loadedVersion);
    if (!deleted && !refusedAsChangedSinceLoaded(m_db, "client", clientId, loadedVersion))
        return deleted.error();
    return rememberDeletion(std::move(deleted));
}

QString Session::deleteProject(qint64 projectId, qint64 loadedVersion)
{
    auto deleted = Deletion::deleteProject(m_db, projectId, loadedVersion);
    if (!deleted && !refusedAsChangedSinceLoaded(m_db, "project", projectId, loadedVersion))
        return deleted.error();
    return rememberDeletion(std::move(deleted));
}

QString Session::deleteInteraction(qint64 interactionId, qint64 loadedVersion)
{
    auto deleted = Deletion::deleteInteraction(m_db, interactionId, loadedVersion);
    if (!deleted && !refusedAsChangedSinceLoaded(m_db, "interaction", interactionId, loadedVersion))
        return deleted.error();
    return rememberDeletion(std::move(deleted));
}

QString Session::deletePromise(qint64 promiseId, qint64 loadedVersion)
{
    auto deleted = Deletion::deletePromise(m_db, promiseId, loadedVersion);
    if (!deleted && !refusedAsChangedSinceLoaded(m_db, "promise", promiseId, loadedVersion))
        return deleted.error();
    return rememberDeletion(std::move(deleted));
}

QString Session::undoText() const
{
    return canUndoDeletion() ? tr("&Undo Delete %1").arg(m_lastDeletion.describe()) : tr("&Undo");
}

QString Session::undoLastDeletion()
{
    if (!canUndoDeletion())
        return {};
    if (auto restored = Deletion::restore(m_db, m_lastDeletion); !restored)
        return restored.error();
    m_lastDeletion = {};
    emit undoAvailabilityChanged(false);
    notifyChanged();
    return {};
}

} // namespace neuvo
