#include "plift/store/audit.hpp"
#include "connection.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <set>

#include "audit_recorder.hpp"
#include "plift/core/error.hpp"

namespace plift::store {

namespace {

// Changesets are stored in pieces of about this size.
constexpr std::size_t chunk_bytes = 1 << 20;

void check(int rc, sqlite3* handle, std::string_view doing) {
  if (rc == SQLITE_OK) return;
  throw InternalError(fmt::format("audit log: {} failed: {}", doing, handle ? sqlite3_errmsg(handle) : sqlite3_errstr(rc)));
}

void write_segment(SQLite::Database& db, std::int64_t entry, std::int64_t segment, const std::string& changeset) {
  SQLite::Statement insert(db, "INSERT INTO audit_changeset (entry, segment, chunk, data) VALUES (?, ?, ?, ?)");
  std::int64_t chunk = 0;
  for (std::size_t offset = 0; offset < changeset.size(); offset += chunk_bytes) {
    std::size_t size = std::min(chunk_bytes, changeset.size() - offset);
    insert.bind(1, entry);
    insert.bind(2, segment);
    insert.bind(3, chunk++);
    insert.bindNoCopy(4, changeset.data() + offset, static_cast<int>(size));
    insert.exec();
    insert.reset();
  }
}

std::vector<std::int64_t> segments_of(SQLite::Database& db, std::int64_t entry) {
  std::vector<std::int64_t> segments;
  SQLite::Statement select(db, "SELECT DISTINCT segment FROM audit_changeset WHERE entry = ? ORDER BY segment");
  select.bind(1, entry);
  while (select.executeStep()) segments.push_back(select.getColumn(0).getInt64());
  return segments;
}

std::string read_segment(SQLite::Database& db, std::int64_t entry, std::int64_t segment) {
  std::string changeset;
  SQLite::Statement select(db, "SELECT data FROM audit_changeset WHERE entry = ? AND segment = ? ORDER BY chunk");
  select.bind(1, entry);
  select.bind(2, segment);
  while (select.executeStep()) {
    const SQLite::Column column = select.getColumn(0);
    changeset.append(static_cast<const char*>(column.getBlob()), static_cast<std::size_t>(column.getBytes()));
  }
  return changeset;
}

int record_only_programme_tables(void*, const char* table) { return is_recorded_table(table) ? 1 : 0; }

std::string value_text(sqlite3_value* value) {
  if (!value) return {};
  switch (sqlite3_value_type(value)) {
    case SQLITE_NULL: return "NULL";
    case SQLITE_INTEGER: return std::to_string(sqlite3_value_int64(value));
    case SQLITE_FLOAT: return fmt::format("{}", sqlite3_value_double(value));
    default: {
      const unsigned char* text = sqlite3_value_text(value);
      return text ? fmt::format("'{}'", reinterpret_cast<const char*>(text)) : std::string{};
    }
  }
}

std::optional<std::string> text_of(sqlite3_value* value) {
  if (!value || sqlite3_value_type(value) != SQLITE_TEXT) return std::nullopt;
  return std::string(reinterpret_cast<const char*>(sqlite3_value_text(value)));
}

// Which column of a table names the company a row belongs to.
class CompanyColumns {
 public:
  explicit CompanyColumns(SQLite::Database& db) : db_(db) {}

  std::optional<int> of(const std::string& table) {
    auto found = columns_.find(table);
    if (found != columns_.end()) return found->second;
    std::optional<int> index;
    SQLite::Statement info(db_, "SELECT cid, name FROM pragma_table_info(?)");
    info.bind(1, table);
    const char* wanted = table == "company" ? "key" : "company";
    while (info.executeStep()) {
      if (info.getColumn(1).getString() == wanted) index = info.getColumn(0).getInt();
    }
    columns_.emplace(table, index);
    return index;
  }

