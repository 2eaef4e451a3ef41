// plift log, plift log show, plift undo
#include <fmt/format.h>

#include <cctype>

#include "context.hpp"
#include "lookup.hpp"
#include "plift/app/audit.hpp"
#include "plift/core/error.hpp"

namespace plift::cli {

namespace {

struct LogOptions {
  std::size_t limit = 20;
  std::string company;
  std::string user;
  std::string since;
};

render::Json changes_json(const std::vector<TableChanges>& changes) {
  render::Json list = render::Json::array();
  for (const TableChanges& change : changes) {
    list.push_back({{"table", change.table},
                    {"inserted", change.inserted},
                    {"updated", change.updated},
                    {"deleted", change.deleted}});
  }
  return list;
}

render::Json optional_id(const std::optional<std::int64_t>& id) {
  return id ? render::Json(*id) : render::Json(nullptr);
}

std::string entry_state(const AuditEntry& entry) {
  if (entry.undone_by) return fmt::format("undone by #{}", *entry.undone_by);
  if (entry.undid.size() > 1) {
    std::vector<std::string> ids;
    for (std::int64_t id : entry.undid) ids.push_back(fmt::format("#{}", id));
    return fmt::format("undoes {}", fmt::join(ids, ", "));
  }
  if (entry.undoes) return fmt::format("undoes #{}", *entry.undoes);
  return "";
}

render::Json entry_json(const AuditEntry& entry) {
  render::Json companies = render::Json::array();
  for (const std::string& key : entry.companies) companies.push_back(key);
  return {{"id", entry.id},
          {"at", entry.at},
          {"user", entry.user},
          {"command", entry.command},
          {"summary", describe_changes(entry.changes)},
          {"state", entry_state(entry)},
          {"changes", changes_json(entry.changes)},
          {"companies", companies},
          {"undoes", optional_id(entry.undoes)},
          {"undone_by", optional_id(entry.undone_by)}};
}

void run_log(Context& ctx, const LogOptions& o) {
  AuditFilter filter;
  filter.limit = o.limit;
  if (!o.company.empty()) filter.company = o.company;
  if (!o.user.empty()) filter.user = o.user;
  if (!o.since.empty()) filter.since = format_date(ctx.parse_date(o.since, "--since"));
  render::Listing listing;
  listing.columns = {{"id", "ID"},           {"at", "AT"},           {"user", "USER"},
                     {"command", "COMMAND"}, {"summary", "CHANGES"}, {"state", "STATE"}};
  for (const AuditEntry& entry : app::audit_log(ctx.session(), filter)) listing.rows.push_back(entry_json(entry));
  ctx.print_listing(listing);
}

// An entry's id as typed: 12 or #12.
std::int64_t entry_id(const std::string& text) {
  std::string digits = !text.empty() && text.front() == '#' ? text.substr(1) : text;
  bool whole = !digits.empty() && digits.size() <= 18 &&
               digits.find_first_not_of("0123456789") == std::string::npos;
  if (!whole || std::stoll(digits) == 0) {
    throw UsageError(fmt::format("'{}' is not an entry of the log: give its number, as 'plift log' shows it", text));
  }
  return std::stoll(digits);
}

render::Json value_json(const std::optional<RecordedValue>& value) {
  if (!value) return nullptr;
  switch (value->type) {
    case RecordedValue::Type::null: return nullptr;
    case RecordedValue::Type::integer: return value->integer;
    case RecordedValue::Type::real: return value->real;
    case RecordedValue::Type::text: return value->bytes;
    case RecordedValue::Type::blob: {
      std::string hex = "x'";
      for (unsigned char c : value->bytes) hex += fmt::format("{:02x}", c);
      return hex + "'";
    }
  }
  return nullptr;
}

const char* kind_name(RowChange::Kind kind) {
  switch (kind) {
    case RowChange::Kind::insert: return "insert";
    case RowChange::Kind::update: return "update";
    case RowChange::Kind::remove: return "delete";
  }
  return "";
}

// Every column of a row inserted or deleted.
render::Json whole_row(const RowChange& change) {
  const auto& values = change.kind == RowChange::Kind::insert ? change.after : change.before;
  render::Json row = render::Json::object();
  for (std::size_t i = 0; i < values.size(); ++i) row[(*change.columns)[i]] = value_json(values[i]);
  return row;
}

render::Json primary_key(const RowChange& change) {
  render::Json key = render::Json::object();
  for (std::size_t i = 0; i < change.primary_key.size(); ++i) {
    if (change.primary_key[i]) key[(*change.columns)[i]] = value_json(change.before[i]);
  }
  return key;
}

// The columns an update changed (its primary key aside): index, old, new.
std::vector<std::size_t> changed_columns(const RowChange& change) {
  std::vector<std::size_t> changed;
  for (std::size_t i = 0; i < change.after.size(); ++i) {
    if (!change.primary_key[i] && change.after[i]) changed.push_back(i);
  }
  return changed;
}

render::Json row_change_json(const RowChange& change) {
  render::Json json = {{"table", change.table}, {"change", kind_name(change.kind)}};
  if (change.kind == RowChange::Kind::update) {
    json["key"] = primary_key(change);
    render::Json changed = render::Json::object();
    for (std::size_t i : changed_columns(change)) {
      changed[(*change.columns)[i]] = {{"old", value_json(change.before[i])}, {"new", value_json(change.after[i])}};
    }
    json["changed"] = changed;
  } else {
    json["row"] = whole_row(change);
  }
  return json;
}

// The JSON of `log show`: the entry's fields, then "rows", one element
// written as each row is read.
class JsonShow {
 public:
  explicit JsonShow(std::ostream& out) : out_(out) {}
  void head(const AuditEntry& entry) {
    out_ << "{";
    bool first = true;
    const render::Json fields = entry_json(entry);
    for (const auto& [field, value] : fields.items()) {
      out_ << (first ? "\n  " : ",\n  ");
      first = false;
      render::write_json_value(out_, field, 1);
      out_ << ": ";
      render::write_json_value(out_, value, 1);
    }
    out_ << ",\n  \"rows\": [";
  }
  void row(const RowChange& change) {
    out_ << (rows_ == 0 ? "\n    " : ",\n    ");
    render::write_json_value(out_, row_change_json(change), 2);
    ++rows_;
  }
  void end() { out_ << (rows_ == 0 ? "]\n}\n" : "\n  ]\n}\n"); }

