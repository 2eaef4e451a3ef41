#include <date/date.h>
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "plift/render/mail.hpp"

using namespace plift::render;

namespace {

std::chrono::sys_seconds at(int y, unsigned m, unsigned d, int hours, int minutes = 0, int seconds = 0) {
  return std::chrono::sys_seconds{date::sys_days{date::year{y} / m / d}} + std::chrono::hours{hours} +
         std::chrono::minutes{minutes} + std::chrono::seconds{seconds};
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t begin = 0;
  while (begin < text.size()) {
    auto end = text.find("\r\n", begin);
    REQUIRE(end != std::string::npos);
    lines.push_back(text.substr(begin, end - begin));
    begin = end + 2;
  }
  return lines;
}

// Quoted-printable decoding, enough to check the encoder round-trips.
std::string decode_qp(const std::string& encoded) {
  std::string out;
  for (std::size_t i = 0; i < encoded.size(); ++i) {
    if (encoded[i] == '=' && encoded.compare(i + 1, 2, "\r\n") == 0) {
      i += 2;
    } else if (encoded[i] == '=') {
      out += static_cast<char>(std::stoi(encoded.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else if (encoded[i] == '\r') {
      continue;
    } else {
      out += encoded[i];
    }
  }
  return out;
}

MailMessage sample() {
  MailMessage m;
  m.from = {"Produktionslyftet", "plift@produktionslyftet.se"};
  m.to = {{"Åsa Ström", "asa@example.se"}};
  m.subject = "Produktionslyftet: 3 påminnelser för Åsa Ström (2026-11-16)";
  m.date = at(2026, 11, 16, 7);
  m.message_id = "remind.2026-11-16.asa.0123456789abcdef@produktionslyftet.se";
  m.body = "Brødrene Midthaug AS och Plåt & Svets AB.\n";
  return m;
}

}  // namespace

TEST_CASE("mail_date writes RFC 5322 dates in UTC") {
  CHECK(mail_date(at(2026, 11, 16, 7)) == "Mon, 16 Nov 2026 07:00:00 +0000");
  CHECK(mail_date(at(2027, 1, 3, 23, 59, 5)) == "Sun, 3 Jan 2027 23:59:05 +0000");
  CHECK(mail_date(at(2028, 2, 29, 12, 30)) == "Tue, 29 Feb 2028 12:30:00 +0000");
}

TEST_CASE("parse_mail_address") {
  auto bare = parse_mail_address("plift@example.org");
  REQUIRE(bare);
  CHECK(bare->name.empty());
  CHECK(bare->address == "plift@example.org");
  auto named = parse_mail_address("  Programkontoret <kontor@example.se> ");
  REQUIRE(named);
  CHECK(named->name == "Programkontoret");
  CHECK(named->address == "kontor@example.se");
  auto quoted = parse_mail_address("\"Lind, Eva\" <eva@example.org>");
  REQUIRE(quoted);
  CHECK(quoted->name == "Lind, Eva");
  CHECK_FALSE(parse_mail_address(""));
  CHECK_FALSE(parse_mail_address("plift"));
  CHECK_FALSE(parse_mail_address("@example.org"));
  CHECK_FALSE(parse_mail_address("plift@"));
  CHECK_FALSE(parse_mail_address("a@b@c"));
  CHECK_FALSE(parse_mail_address("pl ift@example.org"));
  CHECK_FALSE(parse_mail_address("Name <plift@example.org"));
  CHECK_FALSE(parse_mail_address("plift@example.org\r\nBcc: x@y"));
}

TEST_CASE("encode_header_text leaves ASCII alone and encodes the rest as UTF-8 Q encoded-words") {
  CHECK(encode_header_text("3 reminders for Eva Lind") == "3 reminders for Eva Lind");
  CHECK(encode_header_text("Plåt") == "=?UTF-8?Q?Pl=C3=A5t?=");
  CHECK(encode_header_text("Åsa Ström") == "=?UTF-8?Q?=C3=85sa_Str=C3=B6m?=");
  // Line breaks cannot smuggle in a header.
  CHECK(encode_header_text("Hi\r\nBcc: x@y") == "Hi  Bcc: x@y");

  std::string long_text;
  for (int i = 0; i < 20; ++i) long_text += "Brødrene ";
  std::string encoded = encode_header_text(long_text);
  std::size_t words = 0;
  std::size_t begin = 0;
  while (begin < encoded.size()) {
    auto end = encoded.find(' ', begin);
    if (end == std::string::npos) end = encoded.size();
    std::string word = encoded.substr(begin, end - begin);
    CHECK(word.size() <= 64);
    CHECK(word.rfind("=?UTF-8?Q?", 0) == 0);
    CHECK(word.substr(word.size() - 2) == "?=");
    // No character is cut in two: a word never ends inside ø (=C3=B8).
    CHECK(word.find("=C3?=") == std::string::npos);
    ++words;
    begin = end + 1;
  }
  CHECK(words > 1);
}

TEST_CASE("format_mail_address") {
  CHECK(format_mail_address({"", "eva@example.org"}) == "eva@example.org");
  CHECK(format_mail_address({"Eva Lind", "eva@example.org"}) == "Eva Lind <eva@example.org>");
  CHECK(format_mail_address({"Lind, Eva", "eva@example.org"}) == "\"Lind, Eva\" <eva@example.org>");
  CHECK(format_mail_address({"Eva \"E\" Lind", "eva@example.org"}) == "\"Eva \\\"E\\\" Lind\" <eva@example.org>");
  CHECK(format_mail_address({"Åsa Ström", "asa@example.se"}) == "=?UTF-8?Q?=C3=85sa_Str=C3=B6m?= <asa@example.se>");
}

TEST_CASE("fold_header folds at spaces within 78 characters") {
  CHECK(fold_header("Subject", "short") == "Subject: short\r\n");
  std::string value;
  for (int i = 0; i < 30; ++i) value += "word" + std::to_string(i) + " ";
  value.pop_back();
  std::string folded = fold_header("Subject", value);
  auto lines = lines_of(folded);
  CHECK(lines.size() > 1);
  for (std::size_t i = 0; i < lines.size(); ++i) {
    CHECK(lines[i].size() <= 78);
    if (i > 0) CHECK(lines[i].front() == ' ');
  }
  // Unfolding (removing CRLF) gives the header back.
  std::string unfolded;
  for (const std::string& line : lines) unfolded += line;
  CHECK(unfolded == "Subject: " + value);
}

TEST_CASE("quoted_printable") {
  CHECK(quoted_printable("plain text\n") == "plain text\r\n");
  CHECK(quoted_printable("Brødrene\nPlåt") == "Br=C3=B8drene\r\nPl=C3=A5t\r\n");
  CHECK(quoted_printable("a=b") == "a=3Db\r\n");
  CHECK(quoted_printable("trailing \nok") == "trailing=20\r\nok\r\n");
  CHECK(quoted_printable("-- \nplift\n") == "--=20\r\nplift\r\n");
  CHECK(quoted_printable(".\n") == "=2E\r\n");
  CHECK(quoted_printable("From here\n") == "=46rom here\r\n");
  CHECK(quoted_printable("\n\n") == "\r\n\r\n");

  std::string long_line;
  for (int i = 0; i < 50; ++i) long_line += "Sjøsatt ";
  std::string encoded = quoted_printable(long_line + "\n");
  for (const std::string& line : lines_of(encoded)) CHECK(line.size() <= 76);
  // The trailing blank is encoded, not dropped.
  CHECK(decode_qp(encoded) == long_line + "\n");
}

TEST_CASE("make_message_id is stable for the same content and changes with it") {
  std::string a = make_message_id("remind.2026-11-16.eva", "body", "plift@produktionslyftet.se");
  CHECK(a == make_message_id("remind.2026-11-16.eva", "body", "plift@produktionslyftet.se"));
  CHECK(a != make_message_id("remind.2026-11-16.eva", "other body", "plift@produktionslyftet.se"));
  CHECK(a.rfind("remind.2026-11-16.eva.", 0) == 0);
  CHECK(a.substr(a.find('@')) == "@produktionslyftet.se");
  CHECK(a.size() == std::string("remind.2026-11-16.eva.").size() + 16 + std::string("@produktionslyftet.se").size());
  CHECK(make_message_id("a b<c>", "x", "no-domain").find("a-b-c-.") == 0);
  CHECK(make_message_id("x", "x", "no-domain").substr(18) == "@localhost");
}

TEST_CASE("format_mail writes headers, a blank line and the quoted-printable body, all with CRLF") {
  std::string mail = format_mail(sample());
  auto lines = lines_of(mail);
  REQUIRE(lines.size() >= 12);
  CHECK(lines[0] == "From: Produktionslyftet <plift@produktionslyftet.se>");
  CHECK(lines[1] == "To: =?UTF-8?Q?=C3=85sa_Str=C3=B6m?= <asa@example.se>");
  CHECK(lines[2].rfind("Subject: =?UTF-8?Q?Produktionslyftet", 0) == 0);
  std::size_t at_date = 3;
  while (lines[at_date].front() == ' ') ++at_date;
  CHECK(lines[at_date] == "Date: Mon, 16 Nov 2026 07:00:00 +0000");
  CHECK(lines[at_date + 1] == "Message-ID: <remind.2026-11-16.asa.0123456789abcdef@produktionslyftet.se>");
  CHECK(lines[at_date + 2] == "MIME-Version: 1.0");
  CHECK(lines[at_date + 3] == "Content-Type: text/plain; charset=UTF-8");
  CHECK(lines[at_date + 4] == "Content-Transfer-Encoding: quoted-printable");
  CHECK(lines[at_date + 5] == "Auto-Submitted: auto-generated");
  CHECK(lines[at_date + 6].empty());
  CHECK(lines[at_date + 7] == "Br=C3=B8drene Midthaug AS och Pl=C3=A5t & Svets AB.");
  for (const std::string& line : lines) {
    CHECK(line.size() <= 78);
    for (char c : line) CHECK(static_cast<unsigned char>(c) < 0x80);
  }
  CHECK(mail.find('\n') == mail.find("\r\n") + 1);
}

TEST_CASE("format_mail lists several recipients and needs at least one") {
  MailMessage m = sample();
  m.to.push_back({"Eva Lind", "eva@example.org"});
  std::string mail = format_mail(m);
  CHECK(mail.find("To: =?UTF-8?Q?=C3=85sa_Str=C3=B6m?= <asa@example.se>, Eva Lind\r\n <eva@example.org>\r\n") !=
        std::string::npos);
  m.to.clear();
  CHECK_THROWS(format_mail(m));
}
