#pragma once
// Checking a database whole and copying it while others write: what
// `plift db verify` and `plift db backup` ask of the engine.

#include <filesystem>
#include <string>
#include <vector>

#include "plift/store/database.hpp"

namespace plift::store {

// One thing wrong with a database, as the check that found it words it.
struct Flaw {
  std::string check;    // integrity, foreign-key, schema, audit, phase-history
  std::string message;  // one sentence
};

// The engine's checks (integrity_check, foreign_key_check), the tables against
// the schema version, every audit entry's changeset (readable, invertible, and
// holding the changes its counts say) and each company's phase history
// numbered 1..n. Reads only; call it inside a ReadTransaction.
std::vector<Flaw> engine_flaws(Database& db);

// A consistent copy of the database as it stands, made without holding up
// writers: written to a new owner-only file beside `target`, checked with
// integrity_check, then renamed to `target`. IoError naming the path when
// `target` exists (unless `replace`), is a folder, or is the database itself;
// DataError when the copy does not check out. Nothing is left behind on error.
// Not inside a transaction.
void backup_database(Database& db, const std::filesystem::path& target, bool replace);

}  // namespace plift::store
