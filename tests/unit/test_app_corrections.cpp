// Correcting records by id (app/corrections.hpp) and removing a company
// enrolled by mistake, on an in-memory database, on fixed dates.
#include <doctest/doctest.h>

#include "plift/app/coach.hpp"
#include "plift/app/company.hpp"
#include "plift/app/corrections.hpp"
#include "plift/app/journey_events.hpp"
#include "plift/app/listings.hpp"
#include "plift/app/session.hpp"
#include "plift/core/error.hpp"
#include "plift/core/text.hpp"

using namespace plift;

namespace {

const Date start = make_date(2026, 9, 7);
const Date today = make_date(2026, 11, 16);

struct Programme {
  Program program = default_program();
  std::unique_ptr<app::Session> session = app::Session::in_memory(program, {today, true});
  std::string acme;

  Programme() {
    app::add_coach(*session, {"anna", "Anna Berg", "RISE", std::nullopt, std::nullopt});
    app::add_coach(*session, {"bo", "Bo Ek", "RISE", std::nullopt, std::nullopt});
    acme = app::add_company(*session, {"", "Acme AB", "Innlandet", "metal", 40, start, std::nullopt, "anna"});
  }
  app::Session& operator*() { return *session; }
  std::vector<Pulse> pulses() { return app::list_pulses(*session, {}); }
};

}  // namespace

TEST_CASE("a pulse edit changes the fields given and keeps the id; a second pulse on a day is refused") {
  Programme p;
  app::log_pulse(*p, {p.acme, PulseStatus::green, make_date(2026, 11, 9), std::nullopt});
  app::log_pulse(*p, {p.acme, PulseStatus::yellow, make_date(2026, 11, 16), std::nullopt});
  CHECK_THROWS_AS(app::log_pulse(*p, {p.acme, PulseStatus::red, make_date(2026, 11, 9), std::nullopt}), RuleError);
  std::vector<Pulse> before = p.pulses();
  REQUIRE(before.size() == 2);
  std::int64_t first = before[0].id;

  auto edited = app::edit_pulse(*p, {first, std::nullopt, PulseStatus::red, std::string("Leveranser")});
  CHECK(edited.before.status == PulseStatus::green);
  CHECK(edited.after.status == PulseStatus::red);
  CHECK(edited.after.note == "Leveranser");
  CHECK(edited.after.date == make_date(2026, 11, 9));
  CHECK(p.pulses()[0].id == first);

  // Onto the other's day, into the future, before the start: refused, nothing changed.
  CHECK_THROWS_AS(app::edit_pulse(*p, {first, make_date(2026, 11, 16), std::nullopt, std::nullopt}), RuleError);
  CHECK_THROWS_AS(app::edit_pulse(*p, {first, make_date(2026, 11, 17), std::nullopt, std::nullopt}), RuleError);
  CHECK_THROWS_AS(app::edit_pulse(*p, {first, make_date(2026, 9, 6), std::nullopt, std::nullopt}), RuleError);
  CHECK(p.pulses()[0].date == make_date(2026, 11, 9));

  // "" clears the note.
  CHECK_FALSE(app::edit_pulse(*p, {first, std::nullopt, std::nullopt, std::string()}).after.note);
  CHECK_THROWS_WITH_AS(app::edit_pulse(*p, {999, std::nullopt, PulseStatus::red, std::nullopt}),
                       "no pulse meeting with id 999 (the ids are shown first in the listings)", RuleError);
}

TEST_CASE("a visit edit re-checks the coach and the visit already logged") {
  Programme p;
  app::log_visit(*p, {p.acme, make_date(2026, 9, 22), std::nullopt, VisitMode::onsite, std::nullopt});
  app::log_visit(*p, {p.acme, make_date(2026, 10, 6), std::string("bo"), VisitMode::remote, std::nullopt});
  std::vector<Visit> visits = app::list_visits(*p, {});
  REQUIRE(visits.size() == 2);
  CHECK_THROWS_AS(app::edit_visit(*p, {visits[0].id, std::nullopt, std::string("nobody"), std::nullopt, std::nullopt}),
                  RuleError);
  // Anna on Bo's day is a different visit; Bo on his own day again is not.
  auto moved = app::edit_visit(*p, {visits[0].id, make_date(2026, 10, 6), std::nullopt, std::nullopt, std::nullopt});
  CHECK(moved.after.coach == "anna");
  CHECK_THROWS_AS(app::edit_visit(*p, {visits[0].id, std::nullopt, std::string("bo"), std::nullopt, std::nullopt}),
                  RuleError);
}

