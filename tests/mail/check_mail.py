#!/usr/bin/env python3
"""Checks e-mail messages from `plift remind --format mail` with Python's own
e-mail parser, the way a mail transfer agent and a mail client would read them.

    check_mail.py [--expect TEXT]... [--to ADDRESS] FILE...   ('-' reads stdin)

Each message must parse without defects; have From, To, Subject, Date and
Message-ID; be 7-bit ASCII with CRLF line ends and header lines of at most
78 characters; be text/plain in UTF-8. Every --expect text (e.g. a company
name with Nordic letters) must appear intact in the decoded Subject or body of
at least one message. Prints one summary line per message; exits 1 on any
problem.
"""

import argparse
import email
import email.policy
import email.utils
import re
import sys


def problems_of(raw: bytes) -> tuple[list[str], list[str], str, str, str]:
    problems = []
    try:
        raw.decode("ascii")
    except UnicodeDecodeError:
        problems.append("not 7-bit ASCII")
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        problems.append("a line does not end in CRLF")
    head, _, _ = raw.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n"):
        if len(line) > 78:
            problems.append(f"header line longer than 78 characters: {line[:40]!r}…")
    for line in raw.split(b"\r\n"):
        if len(line) > 998:
            problems.append("a line longer than 998 characters")

    message = email.message_from_bytes(raw, policy=email.policy.default)
    if message.defects:
        problems.append(f"defects: {message.defects}")
    for name in ("From", "To", "Subject", "Date", "Message-ID"):
        if message[name] is None:
            problems.append(f"no {name} header")
        elif len(message.get_all(name)) != 1:
            problems.append(f"more than one {name} header")
    for name, value in message.items():
        if getattr(value, "defects", None):
            problems.append(f"{name}: defects {value.defects}")
    if message["MIME-Version"] != "1.0":
        problems.append("MIME-Version is not 1.0")
    if message.get_content_type() != "text/plain" or message.get_content_charset() != "utf-8":
        problems.append(f"Content-Type is {message['Content-Type']}, not text/plain; charset=UTF-8")
    if message["Date"] is not None and email.utils.parsedate_to_datetime(str(message["Date"])) is None:
        problems.append("Date does not parse")
    if message["Message-ID"] is not None and not re.fullmatch(r"<[^<>@\s]+@[^<>@\s]+>", str(message["Message-ID"])):
        problems.append(f"Message-ID is malformed: {message['Message-ID']}")
    to = ""
    to_addresses = []
    if message["To"] is not None:
        addresses = message["To"].addresses
        if not addresses:
            problems.append("To holds no address")
        to_addresses = [a.addr_spec for a in addresses]
        to = ", ".join(f"{a.display_name} <{a.addr_spec}>" if a.display_name else a.addr_spec for a in addresses)
    subject = str(message["Subject"] or "")
    body = ""
    try:
        body = message.get_content()
    except (LookupError, UnicodeDecodeError) as error:
        problems.append(f"body does not decode: {error}")
    if "\ufffd" in subject + body:
        problems.append("a replacement character: some UTF-8 did not survive")
    return problems, to_addresses, to, subject, body


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--expect", action="append", default=[], help="text that must arrive intact")
    parser.add_argument("--to", help="the address every message must be sent to")
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()

    failed = False
    decoded = []
    for name in args.files:
        raw = sys.stdin.buffer.read() if name == "-" else open(name, "rb").read()
        shown = "stdin" if name == "-" else name
        problems, to_addresses, to, subject, body = problems_of(raw)
        if args.to and args.to not in to_addresses:
            problems.append(f"To is {to}, not {args.to}")
        decoded.append(subject + "\n" + body)
        lines = len(body.splitlines())
        if problems:
            failed = True
            for problem in problems:
                print(f"{shown}: {problem}")
        else:
            print(f"{shown}: ok: To {to}; Subject {subject}; {lines} body lines")
    for text in args.expect:
        if not any(text in message for message in decoded):
            failed = True
            print(f"not found intact: {text}")
    if args.expect and not failed:
        print(f"intact: {', '.join(args.expect)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
