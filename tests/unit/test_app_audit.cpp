// plift undo ID and plift log show on an in-memory database.
#include <doctest/doctest.h>

#include <fmt/format.h>

#include <map>

#include "plift/app/audit.hpp"
#include "plift/app/company.hpp"
#include "plift/app/journey_events.hpp"
#include "plift/app/listings.hpp"
#include "plift/app/session.hpp"
#include "plift/core/error.hpp"
#include "plift/store/audit.hpp"
#include "plift/store/database.hpp"

using namespace plift;

namespace {

const Date start = make_date(2026, 1, 5);
const Date today = make_date(2026, 11, 16);

struct Programme {
  Program program = default_program();
  std::unique_ptr<app::Session> session = app::Session::in_memory(program, {today, true});

  Programme() { as("coordinator", "2026-11-16T09:00:00Z", "plift"); }
  app::Session& operator*() { return *session; }

  // The stamp of what follows: who, when, which command line.
  void as(const std::string& user, const std::string& at, const std::string& command) {
    session->database().set_audit_stamp(store::AuditStamp{at, user, command});
  }
  std::string add(const std::string& name) {
    as("coordinator", "2026-11-16T09:00:00Z", "plift company add " + name);
    return app::add_company(*session, {"", name, "Innlandet", "metal", 40, start, std::nullopt, std::nullopt});
  }
  void pulse(const std::string& key, Date day, const std::string& note) {
    as("coordinator", "2026-11-16T09:00:00Z", "plift pulse log " + key);
    app::log_pulse(*session, {key, PulseStatus::green, day, note});
  }
  void rename(const std::string& key, const std::string& name) {
    as("anna", "2026-11-17T10:00:00Z", "plift company edit " + key);
    app::CompanyEdit edit;
    edit.name = name;
    app::edit_company(*session, key, edit);
  }
  std::int64_t newest() { return app::audit_log(*session, {}).front().id; }
  AuditEntry entry(std::int64_t id) {
    AuditFilter all;
    all.limit = 0;
    for (const AuditEntry& e : app::audit_log(*session, all)) {
      if (e.id == id) return e;
    }
    FAIL("no entry");
    return {};
  }
  std::size_t pulses(const std::string& key) {
    PulseFilter filter;
    filter.company = key;
    return app::list_pulses(*session, filter).size();
  }
  std::size_t companies() { return app::list_companies(*session).size(); }
};

std::string refusal(const std::function<void()>& run) {
  try {
    run();
  } catch (const RuleError& e) {
    return e.what();
  }
  return "(no refusal)";
}

}  // namespace

TEST_CASE("undo ID reverts that entry alone when no later entry touched its rows") {
  Programme p;
  p.add("Acme");
  p.pulse("acme", make_date(2026, 11, 2), "first");
  std::int64_t first = p.newest();
  p.pulse("acme", make_date(2026, 11, 9), "second");
  p.as("coordinator", "2026-11-16T09:00:00Z", "plift undo");
  app::Undone undone = app::undo_entry(*p, first, false);
  CHECK(undone.entry.id == first);
  CHECK(describe_changes(undone.reverted) == "-1 pulse");
  CHECK(p.pulses("acme") == 1);
  std::int64_t undo = p.newest();
  CHECK(p.entry(first).undone_by == undo);
  CHECK(p.entry(undo).undoes == first);

  // Undone already, naming the undo; an undo itself; an id the log lacks.
  CHECK(refusal([&] { app::undo_entry(*p, first, false); }) ==
        "#" + std::to_string(first) + " (plift pulse log acme) is undone already, by #" + std::to_string(undo) +
            " (plift undo, 2026-11-16T09:00:00Z by coordinator)");
  CHECK(refusal([&] { app::undo_entry(*p, undo, false); }).find("is itself an undo") != std::string::npos);
  CHECK(refusal([&] { app::undo_entry(*p, 99, false); }).find("no entry #99 in the log") != std::string::npos);
}

TEST_CASE("undo ID refuses, naming them, when later entries changed the same rows; nothing changes") {
  Programme p;
  std::string key = p.add("Acme");
  std::int64_t added = p.newest();
  p.rename(key, "Acme Industri");
  std::int64_t renamed = p.newest();
  p.as("coordinator", "2026-11-18T08:00:00Z", "plift undo");
  std::string message = refusal([&] { app::undo_entry(*p, added, false); });
  CHECK(message == fmt::format("cannot undo #{} (plift company add Acme): later changes touched the same rows: #{} "
                               "(plift company edit acme, 2026-11-17T10:00:00Z by anna); undo those first",
                               added, renamed));
  CHECK(refusal([&] { app::undo_entry(*p, added, true); }).rfind("would refuse to undo #", 0) == 0);
  CHECK(p.companies() == 1);
  CHECK(p.newest() == renamed);

  // Once the later one is undone, the earlier goes too.
  app::undo_entry(*p, renamed, false);
  app::undo_entry(*p, added, false);
  CHECK(p.companies() == 0);
}

