#include "lookup.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "plift/core/text.hpp"

namespace plift::cli {

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

CLI::Validator whole_number(bool negative_allowed) {
  return CLI::Validator(
      [negative_allowed](std::string& value) -> std::string {
        std::string_view digits = value;
        if (negative_allowed && digits.starts_with('-')) digits.remove_prefix(1);
        // 18 digits always fit a 64-bit number; the command checks the range.
        bool plain = !digits.empty() && digits.size() <= 18 &&
                     digits.find_first_not_of("0123456789") == std::string_view::npos;
        if (plain) {
          // CLI11 would read "012" as octal 10; a person means twelve.
          std::size_t sign = value.size() - digits.size();
          std::size_t zeros = std::min(digits.find_first_not_of('0'), digits.size() - 1);
          value.erase(sign, zeros);
          return {};
        }
        return fmt::format("takes a whole number, not '{}'", visible_text(value));
      },
      "", "whole number");
}

}  // namespace plift::cli
