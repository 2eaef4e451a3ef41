// Lean status assessments: one per company and day, one row per dimension.
#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "plift/core/error.hpp"
#include "connection.hpp"
#include "plift/store/journey_records.hpp"
#include "sql_values.hpp"

namespace plift::store {

std::int64_t insert_assessment(WriteTransaction& tx, const Assessment& assessment) {
  Database& db = tx.database();
  // Scores added to an assessment already there (an import's rows, one per
  // dimension) join it.
  std::optional<std::int64_t> joined = assessment_on(db, assessment.company, assessment.date);
  if (joined && assessment.id > 0 && assessment.id != *joined) {
    throw RuleError(fmt::format("the assessment of {} on {} has the id {}, not {}", assessment.company,
                                format_date(assessment.date), *joined, assessment.id));
  }
  if (!joined && assessment.id > 0) {
    CachedStatement owner_cached(db, "SELECT company, date FROM assessment_score WHERE assessment = ? LIMIT 1");
    SQLite::Statement& owner = *owner_cached;
    owner.bind(1, assessment.id);
    if (owner.executeStep()) {
      throw RuleError(fmt::format("id {} is taken by the assessment of {} on {}", assessment.id,
                                  owner.getColumn(0).getString(), owner.getColumn(1).getString()));
    }
  }
  std::int64_t id = joined.value_or(assessment.id);
  if (id <= 0) {
    // AUTOINCREMENT's sequence, so an id is never given twice; the row itself
    // goes again at once.
    CachedStatement draw_cached(db, "INSERT INTO assessment_id_sequence DEFAULT VALUES RETURNING id");
    SQLite::Statement& draw = *draw_cached;
    draw.executeStep();
    id = draw.getColumn(0).getInt64();
    draw.reset();
    CachedStatement drop_cached(db, "DELETE FROM assessment_id_sequence");
    (*drop_cached).exec();
  } else {
    // An id given (an import, an undo) moves the sequence past it.
    CachedStatement seen_cached(db, "INSERT OR IGNORE INTO assessment_id_sequence (id) VALUES (?)");
    SQLite::Statement& seen = *seen_cached;
    seen.bind(1, id);
    seen.exec();
    CachedStatement drop_cached(db, "DELETE FROM assessment_id_sequence");
    (*drop_cached).exec();
  }
  // Without a score there would be no row, and the assessment would vanish unnoticed.
  if (assessment.scores.empty()) {
    throw InternalError(fmt::format("an assessment of '{}' without scores", assessment.company));
  }
  CachedStatement stmt_cached(db,
                              "INSERT INTO assessment_score (company, date, dimension, score, assessment) "
                              "VALUES (?, ?, ?, ?, ?)");
  SQLite::Statement& stmt = *stmt_cached;
  std::string day = format_date(assessment.date);
  for (const auto& [dimension, score] : assessment.scores) {
    stmt.reset();
    stmt.bind(1, assessment.company);
    stmt.bind(2, day);
    stmt.bind(3, dimension);
    stmt.bind(4, score);
    stmt.bind(5, id);
    stmt.exec();
  }
  return id;
}

std::vector<Assessment> list_assessments(Database& db, std::optional<std::string_view> company) {
  // Two statements: "?1 IS NULL OR company = ?1" would keep SQLite off the index.
  CachedStatement stmt_cached(db, fmt::format("SELECT company, date, dimension, score, assessment FROM assessment_score "
                                              "{}ORDER BY company, date, dimension",
                                              company ? "WHERE company = ? " : ""));
  SQLite::Statement& stmt = *stmt_cached;
  if (company) stmt.bind(1, std::string(*company));
  std::vector<Assessment> assessments;
  while (stmt.executeStep()) {
    std::string company_key = stmt.getColumn(0).getString();
    Date date = date_column(stmt.getColumn(1));
    if (assessments.empty() || assessments.back().company != company_key || assessments.back().date != date) {
      assessments.push_back({company_key, date, {}});
      assessments.back().id = stmt.getColumn(4).getInt64();
    }
    assessments.back().scores[stmt.getColumn(2).getString()] = stmt.getColumn(3).getInt();
  }
  return assessments;
}

std::optional<Assessment> find_assessment(Database& db, std::int64_t id) {
  CachedStatement stmt_cached(db, "SELECT company, date, dimension, score FROM assessment_score WHERE assessment = ?");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, id);
  std::optional<Assessment> assessment;
  while (stmt.executeStep()) {
    if (!assessment) {
      assessment = Assessment{stmt.getColumn(0).getString(), date_column(stmt.getColumn(1)), {}};
      assessment->id = id;
    }
    assessment->scores[stmt.getColumn(2).getString()] = stmt.getColumn(3).getInt();
  }
  return assessment;
}

std::optional<std::int64_t> assessment_on(Database& db, std::string_view company, Date date) {
  CachedStatement stmt_cached(db, "SELECT assessment FROM assessment_score WHERE company = ? AND date = ? LIMIT 1");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, std::string(company));
  stmt.bind(2, format_date(date));
  if (!stmt.executeStep()) return std::nullopt;
  return stmt.getColumn(0).getInt64();
}

void rewrite_assessment(WriteTransaction& tx, const Assessment& assessment) {
  Database& db = tx.database();
  // Row by row, so the audit log shows the scores that changed, not all of
  // them removed and added again.
  CachedStatement update_cached(db,
                                "UPDATE assessment_score SET company = ?, date = ?, score = ? "
                                "WHERE assessment = ? AND dimension = ?");
  SQLite::Statement& update = *update_cached;
  for (const auto& [dimension, score] : assessment.scores) {
    update.reset();
    update.bind(1, assessment.company);
    update.bind(2, format_date(assessment.date));
    update.bind(3, score);
    update.bind(4, assessment.id);
    update.bind(5, dimension);
    if (update.exec() == 0) {
      throw InternalError(fmt::format("assessment #{} has no score of '{}' to change", assessment.id, dimension));
    }
  }
}

// ---------------------------------------------------------------------------
// For `plift import --update`.

void delete_assessment(WriteTransaction& tx, std::string_view company, Date date) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db, "DELETE FROM assessment_score WHERE company = ? AND date = ?");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, std::string(company));
  stmt.bind(2, format_date(date));
  stmt.exec();
}

std::map<std::string, std::vector<Assessment>> assessments_by_company(Database& db, const CompanyScope& scope) {
  CachedStatement stmt_cached(db, fmt::format("SELECT company, date, dimension, score, assessment FROM assessment_score "
                                              "WHERE {} ORDER BY company, date, dimension",
                                              scope_condition(scope)));
  SQLite::Statement& stmt = *stmt_cached;
  bind_scope(stmt, scope);
  std::map<std::string, std::vector<Assessment>> assessments;
  auto group = assessments.end();
  while (stmt.executeStep()) {
    std::string company = stmt.getColumn(0).getString();
    Date date = date_column(stmt.getColumn(1));
    std::vector<Assessment>& own = group_of(assessments, group, company);
    if (own.empty() || own.back().date != date) {
      own.push_back({company, date, {}});
      own.back().id = stmt.getColumn(4).getInt64();
    }
    own.back().scores[stmt.getColumn(2).getString()] = stmt.getColumn(3).getInt();
  }
  return assessments;
}

}  // namespace plift::store
