// The templates `plift init` writes load back into the programmes they describe.

#include <doctest/doctest.h>

#include <string>

#include "plift/config/config.hpp"

using plift::config::Config;
using plift::config::Template;

namespace {

Config load_template(Template t) {
  plift::config::Inputs inputs;
  inputs.cwd = "/work/project";
  return plift::config::load_text(plift::config::template_text(t), "plift.toml", inputs);
}

std::vector<std::string> phase_keys(const plift::Program& p) {
  std::vector<std::string> keys;
  for (const auto& phase : p.phases) keys.push_back(phase.key);
  return keys;
}

std::vector<std::string> checklist_keys(const plift::Program& p) {
  std::vector<std::string> keys;
  for (const auto& phase : p.phases)
    for (const auto& item : phase.checklist) keys.push_back(phase.key + "." + item.key);
  return keys;
}

std::vector<std::string> kpi_keys(const plift::Program& p) {
  std::vector<std::string> keys;
  for (const auto& kpi : p.kpis) keys.push_back(kpi.key);
  return keys;
}

// Every setting comes from the file, not from the defaults (except the unset user).
void check_everything_spelled_out(const Config& config) {
  for (const auto& setting : config.settings) {
    if (setting.key == "program.user") continue;
    CHECK_MESSAGE(setting.origin != "default", setting.key);
  }
}

}  // namespace

TEST_CASE("templates: names") {
  CHECK(plift::config::template_names() ==
        std::vector<std::string>{"standard", "produktionslyftet", "produktivitetsspranget"});
  for (const auto& name : plift::config::template_names()) CHECK(plift::config::parse_template(name));
  CHECK(plift::config::parse_template("produktionslyftet") == Template::produktionslyftet);
  CHECK_FALSE(plift::config::parse_template("swedish"));
}

TEST_CASE("templates: standard is the default programme") {
  Config config = load_template(Template::standard);
  const auto& p = config.program;
  const plift::Program d = plift::default_program();
  CHECK(p.name == d.name);
  CHECK(p.language == plift::Language::en);
  CHECK(p.holiday_weeks == d.holiday_weeks);
  CHECK(p.holiday_days.empty());
  CHECK(p.regions == d.regions);
  REQUIRE(p.phases.size() == d.phases.size());
  for (std::size_t i = 0; i < p.phases.size(); ++i) {
    CHECK(p.phases[i].key == d.phases[i].key);
    CHECK(p.phases[i].name == d.phases[i].name);
    CHECK(p.phases[i].weeks == d.phases[i].weeks);
    CHECK(p.phases[i].visit_every_weeks == d.phases[i].visit_every_weeks);
    REQUIRE(p.phases[i].checklist.size() == d.phases[i].checklist.size());
    for (std::size_t j = 0; j < p.phases[i].checklist.size(); ++j) {
      CHECK(p.phases[i].checklist[j].key == d.phases[i].checklist[j].key);
      CHECK(p.phases[i].checklist[j].title == d.phases[i].checklist[j].title);
    }
  }
  CHECK(p.training_course == d.training_course);
  CHECK(p.training_min_per_company == d.training_min_per_company);
  CHECK(p.gatherings_per_company == d.gatherings_per_company);
  CHECK(p.pulse_every_days == d.pulse_every_days);
  CHECK(p.reminder_warn_days == d.reminder_warn_days);
  CHECK(p.reminder_visit_grace_days == d.reminder_visit_grace_days);
  CHECK(p.reminder_mail_from == "plift@localhost");
  REQUIRE(p.kpis.size() == d.kpis.size());
  for (std::size_t i = 0; i < p.kpis.size(); ++i) {
    CHECK(p.kpis[i].key == d.kpis[i].key);
    CHECK(p.kpis[i].name == d.kpis[i].name);
    CHECK(p.kpis[i].unit == d.kpis[i].unit);
    CHECK(p.kpis[i].better == d.kpis[i].better);
  }
  CHECK(p.assessment_dimensions == d.assessment_dimensions);
  CHECK(p.assessment_scale_min == d.assessment_scale_min);
  CHECK(p.assessment_scale_max == d.assessment_scale_max);
  CHECK(config.database == "plift.db");
  CHECK(config.database_origin.starts_with("plift.toml:"));
  check_everything_spelled_out(config);
}

