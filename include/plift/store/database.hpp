#pragma once
// The database behind plift: opening, creating (owner-only), schema
// migrations, and the transactions every command runs in. The engine's own
// code (src/store/sqlite) reaches the connection through its internal header.

#include <chrono>
#include <functional>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

namespace plift::store {

struct AuditStamp;
class AuditRecorder;
struct Connection;

class Database {
 public:
  static constexpr std::chrono::milliseconds default_busy_timeout{5000};

  // Opens an existing database and brings its schema up to date. Throws
  // NoInputError when the file is missing (with a hint to run `plift init`) or
  // is a folder, device or pipe; DataError when it is empty, was written by a
  // newer plift, is not a plift database, or its tables are not those of its
  // schema version. Nothing is created beside a file it refuses.
  static Database open(const std::filesystem::path& file,
                       std::chrono::milliseconds busy_timeout = default_busy_timeout);

  // Creates the file readable by its owner only when it does not exist, then
  // opens it as open() does, except that an empty file gets a new programme.
  // `created` tells which happened.
  static Database create(const std::filesystem::path& file, bool& created,
                         std::chrono::milliseconds busy_timeout = default_busy_timeout);

  // An in-memory database with the current schema, for tests.
  static Database in_memory();

  Database(Database&&) noexcept;
  Database& operator=(Database&&) noexcept;
  ~Database();

  int schema_version() const;
  static int latest_schema_version();
  const std::filesystem::path& file() const { return file_; }

  // From now on, record every outermost write transaction that changes
  // programme data in the audit log under this stamp (see audit.hpp).
  void set_audit_stamp(const AuditStamp& stamp);
  const AuditStamp* audit_stamp() const { return stamp_.get(); }
  // In a long write (an import), stores what the audit session holds so far,
  // keeping memory flat; a no-op when nothing records.
  void flush_audit_segment();
  // A larger page cache for bulk writes: index pages stay in memory.
  void use_bulk_cache();
  // Calls `notice` once per wait when waiting for another writer has lasted
  // `after` (the wait itself still ends at the busy timeout).
  void notice_long_waits(std::chrono::milliseconds after, std::function<void()> notice);
  // The recorder of the outermost write transaction, if one records; for the store layer.
  AuditRecorder* audit_recorder() { return recorder_.get(); }

 private:
  Database(std::unique_ptr<Connection> connection, std::filesystem::path file);
  static Database open_file(const std::filesystem::path& file, std::chrono::milliseconds busy_timeout,
                            bool empty_allowed);
  void configure_and_migrate();
  void require_tables_of_version(int version);

  std::unique_ptr<Connection> connection_;
  std::filesystem::path file_;
  int write_depth_ = 0;
  int read_depth_ = 0;
  std::unique_ptr<AuditStamp> stamp_;
  std::unique_ptr<AuditRecorder> recorder_;  // while an outermost transaction records
  friend class WriteTransaction;
  friend class ReadTransaction;
  friend class AuditRecorder;
  friend Connection& connection_of(Database& db);
};

// One writing command: BEGIN IMMEDIATE (so a busy database is noticed before
// any work), or a SAVEPOINT when nested inside another. Rolls back unless
// commit() was called.
class WriteTransaction {
 public:
  explicit WriteTransaction(Database& db);
  WriteTransaction(const WriteTransaction&) = delete;
  WriteTransaction& operator=(const WriteTransaction&) = delete;
  ~WriteTransaction();
  void commit();
  // The database it writes to: reads inside the transaction see its writes.
  Database& database() { return db_; }

 private:
  Database& db_;
  int depth_;
  bool done_ = false;
};

// One reading command: its queries see one snapshot of the database (BEGIN
// DEFERRED); inside a write transaction it adds nothing.
class ReadTransaction {
 public:
  explicit ReadTransaction(Database& db);
  ReadTransaction(const ReadTransaction&) = delete;
  ReadTransaction& operator=(const ReadTransaction&) = delete;
  ~ReadTransaction();

 private:
  Database& db_;
  bool outermost_;
};

// Inside a catch block: rethrows the current exception, turning the engine's
// errors into plift::Error (busy → BusyError, disk full or I/O → IoError,
// anything else → InternalError). plift::Error passes through unchanged.
[[noreturn]] void rethrow_as_plift_error();

}  // namespace plift::store
