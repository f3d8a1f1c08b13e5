#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>

namespace neuvo {

// Owns the one SQLite connection to a Neuvo database file. Opening applies
// the connection pragmas, refuses files it cannot safely use, backs up an
// older file and migrates it to the current schema. Only the stores (and
// this class) run SQL.
class Database final
{
    Q_DECLARE_TR_FUNCTIONS(Database)
    Q_DISABLE_COPY_MOVE(Database)

public:
    Database();
    ~Database();

    // <AppDataLocation>/neuvo.sqlite, e.g. ~/.local/share/Neuvo/neuvo.sqlite
    static QString defaultPath();

    // Opens (creating when missing) and migrates. On any error the file is
    // left as it was and the database is closed. The message names the file.
    Result<void> open(const QString &path);
    void close();
    bool isOpen() const;
    QString path() const { return m_path; }
    QSqlDatabase connection() const;

    // PRAGMA user_version of the open file.
    int schemaVersion() const;
    // The copy made before the last migration of an existing file, or empty.
    QString migrationBackupPath() const { return m_migrationBackup; }

    // Runs fn in one transaction: commit when it succeeds, roll back when it
    // fails. Nested calls join the outer transaction.
    Result<void> transaction(const std::function<Result<void>()> &fn);

private:
    Result<void> configureConnection();
    Result<void> migrate(int fromVersion);
    Result<void> backupBeforeMigration(int fromVersion);

    QString m_connectionName;
    QString m_path;
    QString m_migrationBackup;
    int m_transactionDepth = 0;
};

} // namespace neuvo
