// plift import, plift export: options in, app/import_export out; progress on a
// terminal, bad rows of a dry run and the summary printed.
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <iostream>

#include "context.hpp"
#include "plift/app/import_export.hpp"
#include "plift/core/error.hpp"
#include "plift/core/text.hpp"
#include "plift/io/records.hpp"
#include "private_file.hpp"

namespace plift::cli {

namespace {

// Shows rows, rows per second and how far through the file an import is, on
// a terminal only, once the work has taken more than a moment.
class Progress {
 public:
  Progress(Context& ctx, std::string what, std::optional<std::uint64_t> total_bytes)
      : ctx_(ctx),
        what_(std::move(what)),
        total_bytes_(total_bytes),
        enabled_(ctx.environment().stderr_is_terminal && !ctx.options.quiet),
        started_(Clock::now()),
        next_show_(started_ + std::chrono::seconds(1)) {}

  void tick(std::uint64_t rows, std::uint64_t bytes) {
    if (!enabled_ || (rows & 1023) != 0) return;
    auto now = Clock::now();
    if (now < next_show_) return;
    next_show_ = now + std::chrono::milliseconds(250);
    double seconds = std::chrono::duration<double>(now - started_).count();
    std::string line = fmt::format("{}: {} rows, {:.0f} rows/s", what_, rows, static_cast<double>(rows) / seconds);
    if (total_bytes_ && *total_bytes_ > 0) {
      line += fmt::format(", {:.0f}%", 100.0 * static_cast<double>(bytes) / static_cast<double>(*total_bytes_));
    }
    ctx_.err << '\r' << line << "\033[K" << std::flush;
    shown_ = true;
  }

  void done() {
    if (shown_) ctx_.err << "\r\033[K" << std::flush;
    shown_ = false;
  }

  ~Progress() { done(); }

 private:
  using Clock = std::chrono::steady_clock;
  Context& ctx_;
  std::string what_;
  std::optional<std::uint64_t> total_bytes_;
  bool enabled_;
  Clock::time_point started_;
  Clock::time_point next_show_;
  bool shown_ = false;
};

struct ImportOptions {
  std::string entity;
  std::string file;
  std::string input_format;
  bool dry_run = false;
  bool update = false;
};

struct OpenInput {
  std::istream* stream = nullptr;
  std::ifstream file;
  std::string source;
  std::optional<std::uint64_t> size;
};

void open_input(const std::string& path, OpenInput& input) {
  if (path == "-") {
    input.stream = &std::cin;
    input.source = "stdin";
    return;
  }
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw NoInputError(fmt::format("input file '{}' does not exist", path));
  input.file.open(path, std::ios::binary);
  if (!input.file) throw IoError(fmt::format("cannot read '{}'", path));
  input.stream = &input.file;
  input.source = path;
  auto size = std::filesystem::file_size(path, ec);
  if (!ec) input.size = size;
}

io::InputFormat choose_input_format(const ImportOptions& o) {
  if (!o.input_format.empty()) {
    auto format = io::parse_input_format(o.input_format);
    if (!format) throw UsageError(fmt::format("unknown --input-format '{}': use csv, ndjson or json", o.input_format));
    return *format;
  }
  if (o.file != "-") {
    if (auto format = io::input_format_for(o.file)) return *format;
  }
  return io::InputFormat::csv;
}

void run_import(Context& ctx, const ImportOptions& o) {
  bool whole = o.entity == "all";
  if (!whole) app::require_transfer_entity(o.entity);
  io::InputFormat format = choose_input_format(o);
  if (whole && !o.input_format.empty() && format != io::InputFormat::json) {
    throw UsageError("'import all' reads the JSON document 'plift export --format json' writes");
  }
  OpenInput input;
  open_input(o.file, input);
  app::ImportRequest request{o.entity, input.stream, input.source, format, o.dry_run, o.update, {}};
  std::optional<Progress> progress;
  if (!whole) {
    progress.emplace(ctx, fmt::format("importing {}", o.entity), input.size);
    request.progress = [&](std::uint64_t rows, std::uint64_t bytes) { progress->tick(rows, bytes); };
  }
  app::ImportResult result = app::import_records(ctx.session(), request);
  if (progress) progress->done();
  std::string what = fmt::format("{} of {}", result.rows == 1 ? "row" : "rows", whole ? "the programme" : o.entity);
  if (o.dry_run) {
    if (!result.errors.empty()) {
      for (const std::string& error : result.errors) {
        ctx.err << "plift: error: " << visible_text(error, std::string::npos) << '\n';
      }
      if (result.stopped) ctx.err << fmt::format("plift: stopped after {} errors\n", app::import_error_limit);
      throw SilentFailure(ExitStatus::data);
    }
    ctx.note(fmt::format("{}: {} {} would be imported; nothing was written (--dry-run)", input.source, result.rows,
                         what));
    return;
  }
  ctx.note(fmt::format("{}: imported {} {}", input.source, result.rows, what));
}

struct ExportOptions {
  std::string entity;
  std::string output;
};

void run_export(Context& ctx, const ExportOptions& o) {
  std::string format = ctx.options.json ? "json" : ctx.options.format;
  if (format.empty()) format = o.entity.empty() ? "json" : "csv";
  app::ExportRequest request{o.entity, app::ExportFormat::json};
  if (format == "csv") {
    request.format = app::ExportFormat::csv;
  } else if (format == "ndjson") {
    request.format = app::ExportFormat::ndjson;
  } else if (format != "json") {
    throw UsageError(fmt::format("export writes json, csv or ndjson, not '{}'", format));
  }
  app::check_export(request);
  // Streamed: a failure half-way leaves a file never in the target's place
  // and, on standard output, no exit 0.
  auto write = [&](std::ostream& out) { app::export_records(ctx.session(), request, out); };
  if (o.output.empty() || o.output == "-") {
    write(ctx.out);
    return;
  }
  write_private_file_streamed(o.output, write);
}

}  // namespace

void add_import_export_commands(CLI::App& app, Context& ctx) {
  auto import_options = std::make_shared<ImportOptions>();
  CLI::App* import = app.add_subcommand("import", "Import records from CSV, NDJSON or JSON, all or nothing");
  import->add_option("entity", import_options->entity,
                     "What the file holds: companies, coaches, pulses, visits, … or all (a whole export)")
      ->required();
  import->add_option("file", import_options->file, "The file, or - for standard input")->required();
  import->add_option("--input-format", import_options->input_format,
                     "csv, ndjson or json (default: from the file name; csv for standard input)");
  import->add_flag("--dry-run", import_options->dry_run, "Check every row and report every bad one; write nothing");
  import->add_flag("--update", import_options->update, "Rows whose key exists replace that record");
  import->callback([&ctx, import_options] { run_import(ctx, *import_options); });

  auto export_options = std::make_shared<ExportOptions>();
  CLI::App* exp = app.add_subcommand("export", "Export records in a form import takes back");
  exp->add_option("entity", export_options->entity, "One entity (default: the whole programme as one JSON document)");
  exp->add_option("-o,--output", export_options->output, "Write to this file, whole, owner-only when new (- for stdout)");
  exp->callback([&ctx, export_options] { run_export(ctx, *export_options); });
}

}  // namespace plift::cli
