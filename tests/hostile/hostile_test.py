#!/usr/bin/env python3
"""Hostile input through every path plift reads, and what plift writes from it.

Every input path — the command line (every command's free text, keys,
numbers and dates), the TOML config, `plift import` of CSV, NDJSON and JSON
arrays for every entity, and `plift batch` lines — is fed SQL metacharacters,
markup, spreadsheet formula prefixes, control characters and NUL, invalid
UTF-8, very long values, huge and odd numbers, and dates far in the past and
future. Each value must EITHER be refused with a clear error (the message
names the option, column or file:line; the exit status is the documented one;
`sqlite3 plift.db .dump` is byte-identical afterwards) OR be stored and shown
faithfully (read back through --format json, compared exactly).

The text policy this test holds plift to (include/plift/core/text.hpp):
  * every text is UTF-8: invalid bytes, overlong forms, surrogates are refused
    (exit 64 on the command line and in a batch line's words — a batch exits
    65 naming FILE:LINE — and 65 naming FILE:LINE and the column in an import);
  * no control characters — C0 (NUL..US), DEL, C1 (U+0080..U+009F) — in any
    text, except that free text (notes and reasons) may hold tab, LF and CR;
    names, titles, keys, places and every other value are one line;
  * everything else is data and kept exactly as typed: quotes, SQL, markup,
    formula prefixes, leading and trailing spaces, 100 kB values — but a
    person's name (course participant, steering member) is kept normalized:
    no blanks around it, each run of blanks inside it one space;
  * corrections (edit ID, remove ID, company remove) take the same texts by
    the same policy, refuse an id that is not a whole number (64) or names no
    record (1), and refuse an edit that breaks a rule with 1 or 64, the
    database byte-identical afterwards.
Output: table, text, md and mail never pass a control character through (an
older database may hold one: such rows are planted with sqlite3 directly);
HTML escapes every data text; md tables keep their columns; CSV guards
formulas with a leading ' that import takes off again; every file plift
writes is private to its owner (mode & 0o077 == 0).

Usage: hostile_test.py --plift BINARY [--keep] [-v]
"""
import argparse
import csv
import datetime
import email.parser
import email.policy
import io
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time

TODAY = "2026-11-16"
NOW = "2026-11-16T09:00:00Z"

# ---------------------------------------------------------------------------
# The hostile values.

SQL = [
    "'; DROP TABLE company; --",
    '" OR 1=1 --',
    "100% _done_ %",
    "back\\slash\\",
    "O'Brien \"Bosse\"",
]
MARKUP = [
    "<script>alert(1)</script>",
    "</td></tr><tr><td>x",
    "&amp; &lt;b&gt;",
    "]]><![CDATA[",
    "a | b | *bold* `code` [x](y)",
    "<img src=x onerror=alert(1)>",
]
FORMULA = [
    "=1+2",
    "+1+2",
    "-1+2",
    "@SUM(A1:A2)",
    "=cmd|' /C calc'!A0",
]
UNICODE = [
    "Brødrene Ålund & Æbleø AS",
    "日本語 🎉 e\u0301",
    "zero\u200bwidth \u202eright-to-left",
    "  leading and trailing  ",
]
LINE_BREAKS = ["a\nb", "a\rb", "a\r\nb", "a\tb", "\t=1+2", "\r=1+2"]
CONTROLS = ["a\x01b", "a\x1b[31mred\x1b[0m", "a\x7fb", "a\u0085b", "a\u009b31mb", "a\x08\x08\x08b"]
INVALID_UTF8 = [b"a\xffb", b"\xc0\xaf", b"a\xe2\x82", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"caf\xe9"]
LONG = ["L" * 100_000]

TEXT_VALUES = [v.encode() for v in SQL + MARKUP + FORMULA + UNICODE + LINE_BREAKS + CONTROLS + LONG] + INVALID_UTF8

INVALID_DATES = ["1900-02-29", "2100-02-29", "10000-01-01", "2026-13-01", "2026-02-30", "", " 2026-01-01",
                 "2026-01-01 ", "2026-1-1", "20260101", "2026-00-10", "2026-W54", "0x7EA-01-01", "٢٠٢٦-٠١-٠١",
                 "2026-01-01'; DROP TABLE company; --"]
EXTREME_DATES = ["0001-01-01", "0000-01-01", "9999-12-31", "9999-W52-7"]


def text_verdict(value: bytes, free_text: bool) -> str:
    """'store' or 'refuse', by the policy in the module docstring."""
    try:
        text = value.decode("utf-8")  # strict: overlong forms and surrogates fail
    except UnicodeDecodeError:
        return "refuse"
    for ch in text:
        code = ord(ch)
        if code < 0x20 or code == 0x7F or 0x80 <= code <= 0x9F:
            if free_text and ch in "\t\n\r":
                continue
            return "refuse"
    return "store"


def person_name(text: str) -> str:
    """A person's name as plift keeps it: no blanks around it, each run inside one space (core/text.hpp)."""
    return " ".join(re.split(r"[ \t\n\r]+", text.strip(" \t\n\r"))) if text.strip(" \t\n\r") else ""


def short(value, limit=40) -> str:
    text = repr(value)
    return text if len(text) <= limit else text[:limit] + "…"


CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b-\x1f\x7f]|\xc2[\x80-\x9f]")


class Tester:
    def __init__(self, plift, top, verbose):
        self.plift = plift
        self.top = top
        self.verbose = verbose
        self.checks = 0
        self.failures = []
        self.runs = 0
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("PLIFT_")}
        self.env.pop("XDG_CONFIG_HOME", None)
        self.env.update(PLIFT_TODAY=TODAY, PLIFT_NOW=NOW, USER="coordinator", LOGNAME="coordinator",
                        NO_COLOR="1", LC_ALL="C.UTF-8", TZ="UTC", HOME=top)

    def check(self, condition, name, message=""):
        """Counts one check under a stable name ("cli.pulse.log.note[3:…].status")."""
        self.checks += 1
        if condition:
            return True
        self.failures.append(f"{name}: {message}")
        if self.verbose:
            print(f"FAIL {name}: {message}", flush=True)
        return False

    def run(self, folder, args, stdin=None, env=None):
        self.runs += 1
        full_env = dict(self.env, **(env or {}))
        words = [a if isinstance(a, bytes) else str(a).encode() for a in args]
        return subprocess.run([self.plift.encode(), *words], cwd=folder, env=full_env, input=stdin,
                              capture_output=True, timeout=120)

    # -- shared assertions ---------------------------------------------------

    def clean_stream(self, data: bytes, name, what):
        """No control character but a line end reaches the terminal, and it is UTF-8."""
        bad = CONTROL_BYTES.search(data)
        self.check(bad is None, f"{name}.{what}-clean", f"{what} holds control byte {bad.group(0)!r} near "
                   f"{data[max(0, bad.start() - 30):bad.end() + 10]!r}" if bad else "")
        try:
            data.decode("utf-8")
            ok = True
        except UnicodeDecodeError as e:
            ok = False
            detail = str(e)
        self.check(ok, f"{name}.{what}-utf8", f"{what} is not UTF-8: {detail if not ok else ''}")

    def refused(self, ws, args, name, codes, mentions=(), stdin=None, env=None):
        """The command is refused with one of `codes`, a message naming `mentions`, and nothing changes."""
        before = ws.dump()
        result = self.run(ws.folder, args, stdin=stdin, env=env)
        after = ws.dump()
        err = result.stderr.decode("utf-8", "replace")
        self.check(result.returncode in codes, f"{name}.status",
                   f"exit {result.returncode}, not {codes}: {err.strip()[:300]}")
        self.check(err.startswith("plift: error: "), f"{name}.message", f"no 'plift: error:' message: {err[:300]!r}")
        for mention in mentions:
            self.check(mention in err, f"{name}.names-{mention}", f"the message does not name {mention!r}: {err[:300]!r}")
        self.check(after == before, f"{name}.unchanged", "the database changed")
        self.clean_stream(result.stderr, name, "stderr")
        return result

    def succeeded(self, ws, args, name, stdin=None, env=None):
        result = self.run(ws.folder, args, stdin=stdin, env=env)
        self.check(result.returncode == 0, f"{name}.status",
                   f"exit {result.returncode}: {result.stderr.decode('utf-8', 'replace').strip()[:300]}")
        return result

    def json_of(self, ws, args, name):
        result = self.run(ws.folder, [*args, "--format", "json"])
        if not self.check(result.returncode == 0, f"{name}.readback",
                          f"{' '.join(map(str, args))}: exit {result.returncode}: {result.stderr[:300]!r}"):
            return None
        try:
            return json.loads(result.stdout)
        except ValueError as e:
            self.check(False, f"{name}.readback-json", f"not JSON: {e}")
            return None

    def readable(self, ws, name):
        """The database can still be read in full (nothing stored that plift cannot read back)."""
        for args in (["company", "list"], ["phase", "status"], ["export"]):
            result = self.run(ws.folder, [*args, "--format", "json"] if args != ["export"] else args)
            self.check(result.returncode == 0, f"{name}.readable",
                       f"plift {' '.join(args)}: exit {result.returncode}: {result.stderr[:300]!r}")


class Workspace:
    """A folder with a config, a database and a small programme."""

    def __init__(self, t: Tester, name, config=None, base=True):
        self.t = t
        self.folder = os.path.join(t.top, name)
        os.mkdir(self.folder)
        self.db = os.path.join(self.folder, "plift.db")
        if config is not None:
            with open(os.path.join(self.folder, "plift.toml"), "w", encoding="utf-8") as f:
                f.write(config)
        result = t.run(self.folder, ["init", "-q"])
        if result.returncode != 0:
            sys.exit(f"plift init failed in {name}: {result.stderr!r}")
        if base:
            for args in (["coach", "add", "anna", "--name", "Anna Berg", "--org", "RISE", "--email", "anna@example.se"],
                         ["company", "add", "Acme AB", "--key", "acme", "--region", "Syd", "--sector", "metal",
                          "--employees", "40", "--start", "2026-01-05", "--coach", "anna"],
                         ["gathering", "add", "g-sem", "--title", "Seminar", "--date", "2026-03-02", "--kind", "seminar"],
                         ["gathering", "add", "g-joint", "--title", "Joint", "--date", "2026-03-09"]):
                result = t.run(self.folder, [*args, "-q"])
                if result.returncode != 0:
                    sys.exit(f"setup {args} failed: {result.stderr!r}")

    def dump(self) -> bytes:
        return subprocess.run(["sqlite3", self.db, ".dump"], capture_output=True, check=True).stdout

    def path(self, name):
        return os.path.join(self.folder, name)

    def write(self, name, data: bytes):
        with open(self.path(name), "wb") as f:
            f.write(data)
        return name


def day(n):
    """A distinct day within acme's journey for the n-th value (2026-01-05 + n)."""
    return (datetime.date(2026, 1, 5) + datetime.timedelta(days=n % 300)).isoformat()


# ---------------------------------------------------------------------------
# 1. Free text and names on the command line.

def find(items, **where):
    for item in items or []:
        if all(item.get(k) == v for k, v in where.items()):
            return item
    return None


