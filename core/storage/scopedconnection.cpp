#include "scopedconnection.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QString nextName()
{
    static QAtomicInt counter;
    return u"neuvo-scoped-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// A database in WAL mode (file format bytes 18 and 19 are 2) that nobody
// has open: no -wal and no -shm beside it.
bool isIdleWalFile(const QString &path)
{
    if (QFileInfo::exists(path + u"-wal"_s) || QFileInfo::exists(path + u"-shm"_s))
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    const QByteArray header = file.read(20);
    return header.size() == 20 && header.startsWith(QByteArrayView("SQLite format 3\0", 16)) && header.at(18) == 2
           && header.at(19) == 2;
}

} // namespace

ScopedConnection::ScopedConnection(const QString &givenPath, Mode mode)
    : m_name(nextName())
{
    const QString path = QFileInfo(givenPath).absoluteFilePath();
    if (mode == Mode::ReadOnly && isIdleWalFile(path))
        mode = Mode::ReadOnlyImmutable;
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    switch (mode) {
    case Mode::ReadWrite:
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        break;
    case Mode::ReadOnly:
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s);
        break;
    case Mode::ReadOnlyImmutable:
        db.setDatabaseName(QUrl::fromLocalFile(path).toString(QUrl::FullyEncoded) + u"?immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
        break;
    }
}

ScopedConnection::~ScopedConnection()
{
    close();
    QSqlDatabase::removeDatabase(m_name);
}

bool ScopedConnection::open()
{
    QSqlDatabase d = db();
    return d.open();
}

bool ScopedConnection::isOpen() const
{
    return db().isOpen();
}

QSqlDatabase ScopedConnection::db() const
{
    return QSqlDatabase::database(m_name, false);
}

QSqlError ScopedConnection::lastError() const
{
    return db().lastError();
}

void ScopedConnection::close()
{
    QSqlDatabase d = db();
    d.close();
}

} // namespace neuvo
