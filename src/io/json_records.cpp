// NDJSON and JSON arrays through nlohmann's SAX parser: no document tree is
// built, and an iterator that counts line breaks tells each record its line.

#include "line_reader.hpp"
#include "plift/core/error.hpp"
#include "record_source.hpp"
#include "utf8.hpp"

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <deque>
#include <iterator>

namespace plift::io::detail {

namespace {

using Json = nlohmann::json;

struct PendingRecord {
  std::size_t line = 0;
  std::vector<std::pair<std::string, std::optional<std::string>>> fields;  // as written, in order
};

struct Failure {
  std::size_t line = 0;
  std::string what;
};

// Where the parser has read to: `line` counts the line breaks read,
// `token_line` is the line of the last character that was not white space
// (the lexer reads one character past a number, maybe a line break).
struct Position {
  std::size_t line = 1;
  std::size_t token_line = 1;
};

class CountingIterator {
 public:
  using iterator_category = std::forward_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator() = default;
  CountingIterator(const char* at, Position* position) : at_(at), position_(position) {}

  reference operator*() const { return *at_; }
  CountingIterator& operator++() {
    const char c = *at_++;
    if (c == '\n') {
      ++position_->line;
    } else if (c != ' ' && c != '\t' && c != '\r') {
      position_->token_line = position_->line;
    }
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const CountingIterator& other) const { return at_ == other.at_; }
  bool operator!=(const CountingIterator& other) const { return at_ != other.at_; }

 private:
  const char* at_ = nullptr;
  Position* position_ = nullptr;
};

bool is_json_blank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// Collects the records of one JSON text. record_depth 0: the text is one
// record (an NDJSON line); 1: the text is an array of records.
class Collector {
 public:
  Collector(std::string_view text, std::size_t first_line, std::size_t record_depth, std::deque<PendingRecord>& out)
      : text_(text), first_line_(first_line), record_depth_(record_depth), out_(out) {
    position_.line = position_.token_line = first_line;
  }

  // Parses the whole text; false with failure() set at the first error.
  bool parse() {
    // nlohmann notices a bad byte only at the next character and says little
    // more than "ill-formed UTF-8 byte": check first, then parse up to it so
    // the records before it still come out.
    const std::size_t bad = find_invalid_utf8(text_);
    const std::string_view valid = text_.substr(0, bad);
    parsed_size_ = valid.size();
    const bool parsed = Json::sax_parse(CountingIterator(valid.data(), &position_),
                                        CountingIterator(valid.data() + valid.size(), &position_), this,
                                        Json::input_format_t::json, true, false);
    if (bad == std::string_view::npos || (!parsed && !failed_at_end_)) {
      return parsed;
    }
    const auto [line, column] = line_and_column(bad);
    failure_ = {line, fmt::format("column {} is not UTF-8 (byte 0x{:02X}); save the file as UTF-8", column,
                                  static_cast<unsigned char>(text_[bad]))};
    return false;
  }
  const Failure& failure() const { return failure_; }

