#include "databaselock.h"

#include <QFileInfo>
#include <QHash>
#include <QLockFile>
#include <QMutex>

#include <memory>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// The lock files this process holds, by path, with how many DatabaseLocks
// share each.
struct HeldLock
{
    std::shared_ptr<QLockFile> file;
    int users = 0;
    bool exclusive = false;
};

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, HeldLock> &registry()
{
    static QHash<QString, HeldLock> locks;
    return locks;
}

} // namespace

DatabaseLock::DatabaseLock(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_lockPath(lockPathFor(databasePath))
{
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

Result<void> DatabaseLock::acquire(Sharing sharing)
{
    if (m_held)
        return {};
    QMutexLocker guard(&registryMutex());
    auto &locks = registry();
    if (auto it = locks.find(m_lockPath); it != locks.end()) {
        if (sharing == Sharing::Exclusive || it->exclusive)
            return fail(tr("%1 is open in this Neuvo; close it first.").arg(m_databasePath));
        ++it->users;
        m_held = true;
        return {};
    }

    auto file = std::make_shared<QLockFile>(m_lockPath);
    // 0 turns off "old means stale": only a lock whose process is gone (or
    // from before a reboot) is reclaimed, never the lock of a window that
    // has simply been open all day.
    file->setStaleLockTime(0);
    if (file->tryLock(0)) {
        locks.insert(m_lockPath, HeldLock{std::move(file), 1, sharing == Sharing::Exclusive});
        m_held = true;
        return {};
    }
    switch (file->error()) {
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
    if (!m_held)
        return;
    m_held = false;
    QMutexLocker guard(&registryMutex());
    auto &locks = registry();
    auto it = locks.find(m_lockPath);
    if (it == locks.end())
        return;
    if (--it->users == 0) {
        it->file->unlock();
        locks.erase(it);
    }
}

std::optional<DatabaseLock::Holder> DatabaseLock::holder() const
{
    QLockFile reader(m_lockPath);
    Holder who;
    if (!reader.getLockInfo(&who.pid, &who.hostname, &who.appname))
        return std::nullopt;
    return who;
}

} // namespace neuvo
