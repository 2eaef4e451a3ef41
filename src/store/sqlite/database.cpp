#include "plift/store/database.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstring>
#include <iterator>

#include "audit_recorder.hpp"
#include "connection.hpp"
#include "migrations.hpp"
#include "plift/core/error.hpp"
#include "schema_shape.hpp"

namespace plift::store {

namespace {

// Creating the file ourselves is the only way to get mode 0600 from the
// start; SQLite then gives its -wal and -shm files the same mode.
bool create_owner_only_file(const std::filesystem::path& file) {
  int fd = ::open(file.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
  if (fd >= 0) {
    ::close(fd);
    return true;
  }
  if (errno == EEXIST) return false;
  throw IoError(fmt::format("cannot create database '{}': {}", file.string(), std::strerror(errno)));
}

// Before the first connection, while SQLite may still be configured: plift
// never asks SQLite how much memory it uses, and keeping that count costs a
// global mutex on every allocation (a few percent of a large import).
void configure_sqlite_once() {
  static const bool configured = [] {
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    return true;
  }();
  (void)configured;
}

bool looks_like_missing_file(const std::filesystem::path& file) {
  std::error_code ec;
  return !std::filesystem::exists(file, ec);
}

// SQLite's busy handler: sleeps in growing steps until the busy timeout, as
// sqlite3_busy_timeout() does, and says once when the wait has grown long.
int wait_for_writer(void* data, int attempt) {
  auto& connection = *static_cast<Connection*>(data);
  auto now = std::chrono::steady_clock::now();
  if (attempt == 0) {
    connection.waiting_since = now;
    connection.noticed = false;
  }
  auto waited = std::chrono::duration_cast<std::chrono::milliseconds>(now - connection.waiting_since);
  if (waited >= connection.busy_timeout) return 0;
  if (connection.wait_notice && !connection.noticed && connection.notice_after.count() > 0 &&
      waited >= connection.notice_after) {
    connection.noticed = true;
    connection.wait_notice();
  }
  static constexpr int steps_ms[] = {1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, 100};
  int step = steps_ms[std::min<std::size_t>(static_cast<std::size_t>(attempt), std::size(steps_ms) - 1)];
  auto left = connection.busy_timeout - waited;
  ::sqlite3_sleep(static_cast<int>(std::min<std::int64_t>(step, left.count())));
  return 1;
}

std::string kind_of_file(mode_t mode) {
  if (S_ISDIR(mode)) return "a folder";
  if (S_ISCHR(mode)) return "a character device";
  if (S_ISBLK(mode)) return "a block device";
  if (S_ISFIFO(mode)) return "a named pipe (FIFO)";
  if (S_ISSOCK(mode)) return "a socket";
  return "not a regular file";
}

// Before SQLite sees the path: given a folder or a device, SQLite would
// create its journal beside it (/dev/null-journal), and a zero-byte file would
// silently become a new, empty programme.
void require_database_file(const std::filesystem::path& file, bool empty_allowed) {
  struct stat status {};
  if (::stat(file.c_str(), &status) != 0) {
    throw IoError(fmt::format("cannot open database '{}': {}", file.string(), std::strerror(errno)));
  }
  if (!S_ISREG(status.st_mode)) {
    throw NoInputError(
        fmt::format("database '{}' is {}, not a database file", file.string(), kind_of_file(status.st_mode)));
  }
  if (status.st_size == 0 && !empty_allowed) {
    throw DataError(fmt::format("database '{}' is empty (0 bytes); run 'plift init' to create a programme in it",
                                file.string()));
  }
}

}  // namespace

Database::Database(std::unique_ptr<Connection> connection, std::filesystem::path file)
    : connection_(std::move(connection)), file_(std::move(file)) {}
Database::Database(Database&&) noexcept = default;
Database& Database::operator=(Database&&) noexcept = default;
Database::~Database() = default;

Connection& connection_of(Database& db) { return *db.connection_; }

CachedStatement::CachedStatement(Database& db, const std::string& sql) : connection_(connection_of(db)), sql_(sql) {
  auto found = connection_.statement_pool.find(sql_);
  if (found != connection_.statement_pool.end() && !found->second.empty()) {
    statement_ = std::move(found->second.back());
    found->second.pop_back();
  } else {
    statement_ = std::make_unique<SQLite::Statement>(*connection_.sqlite, sql_);
  }
}

CachedStatement::~CachedStatement() {
  try {
    statement_->reset();
    statement_->clearBindings();
    connection_.statement_pool[sql_].push_back(std::move(statement_));
  } catch (...) {  // a statement that cannot be reset is not kept
  }
}

void Database::flush_audit_segment() {
  if (recorder_ && stamp_) recorder_->flush_segment(*stamp_);
}

void Database::use_bulk_cache() { connection_->sqlite->exec("PRAGMA cache_size = -65536"); }

void Database::set_audit_stamp(const AuditStamp& stamp) { stamp_ = std::make_unique<AuditStamp>(stamp); }

int Database::latest_schema_version() { return migrations().back().version; }

int Database::schema_version() const {
  return connection_->sqlite->execAndGet("PRAGMA user_version").getInt();
}

Database Database::open(const std::filesystem::path& file, std::chrono::milliseconds busy_timeout) {
  return open_file(file, busy_timeout, false);
}

Database Database::open_file(const std::filesystem::path& file, std::chrono::milliseconds busy_timeout,
                             bool empty_allowed) {
  if (looks_like_missing_file(file)) {
    throw NoInputError(fmt::format(
        "database '{}' does not exist; run 'plift init' to create it (or pass --db)", file.string()));
  }
  require_database_file(file, empty_allowed);
  configure_sqlite_once();
  std::unique_ptr<SQLite::Database> handle;
  try {
    // One connection per process, used from one thread: SQLite need not lock.
    handle = std::make_unique<SQLite::Database>(file.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_NOMUTEX,
                                                static_cast<int>(busy_timeout.count()));
  } catch (const SQLite::Exception& e) {
    throw IoError(fmt::format("cannot open database '{}': {}", file.string(), e.what()));
  }
  auto connection = std::make_unique<Connection>(std::move(handle));
  connection->busy_timeout = busy_timeout;
  ::sqlite3_busy_handler(connection->sqlite->getHandle(), wait_for_writer, connection.get());
  Database db(std::move(connection), file);
  db.configure_and_migrate();
  return db;
}

void Database::notice_long_waits(std::chrono::milliseconds after, std::function<void()> notice) {
  connection_->notice_after = after;
  connection_->wait_notice = std::move(notice);
}

Database Database::create(const std::filesystem::path& file, bool& created,
                          std::chrono::milliseconds busy_timeout) {
  created = create_owner_only_file(file);
  try {
    return open_file(file, busy_timeout, true);
  } catch (...) {
    if (created) std::filesystem::remove(file);
    throw;
  }
}

Database Database::in_memory() {
  configure_sqlite_once();
  Database db(std::make_unique<Connection>(
                  std::make_unique<SQLite::Database>(":memory:", SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE)),
              ":memory:");
  db.configure_and_migrate();
  return db;
}

void Database::configure_and_migrate() {
  try {
    connection_->sqlite->exec("PRAGMA foreign_keys = ON");
    int version = schema_version();  // also the first read: fails on a file that is not SQLite
    if (version > latest_schema_version()) {
      throw DataError(fmt::format(
          "database '{}' was written by a newer plift (schema version {}, this plift knows up to {}); "
          "upgrade plift to use it",
          file_.string(), version, latest_schema_version()));
    }
    if (version < 0) {
      throw DataError(fmt::format(
          "database '{}' has schema version {}, which no plift writes (this plift reads versions 0 to {})",
          file_.string(), version, latest_schema_version()));
    }
    if (version < latest_schema_version()) require_tables_of_version(version);
    if (file_ != ":memory:") {
      // WAL lets cron's readers run beside a coordinator's writes.
      std::string mode = connection_->sqlite->execAndGet("PRAGMA journal_mode = WAL").getString();
      (void)mode;
      connection_->sqlite->exec("PRAGMA synchronous = FULL");
    }
    if (version == latest_schema_version()) return;
    WriteTransaction tx(*this);
    for (const Migration& m : migrations()) {
      if (m.version <= version) continue;
      connection_->sqlite->exec(m.sql);
      connection_->sqlite->exec(fmt::format("PRAGMA user_version = {}", m.version));
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    if (e.getErrorCode() == SQLITE_NOTADB) {
      throw DataError(fmt::format("'{}' is not a plift database (not an SQLite file)", file_.string()));
    }
    rethrow_as_plift_error();
  }
}

// A migration run over tables it does not expect fails half-way ("table
// audit_entry already exists") or changes data it does not know.
void Database::require_tables_of_version(int version) {
  SQLite::Database& db = *connection_->sqlite;
  auto mismatch = schema_mismatch(db, version);
  if (!mismatch) return;
  if (version == 0 && holds_no_plift_table(db)) {
    throw DataError(fmt::format("'{}' is an SQLite database of another program, not a plift database; none of its "
                                "tables is plift's",
                                file_.string()));
  }
  throw DataError(fmt::format(
      "database '{}' does not match its schema version {}: {}; plift cannot upgrade it safely (restore a backup)",
      file_.string(), version, *mismatch));
}

WriteTransaction::WriteTransaction(Database& db) : db_(db), depth_(db.write_depth_) {
  try {
    if (depth_ == 0) {
      sqlite(db_).exec("BEGIN IMMEDIATE");
      if (db_.stamp_) {
        try {
          db_.recorder_ = std::make_unique<AuditRecorder>(db_);
        } catch (...) {
          sqlite(db_).exec("ROLLBACK");
          throw;
        }
      }
    } else {
      sqlite(db_).exec(fmt::format("SAVEPOINT plift_{}", depth_));
    }
  } catch (const SQLite::Exception&) {
    rethrow_as_plift_error();
  }
  ++db_.write_depth_;
}

void WriteTransaction::commit() {
  try {
    if (depth_ == 0) {
      if (db_.recorder_) {
        db_.recorder_->write_entry(*db_.stamp_);
        db_.recorder_.reset();
      }
      sqlite(db_).exec("COMMIT");
    } else {
      sqlite(db_).exec(fmt::format("RELEASE plift_{}", depth_));
    }
  } catch (const SQLite::Exception&) {
    rethrow_as_plift_error();
  }
  done_ = true;
  --db_.write_depth_;
}

WriteTransaction::~WriteTransaction() {
  if (done_) return;
  --db_.write_depth_;
  try {
    if (depth_ == 0) {
      db_.recorder_.reset();
      sqlite(db_).exec("ROLLBACK");
    } else {
      sqlite(db_).exec(fmt::format("ROLLBACK TO plift_{}", depth_));
      sqlite(db_).exec(fmt::format("RELEASE plift_{}", depth_));
    }
  } catch (...) {
    // A failed rollback leaves SQLite to roll back when the connection closes.
  }
}

ReadTransaction::ReadTransaction(Database& db) : db_(db), outermost_(db.write_depth_ == 0 && db.read_depth_ == 0) {
  try {
    if (outermost_) sqlite(db_).exec("BEGIN DEFERRED");
  } catch (const SQLite::Exception&) {
    rethrow_as_plift_error();
  }
  ++db_.read_depth_;
}

ReadTransaction::~ReadTransaction() {
  --db_.read_depth_;
  if (!outermost_) return;
  try {
    sqlite(db_).exec("COMMIT");
  } catch (...) {
    // Nothing was written; SQLite ends the read when the connection closes.
  }
}

void rethrow_as_plift_error() {
  try {
    throw;
  } catch (const Error&) {
    throw;
  } catch (const SQLite::Exception& e) {
    switch (e.getErrorCode()) {
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
        throw BusyError("the database is busy (another process is writing to it); try again in a moment");
      case SQLITE_FULL:
        throw IoError(fmt::format("the disk is full: {}", e.what()));
      case SQLITE_IOERR:
      case SQLITE_CANTOPEN:
      case SQLITE_READONLY:
      case SQLITE_PERM:
        throw IoError(fmt::format("cannot use the database: {}", e.what()));
      case SQLITE_CORRUPT:
      case SQLITE_NOTADB:
        throw DataError(fmt::format("the database file is damaged: {}", e.what()));
      default:
        throw InternalError(fmt::format("database error: {}", e.what()));
    }
  }
}

}  // namespace plift::store
