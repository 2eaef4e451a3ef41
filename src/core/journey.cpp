#include "plift/core/journey.hpp"

#include <algorithm>

#include <fmt/format.h>

#include "plift/core/error.hpp"
#include "plift/core/journey_dates.hpp"

namespace plift {

std::string to_string(CompanyStatus s) {
  switch (s) {
    case CompanyStatus::planned: return "planned";
    case CompanyStatus::active: return "active";
    case CompanyStatus::completed: return "completed";
    case CompanyStatus::withdrawn: return "withdrawn";
  }
  return "active";
}

std::optional<CompanyStatus> parse_company_status(std::string_view text) {
  if (text == "planned") return CompanyStatus::planned;
  if (text == "active") return CompanyStatus::active;
  if (text == "completed") return CompanyStatus::completed;
  if (text == "withdrawn") return CompanyStatus::withdrawn;
  return std::nullopt;
}

std::string to_string(PulseStatus s) {
  switch (s) {
    case PulseStatus::green: return "green";
    case PulseStatus::yellow: return "yellow";
    case PulseStatus::red: return "red";
  }
  return "green";
}

std::optional<PulseStatus> parse_pulse_status(std::string_view text) {
  if (text == "green") return PulseStatus::green;
  if (text == "yellow") return PulseStatus::yellow;
  if (text == "red") return PulseStatus::red;
  return std::nullopt;
}

CompanyStatus status_on(const Company& c, Date today) {
  if (c.withdrawn && *c.withdrawn <= today) return CompanyStatus::withdrawn;
  if (c.completed && *c.completed <= today) return CompanyStatus::completed;
  if (c.start > today) return CompanyStatus::planned;
  return CompanyStatus::active;
}

const PhaseRecord* current_phase(const std::vector<PhaseRecord>& history) {
  auto it = std::find_if(history.rbegin(), history.rend(),
                         [](const PhaseRecord& r) { return !r.ended; });
  return it == history.rend() ? nullptr : &*it;
}

std::vector<ChecklistItem> open_checklist_items(const PhaseDefinition& phase,
                                                const std::vector<ChecklistTick>& ticks) {
  std::vector<ChecklistItem> open;
  for (const auto& item : phase.checklist) {
    bool ticked = std::any_of(ticks.begin(), ticks.end(), [&](const ChecklistTick& t) {
      return t.phase == phase.key && t.item == item.key;
    });
    if (!ticked) open.push_back(item);
  }
  return open;
}

PhaseRecord enter_phase(const Program& program, std::size_t phase_index, Date start) {
  if (phase_index >= program.phases.size())
    throw InternalError(fmt::format("enter_phase: no phase number {} (the programme has {})",
                                    phase_index, program.phases.size()));
  const PhaseDefinition& phase = program.phases[phase_index];
  PhaseRecord record;
  record.phase = phase.key;
  record.started = start;
  record.planned_end = phase_planned_end(program, phase_index, start);
  return record;
}

bool within_journey(const Company& c, Date day) {
  if (day < c.start) return false;
  std::optional<Date> end = c.completed;
  if (c.withdrawn && (!end || *c.withdrawn < *end)) end = c.withdrawn;
  return !end || day <= *end;
}

std::vector<std::string> phase_history_breaks(const Company& c, const std::vector<PhaseRecord>& history) {
  std::vector<std::string> breaks;
  for (std::size_t i = 0; i < history.size(); ++i) {
    const PhaseRecord& record = history[i];
    if (i == 0 && record.started != c.start) {
      breaks.push_back(fmt::format("{}: the first phase '{}' starts on {}, not on the company's start {}", c.key,
                                   record.phase, format_date(record.started), format_date(c.start)));
    }
    if (i > 0) {
      const PhaseRecord& before = history[i - 1];
      if (!before.ended) {
        breaks.push_back(fmt::format("{}: phase '{}' is still open, yet phase '{}' follows it", c.key, before.phase,
                                     record.phase));
      } else if (*before.ended != record.started) {
        breaks.push_back(fmt::format("{}: phase '{}' starts on {}, but phase '{}' before it ended on {}", c.key,
                                     record.phase, format_date(record.started), before.phase,
                                     format_date(*before.ended)));
      }
    }
    if (record.ended && *record.ended < record.started) {
      breaks.push_back(fmt::format("{}: phase '{}' ends on {}, before it started on {}", c.key, record.phase,
                                   format_date(*record.ended), format_date(record.started)));
    }
  }
  return breaks;
}

}  // namespace plift
