// plift report quarterly: the quarter's numbers for the board and funders,
// as Markdown, JSON, CSV or HTML, on stdout or into a file.
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <fmt/format.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <sstream>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/app/reports.hpp"
#include "plift/app/listings.hpp"
#include "private_file.hpp"
#include "plift/core/error.hpp"
#include "plift/report/company_report.hpp"
#include "plift/report/quarterly.hpp"
#include "plift/report/render_html.hpp"
#include "plift/report/render_company.hpp"
#include "plift/report/render_quarterly.hpp"

namespace plift::cli {

namespace {

constexpr const char* quarterly_help_footer = R"help(Formats:
  md (default; table means md too)  headings, tables and short lines in the
        programme's language ([program].language or --lang), numbers with a
        decimal comma in sv and nb.
  json  {quarter, from, to, as_of, region, portfolio, visits, pulse, training,
        gatherings, kpis, assessments, risks, companies}; locale-free.
  csv   the companies table: one row per company active on some day of the
        quarter, one <kpi>_change_pct column per KPI; UTF-8 with a byte order
        mark, formula prefixes neutralised.
  html  one self-contained page in the programme's language: key numbers,
        inline SVG charts (journeys planned against actual with holiday weeks
        and the data's date, visits per coach, pulse status, key figure
        change) and the md tables; no scripts, nothing fetched; prints on A4.
The numbers stand as of the quarter's last day, or today for the current
quarter (as_of); later records are left out. The same database and the same
day give byte-identical output. -o FILE writes the file (mode 0600) through a
temporary file and a rename.)help";

enum class ReportFormat { md, json, csv, html };

struct QuarterlyOptions {
  std::optional<std::string> quarter;
  std::optional<std::string> region;
  std::optional<std::string> lang;
  std::optional<std::string> output;
};

ReportFormat report_format(Context& ctx) {
  if (ctx.options.json) return ReportFormat::json;
  const std::string& format = ctx.options.format;
  if (format.empty() || format == "md" || format == "table") return ReportFormat::md;
  if (format == "json") return ReportFormat::json;
  if (format == "csv") return ReportFormat::csv;
  if (format == "html") return ReportFormat::html;
  throw UsageError(fmt::format("unknown --format '{}' for report quarterly: use md, json, csv or html", format));
}

void run_quarterly(Context& ctx, const QuarterlyOptions& o) {
  // Usage first (exit 64), then the lookups (exit 1).
  ReportFormat format = report_format(ctx);
  Date today = ctx.today();
  Quarter quarter = o.quarter ? parse_quarter(*o.quarter) : quarter_of(today);
  std::optional<Language> language;
  if (o.lang) {
    language = parse_language(*o.lang);
    if (!language) throw UsageError(fmt::format("unknown --lang '{}': use en, sv or nb", *o.lang));
  }
  if (o.output && o.output->empty()) throw UsageError("-o may not be empty");
  if (quarter.first_day() > today) {
    throw RuleError(fmt::format("quarter {} has not begun yet (today is {}); choose {} or an earlier quarter",
                                quarter.label(), format_date(today), quarter_of(today).label()));
  }
  std::optional<std::string> region = o.region ? std::optional(app::require_region(ctx.session(), *o.region)) : std::nullopt;

  Program program = ctx.program();
  if (language) program.language = *language;
  report::QuarterlyReport data = app::quarterly_report(ctx.session(), program, quarter, region);

  std::ostringstream text;
  switch (format) {
    case ReportFormat::md: report::write_quarterly_md(text, data); break;
    case ReportFormat::json: render::write_json(text, report::to_json(data)); break;
    case ReportFormat::csv: report::write_quarterly_csv(text, data); break;
    case ReportFormat::html: report::write_quarterly_html(text, data); break;
  }
  if (names_standard_output(o.output)) {
    ctx.out << text.str();
  } else {
    write_private_file(*o.output, text.str());
    ctx.note(fmt::format("wrote {}", *o.output));
  }
}

// ---- report company ----

constexpr const char* company_help_footer = R"help(Formats:
  md (default; table means md too)  the journey on one page for the company's
        steering group: phases planned and actual, checklist, visits held and
        expected, pulse history, key figures (baseline, latest, change, and a
        trend line of every value: ▁ lowest … █ highest), assessments,
        steering group, course participants and gatherings; in the
        programme's language ([program].language or --lang), numbers with a
        decimal comma in sv and nb.
  json  {programme, as_of, company, phases, visits, pulses, kpis, assessments,
        steering, training, gatherings}; locale-free.
  html  one self-contained page in the programme's language: key numbers,
        inline SVG charts (the phases planned against actual with holiday
        weeks and the data's date, visits held and expected per phase, the
        pulse history, a trend line per key figure) and the md lists and
        tables; no scripts, nothing fetched; prints on A4.
The same database and the same day give byte-identical output. -o FILE writes
the file (mode 0600) through a temporary file and a rename.)help";

