#include "plift/core/date.hpp"

#include <date/iso_week.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "plift/core/error.hpp"

namespace plift {

namespace {

constexpr std::string_view accepted_date_forms =
    "use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow";

constexpr std::array<std::string_view, 12> month_names = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

bool is_digit(char c) { return c >= '0' && c <= '9'; }

bool all_digits(std::string_view text) {
  return !text.empty() && std::all_of(text.begin(), text.end(), is_digit);
}

// Callers have checked that `text` is all digits and short enough not to overflow.
int to_int(std::string_view text) {
  int value = 0;
  for (char c : text) value = value * 10 + (c - '0');
  return value;
}

bool has_date_shape(std::string_view t) {
  return t.size() == 10 && all_digits(t.substr(0, 4)) && t[4] == '-' &&
         all_digits(t.substr(5, 2)) && t[7] == '-' && all_digits(t.substr(8, 2));
}

// YYYY-Www or YYYY-Www-D; the week and weekday digits are checked by the caller.
bool has_week_shape(std::string_view t) {
  if (t.size() != 8 && t.size() != 10) return false;
  if (!all_digits(t.substr(0, 4)) || t[4] != '-' || (t[5] != 'W' && t[5] != 'w') ||
      !all_digits(t.substr(6, 2)))
    return false;
  return t.size() == 8 || (t[8] == '-' && is_digit(t[9]));
}

// The text as a message quotes it: control characters as \xNN. Dates also
// come from import and batch files, and a NUL would end the message early.
std::string quotable(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
      out += fmt::format("\\x{:02X}", static_cast<unsigned>(static_cast<unsigned char>(c)));
    else
      out += c;
  }
  return out;
}

[[noreturn]] void throw_invalid_date(std::string_view text, std::string_view what,
                                     std::string_view problem) {
  // The default `what` is the noun itself; "invalid date for date" would read oddly.
  std::string subject =
      what == "date" ? std::string("invalid date") : fmt::format("invalid date for {}", what);
  throw UsageError(fmt::format("{}: '{}' ({}; {})", subject, quotable(text), problem, accepted_date_forms));
}

Date parse_calendar_date(std::string_view text, std::string_view what) {
  int year = to_int(text.substr(0, 4));
  unsigned month = static_cast<unsigned>(to_int(text.substr(5, 2)));
  unsigned day = static_cast<unsigned>(to_int(text.substr(8, 2)));
  if (month < 1 || month > 12)
    throw_invalid_date(text, what,
                       fmt::format("not a calendar date: month {} does not exist", month));
  date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
  if (!ymd.ok()) {
    unsigned last = static_cast<unsigned>(
        (date::year{year} / date::month{month} / date::last).day());
    if (day == 0)
      throw_invalid_date(text, what, "not a calendar date: day 0 does not exist");
    throw_invalid_date(text, what,
                       fmt::format("not a calendar date: {} {} has {} days",
                                   month_names[month - 1], year, last));
  }
  return Date{ymd};
}

Date parse_week_date(std::string_view text, std::string_view what) {
  int year = to_int(text.substr(0, 4));
  unsigned week = static_cast<unsigned>(to_int(text.substr(6, 2)));
  unsigned weekday = text.size() == 10 ? static_cast<unsigned>(text[9] - '0') : 1;
  unsigned weeks_in_year = iso_weeks_in_year(year);
  if (week < 1 || week > weeks_in_year) {
    if (week == 53)
      throw_invalid_date(text, what, fmt::format("{} has only 52 ISO weeks", year));
    throw_invalid_date(text, what, fmt::format("week {} does not exist", week));
  }
  if (weekday < 1 || weekday > 7)
    throw_invalid_date(text, what,
                       fmt::format("weekday {} does not exist; 1 is Monday, 7 is Sunday", weekday));
  const Date day = monday_of(year, week) + date::days{weekday - 1};
  // The last ISO week of 9999 ends in 10000, which YYYY-MM-DD cannot write.
  if (date::year_month_day{day}.year() > date::year{9999})
    throw_invalid_date(text, what, fmt::format("it falls on {}, after 9999-12-31", format_date(day)));
  return day;
}

}  // namespace

