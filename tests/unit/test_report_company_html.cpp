#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "plift/core/rules.hpp"
#include "plift/report/company_report.hpp"
#include "plift/report/render_company.hpp"

using namespace plift;
using namespace plift::report;

// The default programme; a company with a hostile name in every text field
// it owns, started 2025-11-17, in the pilot since 2026-02-02, reported on
// 2026-11-16 (the pilot is late by then).

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

const Date as_of = ymd(2026, 11, 16);
const std::vector<Coach> coaches{{"eva", "Eva Lind", "RISE", {}, {}}};
const std::string hostile = "<script>alert(1)</script> & \"Co\"";
const std::string hostile_escaped = "&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;";

CompanyRecords hostile_records(const Program& program) {
  CompanyRecords r;
  r.company.key = "evil";
  r.company.name = hostile;
  r.company.region = "<b>North</b>";
  r.company.sector = "metal & wood";
  r.company.employees = 30;
  r.company.start = ymd(2025, 11, 17);
  r.company.coach = "eva";
  r.history = {enter_phase(program, 0, ymd(2025, 11, 17)), enter_phase(program, 1, ymd(2026, 2, 2))};
  r.history[0].ended = ymd(2026, 2, 2);
  r.ticks = {{"vision", "challenges", ymd(2026, 2, 2)}};
  for (Date d : {ymd(2025, 12, 15), ymd(2026, 8, 10), ymd(2026, 8, 24), ymd(2026, 9, 7)}) {
    r.visits.push_back({"evil", d, "eva", {}, {}});
  }
  r.pulses = {{"evil", ymd(2026, 9, 20), PulseStatus::yellow, {}},
              {"evil", ymd(2026, 10, 5), PulseStatus::red, "<img src=x onerror=alert(2)>"},
              {"evil", ymd(2026, 2, 1), PulseStatus::green, {}}};
  r.kpi_values = {{"evil", "lead-time", ymd(2026, 1, 20), 12},
                  {"evil", "lead-time", ymd(2026, 6, 1), 10.5},
                  {"evil", "lead-time", ymd(2026, 10, 20), 9},
                  {"evil", "scrap", ymd(2026, 2, 1), 2.5}};
  r.participants = {{"evil", "<i>Ola</i>", TrainingRole::union_member, ymd(2026, 2, 1), {}, {}}};
  r.steering = {{"evil", "Kari <u>", SteeringRole::management}};
  Gathering joint{"autumn", "Autumn <em>gathering</em>", ymd(2026, 9, 10), {}, GatheringKind::joint, {}};
  joint.attendance.push_back({"evil", {}, 2});
  r.gatherings = {joint};
  Assessment first{"evil", ymd(2026, 2, 1), {}};
  for (const std::string& dimension : program.assessment_dimensions) first.scores[dimension] = 2;
  first.scores["flow"] = 3;
  r.assessments = {first};
  return r;
}

std::string html_of(const Program& program, const CompanyRecords& records, Date day = as_of) {
  std::ostringstream out;
  write_company_html(out, company_report(program, records, coaches, day), program);
  return out.str();
}

std::size_t occurrences(const std::string& text, const std::string& part) {
  std::size_t count = 0;
  for (std::size_t at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++count;
  return count;
}

}  // namespace

TEST_CASE("company html: every data string is escaped") {
  Program program = default_program();
  std::string html = html_of(program, hostile_records(program));
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("<img") == std::string::npos);
  CHECK(html.find("<b>North") == std::string::npos);
  CHECK(html.find("<i>Ola") == std::string::npos);
  CHECK(html.find("<u>") == std::string::npos);
  CHECK(html.find("<em>") == std::string::npos);
  CHECK(html.find("<title>" + hostile_escaped + ": journey report</title>") != std::string::npos);
  CHECK(html.find("<h1>" + hostile_escaped + ": journey report</h1>") != std::string::npos);
  CHECK(html.find("&lt;b&gt;North&lt;/b&gt;") != std::string::npos);
  CHECK(html.find("metal &amp; wood") != std::string::npos);
  CHECK(html.find("&lt;img src=x onerror=alert(2)&gt;") != std::string::npos);
  CHECK(html.find("&lt;i&gt;Ola&lt;/i&gt;") != std::string::npos);
  CHECK(html.find("Kari &lt;u&gt;") != std::string::npos);
  CHECK(html.find("Autumn &lt;em&gt;gathering&lt;/em&gt;") != std::string::npos);
}

