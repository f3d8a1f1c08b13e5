#pragma once

#include "core/storage/database.h"
#include "core/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QIODevice>

namespace neuvo {

// The "neuvo/2" JSON exchange format (docs/exchange-format.md): the profile
// and every record, money as decimal strings beside a currency, dates as ISO
// 8601. The readable backup, the way to move data between machines, and the
// way tests describe scenarios. Files of the earlier "neuvo/1" (without tax
// settings, billing details, invoices and revision kinds) still import.
class Exchange final
{
    Q_DECLARE_TR_FUNCTIONS(Exchange)

public:
    static constexpr const char *FormatId = "neuvo/2";
    // The earlier format, still read: the same document, except that a
    // revision's kind "fix" (a round or the freelancer's error, then one
    // kind) is read as "round", as it counted.
    static constexpr const char *PreviousFormatId = "neuvo/1";

    struct ImportSummary
    {
        int clients = 0;
        int projects = 0;
        int interactions = 0;
        int promises = 0;
        int observations = 0;
        int invoices = 0;
        bool profileApplied = false;
    };

    // The whole database as an indented JSON document.
    static Result<QByteArray> exportJson(Database &db);

    // Validates the whole document first; any error names the JSON path and
    // the problem (`projects[3].stages[1].amount: "12,5x" is not a decimal
    // amount`) and then nothing at all is written. Unknown keys are errors.
    // Into an empty database the file's ids are kept (so export → import →
    // export is identical) and its profile replaces the default one; into a
    // database that has records, the records get new ids and the existing
    // profile is kept.
    static Result<ImportSummary> importJson(Database &db, const QByteArray &json);
    // The same from a file (or any device that can seek), read in chunks:
    // memory does not grow with the document.
    static Result<ImportSummary> importJson(Database &db, QIODevice &device);
};

} // namespace neuvo
