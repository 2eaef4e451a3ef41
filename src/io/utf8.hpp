#pragma once
// UTF-8 checks and the text of messages about bytes that are not UTF-8.

#include <cstddef>
#include <string>
#include <string_view>

namespace plift::io::detail {

// Offset of the first byte that does not start or continue a well-formed UTF-8
// sequence (overlong forms, surrogates and code points past U+10FFFF are not
// well-formed); std::string_view::npos when the text is valid.
std::size_t find_invalid_utf8(std::string_view text);

// Characters in the text: every byte that is not a UTF-8 continuation byte.
std::size_t count_characters(std::string_view text);

// The text with every byte of an ill-formed sequence written as \xNN, so a
// message stays UTF-8.
std::string printable(std::string_view text);

// "byte 0xE9 at character 4, after \"Caf\"": where `text` stops being UTF-8,
// `bad` being what find_invalid_utf8 returned.
std::string describe_invalid_utf8(std::string_view text, std::size_t bad);

}  // namespace plift::io::detail
