// plift db verify, plift db backup: options in, app/maintenance out.
#include <fmt/format.h>

#include "context.hpp"
#include "plift/app/maintenance.hpp"
#include "plift/core/error.hpp"
#include "plift/core/text.hpp"

namespace plift::cli {

namespace {

void run_verify(Context& ctx) {
  std::string database = ctx.config().database.string();
  app::Verification verification = app::verify_database(ctx.session());
  const std::vector<app::DatabaseFlaw>& flaws = verification.flaws;
  if (ctx.format() == render::Format::json) {
    render::Json findings = render::Json::array();
    for (const app::DatabaseFlaw& flaw : flaws) findings.push_back({{"check", flaw.check}, {"message", flaw.message}});
    render::write_json(ctx.out, {{"database", database},
                                 {"ok", flaws.empty()},
                                 {"companies", verification.companies},
                                 {"audit_entries", verification.audit_entries},
                                 {"findings", findings}});
  } else {
    // Messages quote keys and table text, which a damaged database may hold
    // with line breaks or escape sequences.
    for (const app::DatabaseFlaw& flaw : flaws) ctx.out << one_line(fmt::format("{}: {}", flaw.check, flaw.message)) << '\n';
    if (flaws.empty()) {
      ctx.note(fmt::format("ok: {}: integrity, foreign keys, schema, {} audit entr{}, {} compan{} checked", database,
                           verification.audit_entries, verification.audit_entries == 1 ? "y" : "ies",
                           verification.companies, verification.companies == 1 ? "y" : "ies"));
    }
  }
  if (!flaws.empty()) {
    throw DataError(fmt::format("database '{}': {} problem{} found", database, flaws.size(),
                                flaws.size() == 1 ? "" : "s"));
  }
}

struct BackupOptions {
  std::string file;
  bool force = false;
};

void run_backup(Context& ctx, const BackupOptions& o) {
  app::backup_database(ctx.session(), o.file, o.force);
  ctx.note(fmt::format("backed up {} to {} (integrity checked)", ctx.config().database.string(), o.file));
}

}  // namespace

void add_db_commands(CLI::App& app, Context& ctx) {
  CLI::App* db = app.add_subcommand("db", "Check the database whole, or copy it while others work");
  db->require_subcommand(1);

  CLI::App* verify = db->add_subcommand(
      "verify", "Check the database's integrity, foreign keys, schema, audit log and journeys; exit 65 when "
                "anything is found");
  verify->callback([&ctx] { run_verify(ctx); });

  auto backup_options = std::make_shared<BackupOptions>();
  CLI::App* backup = db->add_subcommand(
      "backup", "Write a consistent copy of the database to FILE (owner-only, checked before it is put in place)");
  backup->add_option("file", backup_options->file, "The copy to write")->required();
  backup->add_flag("--force", backup_options->force, "Replace FILE when it exists");
  backup->callback([&ctx, backup_options] { run_backup(ctx, *backup_options); });
}

}  // namespace plift::cli
