// plift check: the programme's rules over the whole database, like a linter;
// check ack|unack: a finding known and accepted set aside, or brought back.
#include <fmt/format.h>

#include "context.hpp"
#include "plift/app/acknowledgements.hpp"
#include "plift/core/company_view.hpp"
#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/core/text.hpp"

namespace plift::cli {

namespace {

// "acknowledged 2026-11-16, until 2027-01-31: the reason"
std::string acknowledgement_text(const Acknowledgement& ack) {
  return fmt::format("acknowledged {}{}: {}", format_date(ack.acknowledged),
                     ack.until ? ", until " + format_date(*ack.until) : std::string(), ack.reason);
}

void run_check(Context& ctx, const std::vector<std::string>& only_rules, bool all) {
  const auto& rules = check_rules();
  for (const std::string& rule : only_rules) {
    if (std::find(rules.begin(), rules.end(), rule) == rules.end()) {
      throw UsageError(fmt::format("unknown --rule '{}'{}; the rules are: {}", rule, did_you_mean(rule, rules),
                                   join_list(rules)));
    }
  }
  render::Listing listing;
  listing.columns = {{"company", "COMPANY"}, {"rule", "RULE"}, {"date", "DATE"}, {"message", "MESSAGE"}};
  if (all) {
    listing.columns.insert(listing.columns.end(),
                           {{"acknowledged", "ACKNOWLEDGED"}, {"until", "UNTIL"}, {"reason", "REASON"}});
  }
  bool counted = false;
  for (const CheckedFinding& row : app::check_programme(ctx.session())) {
    const Finding& finding = row.finding;
    if (!only_rules.empty() &&
        std::find(only_rules.begin(), only_rules.end(), finding.rule) == only_rules.end()) {
      continue;
    }
    if (!row.acknowledgement) counted = true;
    if (row.acknowledgement && !all) continue;
    render::Json json = {{"company", finding.company},
                         {"rule", finding.rule},
                         {"date", format_date(finding.date)},
                         {"message", finding.message}};
    if (all) {
      const std::optional<Acknowledgement>& ack = row.acknowledgement;
      json["acknowledged"] = ack ? render::Json(format_date(ack->acknowledged)) : render::Json(nullptr);
      json["until"] = ack && ack->until ? render::Json(format_date(*ack->until)) : render::Json(nullptr);
      json["reason"] = ack ? render::Json(ack->reason) : render::Json(nullptr);
    }
    listing.rows.push_back(std::move(json));
  }
  render::Format format = ctx.format();
  if (format == render::Format::table) {
    // One line per finding, as a linter prints them; names in the messages
    // (and reasons) come from the database and may hold line breaks or
    // escape sequences.
    for (const auto& row : listing.rows) {
      std::string line = fmt::format("{}: {}: {}", row["company"].get<std::string>(), row["rule"].get<std::string>(),
                                     row["message"].get<std::string>());
      if (all && !row["acknowledged"].is_null()) {
        Acknowledgement ack{row["company"], row["rule"], row["reason"],
                            *parse_iso_date(row["acknowledged"].get<std::string>()),
                            row["until"].is_null() ? std::nullopt : parse_iso_date(row["until"].get<std::string>())};
        line += " [" + acknowledgement_text(ack) + "]";
      }
      ctx.out << one_line(line) << '\n';
    }
  } else {
    ctx.print_listing(listing);
  }
  if (counted) throw SilentFailure(ExitStatus::refused);
}

struct AckOptions {
  std::string company;
  std::string rule;
  std::string reason;
  std::string until;
};

void run_ack(Context& ctx, const AckOptions& o) {
  app::AcknowledgeRequest request;
  request.company = o.company;
  request.rule = o.rule;
  request.reason = o.reason;
  if (!o.until.empty()) request.until = ctx.parse_date(o.until, "--until");
  app::Acknowledged done = app::acknowledge_finding(ctx.session(), request);
  const Acknowledgement& ack = done.acknowledgement;
  ctx.note(fmt::format("{}: {} {} ({} finding{}){}", ack.company, ack.rule,
                       done.replaced ? "acknowledged again, replacing the earlier acknowledgement" : "acknowledged",
                       done.findings, done.findings == 1 ? "" : "s",
                       ack.until ? ", until " + format_date(*ack.until) : std::string()));
}

void run_unack(Context& ctx, const std::string& company, const std::string& rule) {
  Acknowledgement ack = app::remove_acknowledgement(ctx.session(), company, rule);
  ctx.note(fmt::format("{}: {} no longer acknowledged (acknowledged {})", ack.company, ack.rule,
                       format_date(ack.acknowledged)));
}

}  // namespace

void add_check_command(CLI::App& app, Context& ctx) {
  auto rules = std::make_shared<std::vector<std::string>>();
  auto all = std::make_shared<bool>(false);
  CLI::App* check = app.add_subcommand(
      "check",
      "Check the programme's rules over the whole database; exit 1 when anything not acknowledged is found");
  check->require_subcommand(0, 1);
  check->add_option("--rule", *rules, "Only these rules (repeatable): " + join_list(check_rules(), 20));
  check->add_flag("--all", *all, "Also the acknowledged findings, marked with their reason and until day");

  auto ack_options = std::make_shared<AckOptions>();
  CLI::App* ack = check->add_subcommand(
      "ack", "Acknowledge a company's finding of a rule as known and accepted: it no longer counts");
  ack->add_option("key", ack_options->company, "Company key")->required();
  ack->add_option("rule", ack_options->rule, "Rule name: " + join_list(check_rules(), 20))->required();
  ack->add_option("--reason", ack_options->reason, "Why it is accepted (shown by check --all and the company report)")
      ->required();
  ack->add_option("--until", ack_options->until, "Last day it holds (default: until check unack)");
  // --rule and --all select what check shows; given with ack or unack they are a slip.
  auto only_check_options = [rules, all] {
    if (!rules->empty() || *all) throw UsageError("--rule and --all belong to 'plift check', not to ack or unack");
  };
  ack->callback([&ctx, ack_options, only_check_options] {
    only_check_options();
    run_ack(ctx, *ack_options);
  });

  auto unack_company = std::make_shared<std::string>();
  auto unack_rule = std::make_shared<std::string>();
  CLI::App* unack = check->add_subcommand("unack", "Take back an acknowledgement: the finding counts again");
  unack->add_option("key", *unack_company, "Company key")->required();
  unack->add_option("rule", *unack_rule, "Rule name: " + join_list(check_rules(), 20))->required();
  unack->callback([&ctx, unack_company, unack_rule, only_check_options] {
    only_check_options();
    run_unack(ctx, *unack_company, *unack_rule);
  });

  check->callback([&ctx, rules, all, ack, unack] {
    if (ack->parsed() || unack->parsed()) return;
    run_check(ctx, *rules, *all);
  });
}

}  // namespace plift::cli
