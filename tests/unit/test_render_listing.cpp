#include "plift/render/render.hpp"

#include <doctest/doctest.h>

#include <sstream>
#include <string>

using plift::render::cell_text;
using plift::render::Column;
using plift::render::csv_field;
using plift::render::Format;
using plift::render::Json;
using plift::render::Listing;
using plift::render::md_cell;
using plift::render::parse_format;
using plift::render::write_fields;
using plift::render::write_json;
using plift::render::write_listing;

namespace {

Listing companies() {
  Listing listing;
  listing.columns = {{"key", "KEY"}, {"region", "REGION"}, {"employees", "EMPLOYEES", true}};
  listing.rows.push_back(Json{{"key", "brodrene-midthaug-as"}, {"region", "Innlandet"}, {"employees", 120}});
  listing.rows.push_back(Json{{"key", "ab"}, {"region", "Västra Götaland"}, {"employees", 8}});
  return listing;
}

std::string render(const Listing& listing, Format format) {
  std::ostringstream out;
  write_listing(out, listing, format);
  return out.str();
}

}  // namespace

TEST_CASE("parse_format knows the four formats and the markdown alias") {
  CHECK(parse_format("table") == Format::table);
  CHECK(parse_format("json") == Format::json);
  CHECK(parse_format("csv") == Format::csv);
  CHECK(parse_format("md") == Format::md);
  CHECK(parse_format("markdown") == Format::md);
  CHECK_FALSE(parse_format("html").has_value());
  CHECK_FALSE(parse_format("").has_value());
  CHECK(plift::render::to_string(Format::md) == "md");
}

TEST_CASE("cell_text") {
  CHECK(cell_text(Json(nullptr)) == "-");
  CHECK(cell_text(Json(true)) == "yes");
  CHECK(cell_text(Json(false)) == "no");
  CHECK(cell_text(Json(42)) == "42");
  CHECK(cell_text(Json(-7)) == "-7");
  CHECK(cell_text(Json(12.5)) == "12.5");
  CHECK(cell_text(Json(3.0)) == "3");
  CHECK(cell_text(Json(2.0 / 3.0)) == "0.67");
  CHECK(cell_text(Json(-0.0)) == "0");
  CHECK(cell_text(Json(-0.001)) == "0");
  CHECK(cell_text(Json("Brødrene")) == "Brødrene");
  CHECK(cell_text(Json::array({"a", "b", 3})) == "a, b, 3");
  CHECK(cell_text(Json::array()) == "");
  CHECK(cell_text(Json{{"a", 1}}) == R"({"a":1})");
  CHECK(cell_text(Json::array({Json{{"a", 1}}})) == R"([{"a":1}])");
  SUBCASE("control characters become spaces so a row stays one line") {
    CHECK(cell_text(Json("line one\nline two")) == "line one line two");
    CHECK(cell_text(Json("a\r\nb\tc")) == "a b c");
    CHECK(cell_text(Json("esc\x1b[31m")) == "esc [31m");
  }
}

TEST_CASE("table: aligned by display width, headers, right-aligned numbers") {
  CHECK(render(companies(), Format::table) ==
        "KEY                   REGION           EMPLOYEES\n"
        "brodrene-midthaug-as  Innlandet              120\n"
        "ab                    Västra Götaland          8\n");
}

TEST_CASE("table: Nordic letters count as one column each") {
  Listing listing;
  listing.columns = {{"name", "NAME"}, {"phase", "PHASE"}};
  listing.rows.push_back(Json{{"name", "Åsa Øvrebø"}, {"phase", "pilot"}});
  listing.rows.push_back(Json{{"name", "Bo"}, {"phase", "vision"}});
  CHECK(render(listing, Format::table) ==
        "NAME        PHASE\n"
        "Åsa Øvrebø  pilot\n"
        "Bo          vision\n");
}

TEST_CASE("table: null cells show '-', missing fields too, no trailing spaces") {
  Listing listing;
  listing.columns = {{"key", "KEY"}, {"coach", "COACH"}};
  listing.rows.push_back(Json{{"key", "a"}, {"coach", nullptr}});
  listing.rows.push_back(Json{{"key", "bb"}});
  listing.rows.push_back(Json{{"key", "c"}, {"coach", ""}});
  CHECK(render(listing, Format::table) ==
        "KEY  COACH\n"
        "a    -\n"
        "bb   -\n"
        "c\n");
}

