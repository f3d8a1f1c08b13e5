#pragma once

#include <QString>

namespace neuvo {

// English is the source language and ships no catalogue, so tr("%n
// project(s)", nullptr, n) comes back with its "(s)"; a translated text has
// none and passes unchanged.
inline QString englishPlural(QString text, qint64 n)
{
    text.replace(QStringLiteral("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

} // namespace neuvo
