// Lean-course participants: the training table, one row per company and person.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "plift/core/error.hpp"
#include "connection.hpp"
#include "plift/store/journey_records.hpp"
#include "sql_values.hpp"

namespace plift::store {

namespace {

constexpr const char* participant_columns = "company, person, role, enrolled, completed, dropped, id";

TrainingParticipant read_participant(SQLite::Statement& stmt) {
  TrainingParticipant p;
  p.company = stmt.getColumn(0).getString();
  p.person = stmt.getColumn(1).getString();
  std::string role = stmt.getColumn(2).getString();
  auto parsed_role = parse_training_role(role);
  if (!parsed_role) throw DataError(fmt::format("the database holds an unknown course role '{}'", role));
  p.role = *parsed_role;
  p.enrolled = date_column(stmt.getColumn(3));
  p.completed = optional_date(stmt.getColumn(4));
  p.dropped = optional_date(stmt.getColumn(5));
  p.id = stmt.getColumn(6).getInt64();
  return p;
}

// Parameters 1..7 in participant_columns order.
void bind_participant(SQLite::Statement& stmt, const TrainingParticipant& p) {
  stmt.bind(1, p.company);
  stmt.bind(2, p.person);
  stmt.bind(3, to_string(p.role));
  stmt.bind(4, format_date(p.enrolled));
  bind_optional(stmt, 5, p.completed);
  bind_optional(stmt, 6, p.dropped);
  bind_id(stmt, 7, p.id);
}

}  // namespace

std::optional<TrainingParticipant> find_participant(Database& db, std::string_view company, std::string_view person) {
  CachedStatement stmt_cached(
      db, fmt::format("SELECT {} FROM training WHERE company = ? AND person = ?", participant_columns));
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, std::string(company));
  stmt.bind(2, std::string(person));
  if (!stmt.executeStep()) return std::nullopt;
  return read_participant(stmt);
}

void insert_participant(WriteTransaction& tx, const TrainingParticipant& participant) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db, fmt::format("INSERT INTO training ({}) VALUES (?,?,?,?,?,?,?)", participant_columns));
  SQLite::Statement& stmt = *stmt_cached;
  bind_participant(stmt, participant);
  stmt.exec();
}

void update_participant(WriteTransaction& tx, const TrainingParticipant& participant) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db,
                              "UPDATE training SET company = ?1, person = ?2, role = ?3, enrolled = ?4, "
                              "completed = ?5, dropped = ?6 WHERE id = ?7");
  SQLite::Statement& stmt = *stmt_cached;
  bind_participant(stmt, participant);
  if (stmt.exec() != 1) {
    throw InternalError(fmt::format("course participant '{}' of '{}' vanished while updating", participant.person,
                                    participant.company));
  }
}

std::optional<TrainingParticipant> find_participant(Database& db, std::int64_t id) {
  CachedStatement stmt_cached(db, fmt::format("SELECT {} FROM training WHERE id = ?", participant_columns));
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, id);
  if (!stmt.executeStep()) return std::nullopt;
  return read_participant(stmt);
}

std::vector<TrainingParticipant> list_participants(Database& db, std::optional<std::string_view> company) {
  // Two statements, not "?1 IS NULL OR company = ?1": that condition keeps
  // SQLite off the primary key, and a lookup per import row became a scan.
  CachedStatement stmt_cached(db, fmt::format("SELECT {} FROM training {}ORDER BY company, enrolled, person",
                                              participant_columns, company ? "WHERE company = ? " : ""));
  SQLite::Statement& stmt = *stmt_cached;
  if (company) stmt.bind(1, std::string(*company));
  std::vector<TrainingParticipant> participants;
  while (stmt.executeStep()) participants.push_back(read_participant(stmt));
  return participants;
}

std::map<std::string, std::vector<TrainingParticipant>> participants_by_company(Database& db) {
  return participants_by_company(db, CompanyScope::all());
}

std::map<std::string, std::vector<TrainingParticipant>> participants_by_company(Database& db,
                                                                                const CompanyScope& scope) {
  CachedStatement stmt_cached(db, fmt::format("SELECT {} FROM training WHERE {} ORDER BY company, enrolled, person",
                                              participant_columns, scope_condition(scope)));
  SQLite::Statement& stmt = *stmt_cached;
  bind_scope(stmt, scope);
  std::map<std::string, std::vector<TrainingParticipant>> by_company;
  auto group = by_company.end();
  while (stmt.executeStep()) {
    TrainingParticipant participant = read_participant(stmt);
    group_of(by_company, group, participant.company).push_back(std::move(participant));
  }
  return by_company;
}

}  // namespace plift::store
