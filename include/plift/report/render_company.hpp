#pragma once
// The company report as JSON, Markdown and HTML. Renderers only lay out what
// company_report computed.
#include <ostream>

#include "plift/core/program.hpp"
#include "plift/render/render.hpp"
#include "plift/report/company_report.hpp"

namespace plift::report {

// Every field of the report; locale-free.
render::Json to_json(const CompanyReport& report);
// Headings, GitHub tables and short lines in the report's language.
void write_company_md(std::ostream& out, const CompanyReport& report);
// One self-contained page in the report's language: key numbers, SVG charts
// (the journey planned against actual with holiday weeks and the data's day,
// visits per phase, the pulse history, a trend line per key figure) and the
// Markdown report's lists and tables; no scripts, nothing fetched, print CSS
// for A4, every data string escaped. `program` gives what the report does not
// carry: the holiday weeks and each phase's visit cadence.
void write_company_html(std::ostream& out, const CompanyReport& report, const Program& program);

}  // namespace plift::report
