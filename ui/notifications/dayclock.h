#pragma once

#include <QDate>
#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <functional>

namespace neuvo {

// The desktop application's sense of time: today's date for the rules, and
// a signal when it changes (at local midnight, or noticed after the system
// slept through it) or when the system comes back from sleep.
//
// Qt has no signal for sleep and resume. Two ways in: logind's
// PrepareForSleep on the system bus where there is one (systemd), and, on
// any system, a heartbeat timer: Qt's timers run on the monotonic clock,
// which stands still while the machine sleeps, so a beat that finds the
// wall clock moved on much more than its interval knows the machine slept
// (or the clock was set; either way the day is worth a fresh look).
//
// The time source can be replaced, so tests move time forward and call
// check(), which is what the timers do, instead of waiting.
class DayClock final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DayClock)

public:
    using TimeSource = std::function<QDateTime()>;
    static constexpr int HeartbeatMs = 60 * 1000;

    explicit DayClock(QObject *parent = nullptr);

    // Where "now" comes from (the system clock by default). Takes the new
    // date as the current one without signalling, as a restart would.
    void setTimeSource(TimeSource source);
    // The time source of every DayClock made from now on (a test's clock
    // for the windows it opens); an empty one restores the system clock.
    static void setDefaultTimeSource(TimeSource source);
    QDateTime now() const;
    QDate today() const { return now().date(); }

    // From now to the next local midnight, never less than a second.
    static qint64 msecsToNextMidnight(const QDateTime &now);

public slots:
    // What the timers call: dayChanged() when the date is not the one seen
    // last, resumed() when the wall clock moved on by more than two beats
    // since the last check (or backwards), and ticked() every time.
    void check();

signals:
    void dayChanged(const QDate &today);
    void resumed();
    void ticked(const QDateTime &now);

private slots:
    void onPrepareForSleep(bool sleeping);

private:
    void scheduleMidnight();

    TimeSource m_source;
    QTimer m_midnight;
    QTimer m_heartbeat;
    QDate m_lastDate;
    QDateTime m_lastCheck;
};

} // namespace neuvo
