#include "backup.h"

#include "database.h"
#include "databaselock.h"
#include "migrations.h"
#include "scopedconnection.h"
#include "sqlstatement.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTimeZone>

#include <algorithm>
#include <cstdio>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

constexpr QFileDevice::Permissions kFilePermissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kFolderPermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;
const QString kStampFormat = u"yyyyMMdd'T'HHmmss'Z'"_s;

// fsync of a file or folder: VACUUM INTO writes its output without syncing,
// and a rename is only durable once the folder is synced too.
bool syncPath(const QString &path)
{
#ifdef Q_OS_UNIX
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#else
    Q_UNUSED(path);
    return true;
#endif
}

// QFile::rename refuses to replace an existing file; rename(2) replaces it
// atomically, which is the point.
bool replaceFile(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QString sameFileKey(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

// Writes a snapshot to a new temporary file in dir (0600) and returns its
// path; the caller renames it into place.
Result<QString> writeTemporarySnapshot(const QSqlDatabase &connection, const QString &dir, const QString &name)
{
    QTemporaryFile temp(dir + u"/."_s + name + u".partial-XXXXXX"_s);
    temp.setAutoRemove(false);
    // QTemporaryFile creates the file with 0600; VACUUM INTO accepts an
    // existing empty file and keeps its permissions.
    if (!temp.open())
        return fail(BackupManager::tr("Cannot create a file in %1: %2").arg(dir, temp.errorString()));
    const QString tempPath = temp.fileName();
    temp.close();

    QSqlQuery q(connection);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(tempPath);
    if (!q.exec()) {
        const QString reason = sqlErrorMessage(q.lastError(), connection.databaseName());
        QFile::remove(tempPath);
        return fail(reason);
    }
    QFile::setPermissions(tempPath, kFilePermissions);
    if (!syncPath(tempPath)) {
        QFile::remove(tempPath);
        return fail(BackupManager::tr("Cannot write %1 to the disk.").arg(tempPath));
    }
    return tempPath;
}

} // namespace

BackupManager::BackupManager(const QString &databasePath, int keep)
    : m_databasePath(databasePath)
    , m_folder(folderFor(databasePath))
    , m_baseName(QFileInfo(databasePath).completeBaseName())
    , m_keep(std::max(1, keep))
{
}

QString BackupManager::folderFor(const QString &databasePath)
{
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

Result<void> BackupManager::ensureFolder() const
{
    if (!QDir().mkpath(m_folder))
        return fail(tr("Cannot create the backup folder %1.").arg(m_folder));
    // Client and payment records are nobody else's business.
    QFile::setPermissions(m_folder, kFolderPermissions);
    return {};
}

QString BackupManager::targetPath(const QString &reason, const QDateTime &nowUtc) const
{
    const QString stamp = nowUtc.toUTC().toString(kStampFormat);
    const QDir dir(m_folder);
    // Backups made in the same second (an import right after the daily
    // backup) get a counter, so none replaces another and the order stays
    // clear whatever their reasons.
    QString prefix = u"%1-%2"_s.arg(m_baseName, stamp);
    for (int n = 2; !dir.entryList({prefix + u"-*.sqlite"_s}, QDir::Files).isEmpty(); ++n)
        prefix = u"%1-%2_%3"_s.arg(m_baseName, stamp).arg(n);
    return dir.filePath(u"%1-%2.sqlite"_s.arg(prefix, reason));
}

QList<BackupInfo> BackupManager::list() const
{
    const QRegularExpression pattern(u"^"_s + QRegularExpression::escape(m_baseName)
                                     + u"-([0-9]{8}T[0-9]{6}Z)(?:_([0-9]+))?-([a-z0-9-]+)\\.sqlite$"_s);
    struct Entry
    {
        BackupInfo info;
        int counter;
    };
    QList<Entry> entries;
    const QFileInfoList files = QDir(m_folder).entryInfoList({m_baseName + u"-*.sqlite"_s}, QDir::Files);
    for (const QFileInfo &file : files) {
        const auto match = pattern.match(file.fileName());
        if (!match.hasMatch())
            continue;
        QDateTime created = QDateTime::fromString(match.captured(1), kStampFormat);
        created.setTimeSpec(Qt::UTC);
        if (!created.isValid())
            continue;
        entries.append({{file.absoluteFilePath(), created, match.captured(3), file.size()},
                        match.captured(2).isEmpty() ? 1 : match.captured(2).toInt()});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) {
        if (a.info.createdUtc != b.info.createdUtc)
            return a.info.createdUtc > b.info.createdUtc;
        return a.counter > b.counter;
    });
    QList<BackupInfo> result;
    for (const Entry &e : entries)
        result.append(e.info);
    return result;
}

Result<void> BackupManager::snapshot(const QSqlDatabase &connection, const QString &target)
{
    const QFileInfo info(target);
    if (info.exists() && sameFileKey(target) == sameFileKey(connection.databaseName()))
        return fail(tr("Cannot back up %1 onto itself.").arg(target));
    auto temp = writeTemporarySnapshot(connection, info.absolutePath(), info.fileName());
    if (!temp)
        return fail(tr("Cannot write the backup %1: %2").arg(target, temp.error()));
    if (!replaceFile(*temp, target)) {
        QFile::remove(*temp);
        return fail(tr("Cannot write the backup %1: renaming the finished copy failed.").arg(target));
    }
    syncPath(info.absolutePath());
    return {};
}

Result<BackupInfo> BackupManager::create(Database &db, const QString &reason, const QDateTime &nowUtc)
{
    if (!db.isOpen())
        return fail(tr("Cannot back up %1: the database is not open.").arg(m_databasePath));
    return createFrom(db.connection(), reason, nowUtc);
}

Result<BackupInfo> BackupManager::createFrom(const QSqlDatabase &connection, const QString &reason,
                                             const QDateTime &nowUtc)
{
    if (auto folder = ensureFolder(); !folder)
        return fail(folder.error());
    const QString target = targetPath(reason, nowUtc);
    if (auto written = snapshot(connection, target); !written)
        return fail(written.error());
    rotate();
    const QFileInfo info(target);
    return BackupInfo{info.absoluteFilePath(), nowUtc.toUTC(), reason, info.size()};
}

Result<std::optional<BackupInfo>> BackupManager::dailyBackupIfDue(Database &db, const QDateTime &nowUtc)
{
    const QDate today = nowUtc.toLocalTime().date();
    for (const BackupInfo &backup : list()) {
        if (backup.createdUtc.toLocalTime().date() == today)
            return std::optional<BackupInfo>();
    }
    auto made = create(db, u"daily"_s, nowUtc);
    if (!made)
        return fail(made.error());
    return std::optional<BackupInfo>(*made);
}

QStringList BackupManager::rotate()
{
    QStringList removed;
    int kept = 0;
    for (const BackupInfo &backup : list()) {
        if (backup.reason.startsWith(u"upgrade"_s))
            continue;
        if (++kept <= m_keep)
            continue;
        if (QFile::remove(backup.path))
            removed << backup.path;
    }
    return removed;
}

Result<int> BackupManager::verify(const QString &backupPath, Check check)
{
    const QFileInfo info(backupPath);
    if (!info.exists())
        return fail(tr("%1 does not exist.").arg(backupPath));
    if (!info.isFile() || info.size() == 0)
        return fail(tr("%1 is empty or not a file.").arg(backupPath));
    {
        QFile file(backupPath);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot read %1: %2").arg(backupPath, file.errorString()));
        if (file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
            return fail(tr("%1 is not a Neuvo database.").arg(backupPath));
    }
    // Immutable when the folder is not writable: a WAL file there could not
    // even be read otherwise.
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    ScopedConnection conn(backupPath, folderWritable ? ScopedConnection::Mode::ReadOnly
                                                     : ScopedConnection::Mode::ReadOnlyImmutable);
    if (!conn.open())
        return fail(tr("Cannot open %1: %2").arg(backupPath, conn.lastError().text()));
    int version = 0;
    {
        QSqlQuery q(conn.db());
        const QString pragma = check == Check::Full ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s;
        if (!q.exec(pragma))
            return fail(tr("%1 is damaged: %2").arg(backupPath, q.lastError().databaseText()));
        QStringList problems;
        while (q.next()) {
            const QString line = q.value(0).toString();
            if (line != u"ok"_s)
                problems << line;
        }
        if (!problems.isEmpty())
            return fail(tr("%1 is damaged: %2").arg(backupPath, problems.mid(0, 3).join(u"; "_s)));
        if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
            return fail(tr("%1 is damaged: %2").arg(backupPath, q.lastError().databaseText()));
        version = q.value(0).toInt();
        if (version > latestSchemaVersion()) {
            return fail(tr("%1 was written by a newer version of Neuvo (schema %2, this version knows up to %3).")
                            .arg(backupPath)
                            .arg(version)
                            .arg(latestSchemaVersion()));
        }
        if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                    "AND name IN ('profile', 'client', 'project', 'stage')"_s)
            || !q.next())
            return fail(tr("%1 is damaged: %2").arg(backupPath, q.lastError().databaseText()));
        if (version < 1 || q.value(0).toInt() != 4)
            return fail(tr("%1 is an SQLite database but not a Neuvo database.").arg(backupPath));
    }
    return version;
}

