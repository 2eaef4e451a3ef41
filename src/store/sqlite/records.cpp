#include "plift/store/records.hpp"
#include "connection.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include "plift/core/error.hpp"
#include "sql_values.hpp"

namespace plift::store {

namespace {

constexpr const char* company_columns =
    "c.key, c.name, c.org_number, c.region, c.sector, c.employees, c.start, c.coach, "
    "c.completed, c.withdrawn, c.withdraw_reason";

Company read_company(SQLite::Statement& stmt) {
  Company c;
  c.key = stmt.getColumn(0).getString();
  c.name = stmt.getColumn(1).getString();
  c.org_number = optional_text(stmt.getColumn(2));
  c.region = stmt.getColumn(3).getString();
  c.sector = stmt.getColumn(4).getString();
  c.employees = stmt.getColumn(5).getInt();
  c.start = date_column(stmt.getColumn(6));
  c.coach = optional_text(stmt.getColumn(7));
  c.completed = optional_date(stmt.getColumn(8));
  c.withdrawn = optional_date(stmt.getColumn(9));
  c.withdraw_reason = optional_text(stmt.getColumn(10));
  return c;
}

// Binds every company field to parameters 1..11, key first.
void bind_company(SQLite::Statement& stmt, const Company& c) {
  stmt.bind(1, c.key);
  stmt.bind(2, c.name);
  bind_optional(stmt, 3, c.org_number);
  stmt.bind(4, c.region);
  stmt.bind(5, c.sector);
  stmt.bind(6, c.employees);
  stmt.bind(7, format_date(c.start));
  bind_optional(stmt, 8, c.coach);
  bind_optional(stmt, 9, c.completed);
  bind_optional(stmt, 10, c.withdrawn);
  bind_optional(stmt, 11, c.withdraw_reason);
}

PhaseRecord read_phase(SQLite::Statement& stmt, int first) {
  PhaseRecord r;
  r.phase = stmt.getColumn(first).getString();
  r.started = date_column(stmt.getColumn(first + 1));
  r.ended = optional_date(stmt.getColumn(first + 2));
  r.planned_end = date_column(stmt.getColumn(first + 3));
  r.forced_reason = optional_text(stmt.getColumn(first + 4));
  return r;
}

std::vector<std::string> keys_of(Database& db, const char* sql) {
  CachedStatement stmt_cached(db, sql);
  SQLite::Statement& stmt = *stmt_cached;
  std::vector<std::string> keys;
  while (stmt.executeStep()) keys.push_back(stmt.getColumn(0).getString());
  return keys;
}

Coach read_coach(SQLite::Statement& stmt) {
  Coach c;
  c.key = stmt.getColumn(0).getString();
  c.name = stmt.getColumn(1).getString();
  c.organisation = stmt.getColumn(2).getString();
  c.email = optional_text(stmt.getColumn(3));
  c.region = optional_text(stmt.getColumn(4));
  return c;
}

void bind_coach(SQLite::Statement& stmt, const Coach& c) {
  stmt.bind(1, c.key);
  stmt.bind(2, c.name);
  stmt.bind(3, c.organisation);
  bind_optional(stmt, 4, c.email);
  bind_optional(stmt, 5, c.region);
}

}  // namespace

std::optional<Company> find_company(Database& db, std::string_view key) {
  CachedStatement stmt_cached(db, fmt::format("SELECT {} FROM company c WHERE c.key = ?", company_columns));
  SQLite::Statement& stmt = *stmt_cached;
  bind_text(stmt, 1, key);
  if (!stmt.executeStep()) return std::nullopt;
  return read_company(stmt);
}

std::vector<std::string> company_keys(Database& db) {
  return keys_of(db, "SELECT key FROM company ORDER BY key");
}

void insert_company(WriteTransaction& tx, const Company& company) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db,
                              "INSERT INTO company (key, name, org_number, region, sector, employees, start, coach, "
                              "completed, withdrawn, withdraw_reason) VALUES (?,?,?,?,?,?,?,?,?,?,?)");
  SQLite::Statement& stmt = *stmt_cached;
  bind_company(stmt, company);
  stmt.exec();
}

