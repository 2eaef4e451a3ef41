#include <doctest/doctest.h>

#include <string>

#include "plift/core/date.hpp"
#include "plift/core/error.hpp"

using namespace plift;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

const Date fixed_today = ymd(2026, 3, 18);

Date parse(std::string_view text) { return parse_date(text, fixed_today, "--date"); }

// The message of the UsageError that parsing `text` throws, or "" when it parses.
std::string parse_error(std::string_view text) {
  try {
    parse(text);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

bool message_contains(const std::string& message, std::string_view part) {
  return message.find(part) != std::string::npos;
}

const HolidayWeeks summer{{28, 29, 30, 31}};
const HolidayWeeks christmas{{52, 53, 1}};

}  // namespace

TEST_CASE("format_date and make_date round-trip through parse_iso_date") {
  CHECK(format_date(ymd(2026, 1, 5)) == "2026-01-05");
  CHECK(format_date(ymd(999, 12, 31)) == "0999-12-31");
  CHECK(parse_iso_date("2026-01-05") == ymd(2026, 1, 5));
  CHECK(format_date(*parse_iso_date("2028-02-29")) == "2028-02-29");
  CHECK_THROWS_AS(make_date(2026, 2, 29), InternalError);
}

TEST_CASE("parse_iso_date is strict YYYY-MM-DD") {
  CHECK_FALSE(parse_iso_date(""));
  CHECK_FALSE(parse_iso_date("today"));
  CHECK_FALSE(parse_iso_date("2026-W01"));
  CHECK_FALSE(parse_iso_date("2026-1-1"));
  CHECK_FALSE(parse_iso_date("2026-02-29"));
  CHECK_FALSE(parse_iso_date(" 2026-01-01"));
  CHECK_FALSE(parse_iso_date("2026-01-01 "));
  CHECK_FALSE(parse_iso_date("2026/01/01"));
}

TEST_CASE("parse_date: calendar dates and leap years") {
  CHECK(parse("2026-01-01") == ymd(2026, 1, 1));
  CHECK(parse("2026-12-31") == ymd(2026, 12, 31));
  CHECK(parse("2024-02-29") == ymd(2024, 2, 29));
  CHECK(parse("2028-02-29") == ymd(2028, 2, 29));
  CHECK(parse("2000-02-29") == ymd(2000, 2, 29));
  CHECK_THROWS_AS(parse("2026-02-29"), UsageError);
  CHECK_THROWS_AS(parse("2100-02-29"), UsageError);
  CHECK_THROWS_AS(parse("1900-02-29"), UsageError);
  CHECK_THROWS_AS(parse("2026-04-31"), UsageError);
  CHECK(parse("2026-04-30") == ymd(2026, 4, 30));
}

TEST_CASE("parse_date: today, yesterday and tomorrow are relative to the given day") {
  CHECK(parse("today") == fixed_today);
  CHECK(parse("yesterday") == ymd(2026, 3, 17));
  CHECK(parse("tomorrow") == ymd(2026, 3, 19));
  CHECK(parse_date("yesterday", ymd(2026, 1, 1)) == ymd(2025, 12, 31));
  CHECK(parse_date("tomorrow", ymd(2028, 2, 28)) == ymd(2028, 2, 29));
  CHECK(parse_date("tomorrow", ymd(2026, 12, 31)) == ymd(2027, 1, 1));
  CHECK_THROWS_AS(parse("Today"), UsageError);
  CHECK_THROWS_AS(parse("now"), UsageError);
}

TEST_CASE("parse_date: ISO weeks") {
  CHECK(parse("2026-W01") == ymd(2025, 12, 29));
  CHECK(parse("2026-W01-1") == ymd(2025, 12, 29));
  CHECK(parse("2026-W47") == ymd(2026, 11, 16));
  CHECK(parse("2026-W47-3") == ymd(2026, 11, 18));
  CHECK(parse("2026-W53") == ymd(2026, 12, 28));
  CHECK(parse("2026-W53-7") == ymd(2027, 1, 3));
  CHECK(parse("2020-W53-7") == ymd(2021, 1, 3));
  CHECK(parse("2025-W01") == ymd(2024, 12, 30));
  CHECK(parse("2026-w12") == ymd(2026, 3, 16));
  CHECK_THROWS_AS(parse("2025-W53"), UsageError);
  CHECK_THROWS_AS(parse("2026-W00"), UsageError);
  CHECK_THROWS_AS(parse("2026-W54"), UsageError);
  CHECK_THROWS_AS(parse("2026-W01-0"), UsageError);
  CHECK_THROWS_AS(parse("2026-W01-8"), UsageError);
  CHECK_THROWS_AS(parse("2026-W5"), UsageError);
  CHECK_THROWS_AS(parse("2026W05"), UsageError);
  CHECK_THROWS_AS(parse("2026-W05-"), UsageError);
  CHECK_THROWS_AS(parse("2026-W05-12"), UsageError);
}

TEST_CASE("parse_date: malformed input is a usage error") {
  for (std::string_view bad : {"", " 2026-01-01", "2026-01-01 ", "2026-1-1", "2026-13-01",
                               "2026-00-10", "2026-01-00", "20260101", "abc", "2026-01-01T10:00",
                               "26-01-01", "+2026-01-01", "2026-01-1x"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(parse(bad), UsageError);
  }
}

TEST_CASE("parse_date: messages name the option, the problem and the accepted forms") {
  const std::string forms = "use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow";

  std::string feb = parse_error("2026-02-30");
  CHECK(message_contains(feb, "invalid date for --date: '2026-02-30'"));
  CHECK(message_contains(feb, "(not a calendar date: February 2026 has 28 days; "));
  CHECK(message_contains(feb, forms));

  CHECK(message_contains(parse_error("2026-13-01"), "month 13 does not exist"));
  CHECK(message_contains(parse_error("2026-00-10"), "month 0 does not exist"));
  CHECK(message_contains(parse_error("2026-01-00"), "day 0 does not exist"));
  CHECK(message_contains(parse_error("2025-W53"), "2025 has only 52 ISO weeks"));
  CHECK(message_contains(parse_error("2026-W00"), "week 0 does not exist"));
  CHECK(message_contains(parse_error("2026-W01-9"), "weekday 9 does not exist"));
  CHECK(message_contains(parse_error("abc"), "'abc' (not a date; " + forms + ")"));

  try {
    parse_date("x", fixed_today);
    FAIL("expected a UsageError");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()).starts_with("invalid date: 'x'"));
    CHECK(e.status() == ExitStatus::usage);
  }
}

