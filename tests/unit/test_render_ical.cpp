#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "plift/render/ical.hpp"

using namespace plift::render;

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    auto end = text.find("\r\n", begin);
    REQUIRE(end != std::string::npos);
    lines.push_back(text.substr(begin, end - begin));
    begin = end + 2;
  }
  return lines;
}

// The content line back from its folded lines.
std::string unfold(const std::string& folded) {
  std::string line;
  for (const std::string& part : lines_of(folded)) line += line.empty() ? part : part.substr(1);
  return line;
}

bool starts_utf8_continuation(const std::string& text) {
  return !text.empty() && (static_cast<unsigned char>(text[0]) & 0xC0) == 0x80;
}

}  // namespace

TEST_CASE("escape_ical_text escapes backslash, semicolon, comma and newlines") {
  CHECK(escape_ical_text("Plåt & Svets AB") == "Plåt & Svets AB");
  CHECK(escape_ical_text("a,b;c\\d") == "a\\,b\\;c\\\\d");
  CHECK(escape_ical_text("line one\nline two\r\nthree\rfour") == "line one\\nline two\\nthree\\nfour");
  CHECK(escape_ical_text("tab\there\x01") == "tabhere");
  CHECK(escape_ical_text("") == "");
}

TEST_CASE("fold_ical_line keeps short lines whole") {
  CHECK(fold_ical_line("SUMMARY:Kort") == "SUMMARY:Kort\r\n");
  std::string exactly(75, 'x');
  CHECK(fold_ical_line(exactly) == exactly + "\r\n");
}

TEST_CASE("fold_ical_line folds at 75 octets with a leading space") {
  std::string line = "DESCRIPTION:" + std::string(200, 'a');
  std::string folded = fold_ical_line(line);
  std::vector<std::string> lines = lines_of(folded);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].size() == 75);
  CHECK(lines[1].size() == 75);
  CHECK(lines[1][0] == ' ');
  CHECK(lines[2][0] == ' ');
  CHECK(unfold(folded) == line);
}

TEST_CASE("fold_ical_line never splits a UTF-8 sequence") {
  // Two- and three-byte letters at every offset around the fold.
  for (std::size_t prefix = 0; prefix < 6; ++prefix) {
    std::string line = "SUMMARY:" + std::string(prefix, 'x');
    for (int i = 0; i < 40; ++i) line += i % 3 == 0 ? "ø" : (i % 3 == 1 ? "Å" : "€");
    std::string folded = fold_ical_line(line);
    CAPTURE(prefix);
    std::vector<std::string> lines = lines_of(folded);
    CHECK(lines.size() > 1);
    for (std::size_t i = 0; i < lines.size(); ++i) {
      CHECK(lines[i].size() <= 75);
      if (i > 0) {
        REQUIRE(lines[i][0] == ' ');
        CHECK_FALSE(starts_utf8_continuation(lines[i].substr(1)));
      }
    }
    CHECK(unfold(folded) == line);
  }
}

TEST_CASE("ical_date writes YYYYMMDD") {
  CHECK(ical_date(plift::make_date(2026, 11, 16)) == "20261116");
  CHECK(ical_date(plift::make_date(2027, 1, 4)) == "20270104");
}

TEST_CASE("format_calendar writes a VCALENDAR of all-day events with CRLF") {
  Calendar calendar;
  calendar.product = "-//plift//plift 0.1.0//EN";
  calendar.name = "Produktionslyftet, Syd";
  calendar.stamp = plift::make_date(2026, 11, 16);
  CalendarEvent event;
  event.uid = "gathering.varmote@plift";
  event.day = plift::make_date(2026, 12, 31);
  event.summary = "Vårmöte; Lean & 5S";
  event.description = "Gemensam träff.\nDeltar: Brødrene, Plåt";
  event.location = "Jönköping, Elmia";
  event.categories = {"Träff", "a,b"};
  calendar.events.push_back(event);
  std::string text = format_calendar(calendar);
  CHECK(text.find('\n') == text.find("\r\n") + 1);
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n') CHECK(text[i - 1] == '\r');
  }
  std::vector<std::string> lines = lines_of(text);
  std::vector<std::string> expected = {
      "BEGIN:VCALENDAR",
      "VERSION:2.0",
      "PRODID:-//plift//plift 0.1.0//EN",
      "CALSCALE:GREGORIAN",
      "METHOD:PUBLISH",
      "X-WR-CALNAME:Produktionslyftet\\, Syd",
      "BEGIN:VEVENT",
      "UID:gathering.varmote@plift",
      "DTSTAMP:20261116T000000Z",
      "DTSTART;VALUE=DATE:20261231",
      "DTEND;VALUE=DATE:20270101",
      "SUMMARY:Vårmöte\\; Lean & 5S",
      "DESCRIPTION:Gemensam träff.\\nDeltar: Brødrene\\, Plåt",
      "LOCATION:Jönköping\\, Elmia",
      "CATEGORIES:Träff,a\\,b",
      "TRANSP:TRANSPARENT",
      "END:VEVENT",
      "END:VCALENDAR",
  };
  CHECK(lines == expected);
}

TEST_CASE("format_calendar leaves out empty optional properties") {
  Calendar calendar;
  calendar.product = "-//plift//plift 0.1.0//EN";
  calendar.name = "P";
  calendar.stamp = plift::make_date(2026, 11, 16);
  CalendarEvent event;
  event.uid = "visit.ren.1@plift";
  event.day = plift::make_date(2026, 11, 23);
  event.summary = "Ren: coach visit";
  calendar.events.push_back(event);
  std::string text = format_calendar(calendar);
  CHECK(text.find("DESCRIPTION") == std::string::npos);
  CHECK(text.find("LOCATION") == std::string::npos);
  CHECK(text.find("CATEGORIES") == std::string::npos);
}
