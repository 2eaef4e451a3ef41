#include "plift/render/mail.hpp"

#include <date/date.h>
#include <fmt/format.h>

#include <array>
#include <cstdint>

#include "plift/core/error.hpp"

namespace plift::render {

namespace {

constexpr std::size_t max_line = 78;
constexpr std::size_t max_qp_line = 76;
// RFC 2047 allows 75; shorter words leave room for "Subject: " or "From: "
// before the first one on a line of at most 78.
constexpr std::size_t max_encoded_word = 64;
constexpr const char* encoded_word_start = "=?UTF-8?Q?";
constexpr const char* encoded_word_end = "?=";

bool is_atext(char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("!#$%&'*+-/=?^_`{|}~").find(c) != std::string_view::npos;
}

bool is_printable_ascii(std::string_view text) {
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 || byte > 0x7e) return false;
  }
  return true;
}

// A header value is one line: a stray CR or LF would end the header and let
// a name start another (header injection).
std::string one_line(std::string_view text) {
  std::string line;
  for (char c : text) line += (c == '\r' || c == '\n' || c == '\t') ? ' ' : c;
  return line;
}

std::string hex_byte(unsigned char byte) { return fmt::format("={:02X}", byte); }

// How many bytes the UTF-8 character starting with `lead` takes (1 for a
// stray continuation byte, so every byte is consumed once).
std::size_t utf8_length(unsigned char lead) {
  if (lead >= 0xf0 && lead <= 0xf7) return 4;
  if (lead >= 0xe0) return lead <= 0xef ? 3 : 1;
  if (lead >= 0xc0) return 2;
  return 1;
}

// RFC 2047 Q encoding, with the narrow set of literal characters a phrase
// (display name) allows, so one encoder serves names and subjects.
std::string q_encode(std::string_view character) {
  std::string encoded;
  for (char c : character) {
    auto byte = static_cast<unsigned char>(c);
    if (c == ' ') {
      encoded += '_';
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '!' ||
               c == '*' || c == '+' || c == '-' || c == '/') {
      encoded += c;
    } else {
      encoded += hex_byte(byte);
    }
  }
  return encoded;
}

std::string quoted_display_name(std::string_view name) {
  bool plain = !name.empty() && name.front() != ' ' && name.back() != ' ';
  for (char c : name) plain = plain && (is_atext(c) || c == ' ');
  if (plain) return std::string(name);
  std::string quoted = "\"";
  for (char c : name) {
    if (c == '"' || c == '\\') quoted += '\\';
    quoted += c;
  }
  return quoted + "\"";
}

std::uint64_t fnv1a(std::string_view text) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (char c : text) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

}  // namespace

std::optional<MailAddress> parse_mail_address(std::string_view text) {
  auto trim = [](std::string_view s) {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
  };
  text = trim(text);
  MailAddress result;
  std::string_view address = text;
  if (!text.empty() && text.back() == '>') {
    auto open = text.rfind('<');
    if (open == std::string_view::npos) return std::nullopt;
    std::string_view name = trim(text.substr(0, open));
    if (name.size() >= 2 && name.front() == '"' && name.back() == '"') name = name.substr(1, name.size() - 2);
    result.name = std::string(name);
    address = text.substr(open + 1, text.size() - open - 2);
  }
  auto at = address.find('@');
  if (at == std::string_view::npos || at == 0 || at + 1 == address.size() ||
      address.find('@', at + 1) != std::string_view::npos) {
    return std::nullopt;
  }
  for (char c : address) {
    auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte >= 0x7f || c == '<' || c == '>' || c == ',' || c == '"') return std::nullopt;
  }
  result.address = std::string(address);
  return result;
}

