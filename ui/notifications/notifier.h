#pragma once

#include "core/reminders/desktopnotifications.h"
#include "core/rules/redflags.h"

#include "trayballoon.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QSet>
#include <QSystemTrayIcon>

#include <functional>

namespace neuvo {

class Session;

// Tells the freelancer about new High findings and things coming due while
// Neuvo is open, even when its window is not in front: one desktop
// notification each (with the client's name and an action that opens the
// item), else a tray message where there is a tray, else the dashboard's
// banner. What was announced is recorded in the database (Announcements),
// so nothing is announced twice, across restarts and `neuvo-cli alerts
// --notify`.
//
// It announces at start, when the day changes, after the system wakes and
// when quiet hours end. Findings that come from the freelancer's own edit
// are recorded without a notification: they are on the screen already.
// Quiet hours hold notifications outside the profile's working hours; a
// read-only window announces nothing (the Neuvo that writes the file does).
class Notifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Notifier)

public:
    enum class Channel { None, Desktop, Tray, Banner };

    explicit Notifier(Session &session, QObject *parent = nullptr);

    DesktopNotifications &desktop() const { return *m_desktop; }

    // Where the tray fallback's balloon goes: the system tray when there is
    // one. A test, whose offscreen platform has no tray, sets a function
    // that receives the balloon as the tray would; the tray then counts as
    // there.
    using TrayPresenter = std::function<void(const TrayBalloon &balloon, QSystemTrayIcon::MessageIcon icon)>;
    void setTrayPresenter(TrayPresenter presenter) { m_trayPresenter = std::move(presenter); }
    // Findings waiting for the end of quiet hours, and when that is.
    const QList<Finding> &held() const { return m_held; }
    QDateTime heldUntil() const { return m_heldUntil; }

signals:
    // After each round that told the user something.
    void announced(neuvo::Notifier::Channel channel, const QList<neuvo::Finding> &findings);
    // The banner is the last resort: no notification service, no tray.
    void bannerRequested(const QList<neuvo::Finding> &findings);
    void openClientRequested(qint64 clientId);
    void openProjectRequested(qint64 projectId);
    void openDashboardRequested();

private:
    enum class Reason { Edit, Announce };
    void queue(Reason reason);
    void runRound();
    void clearHeld();
    void deliver(const QList<Finding> &findings);
    void sendToDesktop(const QList<Finding> &findings);
    bool showInTray(const QList<Finding> &findings);
    void open(const Finding &finding);
    void onAction(uint id, const QString &key);

    Session &m_session;
    DesktopNotifications *m_desktop = nullptr;
    QSystemTrayIcon *m_tray = nullptr;
    TrayPresenter m_trayPresenter;
    bool m_roundQueued = false;
    bool m_announceWanted = false;
    bool m_waitingForService = false;
    QList<Finding> m_held;
    QSet<QString> m_heldKeys; // m_held's keys (Announcements::key())
    QDateTime m_heldUntil;
    // Our notifications by id; a null Finding stands for "the rest".
    QHash<uint, Finding> m_sent;
    Finding m_trayFinding;
};

} // namespace neuvo
