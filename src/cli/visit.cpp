// plift visit log|list
#include <fmt/format.h>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/app/listings.hpp"
#include "plift/app/journey_events.hpp"
#include "record_json.hpp"
#include "plift/core/error.hpp"

namespace plift::cli {

namespace {

struct LogOptions {
  std::string key;
  std::string date;
  std::optional<std::string> coach;
  std::string mode = "onsite";
  std::optional<std::string> note;
};

void run_log(Context& ctx, const LogOptions& o) {
  VisitMode mode = app::require_visit_mode(o.mode, "--mode");
  Date day = o.date.empty() ? ctx.today() : ctx.parse_date(o.date, "--date");
  Visit visit = app::log_visit(ctx.session(), {o.key, day, o.coach, mode, o.note});
  if (visit.coach) {
    ctx.note(fmt::format("{}: {} visit by {} logged for {}", visit.company, o.mode, *visit.coach, format_date(day)));
  } else {
    ctx.note(fmt::format("{}: {} visit logged for {} without a coach ({} has none assigned; name one with --coach)",
                         visit.company, o.mode, format_date(day), visit.company));
  }
}

struct ListOptions {
  std::string key;
  std::string since;
  std::string until;
  std::optional<std::string> coach;
};

void run_list(Context& ctx, const ListOptions& o) {
  VisitFilter filter;
  if (!o.since.empty()) filter.since = ctx.parse_date(o.since, "--since");
  if (!o.until.empty()) filter.until = ctx.parse_date(o.until, "--until");
  if (filter.since && filter.until && *filter.until < *filter.since) {
    throw UsageError(fmt::format("--until {} is before --since {}", format_date(*filter.until),
                                 format_date(*filter.since)));
  }
  if (!o.key.empty()) filter.company = app::require_company(ctx.session(), o.key).key;
  if (o.coach) {
    if (o.coach->empty()) throw UsageError("--coach may not be empty");
    filter.coach = app::require_coach(ctx.session(), *o.coach).key;
  }
  render::Listing listing;
  listing.columns = {{"id", "ID", true}, {"date", "DATE"}, {"company", "COMPANY"}, {"coach", "COACH"}, {"mode", "MODE"},
                     {"note", "NOTE"}};
  for (const Visit& visit : app::list_visits(ctx.session(), filter)) {
    listing.rows.push_back(visit_json(visit));
  }
  ctx.print_listing(listing);
}

}  // namespace

void add_visit_commands(CLI::App& app, Context& ctx) {
  CLI::App* visit = app.add_subcommand("visit", "Log and list coach visits");
  visit->require_subcommand(1);

  auto log_options = std::make_shared<LogOptions>();
  CLI::App* log = visit->add_subcommand("log", "Log a coach visit");
  log->add_option("key", log_options->key, "Company key")->required();
  log->add_option("--date", log_options->date, "Day of the visit (default: today)");
  log->add_option("--coach", log_options->coach, "Coach key (default: the company's coach)");
  log->add_option("--mode", log_options->mode, "onsite (default) or remote");
  log->add_option("--note", log_options->note, "What was done");
  log->callback([&ctx, log_options] { run_log(ctx, *log_options); });

  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list = visit->add_subcommand("list", "List coach visits, oldest first");
  list->add_option("key", list_options->key, "Only this company");
  list->add_option("--since", list_options->since, "From this day on");
  list->add_option("--until", list_options->until, "Up to this day");
  list->add_option("--coach", list_options->coach, "Only this coach's visits");
  list->callback([&ctx, list_options] { run_list(ctx, *list_options); });
}

}  // namespace plift::cli
