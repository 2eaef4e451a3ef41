#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include "connection.hpp"

#include "plift/store/bulk_load.hpp"
#include "plift/store/records.hpp"
#include "store_fixtures.hpp"

using namespace plift;

namespace {

std::vector<std::string> indexes_of(store::Database& db, const std::string& table) {
  std::vector<std::string> names;
  SQLite::Statement query(store::sqlite(db), "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = ? ORDER BY name");
  query.bind(1, table);
  while (query.executeStep()) names.push_back(query.getColumn(0).getString());
  return names;
}

std::string index_sql(store::Database& db, const std::string& name) {
  SQLite::Statement query(store::sqlite(db), "SELECT sql FROM sqlite_schema WHERE name = ?");
  query.bind(1, name);
  return query.executeStep() ? query.getColumn(0).getString() : "";
}

void add_pulses(store::WriteTransaction& tx, int count) {
  store::PulseInserter inserter(tx);
  for (int n = 0; n < count; ++n) {
    inserter.insert(store::PulseEntry{n % 2 ? "acme" : "bolt", make_date(2026, 1, 1) + date::days(n % 300),
                                      PulseStatus::green, std::nullopt});
  }
}

}  // namespace

TEST_CASE("deferred indexes are dropped, then built again exactly as they were defined") {
  auto db = testing::database_with_companies({"acme", "bolt"});
  std::string company_date_sql = index_sql(db, "pulse_company_date");
  REQUIRE(indexes_of(db, "pulse") == std::vector<std::string>{"pulse_company_date", "pulse_date"});
  store::WriteTransaction tx(db);
  store::DeferredIndexes deferred(tx, {"pulse_company_date", "pulse_date"});
  CHECK(indexes_of(db, "pulse").empty());
  add_pulses(tx, 500);
  deferred.rebuild();
  tx.commit();
  CHECK(indexes_of(db, "pulse") == std::vector<std::string>{"pulse_company_date", "pulse_date"});
  CHECK(index_sql(db, "pulse_company_date") == company_date_sql);
  CHECK(store::count_rows(db, "pulse") == 500);
  CHECK(store::sqlite(db).execAndGet("PRAGMA integrity_check").getString() == "ok");
  // The rebuilt index serves queries: it holds every row.
  CHECK(store::sqlite(db).execAndGet("SELECT count(*) FROM pulse INDEXED BY pulse_date WHERE date >= '2026-01-01'").getInt() ==
        500);
}

TEST_CASE("a rolled-back load brings the dropped indexes back with the rows gone") {
  auto db = testing::database_with_companies({"acme", "bolt"});
  {
    store::WriteTransaction tx(db);
    store::DeferredIndexes deferred(tx, {"pulse_date"});
    add_pulses(tx, 10);
    CHECK(indexes_of(db, "pulse") == std::vector<std::string>{"pulse_company_date"});
  }
  CHECK(indexes_of(db, "pulse") == std::vector<std::string>{"pulse_company_date", "pulse_date"});
  CHECK(store::count_rows(db, "pulse") == 0);
}

TEST_CASE("a unique index and a name that is no index are left alone") {
  auto db = testing::database_with_companies({"acme"});
  store::WriteTransaction tx(db);
  store::DeferredIndexes deferred(tx, {"attendance_company", "no_such_index", "visit_coach_date"});
  CHECK(indexes_of(db, "attendance") ==
        std::vector<std::string>{"attendance_by_company", "attendance_by_gathering", "attendance_company", "attendance_guest"});
  CHECK(indexes_of(db, "visit") == std::vector<std::string>{"visit_company_date"});
  deferred.rebuild();
  tx.commit();
  CHECK(indexes_of(db, "visit") == std::vector<std::string>{"visit_coach_date", "visit_company_date"});
}
