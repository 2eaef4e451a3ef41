#include "plift/io/records.hpp"

#include "plift/core/error.hpp"
#include "record_source.hpp"

#include <fmt/format.h>

#include <algorithm>

namespace plift::io {

namespace detail {

void RecordSource::fail(std::size_t line, std::string_view what) const {
  throw DataError(fmt::format("{}:{}: {}", source_, line, what));
}

}  // namespace detail

namespace {

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// "-3.5", "12", "0.25", "1e6": text a spreadsheet reads as a number, which is
// harmless and must stay as typed, even with a leading '-'. "+1" is not:
// spreadsheets evaluate it.
bool is_plain_number(std::string_view text) {
  std::size_t i = 0;
  auto digits = [&] {
    const std::size_t start = i;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      ++i;
    }
    return i - start;
  };
  if (i < text.size() && text[i] == '-') {
    ++i;
  }
  std::size_t mantissa = digits();
  if (i < text.size() && text[i] == '.') {
    ++i;
    mantissa += digits();
  }
  if (mantissa == 0) {
    return false;
  }
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    ++i;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) {
      ++i;
    }
    if (digits() == 0) {
      return false;
    }
  }
  return i == text.size();
}

// A text needs the guard when, past any leading "'", it starts like a formula:
// that way "'=1" (already guarded by hand, or a literal) gets a second "'" and
// unguarding gives it back unchanged.
bool needs_guard(std::string_view text) {
  const std::size_t first = text.find_first_not_of('\'');
  return first != std::string_view::npos && starts_like_formula(text.substr(first));
}

}  // namespace

std::optional<InputFormat> parse_input_format(std::string_view text) {
  if (text == "csv") {
    return InputFormat::csv;
  }
  if (text == "ndjson" || text == "jsonl") {
    return InputFormat::ndjson;
  }
  if (text == "json") {
    return InputFormat::json;
  }
  return std::nullopt;
}

std::optional<InputFormat> input_format_for(const std::filesystem::path& file) {
  std::string extension = file.extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), ascii_lower);
  if (extension == ".csv" || extension == ".tsv" || extension == ".txt") {
    return InputFormat::csv;
  }
  if (extension == ".ndjson" || extension == ".jsonl") {
    return InputFormat::ndjson;
  }
  if (extension == ".json") {
    return InputFormat::json;
  }
  return std::nullopt;
}

std::string normalise_column_name(std::string_view name) {
  const std::size_t first = name.find_first_not_of(" \t");
  if (first == std::string_view::npos) {
    return {};
  }
  name = name.substr(first, name.find_last_not_of(" \t") - first + 1);
  std::string normal(name);
  for (char& c : normal) {
    c = c == '-' ? '_' : ascii_lower(c);
  }
  return normal;
}

bool starts_like_formula(std::string_view text) {
  if (text.empty()) {
    return false;
  }
  switch (text.front()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
      return !is_plain_number(text);
    default:
      return false;
  }
}

namespace {

// Where a spreadsheet may begin a cell inside a text: after a separator it
// splits on (',' or ';', whichever the file does not use) or a line break
// read outside quotes.
constexpr std::string_view cell_boundaries = ",;\r\n";

// The text from `start` to the next boundary: what such a cell would hold.
std::string_view inner_cell(std::string_view text, std::size_t start) {
  std::size_t end = text.find_first_of(cell_boundaries, start);
  return text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
}

}  // namespace

std::string guard_formula(std::string_view text) {
  std::string guarded;
  guarded.reserve(text.size() + 1);
  if (needs_guard(text)) guarded += '\'';
  for (std::size_t i = 0; i < text.size(); ++i) {
    guarded += text[i];
    if (cell_boundaries.find(text[i]) != std::string_view::npos && needs_guard(inner_cell(text, i + 1))) {
      guarded += '\'';
    }
  }
  return guarded;
}

std::string unguard_formula(std::string_view text) {
  std::string unguarded;
  unguarded.reserve(text.size());
  std::size_t i = 0;
  if (!text.empty() && text.front() == '\'' && needs_guard(text.substr(1))) i = 1;
  for (; i < text.size(); ++i) {
    unguarded += text[i];
    if (cell_boundaries.find(text[i]) != std::string_view::npos && i + 1 < text.size() && text[i + 1] == '\'' &&
        needs_guard(inner_cell(text, i + 2))) {
      ++i;
    }
  }
  return unguarded;
}

RecordReader::RecordReader(std::istream& in, std::string source, InputFormat format) {
  switch (format) {
    case InputFormat::csv:
      source_ = detail::make_csv_source(in, std::move(source));
      return;
    case InputFormat::ndjson:
      source_ = detail::make_ndjson_source(in, std::move(source));
      return;
    case InputFormat::json:
      source_ = detail::make_json_array_source(in, std::move(source));
      return;
  }
  throw InternalError("unknown input format");
}

RecordReader::~RecordReader() = default;

const std::string& RecordReader::source() const { return source_->source(); }
const std::vector<std::string>& RecordReader::columns() const { return source_->columns(); }
bool RecordReader::take_columns_changed() { return source_->take_columns_changed(); }
bool RecordReader::next(Record& record) { return source_->next(record); }
std::uint64_t RecordReader::bytes_read() const { return source_->bytes_read(); }
char RecordReader::delimiter() const { return source_->delimiter(); }

}  // namespace plift::io