namespace {

// One UPDATE naming only the columns given, so that two commands changing
// different fields of the same row both keep their change.
class ColumnUpdate {
 public:
  explicit ColumnUpdate(std::string table) : table_(std::move(table)) {}
  template <typename Value>
  void set(const char* column, const std::optional<Value>& value) {
    if (value) values_.emplace_back(column, Bound(*value));
  }
  bool empty() const { return values_.empty(); }
  // Runs it on the row with this key; false when there is none.
  bool run(Database& db, std::string_view key) {
    std::string sql = "UPDATE " + table_ + " SET ";
    for (std::size_t i = 0; i < values_.size(); ++i) {
      sql += fmt::format("{}{} = ?{}", i ? ", " : "", values_[i].first, i + 1);
    }
    sql += fmt::format(" WHERE key = ?{}", values_.size() + 1);
    CachedStatement stmt_cached(db, sql);
    SQLite::Statement& stmt = *stmt_cached;
    for (std::size_t i = 0; i < values_.size(); ++i) {
      const Bound& value = values_[i].second;
      int index = static_cast<int>(i + 1);
      if (value.number) {
        stmt.bind(index, *value.number);
      } else if (value.text) {
        stmt.bind(index, *value.text);
      } else {
        stmt.bind(index);
      }
    }
    bind_text(stmt, static_cast<int>(values_.size() + 1), key);
    return stmt.exec() == 1;
  }

 private:
  struct Bound {
    explicit Bound(const std::string& text_value) : text(text_value) {}
    explicit Bound(int value) : number(value) {}
    explicit Bound(Date day) : text(format_date(day)) {}
    template <typename Inner>
    explicit Bound(const std::optional<Inner>& inner) {
      if (inner) *this = Bound(*inner);
    }
    std::optional<std::string> text;
    std::optional<int> number;
  };
  std::string table_;
  std::vector<std::pair<const char*, Bound>> values_;
};

}  // namespace

void update_company(WriteTransaction& tx, std::string_view key, const CompanyChanges& changes) {
  ColumnUpdate update("company");
  update.set("name", changes.name);
  update.set("org_number", changes.org_number);
  update.set("region", changes.region);
  update.set("sector", changes.sector);
  update.set("employees", changes.employees);
  update.set("start", changes.start);
  update.set("coach", changes.coach);
  update.set("completed", changes.completed);
  update.set("withdrawn", changes.withdrawn);
  update.set("withdraw_reason", changes.withdraw_reason);
  if (update.empty()) return;
  if (!update.run(tx.database(), key)) {
    throw InternalError(fmt::format("company '{}' vanished while updating", key));
  }
}

void replace_company(WriteTransaction& tx, const Company& c) {
  update_company(tx, c.key,
                 {c.name, c.org_number, c.region, c.sector, c.employees, c.start, c.coach, c.completed, c.withdrawn,
                  c.withdraw_reason});
}

std::vector<CompanyOverview> list_companies(Database& db) {
  SQLite::Statement stmt(
      sqlite(db),
      fmt::format("SELECT {}, p.phase, p.started, p.ended, p.planned_end, p.forced_reason "
                  "FROM company c LEFT JOIN phase_history p ON p.company = c.key AND p.ended IS NULL "
                  "ORDER BY c.key",
                  company_columns));
  std::vector<CompanyOverview> result;
  while (stmt.executeStep()) {
    CompanyOverview overview{read_company(stmt), std::nullopt};
    if (!stmt.getColumn(11).isNull()) overview.current_phase = read_phase(stmt, 11);
    result.push_back(std::move(overview));
  }
  return result;
}

