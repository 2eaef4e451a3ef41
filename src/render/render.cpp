#include "plift/render/render.hpp"

#include "plift/core/keys.hpp"
#include "plift/io/records.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <string_view>

namespace plift::render {

namespace {

using nlohmann::detail::error_handler_t;

// Invalid UTF-8 (say, from an imported file) is shown with U+FFFD rather than
// aborting the command halfway through its output.
std::string dump_compact(const Json& value) {
  return value.dump(-1, ' ', false, error_handler_t::replace);
}

// People read "12.5", not "12.500000000000002"; JSON and CSV keep full precision.
std::string format_double_for_people(double v) {
  if (!std::isfinite(v)) {
    return "-";
  }
  std::string text = fmt::format("{:.2f}", v);
  while (text.back() == '0') {
    text.pop_back();
  }
  if (text.back() == '.') {
    text.pop_back();
  }
  if (text == "-0") {
    return "0";
  }
  return text;
}

// Machine formats: the shortest text that reads back as the same number.
std::string format_number_for_machines(const Json& value) {
  if (value.is_number_float() && value.get<double>() == 0.0) {
    return "0";  // not "-0.0"
  }
  return dump_compact(value);
}

bool is_scalar(const Json& value) {
  return !value.is_array() && !value.is_object();
}

bool all_scalars(const Json& array) {
  return std::all_of(array.begin(), array.end(), is_scalar);
}

// Arrays of scalars read as "a, b, c"; anything nested shows as compact JSON.
template <typename ScalarText>
std::string value_text(const Json& value, ScalarText scalar_text) {
  if (value.is_array() && all_scalars(value)) {
    std::string text;
    bool first = true;
    for (const auto& item : value) {
      if (!first) {
        text += ", ";
      }
      text += scalar_text(item);
      first = false;
    }
    return text;
  }
  if (!is_scalar(value)) {
    return dump_compact(value);
  }
  return scalar_text(value);
}

std::string people_scalar_text(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return "-";
    case Json::value_t::boolean:
      return value.get<bool>() ? "yes" : "no";
    case Json::value_t::string:
      return value.get_ref<const std::string&>();
    case Json::value_t::number_float:
      return format_double_for_people(value.get<double>());
    default:
      return dump_compact(value);
  }
}

std::string machine_scalar_text(const Json& value) {
  switch (value.type()) {
    case Json::value_t::null:
      return "";
    case Json::value_t::boolean:
      return value.get<bool>() ? "true" : "false";
    case Json::value_t::string:
      return value.get_ref<const std::string&>();
    case Json::value_t::number_float:
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
      return format_number_for_machines(value);
    default:
      return dump_compact(value);
  }
}

// Length of the C1 control character (U+0080..U+009F, two bytes in UTF-8)
// starting at `i`, or 0.
std::size_t c1_control_length(std::string_view text, std::size_t i) {
  if (i + 1 < text.size() && static_cast<unsigned char>(text[i]) == 0xC2) {
    const auto next = static_cast<unsigned char>(text[i + 1]);
    if (next >= 0x80 && next <= 0x9F) {
      return 2;
    }
  }
  return 0;
}

bool is_c0_control(char c) {
  const auto byte = static_cast<unsigned char>(c);
  return byte < 0x20 || byte == 0x7F;
}

// Each line break or other control character becomes `replacement`
// ("\r\n" counts as one line break), so a row stays one line and nothing
// reaches the terminal as an escape sequence.
std::string replace_controls(std::string_view text, std::string_view line_break,
                             std::string_view other) {
  std::string result;
  result.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
      result += line_break;
      ++i;
    } else if (c == '\n' || c == '\r') {
      result += line_break;
    } else if (is_c0_control(c)) {
      result += other;
    } else if (const std::size_t n = c1_control_length(text, i); n > 0) {
      result += other;
      i += n - 1;
    } else {
      result += c;
    }
  }
  return result;
}

std::string md_escape(std::string_view text) {
  // Markdown passes HTML through; data must never become markup.
  std::string plain;
  plain.reserve(text.size());
  for (char c : text) {
    switch (c) {
      case '<': plain += "&lt;"; break;
      case '>': plain += "&gt;"; break;
      case '&': plain += "&amp;"; break;
      default: plain += c;
    }
  }
  const std::string one_line = replace_controls(plain, "<br>", " ");
  std::string result;
  result.reserve(one_line.size());
  for (std::size_t i = 0; i < one_line.size(); ++i) {
    const char c = one_line[i];
    if (c == '|') {
      result += "\\|";
    } else if (c == '\\' && i + 1 < one_line.size() && one_line[i + 1] == '|') {
      // A backslash of the data right before a pipe must not swallow the
      // escape: "a\|b" is written "a\\\|b".
      result += "\\\\";
    } else {
      result += c;
    }
  }
  return result;
}

