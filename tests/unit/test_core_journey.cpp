#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "plift/core/error.hpp"
#include "plift/core/journey.hpp"
#include "plift/core/program.hpp"

using namespace plift;

namespace {

Date ymd(int y, unsigned m, unsigned d) { return make_date(y, m, d); }

Company company_starting(Date start) {
  Company c;
  c.key = "furnes-jernstoperi";
  c.name = "Furnes Jernstøperi";
  c.start = start;
  return c;
}

std::vector<std::string> keys_of(const std::vector<ChecklistItem>& items) {
  std::vector<std::string> keys;
  for (const auto& item : items) keys.push_back(item.key);
  return keys;
}

}  // namespace

TEST_CASE("enum names round-trip") {
  for (auto s : {CompanyStatus::planned, CompanyStatus::active, CompanyStatus::completed,
                 CompanyStatus::withdrawn})
    CHECK(parse_company_status(to_string(s)) == s);
  for (auto s : {PulseStatus::green, PulseStatus::yellow, PulseStatus::red})
    CHECK(parse_pulse_status(to_string(s)) == s);
  for (auto l : {Language::en, Language::sv, Language::nb}) CHECK(parse_language(to_string(l)) == l);
  for (auto b : {Better::higher, Better::lower}) CHECK(parse_better(to_string(b)) == b);

  CHECK(to_string(CompanyStatus::withdrawn) == "withdrawn");
  CHECK(to_string(PulseStatus::yellow) == "yellow");
  CHECK(to_string(Language::nb) == "nb");
  CHECK(to_string(Better::lower) == "lower");
  CHECK_FALSE(parse_company_status("Active"));
  CHECK_FALSE(parse_pulse_status("amber"));
  CHECK_FALSE(parse_language("no"));
  CHECK_FALSE(parse_better(""));
}

TEST_CASE("default_program is the Lean production programme") {
  Program p = default_program();
  CHECK(p.name == "Lean production programme");
  CHECK(p.language == Language::en);
  CHECK(p.holiday_weeks == std::vector<unsigned>{1, 28, 29, 30, 31, 52, 53});
  CHECK(p.regions.empty());
  REQUIRE(p.phases.size() == 3);
  CHECK(p.phases[0].key == "vision");
  CHECK(p.phases[0].name == "Shared vision and driving force");
  CHECK(p.phases[0].weeks == 10);
  CHECK(p.phases[0].visit_every_weeks == 2);
  CHECK(keys_of(p.phases[0].checklist) ==
        std::vector<std::string>{"challenges", "customer-needs", "employee-attitudes",
                                 "lean-status", "pulse-rhythm", "guiding-principles",
                                 "organise-phase-2"});
  CHECK(p.phases[1].key == "pilot");
  CHECK(p.phases[1].weeks == 32);
  CHECK(keys_of(p.phases[1].checklist) ==
        std::vector<std::string>{"pilot-areas", "improvement-tools"});
  CHECK(p.phases[2].key == "line");
  CHECK(p.phases[2].weeks == 26);
  CHECK(p.phases[2].visit_every_weeks == 0);
  CHECK(p.total_weeks() == 68);
  CHECK(p.training_course == "Lean production, 7.5 credits");
  CHECK(p.training_min_per_company == 2);
  CHECK(p.gatherings_per_company == 3);
  CHECK(p.pulse_every_days == 14);
  CHECK(p.reminder_warn_days == 14);
  CHECK(p.reminder_visit_grace_days == 7);
  CHECK(p.reminder_mail_from.empty());
  REQUIRE(p.kpis.size() == 5);
  CHECK(p.kpis[1].key == "lead-time");
  CHECK(p.kpis[1].unit == "days");
  CHECK(p.kpis[1].better == Better::lower);
  CHECK(p.assessment_dimensions.size() == 7);
  CHECK(p.assessment_scale_min == 1);
  CHECK(p.assessment_scale_max == 5);
}

TEST_CASE("Program lookups") {
  Program p = default_program();
  CHECK(p.phase_index("vision") == 0u);
  CHECK(p.phase_index("line") == 2u);
  CHECK_FALSE(p.phase_index("Pilot"));
  REQUIRE(p.find_kpi("scrap"));
  CHECK(p.find_kpi("scrap")->name == "Scrap rate");
  CHECK(p.find_kpi("oee") == nullptr);
  REQUIRE(p.phases[0].find_item("lean-status"));
  CHECK(p.phases[0].find_item("lean-status")->title == "Map Lean status");
  CHECK(p.phases[0].find_item("pilot-areas") == nullptr);
}

TEST_CASE("Program::match_region") {
  Program p = default_program();
  SUBCASE("with no regions configured any non-empty text is accepted as given") {
    CHECK(p.match_region("Gotland") == "Gotland");
    CHECK_FALSE(p.match_region(""));
  }
  SUBCASE("configured regions match case-insensitively or by key form") {
    p.regions = {"Övre Norrland", "Stockholm", "Västra Götaland"};
    CHECK(p.match_region("Stockholm") == "Stockholm");
    CHECK(p.match_region("STOCKHOLM") == "Stockholm");
    CHECK(p.match_region("ovre-norrland") == "Övre Norrland");
    CHECK(p.match_region("ÖVRE NORRLAND") == "Övre Norrland");
    CHECK(p.match_region("vastra gotaland") == "Västra Götaland");
    CHECK_FALSE(p.match_region("Gotland"));
    CHECK_FALSE(p.match_region("Stockholm län"));
    CHECK_FALSE(p.match_region(""));
    CHECK_FALSE(p.match_region("!!!"));
  }
}

