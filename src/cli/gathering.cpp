// plift gathering add|list|show|attend|status
#include <fmt/format.h>

#include <algorithm>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/app/listings.hpp"
#include "plift/app/journey_events.hpp"
#include "record_json.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/core/rules.hpp"

namespace plift::cli {

namespace {

GatheringKind require_kind(const std::string& text) { return app::require_gathering_kind(text, "--kind"); }

std::string people_text(int people) { return people == 1 ? "1 person" : fmt::format("{} people", people); }

std::vector<render::Column> gathering_columns() {
  return {{"key", "KEY"},           {"date", "DATE"},
          {"kind", "KIND"},         {"title", "TITLE"},
          {"location", "LOCATION"}, {"companies", "COMPANIES", true},
          {"people", "PEOPLE", true}};
}

struct AddOptions {
  std::string key;
  std::string title;
  std::string date;
  std::optional<std::string> location;
  std::string kind = "joint";
};

void run_add(Context& ctx, const AddOptions& o) {
  GatheringKind kind = require_kind(o.kind);
  // A gathering may lie in the future: the programme plans them ahead.
  Date date = ctx.parse_date(o.date, "--date");
  app::add_gathering(ctx.session(), {o.key, o.title, date, o.location, kind});
  ctx.out << o.key << '\n';
}

struct ListOptions {
  std::string kind;
  std::string since;
  std::string until;
};

void run_list(Context& ctx, const ListOptions& o) {
  std::optional<GatheringKind> kind;
  if (!o.kind.empty()) kind = require_kind(o.kind);
  std::optional<Date> since;
  std::optional<Date> until;
  if (!o.since.empty()) since = ctx.parse_date(o.since, "--since");
  if (!o.until.empty()) until = ctx.parse_date(o.until, "--until");
  if (since && until && *until < *since) {
    throw UsageError(fmt::format("--until {} is before --since {}", format_date(*until), format_date(*since)));
  }
  render::Listing listing;
  listing.columns = gathering_columns();
  for (const Gathering& gathering : app::list_gatherings(ctx.session())) {
    if (kind && gathering.kind != *kind) continue;
    if (since && gathering.date < *since) continue;
    if (until && gathering.date > *until) continue;
    listing.rows.push_back(gathering_json(gathering));
  }
  ctx.print_listing(listing);
}

std::string attended_text(const Gathering& gathering, Date today) {
  if (gathering.attendance.empty()) return gathering.date > today ? "none yet (planned)" : "none recorded";
  int companies = companies_attending(gathering);
  return fmt::format("{} {}, {}", companies, companies == 1 ? "company" : "companies",
                     people_text(people_attending(gathering)));
}

void run_show(Context& ctx, const std::string& key) {
  Gathering gathering = app::require_gathering(ctx.session(), key);
  render::Json json = gathering_json(gathering);
  render::Format format = ctx.format();
  if (format == render::Format::json) {
    render::write_json(ctx.out, json);
    return;
  }
  if (format == render::Format::csv) {
    render::Listing one;
    one.columns = gathering_columns();
    one.rows.push_back(json);
    render::write_listing(ctx.out, one, format);
    return;
  }
  std::vector<std::pair<std::string, std::string>> fields = {
      {"key", gathering.key},
      {"title", gathering.title},
      {"date", format_date(gathering.date)},
      {"location", gathering.location.value_or("-")},
      {"kind", to_string(gathering.kind)},
      {"attended", attended_text(gathering, ctx.today())}};
  bool md = format == render::Format::md;
  if (md) ctx.out << "# " << render::md_cell(gathering.title) << "\n\n";
  render::write_fields(ctx.out, fields, format);
  if (gathering.attendance.empty()) return;
  render::Listing attendance;
  attendance.columns = {{"id", "ID", true}, {"company", "COMPANY"}, {"guest", "GUEST"}, {"people", "PEOPLE", true}};
  attendance.rows = json["attendance"];
  ctx.out << '\n' << (md ? "## Attendance\n\n" : "");
  render::write_listing(ctx.out, attendance, format);
}

struct AttendOptions {
  std::string gathering;
  std::optional<std::string> company;
  std::optional<int> people;
};

void run_attend(Context& ctx, const AttendOptions& o) {
  app::Attended attended = app::record_attendance(ctx.session(), {o.gathering, o.company, o.people});
  const Gathering& gathering = attended.gathering;
  const Attendance& attendance = attended.attendance;
  std::string who;
  if (attendance.company) {
    who = *attendance.company;
  } else if (attendance.guest) {
    who = fmt::format("guest '{}'", *attendance.guest);
  }
  const std::string& hint = attended.guest_hint;
  if (attended.replaced && *attended.replaced == attendance.people) {
    ctx.note(fmt::format("{} at {}: already recorded with {}", who, gathering.key, people_text(attendance.people)));
  } else if (attended.replaced) {
    ctx.note(fmt::format("{} at {}: {}, replacing {}{}", who, gathering.key, people_text(attendance.people),
                         people_text(*attended.replaced), hint));
  } else if (who.empty()) {
    ctx.note(fmt::format("{}: {} counted without a company", gathering.key, people_text(attendance.people)));
  } else {
    ctx.note(fmt::format("{} attended {} on {} with {}{}", who, gathering.key, format_date(gathering.date),
                         people_text(attendance.people), hint));
  }
}

// Joint gatherings are expected in proportion to how far the journey has come;
// a journey that ended is judged on the day it ended.
render::Json status_json(const Program& program, const Company& company, int attended, Date today) {
  Date as_of = today;
  if (company.completed) as_of = std::min(as_of, *company.completed);
  if (company.withdrawn) as_of = std::min(as_of, *company.withdrawn);
  int expected = expected_gatherings(program, company, as_of);
  return {{"company", company.key},
          {"name", company.name},
          {"status", to_string(status_on(company, today))},
          {"attended", attended},
          {"required", program.gatherings_per_company},
          {"expected", expected},
          {"behind", attended < expected}};
}

std::vector<render::Column> status_columns() {
  return {{"company", "COMPANY"},
          {"attended", "ATTENDED", true},
          {"required", "REQUIRED", true},
          {"expected", "EXPECTED", true},
          {"behind", "BEHIND"}};
}

void run_status_all(Context& ctx) {
  const Program& program = ctx.program();
  Date today = ctx.today();
  std::map<std::string, int> attended = app::joint_gatherings_attended(ctx.session());
  render::Listing listing;
  listing.columns = status_columns();
  for (const CompanyOverview& row : app::list_companies(ctx.session())) {
    if (status_on(row.company, today) != CompanyStatus::active) continue;
    listing.rows.push_back(status_json(program, row.company, attended[row.company.key], today));
  }
  ctx.print_listing(listing);
}

void run_status_one(Context& ctx, const std::string& key) {
  Company company = app::require_company(ctx.session(), key);
  const Program& program = ctx.program();
  std::vector<Gathering> gatherings = app::gatherings_attended(ctx.session(), company.key);
  int attended = static_cast<int>(std::count_if(gatherings.begin(), gatherings.end(), [](const Gathering& g) {
    return g.kind == GatheringKind::joint;
  }));
  render::Json json = status_json(program, company, attended, ctx.today());
  render::Listing list;
  list.columns = {{"date", "DATE"}, {"gathering", "GATHERING"}, {"kind", "KIND"}, {"title", "TITLE"},
                  {"people", "PEOPLE", true}};
  for (const Gathering& g : gatherings) {
    list.rows.push_back({{"gathering", g.key},
                         {"title", g.title},
                         {"date", format_date(g.date)},
                         {"kind", to_string(g.kind)},
                         {"people", g.attendance.front().people}});
  }
  render::Format format = ctx.format();
  if (format == render::Format::json) {
    json["gatherings"] = list.rows;
    render::write_json(ctx.out, json);
    return;
  }
  if (format == render::Format::csv) {
    render::Listing one;
    one.columns = status_columns();
    one.rows.push_back(json);
    render::write_listing(ctx.out, one, format);
    return;
  }
  int expected = json["expected"].get<int>();
  std::vector<std::pair<std::string, std::string>> fields = {
      {"company", fmt::format("{} ({})", company.name, company.key)},
      {"status", json["status"].get<std::string>()},
      {"attended", fmt::format("{} of {} joint gatherings", attended, program.gatherings_per_company)},
      {"expected", fmt::format("{} by now{}", expected, attended < expected ? ": behind" : "")}};
  bool md = format == render::Format::md;
  render::write_fields(ctx.out, fields, format);
  if (!list.rows.empty()) {
    ctx.out << '\n' << (md ? "## Gatherings attended\n\n" : "");
    render::write_listing(ctx.out, list, format);
  }
}

}  // namespace

void add_gathering_commands(CLI::App& app, Context& ctx) {
  CLI::App* gathering = app.add_subcommand("gathering", "Joint gatherings and seminars, and who attended them");
  gathering->require_subcommand(1);

  auto add_options = std::make_shared<AddOptions>();
  CLI::App* add = gathering->add_subcommand("add", "Add a gathering or seminar (also a planned one); prints its key");
  add->add_option("key", add_options->key, "Gathering key, e.g. joint-2026-autumn")->required();
  add->add_option("--title", add_options->title, "What it is called")->required();
  add->add_option("--date", add_options->date, "The day it takes place (may be in the future)")->required();
  add->add_option("--location", add_options->location, "Where it takes place");
  add->add_option("--kind", add_options->kind,
                  "joint (a joint gathering of enrolled companies, the default) or seminar (open to guests)");
  add->callback([&ctx, add_options] { run_add(ctx, *add_options); });

  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list = gathering->add_subcommand("list", "List gatherings, oldest first, with how many attended");
  list->add_option("--kind", list_options->kind, "Only joint gatherings or only seminars");
  list->footer(
      "companies counts enrolled and guest companies; people adds every head count. json and csv carry each "
      "gathering's attendance: company (enrolled), guest (a company outside the programme) and people.");
  list->add_option("--since", list_options->since, "From this day on");
  list->add_option("--until", list_options->until, "Up to this day");
  list->callback([&ctx, list_options] { run_list(ctx, *list_options); });

  auto show_key = std::make_shared<std::string>();
  CLI::App* show = gathering->add_subcommand("show", "One gathering and who attended it");
  show->add_option("key", *show_key, "Gathering key")->required();
  show->callback([&ctx, show_key] { run_show(ctx, *show_key); });

  auto attend_options = std::make_shared<AttendOptions>();
  CLI::App* attend =
      gathering->add_subcommand("attend", "Record who came to a gathering; again for the same company replaces its number");
  attend->footer(
      "Only a gathering that has taken place has attendance. A joint gathering takes enrolled companies (by key or "
      "exact name) whose journey includes its day. A seminar is open: any other name is recorded as a guest "
      "company from outside the programme, and without COMPANY, --people N is a head count of its own.");
  attend->add_option("gathering", attend_options->gathering, "Gathering key")->required();
  attend->add_option("company", attend_options->company,
                     "Key of the enrolled company; at a seminar also a guest company's name");
  attend->add_option("--people", attend_options->people, "How many people came (default 1)")->transform(whole_number(true));
  attend->callback([&ctx, attend_options] { run_attend(ctx, *attend_options); });

  auto status_key = std::make_shared<std::string>();
  CLI::App* status =
      gathering->add_subcommand("status", "Joint gatherings each active company attended, and whether it is behind");
  status->footer(
      "attended counts joint gatherings; required is [gatherings].per_company; expected is how many it should "
      "have attended by now, in proportion to how far its planned journey has come (for a journey that ended, "
      "by the day it ended); behind when attended is below expected. With KEY: that company, active or not, and "
      "every gathering and seminar it attended.");
  status->add_option("key", *status_key, "Only this company");
  status->callback([&ctx, status_key] {
    if (status_key->empty()) {
      run_status_all(ctx);
    } else {
      run_status_one(ctx, *status_key);
    }
  });
}

}  // namespace plift::cli
