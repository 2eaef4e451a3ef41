#!/usr/bin/env python3
"""Several writers, readers and the cron job (remind --new-only, which writes too) on one database at once.

Every write must land and no process may fail: WAL lets readers run beside a
writer, and the busy timeout makes writers wait for each other instead of
reporting "database is locked".

Usage: concurrent_use.py --plift BINARY [--writers N] [--writes-per-writer N]
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor


def run(plift, folder, env, *args):
    return subprocess.run([plift, *args], cwd=folder, env=env, capture_output=True, text=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plift", required=True)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--writes-per-writer", type=int, default=25)
    parser.add_argument("--readers", type=int, default=3)
    args = parser.parse_args()
    plift = os.path.abspath(args.plift)

    env = {k: v for k, v in os.environ.items() if not k.startswith("PLIFT_")}
    env["PLIFT_TODAY"] = "2026-11-16"
    env["HOME"] = tempfile.gettempdir()
    env.pop("XDG_CONFIG_HOME", None)

    with tempfile.TemporaryDirectory(prefix="plift-concurrency-") as folder:
        setup = [("init", "-q")]
        for n in range(args.writers):
            setup.append(("-q", "company", "add", f"Verkstad {n} AB", "--key", f"c{n}", "--region", "Syd",
                          "--sector", "metal", "--employees", "30", "--start", "2026-01-05"))
        for command in setup:
            result = run(plift, folder, env, *command)
            if result.returncode != 0:
                sys.exit(f"setup failed: plift {' '.join(command)}: {result.stderr}")

        failures = []
        # The cron-style commands exit 1 when they find something; that is not a failure here.
        allowed = {"check": {0, 1}, "remind": {0}}

        def writer(n):
            for i in range(args.writes_per_writer):
                day = f"2026-{2 + i % 9:02d}-{1 + i % 28:02d}"
                result = run(plift, folder, env, "-q", "pulse", "log", f"c{n}", "--status", "green",
                             "--date", day, "--note", f"writer {n} entry {i}")
                if result.returncode != 0:
                    failures.append(f"writer {n}, write {i}: exit {result.returncode}: {result.stderr.strip()}")

        def reader(n):
            commands = [("company", "list", "--json"), ("phase", "status"), ("pulse", "list", "--json"), ("check",),
                        ("remind", "--new-only")]
            for i in range(args.writes_per_writer):
                command = commands[(n + i) % len(commands)]
                result = run(plift, folder, env, *command)
                if result.returncode not in allowed.get(command[0], {0}):
                    failures.append(f"reader {n}: plift {' '.join(command)}: exit {result.returncode}: "
                                    f"{result.stderr.strip()}")
                if "locked" in result.stderr:
                    failures.append(f"reader {n}: 'locked' in: {result.stderr.strip()}")

        with ThreadPoolExecutor(max_workers=args.writers + args.readers) as pool:
            jobs = [pool.submit(writer, n) for n in range(args.writers)]
            jobs += [pool.submit(reader, n) for n in range(args.readers)]
            for job in jobs:
                job.result()

        result = run(plift, folder, env, "pulse", "list", "--json")
        logged = len(json.loads(result.stdout or "[]"))
        expected = args.writers * args.writes_per_writer
        if logged != expected:
            failures.append(f"{logged} pulse meetings in the database, {expected} written")
        integrity = subprocess.run(["sqlite3", os.path.join(folder, "plift.db"), "PRAGMA integrity_check"],
                                   capture_output=True, text=True)
        if integrity.stdout.strip() != "ok":
            failures.append(f"integrity_check: {integrity.stdout.strip()} {integrity.stderr.strip()}")

    if failures:
        print("\n".join(failures))
        sys.exit(1)
    print(f"ok: {expected} writes by {args.writers} writers beside {args.readers} readers, all landed")


if __name__ == "__main__":
    main()
