#include <doctest/doctest.h>

#include "plift/core/error.hpp"
#include "plift/io/records.hpp"

#include <optional>
#include <sstream>
#include <string>
#include <vector>

using namespace plift::io;

namespace {

struct Read {
  std::vector<std::string> columns;
  std::vector<Record> records;
  char delimiter = 0;
};

Read read_all(const std::string& text, InputFormat format = InputFormat::csv, const std::string& source = "in.csv") {
  std::istringstream in(text);
  RecordReader reader(in, source, format);
  Read read;
  Record record;
  while (reader.next(record)) {
    read.records.push_back(record);
  }
  read.columns = reader.columns();
  read.delimiter = reader.delimiter();
  return read;
}

// The message of the DataError reading the text throws.
std::string error_of(const std::string& text, InputFormat format = InputFormat::csv,
                     const std::string& source = "in.csv") {
  try {
    read_all(text, format, source);
  } catch (const plift::DataError& error) {
    CHECK(error.status() == plift::ExitStatus::data);
    return error.what();
  }
  return "(no error)";
}

using Values = std::vector<std::optional<std::string>>;
const std::nullopt_t none = std::nullopt;

Read read_ndjson(const std::string& text) { return read_all(text, InputFormat::ndjson, "in.ndjson"); }
std::string ndjson_error(const std::string& text) { return error_of(text, InputFormat::ndjson, "in.ndjson"); }
Read read_json(const std::string& text) { return read_all(text, InputFormat::json, "in.json"); }
std::string json_error(const std::string& text) { return error_of(text, InputFormat::json, "in.json"); }

// A stream that hands out a long generated CSV a little at a time and counts
// what it handed out, to show the reader does not read ahead.
class GeneratedCsv : public std::streambuf {
 public:
  explicit GeneratedCsv(std::size_t rows) : rows_(rows) {}
  std::size_t bytes_given() const { return given_; }

 protected:
  int_type underflow() override {
    if (row_ > rows_) {
      return traits_type::eof();
    }
    chunk_ = row_ == 0 ? std::string("company,date,status,note\n")
                       : "acme-" + std::to_string(row_) + ",2026-03-02,green,a note about it\n";
    ++row_;
    given_ += chunk_.size();
    setg(chunk_.data(), chunk_.data(), chunk_.data() + chunk_.size());
    return traits_type::to_int_type(chunk_[0]);
  }

 private:
  std::size_t rows_;
  std::size_t row_ = 0;
  std::size_t given_ = 0;
  std::string chunk_;
};

}  // namespace

TEST_CASE("input formats by name and by file extension") {
  CHECK(parse_input_format("csv") == InputFormat::csv);
  CHECK(parse_input_format("ndjson") == InputFormat::ndjson);
  CHECK(parse_input_format("jsonl") == InputFormat::ndjson);
  CHECK(parse_input_format("json") == InputFormat::json);
  CHECK_FALSE(parse_input_format("tsv").has_value());
  CHECK_FALSE(parse_input_format("").has_value());

  CHECK(input_format_for("pulses.csv") == InputFormat::csv);
  CHECK(input_format_for("dir/pulses.tsv") == InputFormat::csv);
  CHECK(input_format_for("pulses.txt") == InputFormat::csv);
  CHECK(input_format_for("PULSES.CSV") == InputFormat::csv);
  CHECK(input_format_for("pulses.ndjson") == InputFormat::ndjson);
  CHECK(input_format_for("pulses.jsonl") == InputFormat::ndjson);
  CHECK(input_format_for("pulses.Json") == InputFormat::json);
  CHECK_FALSE(input_format_for("pulses").has_value());
  CHECK_FALSE(input_format_for("pulses.xlsx").has_value());
  CHECK_FALSE(input_format_for("-").has_value());
}

TEST_CASE("column names are normalised") {
  CHECK(normalise_column_name("Org-Number ") == "org_number");
  CHECK(normalise_column_name("  org_number") == "org_number");
  CHECK(normalise_column_name("\tCOMPANY\t") == "company");
  CHECK(normalise_column_name("start-date") == "start_date");
  CHECK(normalise_column_name("Företag") == "företag");  // only ASCII is folded
  CHECK(normalise_column_name("   ").empty());
  CHECK(normalise_column_name("").empty());
}

TEST_CASE("csv: a plain comma file") {
  const Read read = read_all("Company,Date,status,Note\nacme,2026-03-02,green,fine\nbeta,2026-03-09,red,late\n");
  CHECK(read.delimiter == ',');
  CHECK(read.columns == std::vector<std::string>{"company", "date", "status", "note"});
  REQUIRE(read.records.size() == 2);
  CHECK(read.records[0].line == 2);
  CHECK(read.records[0].values == Values{"acme", "2026-03-02", "green", "fine"});
  CHECK(read.records[1].line == 3);
  CHECK(read.records[1].values == Values{"beta", "2026-03-09", "red", "late"});
}

