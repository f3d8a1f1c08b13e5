#include "session.h"

#include "core/storage/database.h"
#include "ui/notifications/dayclock.h"

#include <QAction>
#include <QDir>
#include <QWidget>

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

void Session::notifyChanged()
{
    m_stale = true;
    emit changed();
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

QString Session::deleteClient(qint64 clientId, bool withProjects)
{
    auto deleted = Deletion::deleteClient(m_db, clientId, withProjects);
    if (!deleted)
        return deleted.error();
    m_lastDeletion = std::move(*deleted);
    emit undoAvailabilityChanged(true);
    notifyChanged();
    return {};
}

QString Session::deleteProject(qint64 projectId)
{
    auto deleted = Deletion::deleteProject(m_db, projectId);
    if (!deleted)
        return deleted.error();
    m_lastDeletion = std::move(*deleted);
    emit undoAvailabilityChanged(true);
    notifyChanged();
    return {};
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
