#pragma once
// Converting between plift's values and SQLite columns and parameters, shared
// by every file of the store. Dates are stored as YYYY-MM-DD text.

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "plift/core/date.hpp"
#include "connection.hpp"
#include "plift/core/error.hpp"
#include "plift/store/records.hpp"

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

// A record's stable id, or NULL for one not stored yet (SQLite then chooses it).
inline void bind_id(SQLite::Statement& stmt, int index, std::int64_t id) {
  if (id > 0) {
    stmt.bind(index, id);
  } else {
    stmt.bind(index);
  }
}

inline void bind_text(SQLite::Statement& stmt, int index, std::string_view text) {
  stmt.bind(index, std::string(text));
}

// A WHERE clause of only the filters that are set, so SQLite can use an
// index for them (a "?1 IS NULL OR …" condition would make it scan the table).
class Conditions {
 public:
  void add(const char* condition, const std::optional<std::string>& value) {
    if (value) add_text(condition, *value);
  }
  void add(const char* condition, const std::optional<Date>& value) {
    if (value) add_text(condition, format_date(*value));
  }
  std::string where() const {
    std::string clause;
    for (const std::string& condition : conditions_) clause += (clause.empty() ? "WHERE " : " AND ") + condition;
    return clause;
  }
  void bind(SQLite::Statement& stmt) const {
    for (std::size_t i = 0; i < values_.size(); ++i) stmt.bind(static_cast<int>(i + 1), values_[i]);
  }

 private:
  void add_text(const char* condition, std::string value) {
    conditions_.emplace_back(condition);
    values_.push_back(std::move(value));
  }
  std::vector<std::string> conditions_;
  std::vector<std::string> values_;
};

// The condition a scope puts on the company table's own columns, naming the
// parameters :scope_day, :scope_from and :scope_region that bind_scope binds;
// empty for every company.
inline std::string company_scope_condition(const CompanyScope& scope) {
  std::string condition;
  switch (scope.kind) {
    case CompanyScope::Kind::in_a_phase:
      condition = "key IN (SELECT company FROM phase_history WHERE ended IS NULL)";
      break;
    case CompanyScope::Kind::active_on:
      condition = "start <= :scope_day AND (completed IS NULL OR completed > :scope_day) "
                  "AND (withdrawn IS NULL OR withdrawn > :scope_day)";
      break;
    case CompanyScope::Kind::active_between:
      condition = "start <= :scope_day AND (completed IS NULL OR completed > :scope_from) "
                  "AND (withdrawn IS NULL OR withdrawn > :scope_from)";
      break;
    case CompanyScope::Kind::all:
      break;
  }
  if (scope.region) condition += condition.empty() ? "region = :scope_region" : " AND region = :scope_region";
  return condition;
}

// The condition a scope puts on a `company` column. SQLite runs
// "company IN (SELECT key FROM company WHERE …)" as one index search per
// company in scope (EXPLAIN QUERY PLAN: SEARCH … (company=?), LIST SUBQUERY),
// so the big tables are read only for those.
inline std::string scope_condition(const CompanyScope& scope) {
  if (scope.kind == CompanyScope::Kind::all && !scope.region) return "1";
  if (scope.kind == CompanyScope::Kind::in_a_phase && !scope.region) {
    return "company IN (SELECT company FROM phase_history WHERE ended IS NULL)";
  }
  return "company IN (SELECT key FROM company WHERE " + company_scope_condition(scope) + ")";
}

// The group of `company` in a map filled from rows ordered by company: a new
// company goes at the end without a search. `last` is the group in use.
template <typename Record>
std::vector<Record>& group_of(std::map<std::string, std::vector<Record>>& groups,
                              typename std::map<std::string, std::vector<Record>>::iterator& last,
                              const std::string& company) {
  if (last == groups.end() || last->first != company) {
    last = groups.emplace_hint(groups.end(), company, std::vector<Record>{});
  }
  return last->second;
}

inline void bind_scope(SQLite::Statement& stmt, const CompanyScope& scope) {
  if (scope.kind == CompanyScope::Kind::active_on || scope.kind == CompanyScope::Kind::active_between) {
    stmt.bind(":scope_day", format_date(scope.day));
  }
  if (scope.kind == CompanyScope::Kind::active_between) stmt.bind(":scope_from", format_date(scope.from));
  if (scope.region) stmt.bind(":scope_region", *scope.region);
}

}  // namespace plift::store