def cli_text_fields():
    """(name, free_text, setup(ws, i) -> None, args(i, value) -> argv, readback(ws, i) -> stored text)."""
    def company_show(ws, key):
        return ws.t.json_of(ws, ["company", "show", key], f"readback {key}") or {}

    fields = [
        ("company.add.name", False, None,
         lambda i, v: ["company", "add", "--key", f"k{i}", "--region", "Syd", "--sector", "s", "--employees", "5",
                       "--start", "2026-01-05", "--", v],
         lambda ws, i: company_show(ws, f"k{i}").get("name"), "name"),
        ("company.add.sector", False, None,
         lambda i, v: ["company", "add", f"S{i}", "--key", f"k{i}", "--region", "Syd", b"--sector=" + v,
                       "--employees", "5", "--start", "2026-01-05"],
         lambda ws, i: company_show(ws, f"k{i}").get("sector"), "--sector"),
        ("company.add.org-number", False, None,
         lambda i, v: ["company", "add", f"O{i}", "--key", f"k{i}", "--region", "Syd", "--sector", "s",
                       "--employees", "5", "--start", "2026-01-05", b"--org-number=" + v],
         lambda ws, i: company_show(ws, f"k{i}").get("org_number"), "--org-number"),
        ("company.add.region", False, None,
         lambda i, v: ["company", "add", f"R{i}", "--key", f"k{i}", b"--region=" + v, "--sector", "s",
                       "--employees", "5", "--start", "2026-01-05"],
         lambda ws, i: company_show(ws, f"k{i}").get("region"), "--region"),
        ("company.edit.name", False, None,
         lambda i, v: ["company", "edit", "acme", b"--name=" + v],
         lambda ws, i: company_show(ws, "acme").get("name"), "--name"),
        ("company.withdraw.reason", True,
         lambda ws, i: ws.t.run(ws.folder, ["company", "add", f"W{i}", "--key", f"w{i}", "--region", "Syd",
                                            "--sector", "s", "--employees", "5", "--start", "2026-01-05", "-q"]),
         lambda i, v: ["company", "withdraw", f"w{i}", "--date", "2026-06-01", b"--reason=" + v],
         lambda ws, i: company_show(ws, f"w{i}").get("withdraw_reason"), "--reason"),
        ("phase.advance.reason", True,
         lambda ws, i: ws.t.run(ws.folder, ["company", "add", f"P{i}", "--key", f"p{i}", "--region", "Syd",
                                            "--sector", "s", "--employees", "5", "--start", "2026-01-05", "-q"]),
         lambda i, v: ["phase", "advance", f"p{i}", "--date", "2026-03-02", "--force", b"--reason=" + v],
         lambda ws, i: (company_show(ws, f"p{i}").get("phases") or [{}])[0].get("forced_reason"), "--reason"),
        ("check.ack.reason", True, None,
         lambda i, v: ["check", "ack", "acme", "pulse-gap", b"--reason=" + v],
         lambda ws, i: (find((ws.t.json_of(ws, ["report", "company", "acme"], "report company") or {})
                             .get("acknowledged_findings"), rule="pulse-gap") or {}).get("reason"), "--reason"),
        ("coach.add.name", False, None,
         lambda i, v: ["coach", "add", f"c{i}", b"--name=" + v, "--org", "RISE"],
         lambda ws, i: (find(ws.t.json_of(ws, ["coach", "list"], "coach list"), key=f"c{i}") or {}).get("name"),
         "--name"),
        ("coach.add.org", False, None,
         lambda i, v: ["coach", "add", f"c{i}", "--name", "N", b"--org=" + v],
         lambda ws, i: (find(ws.t.json_of(ws, ["coach", "list"], "coach list"), key=f"c{i}") or {}).get("organisation"),
         "--org"),
        ("coach.edit.name", False, None,
         lambda i, v: ["coach", "edit", "anna", b"--name=" + v],
         lambda ws, i: (find(ws.t.json_of(ws, ["coach", "list"], "coach list"), key="anna") or {}).get("name"),
         "--name"),
        ("pulse.log.note", True, None,
         lambda i, v: ["pulse", "log", "acme", "--status", "yellow", "--date", day(i), b"--note=" + v],
         lambda ws, i: (find(ws.t.json_of(ws, ["pulse", "list", "acme"], "pulse list"), date=day(i)) or {}).get("note"),
         "--note"),
        ("visit.log.note", True, None,
         lambda i, v: ["visit", "log", "acme", "--date", day(i), b"--note=" + v],
         lambda ws, i: (find(ws.t.json_of(ws, ["visit", "list", "acme"], "visit list"), date=day(i)) or {}).get("note"),
         "--note"),
        ("training.enroll.person", False, None,
         lambda i, v: ["training", "enroll", "acme", b"--person=" + v, "--date", "2026-02-01"],
         lambda ws, i: ws.last_value, "--person"),
        ("steering.add.person", False, None,
         lambda i, v: ["steering", "add", "acme", b"--person=" + v, "--role", "employee"],
         lambda ws, i: ws.last_value, "--person"),
        ("gathering.add.title", False, None,
         lambda i, v: ["gathering", "add", f"gt{i}", b"--title=" + v, "--date", "2026-04-01"],
         lambda ws, i: (ws.t.json_of(ws, ["gathering", "show", f"gt{i}"], "gathering show") or {}).get("title"),
         "--title"),
        ("gathering.add.location", False, None,
         lambda i, v: ["gathering", "add", f"gt{i}", "--title", "T", "--date", "2026-04-01", b"--location=" + v],
         lambda ws, i: (ws.t.json_of(ws, ["gathering", "show", f"gt{i}"], "gathering show") or {}).get("location"),
         "--location"),
        ("gathering.attend.guest", False, None,
         lambda i, v: ["gathering", "attend", "--people", "2", "--", "g-sem", v],
         lambda ws, i: ws.last_value, "company"),
    ]
    return fields


def person_listed(ws, field, value):
    """Whether the participant or member `value` is listed for acme."""
    if field.startswith("training"):
        items = ws.t.json_of(ws, ["training", "list", "acme"], "training list") or []
        return value if any(p.get("person") == value for p in items) else None
    if field.startswith("steering"):
        items = ws.t.json_of(ws, ["steering", "list", "acme"], "steering list") or []
        return value if any(p.get("person") == value for p in items) else None
    shown = ws.t.json_of(ws, ["gathering", "show", "g-sem"], "gathering show") or {}
    return value if any(a.get("guest") == value for a in shown.get("attendance", [])) else None


def test_cli_text(t: Tester):
    for field, free_text, setup, make_args, readback, option in cli_text_fields():
        ws = Workspace(t, f"cli-{field}")
        for i, value in enumerate(TEXT_VALUES):
            name = f"cli.{field}[{i}:{short(value, 24)}]"
            verdict = text_verdict(value, free_text)
            if setup:
                setup(ws, i)
            args = make_args(i, value)
            if verdict == "refuse":
                t.refused(ws, args, name, (64,), mentions=(option,))
                continue
            result = t.succeeded(ws, args, name)
            t.clean_stream(result.stdout, name, "stdout")
            expected = value.decode()
            if field.startswith("gathering."):
                expected = expected.strip(" \t")  # gathering titles, places and guests lose surrounding blanks
            if field.endswith(".person"):
                expected = person_name(expected)  # a person's name is kept normalized
            if field.startswith(("training", "steering", "gathering.attend")):
                ws.last_value = person_listed(ws, field, expected)
            stored = readback(ws, i)
            t.check(stored == expected, f"{name}.faithful", f"stored {short(stored)} for {short(expected)}")
        # A blank name or reason is a slip, not a name; a blank note or place is just that.
        if field not in ("company.add.org-number", "company.add.region", "gathering.add.location",
                         "pulse.log.note", "visit.log.note"):
            if setup:
                setup(ws, 900)
            t.refused(ws, make_args(900, b"   "), f"cli.{field}.blank", (64,))
        t.readable(ws, f"cli.{field}")


# (Arguments cannot carry NUL: that comes through batch files and imports.)
HOSTILE_KEYS = [b"'; DROP TABLE company; --", b"<script>", b"=1+2", b"a\x1b[2Jb", b"a\nb", b"a\xffb", b"ACME",
                b" acme", b"acme ", b"x" * 100_000, b"../etc/passwd", b"acme%", b"acm_"]


def test_cli_keys(t: Tester):
    """Keys and other names of things that exist: a hostile one is refused, never stored or echoed raw."""
    ws = Workspace(t, "cli-keys")
    for i, key in enumerate(HOSTILE_KEYS):
        n = f"[{i}:{short(key, 20)}]"
        t.refused(ws, ["company", "add", "X", b"--key=" + key, "--region", "Syd", "--sector", "s", "--employees", "5",
                       "--start", "2026-01-05"], f"cli.key.company-add{n}", (64,), mentions=("--key",))
        t.refused(ws, ["coach", "add", "--name", "N", "--org", "O", "--", key], f"cli.key.coach-add{n}", (64,))
        t.refused(ws, ["gathering", "add", "--title", "T", "--date", "2026-04-01", "--", key],
                  f"cli.key.gathering-add{n}", (64,))
        for args in (["company", "show", "--", key], ["pulse", "log", "--status", "green", "--", key],
                     ["kpi", "record", "acme", "--", key, "12"], ["phase", "check", "acme", "--", key],
                     ["assess", "acme", "--", key + b"=3"], ["visit", "log", "acme", b"--coach=" + key],
                     ["company", "list", b"--coach=" + key], ["remind", b"--company=" + key],
                     ["gathering", "attend", "--", key, "acme"], ["report", "company", "--", key],
                     ["calendar", "--", key], ["import", key, "-"], ["export", "--", key],
                     ["check", b"--rule=" + key], ["training", "list", b"--status=" + key],
                     ["pulse", "log", "acme", b"--status=" + key], ["visit", "log", "acme", b"--mode=" + key],
                     ["steering", "add", "acme", "--person", "P", b"--role=" + key],
                     ["--format", key, "company", "list"], ["init", b"--template=" + key],
                     ["report", "quarterly", b"--lang=" + key], ["remind", b"--kind=" + key]):
            what = " ".join(a for a in args[:2] if isinstance(a, str))
            t.refused(ws, args, f"cli.key.{what}{n}", (1, 64), stdin=b"")
    # A key derived from a 100 kB name is still a key: at most 64 characters.
    long_name = "Långa Namnet AB " * 6000
    result = t.succeeded(ws, ["company", "add", "--region", "Syd", "--sector", "s", "--employees", "5", "--start",
                              "2026-01-05", "--", long_name], "cli.key.derived-long")
    key = result.stdout.decode().strip()
    t.check(0 < len(key) <= 64 and re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", key) is not None, "cli.key.derived-long.key",
            f"derived key {short(key)} ({len(key)} characters)")
    shown = t.json_of(ws, ["company", "show", key], "cli.key.derived-long") or {}
    t.check(shown.get("name") == long_name, "cli.key.derived-long.faithful", "the long name was not kept")
    t.readable(ws, "cli.keys")


