#include "databaselock.h"

#include <QFileInfo>
#include <QLockFile>

using namespace Qt::StringLiterals;

namespace neuvo {

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_lockPath(lockPathFor(databasePath))
    , m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    // 0 turns off "old means stale": only a lock whose process is gone (or
    // from before a reboot) is reclaimed, never the lock of a window that
    // has simply been open all day.
    m_lock->setStaleLockTime(0);
}

DatabaseLock::~DatabaseLock()
{
    release();
}

QString DatabaseLock::lockPathFor(const QString &databasePath)
{
    // The canonical path, so that a symlink and its target share one lock.
    const QFileInfo info(databasePath);
    const QString canonical = info.canonicalFilePath();
    return (canonical.isEmpty() ? info.absoluteFilePath() : canonical) + u".lock"_s;
}

Result<void> DatabaseLock::acquire()
{
    if (m_lock->isLocked())
        return {};
    if (m_lock->tryLock(0))
        return {};
    switch (m_lock->error()) {
    case QLockFile::LockFailedError:
        if (const auto who = holder()) {
            return fail(tr("%1 is already open in another Neuvo (process %2 on %3). Close it there first, "
                           "or open the file read-only.")
                            .arg(m_databasePath, QString::number(who->pid),
                                 who->hostname.isEmpty() ? tr("this computer") : who->hostname));
        }
        return fail(tr("%1 is already open in another Neuvo (see %2). Close it there first, or open the file "
                       "read-only.")
                        .arg(m_databasePath, m_lockPath));
    case QLockFile::PermissionError:
        return fail(tr("Cannot create the lock file %1 beside %2: the folder is not writable.")
                        .arg(m_lockPath, m_databasePath));
    case QLockFile::UnknownError:
    case QLockFile::NoError:
        break;
    }
    return fail(tr("Cannot create the lock file %1 beside %2.").arg(m_lockPath, m_databasePath));
}

void DatabaseLock::release()
{
    if (m_lock && m_lock->isLocked())
        m_lock->unlock();
}

bool DatabaseLock::isHeld() const
{
    return m_lock->isLocked();
}

std::optional<DatabaseLock::Holder> DatabaseLock::holder() const
{
    Holder who;
    if (!m_lock->getLockInfo(&who.pid, &who.hostname, &who.appname))
        return std::nullopt;
    return who;
}

} // namespace neuvo
