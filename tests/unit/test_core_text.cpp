#include <doctest/doctest.h>

#include <string>

#include "plift/core/error.hpp"
#include "plift/core/text.hpp"

using namespace plift;
using namespace std::string_literals;

TEST_CASE("text_problem: data plift keeps as typed") {
  for (const std::string& text : {""s, "'; DROP TABLE company; --"s, "<script>alert(1)</script>"s, "=1+2"s,
                                 "Brødrene Ålund 日本 🎉"s, "  spaces  "s, "zero\u200bwidth"s, "\u00a0nbsp"s}) {
    CHECK_FALSE(text_problem(text, TextKind::line));
    CHECK_FALSE(text_problem(text, TextKind::free_text));
  }
}

TEST_CASE("text_problem: line breaks and tabs only in free text") {
  for (const std::string& text : {"a\nb"s, "a\rb"s, "a\r\nb"s, "\t=1+2"s}) {
    CHECK_FALSE(text_problem(text, TextKind::free_text));
    auto problem = text_problem(text, TextKind::line);
    REQUIRE(problem);
    CHECK(problem->find("must be one line") != std::string::npos);
  }
  CHECK(*text_problem("New\nLine", TextKind::line) ==
        "holds the control character U+000A (LF) at character 4, but must be one line: 'New\\x0ALine'; "
        "plift keeps text as UTF-8 without control characters");
}

TEST_CASE("text_problem: other control characters nowhere") {
  for (const std::string& text : {"a\x1b[31mb"s, "a\0b"s, "a\x01"s, "a\x7f"s, "a\u0085b"s, "\u009b2J"s, "\x08"s}) {
    CHECK(text_problem(text, TextKind::line));
    CHECK(text_problem(text, TextKind::free_text));
  }
  CHECK(*text_problem("a\x1b[31mb", TextKind::free_text) ==
        "holds the control character U+001B (ESC) at character 2: 'a\\x1B[31mb'; plift keeps text as UTF-8 without "
        "control characters other than tabs and line breaks");
  CHECK(text_problem("é\u0085", TextKind::line)->find("U+0085 (a C1 control) at character 2") != std::string::npos);
}

TEST_CASE("text_problem: bytes that are not UTF-8") {
  for (const std::string& text : {"a\xff"s, "\xc0\xaf"s, "a\xe2\x82"s, "\xed\xa0\x80"s, "\xf4\x90\x80\x80"s, "caf\xe9"s,
                                 "\x80"s, "\xf8\x88\x80\x80\x80"s}) {
    auto problem = text_problem(text, TextKind::free_text);
    REQUIRE(problem);
    CHECK(problem->starts_with("is not UTF-8"));
  }
  CHECK(text_problem("caf\xe9!", TextKind::line)->starts_with("is not UTF-8 (byte 0xE9 at character 4): 'caf\\xE9!'"));
}

TEST_CASE("require_storable_text names what it checks") {
  CHECK_NOTHROW(require_storable_text("O'Brien", "--person", TextKind::line));
  CHECK_THROWS_WITH_AS(require_storable_text("a\x07", "--note", TextKind::free_text),
                       doctest::Contains("--note holds the control character U+0007 (BEL)"), UsageError);
}

TEST_CASE("visible_text writes what a terminal must not see as \\xNN") {
  CHECK(visible_text("plain åäö") == "plain åäö");
  CHECK(visible_text("a\x1b[2J\nb\xff") == "a\\x1B[2J\\x0Ab\\xFF");
  CHECK(visible_text("\u0085") == "\\xC2\\x85");
  CHECK(visible_text(std::string(100, 'x'), 5) == "xxxxx…");
  CHECK(visible_text("ééé", 2) == "éé…");
}

TEST_CASE("one_line: one line of printable text") {
  CHECK(one_line("a\r\nb\nc\rd\te") == "a b c d e");
  CHECK(one_line("red \x1b[31m!") == "red  [31m!");
  CHECK(one_line("\u009b2J") == " 2J");
  CHECK(one_line("caf\xe9") == "caf\uFFFD");
  CHECK(one_line("Brødrene 🎉") == "Brødrene 🎉");
}
