#pragma once
// What `plift import` and `plift export` know of each kind of record: its
// columns (the command's option names, which are also its JSON field names),
// how an imported row becomes the request of the use case it stands for, and
// how records are exported so that importing the export gives them back
// exactly.

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "plift/app/recording.hpp"
#include "plift/app/session.hpp"
#include "plift/core/journey.hpp"
#include "plift/core/records.hpp"
#include "plift/render/render.hpp"

namespace plift::app {

struct TransferColumn {
  TransferColumn(std::string column_name, bool is_required = false, std::vector<std::string> other_names = {})
      : name(std::move(column_name)), required(is_required), aliases(std::move(other_names)) {}
  TransferColumn(const char* column_name, bool is_required = false, std::vector<std::string> other_names = {})
      : TransferColumn(std::string(column_name), is_required, std::move(other_names)) {}

  std::string name;
  bool required = false;
  std::vector<std::string> aliases;  // other names a file may use: the option's, where it differs
};

// One row of an import file, its values lined up with the entity's columns.
// Accessors throw UsageError naming the column, which the import turns into
// "FILE:LINE: column 'x': …" with exit 65.
class ImportRow {
 public:
  ImportRow(Session& session, const std::vector<TransferColumn>& columns,
            const std::vector<std::optional<std::string>>& values)
      : session_(session), columns_(columns), values_(values) {}

  const std::optional<std::string>& text(std::string_view column) const;
  // The text, or UsageError when the cell is empty.
  const std::string& required_text(std::string_view column) const;
  std::optional<Date> date(std::string_view column) const;
  Date required_date(std::string_view column) const;
  std::optional<long long> integer(std::string_view column) const;
  std::optional<double> number(std::string_view column) const;

 private:
  std::size_t index(std::string_view column) const;

  Session& session_;
  const std::vector<TransferColumn>& columns_;
  const std::vector<std::optional<std::string>>& values_;
};

// The state one import shares across its rows: the recorder every row's use
// case records through (the import's transaction and policy, companies read
// once, the prepared pulse insert), and what entities keep between rows.
class ImportSession {
 public:
  ImportSession(Session& session, store::WriteTransaction& tx, bool update)
      : recorder(session, tx, RecordingPolicy::import(update)) {}

  Recorder recorder;
  Session& session() { return recorder.session; }

  // True for the first row of `entity` naming `key` in this import; for
  // records made of several rows, such as a company's phases.
  bool first_row_for(std::string_view entity, const std::string& key);

  // An object an entity keeps for the whole import, made from `args` on first use.
  template <typename T, typename... Args>
  T& state(const std::string& name, Args&&... args) {
    std::shared_ptr<void>& slot = state_[name];
    if (!slot) slot = std::make_shared<T>(std::forward<Args>(args)...);
    return *static_cast<T*>(slot.get());
  }

 private:
  std::map<std::string, std::shared_ptr<void>> state_;
  std::set<std::string, std::less<>> seen_;
};

// The table a large file fills and those of its indexes that the rows'
// checks never read: an import may set these aside and build them again at
// the end (store/bulk_load.hpp). Empty for most entities.
struct BulkTable {
  std::string table;
  std::vector<std::string> deferrable_indexes;
};

struct EntityTransfer {
  using ImportRowFn = std::function<void(ImportSession&, const ImportRow&)>;
  using ExportRowsFn = std::function<void(Session&, const std::function<void(const render::Json&)>&)>;
  using FinishFn = std::function<void(ImportSession&)>;

  EntityTransfer(std::string entity_name, std::vector<TransferColumn> entity_columns, ImportRowFn import_fn,
                 ExportRowsFn export_fn, FinishFn finish_fn, BulkTable bulk_table = {})
      : name(std::move(entity_name)),
        columns(std::move(entity_columns)),
        import_row(std::move(import_fn)),
        export_rows(std::move(export_fn)),
        finish(std::move(finish_fn)),
        bulk(std::move(bulk_table)) {}

  std::string name;  // as typed: `plift import pulses`
  std::vector<TransferColumn> columns;
  // Reads the row into the request of the use case it stands for (the
  // command's) and runs that in the import's transaction.
  ImportRowFn import_row;
  // Every record as a JSON object with exactly `columns` as fields, in an
  // order that importing preserves.
  ExportRowsFn export_rows;
  // After the entity's last row, for checks that span rows (an assessment's
  // dimensions); may be empty.
  FinishFn finish;
  BulkTable bulk;
  // Records with stable ids: the first column is 'id', and a row's id goes
  // to the record it adds (Recorder::record_id).
  std::optional<RecordKind> ids = {};
};

// Every entity, in the order `import all` needs them.
const std::vector<EntityTransfer>& transfer_entities();

// Each file registers the entities of its records.
void add_company_transfers(std::vector<EntityTransfer>& entities);
void add_journey_transfers(std::vector<EntityTransfer>& entities);
void add_acknowledgement_transfers(std::vector<EntityTransfer>& entities);

}  // namespace plift::app
