// The use cases on an in-memory database, on fixed dates.
#include <doctest/doctest.h>

#include <stdexcept>

#include "plift/app/audit.hpp"
#include "plift/app/coach.hpp"
#include "plift/app/company.hpp"
#include "plift/app/journey_events.hpp"
#include "plift/app/listings.hpp"
#include "plift/app/phase.hpp"
#include "plift/app/remind.hpp"
#include "plift/app/session.hpp"
#include "plift/core/error.hpp"

using namespace plift;

namespace {

const Date start = make_date(2026, 1, 5);
const Date today = make_date(2026, 11, 16);

struct Programme {
  Program program = default_program();
  std::unique_ptr<app::Session> session = app::Session::in_memory(program, {today, true});

  app::Session& operator*() { return *session; }

  std::string add(const std::string& name, std::optional<std::string> coach = std::nullopt) {
    return app::add_company(*session, {"", name, "Innlandet", "metal", 40, start, std::nullopt, coach});
  }
  Company company(const std::string& key) {
    for (const CompanyOverview& row : app::list_companies(*session)) {
      if (row.company.key == key) return row.company;
    }
    throw std::runtime_error("no company " + key);
  }
  std::vector<PhaseRecord> phases(const std::string& key) { return app::company_records(*session, company(key)).history; }
  void tick_all(const std::string& key, const PhaseDefinition& phase, Date day) {
    for (const ChecklistItem& item : phase.checklist) app::check_item(*session, key, item.key, day);
  }
};

}  // namespace

TEST_CASE("company add derives the key and enrols the company in its first phase") {
  Programme p;
  CHECK(p.add("Brødrene Midthaug AS") == "brodrene-midthaug-as");
  std::vector<PhaseRecord> history = p.phases("brodrene-midthaug-as");
  REQUIRE(history.size() == 1);
  CHECK(history[0].phase == "vision");
  CHECK(history[0].started == start);
  CHECK_THROWS_AS(p.add("Brødrene Midthaug AS"), RuleError);
}

TEST_CASE("company edit changes only the fields given") {
  Programme p;
  app::add_coach(*p, {"anna", "Anna Berg", "RISE", std::nullopt, std::nullopt});
  std::string key = p.add("Dokka Fasteners", "anna");
  app::CompanyEdit edit;
  edit.name = "Dokka Fasteners ASA";
  CHECK(app::edit_company(*p, key, edit) == std::vector<std::string>{"name"});
  Company company = p.company(key);
  CHECK(company.name == "Dokka Fasteners ASA");
  CHECK(company.coach == "anna");
  CHECK(company.employees == 40);

  app::CompanyEdit clear;
  clear.coach = "";
  app::edit_company(*p, key, clear);
  CHECK_FALSE(p.company(key).coach);
  CHECK(p.company(key).name == "Dokka Fasteners ASA");
  CHECK_THROWS_AS(app::edit_company(*p, key, {}), UsageError);
}

TEST_CASE("a withdrawal keeps the company's other fields and closes its open phase") {
  Programme p;
  std::string key = p.add("Dokka");
  app::withdraw_company(*p, key, make_date(2026, 11, 10), "closed");
  Company company = p.company(key);
  CHECK(company.name == "Dokka");
  CHECK(company.withdrawn == make_date(2026, 11, 10));
  CHECK(company.withdraw_reason == "closed");
  CHECK(p.phases(key).back().ended == make_date(2026, 11, 10));
  CHECK_THROWS_AS(app::withdraw_company(*p, key, make_date(2026, 11, 12), "again"), RuleError);
}

TEST_CASE("a withdrawal dated before the company entered its current phase is refused") {
  Programme p;
  std::string key = p.add("Dokka");
  app::advance_phase(*p, {key, make_date(2026, 11, 12), true, "moving on"});
  CHECK_THROWS_WITH_AS(app::withdraw_company(*p, key, make_date(2026, 11, 10), "closed"),
                       "the withdrawal date 2026-11-10 is before dokka entered phase 'pilot' on 2026-11-12", RuleError);
  CHECK_FALSE(p.company(key).withdrawn);
  app::withdraw_company(*p, key, make_date(2026, 11, 13), "closed");
  CHECK(p.phases(key).back().ended == make_date(2026, 11, 13));
}

