#include "plift/app/listings.hpp"

#include "plift/app/checks.hpp"
#include "plift/store/company_records.hpp"
#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "plift/store/records.hpp"

namespace plift::app {

namespace {

// Runs `read` on one snapshot of the database.
template <typename Read>
auto snapshot(Session& session, const Read& read) {
  store::ReadTransaction tx(session.database());
  return read(session.database());
}

}  // namespace

std::vector<CompanyOverview> list_companies(Session& session) {
  return snapshot(session, [](store::Database& db) { return store::list_companies(db); });
}

std::vector<Coach> list_coaches(Session& session) {
  return snapshot(session, [](store::Database& db) { return store::list_coaches(db); });
}

std::optional<Coach> find_coach(Session& session, const std::string& key) {
  return snapshot(session, [&](store::Database& db) { return store::find_coach(db, key); });
}

std::vector<Pulse> list_pulses(Session& session, const PulseFilter& filter) {
  return snapshot(session, [&](store::Database& db) { return store::list_pulses(db, filter); });
}

std::vector<Visit> list_visits(Session& session, const VisitFilter& filter) {
  return snapshot(session, [&](store::Database& db) { return store::list_visits(db, filter); });
}

std::vector<TrainingParticipant> list_participants(Session& session, const std::optional<std::string>& company) {
  return snapshot(session, [&](store::Database& db) {
    return company ? store::list_participants(db, *company) : store::list_participants(db, std::nullopt);
  });
}

std::map<std::string, std::vector<TrainingParticipant>> participants_by_company(Session& session) {
  return snapshot(session, [](store::Database& db) { return store::participants_by_company(db); });
}

std::vector<Gathering> list_gatherings(Session& session) {
  return snapshot(session, [](store::Database& db) { return store::list_gatherings(db); });
}

std::map<std::string, int> joint_gatherings_attended(Session& session) {
  return snapshot(session, [](store::Database& db) { return store::joint_gatherings_attended(db); });
}

std::vector<Gathering> gatherings_attended(Session& session, const std::string& company) {
  return snapshot(session, [&](store::Database& db) { return store::gatherings_attended(db, company); });
}

std::vector<SteeringMember> steering_group(Session& session, const std::string& company) {
  return snapshot(session, [&](store::Database& db) { return store::steering_group(db, company); });
}

std::map<std::string, std::vector<SteeringMember>> steering_groups(Session& session) {
  return snapshot(session, [](store::Database& db) { return store::steering_groups(db); });
}

std::vector<KpiValue> list_kpi_values(Session& session, const std::optional<std::string>& company) {
  return snapshot(session, [&](store::Database& db) {
    return company ? store::list_kpi_values(db, *company) : store::list_kpi_values(db, std::nullopt);
  });
}

std::vector<Assessment> list_assessments(Session& session, const std::optional<std::string>& company) {
  return snapshot(session, [&](store::Database& db) {
    return company ? store::list_assessments(db, *company) : store::list_assessments(db, std::nullopt);
  });
}

CompanyRecords company_records(Session& session, const Company& company) {
  return snapshot(session, [&](store::Database& db) { return store::load_company_records(db, company); });
}

std::vector<CompanyRecords> all_company_records(Session& session) {
  return snapshot(session, [](store::Database& db) { return store::load_all_company_records(db); });
}

std::vector<CompanyRecords> company_records_active_on(Session& session, Date day) {
  return snapshot(session, [&](store::Database& db) {
    return store::load_all_company_records(db, store::CompanyScope::active_on(day));
  });
}

ShownCompany show_company(Session& session, const std::string& key) {
  store::ReadTransaction snapshot(session.database());
  Company company = require_company(session, key);
  ShownCompany shown{store::load_company_records(session.database(), company), std::nullopt, {}};
  if (company.coach) shown.coach = store::find_coach(session.database(), *company.coach);
  shown.summary = summarize_company(session.program(), shown.records, session.today());
  return shown;
}

std::vector<std::string> company_keys(Session& session) {
  return snapshot(session, [](store::Database& db) { return store::company_keys(db); });
}

std::vector<std::string> coach_keys(Session& session) {
  return snapshot(session, [](store::Database& db) { return store::coach_keys(db); });
}

std::vector<std::string> gathering_keys(Session& session) {
  return snapshot(session, [](store::Database& db) { return store::gathering_keys(db); });
}

}  // namespace plift::app