std::optional<BackupInfo> BackupManager::newestGoodBackup() const
{
    for (const BackupInfo &backup : list()) {
        if (verify(backup.path, Check::Quick))
            return backup;
    }
    return std::nullopt;
}

Result<BackupManager::RestoreReport> BackupManager::restore(const QString &backupPath, const QDateTime &nowUtc)
{
    auto version = verify(backupPath, Check::Full);
    if (!version)
        return fail(tr("Cannot restore from %1; %2 was not changed. %3").arg(backupPath, m_databasePath, version.error()));
    if (sameFileKey(backupPath) == sameFileKey(m_databasePath))
        return fail(tr("Cannot restore %1 from itself.").arg(m_databasePath));

    DatabaseLock lock(m_databasePath);
    if (auto locked = lock.acquire(DatabaseLock::Sharing::Exclusive); !locked)
        return fail(tr("Cannot restore %1: %2").arg(m_databasePath, locked.error()));

    RestoreReport report;
    report.restoredFrom = QFileInfo(backupPath).absoluteFilePath();
    report.schemaVersion = *version;

    const QString wal = m_databasePath + u"-wal"_s;
    const QString shm = m_databasePath + u"-shm"_s;
    const QFileInfo current(m_databasePath);
    if (current.exists() && (current.size() > 0 || QFileInfo(wal).size() > 0)) {
        if (auto folder = ensureFolder(); !folder)
            return fail(tr("Cannot restore %1: %2").arg(m_databasePath, folder.error()));
        // Keep what is there now. A snapshot when SQLite can still read the
        // file (it includes what the -wal holds); the raw bytes otherwise,
        // since a damaged file may still hold something worth rescuing.
        bool kept = false;
        if (verify(m_databasePath, Check::Quick)) {
            ScopedConnection conn(m_databasePath, ScopedConnection::Mode::ReadOnly);
            if (conn.open()) {
                const QString target = targetPath(u"before-restore"_s, nowUtc);
                if (snapshot(conn.db(), target)) {
                    report.previousKeptAs = target;
                    kept = true;
                }
            }
        }
        if (!kept) {
            const QString target = targetPath(u"damaged"_s, nowUtc);
            if (!QFile::copy(m_databasePath, target)) {
                return fail(tr("Cannot restore %1: keeping a copy of the current file at %2 failed, so nothing "
                               "was changed.")
                                .arg(m_databasePath, target));
            }
            QFile::setPermissions(target, kFilePermissions);
            if (QFile::exists(wal)) {
                QFile::copy(wal, target + u"-wal"_s);
                QFile::setPermissions(target + u"-wal"_s, kFilePermissions);
            }
            syncPath(target);
            report.previousKeptAs = target;
        }
    }

    const QFileInfo target(m_databasePath);
    QString temp;
    {
        ScopedConnection conn(backupPath, QFileInfo(QFileInfo(backupPath).absolutePath()).isWritable()
                                              ? ScopedConnection::Mode::ReadOnly
                                              : ScopedConnection::Mode::ReadOnlyImmutable);
        if (!conn.open())
            return fail(tr("Cannot restore from %1: %2").arg(backupPath, conn.lastError().text()));
        auto written = writeTemporarySnapshot(conn.db(), target.absolutePath(), target.fileName());
        if (!written)
            return fail(tr("Cannot restore %1: %2 Nothing was changed.").arg(m_databasePath, written.error()));
        temp = *written;
    }
    // A -wal left beside the old file would be replayed into the restored
    // one and corrupt it; its content is in the copy kept above.
    QFile::remove(wal);
    QFile::remove(shm);
    if (!replaceFile(temp, m_databasePath)) {
        QFile::remove(temp);
        return fail(tr("Cannot restore %1: replacing the file failed.").arg(m_databasePath));
    }
    syncPath(target.absolutePath());
    // No rotation here: the backup just restored from may be the oldest one.
    return report;
}

} // namespace neuvo
