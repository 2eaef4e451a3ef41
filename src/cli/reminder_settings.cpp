#include "reminder_settings.hpp"

#include <fmt/format.h>

#include "plift/core/error.hpp"
#include "plift/core/text.hpp"
#include "plift/io/shell_words.hpp"

namespace plift::cli {

namespace {

// Where a [reminders] setting came from: its file and line, or "default".
std::string origin_of(Context& ctx, const std::string& key) {
  std::string origin = "default";
  for (const config::Setting& setting : ctx.config().settings) {
    if (setting.key == key) origin = setting.origin;
  }
  return origin;
}

}  // namespace

render::MailAddress require_mail_from(Context& ctx) {
  const Program& program = ctx.program();
  std::string origin = origin_of(ctx, "reminders.mail_from");
  if (program.reminder_mail_from.empty()) {
    throw ConfigError(fmt::format("{}: [reminders].mail_from is empty; --format mail needs a sender address, "
                                  "e.g. mail_from = \"plift@example.org\"",
                                  origin));
  }
  auto from = render::parse_mail_address(program.reminder_mail_from);
  if (!from) {
    throw ConfigError(fmt::format("{}: [reminders].mail_from '{}' is not an e-mail address", origin,
                                  visible_text(program.reminder_mail_from)));
  }
  if (from->name.empty()) from->name = program.name;
  return *from;
}

std::vector<std::string> require_sendmail(Context& ctx) {
  std::string origin = origin_of(ctx, "reminders.sendmail");
  std::vector<std::string> words;
  try {
    words = io::split_shell_words(ctx.program().reminder_sendmail);
  } catch (const Error& e) {
    throw ConfigError(fmt::format("{}: [reminders].sendmail: {}", origin, e.what()));
  }
  if (words.empty()) throw ConfigError(fmt::format("{}: [reminders].sendmail names no command", origin));
  return words;
}

}  // namespace plift::cli
