#include "desktopnotifications.h"

#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QVariantMap>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QString service()
{
    return QString::fromLatin1(DesktopNotifications::Service);
}

QDBusMessage call(const char *method)
{
    return QDBusMessage::createMethodCall(service(), QString::fromLatin1(DesktopNotifications::Path),
                                          QString::fromLatin1(DesktopNotifications::Interface),
                                          QString::fromLatin1(method));
}

} // namespace

DesktopNotifications::DesktopNotifications(const QDBusConnection &bus, QObject *parent)
    : QObject(parent)
    , m_bus(bus)
{
    if (!m_bus.isConnected()) {
        m_state = State::Unavailable;
        m_reason = tr("there is no session bus (%1)").arg(m_bus.lastError().message());
        return;
    }
    // Signals go to every client; the ids say which notifications are ours.
    m_bus.connect(service(), QString::fromLatin1(Path), QString::fromLatin1(Interface), u"ActionInvoked"_s, this,
                  SLOT(onActionInvoked(uint,QString)));
    m_bus.connect(service(), QString::fromLatin1(Path), QString::fromLatin1(Interface), u"NotificationClosed"_s,
                  this, SLOT(onNotificationClosed(uint,uint)));
}

void DesktopNotifications::probe()
{
    if (m_state == State::Probing)
        return;
    if (!m_bus.isConnected()) {
        emit ready(false);
        return;
    }
    m_state = State::Probing;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call("GetCapabilities"), DefaultTimeoutMs), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        takeCapabilities(*w);
        emit ready(isAvailable());
    });
}

bool DesktopNotifications::probeAndWait(int timeoutMs)
{
    if (!m_bus.isConnected())
        return false;
    QDBusPendingCall pending = m_bus.asyncCall(call("GetCapabilities"), timeoutMs);
    pending.waitForFinished();
    takeCapabilities(pending);
    return isAvailable();
}

void DesktopNotifications::takeCapabilities(const QDBusPendingCall &call)
{
    const QDBusPendingReply<QStringList> reply = call;
    if (reply.isError()) {
        m_state = State::Unavailable;
        m_capabilities.clear();
        m_reason = reply.error().type() == QDBusError::ServiceUnknown
            ? tr("no notification service is running")
            : reply.error().message();
        return;
    }
    m_state = State::Available;
    m_capabilities = reply.value();
    m_reason.clear();
}

QString DesktopNotifications::bodyFor(const QString &plain, const QStringList &capabilities)
{
    // Escaping is all a markup-reading server needs: &, <, > and quotes
    // become entities, which it shows as the characters they stand for.
    return capabilities.contains(u"body-markup"_s) ? plain.toHtmlEscaped() : plain;
}

QDBusMessage DesktopNotifications::notifyCall(const Message &message) const
{
    QStringList actions;
    if (m_capabilities.contains(u"actions"_s)) {
        for (const auto &[key, label] : message.actions)
            actions << key << label;
    }
    QVariantMap hints;
    // Lets the desktop show Neuvo's name and icon and group its notifications.
    hints.insert(u"desktop-entry"_s, u"fi.neuvo.Neuvo"_s);
    // 1 normal, 2 critical (stays until dismissed on most desktops).
    hints.insert(u"urgency"_s, QVariant::fromValue(uchar(message.urgent ? 2 : 1)));
    QDBusMessage msg = call("Notify");
    msg << u"Neuvo"_s << uint(0) << u"fi.neuvo.Neuvo"_s << message.summary.simplified()
        << bodyFor(message.body, m_capabilities) << actions << hints << int(-1);
    return msg;
}

QDBusPendingCall DesktopNotifications::send(const Message &message)
{
    return m_bus.asyncCall(notifyCall(message), DefaultTimeoutMs);
}

Result<uint> DesktopNotifications::sendAndWait(const Message &message, int timeoutMs)
{
    QDBusPendingCall pending = m_bus.asyncCall(notifyCall(message), timeoutMs);
    pending.waitForFinished();
    const QDBusPendingReply<uint> reply = pending;
    if (reply.isError())
        return fail(tr("The notification service did not take the notification: %1").arg(reply.error().message()));
    return reply.value();
}

void DesktopNotifications::onActionInvoked(uint id, const QString &key)
{
    emit actionInvoked(id, key);
}

void DesktopNotifications::onNotificationClosed(uint id, uint reason)
{
    emit closed(id, reason);
}

} // namespace neuvo
