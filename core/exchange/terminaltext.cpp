#include "terminaltext.h"

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

} // namespace

QString safeForTerminal(QStringView text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (needsEscape(c.unicode()))
            result += u"\\u"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
        else
            result += c;
    }
    return result;
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
