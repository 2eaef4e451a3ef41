// plift pulse log|list
#include <fmt/format.h>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/app/listings.hpp"
#include "plift/app/journey_events.hpp"
#include "plift/core/error.hpp"

namespace plift::cli {

namespace {

struct LogOptions {
  std::string key;
  std::string status;
  std::string date;
  std::optional<std::string> note;
};

void run_log(Context& ctx, const LogOptions& o) {
  auto status = parse_pulse_status(o.status);
  if (!status) throw UsageError(fmt::format("unknown --status '{}': use green, yellow or red", o.status));
  Date day = o.date.empty() ? ctx.today() : ctx.parse_date(o.date, "--date");
  app::log_pulse(ctx.session(), {o.key, *status, day, o.note});
  ctx.note(fmt::format("{}: {} pulse logged for {}", o.key, o.status, format_date(day)));
}

struct ListOptions {
  std::string key;
  std::string since;
  std::string until;
};

void run_list(Context& ctx, const ListOptions& o) {
  PulseFilter filter;
  if (!o.key.empty()) filter.company = app::require_company(ctx.session(), o.key).key;
  if (!o.since.empty()) filter.since = ctx.parse_date(o.since, "--since");
  if (!o.until.empty()) filter.until = ctx.parse_date(o.until, "--until");
  if (filter.since && filter.until && *filter.until < *filter.since) {
    throw UsageError(fmt::format("--until {} is before --since {}", format_date(*filter.until),
                                 format_date(*filter.since)));
  }
  render::Listing listing;
  listing.columns = {{"id", "ID", true}, {"date", "DATE"}, {"company", "COMPANY"}, {"status", "STATUS"}, {"note", "NOTE"}};
  for (const Pulse& entry : app::list_pulses(ctx.session(), filter)) {
    listing.rows.push_back({{"id", entry.id},
                            {"company", entry.company},
                            {"date", format_date(entry.date)},
                            {"status", to_string(entry.status)},
                            {"note", optional_json(entry.note)}});
  }
  ctx.print_listing(listing);
}

}  // namespace

void add_pulse_commands(CLI::App& app, Context& ctx) {
  CLI::App* pulse = app.add_subcommand("pulse", "Log and list pulse meetings");
  pulse->require_subcommand(1);

  auto log_options = std::make_shared<LogOptions>();
  CLI::App* log = pulse->add_subcommand("log", "Log a pulse meeting's status");
  log->add_option("key", log_options->key, "Company key")->required();
  log->add_option("--status", log_options->status, "green, yellow or red")->required();
  log->add_option("--date", log_options->date, "Day of the meeting (default: today)");
  log->add_option("--note", log_options->note, "What was said");
  log->callback([&ctx, log_options] { run_log(ctx, *log_options); });

  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list = pulse->add_subcommand("list", "List pulse meetings, oldest first");
  list->add_option("key", list_options->key, "Only this company");
  list->add_option("--since", list_options->since, "From this day on");
  list->add_option("--until", list_options->until, "Up to this day");
  list->callback([&ctx, list_options] { run_list(ctx, *list_options); });
}

}  // namespace plift::cli
