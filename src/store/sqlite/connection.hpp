#pragma once
// Inside the SQLite engine: the connection behind a store::Database and its
// pool of prepared statements. Nothing outside src/store includes this.

#include <SQLiteCpp/SQLiteCpp.h>

#include <chrono>
#include <functional>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "plift/store/database.hpp"

namespace plift::store {

struct Connection {
  explicit Connection(std::unique_ptr<SQLite::Database> handle) : sqlite(std::move(handle)) {}
  ~Connection() { statement_pool.clear(); }  // statements are finalized before the connection closes

  std::unique_ptr<SQLite::Database> sqlite;
  // How long to wait for another writer, and what to say when it takes long.
  std::chrono::milliseconds busy_timeout{0};
  std::chrono::milliseconds notice_after{0};
  std::function<void()> wait_notice;
  std::chrono::steady_clock::time_point waiting_since{};
  bool noticed = false;
  // Prepared statements not in use, by SQL text (see CachedStatement).
  std::unordered_map<std::string, std::vector<std::unique_ptr<SQLite::Statement>>> statement_pool;
};

Connection& connection_of(Database& db);
inline SQLite::Database& sqlite(Database& db) { return *connection_of(db).sqlite; }

// A prepared statement taken from the connection's pool, or prepared when
// none is free, and given back reset when it goes out of scope. An import
// runs the same few statements for every row: parsing their SQL again each
// time was a third of its work. A statement in use is never handed out
// twice, so a query may run inside another's loop.
class CachedStatement {
 public:
  CachedStatement(Database& db, const std::string& sql);
  CachedStatement(const CachedStatement&) = delete;
  CachedStatement& operator=(const CachedStatement&) = delete;
  ~CachedStatement();

  SQLite::Statement& operator*() { return *statement_; }

 private:
  Connection& connection_;
  std::string sql_;
  std::unique_ptr<SQLite::Statement> statement_;
};

}  // namespace plift::store
