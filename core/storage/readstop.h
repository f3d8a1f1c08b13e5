#pragma once

#include <atomic>

struct sqlite3;

namespace neuvo {

class Database;

// The SQLite connection under db (Qt's driver hands it out), for the few
// things Qt's driver has no word for; null when db is closed or not SQLite.
sqlite3 *sqliteHandle(Database &db);

// Makes every statement on db's connection give up, with an "interrupted"
// error, once *stop is true: SQLite calls a progress handler every
// hundred steps of a statement, and this one answers *stop. For a reader
// in a thread of its own (Database::openReader()) that another thread may
// want to end without waiting for its reads, such as the session's
// evaluation when its window closes. Only the connection's own thread may
// call it; *stop may be set from any thread and must outlive the
// connection (or a call to clearReadStop()). Returns false when the
// connection is not SQLite's. SQLite's walk of the pages in quick_check
// and integrity_check does not call the handler (SQLite 3.40): a caller
// that must stop those soon also interrupts the connection
// (sqlite3_interrupt(), as StartChecks does).
bool stopReadsWhen(Database &db, const std::atomic<bool> &stop);
void clearReadStop(Database &db);

} // namespace neuvo