TEST_CASE("undo ID refuses when a cascade would take rows a later entry made") {
  Programme p;
  p.add("Acme");
  std::int64_t added = p.newest();
  p.pulse("acme", make_date(2026, 11, 2), "logged later");
  std::int64_t pulse = p.newest();
  p.as("coordinator", "2026-11-18T08:00:00Z", "plift undo");
  std::string message = refusal([&] { app::undo_entry(*p, added, false); });
  CHECK(message.find("would also take rows later changes made with it (-1 pulse)") != std::string::npos);
  CHECK(message.find(fmt::format("#{} (plift pulse log acme", pulse)) != std::string::npos);
  CHECK(p.companies() == 1);
  CHECK(p.pulses("acme") == 1);
  CHECK_FALSE(p.entry(added).undone_by);
  // The dry run says the same, as what would happen.
  CHECK(refusal([&] { app::undo_entry(*p, added, true); }).rfind("would refuse to undo", 0) == 0);
}

TEST_CASE("a later entry undone since, and its undo, do not stand in the way") {
  Programme p;
  std::string key = p.add("Acme");
  p.rename(key, "Acme One");
  std::int64_t one = p.newest();
  p.rename(key, "Acme Two");
  std::int64_t two = p.newest();
  app::undo_entry(*p, two, false);
  app::Undone undone = app::undo_entry(*p, one, false);
  CHECK(undone.entry.id == one);
  CHECK(p.entry(p.newest()).undoes == one);
}

TEST_CASE("a dry run of undo ID says what it would undo and changes nothing") {
  Programme p;
  p.add("Acme");
  p.pulse("acme", make_date(2026, 11, 2), "n");
  std::int64_t pulse = p.newest();
  app::Undone would = app::undo_entry(*p, pulse, true);
  CHECK(describe_changes(would.reverted) == "-1 pulse");
  CHECK(p.pulses("acme") == 1);
  CHECK(p.newest() == pulse);
}

TEST_CASE("undo ID inside a batch: the batch's entry undoes it, and its own earlier lines count as later changes") {
  Programme p;
  std::string key = p.add("Acme");
  std::int64_t added = p.newest();
  p.pulse("acme", make_date(2026, 11, 2), "n");
  std::int64_t pulse = p.newest();
  p.as("coordinator", "2026-11-18T08:00:00Z", "plift batch week.plift");
  {
    app::AllOrNothing batch(*p);
    app::log_pulse(*p, {key, PulseStatus::red, make_date(2026, 11, 9), std::nullopt});
    app::undo_entry(*p, pulse, false);
    // Undone already, inside the same batch.
    CHECK(refusal([&] { app::undo_entry(*p, pulse, false); }).find("is undone already") != std::string::npos);
    batch.commit();
  }
  std::int64_t batch = p.newest();
  CHECK(p.entry(pulse).undone_by == batch);
  CHECK(p.entry(batch).undoes == pulse);
  CHECK(describe_changes(p.entry(batch).changes) == "+1 pulse, -1 pulse");
  CHECK(p.pulses("acme") == 1);

  p.as("coordinator", "2026-11-18T08:00:00Z", "plift batch more.plift");
  {
    app::AllOrNothing more(*p);
    p.rename(key, "Acme AB");
    p.as("coordinator", "2026-11-18T08:00:00Z", "plift batch more.plift");
    std::string message = refusal([&] { app::undo_entry(*p, added, false); });
    CHECK(message.find("later changes touched the same rows: ") != std::string::npos);
    CHECK(message.find("the earlier lines of this batch (plift batch more.plift)") != std::string::npos);
  }
  CHECK(p.newest() == batch);
}

