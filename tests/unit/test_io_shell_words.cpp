#include <doctest/doctest.h>

#include "plift/core/error.hpp"
#include "plift/io/shell_words.hpp"

#include <string>
#include <vector>

using plift::io::split_shell_words;
using Words = std::vector<std::string>;

TEST_CASE("split_shell_words: whitespace separates words") {
  CHECK(split_shell_words("pulse add acme 2026-03-02 green") == Words{"pulse", "add", "acme", "2026-03-02", "green"});
  CHECK(split_shell_words("  pulse \t add   acme  ") == Words{"pulse", "add", "acme"});
  CHECK(split_shell_words("company add acme\r") == Words{"company", "add", "acme"});  // a CRLF batch file
  CHECK(split_shell_words("--note=x") == Words{"--note=x"});
}

TEST_CASE("split_shell_words: blank and comment-only lines give no words") {
  CHECK(split_shell_words("").empty());
  CHECK(split_shell_words("   \t ").empty());
  CHECK(split_shell_words("# a comment").empty());
  CHECK(split_shell_words("   # indented comment 'with an open quote").empty());
  CHECK(split_shell_words("#").empty());
}

TEST_CASE("split_shell_words: '#' starts a comment only at the start of a word") {
  CHECK(split_shell_words("pulse add acme # the note") == Words{"pulse", "add", "acme"});
  CHECK(split_shell_words("pulse add acme#1") == Words{"pulse", "add", "acme#1"});
  CHECK(split_shell_words("note '#1' \"#2\" \\#3") == Words{"note", "#1", "#2", "#3"});
  CHECK(split_shell_words("a #") == Words{"a"});
}

TEST_CASE("split_shell_words: single quotes are literal") {
  CHECK(split_shell_words("add 'Plåt & Svets AB'") == Words{"add", "Plåt & Svets AB"});
  CHECK(split_shell_words("'a \\ b \" $HOME'") == Words{"a \\ b \" $HOME"});
  CHECK(split_shell_words("'it'\\''s'") == Words{"it's"});
  CHECK(split_shell_words("x'y z'w") == Words{"xy zw"});
}

TEST_CASE("split_shell_words: double quotes with \\\" \\\\ \\$ \\` escapes") {
  CHECK(split_shell_words("--note \"said \\\"hi\\\"\"") == Words{"--note", "said \"hi\""});
  CHECK(split_shell_words("\"a\\\\b\"") == Words{"a\\b"});
  CHECK(split_shell_words("\"cost \\$5 \\`x\\`\"") == Words{"cost $5 `x`"});
  CHECK(split_shell_words("\"keep \\n and \\t\"") == Words{"keep \\n and \\t"});  // other backslashes stay
  CHECK(split_shell_words("\"it's\"") == Words{"it's"});
  CHECK(split_shell_words("\"a\"'b'c") == Words{"abc"});
}

TEST_CASE("split_shell_words: empty quotes make an empty word") {
  CHECK(split_shell_words("a \"\" b") == Words{"a", "", "b"});
  CHECK(split_shell_words("''") == Words{""});
  CHECK(split_shell_words("--note ''") == Words{"--note", ""});
}

TEST_CASE("split_shell_words: a backslash outside quotes escapes the next character") {
  CHECK(split_shell_words("Plåt\\ &\\ Svets") == Words{"Plåt & Svets"});
  CHECK(split_shell_words("\\'x\\\"") == Words{"'x\""});
  CHECK(split_shell_words("a\\\\b") == Words{"a\\b"});
  CHECK(split_shell_words("\\ ") == Words{" "});
}

TEST_CASE("split_shell_words: nothing is expanded") {
  CHECK(split_shell_words("$HOME ~ *.csv $(rm -rf x) `id` ${X}") ==
        Words{"$HOME", "~", "*.csv", "$(rm", "-rf", "x)", "`id`", "${X}"});
  CHECK(split_shell_words("a;b|c&&d > e") == Words{"a;b|c&&d", ">", "e"});
}

TEST_CASE("split_shell_words: unicode passes through") {
  CHECK(split_shell_words("company add \"Ödmjuk Åkeri\" 日本 🚀") == Words{"company", "add", "Ödmjuk Åkeri", "日本", "🚀"});
}

TEST_CASE("split_shell_words: errors name the column") {
  CHECK_THROWS_WITH_AS(split_shell_words("add 'Plåt AB"), "column 5: the single quote that opens here is never closed",
                       plift::DataError);
  CHECK_THROWS_WITH_AS(split_shell_words("add \"Åke said \\\"hi"),
                       "column 5: the double quote that opens here is never closed", plift::DataError);
  CHECK_THROWS_WITH_AS(split_shell_words("åäö \"x\" 'y' \"z"), "column 13: the double quote that opens here is never closed",
                       plift::DataError);
  CHECK_THROWS_WITH_AS(split_shell_words("add acme \\"),
                       "column 10: a backslash at the end of the line has nothing to escape; a command must be on one "
                       "line",
                       plift::DataError);
  CHECK_THROWS_WITH_AS(split_shell_words("\"ends in \\\""), "column 1: the double quote that opens here is never closed",
                       plift::DataError);
  try {
    split_shell_words("'");
    FAIL("no error");
  } catch (const plift::DataError& error) {
    CHECK(error.status() == plift::ExitStatus::data);
  }
}
