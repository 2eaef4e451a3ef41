#pragma once
// The quarterly report as plain data: what the programme did in a quarter,
// computed from every company's records as they stood at the quarter's end
// (or today, for the current quarter). Pure: records in, numbers out.
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "plift/core/coach.hpp"
#include "plift/core/company_view.hpp"
#include "plift/core/program.hpp"
#include "plift/core/reminders.hpp"

namespace plift::report {

struct RegionCounts {
  std::string region;
  int active = 0;
  int started = 0;
  int completed = 0;
  int withdrawn = 0;
  int planned = 0;
};

struct Portfolio {
  int active = 0;                                   // at the end of the period
  std::vector<std::pair<std::string, int>> by_phase;  // phase key → active companies in it, config order
  int started = 0;                                  // within the period
  int completed = 0;
  int withdrawn = 0;
  int planned = 0;                                  // at the end of the period
  std::vector<RegionCounts> by_region;              // regions with any company, by name
};

struct CoachVisits {
  std::optional<std::string> coach;  // absent: companies without a coach, visits without one
  std::string name;
  int companies = 0;                 // of the report's companies assigned to the coach
  int held = 0;                      // visits the coach held in the period, at any company
  int expected = 0;                  // visits the cadence called for at the coach's companies
  std::optional<double> adherence_pct;
};

struct VisitSummary {
  int held = 0;
  int expected = 0;
  std::optional<double> adherence_pct;  // 100 × held / expected, 1 decimal; absent when none expected
  std::vector<CoachVisits> by_coach;    // by coach key, companies without a coach last
};

struct PulseCounts {
  int green = 0;
  int yellow = 0;
  int red = 0;
  int none = 0;
};

struct TrainingSummary {
  int enrolled_in_quarter = 0;
  int completed_in_quarter = 0;
  int enrolled_total = 0;   // up to the end of the period
  int completed_total = 0;
  int quota = 0;            // [training].min_per_company
  int companies_active = 0;
  int companies_meeting_quota = 0;  // of those active at the end
};

struct GatheringSummary {
  int held = 0;         // joint gatherings
  int attendances = 0;  // company attendances at them
  int seminars_held = 0;
  int seminar_participants = 0;  // people
  int seminar_companies = 0;     // distinct companies and guests reached
};

struct KpiOutcome {
  std::string kpi;
  std::string name;
  std::string unit;
  int companies = 0;  // with a baseline and a later value
  int improved = 0;
  std::optional<double> median_change_pct;  // 1 decimal
};

struct AssessmentSummary {
  int companies_assessed = 0;    // with any assessment
  int companies_reassessed = 0;  // with a baseline and a later one
  std::optional<double> mean_baseline;  // over the reassessed, 2 decimals
  std::optional<double> mean_latest;
  std::optional<double> mean_change;
};

struct CompanyKpiChange {
  std::string kpi;
  std::optional<double> change_pct;  // 1 decimal
  std::optional<bool> improved;
};

struct CompanyRow {
  std::string key;
  std::string name;
  std::string region;
  std::optional<std::string> coach;
  CompanyStatus status = CompanyStatus::active;  // at the end of the period
  std::optional<std::string> phase;
  int visits_held = 0;
  int visits_expected = 0;
  std::optional<PulseStatus> pulse;  // the latest by the end
  std::optional<Date> pulse_date;
  std::vector<CompanyKpiChange> kpis;  // every configured KPI, config order
  std::vector<std::string> risks;      // reminder kinds at the end
};

// A span of days, both ends inclusive.
struct PhaseSpan {
  std::string phase;
  Date from{};
  Date to{};
};

// One company's journey for the timeline: the phases as planned from its
// history (journey_dates: entered ones from their start, later ones back to
// back after them), against the phases as recorded.
struct Journey {
  std::string company;  // key
  std::string name;
  std::vector<PhaseSpan> planned;
  std::vector<PhaseSpan> actual;  // the open phase runs to as_of
  std::optional<Date> ended;      // completed or withdrawn by as_of
};

struct QuarterlyReport {
  std::string programme;
  Language language = Language::en;
  Quarter quarter{};
  Date from{};
  Date to{};
  Date as_of{};  // min(to, today): the data's date
  std::optional<std::string> region;
  std::vector<std::pair<std::string, std::string>> phase_names;  // key → name, config order
  Portfolio portfolio;
  VisitSummary visits;
  PulseCounts pulse;
  TrainingSummary training;
  GatheringSummary gatherings;
  std::vector<KpiOutcome> kpis;
  AssessmentSummary assessments;
  std::vector<Reminder> risks;  // most overdue first
  std::vector<CompanyRow> companies;  // active on some day of the quarter, by key
  std::vector<Journey> journeys;      // of the same companies, in the same order
  Date timeline_from{};               // the earliest start among them
  Date timeline_to{};                 // the latest planned end, or as_of if later
  std::vector<std::pair<Date, Date>> holiday_spans;  // holiday weeks (Monday to Sunday) touching the timeline
};

// `records`: every company's (any order); `gatherings`: all of them with all
// attendance; `today`: the day the report is made. Records dated after
// min(quarter end, today) are left out, so a past quarter reads as it stood.
// With `region`, only that region's companies (and what they attended) count.
QuarterlyReport quarterly_report(const Program& program, const std::vector<CompanyRecords>& records,
                                 const std::vector<Gathering>& gatherings, const std::vector<Coach>& coaches,
                                 Quarter quarter, std::optional<std::string> region, Date today);

// The same from no more than the quarter needs, for a programme of thousands
// of companies: `all_companies`, every company (the portfolio counts read only
// these); `records`, those of at least every company active on some day of
// [first day, as_of] (store::CompanyScope::active_between); `gatherings`, at
// least those of the same days. Either may be narrowed to `region` already.
QuarterlyReport quarterly_report(const Program& program, const std::vector<Company>& all_companies,
                                 std::vector<CompanyRecords> records, const std::vector<Gathering>& gatherings,
                                 const std::vector<Coach>& coaches, Quarter quarter,
                                 std::optional<std::string> region, Date today);

// The configured name of a phase or KPI the report mentions; the key when unknown.
std::string phase_name(const QuarterlyReport& report, const std::string& phase_key);
std::string kpi_name(const QuarterlyReport& report, const std::string& kpi_key);

}  // namespace plift::report
