// plift import and plift export: files read with io's RecordReader, columns
// matched to the entity's, every row run through its use case inside one
// transaction; the whole-programme JSON document, exported record by record.
#include "plift/app/import_export.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <nlohmann/json.hpp>

#include "plift/core/error.hpp"
#include "plift/core/keys.hpp"
#include "plift/core/text.hpp"
#include "plift/app/checks.hpp"
#include "plift/io/records.hpp"
#include "plift/store/bulk_load.hpp"
#include "plift/store/database.hpp"
#include "plift/store/journey_records.hpp"
#include "transfer.hpp"

namespace plift::app {

namespace {

// The audit log's session is stored every so many rows, so memory stays flat.
constexpr std::uint64_t audit_segment_rows = 20000;
constexpr const char* export_format_name = "plift-export";
constexpr int export_format_version = 1;

std::vector<std::string> entity_names() {
  std::vector<std::string> names;
  for (const EntityTransfer& entity : transfer_entities()) names.push_back(entity.name);
  return names;
}

const EntityTransfer& require_entity(const std::string& name) {
  for (const EntityTransfer& entity : transfer_entities()) {
    if (entity.name == name) return entity;
  }
  std::vector<std::string> names = entity_names();
  throw UsageError(fmt::format("unknown entity '{}'{}; use one of: {}, all", name, did_you_mean(name, names),
                               join_list(names, 20)));
}


std::string column_message(std::string_view column, const std::string& what) {
  return fmt::format("column '{}': {}", column, what);
}


// Lines the file's columns up with the entity's, refusing unknown ones.
std::vector<std::optional<std::size_t>> map_columns(const EntityTransfer& entity, const io::RecordReader& reader) {
  std::vector<std::optional<std::size_t>> file_column_of;  // per entity column
  std::vector<std::string> known;
  for (const TransferColumn& column : entity.columns) known.push_back(column.name);
  const std::vector<std::string>& columns = reader.columns();
  auto names_column = [&](const TransferColumn& column, const std::string& name) {
    return column.name == name || std::find(column.aliases.begin(), column.aliases.end(), name) != column.aliases.end();
  };
  for (const std::string& name : columns) {
    bool is_known = std::any_of(entity.columns.begin(), entity.columns.end(),
                                [&](const TransferColumn& column) { return names_column(column, name); });
    if (!is_known) {
      throw DataError(fmt::format("{}: unknown column '{}' for {}{}; the columns are: {}", reader.source(), name,
                                  entity.name, did_you_mean(name, known), join_list(known, 20)));
    }
  }
  for (const TransferColumn& column : entity.columns) {
    auto found = std::find_if(columns.begin(), columns.end(),
                              [&](const std::string& name) { return names_column(column, name); });
    if (found == columns.end()) {
      file_column_of.push_back(std::nullopt);
    } else {
      file_column_of.push_back(static_cast<std::size_t>(found - columns.begin()));
    }
  }
  return file_column_of;
}

void require_columns_present(const EntityTransfer& entity, const io::RecordReader& reader,
                             const std::vector<std::optional<std::size_t>>& file_column_of, bool csv) {
  if (!csv) return;  // NDJSON rows name their fields one by one
  for (std::size_t i = 0; i < entity.columns.size(); ++i) {
    if (entity.columns[i].required && !file_column_of[i]) {
      throw DataError(fmt::format("{}: the header has no column '{}', which {} need", reader.source(),
                                  entity.columns[i].name, entity.name));
    }
  }
}

// Once a file has brought a table many rows, a fifth or more of all it
// holds, the table's deferrable indexes are dropped and built again after the
// file's last row: one sort each instead of a random insert per row. Checked
// at doubling row counts, so counting the table's rows costs little. A dry
// run writes nothing and keeps them.
class IndexDeferral {
 public:
  static constexpr std::uint64_t first_check_rows = 100000;

  IndexDeferral(store::WriteTransaction& tx, const EntityTransfer& entity, bool dry_run)
      : tx_(tx), entity_(entity), enabled_(!dry_run && !entity.bulk.deferrable_indexes.empty()) {}

