// The quarterly report laid out as JSON, CSV and Markdown. Nothing here
// computes: every number comes from quarterly_report.
#include "plift/report/render_quarterly.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "plift/report/labels.hpp"
#include "markdown.hpp"
#include "say.hpp"

namespace plift::report {

namespace {

using render::Json;
using render::optional_json;
using markdown::cell;
using markdown::item;
using markdown::table;


Json reminder_json(const Reminder& r) {
  Json json;
  json["kind"] = to_string(r.kind);
  json["company"] = r.company;
  json["company_name"] = r.company_name;
  json["coach"] = optional_json(r.coach);
  json["due"] = format_date(r.due);
  json["days_overdue"] = r.days_overdue;
  json["message"] = r.message;
  return json;
}

// The fields a company row has in JSON and CSV alike.
Json company_fields(const CompanyRow& row) {
  Json json;
  json["key"] = row.key;
  json["name"] = row.name;
  json["region"] = row.region;
  json["coach"] = optional_json(row.coach);
  json["status"] = to_string(row.status);
  json["phase"] = optional_json(row.phase);
  json["visits_held"] = row.visits_held;
  json["visits_expected"] = row.visits_expected;
  json["pulse"] = row.pulse ? Json(to_string(*row.pulse)) : Json(nullptr);
  json["pulse_date"] = optional_json(row.pulse_date);
  return json;
}

Json company_json(const CompanyRow& row) {
  Json json = company_fields(row);
  Json kpis = Json::array();
  for (const CompanyKpiChange& change : row.kpis) {
    Json kpi;
    kpi["kpi"] = change.kpi;
    kpi["change_pct"] = optional_json(change.change_pct);
    kpi["improved"] = change.improved ? Json(*change.improved) : Json(nullptr);
    kpis.push_back(std::move(kpi));
  }
  json["kpis"] = std::move(kpis);
  json["risks"] = row.risks;
  return json;
}

// A KPI's column: its key in snake_case, "lead-time" → "lead_time_change_pct".
std::string csv_kpi_field(std::string kpi) {
  std::replace(kpi.begin(), kpi.end(), '-', '_');
  return kpi + "_change_pct";
}

// The CSV row: the company's fields flat, one column per KPI.
Json company_csv_row(const CompanyRow& row) {
  Json json = company_fields(row);
  for (const CompanyKpiChange& change : row.kpis) {
    json[csv_kpi_field(change.kpi)] = optional_json(change.change_pct);
  }
  std::string risks;
  for (const std::string& risk : row.risks) risks += (risks.empty() ? "" : " ") + risk;
  json["risks"] = risks;
  return json;
}

}  // namespace

render::Json to_json(const QuarterlyReport& report) {
  Json json;
  json["quarter"] = report.quarter.label();
  json["from"] = format_date(report.from);
  json["to"] = format_date(report.to);
  json["as_of"] = format_date(report.as_of);
  json["region"] = optional_json(report.region);

  const Portfolio& p = report.portfolio;
  Json portfolio;
  portfolio["active"] = p.active;
  Json by_phase = Json::object();
  for (const auto& [phase, count] : p.by_phase) by_phase[phase] = count;
  portfolio["by_phase"] = std::move(by_phase);
  portfolio["started"] = p.started;
  portfolio["completed"] = p.completed;
  portfolio["withdrawn"] = p.withdrawn;
  portfolio["planned"] = p.planned;
  Json by_region = Json::array();
  for (const RegionCounts& r : p.by_region) {
    Json region;
    region["region"] = r.region;
    region["active"] = r.active;
    region["started"] = r.started;
    region["completed"] = r.completed;
    region["withdrawn"] = r.withdrawn;
    region["planned"] = r.planned;
    by_region.push_back(std::move(region));
  }
  portfolio["by_region"] = std::move(by_region);
  json["portfolio"] = std::move(portfolio);

  Json visits;
  visits["held"] = report.visits.held;
  visits["expected"] = report.visits.expected;
  visits["adherence_pct"] = optional_json(report.visits.adherence_pct);
  Json by_coach = Json::array();
  for (const CoachVisits& c : report.visits.by_coach) {
    Json coach;
    coach["coach"] = optional_json(c.coach);
    coach["name"] = c.coach ? Json(c.name) : Json(nullptr);
    coach["companies"] = c.companies;
    coach["held"] = c.held;
    coach["expected"] = c.expected;
    coach["adherence_pct"] = optional_json(c.adherence_pct);
    by_coach.push_back(std::move(coach));
  }
  visits["by_coach"] = std::move(by_coach);
  json["visits"] = std::move(visits);

  json["pulse"] = {{"green", report.pulse.green},
                   {"yellow", report.pulse.yellow},
                   {"red", report.pulse.red},
                   {"none", report.pulse.none}};

  const TrainingSummary& t = report.training;
  json["training"] = {{"enrolled_in_quarter", t.enrolled_in_quarter},
                      {"completed_in_quarter", t.completed_in_quarter},
                      {"enrolled_total", t.enrolled_total},
                      {"completed_total", t.completed_total},
                      {"quota", t.quota},
                      {"companies_active", t.companies_active},
                      {"companies_meeting_quota", t.companies_meeting_quota}};

  const GatheringSummary& g = report.gatherings;
  Json gatherings;
  gatherings["held"] = g.held;
  gatherings["attendances"] = g.attendances;
  gatherings["seminars"] = {
      {"held", g.seminars_held}, {"participants", g.seminar_participants}, {"companies_reached", g.seminar_companies}};
  json["gatherings"] = std::move(gatherings);

  Json kpis = Json::array();
  for (const KpiOutcome& k : report.kpis) {
    Json kpi;
    kpi["kpi"] = k.kpi;
    kpi["name"] = k.name;
    kpi["unit"] = k.unit;
    kpi["companies"] = k.companies;
    kpi["improved"] = k.improved;
    kpi["median_change_pct"] = optional_json(k.median_change_pct);
    kpis.push_back(std::move(kpi));
  }
  json["kpis"] = std::move(kpis);

  const AssessmentSummary& a = report.assessments;
  Json assessments;
  assessments["companies_assessed"] = a.companies_assessed;
  assessments["companies_reassessed"] = a.companies_reassessed;
  assessments["mean_baseline"] = optional_json(a.mean_baseline);
  assessments["mean_latest"] = optional_json(a.mean_latest);
  assessments["mean_change"] = optional_json(a.mean_change);
  json["assessments"] = std::move(assessments);

  Json risks = Json::array();
  for (const Reminder& r : report.risks) risks.push_back(reminder_json(r));
  json["risks"] = std::move(risks);

  Json companies = Json::array();
  for (const CompanyRow& row : report.companies) companies.push_back(company_json(row));
  json["companies"] = std::move(companies);
  return json;
}

void write_quarterly_csv(std::ostream& out, const QuarterlyReport& report) {
  render::Listing listing;
  listing.columns = {{"key", "key"}, {"name", "name"}, {"region", "region"}, {"coach", "coach"},
                     {"status", "status"}, {"phase", "phase"}, {"visits_held", "visits_held"},
                     {"visits_expected", "visits_expected"}, {"pulse", "pulse"}, {"pulse_date", "pulse_date"}};
  for (const KpiOutcome& kpi : report.kpis) listing.columns.push_back({csv_kpi_field(kpi.kpi), "", false});
  listing.columns.push_back({"risks", "risks"});
  for (const CompanyRow& row : report.companies) listing.rows.push_back(company_csv_row(row));
  out << "\xEF\xBB\xBF";  // so Excel reads UTF-8
  render::write_listing(out, listing, render::Format::csv);
}

void write_quarterly_md(std::ostream& out, const QuarterlyReport& report) {
  const Language lang = report.language;
  const Labels& l = labels_for(lang);
  auto number = [](int n) { return std::to_string(n); };

  out << "# " << say(l.quarterly_title, report.quarter.label(), markdown::cell(report.programme)) << "\n\n";
  out << say(l.period, format_date(report.from), format_date(report.to)) << ". "
      << say(l.as_of, format_date(report.as_of)) << ". "
      << (report.region ? say(l.region, markdown::cell(*report.region)) : std::string(l.all_regions)) << ".\n";

  const Portfolio& p = report.portfolio;
  out << "\n## " << l.portfolio << "\n\n";
  item(out, l.active_at_end, number(p.active));
  item(out, l.started, number(p.started));
  item(out, l.completed, number(p.completed));
  item(out, l.withdrawn, number(p.withdrawn));
  item(out, l.planned_at_end, number(p.planned));
  if (!p.by_phase.empty()) {
    out << '\n';
    std::vector<std::vector<std::string>> rows;
    for (const auto& [phase, count] : p.by_phase) rows.push_back({phase_name(report, phase), number(count)});
    table(out, {l.phase, l.active_column}, {false, true}, rows);
  }
  if (!p.by_region.empty()) {
    out << '\n';
    std::vector<std::vector<std::string>> rows;
    for (const RegionCounts& r : p.by_region) {
      rows.push_back({r.region, number(r.active), number(r.started), number(r.completed), number(r.withdrawn),
                      number(r.planned)});
    }
    table(out, {l.region_column, l.active_column, l.started_column, l.completed_column, l.withdrawn_column,
                 l.planned_column},
          {false, true, true, true, true, true}, rows);
  }

  out << "\n## " << l.visits << "\n\n";
  item(out, l.visits_held, number(report.visits.held));
  item(out, l.visits_expected, number(report.visits.expected));
  item(out, l.adherence, format_percent(report.visits.adherence_pct, lang, l));
  if (!report.visits.by_coach.empty()) {
    out << '\n';
    std::vector<std::vector<std::string>> rows;
    for (const CoachVisits& c : report.visits.by_coach) {
      rows.push_back({c.coach ? c.name : std::string(l.no_coach), number(c.companies), number(c.held),
                      number(c.expected), format_percent(c.adherence_pct, lang, l)});
    }
    table(out, {l.coach, l.company_count, l.held, l.expected, l.adherence}, {false, true, true, true, true}, rows);
  }

  out << "\n## " << l.pulse << "\n\n" << l.pulse_intro << "\n\n";
  item(out, l.green, number(report.pulse.green));
  item(out, l.yellow, number(report.pulse.yellow));
  item(out, l.red, number(report.pulse.red));
  item(out, l.no_pulse, number(report.pulse.none));

  const TrainingSummary& t = report.training;
  out << "\n## " << l.training << "\n\n";
  item(out, l.enrolled_in_quarter, number(t.enrolled_in_quarter));
  item(out, l.completed_in_quarter, number(t.completed_in_quarter));
  item(out, l.enrolled_total, number(t.enrolled_total));
  item(out, l.completed_total, number(t.completed_total));
  out << "- " << say(l.meeting_quota, t.companies_meeting_quota, t.companies_active, t.quota) << '\n';

  const GatheringSummary& g = report.gatherings;
  out << "\n## " << l.gatherings << "\n\n";
  item(out, l.gatherings_held, number(g.held));
  item(out, l.attendances, number(g.attendances));
  item(out, l.seminars_held, number(g.seminars_held));
  item(out, l.seminar_participants, number(g.seminar_participants));
  item(out, l.seminar_companies, number(g.seminar_companies));

  out << "\n## " << l.kpis << "\n\n";
  if (report.kpis.empty()) {
    out << l.no_kpis << '\n';
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const KpiOutcome& k : report.kpis) {
      rows.push_back({k.unit.empty() ? k.name : k.name + " (" + k.unit + ")", number(k.companies), number(k.improved),
                      format_signed_percent(k.median_change_pct, lang, l)});
    }
    table(out, {l.kpi, l.kpi_companies, l.improved, l.median_change}, {false, true, true, true}, rows);
  }

