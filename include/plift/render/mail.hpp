#pragma once
// E-mail messages as `sendmail -t` takes them: RFC 5322 headers with MIME
// (RFC 2045, RFC 2047) and a UTF-8 plain-text body. Pure formatting: the
// caller decides who gets what; this only writes the bytes.

#include <chrono>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace plift::render {

struct MailAddress {
  std::string name;     // display name, any UTF-8; empty for a bare address
  std::string address;  // the addr-spec, local@domain
};

// "Name <local@domain>", "\"Name\" <local@domain>" or "local@domain"; nullopt
// unless there is exactly one @ with something on both sides and no space,
// control character or angle bracket inside the address.
std::optional<MailAddress> parse_mail_address(std::string_view text);

struct MailMessage {
  MailAddress from;
  std::vector<MailAddress> to;  // at least one
  std::string subject;          // UTF-8, one line
  std::chrono::sys_seconds date;
  std::string message_id;       // "left@right", without angle brackets
  std::string body;             // UTF-8 text with '\n' line ends
};

// The whole message: From, To, Subject, Date, Message-ID, MIME-Version,
// Content-Type (text/plain; charset=UTF-8), Content-Transfer-Encoding
// (quoted-printable) and Auto-Submitted headers, a blank line and the body.
// Every line ends in CRLF and stays within 78 characters where it can be
// folded; non-ASCII display names and subjects become RFC 2047 encoded-words.
std::string format_mail(const MailMessage& message);

// "Mon, 16 Nov 2026 07:00:00 +0000" (always UTC).
std::string mail_date(std::chrono::sys_seconds time);

// Text for an unstructured header or a display name: as it is when it is
// printable ASCII, else UTF-8 Q encoded-words of at most 64 characters each,
// separated by spaces (where a header may be folded).
std::string encode_header_text(std::string_view text);

// The address as a To or From header lists it.
std::string format_mail_address(const MailAddress& address);

// "Name: value" folded at spaces into lines of at most 78 characters
// (continuation lines begin with a space), CRLF after every line.
std::string fold_header(std::string_view name, std::string_view value);

// The body in quoted-printable: CRLF line ends, lines of at most 76
// characters (soft breaks with '='), non-ASCII bytes, '=' and trailing
// blanks encoded; a line starting with '.' or "From " is encoded too, so
// neither sendmail nor an mbox mangles it.
std::string quoted_printable(std::string_view text);

// A Message-ID (without angle brackets) that is the same for the same
// label and content: "<label>.<16 hex digits of a hash of content>@<domain
// of from_address>". Characters of the label outside RFC 5322's atext
// become '-'.
std::string make_message_id(std::string_view label, std::string_view content, std::string_view from_address);

}  // namespace plift::render
