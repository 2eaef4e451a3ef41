#include "lookup.hpp"

#include <fmt/format.h>

#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/store/records.hpp"

namespace plift::cli {

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

Company require_company(Context& ctx, const std::string& key) {
  store::Database& db = ctx.database();
  if (auto company = store::find_company(db, key)) return *company;
  unknown("company", "companies", key, store::company_keys(db), "add one with 'plift company add'");
}

Coach require_coach(Context& ctx, const std::string& key) {
  store::Database& db = ctx.database();
  if (auto coach = store::find_coach(db, key)) return *coach;
  unknown("coach", "coaches", key, store::coach_keys(db), "add one with 'plift coach add'");
}

std::string require_region(Context& ctx, const std::string& text) {
  const Program& program = ctx.program();
  if (auto region = program.match_region(text)) return *region;
  if (text.empty()) throw UsageError("the region may not be empty");
  throw RuleError(fmt::format("unknown region '{}'{}; the programme's regions are: {}", text,
                              did_you_mean(text, program.regions), join_list(program.regions, 20)));
}

std::size_t require_phase(Context& ctx, const std::string& phase_key) {
  const Program& program = ctx.program();
  if (auto index = program.phase_index(phase_key)) return *index;
  std::vector<std::string> keys;
  for (const PhaseDefinition& phase : program.phases) keys.push_back(phase.key);
  throw RuleError(fmt::format("unknown phase '{}'{}; the phases are: {}", phase_key, did_you_mean(phase_key, keys),
                              join_list(keys)));
}

void require_event_date(Context& ctx, const Company& company, Date day, std::string_view what) {
  Date today = ctx.today();
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

void require_active(Context& ctx, const Company& company, std::string_view doing) {
  CompanyStatus status = status_on(company, ctx.today());
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

render::Json company_json(const Company& company, const std::optional<PhaseRecord>& current_phase, Date today) {
  CompanyStatus status = status_on(company, today);
  std::optional<PhaseRecord> phase = status == CompanyStatus::active ? current_phase : std::nullopt;
  // Appended in order without the key lookups of json[...] = …: company list
  // builds this for every company of a national programme.
  render::Json json(render::Json::value_t::object);
  auto& fields = static_cast<render::Json::object_t::Container&>(json.get_ref<render::Json::object_t&>());
  fields.reserve(15);
  auto put = [&fields](const char* name, render::Json value) { fields.emplace_back(name, std::move(value)); };
  put("key", company.key);
  put("name", company.name);
  put("org_number", optional_json(company.org_number));
  put("region", company.region);
  put("sector", company.sector);
  put("employees", company.employees);
  put("start", format_date(company.start));
  put("status", to_string(status));
  put("phase", phase ? render::Json(phase->phase) : render::Json(nullptr));
  put("phase_started", phase ? render::Json(format_date(phase->started)) : render::Json(nullptr));
  put("phase_planned_end", phase ? render::Json(format_date(phase->planned_end)) : render::Json(nullptr));
  put("coach", optional_json(company.coach));
  put("completed", optional_json(company.completed));
  put("withdrawn", optional_json(company.withdrawn));
  put("withdraw_reason", optional_json(company.withdraw_reason));
  return json;
}

}  // namespace plift::cli
