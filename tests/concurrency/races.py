#!/usr/bin/env python3
"""Two writing commands on one company, forced to interleave.

Each case starts from a fresh programme. The test holds the database's write
lock itself (BEGIN IMMEDIATE on a connection of its own), starts command A
and waits until it sleeps in SQLite's busy handler, waiting for the lock;
then starts command B and waits the same for it. Both have now read whatever
they read before asking for the lock. B is stopped (SIGSTOP), the test
commits, A takes the lock, writes and exits; then B is continued and takes
the lock after A. So A always commits first and B second, and B must judge
its change by what A wrote, exactly as if the two had been typed one after
the other. Every pair whose order matters runs both ways round. (A command
that ends while the test still holds the lock wrote nothing and decided on
what it read before; a failing race says so.)

After each race:
- each command exited 0 or 1 (never 70, never busy), and a refused one said
  why as `plift: error: …`; no stderr mentions UNIQUE, a constraint or an
  internal error;
- the end state is the one the two commands give when run one after the
  other in the order they committed (read through `company show --json` and
  the other commands' JSON, or the database file where plift shows no JSON);
- the programme's rules hold: the phase history is one phase after another,
  each starting when the previous one ended, exactly one open phase while the
  journey goes on and none after it ended, no phase started after the
  company withdrew or completed, every phase left without --force has all its
  checklist items ticked, and the database passes PRAGMA integrity_check.

Where /proc/PID/wchan shows nothing (or with --fixed-waits), the waits fall
back to fixed times: 0.4 s after starting A, 1.0 s after starting B.

Usage: races.py --plift BINARY [--jobs N] [--only TEXT] [--fixed-waits]
"""
import argparse
import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor

TODAY = "2026-11-16"
START = "2026-01-05"
WITHDRAWN = "2026-11-10"  # the withdrawal date of the races with `company withdraw`
LATER = "2026-11-12"      # a record dated after it (and before TODAY)
KEY = "k"
COACH = "anna"
NEW_NAME = "New Name AS"
DIMENSIONS = ["leadership", "customer-focus", "flow", "standardised-work", "visual-management",
              "continuous-improvement", "employee-involvement"]
BAD_WORDS = ("unique", "constraint", "internal")


class SetupError(Exception):
    pass


class Result:
    def __init__(self, label, args, code, stdout, stderr, waited):
        self.label, self.args, self.code, self.stdout, self.stderr = label, args, code, stdout, stderr
        self.waited = waited  # how it was seen before the lock was let go: see wait_for_lock_wait

    def __str__(self):
        return self.label

    def detail(self):
        words = " ".join(quote(a) for a in self.args)
        err = self.stderr.strip().replace("\n", " | ")
        return f"plift {words} -> exit {self.code}" + (f": {err}" if err else "")


def quote(word):
    return word if word and all(c.isalnum() or c in "-_./=:" for c in word) else "'" + word + "'"


class Folder:
    """One fresh programme: plift.toml and plift.db in a folder of their own."""

    def __init__(self, plift, env, path):
        self.plift, self.env, self.path = plift, env, path
        self.db = os.path.join(path, "plift.db")
        os.makedirs(path)

    def command(self, *args):
        return [self.plift, *args]

    def run(self, *args):
        return subprocess.run(self.command(*args), cwd=self.path, env=self.env, capture_output=True, text=True,
                              timeout=30)

    def must(self, *args):
        result = self.run(*args)
        if result.returncode != 0:
            raise SetupError(f"setup: plift {' '.join(args)}: exit {result.returncode}: {result.stderr.strip()}")
        return result.stdout

    def json(self, *args):
        result = self.run(*args, "--json")
        if result.returncode not in (0, 1) or not result.stdout.strip():
            raise SetupError(f"reading the end state: plift {' '.join(args)} --json: exit {result.returncode}: "
                             f"{result.stderr.strip()}")
        return json.loads(result.stdout)

    def show(self, key=KEY):
        return self.json("company", "show", key)

    def sql(self, query, *params):
        connection = sqlite3.connect(f"file:{self.db}?mode=ro", uri=True, timeout=10)
        try:
            return connection.execute(query, params).fetchall()
        finally:
            connection.close()


# ---------------------------------------------------------------------------
# Forcing the interleaving

FIXED_WAITS = False  # --fixed-waits: do not look at /proc/PID/wchan


def wchan(pid):
    if FIXED_WAITS:
        return None
    try:
        with open(f"/proc/{pid}/wchan") as f:
            return f.read().strip()
    except OSError:
        return None


