// plift check: the programme's rules over the whole database, like a linter.
#include <fmt/format.h>

#include "context.hpp"
#include "plift/app/listings.hpp"
#include "plift/core/company_view.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/core/text.hpp"

namespace plift::cli {

namespace {

void run_check(Context& ctx, const std::vector<std::string>& only_rules) {
  const auto& rules = check_rules();
  for (const std::string& rule : only_rules) {
    if (std::find(rules.begin(), rules.end(), rule) == rules.end()) {
      throw UsageError(fmt::format("unknown --rule '{}'{}; the rules are: {}", rule, did_you_mean(rule, rules),
                                   join_list(rules)));
    }
  }
  const Program& program = ctx.program();
  Date today = ctx.today();
  render::Listing listing;
  listing.columns = {{"company", "COMPANY"}, {"rule", "RULE"}, {"date", "DATE"}, {"message", "MESSAGE"}};
  for (const CompanyRecords& records : app::all_company_records(ctx.session())) {
    for (const Finding& finding : check_company(program, records, today)) {
      if (!only_rules.empty() &&
          std::find(only_rules.begin(), only_rules.end(), finding.rule) == only_rules.end()) {
        continue;
      }
      listing.rows.push_back({{"company", finding.company},
                              {"rule", finding.rule},
                              {"date", format_date(finding.date)},
                              {"message", finding.message}});
    }
  }
  render::Format format = ctx.format();
  if (format == render::Format::table) {
    // One line per finding, as a linter prints them; names in the messages
    // come from the database and may hold line breaks or escape sequences.
    for (const auto& row : listing.rows) {
      ctx.out << one_line(fmt::format("{}: {}: {}", row["company"].get<std::string>(), row["rule"].get<std::string>(),
                                      row["message"].get<std::string>()))
              << '\n';
    }
  } else {
    ctx.print_listing(listing);
  }
  if (!listing.rows.empty()) {
    throw SilentFailure(ExitStatus::refused);
  }
}

}  // namespace

void add_check_command(CLI::App& app, Context& ctx) {
  auto rules = std::make_shared<std::vector<std::string>>();
  CLI::App* check = app.add_subcommand(
      "check", "Check the programme's rules over the whole database; exit 1 when anything is found");
  check->add_option("--rule", *rules, "Only these rules (repeatable): " + join_list(check_rules(), 20));
  check->callback([&ctx, rules] { run_check(ctx, *rules); });
}

}  // namespace plift::cli
