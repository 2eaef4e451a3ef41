#pragma once
// plift remind: what is due for whom on a day, and, with --new-only, which of
// it was not shown before.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "plift/app/session.hpp"
#include "plift/core/coach.hpp"
#include "plift/core/reminders.hpp"

namespace plift::app {

struct ReminderQuery {
  Date as_of;
  std::optional<std::string> coach;    // only this coach's companies
  std::optional<std::string> company;  // only this company
  std::vector<ReminderKind> kinds;     // empty: every kind
  bool new_only = false;               // leave out what was shown before
  bool remember = false;               // with new_only: remember what is shown now
};

struct DueReminders {
  std::vector<Reminder> reminders;      // sorted for showing
  std::map<std::string, Coach> coaches; // every coach, by key
};

// Which of the reminders found reached their reader, one flag per reminder
// of DueReminders::reminders, each true until the delivery says otherwise.
using Reached = std::vector<bool>;

// Finds what is due and hands it to `deliver`. With `remember`, the reminders
// count as shown only once `deliver` returned, and only those it left marked
// as reached: a delivery that throws leaves them all new. Two runs at once
// cannot both find the same reminder new.
void remind(Session& session, const ReminderQuery& query,
            const std::function<void(const DueReminders&, Reached&)>& deliver);

}  // namespace plift::app
