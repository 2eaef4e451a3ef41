#include "plift/core/journey_dates.hpp"

#include <fmt/format.h>

#include "plift/core/error.hpp"

namespace plift {

Date phase_planned_end(const Program& program, std::size_t phase_index, Date start) {
  if (phase_index >= program.phases.size())
    throw InternalError(fmt::format("phase_planned_end: no phase number {} (the programme has {})", phase_index,
                                    program.phases.size()));
  return planned_end(start, program.phases[phase_index].weeks, program.holidays());
}

std::optional<Date> phase_ended(const PhaseRecord& record) { return record.ended; }

std::optional<int> days_late(const PhaseRecord& record, Date as_of, bool active) {
  std::optional<Date> ended = phase_ended(record);
  if (!ended && !active) return std::nullopt;  // the journey stopped in this phase
  Date last_day = ended ? *ended - date::days{1} : as_of;
  if (last_day <= record.planned_end) return std::nullopt;
  return static_cast<int>((last_day - record.planned_end).count());
}

std::optional<int> days_late(const PhaseDates& phase, Date as_of, bool active) {
  if (!phase.started) return std::nullopt;
  return days_late(PhaseRecord{phase.phase, *phase.started, phase.ended, phase.planned_end, phase.forced_reason},
                   as_of, active);
}

JourneyDates journey_dates(const Program& program, const Company& company, const std::vector<PhaseRecord>& history) {
  const HolidayWeeks holidays = program.holidays();
  // The phases entered, by config index: the last entry of each.
  std::vector<const PhaseRecord*> entered(program.phases.size(), nullptr);
  std::optional<std::size_t> last_entered;
  for (const PhaseRecord& record : history) {
    std::optional<std::size_t> index = program.phase_index(record.phase);
    if (!index) continue;
    entered[*index] = &record;
    last_entered = *index;
  }

  JourneyDates journey;
  Date next_start = company.start;
  for (std::size_t i = 0; i < program.phases.size(); ++i) {
    PhaseDates dates;
    dates.index = i;
    dates.phase = program.phases[i].key;
    const PhaseRecord* record = entered[i];
    // A phase after the last one entered is ahead, even if an older entry exists.
    if (record && (!last_entered || i <= *last_entered)) {
      dates.planned_start = record->started;
      dates.planned_end = record->planned_end;
      dates.started = record->started;
      dates.ended = phase_ended(*record);
      dates.forced_reason = record->forced_reason;
      dates.current = !dates.ended;
    } else {
      dates.planned_start = next_start;
      dates.planned_end = planned_end(next_start, program.phases[i].weeks, holidays);
    }
    next_start = dates.planned_end + date::days{1};
    journey.phases.push_back(std::move(dates));
  }
  journey.planned_end = journey.phases.empty() ? company.start : journey.phases.back().planned_end;
  return journey;
}

Date journey_planned_end(const Program& program, const Company& company, const std::vector<PhaseRecord>& history) {
  return journey_dates(program, company, history).planned_end;
}

std::vector<PhaseRecord> history_as_of(const std::vector<PhaseRecord>& history, Date day) {
  std::vector<PhaseRecord> so_far;
  for (const PhaseRecord& record : history) {
    if (record.started > day) continue;
    so_far.push_back(record);
    if (record.ended && *record.ended > day) {
      so_far.back().ended.reset();
      so_far.back().forced_reason.reset();
    }
  }
  return so_far;
}

}  // namespace plift
