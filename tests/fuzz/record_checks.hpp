#pragma once
// Reading an import file in memory with plift::io::RecordReader while
// checking what every reader promises (include/plift/io/records.hpp), for the
// CSV, NDJSON and JSON targets.

#include "fuzz_support.hpp"
#include "plift/core/error.hpp"
#include "plift/io/records.hpp"

#include <algorithm>
#include <exception>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace plift::fuzz {

struct ReadResult {
  std::vector<std::string> columns;  // at the end
  std::vector<io::Record> records;   // values padded with nullopt to the final columns
  std::optional<std::string> error;  // the DataError's message
  char delimiter = 0;
};

inline void check_formula_guard(std::string_view value) {
  const std::string guarded = io::guard_formula(value);
  require(io::unguard_formula(guarded) == value, "unguard_formula(guard_formula(s)) == s", value);
  require(!io::starts_like_formula(guarded), "a guarded value does not start like a formula", guarded);
  // Only apostrophes are added: the value is what remains in order.
  std::size_t matched = 0;
  for (char c : guarded) {
    if (matched < value.size() && c == value[matched]) {
      ++matched;
    } else {
      require(c == '\'', "the guard adds nothing but apostrophes", guarded);
    }
  }
  require(matched == value.size(), "the guard keeps every character of the value", guarded);
  // A spreadsheet splitting on ',' or ';', or taking a line break for a new
  // row, starts a cell after each of them: none of those starts a formula.
  for (std::size_t start = 0;;) {
    std::size_t end = guarded.find_first_of(",;\r\n", start);
    std::string_view cell = std::string_view(guarded).substr(start, end == std::string::npos ? std::string::npos
                                                                                              : end - start);
    require(!io::starts_like_formula(cell), "no cell a spreadsheet could cut out starts like a formula", guarded);
    if (end == std::string::npos) break;
    start = end + 1;
  }
}

inline void check_column_names(const std::vector<std::string>& columns) {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    const std::string& name = columns[i];
    require(!name.empty(), "column names are not empty");
    require(is_utf8(name), "column names are UTF-8", name);
    require(io::normalise_column_name(name) == name, "column names are normalised", name);
    for (std::size_t j = 0; j < i; ++j) {
      require(columns[j] != name, "column names are unique", name);
    }
  }
}

inline void check_error_message(std::string_view message, std::string_view input, std::string_view source,
                                std::size_t last_record_line) {
  require(is_utf8(message), "error messages are UTF-8", message);
  if (message.substr(0, source.size() + 2) == std::string(source) + ": ") {
    require(message.find("the input is empty") != std::string_view::npos,
            "a message without a line number is about an empty input", message);
    return;
  }
  const auto line = line_of_message(message, source);
  require(line.has_value(), "error messages start SOURCE:LINE:", message);
  require(*line >= 1 && *line <= line_count(input), "the line of an error lies in the input", message);
  require(*line >= last_record_line, "an error is not before a record already read", message);
}

// Reads `input` whole, checking the reader's promises after every step; a
// DataError ends the reading and is kept, anything else thrown is a bug.
inline ReadResult read_checked(std::string_view input, io::InputFormat format, const std::string& source) {
  ReadResult result;
  std::istringstream in{std::string(input)};
  std::size_t last_line = 0;
  std::vector<std::string> columns;
  const std::size_t lines = line_count(input);
  try {
    io::RecordReader reader(in, source, format);
    require(reader.source() == source, "source() is the name given");
    const bool csv = format == io::InputFormat::csv;
    if (csv) {
      require(!reader.columns().empty(), "a CSV reader has its header's columns at once");
      require(reader.take_columns_changed(), "CSV: columns changed once after the header");
      require(!reader.take_columns_changed(), "CSV: columns changed only once");
      result.delimiter = reader.delimiter();
      require(result.delimiter == ',' || result.delimiter == ';' || result.delimiter == '\t',
              "the delimiter is , ; or tab");
    } else {
      require(reader.columns().empty(), "a JSON reader has no columns before its first record");
      require(reader.delimiter() == 0, "JSON readers have no delimiter");
    }
    check_column_names(reader.columns());
    columns = reader.columns();
    std::uint64_t bytes = reader.bytes_read();
    io::Record record;
    while (reader.next(record)) {
      const std::vector<std::string>& now = reader.columns();
      require(now.size() >= columns.size() && std::equal(columns.begin(), columns.end(), now.begin()),
              "columns only grow, at the end");
      require(reader.take_columns_changed() == (now.size() != columns.size()),
              "take_columns_changed() tells exactly when the columns grew");
      if (now.size() != columns.size()) {
        check_column_names(now);
        columns = now;
      }
      require(record.values.size() == columns.size(), "a record has one value per column");
      require(record.line >= 1 && record.line <= lines, "a record's line lies in the input");
      // NDJSON: one record per line; CSV: a record ends its line; a JSON array may hold two on one line.
      require(format == io::InputFormat::json ? record.line >= last_line : record.line > last_line,
              "records come in the order of their lines");
      last_line = record.line;
      for (const auto& value : record.values) {
        if (!value) {
          continue;
        }
        require(is_utf8(*value), "values are UTF-8", *value);
        require(!csv || !value->empty(), "an empty CSV cell is nullopt");
        check_formula_guard(*value);
      }
      require(reader.bytes_read() >= bytes && reader.bytes_read() <= input.size(),
              "bytes_read() grows within the input");
      bytes = reader.bytes_read();
      result.records.push_back(record);
    }
    require(reader.bytes_read() == input.size(), "at the end, bytes_read() is the whole input");
    require(!reader.next(record), "the end stays the end");
  } catch (const DataError& error) {
    check_error_message(error.what(), input, source, last_line);
    result.error = error.what();
  } catch (const std::exception& error) {
    broken("readers throw only plift::DataError", error.what());
  }
  // Records read before the columns grew are padded to the final ones.
  result.columns = std::move(columns);
  for (auto& record : result.records) {
    record.values.resize(result.columns.size());
  }
  return result;
}

}  // namespace plift::fuzz