TEST_CASE("log show streams what an entry did: whole rows inserted and deleted, changed columns of updates") {
  Programme p;
  std::string key = p.add("Acme");
  p.pulse(key, make_date(2026, 11, 2), "first");
  std::int64_t pulse = p.newest();
  p.rename(key, "Acme AB");
  std::int64_t renamed = p.newest();
  app::undo_entry(*p, pulse, false);
  std::int64_t undo = p.newest();

  auto rows_of = [&](std::int64_t id) {
    std::vector<std::map<std::string, std::string>> rows;
    AuditEntry head;
    app::show_audit_entry(
        *p, id, [&](const AuditEntry& entry) { head = entry; },
        [&](const RowChange& change) {
          std::map<std::string, std::string> row{{"@table", change.table}};
          row["@kind"] = change.kind == RowChange::Kind::insert   ? "insert"
                         : change.kind == RowChange::Kind::update ? "update"
                                                                  : "delete";
          for (std::size_t i = 0; i < change.columns->size(); ++i) {
            const auto& value = change.kind == RowChange::Kind::insert ? change.after[i] : change.before[i];
            std::string text = !value ? "?" : value->type == RecordedValue::Type::integer ? std::to_string(value->integer)
                                          : value->type == RecordedValue::Type::null    ? "NULL"
                                                                                         : value->bytes;
            if (change.kind == RowChange::Kind::update && change.after[i]) text += " -> " + change.after[i]->bytes;
            row[(*change.columns)[i]] = text;
          }
          rows.push_back(row);
        });
    CHECK(head.id == id);
    return rows;
  };
  auto inserted = rows_of(pulse);
  REQUIRE(inserted.size() == 1);
  CHECK(inserted[0]["@table"] == "pulse");
  CHECK(inserted[0]["@kind"] == "insert");
  CHECK(inserted[0]["company"] == "acme");
  CHECK(inserted[0]["note"] == "first");
  CHECK(inserted[0]["date"] == "2026-11-02");

  auto updated = rows_of(renamed);
  REQUIRE(updated.size() == 1);
  CHECK(updated[0]["@kind"] == "update");
  CHECK(updated[0]["key"] == "acme");              // the primary key
  CHECK(updated[0]["name"] == "Acme -> Acme AB");  // old -> new
  CHECK(updated[0]["sector"] == "?");              // unchanged: not recorded

  auto deleted = rows_of(undo);
  REQUIRE(deleted.size() == 1);
  CHECK(deleted[0]["@kind"] == "delete");
  CHECK(deleted[0]["note"] == "first");

  CHECK(refusal([&] { rows_of(77); }).find("no entry #77 in the log") != std::string::npos);
}

TEST_CASE("log filters: company, user, since, limit") {
  Programme p;
  std::string key = p.add("Acme");
  p.add("Bolt");
  p.rename(key, "Acme AB");  // anna, on the 17th
  AuditFilter by_anna;
  by_anna.user = "anna";
  CHECK(app::audit_log(*p, by_anna).size() == 1);
  AuditFilter since;
  since.since = "2026-11-17";
  CHECK(app::audit_log(*p, since).size() == 1);
  since.since = "2026-11-16";
  CHECK(app::audit_log(*p, since).size() == 3);
  AuditFilter both;
  both.company = "bolt";
  both.user = "coordinator";
  CHECK(app::audit_log(*p, both).size() == 1);
  AuditFilter one;
  one.limit = 1;
  CHECK(app::audit_log(*p, one).size() == 1);
}

TEST_CASE("a batch may undo a later entry and then the earlier one whose rows it touched, newest first") {
  Programme p;
  std::string key = p.add("Acme");
  std::int64_t added = p.newest();
  p.rename(key, "Acme AB");
  std::int64_t renamed = p.newest();
  p.as("coordinator", "2026-11-18T08:00:00Z", "plift batch back.plift");
  {
    app::AllOrNothing batch(*p);
    app::undo_entry(*p, renamed, false);
    app::undo_entry(*p, added, false);
    batch.commit();
  }
  CHECK(p.companies() == 0);
  std::int64_t batch = p.newest();
  CHECK(p.entry(renamed).undone_by == batch);
  CHECK(p.entry(added).undone_by == batch);
  // The other order is refused: the rename still stands in the way.
  std::string key2 = p.add("Bolt");
  std::int64_t added2 = p.newest();
  p.rename(key2, "Bolt AB");
  std::int64_t renamed2 = p.newest();
  p.as("coordinator", "2026-11-18T08:00:00Z", "plift batch wrong.plift");
  app::AllOrNothing wrong(*p);
  CHECK(refusal([&] { app::undo_entry(*p, added2, false); }).find(fmt::format("#{} (plift company edit bolt", renamed2)) !=
        std::string::npos);
}
