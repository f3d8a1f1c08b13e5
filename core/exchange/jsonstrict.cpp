#include "jsonstrict.h"

#include "core/domain/limits.h"

#include <QList>
#include <QSet>
#include <QString>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

QString hex(char16_t unit)
{
    return QString::number(unit, 16).rightJustified(4, u'0').toUpper();
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

class Scanner
{
public:
    explicit Scanner(const QByteArray &json)
        : m_json(json)
    {
    }

    Result<void> run()
    {
        // One entry per open container: the keys seen so far for an
        // object, nothing for an array.
        struct Container
        {
            bool object = false;
            bool expectKey = false;
            QSet<QString> keys;
        };
        QList<Container> open;
        while (m_pos < m_json.size()) {
            const char c = m_json.at(m_pos);
            switch (c) {
            case '{':
                open.append(Container{true, true, {}});
                advance();
                break;
            case '[':
                open.append(Container{});
                advance();
                break;
            case '}':
            case ']':
                if (open.isEmpty())
                    return {}; // a syntax error: QJsonDocument reports it
                open.removeLast();
                advance();
                break;
            case ',':
                if (!open.isEmpty() && open.last().object)
                    open.last().expectKey = true;
                advance();
                break;
            case ':':
                advance();
                break;
            case '"': {
                const qsizetype line = m_line;
                const qsizetype column = m_pos - m_lineStart + 1;
                auto text = string();
                if (!text)
                    return Error{text.error()};
                if (!open.isEmpty() && open.last().object && open.last().expectKey) {
                    open.last().expectKey = false;
                    if (open.last().keys.contains(*text))
                        return fail(at(line, column,
                                       JsonStrictness::tr("the key \"%1\" appears twice in the same object; "
                                                          "only one value can be kept, so the document is refused.")
                                           .arg(Limits::shorten(*text))));
                    open.last().keys.insert(*text);
                }
                break;
            }
            default:
                advance();
                break;
            }
        }
        return {};
    }

private:
    void advance()
    {
        if (m_json.at(m_pos) == '\n') {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }

    QString at(qsizetype line, qsizetype column, const QString &message) const
    {
        return JsonStrictness::tr("line %1, column %2: %3").arg(line).arg(column).arg(message);
    }
    QString here(const QString &message) const { return at(m_line, m_pos - m_lineStart + 1, message); }

    // Reads \uXXXX at m_pos (just after the backslash and 'u').
    std::optional<char16_t> hex4()
    {
        if (m_pos + 4 > m_json.size())
            return std::nullopt;
        int value = 0;
        for (int i = 0; i < 4; ++i) {
            const int digit = hexValue(m_json.at(m_pos + i));
            if (digit < 0)
                return std::nullopt;
            value = value * 16 + digit;
        }
        m_pos += 4;
        return char16_t(value);
    }

    // The string starting at m_pos (the opening quote), decoded; m_pos ends
    // after the closing quote.
    Result<QString> string()
    {
        ++m_pos;
        QByteArray raw;
        QString decoded;
        const auto flush = [&] {
            decoded += QString::fromUtf8(raw);
            raw.clear();
        };
        while (m_pos < m_json.size()) {
            const char c = m_json.at(m_pos);
            if (c == '"') {
                ++m_pos;
                flush();
                return decoded;
            }
            if (uchar(c) < 0x20)
                return fail(here(JsonStrictness::tr("a control character (U+%1) inside a string; "
                                                    "write it as an escape such as \\n or \\u%1.")
                                     .arg(hex(uchar(c)))));
            if (c != '\\') {
                raw.append(c);
                ++m_pos;
                continue;
            }
            flush();
            if (m_pos + 1 >= m_json.size())
                return decoded; // unterminated: QJsonDocument reports it
            const char escape = m_json.at(m_pos + 1);
            if (escape != 'u') {
                static const QByteArray from = "\"\\/bfnrt";
                static const QString to = u"\"\\/\b\f\n\r\t"_s;
                const qsizetype index = from.indexOf(escape);
                if (index >= 0)
                    decoded += to.at(index);
                m_pos += 2;
                continue;
            }
            const qsizetype escapeColumn = m_pos - m_lineStart + 1;
            m_pos += 2;
            const auto unit = hex4();
            if (!unit)
                return decoded; // a bad escape: QJsonDocument reports it
            if (QChar::isLowSurrogate(*unit))
                return fail(at(m_line, escapeColumn,
                               JsonStrictness::tr("\\u%1 is the second half of a surrogate pair without its "
                                                  "first half.")
                                   .arg(hex(*unit))));
            if (QChar::isHighSurrogate(*unit)) {
                std::optional<char16_t> low;
                if (m_pos + 1 < m_json.size() && m_json.at(m_pos) == '\\' && m_json.at(m_pos + 1) == 'u') {
                    m_pos += 2;
                    low = hex4();
                }
                if (!low || !QChar::isLowSurrogate(*low))
                    return fail(at(m_line, escapeColumn,
                                   JsonStrictness::tr("\\u%1 is the first half of a surrogate pair without its "
                                                      "second half.")
                                       .arg(hex(*unit))));
                decoded += QChar(*unit);
                decoded += QChar(*low);
                continue;
            }
            decoded += QChar(*unit);
        }
        return decoded; // unterminated: QJsonDocument reports it
    }

    const QByteArray &m_json;
    qsizetype m_pos = 0;
    qsizetype m_line = 1;
    qsizetype m_lineStart = 0;
};

} // namespace

Result<void> JsonStrictness::check(const QByteArray &json)
{
    return Scanner(json).run();
}

} // namespace neuvo
