#pragma once
// Records one outermost write transaction with an SQLite session (see
// include/plift/store/audit.hpp). Private to the store.

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>

#include "plift/store/audit.hpp"

namespace plift::store {

class AuditRecorder {
 public:
  explicit AuditRecorder(Database& db);
  AuditRecorder(const AuditRecorder&) = delete;
  AuditRecorder& operator=(const AuditRecorder&) = delete;
  ~AuditRecorder();

  // The transaction being recorded reverts entry `id` (plift undo).
  void mark_as_undo_of(std::int64_t id) { undoes_ = id; }

  // Stores what the session holds as one segment of the entry and starts a
  // fresh session, so memory stays flat through a large import.
  void flush_segment(const AuditStamp& stamp);

  // Just before COMMIT: writes the entry when anything changed.
  void write_entry(const AuditStamp& stamp);

 private:
  struct Progress;
  void start_session();

  Database& db_;
  sqlite3_session* session_ = nullptr;
  std::optional<std::int64_t> undoes_;
  std::optional<std::int64_t> entry_;
  std::int64_t next_segment_ = 0;
  std::unique_ptr<Progress> progress_;
};

// Whether changes to this table are programme data worth recording.
bool is_recorded_table(std::string_view table);

}  // namespace plift::store
