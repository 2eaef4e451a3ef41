#include <doctest/doctest.h>

#include <vector>

#include "plift/core/journey_dates.hpp"
#include "plift/core/rules.hpp"

using namespace plift;

// The default programme: 10 + 32 + 26 coaching weeks, holiday weeks 1,
// 28-31, 52 and 53. A company that started on Monday 2026-01-05.

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

Company company() {
  Company c;
  c.key = "kappa";
  c.name = "Kappa AS";
  c.start = ymd(2026, 1, 5);
  return c;
}

// Phase 1 from the start; moved on to the pilot on `advanced` (if any).
std::vector<PhaseRecord> history(const Program& program, std::optional<Date> advanced,
                                 std::optional<std::string> reason = std::nullopt) {
  std::vector<PhaseRecord> h{enter_phase(program, 0, ymd(2026, 1, 5))};
  if (advanced) {
    h[0].ended = *advanced;
    h[0].forced_reason = reason;
    h.push_back(enter_phase(program, 1, *advanced));
  }
  return h;
}

}  // namespace

TEST_CASE("phase_planned_end: from the day the phase starts, holiday weeks skipped") {
  Program program = default_program();
  CHECK(phase_planned_end(program, 0, ymd(2026, 1, 5)) == ymd(2026, 3, 15));
  // 32 weeks from week 15 of 2026 run into the summer weeks 28-31: 4 weeks more.
  CHECK(phase_planned_end(program, 1, ymd(2026, 4, 6)) == ymd(2026, 12, 13));
  CHECK(enter_phase(program, 1, ymd(2026, 4, 6)).planned_end == phase_planned_end(program, 1, ymd(2026, 4, 6)));
}

TEST_CASE("journey_dates: a journey on plan lays the phases back to back") {
  Program program = default_program();
  JourneyDates dates = journey_dates(program, company(), history(program, std::nullopt));
  REQUIRE(dates.phases.size() == 3);
  CHECK(dates.phases[0].phase == "vision");
  CHECK(dates.phases[0].planned_start == ymd(2026, 1, 5));
  CHECK(dates.phases[0].planned_end == ymd(2026, 3, 15));
  CHECK(dates.phases[0].started == ymd(2026, 1, 5));
  CHECK(dates.phases[0].current);
  CHECK_FALSE(dates.phases[0].ended);
  CHECK(dates.phases[1].planned_start == ymd(2026, 3, 16));
  CHECK(dates.phases[1].planned_end == ymd(2026, 11, 22));
  CHECK_FALSE(dates.phases[1].started);
  CHECK_FALSE(dates.phases[1].current);
  CHECK(dates.phases[2].planned_start == ymd(2026, 11, 23));
  CHECK(dates.phases[2].planned_end == ymd(2027, 6, 13));
  CHECK(dates.planned_end == ymd(2027, 6, 13));
  CHECK(dates.planned_end == nominal_journey_end(program, ymd(2026, 1, 5)));
}

TEST_CASE("journey_dates: after a late move the rest of the plan follows the actual start") {
  Program program = default_program();
  std::vector<PhaseRecord> h = history(program, ymd(2026, 4, 6), "Customer survey postponed");
  JourneyDates dates = journey_dates(program, company(), h);
  REQUIRE(dates.phases.size() == 3);
  // Phase 1 keeps its planned dates; it ended the day the pilot started.
  CHECK(dates.phases[0].planned_end == ymd(2026, 3, 15));
  CHECK(dates.phases[0].ended == ymd(2026, 4, 6));
  CHECK(dates.phases[0].forced_reason == "Customer survey postponed");
  CHECK_FALSE(dates.phases[0].current);
  // The pilot is planned from the day it started, as its record says.
  CHECK(dates.phases[1].planned_start == ymd(2026, 4, 6));
  CHECK(dates.phases[1].planned_end == ymd(2026, 12, 13));
  CHECK(dates.phases[1].planned_end == h[1].planned_end);
  CHECK(dates.phases[1].current);
  // The line organisation after it: 26 weeks from 2026-12-14 plus weeks 52, 53 and 1.
  CHECK(dates.phases[2].planned_start == ymd(2026, 12, 14));
  CHECK(dates.phases[2].planned_end == ymd(2027, 7, 4));
  CHECK(journey_planned_end(program, company(), h) == ymd(2027, 7, 4));
  // Not the plan from the start.
  CHECK(journey_planned_end(program, company(), h) != nominal_journey_end(program, ymd(2026, 1, 5)));
}

