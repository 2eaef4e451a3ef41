#pragma once
// plift log and plift undo: the changes made to programme data, and
// reverting the newest one.

#include <optional>
#include <vector>

#include "plift/app/session.hpp"
#include "plift/core/audit_log.hpp"

namespace plift::app {

// Newest first. A company filter names a company, or one that only the log
// still knows (added, then undone); RuleError otherwise.
std::vector<AuditEntry> audit_log(Session& session, const AuditFilter& filter);

struct Undone {
  AuditEntry entry;                    // the change reverted
  std::vector<TableChanges> reverted;  // what reverting it changed
};
// Reverts the newest change not undone yet; with `dry_run`, only says what
// it would revert. RuleError when there is nothing to undo, or a later
// change stands in the way.
Undone undo_latest(Session& session, bool dry_run);

}  // namespace plift::app