std::vector<Company> companies_in_scope(Database& db, const CompanyScope& scope) {
  std::string condition = company_scope_condition(scope);
  CachedStatement stmt_cached(db, fmt::format("SELECT {} FROM company c {}{} ORDER BY c.key", company_columns,
                                              condition.empty() ? "" : "WHERE ", condition));
  SQLite::Statement& stmt = *stmt_cached;
  bind_scope(stmt, scope);
  std::vector<Company> companies;
  while (stmt.executeStep()) companies.push_back(read_company(stmt));
  return companies;
}

std::vector<PhaseRecord> phase_history(Database& db, std::string_view company) {
  CachedStatement stmt_cached(db,
                              "SELECT phase, started, ended, planned_end, forced_reason FROM phase_history "
                              "WHERE company = ? ORDER BY seq");
  SQLite::Statement& stmt = *stmt_cached;
  bind_text(stmt, 1, company);
  std::vector<PhaseRecord> history;
  while (stmt.executeStep()) history.push_back(read_phase(stmt, 0));
  return history;
}

std::map<std::string, std::vector<PhaseRecord>> phase_histories_by_company(Database& db,
                                                                          const CompanyScope& scope) {
  CachedStatement stmt_cached(db, fmt::format("SELECT company, phase, started, ended, planned_end, forced_reason "
                                              "FROM phase_history WHERE {} ORDER BY company, seq",
                                              scope_condition(scope)));
  SQLite::Statement& stmt = *stmt_cached;
  bind_scope(stmt, scope);
  std::map<std::string, std::vector<PhaseRecord>> histories;
  while (stmt.executeStep()) histories[stmt.getColumn(0).getString()].push_back(read_phase(stmt, 1));
  return histories;
}

void insert_phase(WriteTransaction& tx, std::string_view company, int seq, const PhaseRecord& record) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db,
                              "INSERT INTO phase_history (company, seq, phase, started, ended, planned_end, "
                              "forced_reason) VALUES (?,?,?,?,?,?,?)");
  SQLite::Statement& stmt = *stmt_cached;
  bind_text(stmt, 1, company);
  stmt.bind(2, seq);
  stmt.bind(3, record.phase);
  stmt.bind(4, format_date(record.started));
  bind_optional(stmt, 5, record.ended);
  stmt.bind(6, format_date(record.planned_end));
  bind_optional(stmt, 7, record.forced_reason);
  stmt.exec();
}

void replace_first_phase(WriteTransaction& tx, std::string_view company, const PhaseRecord& record) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db,
                              "UPDATE phase_history SET phase = ?, started = ?, planned_end = ? "
                              "WHERE company = ? AND seq = 1");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, record.phase);
  stmt.bind(2, format_date(record.started));
  stmt.bind(3, format_date(record.planned_end));
  bind_text(stmt, 4, company);
  if (stmt.exec() != 1) throw InternalError(fmt::format("'{}' has no first phase", company));
}

void close_phase(WriteTransaction& tx, std::string_view company, int seq, Date ended,
                 const std::optional<std::string>& forced_reason) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db,
                              "UPDATE phase_history SET ended = ?, forced_reason = ? WHERE company = ? AND seq = ?");
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, format_date(ended));
  bind_optional(stmt, 2, forced_reason);
  bind_text(stmt, 3, company);
  stmt.bind(4, seq);
  if (stmt.exec() != 1) throw InternalError(fmt::format("no phase {} to close for '{}'", seq, company));
}

std::vector<ChecklistTick> checklist_ticks(Database& db, std::string_view company) {
  CachedStatement stmt_cached(db, "SELECT phase, item, date FROM checklist_tick WHERE company = ? "
                                  "ORDER BY date, phase, item");
  SQLite::Statement& stmt = *stmt_cached;
  bind_text(stmt, 1, company);
  std::vector<ChecklistTick> ticks;
  while (stmt.executeStep()) {
    ticks.push_back({stmt.getColumn(0).getString(), stmt.getColumn(1).getString(), date_column(stmt.getColumn(2))});
  }
  return ticks;
}

