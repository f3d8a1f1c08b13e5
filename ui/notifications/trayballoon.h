#pragma once

#include <QString>

namespace neuvo {

// The title and body of the tray's balloon, which tells about reminders
// where no notification service runs (Notifier's fallback), prepared from
// plain text so that client data shows as the characters it is.
//
// Where the text goes depends on the platform and cannot be chosen: Qt's
// own balloon (an X11 tray, Windows, macOS) shows both as plain text, but
// on a desktop with a StatusNotifier tray Qt hands both to the
// notification service, which reads the body as markup when it has
// "body-markup". Escaping for one would show "&lt;" in the other, so
// instead every "<" and "&" is followed by an invisible WORD JOINER
// (U+2060): no tag or entity can start, Qt's guess (Qt::mightBeRichText)
// finds none, and what is shown is the same characters. Control characters
// (a line break in the title included) become spaces, the bidirectional
// overrides that reorder what is shown are dropped, and each part is cut,
// with "…", to what Windows shows (63 and 255 UTF-16 units), never in the
// middle of a character.
struct TrayBalloon
{
    static constexpr qsizetype MaxTitle = 63;
    static constexpr qsizetype MaxBody = 255;
    static constexpr char16_t WordJoiner = 0x2060;

    QString title;
    QString body;

    static TrayBalloon fromPlainText(const QString &title, const QString &body);
};

} // namespace neuvo