TEST_CASE("csv: the header's columns are announced once; a header-only file has no records") {
  std::istringstream in("company,date\n");
  RecordReader reader(in, "in.csv", InputFormat::csv);
  CHECK(reader.source() == "in.csv");
  CHECK(reader.take_columns_changed());
  CHECK_FALSE(reader.take_columns_changed());
  Record record;
  CHECK_FALSE(reader.next(record));
  CHECK_FALSE(reader.next(record));
  CHECK(reader.columns() == std::vector<std::string>{"company", "date"});
  CHECK_FALSE(reader.take_columns_changed());
}

TEST_CASE("csv: the delimiter is the one the header uses most, outside quotes") {
  CHECK(read_all("a;b;c\n1;2;3\n").delimiter == ';');
  CHECK(read_all("a\tb\n1\t2\n").delimiter == '\t');
  CHECK(read_all("a,b\n1,2\n").delimiter == ',');
  CHECK(read_all("company\nacme\n").delimiter == ',');        // none: one column
  CHECK(read_all("a,b;c\n1,2;3\n").delimiter == ',');         // a tie: comma
  CHECK(read_all("a;b\tc\n1;2\t3\n").delimiter == ';');       // a tie: semicolon before tab
  CHECK(read_all("\"x;y;z\",b\n1,2\n").delimiter == ',');     // quoted ; do not count
  const Read semicolons = read_all("company;note\nacme;\"1,5 dagar, sedan\"\n");
  CHECK(semicolons.records[0].values == Values{"acme", "1,5 dagar, sedan"});  // commas are just text
  // One column: the delimiter is ',', so a comma in a value needs quotes.
  CHECK(read_all("Company\n\"acme, inc\"\n").records.at(0).values == Values{"acme, inc"});
  CHECK(error_of("Company\nacme, inc\n") ==
        "in.csv:2: the row has 2 fields but the header has 1; a value that contains ',' must be in double quotes");
}

TEST_CASE("csv: Swedish Excel — BOM, CRLF, semicolons, åäö") {
  const Read read = read_all(
      "\xEF\xBB\xBF"
      "Företag;Datum;Status;Anteckning\r\n"
      "Plåt & Svets AB;2026-03-02;green;Bra möte\r\n"
      "Ödmjuk Åkeri;2026-03-09;amber;\"Två; saker\r\natt göra\"\r\n"
      "Ängens Bageri;2026-03-16;red;\r\n");
  CHECK(read.delimiter == ';');
  CHECK(read.columns == std::vector<std::string>{"företag", "datum", "status", "anteckning"});
  REQUIRE(read.records.size() == 3);
  CHECK(read.records[0].values == Values{"Plåt & Svets AB", "2026-03-02", "green", "Bra möte"});
  CHECK(read.records[1].line == 3);
  CHECK(read.records[1].values == Values{"Ödmjuk Åkeri", "2026-03-09", "amber", "Två; saker\natt göra"});
  CHECK(read.records[2].line == 5);
  CHECK(read.records[2].values == Values{"Ängens Bageri", "2026-03-16", "red", none});
}

TEST_CASE("csv: a BOM before a quoted header, and without one") {
  CHECK(read_all("\xEF\xBB\xBF\"company\",date\nacme,2026-01-05\n").columns ==
        std::vector<std::string>{"company", "date"});
  CHECK(read_all("\"company\",date\nacme,2026-01-05").columns == std::vector<std::string>{"company", "date"});
}

TEST_CASE("csv: tab-separated values keep their inner spaces") {
  const Read read = read_all("company\tnote\nPlåt AB\ta note with  spaces\n\tonly a note\n");
  CHECK(read.delimiter == '\t');
  REQUIRE(read.records.size() == 2);
  CHECK(read.records[0].values == Values{"Plåt AB", "a note with  spaces"});
  CHECK(read.records[1].values == Values{none, "only a note"});
}

TEST_CASE("csv: a last line without a line break, LF or CRLF") {
  CHECK(read_all("a,b\n1,2").records.at(0).values == Values{"1", "2"});
  CHECK(read_all("a,b\r\n1,2").records.at(0).values == Values{"1", "2"});
  CHECK(read_all("a,b\r\n1,2\r\n").records.at(0).values == Values{"1", "2"});
  CHECK(read_all("a,b\n1,\"2\"").records.at(0).values == Values{"1", "2"});
  CHECK(read_all("a,b\n1,").records.at(0).values == Values{"1", none});
  CHECK(read_all("a,b").records.empty());
}

