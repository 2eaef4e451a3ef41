#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "plift/core/journey.hpp"
#include "plift/core/program.hpp"
#include "plift/core/rules.hpp"

using namespace plift;

// The default programme: vision 10 weeks and pilot 32 weeks with a visit every
// 2 weeks, line 26 weeks without visits; holiday weeks 1, 28-31, 52 and 53;
// 7 grace days. 2026-01-05 is the Monday of ISO week 2; 2026 has 53 ISO weeks.

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

PhaseRecord phase(const std::string& key, Date started, std::optional<Date> ended = std::nullopt) {
  return PhaseRecord{key, started, ended, started, std::nullopt};
}

Visit visit_on(Date day) { return Visit{"bussbygg-as", day, std::string("eva-lind"), VisitMode::onsite, std::nullopt}; }

Company company_starting(Date start) {
  Company c;
  c.key = "bussbygg-as";
  c.name = "Bussbygg AS";
  c.start = start;
  return c;
}

KpiValue kpi(const std::string& key, Date day, double value) { return KpiValue{"bussbygg-as", key, day, value}; }

const KpiSummary* summary_of(const std::vector<KpiSummary>& summaries, const std::string& key) {
  for (const KpiSummary& s : summaries) {
    if (s.kpi == key) return &s;
  }
  return nullptr;
}

}  // namespace

TEST_CASE("add_coaching_days counts days outside holiday weeks") {
  HolidayWeeks none;
  HolidayWeeks holidays = default_program().holidays();
  CHECK(add_coaching_days(ymd(2026, 1, 5), 14, none) == ymd(2026, 1, 19));
  CHECK(add_coaching_days(ymd(2026, 1, 5), 0, holidays) == ymd(2026, 1, 5));
  CHECK(add_coaching_days(ymd(2026, 1, 5), 1, holidays) == ymd(2026, 1, 6));
  // Summer: weeks 28-31 are 2026-07-06 to 2026-08-02.
  CHECK(add_coaching_days(ymd(2026, 6, 29), 14, holidays) == ymd(2026, 8, 10));
  CHECK(add_coaching_days(ymd(2026, 7, 5), 1, holidays) == ymd(2026, 8, 3));
  // Starting inside a holiday week: its remaining days do not count.
  CHECK(add_coaching_days(ymd(2026, 7, 8), 1, holidays) == ymd(2026, 8, 3));
  // Christmas: weeks 52 and 53 of 2026 and week 1 of 2027 are 2026-12-21 to 2027-01-10.
  CHECK(add_coaching_days(ymd(2026, 12, 14), 14, holidays) == ymd(2027, 1, 18));
  CHECK(add_coaching_days(ymd(2026, 12, 14), 14, none) == ymd(2026, 12, 28));
}

TEST_CASE("expected_visits: one per visit_every_weeks coaching weeks from the phase start") {
  Program program = default_program();
  std::vector<PhaseRecord> history{phase("vision", ymd(2026, 1, 5))};
  CHECK(expected_visits(program, history, ymd(2026, 1, 4)) == 0);
  CHECK(expected_visits(program, history, ymd(2026, 1, 5)) == 0);
  CHECK(expected_visits(program, history, ymd(2026, 1, 17)) == 0);
  CHECK(expected_visits(program, history, ymd(2026, 1, 18)) == 1);  // two full weeks, inclusive
  CHECK(expected_visits(program, history, ymd(2026, 3, 14)) == 4);
  // The 10-week phase's planned end: 2026-03-15.
  CHECK(enter_phase(program, 0, ymd(2026, 1, 5)).planned_end == ymd(2026, 3, 15));
  CHECK(expected_visits(program, history, ymd(2026, 3, 15)) == 5);
  // Still in the phase past its planned end: the cadence goes on.
  CHECK(expected_visits(program, history, ymd(2026, 3, 29)) == 6);
}

