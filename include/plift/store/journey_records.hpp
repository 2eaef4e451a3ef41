#pragma once
// Reading and writing visits, course participants, gatherings, steering
// groups, key figures and assessments. Only bound parameters; callers hold a
// WriteTransaction around anything that writes. Lists come ordered by date
// (then company, then the order recorded) unless said otherwise.

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plift/core/records.hpp"
#include "plift/store/database.hpp"
#include "plift/store/records.hpp"

namespace plift::store {

// Visits
using plift::VisitFilter;
void insert_visit(WriteTransaction& tx, const Visit& visit);
std::vector<Visit> list_visits(Database& db, const VisitFilter& filter);
// Every visit, by company key (for rules over the whole programme).
std::map<std::string, std::vector<Visit>> visits_by_company(Database& db, const CompanyScope& scope = CompanyScope::all());

// Lean-course participants, keyed by (company, person)
std::optional<TrainingParticipant> find_participant(Database& db, std::string_view company, std::string_view person);
void insert_participant(WriteTransaction& tx, const TrainingParticipant& participant);
// Writes every field of the participant with participant.id.
void update_participant(WriteTransaction& tx, const TrainingParticipant& participant);
// All, or one company's; ordered by company, enrolled date, person.
std::vector<TrainingParticipant> list_participants(Database& db, std::optional<std::string_view> company);
std::map<std::string, std::vector<TrainingParticipant>> participants_by_company(Database& db);

// Gatherings and seminars, with their attendance
std::optional<Gathering> find_gathering(Database& db, std::string_view key);
std::vector<std::string> gathering_keys(Database& db);
void insert_gathering(WriteTransaction& tx, const Gathering& gathering);  // attendance is not written
// Ordered by date, then key; each with its attendance.
std::vector<Gathering> list_gatherings(Database& db);
// Adds or replaces one attendance row: by company, by guest name, or (with
// neither) adds an anonymous head count. Returns true when it replaced a row.
bool upsert_attendance(WriteTransaction& tx, std::string_view gathering, const Attendance& attendance);
// Gatherings (with only this company's attendance row) a company attended.
std::vector<Gathering> gatherings_attended(Database& db, std::string_view company);
// Number of joint gatherings attended, by company key.
std::map<std::string, int> joint_gatherings_attended(Database& db);

// Steering groups
std::vector<SteeringMember> steering_group(Database& db, std::string_view company);
std::map<std::string, std::vector<SteeringMember>> steering_groups(Database& db);
// Adds the person, or changes their role; returns true when it changed a role.
bool upsert_steering_member(WriteTransaction& tx, const SteeringMember& member);

// Key figures: one value per company, KPI and day
// Returns the value it replaced, if any.
std::optional<double> upsert_kpi_value(WriteTransaction& tx, const KpiValue& value);
// All, or one company's; ordered by company, kpi, date.
std::vector<KpiValue> list_kpi_values(Database& db, std::optional<std::string_view> company);

// Lean status assessments: one per company and day
// Returns the assessment's id: its own when set, else the next free one.
std::int64_t insert_assessment(WriteTransaction& tx, const Assessment& assessment);
// All, or one company's; ordered by company, date.
std::vector<Assessment> list_assessments(Database& db, std::optional<std::string_view> company);

// ---- Scoped loaders (for load_all_company_records and reports) ----
// The records of the companies in scope only, by company key, each company's
// in the order its unscoped loader gives.
std::map<std::string, std::vector<TrainingParticipant>> participants_by_company(Database& db,
                                                                                const CompanyScope& scope);
std::map<std::string, std::vector<SteeringMember>> steering_groups(Database& db, const CompanyScope& scope);
// Each with only the company's own attendance row, by date and key (as gatherings_attended).
std::map<std::string, std::vector<Gathering>> gatherings_attended_by_company(Database& db,
                                                                            const CompanyScope& scope);
std::map<std::string, std::vector<KpiValue>> kpi_values_by_company(Database& db, const CompanyScope& scope);
std::map<std::string, std::vector<Assessment>> assessments_by_company(Database& db, const CompanyScope& scope);
// The gatherings on the days of [from, to], by date and key, each with all its attendance.
std::vector<Gathering> list_gatherings_between(Database& db, Date from, Date to);

// ---------------------------------------------------------------------------
// For `plift import --update` (src/cli/transfer_journey.cpp): replacing a
// record that a row names by its key.

// Writes mode and note of the visit to visit.company on visit.date by
// visit.coach (or without a coach); false when there is no such visit.
bool update_visit(WriteTransaction& tx, const Visit& visit);
// Writes title, date, location and kind of the gathering with this key
// (its attendance stays).
void update_gathering(WriteTransaction& tx, const Gathering& gathering);
std::optional<double> find_kpi_value(Database& db, std::string_view company, std::string_view kpi, Date date);
// Removes every score of the company's assessment on that day.
void delete_assessment(WriteTransaction& tx, std::string_view company, Date date);

// ---------------------------------------------------------------------------
// Correcting a record by its stable id (`edit ID`, `remove ID`). A find
// returns nothing for an unknown id; a rewrite writes every field of the
// record with that id (its id never changes).

std::optional<Visit> find_visit(Database& db, std::int64_t id);
void rewrite_visit(WriteTransaction& tx, const Visit& visit);
std::optional<TrainingParticipant> find_participant(Database& db, std::int64_t id);
std::optional<SteeringMember> find_steering_member(Database& db, std::int64_t id);
std::optional<SteeringMember> find_steering_member(Database& db, std::string_view company, std::string_view person);
void rewrite_steering_member(WriteTransaction& tx, const SteeringMember& member);
std::optional<KpiValue> find_kpi_value(Database& db, std::int64_t id);
void rewrite_kpi_value(WriteTransaction& tx, const KpiValue& value);
std::optional<Assessment> find_assessment(Database& db, std::int64_t id);
// The id of the company's assessment on that day, if any.
std::optional<std::int64_t> assessment_on(Database& db, std::string_view company, Date date);
// Writes the company, day and each score given of the assessment with this id
// (each dimension must have a score already).
void rewrite_assessment(WriteTransaction& tx, const Assessment& assessment);
struct AttendanceRow {
  std::string gathering;  // the gathering's key
  Attendance attendance;
};
std::optional<AttendanceRow> find_attendance(Database& db, std::int64_t id);
void rewrite_attendance(WriteTransaction& tx, const AttendanceRow& row);
bool record_exists(Database& db, RecordKind kind, std::int64_t id);
// Removes the record of this kind with this id (an assessment with all its
// scores); false when there is none.
bool delete_record(WriteTransaction& tx, RecordKind kind, std::int64_t id);

}  // namespace plift::store
