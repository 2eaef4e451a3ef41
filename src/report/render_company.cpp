// The company report laid out as JSON and Markdown. Nothing here computes:
// every number comes from company_report.
#include "plift/report/render_company.hpp"

#include <fmt/format.h>

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



std::string day_text(const std::optional<Date>& day, const Labels& labels) {
  return day ? format_date(*day) : std::string(labels.none);
}


std::string phase_name(const CompanyReport& report, const std::string& key) {
  for (const PhaseRow& phase : report.phases) {
    if (phase.phase == key) return phase.name;
  }
  return key;
}

}  // namespace

render::Json to_json(const CompanyReport& report) {
  const Company& c = report.company;
  Json json;
  json["programme"] = report.programme;
  json["as_of"] = format_date(report.as_of);
  Json company;
  company["key"] = c.key;
  company["name"] = c.name;
  company["org_number"] = optional_json(c.org_number);
  company["region"] = c.region;
  company["sector"] = c.sector;
  company["employees"] = c.employees;
  company["coach"] = optional_json(c.coach);
  company["start"] = format_date(c.start);
  company["completed"] = optional_json(c.completed);
  company["withdrawn"] = optional_json(c.withdrawn);
  company["withdraw_reason"] = optional_json(c.withdraw_reason);
  company["status"] = to_string(report.status);
  company["phase"] = optional_json(report.phase);
  company["planned_journey_end"] = format_date(report.planned_journey_end);
  json["company"] = std::move(company);

  Json phases = Json::array();
  for (const PhaseRow& p : report.phases) {
    Json phase;
    phase["phase"] = p.phase;
    phase["name"] = p.name;
    phase["weeks"] = p.weeks;
    phase["planned_start"] = format_date(p.planned_start);
    phase["planned_end"] = format_date(p.planned_end);
    phase["started"] = optional_json(p.started);
    phase["ended"] = optional_json(p.ended);
    phase["due"] = optional_json(p.due);
    phase["days_late"] = p.days_late ? Json(*p.days_late) : Json(nullptr);
    phase["forced_reason"] = optional_json(p.forced_reason);
    Json checklist = Json::array();
    for (const ChecklistRow& check : p.checklist) {
      checklist.push_back({{"item", check.item}, {"title", check.title}, {"ticked", optional_json(check.ticked)}});
    }
    phase["checklist"] = std::move(checklist);
    phases.push_back(std::move(phase));
  }
  json["phases"] = std::move(phases);

  Json visits;
  visits["held"] = report.visits.size();
  visits["expected"] = report.visits_expected;
  visits["last"] = optional_json(report.last_visit);
  visits["next_due"] = optional_json(report.next_visit_due);
  Json visit_list = Json::array();
  for (const Visit& v : report.visits) {
    visit_list.push_back({{"date", format_date(v.date)},
                          {"coach", optional_json(v.coach)},
                          {"mode", to_string(v.mode)},
                          {"note", optional_json(v.note)}});
  }
  visits["visits"] = std::move(visit_list);
  json["visits"] = std::move(visits);

  Json pulses = Json::array();
  for (const Pulse& p : report.pulses) {
    pulses.push_back({{"date", format_date(p.date)}, {"status", to_string(p.status)}, {"note", optional_json(p.note)}});
  }
  json["pulses"] = std::move(pulses);

  Json kpis = Json::array();
  for (const KpiRow& k : report.kpis) {
    Json kpi;
    kpi["kpi"] = k.kpi;
    kpi["name"] = k.name;
    kpi["unit"] = k.unit;
    kpi["better"] = k.better;
    kpi["baseline_date"] = format_date(k.baseline_date);
    kpi["baseline"] = k.baseline;
    kpi["latest_date"] = format_date(k.latest_date);
    kpi["latest"] = k.latest;
    kpi["change_pct"] = optional_json(k.change_pct);
    kpi["improved"] = k.improved ? Json(*k.improved) : Json(nullptr);
    kpi["trend"] = k.trend;
    Json values = Json::array();
    for (const KpiValue& v : k.values) values.push_back({{"date", format_date(v.date)}, {"value", v.value}});
    kpi["values"] = std::move(values);
    kpis.push_back(std::move(kpi));
  }
  json["kpis"] = std::move(kpis);

  Json assessments;
  assessments["dimensions"] = report.dimensions;
  assessments["scale_min"] = report.scale_min;
  assessments["scale_max"] = report.scale_max;
  Json assessment_list = Json::array();
  for (const AssessmentRow& a : report.assessments) {
    Json scores = Json::object();
    for (std::size_t i = 0; i < report.dimensions.size() && i < a.scores.size(); ++i) {
      scores[report.dimensions[i]] = a.scores[i] ? Json(*a.scores[i]) : Json(nullptr);
    }
    assessment_list.push_back({{"date", format_date(a.date)}, {"scores", std::move(scores)}, {"mean", a.mean}});
  }
  assessments["assessments"] = std::move(assessment_list);
  json["assessments"] = std::move(assessments);

  Json steering;
  Json members = Json::array();
  for (const SteeringMember& m : report.steering) members.push_back({{"person", m.person}, {"role", to_string(m.role)}});
  steering["members"] = std::move(members);
  steering["gaps"] = report.steering_gaps;
  json["steering"] = std::move(steering);

  Json training;
  training["course"] = report.course;
  training["quota"] = report.course_quota;
  training["counting"] = report.course_counting;
  Json participants = Json::array();
  for (const TrainingParticipant& p : report.participants) {
    participants.push_back({{"person", p.person},
                            {"role", to_string(p.role)},
                            {"enrolled", format_date(p.enrolled)},
                            {"completed", optional_json(p.completed)},
                            {"dropped", optional_json(p.dropped)},
                            {"status", to_string(p.status())}});
  }
  training["participants"] = std::move(participants);
  json["training"] = std::move(training);

  Json gatherings;
  gatherings["joint_attended"] = report.joint_attended;
  gatherings["joint_expected"] = report.joint_expected;
  gatherings["joint_per_company"] = report.joint_per_company;
  Json attended = Json::array();
  for (const AttendedGathering& g : report.gatherings) {
    attended.push_back({{"key", g.key},
                        {"title", g.title},
                        {"date", format_date(g.date)},
                        {"kind", to_string(g.kind)},
                        {"people", g.people}});
  }
  gatherings["attended"] = std::move(attended);
  json["gatherings"] = std::move(gatherings);

  Json acknowledged = Json::array();
  for (const AcknowledgedFindings& a : report.acknowledged) {
    acknowledged.push_back({{"rule", a.rule},
                            {"reason", a.reason},
                            {"acknowledged", format_date(a.acknowledged)},
                            {"until", optional_json(a.until)},
                            {"findings", a.findings}});
  }
  json["acknowledged_findings"] = std::move(acknowledged);
  return json;
}

