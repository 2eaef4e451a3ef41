#pragma once
// What the commands share in reading a command line and showing a company:
// whole-number options and the JSON shape of a company. The checks of
// values and records are the use cases' (plift/app/checks.hpp).

#include <optional>

#include "context.hpp"
#include "plift/app/checks.hpp"
#include "plift/core/journey.hpp"

namespace plift::cli {

// PRODUCT.md's company fields: key, name, org_number, region, sector,
// employees, start, status, phase, phase_started, phase_planned_end, coach.
render::Json company_json(const Company& company, const std::optional<PhaseRecord>& current_phase,
                          Date today);

// An option taking a whole number accepts decimal digits only (with a leading
// '-' when `negative_allowed`, so that the command can say why -1 is wrong):
// not "0x10", " 12 ", "1e3" or "", which CLI11 would read as something else;
// "012" is twelve (CLI11 alone reads it as octal).
CLI::Validator whole_number(bool negative_allowed);  // for Option::transform

using render::optional_json;

}  // namespace plift::cli