  void row_imported(std::uint64_t rows) {
    if (!enabled_ || deferred_ || rows != next_check_) return;
    next_check_ *= 2;
    auto in_table = static_cast<std::uint64_t>(store::count_rows(tx_.database(), entity_.bulk.table));
    if (rows * 5 >= in_table) deferred_.emplace(tx_, entity_.bulk.deferrable_indexes);
  }

  void rebuild() {
    if (deferred_) deferred_->rebuild();
    deferred_.reset();
  }

 private:
  store::WriteTransaction& tx_;
  const EntityTransfer& entity_;
  bool enabled_;
  std::uint64_t next_check_ = first_check_rows;
  std::optional<store::DeferredIndexes> deferred_;
};

struct ImportCounts {
  std::uint64_t rows = 0;
  std::vector<std::string> errors;
};

// Runs `work`; a refusal becomes bad data located in the file (exit 65).
// A busy database, an I/O error or a silent failure pass through as they are.
template <typename Work, typename Location>
void located(const Work& work, const Location& location) {
  try {
    work();
  } catch (const SilentFailure&) {
    throw;
  } catch (const BusyError&) {
    throw;
  } catch (const IoError&) {
    throw;
  } catch (const Error& e) {
    throw DataError(fmt::format("{}: {}", location(), e.what()));
  }
}

// The id in a row's 'id' column: a whole number above 0 that no record of
// the kind has yet (with --update, the record it replaces may have it); 0
// when the cell is empty.
std::int64_t imported_id(ImportSession& session, RecordKind kind, const ImportRow& row) {
  std::optional<long long> id = row.integer("id");
  if (!id) return 0;
  if (*id <= 0) throw UsageError(fmt::format("column 'id': {} is no id; ids are whole numbers from 1 up", *id));
  // The later rows of an assessment (one per score) name the id its first
  // row gave it. Only assessments are remembered: an import of a million
  // pulses keeps no set of their ids.
  bool first_row = kind != RecordKind::assessment || session.first_row_for("assessment id", std::to_string(*id));
  if (first_row && store::record_exists(session.session().database(), kind, *id)) {
    // With --update a row replaces the record it describes (its company and
    // day, …), which keeps its own id; a new record takes the next free one.
    if (session.recorder.policy.replaces()) return 0;
    throw RuleError(fmt::format("column 'id': id {} is taken by another {}; leave the column empty to give the "
                                "record the next free id",
                                *id, describe(kind)));
  }
  return *id;
}

// Runs one row: the request of its use case read from it, and the use case.
template <typename Location>
void import_one(ImportSession& session, const EntityTransfer& entity, const std::vector<std::optional<std::string>>& values,
                const Location& location) {
  ImportRow row(session.session(), entity.columns, values);
  located(
      [&] {
        if (entity.ids) session.recorder.record_id = imported_id(session, *entity.ids, row);
        entity.import_row(session, row);
        session.recorder.record_id = 0;
      },
      location);
}

// One row; with --dry-run its error is collected instead of thrown, inside a
// savepoint so a bad row leaves no trace for the next. False once enough
// errors are collected.
template <typename Location>
bool import_or_collect(ImportSession& session, const EntityTransfer& entity,
                       const std::vector<std::optional<std::string>>& values, const Location& location,
                       ImportCounts& counts, bool dry_run) {
  if (!dry_run) {
    import_one(session, entity, values, location);
    return true;
  }
  store::WriteTransaction row_tx(session.session().database());
  try {
    import_one(session, entity, values, location);
    row_tx.commit();
  } catch (const DataError& e) {
    counts.errors.push_back(e.what());
  }
  return counts.errors.size() < import_error_limit;
}

template <typename Location>
void finish_or_collect(ImportSession& session, const EntityTransfer& entity, const Location& location,
                       ImportCounts& counts, bool dry_run) {
  try {
    located([&] { entity.finish(session); }, location);
  } catch (const DataError& e) {
    if (!dry_run) throw;
    counts.errors.push_back(e.what());
  }
}

// One entity's rows within an import: each row checked and written (or, in
// a dry run, its error collected), the audit session stored every so many
// rows, a large table's deferrable indexes set aside, and the entity's
// end-of-rows check.
class EntityRun {
 public:
  EntityRun(ImportSession& session, const EntityTransfer& entity, ImportCounts& counts, bool dry_run)
      : session_(session),
        entity_(entity),
        counts_(counts),
        dry_run_(dry_run),
        indexes_(session.recorder.tx, entity, dry_run) {}

