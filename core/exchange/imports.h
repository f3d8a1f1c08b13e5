#pragma once

#include "csvexchange.h"
#include "exchange.h"
#include "core/storage/backup.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>
#include <QStringList>

#include <optional>

namespace neuvo {

class Database;

// The steps every import takes, the same from the desktop and from neuvo-cli:
// nothing is written before every row is checked, and an existing file is
// backed up before anything is written into it.
class Imports final
{
    Q_DECLARE_TR_FUNCTIONS(Imports)

public:
    struct CsvOutcome
    {
        int rows = 0; // records read (header excluded)
        // What the check found, one line per problem ("line 4: email: ...");
        // nothing was backed up or written when there is any.
        QStringList problems;
        bool written = false; // false for a dry run and when there are problems
        std::optional<BackupInfo> backup; // made before writing, when one was due
    };

    // The "import" backup of the database before an import writes into it
    // (rotated to the number of backups the file's profile keeps). A file
    // this run created and that holds no client yet has nothing to lose, so
    // it gets none.
    static Result<std::optional<BackupInfo>> backupBefore(Database &db);

    struct JsonOutcome
    {
        Exchange::ImportSummary summary;
        std::optional<BackupInfo> backup; // made before writing, when one was due
    };

    // A neuvo/2 (or neuvo/1) JSON file: the whole import is tried and rolled back first,
    // so a file that is refused makes no backup (each would push an older
    // one out); then the backup, then the import.
    static Result<JsonOutcome> json(Database &db, const QByteArray &json);
    // The same from a file, read in chunks (Exchange::importJson).
    static Result<JsonOutcome> json(Database &db, QIODevice &device);

    // Check every row, back up, then write all rows in one transaction, or
    // nothing. fields maps the columns as CsvExchange::importMapped does;
    // empty, the header line names them (CsvExchange::import). A dry run
    // stops after the check. Before the backup the write is rehearsed and
    // rolled back, so what only SQLite's constraints refuse makes no backup
    // either. An Error is a failure of the rehearsal, the backup or the
    // write; the database is as it was then too. The dialect says how the
    // file was written (Csv::detect() guesses it).
    static Result<CsvOutcome> csv(Database &db, CsvExchange::Table table, const QByteArray &csv,
                                  const QStringList &fields, bool dryRun, const CsvDialect &dialect = {});
};

} // namespace neuvo
