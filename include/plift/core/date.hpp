#pragma once
// Calendar dates as plift reads and writes them. Dates are days (no time of
// day, no time zone); "today" is always passed in, never read here.

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plift {

using Date = date::sys_days;

// Parses YYYY-MM-DD, today, yesterday, tomorrow, YYYY-Www (its Monday) and
// YYYY-Www-D (ISO weekday D, 1 = Monday). Throws UsageError naming `what`
// (e.g. "--date") and the accepted forms when the text is not a real date.
Date parse_date(std::string_view text, Date today, std::string_view what = "date");

// Strict YYYY-MM-DD only (for stored values and files); nullopt when invalid.
std::optional<Date> parse_iso_date(std::string_view text);

// Always YYYY-MM-DD.
std::string format_date(Date d);

Date make_date(int year, unsigned month, unsigned day);

struct IsoWeek {
  int year;      // the ISO week-numbering year (may differ from the calendar year)
  unsigned week; // 1..53
  unsigned weekday; // 1 = Monday .. 7 = Sunday
};
IsoWeek iso_week_of(Date d);
// Number of ISO weeks (52 or 53) in an ISO week-numbering year.
unsigned iso_weeks_in_year(int iso_year);
// The Monday of ISO week `week` of `iso_year`.
Date monday_of(int iso_year, unsigned week);

// Quarters, as "2026Q3".
struct Quarter {
  int year;
  unsigned number;  // 1..4
  Date first_day() const;
  Date last_day() const;
  std::string label() const;
};
Quarter quarter_of(Date d);
Quarter parse_quarter(std::string_view text, std::string_view what = "--quarter");

// The configured industrial holiday weeks, by ISO week number.
class HolidayWeeks {
 public:
  HolidayWeeks() = default;
  explicit HolidayWeeks(std::vector<unsigned> weeks);
  bool contains(Date d) const;  // d lies in a holiday week
  const std::vector<unsigned>& weeks() const { return weeks_; }

 private:
  std::vector<unsigned> weeks_;
  bool flags_[54] = {};
};

// Number of distinct holiday weeks with at least one day in [from, to].
int holiday_weeks_touching(Date from, Date to, const HolidayWeeks& holidays);

// Planned end (inclusive) of a span of `weeks` coaching weeks beginning on
// `start`: start + 7*weeks - 1 day, extended by 7 days for every holiday week
// that falls inside the span, repeated while the span grows.
Date planned_end(Date start, int weeks, const HolidayWeeks& holidays);

// Days in [from, to] that lie outside holiday weeks.
int coaching_days_between(Date from, Date to, const HolidayWeeks& holidays);

}  // namespace plift