TEST_CASE("expected_visits pauses over holiday weeks") {
  Program program = default_program();
  // Pilot from Monday of week 23; weeks 23-27 are five coaching weeks before summer.
  std::vector<PhaseRecord> history{phase("vision", ymd(2026, 3, 9), ymd(2026, 6, 1)), phase("pilot", ymd(2026, 6, 1))};
  int before_pilot = expected_visits(program, history, ymd(2026, 5, 31));
  CHECK(before_pilot == 6);  // 12 weeks of vision
  CHECK(expected_visits(program, history, ymd(2026, 7, 5)) == before_pilot + 2);
  CHECK(expected_visits(program, history, ymd(2026, 7, 19)) == before_pilot + 2);
  CHECK(expected_visits(program, history, ymd(2026, 8, 2)) == before_pilot + 2);
  CHECK(expected_visits(program, history, ymd(2026, 8, 8)) == before_pilot + 2);
  CHECK(expected_visits(program, history, ymd(2026, 8, 9)) == before_pilot + 3);
}

TEST_CASE("expected_visits: an ended phase stops counting; phases without visits count none") {
  Program program = default_program();
  // Vision for four weeks, then (forced) straight to line, which has no visits.
  std::vector<PhaseRecord> history{phase("vision", ymd(2026, 1, 5), ymd(2026, 2, 2)),
                                   phase("line", ymd(2026, 2, 2))};
  CHECK(expected_visits(program, history, ymd(2026, 2, 1)) == 2);
  CHECK(expected_visits(program, history, ymd(2026, 11, 16)) == 2);

  std::vector<PhaseRecord> line_only{phase("line", ymd(2026, 1, 5))};
  CHECK(expected_visits(program, line_only, ymd(2026, 11, 16)) == 0);

  // Each phase counts its own full periods: the 3 weeks of vision give 1, the
  // first week of pilot none.
  std::vector<PhaseRecord> split{phase("vision", ymd(2026, 1, 5), ymd(2026, 1, 26)), phase("pilot", ymd(2026, 1, 26))};
  CHECK(expected_visits(program, split, ymd(2026, 2, 1)) == 1);
  CHECK(expected_visits(program, split, ymd(2026, 2, 8)) == 2);

  // A completed journey: nothing more is expected after its end.
  std::vector<PhaseRecord> done{phase("vision", ymd(2026, 1, 5), ymd(2026, 3, 16)),
                                phase("pilot", ymd(2026, 3, 16), ymd(2026, 4, 13))};
  CHECK(expected_visits(program, done, ymd(2026, 11, 16)) == 7);

  // A phase the config no longer knows is skipped.
  std::vector<PhaseRecord> unknown{phase("retired-phase", ymd(2026, 1, 5))};
  CHECK(expected_visits(program, unknown, ymd(2026, 11, 16)) == 0);
  CHECK(expected_visits(program, {}, ymd(2026, 11, 16)) == 0);
}

TEST_CASE("next_visit_due without visits: the last day of the first two coaching weeks") {
  Program program = default_program();
  auto due = next_visit_due(program, {phase("vision", ymd(2026, 1, 5))}, {});
  REQUIRE(due);
  // The day expected_visits first counts one visit.
  CHECK(due->due == ymd(2026, 1, 18));
  CHECK(expected_visits(program, {phase("vision", ymd(2026, 1, 5))}, ymd(2026, 1, 18)) == 1);
  CHECK(expected_visits(program, {phase("vision", ymd(2026, 1, 5))}, ymd(2026, 1, 17)) == 0);
  CHECK(due->overdue == ymd(2026, 1, 25));
  CHECK_FALSE(due->last_visit);
}

TEST_CASE("next_visit_due runs from the latest visit, in any order given") {
  Program program = default_program();
  std::vector<PhaseRecord> history{phase("vision", ymd(2026, 1, 5))};
  auto due = next_visit_due(program, history, {visit_on(ymd(2026, 2, 2)), visit_on(ymd(2026, 1, 19))});
  REQUIRE(due);
  CHECK(due->last_visit == std::optional(ymd(2026, 2, 2)));
  CHECK(due->due == ymd(2026, 2, 16));
  CHECK(due->overdue == ymd(2026, 2, 23));

  // A visit from the previous phase still sets the pace.
  std::vector<PhaseRecord> pilot{phase("vision", ymd(2026, 1, 5), ymd(2026, 3, 16)), phase("pilot", ymd(2026, 3, 16))};
  due = next_visit_due(program, pilot, {visit_on(ymd(2026, 3, 9))});
  REQUIRE(due);
  CHECK(due->due == ymd(2026, 3, 23));
}