TEST_CASE("phase advance needs the checklist done or --force with a reason, and completes the journey at the end") {
  Programme p;
  std::string key = p.add("Dokka");
  CHECK_THROWS_AS(app::advance_phase(*p, {key, make_date(2026, 3, 16), false, ""}), RuleError);
  CHECK_THROWS_AS(app::advance_phase(*p, {key, make_date(2026, 3, 16), true, " "}), UsageError);
  p.tick_all(key, p.program.phases[0], make_date(2026, 3, 2));
  app::Advanced to_pilot = app::advance_phase(*p, {key, make_date(2026, 3, 16), false, ""});
  CHECK(to_pilot.from_phase == "vision");
  REQUIRE(to_pilot.entered);
  CHECK(to_pilot.entered->phase == "pilot");
  app::advance_phase(*p, {key, make_date(2026, 10, 5), true, "pilot ran long"});
  app::Advanced done = app::advance_phase(*p, {key, make_date(2026, 11, 2), true, "finished early"});
  CHECK_FALSE(done.entered);
  CHECK(p.company(key).completed == make_date(2026, 11, 2));
  CHECK(p.phases(key)[1].forced_reason == "pilot ran long");
  CHECK_THROWS_AS(app::advance_phase(*p, {key, make_date(2026, 11, 3), true, "again"}), RuleError);
}

TEST_CASE("an item of a phase left with its checklist done cannot be unticked; one of a forced phase can") {
  Programme p;
  std::string done = p.add("Done AS");
  p.tick_all(done, p.program.phases[0], make_date(2026, 3, 2));
  app::advance_phase(*p, {done, make_date(2026, 3, 16), false, ""});
  CHECK_THROWS_WITH_AS(app::uncheck_item(*p, done, "lean-status"),
                       "cannot untick 'lean-status' of done-as: phase 'vision' ended on 2026-03-16 with its checklist "
                       "done",
                       RuleError);

  std::string forced = p.add("Forced AS");
  app::check_item(*p, forced, "lean-status", make_date(2026, 3, 2));
  app::advance_phase(*p, {forced, make_date(2026, 3, 16), true, "short of time"});
  CHECK(app::uncheck_item(*p, forced, "lean-status") == "vision");
}

TEST_CASE("phase check reports a tick it already has and counts the phase's items") {
  Programme p;
  std::string key = p.add("Dokka");
  app::Tick first = app::check_item(*p, key, "lean-status", make_date(2026, 2, 2));
  CHECK_FALSE(first.already_ticked);
  CHECK(first.done == 1);
  CHECK(first.total == p.program.phases[0].checklist.size());
  app::Tick again = app::check_item(*p, key, "lean-status", make_date(2026, 2, 9));
  CHECK(again.already_ticked);
  CHECK(again.date == make_date(2026, 2, 2));
}

TEST_CASE("journey records are refused after a withdrawal") {
  Programme p;
  std::string key = p.add("Dokka");
  app::withdraw_company(*p, key, make_date(2026, 11, 10), "closed");
  Date after = make_date(2026, 11, 12);
  CHECK_THROWS_AS(app::log_pulse(*p, {key, PulseStatus::green, after, std::nullopt}), RuleError);
  CHECK_THROWS_AS(app::log_visit(*p, {key, after, std::nullopt, VisitMode::onsite, std::nullopt}), RuleError);
  CHECK_THROWS_AS(app::record_kpi(*p, {key, "scrap", 2.5, after}), RuleError);
  CHECK_THROWS_AS(app::enrol_participant(*p, {key, "Ola Nordmann", std::nullopt, after}), RuleError);
  CHECK(app::list_pulses(*p, {}).empty());
  CHECK(app::list_visits(*p, {}).empty());
}

TEST_CASE("a visit counts for the coach who held it, by default the company's own") {
  Programme p;
  app::add_coach(*p, {"anna", "Anna Berg", "RISE", std::nullopt, std::nullopt});
  app::add_coach(*p, {"bo", "Bo Ek", "IUC", std::nullopt, std::nullopt});
  std::string key = p.add("Dokka", "anna");
  CHECK(app::log_visit(*p, {key, make_date(2026, 2, 2), std::nullopt, VisitMode::onsite, std::nullopt}).coach == "anna");
  CHECK(app::log_visit(*p, {key, make_date(2026, 2, 2), "bo", VisitMode::remote, ""}).coach == "bo");
  CHECK_THROWS_AS(app::log_visit(*p, {key, make_date(2026, 2, 2), "bo", VisitMode::remote, ""}), RuleError);
  VisitFilter by_bo;
  by_bo.coach = "bo";
  CHECK(app::list_visits(*p, by_bo).size() == 1);
}