def wait_for_lock_wait(proc, fallback):
    """Returns how proc was seen: 'waiting' (asleep in SQLite's busy handler),
    'assumed' (no wchan to tell; `fallback` seconds passed), 'exited' or 'slow'."""
    begun = time.monotonic()
    informative = False
    while True:
        if proc.poll() is not None:
            return "exited"
        where = wchan(proc.pid)
        if where and where != "0":
            informative = True
            if "nanosleep" in where:
                return "waiting"
        elapsed = time.monotonic() - begun
        if not informative and elapsed >= fallback:
            return "assumed"
        if elapsed >= 4.0:
            return "slow"
        time.sleep(0.005)


def race(folder, first, second):
    """Runs the commands first and second so that both read before either writes,
    and first commits before second. Returns their Results."""
    (label1, args1), (label2, args2) = first, second
    holder = sqlite3.connect(folder.db, isolation_level=None, timeout=10)
    holder.execute("BEGIN IMMEDIATE")
    started = []
    try:
        def start(args):
            proc = subprocess.Popen(folder.command(*args), cwd=folder.path, env=folder.env, stdout=subprocess.PIPE,
                                    stderr=subprocess.PIPE, text=True)
            started.append(proc)
            return proc

        p1 = start(args1)
        waited1 = wait_for_lock_wait(p1, 0.4)
        p2 = start(args2)
        waited2 = wait_for_lock_wait(p2, 1.0)
        stopped = p2.poll() is None
        if stopped:
            os.kill(p2.pid, signal.SIGSTOP)
        holder.execute("COMMIT")
        holder.close()
        holder = None
        out1, err1 = p1.communicate(timeout=30)
        if stopped:
            os.kill(p2.pid, signal.SIGCONT)
        out2, err2 = p2.communicate(timeout=30)
    finally:
        if holder is not None:
            holder.execute("ROLLBACK")
            holder.close()
        for proc in started:
            if proc.poll() is None:
                os.kill(proc.pid, signal.SIGCONT)
                proc.kill()
                proc.wait()
    return (Result(label1, args1, p1.returncode, out1, err1, waited1),
            Result(label2, args2, p2.returncode, out2, err2, waited2))


# ---------------------------------------------------------------------------
# The programme's rules over the end state

def phase_plan(folder):
    """[(phase key, [checklist item keys])] in the config's order."""
    plan = []
    for setting in folder.json("config", "show"):
        parts = setting["key"].split(".")
        if parts[0] == "phase" and parts[-1] == "checklist":
            plan.append((".".join(parts[1:-1]), json.loads(setting["value"])))
    if not plan:
        raise SetupError("config show --json names no phase checklists")
    return plan


def rule_problems(folder, plan):
    problems = []
    order = [key for key, _ in plan]
    items = dict(plan)
    for company in folder.json("company", "list"):
        key = company["key"]
        show = folder.show(key)
        phases = show["phases"]
        ticked = {(c["phase"], c["item"]) for c in show["checklist"] if c["done"]}
        ended_on = show["withdrawn"] or show["completed"]
        where = f"{key}: phase history {[(p['phase'], p['started'], p['ended']) for p in phases]}"
        if [p["phase"] for p in phases] != order[:len(phases)]:
            problems.append(f"{where}: not the configured phases in order")
        for i, p in enumerate(phases):
            if p["ended"] and p["ended"] < p["started"]:
                problems.append(f"{where}: phase '{p['phase']}' ended before it started")
            if i > 0:
                before = phases[i - 1]
                if not before["ended"] or p["started"] < before["ended"]:
                    problems.append(f"{where}: phase '{p['phase']}' started {p['started']} before phase "
                                    f"'{before['phase']}' ended ({before['ended']})")
            if ended_on and p["started"] > ended_on:
                problems.append(f"{where}: phase '{p['phase']}' started {p['started']}, after the journey ended "
                                f"on {ended_on} ({show['status']})")
            left_by_advance = i < len(phases) - 1 or (i == len(phases) - 1 and show["completed"])
            if left_by_advance and not p["forced_reason"]:
                missing = [item for item in items.get(p["phase"], []) if (p["phase"], item) not in ticked]
                if missing:
                    problems.append(f"{where}: left phase '{p['phase']}' on {p['ended']} without --force while "
                                    f"{', '.join(missing)} {'is' if len(missing) == 1 else 'are'} not ticked")
        open_phases = [p["phase"] for p in phases if not p["ended"]]
        if show["status"] == "active" and (len(open_phases) != 1 or phases[-1]["ended"]):
            problems.append(f"{where}: an active company has {len(open_phases)} open phases, want 1 (the last)")
        if show["status"] in ("completed", "withdrawn") and open_phases:
            problems.append(f"{where}: {show['status']} but phase(s) {', '.join(open_phases)} still open")
    integrity = folder.sql("PRAGMA integrity_check")
    if integrity != [("ok",)]:
        problems.append(f"integrity_check: {integrity}")
    return problems


def outside_journey(folder, key=KEY):
    findings = folder.json("check", "--rule", "event-outside-journey")
    return [f["message"] for f in findings if f.get("company") == key]


# ---------------------------------------------------------------------------
# What the verifications share

