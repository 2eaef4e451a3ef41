#pragma once
// Loading everything recorded about companies at once, for `company show`,
// `plift check` and reports: a fixed number of queries, whatever the count.

#include <vector>

#include "plift/core/company_view.hpp"
#include "plift/store/database.hpp"
#include "plift/store/records.hpp"

namespace plift::store {

CompanyRecords load_company_records(Database& db, const Company& company);

// The records of every company in scope, ordered by company key.
std::vector<CompanyRecords> load_all_company_records(Database& db, const CompanyScope& scope = CompanyScope::all());

}  // namespace plift::store
