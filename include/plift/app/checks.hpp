#pragma once
// The checks the use cases share: records by key (with "did you mean"), the
// dates an event may carry, and single values as typed on a command line or
// in an import file (`what` names the option or column).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "plift/app/session.hpp"
#include "plift/core/coach.hpp"
#include "plift/core/journey.hpp"
#include "plift/core/records.hpp"

namespace plift::app {

// The company with this key, or RuleError naming the nearest keys.
Company require_company(Session& session, const std::string& key);
Coach require_coach(Session& session, const std::string& key);
// The configured region `text` names, or RuleError listing the regions.
std::string require_region(Session& session, const std::string& text);
// The index of a configured phase, or RuleError listing the phases.
std::size_t require_phase(Session& session, const std::string& phase_key);

// An event of a company's journey may not lie in the future, before the
// company's start, or after it completed or withdrew.
void require_event_date(Session& session, const Company& company, Date day, std::string_view what);

// Dates are written YYYY-MM-DD, so nothing plift stores may lie after
// 9999-12-31: UsageError when the phases from `first_phase` on, laid back to
// back from `start`, would be planned to end later. `what`: "--start 9999-01-04".
void require_plan_fits_calendar(const Program& program, std::size_t first_phase, Date start, std::string_view what);

// Throws RuleError unless the company is active today.
void require_active(Session& session, const Company& company, std::string_view doing);

// Checks of single values the commands and the import share; `what` names
// the option or column.
// 1 to 1,000,000: more than any company in the programme has is a typo.
void require_employees(long long employees, std::string_view what);
// Not blank, and one line of UTF-8 without control characters (plift/core/text.hpp).
void require_text(const std::string& value, std::string_view what);
// Not blank; free text (a reason): tabs and line breaks allowed.
void require_free_text(const std::string& value, std::string_view what);
void require_email(const std::string& email, std::string_view what);
// An optional text given as empty is absent.
std::optional<std::string> empty_as_none(const std::optional<std::string>& value);

// ---------------------------------------------------------------------------
// Checks of the journey records (visits, course participants, gatherings and
// attendance, steering groups, key figures, assessments, checklist ticks),
// shared by their commands and `plift import` (transfer_journey.cpp), so a
// value refused on the command line is refused in a file too. `what` names
// the option or argument (or, in an import, the column) as messages show it.

// Names are kept exactly as typed (they are how people are told apart), but a
// name of nothing but blanks is a slip, not a person. `who`: "participant", "member".
void require_person_name(const std::string& person, std::string_view what, std::string_view who);

// "unknown WHAT 'x': use onsite or remote"
VisitMode require_visit_mode(const std::string& text, std::string_view what);
// RuleError when the company has another pulse meeting (another id) on the
// pulse's day: a second one would hide the first from "the latest pulse".
void require_no_other_pulse(Session& session, const Pulse& pulse);
// RuleError when a visit to the company on that day by that coach (or, with
// none, without a coach) is already logged: it would count twice against the cadence.
void require_visit_not_logged(Session& session, const std::string& company, Date day,
                              const std::optional<std::string>& coach);

TrainingRole require_training_role(const std::string& text, std::string_view what);
// RuleError when `day` (a completion or drop) is before the participant enrolled.
void require_after_enrolment(const TrainingParticipant& participant, Date day, std::string_view what);

SteeringRole require_steering_role(const std::string& text, std::string_view what);

// The gathering with this key, or RuleError naming the nearest keys.
Gathering require_gathering(Session& session, const std::string& key);
GatheringKind require_gathering_kind(const std::string& text, std::string_view what);
// The text without surrounding spaces and tabs.
std::string trim_blanks(const std::string& text);
void require_attendance_people(long long people, std::string_view what);
// Attendance is a fact: RuleError when the gathering lies after today.
void require_gathering_held(Session& session, const Gathering& gathering);

// The KPI the config defines with this key, or RuleError listing them.
const KpiDefinition& require_kpi(Session& session, const std::string& key);
// "12.5", "-3", "+3", ".5", and "12,5" with a decimal comma; nullopt otherwise.
std::optional<double> parse_decimal_value(std::string_view text);
// The value, or UsageError "WHAT must be a decimal number such as …".
double require_kpi_value(const std::string& text, std::string_view what);

// RuleError when the config defines no assessment dimensions.
void require_assessment_dimensions(const Program& program);
// RuleError unless the config defines the dimension.
void require_assessment_dimension(const Program& program, const std::string& dimension);
// The score of `dimension`, or UsageError unless a whole number on the scale.
int require_assessment_score(const Program& program, const std::string& dimension, const std::string& text);
// The configured dimensions `scores` lacks, in the config's order.
std::vector<std::string> unscored_dimensions(const Program& program, const std::map<std::string, int>& scores);
// "no score for a, b; an assessment scores all N dimensions"
std::string unscored_message(const Program& program, const std::vector<std::string>& missing);

// A checklist item of a company's journey: where in its phase history, and
// which phase defines it.
struct FoundChecklistItem {
  std::size_t history_index;
  const PhaseDefinition* phase;
  const ChecklistItem* item;
};
// Looked for in the current phase first, then in earlier ones (an item
// finished late is still worth recording); RuleError when the company has not
// reached its phase or no phase has it.
FoundChecklistItem find_checklist_item(Session& session, const Company& company, const std::vector<PhaseRecord>& history,
                                       const std::string& item_key);
// RuleError when `day` is before the company entered the item's phase.
void require_in_phase(const Company& company, const std::vector<PhaseRecord>& history,
                      const FoundChecklistItem& found, Date day, std::string_view what);

// A date as typed (plift/core/date.hpp: YYYY-MM-DD, today, ISO weeks, …)
// that plift can also write: UsageError for a day outside the years 0000 to
// 9999, such as "tomorrow" on 9999-12-31. `what` names the option or column.
Date parse_writable_date(const std::string& text, Date today, std::string_view what);

}  // namespace plift::app
