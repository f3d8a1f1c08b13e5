#pragma once

#include "facts.h"

#include "core/domain/enumids.h"
#include "core/domain/result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>

#include <iterator>
#include <memory>

namespace neuvo {

// How Facts::load() reads the large tables: one SELECT at a time, row by
// row, column by column. Internal to neuvo_rules.
//
// Two readers, chosen once per connection by readerFor() from the driver's
// name:
// - Portable: QSqlQuery, for every Qt driver (PostgreSQL too). Qt's driver
//   keeps each row as QVariants and SQLite converts every text column to
//   UTF-16 for it. On PostgreSQL, Qt 6.4's driver reads a forward-only
//   query in libpq's single-row mode (PQsetSingleRowMode): one row is in
//   memory at a time however large the table, at the cost of a result
//   object per row (docs/performance.md, "On a PostgreSQL server").
// - SqliteApi: SQLite's own statement API on the connection's handle
//   (QSqlDriver::handle()), in the same transaction. Text stays UTF-8 until
//   a QString is wanted, dates are read from their bytes and enumeration
//   ids are compared as bytes; on a large file this is what brings loading
//   the facts near the cost of SQLite reading the rows. Debian's Qt SQLite
//   driver uses the system libsqlite3, which neuvo_rules links as well.
// Both give the same values (tst_reevaluation loads every fact with each
// and compares).
class FactsRows
{
public:
    enum class Reader { Portable, SqliteApi };

    // SqliteApi for a QSQLITE connection whose handle is an sqlite3*, else
    // Portable.
    static Reader readerFor(const QSqlDatabase &db);
    // The rows of sql (no bound values) through the given reader; SqliteApi
    // on a connection that has no SQLite handle is an error.
    static Result<std::unique_ptr<FactsRows>> select(const QSqlDatabase &db, const QString &sql, Reader reader);

    virtual ~FactsRows() = default;

    // The next row; false at the end or on an error (see status()).
    virtual bool next() = 0;
    // After next() returned false: whether all rows were read.
    virtual Result<void> status() const = 0;

    virtual bool isNull(int column) const = 0;
    virtual qint64 integer(int column) const = 0;
    virtual QString text(int column) const = 0;
    // As dateFromSql() and timestampFromSql() read them.
    virtual QDate date(int column) const = 0;
    virtual QDateTime timestamp(int column) const = 0;

    // The enumeration value whose id the column holds, else fallback.
    template<typename E>
    E enumeration(int column, E fallback) const
    {
        constexpr auto &entries = EnumTraits<E>::entries;
        const char *ids[std::size(entries)];
        for (std::size_t i = 0; i < std::size(entries); ++i)
            ids[i] = entries[i].id;
        const int found = indexOfText(column, ids, int(std::size(entries)));
        return found >= 0 ? entries[found].value : fallback;
    }

protected:
    // Which of the ASCII ids the column's text is, or -1.
    virtual int indexOfText(int column, const char *const *ids, int count) const = 0;
};

// Facts::load() through the given reader (load() takes readerFor() of the
// connection); the tests compare the two.
Result<Facts> loadFacts(Database &db, FactsRows::Reader reader);

} // namespace neuvo
