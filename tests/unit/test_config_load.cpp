// Parsing and validating plift.toml text: load_text.

#include <doctest/doctest.h>

#include <string>

#include "plift/config/config.hpp"
#include "plift/core/error.hpp"

using plift::ConfigError;
using plift::config::Config;
using plift::config::Inputs;
using plift::config::load_text;

namespace {

Inputs test_inputs() {
  Inputs inputs;
  inputs.cwd = "/work/project";
  return inputs;
}

Config load(const std::string& text) { return load_text(text, "plift.toml", test_inputs()); }

// The message of the ConfigError that loading `text` throws ("" when none).
std::string error_of(const std::string& text) {
  try {
    load(text);
  } catch (const ConfigError& e) {
    return e.what();
  }
  return "";
}

const plift::config::Setting* find_setting(const Config& config, std::string_view key) {
  for (const auto& setting : config.settings)
    if (setting.key == key) return &setting;
  return nullptr;
}

}  // namespace

TEST_CASE("config: an empty file gives the default programme") {
  Config config = load("");
  plift::Program defaults = plift::default_program();
  CHECK(config.program.name == defaults.name);
  CHECK(config.program.phases.size() == defaults.phases.size());
  CHECK(config.program.holiday_weeks == defaults.holiday_weeks);
  CHECK(config.program.kpis.size() == defaults.kpis.size());
  REQUIRE(config.file);
  CHECK(*config.file == "plift.toml");
  CHECK(config.database == "plift.db");
  CHECK(config.database_origin == "beside the config file");
  for (const auto& setting : config.settings)
    if (setting.key != "database.path") CHECK_MESSAGE(setting.origin == "default", setting.key);
}

TEST_CASE("config: values override the defaults and remember their lines") {
  Config config = load(R"(# a comment
[program]
name = "Lyftet"
language = "sv"
holiday_weeks = [28, 29]
regions = ["Norr", "Söder"]

[reminders]
warn_days = 0
mail_from = "x@example.se"

[assessment]
scale = [0, 10]
)");
  const auto& p = config.program;
  CHECK(p.name == "Lyftet");
  CHECK(p.language == plift::Language::sv);
  CHECK(p.holiday_weeks == std::vector<unsigned>{28, 29});
  CHECK(p.regions == std::vector<std::string>{"Norr", "Söder"});
  CHECK(p.reminder_warn_days == 0);
  CHECK(p.reminder_mail_from == "x@example.se");
  CHECK(p.assessment_scale_min == 0);
  CHECK(p.assessment_scale_max == 10);
  // Unspecified values keep the defaults.
  CHECK(p.pulse_every_days == 14);
  CHECK(p.phases.size() == 3);

  auto* name = find_setting(config, "program.name");
  REQUIRE(name);
  CHECK(name->value == "\"Lyftet\"");
  CHECK(name->origin == "plift.toml:3");
  auto* weeks = find_setting(config, "program.holiday_weeks");
  REQUIRE(weeks);
  CHECK(weeks->value == "[28, 29]");
  CHECK(weeks->origin == "plift.toml:5");
  auto* regions = find_setting(config, "program.regions");
  REQUIRE(regions);
  CHECK(regions->value == "[\"Norr\", \"Söder\"]");
  auto* scale = find_setting(config, "assessment.scale");
  REQUIRE(scale);
  CHECK(scale->value == "[0, 10]");
  CHECK(scale->origin == "plift.toml:13");
  auto* pulse = find_setting(config, "pulse.every_days");
  REQUIRE(pulse);
  CHECK(pulse->value == "14");
  CHECK(pulse->origin == "default");
  auto* vision = find_setting(config, "phase.vision.weeks");
  REQUIRE(vision);
  CHECK(vision->value == "10");
  CHECK(vision->origin == "default");
  auto* better = find_setting(config, "kpi.lead-time.better");
  REQUIRE(better);
  CHECK(better->value == "\"lower\"");
}

