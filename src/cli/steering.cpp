// plift steering add|remove|list
#include <fmt/format.h>
#include <fmt/ranges.h>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/app/listings.hpp"
#include "plift/app/corrections.hpp"
#include "plift/app/journey_events.hpp"
#include "record_json.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/core/rules.hpp"

namespace plift::cli {

namespace {


// "management and union are represented" or "missing: union"
std::string composition(const std::vector<SteeringMember>& members) {
  std::vector<std::string> gaps = steering_gaps(members);
  if (gaps.empty()) return "management and union are represented";
  return fmt::format("missing: {}", join_list(gaps));
}

struct AddOptions {
  std::string key;
  std::string person;
  std::string role;
};

void run_add(Context& ctx, const AddOptions& o) {
  SteeringRole role = app::require_steering_role(o.role, "--role");
  app::SteeringChange change = app::add_steering_member(ctx.session(), o.key, o.person, role);
  const std::string& person = change.person;
  if (change.before == role) {
    ctx.note(fmt::format("{}: {} is already in the steering group as {}; nothing changed", o.key, person,
                         to_string(role)));
    return;
  }
  std::string done = change.before ? fmt::format("{}'s role in the steering group changed from {} to {}", person,
                                                 to_string(*change.before), to_string(role))
                                   : fmt::format("added {} to the steering group as {}", person, to_string(role));
  ctx.note(fmt::format("{}: {}; {}", o.key, done, composition(change.members)));
}

void run_remove(Context& ctx, const std::string& key, const std::string& person) {
  if (person.empty()) {
    if (key.empty() || key.find_first_not_of("0123456789") != std::string::npos) {
      throw UsageError(fmt::format("'{}' is no id: give the member's id, or the company key and --person NAME", key));
    }
    std::int64_t id = 0;
    try {
      id = std::stoll(key);
    } catch (const std::out_of_range&) {
      throw UsageError(fmt::format("id '{}' is too large", key));
    }
    app::Removed removed = app::remove_record(ctx.session(), RecordKind::steering_member, id);
    ctx.note(fmt::format("{}: removed {} from the steering group (#{})", removed.company, removed.summary, id));
    return;
  }
  app::SteeringChange change = app::remove_steering_member(ctx.session(), key, person);
  ctx.note(fmt::format("{}: removed {} ({}) from the steering group; {}", key, change.person, to_string(*change.before),
                       composition(change.members)));
}

void run_list(Context& ctx, const std::string& key) {
  std::optional<Company> company;
  if (!key.empty()) company = app::require_company(ctx.session(), key);
  render::Format format = ctx.format();
  render::Listing listing;
  listing.columns = {{"id", "ID", true}, {"company", "COMPANY"}, {"person", "PERSON"}, {"role", "ROLE"}};
  std::vector<std::string> incomplete;
  if (company) {
    for (const SteeringMember& member : app::steering_group(ctx.session(), company->key)) {
      listing.rows.push_back(steering_json(member));
    }
  } else {
    auto groups = app::steering_groups(ctx.session());
    for (const auto& [company_key, members] : groups) {
      for (const SteeringMember& member : members) listing.rows.push_back(steering_json(member));
    }
    Date today = ctx.today();
    for (const CompanyOverview& row : app::list_companies(ctx.session())) {
      if (status_on(row.company, today) != CompanyStatus::active) continue;
      std::vector<std::string> gaps = steering_gaps(groups[row.company.key]);
      if (!gaps.empty()) incomplete.push_back(fmt::format("{} ({})", row.company.key, join_list(gaps)));
    }
  }
  ctx.print_listing(listing);
  // The composition rule is for people reading the table; json and csv stay
  // the plain list of members.
  if (format != render::Format::table && format != render::Format::md) return;
  std::string line;
  if (company) {
    std::vector<SteeringMember> members = app::steering_group(ctx.session(), company->key);
    std::vector<std::string> gaps = steering_gaps(members);
    line = gaps.empty() ? "Composition rule met: management and union are represented"
                        : fmt::format("Composition rule not met: missing {}", fmt::join(gaps, " and "));
  } else if (!incomplete.empty()) {
    line = fmt::format("Active companies whose steering group lacks management or union: {}",
                       join_list(incomplete, 50));
  } else {
    return;
  }
  if (!listing.rows.empty()) ctx.out << '\n';
  ctx.out << line << '\n';
}

}  // namespace

void add_steering_commands(CLI::App& app, Context& ctx) {
  CLI::App* steering = app.add_subcommand("steering", "Each company's steering group: management, union, employees");
  steering->require_subcommand(1);

  auto add_options = std::make_shared<AddOptions>();
  CLI::App* add = steering->add_subcommand("add", "Add a person to a steering group, or change their role");
  add->add_option("key", add_options->key, "Company key")->required();
  add->add_option("--person", add_options->person, "The member's name, as it should be kept")->required();
  add->add_option("--role", add_options->role, "management, union or employee")->required();
  add->callback([&ctx, add_options] { run_add(ctx, *add_options); });

  auto remove_key = std::make_shared<std::string>();
  auto remove_person = std::make_shared<std::string>();
  CLI::App* remove = steering->add_subcommand(
      "remove", "Take a person out of a steering group: KEY --person NAME, or the member's ID");
  remove->add_option("key", *remove_key, "Company key, or without --person the member's id")->required();
  remove->add_option("--person", *remove_person, "The member's name");
  remove->callback([&ctx, remove_key, remove_person] { run_remove(ctx, *remove_key, *remove_person); });

  auto list_key = std::make_shared<std::string>();
  CLI::App* list = steering->add_subcommand("list", "List steering-group members (management first, then union)");
  list->footer(
      "The programme asks for at least one management and one union member. In table and md form the list "
      "ends with whether that holds: for KEY's group, or naming the active companies that lack a role. json "
      "and csv are the plain list of members (company, person, role).");
  list->add_option("key", *list_key, "Only this company's group");
  list->callback([&ctx, list_key] { run_list(ctx, *list_key); });
}

}  // namespace plift::cli