class Outcome:
    """The two results, by the case's names for them (a, b) and by commit order."""

    def __init__(self, first, second, a_first):
        self.first, self.second = first, second
        self.a, self.b = (first, second) if a_first else (second, first)
        self.a_first = a_first
        self.problems = []

    def expect(self, condition, message):
        if not condition:
            self.problems.append(message)
        return condition

    def exits(self, result, code, why=""):
        return self.expect(result.code == code,
                           f"{result}: exit {result.code}, want {code}{' (' + why + ')' if why else ''}")

    def first_wins(self, why):
        """The first command succeeds, the second is refused."""
        self.exits(self.first, 0)
        self.exits(self.second, 1, why)


def common_problems(outcome):
    problems = []
    for r in (outcome.first, outcome.second):
        if r.code == 70:
            problems.append(f"{r}: exit 70, an internal error")
        elif r.code not in (0, 1):
            problems.append(f"{r}: exit {r.code}, want 0 or 1")
        words = [word for word in BAD_WORDS if word in r.stderr.lower()]
        if words:
            problems.append(f"{r}: stderr mentions {', '.join(repr(w) for w in words)}")
        if r.code == 1 and "plift: error:" not in r.stderr:
            problems.append(f"{r}: refused without a 'plift: error:' message")
        if r.waited == "slow":
            problems.append(f"{r}: not seen waiting for the write lock within 4 s; the race was not forced")
    return problems


def lock_notes(outcome):
    """Why a result may be stale: it ended while the test still held the lock."""
    return [f"note: {r} ended before the test let go of the write lock, so it decided on what it read before "
            f"{'the other command' if r is outcome.first else outcome.first.label} committed"
            for r in (outcome.first, outcome.second) if r.waited == "exited"]


def base(folder):
    folder.must("init", "-q")
    folder.must("-q", "coach", "add", COACH, "--name", "Anna Berg", "--org", "RISE", "--email", "anna@example.se")
    folder.must("-q", "company", "add", "Verkstad AB", "--key", KEY, "--region", "Syd", "--sector", "metall",
                "--employees", "30", "--start", START, "--coach", COACH)


def tick(folder, *items, day="2026-02-02"):
    for item in items:
        folder.must("-q", "phase", "check", KEY, item, "--date", day)


VISION_ITEMS = ["challenges", "customer-needs", "employee-attitudes", "lean-status", "pulse-rhythm",
                "guiding-principles", "organise-phase-2"]

WITHDRAW = ["company", "withdraw", KEY, "--date", WITHDRAWN, "--reason", "closed"]


def phases_of(show):
    return [(p["phase"], p["started"], p["ended"]) for p in show["phases"]]


def participant(show, person):
    for p in show["training"]["participants"]:
        if p["person"] == person:
            return p
    return None


def steering_role(show, person):
    for m in show["steering"]["members"]:
        if m["person"] == person:
            return m["role"]
    return None


# ---------------------------------------------------------------------------
# The cases: name, setup, command a, command b, the orders to run, verify(folder, outcome)

CASES = []


def case(name, a, b, orders=("a", "b"), setup=None):
    def register(verify):
        CASES.append({"name": name, "a": a, "b": b, "orders": orders, "setup": setup, "verify": verify})
        return verify
    return register


# 1. No field lost: an edit and a withdrawal both land.
@case("edit-name-vs-withdraw", ("company edit", ["company", "edit", KEY, "--name", NEW_NAME]),
      ("company withdraw", WITHDRAW))
def _(folder, o):
    o.exits(o.a, 0)
    o.exits(o.b, 0)
    show = folder.show()
    o.expect(show["name"] == NEW_NAME, f"name is '{show['name']}', want '{NEW_NAME}' (the edit was lost)")
    o.expect(show["status"] == "withdrawn" and show["withdrawn"] == WITHDRAWN and show["withdraw_reason"] == "closed",
             f"status {show['status']}, withdrawn {show['withdrawn']}, reason {show['withdraw_reason']}; want "
             f"withdrawn on {WITHDRAWN}, reason 'closed' (the withdrawal was lost)")


# 2. Two forced advances: one moves the company on, the other sees it already moved today.
@case("advance-force-twice", ("phase advance --force (1)", ["phase", "advance", KEY, "--force", "--reason", "r1"]),
      ("phase advance --force (2)", ["phase", "advance", KEY, "--force", "--reason", "r2"]), orders=("a",))
def _(folder, o):
    o.first_wins("the phase it would leave began today, so the move must wait a day")
    show = folder.show()
    want = [("vision", START, TODAY), ("pilot", TODAY, None)]
    o.expect(phases_of(show) == want, f"phase history {phases_of(show)}, want {want}")
    reasons = [p["forced_reason"] for p in show["phases"]]
    o.expect(reasons[:1] == ["r1"], f"forced reasons {reasons}, want ['r1', None]")


