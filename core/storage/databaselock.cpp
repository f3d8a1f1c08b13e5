#include "databaselock.h"

#include "sqlstatement.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QLockFile>
#include <QMutex>

#include <memory>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// The byte of the database file whose lock says "a Neuvo writes here".
// SQLite locks bytes 0x40000000 to 0x400001ff of the file (and the -shm
// file in WAL mode); this one is far from them, so the two never meet.
constexpr off_t kWriterByte = 0x7fff0000;

// The lock on the database file itself. Open-file-description locks
// belong to this descriptor only: unlike classic fcntl locks they survive
// SQLite (or a QFile) closing another descriptor of the same file, and they
// conflict with a second descriptor even in the same process.
class FileLock final
{
    Q_DISABLE_COPY_MOVE(FileLock)

public:
    enum class Outcome { Locked, HeldElsewhere, Unsupported };

    FileLock() = default;
    ~FileLock()
    {
#ifdef Q_OS_UNIX
        if (m_fd >= 0)
            ::close(m_fd); // closing releases the lock
#endif
    }

    Outcome lock(const QString &path)
    {
#ifdef Q_OS_UNIX
        m_fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CLOEXEC);
        if (m_fd < 0)
            return Outcome::Unsupported;
#ifdef F_OFD_SETLK
        struct flock region = {};
        region.l_type = F_WRLCK;
        region.l_whence = SEEK_SET;
        region.l_start = kWriterByte;
        region.l_len = 1;
        if (::fcntl(m_fd, F_OFD_SETLK, &region) == 0)
            return Outcome::Locked;
#else
        if (::flock(m_fd, LOCK_EX | LOCK_NB) == 0)
            return Outcome::Locked;
#endif
        const int error = errno;
        ::close(m_fd);
        m_fd = -1;
        // A file system without locks (some network and FUSE mounts) leaves
        // the lock file as the only guard, as before.
        return error == EAGAIN || error == EACCES || error == EWOULDBLOCK ? Outcome::HeldElsewhere
                                                                           : Outcome::Unsupported;
#else
        Q_UNUSED(path);
        return Outcome::Unsupported;
#endif
    }

private:
    int m_fd = -1;
};

// The lock files this process holds, by file identity, with how many
// DatabaseLocks share each.
struct HeldLock
{
    std::shared_ptr<QLockFile> file;
    std::shared_ptr<FileLock> fileLock;
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

// Device and inode: the same for every name of the file. A file that does
// not exist yet is known by its lock file's path.
QString identityOf(const QString &databasePath, const QString &lockPath)
{
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::stat(QFile::encodeName(databasePath).constData(), &info) == 0)
        return u"%1:%2"_s.arg(quint64(info.st_dev)).arg(quint64(info.st_ino));
#else
    Q_UNUSED(databasePath);
#endif
    return lockPath;
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
    m_heldElsewhere = false;
    QMutexLocker guard(&registryMutex());
    auto &locks = registry();
    const QString key = identityOf(m_databasePath, m_lockPath);
    if (auto it = locks.find(key); it != locks.end()) {
        if (sharing == Sharing::Exclusive || it->exclusive) {
            m_heldElsewhere = true;
            return fail(tr("%1 is open in this Neuvo; close it first.").arg(m_databasePath));
        }
        ++it->users;
        m_key = key;
        m_held = true;
        return {};
    }

    const auto otherNeuvo = [this]() -> Error {
        m_heldElsewhere = true;
        if (const auto who = holder()) {
            return fail(tr("%1 is already open in another Neuvo (process %2 on %3). Close it there first, "
                           "or open the file read-only.")
                            .arg(m_databasePath, QString::number(who->pid),
                                 who->hostname.isEmpty() ? tr("this computer") : who->hostname));
        }
        return fail(tr("%1 is already open in another Neuvo, possibly under another name (a link to the same "
                       "file). Close it there first, or open the file read-only.")
                        .arg(m_databasePath));
    };

    auto fileLock = std::make_shared<FileLock>();
    const bool fileExists = key != m_lockPath;
    const auto outcome = fileExists ? fileLock->lock(m_databasePath) : FileLock::Outcome::Unsupported;
    if (outcome == FileLock::Outcome::HeldElsewhere)
        return otherNeuvo();

    auto file = std::make_shared<QLockFile>(m_lockPath);
    // 0 turns off "old means stale": only a lock whose process is gone (or
    // from before a reboot) is reclaimed, never the lock of a window that
    // has simply been open all day.
    file->setStaleLockTime(0);
    bool locked = file->tryLock(0);
    if (!locked && file->error() == QLockFile::LockFailedError && outcome == FileLock::Outcome::Locked) {
        // A lock file without a readable owner (cut off by a full disk,
        // emptied by a sync tool, written by hand) cannot be judged by its
        // process. With the file's own lock ours, no Neuvo writes to it;
        // removeStaleLockFile() also makes sure nothing holds the lock file
        // open before it deletes it.
        qint64 pid = 0;
        QString hostname;
        QString appname;
        if (!file->getLockInfo(&pid, &hostname, &appname) && file->removeStaleLockFile())
            locked = file->tryLock(0);
    }
    if (locked) {
        locks.insert(key, HeldLock{std::move(file), std::move(fileLock), 1, sharing == Sharing::Exclusive});
        m_key = key;
        m_held = true;
        return {};
    }
    switch (file->error()) {
    case QLockFile::LockFailedError:
        return otherNeuvo();
    case QLockFile::PermissionError:
        return fail(tr("Cannot create the lock file %1 beside %2: the folder is not writable.")
                        .arg(m_lockPath, m_databasePath));
    case QLockFile::UnknownError:
    case QLockFile::NoError:
        break;
    }
    if (const qint64 free = freeBytesIfDiskNearlyFull(m_lockPath); free >= 0)
        return fail(tr("Cannot create the lock file %1 beside %2: the disk is full (%3 free).")
                        .arg(m_lockPath, m_databasePath, QLocale().formattedDataSize(free)));
    return fail(tr("Cannot create the lock file %1 beside %2.").arg(m_lockPath, m_databasePath));
}

void DatabaseLock::release()
{
    if (!m_held)
        return;
    m_held = false;
    QMutexLocker guard(&registryMutex());
    auto &locks = registry();
    auto it = locks.find(m_key);
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
