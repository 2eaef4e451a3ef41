#pragma once
// Everything recorded about one company, and what the programme's rules make
// of it: the dated timeline and the findings `plift check` reports.

#include <optional>
#include <string>
#include <vector>

#include "plift/core/journey.hpp"
#include "plift/core/program.hpp"
#include "plift/core/records.hpp"

namespace plift {

struct CompanyRecords {
  Company company;
  std::vector<PhaseRecord> history;
  std::vector<ChecklistTick> ticks;
  std::vector<Visit> visits;
  std::vector<Pulse> pulses;
  std::vector<TrainingParticipant> participants;
  std::vector<SteeringMember> steering;
  std::vector<Gathering> gatherings;  // those attended, each with this company's row only
  std::vector<KpiValue> kpi_values;
  std::vector<Assessment> assessments;
};

struct TimelineEvent {
  Date date;
  std::string kind;  // phase, checklist, visit, pulse, training, gathering, kpi, assessment
  std::string text;
};

// Every dated event, oldest first; events of one day keep the journey's order
// (phase moves first).
std::vector<TimelineEvent> build_timeline(const Program& program, const CompanyRecords& records);

struct Finding {
  std::string company;
  std::string rule;     // e.g. "visit-overdue"
  Date date;            // the day the rule was broken (or fell due)
  std::string message;  // one sentence
};

// Records dated outside the company's journey (rule event-outside-journey).
std::vector<Finding> records_outside_journey(const CompanyRecords& records);

// The rule names `plift check` uses, in the order it reports them.
const std::vector<std::string>& check_rules();

// The programme's rules over one company on `today`:
//   event-outside-journey  a record dated before the start or after the end of the journey
//   steering-incomplete    an active company's steering group lacks management or union
//   training-quota         past phase 1 with fewer course participants than the quota
//   phase-overdue          the current phase is past its planned end
//   visit-overdue          no coach visit within the cadence plus grace days
//   pulse-gap              no pulse meeting for longer than pulse.every_days (holiday weeks not counted)
//   gathering-behind       fewer joint gatherings attended than the journey so far calls for
std::vector<Finding> check_company(const Program& program, const CompanyRecords& records, Date today);

}  // namespace plift