std::map<std::string, std::vector<ChecklistTick>> checklist_ticks_by_company(Database& db,
                                                                           const CompanyScope& scope) {
  CachedStatement stmt_cached(db, fmt::format("SELECT company, phase, item, date FROM checklist_tick WHERE {} "
                                              "ORDER BY company, date",
                                              scope_condition(scope)));
  SQLite::Statement& stmt = *stmt_cached;
  bind_scope(stmt, scope);
  std::map<std::string, std::vector<ChecklistTick>> ticks;
  while (stmt.executeStep()) {
    ticks[stmt.getColumn(0).getString()].push_back(
        {stmt.getColumn(1).getString(), stmt.getColumn(2).getString(), date_column(stmt.getColumn(3))});
  }
  return ticks;
}

bool insert_tick(WriteTransaction& tx, std::string_view company, const ChecklistTick& tick) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db,
                              "INSERT OR IGNORE INTO checklist_tick (company, phase, item, date) VALUES (?,?,?,?)");
  SQLite::Statement& stmt = *stmt_cached;
  bind_text(stmt, 1, company);
  stmt.bind(2, tick.phase);
  stmt.bind(3, tick.item);
  stmt.bind(4, format_date(tick.date));
  return stmt.exec() == 1;
}

bool delete_tick(WriteTransaction& tx, std::string_view company, std::string_view phase, std::string_view item) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db, "DELETE FROM checklist_tick WHERE company = ? AND phase = ? AND item = ?");
  SQLite::Statement& stmt = *stmt_cached;
  bind_text(stmt, 1, company);
  bind_text(stmt, 2, phase);
  bind_text(stmt, 3, item);
  return stmt.exec() == 1;
}

namespace {

constexpr const char* insert_pulse_sql = "INSERT INTO pulse (company, date, status, note, id) VALUES (?,?,?,?,?)";
constexpr const char* pulse_columns = "company, date, status, note, id";

// Parameters 1..5 in pulse_columns order.
void bind_pulse(SQLite::Statement& stmt, const PulseEntry& entry) {
  stmt.bind(1, entry.company);
  stmt.bind(2, format_date(entry.date));
  stmt.bind(3, to_string(entry.status));
  bind_optional(stmt, 4, entry.note);
  bind_id(stmt, 5, entry.id);
}

}  // namespace

void insert_pulse(WriteTransaction& tx, const PulseEntry& entry) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db, insert_pulse_sql);
  SQLite::Statement& stmt = *stmt_cached;
  bind_pulse(stmt, entry);
  stmt.exec();
}

namespace {

PulseEntry read_pulse(SQLite::Statement& stmt) {
  PulseEntry e;
  e.company = stmt.getColumn(0).getString();
  e.date = date_column(stmt.getColumn(1));
  auto status = parse_pulse_status(stmt.getColumn(2).getString());
  if (!status) throw DataError("the database holds an unknown pulse status");
  e.status = *status;
  e.note = optional_text(stmt.getColumn(3));
  e.id = stmt.getColumn(4).getInt64();
  return e;
}

}  // namespace

std::optional<PulseEntry> find_pulse(Database& db, std::int64_t id) {
  CachedStatement stmt_cached(db, fmt::format("SELECT {} FROM pulse WHERE id = ?", pulse_columns));
  SQLite::Statement& stmt = *stmt_cached;
  stmt.bind(1, id);
  if (!stmt.executeStep()) return std::nullopt;
  return read_pulse(stmt);
}

