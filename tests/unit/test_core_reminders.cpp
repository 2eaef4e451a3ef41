#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "plift/core/reminders.hpp"
#include "plift/core/rules.hpp"

using namespace plift;

// The default programme: vision 10 weeks and pilot 32 weeks with a visit every
// 2 weeks, line 26 weeks without; pulse every 14 days; warn 14 days before a
// phase ends; 7 grace days for visits; holiday weeks 1, 28-31, 52 and 53.
// The company starts on Monday 2026-09-07 (ISO week 37), so phase 1 is planned
// to end on Sunday 2026-11-15 with no holiday week in between.

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

const Date start = ymd(2026, 9, 7);

// A company in phase 1 with a complete steering group, so that only what a
// test plants shows up.
CompanyRecords fresh_company(const Program& program, Date starting = start) {
  CompanyRecords r;
  r.company.key = "brodrene-midthaug-as";
  r.company.name = "Brødrene Midthaug AS";
  r.company.region = "Innlandet";
  r.company.sector = "metal";
  r.company.employees = 40;
  r.company.start = starting;
  r.company.coach = "eva";
  r.history = {enter_phase(program, 0, starting)};
  r.steering = {{r.company.key, "Kari Nord", SteeringRole::management},
                {r.company.key, "Ola Fag", SteeringRole::union_member}};
  return r;
}

void tick_all_but(const Program& program, CompanyRecords& r, std::size_t open_items, Date day) {
  const PhaseDefinition& phase = program.phases[0];
  for (std::size_t i = open_items; i < phase.checklist.size(); ++i) {
    r.ticks.push_back({phase.key, phase.checklist[i].key, day});
  }
}

void add_visit(CompanyRecords& r, Date day) {
  r.visits.push_back({r.company.key, day, std::string("eva"), VisitMode::onsite, std::nullopt});
}

void add_pulse(CompanyRecords& r, Date day) {
  r.pulses.push_back({r.company.key, day, PulseStatus::green, std::nullopt});
}

void add_participant(CompanyRecords& r, const std::string& person, Date enrolled, std::optional<Date> dropped = {}) {
  r.participants.push_back({r.company.key, person, TrainingRole::employee, enrolled, std::nullopt, dropped});
}

// Moves the company from phase 1 to the pilot on `day`.
void advance_to_pilot(const Program& program, CompanyRecords& r, Date day) {
  r.history.front().ended = day;
  r.history.push_back(enter_phase(program, 1, day));
}

// Keeps visits and pulses on rhythm up to `until`, so the cadence rules stay quiet.
void on_rhythm(CompanyRecords& r, Date until) {
  for (Date day = r.company.start + date::days{7}; day <= until; day += date::days{7}) {
    add_visit(r, day);
    add_pulse(r, day);
  }
}

std::vector<Reminder> of_kind(const std::vector<Reminder>& reminders, ReminderKind kind) {
  std::vector<Reminder> found;
  for (const Reminder& r : reminders) {
    if (r.kind == kind) found.push_back(r);
  }
  return found;
}

std::vector<std::string> kinds_of(const std::vector<Reminder>& reminders) {
  std::vector<std::string> kinds;
  for (const Reminder& r : reminders) kinds.push_back(to_string(r.kind));
  return kinds;
}

}  // namespace

TEST_CASE("reminder kinds have names that parse back") {
  CHECK(all_reminder_kinds().size() == 8);
  for (ReminderKind kind : all_reminder_kinds()) CHECK(parse_reminder_kind(to_string(kind)) == kind);
  CHECK(to_string(ReminderKind::steering_incomplete) == "steering-incomplete");
  CHECK_FALSE(parse_reminder_kind("visit").has_value());
  CHECK_FALSE(parse_reminder_kind("").has_value());
}

TEST_CASE("a company on rhythm early in its phase gets no reminders") {
  Program program = default_program();
  CompanyRecords r = fresh_company(program);
  on_rhythm(r, ymd(2026, 10, 12));
  CHECK(reminders_for(program, r, ymd(2026, 10, 13)).empty());
}

