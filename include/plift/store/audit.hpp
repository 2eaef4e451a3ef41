#pragma once
// The audit log and undo. While a Database carries an AuditStamp, every
// outermost WriteTransaction that changes programme data is recorded as one
// entry: who, when, the command line, the counts per table, the companies
// touched, and the SQLite session changeset. `undo` applies the inverse of an
// entry's changeset. The memory of shown reminders is not programme data and
// is not recorded.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plift/core/audit_log.hpp"
#include "plift/core/error.hpp"
#include "plift/store/database.hpp"

namespace plift::store {

struct AuditStamp {
  std::string at;       // UTC, "2026-11-21T09:30:00Z"
  std::string user;
  std::string command;  // the command line
};

using plift::AuditEntry;
using plift::AuditFilter;
using plift::RecordedValue;
using plift::RowChange;
using plift::TableChanges;

// Newest first.
std::vector<AuditEntry> list_audit_entries(Database& db, const AuditFilter& filter);

// The entry with this id, if the log has it.
std::optional<AuditEntry> find_audit_entry(Database& db, std::int64_t id);

// The log's newest id, 0 when it is empty.
std::int64_t newest_audit_id(Database& db);

// Calls `visit` for every row the entry inserted, updated or deleted, in the
// order recorded, reading its changeset one segment at a time (memory stays
// flat however large the entry). Column names come from the table as it is
// now when its column count is the changeset's, else by position. Throws
// DataError when a segment cannot be read.
void for_each_row_change(Database& db, std::int64_t entry, const std::function<void(const RowChange&)>& visit);

// The entry `plift undo` would revert: the newest one neither undone nor
// itself an undo.
std::optional<AuditEntry> latest_undoable_entry(Database& db);

// Why the changeset stored for `entry` cannot be trusted to undo it, in one
// phrase: a part that cannot be read or inverted, or changes other than the
// counts the log shows; nothing when it is sound. Reads only.
std::optional<std::string> changeset_damage(Database& db, const AuditEntry& entry);

// Why undo_entry refused to revert an entry alone. `reason` is one phrase
// ("later changes touched the same rows: #7 (…)"); what() is "cannot undo
// #N (command): reason". Exit 1.
class UndoBlocked : public RuleError {
 public:
  enum class Why {
    same_rows,          // later entries changed rows the entry changed
    cascade,            // reverting it would take rows later entries made with it
    no_longer_applies,  // rows changed outside the log, or the table's columns since
  };
  UndoBlocked(const AuditEntry& entry, Why why, std::vector<AuditEntry> later, std::string reason);
  Why why;
  std::vector<AuditEntry> later;  // the later entries in the way, oldest first
  std::string reason;
};

// "#7 (plift pulse log acme-ab, 2026-11-16T09:00:00Z by anna)".
std::string describe_entry(const AuditEntry& entry);

// Reverts `entry` alone, like `git revert`, inside the caller's
// WriteTransaction (a batch's too), and records the undo in the entry being
// recorded (stamped with the database's AuditStamp), naming the one it undid.
// First, every later entry that is not undone (nor the undo of one that
// came after `entry`), and what the transaction changed before, is read for
// rows of the same table and primary key: any such entry → UndoBlocked
// (same_rows), nothing changed. Then the inverse is applied, newest segment
// first, and what it changed is compared with the inverse's own rows: rows
// beyond them (a foreign key's ON DELETE CASCADE taking rows a later entry
// added) → UndoBlocked (cascade) naming the entries that made them; fewer →
// UndoBlocked (no_longer_applies). Throws RuleError naming the table and row
// when a change outside the log stands in the way, DataError when its stored
// changeset is damaged (see changeset_damage). After a throw the caller's
// transaction must roll back. Memory: the entry's primary keys, one segment.
// Returns the counts of what it changed.
std::vector<TableChanges> undo_entry(WriteTransaction& tx, const AuditEntry& entry);


}  // namespace plift::store