# ---------------------------------------------------------------------------
# 1b. Corrections: edit ID and remove ID of every journey record, company remove.

HOSTILE_IDS = ["0", "-1", "1e3", "0x10", "99999999999999999999", "9223372036854775808", "", "1 ", " 1", "1.0",
               "１", "١", "1\u200b", "1; DROP TABLE pulse; --", "1 OR 1=1", "1\x1b[2J", "%d", "99999999"]


def correction_records(ws):
    """Two records of each kind for acme; {kind: [id, id]} as the listings show them."""
    t = ws.t
    for args in (["pulse", "log", "acme", "--status", "green", "--date", "2026-02-02", "--note", "p1"],
                 ["pulse", "log", "acme", "--status", "red", "--date", "2026-02-09", "--note", "p2"],
                 ["visit", "log", "acme", "--date", "2026-02-03", "--note", "v1"],
                 ["visit", "log", "acme", "--date", "2026-02-10", "--note", "v2"],
                 ["training", "enroll", "acme", "--person", "Eva Lind", "--date", "2026-02-10"],
                 ["training", "enroll", "acme", "--person", "Bo Ek", "--date", "2026-02-11"],
                 ["steering", "add", "acme", "--person", "Eva Lind", "--role", "union"],
                 ["steering", "add", "acme", "--person", "Bo Ek", "--role", "management"],
                 ["gathering", "attend", "g-sem", "acme", "--people", "2"],
                 ["gathering", "attend", "g-joint", "acme", "--people", "3"],
                 ["kpi", "record", "acme", "scrap", "3", "--date", "2026-02-02"],
                 ["kpi", "record", "acme", "scrap", "4", "--date", "2026-03-02"],
                 ["assess", "acme", "--date", "2026-03-03", *DEFAULT_SCORES],
                 ["assess", "acme", "--date", "2026-06-03", *DEFAULT_SCORES]):
        result = t.run(ws.folder, [*args, "-q"])
        if result.returncode != 0:
            sys.exit(f"setup {args} failed: {result.stderr!r}")
    listings = {"pulse": ["pulse", "list", "acme"], "visit": ["visit", "list", "acme"],
                "training": ["training", "list", "acme"], "steering": ["steering", "list", "acme"],
                "kpi": ["kpi", "history", "acme", "scrap"], "assess": ["assess", "list"]}
    ids = {kind: sorted(r["id"] for r in t.json_of(ws, args, f"corrections.setup.{kind}") or [])
           for kind, args in listings.items()}
    ids["attendance"] = sorted(a["id"] for gathering in ("g-sem", "g-joint")
                               for a in (t.json_of(ws, ["gathering", "show", gathering], "corrections.setup") or {})
                               .get("attendance", []))
    for kind, found in ids.items():
        if len(found) != 2:
            sys.exit(f"setup: {kind} listed ids {found}, not two")
    return ids


def record_of(ws, kind, record_id):
    """The record with `record_id`, as its listing shows it (--format json)."""
    listing = {"pulse": ["pulse", "list", "acme"], "visit": ["visit", "list", "acme"],
               "training": ["training", "list", "acme"], "steering": ["steering", "list", "acme"],
               "kpi": ["kpi", "history", "acme"]}[kind]
    return find(ws.t.json_of(ws, listing, f"readback {kind}"), id=record_id) or {}


def test_corrections(t: Tester):
    ws = Workspace(t, "corrections")
    ids = correction_records(ws)
    # Keys of things that must exist, and names to remove by: hostile ones are refused.
    for i, key in enumerate(HOSTILE_KEYS):
        n = f"[{i}:{short(key, 20)}]"
        t.refused(ws, ["visit", "edit", b"--coach=" + key, "--", str(ids["visit"][0])], f"cli.visit.edit.coach{n}", (1, 64))
        t.refused(ws, ["visit", "edit", b"--mode=" + key, "--", str(ids["visit"][0])], f"cli.visit.edit.mode{n}", (1, 64))
        t.refused(ws, ["kpi", "edit", b"--kpi=" + key, "--", str(ids["kpi"][0])], f"cli.kpi.edit.kpi{n}", (1, 64))
        t.refused(ws, ["pulse", "edit", b"--status=" + key, "--", str(ids["pulse"][0])], f"cli.pulse.edit.status{n}",
                  (1, 64))
        t.refused(ws, ["training", "edit", b"--role=" + key, "--", str(ids["training"][0])],
                  f"cli.training.edit.role{n}", (1, 64))
        t.refused(ws, ["steering", "edit", b"--role=" + key, "--", str(ids["steering"][0])],
                  f"cli.steering.edit.role{n}", (1, 64))
        t.refused(ws, ["assess", "edit", "--", str(ids["assess"][0]), key + b"=3"], f"cli.assess.edit.dimension{n}",
                  (1, 64))
        t.refused(ws, ["steering", "remove", b"--person=" + key, "--", "acme"], f"cli.steering.remove.person{n}", (1, 64))
        t.refused(ws, ["steering", "remove", "--person", "Bo Ek", "--", key], f"cli.steering.remove.company{n}", (1, 64))
        t.refused(ws, ["company", "remove", "--", key], f"cli.company.remove{n}", (1, 64))
        t.refused(ws, ["company", "remove", "--with-records", "--", key], f"cli.company.remove-with-records{n}", (1, 64))
    # Hostile ids: every edit and remove refuses them (64, or 1 for a number no record has).
    commands = {
        "pulse.edit": (["pulse", "edit", "--note", "x"], "pulse"),
        "visit.edit": (["visit", "edit", "--note", "x"], "visit"),
        "training.edit": (["training", "edit", "--role", "manager"], "training"),
        "steering.edit": (["steering", "edit", "--role", "employee"], "steering"),
        "kpi.edit": (["kpi", "edit", "--value", "5"], "kpi"),
        "gathering.edit-attendance": (["gathering", "edit-attendance", "--people", "4"], "attendance"),
        "pulse.remove": (["pulse", "remove"], "pulse"), "visit.remove": (["visit", "remove"], "visit"),
        "training.remove": (["training", "remove"], "training"), "kpi.remove": (["kpi", "remove"], "kpi"),
        "assess.remove": (["assess", "remove"], "assess"), "steering.remove": (["steering", "remove"], "steering"),
        "gathering.remove-attendance": (["gathering", "remove-attendance"], "attendance"),
    }
    for label, (words, kind) in commands.items():
        for record_id in HOSTILE_IDS:
            t.refused(ws, [*words, "--", record_id], f"cli.{label}.id[{record_id!r}]", (1, 64))
        t.refused(ws, [*words, "--", "99999999"], f"cli.{label}.unknown-id", (1,), mentions=("99999999",))
    for record_id in HOSTILE_IDS:
        t.refused(ws, ["assess", "edit", "--", record_id, "flow=4"], f"cli.assess.edit.id[{record_id!r}]", (1, 64))
    # An edit that breaks a rule: refused, the database byte for byte as it was.
    p1, p2 = ids["pulse"]
    v1, _ = ids["visit"]
    t1, t2 = ids["training"]
    s1, s2 = ids["steering"]
    k1, k2 = ids["kpi"]
    a1, a2 = ids["assess"]
    g1, _ = ids["attendance"]
    breaking = {
        "pulse.future": ["pulse", "edit", p1, "--date", "2026-11-17"],
        "pulse.before-start": ["pulse", "edit", p1, "--date", "2026-01-04"],
        "pulse.same-day": ["pulse", "edit", p1, "--date", "2026-02-09"],
        "pulse.status": ["pulse", "edit", p1, "--status", "purple"],
        "pulse.nothing": ["pulse", "edit", p1],
        "visit.future": ["visit", "edit", v1, "--date", "2027-01-01"],
        "visit.before-start": ["visit", "edit", v1, "--date", "2025-12-31"],
        "visit.coach": ["visit", "edit", v1, "--coach", "nobody"],
        "visit.mode": ["visit", "edit", v1, "--mode", "teleport"],
        "training.duplicate-case": ["training", "edit", t2, "--person", "eva lind"],
        "training.duplicate-blanks": ["training", "edit", t2, "--person", " Eva   Lind "],
        "training.duplicate-both": ["training", "edit", t2, "--person", "EVA  lind"],
        "training.completed-before-enrolled": ["training", "edit", t1, "--completed", "2026-02-09"],
        "training.dropped-before-enrolled": ["training", "edit", t1, "--dropped", "2026-02-09"],
        "training.enrolled-after-completed": ["training", "edit", t1, "--completed", "2026-03-01", "--enrolled",
                                              "2026-03-02"],
        "training.enrolled-future": ["training", "edit", t1, "--enrolled", "2026-11-17"],
        "training.enrolled-before-start": ["training", "edit", t1, "--enrolled", "2026-01-04"],
        "training.role": ["training", "edit", t1, "--role", "boss"],
        "steering.duplicate-case": ["steering", "edit", s2, "--person", "EVA LIND"],
        "steering.duplicate-blanks": ["steering", "edit", s2, "--person", "  eva lind  "],
        "steering.role": ["steering", "edit", s1, "--role", "boss"],
        "kpi.unknown": ["kpi", "edit", k1, "--kpi", "no-such-kpi"],
        "kpi.future": ["kpi", "edit", k1, "--date", "2026-11-17"],
        "kpi.before-start": ["kpi", "edit", k1, "--date", "2026-01-04"],
        "kpi.same-day": ["kpi", "edit", k1, "--date", "2026-03-02"],
        "kpi.value": ["kpi", "edit", k1, "--value", "1e400"],
        "kpi.value-nan": ["kpi", "edit", k1, "--value", "NaN"],
        "assess.off-scale-high": ["assess", "edit", a1, "flow=6"],
        "assess.off-scale-low": ["assess", "edit", a1, "flow=0"],
        "assess.not-a-number": ["assess", "edit", a1, "flow=x"],
        "assess.unknown-dimension": ["assess", "edit", a1, "speed=3"],
        "assess.twice": ["assess", "edit", a1, "flow=3", "flow=4"],
        "assess.future": ["assess", "edit", a1, "--date", "2026-11-17"],
        "assess.before-start": ["assess", "edit", a1, "--date", "2026-01-04"],
        "assess.same-day": ["assess", "edit", a1, "--date", "2026-06-03"],
        "attendance.zero": ["gathering", "edit-attendance", g1, "--people", "0"],
        "attendance.negative": ["gathering", "edit-attendance", g1, "--people", "-2"],
        "attendance.huge": ["gathering", "edit-attendance", g1, "--people", "99999999999999999999"],
        "steering.remove-unknown-person": ["steering", "remove", "acme", "--person", "Nobody"],
        "steering.remove-unknown-company": ["steering", "remove", "nobody", "--person", "Bo Ek"],
        "company.remove-with-records": ["company", "remove", "acme"],
        "company.remove-unknown": ["company", "remove", "nobody"],
        "company.remove-unknown-with-records": ["company", "remove", "nobody", "--with-records"],
    }
    for label, args in breaking.items():
        t.refused(ws, [str(a) for a in args], f"rule.{label}", (1, 64))
    # Hostile text in every text an edit takes: refused with 64, or kept exactly.
    fields = [("pulse.edit.note", "pulse", "--note", True), ("visit.edit.note", "visit", "--note", True),
              ("training.edit.person", "training", "--person", False),
              ("steering.edit.person", "steering", "--person", False)]
    for field, kind, option, free_text in fields:
        record_id = ids[kind][0]
        column = option[2:]
        for i, value in enumerate(TEXT_VALUES):
            name = f"cli.{field}[{i}:{short(value, 24)}]"
            args = [kind, "edit", option.encode() + b"=" + value, "--", str(record_id)]
            if text_verdict(value, free_text) == "refuse":
                t.refused(ws, args, name, (64,), mentions=(option,))
                continue
            result = t.succeeded(ws, args, name)
            t.clean_stream(result.stdout, name, "stdout")
            t.clean_stream(result.stderr, name, "stderr")
            expected = value.decode() if free_text else person_name(value.decode())
            stored = record_of(ws, kind, record_id).get(column)
            t.check(stored == expected, f"{name}.faithful", f"stored {short(stored)} for {short(expected)}")
        if not free_text:
            t.refused(ws, [kind, "edit", f"{option}=   ", "--", str(record_id)], f"cli.{field}.blank", (64,))
    # A company with records is kept by 'company remove' without --with-records, and its records with it.
    result = t.run(ws.folder, ["company", "remove", "acme"])
    t.check(result.returncode == 1 and b"--with-records" in result.stderr, "rule.company.remove-names-option",
            f"exit {result.returncode}: {result.stderr[:300]!r}")
    # The records hold hostile text now: removed whole, and brought back whole by its undo.
    exported = t.succeeded(ws, ["export"], "corrections.export").stdout
    result = t.succeeded(ws, ["company", "remove", "acme", "--with-records"], "corrections.company.remove")
    t.clean_stream(result.stdout, "corrections.company.remove", "stdout")
    t.check(t.run(ws.folder, ["company", "show", "acme"]).returncode == 1, "corrections.company.removed",
            "acme is still there after 'company remove acme --with-records'")
    latest = t.json_of(ws, ["log", "--limit", "1"], "corrections.log") or [{}]
    result = t.succeeded(ws, ["undo", str(latest[0].get("id"))], "corrections.company.remove-undo")
    t.clean_stream(result.stdout, "corrections.company.remove-undo", "stdout")
    t.check(t.run(ws.folder, ["export"]).stdout == exported, "corrections.company.remove-undo.same",
            "the export after undoing 'company remove acme --with-records' differs from the one before")
    t.readable(ws, "corrections")


