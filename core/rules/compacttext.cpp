#include "compacttext.h"

#include <QStringEncoder>
#include <QVarLengthArray>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <limits>
#include <new>

namespace neuvo {

CompactText::CompactText(QStringView text)
{
    if (text.isEmpty())
        return;
    // QString::toUtf8() allocates room for the worst case (three bytes a
    // character) and keeps it; encoding into a scratch buffer first makes
    // the kept block exactly the size of the text.
    QVarLengthArray<char, 1024> buffer(3 * text.size());
    QStringEncoder toUtf8(QStringEncoder::Utf8, QStringEncoder::Flag::Stateless);
    const char *end = toUtf8.appendToBuffer(buffer.data(), text);
    const qsizetype size = end - buffer.constData();
    if (size <= 0)
        return;
    if (size > qsizetype(std::numeric_limits<quint32>::max()))
        qFatal("CompactText: a text of more than 4 GB");
    void *memory = std::malloc(sizeof(Block) + size_t(size));
    if (!memory)
        throw std::bad_alloc();
    m_block = new (memory) Block{QAtomicInt(1), quint32(size)};
    std::memcpy(m_block->bytes(), buffer.constData(), size_t(size));
}

void CompactText::release() noexcept
{
    if (m_block && !m_block->ref.deref()) {
        m_block->~Block();
        std::free(m_block);
    }
    m_block = nullptr;
}

bool operator<(const CompactText &a, const CompactText &b)
{
    // UTF-8's bytes sort by code point, QString by UTF-16 code unit: the
    // two orders differ where a character above U+FFFF (a surrogate pair)
    // meets one from U+E000 to U+FFFF. So the texts are compared as
    // QStrings from the first character in which they differ; up to it they
    // are equal either way.
    const QByteArrayView x = a.utf8();
    const QByteArrayView y = b.utf8();
    const auto [xi, yi] = std::mismatch(x.begin(), x.end(), y.begin(), y.end());
    if (yi == y.end())
        return false; // equal, or b is a prefix of a
    if (xi == x.end())
        return true; // a is a proper prefix of b
    qsizetype at = xi - x.begin();
    while (at > 0 && (uchar(x[at]) & 0xC0) == 0x80) // a continuation byte
        --at;
    return QString::fromUtf8(x.sliced(at)) < QString::fromUtf8(y.sliced(at));
}

QStringList toStringList(const QList<CompactText> &texts)
{
    QStringList out;
    out.reserve(texts.size());
    for (const CompactText &text : texts)
        out << text.toString();
    return out;
}

} // namespace neuvo