TEST_CASE("visit-overdue: the first visit falls due after two coaching weeks and is overdue after the grace days") {
  Program program = default_program();
  CompanyRecords r = fresh_company(program);
  add_pulse(r, ymd(2026, 9, 25));
  // Due 2026-09-20 (14 days from the start); overdue after 7 grace days.
  CHECK(of_kind(reminders_for(program, r, ymd(2026, 9, 27)), ReminderKind::visit_overdue).empty());
  auto found = of_kind(reminders_for(program, r, ymd(2026, 9, 28)), ReminderKind::visit_overdue);
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == ymd(2026, 9, 20));
  CHECK(found[0].days_overdue == 8);
  CHECK(found[0].company == "brodrene-midthaug-as");
  CHECK(found[0].company_name == "Brødrene Midthaug AS");
  CHECK(found[0].coach == "eva");
  CHECK(found[0].message == "No coach visit at Brødrene Midthaug AS yet; the first was due on 2026-09-20.");

  SUBCASE("a visit moves the next due day two weeks on") {
    add_visit(r, ymd(2026, 9, 18));
    CHECK(of_kind(reminders_for(program, r, ymd(2026, 10, 9)), ReminderKind::visit_overdue).empty());
    auto later = of_kind(reminders_for(program, r, ymd(2026, 10, 10)), ReminderKind::visit_overdue);
    REQUIRE(later.size() == 1);
    CHECK(later[0].due == ymd(2026, 10, 2));
    CHECK(later[0].message ==
          "No coach visit at Brødrene Midthaug AS since 2026-09-18; the next was due on 2026-10-02.");
  }
  SUBCASE("a visit after the as-of day does not count yet") {
    add_visit(r, ymd(2026, 10, 1));
    CHECK(of_kind(reminders_for(program, r, ymd(2026, 9, 28)), ReminderKind::visit_overdue).size() == 1);
    CHECK(of_kind(reminders_for(program, r, ymd(2026, 10, 1)), ReminderKind::visit_overdue).empty());
  }
}

TEST_CASE("visit-overdue: none in a phase without visits") {
  Program program = default_program();
  CompanyRecords r = fresh_company(program);
  r.history = {enter_phase(program, 2, start)};
  CHECK(of_kind(reminders_for(program, r, ymd(2026, 11, 2)), ReminderKind::visit_overdue).empty());
}

TEST_CASE("phase-ending: from warn_days before the planned end, upcoming with negative days_overdue") {
  Program program = default_program();
  CompanyRecords r = fresh_company(program);
  tick_all_but(program, r, 0, ymd(2026, 10, 1));
  on_rhythm(r, ymd(2026, 11, 30));
  REQUIRE(r.history.front().planned_end == ymd(2026, 11, 15));

  CHECK(reminders_for(program, r, ymd(2026, 10, 31)).empty());
  auto first = reminders_for(program, r, ymd(2026, 11, 1));
  REQUIRE(first.size() == 1);
  CHECK(first[0].kind == ReminderKind::phase_ending);
  CHECK(first[0].due == ymd(2026, 11, 15));
  CHECK(first[0].days_overdue == -14);
  CHECK(first[0].message ==
        "Phase Shared vision and driving force at Brødrene Midthaug AS is planned to end on 2026-11-15, in 14 days.");

  auto tomorrow = reminders_for(program, r, ymd(2026, 11, 14));
  REQUIRE(tomorrow.size() == 1);
  CHECK(tomorrow[0].message ==
        "Phase Shared vision and driving force at Brødrene Midthaug AS is planned to end tomorrow, 2026-11-15.");
  auto today = reminders_for(program, r, ymd(2026, 11, 15));
  REQUIRE(today.size() == 1);
  CHECK(today[0].days_overdue == 0);
  CHECK(today[0].message ==
        "Phase Shared vision and driving force at Brødrene Midthaug AS is planned to end today, 2026-11-15.");
}

