#pragma once
// Companies for store tests on an in-memory database.

#include <string>
#include <vector>

#include "plift/store/database.hpp"
#include "plift/store/records.hpp"

namespace plift::testing {

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
  store::insert_company(db, sample_company(key, start));
}

inline store::Database database_with_companies(const std::vector<std::string>& keys) {
  auto db = store::Database::in_memory();
  for (const std::string& key : keys) add_company(db, key);
  return db;
}

}  // namespace plift::testing