# ---------------------------------------------------------------------------
# 2. Numbers.

HOSTILE_NUMBERS = ["1e400", "99999999999999999999", "-1", "NaN", "nan", "inf", "-inf", "0x10", " 12 ", "12 ", "+5",
                   "", "1.5", "1,5", "12abc", "１２", "0b11", "1_000", "1'000", "--5", "9223372036854775808",
                   "2147483648"]


def test_numbers(t: Tester):
    ws = Workspace(t, "numbers")
    # --employees: a whole number 1..1,000,000; "012" is twelve.
    accepted = {"12": 12, "1": 1, "1000000": 1000000, "012": 12}
    for i, value in enumerate(HOSTILE_NUMBERS + list(accepted) + ["0", "1000001"]):
        name = f"number.employees[{value!r}]"
        args = ["company", "add", f"E{i}", "--key", f"e{i}", "--region", "Syd", "--sector", "s",
                f"--employees={value}", "--start", "2026-01-05"]
        if value in accepted:
            t.succeeded(ws, args, name)
            shown = t.json_of(ws, ["company", "show", f"e{i}"], name) or {}
            t.check(shown.get("employees") == accepted[value], f"{name}.faithful", f"stored {shown.get('employees')}")
        else:
            t.refused(ws, args, name, (64,), mentions=("--employees",))
            t.refused(ws, ["company", "edit", "acme", f"--employees={value}"], f"number.edit-employees[{value!r}]",
                      (64,), mentions=("--employees",))
    # --people at a seminar.
    for i, value in enumerate(HOSTILE_NUMBERS + ["0", "7", "007"]):
        name = f"number.people[{value!r}]"
        args = ["gathering", "attend", "g-sem", f"Guest {i}", f"--people={value}"]
        if value in ("7", "007"):
            t.succeeded(ws, args, name)
            shown = t.json_of(ws, ["gathering", "show", "g-sem"], name) or {}
            got = find(shown.get("attendance"), guest=f"Guest {i}") or {}
            t.check(got.get("people") == 7, f"{name}.faithful", f"stored {got}")
        else:
            t.refused(ws, args, name, (64,), mentions=("--people",))
    # --weeks and --limit only read.
    for value in HOSTILE_NUMBERS + ["0", "105"]:
        t.refused(ws, ["calendar", f"--weeks={value}"], f"number.weeks[{value!r}]", (64,), mentions=("--weeks",))
    for value in HOSTILE_NUMBERS + ["9999999999999999999"]:
        if value == "2147483648":
            continue  # a valid limit
        t.refused(ws, ["log", f"--limit={value}"], f"number.limit[{value!r}]", (64,), mentions=("--limit",))
    result = t.succeeded(ws, ["log", "--limit=010", "--format", "json"], "number.limit-decimal")
    t.check(len(json.loads(result.stdout or b"[]")) == 10, "number.limit-decimal.count", "--limit 010 is not ten")
    # KPI values: decimal numbers kept exactly; anything a double cannot hold exactly is refused.
    kpi_ok = {"12.5": 12.5, "-3": -3, "12,5": 12.5, "-0": 0, ".5": 0.5, "5.": 5, "123456789012345": 123456789012345,
              "0.000000000000001": 1e-15, "+7": 7}
    kpi_bad = ["1e400", "99999999999999999999", "1234567890123456", "NaN", "inf", "-inf", "0x10", " 12 ", "",
               "1e3", "1,000.5", "--5", "12abc", "１２", "1" + "0" * 400, "0." + "0" * 400 + "1"]
    for i, value in enumerate(list(kpi_ok) + kpi_bad):
        name = f"number.kpi[{short(value, 20)}]"
        args = ["kpi", "record", "acme", "scrap", "--date", day(i), "--", value]
        if value in kpi_ok:
            t.succeeded(ws, args, name)
            history = t.json_of(ws, ["kpi", "history", "acme", "scrap"], name)
            got = (find(history, date=day(i)) or {}).get("value")
            t.check(got == kpi_ok[value], f"{name}.faithful", f"stored {got!r} for {value!r}")
        else:
            t.refused(ws, args, name, (64,), mentions=("VALUE",))
    # Assessment scores: whole numbers on the scale.
    dimensions = [score.split("=")[0] for score in DEFAULT_SCORES]
    for value in HOSTILE_NUMBERS + ["0", "6", "3.0", "03 "]:
        scores = [f"{d}=3" for d in dimensions[1:]]
        t.refused(ws, ["assess", "acme", "--date", "2026-03-03", f"{dimensions[0]}={value}", *scores],
                  f"number.score[{value!r}]", (64,), mentions=(dimensions[0],))
    t.succeeded(ws, ["assess", "acme", "--date", "2026-03-03", *[f"{d}=4" for d in dimensions]], "number.score-ok")
    t.readable(ws, "numbers")


# ---------------------------------------------------------------------------
# 3. Dates.

DEFAULT_SCORES = [f"{d}=3" for d in ("leadership", "customer-focus", "flow", "standardised-work", "visual-management",
                                      "continuous-improvement", "employee-involvement")]


def date_commands():
    """(name, option, setup(ws, i), args(i, value)): every option that takes a date."""
    def fresh_company(ws, i, start="2026-01-05"):
        ws.t.run(ws.folder, ["company", "add", f"D{i}", "--key", f"d{i}", "--region", "Syd", "--sector", "s",
                             "--employees", "5", "--start", start, "-q"])

    return [
        ("company.add.start", "--start", None,
         lambda i, v: ["company", "add", f"D{i}", "--key", f"d{i}", "--region", "Syd", "--sector", "s",
                       "--employees", "5", f"--start={v}"]),
        ("company.edit.start", "--start", fresh_company, lambda i, v: ["company", "edit", f"d{i}", f"--start={v}"]),
        ("company.withdraw.date", "--date", fresh_company,
         lambda i, v: ["company", "withdraw", f"d{i}", f"--date={v}", "--reason", "r"]),
        ("phase.check.date", "--date", None, lambda i, v: ["phase", "check", "acme", "challenges", f"--date={v}"]),
        ("phase.advance.date", "--date", fresh_company,
         lambda i, v: ["phase", "advance", f"d{i}", "--force", "--reason", "r", f"--date={v}"]),
        ("pulse.log.date", "--date", None, lambda i, v: ["pulse", "log", "acme", "--status", "red", f"--date={v}"]),
        ("pulse.list.since", "--since", None, lambda i, v: ["pulse", "list", f"--since={v}"]),
        ("pulse.list.until", "--until", None, lambda i, v: ["pulse", "list", f"--until={v}"]),
        ("visit.log.date", "--date", None, lambda i, v: ["visit", "log", "acme", f"--date={v}", "--note", f"v{i}"]),
        ("visit.list.since", "--since", None, lambda i, v: ["visit", "list", f"--since={v}"]),
        ("training.enroll.date", "--date", None,
         lambda i, v: ["training", "enroll", "acme", "--person", f"T{i}", f"--date={v}"]),
        ("training.complete.date", "--date",
         lambda ws, i: ws.t.run(ws.folder, ["training", "enroll", "acme", "--person", f"C{i}", "--date", "2026-02-01", "-q"]),
         lambda i, v: ["training", "complete", "acme", "--person", f"C{i}", f"--date={v}"]),
        ("gathering.add.date", "--date", None, lambda i, v: ["gathering", "add", f"gd{i}", "--title", "T", f"--date={v}"]),
        ("gathering.list.until", "--until", None, lambda i, v: ["gathering", "list", f"--until={v}"]),
        ("kpi.record.date", "--date", None, lambda i, v: ["kpi", "record", "acme", "scrap", "3", f"--date={v}"]),
        ("assess.date", "--date", None, lambda i, v: ["assess", "acme", f"--date={v}", *DEFAULT_SCORES]),
        ("remind.as-of", "--as-of", None, lambda i, v: ["remind", f"--as-of={v}"]),
        ("check.ack.until", "--until", None,
         lambda i, v: ["check", "ack", "acme", "pulse-gap", "--reason", "r", f"--until={v}"]),
        ("global.today", "--today", None, lambda i, v: [f"--today={v}", "company", "list"]),
    ]


