#include "trayballoon.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

bool isControl(char16_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f);
}

bool isDirectionOverride(char16_t c)
{
    return (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

enum class LineBreaks { ToSpace, Keep };

QString prepared(const QString &text, qsizetype limit, LineBreaks lineBreaks)
{
    // Each character of the text as it will be shown (one or two UTF-16
    // units, plus a joiner after "<" and "&").
    QString result;
    result.reserve(std::min(text.size(), limit) + 8);
    const QString ellipsis = u"…"_s;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        QString shown;
        if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            shown = text.mid(i, 2);
            ++i;
        } else if (c.isSurrogate()) {
            shown = QChar(QChar::ReplacementCharacter);
        } else if (c == u'\n' && lineBreaks == LineBreaks::Keep) {
            shown = c;
        } else if (isControl(c.unicode())) {
            shown = u" "_s;
        } else if (isDirectionOverride(c.unicode())) {
            continue;
        } else if (c == u'<' || c == u'&') {
            shown = QString(c) + QChar(TrayBalloon::WordJoiner);
        } else {
            shown = c;
        }
        const bool last = i + 1 >= text.size();
        // Room is kept for the ellipsis unless this is the end of the text.
        if (result.size() + shown.size() > limit - (last ? 0 : ellipsis.size())) {
            while (!result.isEmpty() && result.back().isSpace())
                result.chop(1);
            return result + ellipsis;
        }
        result += shown;
    }
    return result;
}

} // namespace

TrayBalloon TrayBalloon::fromPlainText(const QString &title, const QString &body)
{
    return {prepared(title, MaxTitle, LineBreaks::ToSpace), prepared(body, MaxBody, LineBreaks::Keep)};
}

} // namespace neuvo
