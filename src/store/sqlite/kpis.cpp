// Key figures: one value per company, KPI and day.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "plift/core/error.hpp"
#include "connection.hpp"
#include "plift/store/journey_records.hpp"
#include "sql_values.hpp"

namespace plift::store {

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
                                "INSERT INTO kpi_value (company, kpi, date, value) VALUES (?, ?, ?, ?) "
                                "ON CONFLICT (company, kpi, date) DO UPDATE SET value = excluded.value");
  SQLite::Statement& upsert = *upsert_cached;
  upsert.bind(1, value.company);
  upsert.bind(2, value.kpi);
  upsert.bind(3, day);
  upsert.bind(4, value.value);
  upsert.exec();
  return previous;
}

std::vector<KpiValue> list_kpi_values(Database& db, std::optional<std::string_view> company) {
  // Two statements: "?1 IS NULL OR company = ?1" would keep SQLite off the index.
  CachedStatement stmt_cached(db, fmt::format("SELECT company, kpi, date, value FROM kpi_value "
                                              "{}ORDER BY company, kpi, date",
                                              company ? "WHERE company = ? " : ""));
  SQLite::Statement& stmt = *stmt_cached;
  if (company) stmt.bind(1, std::string(*company));
  std::vector<KpiValue> values;
  while (stmt.executeStep()) {
    values.push_back({stmt.getColumn(0).getString(), stmt.getColumn(1).getString(), date_column(stmt.getColumn(2)),
                      stmt.getColumn(3).getDouble()});
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
  CachedStatement stmt_cached(db, fmt::format("SELECT company, kpi, date, value FROM kpi_value WHERE {} "
                                              "ORDER BY company, kpi, date",
                                              scope_condition(scope)));
  SQLite::Statement& stmt = *stmt_cached;
  bind_scope(stmt, scope);
  std::map<std::string, std::vector<KpiValue>> values;
  auto group = values.end();
  while (stmt.executeStep()) {
    std::string company = stmt.getColumn(0).getString();
    group_of(values, group, company)
        .push_back({company, stmt.getColumn(1).getString(), date_column(stmt.getColumn(2)),
                    stmt.getColumn(3).getDouble()});
  }
  return values;
}

}  // namespace plift::store
