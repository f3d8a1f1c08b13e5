#pragma once

#include <QIODevice>
#include <QString>
#include <QStringConverter>
#include <QStringView>

namespace neuvo {

// Text safe to print on a terminal. Names and notes come from anyone who
// ever sent the user an e-mail or a spreadsheet; printed raw, an ESC or CSI
// in them is a terminal command (colours, a new window title, OSC 52 writing
// the clipboard, cursor moves that hide the lines above). Control
// characters (C0 except tab and line feed, DEL, C1) and the bidirectional
// overrides that reorder what is shown become visible escapes such as
// "\u001B". The escape is also a valid JSON escape, so JSON printed through
// it still reads back to the same text.
QString safeForTerminal(QStringView text);

// Data a command writes as it is (an export: JSON, CSV, a calendar), made
// safe the same way for a terminal, where a person reads it. The data is
// read in its own encoding (a QStringDecoder name: "UTF-8", "Windows-1252",
// ...) and written back in it, so the escapes are plain ASCII in any of
// them; a carriage return before a line feed (CSV's and iCalendar's line
// ends) is kept, any other one is escaped, since alone it moves the cursor
// back over what the line showed. JSON stays valid and reads back to the
// same values: its control characters below U+0020 are escaped by the
// writer already, and the rest (DEL, C1, bidirectional overrides) can only
// stand inside its strings, where "\u009B" is a JSON escape of the same
// character. Meant only for a terminal: a file or a pipe gets the bytes
// unchanged.
QByteArray safeDataForTerminal(QByteArrayView data, const QString &encoding = QStringLiteral("UTF-8"));

// A write-only device in front of another one that passes UTF-8 text
// through safeForTerminal(). A character split across two writes is held
// back until its remaining bytes arrive. The CLI's text streams write
// through it, so no message or table has to remember to escape.
class TerminalSafeDevice final : public QIODevice
{
    Q_DISABLE_COPY_MOVE(TerminalSafeDevice)

public:
    explicit TerminalSafeDevice(QIODevice &target, QObject *parent = nullptr);

    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 size) override;

private:
    QIODevice &m_target;
    QStringDecoder m_decoder{QStringDecoder::Utf8};
    // The decoder holds no part of a character, so valid text may bypass it.
    bool m_decoderIdle = true;
    // Something was written: a byte order mark is only dropped at the start.
    bool m_decoderStarted = false;
};

} // namespace neuvo
