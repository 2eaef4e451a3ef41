#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "plift/core/error.hpp"
#include "connection.hpp"
#include "plift/store/journey_records.hpp"
#include "sql_values.hpp"

namespace plift::store {

namespace {

constexpr const char* gathering_columns = "g.key, g.title, g.date, g.location, g.kind";

// Reads the five gathering_columns starting at column 0.
Gathering read_gathering(SQLite::Statement& stmt) {
  Gathering g;
  g.key = stmt.getColumn(0).getString();
  g.title = stmt.getColumn(1).getString();
  g.date = date_column(stmt.getColumn(2));
  g.location = optional_text(stmt.getColumn(3));
  std::string kind = stmt.getColumn(4).getString();
  auto parsed = parse_gathering_kind(kind);
  if (!parsed) throw DataError(fmt::format("the database holds an unknown gathering kind '{}'", kind));
  g.kind = *parsed;
  return g;
}

// Reads company, guest, people and id starting at column `first`.
Attendance read_attendance(SQLite::Statement& stmt, int first) {
  Attendance a;
  a.company = optional_text(stmt.getColumn(first));
  a.guest = optional_text(stmt.getColumn(first + 1));
  a.people = stmt.getColumn(first + 2).getInt();
  a.id = stmt.getColumn(first + 3).getInt64();
  return a;
}

// Replaces the head count of the row whose `column` (company or guest) is
// `name`; false when there is no such row.
bool replace_people(Database& db, std::string_view gathering, const char* column, const std::string& name,
                    int people) {
  CachedStatement stmt_cached(db,
                              fmt::format("UPDATE attendance SET people = ? WHERE gathering = ? AND {} = ?", column));
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, people);
  stmt.bind(2, std::string(gathering));
  stmt.bind(3, name);
  return stmt.exec() == 1;
}

}  // namespace

std::optional<Gathering> find_gathering(Database& db, std::string_view key) {
  CachedStatement stmt_cached(db, fmt::format("SELECT {} FROM gathering g WHERE g.key = ?", gathering_columns));
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, std::string(key));
  if (!stmt.executeStep()) return std::nullopt;
  Gathering gathering = read_gathering(stmt);
  CachedStatement attendance_cached(db,
                                    "SELECT company, guest, people, id FROM attendance WHERE gathering = ? ORDER BY id");
  SQLite::Statement& attendance = *attendance_cached;
  attendance.bind(1, gathering.key);
  while (attendance.executeStep()) gathering.attendance.push_back(read_attendance(attendance, 0));
  return gathering;
}

std::vector<std::string> gathering_keys(Database& db) {
  CachedStatement stmt_cached(db, "SELECT key FROM gathering ORDER BY key");
  SQLite::Statement& stmt = *stmt_cached;
  std::vector<std::string> keys;
  while (stmt.executeStep()) keys.push_back(stmt.getColumn(0).getString());
  return keys;
}

void insert_gathering(WriteTransaction& tx, const Gathering& gathering) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db, "INSERT INTO gathering (key, title, date, location, kind) VALUES (?,?,?,?,?)");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, gathering.key);
  stmt.bind(2, gathering.title);
  stmt.bind(3, format_date(gathering.date));
  bind_optional(stmt, 4, gathering.location);
  stmt.bind(5, to_string(gathering.kind));
  stmt.exec();
}

std::vector<Gathering> list_gatherings(Database& db) {
  CachedStatement stmt_cached(db,
                              fmt::format("SELECT {} FROM gathering g ORDER BY g.date, g.key", gathering_columns));
  SQLite::Statement& stmt = *stmt_cached;
  std::vector<Gathering> gatherings;
  std::map<std::string, std::size_t> index_of;
  while (stmt.executeStep()) {
    gatherings.push_back(read_gathering(stmt));
    index_of[gatherings.back().key] = gatherings.size() - 1;
  }
  CachedStatement attendance_cached(db, "SELECT gathering, company, guest, people, id FROM attendance ORDER BY id");
  SQLite::Statement& attendance = *attendance_cached;
  while (attendance.executeStep()) {
    auto found = index_of.find(attendance.getColumn(0).getString());
    if (found != index_of.end()) gatherings[found->second].attendance.push_back(read_attendance(attendance, 1));
  }
  return gatherings;
}