def test_acknowledgements(t: Tester):
    """Every refused check ack and unack names what was wrong and leaves the database byte for byte."""
    ws = Workspace(t, "acknowledgements")
    t.succeeded(ws, ["check", "ack", "acme", "visit-overdue", "--reason", "Kept"], "ack.setup")
    hostile_words = [b"pulse-gap\x1b[31m", b"'; DROP TABLE finding_ack; --", "pulse-gap\u202e".encode(),
                     b"../../etc/passwd", b"%s%n", "r\u00e9gle".encode(), b"-" * 300]
    refusals = [
        (["check", "ack", "acmee", "pulse-gap", "--reason", "r"], (1,), ("acmee", "acme")),
        (["check", "ack", "acme", "pulse-gaps", "--reason", "r"], (1,), ("pulse-gaps", "pulse-gap")),
        (["check", "ack", "acme", "training-quota", "--reason", "r"], (1,), ("training-quota",)),
        (["check", "ack", "acme", "pulse-gap", "--reason", "r", "--until", "2026-01-01"], (1,), ("--until",)),
        (["check", "ack", "acme", "pulse-gap", "--reason", ""], (64,), ("--reason",)),
        (["check", "ack", "acme", "pulse-gap"], (64,), ("--reason",)),
        (["check", "--all", "ack", "acme", "pulse-gap", "--reason", "r"], (64,), ("--all",)),
        (["check", "unack", "acme", "pulse-gap"], (1,), ("pulse-gap",)),
        (["check", "unack", "nobody", "visit-overdue"], (1,), ("nobody",)),
    ]
    for word in hostile_words:
        refusals.append((["check", "ack", "acme", word, "--reason", "r"], (1, 64), ()))
        refusals.append((["check", "ack", word, "pulse-gap", "--reason", "r"], (1, 64), ()))
        refusals.append((["check", "unack", "acme", word], (1, 64), ()))
    for i, (args, codes, mentions) in enumerate(refusals):
        words = b" ".join(a if isinstance(a, bytes) else a.encode() for a in args)
        t.refused(ws, args, f"ack.refused[{i}:{short(words, 40)}]", codes, mentions=mentions)
    # Acknowledged in a batch whose last line fails: nothing lands.
    ws.write("acks.plift", b"check ack acme pulse-gap --reason r\ncheck ack acme nothing --reason r\n")
    t.refused(ws, ["batch", "acks.plift"], "ack.batch-all-or-nothing", (65,), mentions=("acks.plift:2", "nothing"))
    t.readable(ws, "ack")


def test_dates(t: Tester):
    ws = Workspace(t, "dates")
    n = 0
    for field, option, setup, make_args in date_commands():
        for value in INVALID_DATES:
            n += 1
            if setup:
                setup(ws, n)
            t.refused(ws, make_args(n, value), f"date.{field}[{value!r}]", (64,), mentions=(option,))
        for value in EXTREME_DATES:
            n += 1
            if setup:
                setup(ws, n)
            name = f"date.{field}[{value!r}]"
            before = ws.dump()
            result = t.run(ws.folder, make_args(n, value))
            t.check(result.returncode in (0, 1, 64), f"{name}.status",
                    f"exit {result.returncode}: {result.stderr[:300]!r}")
            t.clean_stream(result.stderr, name, "stderr")
            if result.returncode != 0:
                t.check(ws.dump() == before, f"{name}.unchanged", "a refused command changed the database")
                t.check(option.encode() in result.stderr or b"date" in result.stderr or b"start" in result.stderr,
                        f"{name}.names", f"the message names neither {option} nor the date: {result.stderr[:300]!r}")
            elif field == "company.add.start":
                shown = t.json_of(ws, ["company", "show", f"d{n}"], name) or {}
                expected = value if "W" not in value else None
                if expected:
                    t.check(shown.get("start") == expected, f"{name}.faithful", f"start shown as {shown.get('start')}")
            t.readable(ws, name)
    # PLIFT_TODAY takes the same forms as --today.
    for value in INVALID_DATES[:6]:
        if value:
            t.refused(ws, ["company", "list"], f"date.PLIFT_TODAY[{value!r}]", (64,), mentions=("PLIFT_TODAY",),
                      env={"PLIFT_TODAY": value})
    # Days relative to the ends of the calendar.
    for today, word in (("9999-12-31", "tomorrow"), ("0000-01-01", "yesterday")):
        t.refused(ws, ["--today", today, "gathering", "add", "gx", "--title", "T", "--date", word],
                  f"date.relative[{today} {word}]", (64,), mentions=("--date",))
    # The far ends of time through every reading command: no crash, nothing unreadable. (Rules walk the
    # weeks from a company's start: 8000 years of them for each of a few dozen companies take a while.)
    ws = Workspace(t, "dates-far")
    for args in (["company", "add", "Old", "--key", "old", "--region", "Syd", "--sector", "s", "--employees", "5",
                  "--start", "0001-01-01"],
                 ["gathering", "add", "last", "--title", "Last", "--date", "9999-12-31"],
                 ["gathering", "add", "first", "--title", "First", "--date", "0000-01-01", "--kind", "seminar"]):
        t.succeeded(ws, args, f"date.far-setup.{args[0]}")
    for today in ("9999-12-31", "9999-12-20", "0001-01-01", "0000-01-01"):
        for args in (["company", "list"], ["phase", "status"], ["check"], ["remind"], ["remind", "--format", "json"],
                     ["calendar"], ["report", "quarterly"], ["report", "company", "acme"], ["gathering", "status"],
                     ["training", "quota"], ["kpi", "list"], ["company", "show", "acme"]):
            name = f"date.today-{today}.{'-'.join(args)}"
            result = t.run(ws.folder, ["--today", today, *args])
            t.check(result.returncode in (0, 1, 64), f"{name}.status",
                    f"exit {result.returncode}: {result.stderr[:300]!r}")
            t.clean_stream(result.stderr, name, "stderr")
            if args == ["calendar"] and result.returncode == 0:
                bad = re.findall(rb"(?:DTSTART|DTEND)[^:]*:(\d{9,})", result.stdout)
                t.check(not bad, f"{name}.ical-dates", f"dates past year 9999 in the calendar: {bad[:3]}")
    # Quarters.
    for value in ["2026Q5", "2026Q0", "10000Q1", "", " 2026Q3", "2026Q3 ", "2026-Q3", "Q3", "2026Q3'; --", "20X6Q1"]:
        t.refused(ws, ["report", "quarterly", f"--quarter={value}"], f"date.quarter[{value!r}]", (64,),
                  mentions=("--quarter",))
    for value in ["0001Q1", "9999Q4", "0000Q1"]:
        result = t.run(ws.folder, ["report", "quarterly", f"--quarter={value}", "--format", "json"])
        t.check(result.returncode in (0, 1, 64), f"date.quarter[{value}].status",
                f"exit {result.returncode}: {result.stderr[:300]!r}")
    t.readable(ws, "dates")


# ---------------------------------------------------------------------------
# 4. Import: CSV, NDJSON and JSON arrays, every entity.

def import_entities():
    """(entity, base row, {column: free_text?} of its text columns, readback(ws, row) -> {column: value})."""
    def company_of(ws, key):
        return ws.t.json_of(ws, ["company", "show", key], "company show") or {}

    return [
        ("coaches", {"key": "ci", "name": "N", "organisation": "O", "email": "c@example.se", "region": "Syd"},
         {"name": False, "organisation": False, "region": False},
         lambda ws, row: find(ws.t.json_of(ws, ["coach", "list"], "coach list"), key=row["key"])),
        ("companies", {"key": "ki", "name": "N", "region": "Syd", "sector": "s", "employees": "5",
                       "start": "2026-01-05", "org_number": "1", "withdrawn": "2026-05-04", "withdraw_reason": "r"},
         {"name": False, "sector": False, "org_number": False, "region": False, "withdraw_reason": True},
         lambda ws, row: company_of(ws, row["key"])),
        ("pulses", {"company": "acme", "date": "2026-02-02", "status": "green", "note": "n"}, {"note": True},
         lambda ws, row: find(ws.t.json_of(ws, ["pulse", "list", "acme"], "pulse list"), date=row["date"])),
        ("visits", {"company": "acme", "date": "2026-02-02", "coach": "anna", "mode": "remote", "note": "n"},
         {"note": True},
         lambda ws, row: find(ws.t.json_of(ws, ["visit", "list", "acme"], "visit list"), date=row["date"])),
        ("training", {"company": "acme", "person": "p", "role": "employee", "enrolled": "2026-02-02"},
         {"person": False},
         lambda ws, row: find(ws.t.json_of(ws, ["training", "list", "acme"], "training list"), person=row["person"])),
        ("steering", {"company": "acme", "person": "p", "role": "union"}, {"person": False},
         lambda ws, row: find(ws.t.json_of(ws, ["steering", "list", "acme"], "steering list"), person=row["person"])),
        ("gatherings", {"key": "gi", "title": "T", "date": "2026-04-01", "location": "L", "kind": "joint"},
         {"title": False, "location": False},
         lambda ws, row: ws.t.json_of(ws, ["gathering", "show", row["key"]], "gathering show")),
        ("attendance", {"gathering": "g-sem", "guest": "G", "people": "2"}, {"guest": False},
         lambda ws, row: find((ws.t.json_of(ws, ["gathering", "show", "g-sem"], "gathering show") or {})
                              .get("attendance"), guest=row["guest"])),
        ("acknowledgements", {"company": "acme", "rule": "pulse-gap", "reason": "r", "acknowledged": "2026-02-02"},
         {"reason": True},
         lambda ws, row: find((ws.t.json_of(ws, ["report", "company", "acme"], "report company") or {})
                              .get("acknowledged_findings"), rule=row["rule"])),
        ("phases", {"company": "ph", "phase": "vision", "started": "2026-01-05", "ended": "2026-03-02",
                    "forced_reason": "r"}, {"forced_reason": True},
         lambda ws, row: (company_of(ws, "ph").get("phases") or [{}])[0]),
    ]


def csv_bytes(row):
    """Every cell quoted: plift's reader trims blanks around unquoted cells, as its manual says."""
    out = io.StringIO(newline="")
    writer = csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL)
    writer.writerow(list(row))
    writer.writerow([v for v in row.values()])
    return out.getvalue().encode("utf-8", "surrogateescape")


def ndjson_bytes(row):
    return json.dumps(row, ensure_ascii=False).encode("utf-8", "surrogateescape") + b"\n"


def json_array_bytes(row):
    return json.dumps([row], ensure_ascii=False).encode("utf-8", "surrogateescape")


FORMATS = [("csv", csv_bytes), ("ndjson", ndjson_bytes), ("json", json_array_bytes)]


def import_values(fmt_name):
    """Every value in CSV; in NDJSON and JSON, which share one reader, those that test its encoding."""
    values = [v for v in TEXT_VALUES if len(v) < 1000] + [b"a\x00b"]
    if fmt_name == "csv":
        return values
    return [b"a\x00b", b"a\x01b", b"a\x1b[31mb", b"a\x7fb", "a\u009bb".encode(), b"a\nb", b"a\tb", b"a\r\nb",
            b"a\xffb", b"\xed\xa0\x80", SQL[0].encode(), MARKUP[0].encode(), FORMULA[0].encode(), UNICODE[1].encode()]