TEST_CASE("next_visit_due starts afresh after a phase without visits") {
  Program program = default_program();
  program.phases[0].visit_every_weeks = 0;
  std::vector<PhaseRecord> history{phase("vision", ymd(2026, 1, 5), ymd(2026, 3, 16)), phase("pilot", ymd(2026, 3, 16))};
  auto due = next_visit_due(program, history, {visit_on(ymd(2026, 1, 12))});
  REQUIRE(due);
  CHECK(due->due == ymd(2026, 3, 29));
}

TEST_CASE("next_visit_due: grace days and holiday weeks") {
  Program program = default_program();
  std::vector<PhaseRecord> history{phase("pilot", ymd(2026, 3, 16))};
  program.reminder_visit_grace_days = 3;
  auto due = next_visit_due(program, history, {visit_on(ymd(2026, 3, 23))});
  REQUIRE(due);
  CHECK(due->due == ymd(2026, 4, 6));
  CHECK(due->overdue == ymd(2026, 4, 9));
  program.reminder_visit_grace_days = 0;
  due = next_visit_due(program, history, {visit_on(ymd(2026, 3, 23))});
  REQUIRE(due);
  CHECK(due->overdue == due->due);

  program = default_program();
  // The last visit before summer: the next falls due two coaching weeks later, after it.
  due = next_visit_due(program, history, {visit_on(ymd(2026, 6, 29))});
  REQUIRE(due);
  CHECK(due->due == ymd(2026, 8, 10));
  CHECK(due->overdue == ymd(2026, 8, 17));
  // Due just before summer: the grace days run on after it.
  due = next_visit_due(program, history, {visit_on(ymd(2026, 6, 15))});
  REQUIRE(due);
  CHECK(due->due == ymd(2026, 6, 29));
  CHECK(due->overdue == ymd(2026, 8, 3));
}

TEST_CASE("next_visit_due is absent without a current phase with visits") {
  Program program = default_program();
  CHECK_FALSE(next_visit_due(program, {}, {}));
  CHECK_FALSE(next_visit_due(program, {phase("line", ymd(2026, 1, 5))}, {visit_on(ymd(2026, 1, 12))}));
  CHECK_FALSE(next_visit_due(program, {phase("vision", ymd(2026, 1, 5), ymd(2026, 2, 2))}, {}));
  CHECK_FALSE(next_visit_due(program, {phase("retired-phase", ymd(2026, 1, 5))}, {}));
}

TEST_CASE("nominal_journey_end: the phases back to back, holiday weeks skipped") {
  Program program = default_program();
  // 68 coaching weeks from week 2 of 2026, plus holiday weeks 28-31, 52, 53 and 1 of 2027.
  CHECK(nominal_journey_end(program, ymd(2026, 1, 5)) == ymd(2027, 6, 13));
  CHECK(nominal_journey_end(program, ymd(2026, 1, 5)) == planned_end(ymd(2026, 1, 5), 68, program.holidays()));
  program.holiday_weeks.clear();
  CHECK(nominal_journey_end(program, ymd(2026, 1, 5)) == ymd(2026, 1, 5) + date::days{68 * 7 - 1});
  program.phases.resize(1);
  CHECK(nominal_journey_end(program, ymd(2026, 1, 5)) == ymd(2026, 3, 15));
}

TEST_CASE("expected_gatherings grows with the planned journey, capped at per_company") {
  Program program = default_program();
  Company company = company_starting(ymd(2026, 1, 5));
  // 476 planned coaching days; the first gathering is due after 159 of them.
  CHECK(expected_gatherings(program, company, ymd(2026, 1, 4)) == 0);
  CHECK(expected_gatherings(program, company, ymd(2026, 1, 5)) == 0);
  CHECK(expected_gatherings(program, company, ymd(2026, 6, 11)) == 0);
  CHECK(expected_gatherings(program, company, ymd(2026, 6, 12)) == 1);
  // Summer pauses it like the visits.
  CHECK(expected_gatherings(program, company, ymd(2026, 8, 2)) == 1);
  CHECK(expected_gatherings(program, company, ymd(2027, 6, 12)) == 2);
  CHECK(expected_gatherings(program, company, ymd(2027, 6, 13)) == 3);
  CHECK(expected_gatherings(program, company, ymd(2030, 1, 1)) == 3);
  program.gatherings_per_company = 0;
  CHECK(expected_gatherings(program, company, ymd(2030, 1, 1)) == 0);
}