bool upsert_attendance(WriteTransaction& tx, std::string_view gathering, const Attendance& attendance) {
  Database& db = tx.database();
  if (attendance.company && attendance.guest) {
    throw InternalError("an attendance row names both an enrolled company and a guest");
  }
  if (attendance.company && replace_people(db, gathering, "company", *attendance.company, attendance.people)) {
    return true;
  }
  if (attendance.guest && replace_people(db, gathering, "guest", *attendance.guest, attendance.people)) {
    return true;
  }
  CachedStatement stmt_cached(db, "INSERT INTO attendance (gathering, company, guest, people, id) VALUES (?,?,?,?,?)");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, std::string(gathering));
  bind_optional(stmt, 2, attendance.company);
  bind_optional(stmt, 3, attendance.guest);
  stmt.bind(4, attendance.people);
  bind_id(stmt, 5, attendance.id);
  stmt.exec();
  return false;
}

std::vector<Gathering> gatherings_attended(Database& db, std::string_view company) {
  CachedStatement stmt_cached(db,
                              fmt::format("SELECT {}, a.company, a.guest, a.people, a.id FROM attendance a "
                                          "JOIN gathering g ON g.key = a.gathering WHERE a.company = ? "
                                          "ORDER BY g.date, g.key",
                                          gathering_columns));
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, std::string(company));
  std::vector<Gathering> gatherings;
  while (stmt.executeStep()) {
    Gathering gathering = read_gathering(stmt);
    gathering.attendance.push_back(read_attendance(stmt, 5));
    gatherings.push_back(std::move(gathering));
  }
  return gatherings;
}

std::map<std::string, int> joint_gatherings_attended(Database& db) {
  CachedStatement stmt_cached(db,
                              "SELECT a.company, COUNT(DISTINCT a.gathering) FROM attendance a "
                              "JOIN gathering g ON g.key = a.gathering "
                              "WHERE a.company IS NOT NULL AND g.kind = ? GROUP BY a.company");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, to_string(GatheringKind::joint));
  std::map<std::string, int> attended;
  while (stmt.executeStep()) attended[stmt.getColumn(0).getString()] = stmt.getColumn(1).getInt();
  return attended;
}

// ---------------------------------------------------------------------------
// For `plift import --update`.

void update_gathering(WriteTransaction& tx, const Gathering& gathering) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db, "UPDATE gathering SET title = ?, date = ?, location = ?, kind = ? WHERE key = ?");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, gathering.title);
  stmt.bind(2, format_date(gathering.date));
  bind_optional(stmt, 3, gathering.location);
  stmt.bind(4, to_string(gathering.kind));
  stmt.bind(5, gathering.key);
  if (stmt.exec() != 1) {
    throw InternalError(fmt::format("gathering '{}' vanished while updating", gathering.key));
  }
}

std::map<std::string, std::vector<Gathering>> gatherings_attended_by_company(Database& db,
                                                                            const CompanyScope& scope) {
  CachedStatement stmt_cached(db,
                              fmt::format("SELECT {}, a.company, a.guest, a.people, a.id FROM attendance a "
                                          "JOIN gathering g ON g.key = a.gathering WHERE a.company IS NOT NULL AND {} "
                                          "ORDER BY a.company, g.date, g.key",
                                          gathering_columns, scope_condition(scope)));
  SQLite::Statement& stmt = *stmt_cached;
  bind_scope(stmt, scope);
  std::map<std::string, std::vector<Gathering>> attended;
  auto group = attended.end();
  while (stmt.executeStep()) {
    Gathering gathering = read_gathering(stmt);
    gathering.attendance.push_back(read_attendance(stmt, 5));
    group_of(attended, group, *gathering.attendance.back().company).push_back(std::move(gathering));
  }
  return attended;
}

