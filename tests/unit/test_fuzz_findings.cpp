// What the fuzz targets of tests/fuzz found (see tests/fuzz/README.md), each
// kept here as a plain unit test beside its reproducer in the seed corpus.

#include <doctest/doctest.h>

#include "plift/config/config.hpp"
#include "plift/core/date.hpp"
#include "plift/core/error.hpp"
#include "plift/io/records.hpp"

#include <chrono>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

using namespace plift;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

std::string usage_error_of(std::string_view text) {
  try {
    parse_date(text, ymd(2026, 11, 16), "--date");
  } catch (const UsageError& error) {
    return error.what();
  }
  return "(no error)";
}

}  // namespace

TEST_CASE("fuzz finding: a week date past 9999-12-31 is refused, not written as 10000-01-02") {
  CHECK(parse_date("9999-W52-5", ymd(2026, 11, 16)) == ymd(9999, 12, 31));
  CHECK(usage_error_of("9999-W52-6") ==
        "invalid date for --date: '9999-W52-6' (it falls on 10000-01-01, after 9999-12-31; use YYYY-MM-DD, "
        "YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow)");
  CHECK(parse_date("0000-W01", ymd(2026, 11, 16)) == ymd(0, 1, 3));
}

TEST_CASE("fuzz finding: a NUL or other control character in a date does not cut its message short") {
  const std::string message = usage_error_of(std::string("2026-01\0-01", 11));
  CHECK(message ==
        "invalid date for --date: '2026-01\\x00-01' (not a date; use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, "
        "yesterday or tomorrow)");
  CHECK_THROWS_WITH_AS(parse_quarter("2026\tQ", "--quarter"),
                       "invalid quarter for --quarter: '2026\\x09Q' (not a quarter; use YYYYQn, e.g. 2026Q3)",
                       UsageError);
}

TEST_CASE("fuzz finding: planned_end with most weeks holidays is quick and still the fixed point") {
  std::vector<unsigned> weeks;
  for (unsigned w = 1; w <= 51; ++w) weeks.push_back(w);
  const HolidayWeeks holidays(weeks);
  const auto started = std::chrono::steady_clock::now();
  // Recounting the whole span on every round took over 10 s for 3000 weeks.
  CHECK(planned_end(ymd(2026, 1, 5), 30, holidays) == ymd(2051, 1, 1));
  const Date end = planned_end(ymd(2026, 1, 5), 3000, holidays);
  CHECK(end == ymd(4573, 1, 3));
  CHECK((end - ymd(2026, 1, 5)).count() + 1 == 7 * (3000 + holiday_weeks_touching(ymd(2026, 1, 5), end, holidays)));
  CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(2));
}

TEST_CASE("fuzz finding: a CSV header broken over lines by a quoted name still finds its delimiter") {
  // Excel (Swedish, so ';') writes a header cell with Alt+Enter like this.
  std::istringstream in("\"Org\nnummer\";Namn;Region\r\n556000-0001;Acme AB;Sydsverige\r\n");
  io::RecordReader reader(in, "in.csv", io::InputFormat::csv);
  CHECK(reader.delimiter() == ';');
  CHECK(reader.columns() == std::vector<std::string>{"org\nnummer", "namn", "region"});
  io::Record record;
  REQUIRE(reader.next(record));
  CHECK(record.line == 3);
  CHECK(record.values == std::vector<std::optional<std::string>>{"556000-0001", "Acme AB", "Sydsverige"});
  CHECK_FALSE(reader.next(record));
}

TEST_CASE("fuzz finding: config errors write a quoted key as TOML and escape toml++'s line breaks") {
  const auto error_of = [](const std::string& text) -> std::string {
    try {
      config::load_text(text, "plift.toml", config::Inputs{});
    } catch (const ConfigError& error) {
      return error.what();
    }
    return "(no error)";
  };
  CHECK(error_of("\" = a:1:\" = 0") ==
        "plift.toml:1: \" = a:1:\": unknown key (known sections: database, program, phase, training, gatherings, "
        "pulse, reminders, kpi, assessment)");
  CHECK(error_of("[program]\n\"line\\nbreak\" = 1\n") ==
        "plift.toml:2: program.\"line\\nbreak\": unknown key (known keys: name, language, user, holiday_weeks, "
        "holidays, regions)");
  CHECK(error_of("g=n\n") == "plift.toml:1:4: invalid TOML: Error while parsing floating-point: expected 'nan', saw 'n\\n'");
}
