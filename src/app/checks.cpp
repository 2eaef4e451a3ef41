#include "plift/app/checks.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/core/text.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/database.hpp"
#include "plift/store/records.hpp"

namespace plift::app {

namespace {

[[noreturn]] void unknown(const std::string& noun, const std::string& plural, const std::string& key,
                          const std::vector<std::string>& known, const std::string& add_hint) {
  if (known.empty()) {
    throw RuleError(fmt::format("no {} '{}': there are no {} yet; {}", noun, key, plural, add_hint));
  }
  throw RuleError(fmt::format("no {} '{}'{}; known {}: {}", noun, key, did_you_mean(key, known), plural,
                              join_list(known)));
}

}  // namespace

Company require_company(Session& session, const std::string& key) {
  store::Database& db = session.database();
  if (auto company = store::find_company(db, key)) return *company;
  unknown("company", "companies", key, store::company_keys(db), "add one with 'plift company add'");
}

Coach require_coach(Session& session, const std::string& key) {
  store::Database& db = session.database();
  if (auto coach = store::find_coach(db, key)) return *coach;
  unknown("coach", "coaches", key, store::coach_keys(db), "add one with 'plift coach add'");
}

std::string require_region(Session& session, const std::string& text) {
  const Program& program = session.program();
  // With no regions configured, any text is a region, kept as typed.
  if (program.regions.empty()) require_storable_text(text, "the region", TextKind::line);
  if (auto region = program.match_region(text)) return *region;
  if (text.empty()) throw UsageError("the region may not be empty");
  throw RuleError(fmt::format("unknown region '{}'{}; the programme's regions are: {}", text,
                              did_you_mean(text, program.regions), join_list(program.regions, 20)));
}

std::size_t require_phase(Session& session, const std::string& phase_key) {
  const Program& program = session.program();
  if (auto index = program.phase_index(phase_key)) return *index;
  std::vector<std::string> keys;
  for (const PhaseDefinition& phase : program.phases) keys.push_back(phase.key);
  throw RuleError(fmt::format("unknown phase '{}'{}; the phases are: {}", phase_key, did_you_mean(phase_key, keys),
                              join_list(keys)));
}

void require_event_date(Session& session, const Company& company, Date day, std::string_view what) {
  Date today = session.today();
  if (day > today) {
    throw RuleError(fmt::format("{} {} is in the future (today is {})", what, format_date(day), format_date(today)));
  }
  if (day < company.start) {
    throw RuleError(fmt::format("{} {} is before {} started the programme on {}", what, format_date(day), company.key,
                                format_date(company.start)));
  }
  if (company.completed && day > *company.completed) {
    throw RuleError(fmt::format("{} {} is after {} completed the programme on {}", what, format_date(day),
                                company.key, format_date(*company.completed)));
  }
  if (company.withdrawn && day > *company.withdrawn) {
    throw RuleError(fmt::format("{} {} is after {} withdrew on {}", what, format_date(day), company.key,
                                format_date(*company.withdrawn)));
  }
}

void require_plan_fits_calendar(const Program& program, std::size_t first_phase, Date start, std::string_view what) {
  HolidayWeeks holidays = program.holidays();
  Date end = start - date::days{1};
  for (std::size_t i = first_phase; i < program.phases.size(); ++i) {
    end = planned_end(end + date::days{1}, program.phases[i].weeks, holidays);
    if (date::year_month_day{end}.year() > date::year{9999}) {
      throw UsageError(fmt::format("{} is too late: phase '{}' would be planned to end after 9999-12-31, the last "
                                   "day plift can write",
                                   what, program.phases[i].key));
    }
  }
}

void require_active(Session& session, const Company& company, std::string_view doing) {
  CompanyStatus status = status_on(company, session.today());
  switch (status) {
    case CompanyStatus::active:
      return;
    case CompanyStatus::planned:
      throw RuleError(fmt::format("cannot {} {}: it starts on {}", doing, company.key, format_date(company.start)));
    case CompanyStatus::completed:
      throw RuleError(fmt::format("cannot {} {}: it completed the programme on {}", doing, company.key,
                                  format_date(*company.completed)));
    case CompanyStatus::withdrawn:
      throw RuleError(fmt::format("cannot {} {}: it withdrew on {}", doing, company.key,
                                  format_date(*company.withdrawn)));
  }
}

void require_employees(long long employees, std::string_view what) {
  if (employees <= 0) throw UsageError(fmt::format("{} must be a whole number above 0, not {}", what, employees));
  if (employees > 1'000'000) {
    throw UsageError(fmt::format("{} must be a whole number from 1 to 1000000, not {}", what, employees));
  }
}

std::optional<std::string> empty_as_none(const std::optional<std::string>& value) {
  if (value && value->empty()) return std::nullopt;
  return value;
}

void require_text(const std::string& value, std::string_view what) {
  if (value.find_first_not_of(" \t") == std::string::npos) {
    throw UsageError(fmt::format("{} may not be empty", what));
  }
  require_storable_text(value, what, TextKind::line);
}

void require_free_text(const std::string& value, std::string_view what) {
  if (value.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw UsageError(fmt::format("{} may not be empty", what));
  }
  require_storable_text(value, what, TextKind::free_text);
}

void require_email(const std::string& email, std::string_view what) {
  require_storable_text(email, what, TextKind::line);
  auto at = email.find('@');
  bool plausible = at != std::string::npos && at > 0 && email.find('.', at) != std::string::npos &&
                   email.back() != '.' && email.find_first_of(" \t\r\n<>,;\"") == std::string::npos &&
                   email.find('@', at + 1) == std::string::npos;
  if (!plausible) throw UsageError(fmt::format("{} '{}' is not an e-mail address", what, email));
}

// ---------------------------------------------------------------------------
// Checks of the journey records, shared by their commands and `plift import`.

void require_person_name(const std::string& person, std::string_view what, std::string_view who) {
  if (person.find_first_not_of(" \t\r\n") == std::string::npos) {
    throw UsageError(fmt::format("{} may not be empty; give the {}'s name", what, who));
  }
  require_storable_text(person, what, TextKind::line);
}

VisitMode require_visit_mode(const std::string& text, std::string_view what) {
  auto mode = parse_visit_mode(text);
  if (!mode) throw UsageError(fmt::format("unknown {} '{}': use onsite or remote", what, text));
  return *mode;
}

void require_no_other_pulse(Session& session, const Pulse& pulse) {
  for (const Pulse& logged : store::list_pulses(session.database(), {pulse.company, pulse.date, pulse.date})) {
    if (logged.id != pulse.id) {
      throw RuleError(fmt::format("{} already has a pulse meeting on {} (#{}, {}); correct that one with "
                                  "'plift pulse edit {}'",
                                  pulse.company, format_date(pulse.date), logged.id, to_string(logged.status),
                                  logged.id));
    }
  }
}

void require_visit_not_logged(Session& session, const std::string& company, Date day,
                              const std::optional<std::string>& coach) {
  store::VisitFilter same_day;
  same_day.company = company;
  same_day.since = day;
  same_day.until = day;
  for (const Visit& logged : store::list_visits(session.database(), same_day)) {
    if (logged.coach == coach) {
      throw RuleError(fmt::format("a visit to {} on {}{} is already logged", company, format_date(day),
                                  coach ? fmt::format(" by {}", *coach) : std::string(" without a coach")));
    }
  }
}

TrainingRole require_training_role(const std::string& text, std::string_view what) {
  auto role = parse_training_role(text);
  if (!role) throw UsageError(fmt::format("unknown {} '{}': use employee, manager, union or other", what, text));
  return *role;
}

void require_after_enrolment(const TrainingParticipant& participant, Date day, std::string_view what) {
  if (day < participant.enrolled) {
    throw RuleError(fmt::format("{} {} is before {} enrolled on {}", what, format_date(day), participant.person,
                                format_date(participant.enrolled)));
  }
}

SteeringRole require_steering_role(const std::string& text, std::string_view what) {
  auto role = parse_steering_role(text);
  if (!role) throw UsageError(fmt::format("unknown {} '{}': use management, union or employee", what, text));
  return *role;
}

Gathering require_gathering(Session& session, const std::string& key) {
  store::Database& db = session.database();
  if (auto gathering = store::find_gathering(db, key)) return *gathering;
  std::vector<std::string> known = store::gathering_keys(db);
  if (known.empty()) {
    throw RuleError(
        fmt::format("no gathering '{}': there are no gatherings yet; add one with 'plift gathering add'", key));
  }
  throw RuleError(
      fmt::format("no gathering '{}'{}; known gatherings: {}", key, did_you_mean(key, known), join_list(known)));
}

GatheringKind require_gathering_kind(const std::string& text, std::string_view what) {
  auto kind = parse_gathering_kind(text);
  if (!kind) throw UsageError(fmt::format("unknown {} '{}': use joint or seminar", what, text));
  return *kind;
}

std::string trim_blanks(const std::string& text) {
  auto first = text.find_first_not_of(" \t");
  if (first == std::string::npos) return {};
  return text.substr(first, text.find_last_not_of(" \t") - first + 1);
}

void require_attendance_people(long long people, std::string_view what) {
  if (people < 1) throw UsageError(fmt::format("{} must be a whole number of at least 1, not {}", what, people));
}

void require_gathering_held(Session& session, const Gathering& gathering) {
  Date today = session.today();
  if (gathering.date > today) {
    throw RuleError(fmt::format("gathering {} takes place on {}, after today ({}); record who came once it has "
                                "taken place",
                                gathering.key, format_date(gathering.date), format_date(today)));
  }
}

const KpiDefinition& require_kpi(Session& session, const std::string& key) {
  const Program& program = session.program();
  if (const KpiDefinition* kpi = program.find_kpi(key)) return *kpi;
  std::vector<std::string> keys;
  for (const KpiDefinition& kpi : program.kpis) keys.push_back(kpi.key);
  if (keys.empty()) {
    throw RuleError(fmt::format("no KPI '{}': the config defines no KPIs; add [[kpi]] tables to it", key));
  }
  throw RuleError(fmt::format("no KPI '{}'{}; the config's KPIs are: {}", key, did_you_mean(key, keys),
                              join_list(keys, 40)));
}

// No exponents and no thousands separators: "1,234" is one point two three four.
std::optional<double> parse_decimal_value(std::string_view text) {
  std::string normal(text);
  if (normal.starts_with('+')) {
    normal.erase(0, 1);
    if (normal.starts_with('-')) return std::nullopt;
  }
  std::size_t separators = 0;
  std::size_t digits = 0;
  for (std::size_t i = 0; i < normal.size(); ++i) {
    char& c = normal[i];
    if (c == ',') c = '.';
    if (c >= '0' && c <= '9') {
      ++digits;
    } else if (c == '.') {
      ++separators;
    } else if (!(c == '-' && i == 0)) {
      return std::nullopt;
    }
  }
  if (digits == 0 || separators > 1) return std::nullopt;
  double value = 0;
  auto [end, error] = std::from_chars(normal.data(), normal.data() + normal.size(), value, std::chars_format::fixed);
  if (error != std::errc() || end != normal.data() + normal.size() || !std::isfinite(value)) return std::nullopt;
  return value == 0 ? 0.0 : value;  // not "-0"
}

namespace {

// Digits between the first and the last that is not 0: "0.012300" has 3.
std::size_t significant_digits(std::string_view text) {
  std::string digits;
  for (char c : text) {
    if (c >= '0' && c <= '9') digits += c;
  }
  auto first = digits.find_first_not_of('0');
  if (first == std::string::npos) return 0;
  return digits.find_last_not_of('0') - first + 1;
}

}  // namespace

double require_kpi_value(const std::string& text, std::string_view what) {
  auto value = parse_decimal_value(text);
  if (!value) {
    throw UsageError(fmt::format("{} must be a decimal number such as 12.5, -3 or 12,5, not '{}'", what,
                                 visible_text(text, 40)));
  }
  // A value is kept as a double, exact to 15 significant digits: one with more
  // would be stored, and shown, as a different number.
  if (significant_digits(text) > 15) {
    throw UsageError(fmt::format("{} '{}' has more than 15 significant digits, more than plift keeps exactly", what,
                                 visible_text(text, 40)));
  }
  return *value;
}

void require_assessment_dimensions(const Program& program) {
  if (program.assessment_dimensions.empty()) {
    throw RuleError("the config defines no assessment dimensions; list them in [assessment] dimensions");
  }
}

void require_assessment_dimension(const Program& program, const std::string& dimension) {
  const std::vector<std::string>& dimensions = program.assessment_dimensions;
  if (std::find(dimensions.begin(), dimensions.end(), dimension) == dimensions.end()) {
    throw RuleError(fmt::format("no assessment dimension '{}'{}; the dimensions are: {}", dimension,
                                did_you_mean(dimension, dimensions), join_list(dimensions, 40)));
  }
}

int require_assessment_score(const Program& program, const std::string& dimension, const std::string& text) {
  int low = program.assessment_scale_min;
  int high = program.assessment_scale_max;
  int score = 0;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), score);
  if (text.empty() || error != std::errc() || end != text.data() + text.size()) {
    throw UsageError(fmt::format("the score of '{}' must be a whole number from {} to {}, not '{}'", dimension, low,
                                 high, text));
  }
  if (score < low || score > high) {
    throw UsageError(fmt::format("the score of '{}' must be from {} to {} (the [assessment] scale), not {}",
                                 dimension, low, high, score));
  }
  return score;
}

