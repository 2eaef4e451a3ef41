// NDJSON import files (plift::io::RecordReader, one JSON object per line).
//
// Properties: the reader yields records or throws plift::DataError naming a
// line of the input at or after the last record read, nothing else; columns
// are normalised, unique and UTF-8 and only grow; every record has one value
// per column, each UTF-8 and surviving the formula guard round trip; the
// records read (before an error too), written back as NDJSON and as a JSON
// array, read back the same, each on the line it was written to.

#include "json_round_trip.hpp"
#include "record_checks.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto read = plift::fuzz::read_checked(input, plift::io::InputFormat::ndjson, "fuzz.ndjson");
  plift::fuzz::check_json_round_trips(read);
  return 0;
}
