#pragma once
// Inside the SQLite engine: whether a database's tables are those its schema
// version promises. A migration that meets tables it did not expect would
// fail half-way or, worse, succeed on someone else's data.

#include <SQLiteCpp/SQLiteCpp.h>

#include <optional>
#include <string>

namespace plift::store {

// What differs between the tables (and their columns) of `db` and those the
// migrations up to `version` create, in one sentence; nothing when they match.
std::optional<std::string> schema_mismatch(SQLite::Database& db, int version);

// Whether `db` holds none of the tables plift's migrations create.
bool holds_no_plift_table(SQLite::Database& db);

}  // namespace plift::store
