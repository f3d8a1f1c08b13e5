#pragma once

#include "result.h"

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
    static Result<ImportSummary> import(Database &db, Table table, const QByteArray &csv, bool dryRun);
    static Result<QByteArray> exportTable(Database &db, Table table);

    static QStringList columns(Table table);
};

} // namespace neuvo
