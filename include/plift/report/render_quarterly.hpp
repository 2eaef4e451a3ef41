#pragma once
// The quarterly report as JSON, CSV (its companies table) and Markdown.
// Renderers only lay out what quarterly_report computed.
#include <ostream>

#include "plift/render/render.hpp"
#include "plift/report/quarterly.hpp"

namespace plift::report {

render::Json to_json(const QuarterlyReport& report);
// One row per company, UTF-8 with a byte order mark so spreadsheets read the
// letters right; formula prefixes neutralised.
void write_quarterly_csv(std::ostream& out, const QuarterlyReport& report);
// Headings, GitHub tables and short lines in the report's language.
void write_quarterly_md(std::ostream& out, const QuarterlyReport& report);

}  // namespace plift::report
