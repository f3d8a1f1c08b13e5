#include "csv.h"

#include <QRegularExpression>
#include <QStringDecoder>
#include <QStringEncoder>

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

QString encodingName(CsvDialect::Encoding encoding)
{
    switch (encoding) {
    case CsvDialect::Encoding::Utf8: return u"UTF-8"_s;
    case CsvDialect::Encoding::Windows1252: return u"Windows-1252"_s;
    case CsvDialect::Encoding::Windows1251: return u"Windows-1251"_s;
    }
    return {};
}

bool isValidUtf8(QByteArrayView data)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder(data);
    Q_UNUSED(text);
    return !decoder.hasError();
}

// The first line outside quotes, for guessing the separator.
QString firstLine(const QString &text)
{
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            return text.left(i);
    }
    return text;
}

int countOutsideQuotes(const QString &line, QChar separator)
{
    int count = 0;
    bool quoted = false;
    for (const QChar c : line) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && c == separator)
            ++count;
    }
    return count;
}

const QString kGroupSpaces = u" \u00a0\u202f\u2009"_s;

} // namespace

CsvDialect CsvDialect::forLocale(const QLocale &locale)
{
    CsvDialect dialect;
    if (locale.decimalPoint() == u","_s) {
        dialect.decimalMark = u',';
        dialect.separator = u';';
    }
    return dialect;
}

QString CsvDialect::encodingId(Encoding encoding)
{
    return encodingName(encoding).toLower();
}

std::optional<CsvDialect::Encoding> CsvDialect::encodingFromId(const QString &id)
{
    const QString wanted = id.trimmed().toLower();
    for (const Encoding e : {Encoding::Utf8, Encoding::Windows1252, Encoding::Windows1251}) {
        if (wanted == encodingId(e))
            return e;
    }
    if (wanted == u"utf8"_s)
        return Encoding::Utf8;
    if (wanted == u"cp1252"_s)
        return Encoding::Windows1252;
    if (wanted == u"cp1251"_s)
        return Encoding::Windows1251;
    return std::nullopt;
}

QString CsvDialect::separatorId(QChar separator)
{
    if (separator == u';')
        return u"semicolon"_s;
    if (separator == u'\t')
        return u"tab"_s;
    return u"comma"_s;
}

std::optional<QChar> CsvDialect::separatorFromId(const QString &id)
{
    if (id == u"comma"_s || id == u","_s)
        return u',';
    if (id == u"semicolon"_s || id == u";"_s)
        return u';';
    if (id == u"tab"_s || id == u"\t"_s)
        return u'\t';
    return std::nullopt;
}

Result<QString> Csv::decode(const QByteArray &bytes, CsvDialect::Encoding encoding)
{
    QByteArrayView data(bytes);
    if (encoding != CsvDialect::Encoding::Utf8) {
        // Qt decodes the Windows code pages through ICU, which Debian's Qt is
        // built with; a build without it cannot read them and says so.
        QStringDecoder decoder(encodingName(encoding).toLatin1().constData(), QStringDecoder::Flag::Stateless);
        if (!decoder.isValid())
            return fail(tr("This build of Qt cannot read %1 text. Save the file as \"CSV UTF-8\" and try again.")
                            .arg(encodingName(encoding)));
        return QString(decoder(data));
    }
    if (data.startsWith("\xEF\xBB\xBF"))
        data = data.sliced(3);
    // ConvertInitialBom: the decoder would otherwise drop a U+FEFF that
    // starts the first field as if it were a second byte order mark (found
    // by fuzz_csv).
    QStringDecoder decoder(QStringDecoder::Utf8,
                           QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom);
    const QString text = decoder(data);
    if (decoder.hasError()) {
        return fail(tr("line %1: the text is not valid UTF-8. Save the file as \"CSV UTF-8\", or choose its "
                       "encoding (Windows-1252 or Windows-1251), and try again.")
                        .arg(firstInvalidUtf8Line(data.toByteArray())));
    }
    return text;
}

CsvDialect Csv::detect(const QByteArray &data)
{
    CsvDialect dialect;
    if (!data.startsWith("\xEF\xBB\xBF") && !isValidUtf8(data)) {
        // Cyrillic words are runs of bytes from 0xC0 up in Windows-1251;
        // Western text has such a byte alone between ASCII letters (ä, ö).
        int inRuns = 0;
        int alone = 0;
        for (qsizetype i = 0; i < data.size(); ++i) {
            if (quint8(data.at(i)) < 0xC0)
                continue;
            const bool before = i > 0 && quint8(data.at(i - 1)) >= 0xC0;
            const bool after = i + 1 < data.size() && quint8(data.at(i + 1)) >= 0xC0;
            if (before || after)
                ++inRuns;
            else
                ++alone;
        }
        dialect.encoding = inRuns > alone ? CsvDialect::Encoding::Windows1251 : CsvDialect::Encoding::Windows1252;
    }
    const auto text = decode(data, dialect.encoding);
    if (!text)
        return dialect;

    const QString header = firstLine(*text);
    int best = 0;
    for (const QChar candidate : {u',', u';', u'\t'}) {
        if (const int count = countOutsideQuotes(header, candidate); count > best) {
            best = count;
            dialect.separator = candidate;
        }
    }

    if (dialect.separator == u',') {
        dialect.decimalMark = u'.';
        return dialect;
    }
    // An amount in the first rows decides; without one, Excel writes ";"
    // where the decimal mark is a comma.
    dialect.decimalMark = dialect.separator == u';' ? u',' : u'.';
    static const QRegularExpression commaAmount(u"^-?[0-9][0-9 \u00a0\u202f.]*,[0-9]{1,2}$"_s);
    static const QRegularExpression pointAmount(u"^-?[0-9][0-9 \u00a0\u202f,]*\\.[0-9]{1,2}$"_s);
    auto records = parse(data, dialect);
    if (!records)
        return dialect;
    for (qsizetype r = 1; r < records->size() && r <= 50; ++r) {
        for (const QString &raw : records->at(r).fields) {
            const QString field = raw.trimmed();
            if (commaAmount.match(field).hasMatch()) {
                dialect.decimalMark = u',';
                return dialect;
            }
            if (pointAmount.match(field).hasMatch()) {
                dialect.decimalMark = u'.';
                return dialect;
            }
        }
    }
    return dialect;
}