def test_import(t: Tester):
    for entity, base, text_columns, readback in import_entities():
        ws = Workspace(t, f"import-{entity}")
        if entity == "phases":
            t.run(ws.folder, ["company", "add", "Ph", "--key", "ph", "--region", "Syd", "--sector", "s",
                              "--employees", "5", "--start", "2026-01-05", "-q"])
        n = 0
        for column, free_text in text_columns.items():
            for fmt_name, encode in FORMATS:
                for value in import_values(fmt_name):
                    n += 1
                    name = f"import.{entity}.{column}.{fmt_name}[{short(value, 20)}]"
                    text = value.decode("utf-8", "surrogateescape")
                    row = dict(base)
                    row[column] = text
                    for key_column in ("key",):
                        if key_column in row:
                            row[key_column] = f"{row[key_column]}{n}"
                    if "date" in row and entity in ("pulses", "visits"):
                        row["date"] = day(n)
                    if entity == "training" and column != "person":
                        row["person"] = f"p{n}"
                    file = ws.write(f"in{n}.{fmt_name}", encode(row))
                    if fmt_name == "csv" and value.decode("utf-8", "replace").lstrip(" ").startswith(("'",)):
                        continue
                    update = ["--update"] if entity in ("phases", "attendance", "training", "steering",
                                                        "acknowledgements") else []
                    args = ["import", entity, file, *update]
                    # gathering add and attend trim surrounding spaces, after the
                    # text check: a leading tab is refused as in an argument.
                    trimmed = entity in ("gatherings", "attendance")
                    verdict = text_verdict(value.strip(b" ") if trimmed else value, free_text)
                    if verdict == "refuse":
                        t.refused(ws, args, name, (65,), mentions=(f"{file}:",))
                        continue
                    result = t.succeeded(ws, args, name)
                    if result.returncode != 0:
                        continue
                    if fmt_name == "csv":
                        text = text.replace("\r\n", "\n")  # a quoted line break reads as "\n" (io/records.hpp)
                    if trimmed:
                        text = text.strip(" \t")
                    if column == "person":
                        text = person_name(text)  # a person's name is kept normalized
                    stored = readback(ws, dict(row, **{column: text})) or {}
                    t.check(stored.get(column) == text, f"{name}.faithful",
                            f"stored {short(stored.get(column))} for {short(text)}")
        t.readable(ws, f"import.{entity}")


def test_import_values(t: Tester):
    """Numbers, dates, NUL and very long values in files."""
    ws = Workspace(t, "import-values")
    company = {"key": "", "name": "N", "region": "Syd", "sector": "s", "employees": "5", "start": "2026-01-05"}
    n = 0
    for value in HOSTILE_NUMBERS + ["0", "1000001", "5.0"]:
        for fmt_name, encode in FORMATS:
            n += 1
            row = dict(company, key=f"n{n}", employees=value)
            file = ws.write(f"emp{n}.{fmt_name}", encode(row))
            if fmt_name == "csv" and value != value.strip():
                continue  # a CSV reader may trim blanks outside quotes
            t.refused(ws, ["import", "companies", file], f"import.number.employees.{fmt_name}[{value!r}]", (65,),
                      mentions=(f"{file}:", "employees"))
    for fmt_name, encode in FORMATS[1:]:
        for raw in (b"1e400", b"-1", b"99999999999999999999", b"5.5", b"true", b"null"):
            n += 1
            data = encode(dict(company, key=f"n{n}")).replace(b'"employees": "5"', b'"employees": ' + raw)
            file = ws.write(f"raw{n}.{fmt_name}", data)
            if raw == b"null":
                t.refused(ws, ["import", "companies", file], f"import.number.raw.{fmt_name}[{raw!r}]", (65,),
                          mentions=(f"{file}:",))
                continue
            t.refused(ws, ["import", "companies", file], f"import.number.raw.{fmt_name}[{raw!r}]", (65,),
                      mentions=(f"{file}:", "employees"))
    for value in INVALID_DATES:
        for fmt_name, encode in FORMATS:
            n += 1
            if not value.strip() or (fmt_name == "csv" and value != value.strip()):
                continue  # an empty cell is an absent value; CSV may trim blanks
            row = dict(company, key=f"n{n}", start=value)
            file = ws.write(f"date{n}.{fmt_name}", encode(row))
            t.refused(ws, ["import", "companies", file], f"import.date.start.{fmt_name}[{value!r}]", (65,),
                      mentions=(f"{file}:", "start"))
    for value in ("9999-12-31", "9999-W52-7"):
        n += 1
        file = ws.write(f"far{n}.csv", csv_bytes(dict(company, key=f"n{n}", start=value)))
        result = t.run(ws.folder, ["import", "companies", file])
        t.check(result.returncode in (0, 65), f"import.date.far[{value}].status", f"exit {result.returncode}")
        t.readable(ws, f"import.date.far[{value}]")
    kpi = {"company": "acme", "kpi": "scrap", "date": "2026-02-02", "value": "1"}
    # Scientific notation (1e3) is taken from files: exports write very small
    # and very large values so (1e-07, 1.5e+20).
    for value in ["1e400", "99999999999999999999", "NaN", "inf", "0x10", "12abc", "--5"]:
        for fmt_name, encode in FORMATS:
            n += 1
            file = ws.write(f"kpi{n}.{fmt_name}", encode(dict(kpi, value=value)))
            t.refused(ws, ["import", "kpis", file], f"import.number.kpi.{fmt_name}[{value!r}]", (65,),
                      mentions=(f"{file}:", "value"))
    # A company holds at most one pulse meeting a day, also through an import:
    # a row for a day it already has, or two rows for one day, are refused.
    t.succeeded(ws, ["pulse", "log", "acme", "--status", "green", "--date", "2026-02-06"], "import.pulse-day.setup")
    file = ws.write("pulse-day.csv", b"company,date,status,note\r\nacme,2026-02-06,red,second\r\n")
    t.refused(ws, ["import", "pulses", file], "import.pulse-day.existing", (65,), mentions=("pulse-day.csv:2",))
    file = ws.write("pulse-days.csv", b"company,date,status,note\r\nacme,2026-02-07,red,a\r\nacme,2026-02-07,green,b\r\n")
    t.refused(ws, ["import", "pulses", file], "import.pulse-day.twice", (65,), mentions=("pulse-days.csv:3",))
    # A CSV cell with a raw NUL byte, and a 10 MB cell.
    file = ws.write("nul.csv", b"company,date,status,note\r\nacme,2026-02-03,green,\"a\x00b\"\r\n")
    t.refused(ws, ["import", "pulses", file], "import.nul.csv-raw", (65,), mentions=("nul.csv:",))
    big = "B" * 10_000_000
    file = ws.write("big.csv", b"company,date,status,note\r\nacme,2026-02-04,green," + big.encode() + b"\r\n")
    result = t.run(ws.folder, ["import", "pulses", file])
    if result.returncode == 0:
        shown = find(t.json_of(ws, ["pulse", "list", "acme"], "pulse list"), date="2026-02-04") or {}
        t.check(shown.get("note") == big, "import.big.faithful", f"a 10 MB note came back as {len(shown.get('note') or '')} characters")
    else:
        t.check(result.returncode == 65 and b"big.csv:" in result.stderr, "import.big.status",
                f"exit {result.returncode}: {result.stderr[:200]!r}")
    # --dry-run lists every bad row: as safely as a refusal shows one.
    file = ws.write("dry.csv", b"company,date,status,note\r\n\"ac\x1b[2Jme\",2026-02-03,green,x\r\n"
                               b"acme,2026-02-31,green,\"\x1b]0;owned\x07\"\r\n")
    t.refused(ws, ["import", "pulses", file, "--dry-run"], "import.dry-run", (65,), mentions=("dry.csv:2", "dry.csv:3"))
    # Invalid UTF-8 in the header.
    file = ws.write("head.csv", b"na\xffme,region,sector,employees,start\r\nX,Syd,s,5,2026-01-05\r\n")
    t.refused(ws, ["import", "companies", file], "import.header.invalid-utf8", (65,), mentions=("head.csv",))
    t.readable(ws, "import.values")


# ---------------------------------------------------------------------------
# 5. Batch files.

def test_batch(t: Tester):
    ws = Workspace(t, "batch")
    good = b"pulse log acme --status green --date 2026-02-10 --note first\n"
    bad_lines = {
        "nul": b"pulse log acme --status green --date 2026-02-11 --note 'a\x00b'\n",
        "invalid-utf8": b"pulse log acme --status green --date 2026-02-11 --note 'a\xffb'\n",
        "esc": b"pulse log acme --status green --date 2026-02-11 --note 'a\x1b[31mb'\n",
        "esc-name": b"company add 'Evil\x1b]0;pwned\x07' --region Syd --sector s --employees 5 --start 2026-01-05\n",
        "cr-in-name": b"coach add cr --name 'a\rb' --org O\n",
        "del": b"steering add acme --person 'a\x7fb' --role union\n",
        "hex-employees": b"company add Hex --region Syd --sector s --employees 0x10 --start 2026-01-05\n",
        "bad-date": b"pulse log acme --status green --date 2026-02-30\n",
        "unclosed-quote": b"pulse log acme --status green --note 'open\n",
        "drop-table": b"'; DROP TABLE company; --\n",
        "overlong": b"pulse log acme --status green --date 2026-02-11 --note '\xc0\xaf'\n",
    }
    for label, line in bad_lines.items():
        file = ws.write(f"bad-{label}.txt", good + line)
        t.refused(ws, ["batch", file], f"batch.{label}", (65,), mentions=(f"bad-{label}.txt:2",))
        t.refused(ws, ["batch", "-"], f"batch.stdin.{label}", (65,), stdin=good + line)
    # Faithful: quotes, SQL, markup and formulas in words; a long note; CRLF line ends.
    values = SQL + MARKUP + FORMULA + UNICODE[:3] + ["L" * 100_000]
    lines = []
    for i, value in enumerate(values):
        quoted = "'" + value.replace("'", "'\\''") + "'"
        lines.append(f"pulse log acme --status green --date {day(40 + i)} --note {quoted}")
    file = ws.write("good.txt", "\r\n".join(lines).encode() + b"\r\n")
    result = t.succeeded(ws, ["batch", file], "batch.faithful")
    pulses = t.json_of(ws, ["pulse", "list", "acme"], "batch.faithful") or []
    for i, value in enumerate(values):
        got = (find(pulses, date=day(40 + i)) or {}).get("note")
        t.check(got == value, f"batch.faithful[{short(value, 20)}]", f"stored {short(got)}")
    t.clean_stream(result.stdout, "batch.faithful", "stdout")
    t.readable(ws, "batch")


# ---------------------------------------------------------------------------
# 6. The config.

