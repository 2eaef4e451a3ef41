// Key figures: one value per company, KPI and day.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "plift/core/error.hpp"
#include "connection.hpp"
#include "plift/store/journey_records.hpp"
#include "sql_values.hpp"

namespace plift::store {

namespace {

KpiValue read_kpi_value(SQLite::Statement& stmt) {
  KpiValue value{stmt.getColumn(0).getString(), stmt.getColumn(1).getString(), date_column(stmt.getColumn(2)),
                 stmt.getColumn(3).getDouble()};
  value.id = stmt.getColumn(4).getInt64();
  return value;
}

}  // namespace

std::optional<KpiValue> find_kpi_value(Database& db, std::int64_t id) {
  CachedStatement stmt_cached(db, "SELECT company, kpi, date, value, id FROM kpi_value WHERE id = ?");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, id);
  if (!stmt.executeStep()) return std::nullopt;
  return read_kpi_value(stmt);
}

void rewrite_kpi_value(WriteTransaction& tx, const KpiValue& value) {
  CachedStatement stmt_cached(tx.database(), "UPDATE kpi_value SET company = ?, kpi = ?, date = ?, value = ? WHERE id = ?");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, value.company);
  stmt.bind(2, value.kpi);
  stmt.bind(3, format_date(value.date));
  stmt.bind(4, value.value);
  stmt.bind(5, value.id);
  if (stmt.exec() != 1) throw InternalError(fmt::format("key-figure value #{} vanished while updating", value.id));
}

std::optional<double> upsert_kpi_value(WriteTransaction& tx, const KpiValue& value) {
  Database& db = tx.database();
  std::string day = format_date(value.date);
  std::optional<double> previous;
  {
    CachedStatement find_cached(db, "SELECT value FROM kpi_value WHERE company = ? AND kpi = ? AND date = ?");
    SQLite::Statement& find = *find_cached;
    find.bind(1, value.company);
    find.bind(2, value.kpi);
    find.bind(3, day);
    if (find.executeStep()) previous = find.getColumn(0).getDouble();
  }
  CachedStatement upsert_cached(db,
                                "INSERT INTO kpi_value (company, kpi, date, value, id) VALUES (?, ?, ?, ?, ?) "
                                "ON CONFLICT (company, kpi, date) DO UPDATE SET value = excluded.value");
  SQLite::Statement& upsert = *upsert_cached;
  upsert.bind(1, value.company);
  upsert.bind(2, value.kpi);
  upsert.bind(3, day);
  upsert.bind(4, value.value);
  bind_id(upsert, 5, value.id);
  upsert.exec();
  return previous;
}

std::vector<KpiValue> list_kpi_values(Database& db, std::optional<std::string_view> company) {
  // Two statements: "?1 IS NULL OR company = ?1" would keep SQLite off the index.
  CachedStatement stmt_cached(db, fmt::format("SELECT company, kpi, date, value, id FROM kpi_value "
                                              "{}ORDER BY company, kpi, date",
                                              company ? "WHERE company = ? " : ""));
  SQLite::Statement& stmt = *stmt_cached;
  if (company) stmt.bind(1, std::string(*company));
  std::vector<KpiValue> values;
  while (stmt.executeStep()) {
    values.push_back(read_kpi_value(stmt));
  }
  return values;
}

// ---------------------------------------------------------------------------
// For `plift import`.

std::optional<double> find_kpi_value(Database& db, std::string_view company, std::string_view kpi, Date date) {
  CachedStatement stmt_cached(db, "SELECT value FROM kpi_value WHERE company = ? AND kpi = ? AND date = ?");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, std::string(company));
  stmt.bind(2, std::string(kpi));
  stmt.bind(3, format_date(date));
  if (!stmt.executeStep()) return std::nullopt;
  return stmt.getColumn(0).getDouble();
}

std::map<std::string, std::vector<KpiValue>> kpi_values_by_company(Database& db, const CompanyScope& scope) {
  CachedStatement stmt_cached(db, fmt::format("SELECT company, kpi, date, value, id FROM kpi_value WHERE {} "
                                              "ORDER BY company, kpi, date",
                                              scope_condition(scope)));
  SQLite::Statement& stmt = *stmt_cached;
  bind_scope(stmt, scope);
  std::map<std::string, std::vector<KpiValue>> values;
  auto group = values.end();
  while (stmt.executeStep()) {
    KpiValue value = read_kpi_value(stmt);
    group_of(values, group, value.company).push_back(std::move(value));
  }
  return values;
}

}  // namespace plift::store