std::string mail_date(std::chrono::sys_seconds time) {
  static constexpr std::array<const char*, 7> weekdays{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
  static constexpr std::array<const char*, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                      "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  auto day = date::floor<date::days>(time);
  date::year_month_day ymd{day};
  date::hh_mm_ss clock{time - day};
  return fmt::format("{}, {} {} {} {:02}:{:02}:{:02} +0000", weekdays[date::weekday{day}.c_encoding()],
                     static_cast<unsigned>(ymd.day()), months[static_cast<unsigned>(ymd.month()) - 1],
                     static_cast<int>(ymd.year()), clock.hours().count(), clock.minutes().count(),
                     clock.seconds().count());
}

std::string encode_header_text(std::string_view raw) {
  std::string text = one_line(raw);
  if (is_printable_ascii(text)) return text;
  const std::size_t room = max_encoded_word - std::string_view(encoded_word_start).size() -
                           std::string_view(encoded_word_end).size();
  std::vector<std::string> words;
  std::string word;
  // Split between characters, never inside one: each encoded-word must hold
  // whole UTF-8 characters to decode on its own.
  for (std::size_t i = 0; i < text.size();) {
    std::size_t length = std::min(utf8_length(static_cast<unsigned char>(text[i])), text.size() - i);
    std::string encoded = q_encode(std::string_view(text).substr(i, length));
    if (word.size() + encoded.size() > room) {
      words.push_back(std::move(word));
      word.clear();
    }
    word += encoded;
    i += length;
  }
  if (!word.empty()) words.push_back(std::move(word));
  std::string joined;
  for (const std::string& w : words) {
    if (!joined.empty()) joined += ' ';
    joined += encoded_word_start + w + encoded_word_end;
  }
  return joined;
}

std::string format_mail_address(const MailAddress& address) {
  std::string name = one_line(address.name);
  std::string addr = one_line(address.address);
  if (name.empty()) return addr;
  std::string shown = is_printable_ascii(name) ? quoted_display_name(name) : encode_header_text(name);
  return fmt::format("{} <{}>", shown, addr);
}

std::string fold_header(std::string_view name, std::string_view value) {
  std::string out(name);
  out += ':';
  std::size_t line_length = out.size();
  std::string_view rest = value;
  bool first = true;
  while (!rest.empty()) {
    auto space = rest.find(' ');
    std::string_view token = rest.substr(0, space);
    rest = space == std::string_view::npos ? std::string_view{} : rest.substr(space + 1);
    // Every token is preceded by one space: on the same line, or as the
    // whitespace that begins a continuation line.
    if (!first && line_length + 1 + token.size() > max_line) {
      out += "\r\n";
      line_length = 0;
    }
    out += ' ';
    out += token;
    line_length += 1 + token.size();
    first = false;
  }
  return out + "\r\n";
}

std::string quoted_printable(std::string_view text) {
  std::string out;
  auto encode_line = [&](std::string_view line) {
    std::string encoded_line;
    std::size_t length = 0;
    auto put = [&](const std::string& piece) {
      // Leave room for the soft break '=' at the end of a full line.
      if (length + piece.size() > max_qp_line - 1) {
        encoded_line += "=\r\n";
        length = 0;
      }
      encoded_line += piece;
      length += piece.size();
    };
    for (std::size_t i = 0; i < line.size(); ++i) {
      char c = line[i];
      auto byte = static_cast<unsigned char>(c);
      bool last = i + 1 == line.size();
      bool at_start = length == 0;
      bool literal = (byte >= 33 && byte <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last);
      if (at_start && c == '.') literal = false;
      if (at_start && c == 'F' && line.substr(i, 5) == "From ") literal = false;
      put(literal ? std::string(1, c) : hex_byte(byte));
    }
    out += encoded_line;
    out += "\r\n";
  };
  std::size_t begin = 0;
  while (begin <= text.size()) {
    auto end = text.find('\n', begin);
    if (end == std::string_view::npos) {
      if (begin < text.size()) encode_line(text.substr(begin));
      break;
    }
    std::string_view line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    encode_line(line);
    begin = end + 1;
  }
  return out;
}

std::string make_message_id(std::string_view label, std::string_view content, std::string_view from_address) {
  std::string left;
  for (char c : label) left += is_atext(c) || c == '.' ? c : '-';
  while (!left.empty() && left.front() == '.') left.erase(left.begin());
  while (!left.empty() && left.back() == '.') left.pop_back();
  auto at = from_address.rfind('@');
  std::string domain = at == std::string_view::npos ? "localhost" : std::string(from_address.substr(at + 1));
  return fmt::format("{}{}{:016x}@{}", left, left.empty() ? "" : ".", fnv1a(content), domain);
}

std::string format_mail(const MailMessage& message) {
  if (message.to.empty()) throw InternalError("a mail message needs at least one recipient");
  std::string to;
  for (const MailAddress& address : message.to) {
    if (!to.empty()) to += ", ";
    to += format_mail_address(address);
  }
  std::string out;
  out += fold_header("From", format_mail_address(message.from));
  out += fold_header("To", to);
  out += fold_header("Subject", encode_header_text(message.subject));
  out += fold_header("Date", mail_date(message.date));
  out += fold_header("Message-ID", fmt::format("<{}>", one_line(message.message_id)));
  out += fold_header("MIME-Version", "1.0");
  out += fold_header("Content-Type", "text/plain; charset=UTF-8");
  out += fold_header("Content-Transfer-Encoding", "quoted-printable");
  // Tells vacation responders and the like not to answer (RFC 3834).
  out += fold_header("Auto-Submitted", "auto-generated");
  out += "\r\n";
  out += quoted_printable(message.body);
  return out;
}

}  // namespace plift::render
