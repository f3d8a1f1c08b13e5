#include "database.h"

#include "core/domain/plural.h"

#include "applicationidentity.h"
#include "backup.h"
#include "databaselock.h"
#include "insertbatch.h"
#include "migrations.h"
#include "schemacheck.h"
#include "serveraddress.h"
#include "scopedconnection.h"
#include "serversnapshot.h"
#include "sqldialect.h"
#include "sqliteinsert.h"
#include "sqlstatement.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QScopeGuard>
#include <QTimer>
#include <QUuid>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("neuvo-%1").arg(counter.fetchAndAddRelaxed(1));
}

constexpr QFileDevice::Permissions kPrivateFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions kPrivateFolder =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner;

// Creates folder and any missing parents readable by the owner only (0700,
// as the XDG base directory specification asks for data folders). Folders
// that exist keep their permissions.
bool makePrivateFolder(const QString &folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    if (QFileInfo(absolute).isDir())
        return true;
    const QString parent = QFileInfo(absolute).absolutePath();
    if (parent != absolute && !makePrivateFolder(parent))
        return false;
    return QDir().mkdir(absolute, kPrivateFolder) || QFileInfo(absolute).isDir();
}

// The refusal of a file whose schema objects are not Neuvo's: what was
// found, that nothing changed, how to remove what was added or which backup
// to restore (also kept for the GUI's offer).
Error foreignSchemaError(const QString &path, const QList<SchemaDifference> &differences, QString &suggestedBackup)
{
    constexpr qsizetype kListed = 3;
    QStringList found;
    QStringList drops;
    bool onlyForeign = true;
    for (const SchemaDifference &d : differences) {
        if (found.size() < kListed)
            found << d.message;
        if (d.kind != SchemaDifference::Kind::Foreign) {
            onlyForeign = false;
            continue;
        }
        QString name = d.name;
        name.replace(u'"', u"\"\""_s);
        drops << u"DROP %1 \"%2\";"_s.arg(d.type.toUpper(), name);
    }
    if (differences.size() > kListed)
        found << englishPlural(Database::tr("%n more difference(s).", nullptr, int(differences.size() - kListed)),
                               differences.size() - kListed);
    QString message =
        Database::tr("Cannot open %1: its schema is not Neuvo's. %2 Another program or a person changed the "
                     "file; Neuvo does not work on it, since such an object would act on every change Neuvo "
                     "makes. The file was not changed. \"neuvo-cli --db %1 check --full\" lists every "
                     "difference.")
            .arg(path, found.join(u' '));
    if (onlyForeign) {
        // Single quotes for the shell; a quote inside becomes '\''.
        QString statements = drops.join(u' ');
        statements.replace(u'\'', u"'\\''"_s);
        QString file = path;
        file.replace(u'\'', u"'\\''"_s);
        message += u' '
                   + Database::tr("If you did not add it on purpose, remove it with the sqlite3 program: "
                                  "sqlite3 '%1' '%2'")
                         .arg(file, statements);
    }
    if (const auto backup = BackupManager(path).newestGoodBackup()) {
        suggestedBackup = backup->path;
        message += u' '
                   + Database::tr("Or restore the newest good backup, %1 (made %2), with "
                                  "\"neuvo-cli --db %3 restore %1\".")
                         .arg(backup->path, QLocale().toString(backup->createdUtc.toLocalTime(), QLocale::ShortFormat),
                              path);
    }
    return fail(message);
}

// The channel every committed change on a server is announced on.
const QString kChangeChannel = u"neuvo_changes"_s;
// Foreign changes heard within this time become one changedElsewhere().
constexpr int kCoalesceMs = 250;
// A connection that cannot be reopened is tried again after this long, so
// that a server that is down does not cost a connection attempt per query.
constexpr qint64 kReconnectPauseMs = 1000;

// The open server Databases by connection name, for SqlStatement's
// reports (Database::noteWrite, noteFailure). Readers in other threads
// register too, hence the lock.
QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, Database *> &registry()
{
    static QHash<QString, Database *> databases;
    return databases;
}

// What every server connection sets once connected (again).
Result<void> applySessionSettings(QSqlDatabase &db, const QString &url, bool readOnly)
{
    QSqlQuery q(db);
    QStringList settings{u"SET client_min_messages = warning"_s};
    if (readOnly)
        settings << u"SET default_transaction_read_only = on"_s;
    for (const QString &setting : settings) {
        if (!q.exec(setting))
            return fail(sqlReadFailureMessage(q.lastError(), url, SqlDialect::postgresql()));
    }
    return {};
}

// Connects connectionName to the PostgreSQL database url names and looks at
// it before anything is written: refused when its schema is newer than this
// Neuvo knows, when it holds another program's tables, when its schema
// objects are not Neuvo's, or when it must be upgraded but readOnly. Returns
// its schema version (0 for an empty database).
Result<int> checkServerSchema(const QSqlDatabase &db, const QString &url, bool readOnly);

