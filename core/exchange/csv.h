#pragma once

#include "core/domain/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QStringList>

#include <optional>

namespace neuvo {

// How a spreadsheet program wrote a CSV file. Excel and LibreOffice in
// Finland or Russia write ";" between fields, a decimal comma ("1 234,50")
// and, from "CSV" rather than "CSV UTF-8", Windows-1252 or Windows-1251.
struct CsvDialect
{
    enum class Encoding { Utf8, Windows1252, Windows1251 };

    QChar separator = u',';   // ',' ';' or '\t'
    QChar decimalMark = u'.'; // '.' or ','
    Encoding encoding = Encoding::Utf8;
    // Written before UTF-8 text (a reader skips it either way): without it
    // spreadsheet programs guess the encoding and garble "Häkkinen".
    bool byteOrderMark = true;

    // The dialect a spreadsheet in this locale expects: ";" and a decimal
    // comma where the locale writes one, UTF-8 with a byte order mark.
    static CsvDialect forLocale(const QLocale &locale);

    // "utf-8", "windows-1252", "windows-1251": for neuvo-cli and QStringDecoder.
    static QString encodingId(Encoding encoding);
    static std::optional<Encoding> encodingFromId(const QString &id);
    // "comma", "semicolon", "tab" for neuvo-cli; also takes the character.
    static QString separatorId(QChar separator);
    static std::optional<QChar> separatorFromId(const QString &id);

    friend bool operator==(const CsvDialect &, const CsvDialect &) = default;
};

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
    // Fields separated by the dialect's separator (a comma by default) may be
    // "quoted", with "" for a quote inside and line breaks inside; records
    // end with CR LF, LF or a lone CR; a UTF-8 byte order mark is skipped;
    // blank lines are skipped. UTF-8 must be valid. Errors name the line:
    // "line 7: ...". (The decimal mark is for the caller's amounts.)
    static Result<QList<CsvRecord>> parse(const QByteArray &data, const CsvDialect &dialect = {});

    // Guesses how the file was written: UTF-8 when it has a byte order mark
    // or is valid UTF-8, else Windows-1251 when its non-ASCII letters come in
    // runs (Cyrillic words), else Windows-1252 (Western letters such as ä
    // among ASCII ones); the separator the header line uses most; a decimal
    // comma when amounts are written with one (and by default after ";").
    static CsvDialect detect(const QByteArray &data);

    // The text of data in the encoding; a UTF-8 byte order mark is dropped.
    // Errors name the line of the first invalid UTF-8 sequence.
    static Result<QString> decode(const QByteArray &data, CsvDialect::Encoding encoding);

    // CR LF line ends and a UTF-8 byte order mark (without it spreadsheet
    // programs guess the encoding and garble "Häkkinen" and Cyrillic).
    // Every cell goes through neutralizeFormula() and is quoted when needed.
    static QByteArray write(const QList<QStringList> &rows);
    // The same in a dialect. A character the encoding lacks ("Дмитрий" in
    // Windows-1252) is an error naming its line and column rather than a "?".
    static Result<QByteArray> write(const QList<QStringList> &rows, const CsvDialect &dialect);

    // An amount as the dialect writes it ("1234.50" -> "1234,50"), and back:
    // the number Money::parseDecimal reads from what a spreadsheet wrote,
    // with group separators (spaces, or "." / "," opposite the decimal mark)
    // taken out only where they separate groups of three digits, so "1,5"
    // in a decimal-point file is not read as 15.
    static QString amountText(const QString &plainDecimal, const CsvDialect &dialect);
    static QString plainAmount(const QString &text, const CsvDialect &dialect);

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
