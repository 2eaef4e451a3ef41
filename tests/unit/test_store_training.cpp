#include <doctest/doctest.h>

#include "plift/core/error.hpp"
#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

#include "store_fixtures.hpp"

using namespace plift;
using namespace plift::testing;

namespace {

TrainingParticipant participant(const std::string& company, const std::string& person, Date enrolled,
                                TrainingRole role = TrainingRole::employee) {
  return {company, person, role, enrolled, std::nullopt, std::nullopt};
}

}  // namespace

TEST_CASE("course participants round-trip, names kept exactly as typed") {
  auto db = store::Database::in_memory();
  add_company(db, "a");
  store::insert_participant(testing::committed(db), participant("a", "Åsa Ødegård ", make_date(2026, 2, 2), TrainingRole::union_member));
  auto found = store::find_participant(db, "a", "Åsa Ødegård ");
  REQUIRE(found);
  CHECK(found->company == "a");
  CHECK(found->role == TrainingRole::union_member);
  CHECK(found->enrolled == make_date(2026, 2, 2));
  CHECK_FALSE(found->completed);
  CHECK_FALSE(found->dropped);
  CHECK(found->status() == TrainingStatus::enrolled);
  CHECK_FALSE(store::find_participant(db, "a", "Åsa Ødegård"));
  CHECK_FALSE(store::find_participant(db, "a", "åsa ødegård "));
  CHECK_FALSE(store::find_participant(db, "b", "Åsa Ødegård "));
}

TEST_CASE("a person is enrolled once per company, but may be enrolled at two companies") {
  auto db = store::Database::in_memory();
  add_company(db, "a");
  add_company(db, "b");
  store::insert_participant(testing::committed(db), participant("a", "Kari", make_date(2026, 2, 2)));
  CHECK_THROWS(store::insert_participant(testing::committed(db), participant("a", "Kari", make_date(2026, 3, 2))));
  store::insert_participant(testing::committed(db), participant("b", "Kari", make_date(2026, 3, 2)));
  CHECK(store::list_participants(db, std::nullopt).size() == 2);
}

TEST_CASE("participants of an unknown company are refused by the foreign key") {
  auto db = store::Database::in_memory();
  CHECK_THROWS(store::insert_participant(testing::committed(db), participant("ghost", "Kari", make_date(2026, 2, 2))));
}

TEST_CASE("updating writes role and the dates; completed and dropped exclude each other") {
  auto db = store::Database::in_memory();
  add_company(db, "a");
  store::insert_participant(testing::committed(db), participant("a", "Kari", make_date(2026, 2, 2)));
  TrainingParticipant p = *store::find_participant(db, "a", "Kari");
  p.role = TrainingRole::manager;
  p.completed = make_date(2026, 6, 1);
  store::update_participant(testing::committed(db), p);
  auto found = store::find_participant(db, "a", "Kari");
  REQUIRE(found);
  CHECK(found->role == TrainingRole::manager);
  CHECK(found->completed == std::optional(make_date(2026, 6, 1)));
  CHECK(found->status() == TrainingStatus::completed);

  p.dropped = make_date(2026, 6, 2);
  CHECK_THROWS(store::update_participant(testing::committed(db), p));  // the table's CHECK

  p.completed.reset();
  store::update_participant(testing::committed(db), p);
  CHECK(store::find_participant(db, "a", "Kari")->status() == TrainingStatus::dropped);

  // Re-enrolment: a new date and the drop cleared.
  p.dropped.reset();
  p.enrolled = make_date(2026, 8, 3);
  store::update_participant(testing::committed(db), p);
  found = store::find_participant(db, "a", "Kari");
  CHECK(found->enrolled == make_date(2026, 8, 3));
  CHECK(found->status() == TrainingStatus::enrolled);

  CHECK_THROWS_AS(store::update_participant(testing::committed(db), participant("a", "Nobody", make_date(2026, 2, 2))), InternalError);
}

TEST_CASE("participants are listed by company, enrolment date, then name") {
  auto db = store::Database::in_memory();
  add_company(db, "a");
  add_company(db, "b");
  store::insert_participant(testing::committed(db), participant("b", "Berit", make_date(2026, 1, 10)));
  store::insert_participant(testing::committed(db), participant("a", "Ola", make_date(2026, 3, 2)));
  store::insert_participant(testing::committed(db), participant("a", "Kari", make_date(2026, 3, 2)));
  store::insert_participant(testing::committed(db), participant("a", "Zacharias", make_date(2026, 2, 2)));
  auto all = store::list_participants(db, std::nullopt);
  REQUIRE(all.size() == 4);
  CHECK(all[0].person == "Zacharias");
  CHECK(all[1].person == "Kari");
  CHECK(all[2].person == "Ola");
  CHECK(all[3].person == "Berit");

  auto only_b = store::list_participants(db, std::string_view("b"));
  REQUIRE(only_b.size() == 1);
  CHECK(only_b[0].company == "b");
  CHECK(store::list_participants(db, std::string_view("none")).empty());

  auto by_company = store::participants_by_company(db);
  CHECK(by_company.size() == 2);
  CHECK(by_company["a"].size() == 3);
  CHECK(by_company["a"][0].person == "Zacharias");
  CHECK(by_company["b"].size() == 1);
}
