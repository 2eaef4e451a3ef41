#pragma once
// What every use case works in: the database, the programme its config
// describes, and today. A use case that writes opens its transaction on the
// session's database before its first read.

#include <chrono>
#include <filesystem>
#include <functional>
#include <memory>
#include <string>

#include "plift/core/date.hpp"
#include "plift/core/program.hpp"

namespace plift::store {
class Database;
class WriteTransaction;
}

namespace plift::app {

// The day the commands take as today; `fixed` when --today or $PLIFT_TODAY
// set it (a mail then carries no clock time either).
struct Today {
  Date date;
  bool fixed = false;
};

// Whom the audit log names for the changes made in a session.
struct Actor {
  std::string at;       // UTC, "2026-11-21T09:30:00Z"
  std::string user;
  std::string command;  // the command line as typed
};

class Session {
 public:
  // The existing database (NoInputError with a hint to run `plift init` when
  // it is missing), its changes recorded under `actor`.
  static std::unique_ptr<Session> open(const std::filesystem::path& database, const Program& program, Today today,
                                       const Actor& actor);
  // For init: creates the database when missing; `created` tells which happened.
  static std::unique_ptr<Session> create(const std::filesystem::path& database, const Program& program, Today today,
                                         bool& created);
  // An in-memory database with the current schema, for tests.
  static std::unique_ptr<Session> in_memory(const Program& program, Today today);

  Session(std::unique_ptr<store::Database> database, const Program& program, Today today);
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;
  ~Session();

  store::Database& database() { return *database_; }
  int schema_version() const;
  const Program& program() const { return program_; }
  Date today() const { return today_.date; }
  bool today_fixed() const { return today_.fixed; }
  // For tests that move the day on over one database.
  void set_today(Today today) { today_ = today; }
  // Calls `notice` once when a wait for another writer has lasted `after`.
  void notice_long_waits(std::chrono::milliseconds after, std::function<void()> notice);

 private:
  std::unique_ptr<store::Database> database_;
  const Program& program_;
  Today today_;
};

// Use cases run while one is open commit together at commit(), or not at all
// (plift batch): each one's own transaction nests inside it.
class AllOrNothing {
 public:
  explicit AllOrNothing(Session& session);
  AllOrNothing(const AllOrNothing&) = delete;
  AllOrNothing& operator=(const AllOrNothing&) = delete;
  ~AllOrNothing();
  void commit();

 private:
  std::unique_ptr<store::WriteTransaction> tx_;
};

// Inside a catch block: rethrows the current exception as a plift::Error
// (a busy database as BusyError, disk full as IoError, anything unexpected as
// InternalError); a plift::Error passes through unchanged.
[[noreturn]] void rethrow_as_plift_error();

}  // namespace plift::app
