#pragma once
// Reading the records of an import file: CSV (libcsv), NDJSON, or one JSON
// array of objects. Pure parsing: what the columns mean is the caller's business.

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <istream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plift::io {

enum class InputFormat { csv, ndjson, json };  // json = one JSON array of objects

// From --input-format text ("csv", "ndjson", "jsonl", "json"); nullopt if unknown.
std::optional<InputFormat> parse_input_format(std::string_view text);
// From the file name's extension, in any case: .csv/.tsv/.txt -> csv,
// .ndjson/.jsonl -> ndjson, .json -> json; nullopt otherwise.
std::optional<InputFormat> input_format_for(const std::filesystem::path& file);
// ASCII lower case, '-' -> '_', surrounding spaces and tabs trimmed:
// "Org-Number " -> "org_number".
std::string normalise_column_name(std::string_view name);

struct Record {
  std::size_t line = 0;  // 1-based line where the record starts
  // One per columns(); nullopt = empty CSV cell (quoted "" too) / absent or null JSON field.
  std::vector<std::optional<std::string>> values;
};

namespace detail {
class RecordSource;
}

// Streams records: memory stays flat in the size of the input, and the
// buffers of `record` are reused from one record to the next.
//
// CSV: the first non-blank line is the header; the delimiter (',', ';' or tab)
// is the one the header line uses most outside quotes (',' when it uses none;
// when a quoted name breaks the header over lines, the first of them with
// any of the three outside quotes counts).
// UTF-8 with or without BOM; LF or CRLF; RFC 4180 quoting — quoted fields may
// hold delimiters, "" and line breaks (which come out as "\n"). Spaces and
// tabs around an unquoted value are dropped (libcsv's convention); blank lines
// are skipped. A lone CR outside quotes is an error, not a line break.
//
// NDJSON: one object per line, blank lines skipped. JSON: one array of
// objects, read whole (documents are small); an error in it is thrown only
// after the records before it have been returned, as NDJSON would.
// Field values that are JSON scalars become text: strings as they are,
// integers in decimal, other numbers as the shortest text that reads back to
// the same double (nlohmann's dump), true/false; null becomes nullopt.
//
// Every malformed input throws plift::DataError("SOURCE:LINE: what is wrong").
class RecordReader {
 public:
  // `source` names the input in messages ("pulses.csv", "stdin"). Reads the
  // CSV header at once (nothing for the JSON forms).
  RecordReader(std::istream& in, std::string source, InputFormat format);
  ~RecordReader();
  RecordReader(const RecordReader&) = delete;
  RecordReader& operator=(const RecordReader&) = delete;

  const std::string& source() const;
  // Normalised column names. CSV: the header, fixed. NDJSON/JSON: grows as new
  // field names appear (first-seen order); earlier records are not revisited.
  const std::vector<std::string>& columns() const;
  // True once after columns() grew (NDJSON/JSON), so the caller re-checks
  // unknown columns; CSV: true once after the header.
  bool take_columns_changed();
  // The next record into `record`; false at the end of the input.
  bool next(Record& record);
  // Bytes consumed so far, for progress display.
  std::uint64_t bytes_read() const;
  // CSV: ',', ';' or '\t' as detected; 0 otherwise.
  char delimiter() const;

 private:
  std::unique_ptr<detail::RecordSource> source_;
};

// Spreadsheet formula guard, reversible. guard_formula prefixes "'" when the
// text starts with = + - @ TAB or CR (unless it is a plain number like -3.5),
// or when it starts with "'" followed by text that itself needs the guard.
// It does the same after every ',', ';', CR and LF inside the text, judged on
// the part up to the next of them: a spreadsheet that splits the file on the
// other separator, or reads a quoted line break as a new row, starts a cell
// there. unguard_formula removes exactly those prefixes. For every string s:
// unguard_formula(guard_formula(s)) == s.
std::string guard_formula(std::string_view text);
std::string unguard_formula(std::string_view text);
// Whether a spreadsheet would run the text as a formula: it starts with
// = + - @ TAB or CR and is not a plain number (-3.5, 1e6).
bool starts_like_formula(std::string_view text);

}  // namespace plift::io