std::optional<PulseEntry> find_pulse_on(Database& db, std::string_view company, Date date) {
  CachedStatement stmt_cached(db, fmt::format("SELECT {} FROM pulse WHERE company = ? AND date = ? ORDER BY id LIMIT 1",
                                              pulse_columns));
  SQLite::Statement& stmt = *stmt_cached;
  bind_text(stmt, 1, company);
  stmt.bind(2, format_date(date));
  if (!stmt.executeStep()) return std::nullopt;
  return read_pulse(stmt);
}

void rewrite_pulse(WriteTransaction& tx, const PulseEntry& entry) {
  CachedStatement stmt_cached(tx.database(),
                              "UPDATE pulse SET company = ?1, date = ?2, status = ?3, note = ?4 WHERE id = ?5");
  SQLite::Statement& stmt = *stmt_cached;
  bind_pulse(stmt, entry);
  if (stmt.exec() != 1) throw InternalError(fmt::format("pulse meeting #{} vanished while updating", entry.id));
}

std::map<std::string, std::vector<PulseEntry>> pulses_by_company(Database& db, const CompanyScope& scope) {
  CachedStatement stmt_cached(db, fmt::format("SELECT {} FROM pulse WHERE {} "
                                              "ORDER BY company, date, id",
                                              pulse_columns, scope_condition(scope)));
  SQLite::Statement& stmt = *stmt_cached;
  bind_scope(stmt, scope);
  std::map<std::string, std::vector<PulseEntry>> pulses;
  auto group = pulses.end();
  while (stmt.executeStep()) {
    PulseEntry entry = read_pulse(stmt);
    if (group == pulses.end() || group->first != entry.company) {
      group = pulses.emplace_hint(pulses.end(), entry.company, std::vector<PulseEntry>{});
    }
    group->second.push_back(std::move(entry));
  }
  return pulses;
}

std::vector<PulseEntry> list_pulses(Database& db, const PulseFilter& filter) {
  Conditions conditions;
  conditions.add("company = ?", filter.company);
  conditions.add("date >= ?", filter.since);
  conditions.add("date <= ?", filter.until);
  CachedStatement stmt_cached(db, fmt::format("SELECT {} FROM pulse {} "
                                              "ORDER BY date, company, id",
                                              pulse_columns, conditions.where()));
  SQLite::Statement& stmt = *stmt_cached;
  conditions.bind(stmt);
  std::vector<PulseEntry> entries;
  while (stmt.executeStep()) entries.push_back(read_pulse(stmt));
  return entries;
}

std::optional<Coach> find_coach(Database& db, std::string_view key) {
  CachedStatement stmt_cached(db, "SELECT key, name, organisation, email, region FROM coach WHERE key = ?");
  SQLite::Statement& stmt = *stmt_cached;
  bind_text(stmt, 1, key);
  if (!stmt.executeStep()) return std::nullopt;
  return read_coach(stmt);
}

std::vector<Coach> list_coaches(Database& db) {
  CachedStatement stmt_cached(db, "SELECT key, name, organisation, email, region FROM coach ORDER BY key");
  SQLite::Statement& stmt = *stmt_cached;
  std::vector<Coach> coaches;
  while (stmt.executeStep()) coaches.push_back(read_coach(stmt));
  return coaches;
}

std::vector<std::string> coach_keys(Database& db) { return keys_of(db, "SELECT key FROM coach ORDER BY key"); }

void insert_coach(WriteTransaction& tx, const Coach& coach) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db, "INSERT INTO coach (key, name, organisation, email, region) VALUES (?,?,?,?,?)");
  SQLite::Statement& stmt = *stmt_cached;
  bind_coach(stmt, coach);
  stmt.exec();
}

void update_coach(WriteTransaction& tx, std::string_view key, const CoachChanges& changes) {
  ColumnUpdate update("coach");
  update.set("name", changes.name);
  update.set("organisation", changes.organisation);
  update.set("email", changes.email);
  update.set("region", changes.region);
  if (update.empty()) return;
  if (!update.run(tx.database(), key)) throw InternalError(fmt::format("coach '{}' vanished while updating", key));
}

