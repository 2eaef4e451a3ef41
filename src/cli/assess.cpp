// plift assess KEY DIMENSION=SCORE…   plift assess list [KEY]
#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

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

constexpr const char* assess_help =
    "Score every dimension of [assessment].dimensions once, as DIMENSION=SCORE with a whole number on "
    "[assessment].scale ('plift config show' lists both). Refused with exit 1: an unknown company or dimension, "
    "a date in the future, before the company's start or after it completed or withdrew, and a day that already "
    "has an assessment (assessments are never replaced). Refused with exit 64: a missing, repeated, non-numeric "
    "or out-of-scale score.\n"
    "'plift assess list' is the listing; to assess a company whose key is 'list', write "
    "'plift assess [--date D] -- list DIMENSION=SCORE…' (options before the '--').";

std::string signed_text(double value) {
  std::string text = render::cell_text(computed_number_json(value));
  return value > 0 && text != "0" ? "+" + text : text;
}

std::map<std::string, int> parse_scores(const Program& program, const std::vector<std::string>& arguments) {
  app::require_assessment_dimensions(program);
  const std::vector<std::string>& dimensions = program.assessment_dimensions;
  std::map<std::string, int> scores;
  for (const std::string& argument : arguments) {
    if (argument.starts_with('-')) {
      // Only reachable after "--", which makes everything that follows a positional.
      throw UsageError(fmt::format("'{}' is not DIMENSION=SCORE; options go before '--'", argument));
    }
    auto equals = argument.find('=');
    if (equals == std::string::npos || equals == 0) {
      throw UsageError(fmt::format("'{}' is not DIMENSION=SCORE (as in {}={})", argument, dimensions.front(),
                                   program.assessment_scale_max));
    }
    std::string dimension = argument.substr(0, equals);
    app::require_assessment_dimension(program, dimension);
    if (scores.contains(dimension)) {
      throw UsageError(fmt::format("'{}' is scored twice; score each dimension once", dimension));
    }
    scores[dimension] = app::require_assessment_score(program, dimension, argument.substr(equals + 1));
  }
  if (scores.empty()) {
    throw UsageError(fmt::format("give every dimension a score from {} to {}, as DIMENSION=SCORE: {}",
                                 program.assessment_scale_min, program.assessment_scale_max,
                                 join_list(dimensions, 40)));
  }
  std::vector<std::string> missing = app::unscored_dimensions(program, scores);
  if (!missing.empty()) throw UsageError(app::unscored_message(program, missing));
  return scores;
}

struct AssessOptions {
  std::string key;
  std::vector<std::string> scores;
  std::string date;
};

void run_assess(Context& ctx, const AssessOptions& o) {
  if (o.key.empty()) {
    throw UsageError(
        "'plift assess' needs a company key and DIMENSION=SCORE for every dimension, or 'list' to list assessments");
  }
  std::map<std::string, int> scores = parse_scores(ctx.program(), o.scores);
  Date day = o.date.empty() ? ctx.today() : ctx.parse_date(o.date, "--date");
  std::vector<Assessment> all = app::record_assessment(ctx.session(), o.key, day, scores);
  const Assessment& first = all.front();
  const Assessment& recorded = *std::find_if(all.begin(), all.end(), [&](const Assessment& a) { return a.date == day; });
  double mean = assessment_mean(recorded);
  std::string message = fmt::format("{}: assessment for {} recorded, mean {}", o.key, format_date(day),
                                    render::cell_text(computed_number_json(mean)));
  if (first.date != day) {
    message += fmt::format(" ({} since {})", signed_text(mean - assessment_mean(first)), format_date(first.date));
  }
  ctx.note(message);
}

// Column headers short enough for a dozen dimensions side by side:
// "LEAD" for leadership, "FLOW" for flow, "CF" for customer-focus; the whole
// key when two would clash.
std::vector<std::string> short_headers(const std::vector<std::string>& dimensions) {
  std::vector<std::string> headers;
  for (const std::string& dimension : dimensions) {
    std::string header;
    if (dimension.find('-') == std::string::npos) {
      header = dimension.size() <= 5 ? dimension : dimension.substr(0, 4);
    } else {
      bool word_start = true;
      for (char c : dimension) {
        if (word_start && c != '-') header += c;
        word_start = c == '-';
      }
    }
    headers.push_back(header);
  }
  for (std::size_t i = 0; i < headers.size(); ++i) {
    if (std::count(headers.begin(), headers.end(), headers[i]) > 1) {
      for (std::size_t j = 0; j < headers.size(); ++j) {
        if (j != i && headers[j] == headers[i]) headers[j] = dimensions[j];
      }
      headers[i] = dimensions[i];
    }
  }
  for (std::string& header : headers) {
    std::transform(header.begin(), header.end(), header.begin(), [](char c) {
      return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    });
  }
  return headers;
}