TEST_CASE("company html: one page with its charts, nothing to fetch, print CSS for A4") {
  Program program = default_program();
  std::string html = html_of(program, hostile_records(program));
  CHECK(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0) == 0);
  CHECK(html.find("</body>\n</html>\n") == html.size() - 16);
  for (const char* id : {"journey", "visits", "pulse"}) {
    CAPTURE(id);
    CHECK(html.find(std::string("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"") + id + "\"") != std::string::npos);
  }
  CHECK(occurrences(html, "<svg class=\"spark\"") == 2);  // one per key figure with values
  CHECK(html.find("@page { size: A4; margin: 15mm; }") != std::string::npos);
  // The journey: holiday weeks shaded, the data's day marked, the pilot's late days in red.
  CHECK(html.find("<title>holiday week: 2026-07-06 – 2026-07-12</title>") != std::string::npos);
  CHECK(html.find("stroke-dasharray=\"4 2\"><title>Data as of 2026-11-16</title>") != std::string::npos);
  CompanyReport report = company_report(program, hostile_records(program), coaches, as_of);
  REQUIRE(report.phases[1].days_late);
  CHECK(html.find("Pilot: " + std::to_string(*report.phases[1].days_late) + " days late") != std::string::npos);
  // Pulse: one mark per meeting, by shape.
  CHECK(occurrences(html, "<title>2026-") >= 3);
  CHECK(html.find("<polygon") != std::string::npos);
  CHECK(html.find("<title>2026-10-05: Red – &lt;img") != std::string::npos);
  // No scripts and no address but the SVG namespace.
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("url(") == std::string::npos);
  std::size_t addresses = 0;
  for (std::size_t at = html.find("http"); at != std::string::npos; at = html.find("http", at + 1)) {
    CHECK(html.compare(at, 26, "http://www.w3.org/2000/svg") == 0);
    ++addresses;
  }
  CHECK(addresses == 3);
  CHECK(html_of(program, hostile_records(program)) == html);  // the same report, the same bytes
}

TEST_CASE("company html: visits held and expected per phase entered") {
  Program program = default_program();
  CompanyRecords records = hostile_records(program);
  std::string html = html_of(program, records);
  // One visit fell in the vision phase, three in the pilot.
  int vision = expected_visits(program, {records.history[0]}, as_of);
  int pilot = expected_visits(program, {records.history[1]}, as_of);
  CHECK(html.find(">1 / " + std::to_string(vision) + "</text>") != std::string::npos);
  CHECK(html.find(">3 / " + std::to_string(pilot) + "</text>") != std::string::npos);
  CHECK(html.find("<title>Pilot: Held 3</title>") != std::string::npos);
  CHECK(html.find(">4 / " + std::to_string(expected_visits(program, records.history, as_of)) + "</div>") !=
        std::string::npos);  // the card: held / expected over the journey
  CHECK(html.find("Line organisation: Held") == std::string::npos);  // not entered
}

