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

namespace {

// Moving the start moves the first phase with it; refused once the company
// left that phase or when records would fall before the new start.
// The first record that would lie outside the journey as `records` describe
// it, as the end of a sentence ("a pulse meeting on … is before …").
std::optional<std::string> first_record_outside(const CompanyRecords& records) {
  std::vector<Finding> outside = records_outside_journey(records);
  if (outside.empty()) return std::nullopt;
  std::string reason = outside.front().message;
  reason.front() = static_cast<char>(std::tolower(static_cast<unsigned char>(reason.front())));
  if (reason.back() == '.') reason.pop_back();
  return reason;
}

void move_start(Session& session, store::WriteTransaction& tx, const RecordingPolicy& policy, const Company& company,
                Date start) {
  const Program& program = session.program();
  const std::string& key = company.key;
  require_plan_fits_calendar(program, 0, start, policy.valued("--start", "start", format_date(start)));
  std::vector<PhaseRecord> history = store::phase_history(session.database(), key);
  if (history.size() != 1 || history.front().ended) {
    throw RuleError(
        policy.about("start", fmt::format("cannot move the start of {}: it has already left its first phase", key)));
  }
  CompanyRecords moved = store::load_company_records(session.database(), company);
  moved.company.start = start;
  if (auto reason = first_record_outside(moved)) {
    throw RuleError(
        policy.about("start", fmt::format("cannot move the start of {} to {}: {}", key, format_date(start), *reason)));
  }
  PhaseRecord first = enter_phase(program, *program.phase_index(history.front().phase), start);
  store::replace_first_phase(tx, key, first);
}

// The end of a journey given with the company (history only), as `company
// withdraw` or the last `phase advance` would have left it.
void check_journey_end(Session& session, const RecordingPolicy& policy, const Company& company) {
  if (company.completed && company.withdrawn) {
    throw UsageError("columns 'completed' and 'withdrawn': a journey ends one way, not both");
  }
  if (company.withdrawn && !company.withdraw_reason) {
    throw UsageError(policy.about("withdraw_reason", "a withdrawal needs its reason"));
  }
  if (company.withdraw_reason && !company.withdrawn) {
    throw UsageError(policy.about("withdrawn", "a withdraw_reason needs the withdrawal date"));
  }
  for (auto [end, column] : {std::pair{company.completed, "completed"}, std::pair{company.withdrawn, "withdrawn"}}) {
    if (!end) continue;
    if (*end < company.start) {
      throw RuleError(policy.about(column, fmt::format("{} is before {} started the programme on {}",
                                                       format_date(*end), company.key, format_date(company.start))));
    }
    if (*end > session.today()) {
      throw RuleError(policy.about(column, fmt::format("{} is in the future (today is {})", format_date(*end),
                                                       format_date(session.today()))));
    }
  }
}

}  // namespace

std::string add_company(Recorder& recorder, const NewCompany& request) {
  Session& session = recorder.session;
  const RecordingPolicy& policy = recorder.policy;
  require_text(request.name, policy.name("the company name", "name"));
  require_text(request.sector, policy.name("--sector", "sector"));
  require_employees(request.employees, policy.name("--employees", "employees"));
  std::string key = request.key;
  if (key.empty()) {
    key = derive_key(request.name);
    if (key.empty()) {
      bool options = policy.names == RecordingPolicy::Names::options;
      throw UsageError(policy.about("key", fmt::format("cannot make a key from the name '{}'; give one{}",
                                                       request.name, options ? " with --key" : "")));
    }
  } else {
    require_valid_key(key, policy.name("--key", "key"));
  }
  const Program& program = session.program();
  Company company;
  company.key = key;
  company.name = request.name;
  company.region = require_region(session, request.region);
  company.sector = request.sector;
  company.employees = static_cast<int>(request.employees);
  company.start = request.start;
  require_plan_fits_calendar(program, 0, company.start, policy.valued("--start", "start", format_date(company.start)));
  company.org_number = empty_as_none(request.org_number);
  if (auto coach = empty_as_none(request.coach)) company.coach = require_coach(session, *coach).key;
  company.completed = request.completed;
  company.withdrawn = request.withdrawn;
  company.withdraw_reason = empty_as_none(request.withdraw_reason);
  check_journey_end(session, policy, company);
  if (auto existing = store::find_company(session.database(), key)) {
    if (!policy.replaces()) {
      policy.refuse_existing(fmt::format("a company with key '{}' already exists ({})", key, existing->name),
                             "; choose another with --key");
    }
    if (company.start != existing->start) move_start(session, recorder.tx, policy, *existing, company.start);
    store::replace_company(recorder.tx, company);
  } else {
    store::insert_company(recorder.tx, company);
    PhaseRecord first = enter_phase(program, 0, company.start);
    if (auto end = company.completed ? company.completed : company.withdrawn) first.ended = std::max(*end, company.start);
    store::insert_phase(recorder.tx, key, 1, first);
  }
  recorder.remember(company);
  return key;
}