TEST_CASE("config: [[phase]] replaces the default phases") {
  Config config = load(R"([[phase]]
key = "start"
name = "Start"
weeks = 4
visit_every_weeks = 1
checklist = [
  { key = "kick-off", title = "Kick-off meeting" },
  { key = "plan", title = "Plan" },
]

[[phase]]
key = "run"
name = "Run"
weeks = 20

[[phase.checklist]]
key = "done"
title = "Done"
)");
  const auto& phases = config.program.phases;
  REQUIRE(phases.size() == 2);
  CHECK(phases[0].key == "start");
  CHECK(phases[0].weeks == 4);
  CHECK(phases[0].visit_every_weeks == 1);
  REQUIRE(phases[0].checklist.size() == 2);
  CHECK(phases[0].checklist[1].key == "plan");
  CHECK(phases[0].checklist[1].title == "Plan");
  CHECK(phases[1].visit_every_weeks == 0);
  REQUIRE(phases[1].checklist.size() == 1);
  CHECK(phases[1].checklist[0].key == "done");

  auto* checklist = find_setting(config, "phase.start.checklist");
  REQUIRE(checklist);
  CHECK(checklist->value == "[\"kick-off\", \"plan\"]");
  CHECK(checklist->origin == "plift.toml:6");
  auto* visits = find_setting(config, "phase.run.visit_every_weeks");
  REQUIRE(visits);
  CHECK(visits->value == "0");
  CHECK(visits->origin == "plift.toml:11");  // not in the file: the [[phase]] it belongs to
  CHECK(find_setting(config, "phase.vision.weeks") == nullptr);
}

TEST_CASE("config: [[kpi]] replaces the default KPIs, kpi = [] removes them") {
  Config config = load(R"([[kpi]]
key = "oee"
name = "OEE"
unit = "%"
better = "higher"

[[kpi]]
key = "defects"
name = "Defects"
better = "lower"
)");
  const auto& kpis = config.program.kpis;
  REQUIRE(kpis.size() == 2);
  CHECK(kpis[0].key == "oee");
  CHECK(kpis[1].better == plift::Better::lower);
  CHECK(kpis[1].unit == "");
  auto* name = find_setting(config, "kpi.oee.name");
  REQUIRE(name);
  CHECK(name->origin == "plift.toml:3");

  CHECK(load("kpi = []\n").program.kpis.empty());
}

TEST_CASE("config: unknown keys name the line and the nearest known key") {
  CHECK(error_of("\n[program]\nname = \"x\"\nlanguge = \"sv\"\n") ==
        "plift.toml:4: program.languge: unknown key (did you mean 'language'?)");
  CHECK(error_of("[progam]\nname = \"x\"\n") ==
        "plift.toml:1: progam: unknown section (did you mean 'program'?)");
  CHECK(error_of("[[phase]]\nkey = \"a\"\nname = \"A\"\nweeks = 1\nvisits_every_weeks = 2\n") ==
        "plift.toml:5: phase[1].visits_every_weeks: unknown key (did you mean 'visit_every_weeks'?)");
  CHECK(error_of("[[phase]]\nkey = \"a\"\nname = \"A\"\nweeks = 1\n"
                 "checklist = [{ key = \"x\", titel = \"X\" }]\n") ==
        "plift.toml:5: phase[1].checklist[1].titel: unknown key (did you mean 'title'?)");
  CHECK(error_of("[[kpi]]\nkey = \"a\"\nname = \"A\"\nbeter = \"lower\"\n") ==
        "plift.toml:4: kpi[1].beter: unknown key (did you mean 'better'?)");
  // Nothing near: list what is known.
  std::string far = error_of("[training]\nzzzzzzzz = 1\n");
  CHECK(far.starts_with("plift.toml:2: training.zzzzzzzz: unknown key (known keys: "));
  CHECK(far.find("min_per_company") != std::string::npos);
}

TEST_CASE("config: the first problem in the file is the one reported") {
  // toml++ keeps keys sorted; the reader goes by line.
  CHECK(error_of("[program]\nzname = \"x\"\naname = 1\n").starts_with("plift.toml:2: program.zname"));
}

