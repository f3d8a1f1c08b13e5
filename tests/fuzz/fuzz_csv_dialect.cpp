// The CSV dialects: guessing one must never crash or hang on any bytes, and
// whatever is read in a dialect must come back unchanged through the writer
// in that dialect (formula-like cells aside) when the encoding can hold it.
#include "core/exchange/csv.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using namespace neuvo;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    // The first byte chooses the dialect, the rest is the file.
    const uint8_t choice = data[0];
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));
    const CsvDialect guessed = Csv::detect(bytes);
    if (guessed.separator != u',' && guessed.separator != u';' && guessed.separator != u'\t')
        std::abort();
    CsvDialect dialect;
    dialect.separator = QChar(u",;\t"[choice % 3]);
    dialect.decimalMark = (choice / 3) % 2 ? u',' : u'.';
    const CsvDialect::Encoding encodings[] = {CsvDialect::Encoding::Utf8, CsvDialect::Encoding::Windows1252,
                                              CsvDialect::Encoding::Windows1251};
    dialect.encoding = encodings[(choice / 6) % 3];
    dialect.byteOrderMark = (choice / 18) % 2;
    for (const QString &amount : {QString::fromLatin1(bytes.left(24)), QString::fromUtf8(bytes.left(24))})
        (void)Csv::plainAmount(amount, dialect);

    const auto records = Csv::parse(bytes, dialect);
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
    const auto written = Csv::write(rows, dialect);
    if (!written)
        return 0; // a character the encoding lacks, named in the error
    const auto again = Csv::parse(*written, dialect);
    if (!again)
        std::abort();
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
