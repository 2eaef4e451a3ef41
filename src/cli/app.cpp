#include "plift/cli/app.hpp"

#include <CLI/CLI.hpp>
#include <fmt/format.h>
#include <unistd.h>

#include <iostream>

#include "context.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/core/text.hpp"
#include "plift/app/session.hpp"

extern char** environ;

namespace plift::cli {

namespace {

constexpr const char* description =
    "plift follows small manufacturers through an 18-month Lean production coaching programme:\n"
    "companies, phases and checklists, coach visits, pulse meetings, reports and reminders.";

void add_global_options(CLI::App& app, GlobalOptions& options, CommandSource source) {
  CLI::Option* config =
      app.add_option("-c,--config", options.config, "Config file (default: plift.toml here or in a parent folder)");
  CLI::Option* db = app.add_option("--db", options.db, "Database file (default: from the config)");
  if (source == CommandSource::batch_line) {
    // Runs once the line is parsed, before its command: -cFILE and -qc FILE
    // are caught as surely as --config FILE.
    config->each([](const std::string&) {
      throw DataError("the config (-c, --config) cannot change inside a batch; give it to 'plift batch' itself");
    });
    db->each([](const std::string&) {
      throw DataError("--db cannot change inside a batch; give it to 'plift batch' itself");
    });
  }
  app.add_option("--today", options.today, "Take this date as today (also $PLIFT_TODAY)");
  app.add_option("--format", options.format, "Output: table, json, csv or md");
  app.add_flag("--json", options.json, "Same as --format json");
  app.add_flag("-q,--quiet", options.quiet, "No confirmations, only data and errors");
  app.add_flag("--no-color", options.no_color, "Never colour output (also $NO_COLOR)");
}

const CLI::App* deepest_selected(const CLI::App& app) {
  const CLI::App* target = &app;
  while (!target->get_subcommands().empty()) target = target->get_subcommands().front();
  return target;
}

std::string command_path(const CLI::App& app) {
  std::string path = "plift";
  for (const CLI::App* target = &app; !target->get_subcommands().empty();) {
    target = target->get_subcommands().front();
    path += " " + target->get_name();
  }
  return path;
}

// CLI11 reports a mistyped command as a missing one or as an unexpected
// argument; say which command was meant instead.
std::optional<std::string> explain_unknown_command(const CLI::App& app) {
  const CLI::App* target = deepest_selected(app);
  std::vector<std::string> names;
  for (const CLI::App* sub : target->get_subcommands({})) {
    if (!sub->get_group().empty()) names.push_back(sub->get_name());  // hidden ones have no group
  }
  if (names.empty()) return std::nullopt;
  std::string command = command_path(app);
  for (const std::string& word : app.remaining(true)) {
    if (word.rfind('-', 0) == 0) continue;
    return fmt::format("unknown command '{}' for '{}'{}; the commands are: {}", word, command,
                       did_you_mean(word, names), join_list(names, 40));
  }
  return fmt::format("'{}' needs a command: {}", command, join_list(names, 40));
}

// "Could not convert: --employees = abc" says too little about what to type.
std::string explain_conversion(const std::string& message) {
  const std::string prefix = "Could not convert: ";
  auto equals = message.find(" = ");
  if (message.rfind(prefix, 0) != 0 || equals == std::string::npos) return message;
  std::string option = message.substr(prefix.size(), equals - prefix.size());
  std::string value = message.substr(equals + 3);
  return fmt::format("{} takes a whole number, not '{}'", option, value);
}

bool use_color(const Context& ctx) {
  return ctx.environment().stderr_is_terminal && !ctx.options.no_color && !ctx.env("NO_COLOR");
}

int report_error(Context& ctx, ExitStatus status, const std::string& message) {
  const char* label = use_color(ctx) ? "\033[1;31merror:\033[0m" : "error:";
  // A message may quote data from a file or an older database: it must not
  // reach the terminal as an escape sequence or forge a line of its own.
  ctx.err << "plift: " << label << ' ' << visible_text(message, std::string::npos) << '\n';
  return static_cast<int>(status);
}

// The options whose values are file and folder names: they name files, not
// data plift keeps, and a file system need not hold UTF-8 names.
bool names_a_file(const CLI::Option& option) {
  for (const char* name : {"config", "db", "output", "mail-dir"}) {
    if (option.check_lname(name)) return true;
  }
  return option.get_positional() && option.get_single_name() == "file";
}

// Notes and reasons may span lines; every other value is one line.
TextKind text_kind_of(const CLI::Option& option) {
  return option.check_lname("note") || option.check_lname("reason") ? TextKind::free_text : TextKind::line;
}

// The options that take a day (or a quarter). Commands take an empty one for
// one left out, but "--date \"$DAY\"" with DAY unset is a slip, not "today".
bool takes_a_date(const CLI::Option& option) {
  for (const char* name : {"date", "since", "until", "as-of", "today", "start", "quarter"}) {
    if (option.check_lname(name)) return true;
  }
  return false;
}

// Every value on the command line, and so on every line of a batch, is
// checked against plift's text policy (plift/core/text.hpp) before any
// command runs, with the option named: "--note holds the control character …".
void check_text_values(CLI::App& app) {
  for (CLI::Option* option : app.get_options()) {
    if (option->get_type_size_max() == 0 || names_a_file(*option)) continue;  // flags take no value
    if (takes_a_date(*option)) {
      option->check(CLI::Validator(
          [](std::string& value) {
            return value.empty() ? std::string("is empty; give a date, or leave the option out") : std::string();
          },
          "", "date"));
    }
    TextKind kind = text_kind_of(*option);
    option->check(CLI::Validator(
        [kind](std::string& value) { return text_problem(value, kind).value_or(std::string()); }, "", "text"));
  }
  for (CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) {
    if (sub->get_name() != "__complete") check_text_values(*sub);
  }
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

namespace {

void build_app(CLI::App& app, Context& ctx, CommandSource source) {
  app.set_version_flag("--version", std::string("plift ") + PLIFT_VERSION);
  app.require_subcommand(1);
  app.fallthrough();
  app.footer("Run 'plift COMMAND --help' for a command's options; 'man plift' for the whole story.");
  add_global_options(app, ctx.options, source);
  add_init_and_config_commands(app, ctx);
  add_company_commands(app, ctx);
  add_coach_commands(app, ctx);
  add_phase_commands(app, ctx);
  add_pulse_commands(app, ctx);
  add_visit_commands(app, ctx);
  add_training_commands(app, ctx);
  add_gathering_commands(app, ctx);
  add_steering_commands(app, ctx);
  add_kpi_commands(app, ctx);
  add_assess_commands(app, ctx);
  add_check_command(app, ctx);
  add_remind_command(app, ctx);
  add_report_commands(app, ctx);
  add_calendar_command(app, ctx);
  add_import_export_commands(app, ctx);
  add_batch_command(app, ctx);
  add_log_and_undo_commands(app, ctx);
  add_db_commands(app, ctx);
  add_correction_commands(app, ctx);
  add_completion_command(app, ctx);
  check_text_values(app);
}

}  // namespace

// CLI11 reads "--note=" as "--note" followed by the next word, which it then
// takes as the value ("--note= --status green" notes "--status"); an empty
// value is meant, as with "--note ''".
std::vector<std::string> split_empty_assignments(const std::vector<std::string>& args) {
  std::vector<std::string> words;
  for (auto arg = args.begin(); arg != args.end(); ++arg) {
    if (*arg == "--") {
      words.insert(words.end(), arg, args.end());
      break;
    }
    bool empty_assignment = arg->size() > 3 && arg->starts_with("--") && arg->find('=') == arg->size() - 1;
    if (empty_assignment) {
      words.push_back(arg->substr(0, arg->size() - 1));
      words.emplace_back();
    } else {
      words.push_back(*arg);
    }
  }
  return words;
}

void execute(Context& ctx, const std::vector<std::string>& args, CommandSource source) {
  CLI::App app(description, "plift");
  build_app(app, ctx, source);
  try {
    std::vector<std::string> words = split_empty_assignments(args);
    std::vector<std::string> reversed(words.rbegin(), words.rend());
    app.parse(reversed);
  } catch (const CLI::CallForHelp&) {
    ctx.out << deepest_selected(app)->help();
  } catch (const CLI::CallForVersion& e) {
    ctx.out << e.what() << '\n';
  } catch (const CLI::ConversionError& e) {
    throw UsageError(fmt::format("{} (see '{} --help')", explain_conversion(e.what()), command_path(app)));
  } catch (const CLI::ValidationError& e) {
    // "--note: holds the control character …" reads better without the colon.
    std::string text = e.what();
    if (auto colon = text.find(": "); colon != std::string::npos) text.erase(colon, 1);
    throw UsageError(fmt::format("{} (see '{} --help')", text, command_path(app)));
  } catch (const CLI::ParseError& e) {
    std::string text = e.what();
    bool command_problem = dynamic_cast<const CLI::ExtrasError*>(&e) != nullptr ||
                           (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr &&
                            text.find("subcommand") != std::string::npos);
    if (command_problem) {
      if (auto explained = explain_unknown_command(app)) text = *explained;
    }
    const std::string unexpected = "The following argument was not expected: ";
    if (text.rfind(unexpected, 0) == 0) {
      text = fmt::format("unknown option or argument '{}' for '{}'", text.substr(unexpected.size()),
                         command_path(app));
    } else if (dynamic_cast<const CLI::RequiredError*>(&e) != nullptr && !command_problem) {
      text = fmt::format("'{}': {}", command_path(app), text);
    }
    throw UsageError(fmt::format("{} (see '{} --help')", text, command_path(app)));
  } catch (...) {
    app::rethrow_as_plift_error();
  }
}

std::string shell_quoted(const std::string& word) {
  bool plain = !word.empty() && word.find_first_not_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                                                       "0123456789_@%+=:,./-") == std::string::npos;
  if (plain) return word;
  std::string quoted = "'";
  for (char c : word) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

int run(const std::vector<std::string>& args, const Environment& env, std::ostream& out, std::ostream& err) {
  Context ctx(env, out, err);
  ctx.command_line = "plift";
  for (const std::string& arg : args) ctx.command_line += " " + shell_quoted(arg);
  try {
    execute(ctx, args);
    out.flush();
    if (!out) throw IoError("cannot write the output");
    return 0;
  } catch (const SilentFailure& e) {
    out.flush();
    return static_cast<int>(e.status());
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