# 3. Withdrawal and a later phase move: never a phase begun after the withdrawal.
@case("withdraw-vs-advance", ("company withdraw", WITHDRAW),
      ("phase advance", ["phase", "advance", KEY, "--date", LATER, "--force", "--reason", "y"]))
def _(folder, o):
    show = folder.show()
    if o.a_first:
        o.first_wins(f"the company withdrew on {WITHDRAWN}")
        want = [("vision", START, WITHDRAWN)]
        o.expect(show["status"] == "withdrawn" and phases_of(show) == want,
                 f"status {show['status']}, phases {phases_of(show)}; want withdrawn, {want}")
    else:
        o.first_wins(f"the phase 'pilot' began on {LATER}, after the withdrawal date {WITHDRAWN}")
        want = [("vision", START, LATER), ("pilot", LATER, None)]
        o.expect(show["status"] == "active" and phases_of(show) == want,
                 f"status {show['status']} (withdrawn {show['withdrawn']}), phases {phases_of(show)}; want "
                 f"active, {want}")


# 4. A move without --force and an untick: never a phase left with an item open.
@case("advance-vs-uncheck", ("phase advance", ["phase", "advance", KEY, "--date", LATER]),
      ("phase uncheck", ["phase", "uncheck", KEY, "lean-status"]),
      setup=lambda f: tick(f, *VISION_ITEMS))
def _(folder, o):
    show = folder.show()
    ticked = any(c["item"] == "lean-status" and c["done"] for c in show["checklist"])
    if o.a_first:
        o.first_wins("the item's phase 'vision' has ended")
        o.expect(show["phase"] == "pilot" and ticked,
                 f"phase {show['phase']}, lean-status ticked: {ticked}; want pilot with lean-status ticked")
    else:
        o.first_wins("lean-status is open after the uncheck")
        o.expect(show["phase"] == "vision" and not ticked,
                 f"phase {show['phase']}, lean-status ticked: {ticked}; want vision with lean-status open")


# The advance must see the tick that came first.
@case("check-vs-advance", ("phase check", ["phase", "check", KEY, "organise-phase-2", "--date", "2026-11-11"]),
      ("phase advance", ["phase", "advance", KEY, "--date", LATER]),
      setup=lambda f: tick(f, *VISION_ITEMS[:-1]))
def _(folder, o):
    show = folder.show()
    ticked = any(c["item"] == "organise-phase-2" and c["done"] == "2026-11-11" for c in show["checklist"])
    o.expect(ticked, "organise-phase-2 is not ticked on 2026-11-11")
    if o.a_first:
        o.exits(o.a, 0)
        o.exits(o.b, 0, "every item of 'vision' was ticked by the check that committed first")
        o.expect(show["phase"] == "pilot", f"phase {show['phase']}, want pilot")
    else:
        o.exits(o.b, 1, "organise-phase-2 was open when the advance ran")
        o.exits(o.a, 0)
        o.expect(show["phase"] == "vision", f"phase {show['phase']}, want vision")


def in_line_phase(folder):
    folder.must("-q", "phase", "advance", KEY, "--date", "2026-03-16", "--force", "--reason", "setup")
    folder.must("-q", "phase", "advance", KEY, "--date", "2026-10-05", "--force", "--reason", "setup")


# An edit and the last phase move (completion): both land.
@case("edit-name-vs-complete", ("company edit", ["company", "edit", KEY, "--name", NEW_NAME]),
      ("phase advance (completes)", ["phase", "advance", KEY, "--date", LATER, "--force", "--reason", "done"]),
      setup=in_line_phase)
def _(folder, o):
    o.exits(o.a, 0)
    o.exits(o.b, 0)
    show = folder.show()
    o.expect(show["name"] == NEW_NAME, f"name is '{show['name']}', want '{NEW_NAME}' (the edit was lost)")
    o.expect(show["status"] == "completed" and show["completed"] == LATER,
             f"status {show['status']}, completed {show['completed']}; want completed on {LATER} "
             f"(the completion was lost)")


# Two edits of different fields of a company: both kept.
@case("edit-region-vs-edit-employees", ("company edit --region", ["company", "edit", KEY, "--region", "Nord"]),
      ("company edit --employees", ["company", "edit", KEY, "--employees", "45"]))
def _(folder, o):
    o.exits(o.a, 0)
    o.exits(o.b, 0)
    show = folder.show()
    o.expect(show["region"] == "Nord" and show["employees"] == 45,
             f"region {show['region']}, employees {show['employees']}; want Nord and 45")


# 6. Two edits of different fields of a coach: both kept.
@case("coach-edit-two-fields", ("coach edit --name", ["coach", "edit", COACH, "--name", "Anna Bergström"]),
      ("coach edit --email", ["coach", "edit", COACH, "--email", "anna.b@example.se"]))
