#pragma once
// What RecordReader reads from: one source class per input format.

#include "plift/io/records.hpp"

#include <cstdint>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plift::io::detail {

class RecordSource {
 public:
  explicit RecordSource(std::string source) : source_(std::move(source)) {}
  virtual ~RecordSource() = default;
  RecordSource(const RecordSource&) = delete;
  RecordSource& operator=(const RecordSource&) = delete;

  virtual bool next(Record& record) = 0;
  virtual std::uint64_t bytes_read() const = 0;
  virtual char delimiter() const { return 0; }

  const std::string& source() const { return source_; }
  const std::vector<std::string>& columns() const { return columns_; }
  bool take_columns_changed() { return std::exchange(columns_changed_, false); }

 protected:
  // Throws plift::DataError("SOURCE:LINE: what").
  [[noreturn]] void fail(std::size_t line, std::string_view what) const;

  std::string source_;
  std::vector<std::string> columns_;
  bool columns_changed_ = false;
};

std::unique_ptr<RecordSource> make_csv_source(std::istream& in, std::string source);
std::unique_ptr<RecordSource> make_ndjson_source(std::istream& in, std::string source);
std::unique_ptr<RecordSource> make_json_array_source(std::istream& in, std::string source);

}  // namespace plift::io::detail