  // nlohmann's SAX interface.
  bool null() { return scalar(std::nullopt, "null"); }
  bool boolean(bool value) { return scalar(std::string(value ? "true" : "false"), "true/false"); }
  bool number_integer(Json::number_integer_t value) { return scalar(std::to_string(value), "a number"); }
  bool number_unsigned(Json::number_unsigned_t value) { return scalar(std::to_string(value), "a number"); }
  bool number_float(Json::number_float_t value, const Json::string_t&) {
    if (!std::isfinite(value)) {
      return fail(fmt::format("field '{}' is a number too large to hold", normalise_column_name(key_)));
    }
    return scalar(Json(value).dump(), "a number");
  }
  bool string(Json::string_t& value) { return scalar(std::move(value), "a string"); }
  bool binary(Json::binary_t&) { return true; }  // not in JSON text
  bool key(Json::string_t& name) {
    key_ = std::move(name);
    return true;
  }
  bool start_object(std::size_t) {
    if (depth_ < record_depth_) {
      return fail(
          "expected one JSON array of objects ([{...}, {...}]), found an object; for one object per line use "
          "NDJSON (.ndjson, .jsonl or --input-format ndjson)");
    }
    if (depth_ == record_depth_) {
      ++elements_;
      current_.line = position_.token_line;
      current_.fields.clear();
    } else {
      return nested_value("an object");
    }
    ++depth_;
    return true;
  }
  bool end_object() {
    if (--depth_ == record_depth_) {
      out_.push_back(std::move(current_));
    }
    return true;
  }
  bool start_array(std::size_t) {
    if (depth_ < record_depth_) {
      ++depth_;
      return true;
    }
    if (depth_ == record_depth_) {
      ++elements_;
      return not_an_object("an array");
    }
    return nested_value("an array");
  }
  bool end_array() {
    --depth_;
    return true;
  }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& error) {
    constexpr int number_overflow = 406;
    if (error.id == number_overflow) {
      return fail(fmt::format("field '{}' is a number too large to hold", normalise_column_name(key_)));
    }
    // Where the lexer stopped; at the end of the input, past the last thing
    // written rather than at trailing line breaks.
    std::size_t at = std::min(position > 0 ? position - 1 : 0, text_.size());
    failed_at_end_ = position > parsed_size_;  // the lexer counts reading the end too
    if (at == text_.size()) {
      while (at > 0 && is_json_blank(text_.substr(at - 1, 1))) {
        --at;
      }
    }
    std::string_view what = error.what();
    if (const std::size_t colon = what.find(": "); colon != std::string_view::npos) {
      what.remove_prefix(colon + 2);  // "[json.exception.parse_error.101] parse error at line 1, column 2: "
    }
    const auto [line, column] = line_and_column(at);
    failure_ = {line, fmt::format("invalid JSON at column {}: {}", column, printable(what))};
    return false;
  }

 private:
  bool scalar(std::optional<std::string> text, std::string_view kind) {
    if (depth_ == record_depth_ + 1) {
      current_.fields.emplace_back(std::move(key_), std::move(text));
      return true;
    }
    if (depth_ < record_depth_) {
      return fail(fmt::format("expected one JSON array of objects ([{{...}}, {{...}}]), found {}", kind));
    }
    ++elements_;
    return not_an_object(kind);
  }
  // 1-based line (counted from first_line_) and column (in characters) of text_[at].
  std::pair<std::size_t, std::size_t> line_and_column(std::size_t at) const {
    const std::string_view before = text_.substr(0, at);
    const std::size_t newline = before.rfind('\n');
    const std::size_t line_start = newline == std::string_view::npos ? 0 : newline + 1;
    const auto breaks = static_cast<std::size_t>(std::count(before.begin(), before.end(), '\n'));
    return {first_line_ + breaks, count_characters(before.substr(line_start)) + 1};
  }
  bool not_an_object(std::string_view kind) {
    if (record_depth_ == 0) {
      return fail(fmt::format("expected a JSON object ({{\"field\": value, ...}}) on each line, found {}", kind));
    }
    return fail(fmt::format("element {} of the array is {}, not an object", elements_, kind));
  }
  bool nested_value(std::string_view kind) {
    return fail(fmt::format("field '{}' must be text, a number, true/false or null, not {}",
                            normalise_column_name(key_), kind));
  }
  bool fail(std::string what) {
    failure_ = {position_.token_line, std::move(what)};
    return false;
  }

  std::string_view text_;
  std::size_t first_line_;
  std::size_t record_depth_;
  std::deque<PendingRecord>& out_;
  Position position_;
  std::size_t depth_ = 0;
  std::size_t elements_ = 0;
  PendingRecord current_;
  std::string key_;
  Failure failure_;
  std::size_t parsed_size_ = 0;  // of text_, up to a byte that is not UTF-8
  bool failed_at_end_ = false;   // the parse error was running out of text
};

// What NDJSON and JSON arrays share: turning collected fields into a Record
// whose columns grow as names appear.
class JsonSource : public RecordSource {
 public:
  using RecordSource::RecordSource;

