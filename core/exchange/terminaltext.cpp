#include "terminaltext.h"

#include <QStringDecoder>
#include <QStringEncoder>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

bool needsEscape(char16_t c)
{
    if (c == u'\n' || c == u'\t')
        return false;
    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
        return true;
    // Bidirectional embeddings, overrides and isolates: they make a terminal
    // show text in another order than it is stored.
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

enum class LineEnds { Escape, KeepCrLf };

QString escaped(QStringView text, LineEnds lineEnds)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool lineEnd = lineEnds == LineEnds::KeepCrLf && c == u'\r' && i + 1 < text.size()
                             && text.at(i + 1) == u'\n';
        if (!lineEnd && needsEscape(c.unicode()))
            result += u"\\u"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
        else
            result += c;
    }
    return result;
}

} // namespace

QString safeForTerminal(QStringView text)
{
    return escaped(text, LineEnds::Escape);
}

QByteArray safeDataForTerminal(QByteArrayView data, const QString &encoding)
{
    // A byte order mark is no control character: it is kept as a
    // character and goes back as it came.
    constexpr auto flags = QStringConverter::Flag::ConvertInitialBom;
    const QByteArray name = encoding.toLatin1();
    QStringDecoder decoder(name.constData(), flags);
    QStringEncoder encoder(name.constData(), flags);
    if (!decoder.isValid() || !encoder.isValid()) {
        decoder = QStringDecoder(QStringDecoder::Utf8, flags);
        encoder = QStringEncoder(QStringEncoder::Utf8, flags);
    }
    const QString text = decoder.decode(data);
    return encoder.encode(escaped(text, LineEnds::KeepCrLf));
}

TerminalSafeDevice::TerminalSafeDevice(QIODevice &target, QObject *parent)
    : QIODevice(parent)
    , m_target(target)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

qint64 TerminalSafeDevice::readData(char *, qint64)
{
    return -1;
}

qint64 TerminalSafeDevice::writeData(const char *data, qint64 size)
{
    // The stateful decoder keeps an incomplete UTF-8 sequence for the next
    // write; invalid bytes become U+FFFD.
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray safe = safeForTerminal(text).toUtf8();
    if (m_target.write(safe) != safe.size())
        return -1;
    return size;
}

} // namespace neuvo
