#pragma once
// Reading and writing the programme's records. Only bound parameters; the
// caller holds a WriteTransaction around anything that writes.

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plift/core/coach.hpp"
#include "plift/core/date.hpp"
#include "plift/core/journey.hpp"
#include "plift/core/records.hpp"
#include "plift/store/database.hpp"

namespace plift::store {

class CachedStatement;

// Which companies a by-company loader reads: all of them, those in a phase
// now (active or planned), those active on a given day, or those active on
// some day of a period — what status views, reminders and reports need of a
// programme that has run for years. Any of them can be narrowed to a region.
struct CompanyScope {
  enum class Kind { all, in_a_phase, active_on, active_between };
  Kind kind = Kind::all;
  Date day{};   // active_on: the day; active_between: the period's last day
  Date from{};  // active_between: the period's first day
  std::optional<std::string> region;  // only this region's companies

  static CompanyScope all() { return {}; }
  static CompanyScope in_a_phase() { return {Kind::in_a_phase, Date{}, Date{}, std::nullopt}; }
  static CompanyScope active_on(Date d) { return {Kind::active_on, d, Date{}, std::nullopt}; }
  // Started by `to`, and neither completed nor withdrawn by `from`: active on
  // at least one day of [from, to] (a report's companies; a few that stopped
  // on their first day come along and are the caller's to leave out).
  static CompanyScope active_between(Date from, Date to) { return {Kind::active_between, to, from, std::nullopt}; }
  CompanyScope in_region(std::optional<std::string> name) const {
    CompanyScope narrowed = *this;
    narrowed.region = std::move(name);
    return narrowed;
  }
};

// Companies
std::optional<Company> find_company(Database& db, std::string_view key);
std::vector<std::string> company_keys(Database& db);
void insert_company(WriteTransaction& tx, const Company& company);
// The fields an update changes; the others keep what the database holds.
// An optional<optional<…>> set to nullopt inside clears the field.
struct CompanyChanges {
  std::optional<std::string> name;
  std::optional<std::optional<std::string>> org_number;
  std::optional<std::string> region;
  std::optional<std::string> sector;
  std::optional<int> employees;
  std::optional<Date> start;
  std::optional<std::optional<std::string>> coach;
  std::optional<std::optional<Date>> completed;
  std::optional<std::optional<Date>> withdrawn;
  std::optional<std::optional<std::string>> withdraw_reason;
};
void update_company(WriteTransaction& tx, std::string_view key, const CompanyChanges& changes);
// Every field of the company with this key, as an import row with --update gives them.
void replace_company(WriteTransaction& tx, const Company& company);

// What a company has recorded beyond its enrolment (the company and the
// phase it was enrolled in), as (what, how many) with only non-zero counts:
// "phases entered", "checklist ticks", "pulse meetings", "visits", "course
// participants", "attendance records", "steering-group members",
// "key-figure values", "assessments", "acknowledged findings".
std::vector<std::pair<std::string, std::int64_t>> company_record_counts(Database& db, std::string_view key);
// A second record where the company may have one: two pulse meetings on a
// day, or two visits on a day by the same coach (or both without one), as
// "two pulse meetings on 2026-05-01"; nothing when there is none.
std::optional<std::string> second_record(Database& db, std::string_view company);
// Removes the company and, by the schema's cascades, everything recorded for it.
void delete_company(WriteTransaction& tx, std::string_view key);

using plift::CompanyOverview;
// Every company with its open phase, ordered by key.
std::vector<CompanyOverview> list_companies(Database& db);
// The companies in scope, ordered by key (without the open phase).
std::vector<Company> companies_in_scope(Database& db, const CompanyScope& scope);

// Phase history, in the order entered.
std::vector<PhaseRecord> phase_history(Database& db, std::string_view company);
// Every company's phase history, by company key.
std::map<std::string, std::vector<PhaseRecord>> phase_histories_by_company(Database& db,
                                                                          const CompanyScope& scope = CompanyScope::all());
// seq is the 1-based position in the history.
void insert_phase(WriteTransaction& tx, std::string_view company, int seq, const PhaseRecord& record);
// For a company still in its first phase whose start moved.
void replace_first_phase(WriteTransaction& tx, std::string_view company, const PhaseRecord& record);
void close_phase(WriteTransaction& tx, std::string_view company, int seq, Date ended,
                 const std::optional<std::string>& forced_reason);

// Checklist
std::vector<ChecklistTick> checklist_ticks(Database& db, std::string_view company);
// Every tick of every company, by company key.
std::map<std::string, std::vector<ChecklistTick>> checklist_ticks_by_company(Database& db,
                                                                           const CompanyScope& scope = CompanyScope::all());
// False when the item was already ticked (nothing changes).
bool insert_tick(WriteTransaction& tx, std::string_view company, const ChecklistTick& tick);
// False when the item was not ticked.
bool delete_tick(WriteTransaction& tx, std::string_view company, std::string_view phase,
                 std::string_view item);

// Pulse meetings
using PulseEntry = Pulse;
using plift::PulseFilter;
void insert_pulse(WriteTransaction& tx, const PulseEntry& entry);  // an id of 0: SQLite chooses one
std::optional<PulseEntry> find_pulse(Database& db, std::int64_t id);
// The company's first pulse meeting on that day, if any.
std::optional<PulseEntry> find_pulse_on(Database& db, std::string_view company, Date date);
// Writes every field of the pulse meeting with entry.id.
void rewrite_pulse(WriteTransaction& tx, const PulseEntry& entry);
// Every pulse meeting in scope, by company key, oldest first.
std::map<std::string, std::vector<PulseEntry>> pulses_by_company(Database& db,
                                                                 const CompanyScope& scope = CompanyScope::all());
// Ordered by date, then company, then the order logged.
std::vector<PulseEntry> list_pulses(Database& db, const PulseFilter& filter);

// Coaches
std::optional<Coach> find_coach(Database& db, std::string_view key);
std::vector<Coach> list_coaches(Database& db);
std::vector<std::string> coach_keys(Database& db);
void insert_coach(WriteTransaction& tx, const Coach& coach);
struct CoachChanges {
  std::optional<std::string> name;
  std::optional<std::string> organisation;
  std::optional<std::optional<std::string>> email;
  std::optional<std::optional<std::string>> region;
};
void update_coach(WriteTransaction& tx, std::string_view key, const CoachChanges& changes);
void replace_coach(WriteTransaction& tx, const Coach& coach);

// For imports.
// One prepared INSERT for every pulse of a large file.
class PulseInserter {
 public:
  explicit PulseInserter(WriteTransaction& tx);
  PulseInserter(const PulseInserter&) = delete;
  PulseInserter& operator=(const PulseInserter&) = delete;
  ~PulseInserter();
  void insert(const PulseEntry& entry);

 private:
  std::unique_ptr<CachedStatement> insert_;
};
void delete_phase_history(WriteTransaction& tx, std::string_view company);

}  // namespace plift::store
