#!/usr/bin/env python3
"""A command waiting for another writer says so after a second, on a terminal.

The test holds the database's write lock (BEGIN IMMEDIATE) and runs
`plift pulse log` under a pseudo-terminal: after about a second its stderr
says it is waiting, naming the database; once the lock is let go it logs
the pulse and exits 0. With stderr not a terminal (cron) the same wait
prints nothing but the confirmation; held past the busy timeout, it exits 75.

Usage: busy_notice.py --plift BINARY
"""
import argparse
import os
import pty
import select
import sqlite3
import subprocess
import sys
import tempfile
import time

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plift", required=True)
    plift = os.path.realpath(parser.parse_args().plift)
    with tempfile.TemporaryDirectory() as folder:
        env = dict(os.environ, HOME=folder, PLIFT_TODAY="2026-11-16", LC_ALL="C.UTF-8", NO_COLOR="1")
        for name in ("PLIFT_CONFIG", "PLIFT_DB"):
            env.pop(name, None)

        def run(*args):
            return subprocess.run([plift, *args], cwd=folder, env=env, capture_output=True, text=True)

        for args in (["init", "-q"],
                     ["-q", "company", "add", "Dokka AS", "--key", "dokka", "--region", "Innlandet", "--sector",
                      "metal", "--employees", "20", "--start", "2026-01-05"]):
            result = run(*args)
            if result.returncode != 0:
                raise SystemExit(f"setup: plift {' '.join(args)}: {result.stderr}")

        holder = sqlite3.connect(os.path.join(folder, "plift.db"), isolation_level=None)

        # On a terminal: a notice after a second, then success once the lock is free.
        holder.execute("BEGIN IMMEDIATE")
        controller, terminal = pty.openpty()
        started = time.monotonic()
        waiting = subprocess.Popen([plift, "pulse", "log", "dokka", "--status", "green"], cwd=folder, env=env,
                                   stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=terminal)
        os.close(terminal)
        seen = b""
        noticed_at = None
        while time.monotonic() - started < 2.5 and noticed_at is None:
            ready, _, _ = select.select([controller], [], [], 0.1)
            if ready:
                seen += os.read(controller, 4096)
                if b"waiting" in seen:
                    noticed_at = time.monotonic() - started
        holder.execute("COMMIT")
        out, _ = waiting.communicate(timeout=10)
        try:
            while True:
                ready, _, _ = select.select([controller], [], [], 0.2)
                if not ready:
                    break
                seen += os.read(controller, 4096)
        except OSError:
            pass
        os.close(controller)
        text = seen.decode("utf-8", "replace")
        check(noticed_at is not None, f"no notice on the terminal while waiting: {text!r}")
        if noticed_at is not None:
            check(0.8 <= noticed_at <= 2.0, f"the notice came after {noticed_at:.2f} s, not about 1 s")
        check("plift.db" in text, f"the notice does not name the database: {text!r}")
        check(waiting.returncode == 0 and b"green pulse logged" in out,
              f"after the wait: exit {waiting.returncode}, stdout {out!r}")

        # Not a terminal: silent while it waits.
        holder.execute("BEGIN IMMEDIATE")
        quiet = subprocess.Popen([plift, "pulse", "log", "dokka", "--status", "yellow", "--date", "2026-11-13"],
                                 cwd=folder, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(1.5)
        holder.execute("COMMIT")
        out, err = quiet.communicate(timeout=10)
        check(quiet.returncode == 0 and err == "", f"not a terminal: exit {quiet.returncode}, stderr {err!r}")

        # Held past the busy timeout: exit 75.
        holder.execute("BEGIN IMMEDIATE")
        busy = run("pulse", "log", "dokka", "--status", "red", "--date", "2026-11-12")
        holder.execute("COMMIT")
        check(busy.returncode == 75, f"held past the timeout: exit {busy.returncode}, stderr {busy.stderr!r}")
        holder.close()

    if failures:
        print(f"busy_notice: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("busy_notice: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
