#pragma once
// plift log and plift undo: the changes made to programme data, what one of
// them did, and reverting one.

#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

#include "plift/app/session.hpp"
#include "plift/core/audit_log.hpp"

namespace plift::app {

// Newest first. A company filter names a company, or one that only the log
// still knows (added, then undone); RuleError otherwise.
std::vector<AuditEntry> audit_log(Session& session, const AuditFilter& filter);

// What entry `id` did, on one snapshot: `head` gets the entry, then `row` each
// row it inserted, updated or deleted, read one segment at a time so that an
// entry of any size streams in flat memory. RuleError naming the id when the
// log has no such entry.
void show_audit_entry(Session& session, std::int64_t id, const std::function<void(const AuditEntry&)>& head,
                      const std::function<void(const RowChange&)>& row);

struct Undone {
  AuditEntry entry;                    // the change reverted
  std::vector<TableChanges> reverted;  // what reverting it changed
};
// Reverts the newest change not undone yet; with `dry_run`, only says what
// it would revert. RuleError when there is nothing to undo, or a later
// change stands in the way.
Undone undo_latest(Session& session, bool dry_run);

// Reverts entry `id` alone, like `git revert`, in the caller's batch when one
// is open. RuleError (exit 1), changing nothing, when the log has no such
// entry, it was undone already (naming the undo), it is itself an undo, or
// later entries stand in the way (naming them). With `dry_run` it changes
// nothing either way, and a refusal says "would refuse".
Undone undo_entry(Session& session, std::int64_t id, bool dry_run);

}  // namespace plift::app