Result<int> connectToServer(const QString &connectionName, const QString &url, bool readOnly,
                            const QString &password)
{
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid())
        return fail(Database::tr("Cannot open %1: it is not a valid server URL (%2).").arg(url, parsed.errorString()));
    // A password in the URL would be shown in every message and kept in
    // the list of recent databases; libpq reads it from ~/.pgpass or
    // PGPASSWORD instead.
    const QUrlQuery query(parsed);
    if (!parsed.password().isEmpty() || query.hasQueryItem(u"password"_s))
        return fail(Database::tr("Cannot open %1: give the password in ~/.pgpass or the PGPASSWORD environment "
                                 "variable, not in the URL.")
                        .arg(parsed.adjusted(QUrl::RemovePassword).toString()));
    const QString databaseName = parsed.path().mid(1);
    if (databaseName.isEmpty() || databaseName.contains(u'/'))
        return fail(Database::tr("Cannot open %1: the URL must name the database, as in postgresql://user@host/neuvo.")
                        .arg(url));

    const SqlDialect &dialect = SqlDialect::postgresql();
    QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), connectionName);
    if (!db.isValid())
        return fail(Database::tr("Cannot open %1: Qt's PostgreSQL driver (QPSQL) is not installed; on Debian install "
                                 "the package libqt6sql6-psql.")
                        .arg(url));
    db.setDatabaseName(databaseName);
    if (!parsed.host().isEmpty())
        db.setHostName(parsed.host());
    if (parsed.port() > 0)
        db.setPort(parsed.port());
    if (!parsed.userName().isEmpty())
        db.setUserName(parsed.userName());
    // The URL's parameters go to libpq as they are, with a connect_timeout
    // when the URL sets none.
    const auto options = serverConnectOptions(url);
    if (!options)
        return Error{options.error()};
    db.setConnectOptions(*options);
    // Without a password libpq looks in PGPASSWORD and ~/.pgpass.
    if (!password.isEmpty())
        db.setPassword(password);
    if (!db.open())
        return fail(Database::tr("Cannot connect to %1: %2").arg(url, db.lastError().text()));
    if (auto set = applySessionSettings(db, url, readOnly); !set)
        return Error{set.error()};
    return checkServerSchema(db, url, readOnly);
}

// The checks of connectToServer on its open connection, again after the
// migration lock was taken: meanwhile another process may have migrated.
Result<int> checkServerSchema(const QSqlDatabase &db, const QString &url, bool readOnly)
{
    const SqlDialect &dialect = SqlDialect::of(db);
    bool otherTables = false;
    const auto version = dialect.readSchemaVersion(db, &otherTables);
    if (!version)
        return fail(Database::tr("Cannot open %1: %2").arg(url, version.error()));
    const int latest = latestSchemaVersion();
    if (*version > latest) {
        return fail(Database::tr("Cannot open %1: it was written by a newer version of Neuvo (schema %2, this "
                                 "version knows up to %3). Update Neuvo to open it; the database was not changed.")
                        .arg(url)
                        .arg(*version)
                        .arg(latest));
    }
    if (otherTables)
        return fail(Database::tr("Cannot open %1: the database holds tables of another program; give Neuvo a "
                                 "database of its own.")
                        .arg(url));
    if (*version > 0) {
        const auto differences = SchemaCheck::compareNames(db, *version);
        if (!differences)
            return fail(Database::tr("Cannot open %1: its schema cannot be read (%2).").arg(url, differences.error()));
        if (!differences->isEmpty()) {
            QStringList found;
            for (const SchemaDifference &d : *differences)
                found << d.message;
            return fail(Database::tr("Cannot open %1: its schema is not Neuvo's. %2 The database was not changed.")
                            .arg(url, found.join(u' ')));
        }
    }
    if (*version < latest && readOnly) {
        return fail(Database::tr("Cannot open %1: it was written by an older version of Neuvo and must be "
                                 "upgraded, which needs write access, but %2.")
                        .arg(url, Database::tr("it was opened read-only")));
    }
    return *version;
}

} // namespace

