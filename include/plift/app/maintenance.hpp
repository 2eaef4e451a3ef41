#pragma once
// plift db verify and plift db backup: the database checked whole, and
// copied while others write.

#include <filesystem>
#include <string>
#include <vector>

#include "plift/app/session.hpp"

namespace plift::app {

// One thing found wrong.
struct DatabaseFlaw {
  std::string check;    // integrity, foreign-key, schema, audit, phase-history, outside-journey
  std::string message;  // one sentence
};

struct Verification {
  std::vector<DatabaseFlaw> flaws;  // empty when the database is sound
  std::size_t companies = 0;
  std::size_t audit_entries = 0;
};

// The engine's integrity and foreign-key checks, the tables against the schema
// version, every audit entry's changeset, each company's phase history
// (numbered 1..n, each phase starting when the one before it ended) and its
// records within its journey. On one snapshot; changes nothing.
Verification verify_database(Session& session);

// The names of the checks verify_database runs, in the order it reports them.
const std::vector<std::string>& verify_checks();

// A consistent copy of the database at `target`, made without holding up
// writers: a new owner-only file beside it, integrity-checked, then renamed
// into place. IoError when `target` exists (unless `replace`), is a folder or
// is the database itself; nothing is left behind on error.
void backup_database(Session& session, const std::filesystem::path& target, bool replace);

}  // namespace plift::app