void run_list(Context& ctx, const std::string& key) {
  std::optional<std::string> company;
  if (!key.empty()) company = app::require_company(ctx.session(), key).key;
  const Program& program = ctx.program();
  render::Format format = ctx.format();
  std::vector<Assessment> assessments = app::list_assessments(ctx.session(), company);

  // The config's dimensions, then any that older assessments scored and the
  // config no longer lists.
  std::vector<std::string> dimensions = program.assessment_dimensions;
  std::set<std::string> dropped;
  for (const Assessment& assessment : assessments) {
    for (const auto& [dimension, score] : assessment.scores) {
      if (std::find(dimensions.begin(), dimensions.end(), dimension) == dimensions.end()) dropped.insert(dimension);
    }
  }
  dimensions.insert(dimensions.end(), dropped.begin(), dropped.end());

  render::Listing listing;
  listing.columns = {{"id", "ID", true}, {"company", "COMPANY"}, {"date", "DATE"}, {"mean", "MEAN", true}, {"change", "CHANGE", true}};
  std::vector<std::string> headers = short_headers(dimensions);
  for (std::size_t i = 0; i < dimensions.size(); ++i) listing.columns.push_back({dimensions[i], headers[i], true});

  // Scores nest in json; table, md and csv get one column per dimension.
  bool nested = format == render::Format::json;
  const Assessment* first = nullptr;
  for (const Assessment& assessment : assessments) {
    if (!first || first->company != assessment.company) first = &assessment;
    render::Json row = assessment_json(assessment, *first, dimensions);
    if (!nested) {
      render::Json flat = {{"id", row["id"]}, {"company", row["company"]}, {"date", row["date"]}};
      for (const std::string& dimension : dimensions) flat[dimension] = row["scores"].value(dimension, render::Json(nullptr));
      flat["mean"] = row["mean"];
      flat["change"] = row["change"];
      row = std::move(flat);
    }
    listing.rows.push_back(std::move(row));
  }
  ctx.print_listing(listing);
}

}  // namespace

void add_assess_commands(CLI::App& app, Context& ctx) {
  auto options = std::make_shared<AssessOptions>();
  CLI::App* assess = app.add_subcommand("assess", "Record a Lean status assessment, or list them ('assess list')");
  assess->require_subcommand(0, 1);
  assess->footer(assess_help);
  assess->add_option("key", options->key, "Company key");
  assess->add_option("scores", options->scores, "DIMENSION=SCORE for every dimension");
  assess->add_option("--date", options->date, "Day of the assessment (default: today)");

  auto list_key = std::make_shared<std::string>();
  CLI::App* list = assess->add_subcommand("list", "List assessments: scores, mean, and change since the first");
  list->footer(
      "change is the mean less the mean of the company's first assessment (none for the first). Table and md "
      "head each dimension's column with a short name (LEAD for leadership, CF for customer-focus; the whole key "
      "where two would clash); json and csv name the dimensions in full.");
  list->add_option("key", *list_key, "Only this company");
  list->callback([&ctx, list_key, options] {
    // "plift assess acme list" reaches here with the key already taken by assess.
    if (!options->key.empty() || !options->scores.empty() || !options->date.empty()) {
      throw UsageError("'assess list' takes only a company key, after 'list': plift assess list [KEY]");
    }
    run_list(ctx, *list_key);
  });

  assess->callback([&ctx, options, assess] {
    // 'assess list', 'assess edit' and 'assess remove' ran their own callbacks.
    for (const CLI::App* subcommand : assess->get_subcommands({})) {
      if (subcommand->parsed()) return;
    }
    run_assess(ctx, *options);
  });
}

}  // namespace plift::cli
