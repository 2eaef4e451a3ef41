// CSV through libcsv (Debian libcsv-dev) in strict mode. libcsv is a push
// parser without line numbers, so it is fed one physical line at a time: the
// reader then knows the line every field and error is on, and a record is
// complete when a line's "\n" completes it.

#include "line_reader.hpp"
#include "plift/core/error.hpp"
#include "record_source.hpp"
#include "utf8.hpp"

#include <csv.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <new>

namespace plift::io::detail {

namespace {

// Only a quote left open can make a record span lines; past this it is a
// missing closing quote, not a long note.
constexpr std::uint64_t max_record_bytes = std::uint64_t{16} << 20;

// The line without its "\n" and the CR of a CRLF: CRLF inside quoted fields
// becomes "\n", and a CR left in the line is a lone one.
std::string_view content_of(std::string_view line) {
  if (!line.empty() && line.back() == '\n') {
    line.remove_suffix(1);
  }
  if (!line.empty() && line.back() == '\r') {
    line.remove_suffix(1);
  }
  return line;
}

// Counts , ; and TAB outside double quotes over the lines of the header; a
// quoted column name with a line break carries the quote to the next line.
class DelimiterCounter {
 public:
  void add(std::string_view line) {
    for (const char c : line) {
      if (c == '"') {
        quoted_ = !quoted_;
      } else if (!quoted_) {
        for (std::size_t i = 0; i < candidates_.size(); ++i) {
          counts_[i] += c == candidates_[i] ? 1 : 0;
        }
      }
    }
  }
  bool any() const { return counts_[0] + counts_[1] + counts_[2] > 0; }
  // The most frequent; ',' on a tie or when there is none.
  char most_used() const {
    std::size_t best = 0;
    for (std::size_t i = 1; i < candidates_.size(); ++i) {
      if (counts_[i] > counts_[best]) {
        best = i;
      }
    }
    return candidates_[best];
  }

 private:
  static constexpr std::array<char, 3> candidates_ = {',', ';', '\t'};
  std::array<std::size_t, 3> counts_{};
  bool quoted_ = false;
};

std::string delimiter_name(char delimiter) {
  return delimiter == '\t' ? std::string("a tab") : fmt::format("'{}'", delimiter);
}

class CsvSource final : public RecordSource {
 public:
  CsvSource(std::istream& in, std::string source) : RecordSource(std::move(source)), lines_(in, source_) {
    if (csv_init(&parser_, CSV_STRICT | CSV_STRICT_FINI) != 0) {
      throw std::bad_alloc();
    }
    csv_set_blk_size(&parser_, 4096);
    try {
      read_header();
    } catch (...) {
      csv_free(&parser_);  // no destructor runs for a constructor that throws
      throw;
    }
  }
  ~CsvSource() override { csv_free(&parser_); }
  CsvSource(const CsvSource&) = delete;
  CsvSource& operator=(const CsvSource&) = delete;

  bool next(Record& record) override {
    target_ = &record;
    record.values.resize(columns_.size());
    for (;;) {
      const auto line = lines_.next_line();
      if (!line) {
        if (!row_open_) {
          return false;
        }
        end_of_input();
        finish_row(record);
        return true;
      }
      if (feed_line(*line)) {
        finish_row(record);
        return true;
      }
    }
  }

  std::uint64_t bytes_read() const override { return lines_.bytes_read(); }
  char delimiter() const override { return delimiter_; }

 private:
  void read_header() {
    DelimiterCounter counter;
    bool delimiter_chosen = false;
    for (;;) {
      const auto line = lines_.next_line();
      if (!line) {
        break;
      }
      const std::string_view content = content_of(*line);
      if (!row_open_ && content.find_first_not_of(" \t\r") == std::string_view::npos) {
        continue;
      }
      // The first line of the header with a delimiter outside quotes decides:
      // a quoted name with a line break (Alt+Enter in Excel) can leave none on
      // the header's first line, and libcsv reads such lines the same
      // whatever the delimiter.
      if (!delimiter_chosen) {
        counter.add(content);
        if (counter.any()) {
          delimiter_ = counter.most_used();
          csv_set_delim(&parser_, static_cast<unsigned char>(delimiter_));
          delimiter_chosen = true;
        }
      }
      if (feed_line(*line)) {
        finish_header();
        return;
      }
    }
    if (!row_open_) {
      throw DataError(fmt::format("{}: the input is empty; its first line must be a header naming the columns",
                                  source_));
    }
    end_of_input();
    finish_header();
  }

  void finish_header() {
    row_open_ = row_ended_ = false;
    columns_.reserve(header_.size());
    for (std::size_t i = 0; i < header_.size(); ++i) {
      const std::string& cell = header_[i];
      if (const std::size_t bad = find_invalid_utf8(cell); bad != std::string::npos) {
        fail(row_line_, fmt::format("column {} of the header is not UTF-8 ({}); save the file as UTF-8 (in Excel: "
                                    "\"CSV UTF-8\")",
                                    i + 1, describe_invalid_utf8(cell, bad)));
      }
      std::string name = normalise_column_name(cell);
      if (name.empty()) {
        fail(row_line_, fmt::format("column {} of the header has no name; name it or delete the column", i + 1));
      }
      for (std::size_t j = 0; j < columns_.size(); ++j) {
        if (columns_[j] == name) {
          fail(row_line_, fmt::format("column '{}' appears twice in the header (columns {} and {})", name, j + 1,
                                      i + 1));
        }
      }
      columns_.push_back(std::move(name));
    }
    header_.clear();
    in_header_ = false;
    columns_changed_ = true;
  }

