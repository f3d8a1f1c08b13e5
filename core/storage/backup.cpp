#include "backup.h"

#include "database.h"
#include "databaselock.h"
#include "migrations.h"
#include "schemacheck.h"
#include "scopedconnection.h"
#include "serversnapshot.h"
#include "sqldialect.h"
#include "sqlstatement.h"
#include "stores.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QTimeZone>
#include <QUrl>

#include <algorithm>
#include <cstdio>
#include <memory>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
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

// The path with links and "." resolved; for a file that does not exist
// yet, its folder's.
QString sameFileKey(const QString &path)
{
    const QFileInfo info(path);
    if (const QString canonical = info.canonicalFilePath(); !canonical.isEmpty())
        return canonical;
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? QDir::cleanPath(info.absoluteFilePath()) : folder + u'/' + info.fileName();
}

// Device and inode, the same for every name (hard link) of a file; empty
// when it does not exist.
QString fileIdentity(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) == 0)
        return u"%1:%2"_s.arg(quint64(info.st_dev)).arg(quint64(info.st_ino));
#else
    Q_UNUSED(path);
#endif
    return {};
}

// The file a connection reads: its name, or the path inside an immutable
// connection's file: URI.
QString databaseFileOf(const QSqlDatabase &connection)
{
    const QString name = connection.databaseName();
    if (name.startsWith(u"file:"_s))
        return QUrl(name).toLocalFile();
    return name;
}

const QString kPartialMarker = u".partial-"_s;

// While a temporary file is being written its descriptor holds an flock, so
// a later start can tell a partial file a killed process left from one
// another process is writing right now.
bool holdWhileWriting(QTemporaryFile &file)
{
#ifdef Q_OS_UNIX
    return ::flock(file.handle(), LOCK_EX | LOCK_NB) == 0;
#else
    Q_UNUSED(file);
    return true;
#endif
}

// Removes the partial files in dir whose names match pattern and that
// nobody is writing.
QStringList removeUnheldPartials(const QString &dir, const QString &pattern)
{
    QStringList removed;
    const QStringList names = QDir(dir).entryList({pattern}, QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &name : names) {
        const QString path = QDir(dir).filePath(name);
#ifdef Q_OS_UNIX
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
        if (fd < 0)
            continue;
        // Unlinked while the lock is held, so a writer cannot start in between.
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0 && QFile::remove(path))
            removed << path;
        ::close(fd);
#else
        Q_UNUSED(path);
#endif
    }
    return removed;
}

// A snapshot on its way: the temporary file, locked while it is written.
// Removed when dropped before commit().
class PartialSnapshot final
{
    Q_DISABLE_COPY_MOVE(PartialSnapshot)

public:
    explicit PartialSnapshot(const QString &templateName)
        : m_file(templateName)
    {
        m_file.setAutoRemove(false);
    }
    ~PartialSnapshot()
    {
        m_file.close();
        if (!m_committed && !m_file.fileName().isEmpty())
            QFile::remove(m_file.fileName());
    }

    QTemporaryFile &file() { return m_file; }
    QString path() const { return m_file.fileName(); }
    // Renames the finished copy over target.
    bool commit(const QString &target)
    {
        m_committed = replaceFile(m_file.fileName(), target);
        return m_committed;
    }

private:
    QTemporaryFile m_file;
    bool m_committed = false;
};

// Writes a snapshot to a new temporary file in dir (0600) and returns it;
// the caller renames it into place.
Result<std::unique_ptr<PartialSnapshot>> writeTemporarySnapshot(const QSqlDatabase &connection, const QString &dir,
                                                                 const QString &name)
{
    auto partial = std::make_unique<PartialSnapshot>(dir + u"/."_s + name + kPartialMarker + u"XXXXXX"_s);
    // QTemporaryFile creates the file with 0600; VACUUM INTO accepts an
    // existing empty file and keeps its permissions. The file stays open,
    // and locked, until the copy is renamed into place.
    if (!partial->file().open())
        return fail(BackupManager::tr("Cannot create a file in %1: %2").arg(dir, partial->file().errorString()));
    holdWhileWriting(partial->file());
    const QString tempPath = partial->path();

    QSqlQuery q(connection);
    q.prepare(u"VACUUM INTO ?"_s);
    q.addBindValue(tempPath);
    if (!q.exec()) {
        const SqlFailure failure = classifySqlError(q.lastError());
        const qint64 free = freeBytesIfDiskNearlyFull(tempPath);
        // The copy is what did not fit, not a change to the database.
        if (failure == SqlFailure::DiskFull || (failure == SqlFailure::IoError && free >= 0)) {
            return fail(BackupManager::tr("the disk is full (%1 free in %2); the copy needs about %3.")
                            .arg(QLocale().formattedDataSize(std::max<qint64>(free, 0)), dir,
                                 QLocale().formattedDataSize(QFileInfo(databaseFileOf(connection)).size())));
        }
        return fail(sqlErrorMessage(q.lastError(), databaseFileOf(connection)));
    }
    QFile::setPermissions(tempPath, kFilePermissions);
    if (!syncPath(tempPath))
        return fail(BackupManager::tr("Cannot write %1 to the disk.").arg(tempPath));
    return partial;
}

} // namespace

