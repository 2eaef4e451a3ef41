#include "plift/store/company_records.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include <map>

#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

namespace plift::store {

namespace {

template <typename Value>
Value take(std::map<std::string, Value>& grouped, const std::string& key) {
  auto it = grouped.find(key);
  if (it == grouped.end()) return Value{};
  return std::move(it->second);
}

}  // namespace

CompanyRecords load_company_records(Database& db, const Company& company) {
  CompanyRecords r;
  r.company = company;
  r.history = phase_history(db, company.key);
  r.ticks = checklist_ticks(db, company.key);
  VisitFilter visits;
  visits.company = company.key;
  r.visits = list_visits(db, visits);
  PulseFilter pulses;
  pulses.company = company.key;
  r.pulses = list_pulses(db, pulses);
  r.participants = list_participants(db, company.key);
  r.steering = steering_group(db, company.key);
  r.gatherings = gatherings_attended(db, company.key);
  r.kpi_values = list_kpi_values(db, company.key);
  r.assessments = list_assessments(db, company.key);
  return r;
}

std::vector<CompanyRecords> load_all_company_records(Database& db, const CompanyScope& scope) {
  // Every table is read only for the companies in scope.
  auto histories = phase_histories_by_company(db, scope);
  auto ticks = checklist_ticks_by_company(db, scope);
  auto visits = visits_by_company(db, scope);
  auto pulses = pulses_by_company(db, scope);
  auto participants = participants_by_company(db, scope);
  auto steering = steering_groups(db, scope);
  auto gatherings = gatherings_attended_by_company(db, scope);
  auto kpi_values = kpi_values_by_company(db, scope);
  auto assessments = assessments_by_company(db, scope);
  std::vector<CompanyRecords> all;
  for (Company& company : companies_in_scope(db, scope)) {
    CompanyRecords r;
    r.company = std::move(company);
    const std::string& key = r.company.key;
    r.history = take(histories, key);
    r.ticks = take(ticks, key);
    r.visits = take(visits, key);
    r.pulses = take(pulses, key);
    r.participants = take(participants, key);
    r.steering = take(steering, key);
    r.gatherings = take(gatherings, key);
    r.kpi_values = take(kpi_values, key);
    r.assessments = take(assessments, key);
    all.push_back(std::move(r));
  }
  return all;
}

}  // namespace plift::store
