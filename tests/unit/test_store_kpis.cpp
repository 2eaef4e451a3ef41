#include <doctest/doctest.h>

#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

#include "store_fixtures.hpp"

using namespace plift;
using namespace plift::testing;

TEST_CASE("a KPI value is recorded once per company, KPI and day; a second replaces the first") {
  auto db = database_with_companies({"a"});
  CHECK_FALSE(store::upsert_kpi_value(testing::committed(db), {"a", "scrap", make_date(2026, 2, 1), 4.5}));
  CHECK_FALSE(store::upsert_kpi_value(testing::committed(db), {"a", "lead-time", make_date(2026, 2, 1), 12}));
  CHECK_FALSE(store::upsert_kpi_value(testing::committed(db), {"a", "scrap", make_date(2026, 3, 1), 4.0}));
  auto replaced = store::upsert_kpi_value(testing::committed(db), {"a", "scrap", make_date(2026, 2, 1), 3.75});
  REQUIRE(replaced);
  CHECK(*replaced == 4.5);

  auto values = store::list_kpi_values(db, std::nullopt);
  REQUIRE(values.size() == 3);
  CHECK(values[0].kpi == "lead-time");
  CHECK(values[1].kpi == "scrap");
  CHECK(values[1].date == make_date(2026, 2, 1));
  CHECK(values[1].value == 3.75);
  CHECK(values[2].date == make_date(2026, 3, 1));
}

TEST_CASE("KPI values list all companies ordered by company, KPI and date, or one company's") {
  auto db = database_with_companies({"b", "a"});
  store::upsert_kpi_value(testing::committed(db), {"b", "scrap", make_date(2026, 3, 1), 2});
  store::upsert_kpi_value(testing::committed(db), {"a", "scrap", make_date(2026, 3, 1), -1.25});
  store::upsert_kpi_value(testing::committed(db), {"a", "scrap", make_date(2026, 2, 1), 0});
  store::upsert_kpi_value(testing::committed(db), {"a", "delivery-precision", make_date(2026, 4, 1), 91.5});

  auto all = store::list_kpi_values(db, std::nullopt);
  REQUIRE(all.size() == 4);
  CHECK(all[0].company == "a");
  CHECK(all[0].kpi == "delivery-precision");
  CHECK(all[1].date == make_date(2026, 2, 1));
  CHECK(all[2].value == -1.25);
  CHECK(all[3].company == "b");

  auto only_b = store::list_kpi_values(db, std::string_view("b"));
  REQUIRE(only_b.size() == 1);
  CHECK(only_b[0].value == 2);
  CHECK(store::list_kpi_values(db, std::string_view("nobody")).empty());
}

TEST_CASE("a KPI value for an unknown company is refused") {
  auto db = database_with_companies({});
  CHECK_THROWS(store::upsert_kpi_value(testing::committed(db), {"ghost", "scrap", make_date(2026, 2, 1), 1}));
  CHECK(store::list_kpi_values(db, std::nullopt).empty());
}

TEST_CASE("KPI values written in a rolled-back transaction are gone") {
  auto db = database_with_companies({"a"});
  store::upsert_kpi_value(testing::committed(db), {"a", "scrap", make_date(2026, 2, 1), 4.5});
  {
    store::WriteTransaction tx(db);
    store::upsert_kpi_value(testing::committed(db), {"a", "scrap", make_date(2026, 2, 1), 9});
    store::upsert_kpi_value(testing::committed(db), {"a", "scrap", make_date(2026, 3, 1), 9});
  }
  auto values = store::list_kpi_values(db, std::nullopt);
  REQUIRE(values.size() == 1);
  CHECK(values[0].value == 4.5);
}
