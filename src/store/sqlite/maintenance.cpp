#include "plift/store/maintenance.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <optional>

#include "connection.hpp"
#include "plift/core/error.hpp"
#include "plift/store/audit.hpp"
#include "schema_shape.hpp"

namespace plift::store {

namespace {

void add_integrity_flaws(SQLite::Database& db, std::vector<Flaw>& flaws) {
  SQLite::Statement check(db, "PRAGMA integrity_check");
  while (check.executeStep()) {
    std::string line = check.getColumn(0).getString();
    if (line != "ok") flaws.push_back({"integrity", line});
  }
}

void add_foreign_key_flaws(SQLite::Database& db, std::vector<Flaw>& flaws) {
  SQLite::Statement check(db, "PRAGMA foreign_key_check");
  while (check.executeStep()) {
    std::string table = check.getColumn(0).getString();
    std::string parent = check.getColumn(2).getString();
    std::string row = check.getColumn(1).isNull() ? std::string("a row") : "row " + check.getColumn(1).getString();
    flaws.push_back({"foreign-key", fmt::format("{} of {} refers to a {} that does not exist", row, table, parent)});
  }
}

void add_audit_flaws(Database& db, std::vector<Flaw>& flaws) {
  AuditFilter every;
  every.limit = 0;
  for (const AuditEntry& entry : list_audit_entries(db, every)) {
    if (auto damage = changeset_damage(db, entry)) {
      flaws.push_back({"audit", fmt::format("entry #{} ({}): {}", entry.id, entry.command, *damage)});
    }
  }
}

void add_phase_numbering_flaws(SQLite::Database& db, std::vector<Flaw>& flaws) {
  SQLite::Statement select(db, "SELECT company, seq FROM phase_history ORDER BY company, seq");
  std::string company;
  std::int64_t expected = 1;
  while (select.executeStep()) {
    std::string key = select.getColumn(0).getString();
    std::int64_t seq = select.getColumn(1).getInt64();
    if (key != company) {
      company = key;
      expected = 1;
    }
    if (seq != expected) {
      flaws.push_back({"phase-history", fmt::format("{}: phase number {} comes where number {} belongs; the history "
                                                    "is numbered 1, 2, 3 … without gaps",
                                                    key, seq, expected)});
    }
    expected = seq + 1;
  }
}

}  // namespace

std::vector<Flaw> engine_flaws(Database& db) {
  std::vector<Flaw> flaws;
  SQLite::Database& sql = sqlite(db);
  try {
    add_integrity_flaws(sql, flaws);
    add_foreign_key_flaws(sql, flaws);
    if (auto mismatch = schema_mismatch(sql, db.schema_version())) flaws.push_back({"schema", *mismatch});
    add_audit_flaws(db, flaws);
    add_phase_numbering_flaws(sql, flaws);
  } catch (const SQLite::Exception& e) {
    // Damage can stop a check half-way; what it hit is itself the finding.
    flaws.push_back({"integrity", fmt::format("the database could not be read through: {}", e.what())});
  }
  return flaws;
}

}  // namespace plift::store