TEST_CASE("config: holidays are days, ranges of days and Easter, kept in the order written") {
  Config config = load("[program]\nholidays = [\"easter\", \"2026-12-24\", \"2027-03-22..2027-03-28\",\n"
                       "  \"2026-12-31..2026-12-31\"]\n");
  const auto& days = config.program.holiday_days;
  REQUIRE(days.size() == 4);
  CHECK(days[0].kind == plift::HolidayRule::Kind::easter);
  CHECK(days[1].first == plift::make_date(2026, 12, 24));
  CHECK(days[1].last == plift::make_date(2026, 12, 24));
  CHECK(days[2].first == plift::make_date(2027, 3, 22));
  CHECK(days[2].last == plift::make_date(2027, 3, 28));
  auto* holidays = find_setting(config, "program.holidays");
  REQUIRE(holidays);
  CHECK(holidays->value == R"(["easter", "2026-12-24", "2027-03-22..2027-03-28", "2026-12-31"])");
  CHECK(holidays->origin == "plift.toml:2");
  CHECK(config.program.holidays().contains(plift::make_date(2027, 3, 25)));
  // None by default.
  CHECK(load("").program.holiday_days.empty());
  CHECK(find_setting(load(""), "program.holidays")->value == "[]");
}

TEST_CASE("config: bad holidays name file, line and key") {
  CHECK(error_of("[program]\nholidays = \"easter\"\n") ==
        R"(plift.toml:2: program.holidays: must be an array of holidays, each a day "YYYY-MM-DD", a range of )"
        R"(days "YYYY-MM-DD..YYYY-MM-DD" or "easter", not "easter")");
  CHECK(error_of("[program]\nholidays = [\"easter\",\n  \"2027-02-30\"]\n") ==
        R"(plift.toml:3: program.holidays[2]: must be a day "YYYY-MM-DD", a range of days )"
        R"("YYYY-MM-DD..YYYY-MM-DD" or "easter", not "2027-02-30")");
  CHECK(error_of("[program]\nholidays = [\"Easter\"]\n") ==
        R"(plift.toml:2: program.holidays[1]: must be a day "YYYY-MM-DD", a range of days )"
        R"("YYYY-MM-DD..YYYY-MM-DD" or "easter", not "Easter")");
  CHECK(error_of("[program]\nholidays = [20261224]\n") ==
        R"(plift.toml:2: program.holidays[1]: must be a day "YYYY-MM-DD", a range of days )"
        R"("YYYY-MM-DD..YYYY-MM-DD" or "easter", not 20261224)");
  CHECK(error_of("[program]\nholidays = [\"2027-03-28..2027-03-22\"]\n") ==
        R"(plift.toml:2: program.holidays[1]: "2027-03-28..2027-03-22" ends before it begins)");
  CHECK(error_of("[program]\nholidays = [\"2026-01-01..2027-06-30\"]\n") ==
        R"(plift.toml:2: program.holidays[1]: "2026-01-01..2027-06-30" spans 546 days; a range may span at most 366)");
  CHECK(error_of("[program]\nholidays = [\"easter\", \"2026-12-24\", \"2026-12-24..2026-12-24\"]\n") ==
        R"(plift.toml:2: program.holidays[3]: "2026-12-24" is listed twice)");
}

TEST_CASE("config: TOML syntax errors name line and column") {
  std::string message = error_of("[program]\nname = \"x\"\nlanguage = = \"sv\"\n");
  CHECK(message.starts_with("plift.toml:3:"));
  CHECK(message.find(": invalid TOML: ") != std::string::npos);
  CHECK(error_of("[program\n").starts_with("plift.toml:1:"));
}