TEST_CASE("empty lists in every format") {
  Listing listing = companies();
  listing.rows = Json::array();
  CHECK(render(listing, Format::table) == "");
  CHECK(render(listing, Format::md) == "");
  CHECK(render(listing, Format::json) == "[]\n");
  CHECK(render(listing, Format::csv) == "key,region,employees\r\n");
}

TEST_CASE("json: every field, pretty, UTF-8 as is") {
  Listing listing;
  listing.columns = {{"name", "NAME"}};
  listing.rows.push_back(Json{{"name", "Brødrene Midthaug AS"}, {"coach", nullptr}, {"score", 2.5}});
  CHECK(render(listing, Format::json) ==
        "[\n"
        "  {\n"
        "    \"name\": \"Brødrene Midthaug AS\",\n"
        "    \"coach\": null,\n"
        "    \"score\": 2.5\n"
        "  }\n"
        "]\n");
}

TEST_CASE("json: invalid UTF-8 is replaced, not thrown") {
  std::ostringstream out;
  CHECK_NOTHROW(write_json(out, Json("bad \xff byte")));
  CHECK(out.str() == "\"bad \xEF\xBF\xBD byte\"\n");
}

TEST_CASE("csv: the column fields as header, CRLF, machine values") {
  Listing listing;
  listing.columns = {{"key", "KEY"}, {"coach", "COACH"}, {"active", "ACTIVE"}, {"score", "SCORE"}};
  listing.rows.push_back(Json{{"key", "a"}, {"coach", nullptr}, {"active", true}, {"score", 2.25}});
  listing.rows.push_back(Json{{"key", "b"}, {"coach", "Åsa"}, {"active", false}, {"score", -3}});
  CHECK(render(listing, Format::csv) ==
        "key,coach,active,score\r\n"
        "a,,true,2.25\r\n"
        "b,Åsa,false,-3\r\n");
}

TEST_CASE("csv: quoting") {
  CHECK(csv_field(Json("plain")) == "plain");
  CHECK(csv_field(Json("a,b")) == "\"a,b\"");
  CHECK(csv_field(Json("say \"hi\"")) == "\"say \"\"hi\"\"\"");
  CHECK(csv_field(Json("two\nlines")) == "\"two\nlines\"");
  CHECK(csv_field(Json("cr\rhere")) == "\"cr\rhere\"");
  // Swedish and Norwegian spreadsheets split on ';': a cell holding one is quoted.
  CHECK(csv_field(Json("x;=1+2;")) == "\"x;'=1+2;\"");
  CHECK(csv_field(Json("a\tb")) == "\"a\tb\"");
  CHECK(csv_field(Json("")) == "");
  CHECK(csv_field(Json(nullptr)) == "");
}

TEST_CASE("csv: formula prefixes are neutralised, plain numbers are not") {
  CHECK(csv_field(Json("=SUM(A1)")) == "'=SUM(A1)");
  CHECK(csv_field(Json("+1")) == "'+1");
  CHECK(csv_field(Json("-x")) == "'-x");
  CHECK(csv_field(Json("@cmd")) == "'@cmd");
  CHECK(csv_field(Json("\tx")) == "\"'\tx\"");
  CHECK(csv_field(Json("\rx")) == "\"'\rx\"");
  CHECK(csv_field(Json("'=1")) == "''=1");
  CHECK(csv_field(Json("=HYPERLINK(\"x\",\"y\")")) == "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\"");
  CHECK(csv_field(Json("-12")) == "-12");
  CHECK(csv_field(Json("-3.5")) == "-3.5");
  CHECK(csv_field(Json("-")) == "'-");
  CHECK(csv_field(Json("-1-2")) == "'-1-2");
  CHECK(csv_field(Json(-12)) == "-12");
  CHECK(csv_field(Json(-0.5)) == "-0.5");
  CHECK(csv_field(Json("a=b")) == "a=b");
}

