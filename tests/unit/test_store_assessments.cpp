#include <doctest/doctest.h>

#include "plift/core/error.hpp"
#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

#include "store_fixtures.hpp"

using namespace plift;
using namespace plift::testing;

TEST_CASE("an assessment round-trips with all its scores") {
  auto db = database_with_companies({"a"});
  CHECK_FALSE(store::assessment_on(db, "a", make_date(2026, 2, 1)));
  store::insert_assessment(testing::committed(db), {"a", make_date(2026, 2, 1), {{"leadership", 2}, {"flow", 1}, {"customer-focus", 3}}});
  CHECK(store::assessment_on(db, "a", make_date(2026, 2, 1)));
  CHECK_FALSE(store::assessment_on(db, "a", make_date(2026, 2, 2)));
  CHECK_FALSE(store::assessment_on(db, "b", make_date(2026, 2, 1)));

  auto listed = store::list_assessments(db, std::nullopt);
  REQUIRE(listed.size() == 1);
  CHECK(listed[0].company == "a");
  CHECK(listed[0].date == make_date(2026, 2, 1));
  CHECK(listed[0].scores == std::map<std::string, int>{{"customer-focus", 3}, {"flow", 1}, {"leadership", 2}});
}

TEST_CASE("assessments list by company and date, all or one company's") {
  auto db = database_with_companies({"b", "a"});
  store::insert_assessment(testing::committed(db), {"b", make_date(2026, 2, 1), {{"leadership", 1}}});
  store::insert_assessment(testing::committed(db), {"a", make_date(2026, 6, 1), {{"leadership", 4}, {"flow", 3}}});
  store::insert_assessment(testing::committed(db), {"a", make_date(2026, 2, 1), {{"leadership", 2}, {"flow", 2}}});

  auto all = store::list_assessments(db, std::nullopt);
  REQUIRE(all.size() == 3);
  CHECK(all[0].company == "a");
  CHECK(all[0].date == make_date(2026, 2, 1));
  CHECK(all[0].scores.at("leadership") == 2);
  CHECK(all[1].date == make_date(2026, 6, 1));
  CHECK(all[1].scores.size() == 2);
  CHECK(all[2].company == "b");
  CHECK(all[2].scores.size() == 1);

  auto only_b = store::list_assessments(db, std::string_view("b"));
  REQUIRE(only_b.size() == 1);
  CHECK(only_b[0].date == make_date(2026, 2, 1));
  CHECK(store::list_assessments(db, std::string_view("nobody")).empty());
}

TEST_CASE("a second assessment on the same day is refused by the database") {
  auto db = database_with_companies({"a"});
  store::insert_assessment(testing::committed(db), {"a", make_date(2026, 2, 1), {{"leadership", 2}}});
  CHECK_THROWS(store::insert_assessment(testing::committed(db), {"a", make_date(2026, 2, 1), {{"leadership", 3}}}));
  CHECK(store::list_assessments(db, std::nullopt)[0].scores.at("leadership") == 2);
}

TEST_CASE("an assessment without scores, or of an unknown company, is not written") {
  auto db = database_with_companies({"a"});
  CHECK_THROWS_AS(store::insert_assessment(testing::committed(db), {"a", make_date(2026, 2, 1), {}}), InternalError);
  CHECK_THROWS(store::insert_assessment(testing::committed(db), {"ghost", make_date(2026, 2, 1), {{"leadership", 2}}}));
  CHECK(store::list_assessments(db, std::nullopt).empty());
}
