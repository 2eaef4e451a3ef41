#include "plift/core/program.hpp"

#include <algorithm>
#include <numeric>

#include "plift/core/keys.hpp"

namespace plift {

namespace {

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(),
                    [](char x, char y) { return ascii_lower(x) == ascii_lower(y); });
}

}  // namespace

std::string to_string(Language l) {
  switch (l) {
    case Language::en: return "en";
    case Language::sv: return "sv";
    case Language::nb: return "nb";
  }
  return "en";
}

std::optional<Language> parse_language(std::string_view text) {
  if (text == "en") return Language::en;
  if (text == "sv") return Language::sv;
  if (text == "nb") return Language::nb;
  return std::nullopt;
}

std::string to_string(Better b) { return b == Better::higher ? "higher" : "lower"; }

std::optional<Better> parse_better(std::string_view text) {
  if (text == "higher") return Better::higher;
  if (text == "lower") return Better::lower;
  return std::nullopt;
}

const ChecklistItem* PhaseDefinition::find_item(std::string_view item_key) const {
  auto it = std::find_if(checklist.begin(), checklist.end(),
                         [&](const ChecklistItem& item) { return item.key == item_key; });
  return it == checklist.end() ? nullptr : &*it;
}

std::optional<std::size_t> Program::phase_index(std::string_view phase_key) const {
  for (std::size_t i = 0; i < phases.size(); ++i)
    if (phases[i].key == phase_key) return i;
  return std::nullopt;
}

const KpiDefinition* Program::find_kpi(std::string_view kpi_key) const {
  auto it = std::find_if(kpis.begin(), kpis.end(),
                         [&](const KpiDefinition& kpi) { return kpi.key == kpi_key; });
  return it == kpis.end() ? nullptr : &*it;
}

std::optional<std::string> Program::match_region(std::string_view text) const {
  if (text.empty()) return std::nullopt;
  if (regions.empty()) return std::string(text);
  for (const auto& region : regions)
    if (equals_ignoring_case(region, text)) return region;
  // The key form also folds non-ASCII case and accents: "ovre norrland" finds "Övre Norrland".
  std::string text_key = derive_key(text);
  if (text_key.empty()) return std::nullopt;
  for (const auto& region : regions)
    if (derive_key(region) == text_key) return region;
  return std::nullopt;
}

int Program::total_weeks() const {
  return std::accumulate(phases.begin(), phases.end(), 0,
                         [](int sum, const PhaseDefinition& p) { return sum + p.weeks; });
}

Program default_program() {
  Program p;
  p.name = "Lean production programme";
  p.language = Language::en;
  p.holiday_weeks = {1, 28, 29, 30, 31, 52, 53};
  p.phases = {
      PhaseDefinition{
          "vision",
          "Shared vision and driving force",
          10,
          2,
          {
              {"challenges", "Describe challenges, ambitions and key figures"},
              {"customer-needs", "Investigate customer needs and expectations"},
              {"employee-attitudes", "Map employees' attitudes and expectations"},
              {"lean-status", "Map Lean status"},
              {"pulse-rhythm", "Establish a progress rhythm with pulse meeting and pulse board"},
              {"guiding-principles", "Write guiding principles"},
              {"organise-phase-2", "Organise phase 2"},
          }},
      PhaseDefinition{"pilot",
                      "Pilot",
                      32,
                      2,
                      {
                          {"pilot-areas", "Choose pilot area(s)"},
                          {"improvement-tools", "Learn improvement tools in the pilot area"},
                      }},
      PhaseDefinition{"line",
                      "Line organisation",
                      26,
                      0,
                      {
                          {"anchoring", "Broad anchoring and involvement in the line organisation"},
                      }},
  };
  p.training_course = "Lean production, 7.5 credits";
  p.training_min_per_company = 2;
  p.gatherings_per_company = 3;
  p.pulse_every_days = 14;
  p.reminder_warn_days = 14;
  p.reminder_visit_grace_days = 7;
  p.reminder_mail_from = "";
  p.kpis = {
      {"delivery-precision", "Delivery precision", "%", Better::higher},
      {"lead-time", "Lead time", "days", Better::lower},
      {"productivity", "Productivity", "value added per hour", Better::higher},
      {"scrap", "Scrap rate", "%", Better::lower},
      {"sick-leave", "Sick leave", "%", Better::lower},
  };
  p.assessment_dimensions = {"leadership",
                             "customer-focus",
                             "flow",
                             "standardised-work",
                             "visual-management",
                             "continuous-improvement",
                             "employee-involvement"};
  p.assessment_scale_min = 1;
  p.assessment_scale_max = 5;
  return p;
}

}  // namespace plift