std::vector<std::string> unscored_dimensions(const Program& program, const std::map<std::string, int>& scores) {
  std::vector<std::string> missing;
  for (const std::string& dimension : program.assessment_dimensions) {
    if (!scores.contains(dimension)) missing.push_back(dimension);
  }
  return missing;
}

std::string unscored_message(const Program& program, const std::vector<std::string>& missing) {
  return fmt::format("no score for {}; an assessment scores all {} dimensions", join_list(missing, 40),
                     program.assessment_dimensions.size());
}

FoundChecklistItem find_checklist_item(Session& session, const Company& company, const std::vector<PhaseRecord>& history,
                                       const std::string& item_key) {
  const Program& program = session.program();
  for (std::size_t i = history.size(); i-- > 0;) {
    auto index = program.phase_index(history[i].phase);
    if (!index) continue;
    const PhaseDefinition& phase = program.phases[*index];
    if (const ChecklistItem* item = phase.find_item(item_key)) return {i, &phase, item};
  }
  for (const PhaseDefinition& phase : program.phases) {
    if (phase.find_item(item_key)) {
      throw RuleError(fmt::format("checklist item '{}' belongs to phase '{}', which {} has not reached", item_key,
                                  phase.key, company.key));
    }
  }
  std::vector<std::string> known;
  if (!history.empty()) {
    if (auto index = program.phase_index(history.back().phase)) {
      for (const ChecklistItem& item : program.phases[*index].checklist) known.push_back(item.key);
    }
  }
  throw RuleError(fmt::format("no checklist item '{}'{}; the items of {}'s current phase are: {}", item_key,
                              did_you_mean(item_key, known), company.key, known.empty() ? "(none)" : join_list(known)));
}

void require_in_phase(const Company& company, const std::vector<PhaseRecord>& history,
                      const FoundChecklistItem& found, Date day, std::string_view what) {
  Date entered = history[found.history_index].started;
  if (day < entered) {
    throw RuleError(fmt::format("{} {} is before {} entered phase '{}' on {}", what, format_date(day), company.key,
                                found.phase->key, format_date(entered)));
  }
}

// Dates are written YYYY-MM-DD: "tomorrow" on 9999-12-31 (or "yesterday" on
// 0000-01-01) has no such form, and a database holding one could not be read.
Date parse_writable_date(const std::string& text, Date today, std::string_view what) {
  Date day = plift::parse_date(text, today, what);
  int year = static_cast<int>(date::year_month_day{day}.year());
  if (year < 0 || year > 9999) {
    throw UsageError(fmt::format("invalid date for {}: '{}' falls outside the years 0000 to 9999", what,
                                 visible_text(text)));
  }
  return day;
}

}  // namespace plift::app
