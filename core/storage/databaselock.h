#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace neuvo {

// One writer process per database file, whatever name the file is opened
// under. Two locks are taken, both without waiting:
//
// - A lock on the database file itself (an open-file-description lock on
//   one byte far beyond anything SQLite locks), held for as long as the
//   file is open. It belongs to the file, not to a name: a hard link, a
//   symlink or a relative path reach the same lock, and the kernel drops it
//   when the process ends, so it can never be left behind by a crash.
// - The lock file <canonical path>.lock beside it (QLockFile), holding the
//   writer's process id and host, so a second process can be told who has
//   the file, and which older Neuvo versions look at. A lock file left by a
//   crashed process (its process is gone, or the machine was rebooted) is
//   reclaimed; so is one that holds no readable owner at all, when the
//   file's own lock is free and nothing holds the lock file open. A lock is
//   never reclaimed just because it is old, since Neuvo keeps a database
//   open for hours.
//
// Inside one process the lock is shared by file identity: two windows (or
// a window and a test) of the same Neuvo may open the same file, also under
// two names, and SQLite coordinates their connections. Restore needs the
// file to itself and asks for it exclusively, which also refuses while this
// process has it open.
class DatabaseLock final
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseLock)
    Q_DISABLE_COPY_MOVE(DatabaseLock)

public:
    struct Holder
    {
        qint64 pid = 0;
        QString hostname;
        QString appname;
    };

    enum class Sharing { WithinProcess, Exclusive };

    explicit DatabaseLock(const QString &databasePath);
    ~DatabaseLock();

    static QString lockPathFor(const QString &databasePath);
    QString lockPath() const { return m_lockPath; }

    // Takes the lock without waiting. The message names the file, and the
    // process and host that hold it when the lock file says so. A missing
    // database file gets only the lock file (nothing can link to it yet);
    // Database::open creates the file before it locks.
    Result<void> acquire(Sharing sharing = Sharing::WithinProcess);
    void release();
    bool isHeld() const { return m_held; }
    // After acquire() failed: whether another Neuvo holds the file (rather
    // than the lock file being impossible to create).
    bool heldElsewhere() const { return m_heldElsewhere; }

    // Who holds the lock now (read from the lock file), if anyone.
    std::optional<Holder> holder() const;

private:
    QString m_databasePath;
    QString m_lockPath;
    // The file's identity (device and inode) while held.
    QString m_key;
    bool m_held = false;
    bool m_heldElsewhere = false;
};

} // namespace neuvo
