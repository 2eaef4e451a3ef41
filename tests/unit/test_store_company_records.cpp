#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "plift/core/program.hpp"
#include "plift/store/company_records.hpp"
#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

#include "store_fixtures.hpp"

using namespace plift;
using namespace plift::testing;

// Loading every record of the companies in a scope: 2026Q3 (2026-07-01 to
// 2026-09-30) over companies that stopped before it, on its first day, in it,
// started after it, and one in another region.

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

// One record of every kind, dated `day`, for company `key`.
void add_records(store::Database& db, const Program& program, const Company& c, Date day) {
  store::insert_company(testing::committed(db), c);
  store::insert_phase(testing::committed(db), c.key, 1, enter_phase(program, 0, c.start));
  store::insert_tick(testing::committed(db), c.key, {"vision", "challenges", day});
  store::insert_visit(testing::committed(db), {c.key, day, std::nullopt, VisitMode::onsite, "visited"});
  store::insert_pulse(testing::committed(db), {c.key, day, PulseStatus::green, std::nullopt});
  store::insert_participant(testing::committed(db), {c.key, "Kari " + c.key, TrainingRole::employee, day, std::nullopt, std::nullopt});
  store::upsert_steering_member(testing::committed(db), {c.key, "Ola " + c.key, SteeringRole::management});
  store::upsert_attendance(testing::committed(db), "autumn", {c.key, std::nullopt, 2});
  store::upsert_kpi_value(testing::committed(db), {c.key, "lead-time", day, 12.5});
  store::insert_assessment(testing::committed(db), {c.key, day, {{"flow", 2}, {"leadership", 3}}});
}

Company company(const std::string& key, Date start, const std::string& region = "Innlandet") {
  Company c = sample_company(key, start);
  c.region = region;
  return c;
}

store::Database quarter_database() {
  Program program = default_program();
  auto db = store::Database::in_memory();
  store::insert_gathering(testing::committed(db), {"spring", "Spring", ymd(2026, 5, 20), std::nullopt, GatheringKind::joint, {}});
  store::insert_gathering(testing::committed(db), {"autumn", "Autumn", ymd(2026, 9, 10), std::nullopt, GatheringKind::joint, {}});
  store::insert_gathering(testing::committed(db), {"flow", "Flow", ymd(2026, 8, 25), "Borås", GatheringKind::seminar, {}});
  store::insert_gathering(testing::committed(db), {"winter", "Winter", ymd(2026, 12, 2), std::nullopt, GatheringKind::joint, {}});

  Company before = company("before", ymd(2025, 9, 1));
  before.completed = ymd(2026, 6, 30);
  add_records(db, program, before, ymd(2026, 3, 2));
  Company on_first_day = company("first-day", ymd(2025, 9, 1));
  on_first_day.completed = ymd(2026, 7, 1);
  add_records(db, program, on_first_day, ymd(2026, 3, 2));
  add_records(db, program, company("going", ymd(2026, 3, 2)), ymd(2026, 8, 3));
  Company left = company("left", ymd(2026, 1, 5));
  left.withdrawn = ymd(2026, 8, 20);
  add_records(db, program, left, ymd(2026, 8, 3));
  add_records(db, program, company("later", ymd(2026, 10, 5)), ymd(2026, 10, 12));
  add_records(db, program, company("viken", ymd(2026, 2, 2), "Viken"), ymd(2026, 8, 3));
  store::upsert_attendance(testing::committed(db), "flow", {"going", std::nullopt, 3});
  store::upsert_attendance(testing::committed(db), "flow", {std::nullopt, "Acme AB", 2});
  store::upsert_attendance(testing::committed(db), "flow", {std::nullopt, std::nullopt, 7});
  return db;
}

std::vector<std::string> keys_of(const std::vector<CompanyRecords>& records) {
  std::vector<std::string> keys;
  for (const CompanyRecords& r : records) keys.push_back(r.company.key);
  return keys;
}

std::vector<std::string> keys_of(const std::vector<Company>& companies) {
  std::vector<std::string> keys;
  for (const Company& c : companies) keys.push_back(c.key);
  return keys;
}

// The same records as the one-company loader reads.
void check_same(const CompanyRecords& loaded, const CompanyRecords& one) {
  CHECK(loaded.company.key == one.company.key);
  CHECK(loaded.company.completed == one.company.completed);
  CHECK(loaded.company.withdrawn == one.company.withdrawn);
  REQUIRE(loaded.history.size() == one.history.size());
  CHECK(loaded.history.front().started == one.history.front().started);
  REQUIRE(loaded.ticks.size() == one.ticks.size());
  CHECK(loaded.ticks.front().date == one.ticks.front().date);
  REQUIRE(loaded.visits.size() == one.visits.size());
  CHECK(loaded.visits.front().note == one.visits.front().note);
  REQUIRE(loaded.pulses.size() == one.pulses.size());
  CHECK(loaded.pulses.front().status == one.pulses.front().status);
  REQUIRE(loaded.participants.size() == one.participants.size());
  CHECK(loaded.participants.front().person == one.participants.front().person);
  REQUIRE(loaded.steering.size() == one.steering.size());
  CHECK(loaded.steering.front().person == one.steering.front().person);
  REQUIRE(loaded.gatherings.size() == one.gatherings.size());
  for (std::size_t i = 0; i < one.gatherings.size(); ++i) {
    CHECK(loaded.gatherings[i].key == one.gatherings[i].key);
    REQUIRE(loaded.gatherings[i].attendance.size() == 1);
    CHECK(loaded.gatherings[i].attendance.front().company == one.company.key);
    CHECK(loaded.gatherings[i].attendance.front().people == one.gatherings[i].attendance.front().people);
  }
  REQUIRE(loaded.kpi_values.size() == one.kpi_values.size());
  CHECK(loaded.kpi_values.front().value == one.kpi_values.front().value);
  REQUIRE(loaded.assessments.size() == one.assessments.size());
  CHECK(loaded.assessments.front().scores == one.assessments.front().scores);
}

}  // namespace

