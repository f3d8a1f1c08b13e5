// Reminders outside the desktop application: the calendar feed, and the
// settings of desktop notifications and calendar alarms (Preferences →
// Reminders). `alerts --notify` is in reports.cpp.
#include "commands.h"

#include "cli/arguments.h"
#include "cli/cli.h"

#include "core/domain/plural.h"
#include "core/reminders/calendarfeed.h"
#include "core/reminders/remindersettings.h"
#include "core/storage/database.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace neuvo::commands {

namespace {

class IcsCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    IcsCommand()
        : DatabaseCommand(
              {u"ics"_s, QT_TRANSLATE_NOOP("Cli", "[--out FILE] [--from YYYY-MM-DD] [--days N]"),
               QT_TRANSLATE_NOOP("Cli", "Due dates, deadlines, promises, renewals and price notices as an "
                                        "iCalendar file for your calendar (to standard output without --out)."),
               QT_TRANSLATE_NOOP("Cli", "One all-day event for each: unpaid stages, deadlines and internal "
                                        "deadlines, promises, contract renewals, price notices and changes, and "
                                        "the one reminder of an unanswered brief. The events keep their UIDs, so "
                                        "a calendar that imports or subscribes to the file again updates them "
                                        "instead of adding copies. \"reminders set --calendar-alarm\" adds "
                                        "alarms.")},
              Console::Access::Read,
              {QCommandLineOption(u"out"_s, tr("Write the calendar to FILE, replacing it only when complete."),
                                  tr("FILE")),
               QCommandLineOption(u"from"_s, tr("The first day of the calendar (default: 30 days ago)."),
                                  tr("YYYY-MM-DD")),
               QCommandLineOption(u"days"_s, tr("How many days it covers (default: %1, a year ahead).")
                                                 .arg(CalendarFeed::DefaultDays),
                                  tr("N"))})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_out = in.text(option(u"out"_s));
        if (in.isSet(option(u"out"_s)) && m_out.isEmpty())
            in.problem(tr("--out: a file name is needed."));
        m_from = in.date(option(u"from"_s), QDate::currentDate().addDays(-CalendarFeed::DefaultPastDays));
        m_days = in.number(option(u"days"_s), 1, 10 * 366, CalendarFeed::DefaultDays);
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        const auto feed = CalendarFeed::forDatabase(db, m_from, m_days, QDateTime::currentDateTimeUtc());
        if (!feed)
            return Error{feed.error()};
        return console.writeOutput(m_out, *feed,
                                   tr("Wrote the calendar of %1 to %2 (%3 to %4).")
                                       .arg(db.path(), m_out, m_from.toString(Qt::ISODate),
                                            m_from.addDays(m_days - 1).toString(Qt::ISODate)));
    }

private:
    QString m_out;
    QDate m_from;
    int m_days = CalendarFeed::DefaultDays;
};

QString alarmText(const std::optional<int> &days)
{
    if (!days)
        return Command::tr("none");
    if (*days == 0)
        return Command::tr("on the day");
    return englishPlural(Command::tr("%n day(s) before", nullptr, *days), *days);
}

class RemindersShowCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    RemindersShowCommand()
        : DatabaseCommand({u"reminders show"_s, "",
                           QT_TRANSLATE_NOOP("Cli", "Desktop notifications, quiet hours and calendar alarms.")},
                          Console::Access::Read)
    {
    }

protected:
    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        const auto s = ReminderSettingsStore(db).load();
        if (!s)
            return Error{s.error()};
        const auto yesNo = [](bool value) { return value ? tr("yes") : tr("no"); };
        console.out() << Console::fields({
            {tr("Desktop notifications"), yesNo(s->desktopNotifications)},
            {tr("Quiet outside working hours"), yesNo(s->quietOutsideWorkingHours)},
            {tr("Calendar alarm"), alarmText(s->calendarAlarmDays)},
            {tr("Calendar id"), s->calendarId},
        });
        return int(Cli::Success);
    }
};

class RemindersSetCommand final : public DatabaseCommand
{
    Q_DECLARE_TR_FUNCTIONS(Cli)

public:
    RemindersSetCommand()
        : DatabaseCommand(
              {u"reminders set"_s, QT_TRANSLATE_NOOP("Cli", "[OPTIONS]"),
               QT_TRANSLATE_NOOP("Cli", "Change the reminder settings: only the options given change.")},
              Console::Access::Write,
              {QCommandLineOption(u"notifications"_s,
                                  tr("Desktop notifications of new serious warnings and things coming due."),
                                  tr("yes|no")),
               QCommandLineOption(u"quiet-hours"_s,
                                  tr("Hold notifications outside your working hours and days (\"profile "
                                     "show\" lists them)."),
                                  tr("yes|no")),
               QCommandLineOption(u"calendar-alarm"_s,
                                  tr("An alarm on every calendar event N days before it (0: on the day), at the "
                                     "start of your working day, or none."),
                                  tr("N|none"))})
    {
    }

protected:
    Result<void> readArguments(Arguments &in, const QCommandLineParser &) override
    {
        m_given = in.givenOptions(true);
        m_notifications = in.yesNo(option(u"notifications"_s), true);
        m_quiet = in.yesNo(option(u"quiet-hours"_s), true);
        const QString alarm = in.text(option(u"calendar-alarm"_s));
        m_alarm.reset();
        if (in.isSet(option(u"calendar-alarm"_s)) && alarm != u"none"_s)
            m_alarm = in.number(option(u"calendar-alarm"_s), 0, ReminderSettings::MaxAlarmDays, 0);
        return {};
    }

    Result<int> executeWithDatabase(Console &console, Database &db, const QCommandLineParser &) override
    {
        ReminderSettingsStore store(db);
        auto settings = store.load();
        if (!settings)
            return Error{settings.error()};
        if (m_given.contains(u"notifications"_s))
            settings->desktopNotifications = m_notifications;
        if (m_given.contains(u"quiet-hours"_s))
            settings->quietOutsideWorkingHours = m_quiet;
        if (m_given.contains(u"calendar-alarm"_s))
            settings->calendarAlarmDays = m_alarm;
        if (auto saved = store.save(*settings); !saved)
            return Error{saved.error()};
        console.out() << tr("Saved the reminder settings: %1.").arg(m_given.join(u", "_s)) << u'\n';
        return int(Cli::Success);
    }

private:
    QStringList m_given;
    bool m_notifications = true;
    bool m_quiet = true;
    std::optional<int> m_alarm;
};

} // namespace

CommandList reminders()
{
    CommandList list;
    list.push_back(std::make_unique<IcsCommand>());
    auto group = std::make_unique<CommandGroup>(
        u"reminders"_s, QT_TRANSLATE_NOOP("Cli", "Desktop notifications and calendar alarms: show and set."));
    group->add(std::make_unique<RemindersShowCommand>());
    group->add(std::make_unique<RemindersSetCommand>());
    list.push_back(std::move(group));
    return list;
}

} // namespace neuvo::commands
