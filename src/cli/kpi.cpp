// plift kpi record|list|history
#include <fmt/format.h>

#include <algorithm>
#include <tuple>

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

constexpr const char* value_help =
    "VALUE is a decimal number: 12.5, -3, or 12,5 with a decimal comma (read as 12.5). No thousands separators "
    "or exponents. A value for a day that already has one replaces it, and says so.";

std::string value_text(double value, const std::string& unit) {
  return unit.empty() ? fmt::format("{}", value) : fmt::format("{} {}", value, unit);
}

struct RecordOptions {
  std::string key;
  std::string kpi;
  std::string value;
  std::string date;
};

void run_record(Context& ctx, const RecordOptions& o) {
  double value = app::require_kpi_value(o.value, "VALUE");
  Date day = o.date.empty() ? ctx.today() : ctx.parse_date(o.date, "--date");
  std::optional<double> previous = app::record_kpi(ctx.session(), {o.key, o.kpi, value, day});
  const KpiDefinition& kpi = *ctx.program().find_kpi(o.kpi);
  if (!previous) {
    ctx.note(fmt::format("{}: {} {} recorded for {}", o.key, kpi.key, value_text(value, kpi.unit),
                         format_date(day)));
  } else if (*previous == value) {
    ctx.note(fmt::format("{}: {} {} was already recorded for {}", o.key, kpi.key,
                         value_text(value, kpi.unit), format_date(day)));
  } else {
    ctx.note(fmt::format("{}: {} replaced {} with {} for {}", o.key, kpi.key, value_text(*previous, kpi.unit),
                         value_text(value, kpi.unit), format_date(day)));
  }
}

struct ListOptions {
  std::string key;
  std::string kpi;
};

void run_list(Context& ctx, const ListOptions& o) {
  std::optional<std::string> company;
  if (!o.key.empty()) company = app::require_company(ctx.session(), o.key).key;
  const KpiDefinition* only = o.kpi.empty() ? nullptr : &app::require_kpi(ctx.session(), o.kpi);
  const Program& program = ctx.program();
  std::vector<KpiValue> values = app::list_kpi_values(ctx.session(), company);

  render::Listing listing;
  listing.columns = {{"company", "COMPANY"},
                     {"kpi", "KPI"},
                     {"baseline", "BASELINE", true},
                     {"baseline_date", "BASELINE DATE"},
                     {"latest", "LATEST", true},
                     {"latest_date", "LATEST DATE"},
                     {"change", "CHANGE", true},
                     {"change_pct", "CHANGE %", true},
                     {"improved", "IMPROVED"},
                     {"unit", "UNIT"}};
  // Values come ordered by company: summarise each company's run of them.
  for (auto first = values.begin(); first != values.end();) {
    auto last = std::find_if(first, values.end(), [&](const KpiValue& v) { return v.company != first->company; });
    std::vector<KpiValue> own(first, last);
    for (const KpiSummary& summary : summarize_kpis(program, own)) {
      if (only && summary.kpi != only->key) continue;
      listing.rows.push_back(kpi_summary_json(program, first->company, summary));
    }
    first = last;
  }
  ctx.print_listing(listing);
}

struct HistoryOptions {
  std::string key;
  std::string kpi;
};

void run_history(Context& ctx, const HistoryOptions& o) {
  Company company = app::require_company(ctx.session(), o.key);
  const KpiDefinition* only = o.kpi.empty() ? nullptr : &app::require_kpi(ctx.session(), o.kpi);
  const Program& program = ctx.program();
  std::vector<KpiValue> values = app::list_kpi_values(ctx.session(), company.key);
  // The config's KPI order, as in 'kpi list'; figures of a KPI the config no
  // longer defines come last.
  auto rank = [&](const std::string& kpi) {
    auto it = std::find_if(program.kpis.begin(), program.kpis.end(),
                           [&](const KpiDefinition& definition) { return definition.key == kpi; });
    return it - program.kpis.begin();
  };
  std::stable_sort(values.begin(), values.end(), [&](const KpiValue& a, const KpiValue& b) {
    return std::make_tuple(rank(a.kpi), a.kpi, a.date) < std::make_tuple(rank(b.kpi), b.kpi, b.date);
  });
  render::Listing listing;
  listing.columns = {{"id", "ID", true}, {"kpi", "KPI"}, {"date", "DATE"}, {"value", "VALUE", true}, {"unit", "UNIT"}};
  for (const KpiValue& value : values) {
    if (only && value.kpi != only->key) continue;
    const KpiDefinition* definition = program.find_kpi(value.kpi);
    listing.rows.push_back({{"id", value.id},
                            {"company", value.company},
                            {"kpi", value.kpi},
                            {"date", format_date(value.date)},
                            {"value", recorded_number_json(value.value)},
                            {"unit", definition ? render::Json(definition->unit) : render::Json(nullptr)}});
  }
  ctx.print_listing(listing);
}

}  // namespace

void add_kpi_commands(CLI::App& app, Context& ctx) {
  CLI::App* kpi = app.add_subcommand("kpi", "Record key figures and follow them against each company's baseline");
  kpi->require_subcommand(1);

  auto record_options = std::make_shared<RecordOptions>();
  CLI::App* record = kpi->add_subcommand("record", "Record a key figure's value for a day");
  record->footer(value_help);
  record->add_option("key", record_options->key, "Company key")->required();
  record->add_option("kpi", record_options->kpi, "KPI key, as the config defines it ('plift config show')")
      ->required();
  record->add_option("value", record_options->value, "The value, in the KPI's unit")->required();
  record->add_option("--date", record_options->date, "Day the value holds for (default: today)");
  record->callback([&ctx, record_options] { run_record(ctx, *record_options); });

  auto list_options = std::make_shared<ListOptions>();
  CLI::App* list = kpi->add_subcommand("list", "Each company's key figures: baseline, latest value and change");
  list->footer(
      "One row per company and KPI with values. The baseline is the earliest value, latest the newest; change is "
      "latest - baseline, change_pct 100 × change / |baseline| (none when the baseline is 0), improved whether "
      "the change went the KPI's better way (none with one value only).");
  list->add_option("key", list_options->key, "Only this company");
  list->add_option("--kpi", list_options->kpi, "Only this KPI");
  list->callback([&ctx, list_options] { run_list(ctx, *list_options); });

  auto history_options = std::make_shared<HistoryOptions>();
  CLI::App* history = kpi->add_subcommand("history", "Every value recorded for a company, by KPI and date");
  history->add_option("key", history_options->key, "Company key")->required();
  history->add_option("kpi", history_options->kpi, "Only this KPI");
  history->callback([&ctx, history_options] { run_history(ctx, *history_options); });
}

}  // namespace plift::cli
