#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>

namespace neuvo {

// A short-lived QSQLITE connection with a unique name, removed again when it
// goes out of scope. Used to look at a file (a database before it is trusted,
// a backup before it is restored) without Database's pragmas and migrations.
class ScopedConnection final
{
    Q_DISABLE_COPY_MOVE(ScopedConnection)

public:
    enum class Mode {
        ReadWrite,
        // SQLITE_OPEN_READONLY: SQLite cannot change the file.
        ReadOnly,
        // Read-only and immutable=1: for a folder where SQLite cannot create
        // the -wal/-shm files a WAL database needs even for reading.
        ReadOnlyImmutable,
    };

    ScopedConnection(const QString &path, Mode mode);
    ~ScopedConnection();

    bool open();
    bool isOpen() const;
    QSqlDatabase db() const;
    QSqlError lastError() const;
    void close();

private:
    QString m_name;
};

} // namespace neuvo
