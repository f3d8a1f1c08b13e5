#include "csv.h"

#include <QRegularExpression>
#include <QStringDecoder>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

// The 1-based line of the first invalid UTF-8 sequence, or 0 when valid.
int firstInvalidUtf8Line(const QByteArray &data)
{
    int line = 1;
    qsizetype start = 0;
    while (start <= data.size()) {
        qsizetype end = data.indexOf('\n', start);
        if (end < 0)
            end = data.size();
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString text = decoder(QByteArrayView(data).sliced(start, end - start));
        Q_UNUSED(text);
        if (decoder.hasError())
            return line;
        ++line;
        start = end + 1;
    }
    return 0;
}

} // namespace

Result<QList<CsvRecord>> Csv::parse(const QByteArray &bytes)
{
    QByteArrayView data(bytes);
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    // ConvertInitialBom: the decoder would otherwise drop a U+FEFF that
    // starts the first field as if it were a second byte order mark (found
    // by fuzz_csv).
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder(data);
    if (decoder.hasError()) {
        return fail(tr("line %1: the text is not valid UTF-8. Save the file as \"CSV UTF-8\" and try again.")
                        .arg(firstInvalidUtf8Line(data.toByteArray())));
    }

    QList<CsvRecord> records;
    CsvRecord record;
    QString field;
    int line = 1;
    int recordLine = 1;
    bool quoted = false;     // inside a quoted field
    bool afterQuote = false; // a quoted field just closed
    bool fieldStarted = false;

    const auto endField = [&] {
        record.fields << field;
        field.clear();
        afterQuote = false;
        fieldStarted = false;
    };
    const auto endRecord = [&] {
        endField();
        // A blank line is one empty field: skip it rather than make a row.
        if (!(record.fields.size() == 1 && record.fields.first().isEmpty())) {
            record.line = recordLine;
            records << record;
        }
        record = CsvRecord();
    };

    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                if (c == u'\n' || (c == u'\r' && !(i + 1 < n && text.at(i + 1) == u'\n')))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u',') {
            endField();
            continue;
        }
        if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
            continue;
        }
        if (afterQuote)
            return fail(tr("line %1: unexpected text after a closing quote; a quote inside a quoted field is "
                           "written as two quotes (\"\").")
                            .arg(line));
        if (c == u'"') {
            if (fieldStarted)
                return fail(tr("line %1: a quote inside an unquoted field; put the whole field in quotes and "
                               "write the quote twice (\"\").")
                                .arg(line));
            quoted = true;
            fieldStarted = true;
            continue;
        }
        field += c;
        fieldStarted = true;
    }
    if (quoted)
        return fail(tr("line %1: the quoted field that starts here is never closed.").arg(recordLine));
    if (fieldStarted || afterQuote || !record.fields.isEmpty())
        endRecord();
    return records;
}

QString Csv::neutralizeFormula(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.front();
    if (first != u'=' && first != u'+' && first != u'-' && first != u'@' && first != u'\t' && first != u'\r')
        return cell;
    // A phone number ("+358 40 123 4567") or a plain signed number calls no
    // function, whatever a spreadsheet makes of it; keeping it readable is
    // worth more than the quote.
    static const QRegularExpression numberLike(u"^[+-][0-9][0-9 ().-]*$"_s);
    if (numberLike.match(cell).hasMatch())
        return cell;
    return u'\'' + cell;
}

QString Csv::restoreFormula(const QString &cell)
{
    if (cell.size() < 2 || cell.front() != u'\'')
        return cell;
    const QString rest = cell.mid(1);
    return neutralizeFormula(rest) == cell ? rest : cell;
}

QByteArray Csv::write(const QList<QStringList> &rows)
{
    QString out;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &raw : row) {
            const QString cell = neutralizeFormula(raw);
            const bool needsQuotes = cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n')
                                     || cell.contains(u'\r') || cell.startsWith(u' ') || cell.endsWith(u' ');
            if (needsQuotes)
                cells << u'"' + QString(cell).replace(u'"', u"\"\""_s) + u'"';
            else
                cells << cell;
        }
        out += cells.join(u',') + u"\r\n"_s;
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + out.toUtf8();
}

} // namespace neuvo
