#pragma once
// What the fuzz targets share: stopping on a broken property, an independent
// UTF-8 check, and reading "SOURCE:LINE: ..." error messages.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

namespace plift::fuzz {

// A property did not hold: say which and with what, then abort so libFuzzer
// (or the replay driver's ctest) reports the input as a crash.
[[noreturn]] inline void broken(std::string_view property, std::string_view detail = {}) {
  std::fprintf(stderr, "\nfuzz: property broken: %.*s\n", static_cast<int>(property.size()), property.data());
  if (!detail.empty()) {
    std::fprintf(stderr, "fuzz: detail: %.*s\n", static_cast<int>(detail.size()), detail.data());
  }
  std::fflush(stderr);
  std::abort();
}

inline void require(bool holds, std::string_view property, std::string_view detail = {}) {
  if (!holds) {
    broken(property, detail);
  }
}

// Offset of the first byte of the first ill-formed UTF-8 sequence, or npos.
// Written apart from src/io/utf8.cpp, by decoding code points, so the targets
// can compare the two.
inline std::size_t first_invalid_utf8(std::string_view text) {
  std::size_t at = 0;
  while (at < text.size()) {
    const auto lead = static_cast<unsigned char>(text[at]);
    std::size_t length = 0;
    std::uint32_t code_point = 0;
    if (lead < 0x80) {
      ++at;
      continue;
    }
    if ((lead & 0xE0) == 0xC0) {
      length = 2;
      code_point = lead & 0x1Fu;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3;
      code_point = lead & 0x0Fu;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4;
      code_point = lead & 0x07u;
    } else {
      return at;
    }
    if (at + length > text.size()) {
      return at;
    }
    for (std::size_t i = 1; i < length; ++i) {
      const auto next = static_cast<unsigned char>(text[at + i]);
      if ((next & 0xC0) != 0x80) {
        return at;
      }
      code_point = (code_point << 6) | (next & 0x3Fu);
    }
    const std::uint32_t shortest = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (code_point < shortest || code_point > 0x10FFFF || (code_point >= 0xD800 && code_point <= 0xDFFF)) {
      return at;
    }
    at += length;
  }
  return std::string_view::npos;
}

inline bool is_utf8(std::string_view text) { return first_invalid_utf8(text) == std::string_view::npos; }

// Lines a text has as an editor counts them: one more than its line breaks.
inline std::size_t line_count(std::string_view text) {
  std::size_t lines = 1;
  for (const char c : text) {
    lines += c == '\n' ? 1 : 0;
  }
  return lines;
}

// N of a message "SOURCE:N: ...", nullopt when it does not start so.
inline std::optional<std::size_t> line_of_message(std::string_view message, std::string_view source) {
  if (message.substr(0, source.size()) != source || message.size() <= source.size() ||
      message[source.size()] != ':') {
    return std::nullopt;
  }
  std::size_t at = source.size() + 1;
  std::size_t line = 0;
  const std::size_t digits_from = at;
  while (at < message.size() && message[at] >= '0' && message[at] <= '9' && at - digits_from < 12) {
    line = line * 10 + static_cast<std::size_t>(message[at] - '0');
    ++at;
  }
  if (at == digits_from || at >= message.size() || message[at] != ':') {
    return std::nullopt;
  }
  return line;
}

}  // namespace plift::fuzz