  // Feeds one physical line to libcsv; true when it completed a record.
  bool feed_line(std::string_view line) {
    const bool has_newline = !line.empty() && line.back() == '\n';
    const std::string_view content = content_of(line);
    if (!row_open_) {
      const bool blank = std::all_of(content.begin(), content.end(), [this](char c) {
        return c == ' ' || c == '\r' || (c == '\t' && delimiter_ != '\t');
      });
      if (blank) {
        return false;
      }
      row_open_ = true;
      row_line_ = field_line_ = lines_.line_number();
      row_start_bytes_ = lines_.bytes_read() - line.size();
      field_count_ = 0;
    }
    parse(content);
    if (row_ended_) {
      fail(lines_.line_number(),
           "a carriage return (CR) outside double quotes splits this line; remove it or put the field in double "
           "quotes (lines must end in LF or CRLF)");
    }
    if (has_newline) {
      parse("\n");
    }
    if (!row_ended_ && lines_.bytes_read() - row_start_bytes_ > max_record_bytes) {
      fail(field_line_, fmt::format("the double quote that opens a field here is not closed within {} MiB; is a "
                                    "closing quote missing?",
                                    max_record_bytes >> 20));
    }
    return row_ended_;
  }

  void parse(std::string_view text) {
    const std::size_t parsed = csv_parse(&parser_, text.data(), text.size(), on_field, on_row_end, this);
    if (!error_.empty()) {
      throw DataError(error_);
    }
    if (parsed < text.size()) {
      quoting_error(text, parsed);
    }
  }

  [[noreturn]] void quoting_error(std::string_view content, std::size_t at) {
    if (csv_error(&parser_) != CSV_EPARSE) {
      throw std::bad_alloc();
    }
    const std::size_t column = count_characters(content.substr(0, at)) + 1;
    if (parser_.quoted == 0) {
      fail(lines_.line_number(),
           fmt::format("column {}: a double quote inside a value that does not start with one; put the whole "
                       "value in double quotes and write the quote as \"\"",
                       column));
    }
    fail(lines_.line_number(),
         fmt::format("column {}: text after the closing double quote of a value; write a double quote inside a "
                     "quoted value as \"\"",
                     column));
  }

  void end_of_input() {
    if (csv_fini(&parser_, on_field, on_row_end, this) != 0) {
      fail(field_line_, "the double quote that opens a field here is never closed");
    }
    if (!error_.empty()) {
      throw DataError(error_);
    }
  }

  void finish_row(Record& record) {
    if (field_count_ != columns_.size()) {
      const std::string hint =
          field_count_ > columns_.size()
              ? fmt::format("; a value that contains {} must be in double quotes", delimiter_name(delimiter_))
              : std::string();
      fail(row_line_, fmt::format("the row has {} fields but the header has {}{}", field_count_, columns_.size(),
                                  hint));
    }
    record.line = row_line_;
    row_open_ = row_ended_ = false;
  }

  // libcsv's callbacks must not throw through its C frames: they note the
  // first error in error_ and parse() throws it.
  static void on_field(void* data, std::size_t size, void* self_pointer) {
    auto& self = *static_cast<CsvSource*>(self_pointer);
    if (!self.error_.empty()) {
      return;
    }
    const std::size_t index = self.field_count_++;
    self.field_line_ = self.lines_.line_number();
    const std::string_view text(static_cast<const char*>(data), size);
    if (self.in_header_) {
      self.header_.emplace_back(text);
      return;
    }
    if (index >= self.columns_.size()) {
      return;
    }
    std::optional<std::string>& value = self.target_->values[index];
    if (text.empty()) {
      value.reset();
      return;
    }
    if (const std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
      // The field ends on this line; the bad byte is as many lines up as line breaks follow it.
      const auto breaks_after = static_cast<std::size_t>(std::count(text.begin() + static_cast<std::ptrdiff_t>(bad),
                                                                    text.end(), '\n'));
      self.error_ = fmt::format("{}:{}: field '{}' is not UTF-8 ({}); save the file as UTF-8 (in Excel: "
                                "\"CSV UTF-8\")",
                                self.source_, self.lines_.line_number() - breaks_after, self.columns_[index],
                                describe_invalid_utf8(text, bad));
      return;
    }
    if (value) {
      value->assign(text);
    } else {
      value.emplace(text);
    }
  }

  static void on_row_end(int, void* self_pointer) { static_cast<CsvSource*>(self_pointer)->row_ended_ = true; }

  LineReader lines_;
  csv_parser parser_{};
  char delimiter_ = ',';
  bool in_header_ = true;
  std::vector<std::string> header_;  // the header's cells as written
  Record* target_ = nullptr;
  std::size_t field_count_ = 0;        // fields of the open row so far
  bool row_open_ = false;              // a row has begun and not ended
  bool row_ended_ = false;             // libcsv ended the row
  std::size_t row_line_ = 0;           // where the open row began
  std::size_t field_line_ = 0;         // where the open row's next field began at the latest
  std::uint64_t row_start_bytes_ = 0;  // bytes_read() before the row's first line
  std::string error_;                  // noted by a callback
};

}  // namespace

std::unique_ptr<RecordSource> make_csv_source(std::istream& in, std::string source) {
  return std::make_unique<CsvSource>(in, std::move(source));
}

}  // namespace plift::io::detail
