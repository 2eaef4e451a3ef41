#include <doctest/doctest.h>

#include "connection.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include "plift/core/error.hpp"
#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

#include "store_fixtures.hpp"

using namespace plift;
using namespace plift::testing;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

void add_coach(store::Database& db, const std::string& key) {
  store::insert_coach(testing::committed(db), Coach{key, "Coach " + key, "RISE", std::nullopt, std::nullopt});
}

Visit visit(const std::string& company, Date day, std::optional<std::string> coach = std::nullopt,
            VisitMode mode = VisitMode::onsite, std::optional<std::string> note = std::nullopt) {
  return Visit{company, day, std::move(coach), mode, std::move(note)};
}

// Two companies, two coaches, visits logged out of date order.
store::Database sample_database() {
  auto db = store::Database::in_memory();
  store::WriteTransaction tx(db);
  add_company(db, "bussbygg-as", ymd(2026, 1, 5));
  add_company(db, "akerlunds", ymd(2026, 3, 2));
  add_coach(db, "eva-lind");
  add_coach(db, "ola-nordmann");
  store::insert_visit(testing::committed(db), visit("bussbygg-as", ymd(2026, 2, 2), "eva-lind", VisitMode::remote, "Teams"));
  store::insert_visit(testing::committed(db), visit("akerlunds", ymd(2026, 3, 16), "ola-nordmann"));
  store::insert_visit(testing::committed(db), visit("bussbygg-as", ymd(2026, 1, 19), "eva-lind"));
  store::insert_visit(testing::committed(db), visit("bussbygg-as", ymd(2026, 3, 16), std::nullopt, VisitMode::onsite, "no coach"));
  store::insert_visit(testing::committed(db), visit("akerlunds", ymd(2026, 3, 30), "eva-lind", VisitMode::remote));
  tx.commit();
  return db;
}

std::vector<std::string> dates_of(const std::vector<Visit>& visits) {
  std::vector<std::string> dates;
  for (const Visit& v : visits) dates.push_back(format_date(v.date) + " " + v.company);
  return dates;
}

}  // namespace

TEST_CASE("visits round-trip with every field, absent ones as nullopt") {
  auto db = sample_database();
  store::VisitFilter filter;
  filter.company = "bussbygg-as";
  auto visits = store::list_visits(db, filter);
  REQUIRE(visits.size() == 3);
  CHECK(visits[0].date == ymd(2026, 1, 19));
  CHECK(visits[0].coach == std::optional<std::string>("eva-lind"));
  CHECK(visits[0].mode == VisitMode::onsite);
  CHECK_FALSE(visits[0].note);
  CHECK(visits[1].mode == VisitMode::remote);
  CHECK(visits[1].note == std::optional<std::string>("Teams"));
  CHECK_FALSE(visits[2].coach);
  CHECK(visits[2].note == std::optional<std::string>("no coach"));
}

TEST_CASE("list_visits orders by date, then company, then the order logged") {
  auto db = store::Database::in_memory();
  {
    store::WriteTransaction tx(db);
    add_company(db, "b", ymd(2026, 1, 5));
    add_company(db, "a", ymd(2026, 1, 5));
    store::insert_visit(testing::committed(db), visit("b", ymd(2026, 2, 2), std::nullopt, VisitMode::onsite, "first"));
    store::insert_visit(testing::committed(db), visit("b", ymd(2026, 2, 2), std::nullopt, VisitMode::remote, "second"));
    store::insert_visit(testing::committed(db), visit("a", ymd(2026, 2, 2)));
    store::insert_visit(testing::committed(db), visit("b", ymd(2026, 1, 20)));
    tx.commit();
  }
  auto visits = store::list_visits(db, {});
  REQUIRE(visits.size() == 4);
  CHECK(dates_of(visits) == std::vector<std::string>{"2026-01-20 b", "2026-02-02 a", "2026-02-02 b", "2026-02-02 b"});
  CHECK(visits[2].note == std::optional<std::string>("first"));
  CHECK(visits[3].note == std::optional<std::string>("second"));
}

TEST_CASE("list_visits filters by company, coach and an inclusive date range") {
  auto db = sample_database();
  CHECK(store::list_visits(db, {}).size() == 5);

  store::VisitFilter by_coach;
  by_coach.coach = "eva-lind";
  CHECK(dates_of(store::list_visits(db, by_coach)) ==
        std::vector<std::string>{"2026-01-19 bussbygg-as", "2026-02-02 bussbygg-as", "2026-03-30 akerlunds"});

  store::VisitFilter range;
  range.since = ymd(2026, 2, 2);
  range.until = ymd(2026, 3, 16);
  CHECK(dates_of(store::list_visits(db, range)) ==
        std::vector<std::string>{"2026-02-02 bussbygg-as", "2026-03-16 akerlunds", "2026-03-16 bussbygg-as"});

  store::VisitFilter all_of_them;
  all_of_them.company = "akerlunds";
  all_of_them.coach = "eva-lind";
  all_of_them.since = ymd(2026, 3, 30);
  all_of_them.until = ymd(2026, 3, 30);
  CHECK(dates_of(store::list_visits(db, all_of_them)) == std::vector<std::string>{"2026-03-30 akerlunds"});

  store::VisitFilter nobody;
  nobody.company = "nobody";
  CHECK(store::list_visits(db, nobody).empty());
}

TEST_CASE("visits_by_company groups every visit by company, each by date") {
  auto db = sample_database();
  auto grouped = store::visits_by_company(db);
  REQUIRE(grouped.size() == 2);
  CHECK(dates_of(grouped["bussbygg-as"]) ==
        std::vector<std::string>{"2026-01-19 bussbygg-as", "2026-02-02 bussbygg-as", "2026-03-16 bussbygg-as"});
  CHECK(dates_of(grouped["akerlunds"]) == std::vector<std::string>{"2026-03-16 akerlunds", "2026-03-30 akerlunds"});
  auto empty = store::Database::in_memory();
  CHECK(store::visits_by_company(empty).empty());
}

TEST_CASE("a visit must name a known company and coach") {
  auto db = sample_database();
  CHECK_THROWS(store::insert_visit(testing::committed(db), visit("nobody", ymd(2026, 2, 2))));
  CHECK_THROWS(store::insert_visit(testing::committed(db), visit("bussbygg-as", ymd(2026, 2, 2), "nobody")));
  CHECK(store::list_visits(db, {}).size() == 5);
}

TEST_CASE("visits follow a company's and a coach's renamed key") {
  auto db = sample_database();
  store::sqlite(db).exec("UPDATE company SET key = 'bussbygg' WHERE key = 'bussbygg-as'");
  store::sqlite(db).exec("UPDATE coach SET key = 'eva' WHERE key = 'eva-lind'");
  store::VisitFilter filter;
  filter.company = "bussbygg";
  auto visits = store::list_visits(db, filter);
  REQUIRE(visits.size() == 3);
  CHECK(visits[0].coach == std::optional<std::string>("eva"));
}

TEST_CASE("an unknown visit mode in the database is a data error") {
  auto db = sample_database();
  // The CHECK constraint guards the column; a database from elsewhere might not have it.
  store::sqlite(db).exec("PRAGMA ignore_check_constraints = ON");
  store::sqlite(db).exec("UPDATE visit SET mode = 'teleport' WHERE date = '2026-01-19'");
  CHECK_THROWS_AS(store::list_visits(db, {}), DataError);
  CHECK_THROWS_AS(store::visits_by_company(db), DataError);
}
