#pragma once
// Lookups and checks the commands share: records by key (with "did you mean"),
// the dates an event may carry, and the JSON shape of a company.

#include <string>

#include "context.hpp"
#include "plift/core/coach.hpp"
#include "plift/core/journey.hpp"

namespace plift::cli {

// The company with this key, or RuleError naming the nearest keys.
Company require_company(Context& ctx, const std::string& key);
Coach require_coach(Context& ctx, const std::string& key);
// The configured region `text` names, or RuleError listing the regions.
std::string require_region(Context& ctx, const std::string& text);
// The index of a configured phase, or RuleError listing the phases.
std::size_t require_phase(Context& ctx, const std::string& phase_key);

// An event of a company's journey may not lie in the future, before the
// company's start, or after it completed or withdrew.
void require_event_date(Context& ctx, const Company& company, Date day, std::string_view what);

// Throws RuleError unless the company is active today.
void require_active(Context& ctx, const Company& company, std::string_view doing);

// PRODUCT.md's company fields: key, name, org_number, region, sector,
// employees, start, status, phase, phase_started, phase_planned_end, coach.
render::Json company_json(const Company& company, const std::optional<PhaseRecord>& current_phase,
                          Date today);

using render::optional_json;

}  // namespace plift::cli
