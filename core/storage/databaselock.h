#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace neuvo {

// One writer process per database file: a QLockFile named <database>.lock
// beside it, holding the writer's process id and host, so a second process
// can be told who has the file. A lock left by a crashed process (its
// process is gone, or the machine was rebooted since) is reclaimed; a lock
// is never reclaimed just because it is old, since Neuvo keeps a database
// open for hours.
//
// Inside one process the lock is shared: two windows (or a window and a
// test) of the same Neuvo may open the same file, and SQLite coordinates
// their connections. Restore needs the file to itself and asks for it
// exclusively, which also refuses while this process has it open.
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
    // process and host that hold it.
    Result<void> acquire(Sharing sharing = Sharing::WithinProcess);
    void release();
    bool isHeld() const { return m_held; }

    // Who holds the lock now (read from the lock file), if anyone.
    std::optional<Holder> holder() const;

private:
    QString m_databasePath;
    QString m_lockPath;
    bool m_held = false;
};

} // namespace neuvo
