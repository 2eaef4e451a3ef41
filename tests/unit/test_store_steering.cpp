#include <doctest/doctest.h>

#include "plift/core/rules.hpp"
#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

#include "store_fixtures.hpp"

using namespace plift;
using namespace plift::testing;

namespace {

std::vector<std::string> people(const std::vector<SteeringMember>& members) {
  std::vector<std::string> names;
  for (const SteeringMember& m : members) names.push_back(m.person);
  return names;
}

}  // namespace

TEST_CASE("a steering group lists management first, then union, then employees") {
  auto db = store::Database::in_memory();
  add_company(db, "a");
  CHECK(store::steering_group(db, "a").empty());
  CHECK_FALSE(store::upsert_steering_member(testing::committed(db), {"a", "Örjan Lund", SteeringRole::employee}));
  CHECK_FALSE(store::upsert_steering_member(testing::committed(db), {"a", "Kari Nordmann", SteeringRole::union_member}));
  CHECK_FALSE(store::upsert_steering_member(testing::committed(db), {"a", "Bjørn Dæhlie", SteeringRole::management}));
  CHECK_FALSE(store::upsert_steering_member(testing::committed(db), {"a", "Anna Berg", SteeringRole::management}));
  auto group = store::steering_group(db, "a");
  CHECK(people(group) == std::vector<std::string>{"Anna Berg", "Bjørn Dæhlie", "Kari Nordmann", "Örjan Lund"});
  CHECK(group[2].role == SteeringRole::union_member);
  CHECK(group[2].company == "a");
  CHECK(steering_gaps(group).empty());
}

TEST_CASE("adding a member again changes their role, or nothing") {
  auto db = store::Database::in_memory();
  add_company(db, "a");
  CHECK_FALSE(store::upsert_steering_member(testing::committed(db), {"a", "Kari", SteeringRole::employee}));
  CHECK(store::upsert_steering_member(testing::committed(db), {"a", "Kari", SteeringRole::union_member}));
  CHECK_FALSE(store::upsert_steering_member(testing::committed(db), {"a", "Kari", SteeringRole::union_member}));
  auto group = store::steering_group(db, "a");
  REQUIRE(group.size() == 1);
  CHECK(group[0].role == SteeringRole::union_member);
  CHECK(steering_gaps(group) == std::vector<std::string>{"management"});
}

TEST_CASE("a member is removed by id, and each member has its own") {
  auto db = store::Database::in_memory();
  add_company(db, "a");
  add_company(db, "b");
  store::upsert_steering_member(testing::committed(db), {"a", "Kari", SteeringRole::management});
  store::upsert_steering_member(testing::committed(db), {"b", "Kari", SteeringRole::union_member});
  std::int64_t at_a = store::steering_group(db, "a").at(0).id;
  std::int64_t at_b = store::steering_group(db, "b").at(0).id;
  CHECK(at_a != at_b);
  CHECK(store::find_steering_member(db, at_b)->company == "b");
  CHECK(store::delete_record(testing::committed(db), RecordKind::steering_member, at_a));
  CHECK_FALSE(store::delete_record(testing::committed(db), RecordKind::steering_member, at_a));
  CHECK(store::steering_group(db, "a").empty());
  CHECK(store::steering_group(db, "b").size() == 1);
}

TEST_CASE("all steering groups by company") {
  auto db = store::Database::in_memory();
  add_company(db, "a");
  add_company(db, "b");
  store::upsert_steering_member(testing::committed(db), {"b", "Per", SteeringRole::employee});
  store::upsert_steering_member(testing::committed(db), {"b", "Lise", SteeringRole::management});
  store::upsert_steering_member(testing::committed(db), {"a", "Kari", SteeringRole::union_member});
  auto groups = store::steering_groups(db);
  REQUIRE(groups.size() == 2);
  CHECK(people(groups["a"]) == std::vector<std::string>{"Kari"});
  CHECK(people(groups["b"]) == std::vector<std::string>{"Lise", "Per"});
}

TEST_CASE("a member of an unknown company is refused by the foreign key") {
  auto db = store::Database::in_memory();
  CHECK_THROWS(store::upsert_steering_member(testing::committed(db), {"ghost", "Kari", SteeringRole::management}));
}
