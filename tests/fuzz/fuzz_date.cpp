// Dates as plift reads them (plift::parse_date, parse_iso_date,
// parse_quarter) and the calendar arithmetic built on them.
//
// Properties: each parser returns a value or throws plift::UsageError naming
// the text, nothing else; a parsed date lies in 0000..9999 and formats back
// to text that parses to the same date (the very text, for YYYY-MM-DD); a
// week date lies in the ISO week and weekday it names; parse_iso_date accepts
// exactly the YYYY-MM-DD texts parse_date accepts; a quarter's label is its
// text and its days are its own. From the input's bytes as numbers: ISO week
// arithmetic inverts, and planned_end is the fixed point its contract states.

#include "fuzz_support.hpp"
#include "plift/core/date.hpp"
#include "plift/core/error.hpp"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using plift::Date;
using plift::fuzz::broken;
using plift::fuzz::require;

const Date today = plift::make_date(2026, 11, 16);
const Date first_day = plift::make_date(0, 1, 1);
const Date last_day = plift::make_date(9999, 12, 31);

int digits(std::string_view text) {
  int value = 0;
  for (const char c : text) {
    value = value * 10 + (c - '0');
  }
  return value;
}

bool has_control_characters(std::string_view text) {
  return std::any_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7f; });
}

// An error quotes the text it refuses, control characters escaped.
void check_quoted_text(std::string_view message, std::string_view text) {
  require(!has_control_characters(message), "error messages hold no control characters", message);
  if (!has_control_characters(text)) {
    require(message.find("'" + std::string(text) + "'") != std::string_view::npos, "errors quote the text",
            message);
  }
}

std::optional<Date> parse_date_checked(std::string_view text) {
  try {
    return plift::parse_date(text, today, "--date");
  } catch (const plift::UsageError& error) {
    // As the top level prints it: up to a NUL.
    const std::string_view message = error.what();
    require(message.substr(0, 26) == "invalid date for --date: '", "date errors name the option", message);
    require(message.find("use YYYY-MM-DD") != std::string_view::npos,
            "date errors list the accepted forms (a NUL in the text does not cut them off)", message);
    check_quoted_text(message, text);
    return std::nullopt;
  } catch (const std::exception& error) {
    broken("parse_date throws only plift::UsageError", error.what());
  }
}

void check_parse_date(std::string_view text) {
  const auto parsed = parse_date_checked(text);
  const auto iso = plift::parse_iso_date(text);
  if (iso) {
    require(parsed == iso, "parse_date accepts what parse_iso_date accepts, as the same date", text);
    require(plift::format_date(*iso) == text, "parse_iso_date accepts only the text format_date writes", text);
  }
  if (!parsed) {
    return;
  }
  const Date date = *parsed;
  if (text == "today" || text == "yesterday" || text == "tomorrow") {
    const int offset = text == "today" ? 0 : text == "yesterday" ? -1 : 1;
    require(date == today + date::days{offset}, "today, yesterday and tomorrow are relative to today", text);
    return;
  }
  require(date >= first_day && date <= last_day, "a parsed date lies in the years 0000..9999", text);
  const std::string formatted = plift::format_date(date);
  require(parse_date_checked(formatted) == date, "a parsed date formats to text that parses to the same date",
          formatted);
  require(plift::parse_iso_date(formatted) == date, "a parsed date formats to a strict YYYY-MM-DD", formatted);
  const bool week_form = text.size() >= 6 && (text[5] == 'W' || text[5] == 'w');
  if (!week_form) {
    require(iso.has_value(), "parse_date reads YYYY-MM-DD as parse_iso_date does", text);
    return;
  }
  const plift::IsoWeek week = plift::iso_week_of(date);
  require(week.year == digits(text.substr(0, 4)) && week.week == static_cast<unsigned>(digits(text.substr(6, 2))),
          "a week date lies in the ISO week it names", text);
  require(week.weekday == (text.size() == 10 ? static_cast<unsigned>(text[9] - '0') : 1u),
          "a week date falls on the weekday it names (Monday without one)", text);
}

