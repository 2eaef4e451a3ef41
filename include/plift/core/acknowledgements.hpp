#pragma once
// Findings of `plift check` acknowledged as known and accepted: one
// acknowledgement per company and rule, with its reason. Pure: whether one
// still holds is decided here, on the day given.

#include <optional>
#include <string>
#include <vector>

#include "plift/core/company_view.hpp"

namespace plift {

struct Acknowledgement {
  std::string company;
  std::string rule;           // one of check_rules()
  std::string reason;         // free text: tabs and line breaks allowed
  Date acknowledged;          // the day it was recorded
  std::optional<Date> until;  // the last day it holds; absent: until taken back
};

// Whether `ack` covers `finding` on `today`: the same company and rule, today
// no later than its until day, and the finding dated on or before the day of
// acknowledgement. A finding dated later (a new pulse gap, the next visit
// overdue, the next phase past its planned end, a new shortfall of gatherings,
// a record outside the journey dated later) is a new fact and counts again.
bool acknowledgement_holds(const Acknowledgement& ack, const Finding& finding, Date today);

// Whether `ack` has lapsed on `today` (its until day has passed).
bool acknowledgement_lapsed(const Acknowledgement& ack, Date today);

struct CheckedFinding {
  Finding finding;
  std::optional<Acknowledgement> acknowledgement;  // the one covering it on the day, if any
};

// Each finding paired with the acknowledgement (of `acks`) that covers it on
// `today`, in the findings' order.
std::vector<CheckedFinding> apply_acknowledgements(const std::vector<Finding>& findings,
                                                   const std::vector<Acknowledgement>& acks, Date today);

}  // namespace plift
