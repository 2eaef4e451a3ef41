#include "plift/app/company.hpp"

#include <fmt/format.h>

#include <cctype>

#include "plift/app/checks.hpp"
#include "plift/core/company_view.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/store/company_records.hpp"
#include "plift/store/database.hpp"
#include "plift/store/records.hpp"

namespace plift::app {

std::string add_company(Session& session, const NewCompany& request) {
  require_text(request.name, "the company name");
  require_text(request.sector, "--sector");
  require_employees(request.employees, "--employees");
  std::string key = request.key;
  if (key.empty()) {
    key = derive_key(request.name);
    if (key.empty()) {
      throw UsageError(fmt::format("cannot make a key from the name '{}'; give one with --key", request.name));
    }
  } else {
    require_valid_key(key, "--key");
  }
  const Program& program = session.program();
  store::WriteTransaction tx(session.database());
  Company company;
  company.key = key;
  company.name = request.name;
  company.region = require_region(session, request.region);
  company.sector = request.sector;
  company.employees = static_cast<int>(request.employees);
  company.start = request.start;
  require_plan_fits_calendar(program, 0, company.start, fmt::format("--start {}", format_date(company.start)));
  company.org_number = empty_as_none(request.org_number);
  if (auto coach = empty_as_none(request.coach)) company.coach = require_coach(session, *coach).key;
  if (auto existing = store::find_company(session.database(), key)) {
    throw RuleError(fmt::format("a company with key '{}' already exists ({}); choose another with --key", key,
                                existing->name));
  }
  store::insert_company(tx, company);
  store::insert_phase(tx, key, 1, enter_phase(program, 0, company.start));
  tx.commit();
  return key;
}

namespace {

// Moving the start moves the first phase with it; refused once the company
// left that phase or when records would fall before the new start.
void move_start(Session& session, store::WriteTransaction& tx, const Company& company, Date start) {
  const Program& program = session.program();
  const std::string& key = company.key;
  require_plan_fits_calendar(program, 0, start, fmt::format("--start {}", format_date(start)));
  std::vector<PhaseRecord> history = store::phase_history(session.database(), key);
  if (history.size() != 1 || history.front().ended) {
    throw RuleError(fmt::format("cannot move the start of {}: it has already left its first phase", key));
  }
  CompanyRecords moved = store::load_company_records(session.database(), company);
  moved.company.start = start;
  std::vector<Finding> outside = records_outside_journey(moved);
  if (!outside.empty()) {
    std::string reason = outside.front().message;
    reason.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(reason.front())));
    if (reason.back() == '.') reason.pop_back();
    throw RuleError(fmt::format("cannot move the start of {} to {}: {}", key, format_date(start), reason));
  }
  PhaseRecord first = enter_phase(program, *program.phase_index(history.front().phase), start);
  store::replace_first_phase(tx, key, first);
}

}  // namespace

std::vector<std::string> edit_company(Session& session, const std::string& key, const CompanyEdit& edit) {
  if (edit.name) require_text(*edit.name, "--name");
  if (edit.sector) require_text(*edit.sector, "--sector");
  if (edit.employees) require_employees(*edit.employees, "--employees");
  store::WriteTransaction tx(session.database());
  Company company = require_company(session, key);
  store::CompanyChanges changes;
  std::vector<std::string> changed;
  if (edit.name) {
    changes.name = *edit.name;
    changed.push_back("name");
  }
  if (edit.region) {
    changes.region = require_region(session, *edit.region);
    changed.push_back("region");
  }
  if (edit.sector) {
    changes.sector = *edit.sector;
    changed.push_back("sector");
  }
  if (edit.employees) {
    changes.employees = static_cast<int>(*edit.employees);
    changed.push_back("employees");
  }
  if (edit.org_number) {
    changes.org_number = empty_as_none(edit.org_number);
    changed.push_back("org_number");
  }
  if (edit.coach) {
    changes.coach = edit.coach->empty() ? std::nullopt : std::optional(require_coach(session, *edit.coach).key);
    changed.push_back("coach");
  }
  if (edit.start) {
    move_start(session, tx, company, *edit.start);
    changes.start = *edit.start;
    changed.push_back("start");
  }
  if (changed.empty()) {
    throw UsageError("nothing to change: give --name, --region, --sector, --employees, --start, --org-number or --coach");
  }
  store::update_company(tx, key, changes);
  tx.commit();
  return changed;
}

void withdraw_company(Session& session, const std::string& key, Date day, const std::string& reason) {
  require_free_text(reason, "--reason");
  store::WriteTransaction tx(session.database());
  Company company = require_company(session, key);
  Date today = session.today();
  CompanyStatus status = status_on(company, today);
  if (status == CompanyStatus::completed || status == CompanyStatus::withdrawn) {
    require_active(session, company, "withdraw");
  }
  if (status == CompanyStatus::active) {
    require_event_date(session, company, day, "the withdrawal date");
  } else if (day > today) {
    throw RuleError(fmt::format("the withdrawal date {} is in the future (today is {})", format_date(day),
                                format_date(today)));
  }
  std::vector<PhaseRecord> history = store::phase_history(session.database(), key);
  for (std::size_t i = 0; i < history.size(); ++i) {
    if (history[i].ended) continue;
    // The journey cannot end before the phase it is in began.
    if (i > 0 && day < history[i].started) {
      throw RuleError(fmt::format("the withdrawal date {} is before {} entered phase '{}' on {}", format_date(day),
                                  key, history[i].phase, format_date(history[i].started)));
    }
    store::close_phase(tx, key, static_cast<int>(i + 1), std::max(day, history[i].started), std::nullopt);
  }
  store::CompanyChanges changes;
  changes.withdrawn = std::optional(day);
  changes.withdraw_reason = std::optional(reason);
  store::update_company(tx, key, changes);
  tx.commit();
}

}  // namespace plift::app
