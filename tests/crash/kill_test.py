#!/usr/bin/env python3
"""Crash safety: plift killed with SIGKILL in the middle of a large import, a long batch, the undo of a large import,
the removal of a company with many records, or the undo of that removal.

A base database holds the companies. Each round copies it, starts
`plift import pulses big.csv`, `plift batch big.plift` or, on a copy where
that import landed and a pulse was logged after it, `plift undo ID` of the
import (the rounds take them in turn), and SIGKILLs it after a seeded random
delay spread over the length of one full run, so most rounds die mid-way and
a few finish first. Every third turn instead waits until the process starts
writing its commit to the write-ahead log and kills it within the (measured)
time that writing and the checkpoint after it take: the moments when the
files on disk change. After every round:
  - plift itself still reads and writes the database (it recovers the
    write-ahead log the killed process left behind);
  - PRAGMA integrity_check is ok and foreign_key_check finds nothing;
  - the pulses are either all the base's (nothing landed) or the base's plus
    every row of the import or batch, never anything in between;
  - the audit log has an entry for the import or batch exactly when its rows
    are there;
  - after an undo, `plift export` prints exactly what it printed before the
    undo, or exactly what it prints after a whole one.

Further rounds (--remove-rounds) do the same to `plift company remove big
--with-records`, where 'big' has a journey of 76 years with a pulse a day
(--big-pulses), key-figure values (--big-kpis), steering members, course
participants and a visit, and to `plift undo ID` of that removal (on a copy
where it landed and a pulse was logged after it): the pulses and
`plift export` are those before or those after, never anything between.

  - the pulse table has its indexes: an import of more than 100,000 rows
    drops two of them and builds them again before it commits, so a kill in
    between must leave them as they were.

The defaults (120,000 imported rows, past the point where the import sets the
indexes aside; a 400-line batch; 27 rounds; 8 removal rounds of a company
with 20,000 pulses and 4,000 key-figure values) keep a Debug build on a busy
2-core machine around two minutes.

Usage: kill_test.py --plift BINARY [--rounds N] [--pulses N] [--batch-lines N] [--remove-rounds N]
                    [--big-pulses N] [--big-kpis N] [--seed N]
"""
import argparse
import csv
import datetime
import json
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

TODAY = datetime.date(2026, 11, 16)