TEST_CASE("company records: every company's, all of them, as the one-company loader reads them") {
  auto db = quarter_database();
  std::vector<CompanyRecords> all = store::load_all_company_records(db);
  CHECK(keys_of(all) == std::vector<std::string>{"before", "first-day", "going", "later", "left", "viken"});
  for (const CompanyRecords& r : all) check_same(r, store::load_company_records(db, r.company));
  // The seminar and the joint gathering it attended, by date.
  const CompanyRecords& going = all[2];
  REQUIRE(going.gatherings.size() == 2);
  CHECK(going.gatherings[0].key == "flow");
  CHECK(going.gatherings[1].key == "autumn");
}

TEST_CASE("company records: a quarter's scope reads the companies active on some day of it") {
  auto db = quarter_database();
  auto scope = store::CompanyScope::active_between(ymd(2026, 7, 1), ymd(2026, 9, 30));
  std::vector<CompanyRecords> in_quarter = store::load_all_company_records(db, scope);
  // "before" completed before the quarter and "first-day" on its first day
  // (not active on any day of it); "later" starts after it.
  CHECK(keys_of(in_quarter) == std::vector<std::string>{"going", "left", "viken"});
  for (const CompanyRecords& r : in_quarter) check_same(r, store::load_company_records(db, r.company));

  auto q4 = store::CompanyScope::active_between(ymd(2026, 10, 1), ymd(2026, 11, 16));
  CHECK(keys_of(store::load_all_company_records(db, q4)) == std::vector<std::string>{"going", "later", "viken"});
}

TEST_CASE("company records: a scope narrowed to a region") {
  auto db = quarter_database();
  auto scope = store::CompanyScope::active_between(ymd(2026, 7, 1), ymd(2026, 9, 30)).in_region("Innlandet");
  std::vector<CompanyRecords> in_region = store::load_all_company_records(db, scope);
  CHECK(keys_of(in_region) == std::vector<std::string>{"going", "left"});
  CHECK(store::kpi_values_by_company(db, scope).size() == 2);
  CHECK(store::gatherings_attended_by_company(db, scope).count("viken") == 0);

  CHECK(keys_of(store::load_all_company_records(db, store::CompanyScope::active_on(ymd(2026, 8, 3))
                                                        .in_region("Viken"))) == std::vector<std::string>{"viken"});
  CHECK(keys_of(store::load_all_company_records(db, store::CompanyScope::in_a_phase().in_region("Viken"))) ==
        std::vector<std::string>{"viken"});
  CHECK(store::load_all_company_records(db, store::CompanyScope::all().in_region("Agder")).empty());
}

TEST_CASE("companies in scope: the company rows alone, by key") {
  auto db = quarter_database();
  CHECK(keys_of(store::companies_in_scope(db, store::CompanyScope::all())) ==
        std::vector<std::string>{"before", "first-day", "going", "later", "left", "viken"});
  CHECK(keys_of(store::companies_in_scope(db, store::CompanyScope::all().in_region("Viken"))) ==
        std::vector<std::string>{"viken"});
  std::vector<Company> active = store::companies_in_scope(db, store::CompanyScope::active_on(ymd(2026, 8, 20)));
  CHECK(keys_of(active) == std::vector<std::string>{"going", "viken"});  // "left" withdrew that day
  std::vector<Company> in_quarter =
      store::companies_in_scope(db, store::CompanyScope::active_between(ymd(2026, 7, 1), ymd(2026, 9, 30)));
  REQUIRE(keys_of(in_quarter) == std::vector<std::string>{"going", "left", "viken"});
  CHECK(in_quarter[1].withdrawn == ymd(2026, 8, 20));
}

TEST_CASE("gatherings between two days, with all their attendance") {
  auto db = quarter_database();
  std::vector<Gathering> q3 = store::list_gatherings_between(db, ymd(2026, 7, 1), ymd(2026, 9, 30));
  REQUIRE(q3.size() == 2);
  CHECK(q3[0].key == "flow");
  CHECK(q3[0].location == std::optional<std::string>("Borås"));
  REQUIRE(q3[0].attendance.size() == 3);  // in the order recorded
  CHECK(q3[0].attendance[0].company == std::optional<std::string>("going"));
  CHECK(q3[0].attendance[1].guest == std::optional<std::string>("Acme AB"));
  CHECK(!q3[0].attendance[2].company);
  CHECK(q3[0].attendance[2].people == 7);
  CHECK(q3[1].key == "autumn");
  CHECK(q3[1].attendance.size() == 6);
  // Both ends inclusive; none at all.
  CHECK(store::list_gatherings_between(db, ymd(2026, 9, 10), ymd(2026, 12, 2)).size() == 2);
  CHECK(store::list_gatherings_between(db, ymd(2027, 1, 1), ymd(2027, 3, 31)).empty());
}