TEST_CASE("steering_gaps names what the steering group lacks") {
  auto member = [](SteeringRole role) { return SteeringMember{"bussbygg-as", "someone", role}; };
  CHECK(steering_gaps({}) == std::vector<std::string>{"management", "union"});
  CHECK(steering_gaps({member(SteeringRole::employee)}) == std::vector<std::string>{"management", "union"});
  CHECK(steering_gaps({member(SteeringRole::management)}) == std::vector<std::string>{"union"});
  CHECK(steering_gaps({member(SteeringRole::union_member)}) == std::vector<std::string>{"management"});
  CHECK(steering_gaps({member(SteeringRole::union_member), member(SteeringRole::management)}).empty());
}

TEST_CASE("course_participants counts the enrolled and the completed, not the dropped") {
  auto participant = [](std::optional<Date> completed, std::optional<Date> dropped) {
    return TrainingParticipant{"bussbygg-as", "x", TrainingRole::employee, ymd(2026, 2, 1), completed, dropped};
  };
  CHECK(course_participants({}) == 0);
  CHECK(course_participants({participant(std::nullopt, std::nullopt), participant(ymd(2026, 6, 1), std::nullopt),
                             participant(std::nullopt, ymd(2026, 3, 1))}) == 2);
}

TEST_CASE("summarize_kpis: baseline, latest and change in the KPI's direction") {
  Program program = default_program();
  std::vector<KpiValue> values{
      kpi("sick-leave", ymd(2026, 2, 1), 6),
      kpi("delivery-precision", ymd(2026, 6, 1), 85),
      kpi("delivery-precision", ymd(2026, 2, 1), 80),
      kpi("delivery-precision", ymd(2026, 4, 1), 90),
      kpi("lead-time", ymd(2026, 2, 1), 20),
      kpi("lead-time", ymd(2026, 6, 1), 15),
      kpi("scrap", ymd(2026, 2, 1), 0),
      kpi("scrap", ymd(2026, 6, 1), 2),
      kpi("not-configured", ymd(2026, 2, 1), 1),
  };
  auto summaries = summarize_kpis(program, values);
  // Config order, only KPIs with values.
  std::vector<std::string> keys;
  for (const KpiSummary& s : summaries) keys.push_back(s.kpi);
  CHECK(keys == std::vector<std::string>{"delivery-precision", "lead-time", "scrap", "sick-leave"});

  const KpiSummary* delivery = summary_of(summaries, "delivery-precision");
  REQUIRE(delivery);
  CHECK(delivery->baseline_date == ymd(2026, 2, 1));
  CHECK(delivery->baseline == 80);
  CHECK(delivery->latest_date == ymd(2026, 6, 1));
  CHECK(delivery->latest == 85);
  CHECK(delivery->change == 5);
  REQUIRE(delivery->change_pct);
  CHECK(*delivery->change_pct == doctest::Approx(6.25));
  CHECK(delivery->improved == std::optional(true));

  const KpiSummary* lead_time = summary_of(summaries, "lead-time");
  REQUIRE(lead_time);
  CHECK(lead_time->change == -5);
  CHECK(*lead_time->change_pct == doctest::Approx(-25));
  CHECK(lead_time->improved == std::optional(true));  // lower is better

  const KpiSummary* scrap = summary_of(summaries, "scrap");
  REQUIRE(scrap);
  CHECK(scrap->change == 2);
  CHECK_FALSE(scrap->change_pct);  // baseline 0
  CHECK(scrap->improved == std::optional(false));

  const KpiSummary* sick_leave = summary_of(summaries, "sick-leave");
  REQUIRE(sick_leave);
  CHECK(sick_leave->baseline_date == sick_leave->latest_date);
  CHECK(sick_leave->change == 0);
  CHECK_FALSE(sick_leave->improved);  // one value: nothing to compare
}

