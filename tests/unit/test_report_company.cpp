#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#include "plift/core/journey_dates.hpp"
#include "plift/core/rules.hpp"
#include "plift/report/company_report.hpp"
#include "plift/report/render_company.hpp"

using namespace plift;
using namespace plift::report;

// The default programme; a company that started on 2026-01-05, moved to the
// pilot on 2026-03-16, reported on 2026-11-16 with a few records dated later
// (which the report leaves out).

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

const Date as_of = ymd(2026, 11, 16);
const std::vector<Coach> coaches{{"eva", "Eva Lind", "RISE", {}, {}}};

CompanyRecords alfa(const Program& program) {
  CompanyRecords r;
  r.company.key = "alfa";
  r.company.name = "Alfa AB";
  r.company.region = "Innlandet";
  r.company.sector = "metal";
  r.company.employees = 30;
  r.company.start = ymd(2026, 1, 5);
  r.company.coach = "eva";
  r.history = {enter_phase(program, 0, ymd(2026, 1, 5)), enter_phase(program, 1, ymd(2026, 3, 16))};
  r.history[0].ended = ymd(2026, 3, 16);
  r.ticks = {{"vision", "challenges", ymd(2026, 2, 2)}, {"pilot", "pilot-areas", ymd(2026, 12, 1)}};
  for (Date d : {ymd(2026, 8, 24), ymd(2026, 8, 10), ymd(2026, 9, 7), ymd(2026, 12, 7)}) {
    r.visits.push_back({"alfa", d, "eva", {}, {}});
  }
  r.pulses = {{"alfa", ymd(2026, 10, 5), PulseStatus::red, "late deliveries"},
              {"alfa", ymd(2026, 9, 20), PulseStatus::yellow, {}}};
  r.kpi_values = {{"alfa", "lead-time", ymd(2026, 9, 1), 8},
                  {"alfa", "lead-time", ymd(2026, 1, 20), 10},
                  {"alfa", "lead-time", ymd(2026, 10, 20), 6},
                  {"alfa", "lead-time", ymd(2026, 12, 1), 20},
                  {"alfa", "scrap", ymd(2026, 2, 1), 2.5},
                  {"alfa", "scrap", ymd(2026, 6, 1), 2.5}};
  r.participants = {{"alfa", "Ola", TrainingRole::union_member, ymd(2026, 2, 1), ymd(2026, 12, 1), {}},
                    {"alfa", "Kari", TrainingRole::manager, ymd(2026, 2, 1), ymd(2026, 8, 15), {}},
                    {"alfa", "Sen", TrainingRole::employee, ymd(2026, 12, 1), {}, {}}};
  r.steering = {{"alfa", "Kari", SteeringRole::management}};
  Gathering joint{"autumn", "Autumn gathering", ymd(2026, 9, 10), {}, GatheringKind::joint, {}};
  joint.attendance.push_back({"alfa", {}, 2});
  Gathering seminar{"flow", "Flow seminar", ymd(2026, 4, 1), {}, GatheringKind::seminar, {}};
  seminar.attendance.push_back({"alfa", {}, 1});
  r.gatherings = {joint, seminar};
  Assessment first{"alfa", ymd(2026, 2, 1), {}};
  for (const std::string& dimension : program.assessment_dimensions) first.scores[dimension] = 2;
  first.scores["flow"] = 3;
  r.assessments = {first};
  return r;
}

}  // namespace

TEST_CASE("company report: phases planned against actual, and the checklist") {
  Program program = default_program();
  CompanyRecords records = alfa(program);
  CompanyReport report = company_report(program, records, coaches, as_of);
  CHECK(report.status == CompanyStatus::active);
  REQUIRE(report.phase);
  CHECK(*report.phase == "pilot");
  REQUIRE(report.phases.size() == 3);
  CHECK(report.phases[0].planned_start == ymd(2026, 1, 5));
  CHECK(report.phases[1].planned_start == report.phases[0].planned_end + date::days{1});
  CHECK(report.phases[0].started == ymd(2026, 1, 5));
  CHECK(report.phases[0].ended == ymd(2026, 3, 16));
  CHECK(report.phases[1].started == ymd(2026, 3, 16));
  CHECK_FALSE(report.phases[1].ended);
  CHECK_FALSE(report.phases[2].started);
  CHECK_FALSE(report.phases[2].days_late);
  const Date pilot_due = records.history[1].planned_end;
  if (as_of > pilot_due) {
    CHECK(report.phases[1].days_late == static_cast<int>((as_of - pilot_due).count()));
  } else {
    CHECK_FALSE(report.phases[1].days_late);
  }
  CHECK(report.planned_journey_end == nominal_journey_end(program, ymd(2026, 1, 5)));
  CHECK(report.phases[0].checklist[0].ticked == ymd(2026, 2, 2));
  CHECK_FALSE(report.phases[0].checklist[1].ticked);
  CHECK_FALSE(report.phases[1].checklist[0].ticked);  // ticked after the report's day
}

