#include "database.h"

#include "migrations.h"
#include "sqlstatement.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>

namespace neuvo {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("neuvo-%1").arg(counter.fetchAndAddRelaxed(1));
}

// SQLite writes this 16-byte string at the start of every database file.
bool hasSqliteHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArrayLiteral("SQLite format 3\0");
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
{
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("neuvo.sqlite"));
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && connection().isOpen();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_transactionDepth = 0;
}

Result<void> Database::open(const QString &path)
{
    close();
    m_path = path;
    m_migrationBackup.clear();

    const QFileInfo info(path);
    const bool existed = info.exists();
    if (existed && info.isDir())
        return fail(tr("Cannot open %1: it is a folder, not a database file.").arg(path));
    // A non-empty file without the SQLite header is refused before SQLite
    // gets a chance to touch it.
    if (existed && info.size() > 0 && !hasSqliteHeader(path))
        return fail(tr("Cannot open %1: the file is not a Neuvo database.").arg(path));
    if (!existed && !QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));

    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString reason = db.lastError().text();
            close();
            return fail(tr("Cannot open %1: %2").arg(path, reason));
        }
    }

    // Read the version before changing anything: a file from a newer Neuvo
    // must stay byte-for-byte as it is.
    int version = 0;
    int tableCount = 0;
    {
        QSqlQuery q(connection());
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
            const QString reason = q.lastError().databaseText();
            close();
            return fail(tr("Cannot open %1: the file is not a Neuvo database (%2).").arg(path, reason));
        }
        version = q.value(0).toInt();
        if (!q.exec(QStringLiteral("SELECT count(*) FROM sqlite_master")) || !q.next()) {
            const QString reason = q.lastError().databaseText();
            close();
            return fail(tr("Cannot open %1: the file is damaged (%2).").arg(path, reason));
        }
        tableCount = q.value(0).toInt();
    }

    const int latest = latestSchemaVersion();
    if (version > latest) {
        close();
        return fail(tr("Cannot open %1: it was written by a newer version of Neuvo "
                       "(schema %2, this version knows up to %3). Update Neuvo to open it; "
                       "the file was not changed.")
                        .arg(path).arg(version).arg(latest));
    }
    if (version == 0 && tableCount > 0) {
        close();
        return fail(tr("Cannot open %1: it is an SQLite database of another program, not a Neuvo database.")
                        .arg(path));
    }

    if (version > 0 && version < latest) {
        // Copy the closed file, so the copy is exactly what the user had.
        close();
        if (auto backup = backupBeforeMigration(version); !backup)
            return backup;
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!db.open()) {
            const QString reason = db.lastError().text();
            close();
            return fail(tr("Cannot open %1: %2").arg(path, reason));
        }
    }

    if (auto configured = configureConnection(); !configured) {
        close();
        return fail(tr("Cannot open %1: %2").arg(path, configured.error()));
    }
    if (auto migrated = migrate(version); !migrated) {
        close();
        return fail(tr("Cannot upgrade %1: %2").arg(path, migrated.error()));
    }
    return {};
}

Result<void> Database::configureConnection()
{
    QSqlQuery q(connection());
    // foreign_keys is off by default in SQLite and is per connection.
    for (const char *pragma : {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL",
                               "PRAGMA synchronous = NORMAL", "PRAGMA busy_timeout = 5000"}) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return fail(q.lastError().databaseText());
    }
    return {};
}

Result<void> Database::backupBeforeMigration(int fromVersion)
{
    const QFileInfo info(m_path);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    const QString backup = info.dir().filePath(
        QStringLiteral("%1.schema%2-%3.bak").arg(info.fileName()).arg(fromVersion).arg(stamp));
    QFile::remove(backup);
    if (!QFile::copy(m_path, backup))
        return fail(tr("Cannot back up %1 to %2 before upgrading it; nothing was changed.").arg(m_path, backup));
    // A leftover WAL holds committed changes not yet in the main file.
    const QString wal = m_path + QStringLiteral("-wal");
    if (QFile::exists(wal))
        QFile::copy(wal, backup + QStringLiteral("-wal"));
    QFile::setPermissions(backup, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    m_migrationBackup = backup;
    return {};
}

Result<void> Database::migrate(int fromVersion)
{
    for (const Migration &step : migrations()) {
        if (step.version <= fromVersion)
            continue;
        auto applied = transaction([&]() -> Result<void> {
            QSqlQuery q(connection());
            for (const QString &statement : step.statements) {
                if (!q.exec(statement))
                    return fail(tr("schema step %1 failed: %2").arg(step.version).arg(q.lastError().databaseText()));
            }
            if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)))
                return fail(q.lastError().databaseText());
            return {};
        });
        if (!applied)
            return applied;
    }
    return {};
}

int Database::schemaVersion() const
{
    QSqlQuery q(connection());
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<void> Database::transaction(const std::function<Result<void>()> &fn)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Result<void> result = fn();
        --m_transactionDepth;
        return result;
    }

    QSqlDatabase db = connection();
    // BEGIN IMMEDIATE takes the write lock up front, so a busy database fails
    // here, before any work, instead of at COMMIT.
    QSqlQuery begin(db);
    if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(tr("Cannot start a change: %1").arg(begin.lastError().databaseText()));

    ++m_transactionDepth;
    Result<void> result = fn();
    --m_transactionDepth;

    QSqlQuery end(db);
    if (!result) {
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        const QString reason = end.lastError().databaseText();
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(tr("Cannot save the change: %1").arg(reason));
    }
    return {};
}

} // namespace neuvo
