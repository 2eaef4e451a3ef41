// The configs `plift init` writes. Each template is a Program plus the notes
// that differ between programmes; one renderer writes them all, so every
// template spells out every section and stays loadable by load_text.

#include <fmt/format.h>

#include <string_view>

#include "plift/config/config.hpp"

namespace plift::config {

namespace {

struct TemplateSpec {
  Program program;
  std::string_view intro;          // the first lines, after the title
  std::string_view holiday_note;   // what the holiday weeks are
  std::string_view holidays_note;  // what the holiday days are
  std::string_view regions_note;   // where the regions come from
};

std::string quote(std::string_view text) {
  std::string out = "\"";
  for (char c : text) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

// ---------------------------------------------------------------------------
// The programmes.

Program standard_program() {
  Program p = default_program();
  if (p.reminder_mail_from.empty()) p.reminder_mail_from = "plift@localhost";
  return p;
}

Program produktionslyftet_program() {
  Program p = default_program();
  p.name = "Produktionslyftet";
  p.language = Language::sv;
  p.holiday_weeks = {28, 29, 30, 31, 52, 53, 1};
  p.holiday_days = {HolidayRule{HolidayRule::Kind::easter, {}, {}}};
  p.regions = {"Stockholm",          "Östra Mellansverige", "Småland med öarna",  "Sydsverige",
               "Västsverige",        "Norra Mellansverige", "Mellersta Norrland", "Övre Norrland"};
  p.phases = {
      PhaseDefinition{"vision",
                      "Gemensam bild och drivkraft",
                      10,
                      2,
                      {
                          {"challenges", "Beskriva utmaningar, ambitioner och nyckeltal"},
                          {"customer-needs", "Undersöka kundernas behov och förväntningar"},
                          {"employee-attitudes", "Kartlägga medarbetarnas attityder och förväntningar"},
                          {"lean-status", "Kartlägga Lean-status"},
                          {"pulse-rhythm", "Etablera en framdriftsrytm med pulsmöte och pulstavla"},
                          {"guiding-principles", "Formulera vägledande principer"},
                          {"organise-phase-2", "Organisera fas 2"},
                      }},
      PhaseDefinition{"pilot",
                      "Pilot",
                      32,
                      2,
                      {
                          {"pilot-areas", "Välja pilotområde(n)"},
                          {"improvement-tools", "Lära sig förbättringsverktyg i pilotområdet"},
                      }},
      PhaseDefinition{"line",
                      "Linjeorganisation",
                      26,
                      0,
                      {
                          {"anchoring", "Bred förankring och delaktighet i linjeorganisationen"},
                      }},
  };
  p.training_course = "Lean produktion, 7,5 högskolepoäng";
  p.reminder_mail_from = "plift@produktionslyftet.se";
  p.kpis = {
      {"delivery-precision", "Leveransprecision", "%", Better::higher},
      {"lead-time", "Ledtid", "dagar", Better::lower},
      {"productivity", "Produktivitet", "förädlingsvärde per timme", Better::higher},
      {"scrap", "Kassation", "%", Better::lower},
      {"sick-leave", "Sjukfrånvaro", "%", Better::lower},
  };
  return p;
}

Program produktivitetsspranget_program() {
  Program p = default_program();
  p.name = "Produktivitetsspranget";
  p.language = Language::nb;
  p.holiday_weeks = {28, 29, 30, 52, 53, 1};
  p.holiday_days = {HolidayRule{HolidayRule::Kind::easter, {}, {}}};
  p.regions = {"Agder",     "Akershus",  "Buskerud", "Finnmark", "Innlandet",
               "Møre og Romsdal", "Nordland", "Oslo", "Rogaland", "Telemark",
               "Troms",     "Trøndelag", "Vestfold", "Vestland", "Østfold"};
  p.phases = {
      PhaseDefinition{"vision",
                      "Felles bilde og drivkraft",
                      10,
                      2,
                      {
                          {"challenges", "Beskrive utfordringer, ambisjoner og nøkkeltall"},
                          {"customer-needs", "Undersøke kundenes behov og forventninger"},
                          {"employee-attitudes", "Kartlegge de ansattes holdninger og forventninger"},
                          {"lean-status", "Kartlegge Lean-status"},
                          {"pulse-rhythm", "Etablere en framdriftsrytme med pulsmøte og pulstavle"},
                          {"guiding-principles", "Formulere veiledende prinsipper"},
                          {"organise-phase-2", "Organisere fase 2"},
                      }},
      PhaseDefinition{"pilot",
                      "Pilot",
                      32,
                      2,
                      {
                          {"pilot-areas", "Velge pilotområde(r)"},
                          {"improvement-tools", "Lære forbedringsverktøy i pilotområdet"},
                      }},
      PhaseDefinition{"line",
                      "Linjeorganisasjon",
                      26,
                      0,
                      {
                          {"anchoring", "Bred forankring og involvering i linjeorganisasjonen"},
                      }},
  };
  p.training_course = "Lean produksjon, 7,5 studiepoeng";
  p.reminder_mail_from = "plift@produktivitetsspranget.no";
  p.kpis = {
      {"delivery-precision", "Leveringspresisjon", "%", Better::higher},
      {"lead-time", "Ledetid", "dager", Better::lower},
      {"productivity", "Produktivitet", "verdiskaping per time", Better::higher},
      {"scrap", "Vrak", "%", Better::lower},
      {"sick-leave", "Sykefravær", "%", Better::lower},
  };
  return p;
}

TemplateSpec spec_of(Template t) {
  switch (t) {
    case Template::produktionslyftet:
      return {produktionslyftet_program(),
              "# Produktionslyftet: the Swedish programme, with Swedish names, regions\n"
              "# and reports in Swedish.",
              "# Weeks 28-31 are the industrial summer holiday; 52, 53 and 1 are Christmas\n"
              "# and the new year. Week 53 exists only in some years and falls between\n"
              "# Christmas and the new year.",
              "# Easter: skärtorsdag to annandag påsk. Other holidays are added as days,\n"
              "# e.g. \"2027-05-06\" (Kristi himmelsfärd), or ranges of days.",
              "# Sweden's eight riksområden (NUTS 2 regions)."};
    case Template::produktivitetsspranget:
      return {produktivitetsspranget_program(),
              "# Produktivitetsspranget: the Norwegian programme, with Norwegian (bokmål)\n"
              "# names, the Norwegian counties and reports in Norwegian.",
              "# Weeks 28-30 are fellesferie, the three-week common holiday in July; 52, 53\n"
              "# and 1 are Christmas and the new year. Week 53 exists only in some years.",
              "# Easter: skjærtorsdag to andre påskedag. Other holidays are added as days,\n"
              "# e.g. \"2027-05-17\" (grunnlovsdagen), or ranges of days.",
              "# Norway's 15 counties (fylker) from 2024."};
    case Template::standard: break;
  }
  return {standard_program(),
          "# The standard Lean production programme, in English.",
          "# Weeks 28-31 are the industrial summer holiday; 52, 53 and 1 are Christmas\n"
          "# and the new year. Week 53 exists only in some years.",
          "# For example: holidays = [\"easter\", \"2026-12-24\", \"2027-05-13..2027-05-14\"].",
          "# Leave the list empty to accept any region, or list your programme's\n"
          "# regions, e.g. regions = [\"North\", \"South\"]."};
}

// ---------------------------------------------------------------------------
// The renderer.

std::string string_list(const std::vector<std::string>& items, std::string_view indent) {
  if (items.empty()) return "[]";
  std::string out = "[\n";
  for (const auto& item : items) out += fmt::format("{}  {},\n", indent, quote(item));
  return out + std::string(indent) + "]";
}

std::string render(const TemplateSpec& spec) {
  const Program& p = spec.program;
  std::string out;
  auto line = [&](std::string_view text) {
    out += text;
    out += '\n';
  };

  line("# plift.toml: the programme plift follows.");
  line(spec.intro);
  line("#");
  line("# plift finds this file by, highest first: --config FILE, $PLIFT_CONFIG,");
  line("# plift.toml in the current folder or its nearest parent folder, then");
  line("# $XDG_CONFIG_HOME/plift/plift.toml. `plift config check` validates it and");
  line("# `plift config show` prints every effective value and where it came from.");
  line("# Every key is optional: one left out keeps the built-in default.");
  line("");

  line("[database]");
  line("# The SQLite database, relative to the folder of this file. --db FILE and");
  line("# $PLIFT_DB override it. It holds personal data: keep it private.");
  line("path = \"plift.db\"");
  line("");

  line("[program]");
  line("# The programme's name, as reports print it.");
  line(fmt::format("name = {}", quote(p.name)));
  line("# The language of reports and reminders: \"en\", \"sv\" or \"nb\".");
  line(fmt::format("language = {}", quote(to_string(p.language))));
  line("# Who the audit log names for each change; left out, plift uses $USER.");
  if (p.user.empty())
    line("# user = \"coordinator\"");
  else
    line(fmt::format("user = {}", quote(p.user)));
  line("# Industrial holiday weeks (ISO week numbers 1..53) carry no coaching:");
  line("# planned phase ends and visit cadences skip them.");
  line(spec.holiday_note);
  line(fmt::format("holiday_weeks = [{}]", fmt::join(p.holiday_weeks, ", ")));
  line("# Holiday days beside those weeks carry no coaching either: a day");
  line("# \"YYYY-MM-DD\", a range of days \"YYYY-MM-DD..YYYY-MM-DD\" (both included)");
  line("# or \"easter\" (Maundy Thursday to Easter Monday, every year). A planned");
  line("# phase end moves one day later for each of them in its span, outside the");
  line("# holiday weeks.");
  line(spec.holidays_note);
  std::vector<std::string> holidays;
  for (const HolidayRule& rule : p.holiday_days) holidays.push_back(quote(to_string(rule)));
  line(fmt::format("holidays = [{}]", fmt::join(holidays, ", ")));
  line("# The regions companies belong to; `company add --region` must name one");
  line("# (matched ignoring letter case and accents).");
  line(spec.regions_note);
  line(fmt::format("regions = {}", string_list(p.regions, "")));
  line("");

  int total = 0;
  for (const auto& phase : p.phases) total += phase.weeks;
  line("# The phases of every company's journey, in order. Listing any [[phase]]");
  line("# replaces the built-in phases, so list them all. Each phase has:");
  line("#   key                its name on the command line: a-z, 0-9 and '-'");
  line("#   name               as reports print it");
  line("#   weeks              planned length in coaching weeks; holiday weeks do");
  line("#                      not count, so the planned end moves past them");
  line("#   visit_every_weeks  one coach visit expected per this many coaching");
  line("#                      weeks; 0 when the coach does not visit in this phase");
  line("#   checklist          what must be done before `plift phase advance`,");
  line("#                      ticked with `plift phase check COMPANY ITEM`; each");
  line("#                      item has a key and a title");
  line(fmt::format("# Here: {} coaching weeks in all.", total));
  for (const auto& phase : p.phases) {
    line("");
    line("[[phase]]");
    line(fmt::format("key = {}", quote(phase.key)));
    line(fmt::format("name = {}", quote(phase.name)));
    line(fmt::format("weeks = {}", phase.weeks));
    line(fmt::format("visit_every_weeks = {}", phase.visit_every_weeks));
    if (phase.checklist.empty()) {
      line("checklist = []");
      continue;
    }
    line("checklist = [");
    for (const auto& item : phase.checklist)
      line(fmt::format("  {{ key = {}, title = {} }},", quote(item.key), quote(item.title)));
    line("]");
  }
  line("");

  line("[training]");
  line("# The Lean course that employees take (`plift training enroll`).");
  line(fmt::format("course = {}", quote(p.training_course)));
  line("# How many employees per company should take it; `remind` warns once the");
  line("# first phase is over and fewer are enrolled.");
  line(fmt::format("min_per_company = {}", p.training_min_per_company));
  line("");

  line("[gatherings]");
  line("# Joint gatherings (lunch to lunch) each company attends over its journey;");
  line("# `remind` warns when a company falls behind.");
  line(fmt::format("per_company = {}", p.gatherings_per_company));
  line("");

  line("[pulse]");
  line("# `remind` warns when an active company has logged no pulse meeting for");
  line("# this many days.");
  line(fmt::format("every_days = {}", p.pulse_every_days));
  line("");

  line("[reminders]");
  line("# How many days before a planned phase end `remind` warns of it (and of");
  line("# open checklist items).");
  line(fmt::format("warn_days = {}", p.reminder_warn_days));
  line("# Days of slack before a coach visit counts as overdue.");
  line(fmt::format("visit_grace_days = {}", p.reminder_visit_grace_days));
  line("# The sender of `plift remind --format mail`.");
  line(fmt::format("mail_from = {}", quote(p.reminder_mail_from)));
  line("# What `plift remind --send` hands each message to (split as a shell would,");
  line("# run without one); a reminder counts as sent once it exits 0.");
  line(fmt::format("sendmail = {}", quote(p.reminder_sendmail)));
  line("");

  line("# Key figures recorded per company (`plift kpi record COMPANY KPI VALUE`),");
  line("# from a phase-1 baseline on. Listing any [[kpi]] replaces the built-in");
  line("# list (`kpi = []` records none). Each has:");
  line("#   key     its name on the command line: a-z, 0-9 and '-'");
  line("#   name    as reports print it");
  line("#   unit    printed after the values");
  line("#   better  \"higher\" or \"lower\": which way is an improvement");
  for (const auto& kpi : p.kpis) {
    line("");
    line("[[kpi]]");
    line(fmt::format("key = {}", quote(kpi.key)));
    line(fmt::format("name = {}", quote(kpi.name)));
    line(fmt::format("unit = {}", quote(kpi.unit)));
    line(fmt::format("better = {}", quote(to_string(kpi.better))));
  }
  line("");

  line("[assessment]");
  line("# The Lean status dimensions that `plift assess COMPANY DIMENSION=SCORE...`");
  line("# scores, at baseline and later: keys of a-z, 0-9 and '-'.");
  line(fmt::format("dimensions = {}", string_list(p.assessment_dimensions, "")));
  line("# The scoring scale: [lowest, highest].");
  line(fmt::format("scale = [{}, {}]", p.assessment_scale_min, p.assessment_scale_max));
  return out;
}

}  // namespace

std::vector<std::string> template_names() {
  return {"standard", "produktionslyftet", "produktivitetsspranget"};
}

std::optional<Template> parse_template(std::string_view name) {
  if (name == "standard") return Template::standard;
  if (name == "produktionslyftet") return Template::produktionslyftet;
  if (name == "produktivitetsspranget") return Template::produktivitetsspranget;
  return std::nullopt;
}

std::string template_text(Template t) { return render(spec_of(t)); }

}  // namespace plift::config