TEST_CASE("phase-overdue: from the day after the planned end") {
  Program program = default_program();
  CompanyRecords r = fresh_company(program);
  tick_all_but(program, r, 0, ymd(2026, 10, 1));
  on_rhythm(r, ymd(2026, 12, 31));
  auto one_day = reminders_for(program, r, ymd(2026, 11, 16));
  REQUIRE(one_day.size() == 1);
  CHECK(one_day[0].kind == ReminderKind::phase_overdue);
  CHECK(one_day[0].due == ymd(2026, 11, 15));
  CHECK(one_day[0].days_overdue == 1);
  CHECK(one_day[0].message ==
        "Brødrene Midthaug AS is 1 day past the planned end of phase Shared vision and driving force (2026-11-15).");
  auto later = reminders_for(program, r, ymd(2026, 11, 25));
  REQUIRE(later.size() == 1);
  CHECK(later[0].days_overdue == 10);
  CHECK(later[0].message ==
        "Brødrene Midthaug AS is 10 days past the planned end of phase Shared vision and driving force (2026-11-15).");

  SUBCASE("advancing ends it") {
    advance_to_pilot(program, r, ymd(2026, 11, 20));
    add_participant(r, "Anna", ymd(2026, 10, 1));
    add_participant(r, "Bo", ymd(2026, 10, 1));
    CHECK(reminders_for(program, r, ymd(2026, 11, 25)).empty());
    SUBCASE("while as of a day before the advance, the company was still overdue in phase 1") {
      auto before = reminders_for(program, r, ymd(2026, 11, 18));
      REQUIRE(before.size() == 1);
      CHECK(before[0].kind == ReminderKind::phase_overdue);
      CHECK(before[0].days_overdue == 3);
    }
  }
}

TEST_CASE("checklist-open: open items when the phase ends within warn_days or is past its end") {
  Program program = default_program();
  CompanyRecords r = fresh_company(program);
  on_rhythm(r, ymd(2026, 12, 31));
  tick_all_but(program, r, 2, ymd(2026, 10, 1));

  CHECK(of_kind(reminders_for(program, r, ymd(2026, 10, 31)), ReminderKind::checklist_open).empty());
  auto found = of_kind(reminders_for(program, r, ymd(2026, 11, 1)), ReminderKind::checklist_open);
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == ymd(2026, 11, 15));
  CHECK(found[0].days_overdue == -14);
  CHECK(found[0].message ==
        "2 checklist items of phase Shared vision and driving force are still open at Brødrene Midthaug AS "
        "(planned end 2026-11-15): Describe challenges, ambitions and key figures, Investigate customer needs and "
        "expectations.");
  auto past = of_kind(reminders_for(program, r, ymd(2026, 11, 20)), ReminderKind::checklist_open);
  REQUIRE(past.size() == 1);
  CHECK(past[0].days_overdue == 5);

  SUBCASE("one item left") {
    r.ticks.push_back({"vision", "challenges", ymd(2026, 11, 3)});
    CHECK(of_kind(reminders_for(program, r, ymd(2026, 11, 2)), ReminderKind::checklist_open).size() == 1);
    auto one = of_kind(reminders_for(program, r, ymd(2026, 11, 3)), ReminderKind::checklist_open);
    REQUIRE(one.size() == 1);
    CHECK(one[0].message ==
          "1 checklist item of phase Shared vision and driving force is still open at Brødrene Midthaug AS "
          "(planned end 2026-11-15): Investigate customer needs and expectations.");
  }
  SUBCASE("all ticked") {
    tick_all_but(program, r, 0, ymd(2026, 11, 3));
    CHECK(of_kind(reminders_for(program, r, ymd(2026, 11, 5)), ReminderKind::checklist_open).empty());
  }
}