void replace_coach(WriteTransaction& tx, const Coach& c) {
  update_coach(tx, c.key, {c.name, c.organisation, c.email, c.region});
}

PulseInserter::PulseInserter(WriteTransaction& tx)
    : insert_(std::make_unique<CachedStatement>(tx.database(), insert_pulse_sql)) {}

PulseInserter::~PulseInserter() = default;

void PulseInserter::insert(const PulseEntry& entry) {
  SQLite::Statement& insert = **insert_;
  bind_pulse(insert, entry);
  insert.exec();
  insert.reset();
}

void delete_phase_history(WriteTransaction& tx, std::string_view company) {
  Database& db = tx.database();
  CachedStatement stmt_cached(db, "DELETE FROM phase_history WHERE company = ?");
  SQLite::Statement& stmt = *stmt_cached;
  bind_text(stmt, 1, company);
  stmt.exec();
}

std::vector<std::pair<std::string, std::int64_t>> company_record_counts(Database& db, std::string_view key) {
  static const std::vector<std::pair<const char*, const char*>> tables = {
      {"phases entered", "SELECT count(*) - 1 FROM phase_history WHERE company = ?1 HAVING count(*) > 1"},
      {"phase ends", "SELECT count(*) FROM phase_history WHERE company = ?1 AND ended IS NOT NULL"},
      {"checklist ticks", "SELECT count(*) FROM checklist_tick WHERE company = ?1"},
      {"pulse meetings", "SELECT count(*) FROM pulse WHERE company = ?1"},
      {"visits", "SELECT count(*) FROM visit WHERE company = ?1"},
      {"course participants", "SELECT count(*) FROM training WHERE company = ?1"},
      {"attendance records", "SELECT count(*) FROM attendance WHERE company = ?1"},
      {"steering-group members", "SELECT count(*) FROM steering_member WHERE company = ?1"},
      {"key-figure values", "SELECT count(*) FROM kpi_value WHERE company = ?1"},
      {"assessments", "SELECT count(DISTINCT assessment) FROM assessment_score WHERE company = ?1"},
      {"acknowledged findings", "SELECT count(*) FROM finding_ack WHERE company = ?1"},
  };
  std::vector<std::pair<std::string, std::int64_t>> counts;
  for (const auto& [what, sql] : tables) {
    CachedStatement stmt_cached(db, sql);
    SQLite::Statement& stmt = *stmt_cached;
    bind_text(stmt, 1, key);
    if (stmt.executeStep() && stmt.getColumn(0).getInt64() > 0) counts.emplace_back(what, stmt.getColumn(0).getInt64());
  }
  return counts;
}

std::optional<std::string> second_record(Database& db, std::string_view company) {
  static const std::vector<std::pair<const char*, const char*>> checks = {
      {"two pulse meetings on {}",
       "SELECT date FROM pulse WHERE company = ? GROUP BY date HAVING count(*) > 1 LIMIT 1"},
      {"two visits on {} by the same coach",
       "SELECT date FROM visit WHERE company = ? GROUP BY date, coach HAVING count(*) > 1 LIMIT 1"},
  };
  for (const auto& [what, sql] : checks) {
    CachedStatement stmt_cached(db, sql);
    SQLite::Statement& stmt = *stmt_cached;
    bind_text(stmt, 1, company);
    if (stmt.executeStep()) return fmt::format(fmt::runtime(what), stmt.getColumn(0).getString());
  }
  return std::nullopt;
}

void delete_company(WriteTransaction& tx, std::string_view key) {
  CachedStatement stmt_cached(tx.database(), "DELETE FROM company WHERE key = ?");
  SQLite::Statement& stmt = *stmt_cached;
  bind_text(stmt, 1, key);
  if (stmt.exec() != 1) throw InternalError(fmt::format("company '{}' vanished while removing it", key));
}

}  // namespace plift::store