TEST_CASE("summarize_kpis: the until cut-off, negative baselines, no change") {
  Program program = default_program();
  std::vector<KpiValue> values{
      kpi("delivery-precision", ymd(2026, 2, 1), 80),
      kpi("delivery-precision", ymd(2026, 4, 1), 90),
      kpi("delivery-precision", ymd(2026, 6, 1), 85),
      kpi("lead-time", ymd(2026, 6, 1), 15),
      kpi("productivity", ymd(2026, 2, 1), -10),
      kpi("productivity", ymd(2026, 3, 1), -5),
      kpi("scrap", ymd(2026, 2, 1), 3),
      kpi("scrap", ymd(2026, 3, 1), 3),
  };
  auto until_april = summarize_kpis(program, values, ymd(2026, 4, 1));
  const KpiSummary* delivery = summary_of(until_april, "delivery-precision");
  REQUIRE(delivery);
  CHECK(delivery->latest_date == ymd(2026, 4, 1));
  CHECK(delivery->latest == 90);
  CHECK(delivery->change == 10);
  CHECK_FALSE(summary_of(until_april, "lead-time"));  // its only value comes later

  const KpiSummary* productivity = summary_of(until_april, "productivity");
  REQUIRE(productivity);
  CHECK(productivity->change == 5);
  CHECK(*productivity->change_pct == doctest::Approx(50));  // against |baseline|
  CHECK(productivity->improved == std::optional(true));

  const KpiSummary* scrap = summary_of(until_april, "scrap");
  REQUIRE(scrap);
  CHECK(scrap->change == 0);
  CHECK(*scrap->change_pct == doctest::Approx(0));
  CHECK(scrap->improved == std::optional(false));  // unchanged is not improved

  CHECK(summarize_kpis(program, values, ymd(2026, 1, 1)).empty());
  CHECK(summarize_kpis(program, {}).empty());
}

TEST_CASE("assessment_mean averages the scores") {
  CHECK(assessment_mean(Assessment{"bussbygg-as", ymd(2026, 2, 1), {}}) == 0);
  CHECK(assessment_mean(Assessment{"bussbygg-as", ymd(2026, 2, 1), {{"flow", 2}, {"leadership", 3}, {"customer-focus", 5}}}) ==
        doctest::Approx(10.0 / 3));
}

TEST_CASE("planned_visits: an overdue visit is planned for today, then one per cadence up to the horizon") {
  Program program = default_program();
  std::vector<PhaseRecord> history{phase("vision", ymd(2026, 1, 5))};
  auto planned = planned_visits(program, history, {}, ymd(2026, 2, 2), ymd(2026, 3, 2));
  REQUIRE(planned.size() == 2);
  CHECK(planned[0].number == 1);
  CHECK(planned[0].day == ymd(2026, 2, 2));
  CHECK(planned[0].fell_due == std::optional(ymd(2026, 1, 18)));
  CHECK(planned[0].every_weeks == 2);
  CHECK(planned[1].number == 2);
  CHECK(planned[1].day == ymd(2026, 2, 16));
  CHECK_FALSE(planned[1].fell_due);
}

TEST_CASE("planned_visits: numbered after the visits held, on into the next phase") {
  Program program = default_program();
  std::vector<PhaseRecord> history{phase("vision", ymd(2026, 1, 5))};
  // vision's planned end is 2026-03-15; the visit due on 03-16 falls in pilot.
  auto planned = planned_visits(program, history, {visit_on(ymd(2026, 3, 2))}, ymd(2026, 3, 9), ymd(2026, 3, 31));
  REQUIRE(planned.size() == 2);
  CHECK(planned[0].number == 2);
  CHECK(planned[0].day == ymd(2026, 3, 16));
  CHECK_FALSE(planned[0].fell_due);
  CHECK(planned[1].day == ymd(2026, 3, 30));
}

TEST_CASE("planned_visits: none without a current phase with visits, none at or past the horizon") {
  Program program = default_program();
  CHECK(planned_visits(program, {}, {}, ymd(2026, 2, 2), ymd(2026, 6, 1)).empty());
  CHECK(planned_visits(program, {phase("line", ymd(2026, 1, 5))}, {}, ymd(2026, 2, 2), ymd(2026, 6, 1)).empty());
  CHECK(planned_visits(program, {phase("vision", ymd(2026, 1, 5))}, {}, ymd(2026, 1, 5), ymd(2026, 1, 18)).empty());
}
