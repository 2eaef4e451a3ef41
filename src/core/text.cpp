#include "plift/core/text.hpp"

#include <fmt/format.h>

#include <cstdint>

#include "plift/core/error.hpp"

namespace plift {

namespace {

// The control character (C0, DEL or C1) of the well-formed sequence at `at`
// of `length` bytes, or nullopt.
std::optional<unsigned> control_at(std::string_view text, std::size_t at, std::size_t length) {
  const auto lead = static_cast<std::uint8_t>(text[at]);
  if (length == 1) {
    if (lead < 0x20 || lead == 0x7F) return lead;
    return std::nullopt;
  }
  if (length == 2 && lead == 0xC2) {
    const auto next = static_cast<std::uint8_t>(text[at + 1]);
    if (next <= 0x9F) return next;  // U+0080..U+009F
  }
  return std::nullopt;
}

const char* control_name(unsigned code) {
  static const char* const c0[] = {"NUL", "SOH", "STX", "ETX", "EOT", "ENQ", "ACK", "BEL", "BS",  "TAB", "LF",
                                   "VT",  "FF",  "CR",  "SO",  "SI",  "DLE", "DC1", "DC2", "DC3", "DC4", "NAK",
                                   "SYN", "ETB", "CAN", "EM",  "SUB", "ESC", "FS",  "GS",  "RS",  "US"};
  if (code < 0x20) return c0[code];
  if (code == 0x7F) return "DEL";
  return "a C1 control";
}

bool allowed_in_free_text(unsigned code) { return code == '\t' || code == '\n' || code == '\r'; }

}  // namespace

std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
  auto byte = [&](std::size_t k) { return static_cast<std::uint8_t>(text[at + k]); };
  const std::uint8_t lead = byte(0);
  if (lead < 0x80) return 1;
  std::size_t length = 0;
  std::uint8_t low = 0x80;
  std::uint8_t high = 0xBF;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) low = 0xA0;   // overlong
    if (lead == 0xED) high = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) low = 0x90;   // overlong
    if (lead == 0xF4) high = 0x8F;  // past U+10FFFF
  } else {
    return 0;
  }
  if (at + length > text.size()) return 0;
  if (byte(1) < low || byte(1) > high) return 0;
  for (std::size_t k = 2; k < length; ++k) {
    if ((byte(k) & 0xC0) != 0x80) return 0;
  }
  return length;
}

std::optional<std::string> text_problem(std::string_view text, TextKind kind) {
  std::string problem;
  std::size_t characters = 0;
  for (std::size_t at = 0; at < text.size() && problem.empty();) {
    ++characters;
    const std::size_t length = utf8_sequence_length(text, at);
    if (length == 0) {
      problem = fmt::format("is not UTF-8 (byte 0x{:02X} at character {})", static_cast<std::uint8_t>(text[at]),
                            characters);
    } else if (auto code = control_at(text, at, length);
               code && !(kind == TextKind::free_text && allowed_in_free_text(*code))) {
      problem = fmt::format("holds the control character U+{:04X} ({}) at character {}{}", *code,
                            control_name(*code), characters,
                            allowed_in_free_text(*code) ? ", but must be one line" : "");
    }
    at += length == 0 ? 1 : length;
  }
  if (problem.empty()) return std::nullopt;
  return fmt::format("{}: '{}'; plift keeps text as UTF-8 without control characters{}", problem,
                     visible_text(text), kind == TextKind::free_text ? " other than tabs and line breaks" : "");
}

void require_storable_text(std::string_view text, std::string_view what, TextKind kind) {
  if (auto problem = text_problem(text, kind)) throw UsageError(fmt::format("{} {}", what, *problem));
}

std::string visible_text(std::string_view text, std::size_t max_characters) {
  std::string shown;
  std::size_t characters = 0;
  for (std::size_t at = 0; at < text.size();) {
    if (characters == max_characters) {
      shown += "…";
      break;
    }
    ++characters;
    const std::size_t length = utf8_sequence_length(text, at);
    if (length == 0 || control_at(text, at, length)) {
      const std::size_t bytes = length == 0 ? 1 : length;
      for (std::size_t k = 0; k < bytes; ++k) {
        shown += fmt::format("\\x{:02X}", static_cast<std::uint8_t>(text[at + k]));
      }
      at += bytes;
      continue;
    }
    shown.append(text.substr(at, length));
    at += length;
  }
  return shown;
}

std::string one_line(std::string_view text) {
  std::string line;
  line.reserve(text.size());
  for (std::size_t at = 0; at < text.size();) {
    const std::size_t length = utf8_sequence_length(text, at);
    if (length == 0) {
      line += "\uFFFD";
      ++at;
      continue;
    }
    if (control_at(text, at, length)) {
      if (text[at] == '\r' && at + 1 < text.size() && text[at + 1] == '\n') ++at;
      line += ' ';
    } else {
      line.append(text.substr(at, length));
    }
    at += length;
  }
  return line;
}

std::string normalize_person_name(std::string_view name) {
  std::string normal;
  bool blank_before = false;
  for (char c : name) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      blank_before = true;
      continue;
    }
    if (blank_before && !normal.empty()) normal += ' ';
    blank_before = false;
    normal += c;
  }
  return normal;
}

namespace {

// Lower case for ASCII and for the Latin-1 and Latin Extended-A letters
// (U+00C0..U+017F) that Nordic and other European names use; other
// characters stay as they are.
std::string fold_case(std::string_view text) {
  std::string folded;
  folded.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    if (byte >= 'A' && byte <= 'Z') {
      folded += static_cast<char>(byte + ('a' - 'A'));
    } else if (byte == 0xC3 && i + 1 < text.size()) {
      auto next = static_cast<unsigned char>(text[i + 1]);
      // U+00C0..U+00DE are capitals of U+00E0..U+00FE, except U+00D7 (×).
      if (next >= 0x80 && next <= 0x9E && next != 0x97) next = static_cast<unsigned char>(next + 0x20);
      folded += static_cast<char>(byte);
      folded += static_cast<char>(next);
      ++i;
    } else if ((byte == 0xC4 || byte == 0xC5) && i + 1 < text.size()) {
      auto next = static_cast<unsigned char>(text[i + 1]);
      unsigned code = ((byte & 0x1Fu) << 6) | (next & 0x3Fu);
      // Latin Extended-A pairs capitals and small letters as even and odd,
      // except U+0138..U+0148 and U+0179..U+017E, which pair odd and even.
      bool odd_capitals = (code >= 0x139 && code <= 0x148) || (code >= 0x179 && code <= 0x17E);
      if (code >= 0x100 && code <= 0x17F && code != 0x130 && code != 0x131 && code != 0x138 && code != 0x149 && code != 0x178 &&
          code != 0x17F && ((code % 2 == 0) != odd_capitals)) {
        ++code;
      }
      folded += static_cast<char>(0xC0 | (code >> 6));
      folded += static_cast<char>(0x80 | (code & 0x3F));
      ++i;
    } else {
      folded += static_cast<char>(byte);
    }
  }
  return folded;
}

}  // namespace

bool same_person_name(std::string_view a, std::string_view b) {
  return fold_case(normalize_person_name(a)) == fold_case(normalize_person_name(b));
}

}  // namespace plift