TEST_CASE("csv: blank lines are skipped and line numbers still count them") {
  const Read read = read_all("\n\ncompany,date\n\nacme,2026-01-05\n   \n\r\nbeta,2026-01-06\n\n");
  CHECK(read.columns == std::vector<std::string>{"company", "date"});
  REQUIRE(read.records.size() == 2);
  CHECK(read.records[0].line == 5);
  CHECK(read.records[1].line == 8);
}

TEST_CASE("csv: empty cells are nullopt, quoted or not; spaces around unquoted values are dropped") {
  const Read read = read_all("a,b,c,d\n,\"\",  ,x\n  padded  , \"  kept  \" ,\"\",\n");
  REQUIRE(read.records.size() == 2);
  CHECK(read.records[0].values == Values{none, none, none, "x"});
  CHECK(read.records[1].values == Values{"padded", "  kept  ", none, none});
}

TEST_CASE("csv: RFC 4180 quoting — delimiters, doubled quotes and line breaks inside quotes") {
  const Read read = read_all(
      "company,note,status\n"
      "acme,\"said \"\"hi\"\", then left\",green\n"
      "beta,\"first line\n"
      "second line\n"
      "\n"
      "fourth, after a blank one\",red\n"
      "gamma,\"\"\"quoted\"\"\",amber\n"
      "delta,\"line\r\nbreak\",green\n");
  REQUIRE(read.records.size() == 4);
  CHECK(read.records[0].line == 2);
  CHECK(read.records[0].values == Values{"acme", "said \"hi\", then left", "green"});
  CHECK(read.records[1].line == 3);
  CHECK(read.records[1].values == Values{"beta", "first line\nsecond line\n\nfourth, after a blank one", "red"});
  CHECK(read.records[2].line == 7);
  CHECK(read.records[2].values == Values{"gamma", "\"quoted\"", "amber"});
  CHECK(read.records[3].line == 8);
  CHECK(read.records[3].values == Values{"delta", "line\nbreak", "green"});
}

TEST_CASE("csv: a quoted field that is the first of its row spans lines") {
  const Read read = read_all("note,company\n\"a\nb\",acme\nplain,beta\n");
  REQUIRE(read.records.size() == 2);
  CHECK(read.records[0].line == 2);
  CHECK(read.records[0].values == Values{"a\nb", "acme"});
  CHECK(read.records[1].line == 4);
}

TEST_CASE("csv: a quoted header may hold the delimiter") {
  const Read read = read_all("\"company\",\"note, long\"\nacme,x\n");
  CHECK(read.columns == std::vector<std::string>{"company", "note, long"});
}

TEST_CASE("csv: values are reused from record to record without leaking") {
  std::istringstream in("a,b\nlong value number one that is not short,x\n,y\nz,\n");
  RecordReader reader(in, "in.csv", InputFormat::csv);
  Record record;
  REQUIRE(reader.next(record));
  CHECK(record.values == Values{"long value number one that is not short", "x"});
  REQUIRE(reader.next(record));
  CHECK(record.values == Values{none, "y"});
  REQUIRE(reader.next(record));
  CHECK(record.values == Values{"z", none});
  CHECK_FALSE(reader.next(record));
}

TEST_CASE("csv: unicode is passed through untouched") {
  const Read read = read_all("name,note\n日本語,\"emoji 🚀, and ß\"\nΩmega,\xE2\x80\x8Bzero-width\n");
  CHECK(read.records[0].values == Values{"日本語", "emoji 🚀, and ß"});
  CHECK(read.records[1].values == Values{"Ωmega", "\xE2\x80\x8Bzero-width"});
}

TEST_CASE("csv: values longer than the read buffer and quoted fields across many buffers") {
  const std::string long_value(600 * 1024, 'x');
  std::string many_lines;
  for (int i = 0; i < 50000; ++i) {
    many_lines += "line " + std::to_string(i) + "\n";
  }
  many_lines += "end";
  const Read read = read_all("a,b\n" + long_value + ",1\n\"" + many_lines + "\",2\nlast,3\n");
  REQUIRE(read.records.size() == 3);
  CHECK(read.records[0].values[0] == long_value);
  CHECK(read.records[1].line == 3);
  CHECK(read.records[1].values[0] == many_lines);
  CHECK(read.records[2].line == 3 + 50000 + 1);
  CHECK(read.records[2].values == Values{"last", "3"});
}

