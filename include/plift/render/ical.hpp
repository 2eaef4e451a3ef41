#pragma once
// iCalendar (RFC 5545) files of all-day events, for Outlook, Google Calendar
// and the like. Pure formatting: the caller decides which events there are;
// this only writes the bytes.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plift/core/date.hpp"

namespace plift::render {

struct CalendarEvent {
  std::string uid;       // the same for the same event in every run, so re-importing updates it
  Date day;              // an all-day event on this day
  std::string summary;   // UTF-8, one line
  std::string description;                // UTF-8, may hold newlines; empty: no DESCRIPTION
  std::optional<std::string> location;
  std::vector<std::string> categories;    // none: no CATEGORIES
};

struct Calendar {
  std::string product;   // PRODID, e.g. "-//plift//plift 0.1.0//EN"
  std::string name;      // X-WR-CALNAME: what calendar apps call the calendar
  Date stamp;            // DTSTAMP of every event: 00:00:00 UTC on this day, so equal data gives equal bytes
  std::vector<CalendarEvent> events;
};

// The whole VCALENDAR (VERSION 2.0, CALSCALE GREGORIAN, METHOD PUBLISH) with
// one VEVENT per event: UID, DTSTAMP, DTSTART;VALUE=DATE and the exclusive
// DTEND;VALUE=DATE of the next day, SUMMARY, DESCRIPTION, LOCATION and
// CATEGORIES. Every line is folded and ends in CRLF.
std::string format_calendar(const Calendar& calendar);

// A TEXT value: backslash, semicolon and comma escaped with a backslash,
// newlines (LF or CRLF) as \n, other control characters dropped.
std::string escape_ical_text(std::string_view text);

// One content line folded into lines of at most 75 octets (CRLF not
// counted), each continuation beginning with a space, never inside a UTF-8
// sequence; every line ends in CRLF.
std::string fold_ical_line(std::string_view line);

// YYYYMMDD, as DATE values are written.
std::string ical_date(Date day);

}  // namespace plift::render
