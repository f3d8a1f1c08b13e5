// Stands in for the desktop in tests that run on a private session bus
// (dbus-run-session): a notification server (org.freedesktop.Notifications)
// that records what it is sent, and, with --login1, logind's sleep signal.
// The tests drive it through fi.neuvo.test.FakeDesktop at /fake.
//
//   neuvo_fake_desktop [--capabilities body,body-markup,actions] [--login1]
//
// Prints "ready" once its names are on the bus.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QVariantMap>

#include <cstdio>

using namespace Qt::StringLiterals;

class NotificationServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    explicit NotificationServer(QStringList capabilities) : m_capabilities(std::move(capabilities)) {}
    QJsonArray received;

public slots:
    QStringList GetCapabilities() { return m_capabilities; }

    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout)
    {
        const uint id = ++m_lastId;
        QJsonObject hintsJson;
        for (auto it = hints.cbegin(); it != hints.cend(); ++it)
            hintsJson.insert(it.key(), QJsonValue::fromVariant(it.value().typeId() == QMetaType::UChar
                                                                   ? QVariant(int(it.value().value<uchar>()))
                                                                   : it.value()));
        received.append(QJsonObject{
            {u"id"_s, int(id)},
            {u"app_name"_s, appName},
            {u"replaces_id"_s, int(replacesId)},
            {u"app_icon"_s, appIcon},
            {u"summary"_s, summary},
            {u"body"_s, body},
            {u"actions"_s, QJsonArray::fromStringList(actions)},
            {u"hints"_s, hintsJson},
            {u"expire_timeout"_s, expireTimeout},
        });
        return id;
    }

    void CloseNotification(uint id) { emit NotificationClosed(id, 3); }

    QString GetServerInformation(QString &vendor, QString &version, QString &specVersion)
    {
        vendor = u"Neuvo tests"_s;
        version = u"1"_s;
        specVersion = u"1.2"_s;
        return u"neuvo-fake-desktop"_s;
    }

signals:
    void ActionInvoked(uint id, const QString &actionKey);
    void NotificationClosed(uint id, uint reason);

private:
    QStringList m_capabilities;
    uint m_lastId = 0;
};

class Control : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "fi.neuvo.test.FakeDesktop")

public:
    explicit Control(NotificationServer &server) : m_server(server) {}

public slots:
    // Every Notify call so far, as a JSON array.
    QString Received() { return QString::fromUtf8(QJsonDocument(m_server.received).toJson(QJsonDocument::Compact)); }
    void Clear() { m_server.received = QJsonArray(); }
    // As if the user clicked the notification or one of its buttons.
    void InvokeAction(uint id, const QString &key) { emit m_server.ActionInvoked(id, key); }
    // logind's PrepareForSleep(sleeping), from org.freedesktop.login1.
    void PrepareForSleep(bool sleeping)
    {
        QDBusMessage signal = QDBusMessage::createSignal(u"/org/freedesktop/login1"_s,
                                                         u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s);
        signal << sleeping;
        QDBusConnection::sessionBus().send(signal);
    }

private:
    NotificationServer &m_server;
};

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption capabilities(u"capabilities"_s, u"Comma-separated capabilities"_s, u"list"_s,
                                          u"body,body-markup,actions"_s);
    const QCommandLineOption login1(u"login1"_s, u"Also own org.freedesktop.login1"_s);
    parser.addOptions({capabilities, login1});
    parser.process(app);

    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        std::fprintf(stderr, "no session bus: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    const QString caps = parser.value(capabilities);
    NotificationServer server(caps.isEmpty() ? QStringList() : caps.split(u','));
    Control control(server);
    const auto exported = QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals;
    if (!bus.registerObject(u"/org/freedesktop/Notifications"_s, &server, exported)
        || !bus.registerObject(u"/fake"_s, &control, exported)
        || !bus.registerService(u"org.freedesktop.Notifications"_s)
        || !bus.registerService(u"fi.neuvo.test.FakeDesktop"_s)
        || (parser.isSet(login1) && !bus.registerService(u"org.freedesktop.login1"_s))) {
        std::fprintf(stderr, "cannot register: %s\n", qPrintable(bus.lastError().message()));
        return 1;
    }
    std::printf("ready\n");
    std::fflush(stdout);
    return app.exec();
}

#include "fake_desktop.moc"
