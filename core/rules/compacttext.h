#pragma once

#include <QAtomicInt>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <utility>

namespace neuvo {

// A text that is kept for long and read seldom, held as UTF-8 in a block of
// its exact size. Findings' evidence is such a text: tens of thousands of
// sentences live as long as the report, and each is read only when a
// person looks at it. In UTF-8 a sentence of Latin letters takes half of
// what it takes in a QString (Cyrillic takes the same), and a QString built
// with arg() or += often keeps unused room besides.
//
// toString() gives back exactly the text it was made from, as long as that
// was valid Unicode (a lone surrogate becomes U+FFFD; text read from the
// database or made by tr() has none). Copies share the block, as QString's
// do. Equality and order are QString's (UTF-16 code units), so a list
// sorted by it is in the order it had as QStrings.
//
// Written by hand rather than kept in a QByteArray: a QByteArray is three
// pointers where it is kept (a finding, a risk's reasons) and its block has
// a 16-byte header and a terminating zero; this is one pointer, and its
// block a reference count and a size. At 10 000 clients (69 000 findings)
// that is about 2 MB of the window's peak.
class CompactText final
{
public:
    CompactText() = default;
    // Implicit: wherever a CompactText is kept, a QString can be given.
    CompactText(QStringView text);
    CompactText(const QString &text) : CompactText(QStringView(text)) {}
    CompactText(const CompactText &other) noexcept : m_block(other.m_block)
    {
        if (m_block)
            m_block->ref.ref();
    }
    CompactText(CompactText &&other) noexcept : m_block(std::exchange(other.m_block, nullptr)) {}
    CompactText &operator=(const CompactText &other) noexcept
    {
        CompactText(other).swap(*this);
        return *this;
    }
    CompactText &operator=(CompactText &&other) noexcept
    {
        CompactText(std::move(other)).swap(*this);
        return *this;
    }
    ~CompactText() { release(); }
    void swap(CompactText &other) noexcept { std::swap(m_block, other.m_block); }

    QString toString() const { return QString::fromUtf8(utf8()); }
    QByteArrayView utf8() const
    {
        return m_block ? QByteArrayView(m_block->bytes(), m_block->size) : QByteArrayView();
    }
    bool isEmpty() const { return !m_block; }

    friend bool operator==(const CompactText &a, const CompactText &b) noexcept
    {
        return a.m_block == b.m_block || a.utf8() == b.utf8();
    }
    friend bool operator!=(const CompactText &a, const CompactText &b) noexcept { return !(a == b); }
    friend bool operator<(const CompactText &a, const CompactText &b);

private:
    // The bytes follow the header in the same allocation; an empty text
    // has no block.
    struct Block
    {
        QAtomicInt ref;
        quint32 size;
        const char *bytes() const { return reinterpret_cast<const char *>(this + 1); }
        char *bytes() { return reinterpret_cast<char *>(this + 1); }
    };
    static_assert(sizeof(Block) == 8);
    void release() noexcept;

    Block *m_block = nullptr;
};

// The texts of a list of compact texts, in order.
QStringList toStringList(const QList<CompactText> &texts);

} // namespace neuvo

Q_DECLARE_TYPEINFO(neuvo::CompactText, Q_RELOCATABLE_TYPE);
