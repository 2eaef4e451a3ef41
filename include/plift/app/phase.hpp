#pragma once
// plift phase check|uncheck|advance: the checklist and the moves between phases.

#include <cstddef>
#include <optional>
#include <string>

#include "plift/app/recording.hpp"
#include "plift/app/session.hpp"
#include "plift/core/journey.hpp"
#include "plift/core/phase_status.hpp"

namespace plift::app {

struct Tick {
  std::string phase;             // the phase whose checklist has the item
  Date date;                     // the day it was ticked
  bool already_ticked = false;   // nothing changed: it was ticked on `date`
  std::size_t done = 0;          // items of that phase ticked now
  std::size_t total = 0;         // items of that phase
};
// Ticks the item (of the current phase, or one finished late in an earlier phase) on `day`.
Tick check_item(Session& session, const std::string& key, const std::string& item, Date day);
// In the recorder's transaction; with `phase`, the item of that phase, which
// the company must have reached. An item already ticked is kept as it is, or
// refused under Existing::refuse, or under Existing::replace ticked on `day`.
Tick check_item(Recorder& recorder, const std::string& key, const std::string& item, Date day,
                const std::optional<std::string>& phase = std::nullopt);

// Takes a tick back; returns the phase of the item. Refused once the item's
// phase ended without --force: its move relied on the tick.
std::string uncheck_item(Session& session, const std::string& key, const std::string& item);

struct Advance {
  std::string key;
  Date day;
  bool force = false;
  std::string reason;  // with force only
};
struct Advanced {
  std::string from_phase;
  std::optional<PhaseRecord> entered;  // none: the journey is completed
};
Advanced advance_phase(Session& session, const Advance& request);

// A phase of a company's journey as history records it (plift import
// phases), one call per phase in the order entered. The first replaces the
// phases the company has and must be its first phase, starting on its start;
// each later one follows as `phase advance` moves on: the next phase,
// starting the day the one before ended.
struct PhaseEntry {
  std::string key;
  std::string phase;
  Date started;
  std::optional<Date> ended;
  std::optional<std::string> forced_reason;  // empty: none
  bool first = false;                        // the first of this company's phases
};
void record_phase(Recorder& recorder, const PhaseEntry& entry);

// plift phase status: every company active today, by key.
std::vector<PhaseStatus> phase_status_of_active(Session& session);

// plift phase status KEY: refused unless the company is active today.
struct CompanyPhaseStatus {
  PhaseStatus status;
  std::vector<ChecklistTick> ticks;  // of every phase
};
CompanyPhaseStatus phase_status_of(Session& session, const std::string& key);

}  // namespace plift::app