TEST_CASE("csv: the reader streams — it reads little ahead of the records it returned") {
  GeneratedCsv generated(200000);
  std::istream in(&generated);
  RecordReader reader(in, "stdin", InputFormat::csv);
  Record record;
  REQUIRE(reader.next(record));
  CHECK(record.values == Values{"acme-1", "2026-03-02", "green", "a note about it"});
  CHECK(generated.bytes_given() < 1024 * 1024);
  CHECK(reader.bytes_read() < 100);
  CHECK(reader.bytes_read() > 25);
  std::size_t count = 1;
  std::uint64_t last_bytes = reader.bytes_read();
  bool bytes_grow = true;
  while (reader.next(record)) {
    ++count;
    bytes_grow = bytes_grow && reader.bytes_read() > last_bytes;
    last_bytes = reader.bytes_read();
  }
  CHECK(bytes_grow);
  CHECK(count == 200000);
  CHECK(record.line == 200001);
  CHECK(reader.bytes_read() == generated.bytes_given());
}

TEST_CASE("csv: errors in the header") {
  CHECK(error_of("") == "in.csv: the input is empty; its first line must be a header naming the columns");
  CHECK(error_of("\n \r\n\n") == "in.csv: the input is empty; its first line must be a header naming the columns");
  CHECK(error_of("\xEF\xBB\xBF") == "in.csv: the input is empty; its first line must be a header naming the columns");
  CHECK(error_of("Org-Number,company,org_number\n") ==
        "in.csv:1: column 'org_number' appears twice in the header (columns 1 and 3)");
  CHECK(error_of("\ncompany,,date\n") == "in.csv:2: column 2 of the header has no name; name it or delete the column");
  CHECK(error_of("company;date;;\n") == "in.csv:1: column 3 of the header has no name; name it or delete the column");
  CHECK(error_of("\"\"\n") == "in.csv:1: column 1 of the header has no name; name it or delete the column");
  CHECK(error_of("company,f\xF6retag\n") ==
        "in.csv:1: column 2 of the header is not UTF-8 (byte 0xF6 at character 2, after \"f\"); save the file as "
        "UTF-8 (in Excel: \"CSV UTF-8\")");
}

TEST_CASE("csv: a row with more or fewer fields than the header") {
  CHECK(error_of("a,b,c\n1,2,3\n1,2,3,4\n") ==
        "in.csv:3: the row has 4 fields but the header has 3; a value that contains ',' must be in double quotes");
  CHECK(error_of("a;b;c\n1;2\n") == "in.csv:2: the row has 2 fields but the header has 3");
  CHECK(error_of("a\tb\n1\t2\t3\n") ==
        "in.csv:2: the row has 3 fields but the header has 2; a value that contains a tab must be in double quotes");
  // The line is where the record starts, also when a quoted field spans lines.
  CHECK(error_of("a,b\n\"x\ny\",2,3\n") ==
        "in.csv:2: the row has 3 fields but the header has 2; a value that contains ',' must be in double quotes");
  CHECK(error_of("a,b\n1,2\n3") == "in.csv:3: the row has 1 fields but the header has 2");
}

TEST_CASE("csv: an unterminated quote names the line it opened on") {
  CHECK(error_of("a,b\n1,2\n3,\"never closed\n4,5\n6,7\n") ==
        "in.csv:3: the double quote that opens a field here is never closed");
  CHECK(error_of("a,b\n\"open,2\n") == "in.csv:2: the double quote that opens a field here is never closed");
  CHECK(error_of("a,b\n1,\"x\"\"") == "in.csv:2: the double quote that opens a field here is never closed");
  CHECK(error_of("\"a,b\n") == "in.csv:1: the double quote that opens a field here is never closed");
}

TEST_CASE("csv: stray quotes are errors with their column") {
  CHECK(error_of("a,b\n1,2\nab\"c,3\n") ==
        "in.csv:3: column 3: a double quote inside a value that does not start with one; put the whole value in "
        "double quotes and write the quote as \"\"");
  CHECK(error_of("a,b\nåäö,\"x\"y\n") ==
        "in.csv:2: column 8: text after the closing double quote of a value; write a double quote inside a quoted "
        "value as \"\"");
  CHECK(error_of("a,b\n\"x\" \"y\",2\n") ==
        "in.csv:2: column 5: text after the closing double quote of a value; write a double quote inside a quoted "
        "value as \"\"");
  // On the second line of a quoted field, the column counts from that line.
  CHECK(error_of("a,b\n\"x\nyy\"z,2\n") ==
        "in.csv:3: column 4: text after the closing double quote of a value; write a double quote inside a quoted "
        "value as \"\"");
}