BackupManager::BackupManager(const QString &databasePath)
    : m_databasePath(databasePath)
    , m_folder(folderFor(databasePath))
    , m_baseName(QFileInfo(databasePath).completeBaseName())
{
}

QString BackupManager::folderFor(const QString &databasePath)
{
    if (SqlDialect::isServerUrl(databasePath))
        return serverSnapshotFolder();
    return QFileInfo(databasePath).absoluteDir().filePath(u"backups"_s);
}

Result<void> BackupManager::ensureFolder() const
{
    const QFileInfo folder(m_folder);
    if (folder.isSymLink()) {
        // The user put the backups elsewhere (another disk, a synced
        // folder): that folder and its permissions are theirs, and changing
        // them through the link would reach whatever it points to.
        if (!folder.isDir())
            return fail(tr("Cannot use the backup folder %1: it is a link to %2, which is not a folder.")
                            .arg(m_folder, folder.symLinkTarget()));
        return {};
    }
    if (!folder.exists() && !QDir().mkdir(m_folder, kFolderPermissions) && !QFileInfo(m_folder).isDir())
        return fail(tr("Cannot create the backup folder %1.").arg(m_folder));
    if (!QFileInfo(m_folder).isDir())
        return fail(tr("Cannot create the backup folder %1: a file of that name is in the way.").arg(m_folder));
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
    // A server database's snapshots are for a person to read or load with
    // care; none is a file Neuvo could restore.
    if (SqlDialect::isServerUrl(m_databasePath))
        return {};
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
    const QString database = databaseFileOf(connection);
    const QString databaseKey = sameFileKey(database);
    const QString targetKey = sameFileKey(target);
    const QString targetIdentity = fileIdentity(target);
    if (targetKey == databaseKey || (!targetIdentity.isEmpty() && targetIdentity == fileIdentity(database)))
        return fail(tr("Cannot back up %1 onto itself.").arg(target));
    // Its working files: a snapshot renamed over the -wal would throw away
    // what is not yet in the file, and one written as the -wal of a closed
    // database would be replayed into it at the next open.
    for (const QString &suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s, u".lock"_s}) {
        const QString companion = databaseKey + suffix;
        if (targetKey == companion || (!targetIdentity.isEmpty() && targetIdentity == fileIdentity(companion)))
            return fail(tr("Cannot back up onto %1: it is a working file of the database %2 (its %3), which the "
                           "backup would replace.")
                            .arg(target, database, suffix));
    }
    if (info.exists()) {
        if (!info.isFile())
            return fail(tr("Cannot back up onto %1: it is not a regular file.").arg(target));
        QFile existing(target);
        if (!existing.open(QIODevice::ReadOnly))
            return fail(tr("Cannot back up onto %1: %2").arg(target, existing.errorString()));
        const QByteArray header = existing.read(16);
        if (!header.isEmpty() && header != QByteArrayLiteral("SQLite format 3\0"))
            return fail(tr("Cannot back up onto %1: it exists and is not a database, so it is somebody's data. "
                           "Choose another file name, or remove it first.")
                            .arg(target));
    }
    removeUnheldPartials(info.absolutePath(), u"."_s + info.fileName() + kPartialMarker + u"*"_s);
    auto partial = writeTemporarySnapshot(connection, info.absolutePath(), info.fileName());
    if (!partial)
        return fail(tr("Cannot write the backup %1: %2").arg(target, partial.error()));
    if (!(*partial)->commit(target))
        return fail(tr("Cannot write the backup %1: renaming the finished copy failed.").arg(target));
    syncPath(info.absolutePath());
    return {};
}

Result<BackupInfo> BackupManager::create(Database &db, const QString &reason, const QDateTime &nowUtc)
{
    if (!db.isOpen())
        return fail(tr("Cannot back up %1: the database is not open.").arg(m_databasePath));
    auto made = createFrom(db.connection(), reason, nowUtc);
    if (!made)
        return made;
    if (const auto profile = ProfileStore(db).load())
        rotate(profile->backupsToKeep);
    return made;
}