  // False once a dry run has collected enough errors: stop reading.
  template <typename Location>
  bool row(const std::vector<std::optional<std::string>>& values, const Location& location) {
    ++counts_.rows;
    if (!import_or_collect(session_, entity_, values, location, counts_, dry_run_)) return false;
    if (counts_.rows % audit_segment_rows == 0) session_.session().database().flush_audit_segment();
    indexes_.row_imported(counts_.rows);
    return true;
  }

  template <typename Location>
  void finish(const Location& location) {
    indexes_.rebuild();
    if (entity_.finish) finish_or_collect(session_, entity_, location, counts_, dry_run_);
  }

 private:
  ImportSession& session_;
  const EntityTransfer& entity_;
  ImportCounts& counts_;
  bool dry_run_;
  IndexDeferral indexes_;
};

using Progress = std::function<void(std::uint64_t rows, std::uint64_t bytes)>;

void import_file(ImportSession& session, const EntityTransfer& entity, io::RecordReader& reader, const Progress& progress,
                 ImportCounts& counts, bool dry_run, bool csv) {
  io::Record record;
  std::vector<std::optional<std::size_t>> file_column_of;
  std::vector<std::optional<std::string>> values(entity.columns.size());
  EntityRun run(session, entity, counts, dry_run);
  // A malformed file (as opposed to a bad row) stops even a dry run: what
  // follows it cannot be trusted.
  while (reader.next(record)) {
    if (reader.take_columns_changed()) {
      file_column_of = map_columns(entity, reader);
      require_columns_present(entity, reader, file_column_of, csv);
    }
    for (std::size_t i = 0; i < values.size(); ++i) {
      values[i].reset();
      if (!file_column_of[i] || *file_column_of[i] >= record.values.size()) continue;
      const std::optional<std::string>& value = record.values[*file_column_of[i]];
      if (!value) continue;
      values[i] = csv ? io::unguard_formula(*value) : *value;
    }
    auto location = [&] { return fmt::format("{}:{}", reader.source(), record.line); };
    if (!run.row(values, location)) return;
    if (progress && (counts.rows & 1023) == 0) progress(counts.rows, reader.bytes_read());
  }
  run.finish([&] { return fmt::format("{}: at the end", reader.source()); });
}

// `import all`: the document `plift export` writes, read as a stream so that
// a national programme's export does not have to fit in memory. Records are
// imported as they are read: "format" and "version" come first and the
// entities in the order the export writes them, which is the order their
// references need.
class DocumentImport : public nlohmann::json_sax<nlohmann::json> {
 public:
  DocumentImport(ImportSession& session, std::string source, ImportCounts& counts, bool dry_run)
      : session_(session), source_(std::move(source)), counts_(counts), dry_run_(dry_run) {}

  void read(std::istream& in) {
    if (!nlohmann::json::sax_parse(in, this) || stopped_) return;
    require_header();
  }

  bool null() override { return scalar(nlohmann::json(nullptr)); }
  bool boolean(bool value) override { return scalar(nlohmann::json(value)); }
  bool number_integer(number_integer_t value) override { return scalar(nlohmann::json(value)); }
  bool number_unsigned(number_unsigned_t value) override { return scalar(nlohmann::json(value)); }
  bool number_float(number_float_t value, const string_t&) override { return scalar(nlohmann::json(value)); }
  bool string(string_t& value) override { return scalar(nlohmann::json(std::move(value))); }
  bool binary(binary_t&) override { return scalar(nlohmann::json(nullptr)); }

  bool start_object(std::size_t) override {
    switch (depth_++) {
      case 0: return true;
      case 1: return document_field(nlohmann::json::object());
      case 2: begin_record(); return true;
      default: throw structured_field();
    }
  }

