#pragma once
// The dates of a company's journey, each defined once here (man plift,
// JOURNEY DATES) so that every command and report shows the same day for the
// same fact. Pure: records in, dates out.

#include <optional>
#include <string>
#include <vector>

#include "plift/core/journey.hpp"
#include "plift/core/program.hpp"

namespace plift {

// The planned end (inclusive) of phase `phase_index` entered on `start`:
// start + 7 × weeks − 1 day, extended over the holidays (planned_end()).
// The planned end a phase record carries is this, from the day it started.
Date phase_planned_end(const Program& program, std::size_t phase_index, Date start);

// The day a phase ended: the day the company left it, which is the day the
// next phase started (`phase advance --date`), or the day the journey
// completed or was withdrawn; absent while the phase is current. The last
// day spent in the phase is the day before.
std::optional<Date> phase_ended(const PhaseRecord& record);

// Days past its planned end: for a phase that ended, ended − planned end − 1
// (a phase left the day after its planned end is on time); for the current
// phase of an active journey, as_of − planned end. Absent when not positive.
std::optional<int> days_late(const PhaseRecord& record, Date as_of, bool active);

// One configured phase of a journey, entered or still ahead.
struct PhaseDates {
  std::size_t index = 0;   // into program.phases
  std::string phase;       // its key
  Date planned_start{};    // entered: the day it started; ahead: the day after the planned end of the phase before
  Date planned_end{};      // inclusive; entered: as recorded when it started; ahead: from its planned start
  std::optional<Date> started;  // entered phases
  std::optional<Date> ended;    // phase_ended()
  std::optional<std::string> forced_reason;
  bool current = false;    // entered and not ended
};

// days_late() of an entered phase; absent for one not entered.
std::optional<int> days_late(const PhaseDates& phase, Date as_of, bool active);

struct JourneyDates {
  std::vector<PhaseDates> phases;  // every configured phase, in config order
  Date planned_end{};              // the planned end of the last phase
};

// The journey's dates from its actual history: each phase entered has the
// dates it started with (its last entry, if entered twice), and the phases
// after the last one entered are laid back to back from its planned end
// (from the company's start when none was entered). Records of phases the
// config no longer has are passed over.
JourneyDates journey_dates(const Program& program, const Company& company, const std::vector<PhaseRecord>& history);

// journey_dates(…).planned_end: the current (or last entered) phase's planned
// end, then the remaining phases laid back to back.
Date journey_planned_end(const Program& program, const Company& company, const std::vector<PhaseRecord>& history);

// The history as it stood at the end of `day`: phases entered later left
// out, a later move undone (the phase then current has no end yet).
std::vector<PhaseRecord> history_as_of(const std::vector<PhaseRecord>& history, Date day);

}  // namespace plift