TEST_CASE("md: GitHub table with escaping and right-aligned columns") {
  Listing listing;
  listing.columns = {{"note", "NOTE"}, {"count", "COUNT", true}};
  listing.rows.push_back(Json{{"note", "a | b\nnext"}, {"count", 3}});
  listing.rows.push_back(Json{{"note", nullptr}, {"count", 12.5}});
  CHECK(render(listing, Format::md) ==
        "| NOTE | COUNT |\n"
        "| --- | ---: |\n"
        "| a \\| b<br>next | 3 |\n"
        "| - | 12.5 |\n");
}

TEST_CASE("md_cell") {
  CHECK(md_cell(Json(nullptr)) == "-");
  CHECK(md_cell(Json("x|y")) == "x\\|y");
  CHECK(md_cell(Json("a\r\nb")) == "a<br>b");
  CHECK(md_cell(Json("<script>alert(1)</script> & co")) == "&lt;script&gt;alert(1)&lt;/script&gt; &amp; co");
  CHECK(md_cell(Json("<b>\nx")) == "&lt;b&gt;<br>x");
  CHECK(md_cell(Json("tab\there")) == "tab here");
  CHECK(md_cell(Json("a\\|b")) == "a\\\\\\|b");
  CHECK(md_cell(Json("C:\\dir")) == "C:\\dir");
}

TEST_CASE("write_fields") {
  const std::vector<std::pair<std::string, std::string>> fields = {
      {"Name", "Bussbygg AS"}, {"Region", "Innlandet"}, {"Coach", ""}, {"Note", "first\nsecond | x"}};
  std::ostringstream table;
  write_fields(table, fields, Format::table);
  CHECK(table.str() ==
        "Name:    Bussbygg AS\n"
        "Region:  Innlandet\n"
        "Coach:\n"
        "Note:    first\n"
        "         second | x\n");

  std::ostringstream md;
  write_fields(md, fields, Format::md);
  CHECK(md.str() ==
        "- **Name:** Bussbygg AS\n"
        "- **Region:** Innlandet\n"
        "- **Coach:**\n"
        "- **Note:** first<br>second \\| x\n");

  std::ostringstream aligned;
  write_fields(aligned, {{"Område", "Öst"}, {"Key", "k"}}, Format::table);
  CHECK(aligned.str() ==
        "Område:  Öst\n"
        "Key:     k\n");
}

TEST_CASE("write_json writes what nlohmann's dump(2) writes, invalid UTF-8 replaced") {
  Json value = Json::array();
  value.push_back(Json::object());
  value.push_back(Json::array());
  value.push_back({{"text", "plain"},
                   {"nordic", "Brødrene Midthaug – Åkerlunds"},
                   {"quote", "say \"hi\"\\ \n\t\x01"},
                   {"broken", std::string("bad \xff byte")},
                   {"int", -42},
                   {"unsigned", 18446744073709551615ULL},
                   {"float", 12.0},
                   {"fraction", 0.1},
                   {"tiny", 1e-7},
                   {"null", nullptr},
                   {"yes", true},
                   {"nested", {{"list", {1, "two", nullptr, Json::array(), Json::object()}}}}});
  std::ostringstream out;
  plift::render::write_json(out, value);
  CHECK(out.str() == value.dump(2, ' ', false, nlohmann::detail::error_handler_t::replace) + "\n");
}

TEST_CASE("write_json escapes every string as nlohmann does, UTF-8 of every length kept") {
  std::vector<std::string> texts = {"",
                                    "\x7f delete",
                                    "\x1f\x0b\b\f",
                                    "3-byte € and 4-byte 😀",
                                    std::string("overlong \xc0\xaf"),
                                    std::string("surrogate \xed\xa0\x80"),
                                    std::string("cut short \xe2\x82"),
                                    std::string("beyond U+10FFFF \xf4\x90\x80\x80"),
                                    "Åkerlunds Plåt & Smide – Brødrene"};
  for (const std::string& text : texts) {
    std::ostringstream out;
    plift::render::write_json(out, Json(text));
    CHECK(out.str() == Json(text).dump(2, ' ', false, nlohmann::detail::error_handler_t::replace) + "\n");
  }
}