  bool end_object() override {
    if (--depth_ == 2) return end_record();
    if (depth_ == 0) require_header();
    return true;
  }

  bool start_array(std::size_t) override {
    switch (depth_++) {
      case 0: not_an_export();
      case 1: begin_entity(); return true;
      case 2: throw DataError(fmt::format("{}: a record must be an object", location()));
      default: throw structured_field();
    }
  }

  bool end_array() override {
    if (--depth_ == 1) end_entity();
    return true;
  }

  bool key(string_t& name) override {
    if (depth_ == 1) {
      member_ = name;
    } else {
      field_ = name;
      field_index_ = column_index(name);
    }
    return true;
  }

  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception& e) override {
    throw DataError(fmt::format("{}: not a JSON document: {}", source_, e.what()));
  }

 private:
  bool scalar(const nlohmann::json& value) {
    switch (depth_) {
      case 0: not_an_export();
      case 1: return document_field(value);
      case 2: throw DataError(fmt::format("{}: a record must be an object", location()));
      default:
        if (!value.is_null()) values_[field_index_] = value.is_string() ? value.get<std::string>() : value.dump();
        return true;
    }
  }

  bool document_field(const nlohmann::json& value) {
    if (member_ == "format") {
      if (value != export_format_name) not_an_export();
      format_seen_ = true;
    } else if (member_ == "version") {
      if (value != export_format_version) {
        throw DataError(fmt::format("{}: export version {} is not one this plift reads (it reads {})", source_,
                                    value.dump(), export_format_version));
      }
      version_seen_ = true;
    } else {
      find_entity();
      throw DataError(fmt::format("{}: '{}' must be an array of records", source_, member_));
    }
    return true;
  }

  void require_header() const {
    if (!format_seen_) not_an_export();
    if (!version_seen_) {
      throw DataError(fmt::format("{}: the export has no \"version\" (this plift reads version {})", source_,
                                  export_format_version));
    }
  }

  [[noreturn]] void not_an_export() const {
    throw DataError(fmt::format("{}: not a plift export (it needs \"format\": \"{}\"; write one with 'plift export')",
                                source_, export_format_name));
  }

  const EntityTransfer& find_entity() const {
    for (const EntityTransfer& entity : transfer_entities()) {
      if (entity.name == member_) return entity;
    }
    std::vector<std::string> names = entity_names();
    throw DataError(fmt::format("{}: unknown entity '{}'{}", source_, member_, did_you_mean(member_, names)));
  }

  void begin_entity() {
    if (member_ == "format" || member_ == "version") document_field(nlohmann::json::array());
    const EntityTransfer& entity = find_entity();
    if (!format_seen_ || !version_seen_) {
      throw DataError(fmt::format("{}: \"format\" and \"version\" must come before the records, as 'plift export' "
                                  "writes them",
                                  source_));
    }
    const std::vector<EntityTransfer>& order = transfer_entities();
    auto position = static_cast<std::size_t>(&entity - order.data());
    if (position < next_position_) {
      throw DataError(fmt::format("{}: '{}' comes after '{}': a document lists each entity once, in the order "
                                  "'plift export' writes them, so that what a record refers to comes first",
                                  source_, entity.name, order[next_position_ - 1].name));
    }
    next_position_ = position + 1;
    entity_ = &entity;
    record_number_ = 0;
    values_.assign(entity.columns.size(), std::nullopt);
    run_.emplace(session_, entity, counts_, dry_run_);
  }

  void end_entity() {
    auto at_end = [&] { return fmt::format("{}: {} at the end", source_, entity_->name); };
    run_->finish(at_end);
    run_.reset();
  }

  void begin_record() {
    for (auto& value : values_) value.reset();
  }

  bool end_record() {
    bool more = run_->row(values_, [&] { return location(); });
    ++record_number_;
    if (!more) stopped_ = true;
    return more;
  }

  std::size_t column_index(const std::string& name) const {
    for (std::size_t i = 0; i < entity_->columns.size(); ++i) {
      if (entity_->columns[i].name == name) return i;
    }
    throw DataError(fmt::format("{}: unknown field '{}'", location(), name));
  }

