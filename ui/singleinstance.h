#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

namespace neuvo {

// Lets a second Neuvo started on a file that another Neuvo is writing hand
// over to that one: the window that holds a database's lock listens on a
// local socket named after the file; the second start asks it to bring its
// window to the front and then exits. Only the same user can connect (the
// socket is made user-only), and nothing but "raise" is understood.
class InstanceServer final : public QObject
{
    Q_OBJECT

public:
    // Starts listening for databasePath. Call only while holding the
    // database's lock: a socket left by a crashed Neuvo is then stale and is
    // removed first.
    explicit InstanceServer(const QString &databasePath, QObject *parent = nullptr);
    ~InstanceServer() override;

    bool isListening() const;

    // The socket name for a database: a hash of the user's home and the
    // file's canonical path, so that two paths to one file meet.
    static QString serverNameFor(const QString &databasePath);

    // Whether a Neuvo listens for the database, without asking anything.
    static bool isRunningFor(const QString &databasePath, int timeoutMs = 1000);
    // Asks the Neuvo that has the database to raise its window; true once
    // it confirmed. Waits in a local event loop, so a listener in this
    // process (tests) answers too.
    static bool askToRaise(const QString &databasePath, int timeoutMs = 3000);

signals:
    void raiseRequested();

private:
    void handleConnection();

    QLocalServer *m_server = nullptr;
};

} // namespace neuvo
