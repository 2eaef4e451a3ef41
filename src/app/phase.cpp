#include "plift/app/phase.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "plift/app/checks.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

namespace plift::app {

namespace {

// The item of the named phase, which the company must have reached.
FoundChecklistItem find_item_in_phase(Session& session, const RecordingPolicy& policy, const Company& company,
                                      const std::vector<PhaseRecord>& history, const std::string& phase_key,
                                      const std::string& item_key) {
  const Program& program = session.program();
  std::size_t index = require_phase(session, phase_key);
  const PhaseDefinition& phase = program.phases[index];
  const ChecklistItem* item = phase.find_item(item_key);
  if (!item) {
    std::vector<std::string> known;
    for (const ChecklistItem& candidate : phase.checklist) known.push_back(candidate.key);
    throw RuleError(policy.about("item", fmt::format("phase '{}' has no checklist item '{}'{}; its items are: {}",
                                                     phase.key, item_key, did_you_mean(item_key, known),
                                                     known.empty() ? "(none)" : join_list(known))));
  }
  for (std::size_t i = history.size(); i-- > 0;) {
    if (history[i].phase == phase.key) return {i, &phase, item};
  }
  throw RuleError(policy.about("phase", fmt::format("checklist item '{}' belongs to phase '{}', which {} has not reached",
                                                    item_key, phase.key, company.key)));
}

}  // namespace

Tick check_item(Recorder& recorder, const std::string& key, const std::string& item_key, Date day,
                const std::optional<std::string>& phase_key) {
  Session& session = recorder.session;
  const RecordingPolicy& policy = recorder.policy;
  store::Database& db = session.database();
  const Company& company = recorder.company(key);
  if (!policy.history()) require_active(session, company, "tick a checklist item of");
  std::vector<PhaseRecord> history = store::phase_history(db, company.key);
  FoundChecklistItem found = phase_key ? find_item_in_phase(session, policy, company, history, *phase_key, item_key)
                                       : find_checklist_item(session, company, history, item_key);
  std::string what = policy.about("date", "the date");
  require_event_date(session, company, day, what);
  require_in_phase(company, history, found, day, what);
  Tick tick{found.phase->key, day, false, 0, found.phase->checklist.size()};
  std::vector<ChecklistTick> ticks = store::checklist_ticks(db, company.key);
  auto same = std::find_if(ticks.begin(), ticks.end(), [&](const ChecklistTick& existing) {
    return existing.phase == found.phase->key && existing.item == item_key;
  });
  if (same != ticks.end()) {
    if (policy.existing == RecordingPolicy::Existing::as_command) {
      tick.already_ticked = true;
      tick.date = same->date;
      return tick;
    }
    if (!policy.replaces()) {
      policy.refuse_existing(fmt::format("{}: '{}' of phase '{}' was already ticked on {}", company.key, item_key,
                                         same->phase, format_date(same->date)));
    }
    store::delete_tick(recorder.tx, company.key, same->phase, same->item);
    ticks.erase(same);
  }
  ChecklistTick ticked{found.phase->key, item_key, day};
  store::insert_tick(recorder.tx, company.key, ticked);
  ticks.push_back(ticked);
  tick.done = tick.total - open_checklist_items(*found.phase, ticks).size();
  return tick;
}

Tick check_item(Session& session, const std::string& key, const std::string& item_key, Date day) {
  store::WriteTransaction tx(session.database());
  Recorder recorder(session, tx, RecordingPolicy::command());
  Tick tick = check_item(recorder, key, item_key, day);
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

void record_phase(Recorder& recorder, const PhaseEntry& entry) {
  Session& session = recorder.session;
  const RecordingPolicy& policy = recorder.policy;
  const Program& program = session.program();
  const Company& company = recorder.company(entry.key);
  std::size_t index = require_phase(session, entry.phase);
  // The first phase starts with the company, which may be planned to start
  // later; a later phase starts when one ended, so never in the future.
  if (!entry.first) require_event_date(session, company, entry.started, policy.about("started", "the phase start"));
  if (entry.ended) {
    require_event_date(session, company, *entry.ended, policy.about("ended", "the phase end"));
    if (*entry.ended < entry.started) {
      throw RuleError(policy.about("ended", fmt::format("the phase ends on {}, before it started on {}",
                                                        format_date(*entry.ended), format_date(entry.started))));
    }
  }
  int seq = 1;
  if (entry.first) {
    if (index != 0) {
      throw RuleError(policy.about("phase", fmt::format("{}'s journey begins in phase '{}', not '{}'", company.key,
                                                        program.phases.front().key, program.phases[index].key)));
    }
    if (entry.started != company.start) {
      throw RuleError(policy.about("started", fmt::format("the first phase starts on {}'s start, {}, not {}",
                                                          company.key, format_date(company.start),
                                                          format_date(entry.started))));
    }
    store::delete_phase_history(recorder.tx, company.key);
  } else {
    std::vector<PhaseRecord> history = store::phase_history(session.database(), company.key);
    const PhaseRecord& before = history.back();
    std::size_t before_index = *program.phase_index(before.phase);
    if (index != before_index + 1) {
      std::string expected = before_index + 1 < program.phases.size()
                                 ? fmt::format("'{}'", program.phases[before_index + 1].key)
                                 : std::string("no further phase");
      throw RuleError(policy.about("phase", fmt::format("after '{}' comes {}, not '{}'", before.phase, expected,
                                                        program.phases[index].key)));
    }
    if (!before.ended || *before.ended != entry.started) {
      throw RuleError(policy.about(
          "started", fmt::format("phase '{}' starts on {}, but the phase before it ended on {}",
                                 program.phases[index].key, format_date(entry.started),
                                 before.ended ? format_date(*before.ended) : std::string("no day (it is open)"))));
    }
    seq = static_cast<int>(history.size()) + 1;
  }
  PhaseRecord record = enter_phase(program, index, entry.started);
  record.ended = entry.ended;
  record.forced_reason = empty_as_none(entry.forced_reason);
  store::insert_phase(recorder.tx, company.key, seq, record);
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