Database::Database()
    : m_connectionName(nextConnectionName())
    , m_origin(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_events(std::make_unique<DatabaseEvents>())
    , m_coalesce(new QTimer(m_events.get()))
{
    m_coalesce->setSingleShot(true);
    m_coalesce->setInterval(kCoalesceMs);
    QObject::connect(m_coalesce, &QTimer::timeout, m_events.get(), [this] {
        QStringList tables(m_heardTables.cbegin(), m_heardTables.cend());
        tables.sort();
        m_heardTables.clear();
        emit m_events->changedElsewhere(tables);
    });
}

Database::~Database()
{
    close();
}

QString Database::defaultPath()
{
    return QDir(applicationDataFolder()).filePath(QStringLiteral("neuvo.sqlite"));
}

QSqlDatabase Database::connection() const
{
    // Between transactions a server connection that broke is opened again
    // here, where every store's next statement starts. Never inside one:
    // its statements would then run one by one outside it, half a change.
    reconnectIfLost();
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void Database::close()
{
    // Gathered rows' statements belong to the connection closed below.
    forgetGatheredInserts(m_connectionName);
    m_statementsToFree.clear();
    m_transactionFailed = false;
    m_writeTransaction = false;
    if (m_server) {
        QMutexLocker locker(&registryMutex());
        registry().remove(m_connectionName);
    }
    m_server = false;
    m_connectionBroken = false;
    m_lostDetail.clear();
    m_lastReconnectAttempt = 0;
    m_writtenTables.clear();
    if (!QSqlDatabase::contains(m_connectionName)) {
        m_lock.reset();
        return;
    }
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        // Qt's driver finalizes its own statements before it closes the
        // connection, not the INSERTs run through SQLite's API: one of
        // those still open makes SQLite refuse the close (SQLITE_BUSY), and
        // the file stays open, write-ahead log and all, until the process
        // ends. Every query must end before its connection does.
        if (const int open = openSqliteInsertStatements(db); open > 0) {
            qCritical("Closing %s with %d INSERT statement(s) still open: SQLite will not close it",
                      qPrintable(m_connectionName), open);
            Q_ASSERT_X(open == 0, "Database::close", "an INSERT statement outlives its connection");
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_transactionDepth = 0;
    m_lock.reset();
}

Result<void> Database::open(const QString &path, Access access)
{
    close();
    m_path = path;
    m_migrationBackup.clear();
    m_readOnlyReason.clear();
    m_suggestedBackup.clear();
    m_readOnly = false;
    m_created = false;
    m_immutable = false;
    m_quickCheckPending = false;

    if (SqlDialect::isServerUrl(path)) {
        // A server serves many writers: SQLite's one-writer lock, the file's
        // permissions and its damage checks have no part here.
        m_readOnly = access == Access::ReadOnly;
        if (m_readOnly)
            m_readOnlyReason = tr("it was opened read-only");
        auto version = connectToServer(m_connectionName, path, m_readOnly, m_serverPassword);
        // Another Neuvo may be opening the same older database: the version
        // is read again under the migration lock, and the backup and the
        // steps run only by whoever holds it (see SqlDialect).
        const SqlDialect &dialect = SqlDialect::of(connection());
        bool locked = false;
        if (version && *version < latestSchemaVersion() && !dialect.lockForMigrationStatement().isEmpty()) {
            QSqlQuery lock(connection());
            if (!lock.exec(dialect.lockForMigrationStatement()))
                version = fail(tr("Cannot open %1: %2").arg(path, sqlErrorMessage(lock.lastError(), path, dialect)));
            else
                locked = true;
            if (version)
                version = checkServerSchema(connection(), path, m_readOnly);
        }
        if (version && *version < latestSchemaVersion()) {
            if (*version > 0) {
                auto snapshot = writeServerSnapshot(connection(), path, u"upgrade-from-v%1"_s.arg(*version));
                if (!snapshot)
                    version = fail(tr("Cannot back up %1 before upgrading it; nothing was changed. %2")
                                       .arg(path, snapshot.error()));
                else
                    m_migrationBackup = *snapshot;
            }
            if (version) {
                const int from = *version;
                if (auto migrated = migrate(from); !migrated)
                    version = fail((from == 0 ? tr("Cannot create %1: %2") : tr("Cannot upgrade %1: %2"))
                                       .arg(path, migrated.error()));
                m_created = from == 0;
            }
        }
        if (locked && version) {
            QSqlQuery unlock(connection());
            if (!unlock.exec(dialect.unlockAfterMigrationStatement()))
                version = fail(tr("Cannot open %1: %2").arg(path, sqlErrorMessage(unlock.lastError(), path, dialect)));
        }
        // On failure close() ends the connection, and with it the lock.
        if (!version) {
            close();
            return Error{version.error()};
        }
        registerServerConnection();
        if (auto subscribed = subscribe(); !subscribed) {
            close();
            return subscribed;
        }
        return {};
    }

    // SQLite reads a name starting with "file:" as a URI and opens the file
    // it names, while the lock and the checks here would look at a file
    // literally called "file:…": two writers could meet in one file.
    if (path.startsWith(u"file:"_s, Qt::CaseInsensitive))
        return fail(tr("Cannot open %1: give the database as a file path; SQLite URIs (file:…) are not accepted.")
                        .arg(path));
    const QFileInfo info(path);
    const bool existed = info.exists();
    if (existed && info.isDir())
        return fail(tr("Cannot open %1: it is a folder, not a database file.").arg(path));
    if (!existed && access == Access::ReadOnly)
        return fail(tr("Cannot open %1: the file does not exist.").arg(path));
    if (!existed && !makePrivateFolder(info.absolutePath()))
        return fail(tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));

    // Root may write anywhere; isWritable() asks access(2), which knows.
    const bool folderWritable = QFileInfo(info.absolutePath()).isWritable();
    const bool fileWritable = !existed || info.isWritable();
    if (access == Access::ReadOnly) {
        m_readOnly = true;
        m_readOnlyReason = tr("it was opened read-only");
    } else if (!fileWritable || !folderWritable) {
        if (!existed)
            return fail(tr("Cannot create %1: the folder %2 is not writable.").arg(path, info.absolutePath()));
        m_readOnly = true;
        m_readOnlyReason = !fileWritable ? tr("the file is not writable")
                                         : tr("its folder %1 is not writable").arg(info.absolutePath());
    }
    bool createdEmpty = false;
    if (!m_readOnly && !existed) {
        // Client and payment records are nobody else's business: the file
        // is made 0600 here, before SQLite creates it with the umask's
        // 0644, and SQLite gives its -wal and -shm the file's permissions.
        // It also gives the lock below a file to hold on to. NewOnly: when
        // another process created it a moment ago, it is theirs.
        QFile file(path);
        createdEmpty = file.open(QIODevice::WriteOnly | QIODevice::NewOnly, kPrivateFile);
        if (!createdEmpty && !QFileInfo::exists(path))
            return fail(tr("Cannot create %1: %2").arg(path, file.errorString()));
    }
    if (!m_readOnly) {
        // Taken before the file is even looked at, so that nobody writes to
        // it between the checks below and the migration.
        m_lock = std::make_unique<DatabaseLock>(path);
        if (auto locked = m_lock->acquire(); !locked) {
            const auto holder = m_lock->holder();
            const bool heldElsewhere = m_lock->heldElsewhere();
            m_lock.reset();
            if (createdEmpty && QFileInfo(path).size() == 0)
                QFile::remove(path);
            if (access != Access::ReadWriteIfFree || !existed) {
                close();
                return locked;
            }
            m_readOnly = true;
            if (!heldElsewhere)
                m_readOnlyReason = tr("its lock file %1 cannot be created").arg(DatabaseLock::lockPathFor(path));
            else
                m_readOnlyReason = holder ? tr("another Neuvo has it open (process %1 on %2)")
                                                .arg(QString::number(holder->pid), holder->hostname)
                                          : tr("another Neuvo has it open");
        }
    }

    if (m_lock) {
        // Copies a killed backup or restore left half-written; only the
        // lock holder may judge, since nobody else writes this database's
        // backups now.
        BackupManager(path).removeStalePartials();
    }

    auto opened = existed ? openExisting(path, folderWritable) : createNew();
    if (!opened) {
        close();
        if (createdEmpty && QFileInfo(path).size() == 0)
            QFile::remove(path);
        return opened;
    }
    return {};
}

Result<void> Database::createNew()
{
    if (m_readOnly)
        return fail(tr("Cannot create %1: %2.").arg(m_path, m_readOnlyReason));
    if (auto opened = openConnection(false, false); !opened)
        return opened;
    if (auto configured = configureConnection(); !configured)
        return configured;
    if (auto migrated = migrate(0); !migrated)
        return fail(tr("Cannot create %1: %2").arg(m_path, migrated.error()));
    m_created = true;
    return {};
}

Result<void> Database::openExisting(const QString &path, bool folderWritable)
{
    const qint64 size = QFileInfo(path).size();
    const bool hasWal = QFileInfo(path + u"-wal"_s).size() > 0;

    if (size == 0 && !hasWal) {
        // mktemp and touch leave empty files that are meant to become a
        // database. An empty file that has backups, though, was a database
        // until a crash or a full disk cut it off: the user must hear about
        // it and get the backup, not an empty database.
        if (BackupManager(path).list().isEmpty())
            return createNew();
        return damaged(tr("the file is empty (0 bytes) although it has backups; it was probably cut off by a "
                          "crash or a full disk"));
    }
    if (size == 0)
        return damaged(tr("the file is empty (0 bytes) but its -wal journal is not"));

    QByteArray header;
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(tr("Cannot open %1: %2").arg(path, file.errorString()));
        header = file.read(100);
    }
    // Refused before SQLite gets a chance to touch the file.
    if (!header.startsWith(QByteArrayView("SQLite format 3\0", 16))) {
        if (header.count('\0') == header.size())
            return damaged(tr("its first %1 bytes are zeros where the database header belongs; the file is "
                              "damaged")
                               .arg(header.size()));
        return damaged(tr("the file is not a Neuvo database"));
    }
    if (header.size() < 100)
        return damaged(tr("the file ends inside its header (%1 bytes); it was cut off").arg(size));
    if (!hasWal) {
        // The page count in the header is valid when the two change counters
        // agree; a file shorter than that lost its end. (With a -wal present
        // the main file may lag behind; SQLite's check below judges that.)
        const auto be32 = [&header](int at) {
            return qFromBigEndian<quint32>(header.constData() + at);
        };
        const quint32 rawPageSize = qFromBigEndian<quint16>(header.constData() + 16);
        const qint64 pageSize = rawPageSize == 1 ? 65536 : rawPageSize;
        const qint64 pages = be32(28);
        if (be32(24) == be32(92) && pages > 0 && size < pageSize * pages) {
            return damaged(tr("the file is shorter than its header says (%1 of %2 bytes); it was cut off, "
                              "probably by a crash or a full disk")
                               .arg(size)
                               .arg(pageSize * pages));
        }
    }

    // Look before writing: a read-only connection cannot change the file. A
    // hot rollback journal must be rolled back by SQLite, which needs write
    // access; that is SQLite's own recovery and the right thing to do.
    const bool hotJournal = QFileInfo(path + u"-journal"_s).size() > 0;
    const auto mode = !folderWritable           ? ScopedConnection::Mode::ReadOnlyImmutable
                      : hotJournal && !m_readOnly ? ScopedConnection::Mode::ReadWrite
                                                  : ScopedConnection::Mode::ReadOnly;
    int version = 0;
    {
        ScopedConnection inspect(path, mode);
        // Only SQLite saying the file is damaged makes it "damaged": a full
        // disk or an I/O error says nothing about the file, and advising a
        // restore then would replace good data with older data.
        const auto cannotRead = [&](const QSqlError &error, const QString &reason) -> Error {
            if (isDamage(error))
                return damaged(reason);
            return fail(sqlReadFailureMessage(error, path));
        };
        if (!inspect.open())
            return cannotRead(inspect.lastError(),
                              tr("SQLite cannot open it (%1)").arg(inspect.lastError().text()));
        int tableCount = 0;
        {
            QSqlQuery q(inspect.db());
            if (!q.exec(u"PRAGMA user_version"_s) || !q.next())
                return cannotRead(q.lastError(),
                                  tr("the file is not a Neuvo database (%1)").arg(q.lastError().databaseText()));
            version = q.value(0).toInt();
            if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
                return cannotRead(q.lastError(), tr("the file is damaged (%1)").arg(q.lastError().databaseText()));
            tableCount = q.value(0).toInt();
        }

        const int latest = latestSchemaVersion();
        if (version > latest) {
            return fail(tr("Cannot open %1: it was written by a newer version of Neuvo "
                           "(schema %2, this version knows up to %3). Update Neuvo to open it; "
                           "the file was not changed.")
                            .arg(path)
                            .arg(version)
                            .arg(latest));
        }
        if (version == 0 && tableCount > 0) {
            return fail(tr("Cannot open %1: it is an SQLite database of another program, not a Neuvo database.")
                            .arg(path));
        }
        if (version == 0) {
            inspect.close();
            return createNew(); // an empty SQLite file: nothing to lose
        }

        // Costs a read of the whole file (milliseconds for a freelancer's
        // records, a third of a second for 10 000 clients) and catches
        // damage before it spreads into new writes. Deferred only when
        // nothing is written before it has passed (setQuickCheckDeferred).
        if (m_quickCheckDeferred && version == latestSchemaVersion()) {
            m_quickCheckPending = true;
        } else if (auto checked = runQuickCheck(inspect.db()); !checked) {
            return checked;
        }

        // A trigger someone added runs inside every change Neuvo makes (one
        // that empties the projects whenever a client is added looks like
        // Neuvo losing data), so a file whose schema objects are not
        // Neuvo's is refused before anything can fire. Names and types
        // only: one read of sqlite_master.
        {
            const auto differences = SchemaCheck::compareNames(inspect.db(), version);
            if (!differences)
                return fail(tr("Cannot open %1: its schema cannot be read (%2).").arg(path, differences.error()));
            if (!differences->isEmpty())
                return foreignSchemaError(path, *differences, m_suggestedBackup);
        }

        if (version < latest) {
            if (m_readOnly) {
                return fail(tr("Cannot open %1: it was written by an older version of Neuvo and must be "
                               "upgraded, which needs write access, but %2.")
                                .arg(path, m_readOnlyReason));
            }
            // From the read-only connection: the backup is the file exactly
            // as the user had it, including what its -wal holds.
            auto backup = BackupManager(path).createFrom(inspect.db(), u"upgrade-from-v%1"_s.arg(version));
            if (!backup)
                return fail(tr("Cannot back up %1 before upgrading it; nothing was changed. %2")
                                .arg(path, backup.error()));
            m_migrationBackup = backup->path;
        }
    }

    m_immutable = m_readOnly && !folderWritable;
    if (auto opened = openConnection(m_readOnly, !folderWritable); !opened)
        return opened;
    if (auto configured = configureConnection(); !configured)
        return configured;
    if (!m_readOnly) {
        if (auto migrated = migrate(version); !migrated)
            return fail(tr("Cannot upgrade %1: %2").arg(path, migrated.error()));
    }
    return {};
}

Result<void> Database::openReader(const ReaderSpec &spec)
{
    close();
    m_path = spec.path;
    m_migrationBackup.clear();
    m_suggestedBackup.clear();
    m_readOnly = true;
    m_readOnlyReason = tr("it was opened read-only");
    m_created = false;
    m_immutable = spec.immutable;
    m_serverPassword = spec.serverPassword;
    if (SqlDialect::isServerUrl(spec.path)) {
        auto opened = connectToServer(m_connectionName, spec.path, true, m_serverPassword);
        if (!opened) {
            close();
            return Error{opened.error()};
        }
        registerServerConnection();
        return {};
    }
    if (auto opened = openConnection(true, spec.immutable); !opened) {
        close();
        return opened;
    }
    if (auto configured = configureConnection(); !configured) {
        close();
        return configured;
    }
    return {};
}

Result<void> Database::openConnection(bool readOnly, bool immutable)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
    if (readOnly && immutable) {
        db.setDatabaseName(QUrl::fromLocalFile(QFileInfo(m_path).absoluteFilePath()).toString(QUrl::FullyEncoded)
                           + u"?immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        // Absolute, so that SQLite never reads the name as a URI.
        db.setDatabaseName(QFileInfo(m_path).absoluteFilePath());
        db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                                      : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open())
        return fail(tr("Cannot open %1: %2").arg(m_path, db.lastError().text()));
    return {};
}

Result<void> Database::runQuickCheck(const QSqlDatabase &connection)
{
    QSqlQuery q(connection);
    if (!q.exec(u"PRAGMA quick_check(5)"_s)) {
        if (isDamage(q.lastError()))
            return damaged(tr("the file is damaged (%1)").arg(q.lastError().databaseText()));
        return fail(sqlReadFailureMessage(q.lastError(), m_path));
    }
    QStringList problems;
    while (q.next()) {
        if (const QString line = q.value(0).toString(); line != u"ok"_s)
            problems << line;
    }
    if (!problems.isEmpty())
        return damaged(tr("SQLite found damage in it (%1)").arg(problems.join(u"; "_s)));
    return {};
}

Result<void> Database::quickCheck()
{
    // A server checks its own pages; a closed connection fails the query,
    // and the message says so.
    if (isOpen() && !SqlDialect::of(connection()).isFile())
        return {};
    return runQuickCheck(connection());
}

Error Database::damaged(const QString &reason)
{
    QString message = tr("Cannot open %1: %2. The file was not changed.").arg(m_path, reason);
    if (const auto backup = BackupManager(m_path).newestGoodBackup()) {
        m_suggestedBackup = backup->path;
        message += u' '
                   + tr("The newest good backup is %1 (made %2). Restore it with \"neuvo-cli --db %3 restore %1\".")
                         .arg(backup->path, QLocale().toString(backup->createdUtc.toLocalTime(), QLocale::ShortFormat),
                              m_path);
    }
    return fail(message);
}

Result<void> Database::configureConnection()
{
    QSqlQuery q(connection());
    // foreign_keys is off by default in SQLite and is per connection. A
    // read-only connection must not try to switch the journal mode (a write).
    QList<const char *> pragmas = {"PRAGMA foreign_keys = ON", "PRAGMA busy_timeout = 5000"};
    if (!m_readOnly)
        pragmas << "PRAGMA journal_mode = WAL" << "PRAGMA synchronous = NORMAL";
    const auto failed = [&]() -> Error {
        if (isDamage(q.lastError()))
            return damaged(tr("the file is damaged (%1)").arg(q.lastError().databaseText()));
        return fail(sqlReadFailureMessage(q.lastError(), m_path));
    };
    for (const char *pragma : pragmas) {
        if (!q.exec(QString::fromLatin1(pragma)))
            return failed();
    }
    // The first read maps the -shm file, which needs room on the disk; a
    // failure is told apart from damage here, not by the first store.
    if (!q.exec(u"SELECT count(*) FROM sqlite_master"_s) || !q.next())
        return failed();
    return {};
}

Result<void> Database::migrate(int fromVersion)
{
    for (const Migration &step : migrations()) {
        if (step.version <= fromVersion)
            continue;
        const SqlDialect &dialect = SqlDialect::of(connection());
        auto applied = transaction([&]() -> Result<void> {
            QSqlQuery q(connection());
            for (const QString &statement : dialect.schemaStatements(step)) {
                if (!q.exec(statement))
                    return fail(tr("schema step %1 failed: %2").arg(step.version).arg(q.lastError().databaseText()));
            }
            if (!q.exec(dialect.setSchemaVersionStatement(step.version)))
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
    const auto version = SqlDialect::of(connection()).readSchemaVersion(connection(), nullptr);
    return version ? *version : -1;
}

Result<void> Database::transaction(const std::function<Result<void>()> &fn)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Result<void> result = fn();
        --m_transactionDepth;
        return result;
    }

    if (m_readOnly)
        return fail(tr("%1 is open read-only because %2: the change was not saved.").arg(m_path, m_readOnlyReason));

    QSqlDatabase db = connection();
    const SqlDialect &dialect = SqlDialect::of(db);
    if (m_server && !db.isOpen())
        return connectionLost(m_lostDetail);
    // SQLite's BEGIN IMMEDIATE takes the write lock up front, so a busy
    // database fails here, before any work, instead of at COMMIT.
    QSqlQuery begin(db);
    if (!begin.exec(dialect.beginWriteStatement())) {
        noteFailure(m_connectionName, begin.lastError());
        return fail(tr("Cannot start a change: %1").arg(sqlErrorMessage(begin.lastError(), m_path, dialect)));
    }
    m_writtenTables.clear();
    if (m_server)
        gatheredInsertsTransactionBegins(m_connectionName);
    m_writeTransaction = true;
    // On every return below, after the COMMIT or ROLLBACK.
    const auto ended = qScopeGuard([this] { transactionEnded(); });

    ++m_transactionDepth;
    Result<void> result = fn();
    --m_transactionDepth;

    result = settleGatheredInserts(m_connectionName, std::move(result));
    // The server rolled the transaction back when the connection broke;
    // whatever fn reported, the change is wholly lost, and ROLLBACK or
    // COMMIT on the dead connection would only add warnings.
    if (m_server && (m_connectionBroken || !db.isOpen())) {
        m_writtenTables.clear();
        m_connectionBroken = true;
        return connectionLost(m_lostDetail);
    }
    QSqlQuery end(db);
    if (!result) {
        m_writtenTables.clear();
        end.exec(QStringLiteral("ROLLBACK"));
        return result;
    }
    if (m_server) {
        // Part of the transaction: delivered by its COMMIT, never when it
        // rolls back; skipped when it wrote nothing (no transaction id).
        QSqlQuery notify(db);
        notify.prepare(u"SELECT pg_notify(?, ?)::text WHERE txid_current_if_assigned() IS NOT NULL"_s);
        notify.addBindValue(kChangeChannel);
        notify.addBindValue(changePayload());
        m_writtenTables.clear();
        if (!notify.exec()) {
            noteFailure(m_connectionName, notify.lastError());
            if (m_connectionBroken || !db.isOpen())
                return connectionLost(notify.lastError().text());
            const QString reason = sqlErrorMessage(notify.lastError(), m_path, dialect);
            QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
            return fail(reason);
        }
    }
    if (!end.exec(QStringLiteral("COMMIT"))) {
        noteFailure(m_connectionName, end.lastError());
        if (m_server && (m_connectionBroken || !db.isOpen())) {
            // The server may have committed before the link broke: say so
            // rather than claim either outcome.
            return fail(tr("The connection to the server of %1 was lost while the change was being committed "
                           "(%2): it may or may not have been saved. Look at the record again, then repeat the "
                           "change if it is missing.")
                            .arg(m_path, end.lastError().text()));
        }
        const QString reason = sqlErrorMessage(end.lastError(), m_path, dialect);
        QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
        return fail(reason);
    }
    return {};
}

Result<void> Database::readTransaction(const std::function<Result<void>()> &fn)
{
    if (m_transactionDepth > 0) {
        ++m_transactionDepth;
        Result<void> result = fn();
        --m_transactionDepth;
        return result;
    }
    QSqlDatabase db = connection();
    const SqlDialect &dialect = SqlDialect::of(db);
    if (m_server && !db.isOpen())
        return connectionLost(m_lostDetail);
    QSqlQuery begin(db);
    if (!begin.exec(dialect.beginReadStatement())) {
        noteFailure(m_connectionName, begin.lastError());
        return fail(sqlErrorMessage(begin.lastError(), m_path, dialect));
    }
    m_writeTransaction = false;
    const auto ended = qScopeGuard([this] { transactionEnded(); });
    ++m_transactionDepth;
    Result<void> result = fn();
    --m_transactionDepth;
    if (m_server && (m_connectionBroken || !db.isOpen())) {
        m_connectionBroken = true;
        return connectionLost(m_lostDetail);
    }
    QSqlQuery(db).exec(result ? QStringLiteral("COMMIT") : QStringLiteral("ROLLBACK"));
    return result;
}

Result<void> Database::rehearse(const std::function<Result<void>()> &fn)
{
    Q_ASSERT(m_transactionDepth == 0);
    if (m_readOnly)
        return fail(tr("%1 is open read-only because %2: the change was not saved.").arg(m_path, m_readOnlyReason));
    QSqlDatabase db = connection();
    const SqlDialect &dialect = SqlDialect::of(db);
    if (m_server && !db.isOpen())
        return connectionLost(m_lostDetail);
    QSqlQuery begin(db);
    if (!begin.exec(dialect.beginWriteStatement())) {
        noteFailure(m_connectionName, begin.lastError());
        return fail(tr("Cannot start a change: %1").arg(sqlErrorMessage(begin.lastError(), m_path, dialect)));
    }
    if (m_server)
        gatheredInsertsTransactionBegins(m_connectionName);
    m_writeTransaction = true;
    const auto ended = qScopeGuard([this] { transactionEnded(); });
    ++m_transactionDepth;
    Result<void> result = settleGatheredInserts(m_connectionName, fn());
    --m_transactionDepth;
    m_writtenTables.clear();
    if (m_server && (m_connectionBroken || !db.isOpen())) {
        m_connectionBroken = true;
        return connectionLost(m_lostDetail);
    }
    QSqlQuery(db).exec(QStringLiteral("ROLLBACK"));
    return result;
}

// On a PostgreSQL server (a postgresql:// URL) a Database owns one
// connection to the server instead of a file: committed changes are
// announced to other programs and heard from them (listenForChanges()), and
// a connection that broke is opened again before the next step outside a
// transaction (docs/postgresql.md).
void Database::registerServerConnection()
{
    m_server = true;
    {
        QMutexLocker locker(&registryMutex());
        registry().insert(m_connectionName, this);
    }
    if (!m_readOnly) {
        // The driver lives as long as the connection's name; a reconnection
        // keeps it, so this holds across reconnections.
        QObject::connect(connection().driver(),
                         qOverload<const QString &, QSqlDriver::NotificationSource, const QVariant &>(
                             &QSqlDriver::notification),
                         m_events.get(),
                         [this](const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload) {
                             takeNotification(channel, source, payload);
                         });
    }
}

QString Database::changePayload() const
{
    // JSON, at most a few hundred bytes (PostgreSQL allows 8000): who
    // wrote, and which tables as far as Neuvo's statements said.
    QStringList tables(m_writtenTables.cbegin(), m_writtenTables.cend());
    tables.sort();
    QJsonObject payload{{u"origin"_s, m_origin}, {u"tables"_s, QJsonArray::fromStringList(tables)}};
    return QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact));
}