TEST_CASE("company html: Swedish words and decimal commas") {
  Program program = default_program();
  program.language = Language::sv;
  std::string html = html_of(program, hostile_records(program));
  CHECK(html.find("<html lang=\"sv\">") != std::string::npos);
  CHECK(html.find(hostile_escaped + ": företagsrapport</h1>") != std::string::npos);
  CHECK(html.find("<h2>I korthet</h2>") != std::string::npos);
  CHECK(html.find("<h2>Faser: planerat och faktiskt</h2>") != std::string::npos);
  CHECK(html.find("<title>semestervecka: 2026-07-06 – 2026-07-12</title>") != std::string::npos);
  CHECK(html.find("Uppgifter per 2026-11-16") != std::string::npos);
  CHECK(html.find("dagar försenad") != std::string::npos);
  // Decimal commas: the key figure's values, its change, the assessment mean.
  CHECK(html.find("Lead time: 2026-01-20 12; 2026-06-01 10,5; 2026-10-20 9</title>") != std::string::npos);
  CHECK(html.find("\u221225,0\u00a0%") != std::string::npos);
  CHECK(html.find(">2,5 <span class=\"when\">") != std::string::npos);
  CHECK(html.find(">2,14</") != std::string::npos);
  CHECK(html.find("10.5") == std::string::npos);
  CHECK(html.find("2.14") == std::string::npos);
}

TEST_CASE("company html: Norwegian words") {
  Program program = default_program();
  program.language = Language::nb;
  std::string html = html_of(program, hostile_records(program));
  CHECK(html.find("<html lang=\"nb\">") != std::string::npos);
  CHECK(html.find("<h2>Kort oppsummert</h2>") != std::string::npos);
  CHECK(html.find("ferieuke: 2026-07-06") != std::string::npos);
  CHECK(html.find("1 av 7 utført") != std::string::npos);
  CHECK(html.find("Fagforeningen er ikke representert.") != std::string::npos);
}

TEST_CASE("company html: a company not yet started, and one that completed") {
  Program program = default_program();
  CompanyRecords planned;
  planned.company.key = "new";
  planned.company.name = "New AS";
  planned.company.region = "Viken";
  planned.company.start = ymd(2027, 1, 4);
  planned.history = {enter_phase(program, 0, ymd(2027, 1, 4))};
  std::string html = html_of(program, planned);
  CHECK(html.find("id=\"journey\"") != std::string::npos);
  CHECK(html.find("No phase has been entered yet.") != std::string::npos);
  CHECK(html.find("id=\"pulse\"") == std::string::npos);
  CHECK(html.find("No pulse meeting yet.") != std::string::npos);
  CHECK(html.find("No key figures recorded yet.") != std::string::npos);
  CHECK(html.find("Data as of 2026-11-16") != std::string::npos);

  CompanyRecords done = hostile_records(program);
  done.company.completed = ymd(2026, 10, 1);
  done.history[1].ended = ymd(2026, 10, 1);
  std::string completed = html_of(program, done, ymd(2029, 6, 1));
  CHECK(completed.find("Ended 2026-10-01") != std::string::npos);
  CHECK(completed.find("stroke-dasharray") == std::string::npos);  // years later: no line for the day
  CHECK(completed.find(">2029-") == std::string::npos);            // nor an axis stretched to it
}

TEST_CASE("company html: a phase ended on the day the next one started") {
  Program program = default_program();
  const std::string page = html_of(program, hostile_records(program));  // moved to the pilot on 2026-02-02
  CHECK(page.find("<th>Ended</th>") != std::string::npos);
  CHECK(page.find("<td>2025-11-17</td><td>2026-02-02</td>") != std::string::npos);
  CHECK(page.find("<td>2025-11-17</td><td>2026-02-01</td>") == std::string::npos);
}

TEST_CASE("company html: the coach by name, and the reason a phase was moved on with open items") {
  Program program = default_program();
  CompanyRecords records = hostile_records(program);
  records.history[0].forced_reason = "<b>survey</b> postponed";
  const std::string page = html_of(program, records);
  CHECK(page.find("<dt>Coach</dt><dd>Eva Lind</dd>") != std::string::npos);
  CHECK(page.find("Shared vision and driving force: moved on on 2026-02-02 with open checklist items: "
                  "&lt;b&gt;survey&lt;/b&gt; postponed") != std::string::npos);
}

