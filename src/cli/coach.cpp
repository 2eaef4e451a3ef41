// plift coach add|list|edit
#include <fmt/format.h>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/app/listings.hpp"
#include "plift/app/coach.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"

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
void run_add(Context& ctx, const CoachOptions& o) {
  app::add_coach(ctx.session(), {o.key, o.name, o.organisation, o.email, o.region});
  ctx.out << o.key << '\n';
}

void run_list(Context& ctx) {
  render::Listing listing;
  listing.columns = {{"key", "KEY"}, {"name", "NAME"}, {"organisation", "ORGANISATION"}, {"email", "EMAIL"},
                     {"region", "REGION"}, {"companies", "COMPANIES", true}};
  std::map<std::string, int> active_companies;
  Date today = ctx.today();
  for (const CompanyOverview& row : app::list_companies(ctx.session())) {
    if (row.company.coach && status_on(row.company, today) == CompanyStatus::active) ++active_companies[*row.company.coach];
  }
  for (const Coach& coach : app::list_coaches(ctx.session())) {
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
  app::CoachEdit edit;
  if (!o.name.empty()) edit.name = o.name;
  if (!o.organisation.empty()) edit.organisation = o.organisation;
  edit.email = o.email;
  edit.region = o.region;
  std::vector<std::string> changed = app::edit_coach(ctx.session(), key, edit);
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
