#include "plift/render/ical.hpp"

#include <fmt/format.h>

namespace plift::render {

namespace {

constexpr std::size_t max_line_octets = 75;

bool is_utf8_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

void add_line(std::string& out, std::string_view name, std::string_view value) {
  std::string line(name);
  line += ':';
  line += value;
  out += fold_ical_line(line);
}

}  // namespace

std::string escape_ical_text(std::string_view text) {
  std::string escaped;
  escaped.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    switch (c) {
      case '\\': escaped += "\\\\"; break;
      case ';': escaped += "\\;"; break;
      case ',': escaped += "\\,"; break;
      case '\n': escaped += "\\n"; break;
      case '\r':
        // CRLF is one line break; a lone CR is one too.
        if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
        escaped += "\\n";
        break;
      default:
        // RFC 5545 allows no other control characters in TEXT; the C1
        // controls (U+0080..U+009F, C2 80..C2 9F) go too, as everywhere plift
        // writes for people to read.
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) break;
        if (static_cast<unsigned char>(c) == 0xC2 && i + 1 < text.size() &&
            static_cast<unsigned char>(text[i + 1]) >= 0x80 && static_cast<unsigned char>(text[i + 1]) <= 0x9F) {
          ++i;
          break;
        }
        escaped += c;
    }
  }
  return escaped;
}

std::string fold_ical_line(std::string_view line) {
  std::string folded;
  folded.reserve(line.size() + line.size() / 64 * 3 + 2);
  std::size_t begin = 0;
  std::size_t room = max_line_octets;
  while (line.size() - begin > room) {
    std::size_t end = begin + room;
    // Back up to the start of the UTF-8 sequence the cut would split.
    while (end > begin + 1 && is_utf8_continuation(line[end])) --end;
    folded.append(line.substr(begin, end - begin));
    folded += "\r\n ";
    begin = end;
    room = max_line_octets - 1;  // the leading space counts
  }
  folded.append(line.substr(begin));
  folded += "\r\n";
  return folded;
}

std::string ical_date(Date day) {
  date::year_month_day ymd{day};
  return fmt::format("{:04}{:02}{:02}", static_cast<int>(ymd.year()), static_cast<unsigned>(ymd.month()),
                     static_cast<unsigned>(ymd.day()));
}

std::string format_calendar(const Calendar& calendar) {
  std::string out;
  add_line(out, "BEGIN", "VCALENDAR");
  add_line(out, "VERSION", "2.0");
  add_line(out, "PRODID", calendar.product);
  add_line(out, "CALSCALE", "GREGORIAN");
  add_line(out, "METHOD", "PUBLISH");
  add_line(out, "X-WR-CALNAME", escape_ical_text(calendar.name));
  std::string stamp = ical_date(calendar.stamp) + "T000000Z";
  for (const CalendarEvent& event : calendar.events) {
    add_line(out, "BEGIN", "VEVENT");
    add_line(out, "UID", event.uid);
    add_line(out, "DTSTAMP", stamp);
    add_line(out, "DTSTART;VALUE=DATE", ical_date(event.day));
    // DTEND is the day after; 9999-12-31 has none that can be written, and
    // an all-day event without DTEND lasts its one day (RFC 5545, 3.6.1).
    if (date::year_month_day{event.day + date::days{1}}.year() <= date::year{9999}) {
      add_line(out, "DTEND;VALUE=DATE", ical_date(event.day + date::days{1}));
    }
    add_line(out, "SUMMARY", escape_ical_text(event.summary));
    if (!event.description.empty()) add_line(out, "DESCRIPTION", escape_ical_text(event.description));
    if (event.location) add_line(out, "LOCATION", escape_ical_text(*event.location));
    if (!event.categories.empty()) {
      std::string categories;
      for (const std::string& category : event.categories) {
        if (!categories.empty()) categories += ',';
        categories += escape_ical_text(category);
      }
      add_line(out, "CATEGORIES", categories);
    }
    // All-day events should not block anyone's time.
    add_line(out, "TRANSP", "TRANSPARENT");
    add_line(out, "END", "VEVENT");
  }
  add_line(out, "END", "VCALENDAR");
  return out;
}

}  // namespace plift::render