TEST_CASE("config: bad values") {
  CHECK(error_of("[program]\nlanguage = \"de\"\n") ==
        R"(plift.toml:2: program.language: must be "en", "sv" or "nb", not "de")");
  CHECK(error_of("[[phase]]\nkey = \"a\"\nname = \"A\"\nweeks = 0\n") ==
        "plift.toml:4: phase[1].weeks: must be a whole number above 0, not 0");
  CHECK(error_of("[[phase]]\nkey = \"a\"\nname = \"A\"\nweeks = 2\n\n"
                 "[[phase]]\nkey = \"b\"\nname = \"B\"\nweeks = -3\n") ==
        "plift.toml:9: phase[2].weeks: must be a whole number above 0, not -3");
  CHECK(error_of("[[phase]]\nkey = \"a\"\nname = \"A\"\nweeks = \"ten\"\n") ==
        R"(plift.toml:4: phase[1].weeks: must be an integer, not "ten")");
  CHECK(error_of("[[phase]]\nkey = \"a\"\nname = \"A\"\nweeks = 1.5\n") ==
        "plift.toml:4: phase[1].weeks: must be an integer, not 1.5");
  CHECK(error_of("[program]\nholiday_weeks = [28,\n  54]\n") ==
        "plift.toml:3: program.holiday_weeks: must be an array of week numbers 1..53; 54 is not one");
  CHECK(error_of("[program]\nholiday_weeks = 28\n") ==
        "plift.toml:2: program.holiday_weeks: must be an array of week numbers 1..53, not 28");
  CHECK(error_of("[program]\nholiday_weeks = [28, 28]\n") ==
        "plift.toml:2: program.holiday_weeks: week 28 is listed twice");
  CHECK(error_of("[program]\nregions = [\"Oslo\", \"oslo\"]\n") ==
        R"(plift.toml:2: program.regions[2]: "oslo" is the same region as "Oslo")");
  CHECK(error_of("[assessment]\nscale = [5, 1]\n") ==
        "plift.toml:2: assessment.scale: must be [lowest, highest], two whole numbers with the "
        "lowest first, not [5, 1]");
  CHECK(error_of("[assessment]\nscale = [1, 2, 3]\n").starts_with("plift.toml:2: assessment.scale:"));
  CHECK(error_of("[assessment]\ndimensions = [\"flow\", \"Lead Time\"]\n") ==
        "plift.toml:2: assessment.dimensions[2]: must be a key of a-z, 0-9 and '-', not "
        "\"Lead Time\" (did you mean 'lead-time'?)");
  CHECK(error_of("[assessment]\ndimensions = [\"flow\", \"flow\"]\n") ==
        R"(plift.toml:2: assessment.dimensions[2]: "flow" is listed twice)");
  CHECK(error_of("[[kpi]]\nkey = \"a\"\nname = \"A\"\nbetter = \"up\"\n") ==
        R"(plift.toml:4: kpi[1].better: must be "higher" or "lower", not "up")");
  CHECK(error_of("[pulse]\nevery_days = 0\n") ==
        "plift.toml:2: pulse.every_days: must be a whole number above 0, not 0");
  CHECK(error_of("[training]\nmin_per_company = -1\n") ==
        "plift.toml:2: training.min_per_company: must be a whole number, 0 or more, not -1");
  CHECK(error_of("[reminders]\nwarn_days = 100000000\n") ==
        "plift.toml:2: reminders.warn_days: must be at most 100000, not 100000000");
  CHECK(error_of("[program]\nname = 5\n") == "plift.toml:2: program.name: must be a string, not 5");
  CHECK(error_of("[program]\nname = \"\"\n") == "plift.toml:2: program.name: must not be empty");
  CHECK(error_of("program = 5\n") == "plift.toml:1: program: must be a table ([program]), not 5");
}

