#pragma once

#include <QObject>
#include <QString>
#include <QTimer>

class QThread;

namespace neuvo {

class Database;

// Keeps a window's server connection listening when the server drops it
// while the window sits idle (a restart, an administrator ending the
// session): nothing else would notice, since a listening connection sends
// nothing and the next read or write is what reconnects it. Qt's driver
// reads the server's farewell from the socket it listens on and reports
// the connection closed; this looks at that every few seconds (no traffic).
// When it is closed, a probe connection is opened in a thread of its own,
// so that a server that does not answer costs the window no wait, with a
// pause that doubles between attempts up to a limit. Once the probe gets
// in, the window's connection is opened again and listens again, and
// reconnected() says so: what others committed meanwhile was never
// announced to it, so the window reads everything again.
//
// Does nothing on SQLite or read-only (neither listens).
class ConnectionWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionWatch)

public:
    explicit ConnectionWatch(Database &db, QObject *parent = nullptr);
    // Waits for a probe still trying to connect (at most the connection
    // timeout, ten seconds unless the URL sets another).
    ~ConnectionWatch() override;

    // How often the connection is looked at, the pause before the first
    // probe and the longest pause between probes (tests shorten them).
    void setTiming(int checkMs, int firstPauseMs, int longestPauseMs);

    bool isWatching() const { return m_check.isActive() || m_lost; }
    // The connection was found closed and is not open again yet.
    bool isLost() const { return m_lost; }
    // Probes made since the connection was found closed.
    int attempts() const { return m_attempts; }

signals:
    // The connection was found closed; reconnecting has begun.
    void connectionLost();
    // Open and listening again: re-read whatever may have changed.
    void reconnected();

private:
    void check();
    void startProbe();
    void probeFinished(bool reachable);

    Database &m_db;
    QTimer m_check;
    QTimer m_retry;
    QThread *m_probe = nullptr;
    int m_firstPauseMs = 1000;
    int m_longestPauseMs = 30000;
    int m_pauseMs = 1000;
    int m_attempts = 0;
    quint64 m_generation = 0;
    bool m_lost = false;
};

} // namespace neuvo
