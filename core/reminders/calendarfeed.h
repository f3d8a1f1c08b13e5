#pragma once

#include "core/domain/result.h"
#include "core/rules/redflags.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace neuvo {

// One day in the freelancer's calendar: something falls due on it.
struct CalendarEntry
{
    enum class Kind {
        StageDue,         // an unpaid payment stage of an agreed project
        Deadline,         // the deadline promised to the client
        InternalDeadline, // the own deadline, a margin before it
        Promise,          // a promise made to the client, not kept yet
        ContractRenewal,  // a contract term ends: revisit prices
        PriceNotice,      // the last day to announce a planned price change
        PriceChange,      // a new price takes effect
        BriefReminder,    // a brief had no answer: one reminder is due
    };

    Kind kind = Kind::StageDue;
    // What the entry is about, e.g. "stage-12": stable across runs and
    // edits, so a calendar updates the event instead of adding another.
    QString key;
    QDate date;
    QString summary;     // plain text, one line
    QString description; // plain text
    qint64 clientId = 0;
    qint64 projectId = 0;

    friend bool operator==(const CalendarEntry &, const CalendarEntry &) = default;
};

// The calendar feed: Neuvo's dates as an RFC 5545 iCalendar file that any
// calendar (GNOME Calendar and Evolution, Thunderbird, KOrganizer,
// Nextcloud, a phone) can import or subscribe to.
//
// Which records make an entry follows the red-flag engine: stages of
// agreed, in-progress and delivered projects; deadlines of projects not
// delivered yet; promises not kept (unless their project was declined or
// cancelled); renewals and price changes of projects that are not closed,
// declined or cancelled; the one reminder of a brief still unanswered; and
// nothing for a client whose status is "declined".
class Database;

class CalendarFeed final
{
    Q_DECLARE_TR_FUNCTIONS(CalendarFeed)

public:
    // The default window: a month back (what was missed stays in sight)
    // and a year ahead.
    static constexpr int DefaultPastDays = 30;
    static constexpr int DefaultDays = 30 + 365;

    // Every entry dated from `from` for `days` days, soonest first.
    static QList<CalendarEntry> entries(const Facts &facts, const QDate &from, int days);

    struct Options
    {
        // ReminderSettings::calendarId: makes the UIDs unique to the database.
        QString calendarId;
        // A display alarm this many days before each event, at alarmTime.
        std::optional<int> alarmDays;
        QTime alarmTime = QTime(9, 0);
        // DTSTAMP of every event: when the feed was written.
        QDateTime stampUtc;
        // Shown by calendars as the subscription's name.
        QString calendarName;
    };
    // The entries as an iCalendar object (UTF-8, CRLF, folded at 75 octets).
    static Result<QByteArray> toICalendar(const QList<CalendarEntry> &entries, const Options &options);
    static QString uid(const CalendarEntry &entry, const QString &calendarId);

    // The feed of a database, as `neuvo-cli ics` and File → Export Calendar
    // write it: its records from `from` for `days` days, with the alarms
    // its reminder settings ask for, at the start of the working day.
    static Result<QByteArray> forDatabase(Database &db, const QDate &from, int days, const QDateTime &stampUtc);
};

} // namespace neuvo
