#pragma once
// Calendar dates as plift reads and writes them. Dates are days (no time of
// day, no time zone); "today" is always passed in, never read here.

#include <date/date.h>

#include <optional>
#include <string>
#include <string_view>
#include <utility>
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

// Easter Sunday of a Gregorian year (the Anonymous Gregorian computus).
Date easter_sunday(int year);

// One entry of [program].holidays: a day ("2026-12-24"), an inclusive range
// of days ("2027-03-22..2027-03-28"), or "easter": Maundy Thursday to Easter
// Monday of every year.
struct HolidayRule {
  enum class Kind { days, easter };
  Kind kind = Kind::days;
  Date first{};  // Kind::days: the first and the last day, first <= last
  Date last{};
  bool operator==(const HolidayRule&) const = default;
};
// The rule `text` writes, or nullopt when it is none of the three forms (or a
// range ends before it begins).
std::optional<HolidayRule> parse_holiday_rule(std::string_view text);
// "2026-12-24", "2027-03-22..2027-03-28" or "easter".
std::string to_string(const HolidayRule& rule);

// The configured holidays: the industrial holiday weeks, by ISO week number,
// and holiday days ([program].holidays). Neither carries coaching.
class HolidayWeeks {
 public:
  HolidayWeeks() = default;
  explicit HolidayWeeks(std::vector<unsigned> weeks, const std::vector<HolidayRule>& days = {});
  bool contains(Date d) const;         // d lies in a holiday week or is a holiday day
  bool in_holiday_week(Date d) const;  // d lies in a holiday week
  bool is_holiday_day(Date d) const;   // d is a holiday day, whatever its week
  // Holiday days in [from, to] outside the holiday weeks, each counted once.
  int holiday_days_outside_weeks(Date from, Date to) const;
  // The holiday days in [from, to] outside the holiday weeks, as inclusive spans, in order.
  std::vector<std::pair<Date, Date>> holiday_day_spans(Date from, Date to) const;
  bool has_days() const { return easter_ || !spans_.empty(); }
  const std::vector<unsigned>& weeks() const { return weeks_; }

 private:
  std::vector<unsigned> weeks_;
  bool flags_[54] = {};
  std::vector<std::pair<Date, Date>> spans_;  // the ranges and days, merged, in order
  bool easter_ = false;
};
// The same class: holidays are no longer weeks only.
using Holidays = HolidayWeeks;

// Number of distinct holiday weeks with at least one day in [from, to].
int holiday_weeks_touching(Date from, Date to, const HolidayWeeks& holidays);

// Planned end (inclusive) of a span of `weeks` coaching weeks beginning on
// `start`: the earliest day E from start + 7*weeks - 1 on with
//   E = start + 7*weeks - 1 + 7 * (holiday weeks with a day in [start, E])
//                           + (holiday days in [start, E] outside those weeks),
// that is: extended by 7 days for every holiday week and by 1 day for every
// other holiday day that falls inside the span, repeated while the span grows.
Date planned_end(Date start, int weeks, const HolidayWeeks& holidays);

// Days in [from, to] that are coaching days: outside holiday weeks and not holiday days.
int coaching_days_between(Date from, Date to, const HolidayWeeks& holidays);

}  // namespace plift