def config_with(program_name=None, region=None, phase_name=None, item_title=None, kpi_name=None, kpi_unit=None,
                course=None, mail_from=None, user=None, raw_program_name=None):
    def q(text):
        return json.dumps(text, ensure_ascii=False)  # a TOML basic string is a JSON string for these values
    lines = ["[program]"]
    if raw_program_name is not None:
        lines.append("name = \"" + raw_program_name + "\"")
    else:
        lines.append(f"name = {q(program_name or 'Programme')}")
    lines.append(f"regions = [{q(region or 'Syd')}, \"Nord\"]")
    if user is not None:
        lines.append(f"user = {q(user)}")
    lines += ["[[phase]]", "key = \"vision\"", f"name = {q(phase_name or 'Vision')}", "weeks = 10",
              "visit_every_weeks = 2",
              f"checklist = [{{ key = \"challenges\", title = {q(item_title or 'Challenges')} }}]",
              "[[phase]]", "key = \"pilot\"", "name = \"Pilot\"", "weeks = 32", "visit_every_weeks = 2",
              "[training]", f"course = {q(course or 'Lean course')}",
              "[reminders]", f"mail_from = {q(mail_from or 'office@example.se')}",
              "[[kpi]]", "key = \"scrap\"", f"name = {q(kpi_name or 'Scrap')}", f"unit = {q(kpi_unit or '%')}",
              "better = \"lower\"",
              "[assessment]", "dimensions = [\"leadership\", \"flow\"]"]
    return "\n".join(lines) + "\n"


def test_config(t: Tester):
    """Each hostile value in every text the config holds at once; where that config is refused, key by key."""
    hostile = SQL[:2] + MARKUP[:2] + MARKUP[4:5] + FORMULA[:1] + ["a\nb", "a\x1b[31mb", "a\rBcc: victim@example.org",
                                                                 "a\u009b2Jb", "L" * 10_000]
    keys = ("program_name", "region", "phase_name", "item_title", "kpi_name", "kpi_unit", "course", "user")
    n = 0

    def try_config(name, settings, value):
        nonlocal n
        n += 1
        folder = os.path.join(t.top, f"config-{n}")
        os.mkdir(folder)
        with open(os.path.join(folder, "plift.toml"), "w", encoding="utf-8") as f:
            f.write(config_with(**settings))
        result = t.run(folder, ["config", "check"])
        t.check(result.returncode in (0, 78), f"{name}.status", f"exit {result.returncode}: {result.stderr[:300]!r}")
        t.clean_stream(result.stderr, name, "stderr")
        if result.returncode == 78:
            t.check(b"plift.toml:" in result.stderr, f"{name}.names-file", f"{result.stderr[:300]!r}")
            return False
        shown = t.run(folder, ["config", "show", "--format", "json"])
        if t.check(shown.returncode == 0, f"{name}.show", f"exit {shown.returncode}"):
            values = [s.get("value") for s in json.loads(shown.stdout)]
            for key in settings:
                if key == "item_title":
                    continue  # config show lists item keys, not titles
                t.check(json.dumps(value, ensure_ascii=False) in values or value in values
                        or any(json.dumps(value, ensure_ascii=False) in (v or "") for v in values),
                        f"{name}.show-faithful.{key}", "config show does not carry the value")
        output_checks(t, folder, name, value)
        return True

    for value in hostile:
        if not try_config(f"config.all[{short(value, 20)}]", {key: value for key in keys}, value):
            for key in keys:
                try_config(f"config.{key}[{short(value, 20)}]", {key: value}, value)
    # Invalid UTF-8 and a raw control byte in the file itself: refused naming file and line (exit 78).
    for label, raw in (("invalid-utf8", "Pro\udcffgramme"), ("raw-esc", "Pro\x1bgramme"), ("raw-nul", "Pro\x00g")):
        folder = os.path.join(t.top, f"config-{label}")
        os.mkdir(folder)
        with open(os.path.join(folder, "plift.toml"), "wb") as f:
            f.write(config_with(raw_program_name=raw).encode("utf-8", "surrogateescape"))
        result = t.run(folder, ["config", "check"])
        t.check(result.returncode == 78, f"config.file-{label}.status", f"exit {result.returncode}: {result.stderr[:200]!r}")
        t.check(b"plift.toml:2" in result.stderr, f"config.file-{label}.names-line", f"{result.stderr[:300]!r}")
        t.clean_stream(result.stderr, f"config.file-{label}", "stderr")


def output_checks(t: Tester, folder, name, value):
    """Init a database under the folder's config, add a little data, and look at every output."""
    result = t.run(folder, ["init", "-q"])
    if not t.check(result.returncode == 0, f"{name}.init", f"exit {result.returncode}: {result.stderr[:200]!r}"):
        return
    setup = [["coach", "add", "anna", "--name", "Anna", "--org", "RISE", "--email", "anna@example.se"],
             ["company", "add", "Acme", "--key", "acme", "--region", "Nord", "--sector", "s", "--employees", "5",
              "--start", "2026-01-05", "--coach", "anna"],
             ["pulse", "log", "acme", "--status", "red", "--date", "2026-02-02", "--note", "n"],
             ["kpi", "record", "acme", "scrap", "3", "--date", "2026-02-02"],
             ["kpi", "record", "acme", "scrap", "2", "--date", "2026-03-02"]]
    for args in setup:
        r = t.run(folder, [*args, "-q"])
        t.check(r.returncode == 0, f"{name}.setup", f"{args[:2]}: exit {r.returncode}: {r.stderr[:200]!r}")
    look_at_outputs(t, folder, name, [value])


def md_table_consistent(text: str):
    """Every row of every pipe table has as many unescaped cell separators as its header."""
    expected = None
    for line in text.splitlines():
        if line.startswith("|"):
            cells = len(re.findall(r"(?<!\\)\|", line.replace("\\\\", "")))
            if expected is None:
                expected = cells
            elif cells != expected:
                return f"{cells} separators, not {expected}: {line[:120]!r}"
        else:
            expected = None
    return None


def look_at_outputs(t: Tester, folder, name, values):
    """Every output format over the folder's database: terminal-safe, md tables intact, HTML escaped, mail sane."""
    raw_markup = [v for v in values if any(c in v for c in "<>&")]
    readers = [["company", "list"], ["company", "show", "acme"], ["coach", "list"], ["pulse", "list"],
               ["visit", "list"], ["training", "list", "acme"], ["steering", "list", "acme"], ["gathering", "list"],
               ["gathering", "show", "g-sem"], ["kpi", "list"], ["kpi", "history", "acme"], ["assess", "list"],
               ["phase", "status"], ["phase", "status", "acme"], ["check"], ["remind"], ["log"],
               ["training", "quota"], ["gathering", "status"], ["config", "show"]]
    # What the latest change did, row by row: the values as they were stored.
    latest = t.run(folder, ["log", "--limit", "1", "--format", "json"])
    try:
        readers.append(["log", "show", str(json.loads(latest.stdout)[0]["id"])])
    except (ValueError, IndexError, KeyError):
        pass
    for args in readers:
        for fmt in ("table", "md"):
            label = f"{name}.out.{'-'.join(args)}.{fmt}"
            result = t.run(folder, [*args, "--format", fmt])
            if result.returncode not in (0, 1):
                if b"no gathering" in result.stderr or b"no company" in result.stderr:
                    continue
                t.check(False, f"{label}.status", f"exit {result.returncode}: {result.stderr[:200]!r}")
                continue
            t.clean_stream(result.stdout, label, "stdout")
            t.clean_stream(result.stderr, label, "stderr")
            if fmt == "md":
                out = result.stdout.decode("utf-8", "replace")
                problem = md_table_consistent(out)
                t.check(problem is None, f"{label}.md-table", problem or "")
                for v in raw_markup:
                    t.check(v not in out, f"{label}.md-markup", f"raw markup {short(v)} in md")
    for args in (["report", "quarterly", "--quarter", "2026Q1"], ["report", "company", "acme"]):
        for fmt in ("md", "html"):
            label = f"{name}.out.{args[1]}.{fmt}"
            result = t.run(folder, [*args, "--format", fmt])
            if not t.check(result.returncode == 0, f"{label}.status", f"exit {result.returncode}: {result.stderr[:200]!r}"):
                continue
            t.clean_stream(result.stdout, label, "stdout")
            out = result.stdout.decode("utf-8", "replace")
            for v in raw_markup:
                t.check(v not in out, f"{label}.markup", f"raw markup {short(v)} in the {fmt} report")
            if fmt == "html":
                t.check("<script" not in out.lower(), f"{label}.script", "a script tag in the HTML report")
                t.check(out.count("<td") == out.count("</td>"), f"{label}.cells", "unbalanced table cells")
            else:
                problem = md_table_consistent(out)
                t.check(problem is None, f"{label}.md-table", problem or "")
    # Mail: the headers a coach's message has, and no more.
    result = t.run(folder, ["remind", "--format", "mail", "--coach", "anna"])
    if result.returncode == 0 and result.stdout:
        t.clean_stream(result.stdout.replace(b"\r\n", b"\n"), f"{name}.out.mail", "mail")
        message = email.parser.BytesParser(policy=email.policy.default).parsebytes(result.stdout)
        headers = sorted(k.lower() for k in message.keys())
        t.check(headers == sorted(["from", "to", "subject", "date", "message-id", "mime-version", "content-type",
                                   "content-transfer-encoding", "auto-submitted"]),
                f"{name}.out.mail.headers", f"headers {headers}")
        body = message.get_content()
        bad = CONTROL_BYTES.search(body.replace("\r\n", "\n").encode())
        t.check(bad is None, f"{name}.out.mail.body", f"control character {bad.group(0) if bad else ''!r} in the mail body")
    elif result.returncode not in (0, 78):
        t.check(False, f"{name}.out.mail.status", f"exit {result.returncode}: {result.stderr[:200]!r}")
    result = t.run(folder, ["calendar"])
    if t.check(result.returncode == 0, f"{name}.out.calendar.status", f"exit {result.returncode}"):
        t.clean_stream(result.stdout.replace(b"\r\n", b"\n"), f"{name}.out.calendar", "ics")


# ---------------------------------------------------------------------------
# 7. What an older database (or a hand-edited one) holds: shown safely.

PLANTED = ["Evil <script>alert(1)</script> </td><td> | *b* =1+2 \x1b[31mred\x1b[0m\nsecond line\r\x07\x00end",
           "-2+3 \x1b]0;title\x07 \u0085 \u009b2J done"]


