#!/usr/bin/env python3
"""A large import: past 100,000 rows plift sets the pulse table's two secondary
indexes aside and builds them again after the last row. This checks, through
the real binary, that
  - a good file lands whole, the indexes are back with the same definitions,
    integrity_check is ok and the indexes answer queries;
  - a bad row after the indexes were set aside refuses the file naming its
    line, and leaves the database exactly as it was, indexes included;
  - `plift undo` takes the import back out and keeps the indexes.

Usage: large_import_test.py --plift BINARY [--rows N]
"""
import argparse
import csv
import datetime
import os
import sqlite3
import subprocess
import sys
import tempfile

TODAY = datetime.date(2026, 11, 16)
COMPANIES = 200  # each with one pulse meeting a day, back from today


def schema_and_counts(path):
    db = sqlite3.connect(path)
    try:
        schema = db.execute("SELECT type, name, sql FROM sqlite_schema ORDER BY name").fetchall()
        pulses = db.execute("SELECT count(*) FROM pulse").fetchone()[0]
        integrity = db.execute("PRAGMA integrity_check").fetchall()
        by_index = db.execute("SELECT count(*) FROM pulse INDEXED BY pulse_date WHERE date >= '0000'").fetchone()[0]
        by_company = db.execute(
            "SELECT count(*) FROM pulse INDEXED BY pulse_company_date WHERE company >= ''").fetchone()[0]
        dump = "\n".join(db.iterdump())
    finally:
        db.close()
    return schema, pulses, integrity, (by_index, by_company), dump


def write_pulses(path, rows, bad_last):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["company", "date", "status", "note"])
        for n in range(rows):
            day = TODAY - datetime.timedelta(days=n // COMPANIES)
            w.writerow([f"c{n % COMPANIES:03}", day.isoformat(), ("green", "yellow", "red")[n % 3],
                        "" if n % 4 else f"note {n}"])
        if bad_last:
            w.writerow(["c000", (TODAY + datetime.timedelta(days=1)).isoformat(), "green", ""])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plift", required=True)
    parser.add_argument("--rows", type=int, default=130_000)
    args = parser.parse_args()
    plift = os.path.abspath(args.plift)
    env = {k: v for k, v in os.environ.items() if not k.startswith("PLIFT_")}
    env.update(PLIFT_TODAY=TODAY.isoformat(), PLIFT_NOW=f"{TODAY}T09:00:00Z", USER="coordinator")
    failures = []

    def check(condition, what):
        if not condition:
            failures.append(what)

    with tempfile.TemporaryDirectory(prefix="plift-large-import-") as folder:
        def run(*command):
            return subprocess.run([plift, *command], cwd=folder, env=env, capture_output=True, text=True)

        assert run("init", "-q").returncode == 0
        with open(os.path.join(folder, "companies.csv"), "w", encoding="utf-8") as f:
            f.write("key,name,region,sector,employees,start\n")
            for n in range(COMPANIES):
                f.write(f"c{n:03},Verkstad {n} AB,Sydsverige,metal,40,2024-01-08\n")
        assert run("-q", "import", "companies", "companies.csv").returncode == 0
        db_path = os.path.join(folder, "plift.db")
        schema_before, _, _, _, dump_before = schema_and_counts(db_path)

        write_pulses(os.path.join(folder, "bad.csv"), args.rows, bad_last=True)
        refused = run("import", "pulses", "bad.csv")
        bad_line = args.rows + 2
        check(refused.returncode == 65, f"a bad last row: exit {refused.returncode}, not 65")
        check(f"bad.csv:{bad_line}: column 'date'" in refused.stderr,
              f"a bad last row: the error does not name line {bad_line}: {refused.stderr.strip()}")
        schema, pulses, _, _, dump = schema_and_counts(db_path)
        check(schema == schema_before, "a refused import changed the schema (indexes not restored)")
        check(dump == dump_before, "a refused import changed the database")

        write_pulses(os.path.join(folder, "good.csv"), args.rows, bad_last=False)
        imported = run("import", "pulses", "good.csv")
        check(imported.returncode == 0, f"a good file: exit {imported.returncode}: {imported.stderr.strip()}")
        schema, pulses, integrity, by_indexes, _ = schema_and_counts(db_path)
        check(pulses == args.rows, f"a good file left {pulses} pulses, not {args.rows}")
        check(schema == schema_before, "after a large import the schema differs (an index missing or changed)")
        check(integrity == [("ok",)], f"integrity_check after a large import: {integrity[:3]}")
        check(by_indexes == (args.rows, args.rows), f"the rebuilt indexes hold {by_indexes} rows, not {args.rows}")
        listed = run("pulse", "list", "c007", "--format", "csv")
        check(listed.returncode == 0 and len(listed.stdout.splitlines()) == 1 + len(range(7, args.rows, COMPANIES)),
              "pulse list of one company after a large import does not show all its pulses")

        undone = run("undo")
        check(undone.returncode == 0, f"undo of a large import: exit {undone.returncode}: {undone.stderr.strip()}")
        schema, pulses, integrity, _, _ = schema_and_counts(db_path)
        check(pulses == 0, f"undo left {pulses} pulses")
        check(schema == schema_before and integrity == [("ok",)], "undo of a large import changed the schema")

    for failure in failures:
        print(f"FAIL: {failure}")
    print(f"large import: {args.rows} rows, {len(failures)} failures")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