def _(folder, o):
    o.exits(o.a, 0)
    o.exits(o.b, 0)
    coach = next(c for c in folder.json("coach", "list") if c["key"] == COACH)
    o.expect(coach["name"] == "Anna Bergström" and coach["email"] == "anna.b@example.se",
             f"coach name '{coach['name']}', email '{coach['email']}'; want 'Anna Bergström', 'anna.b@example.se'")


def enrol_lina(folder):
    folder.must("-q", "training", "enroll", KEY, "--person", "Lina Ek", "--date", "2026-02-02")


# 7. Completion and drop of one participant: one of the two, and the other refused.
@case("complete-vs-drop",
      ("training complete", ["training", "complete", KEY, "--person", "Lina Ek", "--date", LATER]),
      ("training drop", ["training", "drop", KEY, "--person", "Lina Ek", "--date", LATER]), setup=enrol_lina)
def _(folder, o):
    o.first_wins("the participant's course had already ended")
    p = participant(folder.show(), "Lina Ek") or {}
    want = ("completed", LATER, None) if o.a_first else ("dropped", None, LATER)
    got = (p.get("status"), p.get("completed"), p.get("dropped"))
    o.expect(got == want, f"Lina Ek (status, completed, dropped) = {got}, want {want}")


# Two withdrawals: the second finds the company withdrawn.
@case("withdraw-twice", ("company withdraw (1)", WITHDRAW),
      ("company withdraw (2)", ["company", "withdraw", KEY, "--date", LATER, "--reason", "sold"]))
def _(folder, o):
    o.first_wins("the company had already withdrawn")
    show = folder.show()
    want = (WITHDRAWN, "closed") if o.a_first else (LATER, "sold")
    got = (show["withdrawn"], show["withdraw_reason"])
    o.expect(got == want, f"(withdrawn, reason) = {got}, want {want} (the first withdrawal was overwritten)")


# A new start and a phase move: the start moves only while in the first phase.
@case("edit-start-vs-advance", ("company edit --start", ["company", "edit", KEY, "--start", "2026-01-12"]),
      ("phase advance", ["phase", "advance", KEY, "--date", LATER, "--force", "--reason", "y"]))
def _(folder, o):
    show = folder.show()
    if o.a_first:
        o.exits(o.a, 0)
        o.exits(o.b, 0)
        want = ("2026-01-12", [("vision", "2026-01-12", LATER), ("pilot", LATER, None)])
    else:
        o.first_wins("the company has left its first phase")
        want = (START, [("vision", START, LATER), ("pilot", LATER, None)])
    got = (show["start"], phases_of(show))
    o.expect(got == want, f"(start, phases) = {got}, want {want}")


# A new start and a record dated before it: never a record before the start.
@case("edit-start-vs-pulse", ("company edit --start", ["company", "edit", KEY, "--start", "2026-01-12"]),
      ("pulse log", ["pulse", "log", KEY, "--status", "green", "--date", "2026-01-06"]))
def _(folder, o):
    show = folder.show()
    pulses = [p["date"] for p in show["pulses"]]
    if o.a_first:
        o.first_wins("2026-01-06 is before the new start 2026-01-12")
        want = ("2026-01-12", [])
    else:
        o.first_wins("a pulse meeting on 2026-01-06 lies before the new start")
        want = (START, ["2026-01-06"])
    o.expect((show["start"], pulses) == want, f"(start, pulse dates) = {(show['start'], pulses)}, want {want}")
    outside = outside_journey(folder)
    o.expect(not outside, f"plift check finds records outside the journey: {outside}")


