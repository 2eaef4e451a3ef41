// The quarterly report: every number computed from the records as they stood
// at the end of the period, through the core rules.
#include "plift/report/quarterly.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "plift/core/journey_dates.hpp"
#include "plift/core/rules.hpp"

namespace plift::report {

namespace {

double round_to(double value, int decimals) {
  double scale = std::pow(10.0, decimals);
  double rounded = std::round(value * scale) / scale;
  return rounded == 0 ? 0 : rounded;  // no "-0"
}

std::optional<double> percent(int part, int whole) {
  if (whole <= 0) return std::nullopt;
  return round_to(100.0 * part / whole, 1);
}

std::optional<double> median(std::vector<double> values) {
  if (values.empty()) return std::nullopt;
  std::sort(values.begin(), values.end());
  std::size_t mid = values.size() / 2;
  double m = values.size() % 2 == 1 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
  return round_to(m, 1);
}

// The company as it stood at the end of `end`: later completions and
// withdrawals undone.
Company company_as_of(Company company, Date end) {
  if (company.completed && *company.completed > end) company.completed.reset();
  if (company.withdrawn && *company.withdrawn > end) {
    company.withdrawn.reset();
    company.withdraw_reason.reset();
  }
  return company;
}

// The records as they stood at the end of `end`: later records left out,
// later phase moves, completions and withdrawals undone.
void cut_at(CompanyRecords& records, Date end) {
  records.company = company_as_of(std::move(records.company), end);
  auto later = [end](const auto& record) { return record.date > end; };
  std::erase_if(records.history, [end](const PhaseRecord& phase) { return phase.started > end; });
  for (PhaseRecord& phase : records.history) {
    if (phase.ended && *phase.ended > end) phase.ended.reset();
  }
  std::erase_if(records.ticks, later);
  std::erase_if(records.visits, later);
  std::erase_if(records.pulses, later);
  std::erase_if(records.participants, [end](const TrainingParticipant& p) { return p.enrolled > end; });
  for (TrainingParticipant& participant : records.participants) {
    if (participant.completed && *participant.completed > end) participant.completed.reset();
    if (participant.dropped && *participant.dropped > end) participant.dropped.reset();
  }
  std::erase_if(records.gatherings, later);
  std::erase_if(records.kpi_values, later);
  std::erase_if(records.assessments, later);
}

bool within(Date day, Date from, Date to) { return from <= day && day <= to; }

// Active on at least one day of [from, to].
bool active_in(const Company& c, Date from, Date to) {
  if (c.start > to) return false;
  std::optional<Date> stop;
  if (c.completed) stop = *c.completed;
  if (c.withdrawn && (!stop || *c.withdrawn < *stop)) stop = *c.withdrawn;
  return !stop || (*stop > from && *stop > c.start);
}

const PhaseRecord* phase_on(const std::vector<PhaseRecord>& history, Date day) {
  for (const PhaseRecord& record : history) {
    if (record.started <= day && (!record.ended || *record.ended > day)) return &record;
  }
  return nullptr;
}

// Visits the cadence calls for within [from, to], while the journey lasted.
int visits_expected_in(const Program& program, const CompanyRecords& r, Date from, Date to) {
  Date last = to;
  if (r.company.completed) last = std::min(last, *r.company.completed - date::days{1});
  if (r.company.withdrawn) last = std::min(last, *r.company.withdrawn - date::days{1});
  if (last < from) return 0;
  return expected_visits(program, r.history, last) - expected_visits(program, r.history, from - date::days{1});
}

const Pulse* latest_pulse(const std::vector<Pulse>& pulses) {
  const Pulse* latest = nullptr;
  for (const Pulse& pulse : pulses) {
    if (!latest || pulse.date >= latest->date) latest = &pulse;
  }
  return latest;
}

// A company's journey for the timeline: the phases as journey_dates plans
// them, against those recorded.
Journey journey_of(const Program& program, const CompanyRecords& r, Date end) {
  Journey journey;
  journey.company = r.company.key;
  journey.name = r.company.name;
  for (const PhaseDates& phase : journey_dates(program, r.company, r.history).phases) {
    journey.planned.push_back({phase.phase, phase.planned_start, phase.planned_end});
  }
  std::optional<Date> stop = r.company.completed;
  if (r.company.withdrawn && (!stop || *r.company.withdrawn < *stop)) stop = r.company.withdrawn;
  journey.ended = stop;
  for (const PhaseRecord& record : r.history) {
    // `ended` is the day the next phase (or nothing) began; the bar ends on the day before.
    Date last = record.ended ? *record.ended - date::days{1} : (stop ? *stop : end);
    journey.actual.push_back({record.phase, record.started, std::max(last, record.started)});
  }
  return journey;
}

// Holiday weeks as Monday-to-Sunday spans touching [from, to].
std::vector<std::pair<Date, Date>> holiday_spans_in(const HolidayWeeks& holidays, Date from, Date to) {
  std::vector<std::pair<Date, Date>> spans;
  date::weekday first{from};
  Date monday = from - (first - date::Monday);
  for (Date day = monday; day <= to; day += date::days{7}) {
    if (holidays.contains(day)) spans.emplace_back(day, day + date::days{6});
  }
  return spans;
}

}  // namespace

QuarterlyReport quarterly_report(const Program& program, const std::vector<CompanyRecords>& records,
                                 const std::vector<Gathering>& gatherings, const std::vector<Coach>& coaches,
                                 Quarter quarter, std::optional<std::string> region, Date today) {
  std::vector<Company> companies;
  companies.reserve(records.size());
  for (const CompanyRecords& r : records) companies.push_back(r.company);
  return quarterly_report(program, companies, records, gatherings, coaches, quarter, std::move(region), today);
}

QuarterlyReport quarterly_report(const Program& program, const std::vector<Company>& all_companies,
                                 std::vector<CompanyRecords> records, const std::vector<Gathering>& gatherings,
                                 const std::vector<Coach>& coaches, Quarter quarter,
                                 std::optional<std::string> region, Date today) {
  QuarterlyReport report;
  report.programme = program.name;
  report.language = program.language;
  report.quarter = quarter;
  report.from = quarter.first_day();
  report.to = quarter.last_day();
  report.as_of = std::min(report.to, today);
  report.region = region;
  const Date from = report.from;
  const Date end = report.as_of;
  for (const PhaseDefinition& phase : program.phases) report.phase_names.emplace_back(phase.key, phase.name);

  std::vector<Company> portfolio_companies;  // the region's companies as they stood at the end
  std::set<std::string> scope_keys;
  for (const Company& c : all_companies) {
    if (region && c.region != *region) continue;
    portfolio_companies.push_back(company_as_of(c, end));
    scope_keys.insert(c.key);
  }
  // The region's companies active on some day of the quarter, as they stood
  // at the end: only these have rows, visits, pulse and KPIs in the report
  // (and every company active at the end is one of them).
  std::vector<CompanyRecords> scope;
  for (CompanyRecords& r : records) {
    if (region && r.company.region != *region) continue;
    if (!active_in(company_as_of(r.company, end), from, end)) continue;
    cut_at(r, end);
    scope.push_back(std::move(r));
  }
  std::sort(scope.begin(), scope.end(),
            [](const CompanyRecords& a, const CompanyRecords& b) { return a.company.key < b.company.key; });
  auto history_of = [&scope](const std::string& key) -> const std::vector<PhaseRecord>* {
    auto found = std::lower_bound(scope.begin(), scope.end(), key,
                                  [](const CompanyRecords& r, const std::string& k) { return r.company.key < k; });
    return found != scope.end() && found->company.key == key ? &found->history : nullptr;
  };

  // Portfolio.
  Portfolio& portfolio = report.portfolio;
  std::map<std::string, int> by_phase;
  std::map<std::string, RegionCounts> by_region;
  for (const Company& c : portfolio_companies) {
    CompanyStatus status = status_on(c, end);
    RegionCounts& counts = by_region[c.region];
    counts.region = c.region;
    if (status == CompanyStatus::active) {
      ++portfolio.active;
      ++counts.active;
      const std::vector<PhaseRecord>* history = history_of(c.key);
      if (const PhaseRecord* phase = history ? phase_on(*history, end) : nullptr) ++by_phase[phase->phase];
    }
    if (status == CompanyStatus::planned) {
      ++portfolio.planned;
      ++counts.planned;
    }
    if (end >= from && within(c.start, from, end)) {
      ++portfolio.started;
      ++counts.started;
    }
    if (c.completed && within(*c.completed, from, end)) {
      ++portfolio.completed;
      ++counts.completed;
    }
    if (c.withdrawn && within(*c.withdrawn, from, end)) {
      ++portfolio.withdrawn;
      ++counts.withdrawn;
    }
  }
  for (const PhaseDefinition& phase : program.phases) portfolio.by_phase.emplace_back(phase.key, by_phase[phase.key]);
  for (auto& [name, counts] : by_region) portfolio.by_region.push_back(counts);

  // The companies of the quarter, with their visits, pulse, KPIs and risks.
  std::map<std::string, std::string> coach_names;
  for (const Coach& coach : coaches) coach_names[coach.key] = coach.name;
  std::map<std::optional<std::string>, CoachVisits> by_coach;
  auto coach_row = [&](const std::optional<std::string>& key) -> CoachVisits& {
    auto [row, added] = by_coach.try_emplace(key);
    if (added && key) {
      row->second.coach = key;
      auto name = coach_names.find(*key);
      row->second.name = name != coach_names.end() ? name->second : *key;
    }
    return row->second;
  };
  std::map<std::string, std::vector<double>> kpi_changes;
  std::map<std::string, KpiOutcome> kpi_outcomes;
  for (const CompanyRecords& r : scope) {
    const Company& c = r.company;
    bool active_at_end = status_on(c, end) == CompanyStatus::active;
    if (active_at_end) {
      const Pulse* pulse = latest_pulse(r.pulses);
      if (!pulse) {
        ++report.pulse.none;
      } else if (pulse->status == PulseStatus::green) {
        ++report.pulse.green;
      } else if (pulse->status == PulseStatus::yellow) {
        ++report.pulse.yellow;
      } else {
        ++report.pulse.red;
      }
      ++report.training.companies_active;
      if (course_participants(r.participants) >= program.training_min_per_company) {
        ++report.training.companies_meeting_quota;
      }
    }
    if (end < from || !active_in(c, from, end)) continue;

    CompanyRow row;
    row.key = c.key;
    row.name = c.name;
    row.region = c.region;
    row.coach = c.coach;
    row.status = status_on(c, end);
    if (row.status == CompanyStatus::active) {
      if (const PhaseRecord* phase = phase_on(r.history, end)) row.phase = phase->phase;
    }
    for (const Visit& visit : r.visits) {
      if (within(visit.date, from, end)) ++row.visits_held;
    }
    row.visits_expected = visits_expected_in(program, r, from, end);
    if (const Pulse* pulse = latest_pulse(r.pulses)) {
      row.pulse = pulse->status;
      row.pulse_date = pulse->date;
    }
    std::vector<KpiSummary> summaries = summarize_kpis(program, r.kpi_values, end);
    for (const KpiDefinition& kpi : program.kpis) {
      CompanyKpiChange change{kpi.key, std::nullopt, std::nullopt};
      for (const KpiSummary& s : summaries) {
        if (s.kpi != kpi.key || !s.improved) continue;
        if (s.change_pct) change.change_pct = round_to(*s.change_pct, 1);
        change.improved = s.improved;
        KpiOutcome& outcome = kpi_outcomes[kpi.key];
        ++outcome.companies;
        if (*s.improved) ++outcome.improved;
        if (s.change_pct) kpi_changes[kpi.key].push_back(*s.change_pct);
      }
      row.kpis.push_back(change);
    }
    for (Reminder& reminder : reminders_for(program, r, end)) {
      row.risks.push_back(to_string(reminder.kind));
      report.risks.push_back(std::move(reminder));
    }

    report.visits.held += row.visits_held;
    report.visits.expected += row.visits_expected;
    // The company's coach answers for the cadence; a visit counts for the
    // coach who held it (a substitute's visit is theirs, as visit list --coach has it).
    CoachVisits& coach = coach_row(c.coach);
    ++coach.companies;
    coach.expected += row.visits_expected;
    for (const Visit& visit : r.visits) {
      if (within(visit.date, from, end)) ++coach_row(visit.coach).held;
    }

    for (const TrainingParticipant& p : r.participants) {
      ++report.training.enrolled_total;
      if (within(p.enrolled, from, end)) ++report.training.enrolled_in_quarter;
      if (p.completed) {
        ++report.training.completed_total;
        if (within(*p.completed, from, end)) ++report.training.completed_in_quarter;
      }
    }

    if (!r.assessments.empty()) {
      ++report.assessments.companies_assessed;
    }
    report.companies.push_back(std::move(row));
    report.journeys.push_back(journey_of(program, r, end));
  }
  if (!report.journeys.empty()) {
    report.timeline_from = report.journeys.front().planned.empty() ? end : report.journeys.front().planned.front().from;
    report.timeline_to = end;
    for (const Journey& j : report.journeys) {
      for (const PhaseSpan& span : j.planned) {
        report.timeline_from = std::min(report.timeline_from, span.from);
        report.timeline_to = std::max(report.timeline_to, span.to);
      }
      for (const PhaseSpan& span : j.actual) {
        report.timeline_from = std::min(report.timeline_from, span.from);
        report.timeline_to = std::max(report.timeline_to, span.to);
      }
    }
    report.holiday_spans = holiday_spans_in(program.holidays(), report.timeline_from, report.timeline_to);
  }
  report.training.quota = program.training_min_per_company;
  report.visits.adherence_pct = percent(report.visits.held, report.visits.expected);
  for (auto& [key, coach] : by_coach) {
    coach.adherence_pct = percent(coach.held, coach.expected);
    if (key) report.visits.by_coach.push_back(coach);
  }
  if (auto none = by_coach.find(std::nullopt); none != by_coach.end()) report.visits.by_coach.push_back(none->second);
  sort_reminders(report.risks);

  for (const KpiDefinition& kpi : program.kpis) {
    KpiOutcome outcome = kpi_outcomes[kpi.key];
    outcome.kpi = kpi.key;
    outcome.name = kpi.name;
    outcome.unit = kpi.unit;
    outcome.median_change_pct = median(kpi_changes[kpi.key]);
    report.kpis.push_back(outcome);
  }

  // Assessments: the first against the latest, per reassessed company.
  double baseline_sum = 0;
  double latest_sum = 0;
  for (const CompanyRecords& r : scope) {
    if (end < from || !active_in(r.company, from, end) || r.assessments.size() < 2) continue;
    auto [first, last] = std::minmax_element(r.assessments.begin(), r.assessments.end(),
                                             [](const Assessment& a, const Assessment& b) { return a.date < b.date; });
    ++report.assessments.companies_reassessed;
    baseline_sum += assessment_mean(*first);
    latest_sum += assessment_mean(*last);
  }
  if (int n = report.assessments.companies_reassessed; n > 0) {
    report.assessments.mean_baseline = round_to(baseline_sum / n, 2);
    report.assessments.mean_latest = round_to(latest_sum / n, 2);
    report.assessments.mean_change = round_to((latest_sum - baseline_sum) / n, 2);
  }

  // Gatherings: all of the quarter's, or with a region those its companies attended.
  std::set<std::string> reached;
  for (const Gathering& g : gatherings) {
    if (end < from || !within(g.date, from, end)) continue;
    int companies = 0;
    int people = 0;
    std::set<std::string> names;
    for (const Attendance& a : g.attendance) {
      bool counts = a.company ? (!region || scope_keys.contains(*a.company)) : !region;
      if (!counts) continue;
      if (a.company) ++companies;
      people += a.people;
      names.insert(a.company ? "company:" + *a.company : "guest:" + a.guest.value_or(""));
    }
    if (region && companies == 0) continue;
    if (g.kind == GatheringKind::joint) {
      ++report.gatherings.held;
      report.gatherings.attendances += companies;
    } else {
      ++report.gatherings.seminars_held;
      report.gatherings.seminar_participants += people;
      reached.insert(names.begin(), names.end());
    }
  }
  report.gatherings.seminar_companies = static_cast<int>(reached.size());
  return report;
}

std::string phase_name(const QuarterlyReport& report, const std::string& phase_key) {
  for (const auto& [phase, name] : report.phase_names) {
    if (phase == phase_key) return name;
  }
  return phase_key;
}

std::string kpi_name(const QuarterlyReport& report, const std::string& kpi_key) {
  for (const KpiOutcome& kpi : report.kpis) {
    if (kpi.kpi == kpi_key) return kpi.name;
  }
  return kpi_key;
}

}  // namespace plift::report