 private:
  SQLite::Database& db_;
  std::map<std::string, std::optional<int>> columns_;
};

struct ChangeSummary {
  std::map<std::string, TableChanges> tables;
  std::set<std::string> companies;
};

// Adds the counts and touched companies of a changeset to `summary`.
void summarise(SQLite::Database& db, CompanyColumns& company_columns, std::string& changeset, ChangeSummary& summary) {
  sqlite3_changeset_iter* iter = nullptr;
  check(sqlite3changeset_start(&iter, static_cast<int>(changeset.size()), changeset.data()), nullptr,
        "reading a changeset");
  int rc;
  while ((rc = sqlite3changeset_next(iter)) == SQLITE_ROW) {
    const char* table_name = nullptr;
    int column_count = 0;
    int op = 0;
    int indirect = 0;
    sqlite3changeset_op(iter, &table_name, &column_count, &op, &indirect);
    std::string table = table_name;
    TableChanges& counts = summary.tables[table];
    counts.table = table;
    if (op == SQLITE_INSERT) ++counts.inserted;
    if (op == SQLITE_UPDATE) ++counts.updated;
    if (op == SQLITE_DELETE) ++counts.deleted;
    std::optional<int> column = company_columns.of(table);
    if (!column) continue;
    sqlite3_value* old_key = nullptr;
    sqlite3_value* new_key = nullptr;
    if (op != SQLITE_INSERT) sqlite3changeset_old(iter, *column, &old_key);
    if (op != SQLITE_DELETE) sqlite3changeset_new(iter, *column, &new_key);
    if (auto key = text_of(old_key)) summary.companies.insert(*key);
    if (auto key = text_of(new_key)) summary.companies.insert(*key);
    sqlite3_value* row_id = nullptr;
    if (op == SQLITE_UPDATE && !old_key && sqlite3changeset_old(iter, 0, &row_id) == SQLITE_OK && row_id &&
        sqlite3_value_type(row_id) == SQLITE_INTEGER) {
      // An update of a row keyed by id names its company only when that changed.
      SQLite::Statement lookup(db, fmt::format("SELECT company FROM \"{}\" WHERE rowid = ?", table));
      lookup.bind(1, static_cast<int64_t>(sqlite3_value_int64(row_id)));
      if (lookup.executeStep() && !lookup.getColumn(0).isNull()) summary.companies.insert(lookup.getColumn(0).getString());
    }
  }
  int finalize_rc = sqlite3changeset_finalize(iter);
  if (rc != SQLITE_DONE) check(rc, nullptr, "reading a changeset");
  check(finalize_rc, nullptr, "reading a changeset");
}

void write_summary(SQLite::Database& db, std::int64_t entry, const ChangeSummary& summary) {
  SQLite::Statement counts(db,
                           "INSERT INTO audit_table_change (entry, tbl, inserted, updated, deleted) VALUES (?, ?, ?, ?, ?)");
  for (const auto& [table, change] : summary.tables) {
    counts.bind(1, entry);
    counts.bind(2, table);
    counts.bind(3, change.inserted);
    counts.bind(4, change.updated);
    counts.bind(5, change.deleted);
    counts.exec();
    counts.reset();
  }
  SQLite::Statement company(db, "INSERT INTO audit_company (company, entry) VALUES (?, ?)");
  for (const std::string& key : summary.companies) {
    company.bind(1, key);
    company.bind(2, entry);
    company.exec();
    company.reset();
  }
}

std::vector<AuditEntry> read_entries(SQLite::Database& db, const std::string& where,
                                     const std::function<void(SQLite::Statement&)>& bind) {
  std::vector<AuditEntry> entries;
  SQLite::Statement select(db, "SELECT id, at, user, command, undoes, undone_by FROM audit_entry " + where);
  bind(select);
  while (select.executeStep()) {
    AuditEntry entry;
    entry.id = select.getColumn(0).getInt64();
    entry.at = select.getColumn(1).getString();
    entry.user = select.getColumn(2).getString();
    entry.command = select.getColumn(3).getString();
    if (!select.getColumn(4).isNull()) entry.undoes = select.getColumn(4).getInt64();
    if (!select.getColumn(5).isNull()) entry.undone_by = select.getColumn(5).getInt64();
    entries.push_back(std::move(entry));
  }
  SQLite::Statement counts(db, "SELECT tbl, inserted, updated, deleted FROM audit_table_change WHERE entry = ? ORDER BY tbl");
  SQLite::Statement companies(db, "SELECT company FROM audit_company WHERE entry = ? ORDER BY company");
  for (AuditEntry& entry : entries) {
    counts.bind(1, entry.id);
    while (counts.executeStep()) {
      entry.changes.push_back({counts.getColumn(0).getString(), counts.getColumn(1).getInt64(),
                               counts.getColumn(2).getInt64(), counts.getColumn(3).getInt64()});
    }
    counts.reset();
    companies.bind(1, entry.id);
    while (companies.executeStep()) entry.companies.push_back(companies.getColumn(0).getString());
    companies.reset();
  }
  return entries;
}

struct Conflict {
  SQLite::Database* db = nullptr;
  std::string description;
};

std::vector<std::string> column_names(SQLite::Database& db, const std::string& table) {
  std::vector<std::string> names;
  SQLite::Statement info(db, "SELECT name FROM pragma_table_info(?) ORDER BY cid");
  info.bind(1, table);
  while (info.executeStep()) names.push_back(info.getColumn(0).getString());
  return names;
}

const char* conflict_reason(int kind) {
  switch (kind) {
    case SQLITE_CHANGESET_DATA: return "was changed since";
    case SQLITE_CHANGESET_NOTFOUND: return "no longer exists";
    case SQLITE_CHANGESET_CONFLICT: return "exists again";
    case SQLITE_CHANGESET_CONSTRAINT: return "would break a constraint";
    default: return "stands in the way";
  }
}

bool same_value(sqlite3_value* a, sqlite3_value* b) {
  if (!a || !b) return a == b;
  int type = sqlite3_value_type(a);
  if (type != sqlite3_value_type(b)) return false;
  switch (type) {
    case SQLITE_NULL: return true;
    case SQLITE_INTEGER: return sqlite3_value_int64(a) == sqlite3_value_int64(b);
    case SQLITE_FLOAT: return sqlite3_value_double(a) == sqlite3_value_double(b);
    default: {
      int size = sqlite3_value_bytes(a);
      return size == sqlite3_value_bytes(b) &&
             std::memcmp(sqlite3_value_blob(a), sqlite3_value_blob(b), static_cast<std::size_t>(size)) == 0;
    }
  }
}

// A foreign key's ON DELETE or ON UPDATE CASCADE may already have done what
// the inverse changeset asks of a child row: the row is gone, or holds its new
// values. Such a row is no conflict.
bool already_done(int kind, sqlite3_changeset_iter* iter) {
  const char* table = nullptr;
  int column_count = 0;
  int op = 0;
  int indirect = 0;
  sqlite3changeset_op(iter, &table, &column_count, &op, &indirect);
  if (kind == SQLITE_CHANGESET_NOTFOUND) return op == SQLITE_DELETE;
  if (kind != SQLITE_CHANGESET_DATA || op != SQLITE_UPDATE) return false;
  for (int i = 0; i < column_count; ++i) {
    sqlite3_value* wanted = nullptr;
    sqlite3_value* current = nullptr;
    if (sqlite3changeset_new(iter, i, &wanted) != SQLITE_OK || !wanted) continue;
    if (sqlite3changeset_conflict(iter, i, &current) != SQLITE_OK || !same_value(wanted, current)) return false;
  }
  return true;
}

int on_conflict(void* context, int kind, sqlite3_changeset_iter* iter) {
  auto* conflict = static_cast<Conflict*>(context);
  if (!conflict->description.empty()) return SQLITE_CHANGESET_ABORT;
  if (already_done(kind, iter)) return SQLITE_CHANGESET_OMIT;
  if (kind == SQLITE_CHANGESET_FOREIGN_KEY) {
    conflict->description = "it would leave records that refer to something no longer there";
    return SQLITE_CHANGESET_ABORT;
  }
  const char* table = nullptr;
  int column_count = 0;
  int op = 0;
  int indirect = 0;
  sqlite3changeset_op(iter, &table, &column_count, &op, &indirect);
  unsigned char* primary_key = nullptr;
  int pk_count = 0;
  sqlite3changeset_pk(iter, &primary_key, &pk_count);
  std::vector<std::string> names = column_names(*conflict->db, table ? table : "");
  std::vector<std::string> key_values;
  for (int i = 0; i < column_count; ++i) {
    if (!primary_key || !primary_key[i]) continue;
    sqlite3_value* value = nullptr;
    if (op == SQLITE_INSERT) {
      sqlite3changeset_new(iter, i, &value);
    } else {
      sqlite3changeset_old(iter, i, &value);
    }
    std::string name = static_cast<std::size_t>(i) < names.size() ? names[static_cast<std::size_t>(i)] + "=" : "";
    key_values.push_back(name + value_text(value));
  }
  conflict->description = fmt::format("the {} row {} {}", table ? table : "?", fmt::join(key_values, ", "),
                                      conflict_reason(kind));
  return SQLITE_CHANGESET_ABORT;
}

}  // namespace

bool is_recorded_table(std::string_view table) {
  return table.rfind("audit_", 0) != 0 && table != "shown_reminder" && table.rfind("sqlite_", 0) != 0;
}

struct AuditRecorder::Progress {
  explicit Progress(SQLite::Database& db) : company_columns(db) {}
  CompanyColumns company_columns;
  ChangeSummary summary;
};

AuditRecorder::AuditRecorder(Database& db) : db_(db) { start_session(); }

AuditRecorder::~AuditRecorder() {
  if (session_) sqlite3session_delete(session_);
}

void AuditRecorder::start_session() {
  sqlite3* handle = sqlite(db_).getHandle();
  check(sqlite3session_create(handle, "main", &session_), handle, "starting the audit session");
  sqlite3session_table_filter(session_, record_only_programme_tables, nullptr);
  check(sqlite3session_attach(session_, nullptr), handle, "starting the audit session");
}

void AuditRecorder::flush_segment(const AuditStamp& stamp) {
  if (!session_ || sqlite3session_isempty(session_)) return;
  SQLite::Database& db = sqlite(db_);
  int size = 0;
  void* data = nullptr;
  check(sqlite3session_changeset(session_, &size, &data), db.getHandle(), "writing the changeset");
  std::string changeset(static_cast<const char*>(data), static_cast<std::size_t>(size));
  sqlite3_free(data);
  // A fresh session for what follows: the old one's memory is released.
  sqlite3session_delete(session_);
  session_ = nullptr;
  if (!entry_) {
    SQLite::Statement insert(db, "INSERT INTO audit_entry (at, user, command, undoes) VALUES (?, ?, ?, ?)");
    insert.bind(1, stamp.at);
    insert.bind(2, stamp.user);
    insert.bind(3, stamp.command);
    if (undoes_) {
      insert.bind(4, *undoes_);
    } else {
      insert.bind(4);
    }
    insert.exec();
    entry_ = db.getLastInsertRowid();
    progress_ = std::make_unique<Progress>(db);
  }
  write_segment(db, *entry_, next_segment_++, changeset);
  summarise(db, progress_->company_columns, changeset, progress_->summary);
  start_session();
}

void AuditRecorder::write_entry(const AuditStamp& stamp) {
  flush_segment(stamp);
  if (!entry_) return;
  sqlite3session_delete(session_);
  session_ = nullptr;
  SQLite::Database& db = sqlite(db_);
  write_summary(db, *entry_, progress_->summary);
  if (undoes_) {
    SQLite::Statement mark(db, "UPDATE audit_entry SET undone_by = ? WHERE id = ?");
    mark.bind(1, *entry_);
    mark.bind(2, *undoes_);
    mark.exec();
  }
}

std::vector<AuditEntry> list_audit_entries(Database& db, const AuditFilter& filter) {
  std::string where;
  if (filter.company) where = "WHERE id IN (SELECT entry FROM audit_company WHERE company = ?) ";
  where += "ORDER BY id DESC";
  if (filter.limit > 0) where += fmt::format(" LIMIT {}", filter.limit);
  return read_entries(sqlite(db), where, [&](SQLite::Statement& statement) {
    if (filter.company) statement.bind(1, *filter.company);
  });
}

std::optional<AuditEntry> latest_undoable_entry(Database& db) {
  auto entries = read_entries(sqlite(db), "WHERE undoes IS NULL AND undone_by IS NULL ORDER BY id DESC LIMIT 1",
                              [](SQLite::Statement&) {});
  if (entries.empty()) return std::nullopt;
  return entries.front();
}

std::optional<std::string> changeset_damage(Database& db, const AuditEntry& entry) {
  SQLite::Database& sql = sqlite(db);
  std::map<std::string, TableChanges> held;
  for (std::int64_t segment : segments_of(sql, entry.id)) {
    std::string changeset = read_segment(sql, entry.id, segment);
    sqlite3_changeset_iter* iter = nullptr;
    int rc = sqlite3changeset_start(&iter, static_cast<int>(changeset.size()), changeset.data());
    if (rc == SQLITE_OK) {
      while ((rc = sqlite3changeset_next(iter)) == SQLITE_ROW) {
        const char* table = nullptr;
        int column_count = 0;
        int op = 0;
        int indirect = 0;
        sqlite3changeset_op(iter, &table, &column_count, &op, &indirect);
        TableChanges& counts = held[table];
        counts.table = table;
        if (op == SQLITE_INSERT) ++counts.inserted;
        if (op == SQLITE_UPDATE) ++counts.updated;
        if (op == SQLITE_DELETE) ++counts.deleted;
      }
      int finalized = sqlite3changeset_finalize(iter);
      if (rc == SQLITE_DONE) rc = finalized;
    }
    if (rc != SQLITE_OK) {
      return fmt::format("part {} of its recorded change cannot be read ({})", segment + 1, sqlite3_errstr(rc));
    }
    int size = 0;
    void* inverse = nullptr;
    rc = sqlite3changeset_invert(static_cast<int>(changeset.size()), changeset.data(), &size, &inverse);
    sqlite3_free(inverse);
    if (rc != SQLITE_OK) {
      return fmt::format("part {} of its recorded change cannot be inverted ({})", segment + 1, sqlite3_errstr(rc));
    }
  }
  std::vector<TableChanges> found;
  for (auto& [table, counts] : held) found.push_back(counts);
  std::vector<TableChanges> logged;
  for (const TableChanges& change : entry.changes) {
    if (change.inserted || change.updated || change.deleted) logged.push_back(change);
  }
  auto same = [](const TableChanges& a, const TableChanges& b) {
    return a.table == b.table && a.inserted == b.inserted && a.updated == b.updated && a.deleted == b.deleted;
  };
  if (!std::equal(found.begin(), found.end(), logged.begin(), logged.end(), same)) {
    return fmt::format("its recorded change holds {}, but the log says {}", describe_changes(found),
                       describe_changes(logged));
  }
  return std::nullopt;
}

std::vector<TableChanges> undo_entry(WriteTransaction& tx, const AuditEntry& entry) {
  Database& db = tx.database();
  AuditRecorder* recorder = db.audit_recorder();
  if (!recorder) throw InternalError("undo outside a recorded write transaction");
  if (auto damage = changeset_damage(db, entry)) {
    throw DataError(fmt::format("cannot undo #{} ({}): {}; nothing was undone ('plift db verify' checks the whole log)",
                                entry.id, entry.command, *damage));
  }
  SQLite::Database& sql = sqlite(db);
  recorder->mark_as_undo_of(entry.id);
  std::vector<std::int64_t> segments = segments_of(sql, entry.id);
  for (auto segment = segments.rbegin(); segment != segments.rend(); ++segment) {
    std::string changeset = read_segment(sql, entry.id, *segment);
    int size = 0;
    void* inverse = nullptr;
    check(sqlite3changeset_invert(static_cast<int>(changeset.size()), changeset.data(), &size, &inverse), nullptr,
          "inverting the changeset");
    Conflict conflict;
    conflict.db = &sql;
    int rc = sqlite3changeset_apply(sql.getHandle(), size, inverse, nullptr, on_conflict, &conflict);
    sqlite3_free(inverse);
    if (!conflict.description.empty()) {
      throw RuleError(fmt::format("cannot undo #{} ({}): {}; a later change outside plift's log stands in the way",
                                  entry.id, entry.command, conflict.description));
    }
    check(rc, sql.getHandle(), "applying the inverse changeset");
    // Each segment's inverse is a change of its own, in order.
    recorder->flush_segment(*db.audit_stamp());
  }
  std::vector<TableChanges> reverted = entry.changes;
  for (TableChanges& change : reverted) std::swap(change.inserted, change.deleted);
  return reverted;
}

}  // namespace plift::store
