#pragma once
// A company's journey through the programme's phases, and the rules over it.
// Pure: records in, answers out.

#include <optional>
#include <string>
#include <vector>

#include "plift/core/date.hpp"
#include "plift/core/program.hpp"

namespace plift {

enum class CompanyStatus { planned, active, completed, withdrawn };
std::string to_string(CompanyStatus s);
std::optional<CompanyStatus> parse_company_status(std::string_view text);

enum class PulseStatus { green, yellow, red };
std::string to_string(PulseStatus s);
std::optional<PulseStatus> parse_pulse_status(std::string_view text);

struct Company {
  std::string key;
  std::string name;
  std::optional<std::string> org_number;
  std::string region;
  std::string sector;
  int employees = 0;
  Date start;
  std::optional<std::string> coach;
  std::optional<Date> completed;   // the day the journey ended as completed
  std::optional<Date> withdrawn;   // the day it was withdrawn
  std::optional<std::string> withdraw_reason;
};

// One phase a company entered. [started, ended): `ended` is the day the
// company left the phase (the next phase's start), absent while current.
struct PhaseRecord {
  std::string phase;
  Date started;
  std::optional<Date> ended;
  Date planned_end;                   // inclusive, by planned_end()
  std::optional<std::string> forced_reason;
};

struct ChecklistTick {
  std::string phase;
  std::string item;
  Date date;
};

CompanyStatus status_on(const Company& c, Date today);

// The phase the company is in: the last record without an end, if any.
const PhaseRecord* current_phase(const std::vector<PhaseRecord>& history);

// Checklist items of `phase` without a tick, in config order.
std::vector<ChecklistItem> open_checklist_items(const PhaseDefinition& phase,
                                                const std::vector<ChecklistTick>& ticks);

// The record a company gets when it enters `phase` on `start`.
PhaseRecord enter_phase(const Program& program, std::size_t phase_index, Date start);

// Whether an event on `day` lies within the company's journey (from its start
// to the day it completed or withdrew).
bool within_journey(const Company& c, Date day);

// Where a company's phase history (in order) breaks the shape every command
// gives it: the first phase starts with the company, each later one the day
// the one before it ended, none ends before it starts, only the last is open.
// One sentence each; none when the history is whole.
std::vector<std::string> phase_history_breaks(const Company& c, const std::vector<PhaseRecord>& history);

// A company with its open phase, if any, as company listings show it.
struct CompanyOverview {
  Company company;
  std::optional<PhaseRecord> current_phase;
};

}  // namespace plift
