// JSON import files (plift::io::RecordReader, one array of objects).
//
// The same properties as fuzz_ndjson_records: records or plift::DataError
// (thrown only after the records before the error), normalised unique
// columns, UTF-8 values surviving the formula guard, and the records read
// back the same when written back as NDJSON and as a JSON array.

#include "json_round_trip.hpp"
#include "record_checks.hpp"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  const auto read = plift::fuzz::read_checked(input, plift::io::InputFormat::json, "fuzz.json");
  plift::fuzz::check_json_round_trips(read);
  return 0;
}
