#pragma once
// Every word the reports print, in English, Swedish and Norwegian bokmål:
// one table, shared by the quarterly report, the company report and HTML.
#include <optional>
#include <string>

#include "plift/core/journey.hpp"
#include "plift/core/program.hpp"
#include "plift/core/records.hpp"

namespace plift::report {

struct Labels {
  // Headings
  const char* quarterly_title;   // {0} quarter, {1} programme
  const char* portfolio;
  const char* visits;
  const char* pulse;
  const char* training;
  const char* gatherings;
  const char* kpis;
  const char* assessments;
  const char* risks;
  const char* companies;
  // The lines under the title
  const char* period;            // {0} from, {1} to
  const char* as_of;             // {0} day
  const char* region;            // {0} region
  const char* all_regions;
  // Portfolio
  const char* active_at_end;
  const char* started;
  const char* completed;
  const char* withdrawn;
  const char* planned_at_end;
  const char* phase;
  const char* region_column;
  const char* active_column;
  const char* planned_column;
  const char* started_column;    // short forms for the region table
  const char* completed_column;
  const char* withdrawn_column;
  // Visits
  const char* visits_held;
  const char* visits_expected;
  const char* adherence;
  const char* coach;
  const char* no_coach;
  const char* company_count;
  const char* held;
  const char* expected;
  // Pulse
  const char* pulse_intro;
  const char* green;
  const char* yellow;
  const char* red;
  const char* no_pulse;
  // Training
  const char* enrolled_in_quarter;
  const char* completed_in_quarter;
  const char* enrolled_total;
  const char* completed_total;
  const char* meeting_quota;     // {0} meeting, {1} active, {2} quota
  // Gatherings
  const char* gatherings_held;
  const char* attendances;
  const char* seminars_held;
  const char* seminar_participants;
  const char* seminar_companies;
  // KPIs
  const char* kpi;
  const char* kpi_companies;
  const char* improved;
  const char* median_change;
  const char* no_kpis;
  // Assessments
  const char* companies_assessed;
  const char* companies_reassessed;
  const char* mean_score;        // {0} baseline, {1} latest, {2} change
  // Risks
  const char* no_risks;
  const char* due;
  const char* message;
  // Companies
  const char* company;
  const char* status;
  const char* visits_column;     // held/expected
  const char* latest_pulse;
  const char* kpi_changes;
  const char* no_companies;
  const char* status_planned;
  const char* status_active;
  const char* status_completed;
  const char* status_withdrawn;
  const char* yes;
  const char* no;
  const char* none;              // an empty cell
  // The company report (report company)
  const char* company_title;
  const char* programme_line;
  const char* sector;
  const char* employees;
  const char* journey_start;
  const char* journey_planned_end;
  const char* current_phase;
  const char* journey_ended;
  const char* phases;
  const char* planned_start;
  const char* planned_end;
  const char* actual_start;
  const char* actual_end;
  const char* days_late;
  const char* forced_move;       // {0} phase, {1} the day it ended, {2} the reason
  const char* checklist;
  const char* checklist_not_started;
  const char* last_visit;
  const char* next_visit_due;
  const char* date;
  const char* note;
  const char* baseline;
  const char* latest;
  const char* change;
  const char* trend;
  const char* kpi_improved;
  const char* no_kpi_values;
  const char* scale;
  const char* mean;
  const char* no_assessments;
  const char* steering;
  const char* person;
  const char* role;
  const char* role_management;
  const char* role_union;
  const char* role_employee;
  const char* role_manager;
  const char* role_other;
  const char* steering_complete;
  const char* steering_missing_management;
  const char* steering_missing_union;
  const char* no_steering;
  const char* course_counting;
  const char* enrolled;
  const char* course_completed;
  const char* participant_enrolled;
  const char* participant_completed;
  const char* participant_dropped;
  const char* no_participants;
  const char* joint_attended;
  const char* gathering;
  const char* kind;
  const char* people;
  const char* kind_joint;
  const char* kind_seminar;
  const char* no_gatherings;
  // The company report's HTML page
  const char* at_a_glance;
  const char* card_visits;
  const char* card_course;
  const char* card_gatherings;
  const char* card_assessment;
  const char* journey_caption;
  const char* chart_planned;
  const char* chart_actual;
  const char* chart_late;
  const char* holiday_week;
  const char* holiday_days;       // a band of holiday days outside the holiday weeks
  const char* one_day_late;
  const char* days_late_count;   // {0} days, two or more
  const char* no_phase_entered;
  const char* visits_by_phase_caption;
  const char* pulse_caption;
  const char* checklist_done;    // {0} ticked, {1} items
  const char* check_done;
  const char* check_open;
  // Acknowledged findings (plift check ack)
  const char* acknowledged_findings;
  const char* rule;
  const char* finding;
  const char* reason;
  const char* acknowledged_on;
  const char* until;
  const char* until_taken_back;
};

const Labels& labels_for(Language language);

std::string status_label(const Labels& labels, CompanyStatus status);
std::string pulse_label(const Labels& labels, PulseStatus status);
std::string role_label(const Labels& labels, SteeringRole role);
std::string role_label(const Labels& labels, TrainingRole role);
std::string participant_status_label(const Labels& labels, TrainingStatus status);

// A number the way the language writes it: 12.5 in English, 12,5 in Swedish
// and Norwegian; a minus sign for negatives, no thousands separators.
std::string format_decimal(double value, int decimals, Language language);

// A measured value with as few decimals as it needs, up to two: 12, 10.5, 0.25
// (10,5 and 0,25 in Swedish and Norwegian).
std::string format_measured(double value, Language language);

// A percentage with one decimal, "12.5%" in English and "12,5 %" in Swedish
// and Norwegian; labels.none when absent. The signed form puts + before gains.
std::string format_percent(const std::optional<double>& value, Language language, const Labels& labels);
std::string format_signed_percent(const std::optional<double>& value, Language language, const Labels& labels);

}  // namespace plift::report