TEST_CASE("company report: visits, pulses, course and gatherings as they stood on the day") {
  Program program = default_program();
  CompanyRecords records = alfa(program);
  CompanyReport report = company_report(program, records, coaches, as_of);
  REQUIRE(report.visits.size() == 3);
  CHECK(report.visits.front().date == ymd(2026, 8, 10));
  CHECK(report.last_visit == ymd(2026, 9, 7));
  CHECK(report.visits_expected == expected_visits(program, records.history, as_of));
  CHECK(report.next_visit_due);
  REQUIRE(report.pulses.size() == 2);
  CHECK(report.pulses[0].status == PulseStatus::yellow);
  REQUIRE(report.participants.size() == 2);
  CHECK(report.participants[0].person == "Kari");
  CHECK(report.participants[1].status() == TrainingStatus::enrolled);  // completed only later
  CHECK(report.course_counting == 2);
  CHECK(report.course_quota == 2);
  CHECK(report.steering_gaps == std::vector<std::string>{"union"});
  REQUIRE(report.gatherings.size() == 2);
  CHECK(report.gatherings[0].key == "flow");
  CHECK(report.gatherings[1].people == 2);
  CHECK(report.joint_attended == 1);
  CHECK(report.joint_expected == expected_gatherings(program, records.company, as_of));
}

TEST_CASE("company report: key figures with change and a trend line") {
  Program program = default_program();
  CompanyReport report = company_report(program, alfa(program), coaches, as_of);
  REQUIRE(report.kpis.size() == 2);
  const KpiRow& lead = report.kpis[0];
  CHECK(lead.kpi == "lead-time");
  CHECK(lead.values.size() == 3);
  CHECK(lead.baseline == 10);
  CHECK(lead.latest == 6);
  CHECK(lead.change_pct == -40.0);
  CHECK(lead.improved == true);
  CHECK(lead.trend == "█▅▁");
  CHECK(report.kpis[1].trend == "▄▄");  // a flat line
  CHECK(report.kpis[1].improved == false);
  REQUIRE(report.assessments.size() == 1);
  CHECK(report.assessments[0].mean == doctest::Approx(15.0 / 7).epsilon(0.01));
}

TEST_CASE("company report: a withdrawn company has no current phase or next visit") {
  Program program = default_program();
  CompanyRecords records = alfa(program);
  records.company.withdrawn = ymd(2026, 10, 1);
  records.company.withdraw_reason = "sold";
  CompanyReport report = company_report(program, records, coaches, as_of);
  CHECK(report.status == CompanyStatus::withdrawn);
  CHECK_FALSE(report.phase);
  CHECK_FALSE(report.next_visit_due);
  CHECK(report.visits_expected == expected_visits(program, records.history, ymd(2026, 9, 30)));
  // Before the withdrawal it read as active.
  CHECK(company_report(program, records, coaches, ymd(2026, 9, 1)).status == CompanyStatus::active);
}

TEST_CASE("company report: md in English and Swedish, json with every field") {
  Program program = default_program();
  CompanyRecords records = alfa(program);
  std::ostringstream english;
  write_company_md(english, company_report(program, records, coaches, as_of));
  CHECK(english.str().find("# Alfa AB: journey report\n") == 0);
  CHECK(english.str().find("| Lead time (days) | 10 (2026-01-20) | 6 (2026-10-20) | -40.0% | yes | █▅▁ |") !=
        std::string::npos);
  CHECK(english.str().find("- [x] Describe challenges, ambitions and key figures (2026-02-02)") != std::string::npos);
  CHECK(english.str().find("The union is not represented.") != std::string::npos);

  program.language = Language::sv;
  std::ostringstream swedish;
  write_company_md(swedish, company_report(program, records, coaches, as_of));
  CHECK(swedish.str().find("# Alfa AB: företagsrapport\n") == 0);
  CHECK(swedish.str().find("2,5 (2026-02-01)") != std::string::npos);
  CHECK(swedish.str().find("\u221240,0\u00a0%") != std::string::npos);
  CHECK(swedish.str().find("Facket är inte representerat.") != std::string::npos);

  render::Json json = to_json(company_report(program, records, coaches, as_of));
  CHECK(json["company"]["status"] == "active");
  CHECK(json["visits"]["held"] == 3);
  CHECK(json["kpis"][0]["values"].size() == 3);
  CHECK(json["steering"]["gaps"][0] == "union");
  CHECK(json["training"]["participants"][1]["completed"].is_null());
  CHECK(json.dump() == to_json(company_report(program, records, coaches, as_of)).dump());
}

