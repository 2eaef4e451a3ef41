// The company report: one company's journey computed through the core rules,
// as its records stood on the report's day.
#include "plift/report/company_report.hpp"

#include <algorithm>
#include <cmath>

#include "plift/core/journey_dates.hpp"
#include "plift/core/rules.hpp"

namespace plift::report {

namespace {

double round_to(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  return rounded == 0 ? 0 : rounded;  // no "-0"
}

// Eight block heights; equal values sit in the middle so a flat line reads flat.
std::string sparkline(const std::vector<KpiValue>& values) {
  static const char* const blocks[] = {"▁", "▂", "▃", "▄", "▅", "▆", "▇", "█"};
  if (values.empty()) return "";
  auto [low, high] = std::minmax_element(values.begin(), values.end(),
                                         [](const KpiValue& a, const KpiValue& b) { return a.value < b.value; });
  std::string line;
  for (const KpiValue& v : values) {
    std::size_t level = 3;
    if (high->value > low->value) {
      double position = (v.value - low->value) / (high->value - low->value);
      level = static_cast<std::size_t>(std::lround(position * 7));
    }
    line += blocks[level];
  }
  return line;
}

}  // namespace

CompanyReport company_report(const Program& program, const CompanyRecords& records, const std::vector<Coach>& coaches,
                             Date as_of, const std::vector<Acknowledgement>& acknowledgements) {
  CompanyReport report;
  report.programme = program.name;
  report.language = program.language;
  report.as_of = as_of;
  report.company = records.company;
  if (report.company.completed && *report.company.completed > as_of) report.company.completed.reset();
  if (report.company.withdrawn && *report.company.withdrawn > as_of) {
    report.company.withdrawn.reset();
    report.company.withdraw_reason.reset();
  }
  const Company& company = report.company;
  if (company.coach) {
    report.coach_name = *company.coach;
    for (const Coach& coach : coaches) {
      if (coach.key == *company.coach) report.coach_name = coach.name;
    }
  }
  report.status = status_on(company, as_of);

  const std::vector<PhaseRecord> history = history_as_of(records.history, as_of);
  if (const PhaseRecord* current = current_phase(history); current && report.status == CompanyStatus::active) {
    report.phase = current->phase;
  }

  // Phases: the plan as the journey's history has it (journey_dates), beside what happened.
  const bool active = report.status == CompanyStatus::active;
  const JourneyDates dates = journey_dates(program, company, history);
  report.planned_journey_end = dates.planned_end;
  for (const PhaseDates& phase : dates.phases) {
    const PhaseDefinition& definition = program.phases[phase.index];
    PhaseRow row;
    row.phase = definition.key;
    row.name = definition.name;
    row.weeks = definition.weeks;
    row.planned_start = phase.planned_start;
    row.planned_end = phase.planned_end;
    row.started = phase.started;
    row.ended = phase.ended;
    row.forced_reason = phase.forced_reason;
    if (phase.started) row.due = phase.planned_end;
    row.days_late = days_late(phase, as_of, active);
    for (const ChecklistItem& item : definition.checklist) {
      ChecklistRow check{item.key, item.title, std::nullopt};
      for (const ChecklistTick& tick : records.ticks) {
        if (tick.phase == definition.key && tick.item == item.key && tick.date <= as_of) check.ticked = tick.date;
      }
      row.checklist.push_back(std::move(check));
    }
    report.phases.push_back(std::move(row));
  }

  // Visits: held against the cadence, up to the day the journey ended.
  for (const Visit& visit : records.visits) {
    if (visit.date <= as_of) report.visits.push_back(visit);
  }
  std::stable_sort(report.visits.begin(), report.visits.end(),
                   [](const Visit& a, const Visit& b) { return a.date < b.date; });
  Date journey_day = as_of;
  if (company.completed) journey_day = std::min(journey_day, *company.completed - date::days{1});
  if (company.withdrawn) journey_day = std::min(journey_day, *company.withdrawn - date::days{1});
  report.visits_expected = journey_day < company.start ? 0 : expected_visits(program, history, journey_day);
  if (!report.visits.empty()) report.last_visit = report.visits.back().date;
  if (report.status == CompanyStatus::active) {
    if (std::optional<VisitDue> due = next_visit_due(program, history, report.visits)) report.next_visit_due = due->due;
  }

  for (const Pulse& pulse : records.pulses) {
    if (pulse.date <= as_of) report.pulses.push_back(pulse);
  }
  std::stable_sort(report.pulses.begin(), report.pulses.end(),
                   [](const Pulse& a, const Pulse& b) { return a.date < b.date; });

  // Key figures: baseline, latest, change and the values in between.
  for (const KpiSummary& summary : summarize_kpis(program, records.kpi_values, as_of)) {
    const KpiDefinition* definition = program.find_kpi(summary.kpi);
    KpiRow row;
    row.kpi = summary.kpi;
    row.name = definition ? definition->name : summary.kpi;
    row.unit = definition ? definition->unit : "";
    row.better = definition ? to_string(definition->better) : "higher";
    for (const KpiValue& value : records.kpi_values) {
      if (value.kpi == summary.kpi && value.date <= as_of) row.values.push_back(value);
    }
    std::stable_sort(row.values.begin(), row.values.end(),
                     [](const KpiValue& a, const KpiValue& b) { return a.date < b.date; });
    row.baseline_date = summary.baseline_date;
    row.baseline = summary.baseline;
    row.latest_date = summary.latest_date;
    row.latest = summary.latest;
    if (summary.change_pct) row.change_pct = round_to(*summary.change_pct, 1);
    row.improved = summary.improved;
    row.trend = sparkline(row.values);
    report.kpis.push_back(std::move(row));
  }

  report.dimensions = program.assessment_dimensions;
  report.scale_min = program.assessment_scale_min;
  report.scale_max = program.assessment_scale_max;
  for (const Assessment& assessment : records.assessments) {
    if (assessment.date > as_of) continue;
    AssessmentRow row;
    row.date = assessment.date;
    for (const std::string& dimension : program.assessment_dimensions) {
      auto score = assessment.scores.find(dimension);
      row.scores.push_back(score == assessment.scores.end() ? std::nullopt : std::optional<int>(score->second));
    }
    row.mean = round_to(assessment_mean(assessment), 2);
    report.assessments.push_back(std::move(row));
  }
  std::stable_sort(report.assessments.begin(), report.assessments.end(),
                   [](const AssessmentRow& a, const AssessmentRow& b) { return a.date < b.date; });

  report.steering = records.steering;
  std::stable_sort(report.steering.begin(), report.steering.end(), [](const SteeringMember& a, const SteeringMember& b) {
    if (a.role != b.role) return a.role < b.role;
    return a.person < b.person;
  });
  report.steering_gaps = steering_gaps(report.steering);

  report.course = program.training_course;
  report.course_quota = program.training_min_per_company;
  for (TrainingParticipant participant : records.participants) {
    if (participant.enrolled > as_of) continue;
    if (participant.completed && *participant.completed > as_of) participant.completed.reset();
    if (participant.dropped && *participant.dropped > as_of) participant.dropped.reset();
    report.participants.push_back(std::move(participant));
  }
  std::stable_sort(report.participants.begin(), report.participants.end(),
                   [](const TrainingParticipant& a, const TrainingParticipant& b) {
                     if (a.enrolled != b.enrolled) return a.enrolled < b.enrolled;
                     return a.person < b.person;
                   });
  report.course_counting = course_participants(report.participants);

  for (const Gathering& gathering : records.gatherings) {
    if (gathering.date > as_of) continue;
    AttendedGathering row{gathering.key, gathering.title, gathering.date, gathering.kind, 0};
    for (const Attendance& attendance : gathering.attendance) {
      if (attendance.company == company.key) row.people += attendance.people;
    }
    if (gathering.kind == GatheringKind::joint) ++report.joint_attended;
    report.gatherings.push_back(std::move(row));
  }
  std::stable_sort(report.gatherings.begin(), report.gatherings.end(),
                   [](const AttendedGathering& a, const AttendedGathering& b) {
                     if (a.date != b.date) return a.date < b.date;
                     return a.key < b.key;
                   });
  report.joint_per_company = program.gatherings_per_company;
  report.joint_expected = expected_gatherings(program, company, journey_day);

  if (!acknowledgements.empty()) {
    for (const CheckedFinding& row :
         apply_acknowledgements(check_company(program, records, as_of), acknowledgements, as_of)) {
      if (!row.acknowledgement) continue;
      const Acknowledgement& ack = *row.acknowledgement;
      auto found = std::find_if(report.acknowledged.begin(), report.acknowledged.end(),
                                [&](const AcknowledgedFindings& a) { return a.rule == ack.rule; });
      if (found == report.acknowledged.end()) {
        report.acknowledged.push_back({ack.rule, ack.reason, ack.acknowledged, ack.until, {}});
        found = report.acknowledged.end() - 1;
      }
      found->findings.push_back(row.finding.message);
    }
  }
  return report;
}

}  // namespace plift::report
