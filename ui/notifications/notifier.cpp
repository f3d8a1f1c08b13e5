#include "notifier.h"

#include "core/reminders/announcements.h"
#include "core/reminders/remindersettings.h"
#include "core/reminders/workinghours.h"
#include "core/storage/database.h"
#include "dayclock.h"
#include "ui/session.h"

#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QIcon>
#include <QSet>
#include <QSystemTrayIcon>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace neuvo {

Notifier::Notifier(Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_desktop(new DesktopNotifications(QDBusConnection::sessionBus(), this))
{
    connect(m_desktop, &DesktopNotifications::actionInvoked, this, &Notifier::onAction);
    // A closed notification takes no more clicks.
    connect(m_desktop, &DesktopNotifications::closed, this, [this](uint id) { m_sent.remove(id); });
    connect(m_desktop, &DesktopNotifications::ready, this, [this] {
        if (m_waitingForService) {
            m_waitingForService = false;
            queue(Reason::Announce);
        }
    });
    // changed() after an edit, and after the day changed: dayChanged()
    // comes first and asks for an announcing round, which the queued round
    // of changed() then joins.
    connect(&m_session, &Session::changed, this, [this] { queue(Reason::Edit); });
    connect(&m_session, &Session::dayChanged, this, [this] { queue(Reason::Announce); });
    connect(&m_session.clock(), &DayClock::resumed, this, [this] { queue(Reason::Announce); });
    connect(&m_session, &Session::writesReleased, this, [this] { queue(Reason::Edit); });
    connect(&m_session.clock(), &DayClock::ticked, this, [this](const QDateTime &now) {
        if (!m_held.isEmpty() && m_heldUntil.isValid() && now >= m_heldUntil)
            queue(Reason::Announce);
    });
    if (!m_session.isReadOnly())
        m_desktop->probe();
    queue(Reason::Announce);
}

void Notifier::queue(Reason reason)
{
    if (reason == Reason::Announce)
        m_announceWanted = true;
    if (m_roundQueued)
        return;
    m_roundQueued = true;
    // One round for a burst of changes, after the views have reloaded.
    QTimer::singleShot(0, this, [this] {
        m_roundQueued = false;
        runRound();
    });
}

void Notifier::runRound()
{
    // While the session evaluates in its thread, the round waits for the
    // changed() that ends it.
    if (m_session.isReadOnly() || m_session.isEvaluating())
        return;
    // A round may write its record, and while the start checks run that
    // write would wait for them with the window stalled: the round waits
    // for writesReleased() instead.
    if (m_session.writesHeld())
        return;
    const QList<Finding> &findings = m_session.findings();
    Announcements announcements(m_session.db());
    // Every announceable finding's key, made once for the whole round.
    const auto round = announcements.round(findings);
    const auto settings = ReminderSettingsStore(m_session.db()).load();
    if (!round || !settings)
        return; // the session reports database errors itself
    const QList<qsizetype> &pending = round->pending;
    const QDateTime nowUtc = m_session.clock().now().toUTC();

    // With notifications off nothing is news, now or later.
    if (!settings->desktopNotifications) {
        m_announceWanted = false;
        clearHeld();
        if (!findings.isEmpty())
            (void)announcements.record(*round, pending, nowUtc);
        return;
    }
    // What the freelancer's own edit brought is on the screen already;
    // what quiet hours hold stays held.
    if (!m_announceWanted) {
        QList<qsizetype> known;
        for (const qsizetype at : pending) {
            if (!m_heldKeys.contains(round->keys.at(at)))
                known << at;
        }
        if (!findings.isEmpty())
            (void)announcements.record(*round, known, nowUtc);
        return;
    }
    if (pending.isEmpty()) {
        m_announceWanted = false;
        clearHeld();
        if (!findings.isEmpty())
            (void)announcements.record(*round, {}, nowUtc);
        return;
    }

    if (settings->quietOutsideWorkingHours) {
        const WorkingHours hours(m_session.facts().profile);
        const QDateTime now = m_session.clock().now();
        if (!hours.contains(now)) {
            // Not recorded: the round at the start of work announces them.
            m_held = round->pendingFindings();
            m_heldKeys.clear();
            for (const qsizetype at : pending)
                m_heldKeys.insert(round->keys.at(at));
            m_heldUntil = hours.nextStart(now);
            return;
        }
    }
    if (m_desktop->state() == DesktopNotifications::State::Probing
        || m_desktop->state() == DesktopNotifications::State::Unknown) {
        m_waitingForService = true;
        m_desktop->probe();
        return;
    }

    m_announceWanted = false;
    clearHeld();
    m_heldUntil = {};
    if (auto recorded = announcements.record(*round, pending, nowUtc); !recorded)
        return; // not recorded: not announced either, or it would come again
    deliver(round->pendingFindings());
}

void Notifier::clearHeld()
{
    m_held.clear();
    m_heldKeys.clear();
}

void Notifier::deliver(const QList<Finding> &findings)
{
    if (m_desktop->isAvailable()) {
        sendToDesktop(findings);
        emit announced(Channel::Desktop, findings);
        return;
    }
    // The service may have appeared since: look again for the next round.
    m_desktop->probe();
    if (showInTray(findings)) {
        emit announced(Channel::Tray, findings);
        return;
    }
    emit bannerRequested(findings);
    emit announced(Channel::Banner, findings);
}

void Notifier::sendToDesktop(const QList<Finding> &findings)
{
    const Facts &facts = m_session.facts();
    const auto sendOne = [this](const DesktopNotifications::Message &message, const Finding &finding) {
        auto *watcher = new QDBusPendingCallWatcher(m_desktop->send(message), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, finding](QDBusPendingCallWatcher *w) {
            w->deleteLater();
            const QDBusPendingReply<uint> reply = *w;
            if (!reply.isError()) {
                m_sent.insert(reply.value(), finding);
                return;
            }
            // The service went away between the question and the answer:
            // the finding is recorded, so it must still be shown somewhere.
            if (!finding.rule.isEmpty())
                emit bannerRequested({finding});
        });
    };
    for (const Finding &f : findings.mid(0, Announcements::MaxSeparate))
        sendOne(ReminderText::notification(f, facts, true), f);
    if (findings.size() > Announcements::MaxSeparate)
        sendOne(ReminderText::moreNotification(int(findings.size() - Announcements::MaxSeparate), true), Finding());
}

