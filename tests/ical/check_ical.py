#!/usr/bin/env python3
"""Reads calendars that `plift calendar` wrote with Python's icalendar package
(Debian python3-icalendar) and checks what a calendar app relies on: CRLF
lines of at most 75 octets, one VCALENDAR of all-day VEVENTs whose UIDs are
unique, DTEND the day after DTSTART, and the expected events and text.

  check_ical.py [--events N] [--uid UID]... [--expect TEXT]... [--same-uids OTHER.ics] FILE.ics
"""
import argparse
import datetime
import sys

import icalendar


def fail(message):
    print(f"check_ical: {message}", file=sys.stderr)
    sys.exit(1)


def events_of(path):
    raw = open(path, "rb").read()
    if not raw.endswith(b"\r\n"):
        fail(f"{path}: does not end in CRLF")
    for number, line in enumerate(raw.split(b"\r\n")[:-1], 1):
        if b"\n" in line or b"\r" in line:
            fail(f"{path}:{number}: a bare LF or CR")
        if len(line) > 75:
            fail(f"{path}:{number}: {len(line)} octets, more than 75")
        line.decode("utf-8")  # a fold inside a UTF-8 sequence fails here
    calendar = icalendar.Calendar.from_ical(raw)
    if calendar.name != "VCALENDAR" or str(calendar["VERSION"]) != "2.0":
        fail(f"{path}: not an iCalendar 2.0 VCALENDAR")
    for field in ("PRODID", "CALSCALE", "METHOD", "X-WR-CALNAME"):
        if field not in calendar:
            fail(f"{path}: no {field}")
    return calendar, list(calendar.walk("VEVENT"))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int)
    parser.add_argument("--uid", action="append", default=[])
    parser.add_argument("--expect", action="append", default=[])
    parser.add_argument("--same-uids")
    parser.add_argument("file")
    args = parser.parse_args()

    calendar, events = events_of(args.file)
    if args.events is not None and len(events) != args.events:
        fail(f"{args.file}: {len(events)} events, expected {args.events}")
    uids = [str(event["UID"]) for event in events]
    if len(set(uids)) != len(uids):
        fail(f"{args.file}: duplicate UIDs: {sorted(u for u in uids if uids.count(u) > 1)}")
    for uid in args.uid:
        if uid not in uids:
            fail(f"{args.file}: no event with UID {uid}; the UIDs are {uids}")
    texts = [str(calendar["X-WR-CALNAME"])]
    for event in events:
        start = event.decoded("DTSTART")
        end = event.decoded("DTEND")
        if isinstance(start, datetime.datetime) or not isinstance(start, datetime.date):
            fail(f"{args.file}: {event['UID']}: DTSTART {start!r} is not a DATE")
        if end - start != datetime.timedelta(days=1):
            fail(f"{args.file}: {event['UID']}: DTEND {end} is not the day after DTSTART {start}")
        if not isinstance(event.decoded("DTSTAMP"), datetime.datetime):
            fail(f"{args.file}: {event['UID']}: no DTSTAMP date-time")
        for field in ("SUMMARY", "DESCRIPTION", "LOCATION"):
            if field in event:
                texts.append(str(event[field]))
    for text in args.expect:
        if not any(text in t for t in texts):
            fail(f"{args.file}: no name or summary, description or location holds {text!r}")
    if args.same_uids:
        _, other = events_of(args.same_uids)
        other_uids = [str(event["UID"]) for event in other]
        if sorted(other_uids) != sorted(uids):
            fail(f"{args.file} and {args.same_uids}: different UIDs")
    print(f"{args.file}: {len(events)} events, UIDs unique")


if __name__ == "__main__":
    main()