Result<BackupInfo> BackupManager::createFrom(const QSqlDatabase &connection, const QString &reason,
                                             const QDateTime &nowUtc)
{
    if (!SqlDialect::of(connection).isFile()) {
        auto written = writeServerSnapshot(connection, m_databasePath, reason);
        if (!written)
            return Error{written.error()};
        const QFileInfo info(*written);
        return BackupInfo{info.absoluteFilePath(), nowUtc.toUTC(), reason, info.size()};
    }
    if (auto folder = ensureFolder(); !folder)
        return fail(folder.error());
    const QString target = targetPath(reason, nowUtc);
    if (auto written = snapshot(connection, target); !written)
        return fail(written.error());
    const QFileInfo info(target);
    return BackupInfo{info.absoluteFilePath(), nowUtc.toUTC(), reason, info.size()};
}

Result<std::optional<BackupInfo>> BackupManager::dailyBackupIfDue(Database &db, const QDateTime &nowUtc)
{
    // A server is backed up by its own tools (pg_dump), not at each start
    // of one of its clients.
    if (!SqlDialect::of(db.connection()).isFile())
        return std::optional<BackupInfo>();
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

QStringList BackupManager::rotate(int keep)
{
    keep = std::max(1, keep);
    // A quota per reason: a run of automatic backups (imports, restores)
    // only replaces older backups of its own kind, never the newest manual
    // or daily one the user counts on.
    QStringList removed;
    QHash<QString, int> kept;
    for (const BackupInfo &backup : list()) {
        if (backup.reason.startsWith(u"upgrade"_s))
            continue;
        if (++kept[backup.reason] <= keep)
            continue;
        if (QFile::remove(backup.path))
            removed << backup.path;
    }
    return removed;
}

QStringList BackupManager::removeStalePartials() const
{
    if (SqlDialect::isServerUrl(m_databasePath))
        return {};
    const QFileInfo database(m_databasePath);
    QStringList removed = removeUnheldPartials(m_folder, u"."_s + m_baseName + u"-*"_s + kPartialMarker + u"*"_s);
    removed += removeUnheldPartials(database.absolutePath(), u"."_s + database.fileName() + kPartialMarker + u"*"_s);
    return removed;
}

BackupManager::Verdict BackupManager::inspect(const QString &path, Check check)
{
    const auto verdict = [](Verdict::Kind kind, const QString &message) { return Verdict{kind, 0, message}; };
    const QFileInfo info(path);
    if (!info.exists())
        return verdict(Verdict::Unreadable, tr("%1 does not exist.").arg(path));
    if (!info.isFile() || info.size() == 0)
        return verdict(Verdict::Damaged, tr("%1 is empty or not a file.").arg(path));
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return verdict(Verdict::Unreadable, tr("Cannot read %1: %2").arg(path, file.errorString()));
        if (file.read(16) != QByteArrayLiteral("SQLite format 3\0"))
            return verdict(Verdict::Damaged, tr("%1 is not a Neuvo database.").arg(path));
    }
    // Immutable when the folder is not writable: a WAL file there could not
    // even be read otherwise.
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    ScopedConnection conn(path, folderWritable ? ScopedConnection::Mode::ReadOnly
                                               : ScopedConnection::Mode::ReadOnlyImmutable);
    // SQLite's word decides between damaged and unreadable: a full disk or
    // an I/O error must not get a healthy file called damaged.
    const auto sqliteFailed = [&](const QSqlError &error) {
        if (isDamage(error))
            return verdict(Verdict::Damaged, tr("%1 is damaged: %2").arg(path, error.databaseText()));
        return verdict(Verdict::Unreadable, sqlReadFailureMessage(error, path));
    };
    if (!conn.open())
        return sqliteFailed(conn.lastError());
    Verdict result;
    QSqlQuery q(conn.db());
    const QString pragma = check == Check::Full ? u"PRAGMA integrity_check"_s : u"PRAGMA quick_check"_s;
    if (!q.exec(pragma))
        return sqliteFailed(q.lastError());
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != u"ok"_s)
            problems << line;
    }
    if (!problems.isEmpty())
        return verdict(Verdict::Damaged, tr("%1 is damaged: %2").arg(path, problems.mid(0, 3).join(u"; "_s)));
    if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
        return sqliteFailed(q.lastError());
    result.version = q.value(0).toInt();
    if (result.version > latestSchemaVersion()) {
        return verdict(Verdict::Unusable,
                       tr("%1 was written by a newer version of Neuvo (schema %2, this version knows up to %3).")
                           .arg(path)
                           .arg(result.version)
                           .arg(latestSchemaVersion()));
    }
    if (!q.exec(u"SELECT count(*) FROM sqlite_master WHERE type = 'table' "
                "AND name IN ('profile', 'client', 'project', 'stage')"_s)
        || !q.next())
        return sqliteFailed(q.lastError());
    if (result.version < 1 || q.value(0).toInt() != 4)
        return verdict(Verdict::Unusable, tr("%1 is an SQLite database but not a Neuvo database.").arg(path));
    q.finish();
    // A trigger or view brought in with a backup would run inside Neuvo
    // from then on; what is restored has exactly Neuvo's schema.
    const auto differences = SchemaCheck::compare(conn.db(), result.version);
    if (!differences)
        return verdict(Verdict::Unreadable, tr("Cannot read the schema of %1: %2").arg(path, differences.error()));
    if (!differences->isEmpty()) {
        QStringList what;
        for (const SchemaDifference &d : *differences)
            what << d.message;
        return verdict(Verdict::Unusable, tr("%1 does not have Neuvo's schema: %2")
                                              .arg(path, what.mid(0, 3).join(u' ')));
    }
    return result;
}

