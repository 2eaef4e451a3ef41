#pragma once
// Loading many rows into one table: its secondary indexes are set aside and
// built again at the end, one sort each, instead of taking a random insert per
// row. Only indexes the rows' own checks never read may be set aside, and
// never a UNIQUE one (it enforces a rule).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace plift::store {

class Database;
class WriteTransaction;

// Rows in `table`, a table of plift's schema (never user input).
std::int64_t count_rows(Database& db, std::string_view table);

class DeferredIndexes {
 public:
  // Drops those of `names` that exist, remembering their definitions. Inside
  // a write transaction: a rollback brings them back as they were.
  DeferredIndexes(WriteTransaction& tx, const std::vector<std::string>& names);
  DeferredIndexes(const DeferredIndexes&) = delete;
  DeferredIndexes& operator=(const DeferredIndexes&) = delete;

  // Builds the dropped indexes again from their definitions; before commit.
  void rebuild();

 private:
  Database& db_;
  std::vector<std::string> definitions_;
  int restore_cache_size_ = 0;
};

}  // namespace plift::store
