#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringView>

namespace neuvo {

// A stored date or time from its text, as dateFromSql() and
// timestampFromSql() read it: Qt's ISO reading of the text, with the
// canonical forms Neuvo writes ("YYYY-MM-DD", "YYYY-MM-DDTHH:MM:SSZ") read
// by hand, which is a tenth of the cost. For a reader that has the text
// without a QVariant (SQLite's own API, see core/rules/factsrows.h).
QDate dateFromSqlText(QStringView text);
QDateTime timestampFromSqlText(QStringView text);

} // namespace neuvo
