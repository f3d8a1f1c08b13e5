#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace neuvo {

// One writer per database file: a QLockFile named <database>.lock beside it.
// The lock holds the writer's process id and host, so a second writer can be
// told who has the file. A lock left by a crashed process (its process is
// gone, or the machine was rebooted since) is reclaimed; a lock is never
// reclaimed just because it is old, since Neuvo keeps a database open for
// hours.
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

    explicit DatabaseLock(const QString &databasePath);
    ~DatabaseLock();

    static QString lockPathFor(const QString &databasePath);
    QString lockPath() const { return m_lockPath; }

    // Takes the lock without waiting. The message names the file, and the
    // process and host that hold it.
    Result<void> acquire();
    void release();
    bool isHeld() const;

    // Who holds the lock now (read from the lock file), if anyone.
    std::optional<Holder> holder() const;

private:
    QString m_databasePath;
    QString m_lockPath;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace neuvo
