#include "plift/store/audit.hpp"
#include "connection.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fmt/format.h>

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <set>
#include <unordered_set>

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

std::vector<std::int64_t> segments_of(SQLite::Database& db, std::int64_t entry, std::int64_t from = 0,
                                      std::int64_t to = INT64_MAX) {
  std::vector<std::int64_t> segments;
  SQLite::Statement select(
      db, "SELECT DISTINCT segment FROM audit_changeset WHERE entry = ? AND segment >= ? AND segment < ? ORDER BY segment");
  select.bind(1, entry);
  select.bind(2, from);
  select.bind(3, to);
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
  SQLite::Statement undid(db, "SELECT id FROM audit_entry WHERE undone_by = ? ORDER BY id DESC");
  for (AuditEntry& entry : entries) {
    if (entry.undoes) {
      undid.bind(1, entry.id);
      while (undid.executeStep()) entry.undid.push_back(undid.getColumn(0).getInt64());
      undid.reset();
    }
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


// A changeset iterator, finalized whatever happens.
class ChangesetIterator {
 public:
  ChangesetIterator(std::string& changeset, std::int64_t entry, std::int64_t segment) {
    int rc = sqlite3changeset_start(&iter_, static_cast<int>(changeset.size()), changeset.data());
    if (rc != SQLITE_OK) {
      iter_ = nullptr;
      throw unreadable(entry, segment, rc);
    }
    entry_ = entry;
    segment_ = segment;
  }
  ChangesetIterator(const ChangesetIterator&) = delete;
  ChangesetIterator& operator=(const ChangesetIterator&) = delete;
  ~ChangesetIterator() {
    if (iter_) sqlite3changeset_finalize(iter_);
  }
  // The next change, or false at the end.
  bool next() {
    int rc = sqlite3changeset_next(iter_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    throw unreadable(entry_, segment_, rc);
  }
  sqlite3_changeset_iter* get() { return iter_; }

  const char* table = nullptr;
  int columns = 0;
  int op = 0;
  void read_op() {
    int indirect = 0;
    sqlite3changeset_op(iter_, &table, &columns, &op, &indirect);
  }

 private:
  static DataError unreadable(std::int64_t entry, std::int64_t segment, int rc) {
    return DataError(fmt::format("the change recorded with #{} cannot be read (part {}: {}); 'plift db verify' checks "
                                 "the whole log",
                                 entry, segment + 1, sqlite3_errstr(rc)));
  }
  sqlite3_changeset_iter* iter_ = nullptr;
  std::int64_t entry_ = 0;
  std::int64_t segment_ = 0;
};

// Calls `visit` for every change in the segments [from, to) of an entry, one
// segment in memory at a time; `visit` returns false to stop.
void for_each_change(SQLite::Database& db, std::int64_t entry, const std::function<bool(ChangesetIterator&)>& visit,
                     std::int64_t from = 0, std::int64_t to = INT64_MAX) {
  for (std::int64_t segment : segments_of(db, entry, from, to)) {
    std::string changeset = read_segment(db, entry, segment);
    ChangesetIterator iter(changeset, entry, segment);
    while (iter.next()) {
      iter.read_op();
      if (!visit(iter)) return;
    }
  }
}

void append_value_key(std::string& key, sqlite3_value* value) {
  if (!value) {
    key.push_back('?');
    return;
  }
  int type = sqlite3_value_type(value);
  key.push_back(static_cast<char>('0' + type));
  switch (type) {
    case SQLITE_NULL: break;
    case SQLITE_INTEGER: {
      sqlite3_int64 number = sqlite3_value_int64(value);
      key.append(reinterpret_cast<const char*>(&number), sizeof number);
      break;
    }
    case SQLITE_FLOAT: {
      double number = sqlite3_value_double(value);
      key.append(reinterpret_cast<const char*>(&number), sizeof number);
      break;
    }
    default: {
      const void* bytes = sqlite3_value_blob(value);
      auto size = static_cast<std::uint32_t>(sqlite3_value_bytes(value));
      key.append(reinterpret_cast<const char*>(&size), sizeof size);
      if (bytes) key.append(static_cast<const char*>(bytes), size);
    }
  }
}

// The row a change is about: its table and primary key, as one string.
std::string row_key(ChangesetIterator& iter) {
  unsigned char* primary_key = nullptr;
  int pk_columns = 0;
  sqlite3changeset_pk(iter.get(), &primary_key, &pk_columns);
  std::string key = iter.table;
  key.push_back('\0');
  for (int i = 0; i < iter.columns; ++i) {
    if (!primary_key || !primary_key[i]) continue;
    sqlite3_value* value = nullptr;
    if (iter.op == SQLITE_INSERT) {
      sqlite3changeset_new(iter.get(), i, &value);
    } else {
      sqlite3changeset_old(iter.get(), i, &value);
    }
    append_value_key(key, value);
  }
  return key;
}

using RowKeys = std::unordered_set<std::string>;

// The entries after `target` whose changes count against reverting it alone:
// not undone, and not the undo of an entry that itself came after `target`
// (such a pair left nothing behind). `current` is the entry being recorded
// (a batch under way): always read.
std::vector<std::int64_t> later_entries(SQLite::Database& db, std::int64_t target,
                                        std::optional<std::int64_t> current) {
  std::vector<std::int64_t> ids;
  SQLite::Statement select(db,
                           "SELECT e.id FROM audit_entry e WHERE e.id > ?1 AND e.undone_by IS NULL AND "
                           "(e.id = ?2 OR e.undoes IS NULL OR EXISTS "
                           "(SELECT 1 FROM audit_entry t WHERE t.undone_by = e.id AND t.id < ?1)) ORDER BY e.id");
  select.bind(1, target);
  select.bind(2, current.value_or(-1));
  while (select.executeStep()) ids.push_back(select.getColumn(0).getInt64());
  return ids;
}

// The entry being recorded (a batch under way) as far as an undo reads it:
// its segments below `end`, but not those of its own undos of entries after
// the one being undone (such a pair left nothing behind).
struct CurrentEntry {
  std::optional<std::int64_t> id;
  std::int64_t end = 0;
  std::vector<AuditRecorder::UndoSegments> undos;

  bool reads(std::int64_t target, std::int64_t segment) const {
    if (segment >= end) return false;
    for (const auto& undo : undos) {
      if (undo.undone > target && segment >= undo.from && segment < undo.to) return false;
    }
    return true;
  }
};

// Which of the later entries changed one of `keys` (rows of `tables`).
std::vector<std::int64_t> entries_touching(SQLite::Database& db, std::int64_t target, const RowKeys& keys,
                                           const std::set<std::string>& tables, const CurrentEntry& current) {
  std::vector<std::int64_t> found;
  if (keys.empty()) return found;
  SQLite::Statement tables_of(db, "SELECT tbl FROM audit_table_change WHERE entry = ?");
  for (std::int64_t id : later_entries(db, target, current.id)) {
    bool is_current = current.id && id == *current.id;
    if (!is_current) {
      // The counts say which tables an entry changed: most are passed over unread.
      bool shares_table = false;
      tables_of.bind(1, id);
      while (tables_of.executeStep()) shares_table = shares_table || tables.count(tables_of.getColumn(0).getString());
      tables_of.reset();
      if (!shares_table) continue;
    }
    bool touches = false;
    auto visit = [&](ChangesetIterator& iter) {
      if (!tables.count(iter.table)) return true;
      touches = keys.count(row_key(iter)) > 0;
      return !touches;
    };
    if (is_current) {
      for (std::int64_t segment : segments_of(db, id, 0, current.end)) {
        if (current.reads(target, segment)) for_each_change(db, id, visit, segment, segment + 1);
        if (touches) break;
      }
    } else {
      for_each_change(db, id, visit);
    }
    if (touches) found.push_back(id);
  }
  return found;
}

// The entries by number, command, time and user; `current`, the entry being
// recorded, is the batch's own earlier lines.
std::string name_entries(const std::vector<AuditEntry>& entries, std::optional<std::int64_t> current) {
  constexpr std::size_t shown = 5;
  std::vector<std::string> names;
  for (std::size_t i = 0; i < entries.size() && i < shown; ++i) {
    names.push_back(current && entries[i].id == *current ? fmt::format("the earlier lines of this batch ({})",
                                                                       entries[i].command)
                                                         : describe_entry(entries[i]));
  }
  std::string text = fmt::format("{}", fmt::join(names, ", "));
  if (entries.size() > shown) text += fmt::format(" and {} more", entries.size() - shown);
  return text;
}

std::optional<RecordedValue> recorded_value(sqlite3_value* value) {
  if (!value) return std::nullopt;
  RecordedValue recorded;
  switch (sqlite3_value_type(value)) {
    case SQLITE_NULL: recorded.type = RecordedValue::Type::null; break;
    case SQLITE_INTEGER:
      recorded.type = RecordedValue::Type::integer;
      recorded.integer = sqlite3_value_int64(value);
      break;
    case SQLITE_FLOAT:
      recorded.type = RecordedValue::Type::real;
      recorded.real = sqlite3_value_double(value);
      break;
    default: {
      recorded.type = sqlite3_value_type(value) == SQLITE_TEXT ? RecordedValue::Type::text : RecordedValue::Type::blob;
      const void* bytes = sqlite3_value_blob(value);
      if (bytes) recorded.bytes.assign(static_cast<const char*>(bytes), static_cast<std::size_t>(sqlite3_value_bytes(value)));
    }
  }
  return recorded;
}

}  // namespace

bool is_recorded_table(std::string_view table) {
  return table.rfind("audit_", 0) != 0 && table != "shown_reminder" && table != "assessment_id_sequence" && table.rfind("sqlite_", 0) != 0;
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
  ensure_entry(stamp);
  write_segment(db, *entry_, next_segment_++, changeset);
  summarise(db, progress_->company_columns, changeset, progress_->summary);
  start_session();
}

void AuditRecorder::ensure_entry(const AuditStamp& stamp) {
  if (entry_) return;
  SQLite::Database& db = sqlite(db_);
  SQLite::Statement insert(db, "INSERT INTO audit_entry (at, user, command) VALUES (?, ?, ?)");
  insert.bind(1, stamp.at);
  insert.bind(2, stamp.user);
  insert.bind(3, stamp.command);
  insert.exec();
  entry_ = db.getLastInsertRowid();
  progress_ = std::make_unique<Progress>(db);
}

void AuditRecorder::record_undo_of(std::int64_t id, const AuditStamp& stamp, std::int64_t from, std::int64_t to) {
  ensure_entry(stamp);
  undo_segments_.push_back({id, from, to});
  SQLite::Database& db = sqlite(db_);
  // A batch that undid several entries names the first; each names it.
  SQLite::Statement undoes(db, "UPDATE audit_entry SET undoes = coalesce(undoes, ?) WHERE id = ?");
  undoes.bind(1, id);
  undoes.bind(2, *entry_);
  undoes.exec();
  SQLite::Statement undone(db, "UPDATE audit_entry SET undone_by = ? WHERE id = ?");
  undone.bind(1, *entry_);
  undone.bind(2, id);
  undone.exec();
}

void AuditRecorder::write_entry(const AuditStamp& stamp) {
  flush_segment(stamp);
  if (!entry_) return;
  sqlite3session_delete(session_);
  session_ = nullptr;
  write_summary(sqlite(db_), *entry_, progress_->summary);
}

std::vector<AuditEntry> list_audit_entries(Database& db, const AuditFilter& filter) {
  std::vector<std::string> conditions;
  if (filter.company) conditions.push_back("id IN (SELECT entry FROM audit_company WHERE company = :company)");
  if (filter.user) conditions.push_back("user = :user");
  if (filter.since) conditions.push_back("at >= :since");
  std::string where;
  if (!conditions.empty()) where = fmt::format("WHERE {} ", fmt::join(conditions, " AND "));
  where += "ORDER BY id DESC";
  if (filter.limit > 0) where += fmt::format(" LIMIT {}", filter.limit);
  return read_entries(sqlite(db), where, [&](SQLite::Statement& statement) {
    if (filter.company) statement.bind(":company", *filter.company);
    if (filter.user) statement.bind(":user", *filter.user);
    if (filter.since) statement.bind(":since", *filter.since);
  });
}

std::optional<AuditEntry> find_audit_entry(Database& db, std::int64_t id) {
  auto entries = read_entries(sqlite(db), "WHERE id = ?", [&](SQLite::Statement& statement) { statement.bind(1, id); });
  if (entries.empty()) return std::nullopt;
  return entries.front();
}

std::int64_t newest_audit_id(Database& db) {
  return sqlite(db).execAndGet("SELECT coalesce(max(id), 0) FROM audit_entry").getInt64();
}

void for_each_row_change(Database& db, std::int64_t entry, const std::function<void(const RowChange&)>& visit) {
  SQLite::Database& sql = sqlite(db);
  // Names per table and column count: a table whose columns changed since is named by position.
  std::map<std::pair<std::string, int>, std::vector<std::string>> names;
  RowChange change;
  for_each_change(sql, entry, [&](ChangesetIterator& iter) {
    auto [named, added] = names.try_emplace({iter.table, iter.columns});
    if (added) {
      std::vector<std::string> current = column_names(sql, iter.table);
      if (current.size() == static_cast<std::size_t>(iter.columns)) {
        named->second = std::move(current);
      } else {
        for (int i = 1; i <= iter.columns; ++i) named->second.push_back(fmt::format("column_{}", i));
      }
    }
    change.table = iter.table;
    change.kind = iter.op == SQLITE_INSERT   ? RowChange::Kind::insert
                  : iter.op == SQLITE_UPDATE ? RowChange::Kind::update
                                             : RowChange::Kind::remove;
    change.columns = &named->second;
    auto count = static_cast<std::size_t>(iter.columns);
    unsigned char* primary_key = nullptr;
    int pk_columns = 0;
    sqlite3changeset_pk(iter.get(), &primary_key, &pk_columns);
    change.primary_key.assign(count, false);
    change.before.assign(count, std::nullopt);
    change.after.assign(count, std::nullopt);
    for (int i = 0; i < iter.columns; ++i) {
      auto at = static_cast<std::size_t>(i);
      change.primary_key[at] = primary_key && primary_key[i];
      sqlite3_value* value = nullptr;
      if (iter.op != SQLITE_INSERT && sqlite3changeset_old(iter.get(), i, &value) == SQLITE_OK) {
        change.before[at] = recorded_value(value);
      }
      value = nullptr;
      if (iter.op != SQLITE_DELETE && sqlite3changeset_new(iter.get(), i, &value) == SQLITE_OK) {
        change.after[at] = recorded_value(value);
      }
    }
    visit(change);
    return true;
  });
}

UndoBlocked::UndoBlocked(const AuditEntry& entry, Why why_blocked, std::vector<AuditEntry> later_entries,
                         std::string why_text)
    : RuleError(fmt::format("cannot undo #{} ({}): {}", entry.id, entry.command, why_text)),
      why(why_blocked),
      later(std::move(later_entries)),
      reason(std::move(why_text)) {}

std::string describe_entry(const AuditEntry& entry) {
  return fmt::format("#{} ({}, {} by {})", entry.id, entry.command, entry.at, entry.user);
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
  if (!recorder || !db.audit_stamp()) throw InternalError("undo outside a recorded write transaction");
  if (auto damage = changeset_damage(db, entry)) {
    throw DataError(fmt::format("cannot undo #{} ({}): {}; nothing was undone ('plift db verify' checks the whole log)",
                                entry.id, entry.command, *damage));
  }
  SQLite::Database& sql = sqlite(db);
  const AuditStamp& stamp = *db.audit_stamp();
  auto entries_named = [&](const std::vector<std::int64_t>& ids) {
    std::vector<AuditEntry> named;
    for (std::int64_t id : ids) {
      if (auto found = find_audit_entry(db, id)) named.push_back(std::move(*found));
    }
    return named;
  };

  // What this transaction changed so far (earlier lines of a batch) becomes
  // a segment of the entry being recorded, read like any later entry.
  recorder->flush_segment(stamp);
  const std::int64_t undo_begins = recorder->next_segment();
  const CurrentEntry current{recorder->entry(), undo_begins, recorder->undo_segments()};

  // The rows the entry changed, by table and primary key.
  RowKeys keys;
  std::set<std::string> tables;
  std::map<std::string, std::int64_t> expected;  // changes per table
  for_each_change(sql, entry.id, [&](ChangesetIterator& iter) {
    keys.insert(row_key(iter));
    tables.insert(iter.table);
    ++expected[iter.table];
    return true;
  });

  std::vector<std::int64_t> in_the_way = entries_touching(sql, entry.id, keys, tables, current);
  if (!in_the_way.empty()) {
    std::vector<AuditEntry> later = entries_named(in_the_way);
    std::string reason =
        fmt::format("later changes touched the same rows: {}; undo those first", name_entries(later, current.id));
    throw UndoBlocked(entry, UndoBlocked::Why::same_rows, std::move(later), std::move(reason));
  }

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
    recorder->flush_segment(stamp);
  }

  // What the undo changed, against the inverse's own rows: a foreign key's
  // cascade may have taken more with it, or a table no longer take them.
  const std::int64_t undo_ends = recorder->next_segment();
  std::map<std::string, std::int64_t> done;  // changes per table to the entry's own rows
  std::map<std::string, TableChanges> beyond;
  RowKeys beyond_keys;
  std::set<std::string> beyond_tables;
  constexpr std::size_t beyond_keys_read = 100000;  // enough to name who made them
  if (recorder->entry()) {
    for_each_change(
        sql, *recorder->entry(),
        [&](ChangesetIterator& iter) {
          std::string key = row_key(iter);
          if (keys.count(key)) {
            ++done[iter.table];
            return true;
          }
          TableChanges& counts = beyond[iter.table];
          counts.table = iter.table;
          if (iter.op == SQLITE_INSERT) ++counts.inserted;
          if (iter.op == SQLITE_UPDATE) ++counts.updated;
          if (iter.op == SQLITE_DELETE) ++counts.deleted;
          beyond_tables.insert(iter.table);
          if (beyond_keys.size() < beyond_keys_read) beyond_keys.insert(std::move(key));
          return true;
        },
        undo_begins, undo_ends);
  }
  if (!beyond.empty()) {
    std::vector<TableChanges> counts;
    for (auto& [table, change] : beyond) counts.push_back(change);
    std::vector<AuditEntry> makers =
        entries_named(entries_touching(sql, entry.id, beyond_keys, beyond_tables, current));
    std::string reason =
        makers.empty()
            ? fmt::format("reverting it would also change rows it did not make ({}), through the records that refer "
                          "to its own",
                          describe_changes(counts))
            : fmt::format("reverting it would also take rows later changes made with it ({}): {}; undo those first",
                          describe_changes(counts), name_entries(makers, current.id));
    throw UndoBlocked(entry, UndoBlocked::Why::cascade, std::move(makers), std::move(reason));
  }
  std::vector<std::string> short_of;
  for (const auto& [table, count] : expected) {
    std::int64_t made = done.count(table) ? done.at(table) : 0;
    if (made < count) short_of.push_back(fmt::format("{} of its {} changes to {}", count - made, count, table));
  }
  if (!short_of.empty()) {
    throw UndoBlocked(entry, UndoBlocked::Why::no_longer_applies, {},
                      fmt::format("{} no longer apply (rows changed outside plift's log, or the table's columns "
                                  "changed since)",
                                  fmt::join(short_of, ", ")));
  }
  recorder->record_undo_of(entry.id, stamp, undo_begins, undo_ends);
  std::vector<TableChanges> reverted = entry.changes;
  for (TableChanges& change : reverted) std::swap(change.inserted, change.deleted);
  return reverted;
}

}  // namespace plift::store
