#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include "connection.hpp"

#include "store_fixtures.hpp"

#include "plift/store/acknowledgements.hpp"
#include "plift/store/database.hpp"

using namespace plift;
using testing::committed;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

}  // namespace

TEST_CASE("acknowledgements: one per company and rule, replaced and deleted") {
  auto db = testing::database_with_companies({"dokka", "akerlunds"});
  store::put_acknowledgement(committed(db), {"dokka", "pulse-gap", "Closed\nfor rebuilding", ymd(2026, 11, 16), {}});
  store::put_acknowledgement(committed(db), {"akerlunds", "visit-overdue", "Coach on leave", ymd(2026, 11, 2),
                                             ymd(2026, 11, 30)});
  std::vector<Acknowledgement> all = store::list_acknowledgements(db);
  REQUIRE(all.size() == 2);
  CHECK(all[0].company == "akerlunds");
  CHECK(all[0].until == ymd(2026, 11, 30));
  CHECK(all[1].reason == "Closed\nfor rebuilding");
  CHECK_FALSE(all[1].until);

  store::put_acknowledgement(committed(db),
                             {"dokka", "pulse-gap", "Board decided", ymd(2026, 11, 20), ymd(2026, 12, 31)});
  auto replaced = store::find_acknowledgement(db, "dokka", "pulse-gap");
  REQUIRE(replaced);
  CHECK(replaced->reason == "Board decided");
  CHECK(replaced->acknowledged == ymd(2026, 11, 20));
  CHECK(store::list_acknowledgements(db, std::string("dokka")).size() == 1);

  CHECK(store::delete_acknowledgement(committed(db), "dokka", "pulse-gap"));
  CHECK_FALSE(store::delete_acknowledgement(committed(db), "dokka", "pulse-gap"));
  CHECK_FALSE(store::find_acknowledgement(db, "dokka", "pulse-gap"));
}

TEST_CASE("acknowledgements follow their company's key and go with the company") {
  auto db = testing::database_with_companies({"dokka"});
  store::put_acknowledgement(committed(db), {"dokka", "pulse-gap", "r", ymd(2026, 11, 16), {}});
  SQLite::Database& sql = store::sqlite(db);
  sql.exec("PRAGMA foreign_keys = ON");
  sql.exec("UPDATE company SET key = 'dokka-as' WHERE key = 'dokka'");
  CHECK(store::find_acknowledgement(db, "dokka-as", "pulse-gap"));
  sql.exec("DELETE FROM phase_history; DELETE FROM company");
  CHECK(store::list_acknowledgements(db).empty());
}

TEST_CASE("an until day before the day of acknowledgement is refused by the table") {
  auto db = testing::database_with_companies({"dokka"});
  CHECK_THROWS(store::put_acknowledgement(committed(db),
                                          {"dokka", "pulse-gap", "r", ymd(2026, 11, 16), ymd(2026, 11, 15)}));
  CHECK(store::list_acknowledgements(db).empty());
}
