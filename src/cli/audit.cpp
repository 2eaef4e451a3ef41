// plift log, plift undo
#include <fmt/format.h>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/app/audit.hpp"
#include "plift/core/error.hpp"

namespace plift::cli {

namespace {

struct LogOptions {
  std::size_t limit = 20;
  std::string company;
};

render::Json changes_json(const std::vector<TableChanges>& changes) {
  render::Json list = render::Json::array();
  for (const TableChanges& change : changes) {
    list.push_back({{"table", change.table},
                    {"inserted", change.inserted},
                    {"updated", change.updated},
                    {"deleted", change.deleted}});
  }
  return list;
}

render::Json optional_id(const std::optional<std::int64_t>& id) {
  return id ? render::Json(*id) : render::Json(nullptr);
}

std::string entry_state(const AuditEntry& entry) {
  if (entry.undone_by) return fmt::format("undone by #{}", *entry.undone_by);
  if (entry.undoes) return fmt::format("undoes #{}", *entry.undoes);
  return "";
}

void run_log(Context& ctx, const LogOptions& o) {
  AuditFilter filter;
  filter.limit = o.limit;
  if (!o.company.empty()) filter.company = o.company;
  render::Listing listing;
  listing.columns = {{"id", "ID"},           {"at", "AT"},           {"user", "USER"},
                     {"command", "COMMAND"}, {"summary", "CHANGES"}, {"state", "STATE"}};
  for (const AuditEntry& entry : app::audit_log(ctx.session(), filter)) {
    render::Json companies = render::Json::array();
    for (const std::string& key : entry.companies) companies.push_back(key);
    listing.rows.push_back({{"id", entry.id},
                            {"at", entry.at},
                            {"user", entry.user},
                            {"command", entry.command},
                            {"summary", describe_changes(entry.changes)},
                            {"state", entry_state(entry)},
                            {"changes", changes_json(entry.changes)},
                            {"companies", companies},
                            {"undoes", optional_id(entry.undoes)},
                            {"undone_by", optional_id(entry.undone_by)}});
  }
  ctx.print_listing(listing);
}

struct UndoOptions {
  bool dry_run = false;
};

void run_undo(Context& ctx, const UndoOptions& o) {
  app::Undone undone = app::undo_latest(ctx.session(), o.dry_run);
  const AuditEntry& entry = undone.entry;
  ctx.note(fmt::format("{} #{} ({}, {} by {}): {}", o.dry_run ? "would undo" : "undid", entry.id, entry.command,
                       entry.at, entry.user, describe_changes(undone.reverted)));
}

}  // namespace

void add_log_and_undo_commands(CLI::App& app, Context& ctx) {
  auto log_options = std::make_shared<LogOptions>();
  CLI::App* log = app.add_subcommand("log", "Show the audit log of changes, newest first");
  log->add_option("--limit", log_options->limit, "Show at most N entries; 0 for all (default: 20)")
      ->transform(whole_number(false));
  log->add_option("--company", log_options->company, "Only entries that touched this company");
  log->callback([&ctx, log_options] { run_log(ctx, *log_options); });

  auto undo_options = std::make_shared<UndoOptions>();
  CLI::App* undo = app.add_subcommand(
      "undo", "Revert the latest writing command, batch or import not yet undone; repeat to go further back");
  undo->add_flag("--dry-run", undo_options->dry_run, "Say what would be undone, change nothing");
  undo->callback([&ctx, undo_options] { run_undo(ctx, *undo_options); });
}

}  // namespace plift::cli
