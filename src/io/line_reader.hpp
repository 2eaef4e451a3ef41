#pragma once
// Physical lines from a stream through one reused buffer.

#include <cstddef>
#include <cstdint>
#include <istream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plift::io::detail {

class LineReader {
 public:
  // `source` names the input in messages.
  LineReader(std::istream& in, std::string source);

  // The next line with its "\n" (the last one may lack it), a UTF-8 BOM at
  // the start of the input left out; nullopt at the end. The view lives until
  // the next call. Throws plift::DataError for a line longer than max_line_bytes.
  std::optional<std::string_view> next_line();
  // 1-based number of the line next_line returned last.
  std::size_t line_number() const { return line_number_; }
  // Bytes of the lines returned so far (with the BOM).
  std::uint64_t bytes_read() const { return bytes_read_; }

  static constexpr std::size_t max_line_bytes = std::size_t{16} << 20;

 private:
  std::streambuf* in_;
  std::string source_;
  std::vector<char> buffer_;
  std::size_t begin_ = 0;  // start of the next line
  std::size_t scan_ = 0;   // [begin_, scan_) holds no '\n'
  std::size_t end_ = 0;    // end of the bytes read
  bool at_end_ = false;
  std::size_t line_number_ = 0;
  std::uint64_t bytes_read_ = 0;
};

}  // namespace plift::io::detail
