#pragma once

#include "core/domain/result.h"

#include <QCoreApplication>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QTimer;

namespace neuvo {

class DatabaseLock;
class ScopedConnection;

// What a Database tells the window that shows it (Database itself is not a
// QObject: the CLI and the stores need no event loop).
class DatabaseEvents final : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    // Another program (another window, neuvo-cli) committed changes to the
    // server database this one listens to (Database::listenForChanges()).
    // A burst of them comes as one signal: tables names what was written
    // as far as the writers said (empty when unknown: reload everything).
    void changedElsewhere(const QStringList &tables);
};

// Owns the one SQLite connection to a Neuvo database file. Opening applies
// the connection pragmas, refuses files it cannot safely use, backs up an
// older file and migrates it to the current schema. Only the stores (and
// this class) run SQL.
//
// Opening for writing takes the lock <file>.lock (one writer per file).
// Before anything is written the file is looked at through a read-only
// connection: a file that is empty but had backups, cut short, damaged, not
// a database or from a newer Neuvo is refused with a message naming the
// file, the reason and the newest good backup, and its bytes stay as they
// were. A file or folder that is not writable opens read-only.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    enum class Access {
        // Take the lock; refuse when another process holds it.
        ReadWrite,
        // Never write; no lock needed (SQLite lets readers share the file).
        ReadOnly,
        // ReadWrite when the lock is free, else ReadOnly (for commands that
        // only read but would upgrade an old file).
        ReadWriteIfFree,
    };

    Database();
    ~Database();

    // <applicationDataFolder()>/neuvo.sqlite: ~/.local/share/Neuvo/neuvo.sqlite
    static QString defaultPath();

    // Opens (creating when missing) and migrates. On any error the file is
    // left as it was and the database is closed. The message names the file.
    Result<void> open(const QString &path, Access access = Access::ReadWrite);
    // The password for the next open() of a server URL and for its readers
    // (readerSpec()), when neither ~/.pgpass nor PGPASSWORD has it: one a
    // person typed. Kept in memory only, never in the URL or in path().
    void setServerPassword(const QString &password) { m_serverPassword = password; }
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    // Open without the right to write: the file or its folder is not
    // writable, another Neuvo has it open, or ReadOnly was asked for.
    // readOnlyReason() says which, for a banner.
    bool isReadOnly() const { return m_readOnly; }
    QString readOnlyReason() const { return m_readOnlyReason; }
    // The last open() created a new database (nothing to back up before it).
    bool wasCreated() const { return m_created; }
    // After open() failed on a damaged file: the newest backup that passes
    // a quick check, to offer to restore; empty when there is none.
    QString suggestedBackup() const { return m_suggestedBackup; }

    // What a second, read-only connection to this open file needs (for a
    // reader in another thread: a QSqlDatabase connection is used only by
    // the thread that created it). Taken in the thread that owns this one.
    struct ReaderSpec
    {
        QString path;
        bool immutable = false;
        QString serverPassword;
    };
    ReaderSpec readerSpec() const { return {m_path, m_immutable, m_serverPassword}; }
    // Opens this Database as a read-only connection to a file another
    // Database of this process has opened, checked and migrated: no lock,
    // no checks, no migration, only the connection and its pragmas. In WAL
    // mode its reads see committed data and never block the writer.
    Result<void> openReader(const ReaderSpec &spec);

    // open() of an existing file at the current schema leaves SQLite's
    // quick_check (a read of the whole file) for the caller to run later,
    // through quickCheck() on a reader in another thread, so that a window
    // can show before it; StartChecks holds every commit until it has
    // passed. A file that must be upgraded is still checked before the
    // migration writes to it. Off by default (neuvo-cli checks at once).
    void setQuickCheckDeferred(bool deferred) { m_quickCheckDeferred = deferred; }
    // The last open() left the quick check out (see above).
    bool isQuickCheckPending() const { return m_quickCheckPending; }
    // SQLite's quick_check of the open file: the error open() gives a
    // damaged file, naming the newest good backup.
    Result<void> quickCheck();

    // PRAGMA user_version of the open file.
    int schemaVersion() const;
    // The backup made before the last migration of an existing file, or empty.
    QString migrationBackupPath() const { return m_migrationBackup; }

    // Runs fn in one transaction: commit when it succeeds, roll back when it
    // fails. Nested calls join the outer transaction. A failure message says
    // what happened (disk full, I/O error, busy, read-only) and what to do.
    Result<void> transaction(const std::function<Result<void>()> &fn);
    // Runs fn, which only reads, in one read transaction: all its queries see
    // the same committed state while another process writes. Works on a
    // read-only database too (an export while the desktop has the file).
    // Nested calls join the outer transaction.
    Result<void> readTransaction(const std::function<Result<void>()> &fn);
    // A transaction(), rehearse() or readTransaction() is running on this
    // connection (this call is inside its fn).
    bool isInTransaction() const { return m_transactionDepth > 0; }
    // The running transaction is one that may write: transaction() or
    // rehearse(), whose end sends or drops the rows an InsertBatching
    // gathered.
    bool isInWriteTransaction() const { return m_transactionDepth > 0 && m_writeTransaction; }

    // On a PostgreSQL server every committed change announces itself on
    // the channel neuvo_changes (see docs/postgresql.md): a transaction
    // that wrote sends one notification at its COMMIT (none when it rolled
    // back or only read), a statement outside a transaction one after it.
    // The payload names origin() so that a listener can tell its own
    // changes from another's, and the tables written. On SQLite nothing
    // is sent (one writer holds the file).
    QString origin() const { return m_origin; }
    // Subscribes this (read-write, server) connection to the others'
    // changes: events()->changedElsewhere() then reports them, also after
    // a reconnection. Does nothing on SQLite or read-only.
    Result<void> listenForChanges();
    DatabaseEvents *events() const { return m_events.get(); }
    // How many times a broken server connection was opened again: what
    // others committed while it was closed was announced to nobody here,
    // so a listener that sees this change reads everything again.
    quint64 connectionGeneration() const { return m_connectionGeneration; }

    // Called by SqlStatement: a statement of connectionName wrote rows of
    // table, or failed with error (a broken connection is reconnected on
    // the next step). Only server connections call them.
    static void noteWrite(const QString &connectionName, const QString &table);
    static void noteFailure(const QString &connectionName, const QSqlError &error);
    // Called by SqlStatement as it goes: a statement prepared on the server
    // that must not be freed yet. After a failed statement PostgreSQL
    // refuses every command but ROLLBACK until the transaction ends, the
    // DEALLOCATE that frees a prepared statement included (Qt's driver then
    // warns "Unable to free statement" and the statement stays for the rest
    // of the session). So the statements a failed transaction lets go of are
    // kept until its ROLLBACK, then freed. Takes the query and returns true
    // then; false (query untouched) when it can be freed at once.
    static bool keepUntilTransactionEnds(const QString &connectionName, QSqlQuery &query);

    // Runs fn in a transaction like transaction(), then rolls back whatever
    // it did: a dry run that meets every check the real change would,
    // SQLite's constraints included. Returns fn's result. Not inside
    // another transaction.
    Result<void> rehearse(const std::function<Result<void>()> &fn);

