#include "plift/app/phase.hpp"

#include <fmt/format.h>

#include "plift/app/checks.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

namespace plift::app {

Tick check_item(Session& session, const std::string& key, const std::string& item_key, Date day) {
  store::WriteTransaction tx(session.database());
  store::Database& db = session.database();
  Company company = require_company(session, key);
  require_active(session, company, "tick a checklist item of");
  std::vector<PhaseRecord> history = store::phase_history(db, key);
  FoundChecklistItem found = find_checklist_item(session, company, history, item_key);
  require_event_date(session, company, day, "the date");
  require_in_phase(company, history, found, day, "the date");
  Tick tick{found.phase->key, day, false, 0, found.phase->checklist.size()};
  for (const ChecklistTick& existing : store::checklist_ticks(db, key)) {
    if (existing.phase == found.phase->key && existing.item == item_key) {
      tick.already_ticked = true;
      tick.date = existing.date;
      return tick;
    }
  }
  store::insert_tick(tx, key, {found.phase->key, item_key, day});
  tick.done = tick.total - open_checklist_items(*found.phase, store::checklist_ticks(db, key)).size();
  tx.commit();
  return tick;
}

std::string uncheck_item(Session& session, const std::string& key, const std::string& item_key) {
  store::WriteTransaction tx(session.database());
  Company company = require_company(session, key);
  require_active(session, company, "change the checklist of");
  std::vector<PhaseRecord> history = store::phase_history(session.database(), key);
  FoundChecklistItem found = find_checklist_item(session, company, history, item_key);
  const PhaseRecord& phase = history[found.history_index];
  if (phase.ended && !phase.forced_reason) {
    throw RuleError(fmt::format("cannot untick '{}' of {}: phase '{}' ended on {} with its checklist done", item_key,
                                key, found.phase->key, format_date(*phase.ended)));
  }
  if (!store::delete_tick(tx, key, found.phase->key, item_key)) {
    throw RuleError(fmt::format("{}: checklist item '{}' is not ticked", key, item_key));
  }
  tx.commit();
  return found.phase->key;
}

Advanced advance_phase(Session& session, const Advance& request) {
  if (request.force && request.reason.find_first_not_of(" \t") == std::string::npos) {
    throw UsageError("--force needs --reason TEXT saying why the phase moves on with open items");
  }
  if (!request.force && !request.reason.empty()) throw UsageError("--reason goes with --force");
  const std::string& key = request.key;
  const Program& program = session.program();
  store::WriteTransaction tx(session.database());
  store::Database& db = session.database();
  Company company = require_company(session, key);
  require_active(session, company, "advance");
  std::vector<PhaseRecord> history = store::phase_history(db, key);
  const PhaseRecord* current = current_phase(history);
  if (!current) throw RuleError(fmt::format("{} is in no phase", key));
  std::size_t index = require_phase(session, current->phase);
  const PhaseDefinition& phase = program.phases[index];
  Date day = request.day;
  require_event_date(session, company, day, "the date");
  if (day <= current->started) {
    throw RuleError(fmt::format("cannot advance {} on {}: phase '{}' started on {}; the move must come after that",
                                key, format_date(day), phase.key, format_date(current->started)));
  }
  std::vector<ChecklistItem> open = open_checklist_items(phase, store::checklist_ticks(db, key));
  if (!open.empty() && !request.force) {
    std::vector<std::string> names;
    for (const ChecklistItem& item : open) names.push_back(fmt::format("{} ({})", item.key, item.title));
    throw RuleError(fmt::format(
        "cannot advance {} from phase '{}': {} checklist item{} open: {}; tick {} with 'plift phase check {} ITEM', "
        "or move on anyway with --force --reason TEXT",
        key, phase.key, open.size(), open.size() == 1 ? " is" : "s are", join_list(names, 20),
        open.size() == 1 ? "it" : "them", key));
  }
  std::optional<std::string> reason;
  if (request.force) reason = request.reason;
  int seq = static_cast<int>(history.size());
  require_plan_fits_calendar(program, index + 1, day, fmt::format("the date {}", format_date(day)));
  store::close_phase(tx, key, seq, day, reason);
  Advanced advanced{phase.key, std::nullopt};
  if (index + 1 < program.phases.size()) {
    advanced.entered = enter_phase(program, index + 1, day);
    store::insert_phase(tx, key, seq + 1, *advanced.entered);
  } else {
    store::CompanyChanges changes;
    changes.completed = std::optional(day);
    store::update_company(tx, key, changes);
  }
  tx.commit();
  return advanced;
}

std::vector<PhaseStatus> phase_status_of_active(Session& session) {
  store::ReadTransaction snapshot(session.database());
  store::Database& db = session.database();
  const Program& program = session.program();
  Date today = session.today();
  // One query per kind of record, not one per company: this lists the whole
  // programme. Only the companies active today: their rows are found through
  // the indexes, where "in a phase" made the store scan the visits.
  const auto scope = store::CompanyScope::active_on(today);
  auto ticks = store::checklist_ticks_by_company(db, scope);
  auto histories = store::phase_histories_by_company(db, scope);
  auto visits = store::visits_by_company(db, scope);
  std::vector<PhaseStatus> statuses;
  for (const Company& company : store::companies_in_scope(db, scope)) {
    const std::vector<PhaseRecord>& history = histories[company.key];
    const PhaseRecord* current = current_phase(history);
    if (!current || status_on(company, today) != CompanyStatus::active) continue;
    statuses.push_back(phase_status(program, company, *current, history, ticks[company.key], visits[company.key],
                                    today));
  }
  return statuses;
}

CompanyPhaseStatus phase_status_of(Session& session, const std::string& key) {
  store::ReadTransaction snapshot(session.database());
  store::Database& db = session.database();
  Company company = require_company(session, key);
  std::vector<PhaseRecord> history = store::phase_history(db, key);
  const PhaseRecord* current = current_phase(history);
  if (!current || status_on(company, session.today()) != CompanyStatus::active) {
    require_active(session, company, "show the phase of");
  }
  std::vector<ChecklistTick> ticks = store::checklist_ticks(db, key);
  VisitFilter company_visits;
  company_visits.company = key;
  std::vector<Visit> visits = store::list_visits(db, company_visits);
  return {phase_status(session.program(), company, *current, history, ticks, visits, session.today()),
          std::move(ticks)};
}

}  // namespace plift::app