Date parse_date(std::string_view text, Date today, std::string_view what) {
  if (text == "today") return today;
  if (text == "yesterday") return today - date::days{1};
  if (text == "tomorrow") return today + date::days{1};
  if (has_date_shape(text)) return parse_calendar_date(text, what);
  if (has_week_shape(text)) return parse_week_date(text, what);
  throw_invalid_date(text, what, "not a date");
}

std::optional<Date> parse_iso_date(std::string_view text) {
  if (!has_date_shape(text)) return std::nullopt;
  date::year_month_day ymd{date::year{to_int(text.substr(0, 4))},
                           date::month{static_cast<unsigned>(to_int(text.substr(5, 2)))},
                           date::day{static_cast<unsigned>(to_int(text.substr(8, 2)))}};
  if (!ymd.ok()) return std::nullopt;
  return Date{ymd};
}

std::string format_date(Date d) {
  date::year_month_day ymd{d};
  int year = static_cast<int>(ymd.year());
  if (year < 0 || year > 9999) {
    return fmt::format("{:04}-{:02}-{:02}", year, static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  }
  // By hand: listings format three dates for each of thousands of companies.
  auto month = static_cast<unsigned>(ymd.month());
  auto day = static_cast<unsigned>(ymd.day());
  std::string text = "0000-00-00";
  for (int i = 3; i >= 0; --i, year /= 10) text[static_cast<std::size_t>(i)] = static_cast<char>('0' + year % 10);
  text[5] = static_cast<char>('0' + month / 10);
  text[6] = static_cast<char>('0' + month % 10);
  text[8] = static_cast<char>('0' + day / 10);
  text[9] = static_cast<char>('0' + day % 10);
  return text;
}

Date make_date(int year, unsigned month, unsigned day) {
  date::year_month_day ymd{date::year{year}, date::month{month}, date::day{day}};
  // Callers pass literals or already validated parts, so a bad one is a bug.
  if (!ymd.ok())
    throw InternalError(
        fmt::format("make_date: {}-{}-{} is not a calendar date", year, month, day));
  return Date{ymd};
}

IsoWeek iso_week_of(Date d) {
  iso_week::year_weeknum_weekday iso{d};
  return IsoWeek{static_cast<int>(iso.year()), static_cast<unsigned>(iso.weeknum()),
                 static_cast<unsigned>(iso.weekday())};
}

unsigned iso_weeks_in_year(int iso_year) {
  return static_cast<unsigned>((iso_week::year{iso_year} / iso_week::last).weeknum());
}

Date monday_of(int iso_year, unsigned week) {
  return Date{iso_week::year{iso_year} / iso_week::weeknum{week} / iso_week::mon};
}

Date Quarter::first_day() const {
  return Date{date::year{year} / date::month{3 * (number - 1) + 1} / date::day{1}};
}

Date Quarter::last_day() const {
  return Date{date::year{year} / date::month{3 * number} / date::last};
}

std::string Quarter::label() const { return fmt::format("{:04}Q{}", year, number); }

Quarter quarter_of(Date d) {
  date::year_month_day ymd{d};
  return Quarter{static_cast<int>(ymd.year()), (static_cast<unsigned>(ymd.month()) - 1) / 3 + 1};
}

Quarter parse_quarter(std::string_view text, std::string_view what) {
  auto fail = [&](std::string_view problem) {
    throw UsageError(fmt::format("invalid quarter for {}: '{}' ({}; use YYYYQn, e.g. 2026Q3)",
                                 what, quotable(text), problem));
  };
  if (text.size() != 6 || !all_digits(text.substr(0, 4)) || (text[4] != 'Q' && text[4] != 'q') ||
      !is_digit(text[5]))
    fail("not a quarter");
  unsigned number = static_cast<unsigned>(text[5] - '0');
  if (number < 1 || number > 4) fail(fmt::format("quarter {} does not exist", number));
  return Quarter{to_int(text.substr(0, 4)), number};
}

Date easter_sunday(int year) {
  // Meeus/Jones/Butcher: the Gregorian computus.
  int a = year % 19;
  int b = year / 100;
  int c = year % 100;
  int d = b / 4;
  int e = b % 4;
  int f = (b + 8) / 25;
  int g = (b - f + 1) / 3;
  int h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4;
  int k = c % 4;
  int l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31;
  int day = (h + l - 7 * m + 114) % 31 + 1;
  return Date{date::year{year} / date::month{static_cast<unsigned>(month)} / date::day{static_cast<unsigned>(day)}};
}

std::optional<HolidayRule> parse_holiday_rule(std::string_view text) {
  if (text == "easter") return HolidayRule{HolidayRule::Kind::easter, {}, {}};
  std::string_view first = text;
  std::string_view last = text;
  if (auto dots = text.find(".."); dots != std::string_view::npos) {
    first = text.substr(0, dots);
    last = text.substr(dots + 2);
  }
  std::optional<Date> from = parse_iso_date(first);
  std::optional<Date> to = parse_iso_date(last);
  if (!from || !to || *to < *from) return std::nullopt;
  return HolidayRule{HolidayRule::Kind::days, *from, *to};
}

std::string to_string(const HolidayRule& rule) {
  if (rule.kind == HolidayRule::Kind::easter) return "easter";
  if (rule.first == rule.last) return format_date(rule.first);
  return format_date(rule.first) + ".." + format_date(rule.last);
}

namespace {

// Maundy Thursday to Easter Monday: Easter Sunday − 3 to + 1.
std::pair<Date, Date> easter_days(int year) {
  Date sunday = easter_sunday(year);
  return {sunday - date::days{3}, sunday + date::days{1}};
}

int year_of(Date d) { return static_cast<int>(date::year_month_day{d}.year()); }

}  // namespace

HolidayWeeks::HolidayWeeks(std::vector<unsigned> weeks, const std::vector<HolidayRule>& days)
    : weeks_(std::move(weeks)) {
  // Week numbers outside 1..53 can never match a date; config validation reports them.
  for (unsigned w : weeks_)
    if (w >= 1 && w <= 53) flags_[w] = true;
  for (const HolidayRule& rule : days) {
    if (rule.kind == HolidayRule::Kind::easter) {
      easter_ = true;
    } else if (rule.first <= rule.last) {
      spans_.emplace_back(rule.first, rule.last);
    }
  }
  // Overlapping and adjoining ranges become one, so no day is counted twice.
  std::sort(spans_.begin(), spans_.end());
  std::vector<std::pair<Date, Date>> merged;
  for (const auto& span : spans_) {
    if (!merged.empty() && span.first <= merged.back().second + date::days{1}) {
      merged.back().second = std::max(merged.back().second, span.second);
    } else {
      merged.push_back(span);
    }
  }
  spans_ = std::move(merged);
}

bool HolidayWeeks::in_holiday_week(Date d) const { return flags_[iso_week_of(d).week]; }

bool HolidayWeeks::is_holiday_day(Date d) const {
  if (!spans_.empty()) {
    // The first span ending on or after d.
    auto span = std::lower_bound(spans_.begin(), spans_.end(), d,
                                 [](const std::pair<Date, Date>& s, Date day) { return s.second < day; });
    if (span != spans_.end() && span->first <= d) return true;
  }
  if (easter_) {
    auto [first, last] = easter_days(year_of(d));
    if (first <= d && d <= last) return true;
  }
  return false;
}

bool HolidayWeeks::contains(Date d) const { return in_holiday_week(d) || (has_days() && is_holiday_day(d)); }

std::vector<std::pair<Date, Date>> HolidayWeeks::holiday_day_spans(Date from, Date to) const {
  std::vector<std::pair<Date, Date>> spans;
  if (to < from || !has_days()) return spans;
  // The ranges and the Easters that reach into [from, to], cut to it.
  std::vector<std::pair<Date, Date>> parts;
  auto add = [&](Date first, Date last) {
    first = std::max(first, from);
    last = std::min(last, to);
    if (first <= last) parts.emplace_back(first, last);
  };
  auto span = std::lower_bound(spans_.begin(), spans_.end(), from,
                               [](const std::pair<Date, Date>& s, Date day) { return s.second < day; });
  for (; span != spans_.end() && span->first <= to; ++span) add(span->first, span->second);
  if (easter_) {
    for (int year = year_of(from); year <= year_of(to); ++year) {
      auto [first, last] = easter_days(year);
      add(first, last);
    }
  }
  std::sort(parts.begin(), parts.end());
  // Day by day (holiday days are few): each day once, those in holiday weeks left out.
  for (const auto& [first, last] : parts) {
    Date day = spans.empty() ? first : std::max(first, spans.back().second + date::days{1});
    for (; day <= last; day += date::days{1}) {
      if (in_holiday_week(day)) continue;
      if (!spans.empty() && spans.back().second + date::days{1} == day) {
        spans.back().second = day;
      } else {
        spans.emplace_back(day, day);
      }
    }
  }
  return spans;
}

int HolidayWeeks::holiday_days_outside_weeks(Date from, Date to) const {
  int days = 0;
  for (const auto& [first, last] : holiday_day_spans(from, to)) days += static_cast<int>((last - first).count()) + 1;
  return days;
}

int holiday_weeks_touching(Date from, Date to, const HolidayWeeks& holidays) {
  if (to < from) return 0;
  int count = 0;
  // Walking Monday to Monday visits each ISO (year, week) pair exactly once.
  Date monday = from - date::days{iso_week_of(from).weekday - 1};
  for (; monday <= to; monday += date::days{7})
    if (holidays.in_holiday_week(monday)) ++count;
  return count;
}

Date planned_end(Date start, int weeks, const HolidayWeeks& holidays) {
  bool every_week_is_holiday = true;
  for (unsigned w = 1; w <= 53; ++w)
    if (!std::count(holidays.weeks().begin(), holidays.weeks().end(), w))
      every_week_is_holiday = false;
  // Otherwise the span below would grow forever.
  if (every_week_is_holiday && weeks > 0)
    throw ConfigError("holiday_weeks cover every ISO week: no coaching weeks are left");

  auto monday_before = [](Date d) { return d - date::days{iso_week_of(d).weekday - 1}; };
  const Date base = start + date::days{7 * weeks - 1};
  Date end = base;
  int touched = holiday_weeks_touching(start, end, holidays);
  int extra_days = holidays.holiday_days_outside_weeks(start, end);
  for (;;) {
    Date next = base + date::days{7 * touched + extra_days};
    if (next == end) return end;
    // Only the days the span grew into: recounting the whole span each time
    // is quadratic (a 300-week phase with 51 holiday weeks took over a second).
    for (Date monday = monday_before(end) + date::days{7}; monday <= next; monday += date::days{7})
      if (holidays.in_holiday_week(monday)) ++touched;
    extra_days += holidays.holiday_days_outside_weeks(end + date::days{1}, next);
    end = next;
  }
}

int coaching_days_between(Date from, Date to, const HolidayWeeks& holidays) {
  if (to < from) return 0;
  // Week by week: rules call this for every company, over spans of years.
  int days = 0;
  Date week_start = from;
  while (week_start <= to) {
    Date sunday = week_start + date::days{7 - iso_week_of(week_start).weekday};
    Date week_end = std::min(sunday, to);
    if (!holidays.in_holiday_week(week_start)) days += static_cast<int>((week_end - week_start).count()) + 1;
    week_start = week_end + date::days{1};
  }
  if (holidays.has_days()) days -= holidays.holiday_days_outside_weeks(from, to);
  return days;
}

}  // namespace plift
