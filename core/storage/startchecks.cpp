#include "startchecks.h"

#include "backup.h"
#include "database.h"
#include "readstop.h"

#include <QThread>

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

    void finish(Outcome result)
    {
        {
            const std::lock_guard lock(mutex);
            outcome = std::move(result);
            done = true;
        }
        doneChanged.notify_all();
    }
    Outcome waitForOutcome()
    {
        std::unique_lock lock(mutex);
        doneChanged.wait(lock, [this] { return done; });
        return outcome;
    }
    // SQLite calls it in the committing thread before a write transaction
    // commits; non-zero turns the commit into a rollback.
    static int holdCommit(void *state)
    {
        return static_cast<State *>(state)->waitForOutcome().checkError.isEmpty() ? 0 : 1;
    }
};

StartChecks::StartChecks(Database &db, bool quickCheck, bool dailyBackup, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_state(std::make_shared<State>())
{
    if (sqlite3 *handle = sqliteHandle(m_db))
        sqlite3_commit_hook(handle, State::holdCommit, m_state.get());
    const Database::ReaderSpec spec = m_db.readerSpec();
    m_thread = QThread::create([state = m_state, spec, quickCheck, dailyBackup] {
        Outcome outcome;
        Database reader;
        if (auto opened = reader.openReader(spec); !opened) {
            outcome.checkError = opened.error();
            state->finish(outcome);
            return;
        }
        if (quickCheck) {
            if (auto checked = reader.quickCheck(); !checked) {
                outcome.checkError = checked.error();
                state->finish(outcome);
                return;
            }
        }
        if (dailyBackup) {
            auto made = BackupManager(spec.path).dailyBackupIfDue(reader);
            if (!made)
                outcome.backupError = made.error();
            else if (*made)
                outcome.backupPath = (*made)->path;
        }
        state->finish(outcome);
    });
    m_thread->setObjectName(QStringLiteral("neuvo-start-checks"));
    connect(m_thread, &QThread::finished, this, &StartChecks::finished);
    m_thread->start();
}

StartChecks::~StartChecks()
{
    m_thread->wait();
    delete m_thread;
    if (sqlite3 *handle = sqliteHandle(m_db))
        sqlite3_commit_hook(handle, nullptr, nullptr);
}

bool StartChecks::isDone() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->done;
}

StartChecks::Outcome StartChecks::outcome() const
{
    return m_state->waitForOutcome();
}

} // namespace neuvo
