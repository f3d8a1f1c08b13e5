#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringView>

#include <optional>

namespace neuvo {

// The fixed ISO 8601 forms Neuvo writes (to its database and to its
// exports), read by hand: QDate::fromString and QDateTime::fromString accept
// every ISO 8601 variant and the regular expressions that guard them were a
// tenth of an import's reading and of loading the facts. Each gives nullopt
// for anything else (another form, a date or time that does not exist), so a
// caller can hand that to Qt's parser and keep Qt's result and wording.

// "YYYY-MM-DD", years 1–9999.
std::optional<QDate> readIsoDate(QStringView text);

// "YYYY-MM-DDTHH:MM:SSZ" in UTC, hours 00–23: Qt would read T24:00:00 as
// the next day's midnight.
std::optional<QDateTime> readIsoUtcTimestamp(QStringView text);

// The writing side, for the same reason (QDate::toString() goes through a
// printf): `width` digits of a non-negative value, zero-padded, at `at`.
void writeFixedDigits(char16_t *at, int value, int width);

// "YYYY-MM-DD" (10 characters) at `at`, as Qt::ISODate writes it. Qt writes
// no ISO text for a year outside 1–9999: false then, and nothing written.
bool writeIsoDate(char16_t *at, const QDate &date);

} // namespace neuvo
