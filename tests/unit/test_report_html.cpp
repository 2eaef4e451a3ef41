#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "plift/core/journey_dates.hpp"
#include "plift/core/rules.hpp"
#include "plift/report/quarterly.hpp"
#include "plift/report/render_html.hpp"

using namespace plift;
using namespace plift::report;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

// A company in pilot with a hostile name, reported for 2026Q3 on 2026-11-16.
QuarterlyReport hostile_report() {
  Program program = default_program();
  CompanyRecords r;
  r.company.key = "evil";
  r.company.name = "<script>alert(1)</script> & \"Co\" 'x'";
  r.company.region = "<b>North</b>";
  r.company.sector = "metal";
  r.company.employees = 30;
  r.company.start = ymd(2026, 1, 5);
  r.company.coach = "eva";
  r.history = {enter_phase(program, 0, ymd(2026, 1, 5)), enter_phase(program, 1, ymd(2026, 3, 16))};
  r.history[0].ended = ymd(2026, 3, 16);
  r.visits.push_back({"evil", ymd(2026, 8, 10), "eva", {}, {}});
  r.pulses = {{"evil", ymd(2026, 9, 20), PulseStatus::yellow, {}}};
  r.kpi_values = {{"evil", "lead-time", ymd(2026, 1, 20), 10}, {"evil", "lead-time", ymd(2026, 9, 1), 8}};
  Coach eva;
  eva.key = "eva";
  eva.name = "Eva <i>Lind</i>";
  return quarterly_report(program, {r}, {}, {eva}, Quarter{2026, 3}, std::nullopt, ymd(2026, 11, 16));
}

std::string html_of(const QuarterlyReport& report) {
  std::ostringstream out;
  write_quarterly_html(out, report);
  return out.str();
}

}  // namespace

TEST_CASE("escape_html replaces the five markup characters") {
  CHECK(escape_html("a & b") == "a &amp; b");
  CHECK(escape_html("<script>") == "&lt;script&gt;");
  CHECK(escape_html("\"quoted\" 'single'") == "&quot;quoted&quot; &#39;single&#39;");
  CHECK(escape_html("Brødrene AS") == "Brødrene AS");
  CHECK(escape_html("") == "");
}

TEST_CASE("the quarterly report's journeys: planned phases back to back, actual ones as recorded") {
  QuarterlyReport report = hostile_report();
  REQUIRE(report.journeys.size() == 1);
  const Journey& j = report.journeys[0];
  CHECK(j.company == "evil");
  REQUIRE(j.planned.size() == default_program().phases.size());
  CHECK(j.planned[0].from == ymd(2026, 1, 5));
  CHECK(j.planned[1].from == j.planned[0].to + date::days{1});
  REQUIRE(j.actual.size() == 2);
  CHECK(j.actual[0].to == ymd(2026, 3, 15));
  CHECK(j.actual[1].from == ymd(2026, 3, 16));
  CHECK(j.actual[1].to == ymd(2026, 9, 30));  // open: runs to as_of
  CHECK(report.timeline_from == ymd(2026, 1, 5));
  CHECK(report.timeline_to >= j.planned.back().to);
  CHECK_FALSE(report.holiday_spans.empty());  // the summer weeks
  for (const auto& [from, to] : report.holiday_spans) CHECK(to - from == date::days{6});
}

TEST_CASE("the quarterly report's journeys: planned as journey_dates has them, from the actual history") {
  Program program = default_program();
  CompanyRecords r;
  r.company.key = "late";
  r.company.name = "Late AB";
  r.company.region = "North";
  r.company.start = ymd(2026, 1, 5);
  r.history = {enter_phase(program, 0, ymd(2026, 1, 5)), enter_phase(program, 1, ymd(2026, 4, 6))};
  r.history[0].ended = ymd(2026, 4, 6);
  QuarterlyReport report = quarterly_report(program, {r}, {}, {}, Quarter{2026, 3}, std::nullopt, ymd(2026, 11, 16));
  REQUIRE(report.journeys.size() == 1);
  const Journey& j = report.journeys[0];
  JourneyDates dates = journey_dates(program, r.company, r.history);
  REQUIRE(j.planned.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(j.planned[i].from == dates.phases[i].planned_start);
    CHECK(j.planned[i].to == dates.phases[i].planned_end);
  }
  CHECK(j.planned[1].from == ymd(2026, 4, 6));
  CHECK(j.planned.back().to == ymd(2027, 7, 4));
}

TEST_CASE("the html page escapes every data string and holds the four charts") {
  std::string html = html_of(hostile_report());
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; &#39;x&#39;") != std::string::npos);
  CHECK(html.find("<b>North") == std::string::npos);
  CHECK(html.find("<i>Lind") == std::string::npos);
  CHECK(html.find("&lt;b&gt;North&lt;/b&gt;") != std::string::npos);
  for (const char* id : {"id=\"timeline\"", "id=\"visits\"", "id=\"pulse\"", "id=\"kpis\""}) {
    CAPTURE(id);
    CHECK(html.find(std::string("<svg xmlns=\"http://www.w3.org/2000/svg\" ") + id) != std::string::npos);
  }
  CHECK(html.find("<title>") != std::string::npos);
  CHECK(html.find("@page { size: A4; margin: 15mm; }") != std::string::npos);
  // Nothing to fetch: the only address is the SVG namespace.
  std::size_t at = 0;
  int addresses = 0;
  while ((at = html.find("http", at)) != std::string::npos) {
    CHECK(html.compare(at, 26, "http://www.w3.org/2000/svg") == 0);
    ++addresses;
    ++at;
  }
  CHECK(addresses == 4);
  CHECK(html_of(hostile_report()) == html);
}

TEST_CASE("the html page speaks the report's language") {
  QuarterlyReport report = hostile_report();
  report.language = Language::sv;
  std::string html = html_of(report);
  CHECK(html.find("<html lang=\"sv\">") != std::string::npos);
  CHECK(html.find("Kvartalsrapport 2026Q3") != std::string::npos);
}
