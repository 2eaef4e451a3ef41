#!/usr/bin/env python3
"""One programme through every command and format: each shows the same dates.

    check_dates.py --plift BINARY [--keep]

Builds a small programme with PLIFT_TODAY fixed (a company whose pilot is
overdue after a forced, late move from phase 1 and whose visits include one
by a substitute coach; one on plan in the pilot; one in phase 1 with no visit
yet; one that completed; one still to start), then reads every output that
names a date of a company's journey:

    company show (table, json, md), company list (json, csv), phase status
    (json, table), report company (md, json, html), report quarterly (md,
    json, csv, html), calendar, remind --format json, check --format json

and extracts, per company, the facts each shows: the current phase and the
day it started, each phase's planned start, planned end, start and end, the
journey's planned end, the next visit due, a forced move's reason and the
coach's name. Every fact must read the same wherever it is shown, and each
output must show the facts it is expected to. The quarterly report's visits
per coach must match `visit list --coach`.

Exit 0 when all agree, 1 listing every disagreement. Python 3 standard
library only.
"""

import argparse
import csv
import html
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict

TODAY = "2026-11-16"
QUARTER = "2026Q4"
QUARTER_FROM, QUARTER_TO = "2026-10-01", "2026-12-31"

# The programme's holidays beside the holiday weeks: Easter and a range (a
# single day inside the summer weeks must not count twice).
HOLIDAYS = '["easter", "2026-05-14", "2026-07-20", "2026-10-26..2026-10-30"]'

COACHES = {"ingrid-solheim": "Ingrid Solheim", "ola": "Ola Vik"}
PHASES = ["vision", "pilot", "line"]
PHASE_NAMES = {"vision": "Shared vision and driving force", "pilot": "Pilot", "line": "Line organisation"}
VISION_ITEMS = ["challenges", "customer-needs", "employee-attitudes", "lean-status", "pulse-rhythm",
                "guiding-principles", "organise-phase-2"]
PILOT_ITEMS = ["pilot-areas", "improvement-tools"]
LINE_ITEMS = ["anchoring"]
FORCED_REASON = "Customer survey postponed"

DATE = r"\d{4}-\d{2}-\d{2}"


def setup_commands():
    """The programme, as plift commands (argument lists)."""
    c = []
    c.append(["coach", "add", "ingrid-solheim", "--name", "Ingrid Solheim", "--org", "SINTEF"])
    c.append(["coach", "add", "ola", "--name", "Ola Vik", "--org", "RISE"])

    def company(key, name, start, coach):
        c.append(["company", "add", name, "--key", key, "--region", "Innlandet", "--sector", "metal",
                  "--employees", "50", "--start", start, "--coach", coach])

    # kappa: phase 1 forced on late; the pilot is now past its planned end. A
    # substitute coach held the last visit.
    company("kappa", "Kappa AS", "2025-08-18", "ingrid-solheim")
    c.append(["phase", "advance", "kappa", "--date", "2025-11-10", "--force", "--reason", FORCED_REASON])
    for day in ["2025-09-01", "2025-09-15", "2025-11-24", "2026-10-05"]:
        c.append(["visit", "log", "kappa", "--date", day])
    c.append(["visit", "log", "kappa", "--date", "2026-11-02", "--coach", "ola"])

    # lambda: on plan in the pilot, two visits by a substitute.
    company("lambda", "Lambda AB", "2026-03-02", "ola")
    for item in VISION_ITEMS:
        c.append(["phase", "check", "lambda", item, "--date", "2026-05-04"])
    c.append(["phase", "advance", "lambda", "--date", "2026-05-11"])
    for day in ["2026-03-16", "2026-05-25", "2026-10-12"]:
        c.append(["visit", "log", "lambda", "--date", day])
    for day in ["2026-10-26", "2026-11-09"]:
        c.append(["visit", "log", "lambda", "--date", day, "--coach", "ingrid-solheim"])

    # mu: in phase 1, no visit yet.
    company("mu", "Mu Mekaniska", "2026-10-05", "ingrid-solheim")

    # xi: a whole journey, completed.
    company("xi", "Xi Plast", "2025-01-13", "ola")
    for item in VISION_ITEMS:
        c.append(["phase", "check", "xi", item, "--date", "2025-03-17"])
    c.append(["phase", "advance", "xi", "--date", "2025-03-24"])
    for item in PILOT_ITEMS:
        c.append(["phase", "check", "xi", item, "--date", "2025-11-17"])
    c.append(["phase", "advance", "xi", "--date", "2025-12-01"])
    for item in LINE_ITEMS:
        c.append(["phase", "check", "xi", item, "--date", "2026-06-01"])
    c.append(["phase", "advance", "xi", "--date", "2026-06-15"])
    c.append(["visit", "log", "xi", "--date", "2025-02-10"])

    # omicron: starts in three weeks.
    company("omicron", "Omicron AS", "2026-12-07", "ola")
    return c


