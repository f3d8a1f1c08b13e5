#include "dayclock.h"

#include <QDBusConnection>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

DayClock::TimeSource systemTime()
{
    return [] { return QDateTime::currentDateTime(); };
}

DayClock::TimeSource &defaultSource()
{
    static DayClock::TimeSource source = systemTime();
    return source;
}

} // namespace

void DayClock::setDefaultTimeSource(TimeSource source)
{
    defaultSource() = source ? std::move(source) : systemTime();
}

DayClock::DayClock(QObject *parent)
    : QObject(parent)
    , m_source(defaultSource())
{
    m_lastCheck = now();
    m_lastDate = m_lastCheck.date();
    m_midnight.setSingleShot(true);
    // A coarse timer may fire a little early; check() then sees the same
    // date and schedules again.
    m_midnight.setTimerType(Qt::PreciseTimer);
    connect(&m_midnight, &QTimer::timeout, this, &DayClock::check);
    m_heartbeat.setInterval(HeartbeatMs);
    connect(&m_heartbeat, &QTimer::timeout, this, &DayClock::check);
    m_heartbeat.start();
    scheduleMidnight();

    // logind says when the system goes to sleep (true) and wakes (false).
    // Without a system bus (a container, another init) the heartbeat alone
    // notices.
    QDBusConnection system = QDBusConnection::systemBus();
    if (system.isConnected()) {
        system.connect(u"org.freedesktop.login1"_s, u"/org/freedesktop/login1"_s,
                       u"org.freedesktop.login1.Manager"_s, u"PrepareForSleep"_s, this,
                       SLOT(onPrepareForSleep(bool)));
    }
}

void DayClock::setTimeSource(TimeSource source)
{
    m_source = std::move(source);
    m_lastCheck = now();
    m_lastDate = m_lastCheck.date();
    scheduleMidnight();
}

QDateTime DayClock::now() const
{
    return m_source();
}

qint64 DayClock::msecsToNextMidnight(const QDateTime &now)
{
    QDateTime midnight = now;
    midnight.setDate(now.date().addDays(1));
    midnight.setTime(QTime(0, 0));
    return std::max<qint64>(now.msecsTo(midnight), 1000);
}

void DayClock::scheduleMidnight()
{
    // A little after midnight, so the date has certainly changed; capped,
    // because a timer that slept with the machine fires late anyway.
    const qint64 wait = std::min<qint64>(msecsToNextMidnight(now()) + 500, 6 * 60 * 60 * 1000);
    m_midnight.start(int(wait));
}

void DayClock::check()
{
    const QDateTime current = now();
    const qint64 passed = m_lastCheck.msecsTo(current);
    const bool jumped = passed > 2 * HeartbeatMs || passed < 0;
    m_lastCheck = current;
    m_heartbeat.start(); // the next beat is one interval from this check
    scheduleMidnight();
    if (current.date() != m_lastDate) {
        m_lastDate = current.date();
        emit dayChanged(m_lastDate);
    }
    if (jumped)
        emit resumed();
    emit ticked(current);
}

void DayClock::onPrepareForSleep(bool sleeping)
{
    if (sleeping)
        return;
    // Count the wake-up as a jump even if the beat came just before.
    m_lastCheck = m_lastCheck.addMSecs(-3 * HeartbeatMs);
    check();
}

} // namespace neuvo
