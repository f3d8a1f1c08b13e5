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
// on, every commit on the window's connection waits for them (an SQLite
// commit hook; in WAL mode the thread's reads never wait for the window).
// So the day's backup is the file as it was before the day's first change,
// as when it was made before the window opened, and a file found damaged
// gets no new writes: from then on every commit is refused and rolled back.
// A commit only waits when it comes in the first moments after the start.
class StartChecks final : public QObject
{
    Q_OBJECT

public:
    struct Outcome
    {
        // Why the file must not be written: damage SQLite found, or a check
        // that could not run (the message names the file). Empty when it
        // passed.
        QString checkError;
        // The day's backup was due and could not be made; the file is still
        // written to, as when a backup at the start failed before.
        QString backupError;
        // The backup made, if one was due.
        QString backupPath;
    };

    // db must be open, on an SQLite file, and outlive this object.
    StartChecks(Database &db, bool quickCheck, bool dailyBackup, QObject *parent = nullptr);
    // Waits for the thread; commits are no longer held.
    ~StartChecks() override;

    bool isDone() const;
    // Valid once isDone(); waits for the thread when it is not.
    Outcome outcome() const;

signals:
    // The thread is done (in this object's thread); outcome() says how.
    void finished();

private:
    struct State;
    Database &m_db;
    std::shared_ptr<State> m_state;
    QThread *m_thread = nullptr;
};

} // namespace neuvo