void Database::noteWrite(const QString &connectionName, const QString &table)
{
    Database *db = nullptr;
    {
        QMutexLocker locker(&registryMutex());
        db = registry().value(connectionName);
    }
    if (!db)
        return;
    db->m_writtenTables.insert(table);
    if (db->m_transactionDepth == 0)
        db->announceAutocommitWrite();
}

void Database::noteFailure(const QString &connectionName, const QSqlError &error)
{
    QMutexLocker locker(&registryMutex());
    Database *db = registry().value(connectionName);
    if (!db)
        return;
    // PostgreSQL aborts the open transaction at any error: from here on it
    // only takes ROLLBACK (a ROLLBACK TO SAVEPOINT may undo that, but the
    // statements that do one fail the transaction anyway).
    if (db->m_transactionDepth > 0)
        db->m_transactionFailed = true;
    if (SqlDialect::postgresql().classify(error) != SqlFailure::ConnectionLost)
        return;
    db->m_connectionBroken = true;
    db->m_lostDetail = error.text();
}

bool Database::keepUntilTransactionEnds(const QString &connectionName, QSqlQuery &query)
{
    QMutexLocker locker(&registryMutex());
    Database *db = registry().value(connectionName);
    if (!db || db->m_transactionDepth == 0 || !db->m_transactionFailed)
        return false;
    db->m_statementsToFree.push_back(std::move(query));
    return true;
}