COMPANIES = ["kappa", "lambda", "mu", "xi", "omicron"]
ACTIVE = ["kappa", "lambda", "mu"]


class Facts:
    """What each output says, per company: facts[company][fact] -> [(source, value)]."""

    def __init__(self):
        self.facts = defaultdict(lambda: defaultdict(list))
        self.problems = []

    def add(self, source, company, fact, value):
        self.facts[company][fact].append((source, value))

    def problem(self, text):
        self.problems.append(text)

    def require(self, source, company, *facts):
        for fact in facts:
            if not any(s == source for s, _ in self.facts[company][fact]):
                self.problem(f"{company}: {source} does not show {fact}")

    def disagreements(self):
        for company in sorted(self.facts):
            for fact in sorted(self.facts[company]):
                values = self.facts[company][fact]
                if len({v for _, v in values}) > 1:
                    by_value = defaultdict(list)
                    for source, value in values:
                        by_value[value].append(source)
                    shown = "; ".join(f"{v!r} in {', '.join(sorted(set(s)))}" for v, s in sorted(
                        by_value.items(), key=lambda kv: str(kv[0])))
                    yield f"{company}: {fact} differs: {shown}"


class Plift:
    def __init__(self, binary, folder):
        self.binary = binary
        self.folder = folder
        self.env = {"HOME": folder, "PATH": "/usr/bin:/bin", "PLIFT_TODAY": TODAY, "LC_ALL": "C.UTF-8",
                    "TZ": "UTC", "NO_COLOR": "1", "USER": "coordinator"}
        for name, value in os.environ.items():
            if name.endswith("SAN_OPTIONS"):
                self.env[name] = value

    def run(self, args, check=True):
        done = subprocess.run([self.binary, *args], cwd=self.folder, env=self.env, capture_output=True,
                              text=True, timeout=60)
        if check and done.returncode not in (0,) and not (args[:1] == ["check"] and done.returncode == 1):
            raise SystemExit(f"check_dates: plift {' '.join(args)} exited {done.returncode}: {done.stderr}")
        return done.stdout


def phase_key(name):
    for key, phase_name in PHASE_NAMES.items():
        if phase_name == name:
            return key
    return None


def dash_none(text):
    text = text.strip()
    return None if text in ("-", "–", "") else text


# ---------------------------------------------------------------------------
# company show


def read_company_show_json(p, facts, key):
    src = "company show --json"
    data = json.loads(p.run(["company", "show", key, "--json"]))
    if data["phase"]:
        facts.add(src, key, "current phase", data["phase"])
        facts.add(src, key, "current phase started", data["phase_started"])
        facts.add(src, key, "current phase planned end", data["phase_planned_end"])
    if "journey_planned_end" in data:
        facts.add(src, key, "journey planned end", data["journey_planned_end"])
    if data["visits"]["next_due"]:
        facts.add(src, key, "next visit due", data["visits"]["next_due"])
    if data.get("coach_name"):
        facts.add(src, key, "coach name", data["coach_name"])
    for row in data["phases"]:
        phase = row["phase"]
        facts.add(src, key, f"{phase} started", row["started"])
        facts.add(src, key, f"{phase} planned end", row["planned_end"])
        facts.add(src, key, f"{phase} ended", row["ended"])
        if row["forced_reason"]:
            facts.add(src, key, f"{phase} forced reason", row["forced_reason"])