TEST_CASE("course participants: names normalised, matched without regard to case, dates checked") {
  Programme p;
  app::enrol_participant(*p, {p.acme, "Ola  Nordmann ", std::nullopt, make_date(2026, 9, 14)});
  CHECK_THROWS_AS(app::enrol_participant(*p, {p.acme, "ola nordmann", std::nullopt, make_date(2026, 9, 15)}),
                  RuleError);
  app::enrol_participant(*p, {p.acme, "Kari Berg", std::nullopt, make_date(2026, 9, 14)});
  std::vector<TrainingParticipant> participants = app::list_participants(*p, p.acme);
  REQUIRE(participants.size() == 2);
  const TrainingParticipant& ola = participants[1].person == "Ola Nordmann" ? participants[1] : participants[0];
  const TrainingParticipant& kari = participants[1].person == "Kari Berg" ? participants[1] : participants[0];
  CHECK(ola.person == "Ola Nordmann");
  // Completing by another spelling reaches the same person.
  app::end_course(*p, {p.acme, "OLA NORDMANN", app::CourseEnd::completion, make_date(2026, 11, 2)});

  app::ParticipantEdit rename;
  rename.id = kari.id;
  rename.person = "ola  NORDMANN";
  CHECK_THROWS_AS(app::edit_participant(*p, rename), RuleError);
  app::ParticipantEdit both;
  both.id = ola.id;
  both.dropped = std::optional<Date>(make_date(2026, 11, 3));
  CHECK_THROWS_AS(app::edit_participant(*p, both), RuleError);
  both.completed = std::optional<Date>();
  auto edited = app::edit_participant(*p, both);
  CHECK_FALSE(edited.after.completed);
  CHECK(edited.after.dropped == make_date(2026, 11, 3));
  app::ParticipantEdit early;
  early.id = kari.id;
  early.completed = std::optional<Date>(make_date(2026, 9, 13));
  CHECK_THROWS_AS(app::edit_participant(*p, early), RuleError);
}

TEST_CASE("key figures and assessments: no second value or assessment where one is allowed") {
  Programme p;
  app::record_kpi(*p, {p.acme, "lead-time", 875, make_date(2026, 9, 7)});
  app::record_kpi(*p, {p.acme, "lead-time", 80, make_date(2026, 11, 2)});
  std::vector<KpiValue> values = app::list_kpi_values(*p, p.acme);
  REQUIRE(values.size() == 2);
  CHECK(app::edit_kpi_value(*p, {values[0].id, std::nullopt, 87.5, std::nullopt}).after.value == 87.5);
  CHECK_THROWS_AS(app::edit_kpi_value(*p, {values[1].id, std::nullopt, std::nullopt, make_date(2026, 9, 7)}),
                  RuleError);
  CHECK_THROWS_AS(app::edit_kpi_value(*p, {values[1].id, std::string("nonsense"), std::nullopt, std::nullopt}),
                  RuleError);

  std::map<std::string, int> scores;
  for (const std::string& dimension : p.program.assessment_dimensions) scores[dimension] = 2;
  app::record_assessment(*p, p.acme, make_date(2026, 9, 10), scores);
  app::record_assessment(*p, p.acme, make_date(2026, 10, 10), scores);
  std::vector<Assessment> assessments = app::list_assessments(*p, p.acme);
  REQUIRE(assessments.size() == 2);
  CHECK(assessments[0].id != assessments[1].id);
  const std::string& dimension = p.program.assessment_dimensions.front();
  auto edited = app::edit_assessment(*p, {assessments[0].id, make_date(2026, 9, 11), {{dimension, 4}}});
  CHECK(edited.after.scores.at(dimension) == 4);
  CHECK(edited.after.scores.size() == scores.size());
  CHECK_THROWS_AS(app::edit_assessment(*p, {assessments[0].id, make_date(2026, 10, 10), {}}), RuleError);

  // A removed assessment's id is never given again.
  std::int64_t newest = assessments[1].id;
  app::remove_record(*p, RecordKind::assessment, newest);
  app::record_assessment(*p, p.acme, make_date(2026, 11, 10), scores);
  CHECK(app::list_assessments(*p, p.acme).back().id > newest);
}

TEST_CASE("remove takes one record by id; an unknown id names the kind") {
  Programme p;
  app::add_steering_member(*p, p.acme, " Eva   Lund", SteeringRole::management);
  std::vector<SteeringMember> group = app::steering_group(*p, p.acme);
  REQUIRE(group.size() == 1);
  CHECK(group[0].person == "Eva Lund");
  app::Removed removed = app::remove_record(*p, RecordKind::steering_member, group[0].id);
  CHECK(removed.company == p.acme);
  CHECK(app::steering_group(*p, p.acme).empty());
  CHECK_THROWS_WITH_AS(app::remove_record(*p, RecordKind::steering_member, group[0].id),
                       doctest::Contains("no steering-group member with id"), RuleError);
}

TEST_CASE("company remove: refused while records exist, unless with them") {
  Programme p;
  std::string empty = app::add_company(*p, {"", "Fel AB", "Innlandet", "metal", 5, start, std::nullopt, std::nullopt});
  CHECK(app::remove_company(*p, empty, false).empty());
  app::log_pulse(*p, {p.acme, PulseStatus::green, make_date(2026, 11, 9), std::nullopt});
  CHECK_THROWS_AS(app::remove_company(*p, p.acme, false), RuleError);
  CHECK(app::list_companies(*p).size() == 1);
  auto removed = app::remove_company(*p, p.acme, true);
  REQUIRE(removed.size() == 1);
  CHECK(removed[0] == std::pair<std::string, std::int64_t>{"pulse meetings", 1});
  CHECK(app::list_companies(*p).empty());
  CHECK(p.pulses().empty());
}

TEST_CASE("person names: blanks tidied, case folded for Nordic letters") {
  CHECK(normalize_person_name("  Ola \t Nordmann  ") == "Ola Nordmann");
  CHECK(same_person_name("ÅSA ØVREBØ", "åsa øvrebø"));
  CHECK(same_person_name("Łukasz Żak", "łukasz żak"));
  CHECK_FALSE(same_person_name("Åsa", "Asa"));
  CHECK_FALSE(same_person_name("Ola Nordmann", "Ola Nordman"));
}