std::vector<Gathering> list_gatherings_between(Database& db, Date from, Date to) {
  CachedStatement stmt_cached(db, fmt::format("SELECT {} FROM gathering g WHERE g.date BETWEEN ?1 AND ?2 "
                                              "ORDER BY g.date, g.key",
                                              gathering_columns));
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, format_date(from));
  stmt.bind(2, format_date(to));
  std::vector<Gathering> gatherings;
  std::map<std::string, std::size_t> index_of;
  while (stmt.executeStep()) {
    gatherings.push_back(read_gathering(stmt));
    index_of[gatherings.back().key] = gatherings.size() - 1;
  }
  if (gatherings.empty()) return gatherings;
  // No index holds every attendance row by gathering: one pass over the table
  // in id order, each row checked against the period's few gatherings, costs
  // a third of a join that looks its gathering up row by row.
  CachedStatement attendance_cached(db,
                                    "SELECT gathering, company, guest, people, id FROM attendance WHERE gathering IN "
                                    "(SELECT key FROM gathering WHERE date BETWEEN ?1 AND ?2) ORDER BY id");
  SQLite::Statement& attendance = *attendance_cached;
  attendance.bind(1, format_date(from));
  attendance.bind(2, format_date(to));
  while (attendance.executeStep()) {
    auto found = index_of.find(attendance.getColumn(0).getString());
    if (found != index_of.end()) gatherings[found->second].attendance.push_back(read_attendance(attendance, 1));
  }
  return gatherings;
}

std::optional<AttendanceRow> find_attendance(Database& db, std::int64_t id) {
  CachedStatement stmt_cached(db, "SELECT gathering, company, guest, people, id FROM attendance WHERE id = ?");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, id);
  if (!stmt.executeStep()) return std::nullopt;
  return AttendanceRow{stmt.getColumn(0).getString(), read_attendance(stmt, 1)};
}

void rewrite_attendance(WriteTransaction& tx, const AttendanceRow& row) {
  if (row.attendance.company && row.attendance.guest) {
    throw InternalError("an attendance row names both an enrolled company and a guest");
  }
  CachedStatement stmt_cached(tx.database(),
                              "UPDATE attendance SET gathering = ?, company = ?, guest = ?, people = ? WHERE id = ?");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, row.gathering);
  bind_optional(stmt, 2, row.attendance.company);
  bind_optional(stmt, 3, row.attendance.guest);
  stmt.bind(4, row.attendance.people);
  stmt.bind(5, row.attendance.id);
  if (stmt.exec() != 1) throw InternalError(fmt::format("attendance record #{} vanished while updating", row.attendance.id));
}

namespace {

// "pulse WHERE id = ?": the rows of the record of this kind with an id.
std::string rows_with_id(RecordKind kind) {
  switch (kind) {
    case RecordKind::pulse: return "pulse WHERE id = ?";
    case RecordKind::visit: return "visit WHERE id = ?";
    case RecordKind::participant: return "training WHERE id = ?";
    case RecordKind::attendance: return "attendance WHERE id = ?";
    case RecordKind::steering_member: return "steering_member WHERE id = ?";
    case RecordKind::kpi_value: return "kpi_value WHERE id = ?";
    case RecordKind::assessment: return "assessment_score WHERE assessment = ?";
  }
  throw InternalError("a kind of record without ids");
}

}  // namespace

bool record_exists(Database& db, RecordKind kind, std::int64_t id) {
  CachedStatement stmt_cached(db, "SELECT 1 FROM " + rows_with_id(kind) + " LIMIT 1");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, id);
  return stmt.executeStep();
}

bool delete_record(WriteTransaction& tx, RecordKind kind, std::int64_t id) {
  CachedStatement stmt_cached(tx.database(), "DELETE FROM " + rows_with_id(kind));
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, id);
  return stmt.exec() > 0;
}

}  // namespace plift::store
