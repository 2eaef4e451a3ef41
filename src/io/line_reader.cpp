#include "line_reader.hpp"

#include "plift/core/error.hpp"

#include <fmt/format.h>

#include <cstring>

namespace plift::io::detail {

namespace {

constexpr std::size_t initial_buffer_bytes = std::size_t{256} << 10;
constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

}  // namespace

LineReader::LineReader(std::istream& in, std::string source)
    : in_(in.rdbuf()), source_(std::move(source)), buffer_(initial_buffer_bytes) {}

std::optional<std::string_view> LineReader::next_line() {
  for (;;) {
    const void* newline = std::memchr(buffer_.data() + scan_, '\n', end_ - scan_);
    std::size_t line_end = 0;
    if (newline != nullptr) {
      line_end = static_cast<std::size_t>(static_cast<const char*>(newline) - buffer_.data()) + 1;
    } else if (at_end_) {
      if (begin_ == end_) {
        return std::nullopt;
      }
      line_end = end_;
    }
    if (line_end != 0) {
      std::string_view line(buffer_.data() + begin_, line_end - begin_);
      begin_ = scan_ = line_end;
      bytes_read_ += line.size();
      if (line_number_++ == 0 && line.substr(0, utf8_bom.size()) == utf8_bom) {
        line.remove_prefix(utf8_bom.size());
      }
      return line;
    }
    scan_ = end_;
    // No whole line in the buffer: keep the partial one, read more behind it.
    if (begin_ > 0) {
      std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
      end_ -= begin_;
      scan_ -= begin_;
      begin_ = 0;
    }
    if (end_ == buffer_.size()) {
      if (buffer_.size() >= max_line_bytes) {
        throw DataError(fmt::format("{}:{}: the line is longer than {} MiB; is this a text file?", source_,
                                    line_number_ + 1, max_line_bytes >> 20));
      }
      buffer_.resize(buffer_.size() * 2);
    }
    const std::streamsize got =
        in_ == nullptr ? 0
                       : in_->sgetn(buffer_.data() + end_, static_cast<std::streamsize>(buffer_.size() - end_));
    if (got <= 0) {
      at_end_ = true;
    } else {
      end_ += static_cast<std::size_t>(got);
    }
  }
}

}  // namespace plift::io::detail
