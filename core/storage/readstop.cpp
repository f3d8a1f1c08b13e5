#include "readstop.h"

#include "database.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

namespace neuvo {

// Qt's SQLite driver hands out its connection as a QVariant holding a
// sqlite3 pointer (QSqlDriver::handle()); Qt and this code share the
// system's libsqlite3.
sqlite3 *sqliteHandle(Database &db)
{
    if (!db.isOpen())
        return nullptr;
    const QVariant handle = db.connection().driver()->handle();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(handle.constData());
}

namespace {

int answerStop(void *stop)
{
    return static_cast<const std::atomic<bool> *>(stop)->load(std::memory_order_relaxed) ? 1 : 0;
}

// Steps of SQLite's virtual machine between two looks at the flag: small
// enough to stop within a millisecond, large enough to cost nothing.
constexpr int StepsPerCheck = 100;

} // namespace

bool stopReadsWhen(Database &db, const std::atomic<bool> &stop)
{
    sqlite3 *handle = sqliteHandle(db);
    if (!handle)
        return false;
    sqlite3_progress_handler(handle, StepsPerCheck, answerStop,
                             const_cast<void *>(static_cast<const void *>(&stop)));
    return true;
}

void clearReadStop(Database &db)
{
    if (sqlite3 *handle = sqliteHandle(db))
        sqlite3_progress_handler(handle, 0, nullptr, nullptr);
}

} // namespace neuvo