# 5. Each journey record, dated after the withdrawal date, racing the withdrawal.
RECORDS = [
    # name, command, setup, has_effect(show) -> bool
    ("pulse log", ["pulse", "log", KEY, "--status", "red", "--date", LATER, "--note", "late"], None,
     lambda s: any(p["date"] == LATER for p in s["pulses"])),
    ("visit log", ["visit", "log", KEY, "--date", LATER, "--coach", COACH], None,
     lambda s: any(v["date"] == LATER for v in s["visits"]["list"])),
    ("kpi record", ["kpi", "record", KEY, "scrap", "4", "--date", LATER], None,
     lambda s: any(k["kpi"] == "scrap" and LATER in (k["baseline_date"], k["latest_date"]) for k in s["kpis"])),
    ("steering add", ["steering", "add", KEY, "--person", "Karin Holm", "--role", "management"], None,
     lambda s: steering_role(s, "Karin Holm") == "management"),
    ("steering remove", ["steering", "remove", KEY, "--person", "Omar Haddad"],
     lambda f: f.must("-q", "steering", "add", KEY, "--person", "Omar Haddad", "--role", "union"),
     lambda s: steering_role(s, "Omar Haddad") is None),
    ("assess", ["assess", KEY, "--date", LATER] + [f"{d}=2" for d in DIMENSIONS], None,
     lambda s: any(a["date"] == LATER for a in s["assessments"])),
    ("training enroll", ["training", "enroll", KEY, "--person", "Omar Haddad", "--date", LATER], None,
     lambda s: participant(s, "Omar Haddad") is not None),
    ("training complete", ["training", "complete", KEY, "--person", "Lina Ek", "--date", LATER], enrol_lina,
     lambda s: (participant(s, "Lina Ek") or {}).get("completed") == LATER),
    ("training drop", ["training", "drop", KEY, "--person", "Lina Ek", "--date", LATER], enrol_lina,
     lambda s: (participant(s, "Lina Ek") or {}).get("dropped") == LATER),
    ("gathering attend", ["gathering", "attend", "traff-1", KEY, "--people", "3"],
     lambda f: f.must("-q", "gathering", "add", "traff-1", "--title", "Träff 1", "--date", LATER),
     lambda s: any(g["key"] == "traff-1" for g in s["gatherings"]["attended"])),
    ("phase check", ["phase", "check", KEY, "challenges", "--date", LATER], None,
     lambda s: any(c["item"] == "challenges" and c["done"] == LATER for c in s["checklist"])),
    ("phase uncheck", ["phase", "uncheck", KEY, "challenges"], lambda f: tick(f, "challenges"),
     lambda s: not any(c["item"] == "challenges" and c["done"] for c in s["checklist"])),
]


def record_vs_withdraw(name, command, extra_setup, has_effect):
    def setup(folder):
        if extra_setup:
            extra_setup(folder)

    @case(f"{name.replace(' ', '-')}-vs-withdraw", (name, command), ("company withdraw", WITHDRAW), setup=setup)
    def _(folder, o):
        show = folder.show()
        effect = has_effect(show)
        if o.a_first:
            o.exits(o.a, 0)
            o.expect(effect, f"{name} exited {o.a.code} but its change is not in the database")
            if o.b.code == 0:
                o.expect(show["status"] == "withdrawn" and show["withdrawn"] == WITHDRAWN,
                         f"withdraw exited 0 but status {show['status']}, withdrawn {show['withdrawn']}")
        else:
            o.exits(o.b, 0)
            o.exits(o.a, 1, f"the company withdrew on {WITHDRAWN} first")
            o.expect(not effect, f"{name}'s change is in the database of a company that withdrew on "
                                 f"{WITHDRAWN} before it")
            o.expect(show["status"] == "withdrawn" and show["withdrawn"] == WITHDRAWN,
                     f"status {show['status']}, withdrawn {show['withdrawn']}; want withdrawn on {WITHDRAWN}")
            outside = outside_journey(folder)
            o.expect(not outside, f"plift check finds records outside the journey: {outside}")


for _record in RECORDS:
    record_vs_withdraw(*_record)


# The same command twice, or two commands on one record: the second sees the first.
def add_gathering(folder):
    folder.must("-q", "gathering", "add", "traff-1", "--title", "Träff 1", "--date", LATER)


@case("attend-twice", ("gathering attend --people 2", ["gathering", "attend", "traff-1", KEY, "--people", "2"]),
      ("gathering attend --people 5", ["gathering", "attend", "traff-1", KEY, "--people", "5"]),
      orders=("a",), setup=add_gathering)
def _(folder, o):
    o.exits(o.a, 0)
    o.exits(o.b, 0)
    o.expect("replacing 2" in o.b.stdout, f"{o.b}: stdout '{o.b.stdout.strip()}' does not say it replaced 2 people")
    people = [g["people"] for g in folder.show()["gatherings"]["attended"] if g["key"] == "traff-1"]
    o.expect(people == [5], f"attendance at traff-1: {people}, want [5]")


@case("steering-add-vs-remove",
      ("steering add", ["steering", "add", KEY, "--person", "Omar Haddad", "--role", "union"]),
      ("steering remove", ["steering", "remove", KEY, "--person", "Omar Haddad"]),
      setup=lambda f: f.must("-q", "steering", "add", KEY, "--person", "Omar Haddad", "--role", "employee"))
def _(folder, o):
    o.exits(o.a, 0)
    o.exits(o.b, 0)
    role = steering_role(folder.show(), "Omar Haddad")
    want = None if o.a_first else "union"
    o.expect(role == want, f"Omar Haddad's steering role is {role}, want {want}")


@case("steering-remove-twice", ("steering remove (1)", ["steering", "remove", KEY, "--person", "Omar Haddad"]),
      ("steering remove (2)", ["steering", "remove", KEY, "--person", "Omar Haddad"]), orders=("a",),
      setup=lambda f: f.must("-q", "steering", "add", KEY, "--person", "Omar Haddad", "--role", "union"))
def _(folder, o):
    o.first_wins("the member was removed already")
    o.expect(steering_role(folder.show(), "Omar Haddad") is None, "Omar Haddad is still in the steering group")


