#pragma once
// What every command gets: the global options, the config and database
// (loaded on first use), "today", and where output goes.

#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <ostream>
#include <string>

#include "plift/cli/app.hpp"
#include "plift/config/config.hpp"
#include "plift/core/date.hpp"
#include "plift/render/render.hpp"
#include "plift/app/session.hpp"

namespace plift::cli {

struct GlobalOptions {
  std::string config;
  std::string db;
  std::string today;
  std::string format;
  bool json = false;
  bool quiet = false;
  bool no_color = false;
};

class Context {
 public:
  Context(const Environment& env, std::ostream& out, std::ostream& err);
  ~Context();

  GlobalOptions options;
  // The command line as typed, for the audit log.
  std::string command_line;
  std::ostream& out;
  std::ostream& err;

  const Environment& environment() const { return env_; }
  std::optional<std::string> env(const std::string& name) const;

  config::Inputs config_inputs() const;
  const config::Config& config();
  const Program& program() { return config().program; }
  // The existing database (exit 66 with a hint when there is none), the
  // programme and today, for the use cases.
  app::Session& session();
  // Who the audit log names: [program].user, else $USER, else the login name
  // of the process's real user id (getpwuid_r), else that id's number.
  std::string user();
  // For init: creates the database when missing.
  app::Session& create_session(bool& created);

  Date today();
  // Whether --today or $PLIFT_TODAY fixed today.
  bool today_fixed();
  Date parse_date(const std::string& text, std::string_view what);

  // --format (or --json), checked against what the command offers.
  render::Format format();
  // A confirmation for people; silent with --quiet.
  void note(const std::string& line);
  void print_listing(const render::Listing& listing);

 private:
  app::Actor actor();

  Environment env_;
  std::optional<config::Config> config_;
  std::unique_ptr<app::Session> session_;
  std::optional<Date> today_;
};

// Registers the commands of one noun on the app; each lives in its own file.
void add_init_and_config_commands(CLI::App& app, Context& ctx);
void add_company_commands(CLI::App& app, Context& ctx);
void add_coach_commands(CLI::App& app, Context& ctx);
void add_phase_commands(CLI::App& app, Context& ctx);
void add_pulse_commands(CLI::App& app, Context& ctx);
void add_visit_commands(CLI::App& app, Context& ctx);
void add_training_commands(CLI::App& app, Context& ctx);
void add_gathering_commands(CLI::App& app, Context& ctx);
void add_steering_commands(CLI::App& app, Context& ctx);
void add_kpi_commands(CLI::App& app, Context& ctx);
void add_assess_commands(CLI::App& app, Context& ctx);
void add_check_command(CLI::App& app, Context& ctx);
void add_remind_command(CLI::App& app, Context& ctx);
void add_report_commands(CLI::App& app, Context& ctx);
void add_calendar_command(CLI::App& app, Context& ctx);
void add_log_and_undo_commands(CLI::App& app, Context& ctx);
void add_import_export_commands(CLI::App& app, Context& ctx);
void add_batch_command(CLI::App& app, Context& ctx);
void add_db_commands(CLI::App& app, Context& ctx);
// edit ID and remove ID under the nouns of the records they correct.
void add_correction_commands(CLI::App& app, Context& ctx);
void add_completion_command(CLI::App& app, Context& ctx);

// Where a command line comes from: a batch line may not name another
// config or database, however it spells the option.
enum class CommandSource { command_line, batch_line };

// Parses and runs one command line (without the program name) in `ctx`;
// throws plift::Error, command-line mistakes as UsageError.
void execute(Context& ctx, const std::vector<std::string>& args,
             CommandSource source = CommandSource::command_line);
// The word as a POSIX shell would need it typed, for the audit log.
std::string shell_quoted(const std::string& word);

}  // namespace plift::cli