def write_inputs(folder, rng, companies, pulses, batch_lines):
    """companies.csv, big.csv (pulses) and big.plift (pulse log lines), all dated within the journeys."""
    starts = []
    with open(os.path.join(folder, "companies.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["key", "name", "region", "sector", "employees", "start"])
        for n in range(companies):
            start = TODAY - datetime.timedelta(days=rng.randrange(60, 2000))
            starts.append(start)
            w.writerow([f"c{n:05}", f"Verkstad {n} AB", "Sydsverige", "metal", rng.randrange(15, 500),
                        start.isoformat()])
    notes = ["", "", "Bra vecka", "Leverans sen, \"materialbrist\"", "5S på gång; tavlan flyttad", "Ø'ystein"]
    statuses = ["green", "green", "yellow", "red"]

    def random_pulse():
        # Never today: the test logs a pulse today afterwards, and a company has one pulse meeting a day.
        n = rng.randrange(companies)
        day = starts[n] + datetime.timedelta(days=rng.randrange((TODAY - starts[n]).days))
        return f"c{n:05}", day.isoformat(), rng.choice(statuses), rng.choice(notes)

    with open(os.path.join(folder, "big.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["company", "date", "status", "note"])
        taken = set()  # one pulse meeting a company and day
        for _ in range(pulses):
            row = random_pulse()
            while row[:2] in taken:
                row = random_pulse()
            taken.add(row[:2])
            w.writerow(row)
    with open(os.path.join(folder, "big.plift"), "w", encoding="utf-8") as f:
        f.write("# a long batch: one pulse meeting a line\n")
        taken = set()  # `pulse log` refuses a second pulse meeting on a day
        for i in range(batch_lines):
            company, day, status, _ = random_pulse()
            while (company, day) in taken:
                company, day, status, _ = random_pulse()
            taken.add((company, day))
            f.write(f'pulse log {company} --status {status} --date {day} --note "batch line {i}"\n')


BIG_START = datetime.date(1950, 1, 2)


def write_big_company(folder, rng, pulses, kpis):
    """big.csv (one company with a very long journey), its pulses (one a day) and its key-figure values."""
    if pulses > (TODAY - BIG_START).days or kpis > (TODAY - BIG_START).days:
        sys.exit(f"at most {(TODAY - BIG_START).days} pulses and key-figure values for the big company")
    with open(os.path.join(folder, "big-company.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["key", "name", "region", "sector", "employees", "start"])
        w.writerow(["big", "Storverket AB", "Sydsverige", "metal", 900, BIG_START.isoformat()])
    with open(os.path.join(folder, "big-pulses.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["company", "date", "status", "note"])
        for n in range(pulses):
            w.writerow(["big", (BIG_START + datetime.timedelta(days=n)).isoformat(),
                        rng.choice(["green", "yellow", "red"]), f"möte {n}"])
    with open(os.path.join(folder, "big-kpis.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["company", "kpi", "date", "value"])
        for n in range(kpis):
            w.writerow(["big", "scrap", (BIG_START + datetime.timedelta(days=n)).isoformat(),
                        f"{rng.randrange(0, 1000) / 10}"])


PULSE_INDEXES = ["pulse_company_date", "pulse_date"]


def database_state(path):
    """(integrity_check, foreign key problems, pulse count, audit commands, the pulse table's indexes)."""
    db = sqlite3.connect(path)
    try:
        integrity = db.execute("PRAGMA integrity_check").fetchall()
        foreign = db.execute("PRAGMA foreign_key_check").fetchall()
        pulses = db.execute("SELECT count(*) FROM pulse").fetchone()[0]
        commands = [row[0] for row in db.execute("SELECT command FROM audit_entry ORDER BY id")]
        indexes = [row[0] for row in db.execute(
            "SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'pulse' ORDER BY name")]
    finally:
        db.close()
    return integrity, foreign, pulses, commands, indexes


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plift", required=True)
    parser.add_argument("--rounds", type=int, default=27)
    parser.add_argument("--companies", type=int, default=200)
    parser.add_argument("--pulses", type=int, default=120_000)
    parser.add_argument("--batch-lines", type=int, default=400)
    parser.add_argument("--remove-rounds", type=int, default=8,
                        help="rounds that kill `company remove --with-records` and the undo of one, in turn")
    parser.add_argument("--big-pulses", type=int, default=20_000, help="the removed company's pulses")
    parser.add_argument("--big-kpis", type=int, default=4_000, help="the removed company's key-figure values")
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    plift = os.path.abspath(args.plift)
    rng = random.Random(args.seed)

    env = {k: v for k, v in os.environ.items() if not k.startswith("PLIFT_")}
    env["PLIFT_TODAY"] = TODAY.isoformat()
    env["HOME"] = tempfile.gettempdir()
    env["USER"] = "kill-test"
    env.pop("XDG_CONFIG_HOME", None)

    began = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="plift-crash-") as folder:
        def run(*command):
            return subprocess.run([plift, *command], cwd=folder, env=env, capture_output=True, text=True)

        def must(*command):
            result = run(*command)
            if result.returncode != 0:
                sys.exit(f"setup failed: plift {' '.join(command)}: exit {result.returncode}: {result.stderr}")
            return result

        write_inputs(folder, rng, args.companies, args.pulses, args.batch_lines)
        write_big_company(folder, rng, args.big_pulses, args.big_kpis)
        must("init", "-q")
        must("-q", "import", "companies", "companies.csv")
        db_path = os.path.join(folder, "plift.db")
        base_path = os.path.join(folder, "base.db")
        def checkpoint():
            db = sqlite3.connect(db_path)
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            db.close()

        def fresh_copy(source):
            for suffix in ("", "-wal", "-shm", "-journal"):
                if os.path.exists(db_path + suffix):
                    os.remove(db_path + suffix)
            shutil.copyfile(source, db_path)

        checkpoint()
        shutil.copyfile(db_path, base_path)
        _, _, base_pulses, base_commands, _ = database_state(base_path)

        # The base of the undo rounds: the import landed, then a pulse of
        # another command; the undo names the import's entry, not the latest.
        must("-q", "import", "pulses", "big.csv")
        must("-q", "pulse", "log", "c00001", "--status", "green", "--note", "after the import")
        db = sqlite3.connect(db_path)
        import_id = db.execute("SELECT id FROM audit_entry WHERE command = 'plift -q import pulses big.csv'").fetchone()[0]
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        undo_base_path = os.path.join(folder, "undo-base.db")
        shutil.copyfile(db_path, undo_base_path)
        _, _, undo_base_pulses, undo_base_commands, _ = database_state(undo_base_path)

        # The base of the removal rounds: the companies, and one more with a
        # journey of many years and many records of several kinds; the removal
        # takes them all in one transaction.
        fresh_copy(base_path)
        must("-q", "import", "companies", "big-company.csv")
        must("-q", "import", "pulses", "big-pulses.csv")
        must("-q", "import", "kpis", "big-kpis.csv")
        for person, role in (("Eva Storm", "union"), ("Per Lund", "management"), ("Ali Berg", "employee")):
            must("-q", "steering", "add", "big", "--person", person, "--role", role)
            must("-q", "training", "enroll", "big", "--person", person, "--date", "2026-02-02")
        must("-q", "visit", "log", "big", "--date", "2026-03-03", "--note", "besök")
        checkpoint()
        remove_base_path = os.path.join(folder, "remove-base.db")
        shutil.copyfile(db_path, remove_base_path)
        _, _, remove_base_pulses, remove_base_commands, _ = database_state(remove_base_path)
        # The base of the rounds that undo the removal: it landed, then a pulse of another command.
        remove_command = ["-q", "company", "remove", "big", "--with-records"]
        must(*remove_command)
        must("-q", "pulse", "log", "c00002", "--status", "green", "--note", "after the removal")
        db = sqlite3.connect(db_path)
        remove_id = db.execute("SELECT id FROM audit_entry WHERE command = ?",
                               ("plift " + " ".join(remove_command),)).fetchone()[0]
        db.close()
        checkpoint()
        unremove_base_path = os.path.join(folder, "unremove-base.db")
        shutil.copyfile(db_path, unremove_base_path)
        _, _, unremove_base_pulses, unremove_base_commands, _ = database_state(unremove_base_path)

        # kind: (command, its audit entry's command, base, pulses before, pulses after a whole run)
        jobs = {
            "import": (["-q", "import", "pulses", "big.csv"], "plift -q import pulses big.csv", base_path,
                       base_pulses, base_pulses + args.pulses),
            "batch": (["-q", "batch", "big.plift"], "plift -q batch big.plift", base_path,
                      base_pulses, base_pulses + args.batch_lines),
            "undo": (["-q", "undo", str(import_id)], f"plift -q undo {import_id}", undo_base_path,
                     undo_base_pulses, undo_base_pulses - args.pulses),
            "remove": (remove_command, "plift " + " ".join(remove_command), remove_base_path,
                       remove_base_pulses, remove_base_pulses - args.big_pulses),
            "unremove": (["-q", "undo", str(remove_id)], f"plift -q undo {remove_id}", unremove_base_path,
                         unremove_base_pulses, unremove_base_pulses + args.big_pulses),
        }
        base_commands_of = {base_path: base_commands, undo_base_path: undo_base_commands,
                            remove_base_path: remove_base_commands, unremove_base_path: unremove_base_commands}
        # The kinds whose every record is compared through `plift export`: (before, after a whole run).
        exports = {"undo": None, "remove": None, "unremove": None}

        wal_path = db_path + "-wal"

        def wal_size():
            try:
                return os.path.getsize(wal_path)
            except FileNotFoundError:
                return 0

        def start(command):
            return subprocess.Popen([plift, *command], cwd=folder, env=env,
                                    stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)

        def wait_for_write_out(proc, limit):
            """Until the process starts writing its transaction to the write-ahead log (or ends)."""
            deadline = time.monotonic() + limit
            while proc.poll() is None and wal_size() == 0 and time.monotonic() < deadline:
                time.sleep(0.001)

        # One full run of each, to learn how long it takes, how long its commit
        # (write-ahead log, then checkpoint) takes, and that it lands whole.
        durations, write_outs = {}, {}
        for kind, (command, _, source, _, rows_after) in jobs.items():
            fresh_copy(source)
            export_before = must("export").stdout if kind in exports else None
            began_run = time.monotonic()
            proc = start(command)
            wait_for_write_out(proc, 600)
            began_write_out = time.monotonic()
            stderr = proc.communicate()[1].decode(errors="replace")
            if proc.returncode != 0:
                sys.exit(f"a full {kind} failed: exit {proc.returncode}: {stderr}")
            durations[kind] = time.monotonic() - began_run
            write_outs[kind] = max(time.monotonic() - began_write_out, 0.005)
            _, _, pulses, _, _ = database_state(db_path)
            if pulses != rows_after:
                sys.exit(f"a full {kind} left {pulses} pulses, not {rows_after}")
            if kind in exports:
                exports[kind] = (export_before, must("export").stdout)
                if exports[kind][0] == exports[kind][1]:
                    sys.exit(f"a full {kind} left the export as it was")

        failures = []
        left_wal = {kind: 0 for kind in jobs}
        tally = {kind: {"nothing": 0, "all, then killed": 0, "finished": 0} for kind in jobs}
        # Most rounds die anywhere in the run; every third turn while it
        # writes its commit out, the few moments when the files change.
        schedule = []
        for kinds, rounds in ((["import", "batch", "undo"], args.rounds), (["remove", "unremove"], args.remove_rounds)):
            schedule += [(kinds[n % len(kinds)], (n // len(kinds)) % 3 == 2) for n in range(rounds)]
        for round_no, (kind, at_commit) in enumerate(schedule, start=1):
            command, audit_command, source, pulses_before, pulses_after = jobs[kind]
            round_base_commands = base_commands_of[source]
            fresh_copy(source)
            proc = start(command)
            began_run = time.monotonic()
            if at_commit:
                wait_for_write_out(proc, 3 * durations[kind] + 5)
                time.sleep(rng.uniform(0.0, 1.1 * write_outs[kind]))
            else:
                time.sleep(rng.uniform(0.0, 1.1 * durations[kind]))
            delay = time.monotonic() - began_run
            killed = proc.poll() is None
            if killed:
                proc.send_signal(signal.SIGKILL)
            stderr = proc.communicate()[1].decode(errors="replace")
            if killed and wal_size() > 0:
                left_wal[kind] += 1
            label = (f"round {round_no} ({kind}{', at its commit' if at_commit else ''}, "
                     f"{'killed' if killed else 'finished'} at {delay:.3f}s)")
            if not killed and proc.returncode != 0:
                failures.append(f"{label}: exit {proc.returncode}: {stderr.strip()}")
                continue

            # plift first, so it is plift that finds and recovers the killed process's write-ahead log.
            listed = run("pulse", "list", "c00000", "--json")
            if listed.returncode != 0:
                failures.append(f"{label}: pulse list afterwards: exit {listed.returncode}: {listed.stderr.strip()}")
            else:
                try:
                    json.loads(listed.stdout)
                except ValueError as e:
                    failures.append(f"{label}: pulse list afterwards printed no JSON: {e}")

            integrity, foreign, pulses, commands, indexes = database_state(db_path)
            if integrity != [("ok",)]:
                failures.append(f"{label}: integrity_check: {integrity[:5]}")
            if indexes != PULSE_INDEXES:
                failures.append(f"{label}: the pulse table's indexes are {indexes}, not {PULSE_INDEXES}")
            if foreign:
                failures.append(f"{label}: foreign_key_check: {foreign[:5]}")
            new_entries = commands[len(round_base_commands):]
            rows = abs(pulses_after - pulses_before)
            if pulses == pulses_before:
                outcome = "nothing"
                if new_entries:
                    failures.append(f"{label}: no rows landed but the audit log has {new_entries}")
            elif pulses == pulses_after:
                outcome = "all, then killed" if killed else "finished"
                if new_entries != [audit_command]:
                    failures.append(f"{label}: all rows landed but the audit log's new entries are {new_entries}")
            else:
                outcome = "partial"
                failures.append(f"{label}: {abs(pulses - pulses_before)} of {rows} rows landed")
            if not killed and outcome != "finished":
                failures.append(f"{label}: finished with exit 0 but {abs(pulses - pulses_before)} of {rows} rows landed")
            if kind in exports:
                exported = run("export")
                expected = exports[kind][0] if outcome == "nothing" else exports[kind][1]
                if exported.returncode != 0:
                    failures.append(f"{label}: export afterwards: exit {exported.returncode}: {exported.stderr.strip()}")
                elif exported.stdout != expected:
                    which = ("the one before" if exported.stdout == exports[kind][0] else
                             "the one after" if exported.stdout == exports[kind][1] else "neither the one before nor the one after")
                    failures.append(f"{label}: the export is {which} the {kind}, but {outcome} of the pulses landed")
            if outcome in tally[kind]:
                tally[kind][outcome] += 1

            # Still writable: the killed writer's lock and half-written pages are gone.
            logged = run("-q", "pulse", "log", "c00000", "--status", "green", "--note", f"after round {round_no}")
            if logged.returncode != 0:
                failures.append(f"{label}: pulse log afterwards: exit {logged.returncode}: {logged.stderr.strip()}")
            else:
                _, _, after, _, _ = database_state(db_path)
                if after != pulses + 1:
                    failures.append(f"{label}: pulse log afterwards left {after} pulses, not {pulses + 1}")

    killed_midway = sum(t["nothing"] for t in tally.values())
    print(f"crash: {len(schedule)} rounds in {time.monotonic() - began:.1f}s "
          f"(one full import of {args.pulses} rows {durations['import']:.2f}s, "
          f"one batch of {args.batch_lines} lines {durations['batch']:.2f}s, "
          f"one undo of that import {durations['undo']:.2f}s; "
          f"their commits {write_outs['import']:.3f}s, {write_outs['batch']:.3f}s and {write_outs['undo']:.3f}s; "
          f"the removal of a company with {args.big_pulses} pulses and {args.big_kpis} key-figure values "
          f"{durations['remove']:.2f}s, its undo {durations['unremove']:.2f}s, "
          f"their commits {write_outs['remove']:.3f}s and {write_outs['unremove']:.3f}s)")
    for kind, counts in tally.items():
        print(f"  {kind}: killed mid-way with nothing landed {counts['nothing']}, "
              f"killed after everything landed {counts['all, then killed']}, "
              f"finished before the kill {counts['finished']}; "
              f"a write-ahead log left to recover {left_wal[kind]}")
    if killed_midway == 0:
        failures.append("no round was killed mid-way: the test proved nothing (raise --rounds)")
    for failure in failures:
        print(f"FAIL: {failure}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