TEST_CASE("course completion and drop end a participant's course once") {
  Programme p;
  std::string key = p.add("Dokka");
  app::enrol_participant(*p, {key, "Kari", std::nullopt, make_date(2026, 2, 2)});
  app::Enrolled second = app::enrol_participant(*p, {key, "Ola", TrainingRole::manager, make_date(2026, 2, 2)});
  CHECK(second.count.participants == 2);
  CHECK(second.count.met());
  app::CourseCount completed = app::end_course(*p, {key, "Kari", app::CourseEnd::completion, make_date(2026, 6, 1)});
  CHECK(completed.completed == 1);
  CHECK_THROWS_AS(app::end_course(*p, {key, "Kari", app::CourseEnd::drop, make_date(2026, 6, 2)}), RuleError);
  app::CourseCount dropped = app::end_course(*p, {key, "Ola", app::CourseEnd::drop, make_date(2026, 6, 2)});
  CHECK(dropped.participants == 1);
  CHECK(dropped.missing() == 1);
  app::Enrolled back = app::enrol_participant(*p, {key, "Ola", std::nullopt, make_date(2026, 7, 1)});
  CHECK(back.dropped_before == make_date(2026, 6, 2));
  CHECK(back.participant.role == TrainingRole::manager);
}

TEST_CASE("attendance names what it replaced") {
  Programme p;
  std::string key = p.add("Dokka");
  app::add_gathering(*p, {"spring", "Spring gathering", make_date(2026, 4, 20), std::nullopt, GatheringKind::joint});
  app::add_gathering(*p, {"later", "Later", make_date(2026, 12, 20), std::nullopt, GatheringKind::joint});
  CHECK_FALSE(app::record_attendance(*p, {"spring", key, 3}).replaced);
  CHECK(app::record_attendance(*p, {"spring", key, 4}).replaced == 3);
  CHECK_THROWS_AS(app::record_attendance(*p, {"later", key, 2}), RuleError);
}

TEST_CASE("remind remembers what it showed only once delivered") {
  Programme p;
  p.add("Dokka");
  app::ReminderQuery query;
  query.as_of = today;
  query.new_only = true;
  query.remember = true;
  std::size_t first_count = 0;
  CHECK_THROWS_AS(app::remind(*p, query, [&](const app::DueReminders& due, app::Reached&) {
                    first_count = due.reminders.size();
                    throw IoError("sendmail failed");
                  }),
                  IoError);
  REQUIRE(first_count > 0);
  std::size_t second_count = 0;
  app::remind(*p, query, [&](const app::DueReminders& due, app::Reached&) { second_count = due.reminders.size(); });
  CHECK(second_count == first_count);
  std::size_t third_count = 1;
  app::remind(*p, query, [&](const app::DueReminders& due, app::Reached&) { third_count = due.reminders.size(); });
  CHECK(third_count == 0);
}

TEST_CASE("remind remembers only the reminders the delivery marked as reached") {
  Programme p;
  p.add("Dokka");
  p.add("Eik");
  app::ReminderQuery query;
  query.as_of = today;
  query.new_only = true;
  query.remember = true;
  std::vector<Reminder> missed;
  app::remind(*p, query, [&](const app::DueReminders& due, app::Reached& reached) {
    REQUIRE(reached.size() == due.reminders.size());
    for (std::size_t i = 0; i < due.reminders.size(); ++i) {
      if (due.reminders[i].company == "eik") {
        reached[i] = false;
        missed.push_back(due.reminders[i]);
      }
    }
  });
  REQUIRE_FALSE(missed.empty());
  std::vector<Reminder> again;
  app::remind(*p, query, [&](const app::DueReminders& due, app::Reached&) { again = due.reminders; });
  REQUIRE(again.size() == missed.size());
  for (std::size_t i = 0; i < again.size(); ++i) {
    CHECK(again[i].company == "eik");
    CHECK(again[i].kind == missed[i].kind);
  }
}

TEST_CASE("all or nothing: use cases inside a batch commit together or not at all") {
  Programme p;
  {
    app::AllOrNothing batch(*p);
    p.add("First");
    p.add("Second");
  }
  CHECK(app::list_companies(*p).empty());
  {
    app::AllOrNothing batch(*p);
    p.add("First");
    batch.commit();
  }
  CHECK(app::list_companies(*p).size() == 1);
}