 private:
  std::ostream& out_;
  std::size_t rows_ = 0;
};

// The table (or Markdown) of `log show`: the entry's fields, then per run of
// rows of one table and kind a heading and tables of at most `group_rows`
// rows, each aligned on its own, so that output begins at once and memory
// holds one group.
class TableShow {
 public:
  static constexpr std::size_t group_rows = 200;
  TableShow(std::ostream& out, render::Format format) : out_(out), format_(format) {}

  void head(const AuditEntry& entry) {
    std::vector<std::pair<std::string, std::string>> fields = {
        {"entry", fmt::format("#{}", entry.id)}, {"at", entry.at},
        {"user", entry.user},                    {"command", entry.command},
        {"changes", describe_changes(entry.changes)}};
    if (!entry_state(entry).empty()) fields.emplace_back("state", entry_state(entry));
    render::write_fields(out_, fields, format_);
  }

  void row(const RowChange& change) {
    if (!group_ || change.table != table_ || change.kind != kind_ || change.columns != columns_) {
      flush();
      start_group(change);
    }
    if (change.kind == RowChange::Kind::update) {
      render::Json key = primary_key(change);
      for (std::size_t i : changed_columns(change)) {
        render::Json line = key;
        line["\x01" "column"] = (*change.columns)[i];
        line["\x01" "old"] = value_json(change.before[i]);
        line["\x01" "new"] = value_json(change.after[i]);
        listing_.rows.push_back(std::move(line));
      }
    } else {
      listing_.rows.push_back(whole_row(change));
    }
    if (listing_.rows.size() >= group_rows) flush();
  }

  void end() { flush(); }