def test_planted(t: Tester):
    ws = Workspace(t, "planted")
    for args in (["pulse", "log", "acme", "--status", "red", "--date", "2026-02-02", "--note", "n"],
                 ["visit", "log", "acme", "--date", "2026-02-03", "--note", "n"],
                 ["training", "enroll", "acme", "--person", "P", "--date", "2026-02-01"],
                 ["steering", "add", "acme", "--person", "S", "--role", "union"],
                 ["gathering", "attend", "g-sem", "acme", "--people", "2"],
                 ["kpi", "record", "acme", "scrap", "3", "--date", "2026-02-02"]):
        t.run(ws.folder, [*args, "-q"])
    evil, other = PLANTED
    db = sqlite3.connect(ws.db)
    db.execute("UPDATE company SET name = ?, sector = ?, org_number = ?, region = ? WHERE key = 'acme'",
               (evil, other, "=HYPERLINK(\"http://x\")", "Syd \x1b[1m"))
    db.execute("UPDATE coach SET name = ?, organisation = ? WHERE key = 'anna'", (evil, other))
    db.execute("UPDATE pulse SET note = ?", (evil,))
    db.execute("UPDATE visit SET note = ?", (other,))
    for table, column in (("training_participant", "person"), ("steering_member", "person")):
        try:
            db.execute(f"UPDATE {table} SET {column} = ?", (evil,))
        except sqlite3.OperationalError:
            pass
    db.execute("UPDATE gathering SET title = ?, location = ?", (evil, other))
    db.commit()
    db.close()
    # JSON shows exactly what is stored.
    shown = t.json_of(ws, ["company", "show", "acme"], "planted.json") or {}
    t.check(shown.get("name") == evil and shown.get("sector") == other, "planted.json.faithful",
            f"company show --json gives {short(shown.get('name'))}")
    look_at_outputs(t, ws.folder, "planted", [evil, other])
    # remind --format mail with a coach name holding CR LF: no header of its own.
    db = sqlite3.connect(ws.db)
    db.execute("UPDATE coach SET name = ? WHERE key = 'anna'", ("Anna\r\nBcc: victim@example.org",))
    db.commit()
    db.close()
    result = t.run(ws.folder, ["remind", "--format", "mail", "--coach", "anna"])
    if t.check(result.returncode == 0, "planted.mail.status", f"exit {result.returncode}: {result.stderr[:200]!r}"):
        message = email.parser.BytesParser(policy=email.policy.default).parsebytes(result.stdout)
        t.check("bcc" not in [k.lower() for k in message.keys()], "planted.mail.no-injected-header",
                f"headers {list(message.keys())}")
    # CSV: formulas guarded, and an export imported again gives the same records.
    result = t.succeeded(ws, ["company", "list", "--format", "csv"], "planted.csv")
    rows = list(csv.reader(io.StringIO(result.stdout.decode("utf-8", "replace"), newline="")))
    header, acme = rows[0], next((r for r in rows[1:] if r and r[0] == "acme"), [])
    for column, value in zip(header, acme):
        if column in ("org_number", "sector"):
            t.check(value.startswith("'"), f"planted.csv.guard.{column}", f"{column} not guarded: {value[:40]!r}")


# ---------------------------------------------------------------------------
# 8. CSV export and import round trip, with formula-like and awkward values.

def test_round_trip(t: Tester):
    ws = Workspace(t, "round-trip")
    awkward = SQL + MARKUP + FORMULA + UNICODE + ["'=already guarded", "''", "'", "-3.5", "+46 8 123", "=",
                                                 "a,b;c\td", "x;=1+2;", "y;@cmd", "\"quoted\"", "trailing space "]
    for i, value in enumerate(awkward):
        t.run(ws.folder, ["company", "add", "--key", f"r{i}", "--region", "Syd", b"--sector=" + value.encode(),
                          "--employees", "5", "--start", "2026-01-05", b"--org-number=" + value.encode(), "--",
                          value.encode()])
        t.run(ws.folder, ["pulse", "log", "acme", "--status", "green", "--date", day(i),
                          b"--note=" + (value + "\nline two\tend").encode()])
        t.run(ws.folder, ["coach", "add", f"rc{i}", b"--name=" + value.encode(), b"--org=" + value.encode()])
    # Every CSV plift prints, read as ',' and as ';' (Swedish and Norwegian
    # spreadsheets) separated: no cell starts a formula.
    for command in (["company", "list"], ["pulse", "list"], ["coach", "list"], ["phase", "status"],
                    ["remind"], ["export", "companies"], ["export", "pulses"]):
        listed = t.succeeded(ws, command + ["--format", "csv"], f"round-trip.csv.{command[0]}")
        text = listed.stdout.decode("utf-8", "replace").lstrip("\ufeff")
        for delimiter in (",", ";"):
            for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
                for cell in row:
                    unsafe = cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not re.fullmatch(r"[-+]?\d+(\.\d+)?", cell)
                    t.check(not unsafe, f"round-trip.csv.{' '.join(command)}.{delimiter}",
                            f"unguarded formula cell {cell[:40]!r}")
    for entity in ("companies", "pulses", "coaches"):
        exported = t.succeeded(ws, ["export", entity], f"round-trip.{entity}.export")
        rows = list(csv.reader(io.StringIO(exported.stdout.decode("utf-8"), newline="")))
        for row in rows[1:]:
            for cell in row:
                unsafe = cell[:1] in ("=", "+", "-", "@", "\t", "\r") and not re.fullmatch(r"[-+]?\d+(\.\d+)?", cell)
                t.check(not unsafe, f"round-trip.{entity}.guard", f"unguarded formula cell {cell[:40]!r}")
        for fmt in ("csv", "ndjson", "json"):
            other = Workspace(t, f"round-trip-{entity}-{fmt}", base=False)
            if entity != "coaches":
                t.run(other.folder, ["coach", "add", "anna", "--name", "A", "--org", "O", "-q"])
            if entity == "pulses":
                t.run(other.folder, ["company", "add", "Acme AB", "--key", "acme", "--region", "Syd", "--sector",
                                     "metal", "--employees", "40", "--start", "2026-01-05", "--coach", "anna", "-q"])
            source = t.run(ws.folder, ["export", entity, "--format", fmt]).stdout
            file = other.write(f"{entity}.{fmt}", source)
            result = t.run(other.folder, ["import", entity, file, "--update"])
            t.check(result.returncode == 0, f"round-trip.{entity}.{fmt}.import",
                    f"exit {result.returncode}: {result.stderr[:300]!r}")
            original = t.run(ws.folder, ["export", entity, "--format", "json"]).stdout
            copied = t.run(other.folder, ["export", entity, "--format", "json"]).stdout
            a = [r for r in json.loads(original) if entity != "coaches" or r["key"] != "anna"]
            b = [r for r in json.loads(copied) if entity != "coaches" or r["key"] != "anna"]
            t.check(a == b, f"round-trip.{entity}.{fmt}.same",
                    f"records differ after export and import: {short([x for x in a if x not in b], 200)}")


# ---------------------------------------------------------------------------
# 9. Files plift writes are its owner's only.

def test_file_modes(t: Tester):
    old = os.umask(0o022)
    try:
        ws = Workspace(t, "modes")
        t.run(ws.folder, ["pulse", "log", "acme", "--status", "red", "--date", "2026-02-02", "-q"])
        written = {
            "export -o": ["export", "-o", "all.json"],
            "export ENTITY -o": ["export", "companies", "-o", "companies.csv"],
            "report quarterly -o": ["report", "quarterly", "--quarter", "2026Q1", "--format", "html", "-o", "q.html"],
            "report company -o": ["report", "company", "acme", "--format", "md", "-o", "c.md"],
            "calendar -o": ["calendar", "-o", "c.ics"],
            "remind --mail-dir": ["remind", "--format", "mail", "--mail-dir", "mail"],
        }
        for label, args in written.items():
            result = t.run(ws.folder, args)
            t.check(result.returncode == 0, f"mode.{label}.status", f"exit {result.returncode}: {result.stderr[:200]!r}")
        files = ["plift.toml", "plift.db", "all.json", "companies.csv", "q.html", "c.md", "c.ics"]
        files += [os.path.join("mail", f) for f in (os.listdir(ws.path("mail")) if os.path.isdir(ws.path("mail")) else [])]
        t.check(any(f.endswith(".eml") for f in files), "mode.mail-files", "remind --mail-dir wrote no files")
        for suffix in ("-wal", "-shm"):
            if os.path.exists(ws.path("plift.db" + suffix)):
                files.append("plift.db" + suffix)
        for f in files:
            mode = os.stat(ws.path(f)).st_mode & 0o777
            t.check(mode & 0o077 == 0, f"mode.{f}", f"{f} has mode {oct(mode)}: others can read it")
        if os.path.isdir(ws.path("mail")):
            mode = os.stat(ws.path("mail")).st_mode & 0o777
            t.check(mode & 0o077 == 0, "mode.mail-dir", f"the mail folder plift made has mode {oct(mode)}")
        # An existing file is replaced (a new inode, not written into) and keeps
        # the mode its owner gave it.
        with open(ws.path("old.html"), "w") as f:
            f.write("old")
        os.chmod(ws.path("old.html"), 0o644)
        old_inode = os.stat(ws.path("old.html")).st_ino
        t.run(ws.folder, ["report", "quarterly", "--quarter", "2026Q1", "--format", "html", "-o", "old.html"])
        mode = os.stat(ws.path("old.html")).st_mode & 0o777
        t.check(mode == 0o644, "mode.overwritten", f"an existing report's mode 0o644 became {oct(mode)}")
        t.check(os.stat(ws.path("old.html")).st_ino != old_inode, "mode.replaced", "the old file was written into")
        # While another connection holds the database open, its -wal and -shm are private too.
        db = sqlite3.connect(ws.db)
        db.execute("BEGIN")
        db.execute("SELECT count(*) FROM company").fetchone()
        t.run(ws.folder, ["pulse", "log", "acme", "--status", "green", "--date", "2026-02-05", "-q"])
        for suffix in ("-wal", "-shm"):
            if os.path.exists(ws.path("plift.db" + suffix)):
                mode = os.stat(ws.path("plift.db" + suffix)).st_mode & 0o777
                t.check(mode & 0o077 == 0, f"mode.plift.db{suffix}-open", f"mode {oct(mode)}")
        db.close()
    finally:
        os.umask(old)


# ---------------------------------------------------------------------------

def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plift", required=True)
    parser.add_argument("--keep", action="store_true", help="leave the temporary folder")
    parser.add_argument("-v", "--verbose", action="store_true", help="print each failure as it happens")
    parser.add_argument("--only", help="run only the parts whose name contains this")
    args = parser.parse_args()
    if not shutil.which("sqlite3"):
        sys.exit("hostile: the sqlite3 command-line shell is needed to compare database dumps")
    top = tempfile.mkdtemp(prefix="plift-hostile-")
    t = Tester(os.path.abspath(args.plift), top, args.verbose)
    parts = [("cli-text", test_cli_text), ("cli-keys", test_cli_keys), ("corrections", test_corrections), ("numbers", test_numbers),
             ("dates", test_dates), ("acknowledgements", test_acknowledgements), ("import", test_import), ("import-values", test_import_values),
             ("batch", test_batch), ("config", test_config), ("planted", test_planted),
             ("round-trip", test_round_trip), ("file-modes", test_file_modes)]
    try:
        for part_name, part in parts:
            if args.only and args.only not in part_name:
                continue
            before = (t.checks, len(t.failures), time.monotonic())
            part(t)
            print(f"hostile: {part_name}: {t.checks - before[0]} checks, {len(t.failures) - before[1]} failed "
                  f"({time.monotonic() - before[2]:.0f} s)", flush=True)
    finally:
        if args.keep:
            print(f"hostile: kept {top}")
        else:
            shutil.rmtree(top, ignore_errors=True)
    for failure in t.failures:
        print(f"FAIL: {failure}")
    passed = t.checks - len(t.failures)
    print(f"hostile: {passed} of {t.checks} checks passed, {len(t.failures)} failed, {t.runs} plift runs")
    sys.exit(1 if t.failures else 0)


if __name__ == "__main__":
    main()
