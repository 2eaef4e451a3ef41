#pragma once
// Converting between plift's values and SQLite columns and parameters, shared
// by every file of the store. Dates are stored as YYYY-MM-DD text.

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <optional>
#include <string>
#include <string_view>

#include "plift/core/date.hpp"
#include "plift/core/error.hpp"

namespace plift::store {

inline std::optional<std::string> optional_text(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return column.getString();
}

inline Date date_column(const SQLite::Column& column) {
  std::string text = column.getString();
  auto parsed = parse_iso_date(text);
  if (!parsed) {
    throw DataError(fmt::format("the database holds an invalid date '{}' in {}", text, column.getName()));
  }
  return *parsed;
}

inline std::optional<Date> optional_date(const SQLite::Column& column) {
  if (column.isNull()) return std::nullopt;
  return date_column(column);
}

inline void bind_optional(SQLite::Statement& stmt, int index, const std::optional<std::string>& value) {
  if (value) {
    stmt.bind(index, *value);
  } else {
    stmt.bind(index);
  }
}

inline void bind_optional(SQLite::Statement& stmt, int index, const std::optional<Date>& value) {
  if (value) {
    stmt.bind(index, format_date(*value));
  } else {
    stmt.bind(index);
  }
}

inline void bind_text(SQLite::Statement& stmt, int index, std::string_view text) {
  stmt.bind(index, std::string(text));
}

}  // namespace plift::store
