#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "plift/core/error.hpp"
#include "connection.hpp"
#include "plift/store/journey_records.hpp"
#include "sql_values.hpp"

namespace plift::store {

namespace {

constexpr const char* visit_columns = "company, date, coach, mode, note, id";

Visit read_visit(SQLite::Statement& stmt) {
  Visit v;
  v.company = stmt.getColumn(0).getString();
  v.date = date_column(stmt.getColumn(1));
  v.coach = optional_text(stmt.getColumn(2));
  std::string mode = stmt.getColumn(3).getString();
  auto parsed = parse_visit_mode(mode);
  if (!parsed) throw DataError(fmt::format("the database holds an unknown visit mode '{}'", mode));
  v.mode = *parsed;
  v.note = optional_text(stmt.getColumn(4));
  v.id = stmt.getColumn(5).getInt64();
  return v;
}

// Parameters 1..6 in visit_columns order; an id of 0 binds NULL, so SQLite chooses one.
void bind_visit(SQLite::Statement& stmt, const Visit& visit) {
  stmt.bind(1, visit.company);
  stmt.bind(2, format_date(visit.date));
  bind_optional(stmt, 3, visit.coach);
  stmt.bind(4, to_string(visit.mode));
  bind_optional(stmt, 5, visit.note);
  bind_id(stmt, 6, visit.id);
}

}  // namespace

void insert_visit(WriteTransaction& tx, const Visit& visit) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db, "INSERT INTO visit (company, date, coach, mode, note, id) VALUES (?,?,?,?,?,?)");
  SQLite::Statement& stmt = *stmt_cached;
  bind_visit(stmt, visit);
  stmt.exec();
}

std::optional<Visit> find_visit(Database& db, std::int64_t id) {
  CachedStatement stmt_cached(db, fmt::format("SELECT {} FROM visit WHERE id = ?", visit_columns));
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, id);
  if (!stmt.executeStep()) return std::nullopt;
  return read_visit(stmt);
}

void rewrite_visit(WriteTransaction& tx, const Visit& visit) {
  CachedStatement stmt_cached(tx.database(),
                              "UPDATE visit SET company = ?1, date = ?2, coach = ?3, mode = ?4, note = ?5 WHERE id = ?6");
  SQLite::Statement& stmt = *stmt_cached;
  bind_visit(stmt, visit);
  if (stmt.exec() != 1) throw InternalError(fmt::format("visit #{} vanished while updating", visit.id));
}

std::vector<Visit> list_visits(Database& db, const VisitFilter& filter) {
  Conditions conditions;
  conditions.add("company = ?", filter.company);
  conditions.add("coach = ?", filter.coach);
  conditions.add("date >= ?", filter.since);
  conditions.add("date <= ?", filter.until);
  CachedStatement stmt_cached(db, fmt::format("SELECT {} FROM visit {} ORDER BY date, company, id", visit_columns,
                                              conditions.where()));
  SQLite::Statement& stmt = *stmt_cached;
  conditions.bind(stmt);
  std::vector<Visit> visits;
  while (stmt.executeStep()) visits.push_back(read_visit(stmt));
  return visits;
}

std::map<std::string, std::vector<Visit>> visits_by_company(Database& db, const CompanyScope& scope) {
  CachedStatement stmt_cached(db, fmt::format("SELECT {} FROM visit WHERE {} ORDER BY company, date, id",
                                              visit_columns, scope_condition(scope)));
  SQLite::Statement& stmt = *stmt_cached;
  bind_scope(stmt, scope);
  std::map<std::string, std::vector<Visit>> visits;
  // Rows come grouped by company in the map's own order: a new group goes at
  // the end instead of being looked up row by row.
  auto group = visits.end();
  while (stmt.executeStep()) {
    Visit visit = read_visit(stmt);
    if (group == visits.end() || group->first != visit.company) {
      group = visits.emplace_hint(visits.end(), visit.company, std::vector<Visit>{});
    }
    group->second.push_back(std::move(visit));
  }
  return visits;
}

// ---------------------------------------------------------------------------
// For `plift import --update`.

bool update_visit(WriteTransaction& tx, const Visit& visit) {
  Database& db = tx.database();
  // IS, not =: a visit without a coach is matched by a NULL coach.
  CachedStatement stmt_cached(db,
                              "UPDATE visit SET mode = ?, note = ? WHERE company = ? AND date = ? AND coach IS ?");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, to_string(visit.mode));
  bind_optional(stmt, 2, visit.note);
  stmt.bind(3, visit.company);
  stmt.bind(4, format_date(visit.date));
  bind_optional(stmt, 5, visit.coach);
  return stmt.exec() > 0;
}

}  // namespace plift::store
