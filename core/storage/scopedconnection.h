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
        // SQLITE_OPEN_READONLY: SQLite cannot change the file. A WAL file
        // with no -wal or -shm beside it is read as immutable: a read-only
        // connection would create both and, unable to write, leave them
        // behind next to a file that may be refused or damaged. (No -wal
        // means no writer is using it; there is nothing in a WAL to miss.)
        ReadOnly,
        // Read-only and immutable=1: for a folder where SQLite cannot create
        // the -wal/-shm files a WAL database needs even for reading.
        ReadOnlyImmutable,
    };

    // path is made absolute before SQLite sees it: SQLite reads a name
    // starting with "file:" as a URI, which could name another file than
    // the one the caller looked at.
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
