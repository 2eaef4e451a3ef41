#pragma once
// The audit log as plift shows it: one entry per change to programme data,
// with who made it, the command line, and what it changed.

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
  std::optional<std::int64_t> undone_by;
};

struct AuditFilter {
  std::optional<std::string> company;
  std::size_t limit = 20;  // 0: no limit
};

// "+3 pulse, ~1 company" — the counts in a line.
std::string describe_changes(const std::vector<TableChanges>& changes);

}  // namespace plift
