#pragma once

#include <QObject>
#include <QString>

#include <memory>

class QThread;

namespace neuvo {

class Database;

// What opening a file for a window leaves until the window is up: SQLite's
// quick check of the whole file (Database::setQuickCheckDeferred()) and the
// first backup of the day (BackupManager::dailyBackupIfDue()). At 10 000
// clients they read 124 MB and write a copy of it, most of a second before
// the first paint. Here they run one after the other in a thread of their
// own, on a read-only connection to the file (Database::openReader()); the
// backup is only made of a file that passed the check.
//
// Nothing is written to the file before they are done: from construction
// on, every commit on the window's connection waits for them (an SQLite commit
// hook; in WAL mode the thread's reads never wait for the window). So the
// day's backup is the file as it was before the day's first change, as when
// it was made before the window opened, and a file found damaged gets no
// new writes: from then on every commit is refused and rolled back.
// A commit only waits when it comes in the first moments after the start.
//
// A window that closes before they are done stops them (stop()) rather than
// waiting for a read of the whole file. A stopped check is no passed check:
// the file is then treated as not known to be sound, every commit on the
// window's connection is refused from then on, and its close does not copy
// the write-ahead log into the file. An interrupted backup leaves no file
// behind (BackupManager removes its partial copy), so the next start, which
// checks the file again, also makes the day's backup again.
class StartChecks final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        // Why the file must not be written: damage SQLite found, or a check
        // that could not run (the message names the file). Empty when it
        // passed or was stopped.
        QString checkError;
        // The day's backup was due and could not be made; the file is still
        // written to, as when a backup at the start failed before.
        QString backupError;
        // The backup made, if one was due.
        QString backupPath;
        // stop() came before the check and the backup were done: neither
        // passed nor damaged, and the day's backup (if due) was not made.
        bool stopped = false;

        // The file may be written: the check passed (or was not asked for)
        // and nothing was left undone.
        bool allowsWrites() const { return !stopped && checkError.isEmpty(); }
    };

    // db must be open, on an SQLite file, and outlive this object. From
    // here on every commit on db's connection waits for the outcome; the
    // thread begins at start() (a window starts it once it has painted, so
    // that the checks do not compete with its first paint for the cores),
    // or at the first commit or call of outcome() before it.
    StartChecks(Database &db, bool quickCheck, bool dailyBackup, QObject *parent = nullptr);
    // Stops the thread and waits for it (see stop()). When the outcome does
    // not allow writes, every later commit on db's connection is refused
    // and its close leaves the write-ahead log as it is; otherwise commits
    // are no longer held.
    ~StartChecks() override;

    // Starts the thread (once; not after stop()).
    void start();
    // Asks the thread to give up: the statement it runs is interrupted (the
    // quick check and the backup's VACUUM INTO alike) and what is not begun
    // is not begun. Does not wait; outcome() then comes within milliseconds,
    // with stopped set unless both parts were already done. Before start(),
    // nothing will run and the outcome is stopped at once.
    void stop();

    bool isDone() const;
    // Waits for the thread (starting it if it has not begun).
    Outcome outcome();

signals:
    // The thread is done (in this object's thread); outcome() says how.
    void finished();

private:
    // SQLite's commit hook on db's connection.
    static int holdCommit(void *checks);

    struct State;
    Database &m_db;
    const bool m_quickCheck;
    const bool m_dailyBackup;
    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
};

} // namespace neuvo
