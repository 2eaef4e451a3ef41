#include "plift/store/bulk_load.hpp"
#include "connection.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "plift/store/database.hpp"

namespace plift::store {

std::int64_t count_rows(Database& db, std::string_view table) {
  return sqlite(db).execAndGet(fmt::format("SELECT count(*) FROM \"{}\"", table)).getInt64();
}

DeferredIndexes::DeferredIndexes(WriteTransaction& tx, const std::vector<std::string>& names)
    : db_(tx.database()) {
  Database& db = db_;
  std::vector<std::string> dropped;
  {
    SQLite::Statement definition(sqlite(db), "SELECT sql FROM sqlite_schema WHERE type = 'index' AND name = ?");
    for (const std::string& name : names) {
      definition.bind(1, name);
      if (definition.executeStep() && !definition.isColumnNull(0)) {
        std::string sql = definition.getColumn(0).getString();
        if (sql.rfind("CREATE INDEX", 0) == 0) {  // a UNIQUE index stays: it is a rule, not a shortcut
          definitions_.push_back(std::move(sql));
          dropped.push_back(name);
        }
      }
      definition.reset();
    }
  }
  for (const std::string& name : dropped) sqlite(db).exec(fmt::format("DROP INDEX \"{}\"", name));
  if (dropped.empty()) return;
  // Without those indexes the rows go to the table's end in order: a small
  // page cache does, and was measured faster than a large one.
  restore_cache_size_ = sqlite(db).execAndGet("PRAGMA cache_size").getInt();
  sqlite(db).exec("PRAGMA cache_size = -4096");
}

void DeferredIndexes::rebuild() {
  for (const std::string& sql : definitions_) sqlite(db_).exec(sql);
  if (!definitions_.empty()) sqlite(db_).exec(fmt::format("PRAGMA cache_size = {}", restore_cache_size_));
  definitions_.clear();
}

}  // namespace plift::store
