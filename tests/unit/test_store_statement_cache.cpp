#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include "connection.hpp"

#include "plift/store/records.hpp"
#include "store_fixtures.hpp"

using namespace plift;

TEST_CASE("a cached statement is reused, reset and with its bindings cleared") {
  auto db = testing::database_with_companies({"acme", "bolt"});
  const std::string sql = "SELECT key FROM company WHERE key = ?";
  const SQLite::Statement* first_address = nullptr;
  {
    store::CachedStatement query(db, sql);
    (*query).bind(1, "acme");
    REQUIRE((*query).executeStep());
    first_address = &*query;
  }
  store::CachedStatement again(db, sql);
  CHECK(&*again == first_address);
  // Reset, bindings cleared: NULL matches no key.
  CHECK_FALSE((*again).executeStep());
}

TEST_CASE("the same SQL inside another's loop gets a statement of its own") {
  auto db = testing::database_with_companies({"acme", "bolt", "cog"});
  const std::string sql = "SELECT key FROM company ORDER BY key";
  std::vector<std::string> pairs;
  store::CachedStatement outer(db, sql);
  while ((*outer).executeStep()) {
    store::CachedStatement inner(db, sql);
    CHECK(&*inner != &*outer);
    while ((*inner).executeStep()) {
      pairs.push_back((*outer).getColumn(0).getString() + (*inner).getColumn(0).getString());
    }
  }
  CHECK(pairs.size() == 9);
  CHECK(pairs.front() == "acmeacme");
  CHECK(pairs.back() == "cogcog");
}

TEST_CASE("store lookups nested in a listing of the same records stay correct") {
  auto db = testing::database_with_companies({"acme", "bolt"});
  int found = 0;
  for (const Company& company : store::companies_in_scope(db, store::CompanyScope::all())) {
    auto again = store::find_company(db, company.key);
    REQUIRE(again);
    CHECK(again->key == company.key);
    CHECK(store::find_company(db, company.key + "-missing") == std::nullopt);
    ++found;
  }
  CHECK(found == 2);
}