 private:
  void start_group(const RowChange& change) {
    group_ = true;
    table_ = change.table;
    kind_ = change.kind;
    columns_ = change.columns;
    listing_.columns.clear();
    for (std::size_t i = 0; i < change.columns->size(); ++i) {
      const std::string& name = (*change.columns)[i];
      if (change.kind == RowChange::Kind::update && !change.primary_key[i]) continue;
      std::string header;
      for (char c : name) header += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      listing_.columns.push_back({name, header});
    }
    if (change.kind == RowChange::Kind::update) {
      listing_.columns.push_back({"\x01" "column", "COLUMN"});
      listing_.columns.push_back({"\x01" "old", "OLD"});
      listing_.columns.push_back({"\x01" "new", "NEW"});
    }
    const char* verb = change.kind == RowChange::Kind::insert   ? "inserted into"
                       : change.kind == RowChange::Kind::update ? "updated in"
                                                                : "deleted from";
    out_ << '\n' << (format_ == render::Format::md ? "### " : "") << verb << ' ' << change.table << ":\n";
    if (format_ == render::Format::md) out_ << '\n';
  }

  void flush() {
    if (listing_.rows.empty()) return;
    render::write_listing(out_, listing_, format_);
    out_.flush();
    listing_.rows = render::Json::array();
  }

  std::ostream& out_;
  render::Format format_;
  bool group_ = false;
  std::string table_;
  RowChange::Kind kind_ = RowChange::Kind::insert;
  const std::vector<std::string>* columns_ = nullptr;
  render::Listing listing_;
};

void run_log_show(Context& ctx, const std::string& id_text) {
  std::int64_t id = entry_id(id_text);
  render::Format format = ctx.format();
  if (format == render::Format::csv) {
    throw UsageError("log show prints a table, md or json, not csv: the rows of different tables have different columns");
  }
  if (format == render::Format::json) {
    JsonShow show(ctx.out);
    app::show_audit_entry(
        ctx.session(), id, [&](const AuditEntry& entry) { show.head(entry); },
        [&](const RowChange& change) { show.row(change); });
    show.end();
  } else {
    TableShow show(ctx.out, format);
    app::show_audit_entry(
        ctx.session(), id, [&](const AuditEntry& entry) { show.head(entry); },
        [&](const RowChange& change) { show.row(change); });
    show.end();
  }
}

struct UndoOptions {
  std::string id;
  bool dry_run = false;
};

void run_undo(Context& ctx, const UndoOptions& o) {
  app::Undone undone = o.id.empty() ? app::undo_latest(ctx.session(), o.dry_run)
                                    : app::undo_entry(ctx.session(), entry_id(o.id), o.dry_run);
  const AuditEntry& entry = undone.entry;
  ctx.note(fmt::format("{} #{} ({}, {} by {}): {}", o.dry_run ? "would undo" : "undid", entry.id, entry.command,
                       entry.at, entry.user, describe_changes(undone.reverted)));
}

}  // namespace

void add_log_and_undo_commands(CLI::App& app, Context& ctx) {
  auto log_options = std::make_shared<LogOptions>();
  CLI::App* log = app.add_subcommand("log", "Show the audit log of changes, newest first");
  log->add_option("--limit", log_options->limit, "Show at most N entries; 0 for all (default: 20)")
      ->transform(whole_number(false));
  log->add_option("--company", log_options->company, "Only entries that touched this company");
  log->add_option("--user", log_options->user, "Only entries made by this user");
  log->add_option("--since", log_options->since, "Only entries made on this day (UTC) or later");
  log->require_subcommand(0, 1);

  auto show_id = std::make_shared<std::string>();
  CLI::App* show = log->add_subcommand(
      "show", "What one entry did: the rows it inserted and deleted, and each updated column old -> new");
  show->add_option("id", *show_id, "The entry's number, as plift log shows it")->required();
  show->callback([&ctx, show_id] { run_log_show(ctx, *show_id); });
  log->callback([&ctx, log_options, show] {
    if (!show->parsed()) run_log(ctx, *log_options);
  });

  auto undo_options = std::make_shared<UndoOptions>();
  CLI::App* undo = app.add_subcommand(
      "undo",
      "Revert one entry of the audit log alone (like git revert), or without ID the latest not yet undone; repeat to "
      "go further back");
  undo->add_option("id", undo_options->id, "The entry's number, as plift log shows it (default: the latest)");
  undo->add_flag("--dry-run", undo_options->dry_run, "Say what would be undone, or why not; change nothing");
  undo->callback([&ctx, undo_options] { run_undo(ctx, *undo_options); });
}

}  // namespace plift::cli