void Database::transactionEnded()
{
    m_writeTransaction = false;
    m_transactionFailed = false;
    // The transaction is over: the server takes DEALLOCATE again.
    endGatheredInserts(m_connectionName);
    m_statementsToFree.clear();
}

void Database::announceAutocommitWrite()
{
    // The statement is committed already; a notification that cannot be
    // sent only costs other windows a refresh, so it is not an error.
    QSqlQuery notify(QSqlDatabase::database(m_connectionName, false));
    notify.prepare(u"SELECT pg_notify(?, ?)::text"_s);
    notify.addBindValue(kChangeChannel);
    notify.addBindValue(changePayload());
    m_writtenTables.clear();
    if (!notify.exec()) {
        noteFailure(m_connectionName, notify.lastError());
        qWarning("Neuvo: cannot announce a change: %s", qPrintable(notify.lastError().text()));
    }
}

Result<void> Database::listenForChanges()
{
    if (m_readOnly)
        return {};
    m_listening = true;
    if (!m_server)
        return {};
    return subscribe();
}

Result<void> Database::subscribe() const
{
    if (!m_listening || !m_server || m_readOnly)
        return {};
    QSqlDriver *driver = QSqlDatabase::database(m_connectionName, false).driver();
    if (driver->subscribedToNotifications().contains(kChangeChannel))
        return {};
    if (!driver->subscribeToNotification(kChangeChannel))
        return fail(tr("Cannot listen for other programs' changes to %1: %2")
                        .arg(m_path, driver->lastError().text()));
    return {};
}

