#pragma once
// plift import and plift export. Each entity (coaches, companies, phases,
// pulses, checklist, visits, training, gatherings, attendance, steering,
// kpis, assessments) has columns named as its command's options; an imported
// row goes through the use case of the command it stands for, under
// RecordingPolicy::import (recording.hpp), and an exported record is written
// so that importing it gives it back.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "plift/app/session.hpp"
#include "plift/io/records.hpp"

namespace plift::app {

// The entities, in the order `import all` needs them (what a record refers
// to comes before it).
std::vector<std::string> transfer_entity_names();
// UsageError naming the entities unless `name` is one of them.
void require_transfer_entity(const std::string& name);

// A dry run reports at most this many bad rows.
inline constexpr std::size_t import_error_limit = 20;

struct ImportRequest {
  // One of transfer_entity_names(), or "all": the JSON document `plift
  // export` writes, read as a stream.
  std::string entity;
  std::istream* input = nullptr;
  std::string source;  // the input as messages name it: its path, or "stdin"
  io::InputFormat format = io::InputFormat::csv;
  bool dry_run = false;  // check every row, collect the bad ones, write nothing
  bool update = false;   // rows whose record exists replace it
  // Called every 1024 rows of a single entity's file with the rows read and
  // the bytes of the input consumed; may be empty.
  std::function<void(std::uint64_t rows, std::uint64_t bytes)> progress;
};

struct ImportResult {
  std::uint64_t rows = 0;
  std::vector<std::string> errors;  // a dry run's bad rows, "FILE:LINE: …"
  bool stopped = false;             // a dry run stopped after import_error_limit of them
};

// Every row checked and written inside one transaction, committed at the end
// unless a dry run. A malformed file or a bad row throws DataError located
// as "FILE:LINE: …" (a dry run collects bad rows instead, each in a
// savepoint so it leaves no trace). Past 100,000 rows, and a fifth of the
// table, an entity's deferrable indexes are set aside and built again before
// the commit (store/bulk_load.hpp).
ImportResult import_records(Session& session, const ImportRequest& request);

enum class ExportFormat { json, csv, ndjson };

struct ExportRequest {
  std::string entity;  // empty or "all": the whole programme, one JSON document
  ExportFormat format = ExportFormat::json;
};

// UsageError for an unknown entity, or the whole programme in another format
// than json; before anything is written.
void check_export(const ExportRequest& request);
// The records, streamed record by record as they are read: CSV (RFC 4180,
// formulas guarded reversibly), NDJSON, or JSON.
void export_records(Session& session, const ExportRequest& request, std::ostream& out);

}  // namespace plift::app
