#include "app/guicommandline.h"
#include "core/storage/applicationidentity.h"
#include "core/translations.h"
#include "ui/dashboard/dashboardpage.h"
#include "ui/mainwindow.h"
#include "ui/session.h"
#include "ui/dialogs/preferencesdialog.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QIcon>
#include <QSettings>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <numeric>
#include <vector>

namespace {

// Quits the application once the watched window has painted; the quit is
// queued so the paint completes and reaches the screen first. Quitting closes
// the window as a user would, so what a close writes is part of the timing.
class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }
};

// --quit-after-dashboard: the times from the start of main() to the first
// paint and to the complete dashboard, and the longest time the event loop
// did not run meanwhile, seen by a timer that should fire every Interval ms
// (a late run means the loop was busy: a stall the user would feel).
class DashboardProbe final : public QObject
{
public:
    static constexpr int Interval = 5;

    DashboardProbe(neuvo::MainWindow *window, const QElapsedTimer &clock)
        : QObject(window)
        , m_window(window)
        , m_clock(clock)
    {
        m_ticker.setTimerType(Qt::PreciseTimer);
        m_ticker.setInterval(Interval);
        // NEUVO_STALL_TRACE set: every event delivered meanwhile is noted,
        // and the report names those that began during the longest stall,
        // so the work that made it can be found (docs/performance.md).
        m_tracing = qEnvironmentVariableIsSet("NEUVO_STALL_TRACE");
        // The application's filter sees the window's events too.
        if (m_tracing)
            qApp->installEventFilter(this);
        else
            m_window->installEventFilter(this);
        connect(&m_ticker, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            noteGap(now);
            m_lastTickNs = now;
        });
        m_ticker.start();
        neuvo::Session &session = m_window->session();
        if (session.isEvaluating())
            connect(&session, &neuvo::Session::evaluationFinished, this, &DashboardProbe::evaluated,
                    Qt::QueuedConnection);
        else
            QTimer::singleShot(0, this, &DashboardProbe::evaluated);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (m_tracing)
            m_trace.push_back({m_clock.nsecsElapsed(), threadCpuNs(), watched->metaObject()->className(),
                               watched->objectName(), event->type()});
        if (watched != m_window)
            return QObject::eventFilter(watched, event);
        if (event->type() == QEvent::Paint && m_firstPaint < 0) {
            m_firstPaint = m_clock.elapsed();
            // Evaluated before the window was first painted (a small file):
            // that paint, completed, is the complete dashboard.
            if (m_evaluated)
                QTimer::singleShot(0, this, &DashboardProbe::report);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // Queued behind the reload that evaluationFinished() starts; the
    // dashboard may still be filling its lists one per event: then wait for
    // them. Paint the window with them, then report and quit.
    void evaluated()
    {
        neuvo::DashboardPage *dashboard = m_window->dashboardPage();
        if (dashboard->isVisible() && dashboard->isFilling()) {
            connect(dashboard, &neuvo::DashboardPage::filled, this, &DashboardProbe::evaluated,
                    static_cast<Qt::ConnectionType>(Qt::QueuedConnection | Qt::SingleShotConnection));
            return;
        }
        m_evaluated = true;
        if (m_firstPaint < 0)
            return; // eventFilter() reports after the first paint
        m_window->repaint();
        report();
    }

    void report()
    {
        const qint64 completeNs = m_clock.nsecsElapsed();
        const qint64 complete = completeNs / 1'000'000;
        // The gap since the last tick counts too: an event that ran long
        // just before this one has not let the ticker run since.
        noteGap(completeNs);
        if (m_tracing)
            printTrace();
        std::printf("first paint: %lld ms\ncomplete dashboard: %lld ms\nlongest event-loop stall: %lld ms\n",
                    static_cast<long long>(m_firstPaint), static_cast<long long>(complete),
                    static_cast<long long>(std::max<qint64>(m_longestStallNs / 1'000'000, 0)));
        std::fflush(stdout);
        m_ticker.stop();
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
    }

    void noteGap(qint64 nowNs)
    {
        if (m_lastTickNs < 0)
            return;
        const qint64 stall = nowNs - m_lastTickNs - qint64(Interval) * 1'000'000;
        if (stall > m_longestStallNs) {
            m_longestStallNs = stall;
            m_stallFromNs = m_lastTickNs;
            m_stallToNs = nowNs;
        }
    }

    // The main thread's CPU time: on a shared machine the wall clock also
    // counts the time other processes held the CPU.
    static qint64 threadCpuNs()
    {
        timespec t{};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
        return qint64(t.tv_sec) * 1'000'000'000 + t.tv_nsec;
    }

    // The events that began between the tick before the longest stall and
    // the one after it, each with the time (wall clock and the main
    // thread's CPU) until the next event began: the longest of those ran
    // the work (or began it, when events were delivered from inside it).
    // Then the events of the whole run that took the most CPU that way.
    void printTrace() const
    {
        const auto print = [this](size_t i) {
            const TracedEvent &e = m_trace[i];
            const bool last = i + 1 == m_trace.size();
            const qint64 wall = (last ? m_clock.nsecsElapsed() : m_trace[i + 1].atNs) - e.atNs;
            const qint64 cpu = (last ? threadCpuNs() : m_trace[i + 1].cpuNs) - e.cpuNs;
            std::fprintf(stderr, "  %9.3f ms  +%7.3f ms  (CPU %7.3f ms)  event %4d  %s %s\n", e.atNs / 1e6,
                         wall / 1e6, cpu / 1e6, int(e.type), e.className, qUtf8Printable(e.objectName));
        };
        std::fprintf(stderr, "longest stall from %.1f ms to %.1f ms; the events that began meanwhile:\n",
                     m_stallFromNs / 1e6, m_stallToNs / 1e6);
        for (size_t i = 0; i < m_trace.size(); ++i) {
            if (m_trace[i].atNs >= m_stallFromNs && m_trace[i].atNs <= m_stallToNs)
                print(i);
        }
        std::vector<size_t> byCpu(m_trace.size());
        std::iota(byCpu.begin(), byCpu.end(), size_t(0));
        const auto cpuOf = [this](size_t i) {
            return i + 1 < m_trace.size() ? m_trace[i + 1].cpuNs - m_trace[i].cpuNs : 0;
        };
        const size_t top = std::min<size_t>(12, byCpu.size());
        std::partial_sort(byCpu.begin(), byCpu.begin() + top, byCpu.end(),
                          [&](size_t a, size_t b) { return cpuOf(a) > cpuOf(b); });
        std::fprintf(stderr, "the events of the run that took the most CPU until the next one began:\n");
        for (size_t i = 0; i < top; ++i)
            print(byCpu[i]);
    }

    struct TracedEvent
    {
        qint64 atNs;
        qint64 cpuNs;
        const char *className;
        QString objectName;
        QEvent::Type type;
    };

    neuvo::MainWindow *m_window;
    const QElapsedTimer &m_clock;
    QTimer m_ticker;
    qint64 m_firstPaint = -1;
    bool m_evaluated = false;
    qint64 m_lastTickNs = -1;
    qint64 m_longestStallNs = 0;
    qint64 m_stallFromNs = 0;
    qint64 m_stallToNs = 0;
    bool m_tracing = false;
    std::vector<TracedEvent> m_trace;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    neuvo::setUpApplicationIdentity();
    QApplication::setDesktopFileName(QStringLiteral("fi.neuvo.Neuvo"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/fi.neuvo.Neuvo.svg")));
    // The language chosen in Preferences, else the system's.
    const QString language = QSettings().value(neuvo::PreferencesDialog::languageSettingKey()).toString();
    const QLocale locale = neuvo::interfaceLocale(language);
    // Dates and numbers in the language of the interface, not the system's.
    QLocale::setDefault(locale);
    neuvo::installTranslations(app, locale);

    neuvo::GuiCommandLine commandLine;
    commandLine.parser().process(app);
    const neuvo::Result<QString> path = commandLine.databasePath();
    if (!path.ok()) {
        std::fprintf(stderr, "%s\n", qUtf8Printable(path.error()));
        return 1;
    }

    bool handedOver = false;
    neuvo::MainWindow *window = neuvo::MainWindow::openWindow(*path, nullptr, &handedOver);
    if (!window)
        return handedOver ? 0 : 1; // handed over: the running Neuvo raised its window
    if (commandLine.quitAfterFirstPaint())
        window->installEventFilter(new QuitAfterFirstPaint(&app));
    else if (commandLine.quitAfterDashboard())
        new DashboardProbe(window, clock);
    return app.exec();
}
