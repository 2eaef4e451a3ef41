// plift remind: what is due for whom, as text, a listing or e-mail; with
// --new-only, each reminder once.
#include <fmt/format.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <map>
#include <set>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/app/remind.hpp"
#include "plift/app/listings.hpp"
#include "private_file.hpp"
#include "reminder_settings.hpp"
#include "sendmail.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/core/reminders.hpp"
#include "plift/core/text.hpp"
#include "plift/render/mail.hpp"
#include "plift/report/reminder_digest.hpp"

namespace plift::cli {

namespace {

constexpr const char* remind_help_footer = R"help(Formats:
  text (default)  grouped by coach: a line with the coach's name, key and e-mail
                  (companies without a coach under "(no coach)", last), then
                  "  DUE  KIND  COMPANY  message" per reminder, most overdue first.
  table, csv, md  one row per reminder, most overdue first.
  json            an array of {kind, company, company_name, coach, due,
                  days_overdue, message}; days_overdue is negative when upcoming.
                  Nothing due prints [] (csv its header); text, table, md and
                  mail print nothing at all, so cron mails only real news.
  mail            RFC 5322 messages for `sendmail -t`, From [reminders].mail_from
                  (the programme's name as display name unless it has its own):
                  with --coach, that coach's message; with --mail-dir, one
                  KEY.eml per coach with due items and _office.eml with the full
                  list for the office; with neither, the office's full list on
                  stdout. A coach without an e-mail address gets their message
                  addressed to the office (mail_from) with a Subject naming the
                  coach, and a warning on stderr. The Date header is 07:00 UTC
                  on the as-of day when --as-of, --today or PLIFT_TODAY fixes
                  the day, else the current time.
Memory:
  --new-only remembers the reminders it shows (after --coach, --company and
  --kind) in the database, in one transaction; the same kind, company and due
  day is the same reminder. --dry-run shows what would be new and remembers
  nothing. Without --new-only nothing is remembered.
Sending:
  --send hands each coach's message and the office's list to [reminders].
  sendmail (default /usr/sbin/sendmail -t -oi). With --new-only only what it
  took is remembered; a message it refused names the coach on stderr, its
  reminders come again next time, and plift exits 75.)help";

enum class Output { text, listing, mail };

struct RemindOptions {
  std::string as_of;
  std::optional<std::string> coach;
  std::optional<std::string> company;
  std::vector<std::string> kinds;
  bool new_only = false;
  bool dry_run = false;
  bool send = false;
  std::optional<std::string> mail_dir;
};

Output output_of(Context& ctx, const RemindOptions& o) {
  if (o.send) {
    if (ctx.options.json || (!ctx.options.format.empty() && ctx.options.format != "mail")) {
      throw UsageError("--send sends e-mail; leave out --format and --json, or give --format mail");
    }
    return Output::mail;
  }
  if (ctx.options.json) return Output::listing;
  const std::string& format = ctx.options.format;
  if (format.empty() || format == "text") return Output::text;
  if (format == "mail") return Output::mail;
  if (!render::parse_format(format)) {
    throw UsageError(fmt::format("unknown --format '{}' for remind: use text, json, mail, table, csv or md", format));
  }
  return Output::listing;
}

std::vector<ReminderKind> require_kinds(const std::vector<std::string>& texts) {
  std::vector<std::string> names;
  for (ReminderKind kind : all_reminder_kinds()) names.push_back(to_string(kind));
  std::vector<ReminderKind> kinds;
  for (const std::string& text : texts) {
    auto kind = parse_reminder_kind(text);
    if (!kind) {
      throw RuleError(fmt::format("unknown reminder kind '{}'{}; the kinds are: {}", text, did_you_mean(text, names),
                                  join_list(names, 20)));
    }
    kinds.push_back(*kind);
  }
  return kinds;
}

render::Json reminder_json(const Reminder& r) {
  render::Json json;
  json["kind"] = to_string(r.kind);
  json["company"] = r.company;
  json["company_name"] = r.company_name;
  json["coach"] = optional_json(r.coach);
  json["due"] = format_date(r.due);
  json["days_overdue"] = r.days_overdue;
  json["message"] = r.message;
  return json;
}

void print_listing(Context& ctx, const std::vector<Reminder>& reminders) {
  render::Listing listing;
  listing.columns = {{"due", "DUE"},         {"days_overdue", "DAYS", true}, {"kind", "KIND"},
                     {"company", "COMPANY"}, {"coach", "COACH"},             {"message", "MESSAGE"}};
  for (const Reminder& r : reminders) listing.rows.push_back(reminder_json(r));
  render::write_listing(ctx.out, listing, ctx.format());
}

void warn_without_email(Context& ctx, const Coach& coach, const render::MailAddress& office) {
  ctx.err << one_line(fmt::format(
                 "plift: warning: coach {} ({}) has no e-mail address; their reminders go to the office, {} "
                 "(add one with 'plift coach edit {} --email ADDRESS')",
                 coach.key, coach.name, office.address, coach.key))
          << '\n';
}

void write_mail(Context& ctx, const RemindOptions& o, const report::DigestMail& setting,
                const std::vector<report::CoachGroup>& groups) {
  // The office's own list needs no warning: it is the office's already.
  if (o.coach || o.mail_dir) {
    for (const report::CoachGroup& group : groups) {
      if (group.coach && !group.coach->email) warn_without_email(ctx, *group.coach, setting.office);
    }
  }
  if (!o.mail_dir) {
    // One message on stdout: the coach's with --coach, else the office's.
    std::optional<Coach> coach = o.coach && !groups.empty() ? groups.front().coach : std::nullopt;
    ctx.out << report::digest_mail(setting, groups, coach);
    return;
  }
  std::filesystem::path dir(*o.mail_dir);
  std::error_code ec;
  // The messages name people: a folder plift makes is its owner's only, and
  // each file is written with mode 0600 (write_private_file).
  if (std::filesystem::create_directories(dir, ec)) {
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, ec);
  }
  if (ec) throw IoError(fmt::format("cannot create --mail-dir '{}': {}", dir.string(), ec.message()));
  for (const report::CoachGroup& group : groups) {
    if (!group.coach) continue;
    // A key from a database edited by hand could name a path ("../x").
    if (!is_valid_key(group.coach->key)) {
      throw DataError(fmt::format("the database holds the coach key '{}', which cannot name a file",
                                  visible_text(group.coach->key)));
    }
    write_private_file((dir / (group.coach->key + ".eml")).string(), report::digest_mail(setting, {group}, group.coach));
  }
  // Keys are [a-z0-9-]+, so the office's file never takes a coach's name.
  if (!o.coach) write_private_file((dir / "_office.eml").string(), report::digest_mail(setting, groups, std::nullopt));
}

// Hands each coach's message, and the office's full list, to sendmail. A
// reminder reached its reader when the message of its coach was taken (of
// the office, for a company without a coach); the others stay unreached, so
// that --new-only offers them again. Returns the messages not taken.
int send_mail(Context& ctx, const RemindOptions& o, const std::vector<std::string>& sendmail,
              const report::DigestMail& setting,
              const std::vector<report::CoachGroup>& groups, const app::DueReminders& due, app::Reached& reached) {
  auto mark_unreached = [&](const std::vector<Reminder>& reminders) {
    for (const Reminder& r : reminders) {
      for (std::size_t i = 0; i < due.reminders.size(); ++i) {
        const Reminder& found = due.reminders[i];
        if (found.kind == r.kind && found.company == r.company && found.due == r.due) reached[i] = false;
      }
    }
  };
  int sent = 0;
  int failed = 0;
  for (const report::CoachGroup& group : groups) {
    if (!group.coach) continue;
    if (!group.coach->email) warn_without_email(ctx, *group.coach, setting.office);
    Handover handover = hand_to_sendmail(sendmail, report::digest_mail(setting, {group}, group.coach));
    if (handover.accepted) {
      ++sent;
      continue;
    }
    ++failed;
    mark_unreached(group.reminders);
    ctx.err << one_line(fmt::format("plift: error: the message to coach {} ({}) was not sent: {}; its {} {} come "
                                    "again on the next run",
                                    group.coach->key, group.coach->name, handover.problem, group.reminders.size(),
                                    group.reminders.size() == 1 ? "reminder" : "reminders"))
            << '\n';
  }
  if (!o.coach) {
    Handover handover = hand_to_sendmail(sendmail, report::digest_mail(setting, groups, std::nullopt));
    if (handover.accepted) {
      ++sent;
    } else {
      ++failed;
      // The office's list is the only message for companies without a coach.
      for (const report::CoachGroup& group : groups) {
        if (!group.coach) mark_unreached(group.reminders);
      }
      ctx.err << one_line(fmt::format("plift: error: the office's message to {} was not sent: {}",
                                      setting.office.address, handover.problem))
              << '\n';
    }
  }
  ctx.note(fmt::format("sent {} {}", sent, sent == 1 ? "message" : "messages"));
  return failed;
}

std::chrono::sys_seconds mail_date_for(Context& ctx, const RemindOptions& o, Date as_of) {
  bool day_fixed = !o.as_of.empty() || ctx.session().today_fixed();
  if (day_fixed) return std::chrono::sys_seconds{as_of} + std::chrono::hours{7};
  return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
}

void run_remind(Context& ctx, const RemindOptions& o) {
  // Usage first (exit 64), then the lookups (exit 1), then the config (78).
  Output output = output_of(ctx, o);
  Date as_of = o.as_of.empty() ? ctx.today() : ctx.parse_date(o.as_of, "--as-of");
  if (o.mail_dir && output != Output::mail) throw UsageError("--mail-dir goes with --format mail");
  if (o.mail_dir && o.send) throw UsageError("--send and --mail-dir exclude each other: send the mail, or write it");
  if (o.dry_run && o.send) throw UsageError("--dry-run sends nothing; leave out --send to see what is new");
  if (o.mail_dir && o.mail_dir->empty()) throw UsageError("--mail-dir may not be empty");
  if (o.coach && o.coach->empty()) throw UsageError("--coach may not be empty");
  if (o.company && o.company->empty()) throw UsageError("--company may not be empty");
  app::ReminderQuery query;
  query.as_of = as_of;
  query.kinds = require_kinds(o.kinds);
  if (o.coach) query.coach = app::require_coach(ctx.session(), *o.coach).key;
  if (o.company) query.company = app::require_company(ctx.session(), *o.company).key;
  query.new_only = o.new_only;
  query.remember = o.new_only && !o.dry_run;
  std::optional<render::MailAddress> office;
  if (output == Output::mail) office = require_mail_from(ctx);

  // Checked before anything is read, so a bad setting exits 78 at once.
  std::vector<std::string> sendmail;
  if (o.send) sendmail = require_sendmail(ctx);

  const Program& program = ctx.program();
  int not_sent = 0;
  app::remind(ctx.session(), query, [&](const app::DueReminders& due, app::Reached& reached) {
    if (output == Output::listing) {
      print_listing(ctx, due.reminders);
    } else if (!due.reminders.empty()) {
      std::vector<report::CoachGroup> groups = report::group_by_coach(due.reminders, due.coaches);
      if (output == Output::text) {
        ctx.out << report::digest_text(groups, program.language);
      } else {
        report::DigestMail setting{*office, mail_date_for(ctx, o, as_of), &program, as_of};
        if (o.send) {
          not_sent = send_mail(ctx, o, sendmail, setting, groups, due, reached);
        } else {
          write_mail(ctx, o, setting, groups);
        }
      }
    }
    // Remembered only once they are surely out: a failed write forgets them.
    ctx.out.flush();
    if (!ctx.out) throw IoError("cannot write the output");
  });
  // Exit 75 (try again later): the reminders not sent come again next time.
  if (not_sent > 0) throw SilentFailure(ExitStatus::busy);
}

}  // namespace

