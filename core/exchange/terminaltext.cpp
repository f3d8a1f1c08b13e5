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

// Bytes of valid UTF-8 that stand for a character needsEscape() escapes:
// C0 controls but tab and line feed, DEL, C1 (U+0080..U+009F, C2 80..C2 9F)
// and the bidirectional controls (U+202A..U+202E: E2 80 AA..AE; U+2066..
// U+2069: E2 81 A6..A9). Only meaningful for text already known to be valid.
bool validUtf8NeedsEscape(QByteArrayView bytes)
{
    const auto *p = reinterpret_cast<const uchar *>(bytes.data());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n; ++i) {
        const uchar c = p[i];
        if (c < 0x80) {
            if ((c < 0x20 && c != '\n' && c != '\t') || c == 0x7f)
                return true;
        } else if (c == 0xc2) {
            if (i + 1 < n && p[i + 1] <= 0x9f)
                return true;
        } else if (c == 0xe2 && i + 2 < n) {
            if ((p[i + 1] == 0x80 && p[i + 2] >= 0xaa && p[i + 2] <= 0xae)
                || (p[i + 1] == 0x81 && p[i + 2] >= 0xa6 && p[i + 2] <= 0xa9))
                return true;
        }
    }
    return false;
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
    // Most output (a whole JSON report) is valid UTF-8 with nothing to
    // escape: it goes through as it is, without decoding and encoding it
    // again. Only while the decoder holds nothing back, so a character split
    // across two writes is still put together below.
    const QByteArrayView bytes(data, size);
    // A byte order mark at the very start is the decoder's to drop.
    const bool leadingBom = !m_decoderStarted && bytes.startsWith("\xef\xbb\xbf");
    if (m_decoderIdle && !leadingBom && bytes.isValidUtf8() && !validUtf8NeedsEscape(bytes)) {
        if (!m_decoderStarted) {
            // Past the start for the decoder too: a mark in a later write
            // is text, as it would have been.
            (void)m_decoder.decode(QByteArrayView("\n"));
            m_decoderStarted = true;
        }
        if (m_target.write(data, size) != size)
            return -1;
        return size;
    }
    m_decoderStarted = true;
    // The stateful decoder keeps an incomplete UTF-8 sequence for the next
    // write; invalid bytes become U+FFFD.
    const QString text = m_decoder.decode(QByteArrayView(data, size));
    const QByteArray safe = safeForTerminal(text).toUtf8();
    if (m_target.write(safe) != safe.size())
        return -1;
    // Idle when these bytes ended on a whole character: valid UTF-8 whose
    // last lead byte has all its continuation bytes. Unsure means not idle.
    m_decoderIdle = false;
    for (qint64 back = 1; back <= 4 && back <= size; ++back) {
        const auto c = uchar(data[size - back]);
        if ((c & 0xc0) == 0x80)
            continue;
        const int length = c < 0x80 ? 1 : c >= 0xf0 ? 4 : c >= 0xe0 ? 3 : c >= 0xc0 ? 2 : 0;
        m_decoderIdle = length == back && QByteArrayView(data + size - back, back).isValidUtf8();
        break;
    }
    return size;
}

} // namespace neuvo