@case("kpi-record-twice", ("kpi record 4", ["kpi", "record", KEY, "scrap", "4", "--date", LATER]),
      ("kpi record 6", ["kpi", "record", KEY, "scrap", "6", "--date", LATER]), orders=("a",))
def _(folder, o):
    o.exits(o.a, 0)
    o.exits(o.b, 0)
    values = folder.sql("SELECT value FROM kpi_value WHERE company = ? AND kpi = 'scrap' AND date = ?", KEY, LATER)
    o.expect(values == [(6.0,)], f"scrap on {LATER}: {values}, want [6.0] (the later record replaces the earlier)")


@case("assess-twice", ("assess =2", ["assess", KEY, "--date", LATER] + [f"{d}=2" for d in DIMENSIONS]),
      ("assess =3", ["assess", KEY, "--date", LATER] + [f"{d}=3" for d in DIMENSIONS]), orders=("a",))
def _(folder, o):
    o.first_wins(f"an assessment for {LATER} exists")
    means = [a["mean"] for a in folder.show()["assessments"] if a["date"] == LATER]
    o.expect(means == [2], f"assessments on {LATER} with means {means}, want [2]")


@case("enroll-twice", ("training enroll", ["training", "enroll", KEY, "--person", "Omar Haddad", "--date", LATER]),
      ("training enroll --role union", ["training", "enroll", KEY, "--person", "Omar Haddad", "--role", "union",
                                         "--date", "2026-11-13"]), orders=("a",))
def _(folder, o):
    o.first_wins("the participant is enrolled already")
    p = participant(folder.show(), "Omar Haddad") or {}
    got = (p.get("role"), p.get("enrolled"))
    o.expect(got == ("employee", LATER), f"Omar Haddad (role, enrolled) = {got}, want ('employee', '{LATER}')")


@case("visit-log-twice", ("visit log (1)", ["visit", "log", KEY, "--date", LATER, "--coach", COACH, "--note", "one"]),
      ("visit log (2)", ["visit", "log", KEY, "--date", LATER, "--coach", COACH, "--note", "two"]), orders=("a",))
def _(folder, o):
    o.first_wins("that coach's visit on that day is logged already")
    notes = [v["note"] for v in folder.show()["visits"]["list"] if v["date"] == LATER]
    o.expect(notes == ["one"], f"visits on {LATER} with notes {notes}, want ['one']")


@case("uncheck-twice", ("phase uncheck (1)", ["phase", "uncheck", KEY, "challenges"]),
      ("phase uncheck (2)", ["phase", "uncheck", KEY, "challenges"]), orders=("a",),
      setup=lambda f: tick(f, "challenges"))
def _(folder, o):
    o.first_wins("the item is not ticked any more")
    done = [c["done"] for c in folder.show()["checklist"] if c["item"] == "challenges"]
    o.expect(done == [None], f"challenges done: {done}, want [None]")


@case("check-twice", ("phase check (1)", ["phase", "check", KEY, "challenges", "--date", "2026-11-11"]),
      ("phase check (2)", ["phase", "check", KEY, "challenges", "--date", LATER]), orders=("a",))
def _(folder, o):
    o.exits(o.a, 0)
    o.exits(o.b, 0, "ticking a ticked item is a no-op")
    o.expect("already ticked on 2026-11-11" in o.b.stdout,
             f"{o.b}: stdout '{o.b.stdout.strip()}' does not say the item was already ticked on 2026-11-11")
    done = [c["done"] for c in folder.show()["checklist"] if c["item"] == "challenges"]
    o.expect(done == ["2026-11-11"], f"challenges done: {done}, want ['2026-11-11'] (the first tick)")


# Corrections by id: an edit or a removal racing the record's own command.

def pulse_on_later(folder):
    folder.must("-q", "pulse", "log", KEY, "--status", "green", "--date", "2026-11-11")


@case("pulse-log-twice-a-day", ("pulse log green", ["pulse", "log", KEY, "--status", "green", "--date", LATER]),
      ("pulse log red", ["pulse", "log", KEY, "--status", "red", "--date", LATER]), orders=("a",))
def _(folder, o):
    o.first_wins("the company has a pulse meeting that day already")
    statuses = [p["status"] for p in folder.show()["pulses"] if p["date"] == LATER]
    o.expect(statuses == ["green"], f"pulse meetings on {LATER}: {statuses}, want ['green']")


@case("pulse-edit-vs-log", ("pulse edit --date", ["pulse", "edit", "1", "--date", LATER]),
      ("pulse log", ["pulse", "log", KEY, "--status", "red", "--date", LATER]), setup=pulse_on_later)
def _(folder, o):
    o.first_wins("the company has a pulse meeting that day already")
    on_later = [p["status"] for p in folder.show()["pulses"] if p["date"] == LATER]
    want = ["green"] if o.a_first else ["red"]
    o.expect(on_later == want, f"pulse meetings on {LATER}: {on_later}, want {want}")


