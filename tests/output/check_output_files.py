#!/usr/bin/env python3
"""Every file plift writes is whole, private and its own.

Over one small programme, through `export -o`, `report quarterly -o`,
`calendar -o` and `remind --mail-dir`:
- two runs with the same target at once leave a complete file (valid JSON,
  the whole export) and both exit 0; neither says "No such file";
- a link planted where the old writer put its temporary (TARGET.partial) is
  never followed: the file it points to stays as it was;
- a target that is a link to a regular file is written through it and stays
  a link; a device (/dev/null) or a FIFO is written in place and stays what
  it was; a link to nothing and a folder are refused with exit 74;
- a new file is owner-only (0600); a file replaced keeps its mode;
- `-o -` writes to standard output;
- a run killed while it writes leaves nothing beside the target: no
  temporary, no half file in the target's place;
- after every run no temporary is left in the folder.

Usage: check_output_files.py --plift BINARY
"""
import argparse
import json
import os
import signal
import stat
import subprocess
import sys
import tempfile
import time

TODAY = "2026-11-16"
failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
        print("FAIL:", message, file=sys.stderr)


class Programme:
    def __init__(self, plift, folder):
        self.plift, self.folder = plift, folder
        self.env = dict(os.environ, PLIFT_TODAY=TODAY, HOME=folder, LC_ALL="C.UTF-8")
        self.env.pop("PLIFT_CONFIG", None)
        self.env.pop("PLIFT_DB", None)

    def run(self, *args, check_ok=True, stdout=subprocess.PIPE):
        result = subprocess.run([self.plift, *args], cwd=self.folder, env=self.env, stdout=stdout,
                                stderr=subprocess.PIPE, text=True)
        if check_ok and result.returncode != 0:
            raise SystemExit(f"setup: plift {' '.join(args)} exited {result.returncode}: {result.stderr}")
        return result

    def start(self, *args):
        return subprocess.Popen([self.plift, *args], cwd=self.folder, env=self.env, stdout=subprocess.PIPE,
                                stderr=subprocess.PIPE, text=True)