Result<int> BackupManager::verify(const QString &backupPath, Check check)
{
    const Verdict verdict = inspect(backupPath, check);
    if (verdict.kind != Verdict::Good)
        return fail(verdict.message);
    return verdict.version;
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
    if (SqlDialect::isServerUrl(m_databasePath))
        return fail(SqlDialect::postgresql().fileOnlyFeature(tr("Restoring a backup")));
    auto version = verify(backupPath, Check::Full);
    if (!version)
        return fail(tr("Cannot restore from %1; %2 was not changed. %3").arg(backupPath, m_databasePath, version.error()));
    if (sameFileKey(backupPath) == sameFileKey(m_databasePath)
        || (!fileIdentity(backupPath).isEmpty() && fileIdentity(backupPath) == fileIdentity(m_databasePath)))
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
        // Keep what is there now. A snapshot when it is a sound Neuvo file
        // (it includes what the -wal holds); the raw bytes otherwise, since
        // a damaged file may still hold something worth rescuing. A file
        // that cannot be read for a reason outside it (a full disk) is not
        // damaged: nothing is replaced then.
        const Verdict now = current.size() > 0 ? inspect(m_databasePath, Check::Quick)
                                               : Verdict{Verdict::Damaged, 0, QString()};
        if (now.kind == Verdict::Unreadable)
            return fail(tr("Cannot restore %1: %2 Nothing was changed.").arg(m_databasePath, now.message));
        if (now.kind == Verdict::Good) {
            const QString target = targetPath(u"before-restore"_s, nowUtc);
            ScopedConnection conn(m_databasePath, ScopedConnection::Mode::ReadOnly);
            if (!conn.open())
                return fail(tr("Cannot restore %1: %2 Nothing was changed.")
                                .arg(m_databasePath, sqlReadFailureMessage(conn.lastError(), m_databasePath)));
            if (auto kept = snapshot(conn.db(), target); !kept)
                return fail(tr("Cannot restore %1: keeping a copy of the current file failed, so nothing was "
                               "changed. %2")
                                .arg(m_databasePath, kept.error()));
            report.previousKeptAs = target;
        } else {
            // Damaged, or sound but not usable here (a newer Neuvo's file):
            // "damaged" only when SQLite says so.
            const QString target =
                targetPath(now.kind == Verdict::Damaged ? u"damaged"_s : u"before-restore"_s, nowUtc);
            if (!QFile::copy(m_databasePath, target)) {
                QFile::remove(target);
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
    std::unique_ptr<PartialSnapshot> partial;
    {
        ScopedConnection conn(backupPath, QFileInfo(QFileInfo(backupPath).absolutePath()).isWritable()
                                              ? ScopedConnection::Mode::ReadOnly
                                              : ScopedConnection::Mode::ReadOnlyImmutable);
        if (!conn.open())
            return fail(tr("Cannot restore from %1: %2").arg(backupPath, conn.lastError().text()));
        auto written = writeTemporarySnapshot(conn.db(), target.absolutePath(), target.fileName());
        if (!written)
            return fail(tr("Cannot restore %1: %2 Nothing was changed.").arg(m_databasePath, written.error()));
        partial = std::move(*written);
    }
    // A -wal left beside the old file would be replayed into the restored
    // one and corrupt it; its content is in the copy kept above.
    QFile::remove(wal);
    QFile::remove(shm);
    if (!partial->commit(m_databasePath))
        return fail(tr("Cannot restore %1: replacing the file failed.").arg(m_databasePath));
    syncPath(target.absolutePath());
    // No rotation here: the backup just restored from may be the oldest one.
    return report;
}

} // namespace neuvo
