#pragma once
// Companies for store tests on an in-memory database.

#include <exception>
#include <string>
#include <vector>

#include "plift/store/database.hpp"
#include "plift/store/records.hpp"

namespace plift::testing {

// A write transaction of its own for one statement of a test: committed when
// the statement ends, rolled back when it throws.
// store::insert_pulse(committed(db), …)
class committed {
 public:
  explicit committed(store::Database& db) : tx_(db), exceptions_(std::uncaught_exceptions()) {}
  committed(const committed&) = delete;
  committed& operator=(const committed&) = delete;
  ~committed() noexcept(false) {
    if (std::uncaught_exceptions() == exceptions_) tx_.commit();
  }
  operator store::WriteTransaction&() { return tx_; }

 private:
  store::WriteTransaction tx_;
  int exceptions_;
};

inline Company sample_company(const std::string& key, Date start = make_date(2026, 1, 5)) {
  Company c;
  c.key = key;
  c.name = "Company " + key;
  c.region = "Innlandet";
  c.sector = "metal";
  c.employees = 50;
  c.start = start;
  return c;
}

inline void add_company(store::Database& db, const std::string& key, Date start = make_date(2026, 1, 5)) {
  store::insert_company(committed(db), sample_company(key, start));
}

inline store::Database database_with_companies(const std::vector<std::string>& keys) {
  auto db = store::Database::in_memory();
  for (const std::string& key : keys) add_company(db, key);
  return db;
}

}  // namespace plift::testing