def read_company_show_text(p, facts, key, fmt):
    src = f"company show --format {fmt}"
    text = p.run(["company", "show", key, "--format", fmt])
    fields = {}
    for line in text.splitlines():
        m = re.match(r"^- \*\*(.+?):\*\* (.*)$", line) if fmt == "md" else re.match(r"^([a-zA-Z][\w ]*?):\s+(.*)$", line)
        if m and m.group(1) not in fields:
            fields[m.group(1)] = m.group(2)
    if "phase" in fields:
        m = re.search(rf"\((\w[\w-]*)\), since ({DATE}), planned end ({DATE})", fields["phase"])
        if m:
            facts.add(src, key, "current phase", m.group(1))
            facts.add(src, key, "current phase started", m.group(2))
            facts.add(src, key, "current phase planned end", m.group(3))
    if "journey" in fields:
        m = re.search(rf"planned to end ({DATE})", fields["journey"])
        if m:
            facts.add(src, key, "journey planned end", m.group(1))
    if "visits" in fields:
        m = re.search(rf"next due ({DATE})", fields["visits"])
        if m:
            facts.add(src, key, "next visit due", m.group(1))
    if "coach" in fields:
        facts.add(src, key, "coach name", re.sub(r" \(.*$", "", fields["coach"]))
    # The phases table: PHASE NAME STARTED PLANNED END ENDED FORCED.
    rows = table_rows(text, "Phases", fmt)
    for cells in rows:
        phase = cells[0]
        if phase not in PHASES:
            continue
        facts.add(src, key, f"{phase} started", cells[2])
        facts.add(src, key, f"{phase} planned end", cells[3])
        facts.add(src, key, f"{phase} ended", dash_none(cells[4]))
        if dash_none(cells[5]):
            facts.add(src, key, f"{phase} forced reason", cells[5].strip())


def table_rows(text, section, fmt):
    """The rows of the table under `section` in company show's table or md output."""
    lines = text.splitlines()
    heading = f"## {section}" if fmt == "md" else section
    try:
        start = lines.index(heading)
    except ValueError:
        return []
    rows = []
    header = None
    for line in lines[start + 1:]:
        if fmt == "md":
            if not line.startswith("|"):
                if rows or header:
                    break
                continue
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            if header is None:
                header = cells
                continue
            if set("".join(cells)) <= set("-: "):
                continue
            rows.append(cells)
        else:
            if not line.strip():
                break
            if header is None:
                header = line
                # Column starts from the header's words.
                starts = [m.start() for m in re.finditer(r"(?:(?<=\s\s)|^)\S", line)]
                continue
            cells = []
            for i, s in enumerate(starts):
                end = starts[i + 1] if i + 1 < len(starts) else len(line)
                cells.append(line[s:end].strip() if i + 1 < len(starts) else line[s:].strip())
            rows.append(cells)
    return rows


# ---------------------------------------------------------------------------
# lists


def read_company_list(p, facts):
    src = "company list --json"
    for row in json.loads(p.run(["company", "list", "--json"])):
        key = row["key"]
        if row["phase"]:
            facts.add(src, key, "current phase", row["phase"])
            facts.add(src, key, "current phase started", row["phase_started"])
            facts.add(src, key, "current phase planned end", row["phase_planned_end"])
    src = "company list --format csv"
    for row in csv.DictReader(io.StringIO(p.run(["company", "list", "--format", "csv"]).lstrip("\ufeff"))):
        key = row["key"]
        if row["phase"]:
            facts.add(src, key, "current phase", row["phase"])
            facts.add(src, key, "current phase planned end", row["phase_planned_end"])


