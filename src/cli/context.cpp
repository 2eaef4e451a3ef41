#include "context.hpp"

#include <fmt/format.h>

#include <pwd.h>
#include <unistd.h>

#include <ctime>
#include <vector>

#include "plift/app/checks.hpp"
#include "plift/core/error.hpp"
#include "plift/core/text.hpp"

namespace plift::cli {

Context::Context(const Environment& env, std::ostream& out_stream, std::ostream& err_stream)
    : out(out_stream), err(err_stream), env_(env) {}

Context::~Context() = default;

namespace {

// The login name of the process's real user, else its number.
std::string real_user_name() {
  const uid_t uid = getuid();
  long suggested = sysconf(_SC_GETPW_R_SIZE_MAX);
  std::vector<char> buffer(suggested > 0 ? static_cast<std::size_t>(suggested) : 1024);
  for (;;) {
    passwd entry{};
    passwd* found = nullptr;
    int rc = getpwuid_r(uid, &entry, buffer.data(), buffer.size(), &found);
    if (rc == ERANGE && buffer.size() < (1u << 20)) {
      buffer.resize(buffer.size() * 2);
      continue;
    }
    if (rc == 0 && found && found->pw_name && *found->pw_name) return found->pw_name;
    return std::to_string(uid);
  }
}

}  // namespace

std::string Context::user() {
  if (!program().user.empty()) return program().user;
  if (auto name = env("USER")) return *name;
  return real_user_name();
}

// $PLIFT_NOW stands in for the clock, so tests and reproducible scripts get
// the same log.
app::Actor Context::actor() {
  std::string at;
  if (auto now = env("PLIFT_NOW")) {
    at = *now;
  } else {
    std::time_t seconds = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    at = text;
  }
  return app::Actor{at, user(), command_line};
}

std::optional<std::string> Context::env(const std::string& name) const {
  auto it = env_.variables.find(name);
  if (it == env_.variables.end() || it->second.empty()) return std::nullopt;
  return it->second;
}

config::Inputs Context::config_inputs() const {
  config::Inputs inputs;
  if (!options.config.empty()) inputs.config_option = options.config;
  if (!options.db.empty()) inputs.db_option = options.db;
  inputs.env_config = env("PLIFT_CONFIG");
  inputs.env_db = env("PLIFT_DB");
  inputs.env_xdg_config_home = env("XDG_CONFIG_HOME");
  inputs.env_home = env("HOME");
  inputs.cwd = env_.cwd;
  return inputs;
}

const config::Config& Context::config() {
  if (!config_) config_ = config::load(config_inputs());
  return *config_;
}

app::Session& Context::session() {
  if (!session_) {
    session_ = app::Session::open(config().database, program(), {today(), today_fixed()}, actor());
    // Someone at a terminal learns why nothing happens; cron's log stays quiet.
    if (env_.stderr_is_terminal) {
      std::string database = config().database.string();
      session_->notice_long_waits(std::chrono::seconds{1}, [this, database] {
        err << one_line(fmt::format("plift: waiting for another plift to finish writing to '{}' (up to 5 s)…",
                                    database))
            << std::endl;
      });
    }
  }
  return *session_;
}

app::Session& Context::create_session(bool& created) {
  session_ = app::Session::create(config().database, program(), {today(), today_fixed()}, created);
  return *session_;
}

Date Context::today() {
  if (today_) return *today_;
  // The local date, unless --today or $PLIFT_TODAY fix it (tests, replays).
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  Date system_today = make_date(local.tm_year + 1900, static_cast<unsigned>(local.tm_mon + 1),
                                static_cast<unsigned>(local.tm_mday));
  if (!options.today.empty()) {
    today_ = app::parse_writable_date(options.today, system_today, "--today");
  } else if (auto value = env("PLIFT_TODAY")) {
    today_ = app::parse_writable_date(*value, system_today, "PLIFT_TODAY");
  } else {
    today_ = system_today;
  }
  return *today_;
}

bool Context::today_fixed() { return !options.today.empty() || env("PLIFT_TODAY").has_value(); }

Date Context::parse_date(const std::string& text, std::string_view what) {
  return app::parse_writable_date(text, today(), what);
}

render::Format Context::format() {
  if (options.json) return render::Format::json;
  if (options.format.empty()) return render::Format::table;
  auto format = render::parse_format(options.format);
  if (!format) {
    throw UsageError(fmt::format("unknown --format '{}': use table, json, csv or md", options.format));
  }
  return *format;
}

void Context::note(const std::string& line) {
  // Confirmations quote names, which an older database may hold with control characters.
  if (!options.quiet) out << one_line(line) << '\n';
}

void Context::print_listing(const render::Listing& listing) { render::write_listing(out, listing, format()); }

}  // namespace plift::cli