std::string rtrim(std::string text) {
  const auto end = text.find_last_not_of(' ');
  text.erase(end == std::string::npos ? 0 : end + 1);
  return text;
}

std::string pad_right(const std::string& text, std::size_t width) {
  const std::size_t used = plift::display_width(text);
  return used >= width ? text : text + std::string(width - used, ' ');
}

std::string pad_left(const std::string& text, std::size_t width) {
  const std::size_t used = plift::display_width(text);
  return used >= width ? text : std::string(width - used, ' ') + text;
}

const Json& field_of(const Json& row, const std::string& field) {
  static const Json null_value;
  if (!row.is_object()) {
    return null_value;
  }
  const auto it = row.find(field);
  return it == row.end() ? null_value : *it;
}

void write_table(std::ostream& out, const Listing& listing) {
  if (listing.rows.empty() || listing.columns.empty()) {
    return;
  }
  const std::size_t column_count = listing.columns.size();
  std::vector<std::vector<std::string>> lines;
  lines.reserve(listing.rows.size() + 1);

  std::vector<std::string> header;
  for (const auto& column : listing.columns) {
    header.push_back(replace_controls(column.header, " ", " "));
  }
  lines.push_back(std::move(header));
  for (const auto& row : listing.rows) {
    std::vector<std::string> cells;
    for (const auto& column : listing.columns) {
      cells.push_back(cell_text(field_of(row, column.field)));
    }
    lines.push_back(std::move(cells));
  }

  std::vector<std::size_t> widths(column_count, 0);
  for (const auto& cells : lines) {
    for (std::size_t c = 0; c < column_count; ++c) {
      widths[c] = std::max(widths[c], plift::display_width(cells[c]));
    }
  }

  for (const auto& cells : lines) {
    std::string line;
    for (std::size_t c = 0; c < column_count; ++c) {
      if (c > 0) {
        line += "  ";
      }
      line += listing.columns[c].right_align ? pad_left(cells[c], widths[c])
                                             : pad_right(cells[c], widths[c]);
    }
    out << rtrim(std::move(line)) << '\n';
  }
}

void write_csv(std::ostream& out, const Listing& listing) {
  auto write_record = [&out](const std::vector<std::string>& fields) {
    for (std::size_t i = 0; i < fields.size(); ++i) {
      if (i > 0) {
        out << ',';
      }
      out << fields[i];
    }
    out << "\r\n";
  };

  // CSV carries every field JSON does, so a spreadsheet (or an import) loses nothing.
  std::vector<std::string> names;
  if (listing.rows.empty() || !listing.rows.front().is_object()) {
    for (const auto& column : listing.columns) names.push_back(column.field);
  } else {
    for (const auto& item : listing.rows.front().items()) names.push_back(item.key());
  }
  std::vector<std::string> header;
  for (const auto& name : names) header.push_back(csv_field(Json(name)));
  write_record(header);
  for (const auto& row : listing.rows) {
    std::vector<std::string> fields;
    for (const auto& name : names) fields.push_back(csv_field(field_of(row, name)));
    write_record(fields);
  }
}

void write_md_row(std::ostream& out, const std::vector<std::string>& cells) {
  out << '|';
  for (const auto& cell : cells) {
    out << ' ' << cell << " |";
  }
  out << '\n';
}

void write_md(std::ostream& out, const Listing& listing) {
  if (listing.rows.empty() || listing.columns.empty()) {
    return;
  }
  std::vector<std::string> header;
  std::vector<std::string> separator;
  for (const auto& column : listing.columns) {
    header.push_back(md_cell(Json(column.header)));
    separator.emplace_back(column.right_align ? "---:" : "---");
  }
  write_md_row(out, header);
  write_md_row(out, separator);
  for (const auto& row : listing.rows) {
    std::vector<std::string> cells;
    for (const auto& column : listing.columns) {
      cells.push_back(md_cell(field_of(row, column.field)));
    }
    write_md_row(out, cells);
  }
}

