#pragma once
// The audit log as plift shows it: one entry per change to programme data,
// with who made it, the command line, and what it changed.

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace plift {

struct TableChanges {
  std::string table;
  std::int64_t inserted = 0;
  std::int64_t updated = 0;
  std::int64_t deleted = 0;
};

struct AuditEntry {
  std::int64_t id = 0;
  std::string at;
  std::string user;
  std::string command;
  std::vector<TableChanges> changes;       // by table name
  std::vector<std::string> companies;      // keys, sorted
  std::optional<std::int64_t> undoes;      // this entry is the undo of that one
  std::vector<std::int64_t> undid;         // every entry it undid, newest first (a batch may undo several)
  std::optional<std::int64_t> undone_by;
};

struct AuditFilter {
  std::optional<std::string> company;
  std::optional<std::string> user;   // exactly this user
  std::optional<std::string> since;  // YYYY-MM-DD: entries at or after the start of that day (UTC)
  std::size_t limit = 20;            // 0: no limit
};

// One value of a recorded row, as the database held it.
struct RecordedValue {
  enum class Type { null, integer, real, text, blob };
  Type type = Type::null;
  std::int64_t integer = 0;
  double real = 0;
  std::string bytes;  // text (UTF-8) or blob
};

// One row an entry inserted, updated or deleted. `columns` names the table's
// columns in order (by position, "column_1", …, when the table's columns are
// no longer those it had); an update records the primary key and the columns
// it changed, the others are nullopt.
struct RowChange {
  enum class Kind { insert, update, remove };
  std::string table;
  Kind kind = Kind::insert;
  const std::vector<std::string>* columns = nullptr;
  std::vector<bool> primary_key;
  std::vector<std::optional<RecordedValue>> before;  // update, remove
  std::vector<std::optional<RecordedValue>> after;   // insert, update
};

// "+3 pulse, ~1 company" — the counts in a line.
std::string describe_changes(const std::vector<TableChanges>& changes);

}  // namespace plift
