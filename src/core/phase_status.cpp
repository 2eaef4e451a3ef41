#include "plift/core/phase_status.hpp"

#include <algorithm>

namespace plift {

PhaseStatus phase_status(const Program& program, const Company& company, const PhaseRecord& current,
                         const std::vector<PhaseRecord>& history, const std::vector<ChecklistTick>& ticks,
                         const std::vector<Visit>& visits, Date today) {
  PhaseStatus status;
  status.company = company;
  std::size_t index = program.phase_index(current.phase).value_or(0);
  status.phase = &program.phases[index];
  status.phase_number = index + 1;
  status.started = current.started;
  status.planned_end = current.planned_end;
  status.days_left = (current.planned_end - today).count();
  status.open_items = open_checklist_items(*status.phase, ticks);
  status.checklist_done = status.phase->checklist.size() - status.open_items.size();
  status.visits_held = std::count_if(visits.begin(), visits.end(),
                                     [&](const Visit& v) { return within_journey(company, v.date); });
  status.visits_expected = expected_visits(program, history, today);
  for (const Visit& visit : visits) {
    if (!status.last_visit || visit.date > *status.last_visit) status.last_visit = visit.date;
  }
  status.next_visit = next_visit_due(program, history, visits);
  status.visit_overdue = status.next_visit && today > status.next_visit->overdue;
  return status;
}

}  // namespace plift