void Database::takeNotification(const QString &channel, QSqlDriver::NotificationSource source,
                                const QVariant &payload)
{
    // This connection's own changes: the window already refreshed for them.
    if (channel != kChangeChannel || source == QSqlDriver::SelfSource)
        return;
    const QJsonObject fields = QJsonDocument::fromJson(payload.toString().toUtf8()).object();
    if (fields.value(u"origin"_s).toString() == m_origin)
        return;
    for (const QJsonValue &table : fields.value(u"tables"_s).toArray())
        m_heardTables.insert(table.toString());
    // Throttled, not postponed: a long burst still refreshes every
    // kCoalesceMs, and a single change within that time.
    if (!m_coalesce->isActive())
        m_coalesce->start();
}

bool Database::reconnectIfLost() const
{
    if (!m_server || m_transactionDepth > 0 || !QSqlDatabase::contains(m_connectionName))
        return true;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (db.isOpen() && !m_connectionBroken)
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_lastReconnectAttempt > 0 && now - m_lastReconnectAttempt < kReconnectPauseMs)
        return false;
    db.close();
    if (!db.open() || !applySessionSettings(db, m_path, m_readOnly)) {
        db.close();
        m_lastReconnectAttempt = now;
        return false;
    }
    m_connectionBroken = false;
    m_lostDetail.clear();
    m_lastReconnectAttempt = 0;
    ++m_connectionGeneration;
    // Closing dropped the subscription with the old session.
    if (auto subscribed = subscribe(); !subscribed)
        qWarning("Neuvo: %s", qPrintable(subscribed.error()));
    return true;
}

Error Database::connectionLost(const QString &detail) const
{
    return fail(connectionLostMessage(m_path, detail.isEmpty() ? tr("the server closed it") : detail.trimmed()));
}

} // namespace neuvo
