#!/usr/bin/env python3
"""Upgrading a database written by an older plift, and refusing one from a newer plift.

For every older schema version N (each migration's number below the latest;
the numbers may have gaps, a version no migration has was never written), a
database is built with Python's sqlite3 from the migrations numbered up to N only, filled
with awkward values (accents, quotes, NULLs) in every table of the first
schema, and opened with the current plift. The upgrade must bring it to the
latest version with the schema all migrations make (tables, indexes,
triggers), keep every row that was there unchanged, show the data, and
leave a database plift can write to (and whose writes the audit log shows).

A database whose user_version is beyond what plift knows must be refused with
exit 65, a message naming the file, and the file left byte for byte as it was.

Usage: upgrade_test.py --plift BINARY
"""
import argparse
import glob
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

MIGRATIONS_DIR = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "store", "migrations")
TODAY = "2026-11-16"

COACHES = [
    ("anna", "Anna Bergström", "IUC Syd", "anna@iuc.se", "Sydsverige"),
    ("bo", "Bo \"Bosse\" O'Neill", "RISE; Göteborg", None, None),
    ("zoë", "Zoë Ångström-Øvrebø", "Mälardalens högskola", "zoe@example.se", "Östra Mellansverige"),
]
# key, name, org_number, region, sector, employees, start, coach, completed, withdrawn, withdraw_reason
COMPANIES = [
    ("acme-ab", "Acme AB", "556677-8899", "Sydsverige", "metal", 40, "2025-09-01", "anna", None, None, None),
    ("brodrene-midthaug", "Brødrene; \"Midthaug\" & Co", None, "Västsverige", "wood", 120, "2024-01-15", "bo",
     None, None, None),
    ("gamla-verken", "Gamla Verken AB", "", "Småland med öarna", "foundry", 60, "2023-03-06", None,
     "2024-08-12", None, None),
    ("dropout", "Drop 'Out' AB", None, "Övre Norrland", "plastics", 15, "2025-01-13", "zoë", None,
     "2025-06-02", "Ägarbyte — \"ny VD\"\nandra prioriteringar"),
]
# company, seq, phase, started, ended, planned_end, forced_reason
PHASES = [
    ("acme-ab", 1, "vision", "2025-09-01", "2025-11-17", "2025-11-09", None),
    ("acme-ab", 2, "pilot", "2025-11-17", None, "2026-07-27", "styrgruppen sa 'kör'"),
    ("brodrene-midthaug", 1, "vision", "2024-01-15", None, "2024-03-24", None),
    ("gamla-verken", 1, "vision", "2023-03-06", "2023-05-22", "2023-05-14", None),
    ("gamla-verken", 2, "pilot", "2023-05-22", "2024-01-22", "2024-01-15", None),
    ("gamla-verken", 3, "line", "2024-01-22", "2024-08-12", "2024-07-29", None),
    ("dropout", 1, "vision", "2025-01-13", "2025-06-02", "2025-03-24", None),
]
TICKS = [
    ("acme-ab", "vision", "challenges", "2025-09-15"),
    ("acme-ab", "vision", "pulse-rhythm", "2025-10-01"),
    ("acme-ab", "pilot", "pilot-areas", "2025-12-01"),
    ("gamla-verken", "line", "anchoring", "2024-06-10"),
]
# id, company, date, status, note
PULSES = [
    (1, "acme-ab", "2025-10-05", "green", "Bra start — \"5S\" i gång"),
    (2, "acme-ab", "2025-11-02", "yellow", "=SUM(A1) on the board; it's 'fine'"),
    (3, "gamla-verken", "2024-05-02", "red", "Sena leveranser,\nstor order"),
    (4, "brodrene-midthaug", "2024-02-09", "green", None),
    (5, "dropout", "2025-02-20", "yellow", ""),
]


def migration_files():
    files = sorted(glob.glob(os.path.join(MIGRATIONS_DIR, "[0-9][0-9][0-9]_*.sql")))
    if not files:
        sys.exit(f"no migrations found in {MIGRATIONS_DIR}")
    numbers = [migration_version(path) for path in files]
    if len(set(numbers)) != len(numbers) or numbers[0] < 1:
        sys.exit(f"migrations are not numbered 001, 002, ... each once: {files}")
    return files


def migration_version(path):
    return int(os.path.basename(path)[:3])


