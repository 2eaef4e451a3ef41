#pragma once
// What the listing and showing commands read: each call reads one consistent
// snapshot of the database. Ordered as the store gives them: by key, or by
// date (then company, then the order recorded).

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "plift/app/session.hpp"
#include "plift/core/coach.hpp"
#include "plift/core/company_summary.hpp"
#include "plift/core/company_view.hpp"
#include "plift/core/journey.hpp"
#include "plift/core/records.hpp"

namespace plift::app {

// Every company with its open phase, ordered by key.
std::vector<CompanyOverview> list_companies(Session& session);
std::vector<Coach> list_coaches(Session& session);
std::optional<Coach> find_coach(Session& session, const std::string& key);

std::vector<Pulse> list_pulses(Session& session, const PulseFilter& filter);
std::vector<Visit> list_visits(Session& session, const VisitFilter& filter);

// All, or one company's; ordered by company, enrolled date, person.
std::vector<TrainingParticipant> list_participants(Session& session, const std::optional<std::string>& company);
std::map<std::string, std::vector<TrainingParticipant>> participants_by_company(Session& session);

// Ordered by date, then key; each with its attendance.
std::vector<Gathering> list_gatherings(Session& session);
// Number of joint gatherings attended, by company key.
std::map<std::string, int> joint_gatherings_attended(Session& session);
// The gatherings a company attended, each with only its own attendance row.
std::vector<Gathering> gatherings_attended(Session& session, const std::string& company);

std::vector<SteeringMember> steering_group(Session& session, const std::string& company);
std::map<std::string, std::vector<SteeringMember>> steering_groups(Session& session);

// All, or one company's; ordered by company, KPI, date.
std::vector<KpiValue> list_kpi_values(Session& session, const std::optional<std::string>& company);
// All, or one company's; ordered by company, date.
std::vector<Assessment> list_assessments(Session& session, const std::optional<std::string>& company);

// Everything recorded about one company, or about every company (ordered by
// key), or about those active on `day`.
CompanyRecords company_records(Session& session, const Company& company);
std::vector<CompanyRecords> all_company_records(Session& session);
std::vector<CompanyRecords> company_records_active_on(Session& session, Date day);

// plift company show: the company's records, its coach and what they add up
// to today, from one snapshot.
struct ShownCompany {
  CompanyRecords records;
  std::optional<Coach> coach;
  CompanySummary summary;
};
ShownCompany show_company(Session& session, const std::string& key);

// The keys in use, for completion and "did you mean".
std::vector<std::string> company_keys(Session& session);
std::vector<std::string> coach_keys(Session& session);
std::vector<std::string> gathering_keys(Session& session);

}  // namespace plift::app
