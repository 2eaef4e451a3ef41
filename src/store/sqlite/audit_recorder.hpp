#pragma once
// Records one outermost write transaction with an SQLite session (see
// include/plift/store/audit.hpp). Private to the store.

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <vector>

#include "plift/store/audit.hpp"

namespace plift::store {

class AuditRecorder {
 public:
  explicit AuditRecorder(Database& db);
  AuditRecorder(const AuditRecorder&) = delete;
  AuditRecorder& operator=(const AuditRecorder&) = delete;
  ~AuditRecorder();

  // The transaction being recorded has just reverted entry `id` (plift undo,
  // also a line of a batch): the entry being recorded (written now if nothing
  // was yet) names it, and it is marked undone by this one at once, so that a
  // later line of the same batch sees it undone.
  // `from` and `to` are the segments the undo's own changes were stored in.
  void record_undo_of(std::int64_t id, const AuditStamp& stamp, std::int64_t from, std::int64_t to);

  // The undos this transaction made so far, and the segments that hold each.
  struct UndoSegments {
    std::int64_t undone = 0;
    std::int64_t from = 0;
    std::int64_t to = 0;
  };
  const std::vector<UndoSegments>& undo_segments() const { return undo_segments_; }

  // The entry being recorded, once something was flushed, and the number its
  // next segment will have.
  std::optional<std::int64_t> entry() const { return entry_; }
  std::int64_t next_segment() const { return next_segment_; }

  // Stores what the session holds as one segment of the entry and starts a
  // fresh session, so memory stays flat through a large import.
  void flush_segment(const AuditStamp& stamp);

  // Just before COMMIT: writes the entry when anything changed.
  void write_entry(const AuditStamp& stamp);

 private:
  struct Progress;
  void start_session();
  void ensure_entry(const AuditStamp& stamp);

  Database& db_;
  sqlite3_session* session_ = nullptr;
  std::optional<std::int64_t> entry_;
  std::int64_t next_segment_ = 0;
  std::unique_ptr<Progress> progress_;
  std::vector<UndoSegments> undo_segments_;
};

// Whether changes to this table are programme data worth recording.
bool is_recorded_table(std::string_view table);

}  // namespace plift::store
