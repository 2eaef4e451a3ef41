#pragma once
// The company report as plain data: one company's journey on one page for its
// steering group — phases planned against actual, checklist, visits, pulse
// history, key figures with their trend, assessments, steering group, course
// participants and gatherings. Pure: records in, numbers out.
#include <optional>
#include <string>
#include <vector>

#include "plift/core/acknowledgements.hpp"
#include "plift/core/coach.hpp"
#include "plift/core/company_view.hpp"
#include "plift/core/program.hpp"

namespace plift::report {

struct ChecklistRow {
  std::string item;
  std::string title;
  std::optional<Date> ticked;
};

struct PhaseRow {
  std::string phase;
  std::string name;
  int weeks = 0;
  Date planned_start;              // journey_dates: the actual start once entered, else after the phase before
  Date planned_end;                // inclusive; journey_dates
  std::optional<Date> started;     // actual; absent when not entered
  std::optional<Date> ended;       // phase_ended(): the day it left the phase; absent while current or not entered
  std::optional<Date> due;         // the planned end, once entered
  std::optional<int> days_late;    // days_late(); absent when on time or not entered
  std::optional<std::string> forced_reason;
  std::vector<ChecklistRow> checklist;
};

struct KpiRow {
  std::string kpi;
  std::string name;
  std::string unit;
  std::string better;              // "higher" or "lower"
  std::vector<KpiValue> values;    // oldest first, up to as_of
  Date baseline_date;
  double baseline = 0;
  Date latest_date;
  double latest = 0;
  std::optional<double> change_pct;  // 1 decimal
  std::optional<bool> improved;
  std::string trend;               // a sparkline of the values, ▁ lowest … █ highest
};

struct AssessmentRow {
  Date date;
  std::vector<std::optional<int>> scores;  // per configured dimension, config order
  double mean = 0;                         // 2 decimals
};

struct AttendedGathering {
  std::string key;
  std::string title;
  Date date;
  GatheringKind kind = GatheringKind::joint;
  int people = 0;
};

// A finding of `plift check` acknowledged as known and accepted, with the
// findings of its rule it covers on the report's day.
struct AcknowledgedFindings {
  std::string rule;
  std::string reason;
  Date acknowledged;
  std::optional<Date> until;
  std::vector<std::string> findings;  // their messages, in check's order
};

struct CompanyReport {
  std::string programme;
  Language language = Language::en;
  Date as_of;
  Company company;
  std::optional<std::string> coach_name;      // the company's coach by name (by key when not among the coaches)
  CompanyStatus status = CompanyStatus::active;
  std::optional<std::string> phase;           // the current phase
  Date planned_journey_end;                   // journey_planned_end() of the history as of as_of
  std::vector<PhaseRow> phases;               // every configured phase, config order
  // Visits
  std::vector<Visit> visits;                  // oldest first, up to as_of
  int visits_expected = 0;
  std::optional<Date> last_visit;
  std::optional<Date> next_visit_due;         // while active in a phase with visits
  // Pulse
  std::vector<Pulse> pulses;                  // oldest first
  // Key figures and assessments
  std::vector<KpiRow> kpis;                   // configured KPIs with values, config order
  std::vector<std::string> dimensions;        // assessment dimensions, config order
  int scale_min = 1;
  int scale_max = 5;
  std::vector<AssessmentRow> assessments;     // oldest first
  // People
  std::vector<SteeringMember> steering;       // by role, then name
  std::vector<std::string> steering_gaps;     // "management", "union"
  std::string course;
  std::vector<TrainingParticipant> participants;  // by enrolment, then name; as they stood on as_of
  int course_counting = 0;                    // enrolled or completed
  int course_quota = 0;
  // Gatherings
  std::vector<AttendedGathering> gatherings;  // oldest first
  int joint_attended = 0;
  int joint_expected = 0;
  int joint_per_company = 0;
  // Acknowledged findings: those that hold on as_of and cover a finding, by rule
  std::vector<AcknowledgedFindings> acknowledged;
};

// The report of `records` as they stood on `as_of` (records dated later are
// left out). The language is the program's; `coaches` name the company's coach.
// `acknowledgements` are the company's (plift check ack).
CompanyReport company_report(const Program& program, const CompanyRecords& records, const std::vector<Coach>& coaches,
                             Date as_of, const std::vector<Acknowledgement>& acknowledgements = {});

}  // namespace plift::report
