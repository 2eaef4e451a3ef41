#pragma once
// Where an active company stands in its current phase on a day: what
// `plift phase status` shows, computed once for every output format.

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "plift/core/journey.hpp"
#include "plift/core/program.hpp"
#include "plift/core/records.hpp"
#include "plift/core/rules.hpp"

namespace plift {

struct PhaseStatus {
  Company company;
  const PhaseDefinition* phase = nullptr;
  std::size_t phase_number = 0;  // 1-based
  Date started;
  Date planned_end;
  long days_left = 0;            // negative: past the planned end
  std::size_t checklist_done = 0;
  std::vector<ChecklistItem> open_items;
  long visits_held = 0;          // within the journey
  int visits_expected = 0;
  std::optional<Date> last_visit;
  std::optional<VisitDue> next_visit;
  bool visit_overdue = false;

  bool overdue() const { return days_left < 0; }
};

// `current` is the company's open phase; `history`, `ticks` and `visits` its records.
PhaseStatus phase_status(const Program& program, const Company& company, const PhaseRecord& current,
                         const std::vector<PhaseRecord>& history, const std::vector<ChecklistTick>& ticks,
                         const std::vector<Visit>& visits, Date today);

}  // namespace plift