TEST_CASE("iso_week_of across the new year") {
  auto check_week = [](Date d, int year, unsigned week, unsigned weekday) {
    IsoWeek w = iso_week_of(d);
    CHECK(w.year == year);
    CHECK(w.week == week);
    CHECK(w.weekday == weekday);
  };
  check_week(ymd(2026, 12, 31), 2026, 53, 4);
  check_week(ymd(2027, 1, 1), 2026, 53, 5);
  check_week(ymd(2027, 1, 4), 2027, 1, 1);
  check_week(ymd(2024, 12, 30), 2025, 1, 1);
  check_week(ymd(2021, 1, 3), 2020, 53, 7);
  check_week(ymd(2026, 1, 1), 2026, 1, 4);
  check_week(ymd(2026, 3, 18), 2026, 12, 3);
}

TEST_CASE("iso_weeks_in_year and monday_of") {
  CHECK(iso_weeks_in_year(2020) == 53);
  CHECK(iso_weeks_in_year(2026) == 53);
  CHECK(iso_weeks_in_year(2015) == 53);
  CHECK(iso_weeks_in_year(2025) == 52);
  CHECK(iso_weeks_in_year(2024) == 52);
  CHECK(iso_weeks_in_year(2027) == 52);
  CHECK(monday_of(2026, 1) == ymd(2025, 12, 29));
  CHECK(monday_of(2026, 53) == ymd(2026, 12, 28));
  CHECK(monday_of(2027, 1) == ymd(2027, 1, 4));
}

TEST_CASE("quarters") {
  Quarter q = parse_quarter("2026Q3");
  CHECK(q.year == 2026);
  CHECK(q.number == 3);
  CHECK(q.label() == "2026Q3");
  CHECK(q.first_day() == ymd(2026, 7, 1));
  CHECK(q.last_day() == ymd(2026, 9, 30));
  CHECK(parse_quarter("2024q1").last_day() == ymd(2024, 3, 31));
  CHECK(parse_quarter("2026Q4").last_day() == ymd(2026, 12, 31));
  CHECK(parse_quarter("2026Q2").first_day() == ymd(2026, 4, 1));

  CHECK(quarter_of(ymd(2026, 1, 1)).label() == "2026Q1");
  CHECK(quarter_of(ymd(2026, 9, 30)).label() == "2026Q3");
  CHECK(quarter_of(ymd(2026, 10, 1)).label() == "2026Q4");
  CHECK(quarter_of(ymd(2026, 12, 31)).label() == "2026Q4");

  for (std::string_view bad : {"", "2026Q0", "2026Q5", "26Q3", "2026-Q3", "2026Q3 ", " 2026Q3",
                               "2026Q", "Q3", "2026K3", "2026Q33"}) {
    CAPTURE(bad);
    CHECK_THROWS_AS(parse_quarter(bad), UsageError);
  }
  try {
    parse_quarter("2026Q5");
    FAIL("expected a UsageError");
  } catch (const UsageError& e) {
    CHECK(std::string(e.what()) ==
          "invalid quarter for --quarter: '2026Q5' (quarter 5 does not exist; use YYYYQn, e.g. "
          "2026Q3)");
  }
}

