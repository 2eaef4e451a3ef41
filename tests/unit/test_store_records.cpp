#include <doctest/doctest.h>

#include "connection.hpp"

#include <filesystem>
#include <sys/stat.h>

#include "plift/core/error.hpp"
#include "plift/store/database.hpp"
#include "plift/store/records.hpp"

#include "store_fixtures.hpp"

using namespace plift;
using namespace plift::testing;

namespace {

std::filesystem::path fresh_path(const std::string& name) {
  auto folder = std::filesystem::temp_directory_path() / ("plift-store-test-" + std::to_string(::getpid()));
  std::filesystem::create_directories(folder);
  auto file = folder / name;
  std::filesystem::remove(file);
  return file;
}

}  // namespace

TEST_CASE("a new in-memory database has the latest schema") {
  auto db = store::Database::in_memory();
  CHECK(db.schema_version() == store::Database::latest_schema_version());
  CHECK(store::company_keys(db).empty());
}

TEST_CASE("companies round-trip with optional fields and their phase history") {
  auto db = store::Database::in_memory();
  Company c = sample_company("brodrene-midthaug-as", make_date(2026, 1, 5));
  c.name = "Brødrene Midthaug AS";
  c.org_number = "912345678";
  {
    store::WriteTransaction tx(db);
    store::insert_company(testing::committed(db), c);
    store::insert_phase(testing::committed(db), c.key, 1, {"vision", c.start, std::nullopt, make_date(2026, 3, 15), std::nullopt});
    tx.commit();
  }
  auto found = store::find_company(db, "brodrene-midthaug-as");
  REQUIRE(found);
  CHECK(found->name == "Brødrene Midthaug AS");
  CHECK(found->org_number == std::optional<std::string>("912345678"));
  CHECK_FALSE(found->coach);
  CHECK(found->start == make_date(2026, 1, 5));
  CHECK_FALSE(store::find_company(db, "nobody"));

  store::close_phase(testing::committed(db), c.key, 1, make_date(2026, 3, 16), std::string("forced"));
  store::insert_phase(testing::committed(db), c.key, 2, {"pilot", make_date(2026, 3, 16), std::nullopt, make_date(2026, 11, 15), std::nullopt});
  auto history = store::phase_history(db, c.key);
  REQUIRE(history.size() == 2);
  CHECK(history[0].ended == std::optional(make_date(2026, 3, 16)));
  CHECK(history[0].forced_reason == std::optional<std::string>("forced"));
  CHECK_FALSE(history[1].ended);

  auto listed = store::list_companies(db);
  REQUIRE(listed.size() == 1);
  REQUIRE(listed[0].current_phase);
  CHECK(listed[0].current_phase->phase == "pilot");
}

TEST_CASE("a rolled-back write transaction leaves nothing behind") {
  auto db = store::Database::in_memory();
  {
    store::WriteTransaction tx(db);
    store::insert_company(testing::committed(db), sample_company("a", make_date(2026, 1, 5)));
    // no commit: the destructor rolls back
  }
  CHECK(store::company_keys(db).empty());
  {
    store::WriteTransaction outer(db);
    store::insert_company(testing::committed(db), sample_company("b", make_date(2026, 1, 5)));
    {
      store::WriteTransaction inner(db);
      store::insert_company(testing::committed(db), sample_company("c", make_date(2026, 1, 5)));
    }
    outer.commit();
  }
  CHECK(store::company_keys(db) == std::vector<std::string>{"b"});
}

TEST_CASE("foreign keys hold: a pulse for an unknown company is refused") {
  auto db = store::Database::in_memory();
  store::PulseEntry entry{"ghost", make_date(2026, 1, 5), PulseStatus::green, std::nullopt};
  CHECK_THROWS(store::insert_pulse(testing::committed(db), entry));
}

TEST_CASE("checklist ticks are recorded once and can be taken back") {
  auto db = store::Database::in_memory();
  store::insert_company(testing::committed(db), sample_company("a", make_date(2026, 1, 5)));
  CHECK(store::insert_tick(testing::committed(db), "a", {"vision", "challenges", make_date(2026, 1, 20)}));
  CHECK_FALSE(store::insert_tick(testing::committed(db), "a", {"vision", "challenges", make_date(2026, 1, 21)}));
  auto ticks = store::checklist_ticks(db, "a");
  REQUIRE(ticks.size() == 1);
  CHECK(ticks[0].date == make_date(2026, 1, 20));
  CHECK(store::checklist_ticks_by_company(db)["a"].size() == 1);
  CHECK(store::delete_tick(testing::committed(db), "a", "vision", "challenges"));
  CHECK_FALSE(store::delete_tick(testing::committed(db), "a", "vision", "challenges"));
}

TEST_CASE("pulse filters: company, since and until are inclusive") {
  auto db = store::Database::in_memory();
  store::insert_company(testing::committed(db), sample_company("a", make_date(2026, 1, 5)));
  store::insert_company(testing::committed(db), sample_company("b", make_date(2026, 1, 5)));
  store::insert_pulse(testing::committed(db), {"a", make_date(2026, 2, 1), PulseStatus::green, std::nullopt});
  store::insert_pulse(testing::committed(db), {"b", make_date(2026, 2, 8), PulseStatus::red, std::string("note")});
  store::insert_pulse(testing::committed(db), {"a", make_date(2026, 2, 15), PulseStatus::yellow, std::nullopt});
  store::PulseFilter all;
  CHECK(store::list_pulses(db, all).size() == 3);
  store::PulseFilter only_a;
  only_a.company = "a";
  CHECK(store::list_pulses(db, only_a).size() == 2);
  store::PulseFilter window;
  window.since = make_date(2026, 2, 8);
  window.until = make_date(2026, 2, 15);
  auto in_window = store::list_pulses(db, window);
  REQUIRE(in_window.size() == 2);
  CHECK(in_window[0].company == "b");
  CHECK(in_window[0].note == std::optional<std::string>("note"));
  CHECK(in_window[1].status == PulseStatus::yellow);
}

TEST_CASE("a database file is created for its owner only, and refused when newer") {
  auto file = fresh_path("owner-only.db");
  bool created = false;
  {
    auto db = store::Database::create(file, created);
    CHECK(created);
  }
  struct stat info {};
  REQUIRE(::stat(file.c_str(), &info) == 0);
  CHECK((info.st_mode & 0777) == 0600);
  {
    auto db = store::Database::create(file, created);
    CHECK_FALSE(created);
    store::sqlite(db);
  }
  {
    auto db = store::Database::open(file);
    store::WriteTransaction tx(db);
    tx.commit();
  }
  CHECK_THROWS_AS(store::Database::open(fresh_path("missing.db")), NoInputError);
  std::filesystem::remove_all(file.parent_path());
}