def set_up(programme, pulses):
    programme.run("init")
    programme.run("coach", "add", "anna", "--name", "Anna Berg", "--org", "IUC", "--email", "anna@example.se")
    companies = []
    # One pulse meeting a day per company: enough companies for every row.
    for n in range(pulses // 300 + 1):
        key = f"c{n:03d}"
        programme.run("company", "add", f"Company {n} AB", "--key", key, "--region", "Norr", "--sector", "metal",
                      "--employees", "20", "--start", "2026-01-05", "--coach", "anna")
        companies.append(key)
    rows = ["company,date,status,note"]
    day = 0
    while len(rows) <= pulses:
        for key in companies:
            rows.append(f"{key},{date_after('2026-01-05', day)},green,note {day}")
        day += 1
    with open(os.path.join(programme.folder, "pulses.csv"), "w") as f:
        f.write("\n".join(rows[: pulses + 1]) + "\n")
    programme.run("import", "pulses", "pulses.csv")


def date_after(start, days):
    import datetime
    return (datetime.date.fromisoformat(start) + datetime.timedelta(days=days % 300)).isoformat()


def leftovers(folder, expected):
    # SQLite's own companions of the database come and go with its readers.
    companions = {"plift.db-wal", "plift.db-shm"}
    return sorted(set(os.listdir(folder)) - set(expected) - companions)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--plift", required=True)
    plift = os.path.realpath(parser.parse_args().plift)

    with tempfile.TemporaryDirectory() as folder:
        programme = Programme(plift, folder)
        set_up(programme, 60000)
        base = set(os.listdir(folder))
        whole = programme.run("export").stdout
        json.loads(whole)

        # Two exports onto one target at once, several times over.
        for attempt in range(6):
            first = programme.start("export", "-o", "same.json")
            second = programme.start("export", "-o", "same.json")
            results = [(p.wait(), p.stderr.read()) for p in (first, second)]
            for code, err in results:
                check(code == 0, f"concurrent export {attempt}: exit {code}: {err.strip()}")
                check("No such file" not in err, f"concurrent export {attempt}: {err.strip()}")
            with open(os.path.join(folder, "same.json")) as f:
                text = f.read()
            check(text == whole, f"concurrent export {attempt}: same.json is not the whole export")
        check(leftovers(folder, base | {"same.json"}) == [], f"temporaries left: {leftovers(folder, base | {'same.json'})}")

        # A link planted at the old temporary name is not followed.
        victim = os.path.join(folder, "victim.txt")
        with open(victim, "w") as f:
            f.write("keep me\n")
        os.chmod(victim, 0o644)
        for target, args in (("out.html", ["report", "quarterly", "--format", "html"]),
                             ("out.json", ["export"]),
                             ("out.ics", ["calendar"])):
            os.symlink("victim.txt", os.path.join(folder, target + ".partial"))
            result = programme.run(*args, "-o", target, check_ok=False)
            check(result.returncode == 0, f"{target} with a planted link: exit {result.returncode}: {result.stderr}")
            with open(victim) as f:
                check(f.read() == "keep me\n", f"{target}: the planted link was followed")
            check(stat.S_IMODE(os.stat(victim).st_mode) == 0o644, f"{target}: the victim's mode changed")
            check(stat.S_ISREG(os.lstat(os.path.join(folder, target)).st_mode), f"{target} is not a regular file")
            if os.path.lexists(os.path.join(folder, target + ".partial")):
                os.unlink(os.path.join(folder, target + ".partial"))
        mail_dir = os.path.join(folder, "mail")
        os.mkdir(mail_dir)
        os.symlink(victim, os.path.join(mail_dir, "anna.eml.partial"))
        result = programme.run("remind", "--mail-dir", "mail", check_ok=False)
        with open(victim) as f:
            check(f.read() == "keep me\n", "remind --mail-dir followed a planted link")

        # Modes: a new file owner-only, a replaced one keeps its own.
        path = os.path.join(folder, "new.json")
        programme.run("export", "-o", "new.json")
        check(stat.S_IMODE(os.stat(path).st_mode) == 0o600, f"a new file has mode {oct(os.stat(path).st_mode)}")
        os.chmod(path, 0o640)
        programme.run("export", "-o", "new.json")
        check(stat.S_IMODE(os.stat(path).st_mode) == 0o640, f"a replaced file lost its mode: {oct(os.stat(path).st_mode)}")

        # A link as the target: written through, still a link.
        os.symlink("new.json", os.path.join(folder, "link.json"))
        os.truncate(path, 0)
        programme.run("export", "-o", "link.json")
        check(os.path.islink(os.path.join(folder, "link.json")), "the link target was replaced by a file")
        check(os.path.getsize(path) == len(whole.encode()), "the file the link names was not written")
        os.symlink("nowhere.json", os.path.join(folder, "dangling.json"))
        result = programme.run("export", "-o", "dangling.json", check_ok=False)
        check(result.returncode == 74, f"a link to nothing: exit {result.returncode}")
        check(not os.path.exists(os.path.join(folder, "nowhere.json")), "a link to nothing was followed")
        os.mkdir(os.path.join(folder, "a-folder"))
        result = programme.run("export", "-o", "a-folder", check_ok=False)
        check(result.returncode == 74 and "folder" in result.stderr, f"a folder: exit {result.returncode}: {result.stderr}")

        # Devices and FIFOs are written in place.
        result = programme.run("export", "-o", "/dev/null", check_ok=False)
        check(result.returncode == 0, f"-o /dev/null: exit {result.returncode}: {result.stderr}")
        check(stat.S_ISCHR(os.stat("/dev/null").st_mode), "/dev/null is no longer a device")
        fifo = os.path.join(folder, "pipe")
        os.mkfifo(fifo)
        writer = programme.start("report", "quarterly", "--format", "json", "-o", "pipe")
        with open(fifo) as f:
            received = f.read()
        check(writer.wait() == 0, "writing into a FIFO failed")
        check(json.loads(received) is not None, "the FIFO did not receive the report")
        check(stat.S_ISFIFO(os.lstat(fifo).st_mode), "the FIFO was replaced")

        # -o - is standard output.
        result = programme.run("export", "-o", "-")
        check(result.stdout == whole, "export -o - does not write the export to standard output")
        result = programme.run("report", "quarterly", "--format", "json", "-o", "-")
        check(json.loads(result.stdout) is not None and not os.path.exists(os.path.join(folder, "-")),
              "report -o - does not write to standard output")

        # Killed while writing: nothing half-written, no temporary left.
        expected = set(os.listdir(folder))
        killed_while_writing = 0
        for delay in (0.02, 0.05, 0.1, 0.2):
            killed = programme.start("export", "-o", "killed.json")
            time.sleep(delay)
            killed.send_signal(signal.SIGKILL)
            killed.wait()
            killed_while_writing += killed.returncode == -signal.SIGKILL
            path = os.path.join(folder, "killed.json")
            if os.path.exists(path):
                with open(path) as f:
                    check(f.read() == whole, f"killed after {delay} s: killed.json is not whole")
            check(leftovers(folder, expected | {"killed.json"}) == [],
                  f"killed after {delay} s: left {leftovers(folder, expected | {'killed.json'})}")

        check(killed_while_writing > 0, "every export ended before it was killed: nothing was tested")

    if failures:
        print(f"check_output_files: {len(failures)} failure(s)", file=sys.stderr)
        return 1
    print("check_output_files: ok")
    return 0


if __name__ == "__main__":
    sys.exit(main())