TEST_CASE("pulse-missing: every_days coaching days after the last pulse, holiday weeks not counted") {
  Program program = default_program();
  CompanyRecords r = fresh_company(program);
  add_visit(r, ymd(2026, 9, 14));
  // No pulse yet: the first falls due 14 days into the journey.
  CHECK(of_kind(reminders_for(program, r, ymd(2026, 9, 20)), ReminderKind::pulse_missing).empty());
  auto first = of_kind(reminders_for(program, r, ymd(2026, 9, 21)), ReminderKind::pulse_missing);
  REQUIRE(first.size() == 1);
  CHECK(first[0].due == ymd(2026, 9, 20));
  CHECK(first[0].days_overdue == 1);
  CHECK(first[0].message == "No pulse meeting logged at Brødrene Midthaug AS yet; the first was due on 2026-09-20.");

  add_pulse(r, ymd(2026, 10, 1));
  CHECK(of_kind(reminders_for(program, r, ymd(2026, 10, 15)), ReminderKind::pulse_missing).empty());
  auto next = of_kind(reminders_for(program, r, ymd(2026, 10, 16)), ReminderKind::pulse_missing);
  REQUIRE(next.size() == 1);
  CHECK(next[0].due == ymd(2026, 10, 15));
  CHECK(next[0].message ==
        "No pulse meeting logged at Brødrene Midthaug AS since 2026-10-01; the next was due on 2026-10-15.");

  SUBCASE("across Christmas: weeks 52 and 53 of 2026 and week 1 of 2027 are holidays") {
    add_pulse(r, ymd(2026, 12, 18));
    // 2 days of week 51, then 12 from Monday 2027-01-11 on.
    CHECK(of_kind(reminders_for(program, r, ymd(2027, 1, 22)), ReminderKind::pulse_missing).empty());
    auto after = of_kind(reminders_for(program, r, ymd(2027, 1, 23)), ReminderKind::pulse_missing);
    REQUIRE(after.size() == 1);
    CHECK(after[0].due == ymd(2027, 1, 22));
  }
}

TEST_CASE("training-quota: once phase 1 is over with fewer participants than min_per_company") {
  Program program = default_program();
  CompanyRecords r = fresh_company(program);
  tick_all_but(program, r, 0, ymd(2026, 10, 1));
  on_rhythm(r, ymd(2026, 12, 31));
  add_participant(r, "Anna Svets", ymd(2026, 9, 10));
  add_participant(r, "Bo Bult", ymd(2026, 9, 10), ymd(2026, 10, 20));
  CHECK(of_kind(reminders_for(program, r, ymd(2026, 11, 10)), ReminderKind::training_quota).empty());

  advance_to_pilot(program, r, ymd(2026, 11, 16));
  CHECK(of_kind(reminders_for(program, r, ymd(2026, 11, 15)), ReminderKind::training_quota).empty());
  auto found = of_kind(reminders_for(program, r, ymd(2026, 11, 18)), ReminderKind::training_quota);
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == ymd(2026, 11, 16));
  CHECK(found[0].days_overdue == 2);
  CHECK(found[0].message == "Brødrene Midthaug AS has 1 of the 2 Lean-course participants the programme asks for.");

  add_participant(r, "Cia Ek", ymd(2026, 11, 20));
  CHECK(of_kind(reminders_for(program, r, ymd(2026, 11, 19)), ReminderKind::training_quota).size() == 1);
  CHECK(of_kind(reminders_for(program, r, ymd(2026, 11, 20)), ReminderKind::training_quota).empty());
}