TEST_CASE("HolidayWeeks::contains goes by ISO week number") {
  CHECK(summer.contains(ymd(2026, 7, 6)));    // Monday of week 28
  CHECK(summer.contains(ymd(2026, 8, 2)));    // Sunday of week 31
  CHECK_FALSE(summer.contains(ymd(2026, 7, 5)));
  CHECK_FALSE(summer.contains(ymd(2026, 8, 3)));
  CHECK(christmas.contains(ymd(2027, 1, 1)));  // 2026-W53-5
  CHECK(christmas.contains(ymd(2025, 12, 29)));  // 2026-W01-1
  CHECK_FALSE(christmas.contains(ymd(2027, 1, 11)));
  CHECK_FALSE(HolidayWeeks{}.contains(ymd(2026, 7, 6)));
  CHECK_FALSE(HolidayWeeks({0, 54, 99}).contains(ymd(2026, 7, 6)));
}

TEST_CASE("holiday_weeks_touching counts each (ISO year, week) once") {
  CHECK(holiday_weeks_touching(ymd(2026, 6, 1), ymd(2026, 8, 9), summer) == 4);
  CHECK(holiday_weeks_touching(ymd(2026, 7, 12), ymd(2026, 7, 13), summer) == 2);
  CHECK(holiday_weeks_touching(ymd(2026, 7, 10), ymd(2026, 7, 10), summer) == 1);
  CHECK(holiday_weeks_touching(ymd(2026, 8, 3), ymd(2026, 8, 30), summer) == 0);
  CHECK(holiday_weeks_touching(ymd(2026, 8, 9), ymd(2026, 7, 1), summer) == 0);
  CHECK(holiday_weeks_touching(ymd(2026, 12, 31), ymd(2026, 12, 31), christmas) == 1);
  CHECK(holiday_weeks_touching(ymd(2026, 12, 28), ymd(2027, 1, 10), christmas) == 2);
  // Week 1 of two different ISO years.
  CHECK(holiday_weeks_touching(ymd(2026, 1, 1), ymd(2027, 1, 4), HolidayWeeks({1})) == 2);
}

TEST_CASE("planned_end") {
  SUBCASE("no holidays: start + 7 * weeks - 1 day") {
    CHECK(planned_end(ymd(2026, 1, 5), 10, HolidayWeeks{}) == ymd(2026, 3, 15));
    CHECK(planned_end(ymd(2026, 1, 5), 1, HolidayWeeks{}) == ymd(2026, 1, 11));
    CHECK(planned_end(ymd(2026, 1, 7), 1, HolidayWeeks{}) == ymd(2026, 1, 13));
  }
  SUBCASE("a span that misses the holidays is not extended") {
    CHECK(planned_end(ymd(2026, 1, 5), 10, summer) == ymd(2026, 3, 15));
  }
  SUBCASE("across the summer: four holiday weeks add four weeks") {
    Date start = ymd(2026, 6, 1);
    CHECK(planned_end(start, 10, HolidayWeeks{}) == ymd(2026, 8, 9));
    CHECK(planned_end(start, 10, summer) == ymd(2026, 9, 6));
    CHECK(coaching_days_between(start, ymd(2026, 9, 6), summer) == 70);
  }
  SUBCASE("across Christmas in a 53-week year") {
    // Weeks 50, 51, 52, 53, then 2027-W01, W02, W03: three holiday weeks.
    CHECK(planned_end(ymd(2026, 12, 7), 4, christmas) == ymd(2027, 1, 24));
    CHECK(coaching_days_between(ymd(2026, 12, 7), ymd(2027, 1, 24), christmas) == 28);
  }
  SUBCASE("the span grows into further holiday weeks: repeat until stable") {
    // One pass would count week 28 only and end on 2026-07-19, inside the holidays.
    CHECK(planned_end(ymd(2026, 6, 29), 2, summer) == ymd(2026, 8, 9));
    CHECK(planned_end(ymd(2026, 3, 2), 1, HolidayWeeks({10, 11})) == ymd(2026, 3, 22));
  }
  SUBCASE("a start in the middle of a holiday week counts that whole week") {
    // Wednesday of week 28: weeks 28-31 are skipped; the end is a Tuesday, like the start - 1.
    CHECK(planned_end(ymd(2026, 7, 8), 2, summer) == ymd(2026, 8, 18));
  }
  SUBCASE("a start on a holiday week with the default summer ends after it") {
    CHECK(planned_end(ymd(2026, 7, 6), 1, summer) == ymd(2026, 8, 9));
  }
  SUBCASE("holidays covering every week are refused instead of looping forever") {
    std::vector<unsigned> all;
    for (unsigned w = 1; w <= 53; ++w) all.push_back(w);
    CHECK_THROWS_AS(planned_end(ymd(2026, 1, 5), 1, HolidayWeeks(all)), ConfigError);
  }
}

