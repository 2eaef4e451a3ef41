#pragma once
// The error types of plift. Each carries the exit status of PRODUCT.md's table;
// they are thrown in the layers and caught once, in cli.

#include <stdexcept>
#include <string>

namespace plift {

enum class ExitStatus : int {
  ok = 0,
  refused = 1,      // a programme rule: not found, duplicate, illegal move
  usage = 64,       // bad command line
  data = 65,        // bad data in an input file or batch
  no_input = 66,    // an input file or the database does not exist
  internal = 70,    // a bug
  io = 74,          // I/O error
  busy = 75,        // database busy past the timeout
  config = 78,      // config error
};

class Error : public std::runtime_error {
 public:
  Error(ExitStatus status, const std::string& message)
      : std::runtime_error(message), status_(status) {}
  ExitStatus status() const { return status_; }

 private:
  ExitStatus status_;
};

// Refused by a programme rule (exit 1).
struct RuleError : Error {
  explicit RuleError(const std::string& m) : Error(ExitStatus::refused, m) {}
};
// Malformed value on the command line (exit 64).
struct UsageError : Error {
  explicit UsageError(const std::string& m) : Error(ExitStatus::usage, m) {}
};
// Bad data in an input file or batch (exit 65).
struct DataError : Error {
  explicit DataError(const std::string& m) : Error(ExitStatus::data, m) {}
};
// A file or the database is missing (exit 66).
struct NoInputError : Error {
  explicit NoInputError(const std::string& m) : Error(ExitStatus::no_input, m) {}
};
struct IoError : Error {
  explicit IoError(const std::string& m) : Error(ExitStatus::io, m) {}
};
struct BusyError : Error {
  explicit BusyError(const std::string& m) : Error(ExitStatus::busy, m) {}
};
// Config error; the message names file, line and key (exit 78).
struct ConfigError : Error {
  explicit ConfigError(const std::string& m) : Error(ExitStatus::config, m) {}
};
// A command that has said all it has to say and only needs its exit status
// (plift check with findings): nothing more is printed.
struct SilentFailure : Error {
  explicit SilentFailure(ExitStatus s) : Error(s, "") {}
};
struct InternalError : Error {
  explicit InternalError(const std::string& m) : Error(ExitStatus::internal, m) {}
};

}  // namespace plift
