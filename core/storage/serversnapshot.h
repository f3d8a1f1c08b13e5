#pragma once

#include "core/domain/result.h"

#include <QSqlDatabase>
#include <QString>

namespace neuvo {

// The backup made before a database on a server is migrated: every table's
// rows as JSON, written to <applicationDataFolder()>/server-backups/ (a
// folder of the user running Neuvo, 0700, each file 0600) and named after
// the server, the database, label and the time. SQLite's backup is a copy of
// the file; a server database cannot be copied so, and the exchange export
// cannot stand in for it, since it reads through the stores of this version,
// which expect the schema the migration is about to make. The snapshot
// needs no knowledge of the schema: it is what the tables held, as the
// server's row_to_json wrote it. Returns the file written.
Result<QString> writeServerSnapshot(const QSqlDatabase &db, const QString &url, const QString &label);

// The folder writeServerSnapshot writes to.
QString serverSnapshotFolder();

} // namespace neuvo