TEST_CASE("easter_sunday: the Gregorian computus") {
  CHECK(easter_sunday(2024) == ymd(2024, 3, 31));
  CHECK(easter_sunday(2025) == ymd(2025, 4, 20));
  CHECK(easter_sunday(2026) == ymd(2026, 4, 5));
  CHECK(easter_sunday(2027) == ymd(2027, 3, 28));
  CHECK(easter_sunday(2038) == ymd(2038, 4, 25));  // the latest possible
  CHECK(easter_sunday(2285) == ymd(2285, 3, 22));  // the earliest possible
  CHECK(easter_sunday(2000) == ymd(2000, 4, 23));
  CHECK(easter_sunday(1954) == ymd(1954, 4, 18));
}

TEST_CASE("parse_holiday_rule and to_string") {
  CHECK(parse_holiday_rule("easter") == HolidayRule{HolidayRule::Kind::easter, {}, {}});
  CHECK(parse_holiday_rule("2026-12-24") == HolidayRule{HolidayRule::Kind::days, ymd(2026, 12, 24), ymd(2026, 12, 24)});
  CHECK(parse_holiday_rule("2027-03-22..2027-03-28") ==
        HolidayRule{HolidayRule::Kind::days, ymd(2027, 3, 22), ymd(2027, 3, 28)});
  CHECK_FALSE(parse_holiday_rule("Easter"));
  CHECK_FALSE(parse_holiday_rule("2027-03-28..2027-03-22"));
  CHECK_FALSE(parse_holiday_rule("2027-02-30"));
  CHECK_FALSE(parse_holiday_rule("2027-03-22..."));
  CHECK_FALSE(parse_holiday_rule("2027-03-22.."));
  CHECK_FALSE(parse_holiday_rule(""));
  for (const char* text : {"easter", "2026-12-24", "2027-03-22..2027-03-28"}) {
    CHECK(to_string(*parse_holiday_rule(text)) == text);
  }
  CHECK(to_string(*parse_holiday_rule("2026-12-24..2026-12-24")) == "2026-12-24");
}

TEST_CASE("holiday days: Maundy Thursday to Easter Monday, single days and ranges") {
  const HolidayWeeks easter({}, {*parse_holiday_rule("easter")});
  CHECK_FALSE(easter.contains(ymd(2027, 3, 24)));
  CHECK(easter.contains(ymd(2027, 3, 25)));  // Maundy Thursday
  CHECK(easter.contains(ymd(2027, 3, 29)));  // Easter Monday
  CHECK_FALSE(easter.contains(ymd(2027, 3, 30)));
  CHECK(easter.contains(ymd(2026, 4, 2)));
  CHECK(easter.contains(ymd(2026, 4, 6)));
  CHECK_FALSE(easter.in_holiday_week(ymd(2026, 4, 6)));
  const HolidayWeeks days({28}, {*parse_holiday_rule("2026-12-24"), *parse_holiday_rule("2026-12-28..2026-12-31"),
                                 *parse_holiday_rule("2026-12-30..2027-01-02")});
  CHECK(days.contains(ymd(2026, 12, 24)));
  CHECK_FALSE(days.contains(ymd(2026, 12, 25)));
  CHECK(days.contains(ymd(2027, 1, 2)));
  CHECK(days.contains(ymd(2026, 7, 8)));  // week 28
  CHECK_FALSE(days.is_holiday_day(ymd(2026, 7, 8)));
  // Overlapping ranges count each day once: 24, then 28 to 2 January.
  CHECK(days.holiday_days_outside_weeks(ymd(2026, 12, 1), ymd(2027, 1, 31)) == 7);
  CHECK(days.holiday_day_spans(ymd(2026, 12, 1), ymd(2027, 1, 31)) ==
        std::vector<std::pair<Date, Date>>{{ymd(2026, 12, 24), ymd(2026, 12, 24)},
                                           {ymd(2026, 12, 28), ymd(2027, 1, 2)}});
  CHECK(days.holiday_days_outside_weeks(ymd(2026, 12, 29), ymd(2026, 12, 30)) == 2);
}

