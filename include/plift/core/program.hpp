#pragma once
// The programme a config describes: phases and their checklists, cadences,
// quotas, holiday weeks, regions, KPIs and assessment dimensions.

#include <optional>
#include <string>
#include <vector>

#include "plift/core/date.hpp"

namespace plift {

enum class Language { en, sv, nb };
std::string to_string(Language l);
std::optional<Language> parse_language(std::string_view text);

struct ChecklistItem {
  std::string key;
  std::string title;
};

struct PhaseDefinition {
  std::string key;
  std::string name;
  int weeks = 0;
  int visit_every_weeks = 0;  // 0: no coach visits expected in this phase
  std::vector<ChecklistItem> checklist;

  const ChecklistItem* find_item(std::string_view item_key) const;
};

enum class Better { higher, lower };
std::string to_string(Better b);
std::optional<Better> parse_better(std::string_view text);

struct KpiDefinition {
  std::string key;
  std::string name;
  std::string unit;
  Better better = Better::higher;
};

struct Program {
  std::string name;
  Language language = Language::en;
  std::string user;                       // who the audit log names; empty: $USER
  std::vector<unsigned> holiday_weeks;    // ISO week numbers
  std::vector<HolidayRule> holiday_days;  // [program].holidays: days, ranges of days, Easter
  std::vector<std::string> regions;       // empty: any region is accepted
  std::vector<PhaseDefinition> phases;
  std::string training_course;
  int training_min_per_company = 2;
  int gatherings_per_company = 3;
  int pulse_every_days = 14;
  int reminder_warn_days = 14;
  int reminder_visit_grace_days = 7;
  std::string reminder_mail_from;
  // The command `remind --send` hands each message to, on its standard input;
  // split into words as a shell would, run without a shell.
  std::string reminder_sendmail = "/usr/sbin/sendmail -t -oi";
  std::vector<KpiDefinition> kpis;
  std::vector<std::string> assessment_dimensions;
  int assessment_scale_min = 1;
  int assessment_scale_max = 5;

  HolidayWeeks holidays() const { return HolidayWeeks(holiday_weeks, holiday_days); }
  // Index into `phases`, or nullopt.
  std::optional<std::size_t> phase_index(std::string_view phase_key) const;
  const KpiDefinition* find_kpi(std::string_view kpi_key) const;
  // The configured region matching `text` (case-insensitive, or by its key
  // form: "ovre-norrland" for "Övre Norrland"); nullopt when none does.
  // With no regions configured, `text` itself.
  std::optional<std::string> match_region(std::string_view text) const;
  int total_weeks() const;
};

// The built-in default programme: the Lean production programme of
// PRODUCT.md in English, with summer and Christmas holiday weeks.
Program default_program();

}  // namespace plift
