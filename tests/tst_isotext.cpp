#include "core/domain/isotext.h"

#include <QTest>

using namespace Qt::StringLiterals;
using neuvo::readIsoDate;
using neuvo::readIsoUtcTimestamp;

// The hand-written readers of the fixed forms must accept exactly those
// forms, and read what they accept as Qt's ISO parsers do: the import and
// the loading of stored dates fall back to Qt for everything they refuse.
class Tst_isotext : public QObject
{
    Q_OBJECT

private slots:
    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("expected"); // invalid: refused

        QTest::newRow("plain") << u"2026-12-01"_s << QDate(2026, 12, 1);
        QTest::newRow("first day") << u"0001-01-01"_s << QDate(1, 1, 1);
        QTest::newRow("last day") << u"9999-12-31"_s << QDate(9999, 12, 31);
        QTest::newRow("leap day") << u"2024-02-29"_s << QDate(2024, 2, 29);
        QTest::newRow("leap day of a 400th year") << u"2000-02-29"_s << QDate(2000, 2, 29);
        QTest::newRow("leap day of a common year") << u"2023-02-29"_s << QDate();
        QTest::newRow("leap day of a 100th year") << u"1900-02-29"_s << QDate();
        QTest::newRow("February 30") << u"2024-02-30"_s << QDate();
        QTest::newRow("April 31") << u"2026-04-31"_s << QDate();
        QTest::newRow("month 00") << u"2026-00-10"_s << QDate();
        QTest::newRow("month 13") << u"2026-13-10"_s << QDate();
        QTest::newRow("day 00") << u"2026-05-00"_s << QDate();
        QTest::newRow("day 32") << u"2026-01-32"_s << QDate();
        QTest::newRow("year 0000") << u"0000-01-01"_s << QDate();
        QTest::newRow("letter in month") << u"2026-0a-01"_s << QDate();
        QTest::newRow("sign in year") << u"+026-01-01"_s << QDate();
        QTest::newRow("space in day") << u"2026-01- 1"_s << QDate();
        QTest::newRow("Arabic-Indic digits") << u"٢٠٢٦-٠١-٠١"_s << QDate();
        QTest::newRow("full-width digits") << u"２０２６-０１-０１"_s << QDate();
        QTest::newRow("slashes") << u"2026/01/01"_s << QDate();
        QTest::newRow("too short") << u"2026-1-01"_s << QDate();
        QTest::newRow("too long") << u"2026-01-011"_s << QDate();
        QTest::newRow("trailing space") << u"2026-01-01 "_s << QDate();
        QTest::newRow("with a time") << u"2026-01-01T00:00:00Z"_s << QDate();
        QTest::newRow("empty") << QString() << QDate();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDate, expected);
        const auto read = readIsoDate(text);
        QCOMPARE(read.has_value(), expected.isValid());
        if (read) {
            QCOMPARE(*read, expected);
            QCOMPARE(*read, QDate::fromString(text, Qt::ISODate));
        }
    }

    void timestamps_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected"); // invalid: refused

        const auto utc = [](int y, int mo, int d, int h, int mi, int s) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC);
        };
        QTest::newRow("plain") << u"2026-12-01T11:30:05Z"_s << utc(2026, 12, 1, 11, 30, 5);
        QTest::newRow("midnight") << u"2026-12-01T00:00:00Z"_s << utc(2026, 12, 1, 0, 0, 0);
        QTest::newRow("last second") << u"2026-12-31T23:59:59Z"_s << utc(2026, 12, 31, 23, 59, 59);
        QTest::newRow("leap day") << u"2024-02-29T12:00:00Z"_s << utc(2024, 2, 29, 12, 0, 0);
        QTest::newRow("leap day of a common year") << u"2023-02-29T12:00:00Z"_s << QDateTime();
        QTest::newRow("month 13") << u"2026-13-01T12:00:00Z"_s << QDateTime();
        QTest::newRow("day 00") << u"2026-01-00T12:00:00Z"_s << QDateTime();
        QTest::newRow("hour 24") << u"2026-12-01T24:00:00Z"_s << QDateTime();
        QTest::newRow("minute 60") << u"2026-12-01T10:60:00Z"_s << QDateTime();
        QTest::newRow("second 60") << u"2026-12-01T10:00:60Z"_s << QDateTime();
        QTest::newRow("letter in hour") << u"2026-12-01T1x:00:00Z"_s << QDateTime();
        QTest::newRow("no Z") << u"2026-12-01T10:00:00"_s << QDateTime();
        QTest::newRow("lower-case z") << u"2026-12-01T10:00:00z"_s << QDateTime();
        QTest::newRow("offset") << u"2026-12-01T10:00:00+00:00"_s << QDateTime();
        QTest::newRow("space for T") << u"2026-12-01 10:00:00Z"_s << QDateTime();
        QTest::newRow("milliseconds") << u"2026-12-01T10:00:00.000Z"_s << QDateTime();
        QTest::newRow("no seconds") << u"2026-12-01T10:00Z"_s << QDateTime();
        QTest::newRow("date only") << u"2026-12-01"_s << QDateTime();
        QTest::newRow("empty") << QString() << QDateTime();
    }

    void timestamps()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const auto read = readIsoUtcTimestamp(text);
        QCOMPARE(read.has_value(), expected.isValid());
        if (read) {
            QCOMPARE(*read, expected);
            QCOMPARE(read->timeSpec(), Qt::UTC);
            QCOMPARE(*read, QDateTime::fromString(text, Qt::ISODate).toUTC());
        }
    }
};

QTEST_GUILESS_MAIN(Tst_isotext)
#include "tst_isotext.moc"