@case("pulse-edit-vs-remove", ("pulse edit --status", ["pulse", "edit", "1", "--status", "yellow"]),
      ("pulse remove", ["pulse", "remove", "1"]), setup=pulse_on_later)
def _(folder, o):
    pulses = folder.show()["pulses"]
    if o.a_first:
        o.exits(o.a, 0)
        o.exits(o.b, 0)
        o.expect(pulses == [], f"pulse meetings {pulses}, want none (the removal came last)")
    else:
        o.first_wins("the pulse meeting was removed")
        o.expect(pulses == [], f"pulse meetings {pulses}, want none")


@case("training-rename-vs-enroll",
      ("training edit --person", ["training", "edit", "1", "--person", "Omar Haddad"]),
      ("training enroll", ["training", "enroll", KEY, "--person", "omar  haddad", "--date", LATER]),
      setup=enrol_lina)
def _(folder, o):
    o.first_wins("a participant of that name is on the course already")
    names = sorted(p["person"] for p in folder.show()["training"]["participants"])
    want = ["Omar Haddad"] if o.a_first else ["Lina Ek", "omar haddad"]
    o.expect(names == want, f"participants {names}, want {want}")


@case("company-remove-vs-pulse", ("company remove", ["company", "remove", KEY]),
      ("pulse log", ["pulse", "log", KEY, "--status", "green", "--date", LATER]))
def _(folder, o):
    o.first_wins("the company is gone, or has a record now")
    companies = [row[0] for row in folder.sql("SELECT key FROM company")]
    if o.a_first:
        o.expect(companies == [], f"companies {companies}, want none (the removal came first)")
    else:
        o.expect(companies == [KEY], f"companies {companies}, want ['{KEY}'] (a company with a record stays)")


# ---------------------------------------------------------------------------

def run_one(plift, env, root, plan, spec, order, index):
    a_first = order == "a"
    first, second = (spec["a"], spec["b"]) if a_first else (spec["b"], spec["a"])
    title = f"{spec['name']} ({first[0]} first)"
    folder = Folder(plift, env, os.path.join(root, f"{index:03d}-{spec['name']}-{order}"))
    try:
        base(folder)
        if spec["setup"]:
            spec["setup"](folder)
        r1, r2 = race(folder, first, second)
        outcome = Outcome(r1, r2, a_first)
        outcome.problems += common_problems(outcome)
        spec["verify"](folder, outcome)
        outcome.problems += rule_problems(folder, plan)
        if not outcome.problems:
            return title, None, []
        details = [f"1st: {r1.label}: {r1.detail()}", f"2nd: {r2.label}: {r2.detail()}"]
        details += [f"- {p}" for p in outcome.problems[1:]] + lock_notes(outcome)
        return title, outcome.problems[0], details
    except Exception as e:  # a setup step, a timeout or an end state that is not what plift shows
        return title, f"{type(e).__name__}: {e}", []
    finally:
        shutil.rmtree(folder.path, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plift", required=True)
    parser.add_argument("--jobs", type=int, default=4, help="races run at once, each on its own database")
    parser.add_argument("--only", default="", help="run only the cases whose name contains this")
    parser.add_argument("--fixed-waits", action="store_true",
                        help="wait fixed times instead of watching /proc/PID/wchan for the lock wait")
    args = parser.parse_args()
    plift = os.path.abspath(args.plift)
    global FIXED_WAITS
    FIXED_WAITS = args.fixed_waits
    begun = time.monotonic()

    env = {k: v for k, v in os.environ.items() if not k.startswith("PLIFT_")}
    env["PLIFT_TODAY"] = TODAY
    env.pop("XDG_CONFIG_HOME", None)
    env.pop("NO_COLOR", None)

    with tempfile.TemporaryDirectory(prefix="plift-races-") as root:
        env["HOME"] = root
        probe = Folder(plift, env, os.path.join(root, "probe"))
        try:
            base(probe)
            plan = phase_plan(probe)
        except SetupError as e:
            sys.exit(str(e))
        runs = [(spec, order) for spec in CASES if args.only in spec["name"] for order in spec["orders"]]
        with ThreadPoolExecutor(max_workers=max(1, args.jobs)) as pool:
            jobs = [pool.submit(run_one, plift, env, root, plan, spec, order, i)
                    for i, (spec, order) in enumerate(runs)]
            results = [job.result() for job in jobs]

    failed = 0
    for title, reason, details in results:
        if reason:
            failed += 1
            print(f"FAIL {title}: {reason}")
            for line in details:
                print(f"     {line}")
        else:
            print(f"PASS {title}")
    print(f"{len(results) - failed} of {len(results)} races passed in {time.monotonic() - begun:.1f} s")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
