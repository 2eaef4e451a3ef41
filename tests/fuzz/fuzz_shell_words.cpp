// Batch lines split into words (plift::io::split_shell_words), and the words
// of a command line quoted for the audit log (plift::cli::shell_quoted).
//
// Properties: a line splits into words or throws plift::DataError
// "column N: ..." with N inside the line, nothing else; a comment added after
// the line changes nothing; for any list of words, joining them shell-quoted
// and splitting again gives the same words, for the words of the input line
// and for the input cut at NUL bytes into words of any bytes.

#include "fuzz_support.hpp"
#include "plift/core/error.hpp"
#include "plift/io/shell_words.hpp"

// shell_quoted lives in the cli layer; this is its declaration there.
#include "cli/context.hpp"

#include <cstddef>
#include <cstdint>
#include <exception>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace {

using plift::fuzz::require;

std::size_t characters(std::string_view text) {
  std::size_t count = 0;
  for (const char c : text) {
    count += (static_cast<unsigned char>(c) & 0xC0) != 0x80 ? 1 : 0;
  }
  return count;
}

std::optional<std::vector<std::string>> split_checked(std::string_view line) {
  try {
    return plift::io::split_shell_words(line);
  } catch (const plift::DataError& error) {
    const std::string_view message = error.what();
    require(message.substr(0, 7) == "column ", "errors start \"column N: \"", message);
    std::size_t at = 7;
    std::size_t column = 0;
    while (at < message.size() && message[at] >= '0' && message[at] <= '9' && at < 20) {
      column = column * 10 + static_cast<std::size_t>(message[at++] - '0');
    }
    require(at < message.size() && message[at] == ':', "errors start \"column N: \"", message);
    require(column >= 1 && column <= characters(line), "the column of an error lies in the line", message);
    return std::nullopt;
  } catch (const std::exception& error) {
    plift::fuzz::broken("split_shell_words throws only plift::DataError", error.what());
  }
}

std::string joined(const std::vector<std::string>& words) {
  std::string line;
  for (const auto& word : words) {
    line += line.empty() ? "" : " ";
    line += plift::cli::shell_quoted(word);
  }
  return line;
}

void check_quoting_round_trip(const std::vector<std::string>& words) {
  const std::string line = joined(words);
  const auto again = split_checked(line);
  require(again.has_value(), "shell-quoted words split without error", line);
  require(*again == words, "shell-quoted words split back into the same words", line);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);

  if (const auto words = split_checked(input)) {
    const auto with_comment = split_checked(std::string(input) + " # a comment");
    require(with_comment && *with_comment == *words, "a comment after a line adds no words");
    check_quoting_round_trip(*words);
  }

  std::vector<std::string> cut;
  std::size_t begin = 0;
  for (;;) {
    const std::size_t nul = input.find('\0', begin);
    cut.emplace_back(input.substr(begin, nul == std::string_view::npos ? std::string_view::npos : nul - begin));
    if (nul == std::string_view::npos) {
      break;
    }
    begin = nul + 1;
  }
  check_quoting_round_trip(cut);
  check_quoting_round_trip({std::string(input)});
  return 0;
}
