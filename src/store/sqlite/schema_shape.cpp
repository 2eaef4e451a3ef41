#include "schema_shape.hpp"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <map>
#include <vector>

#include "migrations.hpp"

namespace plift::store {

namespace {

// Each table with its column names in order.
using TableShapes = std::map<std::string, std::vector<std::string>>;

TableShapes table_shapes(SQLite::Database& db) {
  TableShapes shapes;
  SQLite::Statement tables(db,
                           "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                           "ORDER BY name");
  SQLite::Statement columns(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
  while (tables.executeStep()) {
    std::string table = tables.getColumn(0).getString();
    columns.bind(1, table);
    std::vector<std::string>& names = shapes[table];
    while (columns.executeStep()) names.push_back(columns.getColumn(0).getString());
    columns.reset();
  }
  return shapes;
}

TableShapes shapes_of_version(int version) {
  SQLite::Database scratch(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
  for (const Migration& m : migrations()) {
    if (m.version <= version) scratch.exec(m.sql);
  }
  return table_shapes(scratch);
}

std::string listed(const std::vector<std::string>& names) {
  if (names.size() == 1) return names.front();
  std::vector<std::string> first(names.begin(), names.end() - 1);
  return fmt::format("{} and {}", fmt::join(first, ", "), names.back());
}

std::string tables_phrase(const std::vector<std::string>& names) {
  return fmt::format("table{} {}", names.size() == 1 ? "" : "s", listed(names));
}

}  // namespace

std::optional<std::string> schema_mismatch(SQLite::Database& db, int version) {
  TableShapes found = table_shapes(db);
  TableShapes expected = shapes_of_version(version);
  std::vector<std::string> extra;
  std::vector<std::string> missing;
  std::vector<std::string> reshaped;
  for (const auto& [table, columns] : found) {
    auto wanted = expected.find(table);
    if (wanted == expected.end()) {
      extra.push_back(table);
    } else if (wanted->second != columns) {
      reshaped.push_back(fmt::format("its table {} has columns ({}), version {} has ({})", table,
                                     fmt::join(columns, ", "), version, fmt::join(wanted->second, ", ")));
    }
  }
  for (const auto& [table, columns] : expected) {
    if (!found.count(table)) missing.push_back(table);
  }
  std::vector<std::string> parts;
  if (!extra.empty()) {
    parts.push_back(fmt::format("it has {}, which version {} does not have", tables_phrase(extra), version));
  }
  if (!missing.empty()) {
    parts.push_back(fmt::format("it lacks {}, which version {} has", tables_phrase(missing), version));
  }
  parts.insert(parts.end(), reshaped.begin(), reshaped.end());
  if (parts.empty()) return std::nullopt;
  return fmt::format("{}", fmt::join(parts, "; "));
}

bool holds_no_plift_table(SQLite::Database& db) {
  TableShapes found = table_shapes(db);
  for (const auto& [table, columns] : shapes_of_version(migrations().back().version)) {
    if (found.count(table)) return false;
  }
  return true;
}

}  // namespace plift::store
