#pragma once
// What is due for whom on a given day: the reminders `plift remind` sends and
// the present-tense rules `plift check` reports. Pure: records in, reminders out.

#include <optional>
#include <string>
#include <vector>

#include "plift/core/company_view.hpp"

namespace plift {

enum class ReminderKind {
  visit_overdue,
  phase_overdue,
  phase_ending,
  checklist_open,
  pulse_missing,
  training_quota,
  gathering_behind,
  steering_incomplete,
};
std::string to_string(ReminderKind kind);  // "visit-overdue", …
std::optional<ReminderKind> parse_reminder_kind(std::string_view text);
const std::vector<ReminderKind>& all_reminder_kinds();

struct Reminder {
  ReminderKind kind;
  std::string company;
  std::string company_name;
  std::optional<std::string> coach;
  Date due;               // the day it fell or falls due
  int days_overdue = 0;   // as_of − due; negative when still upcoming
  std::string message;    // one sentence in the programme's language
};

// The reminders for one company on `as_of`. Only companies active that day
// get any: planned, completed and withdrawn companies are left alone.
//   visit-overdue        no visit within the cadence plus grace days (due: the day the visit fell due)
//   phase-overdue        the current phase is past its planned end (due: the planned end)
//   phase-ending         the planned end is at most warn_days away (due: the planned end)
//   checklist-open       the phase ends within warn_days, or is past its end, with open items
//   pulse-missing        no pulse meeting for pulse.every_days coaching days (due: last one + every_days)
//   training-quota       phase 1 is over and fewer than min_per_company take the course (due: end of phase 1)
//   gathering-behind     fewer joint gatherings attended than the journey so far calls for
//                        (due: the day the shortfall began)
//   steering-incomplete  the steering group lacks management or union (due: the start)
std::vector<Reminder> reminders_for(const Program& program, const CompanyRecords& records, Date as_of);

// Most overdue first, then by company and kind.
void sort_reminders(std::vector<Reminder>& reminders);

}  // namespace plift
