#!/usr/bin/env python3
"""Reads an iCalendar file with Python's icalendar (Debian python3-icalendar),
an implementation independent of the libical that writes Neuvo's feed, and
prints its events as JSON for the tests to compare:

    {"calendar": {"version", "prodid", "name"},
     "events": [{"uid", "summary", "description", "start", "end", "all_day",
                 "stamp", "alarms": [trigger, ...]}]}

Exits 2 when the module is missing (the test then fails and says so), 1 when
the file does not parse or an event lacks what RFC 5545 requires."""
import json
import sys

try:
    import icalendar
except ImportError:
    print("python3-icalendar is not installed (scripts/install-deps installs it)", file=sys.stderr)
    sys.exit(2)

import datetime


def main(path):
    with open(path, "rb") as f:
        data = f.read()
    calendar = icalendar.Calendar.from_ical(data)
    if calendar.name != "VCALENDAR":
        raise ValueError("not a VCALENDAR: %s" % calendar.name)
    for required in ("VERSION", "PRODID"):
        if required not in calendar:
            raise ValueError("the calendar has no %s" % required)
    events = []
    for event in calendar.walk("VEVENT"):
        for required in ("UID", "DTSTAMP", "DTSTART"):
            if required not in event:
                raise ValueError("an event has no %s" % required)
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND") if "DTEND" in event else None
        all_day = not isinstance(start, datetime.datetime)
        alarms = []
        for alarm in event.walk("VALARM"):
            trigger = alarm.decoded("TRIGGER")
            alarms.append(int(trigger.total_seconds()))
        events.append({
            "uid": str(event["UID"]),
            "summary": str(event.get("SUMMARY", "")),
            "description": str(event.get("DESCRIPTION", "")),
            "start": start.isoformat(),
            "end": end.isoformat() if end is not None else None,
            "all_day": all_day,
            "stamp": event.decoded("DTSTAMP").isoformat(),
            "alarms": alarms,
        })
    result = {
        "calendar": {
            "version": str(calendar["VERSION"]),
            "prodid": str(calendar["PRODID"]),
            "name": str(calendar.get("X-WR-CALNAME", "")),
        },
        "events": events,
    }
    json.dump(result, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    try:
        main(sys.argv[1])
    except Exception as error:  # a parse error is the finding, whatever its type
        print("%s: %s" % (type(error).__name__, error), file=sys.stderr)
        sys.exit(1)
