// CalendarFeed::toICalendar: the feed written with libical, the iCalendar
// library of Evolution and KDE (Debian libical3), rather than by hand: it
// escapes TEXT values (backslash, comma, semicolon, line breaks), folds
// content lines at 75 octets without splitting a UTF-8 sequence, and writes
// CRLF line ends; tests read the result back with libical's parser and
// with Python's icalendar.
#include "calendarfeed.h"

#include "core/domain/plural.h"

#include <libical/ical.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace neuvo {

namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *component) const { icalcomponent_free(component); }
};
using Component = std::unique_ptr<icalcomponent, ComponentDeleter>;

struct BufferDeleter
{
    void operator()(char *buffer) const { icalmemory_free_buffer(buffer); }
};

icaltimetype dateValue(const QDate &date)
{
    icaltimetype t = icaltime_null_date();
    t.year = date.year();
    t.month = date.month();
    t.day = date.day();
    return t;
}

icaltimetype utcValue(const QDateTime &utc)
{
    return icaltime_from_timet_with_zone(utc.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
}

// Every string reaches libical as UTF-8.
QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

void addText(icalcomponent *component, icalproperty *(*make)(const char *), const QString &text)
{
    if (!text.isEmpty())
        icalcomponent_add_property(component, make(utf8(text).constData()));
}

void addX(icalcomponent *component, const char *name, const QString &value)
{
    icalproperty *property = icalproperty_new_x(utf8(value).constData());
    icalproperty_set_x_name(property, name);
    icalcomponent_add_property(component, property);
}

} // namespace

Result<QByteArray> CalendarFeed::toICalendar(const QList<CalendarEntry> &entries, const Options &options)
{
    if (options.calendarId.isEmpty())
        return fail(tr("The calendar has no id to make its events' UIDs from."));
    // A bad value is reported by the result below, never by aborting.
    icalerror_set_errors_are_fatal(0);

    Component calendar(icalcomponent_new_vcalendar());
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Neuvo//Neuvo " NEUVO_VERSION "//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    const QString name = options.calendarName.isEmpty() ? u"Neuvo"_s : options.calendarName;
    // NAME and REFRESH-INTERVAL (RFC 7986) and their older X- forms, which
    // Google, Apple and Outlook read: the name of the subscription, and
    // how often a subscriber should fetch it again.
    addText(calendar.get(), icalproperty_new_name, name);
    addX(calendar.get(), "X-WR-CALNAME", name);
    icaldurationtype refresh = icaldurationtype_from_int(12 * 60 * 60);
    icalproperty *interval = icalproperty_new_refreshinterval(refresh);
    icalproperty_add_parameter(interval, icalparameter_new_value(ICAL_VALUE_DURATION));
    icalcomponent_add_property(calendar.get(), interval);
    addX(calendar.get(), "X-PUBLISHED-TTL", u"PT12H"_s);

    const icaltimetype stamp = utcValue(options.stampUtc.isValid() ? options.stampUtc
                                                                    : QDateTime::currentDateTimeUtc());
    for (const CalendarEntry &entry : entries) {
        icalcomponent *event = icalcomponent_new_vevent();
        icalcomponent_add_component(calendar.get(), event);
        icalcomponent_add_property(event, icalproperty_new_uid(utf8(uid(entry, options.calendarId)).constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        // All-day: VALUE=DATE, and DTEND the day after (DTEND is exclusive).
        icalcomponent_add_property(event, icalproperty_new_dtstart(dateValue(entry.date)));
        icalcomponent_add_property(event, icalproperty_new_dtend(dateValue(entry.date.addDays(1))));
        addText(event, icalproperty_new_summary, entry.summary);
        addText(event, icalproperty_new_description, entry.description);
        // A reminder, not a meeting: the day stays free in schedulers.
        icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_TRANSPARENT));
        icalcomponent_add_property(event, icalproperty_new_categories("Neuvo"));

        if (options.alarmDays) {
            // Relative to the start of the day: -1 day + 09:00 = 09:00 the day before.
            const QTime at = options.alarmTime.isValid() ? options.alarmTime : QTime(9, 0);
            const int seconds = -*options.alarmDays * 24 * 60 * 60 + at.msecsSinceStartOfDay() / 1000;
            icaltriggertype trigger = icaltriggertype_from_int(seconds);
            icalcomponent *alarm = icalcomponent_new_valarm();
            icalcomponent_add_property(alarm, icalproperty_new_action(ICAL_ACTION_DISPLAY));
            icalcomponent_add_property(alarm, icalproperty_new_trigger(trigger));
            addText(alarm, icalproperty_new_description, entry.summary);
            icalcomponent_add_component(event, alarm);
        }
    }

    if (const int errors = icalcomponent_count_errors(calendar.get()); errors > 0)
        return fail(englishPlural(tr("The calendar could not be written: libical found %n error(s) in it.", nullptr, errors),
                                  errors));
    const std::unique_ptr<char, BufferDeleter> text(icalcomponent_as_ical_string_r(calendar.get()));
    if (!text)
        return fail(tr("The calendar could not be written: %1").arg(QString::fromUtf8(icalerror_strerror(icalerrno))));
    return QByteArray(text.get());
}

} // namespace neuvo
