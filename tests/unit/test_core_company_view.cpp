#include <doctest/doctest.h>

#include <algorithm>

#include "plift/core/company_view.hpp"
#include "plift/core/rules.hpp"

using namespace plift;

namespace {

// A company that started on Monday 2026-01-05 in the default programme.
CompanyRecords sample(Date today_phase_start = make_date(2026, 1, 5)) {
  Program program = default_program();
  CompanyRecords r;
  r.company.key = "dokka";
  r.company.name = "Dokka Fasteners AS";
  r.company.region = "Innlandet";
  r.company.sector = "metal";
  r.company.employees = 70;
  r.company.start = today_phase_start;
  r.history.push_back(enter_phase(program, 0, r.company.start));
  return r;
}

std::vector<std::string> rules_of(const std::vector<Finding>& findings) {
  std::vector<std::string> rules;
  for (const Finding& f : findings) rules.push_back(f.rule);
  return rules;
}

bool has_rule(const std::vector<Finding>& findings, const std::string& rule) {
  auto rules = rules_of(findings);
  return std::find(rules.begin(), rules.end(), rule) != rules.end();
}

void add_complete_steering(CompanyRecords& r) {
  r.steering.push_back({"dokka", "Kari Holm", SteeringRole::management});
  r.steering.push_back({"dokka", "Ola Berg", SteeringRole::union_member});
}

}  // namespace

TEST_CASE("a fresh company with a steering group, visits and pulses on time breaks no rule") {
  Program program = default_program();
  CompanyRecords r = sample();
  add_complete_steering(r);
  r.visits.push_back({"dokka", make_date(2026, 1, 12), std::nullopt, VisitMode::onsite, std::nullopt});
  r.pulses.push_back({"dokka", make_date(2026, 1, 14), PulseStatus::green, std::nullopt});
  CHECK(check_company(program, r, make_date(2026, 1, 20)).empty());
}

TEST_CASE("a steering group without a union member is reported") {
  Program program = default_program();
  CompanyRecords r = sample();
  r.steering.push_back({"dokka", "Kari Holm", SteeringRole::management});
  auto findings = check_company(program, r, make_date(2026, 1, 6));
  REQUIRE(has_rule(findings, "steering-incomplete"));
  CHECK(findings.front().message == "The steering group at Dokka Fasteners AS has no union representative.");
}

TEST_CASE("events outside the journey are reported with their dates") {
  Program program = default_program();
  CompanyRecords r = sample();
  add_complete_steering(r);
  r.pulses.push_back({"dokka", make_date(2026, 1, 2), PulseStatus::red, std::nullopt});
  r.company.withdrawn = make_date(2026, 1, 20);
  r.visits.push_back({"dokka", make_date(2026, 1, 21), std::nullopt, VisitMode::remote, std::nullopt});
  auto findings = check_company(program, r, make_date(2026, 2, 1));
  REQUIRE(findings.size() == 2);  // a withdrawn company is not held to the active rules
  CHECK(findings[0].rule == "event-outside-journey");
  CHECK(findings[0].date == make_date(2026, 1, 2));
  CHECK(findings[0].message == "A pulse meeting on 2026-01-02 is before the journey started on 2026-01-05.");
  CHECK(findings[1].message == "A coach visit on 2026-01-21 is after the company withdrew on 2026-01-20.");
}

TEST_CASE("overdue phases and visits, and pulse gaps, carry the day they fell due") {
  Program program = default_program();
  CompanyRecords r = sample();
  add_complete_steering(r);
  // Phase 1 planned end: 10 weeks from 2026-01-05, no holiday weeks inside.
  REQUIRE(r.history.front().planned_end == make_date(2026, 3, 15));
  r.visits.push_back({"dokka", make_date(2026, 1, 12), std::nullopt, VisitMode::onsite, std::nullopt});
  r.pulses.push_back({"dokka", make_date(2026, 1, 12), PulseStatus::green, std::nullopt});
  r.pulses.push_back({"dokka", make_date(2026, 2, 20), PulseStatus::yellow, std::nullopt});
  auto findings = check_company(program, r, make_date(2026, 3, 20));
  CHECK(has_rule(findings, "phase-overdue"));
  CHECK(has_rule(findings, "visit-overdue"));
  for (const Finding& f : findings) {
    if (f.rule == "phase-overdue") CHECK(f.date == make_date(2026, 3, 15));
    // Two coaching weeks after the last visit; seven grace days more.
    if (f.rule == "visit-overdue") CHECK(f.date == make_date(2026, 1, 26));
  }
  auto gaps = std::count_if(findings.begin(), findings.end(), [](const Finding& f) { return f.rule == "pulse-gap"; });
  CHECK(gaps == 2);  // 01-12 → 02-20, and 02-20 → today
}

