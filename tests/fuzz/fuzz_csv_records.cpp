// CSV import files (plift::io::RecordReader through libcsv).
//
// Properties: the reader yields records or throws plift::DataError naming a
// line of the input, nothing else; columns are normalised, unique and UTF-8;
// every record has one value per column, each UTF-8, non-empty and surviving
// the formula guard round trip; the header and records, written back as CSV
// with every field quoted (with any of the three delimiters, LF or CRLF,
// with or without BOM), read back the same with that delimiter detected
// (but for a CR before a line break inside quotes, read as a CRLF line end);
// the UTF-8 check agrees with an independent one.

#include "fuzz_support.hpp"
#include "record_checks.hpp"
#include "utf8.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace {

using plift::fuzz::ReadResult;
using plift::fuzz::require;
using plift::io::InputFormat;

std::string csv_quoted(std::string_view text) {
  std::string out = "\"";
  for (const char c : text) {
    out += c;
    if (c == '"') {
      out += '"';
    }
  }
  return out + "\"";
}

// What a quoted value written back reads as: the reader takes each CR before
// a line break for part of a CRLF line end (a value's "\r\n" comes from
// "\r\r\n"), so that CR is lost, as documented.
std::string without_cr_before_lf(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!(text[i] == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
      out += text[i];
    }
  }
  return out;
}

std::string write_csv(const ReadResult& read, char delimiter, bool crlf, bool bom) {
  const std::string_view end_of_line = crlf ? "\r\n" : "\n";
  std::string out = bom ? "\xEF\xBB\xBF" : "";
  for (std::size_t i = 0; i < read.columns.size(); ++i) {
    out += i == 0 ? "" : std::string(1, delimiter);
    out += csv_quoted(read.columns[i]);
  }
  out += end_of_line;
  for (const auto& record : read.records) {
    for (std::size_t i = 0; i < record.values.size(); ++i) {
      out += i == 0 ? "" : std::string(1, delimiter);
      // "" rather than nothing: a row of empty cells is otherwise a blank line, skipped.
      out += csv_quoted(record.values[i].value_or(""));
    }
    out += end_of_line;
  }
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  require(plift::io::detail::find_invalid_utf8(input) == plift::fuzz::first_invalid_utf8(input),
          "find_invalid_utf8 agrees with an independent UTF-8 decoder");

  const ReadResult read = plift::fuzz::read_checked(input, InputFormat::csv, "fuzz.csv");
  if (read.columns.empty()) {
    return 0;  // no header: nothing to write back
  }
  // Without an error, every record is in; with one, the records before it.
  ReadResult expected = read;
  for (auto& name : expected.columns) {
    name = without_cr_before_lf(name);
  }
  for (auto name = expected.columns.begin(); name != expected.columns.end(); ++name) {
    if (std::find(expected.columns.begin(), name, *name) != name) {
      return 0;  // names told apart by such a CR only: written back, they are the same
    }
  }
  for (auto& record : expected.records) {
    for (auto& value : record.values) {
      if (value) {
        value = without_cr_before_lf(*value);
      }
    }
  }

  const bool crlf = size % 2 == 1;
  const bool bom = size % 5 == 1;
  // Any delimiter: the one written must be the one detected, quoted names with line breaks or not.
  const char delimiter = std::array<char, 3>{',', ';', '\t'}[size % 3];
  const std::string written = write_csv(read, delimiter, crlf, bom);
  const ReadResult again = plift::fuzz::read_checked(written, InputFormat::csv, "again.csv");
  require(!again.error, "records written back as CSV read back without error", again.error.value_or(""));
  require(again.columns == expected.columns, "the header written back reads back the same", written);
  if (read.columns.size() > 1) {
    require(again.delimiter == delimiter, "the delimiter written back is detected again", written);
  }
  require(again.records.size() == expected.records.size(), "as many records read back as were written", written);
  for (std::size_t i = 0; i < expected.records.size(); ++i) {
    require(again.records[i].values == expected.records[i].values, "every record reads back the same", written);
  }
  return 0;
}