void check_quarter(std::string_view text) {
  plift::Quarter quarter{};
  try {
    quarter = plift::parse_quarter(text, "--quarter");
  } catch (const plift::UsageError& error) {
    const std::string_view message = error.what();
    require(message.substr(0, 32) == "invalid quarter for --quarter: '", "quarter errors name the option", message);
    require(message.find("use YYYYQn") != std::string_view::npos, "quarter errors give the form", message);
    check_quoted_text(message, text);
    return;
  } catch (const std::exception& error) {
    broken("parse_quarter throws only plift::UsageError", error.what());
  }
  std::string label(text);
  label[4] = 'Q';
  require(quarter.label() == label, "a quarter's label is the text it was parsed from", quarter.label());
  const Date first = quarter.first_day();
  const Date last = quarter.last_day();
  const auto days = (last - first).count() + 1;
  require(days >= 90 && days <= 92, "a quarter has 90 to 92 days", label);
  require(plift::quarter_of(first).label() == label && plift::quarter_of(last).label() == label,
          "a quarter's first and last days lie in it", label);
  require(plift::quarter_of(first - date::days{1}).label() != label &&
              plift::quarter_of(last + date::days{1}).label() != label,
          "the days around a quarter lie outside it", label);
}

// Numbers taken from the front of the input, little-endian.
class Numbers {
 public:
  explicit Numbers(std::string_view bytes) : bytes_(bytes) {}
  std::uint64_t next(std::size_t size) {
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < size && at_ < bytes_.size(); ++i, ++at_) {
      value |= std::uint64_t{static_cast<unsigned char>(bytes_[at_])} << (8 * i);
    }
    return value;
  }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
};

void check_calendar(std::string_view bytes) {
  Numbers numbers(bytes);
  const auto span = static_cast<std::uint64_t>((last_day - first_day).count()) + 1;
  const Date date = first_day + date::days{static_cast<int>(numbers.next(4) % span)};

  const std::string text = plift::format_date(date);
  require(text.size() == 10 && plift::parse_iso_date(text) == date, "format_date and parse_iso_date invert", text);

  const plift::IsoWeek week = plift::iso_week_of(date);
  require(week.week >= 1 && week.week <= plift::iso_weeks_in_year(week.year) && week.weekday >= 1 &&
              week.weekday <= 7,
          "iso_week_of gives a week of its year and a weekday 1..7", text);
  require(plift::monday_of(week.year, week.week) + date::days{week.weekday - 1} == date,
          "monday_of and iso_week_of invert", text);

  const plift::Quarter quarter = plift::quarter_of(date);
  require(quarter.first_day() <= date && date <= quarter.last_day(), "a date lies in its quarter", text);

  // planned_end: at most 51 holiday weeks (the config's limit) and a few years of weeks.
  const std::uint64_t mask = numbers.next(7);
  std::vector<unsigned> holiday_weeks;
  for (unsigned w = 1; w <= 53 && holiday_weeks.size() < 51; ++w) {
    if ((mask >> (w - 1)) & 1u) {
      holiday_weeks.push_back(w);
    }
  }
  const plift::HolidayWeeks holidays(holiday_weeks);
  const int weeks = static_cast<int>(numbers.next(1) % 160);
  const Date end = plift::planned_end(date, weeks, holidays);
  const auto length = (end - date).count() + 1;
  require(length == 7 * (weeks + plift::holiday_weeks_touching(date, end, holidays)),
          "planned_end adds 7 days for each holiday week its span touches", text);
  require(plift::coaching_days_between(date, end, holidays) >= 7 * weeks,
          "a planned span holds at least its weeks of coaching days", text);
  for (Date day = date; day <= end && day < date + date::days{21}; day += date::days{1}) {
    const bool holiday = std::find(holiday_weeks.begin(), holiday_weeks.end(), plift::iso_week_of(day).week) !=
                         holiday_weeks.end();
    require(holidays.contains(day) == holiday, "HolidayWeeks::contains matches the weeks listed", text);
  }

  // With holiday days too ([program].holidays): Easter and a range near the start.
  std::vector<plift::HolidayRule> rules;
  if (numbers.next(1) & 1u) rules.push_back({plift::HolidayRule::Kind::easter, {}, {}});
  const Date range_from = date + date::days{static_cast<int>(numbers.next(2) % 400)};
  rules.push_back({plift::HolidayRule::Kind::days, range_from, range_from + date::days{static_cast<int>(numbers.next(1) % 30)}});
  const plift::HolidayWeeks with_days(holiday_weeks, rules);
  const Date end_with_days = plift::planned_end(date, weeks, with_days);
  const auto length_with_days = (end_with_days - date).count() + 1;
  require(length_with_days == 7 * (weeks + plift::holiday_weeks_touching(date, end_with_days, with_days)) +
                                  with_days.holiday_days_outside_weeks(date, end_with_days),
          "planned_end adds 7 days per holiday week and 1 per other holiday day its span touches", text);
  require(end_with_days >= end, "holiday days never bring a planned end forward", text);
  require(plift::coaching_days_between(date, end_with_days, with_days) >= 7 * weeks,
          "a planned span holds at least its weeks of coaching days, holiday days left out", text);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  check_parse_date(input);
  check_quarter(input);
  check_calendar(input);
  return 0;
}
