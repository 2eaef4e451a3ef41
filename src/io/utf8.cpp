#include "utf8.hpp"

#include <fmt/format.h>

#include <cstdint>
#include <cstring>

#include "plift/core/text.hpp"

namespace plift::io::detail {

std::size_t find_invalid_utf8(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    // Import files are mostly ASCII: skip it eight bytes at a time.
    while (at + 8 <= text.size()) {
      std::uint64_t word = 0;
      std::memcpy(&word, text.data() + at, sizeof word);
      if ((word & 0x8080808080808080ULL) != 0) {
        break;
      }
      at += 8;
    }
    if (at == text.size()) {
      break;
    }
    if (static_cast<unsigned char>(text[at]) < 0x80) {
      ++at;
      continue;
    }
    const std::size_t length = utf8_sequence_length(text, at);
    if (length == 0) {
      return at;
    }
    at += length;
  }
  return std::string_view::npos;
}

std::size_t count_characters(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++count;
    }
  }
  return count;
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t length = utf8_sequence_length(text, at);
    if (length == 0) {
      out += fmt::format("\\x{:02X}", static_cast<unsigned char>(text[at]));
      ++at;
    } else {
      out.append(text.substr(at, length));
      at += length;
    }
  }
  return out;
}

std::string describe_invalid_utf8(std::string_view text, std::size_t bad) {
  const std::string where = fmt::format("byte 0x{:02X} at character {}", static_cast<unsigned char>(text[bad]),
                                        count_characters(text.substr(0, bad)) + 1);
  if (bad == 0) {
    return where;
  }
  // A little of the valid text before it, cut at a character boundary.
  std::size_t from = bad > 20 ? bad - 20 : 0;
  while (from < bad && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) {
    ++from;
  }
  return fmt::format("{}, after \"{}\"", where, text.substr(from, bad - from));
}

}  // namespace plift::io::detail