void write_fields_table(std::ostream& out,
                        const std::vector<std::pair<std::string, std::string>>& fields) {
  std::size_t label_width = 0;
  for (const auto& [label, value] : fields) {
    label_width = std::max(label_width, plift::display_width(label) + 1);
  }
  const std::size_t value_column = label_width + 2;
  for (const auto& [label, value] : fields) {
    // A multi-line value (a note) continues under its first line.
    const std::string text = replace_controls(value, "\n", " ");
    std::string line = pad_right(label + ":", value_column);
    std::size_t start = 0;
    while (true) {
      const std::size_t end = text.find('\n', start);
      line += text.substr(start, end == std::string::npos ? std::string::npos : end - start);
      out << rtrim(std::move(line)) << '\n';
      if (end == std::string::npos) {
        break;
      }
      line = std::string(value_column, ' ');
      start = end + 1;
    }
  }
}

void write_fields_md(std::ostream& out,
                     const std::vector<std::pair<std::string, std::string>>& fields) {
  for (const auto& [label, value] : fields) {
    std::string line = "- **" + md_escape(label) + ":** " + md_escape(value);
    out << rtrim(std::move(line)) << '\n';
  }
}

}  // namespace

std::optional<Format> parse_format(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(), [](char c) {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  });
  if (lower == "table") {
    return Format::table;
  }
  if (lower == "json") {
    return Format::json;
  }
  if (lower == "csv") {
    return Format::csv;
  }
  if (lower == "md" || lower == "markdown") {
    return Format::md;
  }
  return std::nullopt;
}

std::string to_string(Format f) {
  switch (f) {
    case Format::table:
      return "table";
    case Format::json:
      return "json";
    case Format::csv:
      return "csv";
    case Format::md:
      return "md";
  }
  return "table";
}

std::string cell_text(const Json& value) {
  return replace_controls(value_text(value, people_scalar_text), " ", " ");
}

std::string csv_field(const Json& value) {
  std::string text = value_text(value, machine_scalar_text);
  return csv_cell(value.is_string() ? io::guard_formula(text) : text);
}