TEST_CASE("templates: produktionslyftet is the Swedish programme") {
  Config config = load_template(Template::produktionslyftet);
  const auto& p = config.program;
  const plift::Program d = plift::default_program();
  CHECK(p.name == "Produktionslyftet");
  CHECK(p.language == plift::Language::sv);
  CHECK(p.holiday_weeks == std::vector<unsigned>{28, 29, 30, 31, 52, 53, 1});
  CHECK(p.holiday_days == std::vector<plift::HolidayRule>{*plift::parse_holiday_rule("easter")});
  CHECK(p.regions == std::vector<std::string>{"Stockholm", "Östra Mellansverige", "Småland med öarna",
                                              "Sydsverige", "Västsverige", "Norra Mellansverige",
                                              "Mellersta Norrland", "Övre Norrland"});
  CHECK(phase_keys(p) == phase_keys(d));
  CHECK(checklist_keys(p) == checklist_keys(d));
  REQUIRE(p.phases.size() == 3);
  CHECK(p.phases[0].name == "Gemensam bild och drivkraft");
  CHECK(p.phases[1].name == "Pilot");
  CHECK(p.phases[2].name == "Linjeorganisation");
  CHECK(p.phases[0].weeks == 10);
  CHECK(p.phases[1].weeks == 32);
  CHECK(p.phases[2].weeks == 26);
  CHECK(p.phases[0].checklist[0].title == "Beskriva utmaningar, ambitioner och nyckeltal");
  CHECK(p.training_course == "Lean produktion, 7,5 högskolepoäng");
  CHECK(kpi_keys(p) == kpi_keys(d));
  REQUIRE(p.kpis.size() == 5);
  CHECK(p.kpis[0].name == "Leveransprecision");
  CHECK(p.kpis[1].name == "Ledtid");
  CHECK(p.kpis[1].unit == "dagar");
  CHECK(p.kpis[2].unit == "förädlingsvärde per timme");
  CHECK(p.kpis[3].name == "Kassation");
  CHECK(p.kpis[4].name == "Sjukfrånvaro");
  CHECK(p.reminder_mail_from == "plift@produktionslyftet.se");
  CHECK(p.match_region("ovre norrland") == "Övre Norrland");
  check_everything_spelled_out(config);
  CHECK(plift::config::template_text(Template::produktionslyftet).find("Week 53 exists only in some years") !=
        std::string::npos);
}

TEST_CASE("templates: produktivitetsspranget is the Norwegian programme") {
  Config config = load_template(Template::produktivitetsspranget);
  const auto& p = config.program;
  const plift::Program d = plift::default_program();
  CHECK(p.name == "Produktivitetsspranget");
  CHECK(p.language == plift::Language::nb);
  CHECK(p.holiday_weeks == std::vector<unsigned>{28, 29, 30, 52, 53, 1});
  CHECK(p.holiday_days == std::vector<plift::HolidayRule>{*plift::parse_holiday_rule("easter")});
  CHECK(p.regions.size() == 15);
  CHECK(p.regions.front() == "Agder");
  CHECK(p.regions.back() == "Østfold");
  CHECK(p.match_region("more og romsdal") == "Møre og Romsdal");
  CHECK(phase_keys(p) == phase_keys(d));
  CHECK(checklist_keys(p) == checklist_keys(d));
  CHECK(p.phases[0].name == "Felles bilde og drivkraft");
  CHECK(p.phases[2].name == "Linjeorganisasjon");
  CHECK(p.training_course == "Lean produksjon, 7,5 studiepoeng");
  CHECK(kpi_keys(p) == kpi_keys(d));
  CHECK(p.kpis[0].name == "Leveringspresisjon");
  CHECK(p.kpis[1].name == "Ledetid");
  CHECK(p.kpis[3].name == "Vrak");
  CHECK(p.kpis[4].name == "Sykefravær");
  CHECK(p.reminder_mail_from == "plift@produktivitetsspranget.no");
  check_everything_spelled_out(config);
}