TEST_CASE("company report: a phase ended on the day the next one started, in md as in json") {
  Program program = default_program();
  CompanyRecords records = alfa(program);  // moved to the pilot on 2026-03-16
  CompanyReport report = company_report(program, records, coaches, as_of);
  std::ostringstream md;
  write_company_md(md, report);
  CHECK(md.str().find("| Phase | Planned start | Planned end | Started | Ended | Days late |") != std::string::npos);
  CHECK(md.str().find("| Shared vision and driving force | 2026-01-05 | 2026-03-15 | 2026-01-05 | 2026-03-16 | – |") !=
        std::string::npos);
  CHECK(to_json(report)["phases"][0]["ended"] == "2026-03-16");
}

TEST_CASE("company report: the coach by name, and the reason a phase was moved on with open items") {
  Program program = default_program();
  CompanyRecords records = alfa(program);
  records.history[0].forced_reason = "Customer survey | postponed";
  CompanyReport report = company_report(program, records, coaches, as_of);
  CHECK(report.coach_name == "Eva Lind");
  std::ostringstream md;
  write_company_md(md, report);
  CHECK(md.str().find("- Coach: Eva Lind\n") != std::string::npos);
  CHECK(md.str().find(
            "- Shared vision and driving force: moved on on 2026-03-16 with open checklist items: Customer survey \\| "
            "postponed\n") != std::string::npos);
  CHECK(to_json(report)["phases"][0]["forced_reason"] == "Customer survey | postponed");

  program.language = Language::sv;
  std::ostringstream swedish;
  write_company_md(swedish, company_report(program, records, coaches, as_of));
  CHECK(swedish.str().find("- Shared vision and driving force: gick vidare 2026-03-16 med öppna punkter på "
                           "checklistan: Customer survey") != std::string::npos);

  // A coach the list does not know is named by key; no coach, as before.
  CHECK(company_report(program, records, {}, as_of).coach_name == "eva");
  records.company.coach.reset();
  CHECK_FALSE(company_report(program, records, coaches, as_of).coach_name);
}

TEST_CASE("company report: the plan follows the actual history, as company show and the calendar have it") {
  Program program = default_program();
  CompanyRecords records = alfa(program);
  // The pilot began three weeks late, on 2026-04-06.
  records.history = {enter_phase(program, 0, ymd(2026, 1, 5)), enter_phase(program, 1, ymd(2026, 4, 6))};
  records.history[0].ended = ymd(2026, 4, 6);
  CompanyReport report = company_report(program, records, coaches, as_of);
  JourneyDates dates = journey_dates(program, records.company, records.history);
  REQUIRE(report.phases.size() == 3);
  for (std::size_t i = 0; i < 3; ++i) {
    CHECK(report.phases[i].planned_start == dates.phases[i].planned_start);
    CHECK(report.phases[i].planned_end == dates.phases[i].planned_end);
  }
  // The pilot's planned end is the one it started with, from 2026-04-06.
  CHECK(report.phases[1].planned_start == ymd(2026, 4, 6));
  CHECK(report.phases[1].planned_end == records.history[1].planned_end);
  CHECK(report.phases[1].planned_end == ymd(2026, 12, 13));
  CHECK(report.phases[2].planned_start == ymd(2026, 12, 14));
  // The journey: the line organisation laid after the pilot's planned end.
  CHECK(report.planned_journey_end == ymd(2027, 7, 4));
  CHECK(report.planned_journey_end == journey_planned_end(program, records.company, records.history));
  // Days late count from the planned end the table shows.
  CHECK(report.phases[0].days_late == 21);
  CHECK_FALSE(report.phases[1].days_late);
}


TEST_CASE("company report: the acknowledged findings that hold on the day, with their reason") {
  Program program = default_program();
  CompanyRecords records = alfa(program);
  std::vector<Acknowledgement> acks = {
      {"alfa", "steering-incomplete", "Union member elected in December", ymd(2026, 11, 1), {}},
      {"alfa", "phase-overdue", "Lapsed", ymd(2026, 11, 1), ymd(2026, 11, 10)},
      {"alfa", "training-quota", "No such finding", ymd(2026, 11, 1), {}}};
  CompanyReport report = company_report(program, records, coaches, as_of, acks);
  REQUIRE(report.acknowledged.size() == 1);
  CHECK(report.acknowledged[0].rule == "steering-incomplete");
  CHECK(report.acknowledged[0].reason == "Union member elected in December");
  REQUIRE(report.acknowledged[0].findings.size() == 1);
  std::ostringstream md;
  write_company_md(md, report);
  CHECK(md.str().find("## Acknowledged findings") != std::string::npos);
  CHECK(md.str().find("Union member elected in December") != std::string::npos);
  CHECK(company_report(program, records, coaches, as_of).acknowledged.empty());
}