TEST_CASE("journey_dates: an overdue phase does not move the plan until it ends") {
  Program program = default_program();
  // Whatever today is: the dates are a function of the records only.
  std::vector<PhaseRecord> h = history(program, std::nullopt);
  CHECK(journey_planned_end(program, company(), h) == ymd(2027, 6, 13));
}

TEST_CASE("journey_dates: a completed journey ends with its last phase's recorded plan") {
  Program program = default_program();
  std::vector<PhaseRecord> h = history(program, ymd(2026, 3, 16));
  h[1].ended = ymd(2026, 11, 23);
  h.push_back(enter_phase(program, 2, ymd(2026, 11, 23)));
  h[2].ended = ymd(2027, 6, 14);
  JourneyDates dates = journey_dates(program, company(), h);
  for (const PhaseDates& phase : dates.phases) CHECK_FALSE(phase.current);
  CHECK(dates.phases[2].planned_end == h[2].planned_end);
  CHECK(dates.planned_end == h[2].planned_end);
  CHECK(dates.phases[2].ended == ymd(2027, 6, 14));
}

TEST_CASE("journey_dates: no phase entered yet, or one the config no longer has") {
  Program program = default_program();
  JourneyDates none = journey_dates(program, company(), {});
  CHECK(none.phases[0].planned_start == ymd(2026, 1, 5));
  CHECK_FALSE(none.phases[0].started);
  CHECK(none.planned_end == ymd(2027, 6, 13));

  std::vector<PhaseRecord> h = history(program, ymd(2026, 4, 6));
  h[1].phase = "retired-phase";
  JourneyDates passed_over = journey_dates(program, company(), h);
  CHECK_FALSE(passed_over.phases[1].started);
  CHECK(passed_over.phases[1].planned_start == ymd(2026, 3, 16));
}

TEST_CASE("phase_ended and days_late: a phase left the day after its planned end is on time") {
  Program program = default_program();
  PhaseRecord vision = enter_phase(program, 0, ymd(2026, 1, 5));  // planned end 2026-03-15
  CHECK_FALSE(phase_ended(vision));
  CHECK_FALSE(days_late(vision, ymd(2026, 3, 15), true));
  CHECK(days_late(vision, ymd(2026, 3, 20), true) == 5);
  CHECK_FALSE(days_late(vision, ymd(2026, 3, 20), false));  // the journey stopped
  vision.ended = ymd(2026, 3, 16);
  CHECK(phase_ended(vision) == ymd(2026, 3, 16));
  CHECK_FALSE(days_late(vision, ymd(2026, 11, 16), true));
  vision.ended = ymd(2026, 3, 17);
  CHECK(days_late(vision, ymd(2026, 11, 16), true) == 1);
}

TEST_CASE("history_as_of: later phases left out, a later move undone") {
  Program program = default_program();
  std::vector<PhaseRecord> h = history(program, ymd(2026, 4, 6), "late");
  CHECK(history_as_of(h, ymd(2026, 4, 6)).size() == 2);
  std::vector<PhaseRecord> before = history_as_of(h, ymd(2026, 4, 5));
  REQUIRE(before.size() == 1);
  CHECK_FALSE(before[0].ended);
  CHECK_FALSE(before[0].forced_reason);
  CHECK(history_as_of(h, ymd(2025, 12, 31)).empty());
}
