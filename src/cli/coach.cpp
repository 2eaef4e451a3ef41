// plift coach add|list|edit
#include <fmt/format.h>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/store/records.hpp"

namespace plift::cli {

namespace {

struct CoachOptions {
  std::string key;
  std::string name;
  std::string organisation;
  std::optional<std::string> email;
  std::optional<std::string> region;
};

// Enough to catch a name typed where the address belongs; the mail system
// judges the rest.
std::optional<std::string> optional_region(Context& ctx, const std::optional<std::string>& region) {
  if (!region || region->empty()) return std::nullopt;
  return require_region(ctx, *region);
}

void run_add(Context& ctx, const CoachOptions& o) {
  require_valid_key(o.key, "coach key");
  require_text(o.name, "--name");
  require_text(o.organisation, "--org");
  Coach coach{o.key, o.name, o.organisation, std::nullopt, optional_region(ctx, o.region)};
  if (o.email && !o.email->empty()) {
    require_email(*o.email, "--email");
    coach.email = o.email;
  }
  store::Database& db = ctx.database();
  store::WriteTransaction tx(db);
  if (auto existing = store::find_coach(db, o.key)) {
    throw RuleError(fmt::format("a coach with key '{}' already exists ({})", o.key, existing->name));
  }
  store::insert_coach(db, coach);
  tx.commit();
  ctx.out << coach.key << '\n';
}

void run_list(Context& ctx) {
  render::Listing listing;
  listing.columns = {{"key", "KEY"}, {"name", "NAME"}, {"organisation", "ORGANISATION"}, {"email", "EMAIL"},
                     {"region", "REGION"}, {"companies", "COMPANIES", true}};
  store::Database& db = ctx.database();
  std::map<std::string, int> active_companies;
  Date today = ctx.today();
  for (const store::CompanyOverview& row : store::list_companies(db)) {
    if (row.company.coach && status_on(row.company, today) == CompanyStatus::active) ++active_companies[*row.company.coach];
  }
  for (const Coach& coach : store::list_coaches(db)) {
    listing.rows.push_back({{"key", coach.key},
                            {"name", coach.name},
                            {"organisation", coach.organisation},
                            {"email", optional_json(coach.email)},
                            {"region", optional_json(coach.region)},
                            {"companies", active_companies[coach.key]}});
  }
  ctx.print_listing(listing);
}

void run_edit(Context& ctx, const std::string& key, const CoachOptions& o) {
  Coach coach = require_coach(ctx, key);
  std::vector<std::string> changed;
  if (!o.name.empty()) {
    require_text(o.name, "--name");
    coach.name = o.name;
    changed.push_back("name");
  }
  if (!o.organisation.empty()) {
    require_text(o.organisation, "--org");
    coach.organisation = o.organisation;
    changed.push_back("organisation");
  }
  if (o.email) {
    if (!o.email->empty()) require_email(*o.email, "--email");
    coach.email = o.email->empty() ? std::nullopt : o.email;
    changed.push_back("email");
  }
  if (o.region) {
    coach.region = optional_region(ctx, o.region);
    changed.push_back("region");
  }
  if (changed.empty()) throw UsageError("nothing to change: give --name, --org, --email or --region");
  store::Database& db = ctx.database();
  store::WriteTransaction tx(db);
  store::update_coach(db, coach);
  tx.commit();
  ctx.note(fmt::format("updated coach {}: {}", key, join_list(changed)));
}

}  // namespace

void add_coach_commands(CLI::App& app, Context& ctx) {
  CLI::App* coach = app.add_subcommand("coach", "Add, list and edit coaches");
  coach->require_subcommand(1);

  auto add_options = std::make_shared<CoachOptions>();
  CLI::App* add = coach->add_subcommand("add", "Add a coach; prints its key");
  add->add_option("key", add_options->key, "Coach key, e.g. anna-berg")->required();
  add->add_option("--name", add_options->name, "Full name")->required();
  add->add_option("--org", add_options->organisation, "Organisation, e.g. RISE, IUC, SINTEF")->required();
  add->add_option("--email", add_options->email, "E-mail address for reminders");
  add->add_option("--region", add_options->region, "Region the coach works in");
  add->callback([&ctx, add_options] { run_add(ctx, *add_options); });

  coach->add_subcommand("list", "List coaches with their active companies")->callback([&ctx] { run_list(ctx); });

  auto edit_key = std::make_shared<std::string>();
  auto edit_options = std::make_shared<CoachOptions>();
  CLI::App* edit = coach->add_subcommand("edit", "Change a coach's details");
  edit->add_option("key", *edit_key, "Coach key")->required();
  edit->add_option("--name", edit_options->name, "New name");
  edit->add_option("--org", edit_options->organisation, "New organisation");
  edit->add_option("--email", edit_options->email, "New e-mail ('' clears it)");
  edit->add_option("--region", edit_options->region, "New region ('' clears it)");
  edit->callback([&ctx, edit_key, edit_options] { run_edit(ctx, *edit_key, *edit_options); });
}

}  // namespace plift::cli