TEST_CASE("csv: invalid UTF-8 names line and field") {
  CHECK(error_of("company,note\nacme,Caf\xE9 au lait\n") ==
        "in.csv:2: field 'note' is not UTF-8 (byte 0xE9 at character 4, after \"Caf\"); save the file as UTF-8 (in "
        "Excel: \"CSV UTF-8\")");
  CHECK(error_of("company,note\n\xC0\xAF,x\n") ==
        "in.csv:2: field 'company' is not UTF-8 (byte 0xC0 at character 1); save the file as UTF-8 (in Excel: "
        "\"CSV UTF-8\")");
  // Overlong forms, surrogates and truncated sequences are not UTF-8 either.
  CHECK(error_of("a\n\xED\xA0\x80\n").find("in.csv:2: field 'a' is not UTF-8 (byte 0xED at character 1)") == 0);
  CHECK(error_of("a\nok\xF4\x90\x80\x80\n").find("in.csv:2: field 'a' is not UTF-8 (byte 0xF4 at character 3") == 0);
  CHECK(error_of("a\nend\xE2\x82\n").find("in.csv:2: field 'a' is not UTF-8 (byte 0xE2 at character 4") == 0);
  // In a quoted field over several lines: the line of the bad byte.
  CHECK(error_of("company,note\nacme,\"first\nsecond \xFF\nthird\"\n")
            .find("in.csv:3: field 'note' is not UTF-8 (byte 0xFF at character 14, after \"first\nsecond \")") == 0);
}

TEST_CASE("csv: a carriage return alone in a line is an error") {
  CHECK(error_of("a,b\r1,2\r") ==
        "in.csv:1: a carriage return (CR) outside double quotes splits this line; remove it or put the field in "
        "double quotes (lines must end in LF or CRLF)");
  CHECK(error_of("a,b\n1,2\r3,4\n").find("in.csv:2: a carriage return (CR) outside double quotes") == 0);
  // Inside quotes it is text.
  CHECK(read_all("a,b\n\"1\r2\",3\n").records.at(0).values == Values{"1\r2", "3"});
}

TEST_CASE("csv: a quote left open stops after 16 MiB, and so does a line without end") {
  const std::string long_line(1000, 'x');
  std::string runaway = "a,b\n1,2\n3,\"open\n";
  for (int i = 0; i < 17 * 1024; ++i) {
    runaway += long_line + "\n";
  }
  CHECK(error_of(runaway) ==
        "in.csv:3: the double quote that opens a field here is not closed within 16 MiB; is a closing quote missing?");
  CHECK(error_of("a,b\n" + std::string(17 << 20, 'x')) ==
        "in.csv:2: the line is longer than 16 MiB; is this a text file?");
}

TEST_CASE("csv: the first error stops the reader after the good records") {
  std::istringstream in("a,b\n1,2\n3,4,5\n6,7\n");
  RecordReader reader(in, "pulses.csv", InputFormat::csv);
  Record record;
  REQUIRE(reader.next(record));
  CHECK(record.values == Values{"1", "2"});
  CHECK_THROWS_WITH_AS(reader.next(record),
                       "pulses.csv:3: the row has 3 fields but the header has 2; a value that contains ',' must be "
                       "in double quotes",
                       plift::DataError);
}

TEST_CASE("csv: a header error is thrown by the constructor") {
  std::istringstream in("a,a\n1,2\n");
  CHECK_THROWS_WITH_AS(RecordReader(in, "stdin", InputFormat::csv),
                       "stdin:1: column 'a' appears twice in the header (columns 1 and 2)", plift::DataError);
}

TEST_CASE("ndjson: columns grow in first-seen order; earlier records are not revisited") {
  std::istringstream in(
      "{\"company\": \"acme\", \"date\": \"2026-03-02\"}\n"
      "\n"
      "  \r\n"
      "{\"date\": \"2026-03-09\", \"company\": \"beta\"}\r\n"
      "{\"company\": \"gamma\", \"Note\": \"new\", \"status\": null}\n");
  RecordReader reader(in, "in.ndjson", InputFormat::ndjson);
  CHECK(reader.delimiter() == 0);
  CHECK(reader.columns().empty());
  CHECK_FALSE(reader.take_columns_changed());
  Record record;
  REQUIRE(reader.next(record));
  CHECK(record.line == 1);
  CHECK(reader.take_columns_changed());
  CHECK_FALSE(reader.take_columns_changed());
  CHECK(reader.columns() == std::vector<std::string>{"company", "date"});
  CHECK(record.values == Values{"acme", "2026-03-02"});
  REQUIRE(reader.next(record));
  CHECK(record.line == 4);
  CHECK_FALSE(reader.take_columns_changed());
  CHECK(record.values == Values{"beta", "2026-03-09"});
  REQUIRE(reader.next(record));
  CHECK(record.line == 5);
  CHECK(reader.take_columns_changed());
  CHECK(reader.columns() == std::vector<std::string>{"company", "date", "note", "status"});
  CHECK(record.values == Values{"gamma", none, "new", none});
  CHECK_FALSE(reader.next(record));
  CHECK(reader.bytes_read() == in.str().size());
}