struct CompanyReportOptions {
  std::string company;
  std::optional<std::string> lang;
  std::optional<std::string> output;
};

void run_company_report(Context& ctx, const CompanyReportOptions& o) {
  // Usage first (exit 64), then the lookups (exit 1).
  ReportFormat format = ReportFormat::md;
  if (ctx.options.json || ctx.options.format == "json") {
    format = ReportFormat::json;
  } else if (ctx.options.format == "html") {
    format = ReportFormat::html;
  } else if (!ctx.options.format.empty() && ctx.options.format != "md" && ctx.options.format != "table") {
    throw UsageError(
        fmt::format("unknown --format '{}' for report company: use md, json or html", ctx.options.format));
  }
  std::optional<Language> language;
  if (o.lang) {
    language = parse_language(*o.lang);
    if (!language) throw UsageError(fmt::format("unknown --lang '{}': use en, sv or nb", *o.lang));
  }
  if (o.output && o.output->empty()) throw UsageError("-o may not be empty");
  Company company = app::require_company(ctx.session(), o.company);

  Program program = ctx.program();
  if (language) program.language = *language;
  report::CompanyReport data =
      app::company_report(ctx.session(), program, company);
  std::ostringstream text;
  switch (format) {
    case ReportFormat::md: report::write_company_md(text, data); break;
    case ReportFormat::json: render::write_json(text, report::to_json(data)); break;
    case ReportFormat::csv: break;  // refused above
    case ReportFormat::html: report::write_company_html(text, data, program); break;
  }
  if (names_standard_output(o.output)) {
    ctx.out << text.str();
  } else {
    write_private_file(*o.output, text.str());
    ctx.note(fmt::format("wrote {}", *o.output));
  }
}

}  // namespace

void add_report_commands(CLI::App& app, Context& ctx) {
  CLI::App* report = app.add_subcommand("report", "Reports for the board and funders");
  report->require_subcommand(1);

  auto options = std::make_shared<QuarterlyOptions>();
  CLI::App* quarterly = report->add_subcommand("quarterly", "The quarter's portfolio, visits, pulse, training, "
                                                            "gatherings, key figures, assessments and risks");
  quarterly->add_option("--quarter", options->quarter, "The quarter, e.g. 2026Q3 (default: the current one)");
  quarterly->add_option("--region", options->region, "Only the companies of this region");
  quarterly->add_option("--lang", options->lang, "Language of the md and html report: en, sv or nb (default: [program].language)");
  quarterly->add_option("-o,--output", options->output, "Write the report to this file, whole, owner-only when new (- for stdout)");
  quarterly->footer(quarterly_help_footer);
  quarterly->callback([&ctx, options] { run_quarterly(ctx, *options); });

  auto company_options = std::make_shared<CompanyReportOptions>();
  CLI::App* company = report->add_subcommand("company", "One company's journey on one page, for its steering group");
  company->add_option("KEY", company_options->company, "The company's key")->required();
  company->add_option("--lang", company_options->lang,
                      "Language of the md and html report: en, sv or nb (default: [program].language)");
  company->add_option("-o,--output", company_options->output, "Write the report to this file, whole, owner-only when new (- for stdout)");
  company->footer(company_help_footer);
  company->callback([&ctx, company_options] { run_company_report(ctx, *company_options); });
}

}  // namespace plift::cli
