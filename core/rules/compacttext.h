#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

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
class CompactText final
{
public:
    CompactText() = default;
    // Implicit: wherever a CompactText is kept, a QString can be given.
    CompactText(QStringView text);
    CompactText(const QString &text) : CompactText(QStringView(text)) {}

    QString toString() const { return QString::fromUtf8(m_utf8); }
    QByteArrayView utf8() const { return m_utf8; }
    bool isEmpty() const { return m_utf8.isEmpty(); }

    friend bool operator==(const CompactText &a, const CompactText &b) noexcept
    {
        return a.m_utf8 == b.m_utf8;
    }
    friend bool operator!=(const CompactText &a, const CompactText &b) noexcept { return !(a == b); }
    friend bool operator<(const CompactText &a, const CompactText &b);

private:
    QByteArray m_utf8;
};

// The texts of a list of compact texts, in order.
QStringList toStringList(const QList<CompactText> &texts);

} // namespace neuvo