TEST_CASE("status_on") {
  Company c = company_starting(ymd(2026, 3, 2));
  CHECK(status_on(c, ymd(2026, 3, 1)) == CompanyStatus::planned);
  CHECK(status_on(c, ymd(2026, 3, 2)) == CompanyStatus::active);
  CHECK(status_on(c, ymd(2027, 9, 1)) == CompanyStatus::active);

  SUBCASE("completed from its completion day on") {
    c.completed = ymd(2027, 8, 31);
    CHECK(status_on(c, ymd(2027, 8, 30)) == CompanyStatus::active);
    CHECK(status_on(c, ymd(2027, 8, 31)) == CompanyStatus::completed);
    CHECK(status_on(c, ymd(2028, 1, 1)) == CompanyStatus::completed);
  }
  SUBCASE("withdrawn from its withdrawal day on") {
    c.withdrawn = ymd(2026, 10, 15);
    c.withdraw_reason = "ownership change";
    CHECK(status_on(c, ymd(2026, 10, 14)) == CompanyStatus::active);
    CHECK(status_on(c, ymd(2026, 10, 15)) == CompanyStatus::withdrawn);
  }
  SUBCASE("withdrawal outranks completion") {
    c.completed = ymd(2027, 8, 31);
    c.withdrawn = ymd(2027, 8, 31);
    CHECK(status_on(c, ymd(2027, 8, 31)) == CompanyStatus::withdrawn);
  }
  SUBCASE("withdrawn before it started") {
    c.withdrawn = ymd(2026, 2, 1);
    CHECK(status_on(c, ymd(2026, 1, 31)) == CompanyStatus::planned);
    CHECK(status_on(c, ymd(2026, 2, 1)) == CompanyStatus::withdrawn);
  }
}

TEST_CASE("current_phase is the last record without an end") {
  std::vector<PhaseRecord> history;
  CHECK(current_phase(history) == nullptr);

  history.push_back({"vision", ymd(2026, 1, 5), ymd(2026, 3, 16), ymd(2026, 3, 15), std::nullopt});
  CHECK(current_phase(history) == nullptr);

  history.push_back({"pilot", ymd(2026, 3, 16), std::nullopt, ymd(2026, 11, 22), std::nullopt});
  REQUIRE(current_phase(history));
  CHECK(current_phase(history)->phase == "pilot");
  CHECK(current_phase(history) == &history[1]);
}

TEST_CASE("open_checklist_items") {
  const PhaseDefinition vision = default_program().phases[0];
  std::vector<ChecklistTick> ticks;
  CHECK(open_checklist_items(vision, ticks).size() == 7);

  ticks = {{"vision", "lean-status", ymd(2026, 2, 1)},
           {"vision", "challenges", ymd(2026, 1, 20)},
           {"pilot", "customer-needs", ymd(2026, 4, 1)},  // another phase's tick does not count
           {"vision", "no-such-item", ymd(2026, 2, 2)}};
  CHECK(keys_of(open_checklist_items(vision, ticks)) ==
        std::vector<std::string>{"customer-needs", "employee-attitudes", "pulse-rhythm",
                                 "guiding-principles", "organise-phase-2"});

  for (const auto& item : vision.checklist) ticks.push_back({"vision", item.key, ymd(2026, 3, 1)});
  CHECK(open_checklist_items(vision, ticks).empty());

  CHECK(open_checklist_items(PhaseDefinition{}, ticks).empty());
}

TEST_CASE("enter_phase plans the end around the default holiday weeks") {
  Program p = default_program();

  PhaseRecord vision = enter_phase(p, 0, ymd(2026, 1, 5));
  CHECK(vision.phase == "vision");
  CHECK(vision.started == ymd(2026, 1, 5));
  CHECK_FALSE(vision.ended);
  CHECK_FALSE(vision.forced_reason);
  CHECK(vision.planned_end == ymd(2026, 3, 15));

  // 32 weeks from week 12 run into the summer weeks 28-31.
  CHECK(enter_phase(p, 1, ymd(2026, 3, 16)).planned_end == ymd(2026, 11, 22));

  // 26 weeks from week 48 run over Christmas: 2026-W52, W53 and 2027-W01.
  CHECK(enter_phase(p, 2, ymd(2026, 11, 23)).planned_end == ymd(2027, 6, 13));

  CHECK_THROWS_AS(enter_phase(p, 3, ymd(2026, 1, 5)), InternalError);
}

TEST_CASE("within_journey") {
  Company c = company_starting(ymd(2026, 3, 2));
  CHECK_FALSE(within_journey(c, ymd(2026, 3, 1)));
  CHECK(within_journey(c, ymd(2026, 3, 2)));
  CHECK(within_journey(c, ymd(2030, 1, 1)));

  c.completed = ymd(2027, 8, 31);
  CHECK(within_journey(c, ymd(2027, 8, 31)));
  CHECK_FALSE(within_journey(c, ymd(2027, 9, 1)));

  c.completed.reset();
  c.withdrawn = ymd(2026, 10, 15);
  CHECK(within_journey(c, ymd(2026, 10, 15)));
  CHECK_FALSE(within_journey(c, ymd(2026, 10, 16)));
}