  DataError structured_field() const {
    return DataError(
        fmt::format("{}: field '{}' must be text, a number, true/false or null", location(), field_));
  }

  std::string location() const { return fmt::format("{}: {}[{}]", source_, entity_->name, record_number_); }

  ImportSession& session_;
  std::string source_;
  ImportCounts& counts_;
  bool dry_run_;
  int depth_ = 0;
  std::string member_;  // the document's member being read: "format", "version" or an entity
  std::string field_;
  std::size_t field_index_ = 0;
  bool format_seen_ = false;
  bool version_seen_ = false;
  bool stopped_ = false;
  std::size_t next_position_ = 0;  // in transfer_entities(): where the next entity may be
  const EntityTransfer* entity_ = nullptr;
  std::size_t record_number_ = 0;
  std::vector<std::optional<std::string>> values_;
  std::optional<EntityRun> run_;
};

// A CSV cell: formulas guarded reversibly (import takes the guard off).
void write_csv_cell(std::ostream& out, const render::Json& value) {
  if (value.is_null()) return;
  out << render::csv_cell(value.is_string() ? io::guard_formula(value.get_ref<const std::string&>()) : value.dump());
}

// A JSON array written record by record, as write_json writes a whole one:
// a national programme's export is too large to build in memory first.
class StreamedJsonArray {
 public:
  StreamedJsonArray(std::ostream& out, int depth) : out_(out), depth_(depth) {}

  void add(const render::Json& element) {
    out_ << (first_ ? "[\n" : ",\n");
    first_ = false;
    indent(depth_ + 1);
    render::write_json_value(out_, element, depth_ + 1);
  }

  void close() {
    if (first_) {
      out_ << "[]";
      return;
    }
    out_ << '\n';
    indent(depth_);
    out_ << ']';
  }

 private:
  void indent(int depth) {
    for (int i = 0; i < 2 * depth; ++i) out_ << ' ';
  }

  std::ostream& out_;
  int depth_;
  bool first_ = true;
};

void export_entity(Session& session, const EntityTransfer& entity, ExportFormat format, std::ostream& out) {
  if (format == ExportFormat::csv) {
    for (std::size_t i = 0; i < entity.columns.size(); ++i) out << (i ? "," : "") << entity.columns[i].name;
    out << "\r\n";
    entity.export_rows(session, [&](const render::Json& row) {
      for (std::size_t i = 0; i < entity.columns.size(); ++i) {
        if (i) out << ',';
        write_csv_cell(out, row.at(entity.columns[i].name));
      }
      out << "\r\n";
    });
  } else if (format == ExportFormat::ndjson) {
    entity.export_rows(session, [&](const render::Json& row) { out << row.dump() << '\n'; });
  } else {
    StreamedJsonArray rows(out, 0);
    entity.export_rows(session, [&](const render::Json& row) { rows.add(row); });
    rows.close();
    out << '\n';
  }
}

// The document `import all` reads, entity by entity in the order it needs.
void export_document(Session& session, std::ostream& out) {
  out << "{\n  \"format\": \"" << export_format_name << "\",\n  \"version\": " << export_format_version;
  for (const EntityTransfer& entity : transfer_entities()) {
    out << ",\n  \"" << entity.name << "\": ";
    StreamedJsonArray rows(out, 1);
    entity.export_rows(session, [&](const render::Json& row) { rows.add(row); });
    rows.close();
  }
  out << "\n}\n";
}

}  // namespace

std::vector<std::string> transfer_entity_names() { return entity_names(); }

void require_transfer_entity(const std::string& name) { require_entity(name); }