std::string add_company(Session& session, const NewCompany& request) {
  store::WriteTransaction tx(session.database());
  Recorder recorder(session, tx, RecordingPolicy::command());
  std::string key = add_company(recorder, request);
  tx.commit();
  return key;
}

namespace {

// A withdrawal moved to `day`: within the journey as `company withdraw`
// checks it, and the phase the company was in then ends on that day.
void move_withdrawal(Session& session, store::WriteTransaction& tx, const Company& company, Date day) {
  Company still_active = company;
  still_active.withdrawn.reset();
  require_event_date(session, still_active, day, "the withdrawal date");
  std::vector<PhaseRecord> history = store::phase_history(session.database(), company.key);
  if (history.empty()) return;
  const PhaseRecord& last = history.back();
  if (history.size() > 1 && day < last.started) {
    throw RuleError(fmt::format("the withdrawal date {} is before {} entered phase '{}' on {}", format_date(day),
                                company.key, last.phase, format_date(last.started)));
  }
  CompanyRecords moved = store::load_company_records(session.database(), company);
  moved.company.withdrawn = day;
  if (auto reason = first_record_outside(moved)) {
    throw RuleError(fmt::format("cannot move the withdrawal of {} to {}: {}", company.key, format_date(day), *reason));
  }
  store::close_phase(tx, company.key, static_cast<int>(history.size()), std::max(day, last.started),
                     last.forced_reason);
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
    move_start(session, tx, RecordingPolicy::command(), company, *edit.start);
    changes.start = *edit.start;
    changed.push_back("start");
  }
  if ((edit.withdrawn || edit.withdraw_reason) && !company.withdrawn) {
    throw RuleError(fmt::format("{} has not withdrawn: --withdrawn and --withdraw-reason correct a withdrawal; "
                                "'plift company withdraw {}' records one",
                                company.key, company.key));
  }
  if (edit.withdraw_reason) {
    require_free_text(*edit.withdraw_reason, "--withdraw-reason");
    changes.withdraw_reason = std::optional(*edit.withdraw_reason);
    changed.push_back("withdraw_reason");
  }
  if (edit.withdrawn) {
    move_withdrawal(session, tx, company, *edit.withdrawn);
    changes.withdrawn = std::optional(*edit.withdrawn);
    changed.push_back("withdrawn");
  }
  if (changed.empty()) {
    throw UsageError(
        "nothing to change: give --name, --region, --sector, --employees, --start, --org-number, --coach, "
        "--withdrawn or --withdraw-reason");
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

std::vector<std::pair<std::string, std::int64_t>> remove_company(Session& session, const std::string& key,
                                                                 bool with_records) {
  store::WriteTransaction tx(session.database());
  Company company = require_company(session, key);
  auto counts = store::company_record_counts(session.database(), company.key);
  if (!counts.empty() && !with_records) {
    std::vector<std::string> held;
    for (const auto& [what, count] : counts) held.push_back(fmt::format("{}: {}", what, count));
    throw RuleError(fmt::format("{} has records: {}; remove them with it by adding --with-records, or end its "
                                "journey instead with 'plift company withdraw {}'",
                                company.key, join_list(held, 20), company.key));
  }
  store::delete_company(tx, company.key);
  tx.commit();
  return counts;
}

}  // namespace plift::app