TEST_CASE("config: phase and KPI lists") {
  CHECK(error_of("[[phase]]\nkey = \"a\"\nname = \"A\"\nweeks = 1\n\n"
                 "[[phase]]\nkey = \"a\"\nname = \"B\"\nweeks = 1\n") ==
        R"(plift.toml:7: phase[2].key: "a" is already the key of phase[1])");
  CHECK(error_of("[[phase]]\nkey = \"a\"\nweeks = 1\n") ==
        "plift.toml:1: phase[1].name: missing (every [[phase]] needs key, name and weeks)");
  CHECK(error_of("[[phase]]\nkey = \"Vision\"\nname = \"A\"\nweeks = 1\n") ==
        "plift.toml:2: phase[1].key: must be a key of a-z, 0-9 and '-', not \"Vision\" "
        "(did you mean 'vision'?)");
  CHECK(error_of("phase = []\n") == "plift.toml:1: phase: needs at least one phase");
  CHECK(error_of("[phase]\nkey = \"a\"\n") ==
        "plift.toml:1: phase: must be an array of tables; write [[phase]], not a table");
  CHECK(error_of("[[phase]]\nkey = \"a\"\nname = \"A\"\nweeks = 1\nchecklist = [\n"
                 "  { key = \"x\", title = \"X\" },\n  { key = \"x\", title = \"Y\" },\n]\n") ==
        R"(plift.toml:7: phase[1].checklist[2].key: "x" is already the key of phase[1].checklist[1])");
  CHECK(error_of("[[phase]]\nkey = \"a\"\nname = \"A\"\nweeks = 1\nchecklist = [\n  { key = \"x\" },\n]\n") ==
        "plift.toml:6: phase[1].checklist[1].title: missing (every checklist item needs key and title)");
  CHECK(error_of("[[kpi]]\nkey = \"a\"\nname = \"A\"\n") ==
        "plift.toml:1: kpi[1].better: missing (every [[kpi]] needs key, name and better)");
  CHECK(error_of("[[kpi]]\nkey = \"a\"\nname = \"A\"\nbetter = \"lower\"\n"
                 "[[kpi]]\nkey = \"a\"\nname = \"B\"\nbetter = \"lower\"\n") ==
        R"(plift.toml:6: kpi[2].key: "a" is already the key of kpi[1])");
}

TEST_CASE("config: messages use the file name as given") {
  try {
    load_text("[program]\nnmae = \"x\"\n", "conf/other.toml", test_inputs());
    FAIL("no error");
  } catch (const ConfigError& e) {
    CHECK(std::string(e.what()) == "conf/other.toml:2: program.nmae: unknown key (did you mean 'name'?)");
    CHECK(e.status() == plift::ExitStatus::config);
  }
}

TEST_CASE("config: database path in load_text") {
  Inputs inputs = test_inputs();
  Config beside = load_text("", "conf/plift.toml", inputs);
  CHECK(beside.database == "conf/plift.db");
  CHECK(beside.database_origin == "beside the config file");

  Config relative = load_text("\n[database]\npath = \"data/x.db\"\n", "conf/plift.toml", inputs);
  CHECK(relative.database == "conf/data/x.db");
  CHECK(relative.database_origin == "conf/plift.toml:3");
  auto* setting = find_setting(relative, "database.path");
  REQUIRE(setting);
  CHECK(setting->value == "\"conf/data/x.db\"");
  CHECK(setting->origin == "conf/plift.toml:3");

  Config absolute = load_text("[database]\npath = \"/srv/plift/x.db\"\n", "conf/plift.toml", inputs);
  CHECK(absolute.database == "/srv/plift/x.db");

  inputs.env_db = "env.db";
  Config env = load_text("[database]\npath = \"x.db\"\n", "conf/plift.toml", inputs);
  CHECK(env.database == "env.db");
  CHECK(env.database_origin == "PLIFT_DB");

  inputs.db_option = "option.db";
  Config option = load_text("[database]\npath = \"x.db\"\n", "conf/plift.toml", inputs);
  CHECK(option.database == "option.db");
  CHECK(option.database_origin == "--db");
  auto* db_setting = find_setting(option, "database.path");
  REQUIRE(db_setting);
  CHECK(db_setting->origin == "--db");
}

TEST_CASE("config: setting values are written as TOML") {
  Config config = load("[program]\nname = 'say \"hi\" \\ bye'\n");
  auto* name = find_setting(config, "program.name");
  REQUIRE(name);
  CHECK(name->value == R"("say \"hi\" \\ bye")");
  auto* user = find_setting(config, "program.user");
  REQUIRE(user);
  CHECK(user->value == "\"\"");
  auto* dims = find_setting(config, "assessment.dimensions");
  REQUIRE(dims);
  CHECK(dims->value.starts_with("[\"leadership\", \"customer-focus\""));
}
