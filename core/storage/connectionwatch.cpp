#include "connectionwatch.h"

#include "database.h"
#include "sqldialect.h"

#include <QThread>

#include <memory>

namespace neuvo {

namespace {

// Looking costs nothing (the driver's own state, no traffic), so a few
// seconds; the first probe waits a little for a restarting server, then the
// pauses double up to half a minute.
constexpr int kCheckMs = 2000;
constexpr int kFirstPauseMs = 1000;
constexpr int kLongestPauseMs = 30000;

} // namespace

ConnectionWatch::ConnectionWatch(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_firstPauseMs(kFirstPauseMs)
    , m_longestPauseMs(kLongestPauseMs)
    , m_pauseMs(kFirstPauseMs)
{
    m_check.setInterval(kCheckMs);
    m_retry.setSingleShot(true);
    connect(&m_check, &QTimer::timeout, this, &ConnectionWatch::check);
    connect(&m_retry, &QTimer::timeout, this, &ConnectionWatch::startProbe);
    m_generation = m_db.connectionGeneration();
    if (m_db.isOpen() && !m_db.isReadOnly() && SqlDialect::isServerUrl(m_db.path()))
        m_check.start();
}

ConnectionWatch::~ConnectionWatch()
{
    if (m_probe) {
        m_probe->disconnect(this);
        m_probe->wait();
        delete m_probe;
    }
}

void ConnectionWatch::setTiming(int checkMs, int firstPauseMs, int longestPauseMs)
{
    m_check.setInterval(checkMs);
    m_firstPauseMs = firstPauseMs;
    m_longestPauseMs = longestPauseMs;
    m_pauseMs = firstPauseMs;
}

void ConnectionWatch::check()
{
    if (m_lost)
        return;
    if (m_db.isOpen()) {
        // A read or write opened it again before this looked: it listens
        // again, but what was committed in between was not announced.
        if (const quint64 generation = m_db.connectionGeneration(); generation != m_generation) {
            m_generation = generation;
            emit reconnected();
        }
        return;
    }
    m_lost = true;
    m_attempts = 0;
    m_pauseMs = m_firstPauseMs;
    m_check.stop();
    qWarning("Neuvo: the connection to %s was lost; connecting again", qPrintable(m_db.path()));
    emit connectionLost();
    m_retry.start(m_pauseMs);
}

void ConnectionWatch::startProbe()
{
    if (m_probe)
        return;
    ++m_attempts;
    // A connection of its own, in a thread of its own: connecting to a
    // server that does not answer waits up to the connection timeout.
    auto reached = std::make_shared<bool>(false);
    m_probe = QThread::create([spec = m_db.readerSpec(), reached] {
        Database probe;
        *reached = probe.openReader(spec).ok();
    });
    connect(m_probe, &QThread::finished, this, [this, reached] {
        m_probe->deleteLater();
        m_probe = nullptr;
        probeFinished(*reached);
    });
    m_probe->start();
}

void ConnectionWatch::probeFinished(bool reachable)
{
    if (reachable) {
        // The server answers: connection() opens the window's connection
        // again (between changes only) and it subscribes again;
        // listenForChanges() says when that failed.
        const bool open = m_db.connection().isOpen();
        const auto listening = open ? m_db.listenForChanges() : Result<void>(fail(QString()));
        if (open && listening) {
            m_lost = false;
            m_generation = m_db.connectionGeneration();
            m_pauseMs = m_firstPauseMs;
            m_check.start();
            emit reconnected();
            return;
        }
        if (!listening.error().isEmpty())
            qWarning("Neuvo: %s", qPrintable(listening.error()));
    }
    m_pauseMs = qMin(m_pauseMs * 2, m_longestPauseMs);
    m_retry.start(m_pauseMs);
}

} // namespace neuvo
