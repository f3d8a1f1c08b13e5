#pragma once

#include "csv.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace neuvo {

class Database;

// Clients and projects to and from spreadsheets (`neuvo-cli import-csv`,
// `export-csv`). Columns are matched by their header, using the same ids as
// the database and the JSON exchange ("name", "preferred_channel",
// "base_price"; case and spaces do not matter). An import checks every row
// first and reports every bad one with its line and column; then it writes
// all rows in one transaction, or nothing.
class CsvExchange final
{
    Q_DECLARE_TR_FUNCTIONS(CsvExchange)

public:
    enum class Table { Clients, Projects, Stages };

    struct ImportSummary
    {
        int rows = 0;    // records read (header excluded)
        bool written = false; // false for a dry run
    };

    // A failure message is one line per problem: "line 4: email: ...".
    // The dialect says how the file was written (Csv::detect() guesses it);
    // amounts are read with its decimal mark.
    static Result<ImportSummary> import(Database &db, Table table, const QByteArray &csv, bool dryRun,
                                        const CsvDialect &dialect = {});
    // The same with the columns mapped by the caller (the GUI's column
    // mapping) instead of by the header: fields[i] is the field column i goes
    // into, empty to skip it. The first line is still the header and is not
    // imported.
    static Result<ImportSummary> importMapped(Database &db, Table table, const QByteArray &csv,
                                              const QStringList &fields, bool dryRun,
                                              const CsvDialect &dialect = {});
    // Amounts with the dialect's decimal mark; an error names a text the
    // dialect's encoding cannot hold.
    static Result<QByteArray> exportTable(Database &db, Table table, const CsvDialect &dialect = {});

    static QStringList columns(Table table);
    // The columns an import reads (columns() without id and total).
    static QStringList importFields(Table table);
    // The field a header suggests ("E-Mail" -> "email", "Timezone" ->
    // "time_zone"), or empty.
    static QString fieldForHeader(Table table, const QString &header);

private:
    // header[i] is the field of column i (empty: skipped); records include
    // the header line.
    static Result<ImportSummary> importRecords(Database &db, Table table, const QList<CsvRecord> &records,
                                               const QStringList &header, bool dryRun, const CsvDialect &dialect);
};

} // namespace neuvo