 protected:
  void apply(PendingRecord& pending, Record& record) {
    record.line = pending.line;
    record.values.assign(columns_.size(), std::nullopt);
    ++serial_;
    for (auto& [key, value] : pending.fields) {
      std::string name = normalise_column_name(key);
      if (name.empty()) {
        fail(pending.line, "a field has an empty name");
      }
      const auto found = std::find(columns_.begin(), columns_.end(), name);
      const auto index = static_cast<std::size_t>(found - columns_.begin());
      if (found == columns_.end()) {
        columns_.push_back(std::move(name));
        seen_in_.push_back(0);
        record.values.emplace_back();
        columns_changed_ = true;
      }
      if (seen_in_[index] == serial_) {
        fail(pending.line, fmt::format("field '{}' appears twice in the same object", columns_[index]));
      }
      seen_in_[index] = serial_;
      record.values[index] = std::move(value);
    }
  }

 private:
  std::vector<std::uint64_t> seen_in_;  // per column: the serial of the last record that had it
  std::uint64_t serial_ = 0;
};

class NdjsonSource final : public JsonSource {
 public:
  NdjsonSource(std::istream& in, std::string source) : JsonSource(std::move(source)), lines_(in, source_) {}

  bool next(Record& record) override {
    for (;;) {
      const auto line = lines_.next_line();
      if (!line) {
        return false;
      }
      if (is_json_blank(*line)) {
        continue;
      }
      std::string_view text = *line;
      while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) {
        text.remove_suffix(1);
      }
      pending_.clear();
      Collector collector(text, lines_.line_number(), 0, pending_);
      if (!collector.parse()) {
        fail(collector.failure().line, collector.failure().what);
      }
      apply(pending_.front(), record);
      return true;
    }
  }
  std::uint64_t bytes_read() const override { return lines_.bytes_read(); }

 private:
  LineReader lines_;
  std::deque<PendingRecord> pending_;
};

class JsonArraySource final : public JsonSource {
 public:
  JsonArraySource(std::istream& in, std::string source) : JsonSource(std::move(source)), in_(in) {}

  bool next(Record& record) override {
    if (!parsed_) {
      parse_document();
    }
    if (pending_.empty()) {
      if (failure_) {
        fail(failure_->line, failure_->what);
      }
      return false;
    }
    apply(pending_.front(), record);
    pending_.pop_front();
    return true;
  }
  std::uint64_t bytes_read() const override { return bytes_read_; }

 private:
  void parse_document() {
    parsed_ = true;
    std::string text;
    LineReader lines(in_, source_);
    while (const auto line = lines.next_line()) {
      text.append(*line);
    }
    bytes_read_ = lines.bytes_read();
    if (is_json_blank(text)) {
      throw DataError(fmt::format("{}: the input is empty; expected one JSON array of objects", source_));
    }
    Collector collector(text, 1, 1, pending_);
    if (!collector.parse()) {
      failure_ = collector.failure();
    }
  }

  std::istream& in_;
  bool parsed_ = false;
  std::deque<PendingRecord> pending_;
  std::optional<Failure> failure_;  // thrown after the records before it
  std::uint64_t bytes_read_ = 0;
};

}  // namespace

std::unique_ptr<RecordSource> make_ndjson_source(std::istream& in, std::string source) {
  return std::make_unique<NdjsonSource>(in, std::move(source));
}

std::unique_ptr<RecordSource> make_json_array_source(std::istream& in, std::string source) {
  return std::make_unique<JsonArraySource>(in, std::move(source));
}

}  // namespace plift::io::detail