TEST_CASE("gathering-behind: due the first day the journey called for more joint gatherings than attended") {
  Program program = default_program();
  Date started = ymd(2026, 1, 5);
  CompanyRecords r = fresh_company(program, started);
  r.history.clear();
  r.history.push_back(enter_phase(program, 0, started));
  advance_to_pilot(program, r, ymd(2026, 3, 16));

  Date shortfall = started;
  while (expected_gatherings(program, r.company, shortfall) == 0) shortfall += date::days{1};
  auto found = of_kind(reminders_for(program, r, shortfall), ReminderKind::gathering_behind);
  REQUIRE(found.size() == 1);
  CHECK(found[0].due == shortfall);
  CHECK(found[0].days_overdue == 0);
  CHECK(found[0].message ==
        "Brødrene Midthaug AS has attended 0 of 3 joint gatherings; 1 should have been attended by now.");
  CHECK(of_kind(reminders_for(program, r, shortfall - date::days{1}), ReminderKind::gathering_behind).empty());

  SUBCASE("a joint gathering attended before then clears it; a seminar does not") {
    Gathering seminar{"seminar-1",  "Lean seminar",         started + date::days{30},
                      std::nullopt, GatheringKind::seminar, {Attendance{r.company.key, std::nullopt, 2}}};
    r.gatherings.push_back(seminar);
    CHECK(of_kind(reminders_for(program, r, shortfall), ReminderKind::gathering_behind).size() == 1);
    Gathering joint = seminar;
    joint.key = "joint-1";
    joint.kind = GatheringKind::joint;
    r.gatherings.push_back(joint);
    CHECK(of_kind(reminders_for(program, r, shortfall), ReminderKind::gathering_behind).empty());
  }
}

TEST_CASE("steering-incomplete: management or union missing, due on the start") {
  Program program = default_program();
  CompanyRecords r = fresh_company(program);
  on_rhythm(r, ymd(2026, 10, 12));
  r.steering = {};
  auto none = reminders_for(program, r, ymd(2026, 10, 13));
  REQUIRE(none.size() == 1);
  CHECK(none[0].kind == ReminderKind::steering_incomplete);
  CHECK(none[0].due == start);
  CHECK(none[0].days_overdue == 36);
  CHECK(none[0].message == "The steering group at Brødrene Midthaug AS has no management or union representative.");

  r.steering = {{r.company.key, "Kari Nord", SteeringRole::management}, {r.company.key, "Per", SteeringRole::employee}};
  auto union_missing = reminders_for(program, r, ymd(2026, 10, 13));
  REQUIRE(union_missing.size() == 1);
  CHECK(union_missing[0].message == "The steering group at Brødrene Midthaug AS has no union representative.");

  r.steering = {{r.company.key, "Ola Fag", SteeringRole::union_member}};
  auto management_missing = reminders_for(program, r, ymd(2026, 10, 13));
  REQUIRE(management_missing.size() == 1);
  CHECK(management_missing[0].message ==
        "The steering group at Brødrene Midthaug AS has no management representative.");
}

TEST_CASE("planned, completed and withdrawn companies get no reminders") {
  Program program = default_program();
  CompanyRecords r = fresh_company(program);
  r.steering = {};
  Date later = ymd(2026, 12, 1);
  REQUIRE_FALSE(reminders_for(program, r, later).empty());

  SUBCASE("planned: before the start") { CHECK(reminders_for(program, r, start - date::days{1}).empty()); }
  SUBCASE("completed") {
    r.company.completed = ymd(2026, 11, 20);
    CHECK(reminders_for(program, r, later).empty());
  }
  SUBCASE("withdrawn") {
    r.company.withdrawn = ymd(2026, 11, 20);
    r.company.withdraw_reason = "sold";
    CHECK(reminders_for(program, r, later).empty());
    CHECK_FALSE(reminders_for(program, r, ymd(2026, 11, 19)).empty());
  }
}