def read_phase_status(p, facts):
    src = "phase status --json"
    for row in json.loads(p.run(["phase", "status", "--json"])):
        key = row["company"]
        facts.add(src, key, "current phase", row["phase"])
        facts.add(src, key, "current phase started", row["started"])
        facts.add(src, key, "current phase planned end", row["planned_end"])
        if row["next_visit_due"]:
            facts.add(src, key, "next visit due", row["next_visit_due"])
    for key in ACTIVE:
        src = "phase status KEY"
        text = p.run(["phase", "status", key])
        for line in text.splitlines():
            m = re.match(r"^(\w[\w ]*?):\s+(.*)$", line)
            if not m:
                continue
            name, value = m.groups()
            if name == "started":
                facts.add(src, key, "current phase started", value)
            elif name == "planned end":
                facts.add(src, key, "current phase planned end", value.split()[0])
            elif name == "next visit" and re.match(DATE, value):
                facts.add(src, key, "next visit due", value[:10])


# ---------------------------------------------------------------------------
# report company


def read_report_company_json(p, facts, key):
    src = "report company --json"
    data = json.loads(p.run(["report", "company", key, "--json"]))
    company = data["company"]
    facts.add(src, key, "journey planned end", company["planned_journey_end"])
    if company["phase"]:
        facts.add(src, key, "current phase", company["phase"])
    if data["visits"]["next_due"]:
        facts.add(src, key, "next visit due", data["visits"]["next_due"])
    for row in data["phases"]:
        phase = row["phase"]
        facts.add(src, key, f"{phase} planned start", row["planned_start"])
        facts.add(src, key, f"{phase} planned end", row["planned_end"])
        if row["started"]:
            facts.add(src, key, f"{phase} started", row["started"])
            facts.add(src, key, f"{phase} ended", row["ended"])
            if row["ended"] is None and company["phase"] == phase:
                facts.add(src, key, "current phase started", row["started"])
                facts.add(src, key, "current phase planned end", row["planned_end"])
        if row["forced_reason"]:
            facts.add(src, key, f"{phase} forced reason", row["forced_reason"])


def read_phase_table(src, facts, key, rows, current):
    """Rows of the report's phase table: name, planned start, planned end, started, ended, days late."""
    for cells in rows:
        phase = phase_key(cells[0])
        if not phase:
            continue
        facts.add(src, key, f"{phase} planned start", cells[1])
        facts.add(src, key, f"{phase} planned end", cells[2])
        started = dash_none(cells[3])
        if started:
            facts.add(src, key, f"{phase} started", started)
            facts.add(src, key, f"{phase} ended", dash_none(cells[4]))
            if phase == current and not dash_none(cells[4]):
                facts.add(src, key, "current phase started", started)
                facts.add(src, key, "current phase planned end", cells[2])


def read_report_company_md(p, facts, key):
    src = "report company --format md"
    text = p.run(["report", "company", key, "--format", "md"])
    items = dict(re.findall(r"^- ([^:\n]+): (.*)$", text, re.M))
    current = phase_key(items.get("Current phase", ""))
    if current:
        facts.add(src, key, "current phase", current)
    if "Planned end of the journey" in items:
        facts.add(src, key, "journey planned end", items["Planned end of the journey"])
    if "Next visit due" in items:
        facts.add(src, key, "next visit due", items["Next visit due"])
    if "Coach" in items:
        facts.add(src, key, "coach name", items["Coach"])
    section = text.split("## Phases", 1)[1].split("\n## ", 1)[0]
    rows = [[c.strip() for c in line.strip().strip("|").split("|")] for line in section.splitlines()
            if line.startswith("|")]
    read_phase_table(src, facts, key, rows[2:], current)
    for phase, name in PHASE_NAMES.items():
        m = re.search(rf"^- {re.escape(name)}: moved on on ({DATE}) with open checklist items: (.*)$", section, re.M)
        if m:
            facts.add(src, key, f"{phase} ended", m.group(1))
            facts.add(src, key, f"{phase} forced reason", m.group(2))


