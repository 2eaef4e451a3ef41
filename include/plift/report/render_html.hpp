#pragma once
// The quarterly report as one self-contained HTML page: key numbers, inline
// SVG charts and the Markdown report's tables; no scripts, no network, print
// CSS for A4. Lays out only what quarterly_report computed.
#include <ostream>
#include <string>
#include <string_view>

#include "plift/report/quarterly.hpp"

namespace plift::report {

// & < > " ' as character references, so data text can never become markup.
std::string escape_html(std::string_view text);

// In the report's language; the same report gives the same bytes.
void write_quarterly_html(std::ostream& out, const QuarterlyReport& report);

}  // namespace plift::report
