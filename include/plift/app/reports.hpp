#pragma once
// plift report quarterly|company: the reports as data, from the records as
// they stood; rendering them is the caller's.

#include <optional>
#include <string>

#include "plift/app/session.hpp"
#include "plift/report/company_report.hpp"
#include "plift/report/quarterly.hpp"

namespace plift::app {

// `program` is the session's, or a copy in another language. Reads only the
// companies active in the quarter (of the region).
report::QuarterlyReport quarterly_report(Session& session, const Program& program, const Quarter& quarter,
                                         const std::optional<std::string>& region);

report::CompanyReport company_report(Session& session, const Program& program, const Company& company);

}  // namespace plift::app
