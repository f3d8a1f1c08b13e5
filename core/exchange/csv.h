#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

namespace neuvo {

// One record of a CSV file and the line it starts on (a quoted field may
// span several lines, so records and lines differ).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// RFC 4180 CSV for spreadsheets. Qt has no CSV reader, and the C/C++ ones
// Debian packages (libcsv, 2013; fast-cpp-csv-parser) work on bytes, do not
// validate UTF-8 and do not report the line a record starts on; this one is
// small, strict and fuzzed (tests/fuzz/fuzz_csv.cpp).
class Csv final
{
    Q_DECLARE_TR_FUNCTIONS(Csv)

public:
    // Comma-separated; fields may be "quoted", with "" for a quote inside
    // and line breaks inside; records end with CR LF, LF or a lone CR; a
    // UTF-8 byte order mark is skipped; blank lines are skipped. The bytes
    // must be valid UTF-8. Errors name the line: "line 7: ...".
    static Result<QList<CsvRecord>> parse(const QByteArray &data);

    // CR LF line ends and a UTF-8 byte order mark (without it spreadsheet
    // programs guess the encoding and garble "Häkkinen" and Cyrillic).
    // Every cell goes through neutralizeFormula() and is quoted when needed.
    static QByteArray write(const QList<QStringList> &rows);

    // A cell starting with = + - @ or a tab or CR would be run as a formula
    // by a spreadsheet ("=HYPERLINK(...)" typed into a client's notes); a
    // leading single quote makes it plain text. Phone numbers and signed
    // numbers ("+358 40 123", "-12.50") are left as they are: without letters
    // or other operators they cannot call anything.
    static QString neutralizeFormula(const QString &cell);
    // The reverse on import: a cell that neutralizeFormula() would have
    // produced ("'=SUM(A1)", "'@x") loses its leading quote, so a file
    // Neuvo exported comes back as it was. A quote typed before such text
    // on purpose is lost the same way; any other leading quote stays.
    static QString restoreFormula(const QString &cell);
};

} // namespace neuvo