QString Csv::amountText(const QString &plainDecimal, const CsvDialect &dialect)
{
    if (dialect.decimalMark == u'.')
        return plainDecimal;
    return QString(plainDecimal).replace(u'.', dialect.decimalMark);
}

QString Csv::plainAmount(const QString &raw, const CsvDialect &dialect)
{
    QString text = raw.trimmed();
    const QChar group = dialect.decimalMark == u',' ? u'.' : u',';
    QString sign;
    if (text.startsWith(u'-') || text.startsWith(u'+')) {
        sign = text.front();
        text.remove(0, 1);
    }
    const qsizetype mark = text.lastIndexOf(dialect.decimalMark);
    QString whole = mark >= 0 ? text.left(mark) : text;
    const QString fraction = mark >= 0 ? text.mid(mark + 1) : QString();
    // Group separators count only between groups of three digits.
    static const QRegularExpression grouped(u"^[0-9]{1,3}(?:[ \u00a0\u202f\u2009.,][0-9]{3})+$"_s);
    if (grouped.match(whole).hasMatch()) {
        const QChar used = whole.at(whole.indexOf(QRegularExpression(u"[^0-9]"_s)));
        if (used == group || kGroupSpaces.contains(used)) {
            bool consistent = true;
            for (const QChar c : std::as_const(whole)) {
                if (!c.isDigit() && c != used)
                    consistent = false;
            }
            if (consistent)
                whole.remove(used);
        }
    }
    return sign + whole + (mark >= 0 ? u"."_s + fraction : QString());
}

Result<QList<CsvRecord>> Csv::parse(const QByteArray &bytes, const CsvDialect &dialect)
{
    const auto decoded = decode(bytes, dialect.encoding);
    if (!decoded)
        return Error{decoded.error()};
    const QString &text = *decoded;
    const QChar separator = dialect.separator;

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
        if (c == separator) {
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
    static const QRegularExpression numberLike(u"^[+-][0-9][0-9 ().,-]*$"_s);
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
    // UTF-8 can write every character.
    return *write(rows, CsvDialect());
}

Result<QByteArray> Csv::write(const QList<QStringList> &rows, const CsvDialect &dialect)
{
    const QChar separator = dialect.separator;
    const bool utf8 = dialect.encoding == CsvDialect::Encoding::Utf8;
    std::optional<QStringEncoder> encoder;
    if (!utf8) {
        encoder.emplace(encodingName(dialect.encoding).toLatin1().constData(), QStringEncoder::Flag::Stateless);
        if (!encoder->isValid())
            return fail(tr("This build of Qt cannot write %1 text; choose UTF-8.").arg(encodingName(dialect.encoding)));
    }
    QByteArray out;
    if (utf8 && dialect.byteOrderMark)
        out += QByteArrayLiteral("\xEF\xBB\xBF");
    for (qsizetype r = 0; r < rows.size(); ++r) {
        QStringList cells;
        for (qsizetype c = 0; c < rows.at(r).size(); ++c) {
            const QString cell = neutralizeFormula(rows.at(r).at(c));
            const bool needsQuotes = cell.contains(separator) || cell.contains(u'"') || cell.contains(u'\n')
                                     || cell.contains(u'\r') || cell.startsWith(u' ') || cell.endsWith(u' ');
            const QString written = needsQuotes ? u'"' + QString(cell).replace(u'"', u"\"\""_s) + u'"' : cell;
            if (encoder) {
                // ICU writes a substitute for a missing character; decoding
                // back shows whether every character survived.
                const QByteArray bytes = (*encoder)(written);
                QStringDecoder back(encodingName(dialect.encoding).toLatin1().constData());
                if (encoder->hasError() || QString(back(bytes)) != written)
                    return fail(tr("line %1, column %2: \"%3\" cannot be written in %4; choose UTF-8.")
                                    .arg(r + 1)
                                    .arg(c + 1)
                                    .arg(rows.at(r).at(c), encodingName(dialect.encoding)));
            }
            cells << written;
        }
        const QString line = cells.join(separator) + u"\r\n"_s;
        out += encoder ? QByteArray((*encoder)(line)) : line.toUtf8();
    }
    // A first cell starting with U+FEFF would be taken for the mark and
    // dropped by a reader: then the mark goes first after all.
    if (utf8 && !dialect.byteOrderMark && out.startsWith("\xEF\xBB\xBF"))
        out.prepend("\xEF\xBB\xBF");
    return out;
}

} // namespace neuvo
