#pragma once
// The company report as JSON and Markdown. Renderers only lay out what
// company_report computed.
#include <ostream>

#include "plift/render/render.hpp"
#include "plift/report/company_report.hpp"

namespace plift::report {

// Every field of the report; locale-free.
render::Json to_json(const CompanyReport& report);
// Headings, GitHub tables and short lines in the report's language.
void write_company_md(std::ostream& out, const CompanyReport& report);

}  // namespace plift::report
