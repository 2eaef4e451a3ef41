#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include "connection.hpp"

#include "store_fixtures.hpp"

#include "plift/core/error.hpp"
#include "plift/store/database.hpp"
#include "plift/store/records.hpp"
#include "plift/store/reminders.hpp"

using namespace plift;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

void add_company(store::Database& db, const std::string& key) {
  Company c;
  c.key = key;
  c.name = "Company " + key;
  c.region = "Innlandet";
  c.sector = "metal";
  c.employees = 50;
  c.start = ymd(2026, 1, 5);
  store::insert_company(testing::committed(db), c);
}

Reminder reminder(ReminderKind kind, const std::string& company, Date due) {
  return Reminder{kind, company, "Company " + company, std::nullopt, due, 0, "message"};
}

store::Database sample_database() {
  auto db = store::Database::in_memory();
  store::WriteTransaction tx(db);
  add_company(db, "bussbygg-as");
  add_company(db, "akerlunds");
  tx.commit();
  return db;
}

int shown_rows(store::Database& db) { return store::sqlite(db).execAndGet("SELECT count(*) FROM shown_reminder").getInt(); }

}  // namespace

TEST_CASE("a reminder is shown once: same kind, company and due day") {
  auto db = sample_database();
  Reminder visit = reminder(ReminderKind::visit_overdue, "bussbygg-as", ymd(2026, 11, 2));
  CHECK_FALSE(store::was_shown(db, visit));
  {
    store::WriteTransaction tx(db);
    CHECK(store::record_shown(testing::committed(db), visit, ymd(2026, 11, 10)));
    CHECK_FALSE(store::record_shown(testing::committed(db), visit, ymd(2026, 11, 11)));
    tx.commit();
  }
  CHECK(store::was_shown(db, visit));
  // The message and days overdue are not part of what makes it the same.
  Reminder same = visit;
  same.message = "another day's wording";
  same.days_overdue = 9;
  CHECK(store::was_shown(db, same));

  CHECK_FALSE(store::was_shown(db, reminder(ReminderKind::visit_overdue, "bussbygg-as", ymd(2026, 11, 16))));
  CHECK_FALSE(store::was_shown(db, reminder(ReminderKind::pulse_missing, "bussbygg-as", ymd(2026, 11, 2))));
  CHECK_FALSE(store::was_shown(db, reminder(ReminderKind::visit_overdue, "akerlunds", ymd(2026, 11, 2))));

  auto listed = store::list_shown_reminders(db);
  REQUIRE(listed.size() == 1);
  CHECK(listed[0].first_shown == ymd(2026, 11, 10));
  CHECK(listed[0].reminder == store::identity_of(visit));
}

TEST_CASE("shown_reminders returns every remembered reminder as a set") {
  auto db = sample_database();
  Reminder a = reminder(ReminderKind::phase_ending, "bussbygg-as", ymd(2026, 11, 15));
  Reminder b = reminder(ReminderKind::checklist_open, "bussbygg-as", ymd(2026, 11, 15));
  Reminder c = reminder(ReminderKind::steering_incomplete, "akerlunds", ymd(2026, 1, 5));
  {
    store::WriteTransaction tx(db);
    store::record_shown(testing::committed(db), a, ymd(2026, 11, 1));
    store::record_shown(testing::committed(db), b, ymd(2026, 11, 1));
    store::record_shown(testing::committed(db), c, ymd(2026, 11, 2));
    tx.commit();
  }
  auto shown = store::shown_reminders(db);
  CHECK(shown.size() == 3);
  CHECK(shown.contains(store::identity_of(a)));
  CHECK(shown.contains(store::identity_of(c)));
  CHECK_FALSE(
      shown.contains(store::identity_of(reminder(ReminderKind::phase_overdue, "bussbygg-as", ymd(2026, 11, 15)))));

  auto listed = store::list_shown_reminders(db);
  REQUIRE(listed.size() == 3);
  CHECK(listed[0].reminder.company == "akerlunds");
  CHECK(listed[1].reminder.kind == ReminderKind::checklist_open);
  CHECK(listed[2].reminder.kind == ReminderKind::phase_ending);
}

TEST_CASE("a rolled-back transaction remembers nothing") {
  auto db = sample_database();
  {
    store::WriteTransaction tx(db);
    store::record_shown(testing::committed(db), reminder(ReminderKind::pulse_missing, "akerlunds", ymd(2026, 11, 1)), ymd(2026, 11, 3));
  }
  CHECK(shown_rows(db) == 0);
}

TEST_CASE("remembered reminders follow their company: renamed keys cascade, deleted companies take them along") {
  auto db = sample_database();
  {
    store::WriteTransaction tx(db);
    store::record_shown(testing::committed(db), reminder(ReminderKind::pulse_missing, "akerlunds", ymd(2026, 11, 1)), ymd(2026, 11, 3));
    store::record_shown(testing::committed(db), reminder(ReminderKind::visit_overdue, "bussbygg-as", ymd(2026, 11, 1)), ymd(2026, 11, 3));
    tx.commit();
  }
  store::sqlite(db).exec("UPDATE company SET key = 'akerlunds-ab' WHERE key = 'akerlunds'");
  CHECK(store::was_shown(db, reminder(ReminderKind::pulse_missing, "akerlunds-ab", ymd(2026, 11, 1))));
  store::sqlite(db).exec("DELETE FROM company WHERE key = 'bussbygg-as'");
  CHECK(shown_rows(db) == 1);
}

TEST_CASE("a reminder for a company that does not exist is refused by the foreign key") {
  auto db = sample_database();
  store::WriteTransaction tx(db);
  CHECK_THROWS_AS(
      store::record_shown(testing::committed(db), reminder(ReminderKind::pulse_missing, "nobody", ymd(2026, 11, 1)), ymd(2026, 11, 3)),
      SQLite::Exception);
}

TEST_CASE("an unknown kind in the database is a data error") {
  auto db = sample_database();
  store::sqlite(db).exec("INSERT INTO shown_reminder VALUES ('nagging', 'akerlunds', '2026-11-01', '2026-11-02')");
  CHECK_THROWS_AS(store::shown_reminders(db), DataError);
}