void add_remind_command(CLI::App& app, Context& ctx) {
  auto options = std::make_shared<RemindOptions>();
  std::vector<std::string> kind_names;
  for (ReminderKind kind : all_reminder_kinds()) kind_names.push_back(to_string(kind));
  CLI::App* remind = app.add_subcommand(
      "remind", "What is overdue or due soon, for each coach; nothing due prints nothing (for cron)");
  remind->add_option("--as-of", options->as_of, "The day to remind as of (default: today)");
  remind->add_option("--coach", options->coach, "Only the companies of this coach");
  remind->add_option("--company", options->company, "Only this company");
  remind->add_option("--kind", options->kinds, "Only these kinds (repeatable): " + join_list(kind_names, 20))
      ->delimiter(',');
  remind->add_flag("--new-only", options->new_only, "Only reminders not shown before; remember these as shown");
  remind->add_flag("--dry-run", options->dry_run, "With --new-only: show what is new, remember nothing");
  remind->add_flag("--send", options->send,
                   "Hand each coach's message and the office's list to [reminders].sendmail; with --new-only, "
                   "remember only what it took (exit 75 when a message was not taken)");
  remind->add_option("--mail-dir", options->mail_dir,
                     "With --format mail: write KEY.eml per coach and _office.eml here");
  remind->footer(remind_help_footer);
  remind->callback([&ctx, options] { run_remind(ctx, *options); });
}

}  // namespace plift::cli