void write_company_md(std::ostream& out, const CompanyReport& report) {
  const Language lang = report.language;
  const Labels& l = labels_for(lang);
  const Company& c = report.company;

  out << "# " << say(l.company_title, markdown::cell(c.name)) << "\n\n";
  out << say(l.programme_line, markdown::cell(report.programme), format_date(report.as_of)) << "\n\n";
  item(out, l.region_column, c.region);
  item(out, l.sector, c.sector.empty() ? std::string(l.none) : c.sector);
  item(out, l.employees, std::to_string(c.employees));
  item(out, l.coach, report.coach_name ? *report.coach_name : std::string(l.no_coach));
  item(out, l.journey_start, format_date(c.start));
  item(out, l.status, status_label(l, report.status));
  if (report.phase) item(out, l.current_phase, phase_name(report, *report.phase));
  if (c.completed) item(out, l.journey_ended, format_date(*c.completed));
  if (c.withdrawn) {
    item(out, l.journey_ended, c.withdraw_reason ? format_date(*c.withdrawn) + " (" + *c.withdraw_reason + ")"
                                                 : format_date(*c.withdrawn));
  }
  item(out, l.journey_planned_end, format_date(report.planned_journey_end));

  out << "\n## " << l.phases << "\n\n";
  std::vector<std::vector<std::string>> rows;
  for (const PhaseRow& p : report.phases) {
    rows.push_back({p.name, format_date(p.planned_start), format_date(p.planned_end), day_text(p.started, l),
                    p.ended ? format_date(*p.ended) : std::string(l.none),
                    p.days_late ? std::to_string(*p.days_late) : std::string(l.none)});
  }
  table(out, {l.phase, l.planned_start, l.planned_end, l.actual_start, l.actual_end, l.days_late},
        {false, false, false, false, false, true}, rows);
  bool first_forced = true;
  for (const PhaseRow& p : report.phases) {
    if (!p.forced_reason || !p.ended) continue;
    out << (first_forced ? "\n- " : "- ")
        << say(l.forced_move, markdown::cell(p.name), format_date(*p.ended), markdown::cell(*p.forced_reason)) << '\n';
    first_forced = false;
  }

  out << "\n## " << l.checklist << "\n";
  for (const PhaseRow& p : report.phases) {
    if (p.checklist.empty()) continue;
    out << "\n### " << markdown::cell(p.name) << "\n\n";
    if (!p.started) {
      out << l.checklist_not_started << '\n';
      continue;
    }
    for (const ChecklistRow& check : p.checklist) {
      out << (check.ticked ? "- [x] " : "- [ ] ") << markdown::cell(check.title);
      if (check.ticked) out << " (" << format_date(*check.ticked) << ')';
      out << '\n';
    }
  }

  out << "\n## " << l.visits << "\n\n";
  item(out, l.visits_held, std::to_string(report.visits.size()));
  item(out, l.visits_expected, std::to_string(report.visits_expected));
  item(out, l.last_visit, day_text(report.last_visit, l));
  if (report.next_visit_due) item(out, l.next_visit_due, format_date(*report.next_visit_due));

  out << "\n## " << l.pulse << "\n\n";
  if (report.pulses.empty()) {
    out << l.no_pulse << ".\n";
  } else {
    rows.clear();
    for (const Pulse& p : report.pulses) {
      rows.push_back({format_date(p.date), pulse_label(l, p.status), p.note ? *p.note : std::string(l.none)});
    }
    table(out, {l.date, l.status, l.note}, {false, false, false}, rows);
  }

  out << "\n## " << l.kpis << "\n\n";
  if (report.kpis.empty()) {
    out << l.no_kpi_values << '\n';
  } else {
    rows.clear();
    for (const KpiRow& k : report.kpis) {
      std::string improved = k.improved ? std::string(*k.improved ? l.yes : l.no) : std::string(l.none);
      rows.push_back({k.unit.empty() ? k.name : k.name + " (" + k.unit + ")",
                      format_measured(k.baseline, lang) + " (" + format_date(k.baseline_date) + ")",
                      format_measured(k.latest, lang) + " (" + format_date(k.latest_date) + ")",
                      format_signed_percent(k.change_pct, lang, l), improved, k.trend});
    }
    table(out, {l.kpi, l.baseline, l.latest, l.change, l.kpi_improved, l.trend}, {false, true, true, true, false, false},
          rows);
  }

  out << "\n## " << l.assessments << "\n\n";
  if (report.assessments.empty()) {
    out << l.no_assessments << '\n';
  } else {
    out << say(l.scale, report.scale_min, report.scale_max) << "\n\n";
    std::vector<std::string> headers{l.date};
    std::vector<bool> right{false};
    for (const std::string& dimension : report.dimensions) {
      headers.push_back(dimension);
      right.push_back(true);
    }
    headers.push_back(l.mean);
    right.push_back(true);
    rows.clear();
    for (const AssessmentRow& a : report.assessments) {
      std::vector<std::string> row{format_date(a.date)};
      for (const std::optional<int>& score : a.scores) row.push_back(score ? std::to_string(*score) : l.none);
      row.push_back(format_decimal(a.mean, 2, lang));
      rows.push_back(std::move(row));
    }
    table(out, headers, right, rows);
  }

  out << "\n## " << l.steering << "\n\n";
  if (report.steering.empty()) {
    out << l.no_steering << '\n';
  } else {
    rows.clear();
    for (const SteeringMember& m : report.steering) rows.push_back({m.person, role_label(l, m.role)});
    table(out, {l.person, l.role}, {false, false}, rows);
    out << '\n';
    if (report.steering_gaps.empty()) out << l.steering_complete << '\n';
    for (const std::string& gap : report.steering_gaps) {
      out << (gap == "management" ? l.steering_missing_management : l.steering_missing_union) << '\n';
    }
  }

  out << "\n## " << l.training << "\n\n";
  if (!report.course.empty()) out << markdown::cell(report.course) << ". ";
  out << say(l.course_counting, report.course_counting, report.course_quota) << ".\n\n";
  if (report.participants.empty()) {
    out << l.no_participants << '\n';
  } else {
    rows.clear();
    for (const TrainingParticipant& p : report.participants) {
      rows.push_back({p.person, role_label(l, p.role), format_date(p.enrolled), day_text(p.completed, l),
                      participant_status_label(l, p.status())});
    }
    table(out, {l.person, l.role, l.enrolled, l.course_completed, l.status}, {false, false, false, false, false},
          rows);
  }

  out << "\n## " << l.gatherings << "\n\n";
  out << say(l.joint_attended, report.joint_attended, report.joint_expected, report.joint_per_company) << ".\n\n";
  if (report.gatherings.empty()) {
    out << l.no_gatherings << '\n';
  } else {
    rows.clear();
    for (const AttendedGathering& g : report.gatherings) {
      rows.push_back({format_date(g.date), g.title, g.kind == GatheringKind::joint ? l.kind_joint : l.kind_seminar,
                      std::to_string(g.people)});
    }
    table(out, {l.date, l.gathering, l.kind, l.people}, {false, false, false, true}, rows);
  }

  if (!report.acknowledged.empty()) {
    out << "\n## " << l.acknowledged_findings << "\n\n";
    rows.clear();
    for (const AcknowledgedFindings& a : report.acknowledged) {
      std::string findings;
      for (const std::string& finding : a.findings) findings += (findings.empty() ? "" : " ") + finding;
      rows.push_back({a.rule, findings, a.reason, format_date(a.acknowledged),
                      a.until ? format_date(*a.until) : std::string(l.until_taken_back)});
    }
    table(out, {l.rule, l.finding, l.reason, l.acknowledged_on, l.until}, {false, false, false, false, false}, rows);
  }
}

}  // namespace plift::report