TEST_CASE("ndjson: scalars as text") {
  const Read read = read_ndjson(
      "{\"a\": 42, \"b\": -7, \"c\": 18446744073709551615, \"d\": 1.5, \"e\": true, \"f\": false, \"g\": null, "
      "\"h\": \"\", \"i\": \"Plåt \\u00e5 \\\"q\\\" \\ud83d\\ude80\"}\n"
      "{\"a\": 0.1, \"b\": 3.0, \"c\": 123456789012345678901234567890, \"d\": 1e300, \"e\": -0.0, \"f\": 2.5e-8}\n"
      "{\"a\": 9223372036854775807, \"b\": -9223372036854775808, \"c\": 1E2}\n");
  REQUIRE(read.records.size() == 3);
  CHECK(read.records[0].values ==
        Values{"42", "-7", "18446744073709551615", "1.5", "true", "false", none, "", "Plåt å \"q\" 🚀"});
  CHECK(read.records[1].values ==
        Values{"0.1", "3.0", "1.2345678901234568e+29", "1e+300", "-0.0", "2.5e-08", none, none, none});
  CHECK(read.records[2].values ==
        Values{"9223372036854775807", "-9223372036854775808", "100.0", none, none, none, none, none, none});
}

TEST_CASE("ndjson: field names are normalised like CSV headers") {
  const Read read = read_ndjson("{\"Org-Number\": \"556000-0000\", \" Company \": \"acme\"}\n{\"org_number\": \"1\"}\n");
  CHECK(read.columns == std::vector<std::string>{"org_number", "company"});
  CHECK(read.records[1].values == Values{"1", none});
}

TEST_CASE("ndjson: a BOM, an empty file and a last line without a line break") {
  CHECK(read_ndjson("\xEF\xBB\xBF{\"a\": 1}").records.at(0).values == Values{"1"});
  CHECK(read_ndjson("").records.empty());
  CHECK(read_ndjson("\n\n").records.empty());
  CHECK(read_ndjson("{}\n").records.at(0).values.empty());
}

TEST_CASE("ndjson: errors name the line and what is wrong") {
  CHECK(ndjson_error("{\"a\": 1}\n{\"a\": 2,}\n") ==
        "in.ndjson:2: invalid JSON at column 9: syntax error while parsing object key - unexpected '}'; expected "
        "string literal");
  CHECK(ndjson_error("{\"a\": 1}\n\n{a: 2}\n") ==
        "in.ndjson:3: invalid JSON at column 2: syntax error while parsing object key - invalid literal; last read: "
        "'{a'; expected string literal");
  CHECK(ndjson_error("{\"a\": 1\n") ==
        "in.ndjson:1: invalid JSON at column 8: syntax error while parsing object - unexpected end of input; "
        "expected '}'");
  CHECK(ndjson_error("{\"a\": 1}{\"a\": 2}\n") ==
        "in.ndjson:1: invalid JSON at column 9: syntax error while parsing value - unexpected '{'; expected end of "
        "input");
  CHECK(ndjson_error("[{\"a\": 1}]\n") ==
        "in.ndjson:1: expected a JSON object ({\"field\": value, ...}) on each line, found an array");
  CHECK(ndjson_error("{\"a\": 1}\n\"text\"\n") ==
        "in.ndjson:2: expected a JSON object ({\"field\": value, ...}) on each line, found a string");
  CHECK(ndjson_error("42\n") == "in.ndjson:1: expected a JSON object ({\"field\": value, ...}) on each line, found a number");
  CHECK(ndjson_error("null\n") == "in.ndjson:1: expected a JSON object ({\"field\": value, ...}) on each line, found null");
  CHECK(ndjson_error("{\"company\": \"acme\", \"Note\": [\"a\"]}\n") ==
        "in.ndjson:1: field 'note' must be text, a number, true/false or null, not an array");
  CHECK(ndjson_error("{\"company\": {\"name\": \"acme\"}}\n") ==
        "in.ndjson:1: field 'company' must be text, a number, true/false or null, not an object");
  CHECK(ndjson_error("{\"org-number\": \"1\", \"Org_Number\": \"2\"}\n") ==
        "in.ndjson:1: field 'org_number' appears twice in the same object");
  CHECK(ndjson_error("{\"\": 1}\n") == "in.ndjson:1: a field has an empty name");
  CHECK(ndjson_error("{\"value\": 1e400}\n") == "in.ndjson:1: field 'value' is a number too large to hold");
  CHECK(ndjson_error("{\"note\": \"Caf\xE9\"}\n") ==
        "in.ndjson:1: column 14 is not UTF-8 (byte 0xE9); save the file as UTF-8");
  CHECK(ndjson_error("{\"a\": 1}\n{\"n\xC3\xA5\": \"\xF0\x9F\x9A\"}\n") ==
        "in.ndjson:2: column 9 is not UTF-8 (byte 0xF0); save the file as UTF-8");
  CHECK(ndjson_error("{\"note\": \"Caf\xE9 but also a syntax error\"\n") ==
        "in.ndjson:1: column 14 is not UTF-8 (byte 0xE9); save the file as UTF-8");
  CHECK(ndjson_error("{\"note\" 1, \"Caf\xE9\"}\n") ==
        "in.ndjson:1: invalid JSON at column 9: syntax error while parsing object separator - unexpected number "
        "literal; expected ':'");
}

