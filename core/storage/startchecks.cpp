#include "startchecks.h"

#include "backup.h"
#include "database.h"
#include "readstop.h"

#include <QThread>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>

#include <sqlite3.h>

namespace neuvo {

struct StartChecks::State
{
    std::mutex mutex;
    std::condition_variable doneChanged;
    bool done = false;
    Outcome outcome;
    std::atomic<bool> stopRequested{false};
    // The thread's connection while it is open (under mutex, so that it
    // cannot close while another thread interrupts it).
    sqlite3 *running = nullptr;

    void finish(Outcome result)
    {
        {
            const std::lock_guard lock(mutex);
            outcome = std::move(result);
            done = true;
        }
        doneChanged.notify_all();
    }
    // With mutex held. sqlite3_interrupt() may be called from any thread
    // while the connection is open.
    void interruptLocked()
    {
        if (running)
            sqlite3_interrupt(running);
    }
    void requestStop()
    {
        stopRequested = true;
        const std::lock_guard lock(mutex);
        interruptLocked();
    }
    Outcome waitForOutcome()
    {
        using namespace std::chrono_literals;
        std::unique_lock lock(mutex);
        while (!done) {
            // Once a stop is asked for, interrupt again until the thread is
            // done: SQLite forgets an interrupt that comes between two
            // statements when the next one begins, and its walk of the
            // file's pages in quick_check does not call the progress
            // handler (SQLite 3.40), only looks at the interrupt.
            if (stopRequested)
                interruptLocked();
            doneChanged.wait_for(lock, 10ms);
        }
        return outcome;
    }
    // The same as the commit hook once the checks are gone and did not pass.
    static int refuseCommit(void *) { return 1; }
};

namespace {

using Outcome = StartChecks::Outcome;

Outcome stoppedOutcome()
{
    Outcome outcome;
    outcome.stopped = true;
    return outcome;
}

} // namespace

StartChecks::StartChecks(Database &db, bool quickCheck, bool dailyBackup, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_quickCheck(quickCheck)
    , m_dailyBackup(dailyBackup)
    , m_state(std::make_shared<State>())
{
    if (sqlite3 *handle = sqliteHandle(m_db))
        sqlite3_commit_hook(handle, &StartChecks::holdCommit, this);
}

int StartChecks::holdCommit(void *checks)
{
    // In the committing thread, which is the window's connection's and so
    // this object's: a commit before start() starts the checks rather than
    // waiting for them forever.
    auto *self = static_cast<StartChecks *>(checks);
    self->start();
    return self->m_state->waitForOutcome().allowsWrites() ? 0 : 1;
}

void StartChecks::start()
{
    if (m_thread || m_state->stopRequested)
        return;
    const Database::ReaderSpec spec = m_db.readerSpec();
    m_thread = QThread::create([state = m_state, spec, quickCheck = m_quickCheck, dailyBackup = m_dailyBackup] {
        // After any failure: a stop asked for meanwhile is why (an
        // interrupted statement), and says nothing about the file.
        const auto run = [&]() -> Outcome {
            if (state->stopRequested)
                return stoppedOutcome();
            Outcome outcome;
            Database reader;
            if (auto opened = reader.openReader(spec); !opened) {
                if (state->stopRequested)
                    return stoppedOutcome();
                outcome.checkError = opened.error();
                return outcome;
            }
            // Interruptible from stop() while open; let go before it closes.
            struct Running
            {
                State &state;
                Running(State &s, sqlite3 *handle)
                    : state(s)
                {
                    const std::lock_guard lock(state.mutex);
                    state.running = handle;
                }
                ~Running()
                {
                    const std::lock_guard lock(state.mutex);
                    state.running = nullptr;
                }
            } running(*state, sqliteHandle(reader));
            stopReadsWhen(reader, state->stopRequested);
            if (quickCheck) {
                if (auto checked = reader.quickCheck(); !checked) {
                    if (state->stopRequested)
                        return stoppedOutcome();
                    outcome.checkError = checked.error();
                    return outcome;
                }
            }
            if (dailyBackup) {
                if (state->stopRequested)
                    return stoppedOutcome();
                // An interrupted VACUUM INTO fails, and BackupManager
                // removes its partial copy: no file is left that a later
                // start could take for the day's backup.
                auto made = BackupManager(spec.path).dailyBackupIfDue(reader);
                if (!made) {
                    if (state->stopRequested)
                        return stoppedOutcome();
                    outcome.backupError = made.error();
                } else if (*made) {
                    outcome.backupPath = (*made)->path;
                }
            }
            return outcome;
        };
        state->finish(run());
    });
    m_thread->setObjectName(QStringLiteral("neuvo-start-checks"));
    connect(m_thread, &QThread::finished, this, &StartChecks::finished);
    m_thread->start();
}

void StartChecks::stop()
{
    m_state->requestStop();
    // Never begun: nothing will run.
    if (!m_thread && !isDone())
        m_state->finish(stoppedOutcome());
}

StartChecks::~StartChecks()
{
    stop();
    const bool writable = m_state->waitForOutcome().allowsWrites();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
    sqlite3 *handle = sqliteHandle(m_db);
    if (!handle)
        return;
    if (writable) {
        sqlite3_commit_hook(handle, nullptr, nullptr);
        return;
    }
    // Not known to be sound: nothing more is written through this
    // connection, and its close does not copy the write-ahead log into the
    // file (the next open reads the log as it is).
    sqlite3_commit_hook(handle, State::refuseCommit, nullptr);
    sqlite3_db_config(handle, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
}

bool StartChecks::isDone() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->done;
}

StartChecks::Outcome StartChecks::outcome()
{
    start();
    return m_state->waitForOutcome();
}

} // namespace neuvo