private:
    Result<void> createNew();
    Result<void> openExisting(const QString &path, bool folderWritable);
    Result<void> openConnection(bool readOnly, bool immutable);
    Result<void> configureConnection();
    Result<void> migrate(int fromVersion);
    Error damaged(const QString &reason);
    Result<void> runQuickCheck(const QSqlDatabase &connection);
    // Server connections: after open, the registry SqlStatement reports
    // writes to; the notification sent at COMMIT or after an autocommit
    // write; the listener; reopening a connection that broke.
    void registerServerConnection();
    QString changePayload() const;
    void announceAutocommitWrite();
    Result<void> subscribe() const;
    void takeNotification(const QString &channel, QSqlDriver::NotificationSource source, const QVariant &payload);
    bool reconnectIfLost() const;
    // After COMMIT or ROLLBACK of the outermost transaction: frees what
    // waited for its end (keepUntilTransactionEnds, the gathered rows'
    // statements).
    void transactionEnded();
    Error connectionLost(const QString &what) const;

    QString m_connectionName;
    QString m_path;
    QString m_migrationBackup;
    QString m_readOnlyReason;
    QString m_suggestedBackup;
    QString m_serverPassword;
    std::unique_ptr<DatabaseLock> m_lock;
    int m_transactionDepth = 0;
    bool m_writeTransaction = false;
    // On a server: a statement of the open transaction failed, so the
    // server refuses everything but ROLLBACK (see keepUntilTransactionEnds).
    bool m_transactionFailed = false;
    // The prepared statements let go of since then, freed after ROLLBACK.
    std::vector<QSqlQuery> m_statementsToFree;
    QString m_origin;
    std::unique_ptr<DatabaseEvents> m_events;
    // Tables written in the open transaction (or by the last autocommit
    // statement), for the notification's payload.
    QSet<QString> m_writtenTables;
    // Foreign changes heard and not yet passed on (coalesced).
    QSet<QString> m_heardTables;
    QTimer *m_coalesce = nullptr;
    bool m_listening = false;
    bool m_server = false;
    // A statement failed because the connection broke; it is reopened
    // at the next step outside a transaction.
    mutable bool m_connectionBroken = false;
    mutable QString m_lostDetail;
    mutable qint64 m_lastReconnectAttempt = 0;
    mutable quint64 m_connectionGeneration = 0;
    bool m_readOnly = false;
    bool m_created = false;
    bool m_immutable = false;
    bool m_quickCheckDeferred = false;
    bool m_quickCheckPending = false;
};

} // namespace neuvo