TEST_CASE("json: an array of objects, each with the line it starts on") {
  const Read read = read_json(
      "\xEF\xBB\xBF[\n"
      "  {\"company\": \"acme\",\n"
      "   \"date\": \"2026-03-02\"},\n"
      "  {\n"
      "    \"company\": \"beta\", \"score\": 4.25, \"done\": false\n"
      "  }, {\"company\": \"gamma\"}\n"
      "]\n");
  CHECK(read.delimiter == 0);
  CHECK(read.columns == std::vector<std::string>{"company", "date", "score", "done"});
  REQUIRE(read.records.size() == 3);
  CHECK(read.records[0].line == 2);
  CHECK(read.records[0].values == Values{"acme", "2026-03-02"});  // columns grew after it
  CHECK(read.records[1].line == 4);
  CHECK(read.records[1].values == Values{"beta", none, "4.25", "false"});
  CHECK(read.records[2].line == 6);
  CHECK(read.records[2].values == Values{"gamma", none, none, none});
}

TEST_CASE("json: an empty array, and empty input") {
  CHECK(read_json("[]").records.empty());
  CHECK(read_json(" [ ] \n").records.empty());
  CHECK(json_error("") == "in.json: the input is empty; expected one JSON array of objects");
  CHECK(json_error(" \n") == "in.json: the input is empty; expected one JSON array of objects");
}

TEST_CASE("json: what is not an array of objects") {
  CHECK(json_error("{\"company\": \"acme\"}\n") ==
        "in.json:1: expected one JSON array of objects ([{...}, {...}]), found an object; for one object per line "
        "use NDJSON (.ndjson, .jsonl or --input-format ndjson)");
  CHECK(json_error("\n\"x\"") == "in.json:2: expected one JSON array of objects ([{...}, {...}]), found a string");
  CHECK(json_error("[\n{\"a\": 1},\n\n 5\n, {}]") == "in.json:4: element 2 of the array is a number, not an object");
  CHECK(json_error("[{\"a\": 1}, [1]]") == "in.json:1: element 2 of the array is an array, not an object");
  CHECK(json_error("[{\"a\": 1},\n {\"a\": {\"b\": 2}}]") ==
        "in.json:2: field 'a' must be text, a number, true/false or null, not an object");
}

TEST_CASE("json: the records before an error come first, then the error") {
  std::istringstream in("[\n{\"a\": 1},\n{\"a\": 2},\n{\"a\": 3,,}\n]\n");
  RecordReader reader(in, "in.json", InputFormat::json);
  Record record;
  REQUIRE(reader.next(record));
  CHECK(record.values == Values{"1"});
  REQUIRE(reader.next(record));
  CHECK(record.line == 3);
  CHECK_THROWS_WITH_AS(reader.next(record),
                       "in.json:4: invalid JSON at column 9: syntax error while parsing object key - unexpected ','; "
                       "expected string literal",
                       plift::DataError);
}

TEST_CASE("json: invalid UTF-8 comes after the records before it") {
  std::istringstream in("[{\"a\": \"x\"},\n {\"a\": \"y\"},\n {\"a\": \"\xE9\"}]\n");
  RecordReader reader(in, "in.json", InputFormat::json);
  Record record;
  REQUIRE(reader.next(record));
  REQUIRE(reader.next(record));
  CHECK(record.values == Values{"y"});
  CHECK_THROWS_WITH_AS(reader.next(record), "in.json:3: column 9 is not UTF-8 (byte 0xE9); save the file as UTF-8",
                       plift::DataError);
}

