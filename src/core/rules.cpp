#include "plift/core/rules.hpp"

#include <algorithm>
#include <cmath>

#include "plift/core/error.hpp"

namespace plift {

Date add_coaching_days(Date from, int days, const HolidayWeeks& holidays) {
  if (days > 0 && holidays.weeks().size() >= 53) {
    throw ConfigError("holiday_weeks cover every ISO week: no coaching days are left");
  }
  Date day = from;
  int counted = 0;
  while (counted < days) {
    day += date::days{1};
    if (!holidays.contains(day)) ++counted;
  }
  return day;
}

int expected_visits(const Program& program, const std::vector<PhaseRecord>& history, Date day) {
  HolidayWeeks holidays = program.holidays();
  int expected = 0;
  for (const PhaseRecord& record : history) {
    auto index = program.phase_index(record.phase);
    if (!index) continue;
    int every_weeks = program.phases[*index].visit_every_weeks;
    if (every_weeks <= 0) continue;
    Date last = record.ended ? std::min(*record.ended - date::days{1}, day) : day;
    if (last < record.started) continue;
    expected += coaching_days_between(record.started, last, holidays) / (7 * every_weeks);
  }
  return expected;
}

std::optional<VisitDue> next_visit_due(const Program& program, const std::vector<PhaseRecord>& history,
                                       const std::vector<Visit>& visits) {
  const PhaseRecord* current = current_phase(history);
  if (!current) return std::nullopt;
  auto index = program.phase_index(current->phase);
  if (!index || program.phases[*index].visit_every_weeks <= 0) return std::nullopt;
  VisitDue result{};
  for (const Visit& visit : visits) {
    if (!result.last_visit || visit.date > *result.last_visit) result.last_visit = visit.date;
  }
  // The cadence runs on across consecutive phases with visits; it starts
  // afresh where a phase without visits ended.
  Date cadence_start = current->started;
  for (auto record = history.rbegin(); record != history.rend(); ++record) {
    auto record_index = program.phase_index(record->phase);
    if (!record_index || program.phases[*record_index].visit_every_weeks <= 0) break;
    cadence_start = record->started;
  }
  // With no visit yet, the first falls due at the end of the first slot of c
  // weeks, the day expected_visits first counts one.
  Date base = result.last_visit && *result.last_visit >= cadence_start ? *result.last_visit
                                                                         : cadence_start - date::days{1};
  HolidayWeeks holidays = program.holidays();
  result.due = add_coaching_days(base, 7 * program.phases[*index].visit_every_weeks, holidays);
  result.overdue = add_coaching_days(result.due, program.reminder_visit_grace_days, holidays);
  return result;
}

namespace {

// A phase of the plan: the current one and the later ones chained after it.
struct PlannedPhase {
  std::size_t index;
  Date start;
  Date end;  // inclusive
};

std::vector<PlannedPhase> planned_phases(const Program& program, const PhaseRecord& current, std::size_t index,
                                         Date today) {
  // A phase still current today lasts at least until today.
  Date current_end = std::max(current.planned_end, today);
  std::vector<PlannedPhase> plan{{index, current.started, current_end}};
  Date next_start = current_end + date::days{1};
  for (std::size_t later = index + 1; later < program.phases.size(); ++later) {
    PhaseRecord record = enter_phase(program, later, next_start);
    plan.push_back({later, next_start, record.planned_end});
    next_start = record.planned_end + date::days{1};
  }
  return plan;
}

}  // namespace

std::vector<PlannedVisit> planned_visits(const Program& program, const std::vector<PhaseRecord>& history,
                                         const std::vector<Visit>& visits, Date today, Date horizon) {
  std::vector<PlannedVisit> planned;
  const PhaseRecord* current = current_phase(history);
  if (!current) return planned;
  std::optional<std::size_t> index = program.phase_index(current->phase);
  if (!index) return planned;  // a phase the config no longer has: nothing to plan from
  HolidayWeeks holidays = program.holidays();
  std::optional<VisitDue> due = next_visit_due(program, history, visits);
  std::optional<Date> slot;
  if (due) slot = std::max(due->due, today);
  std::optional<Date> fell_due;
  if (due && due->due < today) fell_due = due->due;
  int number = static_cast<int>(visits.size());
  for (const PlannedPhase& phase : planned_phases(program, *current, *index, today)) {
    int every_weeks = program.phases[phase.index].visit_every_weeks;
    if (every_weeks <= 0) {
      slot.reset();
      fell_due.reset();
      continue;
    }
    if (!slot) slot = add_coaching_days(phase.start - date::days{1}, 7 * every_weeks, holidays);
    for (; *slot <= phase.end && *slot < horizon; slot = add_coaching_days(*slot, 7 * every_weeks, holidays)) {
      planned.push_back({++number, *slot, every_weeks, fell_due});
      fell_due.reset();
    }
    if (*slot >= horizon) break;
  }
  return planned;
}

int course_participants(const std::vector<TrainingParticipant>& participants) {
  return static_cast<int>(std::count_if(participants.begin(), participants.end(), [](const TrainingParticipant& p) {
    return p.status() != TrainingStatus::dropped;
  }));
}

Date nominal_journey_end(const Program& program, Date start) {
  HolidayWeeks holidays = program.holidays();
  Date phase_start = start;
  Date end = start;
  for (const PhaseDefinition& phase : program.phases) {
    end = planned_end(phase_start, phase.weeks, holidays);
    phase_start = end + date::days{1};
  }
  return end;
}

int expected_gatherings(const Program& program, const Company& company, Date day) {
  if (day < company.start || program.gatherings_per_company <= 0) return 0;
  HolidayWeeks holidays = program.holidays();
  Date end = nominal_journey_end(program, company.start);
  int total = coaching_days_between(company.start, end, holidays);
  if (total <= 0) return program.gatherings_per_company;
  int elapsed = coaching_days_between(company.start, std::min(day, end), holidays);
  long long expected = static_cast<long long>(program.gatherings_per_company) * elapsed / total;
  return static_cast<int>(std::min<long long>(expected, program.gatherings_per_company));
}

std::vector<std::string> steering_gaps(const std::vector<SteeringMember>& members) {
  bool management = false;
  bool union_member = false;
  for (const SteeringMember& m : members) {
    management = management || m.role == SteeringRole::management;
    union_member = union_member || m.role == SteeringRole::union_member;
  }
  std::vector<std::string> gaps;
  if (!management) gaps.push_back("management");
  if (!union_member) gaps.push_back("union");
  return gaps;
}

std::vector<KpiSummary> summarize_kpis(const Program& program, const std::vector<KpiValue>& values,
                                       std::optional<Date> until) {
  std::vector<KpiSummary> summaries;
  for (const KpiDefinition& definition : program.kpis) {
    std::optional<KpiSummary> summary;
    int count = 0;
    for (const KpiValue& value : values) {
      if (value.kpi != definition.key || (until && value.date > *until)) continue;
      ++count;
      if (!summary) {
        summary = KpiSummary{definition.key, value.date, value.value, value.date, value.value, 0, std::nullopt, std::nullopt};
        continue;
      }
      if (value.date < summary->baseline_date) {
        summary->baseline_date = value.date;
        summary->baseline = value.value;
      }
      if (value.date > summary->latest_date) {
        summary->latest_date = value.date;
        summary->latest = value.value;
      }
    }
    if (!summary) continue;
    summary->change = summary->latest - summary->baseline;
    if (summary->baseline != 0) summary->change_pct = 100.0 * summary->change / std::fabs(summary->baseline);
    if (count > 1) {
      summary->improved = definition.better == Better::higher ? summary->latest > summary->baseline
                                                              : summary->latest < summary->baseline;
    }
    summaries.push_back(*summary);
  }
  return summaries;
}

double assessment_mean(const Assessment& a) {
  if (a.scores.empty()) return 0;
  double sum = 0;
  for (const auto& [dimension, score] : a.scores) sum += score;
  return sum / static_cast<double>(a.scores.size());
}

}  // namespace plift