def read_report_company_html(p, facts, key):
    src = "report company --format html"
    text = p.run(["report", "company", key, "--format", "html"])
    facts_dl = re.search(r'<dl class="facts">(.*?)</dl>', text, re.S).group(1)
    items = {html.unescape(dt): html.unescape(dd) for dt, dd in re.findall(r"<dt>(.*?)</dt><dd>(.*?)</dd>", facts_dl)}
    current = phase_key(items.get("Current phase", ""))
    if current:
        facts.add(src, key, "current phase", current)
    if "Planned end of the journey" in items:
        facts.add(src, key, "journey planned end", items["Planned end of the journey"])
    if "Coach" in items:
        facts.add(src, key, "coach name", items["Coach"])
    visits = re.search(r'<section class="visits">(.*?)</section>', text, re.S).group(1)
    m = re.search(rf"<li>Next visit due: ({DATE})</li>", visits)
    if m:
        facts.add(src, key, "next visit due", m.group(1))
    phases = re.search(r'<section class="phases">(.*?)</section>', text, re.S).group(1)
    table = re.search(r"<table>.*?<tbody>(.*?)</tbody>", phases, re.S).group(1)
    rows = [[html.unescape(re.sub(r"<.*?>", "", cell)) for cell in re.findall(r"<td[^>]*>(.*?)</td>", row)]
            for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)]
    read_phase_table(src, facts, key, rows, current)
    # The journey chart's bars: "NAME (planned): FROM – TO", "NAME (actual): FROM – LAST DAY".
    for name, kind, start, end in re.findall(rf"<title>([^<(]+) \((planned|actual)\): ({DATE}) \u2013 ({DATE})</title>",
                                             text):
        phase = phase_key(html.unescape(name))
        if kind == "planned":
            facts.add(src + " chart", key, f"{phase} planned start", start)
            facts.add(src + " chart", key, f"{phase} planned end", end)
        else:
            facts.add(src + " chart", key, f"{phase} started", start)
    for phase, name in PHASE_NAMES.items():
        m = re.search(rf"{re.escape(html.escape(name))}: moved on on ({DATE}) with open checklist items: ([^<]*)<",
                      phases)
        if m:
            facts.add(src, key, f"{phase} ended", m.group(1))
            facts.add(src, key, f"{phase} forced reason", html.unescape(m.group(2)))


# ---------------------------------------------------------------------------
# report quarterly: the risks' due days, the journeys chart, visits per coach


RISK_FACTS = {
    "phase-overdue": "current phase planned end",
    "phase-ending": "current phase planned end",
    "checklist-open": "current phase planned end",
    "visit-overdue": "next visit due",
    "training-quota": "vision ended",
}

RISK_TEXTS = [
    ("phase-overdue", r" past the planned end of phase "),
    ("phase-ending", r" is planned to end "),
    ("checklist-open", r" checklist items? of phase "),
    ("visit-overdue", r"^No coach visit at "),
    ("training-quota", r" Lean-course participants "),
]

NAMES = {"kappa": "Kappa AS", "lambda": "Lambda AB", "mu": "Mu Mekaniska", "xi": "Xi Plast", "omicron": "Omicron AS"}


def key_of_name(text):
    for key, name in NAMES.items():
        if name in text:
            return key
    return None


