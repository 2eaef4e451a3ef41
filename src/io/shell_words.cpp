#include "plift/io/shell_words.hpp"

#include "plift/core/error.hpp"
#include "utf8.hpp"

#include <fmt/format.h>

namespace plift::io {

namespace {

bool is_separator(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

// Inside double quotes a backslash escapes only these (POSIX); before anything
// else it is an ordinary character.
bool escapable_in_double_quotes(char c) { return c == '"' || c == '\\' || c == '$' || c == '`'; }

}  // namespace

std::vector<std::string> split_shell_words(std::string_view line) {
  const auto column = [&](std::size_t at) { return detail::count_characters(line.substr(0, at)) + 1; };
  std::vector<std::string> words;
  std::string word;
  bool in_word = false;  // a word has begun, maybe an empty "" one
  std::size_t at = 0;
  while (at < line.size()) {
    const char c = line[at];
    if (is_separator(c)) {
      if (in_word) {
        words.push_back(std::move(word));
        word.clear();
        in_word = false;
      }
      ++at;
      continue;
    }
    if (c == '#' && !in_word) {
      break;
    }
    in_word = true;
    if (c == '\'') {
      const std::size_t close = line.find('\'', at + 1);
      if (close == std::string_view::npos) {
        throw DataError(fmt::format("column {}: the single quote that opens here is never closed", column(at)));
      }
      word.append(line.substr(at + 1, close - at - 1));
      at = close + 1;
    } else if (c == '"') {
      const std::size_t open = at++;
      for (;;) {
        if (at == line.size()) {
          throw DataError(fmt::format("column {}: the double quote that opens here is never closed", column(open)));
        }
        const char inside = line[at];
        if (inside == '"') {
          ++at;
          break;
        }
        if (inside == '\\' && at + 1 < line.size() && escapable_in_double_quotes(line[at + 1])) {
          word += line[at + 1];
          at += 2;
        } else {
          word += inside;
          ++at;
        }
      }
    } else if (c == '\\') {
      if (at + 1 == line.size()) {
        throw DataError(
            fmt::format("column {}: a backslash at the end of the line has nothing to escape; a command must be on "
                        "one line",
                        column(at)));
      }
      word += line[at + 1];
      at += 2;
    } else {
      word += c;
      ++at;
    }
  }
  if (in_word) {
    words.push_back(std::move(word));
  }
  return words;
}

}  // namespace plift::io
