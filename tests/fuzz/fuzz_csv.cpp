// The CSV reader must never crash or hang on any bytes, and whatever it reads
// must come back unchanged through the writer (formula-like cells aside).
#include "core/exchange/csv.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace neuvo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto records = Csv::parse(bytes);
    if (!records)
        return 0;
    QList<QStringList> rows;
    for (const CsvRecord &r : *records) {
        if (r.line < 1)
            std::abort();
        QStringList fields;
        for (const QString &f : r.fields)
            fields << Csv::neutralizeFormula(f);
        rows << fields;
    }
    const auto again = Csv::parse(Csv::write(rows));
    if (!again)
        std::abort();
    // Blank records are skipped, so compare only the non-blank ones.
    qsizetype i = 0;
    for (const QStringList &row : rows) {
        if (row.size() == 1 && row.first().isEmpty())
            continue;
        if (i >= again->size() || again->at(i).fields != row)
            std::abort();
        ++i;
    }
    return 0;
}