def read_quarterly(p, facts, held_by_coach):
    data = json.loads(p.run(["report", "quarterly", "--quarter", QUARTER, "--json"]))
    src = "report quarterly --json"
    for risk in data["risks"]:
        fact = RISK_FACTS.get(risk["kind"])
        if fact:
            facts.add(src, risk["company"], fact, risk["due"])
    for row in data["companies"]:
        if row["phase"]:
            facts.add(src, row["key"], "current phase", row["phase"])
    held_by_coach[src] = {c["coach"]: c["held"] for c in data["visits"]["by_coach"]}

    src = "report quarterly --format md"
    text = p.run(["report", "quarterly", "--quarter", QUARTER, "--format", "md"])
    risks = text.split("## Risks", 1)[1].split("\n## ", 1)[0]
    for due, what in re.findall(rf"^\| ({DATE}) \| (.*) \|$", risks, re.M):
        key = key_of_name(what)
        for kind, pattern in RISK_TEXTS:
            if re.search(pattern, what) and key:
                facts.add(src, key, RISK_FACTS[kind], due)
                break
    held_by_coach[src] = coach_table(text.split("## Coach visits", 1)[1].split("\n## ", 1)[0])

    src = "report quarterly --format csv"
    for row in csv.DictReader(io.StringIO(p.run(["report", "quarterly", "--quarter", QUARTER, "--format",
                                                 "csv"]).lstrip("\ufeff"))):
        if row["phase"]:
            facts.add(src, row["key"], "current phase", row["phase"])

    src = "report quarterly --format html"
    text = p.run(["report", "quarterly", "--quarter", QUARTER, "--format", "html"])
    for name, phase_name, kind, start, end in re.findall(
            rf"<title>([^<:]+): ([^<(]+) \((planned|actual)\) ({DATE}) \u2013 ({DATE})</title>", text):
        key = key_of_name(html.unescape(name))
        phase = phase_key(html.unescape(phase_name))
        if kind == "planned":
            facts.add(src, key, f"{phase} planned start", start)
            facts.add(src, key, f"{phase} planned end", end)
        else:
            facts.add(src, key, f"{phase} started", start)
    details = text.split('<section class="tables">', 1)[1]
    visits = details.split("<h3>Coach visits</h3>", 1)[1].split("<h3>", 1)[0]
    rows = re.findall(r"<tr><td>(.*?)</td><td class=\"num\">(\d+)</td><td class=\"num\">(\d+)</td>", visits)
    held_by_coach[src] = {coach_key(html.unescape(name)): int(held) for name, _, held in rows}


def coach_key(name):
    for key, coach_name in COACHES.items():
        if coach_name == name:
            return key
    return None


def coach_table(section):
    held = {}
    for line in section.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if len(cells) == 5 and cells[2].isdigit():
            held[coach_key(cells[0])] = int(cells[2])
    return held


# ---------------------------------------------------------------------------
# calendar, remind, check


def read_calendar(p, facts, key):
    src = "calendar KEY"
    # Unfolded: a line break and a space continue the line before.
    text = p.run(["calendar", key]).replace("\r\n", "\n").replace("\n ", "")
    visit_days = []
    for event in re.findall(r"BEGIN:VEVENT\n(.*?)END:VEVENT", text, re.S):
        uid = re.search(r"^UID:(.*)$", event, re.M).group(1)
        day = re.search(r"^DTSTART;VALUE=DATE:(\d{8})$", event, re.M).group(1)
        day = f"{day[:4]}-{day[4:6]}-{day[6:]}"
        m = re.match(rf"phase-end\.{key}\.([\w-]+)@plift", uid)
        if m:
            facts.add(src, key, f"{m.group(1)} planned end", day)
            if m.group(1) == PHASES[-1]:
                facts.add(src, key, "journey planned end", day)
            continue
        if uid.startswith(f"visit.{key}."):
            description = re.search(r"^DESCRIPTION:(.*)$", event, re.M).group(1)
            overdue = re.search(rf"fell due on ({DATE})", description)
            visit_days.append(overdue.group(1) if overdue else day)
    if visit_days:
        facts.add(src, key, "next visit due", min(visit_days))


def read_remind(p, facts):
    src = "remind --format json"
    for reminder in json.loads(p.run(["remind", "--format", "json"])):
        fact = RISK_FACTS.get(reminder["kind"])
        if fact:
            facts.add(src, reminder["company"], fact, reminder["due"])


def read_check(p, facts):
    src = "check --format json"
    for finding in json.loads(p.run(["check", "--format", "json"])):
        fact = RISK_FACTS.get(finding["rule"])
        if fact:
            facts.add(src, finding["company"], fact, finding["date"])


