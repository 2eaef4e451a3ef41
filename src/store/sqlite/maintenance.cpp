#include "plift/store/maintenance.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <optional>

#include "connection.hpp"
#include "plift/core/error.hpp"
#include "plift/store/audit.hpp"
#include "schema_shape.hpp"

namespace plift::store {

namespace {

void add_integrity_flaws(SQLite::Database& db, std::vector<Flaw>& flaws) {
  SQLite::Statement check(db, "PRAGMA integrity_check");
  while (check.executeStep()) {
    std::string line = check.getColumn(0).getString();
    if (line != "ok") flaws.push_back({"integrity", line});
  }
}

void add_foreign_key_flaws(SQLite::Database& db, std::vector<Flaw>& flaws) {
  SQLite::Statement check(db, "PRAGMA foreign_key_check");
  while (check.executeStep()) {
    std::string table = check.getColumn(0).getString();
    std::string parent = check.getColumn(2).getString();
    std::string row = check.getColumn(1).isNull() ? std::string("a row") : "row " + check.getColumn(1).getString();
    flaws.push_back({"foreign-key", fmt::format("{} of {} refers to a {} that does not exist", row, table, parent)});
  }
}

void add_audit_flaws(Database& db, std::vector<Flaw>& flaws) {
  AuditFilter every;
  every.limit = 0;
  for (const AuditEntry& entry : list_audit_entries(db, every)) {
    if (auto damage = changeset_damage(db, entry)) {
      flaws.push_back({"audit", fmt::format("entry #{} ({}): {}", entry.id, entry.command, *damage)});
    }
  }
}

void add_phase_numbering_flaws(SQLite::Database& db, std::vector<Flaw>& flaws) {
  SQLite::Statement select(db, "SELECT company, seq FROM phase_history ORDER BY company, seq");
  std::string company;
  std::int64_t expected = 1;
  while (select.executeStep()) {
    std::string key = select.getColumn(0).getString();
    std::int64_t seq = select.getColumn(1).getInt64();
    if (key != company) {
      company = key;
      expected = 1;
    }
    if (seq != expected) {
      flaws.push_back({"phase-history", fmt::format("{}: phase number {} comes where number {} belongs; the history "
                                                    "is numbered 1, 2, 3 … without gaps",
                                                    key, seq, expected)});
    }
    expected = seq + 1;
  }
}

// The copy's name until it checks out: beside the target (so the rename
// stays on one file system), hidden, and created by us alone.
class PartialCopy {
 public:
  explicit PartialCopy(const std::filesystem::path& target) : target_(target) {
    std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
    for (int attempt = 0; attempt < 100 && path_.empty(); ++attempt) {
      std::filesystem::path candidate =
          folder / fmt::format(".{}.{}-{}.partial", target.filename().string(), ::getpid(), attempt);
      int fd = ::open(candidate.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
      if (fd >= 0) {
        ::close(fd);
        path_ = candidate;
      } else if (errno != EEXIST) {
        fail(errno);
      }
    }
    if (path_.empty()) fail(EEXIST);
  }
  PartialCopy(const PartialCopy&) = delete;
  PartialCopy& operator=(const PartialCopy&) = delete;
  ~PartialCopy() {
    if (done_) return;
    std::error_code ec;
    std::filesystem::remove(path_, ec);
    std::filesystem::remove(path_.string() + "-journal", ec);
  }

  const std::filesystem::path& path() const { return path_; }

  // Onto the disk, then in the target's place, then the rename onto the disk.
  void finish() {
    sync(path_, O_RDONLY);
    std::error_code ec;
    std::filesystem::rename(path_, target_, ec);
    if (ec) throw IoError(fmt::format("cannot write backup '{}': {}", target_.string(), ec.message()));
    done_ = true;
    sync(target_.has_parent_path() ? target_.parent_path() : std::filesystem::path("."), O_RDONLY | O_DIRECTORY);
  }

  [[noreturn]] void fail(int error) const {
    throw IoError(fmt::format("cannot write backup '{}': {}", target_.string(), std::strerror(error)));
  }

 private:
  void sync(const std::filesystem::path& file, int flags) const {
    int fd = ::open(file.c_str(), flags | O_CLOEXEC);
    if (fd < 0) fail(errno);
    int synced = ::fsync(fd);
    int error = errno;
    ::close(fd);
    if (synced != 0) fail(error);
  }

  std::filesystem::path target_;
  std::filesystem::path path_;
  bool done_ = false;
};

void require_backup_target(Database& db, const std::filesystem::path& target, bool replace) {
  std::error_code ec;
  std::filesystem::file_status status = std::filesystem::symlink_status(target, ec);
  if (!std::filesystem::exists(status)) return;
  if (std::filesystem::is_directory(status)) {
    throw IoError(fmt::format("backup '{}' is a folder; name the file to write", target.string()));
  }
  if (std::filesystem::equivalent(target, db.file(), ec)) {
    throw IoError(fmt::format("backup '{}' is the database itself; name another file", target.string()));
  }
  if (!replace) throw IoError(fmt::format("backup '{}' exists; --force replaces it", target.string()));
}

// What integrity_check says of the finished copy, opened read-only by a
// connection of its own.
std::vector<std::string> integrity_of(const std::filesystem::path& copy) {
  SQLite::Database check_copy(copy.string(), SQLite::OPEN_READONLY);
  std::vector<std::string> problems;
  SQLite::Statement check(check_copy, "PRAGMA integrity_check");
  while (check.executeStep()) {
    std::string line = check.getColumn(0).getString();
    if (line != "ok") problems.push_back(line);
  }
  return problems;
}

}  // namespace

std::vector<Flaw> engine_flaws(Database& db) {
  std::vector<Flaw> flaws;
  SQLite::Database& sql = sqlite(db);
  try {
    add_integrity_flaws(sql, flaws);
    add_foreign_key_flaws(sql, flaws);
    if (auto mismatch = schema_mismatch(sql, db.schema_version())) flaws.push_back({"schema", *mismatch});
    add_audit_flaws(db, flaws);
    add_phase_numbering_flaws(sql, flaws);
  } catch (const SQLite::Exception& e) {
    // Damage can stop a check half-way; what it hit is itself the finding.
    flaws.push_back({"integrity", fmt::format("the database could not be read through: {}", e.what())});
  }
  return flaws;
}

void backup_database(Database& db, const std::filesystem::path& target, bool replace) {
  require_backup_target(db, target, replace);
  PartialCopy partial(target);
  try {
    // One read transaction over a snapshot: in WAL mode writers go on meanwhile.
    SQLite::Statement vacuum(sqlite(db), "VACUUM INTO ?");
    vacuum.bind(1, partial.path().string());
    vacuum.exec();
    std::vector<std::string> problems = integrity_of(partial.path());
    if (!problems.empty()) {
      throw DataError(fmt::format("the backup copy for '{}' does not check out ({}); nothing was written",
                                  target.string(), problems.front()));
    }
  } catch (const SQLite::Exception&) {
    rethrow_as_plift_error();
  }
  partial.finish();
}

}  // namespace plift::store
