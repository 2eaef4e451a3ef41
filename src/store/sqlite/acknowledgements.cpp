#include "plift/store/acknowledgements.hpp"
#include "connection.hpp"

#include <SQLiteCpp/SQLiteCpp.h>

#include "sql_values.hpp"

namespace plift::store {

namespace {

constexpr const char* columns = "SELECT company, rule, reason, acknowledged, until FROM finding_ack";

Acknowledgement read_row(SQLite::Statement& stmt) {
  return {stmt.getColumn(0).getString(), stmt.getColumn(1).getString(), stmt.getColumn(2).getString(),
          date_column(stmt.getColumn(3)), optional_date(stmt.getColumn(4))};
}

}  // namespace

std::vector<Acknowledgement> list_acknowledgements(Database& db, const std::optional<std::string>& company) {
  SQLite::Statement stmt(sqlite(db), std::string(columns) + (company ? " WHERE company = ?" : "") +
                                         " ORDER BY company, rule");
  if (company) stmt.bind(1, *company);
  std::vector<Acknowledgement> acks;
  while (stmt.executeStep()) acks.push_back(read_row(stmt));
  return acks;
}

std::optional<Acknowledgement> find_acknowledgement(Database& db, const std::string& company, const std::string& rule) {
  SQLite::Statement stmt(sqlite(db), std::string(columns) + " WHERE company = ? AND rule = ?");
  stmt.bind(1, company);
  stmt.bind(2, rule);
  if (!stmt.executeStep()) return std::nullopt;
  return read_row(stmt);
}

void put_acknowledgement(WriteTransaction& tx, const Acknowledgement& ack) {
  SQLite::Statement stmt(sqlite(tx.database()),
                         "INSERT INTO finding_ack (company, rule, reason, acknowledged, until) VALUES (?, ?, ?, ?, ?) "
                         "ON CONFLICT (company, rule) DO UPDATE SET reason = excluded.reason, "
                         "acknowledged = excluded.acknowledged, until = excluded.until");
  stmt.bind(1, ack.company);
  stmt.bind(2, ack.rule);
  stmt.bind(3, ack.reason);
  stmt.bind(4, format_date(ack.acknowledged));
  bind_optional(stmt, 5, ack.until);
  stmt.exec();
}

bool delete_acknowledgement(WriteTransaction& tx, const std::string& company, const std::string& rule) {
  SQLite::Statement stmt(sqlite(tx.database()), "DELETE FROM finding_ack WHERE company = ? AND rule = ?");
  stmt.bind(1, company);
  stmt.bind(2, rule);
  return stmt.exec() == 1;
}

}  // namespace plift::store
