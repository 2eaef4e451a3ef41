// Steering groups: the steering_member table, one row per company and person.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "plift/core/error.hpp"
#include "connection.hpp"
#include "plift/store/journey_records.hpp"
#include "sql_values.hpp"

namespace plift::store {

namespace {

// Management first, then union, then employees: the order a coordinator
// reads a group in, checking the two roles the programme requires.
constexpr const char* member_order =
    "ORDER BY company, CASE role WHEN 'management' THEN 0 WHEN 'union' THEN 1 ELSE 2 END, person";

SteeringMember read_member(SQLite::Statement& stmt) {
  SteeringMember m;
  m.company = stmt.getColumn(0).getString();
  m.person = stmt.getColumn(1).getString();
  std::string role = stmt.getColumn(2).getString();
  auto parsed = parse_steering_role(role);
  if (!parsed) throw DataError(fmt::format("the database holds an unknown steering-group role '{}'", role));
  m.role = *parsed;
  m.id = stmt.getColumn(3).getInt64();
  return m;
}

}  // namespace

std::optional<SteeringMember> find_steering_member(Database& db, std::string_view company, std::string_view person) {
  CachedStatement stmt_cached(db,
                              "SELECT company, person, role, id FROM steering_member WHERE company = ? AND person = ?");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, std::string(company));
  stmt.bind(2, std::string(person));
  if (!stmt.executeStep()) return std::nullopt;
  return read_member(stmt);
}

std::optional<SteeringMember> find_steering_member(Database& db, std::int64_t id) {
  CachedStatement stmt_cached(db, "SELECT company, person, role, id FROM steering_member WHERE id = ?");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, id);
  if (!stmt.executeStep()) return std::nullopt;
  return read_member(stmt);
}

void rewrite_steering_member(WriteTransaction& tx, const SteeringMember& member) {
  CachedStatement stmt_cached(tx.database(),
                              "UPDATE steering_member SET company = ?, person = ?, role = ? WHERE id = ?");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, member.company);
  stmt.bind(2, member.person);
  stmt.bind(3, to_string(member.role));
  stmt.bind(4, member.id);
  if (stmt.exec() != 1) throw InternalError(fmt::format("steering-group member #{} vanished while updating", member.id));
}

std::vector<SteeringMember> steering_group(Database& db, std::string_view company) {
  CachedStatement stmt_cached(db,
                              fmt::format("SELECT company, person, role, id FROM steering_member WHERE company = ? {}",
                                          member_order));
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, std::string(company));
  std::vector<SteeringMember> members;
  while (stmt.executeStep()) members.push_back(read_member(stmt));
  return members;
}

std::map<std::string, std::vector<SteeringMember>> steering_groups(Database& db) {
  return steering_groups(db, CompanyScope::all());
}

std::map<std::string, std::vector<SteeringMember>> steering_groups(Database& db, const CompanyScope& scope) {
  CachedStatement stmt_cached(db, fmt::format("SELECT company, person, role, id FROM steering_member WHERE {} {}",
                                              scope_condition(scope), member_order));
  SQLite::Statement& stmt = *stmt_cached;
  bind_scope(stmt, scope);
  std::map<std::string, std::vector<SteeringMember>> groups;
  auto group = groups.end();
  while (stmt.executeStep()) {
    SteeringMember member = read_member(stmt);
    group_of(groups, group, member.company).push_back(std::move(member));
  }
  return groups;
}

bool upsert_steering_member(WriteTransaction& tx, const SteeringMember& member) {
  Database& db = tx.database();
  std::optional<SteeringMember> before = find_steering_member(db, member.company, member.person);
  if (before && before->role == member.role) return false;
  CachedStatement stmt_cached(db, before ? "UPDATE steering_member SET role = ?3 WHERE company = ?1 AND person = ?2"
                                         : "INSERT INTO steering_member (company, person, role, id) VALUES (?1, ?2, ?3, ?4)");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, member.company);
  stmt.bind(2, member.person);
  stmt.bind(3, to_string(member.role));
  if (!before) bind_id(stmt, 4, member.id);
  stmt.exec();
  return before.has_value();
}


}  // namespace plift::store
