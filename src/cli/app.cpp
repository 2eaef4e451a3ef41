#include "plift/cli/app.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <iostream>

#include "context.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/store/database.hpp"

extern char** environ;

namespace plift::cli {

namespace {

constexpr const char* description =
    "plift follows small manufacturers through an 18-month Lean production coaching programme:\n"
    "companies, phases and checklists, coach visits, pulse meetings, reports and reminders.";

void add_global_options(CLI::App& app, GlobalOptions& options) {
  app.add_option("-c,--config", options.config, "Config file (default: plift.toml here or in a parent folder)");
  app.add_option("--db", options.db, "Database file (default: from the config)");
  app.add_option("--today", options.today, "Take this date as today (also $PLIFT_TODAY)");
  app.add_option("--format", options.format, "Output: table, json, csv or md");
  app.add_flag("--json", options.json, "Same as --format json");
  app.add_flag("-q,--quiet", options.quiet, "No confirmations, only data and errors");
  app.add_flag("--no-color", options.no_color, "Never colour output (also $NO_COLOR)");
}

// CLI11 reports an unknown command as an unexpected argument; name the
// command the user probably meant instead.
std::string explain_extras(const CLI::App& app, const CLI::ExtrasError& e) {
  const CLI::App* deepest = &app;
  for (bool descended = true; descended;) {
    descended = false;
    for (const CLI::App* sub : deepest->get_subcommands()) {
      deepest = sub;
      descended = true;
      break;
    }
  }
  std::vector<std::string> names;
  for (const CLI::App* sub : deepest->get_subcommands({})) names.push_back(sub->get_name());
  std::string message = e.what();
  if (!names.empty()) {
    std::vector<std::string> extras = deepest->remaining();
    if (!extras.empty() && extras.front().rfind('-', 0) != 0) {
      std::string command = deepest == &app ? "plift" : "plift " + deepest->get_name();
      return fmt::format("unknown command '{}' for '{}'{}; the commands are: {}", extras.front(), command,
                         did_you_mean(extras.front(), names), join_list(names, 40));
    }
  }
  return message;
}

bool use_color(const Context& ctx) {
  return ctx.environment().stderr_is_terminal && !ctx.options.no_color && !ctx.env("NO_COLOR");
}

int report_error(Context& ctx, ExitStatus status, const std::string& message) {
  const char* label = use_color(ctx) ? "\033[1;31merror:\033[0m" : "error:";
  ctx.err << "plift: " << label << ' ' << message << '\n';
  return static_cast<int>(status);
}

}  // namespace

Environment Environment::from_process() {
  Environment env;
  for (char** entry = environ; entry && *entry; ++entry) {
    std::string text = *entry;
    auto equals = text.find('=');
    if (equals != std::string::npos) env.variables[text.substr(0, equals)] = text.substr(equals + 1);
  }
  std::error_code ec;
  env.cwd = std::filesystem::current_path(ec);
  env.stdout_is_terminal = ::isatty(STDOUT_FILENO) == 1;
  env.stderr_is_terminal = ::isatty(STDERR_FILENO) == 1;
  return env;
}

int run(const std::vector<std::string>& args, const Environment& env, std::ostream& out, std::ostream& err) {
  Context ctx(env, out, err);
  CLI::App app(description, "plift");
  app.set_version_flag("--version", std::string("plift ") + PLIFT_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.footer("Run 'plift COMMAND --help' for a command's options; 'man plift' for the whole story.");
  add_global_options(app, ctx.options);
  add_init_and_config_commands(app, ctx);
  add_company_commands(app, ctx);
  add_coach_commands(app, ctx);
  add_phase_commands(app, ctx);
  add_pulse_commands(app, ctx);

  try {
    try {
      std::vector<std::string> reversed(args.rbegin(), args.rend());
      app.parse(reversed);
      out.flush();
      if (!out) throw IoError("cannot write the output");
      return 0;
    } catch (const CLI::CallForHelp&) {
      const CLI::App* target = &app;
      while (!target->get_subcommands().empty()) target = target->get_subcommands().front();
      out << target->help();
      return 0;
    } catch (const CLI::CallForVersion& e) {
      out << e.what() << '\n';
      return 0;
    } catch (const CLI::ExtrasError& e) {
      return report_error(ctx, ExitStatus::usage, explain_extras(app, e) + " (see 'plift --help')");
    } catch (const CLI::RequiredError& e) {
      std::string text = e.what();
      if (text.find("subcommand") != std::string::npos) {
        const CLI::App* target = &app;
        while (!target->get_subcommands().empty()) target = target->get_subcommands().front();
        std::string command = target == &app ? "plift" : "plift " + target->get_name();
        std::vector<std::string> names;
        for (const CLI::App* sub : target->get_subcommands({})) names.push_back(sub->get_name());
        text = fmt::format("'{}' needs a command: {}", command, join_list(names, 40));
      }
      return report_error(ctx, ExitStatus::usage, text + " (see 'plift --help')");
    } catch (const CLI::ParseError& e) {
      return report_error(ctx, ExitStatus::usage, std::string(e.what()) + " (see 'plift --help')");
    } catch (...) {
      store::rethrow_as_plift_error();
    }
  } catch (const Error& e) {
    return report_error(ctx, e.status(), e.what());
  } catch (const std::exception& e) {
    return report_error(ctx, ExitStatus::internal, fmt::format("internal error (a bug in plift): {}", e.what()));
  }
}

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::vector<std::string> args(argv + 1, argv + argc);
  int status = run(args, Environment::from_process(), std::cout, std::cerr);
  std::cout.flush();
  return status;
}

}  // namespace plift::cli