def build_database(path, version, files):
    """The schema of the first `version` migrations, as that plift would have left it."""
    db = sqlite3.connect(path)
    for migration in [f for f in files if migration_version(f) <= version]:
        with open(migration, encoding="utf-8") as f:
            db.executescript(f.read())
    db.execute(f"PRAGMA user_version = {version}")
    db.execute("PRAGMA foreign_keys = ON")
    db.executemany("INSERT INTO coach VALUES (?, ?, ?, ?, ?)", COACHES)
    db.executemany("INSERT INTO company VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", COMPANIES)
    db.executemany("INSERT INTO phase_history VALUES (?, ?, ?, ?, ?, ?, ?)", PHASES)
    db.executemany("INSERT INTO checklist_tick VALUES (?, ?, ?, ?)", TICKS)
    db.executemany("INSERT INTO pulse VALUES (?, ?, ?, ?, ?)", PULSES)
    db.commit()
    db.close()


def snapshot(path):
    """Every table's rows, in a stable order, by table name."""
    db = sqlite3.connect(path)
    tables = [row[0] for row in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
    contents = {}
    for table in tables:
        rows = db.execute(f'SELECT * FROM "{table}"').fetchall()
        contents[table] = sorted(rows, key=repr)
    version = db.execute("PRAGMA user_version").fetchone()[0]
    db.close()
    return version, contents


def schema_objects(path):
    """(type, name, sql) of every table, index and trigger: what the migrations made."""
    db = sqlite3.connect(path)
    objects = db.execute("SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite_%' "
                         "ORDER BY type, name").fetchall()
    db.close()
    return objects


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plift", required=True)
    args = parser.parse_args()
    plift = os.path.abspath(args.plift)
    files = migration_files()
    versions = [migration_version(f) for f in files]
    latest = versions[-1]

    env = {k: v for k, v in os.environ.items() if not k.startswith("PLIFT_")}
    env["PLIFT_TODAY"] = TODAY
    env["HOME"] = tempfile.gettempdir()
    env["USER"] = "upgrade-test"
    env.pop("XDG_CONFIG_HOME", None)

    failures = []
    checks = 0

    def check(condition, message):
        nonlocal checks
        checks += 1
        if not condition:
            failures.append(message)
        return condition

    with tempfile.TemporaryDirectory(prefix="plift-upgrade-") as top:
        # The config plift init writes today, without its database.
        template = os.path.join(top, "template")
        os.mkdir(template)
        result = subprocess.run([plift, "init", "-q"], cwd=template, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            sys.exit(f"plift init failed: {result.stderr}")
        with open(os.path.join(template, "plift.toml"), encoding="utf-8") as f:
            config = f.read()

        def make_folder(name):
            folder = os.path.join(top, name)
            os.mkdir(folder)
            with open(os.path.join(folder, "plift.toml"), "w", encoding="utf-8") as f:
                f.write(config)
            return folder

        def parse(result, what):
            try:
                return json.loads(result.stdout)
            except ValueError as e:
                check(False, f"{what}: printed no JSON ({e}): {result.stdout[:200]!r}")
                return []

        def run(folder, *command):
            return subprocess.run([plift, *command], cwd=folder, env=env, capture_output=True, text=True)

        for version in versions[:-1]:
            label = f"from version {version}"
            folder = make_folder(f"v{version}")
            db_path = os.path.join(folder, "plift.db")
            build_database(db_path, version, files)
            before_version, before = snapshot(db_path)
            check(before_version == version, f"{label}: built database has user_version {before_version}")

            result = run(folder, "company", "list", "--json")
            if not check(result.returncode == 0,
                         f"{label}: company list exit {result.returncode}: {result.stderr.strip()}"):
                continue
            after_version, after = snapshot(db_path)
            check(after_version == latest, f"{label}: user_version {after_version} after upgrade, not {latest}")
            for table, rows in before.items():
                check(after.get(table) == rows, f"{label}: table {table} changed by the upgrade:\n"
                                                f"  before {rows}\n  after  {after.get(table)}")
            # The same tables, indexes and triggers as a database made by
            # every migration at once.
            reference = os.path.join(top, f"reference-{version}.db")
            build_database(reference, latest, files)
            upgraded, made = schema_objects(db_path), schema_objects(reference)
            check(upgraded == made, f"{label}: the upgraded schema differs from the latest: "
                                    f"missing {sorted(set(made) - set(upgraded))[:3]}, "
                                    f"extra {sorted(set(upgraded) - set(made))[:3]}")
            for table in sorted(set(after) - set(before)):
                check(after[table] == [], f"{label}: new table {table} is not empty: {after[table]}")

            companies = {c["key"]: c for c in parse(result, f"{label}: company list")}
            check(sorted(companies) == sorted(c[0] for c in COMPANIES),
                  f"{label}: company list shows {sorted(companies)}")
            brodrene = companies.get("brodrene-midthaug", {})
            check(brodrene.get("name") == "Brødrene; \"Midthaug\" & Co" and brodrene.get("org_number") is None,
                  f"{label}: brodrene-midthaug shown as {brodrene}")
            check(companies.get("gamla-verken", {}).get("status") == "completed",
                  f"{label}: gamla-verken not shown completed: {companies.get('gamla-verken')}")
            dropout = companies.get("dropout", {})
            check(dropout.get("withdrawn") == "2025-06-02" and dropout.get("withdraw_reason") == COMPANIES[3][10],
                  f"{label}: dropout shown as {dropout}")
            check(companies.get("acme-ab", {}).get("phase") == "pilot",
                  f"{label}: acme-ab not shown in pilot: {companies.get('acme-ab')}")

            result = run(folder, "pulse", "list", "--json")
            if check(result.returncode == 0, f"{label}: pulse list exit {result.returncode}: {result.stderr}"):
                shown = sorted((p["company"], p["date"], p["status"], p["note"]) for p in parse(result, f"{label}: pulse list"))
                check(shown == sorted(p[1:] for p in PULSES), f"{label}: pulse list shows {shown}")

            result = run(folder, "coach", "list", "--json")
            if check(result.returncode == 0, f"{label}: coach list exit {result.returncode}: {result.stderr}"):
                shown = sorted(c["key"] for c in parse(result, f"{label}: coach list"))
                check(shown == sorted(c[0] for c in COACHES), f"{label}: coach list shows {shown}")

            note = f"efter uppgradering från v{version}: \"ok\""
            result = run(folder, "pulse", "log", "acme-ab", "--status", "green", "--note", note)
            check(result.returncode == 0, f"{label}: pulse log exit {result.returncode}: {result.stderr.strip()}")
            result = run(folder, "log", "--json")
            if check(result.returncode == 0, f"{label}: log exit {result.returncode}: {result.stderr.strip()}"):
                entries = parse(result, f"{label}: log")
                check(len(entries) == 1 and "pulse log acme-ab" in entries[0]["command"]
                      and entries[0]["user"] == "upgrade-test",
                      f"{label}: audit log after one write: {entries}")
            db = sqlite3.connect(db_path)
            check(db.execute("PRAGMA integrity_check").fetchone()[0] == "ok", f"{label}: integrity_check failed")
            check(db.execute("PRAGMA foreign_key_check").fetchall() == [], f"{label}: foreign_key_check failed")
            pulses = db.execute("SELECT count(*) FROM pulse WHERE note = ?", (note,)).fetchone()[0]
            db.close()
            check(pulses == 1, f"{label}: the pulse logged after the upgrade is stored {pulses} times")

        # A database from a newer plift: refused by name, not touched.
        folder = make_folder("newer")
        db_path = os.path.join(folder, "plift.db")
        build_database(db_path, latest, files)
        db = sqlite3.connect(db_path)
        db.execute("PRAGMA user_version = 99")
        db.commit()
        db.close()
        with open(db_path, "rb") as f:
            original = f.read()
        for command in (("company", "list", "--json"), ("pulse", "log", "acme-ab", "--status", "green")):
            result = run(folder, *command)
            what = f"newer database, plift {' '.join(command)}"
            check(result.returncode == 65, f"{what}: exit {result.returncode}, not 65: {result.stderr.strip()}")
            check(db_path in result.stderr or re.search(r"'[^']*plift\.db'", result.stderr),
                  f"{what}: message does not name the file: {result.stderr.strip()}")
            check("99" in result.stderr and "newer" in result.stderr,
                  f"{what}: message does not say it is newer: {result.stderr.strip()}")
            check(result.stdout == "", f"{what}: printed data: {result.stdout}")
            with open(db_path, "rb") as f:
                check(f.read() == original, f"{what}: the database file changed")
            check(not os.path.exists(db_path + "-wal") or os.path.getsize(db_path + "-wal") == 0,
                  f"{what}: a write-ahead log with content was left beside it")

    for failure in failures:
        print(f"FAIL: {failure}")
    print(f"upgrade: {checks - len(failures)} of {checks} checks passed "
          f"(upgrades from versions {', '.join(map(str, versions[:-1]))} to {latest}, and a newer database refused)")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