bool Notifier::showInTray(const QList<Finding> &findings)
{
    if (findings.isEmpty() || (!m_trayPresenter && !QSystemTrayIcon::isSystemTrayAvailable()))
        return false;
    m_trayFinding = findings.first();
    QString body = ReminderText::body(findings.first());
    if (findings.size() > 1)
        body += u"\n"_s + ReminderText::moreTitle(int(findings.size() - 1));
    // Client names reach the balloon as they are typed: prepared so that
    // they show literally whichever way the platform shows it.
    const TrayBalloon balloon =
        TrayBalloon::fromPlainText(ReminderText::title(findings.first(), m_session.facts()), body);
    const auto icon = findings.first().severity == Severity::High ? QSystemTrayIcon::Warning
                                                                   : QSystemTrayIcon::Information;
    if (m_trayPresenter) {
        m_trayPresenter(balloon, icon);
        return true;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QIcon(u":/icons/fi.neuvo.Neuvo.svg"_s), this);
        m_tray->setToolTip(u"Neuvo"_s);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] { open(m_trayFinding); });
        m_tray->show();
    }
    m_tray->showMessage(balloon.title, balloon.body, icon, 15000);
    return true;
}

void Notifier::open(const Finding &finding)
{
    if (finding.projectId > 0)
        emit openProjectRequested(finding.projectId);
    else if (finding.clientId > 0)
        emit openClientRequested(finding.clientId);
    else
        emit openDashboardRequested();
}

void Notifier::onAction(uint id, const QString &key)
{
    Q_UNUSED(key); // "default" and "open" both open the item
    const auto it = m_sent.constFind(id);
    if (it == m_sent.cend())
        return; // another program's notification, or one from an earlier start
    open(*it);
}

} // namespace neuvo
