#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusPendingCall>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <utility>

namespace neuvo {

// A client of the desktop's notification service (the freedesktop.org
// Desktop Notifications Specification: org.freedesktop.Notifications on the
// session bus), which GNOME, KDE Plasma, Xfce, Cinnamon, MATE and the tiling
// window managers' daemons (dunst, mako) provide, with or without a tray.
//
// Everything given to it is plain text. The body is escaped for a server
// that advertises "body-markup" (it would read <b>, <a href> and <img src>
// in a client's name as markup, and an image could load a file) and passed
// unchanged to one that shows text literally.
class DesktopNotifications final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifications)

public:
    static constexpr auto Service = "org.freedesktop.Notifications";
    static constexpr auto Path = "/org/freedesktop/Notifications";
    static constexpr auto Interface = "org.freedesktop.Notifications";

    enum class State { Unknown, Probing, Available, Unavailable };

    struct Message
    {
        QString summary; // plain text
        QString body;    // plain text
        // Key and label of each button; "default" is what clicking the
        // notification itself does. Sent only to a server with "actions".
        QList<std::pair<QString, QString>> actions;
        bool urgent = false;
    };

    explicit DesktopNotifications(const QDBusConnection &bus = QDBusConnection::sessionBus(),
                                  QObject *parent = nullptr);

    // Asks the service for its capabilities without waiting; ready() says
    // whether one answered. A service that is installed but not running is
    // started by the bus.
    void probe();
    // The same, waiting at most timeoutMs (for the command line).
    bool probeAndWait(int timeoutMs = DefaultTimeoutMs);
    State state() const { return m_state; }
    bool isAvailable() const { return m_state == State::Available; }
    QStringList capabilities() const { return m_capabilities; }
    // Why the service is not available, for a message (empty while it is).
    QString unavailableReason() const { return m_reason; }

    // The body as a server with these capabilities will read it.
    static QString bodyFor(const QString &plain, const QStringList &capabilities);

    // Sends a notification; the reply holds its id (a uint). Call when
    // isAvailable().
    QDBusPendingCall send(const Message &message);
    // The same, waiting for the id (for the command line).
    Result<uint> sendAndWait(const Message &message, int timeoutMs = DefaultTimeoutMs);

    static constexpr int DefaultTimeoutMs = 5000;

signals:
    void ready(bool available);
    // The user clicked the notification (key "default") or one of its buttons.
    void actionInvoked(uint id, const QString &key);
    void closed(uint id, uint reason);

private slots:
    void onActionInvoked(uint id, const QString &key);
    void onNotificationClosed(uint id, uint reason);

private:
    QDBusMessage notifyCall(const Message &message) const;
    void takeCapabilities(const QDBusPendingCall &call);

    QDBusConnection m_bus;
    State m_state = State::Unknown;
    QStringList m_capabilities;
    QString m_reason;
};

} // namespace neuvo