std::string csv_cell(std::string_view text) {
  bool quote = text.find_first_of(",;\t\"\r\n") != std::string_view::npos ||
               (!text.empty() && (text.front() == ' ' || text.back() == ' '));
  if (!quote) return std::string(text);
  std::string quoted = "\"";
  for (const char c : text) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

std::string md_cell(const Json& value) {
  return md_escape(value_text(value, people_scalar_text));
}

void write_listing(std::ostream& out, const Listing& listing, Format format) {
  switch (format) {
    case Format::table:
      write_table(out, listing);
      return;
    case Format::json:
      write_json(out, listing.rows);
      return;
    case Format::csv:
      write_csv(out, listing);
      return;
    case Format::md:
      write_md(out, listing);
      return;
  }
}

namespace {

// The same text as value.dump(2, ' ', false, replace), written in one pass
// without the serializer's per-character bookkeeping: listing a whole
// programme as JSON spends most of its time here.
class JsonWriter {
 public:
  explicit JsonWriter(std::ostream& out) : out_(out) { buffer_.reserve(buffer_limit + 1024); }
  ~JsonWriter() { flush(); }
  JsonWriter(const JsonWriter&) = delete;
  JsonWriter& operator=(const JsonWriter&) = delete;

  void value(const Json& v, int depth) {
    switch (v.type()) {
      case Json::value_t::object: container(v, depth, '{', '}', true); break;
      case Json::value_t::array: container(v, depth, '[', ']', false); break;
      case Json::value_t::string: string(v.get_ref<const std::string&>()); break;
      case Json::value_t::boolean: buffer_ += v.get<bool>() ? "true" : "false"; break;
      case Json::value_t::number_integer: fmt::format_to(std::back_inserter(buffer_), "{}", v.get<std::int64_t>()); break;
      case Json::value_t::number_unsigned: fmt::format_to(std::back_inserter(buffer_), "{}", v.get<std::uint64_t>()); break;
      case Json::value_t::number_float: buffer_ += dump_compact(v); break;
      default: buffer_ += "null"; break;
    }
    if (buffer_.size() > buffer_limit) flush();
  }

  void flush() {
    out_.write(buffer_.data(), static_cast<std::streamsize>(buffer_.size()));
    buffer_.clear();
  }

  std::string& buffer() { return buffer_; }

 private:
  static constexpr std::size_t buffer_limit = 1 << 16;

  void container(const Json& v, int depth, char open, char close, bool is_object) {
    if (v.empty()) {
      buffer_ += open;
      buffer_ += close;
      return;
    }
    buffer_ += open;
    buffer_ += '\n';
    bool first = true;
    for (auto it = v.begin(); it != v.end(); ++it) {
      if (!first) buffer_ += ",\n";
      first = false;
      buffer_.append(static_cast<std::size_t>(2 * (depth + 1)), ' ');
      if (is_object) {
        string(it.key());
        buffer_ += ": ";
      }
      value(*it, depth + 1);
    }
    buffer_ += '\n';
    buffer_.append(static_cast<std::size_t>(2 * depth), ' ');
    buffer_ += close;
  }

  // Escapes as nlohmann does: quotes, backslashes and control characters;
  // UTF-8 passes through. Invalid UTF-8 goes to nlohmann, which replaces it.
  void string(const std::string& text) {
    std::size_t mark = buffer_.size();
    buffer_ += '"';
    bool plain = std::all_of(text.begin(), text.end(), [](char c) {
      auto byte = static_cast<unsigned char>(c);
      return byte >= 0x20 && byte < 0x80 && c != '"' && c != '\\';
    });
    if (plain) {
      buffer_ += text;
      buffer_ += '"';
      return;
    }
    for (std::size_t i = 0; i < text.size(); ++i) {
      auto byte = static_cast<unsigned char>(text[i]);
      if (byte >= 0x80) {
        std::size_t length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC2 ? 2 : 0;
        if (length == 0 || !valid_utf8(text, i, length)) {
          buffer_.resize(mark);
          buffer_ += dump_compact(Json(text));
          return;
        }
        buffer_.append(text, i, length);
        i += length - 1;
        continue;
      }
      switch (byte) {
        case '"': buffer_ += "\\\""; break;
        case '\\': buffer_ += "\\\\"; break;
        case '\b': buffer_ += "\\b"; break;
        case '\f': buffer_ += "\\f"; break;
        case '\n': buffer_ += "\\n"; break;
        case '\r': buffer_ += "\\r"; break;
        case '\t': buffer_ += "\\t"; break;
        default:
          if (byte < 0x20) {
            fmt::format_to(std::back_inserter(buffer_), "\\u{:04x}", static_cast<unsigned>(byte));
          } else {
            buffer_ += static_cast<char>(byte);
          }
      }
    }
    buffer_ += '"';
  }

  // A lead byte at `at` followed by length-1 continuation bytes, not overlong
  // and not a surrogate or beyond U+10FFFF.
  static bool valid_utf8(const std::string& text, std::size_t at, std::size_t length) {
    if (at + length > text.size()) return false;
    auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[at + k]); };
    for (std::size_t k = 1; k < length; ++k) {
      if ((byte(k) & 0xC0) != 0x80) return false;
    }
    if (length == 3) {
      if (byte(0) == 0xE0 && byte(1) < 0xA0) return false;
      if (byte(0) == 0xED && byte(1) >= 0xA0) return false;
    }
    if (length == 4) {
      if (byte(0) > 0xF4) return false;
      if (byte(0) == 0xF0 && byte(1) < 0x90) return false;
      if (byte(0) == 0xF4 && byte(1) >= 0x90) return false;
    }
    return true;
  }

  std::ostream& out_;
  std::string buffer_;
};

}  // namespace

Json optional_json(const std::optional<std::string>& value) { return value ? Json(*value) : Json(nullptr); }
Json optional_json(const std::optional<Date>& value) { return value ? Json(format_date(*value)) : Json(nullptr); }
Json optional_json(const std::optional<double>& value) { return value ? Json(*value) : Json(nullptr); }

Json recorded_number_json(double value) {
  if (value == 0) return 0;
  if (std::fabs(value) < 1e15 && value == std::trunc(value)) return static_cast<long long>(value);
  return value;
}

void write_json(std::ostream& out, const Json& value) {
  JsonWriter writer(out);
  writer.value(value, 0);
  writer.buffer() += '\n';
}

void write_json_value(std::ostream& out, const Json& value, int depth) {
  JsonWriter writer(out);
  writer.value(value, depth);
}

void write_fields(std::ostream& out, const std::vector<std::pair<std::string, std::string>>& fields,
                  Format format) {
  switch (format) {
    case Format::table:
      write_fields_table(out, fields);
      return;
    case Format::md:
      write_fields_md(out, fields);
      return;
    case Format::json: {
      // Commands give json its own records; this is only a fallback.
      Json object = Json::object();
      for (const auto& [label, value] : fields) {
        object[label] = value;
      }
      write_json(out, object);
      return;
    }
    case Format::csv: {
      Listing listing;
      listing.columns = {{"field", "FIELD"}, {"value", "VALUE"}};
      for (const auto& [label, value] : fields) {
        listing.rows.push_back(Json{{"field", label}, {"value", value}});
      }
      write_csv(out, listing);
      return;
    }
  }
}

}  // namespace plift::render
