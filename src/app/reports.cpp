#include "plift/app/reports.hpp"

#include <algorithm>

#include "plift/store/acknowledgements.hpp"
#include "plift/store/company_records.hpp"
#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

namespace plift::app {

report::QuarterlyReport quarterly_report(Session& session, const Program& program, const Quarter& quarter,
                                         const std::optional<std::string>& region) {
  store::ReadTransaction snapshot(session.database());
  store::Database& db = session.database();
  Date today = session.today();
  // Only what the quarter needs: the records of the companies active in it
  // (of the region), not ten years of every company's.
  Date as_of = std::min(quarter.last_day(), today);
  store::CompanyScope in_quarter = store::CompanyScope::active_between(quarter.first_day(), as_of).in_region(region);
  return report::quarterly_report(program, store::companies_in_scope(db, store::CompanyScope::all().in_region(region)),
                                  store::load_all_company_records(db, in_quarter),
                                  store::list_gatherings_between(db, quarter.first_day(), as_of),
                                  store::list_coaches(db), quarter, region, today);
}

report::CompanyReport company_report(Session& session, const Program& program, const Company& company) {
  store::ReadTransaction snapshot(session.database());
  return report::company_report(program, store::load_company_records(session.database(), company),
                                store::list_coaches(session.database()), session.today(),
                                store::list_acknowledgements(session.database(), company.key));
}

}  // namespace plift::app
