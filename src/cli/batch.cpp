// plift batch
#include <fmt/format.h>

#include <chrono>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "context.hpp"
#include "plift/core/error.hpp"
#include "plift/io/shell_words.hpp"

namespace plift::cli {

namespace {

struct BatchOptions {
  std::string file;
};

struct BatchLine {
  std::size_t number;
  std::vector<std::string> words;
};

std::string read_all(const std::string& path, std::string& source) {
  std::ostringstream text;
  if (path == "-") {
    source = "stdin";
    text << std::cin.rdbuf();
    return text.str();
  }
  source = path;
  std::error_code ec;
  if (!std::filesystem::exists(path, ec)) throw NoInputError(fmt::format("batch file '{}' does not exist", path));
  std::ifstream in(path, std::ios::binary);
  if (!in) throw IoError(fmt::format("cannot read '{}'", path));
  text << in.rdbuf();
  return text.str();
}

std::vector<BatchLine> split_lines(const std::string& text, const std::string& source) {
  std::vector<BatchLine> lines;
  std::size_t number = 0;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    ++number;
    std::string_view line(text.data() + begin, end - begin);
    if (number == 1 && line.substr(0, 3) == "\xEF\xBB\xBF") line.remove_prefix(3);
    try {
      std::vector<std::string> words = io::split_shell_words(line);
      if (!words.empty() && words.front() == "plift") words.erase(words.begin());
      if (!words.empty()) lines.push_back({number, std::move(words)});
    } catch (const DataError& e) {
      throw DataError(fmt::format("{}:{}: {}", source, number, e.what()));
    }
    begin = end + 1;
  }
  return lines;
}

// Where the command a line names is, skipping global options and their
// values; the line's length when it names none.
std::size_t command_at(const std::vector<std::string>& words) {
  static const std::set<std::string> taking_value = {"-c", "--config", "--db", "--today", "--format"};
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (taking_value.count(words[i])) {
      ++i;
      continue;
    }
    if (words[i].rfind('-', 0) != 0) return i;
  }
  return words.size();
}

void check_line(const BatchLine& line, const std::string& source) {
  static const std::set<std::string> refused = {"init", "batch", "db"};
  std::size_t at = command_at(line.words);
  std::string command = at < line.words.size() ? line.words[at] : std::string{};
  if (refused.count(command)) {
    throw DataError(fmt::format("{}:{}: '{}' cannot run inside a batch", source, line.number, command));
  }
  if (command == "undo") {
    // Inside a batch an undo names its entry: "the latest" would be a moving
    // target, and a dry run cannot be taken back out of the batch's changes.
    bool names_entry = false;
    for (std::size_t i = at + 1; i < line.words.size(); ++i) {
      if (line.words[i] == "--dry-run") {
        throw DataError(fmt::format("{}:{}: 'undo --dry-run' cannot run inside a batch", source, line.number));
      }
      names_entry = names_entry || line.words[i].rfind('-', 0) != 0;
    }
    if (!names_entry) {
      throw DataError(fmt::format("{}:{}: 'undo' inside a batch names the entry it reverts: undo ID", source,
                                  line.number));
    }
  }
  for (const std::string& word : line.words) {
    std::string name = word.substr(0, word.find('='));
    if (name == "--db" || name == "-c" || name == "--config") {
      throw DataError(fmt::format("{}:{}: {} cannot change inside a batch; give it to 'plift batch' itself", source,
                                  line.number, name));
    }
  }
}

// Inside a catch block: the error of a batch line, named by its line.
[[noreturn]] void rethrow_located(const std::string& source, std::size_t line) {
  try {
    throw;
  } catch (const SilentFailure& e) {
    throw DataError(fmt::format("{}:{}: the command failed (exit {})", source, line, static_cast<int>(e.status())));
  } catch (const BusyError&) {
    throw;
  } catch (const Error& e) {
    throw DataError(fmt::format("{}:{}: {}", source, line, e.what()));
  }
}

// Sends a stream's output to a buffer until destroyed.
class Redirect {
 public:
  Redirect(std::ostream& stream, std::streambuf* to) : stream_(stream), saved_(stream.rdbuf(to)) {}
  Redirect(const Redirect&) = delete;
  Redirect& operator=(const Redirect&) = delete;
  ~Redirect() { stream_.rdbuf(saved_); }

 private:
  std::ostream& stream_;
  std::streambuf* saved_;
};

void run_batch(Context& ctx, const BatchOptions& o) {
  std::string source;
  std::string text = read_all(o.file, source);
  std::vector<BatchLine> lines = split_lines(text, source);
  for (const BatchLine& line : lines) check_line(line, source);

  app::AllOrNothing batch(ctx.session());
  const GlobalOptions batch_options = ctx.options;
  // Output is held back until the whole batch has committed: a batch that
  // fails has done nothing, and says nothing but why.
  std::ostringstream held;
  bool show_progress = ctx.environment().stderr_is_terminal && !ctx.options.quiet;
  auto started = std::chrono::steady_clock::now();
  auto next_show = started + std::chrono::seconds(1);
  bool progress_shown = false;
  {
    Redirect redirect(ctx.out, held.rdbuf());
    for (std::size_t i = 0; i < lines.size(); ++i) {
      const BatchLine& line = lines[i];
      try {
        execute(ctx, line.words, CommandSource::batch_line);
      } catch (...) {
        if (progress_shown) ctx.err << "\r\033[K" << std::flush;
        progress_shown = false;
        rethrow_located(source, line.number);
      }
      ctx.options = batch_options;
      if (show_progress && std::chrono::steady_clock::now() >= next_show) {
        next_show = std::chrono::steady_clock::now() + std::chrono::milliseconds(250);
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        ctx.err << fmt::format("\rbatch: {} of {} commands, {:.0f}/s, {:.0f}%\033[K", i + 1, lines.size(),
                               static_cast<double>(i + 1) / seconds,
                               100.0 * static_cast<double>(i + 1) / static_cast<double>(lines.size()))
                << std::flush;
        progress_shown = true;
      }
    }
  }
  if (progress_shown) ctx.err << "\r\033[K" << std::flush;
  batch.commit();
  ctx.out << held.str();
}

}  // namespace

void add_batch_command(CLI::App& app, Context& ctx) {
  auto options = std::make_shared<BatchOptions>();
  CLI::App* batch = app.add_subcommand("batch", "Run a file of plift commands, one per line, all or nothing");
  batch->add_option("file", options->file, "The file, or - for standard input")->required();
  batch->callback([&ctx, options] { run_batch(ctx, *options); });
}

}  // namespace plift::cli
