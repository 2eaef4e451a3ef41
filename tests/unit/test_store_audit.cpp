#include <SQLiteCpp/SQLiteCpp.h>
#include <doctest/doctest.h>

#include "connection.hpp"

#include "plift/core/error.hpp"
#include "plift/store/audit.hpp"
#include "plift/store/records.hpp"
#include "store_fixtures.hpp"

using namespace plift;

namespace {

store::AuditStamp stamp(const std::string& command) { return {"2026-11-16T09:00:00Z", "tester", command}; }

void log_pulse(store::Database& db, const std::string& company, Date day, const std::string& command) {
  db.set_audit_stamp(stamp(command));
  store::WriteTransaction tx(db);
  store::insert_pulse(testing::committed(db), store::PulseEntry{company, day, PulseStatus::green, std::nullopt});
  tx.commit();
}

int count(store::Database& db, const std::string& table) {
  return store::sqlite(db).execAndGet("SELECT count(*) FROM " + table).getInt();
}

}  // namespace

TEST_CASE("every outermost write transaction that changes something is one audit entry") {
  auto db = testing::database_with_companies({"acme", "bolt"});
  log_pulse(db, "acme", make_date(2026, 11, 2), "plift pulse log acme");
  {
    db.set_audit_stamp(stamp("plift batch week.plift"));
    store::WriteTransaction outer(db);
    store::WriteTransaction first(db);
    store::insert_pulse(testing::committed(db), store::PulseEntry{"acme", make_date(2026, 11, 9), PulseStatus::red, "late"});
    first.commit();
    store::WriteTransaction second(db);
    store::insert_pulse(testing::committed(db), store::PulseEntry{"bolt", make_date(2026, 11, 9), PulseStatus::yellow, std::nullopt});
    second.commit();
    outer.commit();
  }
  {
    store::WriteTransaction nothing(db);  // changes nothing: no entry
    nothing.commit();
  }
  auto entries = store::list_audit_entries(db, {});
  REQUIRE(entries.size() == 2);
  CHECK(entries[0].command == "plift batch week.plift");
  CHECK(entries[0].user == "tester");
  CHECK(entries[0].companies == std::vector<std::string>{"acme", "bolt"});
  REQUIRE(entries[0].changes.size() == 1);
  CHECK(entries[0].changes[0].table == "pulse");
  CHECK(entries[0].changes[0].inserted == 2);
  CHECK(describe_changes(entries[0].changes) == "+2 pulse");
  CHECK(entries[1].command == "plift pulse log acme");

  store::AuditFilter only_bolt;
  only_bolt.company = "bolt";
  CHECK(store::list_audit_entries(db, only_bolt).size() == 1);
}

TEST_CASE("a rolled-back transaction leaves no entry") {
  auto db = testing::database_with_companies({"acme"});
  db.set_audit_stamp(stamp("plift pulse log acme"));
  {
    store::WriteTransaction tx(db);
    store::insert_pulse(testing::committed(db), store::PulseEntry{"acme", make_date(2026, 11, 2), PulseStatus::green, std::nullopt});
  }
  CHECK(store::list_audit_entries(db, {}).empty());
  CHECK(count(db, "pulse") == 0);
}

TEST_CASE("undo walks back through the log and marks what it undid") {
  auto db = testing::database_with_companies({"acme"});
  log_pulse(db, "acme", make_date(2026, 11, 2), "first");
  log_pulse(db, "acme", make_date(2026, 11, 9), "second");
  for (const char* expected : {"second", "first"}) {
    db.set_audit_stamp(stamp("plift undo"));
    store::WriteTransaction tx(db);
    auto entry = store::latest_undoable_entry(db);
    REQUIRE(entry);
    CHECK(entry->command == expected);
    auto reverted = store::undo_entry(testing::committed(db), *entry);
    CHECK(describe_changes(reverted) == "-1 pulse");
    tx.commit();
  }
  CHECK(count(db, "pulse") == 0);
  CHECK_FALSE(store::latest_undoable_entry(db));
  auto entries = store::list_audit_entries(db, {});
  REQUIRE(entries.size() == 4);
  CHECK(entries[0].undoes == entries[3].id);  // the second undo reverted "first"
  CHECK(entries[3].undone_by == entries[0].id);
}

TEST_CASE("undo refuses, naming the row, when a change outside the log stands in the way") {
  auto db = testing::database_with_companies({"acme"});
  log_pulse(db, "acme", make_date(2026, 11, 2), "plift pulse log acme");
  store::sqlite(db).exec("UPDATE pulse SET note = 'by hand'");
  db.set_audit_stamp(stamp("plift undo"));
  store::WriteTransaction tx(db);
  auto entry = store::latest_undoable_entry(db);
  REQUIRE(entry);
  CHECK_THROWS_WITH_AS(store::undo_entry(testing::committed(db), *entry),
                       doctest::Contains("the pulse row id=1 was changed since"), RuleError);
}