TEST_CASE("messages in Swedish and Norwegian keep the Nordic letters") {
  Program program = default_program();
  CompanyRecords r = fresh_company(program);
  r.company.name = "Plåt & Svets i Ödeshög AB";
  r.steering = {};
  tick_all_but(program, r, 1, ymd(2026, 10, 1));
  Date day = ymd(2026, 11, 16);

  SUBCASE("sv") {
    program.language = Language::sv;
    auto all = reminders_for(program, r, day);
    sort_reminders(all);
    REQUIRE(all.size() == 5);
    CHECK(all[0].message == "Styrgruppen hos Plåt & Svets i Ödeshög AB saknar representant för ledningen och facket.");
    CHECK(of_kind(all, ReminderKind::visit_overdue)[0].message ==
          "Inget coachbesök hos Plåt & Svets i Ödeshög AB ännu; det första skulle ha skett senast 2026-09-20.");
    CHECK(of_kind(all, ReminderKind::pulse_missing)[0].message ==
          "Inget pulsmöte registrerat hos Plåt & Svets i Ödeshög AB ännu; det första skulle ha hållits senast "
          "2026-09-20.");
    CHECK(of_kind(all, ReminderKind::phase_overdue)[0].message ==
          "Plåt & Svets i Ödeshög AB är 1 dag efter planerat slut för fasen Shared vision and driving force "
          "(2026-11-15).");
    CHECK(of_kind(all, ReminderKind::checklist_open)[0].message ==
          "1 punkt på checklistan för fasen Shared vision and driving force är fortfarande öppen hos Plåt & Svets i "
          "Ödeshög AB (planerat slut 2026-11-15): Describe challenges, ambitions and key figures.");
  }
  SUBCASE("nb") {
    program.language = Language::nb;
    r.company.name = "Brødrene Ærø & Søn AS";
    auto all = reminders_for(program, r, day);
    REQUIRE(all.size() == 5);
    CHECK(of_kind(all, ReminderKind::steering_incomplete)[0].message ==
          "Styringsgruppen hos Brødrene Ærø & Søn AS mangler representant for ledelsen og fagforeningen.");
    CHECK(of_kind(all, ReminderKind::visit_overdue)[0].message ==
          "Ingen coachbesøk hos Brødrene Ærø & Søn AS ennå; det første skulle vært gjennomført innen 2026-09-20.");
    CHECK(of_kind(all, ReminderKind::pulse_missing)[0].message ==
          "Ingen pulsmøter registrert hos Brødrene Ærø & Søn AS ennå; det første skulle vært holdt innen 2026-09-20.");
    CHECK(of_kind(all, ReminderKind::phase_overdue)[0].message ==
          "Brødrene Ærø & Søn AS er 1 dag på overtid i fasen Shared vision and driving force (planlagt slutt "
          "2026-11-15).");
  }
}

TEST_CASE("sort_reminders: most overdue first, then by company and kind") {
  Program program = default_program();
  std::vector<Reminder> reminders = {
      {ReminderKind::pulse_missing, "b", "B", std::nullopt, ymd(2026, 11, 1), 15, ""},
      {ReminderKind::phase_ending, "a", "A", std::nullopt, ymd(2026, 11, 30), -14, ""},
      {ReminderKind::visit_overdue, "b", "B", std::nullopt, ymd(2026, 11, 1), 15, ""},
      {ReminderKind::steering_incomplete, "c", "C", std::nullopt, ymd(2026, 9, 1), 76, ""},
      {ReminderKind::pulse_missing, "a", "A", std::nullopt, ymd(2026, 11, 1), 15, ""},
  };
  sort_reminders(reminders);
  std::vector<std::string> order;
  for (const Reminder& r : reminders) order.push_back(r.company + " " + to_string(r.kind));
  CHECK(order == std::vector<std::string>{"c steering-incomplete", "a pulse-missing", "b visit-overdue",
                                          "b pulse-missing", "a phase-ending"});
}

TEST_CASE("every kind at once, in the order sort_reminders gives") {
  Program program = default_program();
  CompanyRecords r = fresh_company(program, ymd(2026, 1, 5));
  r.steering = {};
  auto all = reminders_for(program, r, ymd(2026, 11, 16));
  sort_reminders(all);
  CHECK(kinds_of(all) == std::vector<std::string>{"steering-incomplete", "visit-overdue", "pulse-missing",
                                                  "phase-overdue", "checklist-open", "gathering-behind"});
}
