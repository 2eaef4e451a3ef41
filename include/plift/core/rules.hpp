#pragma once
// The programme's rules over a company's records: visit cadence, course
// quota, gatherings, steering-group composition, KPI change and assessments.
// Pure functions of records, the Program and a given day.

#include <optional>
#include <string>
#include <vector>

#include "plift/core/journey.hpp"
#include "plift/core/program.hpp"
#include "plift/core/records.hpp"

namespace plift {

// The day on which `days` coaching days (days outside holiday weeks) have
// passed after `from`: the first day d > from with coaching_days_between(from + 1, d) == days.
Date add_coaching_days(Date from, int days, const HolidayWeeks& holidays);

// Visits expected by `day` (inclusive): in each phase with visit_every_weeks
// c > 0, one per c full coaching weeks from the phase start to the day before
// it ended (or to `day`).
int expected_visits(const Program& program, const std::vector<PhaseRecord>& history, Date day);

struct VisitDue {
  Date due;       // the day the next visit falls due: last visit (or phase start) + c coaching weeks
  Date overdue;   // after this day the visit is overdue: due + visit_grace_days coaching days
  std::optional<Date> last_visit;
};
// For a company in a phase with coach visits; nullopt when the current phase
// has none (or there is no current phase). `visits` in any order.
std::optional<VisitDue> next_visit_due(const Program& program, const std::vector<PhaseRecord>& history,
                                       const std::vector<Visit>& visits);

// A coach visit the cadence calls for, as a calendar plans it.
struct PlannedVisit {
  int number = 0;        // the company's Nth visit, counting those held
  Date day{};
  int every_weeks = 0;   // the cadence of the phase it falls in
  std::optional<Date> fell_due;  // the first one, when overdue: the day it fell due (it is planned for today)
};
// The visits from the next one due (today when overdue) up to the day before
// `horizon`: one every visit_every_weeks coaching weeks through the current
// phase, which lasts at least until today, and then through the later phases
// laid back to back from it; the cadence starts afresh after a phase without
// visits. Empty without a current phase the config knows.
std::vector<PlannedVisit> planned_visits(const Program& program, const std::vector<PhaseRecord>& history,
                                         const std::vector<Visit>& visits, Date today, Date horizon);

// Participants who count towards the course quota (enrolled or completed, not dropped).
int course_participants(const std::vector<TrainingParticipant>& participants);

// Joint gatherings a company should have attended by `day`, in proportion to
// how far its nominal journey has come: floor(per_company × elapsed coaching
// days / coaching days from the start to nominal_journey_end), capped at per_company.
int expected_gatherings(const Program& program, const Company& company, Date day);

// What the steering group lacks: "management", "union" (empty when complete).
std::vector<std::string> steering_gaps(const std::vector<SteeringMember>& members);

struct KpiSummary {
  std::string kpi;
  Date baseline_date;
  double baseline = 0;
  Date latest_date;
  double latest = 0;
  double change = 0;                   // latest − baseline
  std::optional<double> change_pct;    // 100 × change / |baseline|; absent when baseline is 0
  std::optional<bool> improved;        // by the KPI's direction; absent with one value only
};
// Per KPI with any values up to `until` (inclusive), in the config's KPI order.
std::vector<KpiSummary> summarize_kpis(const Program& program, const std::vector<KpiValue>& values,
                                       std::optional<Date> until = std::nullopt);

double assessment_mean(const Assessment& a);

// The journey's nominal end: its phases' weeks back to back from the company's
// start, whatever happened since. Only the span over which joint gatherings
// are expected (expected_gatherings); the journey's planned end, which every
// command shows, is journey_planned_end() (journey_dates.hpp).
Date nominal_journey_end(const Program& program, Date start);

}  // namespace plift