  const AssessmentSummary& a = report.assessments;
  out << "\n## " << l.assessments << "\n\n";
  item(out, l.companies_assessed, number(a.companies_assessed));
  item(out, l.companies_reassessed, number(a.companies_reassessed));
  if (a.mean_baseline && a.mean_latest && a.mean_change) {
    std::string change = format_decimal(*a.mean_change, 2, lang);
    if (*a.mean_change > 0) change = "+" + change;
    out << "- " << say(l.mean_score, format_decimal(*a.mean_baseline, 2, lang),
                       format_decimal(*a.mean_latest, 2, lang), change)
        << '\n';
  }

  out << "\n## " << l.risks << "\n\n";
  if (report.risks.empty()) {
    out << l.no_risks << '\n';
  } else {
    std::vector<std::vector<std::string>> rows;
    for (const Reminder& r : report.risks) rows.push_back({format_date(r.due), r.message});
    table(out, {l.due, l.message}, {false, false}, rows);
  }

  out << "\n## " << l.companies << "\n\n";
  if (report.companies.empty()) {
    out << l.no_companies << '\n';
    return;
  }
  std::vector<std::vector<std::string>> rows;
  for (const CompanyRow& row : report.companies) {
    std::string changes;
    for (const CompanyKpiChange& change : row.kpis) {
      if (!change.change_pct) continue;
      if (!changes.empty()) changes += "; ";
      changes += kpi_name(report, change.kpi) + " " + format_signed_percent(change.change_pct, lang, l);
    }
    rows.push_back({row.name, row.region, status_label(l, row.status),
                    row.phase ? phase_name(report, *row.phase) : std::string(l.none),
                    number(row.visits_held) + "/" + number(row.visits_expected),
                    row.pulse ? pulse_label(l, *row.pulse) : std::string(l.none),
                    changes.empty() ? std::string(l.none) : changes, number(static_cast<int>(row.risks.size()))});
  }
  table(out, {l.company, l.region_column, l.status, l.phase, l.visits_column, l.latest_pulse, l.kpi_changes, l.risks},
        {false, false, false, false, true, false, false, true}, rows);
}

}  // namespace plift::report
