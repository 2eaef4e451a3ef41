#pragma once
// What `plift company show` says of a company on a day beyond its records:
// where it stands, what is expected of it by now, and what it lacks. Computed
// once here; every output format renders the same values.

#include <optional>
#include <string>
#include <vector>

#include "plift/core/company_view.hpp"
#include "plift/core/program.hpp"
#include "plift/core/rules.hpp"

namespace plift {

struct CompanySummary {
  CompanyStatus status = CompanyStatus::planned;
  std::optional<PhaseRecord> current_phase;  // while active
  Date journey_planned_end;
  int visits_expected = 0;
  std::optional<Date> next_visit_due;        // while active, in a phase with visits
  bool visit_overdue = false;
  std::vector<std::string> steering_missing;  // "management", "union"
  int course_participants = 0;                // enrolled or completed
  bool meets_course_quota = false;
  int joint_gatherings_attended = 0;
  int joint_gatherings_expected = 0;          // by today, or by the day the journey ended
  std::vector<KpiSummary> kpis;
};

CompanySummary summarize_company(const Program& program, const CompanyRecords& records, Date today);

}  // namespace plift