TEST_CASE("pulse gaps do not count holiday weeks") {
  Program program = default_program();
  CompanyRecords r = sample(make_date(2026, 6, 1));
  add_complete_steering(r);
  // 2026-07-03 (Friday of week 27) to 2026-08-05: weeks 28-31 are holidays,
  // leaving 2 + 3 coaching days.
  r.pulses.push_back({"dokka", make_date(2026, 6, 2), PulseStatus::green, std::nullopt});
  r.pulses.push_back({"dokka", make_date(2026, 6, 16), PulseStatus::green, std::nullopt});
  r.pulses.push_back({"dokka", make_date(2026, 6, 30), PulseStatus::green, std::nullopt});
  r.pulses.push_back({"dokka", make_date(2026, 7, 3), PulseStatus::green, std::nullopt});
  r.pulses.push_back({"dokka", make_date(2026, 8, 5), PulseStatus::green, std::nullopt});
  r.visits.push_back({"dokka", make_date(2026, 8, 4), std::nullopt, VisitMode::onsite, std::nullopt});
  CHECK_FALSE(has_rule(check_company(program, r, make_date(2026, 8, 6)), "pulse-gap"));
}

TEST_CASE("past phase 1 with too few course participants breaks the quota") {
  Program program = default_program();
  CompanyRecords r = sample();
  add_complete_steering(r);
  r.history.front().ended = make_date(2026, 3, 16);
  r.history.push_back(enter_phase(program, 1, make_date(2026, 3, 16)));
  r.participants.push_back({"dokka", "Anna", TrainingRole::employee, make_date(2026, 2, 1), std::nullopt, std::nullopt});
  r.participants.push_back({"dokka", "Per", TrainingRole::employee, make_date(2026, 2, 1), std::nullopt, make_date(2026, 3, 1)});
  auto findings = check_company(program, r, make_date(2026, 3, 17));
  REQUIRE(has_rule(findings, "training-quota"));
  r.participants.push_back({"dokka", "Lisa", TrainingRole::union_member, make_date(2026, 3, 2), std::nullopt, std::nullopt});
  CHECK_FALSE(has_rule(check_company(program, r, make_date(2026, 3, 17)), "training-quota"));
}

TEST_CASE("joint gatherings fall behind as the journey goes on") {
  Program program = default_program();
  CompanyRecords r = sample();
  add_complete_steering(r);
  Date halfway = make_date(2026, 9, 1);
  CHECK(expected_gatherings(program, r.company, halfway) >= 1);
  CHECK(has_rule(check_company(program, r, halfway), "gathering-behind"));
  Gathering g;
  g.key = "spring";
  g.title = "Spring gathering";
  g.date = make_date(2026, 4, 15);
  g.kind = GatheringKind::joint;
  g.attendance.push_back({std::string("dokka"), std::nullopt, 3});
  r.gatherings.push_back(g);
  r.gatherings.push_back(g);
  r.gatherings.back().key = "summer";
  CHECK_FALSE(has_rule(check_company(program, r, make_date(2026, 6, 1)), "gathering-behind"));
}

TEST_CASE("the timeline lists every dated event, oldest first, phase moves first on a day") {
  Program program = default_program();
  CompanyRecords r = sample();
  r.ticks.push_back({"vision", "challenges", make_date(2026, 1, 20)});
  r.visits.push_back({"dokka", make_date(2026, 1, 12), std::string("kari"), VisitMode::remote, std::string("Kickoff")});
  r.pulses.push_back({"dokka", make_date(2026, 1, 5), PulseStatus::green, std::nullopt});
  r.kpi_values.push_back({"dokka", "delivery-precision", make_date(2026, 1, 30), 91.5});
  Assessment a{"dokka", make_date(2026, 1, 25), {{"flow", 2}, {"leadership", 3}}};
  r.assessments.push_back(a);
  auto events = build_timeline(program, r);
  REQUIRE(events.size() == 6);
  CHECK(events[0].kind == "phase");
  CHECK(events[0].text == "entered phase 1: Shared vision and driving force (vision), planned to end 2026-03-15");
  CHECK(events[1].kind == "pulse");
  CHECK(events[2].text == "remote visit by kari: Kickoff");
  CHECK(events[3].text == "ticked 'challenges' in phase 'vision': Describe challenges, ambitions and key figures");
  CHECK(events[4].text == "Lean status assessment, mean 2.5");
  CHECK(events[5].text == "Delivery precision: 91.5 %");
}
