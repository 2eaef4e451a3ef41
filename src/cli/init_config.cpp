// plift init, plift config show|check|path
#include <fmt/format.h>

#include "context.hpp"
#include "reminder_settings.hpp"
#include "lookup.hpp"
#include "private_file.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"

namespace plift::cli {

namespace {

std::filesystem::path relative_to_cwd(const std::filesystem::path& file, const std::filesystem::path& cwd) {
  std::error_code ec;
  auto relative = std::filesystem::relative(file, cwd, ec);
  if (ec || relative.empty() || relative.native().rfind("..", 0) == 0) return file;
  return relative;
}

void run_init(Context& ctx, const std::string& template_name, bool force) {
  auto chosen = config::parse_template(template_name);
  if (!chosen) {
    throw UsageError(fmt::format("unknown template '{}'{}; the templates are: {}", template_name,
                                 did_you_mean(template_name, config::template_names()),
                                 join_list(config::template_names())));
  }
  config::Inputs inputs = ctx.config_inputs();
  std::filesystem::path target = inputs.config_option   ? *inputs.config_option
                                 : inputs.env_config ? std::filesystem::path(*inputs.env_config)
                                                     : config::init_target(inputs);
  if (target.is_relative()) target = inputs.cwd / target;
  std::string shown = relative_to_cwd(target, inputs.cwd).string();
  if (std::filesystem::exists(target) && !force) {
    ctx.note(fmt::format("kept {} (it exists; --force overwrites it)", shown));
  } else {
    // Owner-only like the database: the config comes to name people (user,
    // mail_from) and where the personal data lies.
    write_private_file(target.string(), config::template_text(*chosen));
    ctx.note(fmt::format("wrote {} (template {})", shown, template_name));
  }
  // Whatever was written must be a config this plift accepts.
  if (!inputs.config_option) ctx.options.config = target.string();
  const config::Config& config = ctx.config();
  bool created = false;
  app::Session& session = ctx.create_session(created);
  std::string db_shown = relative_to_cwd(config.database, inputs.cwd).string();
  if (created) {
    ctx.note(fmt::format("created {}", db_shown));
  } else {
    ctx.note(fmt::format("{} is ready (schema version {})", db_shown, session.schema_version()));
  }
}

void run_config_show(Context& ctx) {
  const config::Config& config = ctx.config();
  render::Listing listing;
  listing.columns = {{"key", "KEY"}, {"value", "VALUE"}, {"origin", "ORIGIN"}};
  for (const config::Setting& setting : config.settings) {
    listing.rows.push_back({{"key", setting.key}, {"value", setting.value}, {"origin", setting.origin}});
  }
  ctx.print_listing(listing);
}

void run_config_check(Context& ctx) {
  const config::Config& config = ctx.config();
  // What the commands would refuse later, refused now: one check for both.
  if (!config.program.reminder_mail_from.empty()) require_mail_from(ctx);
  require_sendmail(ctx);
  if (config.file) {
    ctx.note(fmt::format("{}: ok ({} phases, {} weeks)", config.file->string(), config.program.phases.size(),
                         config.program.total_weeks()));
  } else {
    ctx.note("no config file; the built-in defaults are in use and valid");
  }
}

void run_config_path(Context& ctx) {
  const config::Config& config = ctx.config();
  if (!config.file) {
    throw RuleError("no config file found (the built-in defaults are in use); 'plift init' writes one");
  }
  ctx.out << config.file->string() << '\n';
}

}  // namespace

void add_init_and_config_commands(CLI::App& app, Context& ctx) {
  auto template_name = std::make_shared<std::string>("standard");
  auto force = std::make_shared<bool>(false);
  CLI::App* init = app.add_subcommand("init", "Write a commented plift.toml (unless one exists) and create the database");
  init->add_option("--template", *template_name, "standard, produktionslyftet or produktivitetsspranget");
  init->add_flag("--force", *force, "Overwrite an existing config file");
  init->callback([&ctx, template_name, force] { run_init(ctx, *template_name, *force); });

  CLI::App* config = app.add_subcommand("config", "Show, check or locate the configuration");
  config->require_subcommand(1);
  config->add_subcommand("show", "Every setting with where its value came from")->callback([&ctx] {
    run_config_show(ctx);
  });
  config->add_subcommand("check", "Validate the config file (exit 78 naming file, line and key)")->callback([&ctx] {
    run_config_check(ctx);
  });
  config->add_subcommand("path", "Print the path of the config file in use")->callback([&ctx] {
    run_config_path(ctx);
  });
}

}  // namespace plift::cli
