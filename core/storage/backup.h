#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace neuvo {

class Database;

struct BackupInfo
{
    QString path;
    QDateTime createdUtc;
    // Why it was made: daily, manual, import, before-restore, damaged,
    // upgrade-from-vN.
    QString reason;
    qint64 size = 0;
};

// Backups of one database file, kept in <database folder>/backups (0700) as
// <name>-<yyyyMMddTHHmmssZ>-<reason>.sqlite (0600).
//
// A backup is written with VACUUM INTO a temporary file in the target folder,
// synced, then renamed over the target: it is a consistent snapshot of the
// committed data (WAL included) even while the database is open, and a crash
// never leaves a half-written file under a backup's name. The open file is
// never copied byte by byte. The temporary file (.<target>.partial-XXXXXX)
// is locked while it is written, so one that a killed process left behind
// can be told from one being written and is removed later.
class BackupManager final
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    enum class Check { Quick, Full };

    struct RestoreReport
    {
        QString restoredFrom;
        // Where the file that was replaced went (empty when there was none).
        QString previousKeptAs;
        int schemaVersion = 0;
    };

    explicit BackupManager(const QString &databasePath);

    static QString folderFor(const QString &databasePath);
    QString folder() const { return m_folder; }

    // This database's backups, newest first.
    QList<BackupInfo> list() const;

    // A snapshot of the open database into the backup folder, then rotation
    // to the number of backups the database's profile keeps
    // (Profile::backupsToKeep), so the desktop, neuvo-cli and every other
    // caller keep as many as the person chose. When the profile cannot be
    // read nothing is rotated away.
    Result<BackupInfo> create(Database &db, const QString &reason,
                              const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());
    // A snapshot from any connection to the database, without rotation:
    // Database makes the backup before a migration this way, from a
    // read-only connection to the still-unchanged file. An upgrade backup
    // counts against no quota, and the file's profile is of an older schema
    // that may not hold the number to keep yet.
    Result<BackupInfo> createFrom(const QSqlDatabase &connection, const QString &reason,
                                  const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    // The first start of a day makes a backup; later starts that day do not.
    // "Day" is the local calendar day of nowUtc. Returns the new backup, or
    // nothing when one from today already exists.
    Result<std::optional<BackupInfo>> dailyBackupIfDue(Database &db,
                                                       const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

    // Deletes the oldest backups of each reason beyond keep; returns the
    // removed paths. Each reason counts on its own, so automatic backups
    // (fifteen imports in a row) never push out the newest manual or daily
    // one. Upgrade backups are never rotated away: they are the only copy an
    // older Neuvo can open.
    QStringList rotate(int keep);

    // Deletes the temporary files of backups and restores of this database
    // that a killed process left behind (in the backup folder and beside
    // the database); one still being written is locked and stays. Returns
    // the removed paths.
    QStringList removeStalePartials() const;

    // Writes a consistent copy of the connection's database to target
    // (0600), atomically replacing target if it exists. Refused: the
    // database itself or one of its working files (-wal, -shm, -journal,
    // .lock), and an existing target that is not an SQLite database or an
    // empty file, which is somebody's data.
    static Result<void> snapshot(const QSqlDatabase &connection, const QString &target);

    // A backup can be restored when SQLite finds it intact (quick_check or
    // integrity_check), it is a Neuvo database of a schema version this
    // build can open, and its tables, indexes, triggers and views are
    // exactly the ones Neuvo creates (SchemaCheck). Returns its schema
    // version. The file is opened read-only.
    static Result<int> verify(const QString &backupPath, Check check = Check::Full);

    // The newest backup that passes verify(Quick), if any.
    std::optional<BackupInfo> newestGoodBackup() const;

    // Replaces the database file with a verified backup. The database must
    // not be open anywhere (the lock is taken for the duration). The current
    // file is kept first: as a snapshot when SQLite can still read it, as a
    // byte copy when it is damaged. Then the backup is copied beside the
    // database, stale -wal/-shm files are removed and the copy is renamed
    // over the database, so at every moment the file is either the old or
    // the restored one.
    Result<RestoreReport> restore(const QString &backupPath,
                                  const QDateTime &nowUtc = QDateTime::currentDateTimeUtc());

private:
    struct Verdict
    {
        enum Kind {
            Good,
            Unreadable, // the disk, a lock or permissions: says nothing about the file
            Damaged,    // SQLite finds it damaged, or it is no SQLite file
            Unusable,   // sound, but not a Neuvo database this build can use
        };
        Kind kind = Good;
        int version = 0;
        QString message;
    };
    static Verdict inspect(const QString &path, Check check);
    QString targetPath(const QString &reason, const QDateTime &nowUtc) const;
    Result<void> ensureFolder() const;

    QString m_databasePath;
    QString m_folder;
    QString m_baseName;
};

} // namespace neuvo
