#include "isotext.h"

#include <QTime>

namespace neuvo {

namespace {

// The digits text[from, from + count) as a number, or -1 when one is not
// an ASCII digit.
int asciiDigits(QStringView text, qsizetype from, qsizetype count)
{
    int value = 0;
    for (qsizetype i = from; i < from + count; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

} // namespace

std::optional<QDate> readIsoDate(QStringView text)
{
    if (text.size() != 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return std::nullopt;
    const int year = asciiDigits(text, 0, 4);
    const int month = asciiDigits(text, 5, 2);
    const int day = asciiDigits(text, 8, 2);
    // Qt has no year 0, so isValid() refuses it too.
    if (year < 1 || month < 0 || day < 0 || !QDate::isValid(year, month, day))
        return std::nullopt;
    return QDate(year, month, day);
}

std::optional<QDateTime> readIsoUtcTimestamp(QStringView text)
{
    if (text.size() != 20 || text.at(10) != u'T' || text.at(13) != u':' || text.at(16) != u':'
        || text.at(19) != u'Z')
        return std::nullopt;
    const auto date = readIsoDate(text.first(10));
    const int hour = asciiDigits(text, 11, 2);
    const int minute = asciiDigits(text, 14, 2);
    const int second = asciiDigits(text, 17, 2);
    if (!date || hour < 0 || minute < 0 || second < 0 || !QTime::isValid(hour, minute, second))
        return std::nullopt;
    return QDateTime(*date, QTime(hour, minute, second), Qt::UTC);
}

void writeFixedDigits(char16_t *at, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        at[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
}

bool writeIsoDate(char16_t *at, const QDate &date)
{
    int year = 0, month = 0, day = 0;
    date.getDate(&year, &month, &day);
    if (year < 1 || year > 9999)
        return false;
    writeFixedDigits(at, year, 4);
    at[4] = u'-';
    writeFixedDigits(at + 5, month, 2);
    at[7] = u'-';
    writeFixedDigits(at + 8, day, 2);
    return true;
}

} // namespace neuvo