ImportResult import_records(Session& session, const ImportRequest& request) {
  bool whole = request.entity == "all";
  const EntityTransfer* entity = whole ? nullptr : &require_entity(request.entity);
  store::Database& db = session.database();
  db.use_bulk_cache();
  store::WriteTransaction tx(db);
  ImportSession import(session, tx, request.update);
  ImportCounts counts;
  if (whole) {
    DocumentImport document(import, request.source, counts, request.dry_run);
    document.read(*request.input);
  } else {
    io::RecordReader reader(*request.input, request.source, request.format);
    import_file(import, *entity, reader, request.progress, counts, request.dry_run,
                request.format == io::InputFormat::csv);
  }
  ImportResult result{counts.rows, std::move(counts.errors), false};
  result.stopped = result.errors.size() >= import_error_limit;
  if (!request.dry_run) tx.commit();  // a dry run rolls back
  return result;
}

void check_export(const ExportRequest& request) {
  const EntityTransfer* entity = nullptr;
  if (!request.entity.empty() && request.entity != "all") entity = &require_entity(request.entity);
  if (!entity && request.format != ExportFormat::json) {
    throw UsageError(fmt::format("the whole programme is exported as one JSON document; for {} name an entity ({})",
                                 request.format == ExportFormat::csv ? "csv" : "ndjson",
                                 join_list(entity_names(), 20)));
  }
}

void export_records(Session& session, const ExportRequest& request, std::ostream& out) {
  check_export(request);
  if (request.entity.empty() || request.entity == "all") {
    export_document(session, out);
  } else {
    export_entity(session, require_entity(request.entity), request.format, out);
  }
}

const std::string& ImportRow::required_text(std::string_view column) const {
  const std::optional<std::string>& value = text(column);
  if (!value || value->empty()) throw UsageError(column_message(column, "is empty; it is required"));
  return *value;
}

std::size_t ImportRow::index(std::string_view column) const {
  for (std::size_t i = 0; i < columns_.size(); ++i) {
    if (columns_[i].name == column) return i;
  }
  throw InternalError(fmt::format("no column '{}'", column));
}

// Every value a row gives is text plift stores (core/text.hpp): notes and
// reasons may hold tabs and line breaks, every other value is one line.
const std::optional<std::string>& ImportRow::text(std::string_view column) const {
  const std::optional<std::string>& value = values_[index(column)];
  if (value) {
    bool free_text = column == "note" || column.ends_with("reason");
    if (auto problem = text_problem(*value, free_text ? TextKind::free_text : TextKind::line)) {
      throw UsageError(column_message(column, *problem));
    }
  }
  return value;
}

std::optional<Date> ImportRow::date(std::string_view column) const {
  const std::optional<std::string>& value = text(column);
  if (!value || value->empty()) return std::nullopt;
  return parse_writable_date(*value, session_.today(), fmt::format("column '{}'", column));
}

Date ImportRow::required_date(std::string_view column) const {
  return parse_writable_date(required_text(column), session_.today(), fmt::format("column '{}'", column));
}

std::optional<long long> ImportRow::integer(std::string_view column) const {
  const std::optional<std::string>& value = text(column);
  if (!value || value->empty()) return std::nullopt;
  long long number = 0;
  const char* end = value->data() + value->size();
  auto [next, error] = std::from_chars(value->data(), end, number);
  if (error != std::errc() || next != end) {
    throw UsageError(column_message(column, fmt::format("takes a whole number, not '{}'", *value)));
  }
  return number;
}

std::optional<double> ImportRow::number(std::string_view column) const {
  const std::optional<std::string>& value = text(column);
  if (!value || value->empty()) return std::nullopt;
  double number = 0;
  const char* end = value->data() + value->size();
  auto [next, error] = std::from_chars(value->data(), end, number);
  if (error != std::errc() || next != end || !std::isfinite(number)) {
    throw UsageError(column_message(column, fmt::format("takes a number like 12.5, not '{}'", *value)));
  }
  return number;
}

bool ImportSession::first_row_for(std::string_view entity, const std::string& key) {
  return seen_.insert(fmt::format("{}\n{}", entity, key)).second;
}

const std::vector<EntityTransfer>& transfer_entities() {
  static const std::vector<EntityTransfer> entities = [] {
    std::vector<EntityTransfer> all;
    add_company_transfers(all);
    add_journey_transfers(all);
    add_acknowledgement_transfers(all);
    return all;
  }();
  return entities;
}

}  // namespace plift::app