TEST_CASE("a long transaction stored in segments undoes as a whole, newest segment first") {
  auto db = testing::database_with_companies({"acme"});
  db.set_audit_stamp(stamp("plift import pulses big.csv"));
  {
    store::WriteTransaction tx(db);
    store::insert_pulse(testing::committed(db), store::PulseEntry{"acme", make_date(2026, 11, 2), PulseStatus::green, "a"});
    db.flush_audit_segment();
    // The same row changed again in a later segment.
    store::sqlite(db).exec("UPDATE pulse SET note = 'b'");
    db.flush_audit_segment();
    store::insert_pulse(testing::committed(db), store::PulseEntry{"acme", make_date(2026, 11, 9), PulseStatus::red, std::nullopt});
    tx.commit();
  }
  CHECK(store::sqlite(db).execAndGet("SELECT count(DISTINCT segment) FROM audit_changeset").getInt() == 3);
  auto entries = store::list_audit_entries(db, {});
  REQUIRE(entries.size() == 1);
  CHECK(entries[0].changes[0].inserted == 2);
  CHECK(entries[0].changes[0].updated == 1);
  db.set_audit_stamp(stamp("plift undo"));
  store::WriteTransaction tx(db);
  store::undo_entry(testing::committed(db), entries[0]);
  tx.commit();
  CHECK(count(db, "pulse") == 0);
}

namespace {

// One recorded transaction of raw SQL.
void recorded(store::Database& db, const std::string& command, const std::string& sql) {
  db.set_audit_stamp(stamp(command));
  store::WriteTransaction tx(db);
  store::sqlite(db).exec(sql);
  tx.commit();
}

}  // namespace

TEST_CASE("an entry's rows read back one by one, columns by position once the table's columns changed") {
  auto db = testing::database_with_companies({"acme"});
  log_pulse(db, "acme", make_date(2026, 11, 2), "plift pulse log acme");
  auto entry = store::list_audit_entries(db, {}).front();
  std::vector<std::string> names;
  int rows = 0;
  store::for_each_row_change(db, entry.id, [&](const RowChange& change) {
    ++rows;
    CHECK(change.table == "pulse");
    CHECK(change.kind == RowChange::Kind::insert);
    names = *change.columns;
    REQUIRE(change.after[1]);
    CHECK(change.after[1]->bytes == "acme");
    CHECK(change.primary_key[0]);
  });
  CHECK(rows == 1);
  CHECK(names == std::vector<std::string>{"id", "company", "date", "status", "note"});

  store::sqlite(db).exec("ALTER TABLE pulse ADD COLUMN extra TEXT");
  store::for_each_row_change(db, entry.id, [&](const RowChange& change) { names = *change.columns; });
  CHECK(names == std::vector<std::string>{"column_1", "column_2", "column_3", "column_4", "column_5"});
}

TEST_CASE("undo of one entry refuses when a later entry touched its rows, or a cascade would take a later row") {
  auto db = testing::database_with_companies({"acme"});
  recorded(db, "plift company add bolt",
           "INSERT INTO company (key, name, region, sector, employees, start) "
           "VALUES ('bolt', 'Bolt', 'Innlandet', 'metal', 10, '2026-01-05')");
  auto added = store::list_audit_entries(db, {}).front();
  recorded(db, "plift pulse log bolt", "INSERT INTO pulse (company, date, status) VALUES ('bolt', '2026-11-02', 'red')");
  auto pulse = store::list_audit_entries(db, {}).front();
  recorded(db, "plift pulse log acme", "INSERT INTO pulse (company, date, status) VALUES ('acme', '2026-11-02', 'red')");

  db.set_audit_stamp(stamp("plift undo"));
  {
    store::WriteTransaction tx(db);
    try {
      store::undo_entry(tx, added);
      FAIL("not refused");
    } catch (const store::UndoBlocked& e) {
      CHECK(e.why == store::UndoBlocked::Why::cascade);
      REQUIRE(e.later.size() == 1);
      CHECK(e.later[0].id == pulse.id);
      CHECK(e.reason.find("(-1 pulse)") != std::string::npos);
    }
  }
  CHECK(count(db, "pulse") == 2);
  CHECK(count(db, "company") == 2);

  recorded(db, "plift pulse edit", "UPDATE pulse SET note = 'seen' WHERE company = 'bolt'");
  auto edit = store::list_audit_entries(db, {}).front();
  db.set_audit_stamp(stamp("plift undo"));
  store::WriteTransaction tx(db);
  try {
    store::undo_entry(tx, pulse);
    FAIL("not refused");
  } catch (const store::UndoBlocked& e) {
    CHECK(e.why == store::UndoBlocked::Why::same_rows);
    REQUIRE(e.later.size() == 1);
    CHECK(e.later[0].id == edit.id);
  }
}

TEST_CASE("undo of one entry refuses when its table's primary key changed since, rather than skip its rows") {
  auto db = testing::database_with_companies({"acme"});
  recorded(db, "plift steering add acme",
           "INSERT INTO steering_member (company, person, role) VALUES ('acme', 'Eva', 'union')");
  auto entry = store::list_audit_entries(db, {}).front();
  // A later schema moves the table's primary key, as a migration might (to
  // columns other than those of this entry's rows, whichever schema made them).
  store::sqlite(db).exec(
      "PRAGMA foreign_keys = OFF;"
      "CREATE TABLE steering_new (role TEXT, company TEXT NOT NULL, person TEXT NOT NULL, "
      "PRIMARY KEY (company, person)) WITHOUT ROWID;"
      "INSERT INTO steering_new (company, person, role) SELECT company, person, role FROM steering_member;"
      "DROP TABLE steering_member; ALTER TABLE steering_new RENAME TO steering_member;"
      "PRAGMA foreign_keys = ON;");
  db.set_audit_stamp(stamp("plift undo"));
  store::WriteTransaction tx(db);
  try {
    store::undo_entry(tx, entry);
    FAIL("not refused");
  } catch (const store::UndoBlocked& e) {
    CHECK(e.why == store::UndoBlocked::Why::no_longer_applies);
    CHECK(e.reason.find("1 of its 1 changes to steering_member no longer apply") != std::string::npos);
  }
}
