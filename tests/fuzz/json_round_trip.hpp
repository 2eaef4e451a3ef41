#pragma once
// For the NDJSON and JSON targets: records written back as NDJSON and as a
// JSON array read back the same, on the lines they were written to.

#include "fuzz_support.hpp"
#include "record_checks.hpp"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace plift::fuzz {

// {"column": "value" or null, ...} with every column, in the columns' order.
inline std::string json_object(const std::vector<std::string>& columns, const io::Record& record) {
  std::string out = "{";
  for (std::size_t i = 0; i < columns.size(); ++i) {
    out += i == 0 ? "" : ", ";
    out += nlohmann::json(columns[i]).dump();
    out += ": ";
    out += record.values[i] ? nlohmann::json(*record.values[i]).dump() : "null";
  }
  return out + "}";
}

inline void require_same_records(const ReadResult& read, const ReadResult& again, std::size_t first_line,
                                 std::string_view written) {
  require(!again.error, "records written back read back without error", again.error.value_or(""));
  require(again.columns == read.columns, "the columns read back the same", written);
  require(again.records.size() == read.records.size(), "as many records read back as were written", written);
  for (std::size_t i = 0; i < read.records.size(); ++i) {
    require(again.records[i].values == read.records[i].values, "every record reads back the same", written);
    require(again.records[i].line == first_line + i, "every record written back is on the line it was written to",
            written);
  }
}

// A record with no fields ({}) has no column to write, and an object with
// every column null reads the same as {}; both round trips hold for them too.
inline void check_json_round_trips(const ReadResult& read) {
  std::string ndjson;
  std::string array = "[\n";
  for (std::size_t i = 0; i < read.records.size(); ++i) {
    const std::string object = json_object(read.columns, read.records[i]);
    ndjson += object + "\n";
    array += object + (i + 1 < read.records.size() ? ",\n" : "\n");
  }
  array += "]\n";
  if (!read.records.empty()) {
    require_same_records(read, read_checked(ndjson, io::InputFormat::ndjson, "again.ndjson"), 1, ndjson);
  }
  require_same_records(read, read_checked(array, io::InputFormat::json, "again.json"), 2, array);
}

}  // namespace plift::fuzz