TEST_CASE("planned_end with holiday days: one day more for each, a day in a holiday week not twice") {
  const HolidayRule easter = *parse_holiday_rule("easter");
  SUBCASE("Easter inside the span adds its five days") {
    // 10 weeks from 2027-03-01 end on 2027-05-09; Easter 2027 is 25-29 March.
    CHECK(planned_end(ymd(2027, 3, 1), 10, HolidayWeeks{}) == ymd(2027, 5, 9));
    CHECK(planned_end(ymd(2027, 3, 1), 10, HolidayWeeks({}, {easter})) == ymd(2027, 5, 14));
    CHECK(coaching_days_between(ymd(2027, 3, 1), ymd(2027, 5, 14), HolidayWeeks({}, {easter})) == 70);
  }
  SUBCASE("a span ending just before Easter grows into it, and past it") {
    // 1 week from 2027-03-18 ends on 2027-03-24, the day before Maundy Thursday: no change.
    CHECK(planned_end(ymd(2027, 3, 18), 1, HolidayWeeks({}, {easter})) == ymd(2027, 3, 24));
    // From 2027-03-19 it would end on Maundy Thursday, so it takes all five days.
    CHECK(planned_end(ymd(2027, 3, 19), 1, HolidayWeeks({}, {easter})) == ymd(2027, 3, 30));
  }
  SUBCASE("a range grows the span into a holiday week, which adds 7 days more") {
    // 2 weeks from 2026-06-15 end on 2026-06-28; 4 days on 24-27 June move the end to 2 July,
    // into week 27, a holiday week here: 7 days more, to 9 July.
    const HolidayWeeks holidays({27}, {*parse_holiday_rule("2026-06-24..2026-06-27")});
    CHECK(planned_end(ymd(2026, 6, 15), 2, holidays) == ymd(2026, 7, 9));
    CHECK(coaching_days_between(ymd(2026, 6, 15), ymd(2026, 7, 9), holidays) == 14);
  }
  SUBCASE("a holiday day inside a holiday week is not counted twice") {
    const HolidayWeeks both(std::vector<unsigned>(summer.weeks()), {*parse_holiday_rule("2026-07-20"),
                                                                    *parse_holiday_rule("2026-07-06..2026-07-12")});
    CHECK(planned_end(ymd(2026, 6, 1), 10, both) == planned_end(ymd(2026, 6, 1), 10, summer));
    CHECK(coaching_days_between(ymd(2026, 6, 1), ymd(2026, 9, 6), both) == 70);
  }
  SUBCASE("a range of a whole ISO week counts as much as that holiday week") {
    CHECK(planned_end(ymd(2027, 3, 1), 10, HolidayWeeks({}, {*parse_holiday_rule("2027-03-22..2027-03-28")})) ==
          planned_end(ymd(2027, 3, 1), 10, HolidayWeeks({12})));
  }
  SUBCASE("Easter and an overlapping range: each day once") {
    const HolidayWeeks overlap({}, {easter, *parse_holiday_rule("2027-03-22..2027-03-28")});
    // 22-29 March: eight days.
    CHECK(overlap.holiday_days_outside_weeks(ymd(2027, 3, 1), ymd(2027, 5, 31)) == 8);
    CHECK(planned_end(ymd(2027, 3, 1), 10, overlap) == ymd(2027, 5, 17));
  }
}

TEST_CASE("coaching_days_between") {
  CHECK(coaching_days_between(ymd(2026, 1, 5), ymd(2026, 1, 11), HolidayWeeks{}) == 7);
  CHECK(coaching_days_between(ymd(2026, 1, 5), ymd(2026, 1, 5), HolidayWeeks{}) == 1);
  CHECK(coaching_days_between(ymd(2026, 1, 6), ymd(2026, 1, 5), HolidayWeeks{}) == 0);
  CHECK(coaching_days_between(ymd(2026, 7, 6), ymd(2026, 8, 2), summer) == 0);
  CHECK(coaching_days_between(ymd(2026, 7, 1), ymd(2026, 8, 5), summer) == 8);  // 5 before, 3 after
  CHECK(coaching_days_between(ymd(2026, 12, 14), ymd(2027, 1, 17), christmas) == 14);
}
