#pragma once
// Checking a database whole: what `plift db verify` asks of the engine.

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

}  // namespace plift::store
