#pragma once
// Renderers turn data that commands and reports computed into text. They never
// compute: a list is an array of JSON objects, all with the same keys, in
// column order (nlohmann::ordered_json keeps the order).

#include <nlohmann/json.hpp>

#include "plift/core/date.hpp"

#include <optional>
#include <ostream>
#include <string>
#include <vector>

namespace plift::render {

using Json = nlohmann::ordered_json;

enum class Format { table, json, csv, md };
std::optional<Format> parse_format(std::string_view text);
std::string to_string(Format f);

struct Column {
  std::string field;   // the JSON field name
  std::string header;  // what table and md print above it ("PHASE END")
  bool right_align = false;  // numbers
};

// A list of records with the columns table, csv and md show. JSON prints
// every field of each record, including nested ones the columns leave out.
struct Listing {
  std::vector<Column> columns;
  Json rows = Json::array();
};

// table: aligned columns, headers, "-" for null; nothing at all for no rows.
// csv: RFC 4180, header row naming every field of the records (as json has
//      them; the columns' fields when there are no records), CRLF line ends,
//      cells beginning with = + - @ (or tab, CR) prefixed with ' so spreadsheets
//      do not run them as formulas — except plain numbers.
// md: a GitHub table; | escaped, < > & as HTML entities, newlines as <br>.
// json: an array of objects, pretty-printed with 2 spaces, UTF-8 as is.
void write_listing(std::ostream& out, const Listing& listing, Format format);

// A value or JSON null: what every record's optional fields become.
Json optional_json(const std::optional<std::string>& value);
Json optional_json(const std::optional<Date>& value);  // YYYY-MM-DD
Json optional_json(const std::optional<double>& value);
// A number someone recorded, as written: 93, not 93.0.
Json recorded_number_json(double value);

// Pretty JSON (2 spaces, UTF-8 unescaped) and a final newline.
void write_json(std::ostream& out, const Json& value);
// One value as write_json writes it `depth` levels down in a larger document,
// without the newline: for documents too large to hold, written piece by piece.
void write_json_value(std::ostream& out, const Json& value, int depth);

// The text a table cell shows for a JSON value: strings as is, numbers
// with at most 2 decimals (trailing zeros dropped), true/false as yes/no, null as "-", arrays joined by ", ".
std::string cell_text(const Json& value);

// One CSV field, quoted when needed, formula prefixes neutralised.
std::string csv_field(const Json& value);
// A CSV cell of text already guarded: quoted (a quote doubled) when it holds
// ',', ';', a tab, a quote, CR or LF, or begins or ends with a space.
std::string csv_cell(std::string_view text);

// One Markdown table cell: | escaped, < > & as entities, newlines as <br>.
std::string md_cell(const Json& value);

// Key/value blocks for `show` commands in table and md form:
// "Name:      Bussbygg AS" lines, aligned.
void write_fields(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& fields,
                  Format format);

}  // namespace plift::render
