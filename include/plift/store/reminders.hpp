#pragma once
// What `plift remind --new-only` has already shown. A reminder is identified
// by its kind, company and due day: the same three are the same reminder, so
// one that goes away and comes back with a new due day is new again.

#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "plift/core/reminders.hpp"
#include "plift/store/database.hpp"

namespace plift::store {

struct ReminderIdentity {
  ReminderKind kind;
  std::string company;
  Date due;

  friend auto operator<=>(const ReminderIdentity&, const ReminderIdentity&) = default;
};

ReminderIdentity identity_of(const Reminder& reminder);

struct ShownReminder {
  ReminderIdentity reminder;
  Date first_shown;  // the as-of day of the run that showed it
};

// Whether this reminder has been shown before.
bool was_shown(Database& db, const Reminder& reminder);

// Every reminder shown before, as a set to look reminders up in.
std::set<ReminderIdentity> shown_reminders(Database& db);

// Every reminder shown before, with the day it was first shown, ordered by
// company, kind name ("checklist-open" before "phase-ending") and due day.
std::vector<ShownReminder> list_shown_reminders(Database& db);

// Remembers that the reminder was shown on `shown_on`. False (and nothing
// changes) when it had been shown before. The caller holds a WriteTransaction.
bool record_shown(WriteTransaction& tx, const Reminder& reminder, Date shown_on);

}  // namespace plift::store