# ---------------------------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--plift", required=True)
    parser.add_argument("--keep", action="store_true", help="leave the temporary folder in place")
    args = parser.parse_args()

    folder = tempfile.mkdtemp(prefix="plift-dates.")
    try:
        p = Plift(os.path.abspath(args.plift), folder)
        p.run(["init", "-q"])
        config = os.path.join(folder, "plift.toml")
        with open(config, encoding="utf-8") as f:
            text = f.read()
        text = re.sub(r"^holidays = .*$", f"holidays = {HOLIDAYS}", text, flags=re.M)
        with open(config, "w", encoding="utf-8") as f:
            f.write(text)
        for command in setup_commands():
            p.run(["-q", *command])

        facts = Facts()
        held_by_coach = {}
        for key in COMPANIES:
            read_company_show_json(p, facts, key)
            read_company_show_text(p, facts, key, "table")
            read_company_show_text(p, facts, key, "md")
            read_report_company_json(p, facts, key)
            read_report_company_md(p, facts, key)
            read_report_company_html(p, facts, key)
        for key in ACTIVE + ["omicron"]:
            read_calendar(p, facts, key)
        read_company_list(p, facts)
        read_phase_status(p, facts)
        read_quarterly(p, facts, held_by_coach)
        read_remind(p, facts)
        read_check(p, facts)

        # What each output must show.
        for key in COMPANIES:
            for src in ["company show --json", "company show --format table", "company show --format md",
                        "report company --json", "report company --format md", "report company --format html"]:
                facts.require(src, key, "journey planned end")
                if src != "report company --json":
                    facts.require(src, key, "coach name")
            for src in ["report company --json", "report company --format md", "report company --format html"]:
                facts.require(src, key, *[f"{phase} planned end" for phase in PHASES])
        for key in ACTIVE:
            for src in ["company show --json", "company show --format table", "company show --format md",
                        "company list --json", "phase status --json", "phase status KEY",
                        "report company --format md", "report company --format html", "report company --json"]:
                facts.require(src, key, "current phase planned end")
            for src in ["company show --json", "company show --format table", "phase status --json",
                        "report company --json", "report company --format md", "report company --format html",
                        "calendar KEY"]:
                facts.require(src, key, "next visit due")
            facts.require("calendar KEY", key, "journey planned end")
        for src in ["company show --json", "company show --format table", "report company --json",
                    "report company --format md", "report company --format html"]:
            facts.require(src, "kappa", "vision forced reason", "vision ended")
        for src in ["remind --format json", "check --format json", "report quarterly --json",
                    "report quarterly --format md"]:
            facts.require(src, "kappa", "current phase planned end", "vision ended")
            facts.require(src, "mu", "next visit due")

        # The facts themselves, where the scenario fixes them.
        expected = {
            ("kappa", "vision ended"): "2025-11-10",
            ("kappa", "vision forced reason"): FORCED_REASON,
            ("kappa", "coach name"): "Ingrid Solheim",
            ("lambda", "vision ended"): "2026-05-11",
            ("xi", "line ended"): "2026-06-15",
        }
        for (key, fact), value in expected.items():
            for source, shown in facts.facts[key][fact]:
                if shown != value:
                    facts.problem(f"{key}: {fact} is {value!r}, but {source} shows {shown!r}")

        # Visits count for the coach who held them.
        listed = {}
        for coach in COACHES:
            rows = json.loads(p.run(["visit", "list", "--coach", coach, "--since", QUARTER_FROM, "--until",
                                     QUARTER_TO, "--json"]))
            listed[coach] = len(rows)
        for src, held in held_by_coach.items():
            for coach, count in listed.items():
                if held.get(coach, 0) != count:
                    facts.problem(f"{src} credits {coach} with {held.get(coach, 0)} visits in {QUARTER}; "
                                  f"visit list --coach {coach} lists {count}")

        problems = facts.problems + list(facts.disagreements())
        for problem in problems:
            print(f"FAIL: {problem}")
        if problems:
            print(f"check_dates: {len(problems)} problems", file=sys.stderr)
            return 1
        count = sum(len(v) for c in facts.facts.values() for v in c.values())
        print(f"check_dates: {count} dates and names shown by {len({s for c in facts.facts.values() for v in c.values() for s, _ in v})} outputs agree")
        return 0
    finally:
        if args.keep:
            print(f"kept {folder}", file=sys.stderr)
        else:
            shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
