#pragma once
// The audit log and undo. While a Database carries an AuditStamp, every
// outermost WriteTransaction that changes programme data is recorded as one
// entry: who, when, the command line, the counts per table, the companies
// touched, and the SQLite session changeset. `undo` applies the inverse of an
// entry's changeset. The memory of shown reminders is not programme data and
// is not recorded.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plift/core/audit_log.hpp"
#include "plift/store/database.hpp"

namespace plift::store {

struct AuditStamp {
  std::string at;       // UTC, "2026-11-21T09:30:00Z"
  std::string user;
  std::string command;  // the command line
};

using plift::AuditEntry;
using plift::AuditFilter;
using plift::TableChanges;

// Newest first.
std::vector<AuditEntry> list_audit_entries(Database& db, const AuditFilter& filter);

// The entry `plift undo` would revert: the newest one neither undone nor
// itself an undo.
std::optional<AuditEntry> latest_undoable_entry(Database& db);

// Why the changeset stored for `entry` cannot be trusted to undo it, in one
// phrase: a part that cannot be read or inverted, or changes other than the
// counts the log shows; nothing when it is sound. Reads only.
std::optional<std::string> changeset_damage(Database& db, const AuditEntry& entry);

// Reverts `entry` by applying the inverse of its changeset, inside the
// caller's WriteTransaction, and records the undo as an entry of its own
// (stamped with the database's AuditStamp) that names the one it undid.
// Returns the counts of what it changed. Throws RuleError naming the table
// and row when a later change stands in the way, DataError when its stored
// changeset is damaged (see changeset_damage); the caller's transaction then
// rolls everything back.
std::vector<TableChanges> undo_entry(WriteTransaction& tx, const AuditEntry& entry);


}  // namespace plift::store
