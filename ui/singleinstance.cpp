#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QLocalServer>
#include <QLocalSocket>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

const QByteArray kRaise = "raise\n";
const QByteArray kDone = "ok\n";

} // namespace

InstanceServer::InstanceServer(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_server(new QLocalServer(this))
{
    const QString name = serverNameFor(databasePath);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    // The caller holds the database lock, so whoever made a socket of this
    // name before is gone (a crash leaves the socket file behind).
    QLocalServer::removeServer(name);
    if (m_server->listen(name))
        connect(m_server, &QLocalServer::newConnection, this, &InstanceServer::handleConnection);
}

InstanceServer::~InstanceServer() = default;

bool InstanceServer::isListening() const
{
    return m_server->isListening();
}

QString InstanceServer::serverNameFor(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    const QByteArray key = (QDir::homePath() + u'\n' + canonical).toUtf8();
    // Short: Unix socket paths are limited to about 100 bytes.
    return u"neuvo-"_s + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex().left(24));
}

void InstanceServer::handleConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        const auto answer = [this, socket] {
            // A probe (isRunningFor) connects and leaves at once.
            if (!socket->isOpen())
                return;
            if (!socket->canReadLine()) {
                // Anything but a short line is not for us.
                if (socket->bytesAvailable() > 64)
                    socket->disconnectFromServer();
                return;
            }
            if (socket->readLine(64) == kRaise) {
                emit raiseRequested();
                socket->write(kDone);
                socket->flush();
            }
            socket->disconnectFromServer();
        };
        connect(socket, &QLocalSocket::readyRead, this, answer);
        answer();
    }
}

bool InstanceServer::isRunningFor(const QString &databasePath, int timeoutMs)
{
    QLocalSocket socket;
    QEventLoop loop;
    bool connected = false;
    connect(&socket, &QLocalSocket::connected, &loop, [&] {
        connected = true;
        loop.quit();
    });
    connect(&socket, &QLocalSocket::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToServer(serverNameFor(databasePath));
    if (socket.state() != QLocalSocket::ConnectedState && socket.state() != QLocalSocket::UnconnectedState)
        loop.exec();
    connected = connected || socket.state() == QLocalSocket::ConnectedState;
    socket.abort();
    return connected;
}

bool InstanceServer::askToRaise(const QString &databasePath, int timeoutMs)
{
    QLocalSocket socket;
    QEventLoop loop;
    QByteArray reply;
    bool sent = false;
    const auto send = [&] {
        if (!sent) {
            sent = true;
            socket.write(kRaise);
        }
    };
    connect(&socket, &QLocalSocket::connected, &socket, send);
    connect(&socket, &QLocalSocket::readyRead, &loop, [&] {
        reply += socket.readAll();
        if (reply.endsWith('\n'))
            loop.quit();
    });
    connect(&socket, &QLocalSocket::errorOccurred, &loop, &QEventLoop::quit);
    connect(&socket, &QLocalSocket::disconnected, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    socket.connectToServer(serverNameFor(databasePath));
    if (socket.state() == QLocalSocket::ConnectedState)
        send();
    if (socket.state() != QLocalSocket::UnconnectedState)
        loop.exec();
    reply += socket.readAll();
    socket.abort();
    return reply == kDone;
}

} // namespace neuvo