TEST_CASE("json: a document cut short names its last line") {
  CHECK(json_error("[\n{\"a\": 1},\n{\"a\": 2}\n\n") ==
        "in.json:3: invalid JSON at column 9: syntax error while parsing array - unexpected end of input; expected "
        "']'");
  CHECK(json_error("[\n{\"a\": \"open\n}]") ==
        "in.json:2: invalid JSON at column 12: syntax error while parsing value - invalid string: control character "
        "U+000A (LF) must be escaped to \\u000A or \\n; last read: '\"open<U+000A>'");
}

TEST_CASE("guard_formula: what a spreadsheet would run gets a ' in front") {
  CHECK(guard_formula("=SUM(A1:A2)") == "'=SUM(A1:A2)");
  CHECK(guard_formula("+46 70 123") == "'+46 70 123");
  CHECK(guard_formula("-x") == "'-x");
  CHECK(guard_formula("@user") == "'@user");
  CHECK(guard_formula("\tlead") == "'\tlead");
  CHECK(guard_formula("\rlead") == "'\rlead");
  CHECK(guard_formula("-3.5") == "-3.5");
  CHECK(guard_formula("-1e6") == "-1e6");
  CHECK(guard_formula("-") == "'-");
  CHECK(guard_formula("plain") == "plain");
  CHECK(guard_formula("") == "");
  CHECK(guard_formula("a=b") == "a=b");
  CHECK(guard_formula("'quoted") == "'quoted");
  CHECK(guard_formula("'=1") == "''=1");
  CHECK(guard_formula("''+x") == "'''+x");
  CHECK(guard_formula("'-3") == "'-3");
  CHECK(unguard_formula("'=SUM(A1:A2)") == "=SUM(A1:A2)");
  CHECK(unguard_formula("'quoted") == "'quoted");  // not a guard: left alone
  CHECK(unguard_formula("''=1") == "'=1");
  CHECK(unguard_formula("'") == "'");
  CHECK(unguard_formula("'-3") == "'-3");
  // Where a spreadsheet splitting on the other separator, or on a line break,
  // would start a cell.
  CHECK(guard_formula("x;=1+2;") == "x;'=1+2;");
  CHECK(guard_formula("a,@cmd") == "a,'@cmd");
  CHECK(guard_formula("note\n-x") == "note\n'-x");
  CHECK(guard_formula("=a;=b") == "'=a;'=b");
  CHECK(guard_formula("a;-3.5;b") == "a;-3.5;b");
  CHECK(guard_formula("a; =b") == "a; =b");
  CHECK(unguard_formula("x;'=1+2;") == "x;=1+2;");
  CHECK(unguard_formula("x;'y") == "x;'y");
  CHECK(starts_like_formula("=1"));
  CHECK_FALSE(starts_like_formula("'=1"));
  CHECK_FALSE(starts_like_formula("-0.5"));
}

TEST_CASE("guard_formula and unguard_formula round-trip every string") {
  const std::vector<std::string> tricky = {
      "", "'", "''", "'''", "=", "+", "-", "@", "\t", "\r", "'=", "''=", "'''=x", "=1+1", "-3.5", "'-3.5",
      "-3.5e", "-.5", "-5.", "--5", "+5", "'+5", "1e5", "-1e+5", "x'=", "a", " =1", "\n=1", "'\t", "'\r\n",
      "=cmd|' /C calc'!A0", "@SUM(1)", "'@", "Plåt =", "=Plåt", "'Plåt", "🚀", "'🚀", "-🚀", "''''''''''-1x"};
  for (const std::string& text : tricky) {
    CAPTURE(text);
    const std::string guarded = guard_formula(text);
    CHECK(unguard_formula(guarded) == text);
    CHECK_FALSE(starts_like_formula(guarded));
  }
  // Exhaustively over short strings of the characters that matter.
  const std::string alphabet = "'=-+@\t1.ex;,\n";
  std::vector<std::string> strings = {""};
  for (int length = 1; length <= 4; ++length) {
    std::vector<std::string> longer;
    for (const std::string& prefix : strings) {
      if (prefix.size() + 1 != static_cast<std::size_t>(length)) {
        continue;
      }
      for (const char c : alphabet) {
        longer.push_back(prefix + c);
      }
    }
    strings.insert(strings.end(), longer.begin(), longer.end());
  }
  for (const std::string& text : strings) {
    CAPTURE(text);
    const std::string guarded = guard_formula(text);
    REQUIRE(unguard_formula(guarded) == text);
    // No cell a spreadsheet could cut out of it starts a formula.
    for (std::size_t start = 0; start <= guarded.size(); start = guarded.find_first_of(",;\r\n", start) + 1) {
      std::size_t end = guarded.find_first_of(",;\r\n", start);
      REQUIRE_FALSE(starts_like_formula(guarded.substr(start, end == std::string::npos ? std::string::npos : end - start)));
      if (end == std::string::npos) break;
    }
  }
}
