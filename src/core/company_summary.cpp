#include "plift/core/company_summary.hpp"

#include <algorithm>

#include "plift/core/journey_dates.hpp"

namespace plift {

CompanySummary summarize_company(const Program& program, const CompanyRecords& records, Date today) {
  const Company& company = records.company;
  CompanySummary summary;
  summary.status = status_on(company, today);
  const PhaseRecord* current = current_phase(records.history);
  if (current && summary.status == CompanyStatus::active) summary.current_phase = *current;
  summary.journey_planned_end = journey_planned_end(program, company, records.history);
  summary.visits_expected = expected_visits(program, records.history, today);
  if (summary.status == CompanyStatus::active) {
    if (auto due = next_visit_due(program, records.history, records.visits)) {
      summary.next_visit_due = due->due;
      summary.visit_overdue = today > due->overdue;
    }
  }
  summary.steering_missing = steering_gaps(records.steering);
  summary.course_participants = course_participants(records.participants);
  summary.meets_course_quota = summary.course_participants >= program.training_min_per_company;
  summary.joint_gatherings_attended = static_cast<int>(std::count_if(
      records.gatherings.begin(), records.gatherings.end(), [](const Gathering& g) { return g.kind == GatheringKind::joint; }));
  // A journey that ended is judged on the day it ended.
  Date judged_on = std::min({today, company.completed.value_or(today), company.withdrawn.value_or(today)});
  summary.joint_gatherings_expected = expected_gatherings(program, company, judged_on);
  summary.kpis = summarize_kpis(program, records.kpi_values);
  return summary;
}

}  // namespace plift
