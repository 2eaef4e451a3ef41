// plift phase status|check|uncheck|advance
#include <fmt/format.h>

#include <algorithm>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/app/phase.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/core/rules.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

namespace plift::cli {

namespace {

std::optional<Date> last_visit_of(const std::vector<Visit>& visits) {
  std::optional<Date> last;
  for (const Visit& visit : visits) {
    if (!last || visit.date > *last) last = visit.date;
  }
  return last;
}

// What a company's phase status needs beyond its current phase.
struct JourneyRecords {
  const std::vector<PhaseRecord>& history;
  const std::vector<ChecklistTick>& ticks;
  const std::vector<Visit>& visits;
};

render::Json phase_status_json(const Program& program, const Company& company, const PhaseRecord& phase,
                               const JourneyRecords& records, Date today) {
  const std::vector<ChecklistTick>& ticks = records.ticks;
  std::size_t index = program.phase_index(phase.phase).value_or(0);
  const PhaseDefinition& definition = program.phases[index];
  std::vector<ChecklistItem> open = open_checklist_items(definition, ticks);
  render::Json open_keys = render::Json::array();
  for (const ChecklistItem& item : open) open_keys.push_back(item.key);
  auto days_left = (phase.planned_end - today).count();
  std::optional<VisitDue> due = next_visit_due(program, records.history, records.visits);
  return {{"company", company.key},
          {"name", company.name},
          {"phase", phase.phase},
          {"phase_name", definition.name},
          {"phase_number", index + 1},
          {"phases", program.phases.size()},
          {"started", format_date(phase.started)},
          {"planned_end", format_date(phase.planned_end)},
          {"days_left", days_left},
          {"overdue", days_left < 0},
          {"checklist_done", definition.checklist.size() - open.size()},
          {"checklist_total", definition.checklist.size()},
          {"open_items", open_keys},
          {"visits_held", std::count_if(records.visits.begin(), records.visits.end(),
                                        [&](const Visit& v) { return within_journey(company, v.date); })},
          {"visits_expected", expected_visits(program, records.history, today)},
          {"last_visit", optional_json(last_visit_of(records.visits))},
          {"next_visit_due", due ? render::Json(format_date(due->due)) : render::Json(nullptr)},
          {"visit_overdue", due && today > due->overdue}};
}

std::vector<render::Column> phase_status_columns() {
  return {{"company", "COMPANY"},         {"phase", "PHASE"},
          {"phase_number", "#", true},    {"started", "STARTED"},
          {"planned_end", "PLANNED END"}, {"days_left", "DAYS LEFT", true},
          {"checklist_done", "DONE", true}, {"checklist_total", "OF", true},
          {"visits_held", "HELD", true},  {"visits_expected", "EXPECTED", true},
          {"next_visit_due", "NEXT VISIT"}, {"open_items", "OPEN ITEMS"}};
}

void run_status_all(Context& ctx) {
  store::Database& db = ctx.database();
  const Program& program = ctx.program();
  Date today = ctx.today();
  // One query per kind of record, not one per company: this lists the whole programme.
  // Only the companies active today: their rows are found through the
  // indexes, where "in a phase" made SQLite scan the visits.
  const auto scope = store::CompanyScope::active_on(today);
  auto ticks = store::checklist_ticks_by_company(db, scope);
  auto histories = store::phase_histories_by_company(db, scope);
  auto visits = store::visits_by_company(db, scope);
  render::Listing listing;
  listing.columns = phase_status_columns();
  for (const Company& company : store::companies_in_scope(db, scope)) {
    const std::vector<PhaseRecord>& history = histories[company.key];
    const PhaseRecord* current = current_phase(history);
    if (!current || status_on(company, today) != CompanyStatus::active) continue;
    JourneyRecords records{history, ticks[company.key], visits[company.key]};
    listing.rows.push_back(phase_status_json(program, company, *current, records, today));
  }
  ctx.print_listing(listing);
}

// "2026-11-30 (last visit 2026-11-16)", "2026-11-02, overdue since 2026-11-10 (no visit yet)".
std::string next_visit_text(const std::optional<VisitDue>& due, const std::vector<Visit>& visits, Date today) {
  std::optional<Date> last_visit = last_visit_of(visits);
  std::string last = last_visit ? fmt::format("last visit {}", format_date(*last_visit)) : "no visit yet";
  if (!due) return fmt::format("none expected in this phase ({})", last);
  if (today <= due->overdue) return fmt::format("{} ({})", format_date(due->due), last);
  return fmt::format("{}, overdue since {} ({})", format_date(due->due), format_date(due->overdue + date::days{1}),
                     last);
}

void run_status_one(Context& ctx, const std::string& key) {
  Company company = app::require_company(ctx.session(), key);
  store::Database& db = ctx.database();
  const Program& program = ctx.program();
  std::vector<PhaseRecord> history = store::phase_history(db, key);
  const PhaseRecord* current = current_phase(history);
  CompanyStatus status = status_on(company, ctx.today());
  if (!current || status != CompanyStatus::active) app::require_active(ctx.session(), company, "show the phase of");
  std::vector<ChecklistTick> ticks = store::checklist_ticks(db, key);
  store::VisitFilter company_visits;
  company_visits.company = key;
  std::vector<Visit> visits = store::list_visits(db, company_visits);
  Date today = ctx.today();
  render::Json json = phase_status_json(program, company, *current, {history, ticks, visits}, today);
  const PhaseDefinition& definition = program.phases[program.phase_index(current->phase).value_or(0)];
  render::Listing checklist;
  checklist.columns = {{"item", "ITEM"}, {"title", "TITLE"}, {"done", "DONE"}};
  for (const ChecklistItem& item : definition.checklist) {
    render::Json done = nullptr;
    for (const ChecklistTick& tick : ticks) {
      if (tick.phase == definition.key && tick.item == item.key) done = format_date(tick.date);
    }
    checklist.rows.push_back({{"item", item.key}, {"title", item.title}, {"done", done}});
  }
  render::Format format = ctx.format();
  if (format == render::Format::json) {
    json["checklist"] = checklist.rows;
    render::write_json(ctx.out, json);
    return;
  }
  if (format == render::Format::csv) {
    render::Listing one;
    one.columns = phase_status_columns();
    one.rows.push_back(json);
    render::write_listing(ctx.out, one, format);
    return;
  }
  auto days_left = json["days_left"].get<long>();
  auto days = [](long count) { return fmt::format("{} day{}", count, count == 1 ? "" : "s"); };
  std::string timing = days_left >= 0 ? fmt::format("{} left", days(days_left))
                                      : fmt::format("{} past its planned end", days(-days_left));
  std::vector<std::pair<std::string, std::string>> fields = {
      {"company", fmt::format("{} ({})", company.name, company.key)},
      {"phase", fmt::format("{} of {}: {} ({})", json["phase_number"].get<int>(), program.phases.size(),
                            definition.name, definition.key)},
      {"started", format_date(current->started)},
      {"planned end", fmt::format("{} ({})", format_date(current->planned_end), timing)},
      {"checklist", fmt::format("{} of {} done", json["checklist_done"].get<int>(), definition.checklist.size())},
      {"visits", fmt::format("{} held, {} expected so far", json["visits_held"].get<long>(),
                             json["visits_expected"].get<int>())},
      {"next visit", next_visit_text(next_visit_due(program, history, visits), visits, today)}};
  bool md = format == render::Format::md;
  render::write_fields(ctx.out, fields, format);
  if (!checklist.rows.empty()) {
    ctx.out << '\n' << (md ? "## Checklist\n\n" : "");
    render::write_listing(ctx.out, checklist, format);
  }
}

void run_check(Context& ctx, const std::string& key, const std::string& item_key, const std::string& date_text) {
  Date day = date_text.empty() ? ctx.today() : ctx.parse_date(date_text, "--date");
  app::Tick tick = app::check_item(ctx.session(), key, item_key, day);
  if (tick.already_ticked) {
    ctx.note(fmt::format("{}: '{}' was already ticked on {}", key, item_key, format_date(tick.date)));
    return;
  }
  ctx.note(fmt::format("{}: ticked '{}' on {} ({} of {} done in phase '{}')", key, item_key, format_date(day),
                       tick.done, tick.total, tick.phase));
}

void run_uncheck(Context& ctx, const std::string& key, const std::string& item_key) {
  std::string phase = app::uncheck_item(ctx.session(), key, item_key);
  ctx.note(fmt::format("{}: unticked '{}' in phase '{}'", key, item_key, phase));
}

struct AdvanceOptions {
  std::string date;
  bool force = false;
  std::string reason;
};

void run_advance(Context& ctx, const std::string& key, const AdvanceOptions& o) {
  Date day = o.date.empty() ? ctx.today() : ctx.parse_date(o.date, "--date");
  app::Advanced advanced = app::advance_phase(ctx.session(), {key, day, o.force, o.reason});
  if (advanced.entered) {
    ctx.note(fmt::format("{}: phase '{}' → '{}' on {} (planned end {})", key, advanced.from_phase,
                         advanced.entered->phase, format_date(day), format_date(advanced.entered->planned_end)));
  } else {
    ctx.note(fmt::format("{}: completed the programme on {}", key, format_date(day)));
  }
}

}  // namespace

void add_phase_commands(CLI::App& app, Context& ctx) {
  CLI::App* phase = app.add_subcommand("phase", "Follow companies through the phases and their checklists");
  phase->require_subcommand(1);

  auto status_key = std::make_shared<std::string>();
  CLI::App* status = phase->add_subcommand("status", "Current phase, planned end and checklist (all active companies, or one)");
  status->add_option("key", *status_key, "Company key");
  status->callback([&ctx, status_key] {
    if (status_key->empty()) {
      run_status_all(ctx);
    } else {
      run_status_one(ctx, *status_key);
    }
  });

  auto check_key = std::make_shared<std::string>();
  auto check_item = std::make_shared<std::string>();
  auto check_date = std::make_shared<std::string>();
  CLI::App* check = phase->add_subcommand("check", "Tick off a checklist item");
  check->add_option("key", *check_key, "Company key")->required();
  check->add_option("item", *check_item, "Checklist item key")->required();
  check->add_option("--date", *check_date, "Day it was done (default: today)");
  check->callback([&ctx, check_key, check_item, check_date] { run_check(ctx, *check_key, *check_item, *check_date); });

  auto uncheck_key = std::make_shared<std::string>();
  auto uncheck_item = std::make_shared<std::string>();
  CLI::App* uncheck = phase->add_subcommand("uncheck", "Take back a tick");
  uncheck->add_option("key", *uncheck_key, "Company key")->required();
  uncheck->add_option("item", *uncheck_item, "Checklist item key")->required();
  uncheck->callback([&ctx, uncheck_key, uncheck_item] { run_uncheck(ctx, *uncheck_key, *uncheck_item); });

  auto advance_key = std::make_shared<std::string>();
  auto advance = std::make_shared<AdvanceOptions>();
  CLI::App* advance_cmd = phase->add_subcommand("advance", "Move a company to its next phase (or complete the journey)");
  advance_cmd->add_option("key", *advance_key, "Company key")->required();
  advance_cmd->add_option("--date", advance->date, "First day of the next phase (default: today)");
  advance_cmd->add_flag("--force", advance->force, "Move on although checklist items are open");
  advance_cmd->add_option("--reason", advance->reason, "Why, with --force (kept in the phase history)");
  advance_cmd->callback([&ctx, advance_key, advance] { run_advance(ctx, *advance_key, *advance); });
}

}  // namespace plift::cli
