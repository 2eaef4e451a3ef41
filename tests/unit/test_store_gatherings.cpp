#include <doctest/doctest.h>

#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

#include "store_fixtures.hpp"

using namespace plift;
using namespace plift::testing;

namespace {

Gathering make_gathering(const std::string& key, Date date, GatheringKind kind) {
  Gathering g;
  g.key = key;
  g.title = "Title of " + key;
  g.date = date;
  g.kind = kind;
  return g;
}

Attendance by_company(const std::string& company, int people) { return {company, std::nullopt, people}; }
Attendance by_guest(const std::string& guest, int people) { return {std::nullopt, guest, people}; }
Attendance anonymous(int people) { return {std::nullopt, std::nullopt, people}; }

}  // namespace

TEST_CASE("gatherings round-trip with optional location and kind") {
  auto db = store::Database::in_memory();
  Gathering joint = make_gathering("autumn", make_date(2026, 10, 14), GatheringKind::joint);
  joint.location = "Jönköping";
  joint.attendance.push_back(by_company("ignored", 3));  // insert_gathering writes no attendance
  store::insert_gathering(testing::committed(db), joint);
  store::insert_gathering(testing::committed(db), make_gathering("breakfast", make_date(2026, 3, 2), GatheringKind::seminar));

  auto found = store::find_gathering(db, "autumn");
  REQUIRE(found);
  CHECK(found->title == "Title of autumn");
  CHECK(found->date == make_date(2026, 10, 14));
  CHECK(found->location == std::optional<std::string>("Jönköping"));
  CHECK(found->kind == GatheringKind::joint);
  CHECK(found->attendance.empty());

  auto seminar = store::find_gathering(db, "breakfast");
  REQUIRE(seminar);
  CHECK_FALSE(seminar->location);
  CHECK(seminar->kind == GatheringKind::seminar);

  CHECK_FALSE(store::find_gathering(db, "nothing"));
  CHECK(store::gathering_keys(db) == std::vector<std::string>{"autumn", "breakfast"});
}

TEST_CASE("list_gatherings orders by date, then key, each with its own attendance in recorded order") {
  auto db = store::Database::in_memory();
  add_company(db, "a");
  add_company(db, "b");
  store::insert_gathering(testing::committed(db), make_gathering("z-late", make_date(2026, 9, 1), GatheringKind::joint));
  store::insert_gathering(testing::committed(db), make_gathering("b-same-day", make_date(2026, 5, 4), GatheringKind::seminar));
  store::insert_gathering(testing::committed(db), make_gathering("a-same-day", make_date(2026, 5, 4), GatheringKind::joint));
  store::upsert_attendance(testing::committed(db), "z-late", by_company("b", 2));
  store::upsert_attendance(testing::committed(db), "b-same-day", by_guest("Volvo CE", 4));
  store::upsert_attendance(testing::committed(db), "z-late", by_company("a", 1));
  store::upsert_attendance(testing::committed(db), "b-same-day", anonymous(20));

  auto all = store::list_gatherings(db);
  REQUIRE(all.size() == 3);
  CHECK(all[0].key == "a-same-day");
  CHECK(all[1].key == "b-same-day");
  CHECK(all[2].key == "z-late");
  CHECK(all[0].attendance.empty());
  REQUIRE(all[1].attendance.size() == 2);
  CHECK(all[1].attendance[0].guest == std::optional<std::string>("Volvo CE"));
  CHECK_FALSE(all[1].attendance[0].company);
  CHECK(all[1].attendance[0].people == 4);
  CHECK_FALSE(all[1].attendance[1].company);
  CHECK_FALSE(all[1].attendance[1].guest);
  CHECK(all[1].attendance[1].people == 20);
  REQUIRE(all[2].attendance.size() == 2);
  CHECK(all[2].attendance[0].company == std::optional<std::string>("b"));
  CHECK(all[2].attendance[1].company == std::optional<std::string>("a"));
}

