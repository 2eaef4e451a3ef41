// plift phase status|check|uncheck|advance
#include <fmt/format.h>

#include <algorithm>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/app/listings.hpp"
#include "plift/app/phase.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/core/rules.hpp"

namespace plift::cli {

namespace {

render::Json phase_status_json(const Program& program, const PhaseStatus& status) {
  render::Json open_keys = render::Json::array();
  for (const ChecklistItem& item : status.open_items) open_keys.push_back(item.key);
  return {{"company", status.company.key},
          {"name", status.company.name},
          {"phase", status.phase->key},
          {"phase_name", status.phase->name},
          {"phase_number", status.phase_number},
          {"phases", program.phases.size()},
          {"started", format_date(status.started)},
          {"planned_end", format_date(status.planned_end)},
          {"days_left", status.days_left},
          {"overdue", status.overdue()},
          {"checklist_done", status.checklist_done},
          {"checklist_total", status.phase->checklist.size()},
          {"open_items", open_keys},
          {"visits_held", status.visits_held},
          {"visits_expected", status.visits_expected},
          {"last_visit", optional_json(status.last_visit)},
          {"next_visit_due", status.next_visit ? render::Json(format_date(status.next_visit->due)) : render::Json(nullptr)},
          {"visit_overdue", status.visit_overdue}};
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
  render::Listing listing;
  listing.columns = phase_status_columns();
  for (const PhaseStatus& status : app::phase_status_of_active(ctx.session())) {
    listing.rows.push_back(phase_status_json(ctx.program(), status));
  }
  ctx.print_listing(listing);
}

// "2026-11-30 (last visit 2026-11-16)", "2026-11-02, overdue since 2026-11-10 (no visit yet)".
std::string next_visit_text(const PhaseStatus& status, Date today) {
  std::string last = status.last_visit ? fmt::format("last visit {}", format_date(*status.last_visit)) : "no visit yet";
  const std::optional<VisitDue>& due = status.next_visit;
  if (!due) return fmt::format("none expected in this phase ({})", last);
  if (today <= due->overdue) return fmt::format("{} ({})", format_date(due->due), last);
  return fmt::format("{}, overdue since {} ({})", format_date(due->due), format_date(due->overdue + date::days{1}),
                     last);
}

void run_status_one(Context& ctx, const std::string& key) {
  const Program& program = ctx.program();
  app::CompanyPhaseStatus found = app::phase_status_of(ctx.session(), key);
  const PhaseStatus& status = found.status;
  const PhaseDefinition& definition = *status.phase;
  render::Json json = phase_status_json(program, status);
  render::Listing checklist;
  checklist.columns = {{"item", "ITEM"}, {"title", "TITLE"}, {"done", "DONE"}};
  for (const ChecklistItem& item : definition.checklist) {
    render::Json done = nullptr;
    for (const ChecklistTick& tick : found.ticks) {
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
  auto days = [](long count) { return fmt::format("{} day{}", count, count == 1 ? "" : "s"); };
  std::string timing = status.days_left >= 0 ? fmt::format("{} left", days(status.days_left))
                                             : fmt::format("{} past its planned end", days(-status.days_left));
  std::vector<std::pair<std::string, std::string>> fields = {
      {"company", fmt::format("{} ({})", status.company.name, status.company.key)},
      {"phase", fmt::format("{} of {}: {} ({})", status.phase_number, program.phases.size(), definition.name,
                            definition.key)},
      {"started", format_date(status.started)},
      {"planned end", fmt::format("{} ({})", format_date(status.planned_end), timing)},
      {"checklist", fmt::format("{} of {} done", status.checklist_done, definition.checklist.size())},
      {"visits", fmt::format("{} held, {} expected so far", status.visits_held, status.visits_expected)},
      {"next visit", next_visit_text(status, ctx.today())}};
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