TEST_CASE("upsert_attendance replaces a company's or guest's row and adds every anonymous count") {
  auto db = store::Database::in_memory();
  add_company(db, "a");
  store::insert_gathering(testing::committed(db), make_gathering("seminar", make_date(2026, 4, 1), GatheringKind::seminar));

  CHECK_FALSE(store::upsert_attendance(testing::committed(db), "seminar", by_company("a", 2)));
  CHECK(store::upsert_attendance(testing::committed(db), "seminar", by_company("a", 5)));
  CHECK_FALSE(store::upsert_attendance(testing::committed(db), "seminar", by_guest("Guest AB", 1)));
  CHECK(store::upsert_attendance(testing::committed(db), "seminar", by_guest("Guest AB", 3)));
  // A guest named like an enrolled company's key is still another row.
  CHECK_FALSE(store::upsert_attendance(testing::committed(db), "seminar", by_guest("a", 1)));
  CHECK_FALSE(store::upsert_attendance(testing::committed(db), "seminar", anonymous(10)));
  CHECK_FALSE(store::upsert_attendance(testing::committed(db), "seminar", anonymous(10)));

  auto found = store::find_gathering(db, "seminar");
  REQUIRE(found);
  REQUIRE(found->attendance.size() == 5);
  CHECK(found->attendance[0].company == std::optional<std::string>("a"));
  CHECK(found->attendance[0].people == 5);
  CHECK(found->attendance[1].guest == std::optional<std::string>("Guest AB"));
  CHECK(found->attendance[1].people == 3);
  CHECK(found->attendance[2].guest == std::optional<std::string>("a"));
  CHECK(found->attendance[3].people == 10);
  CHECK(found->attendance[4].people == 10);
}

TEST_CASE("upsert_attendance refuses a row naming both a company and a guest") {
  auto db = store::Database::in_memory();
  add_company(db, "a");
  store::insert_gathering(testing::committed(db), make_gathering("seminar", make_date(2026, 4, 1), GatheringKind::seminar));
  CHECK_THROWS(store::upsert_attendance(testing::committed(db), "seminar", Attendance{"a", "Guest AB", 1}));
  CHECK(store::find_gathering(db, "seminar")->attendance.empty());
}

TEST_CASE("a company's gatherings carry only its own row; joint ones are counted per company") {
  auto db = store::Database::in_memory();
  add_company(db, "a");
  add_company(db, "b");
  add_company(db, "c");
  store::insert_gathering(testing::committed(db), make_gathering("spring", make_date(2026, 4, 20), GatheringKind::joint));
  store::insert_gathering(testing::committed(db), make_gathering("autumn", make_date(2026, 10, 5), GatheringKind::joint));
  store::insert_gathering(testing::committed(db), make_gathering("breakfast", make_date(2026, 2, 3), GatheringKind::seminar));
  store::upsert_attendance(testing::committed(db), "autumn", by_company("a", 3));
  store::upsert_attendance(testing::committed(db), "spring", by_company("b", 1));
  store::upsert_attendance(testing::committed(db), "spring", by_company("a", 2));
  store::upsert_attendance(testing::committed(db), "breakfast", by_company("a", 1));
  store::upsert_attendance(testing::committed(db), "breakfast", by_company("c", 4));
  store::upsert_attendance(testing::committed(db), "breakfast", by_guest("Guest AB", 2));
  store::upsert_attendance(testing::committed(db), "autumn", by_company("a", 4));  // replaced, still one gathering

  auto attended = store::gatherings_attended(db, "a");
  REQUIRE(attended.size() == 3);
  CHECK(attended[0].key == "breakfast");
  CHECK(attended[1].key == "spring");
  CHECK(attended[2].key == "autumn");
  REQUIRE(attended[1].attendance.size() == 1);
  CHECK(attended[1].attendance[0].company == std::optional<std::string>("a"));
  CHECK(attended[1].attendance[0].people == 2);
  CHECK(attended[2].attendance[0].people == 4);
  CHECK(store::gatherings_attended(db, "nobody").empty());

  auto joint = store::joint_gatherings_attended(db);
  CHECK(joint == std::map<std::string, int>{{"a", 2}, {"b", 1}});
}
