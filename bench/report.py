#!/usr/bin/env python3
"""Writes bench/RESULTS.md to stdout from what bench/run.sh measured.

run.sh passes the machine details in R_* environment variables and leaves in
R_WORK: benches.txt (one benchmark a line, fields as run.sh's add_bench
writes them), hyperfine's JSON and markdown exports (ID.json, ID.md), rss.txt
(ID|plift KiB|twin KiB|second twin KiB) and the import scripts.
"""

import json
import os
import pathlib

env = os.environ
work = pathlib.Path(env["R_WORK"])


def duration(seconds: float) -> str:
    value = seconds * 1000
    if value < 100:
        return f"{value:.1f} ms"
    if value < 1000:
        return f"{value:.0f} ms"
    return f"{seconds:.2f} s" if seconds < 10 else f"{seconds:.1f} s"


def mib(kib: str) -> str:
    return f"{int(kib) / 1024:.1f} MiB" if kib.strip().isdigit() else "—"


def thousands(n) -> str:
    return f"{int(n):,}"


rss = {}
for line in (work / "rss.txt").read_text().splitlines():
    ident, *kib = line.split("|")
    rss[ident] = kib + [""] * (3 - len(kib))


class Bench:
    def __init__(self, line: str):
        # id|label|plift|twin|target ms|folder|hyperfine options|target ratio|twin label|twin 2|twin 2 label|prepare
        fields = line.split("|") + [""] * 12
        (self.id, self.label, self.plift_cmd, self.twin_cmd, target, _folder, self.options, ratio,
         self.twin_label, self.twin2_cmd, self.twin2_label, self.prepare) = fields[:12]
        self.target = float(target) if target else None
        self.ratio = float(ratio) if ratio else None
        results = json.loads((work / f"{self.id}.json").read_text())["results"]
        self.plift = results[0]
        # (name, hyperfine result, peak RSS KiB, whether the ratio target applies)
        self.twins = []
        if self.twin_cmd:
            self.twins.append((self.twin_label, results[1], rss.get(self.id, ["", "", ""])[1], True))
        if self.twin2_cmd:
            self.twins.append((self.twin2_label, results[2], rss.get(self.id, ["", "", ""])[2], False))
        self.plift_rss = rss.get(self.id, ["", "", ""])[0]


benches = [Bench(line) for line in (work / "benches.txt").read_text().splitlines()]


def shown_command(command: str, ident: str) -> str:
    """A command as a reader would type it: plift for the binary's path, the
    query file for the query, the script for the import scripts."""
    command = command.replace(f'"{env["R_PLIFT"]}"', "plift")
    if '"' in command:  # the query in one argument: name its file instead
        query = ident.split("-")[0]
        command = command.split('"')[0] + f'"$(cat bench/queries/{query}.sql)"'
    return command.replace(str(work), "$WORK")


def verdict(b: Bench, twin) -> tuple[str, str]:
    """The target cell and the met cell of one row."""
    goals, misses, medians_meet = [], [], True
    p = b.plift
    if b.target is not None:
        goals.append(f"< {b.target:g} ms")
        if p["mean"] * 1000 >= b.target:
            misses.append(f"{duration(p['mean'] - b.target / 1000)} over")
            medians_meet = medians_meet and p["median"] * 1000 < b.target
    applies = twin is not None and twin[3] and b.ratio is not None
    if applies:
        goals.append(f"≤ {b.ratio:g}× the twin")
        times = p["mean"] / twin[1]["mean"]
        if times > b.ratio:
            misses.append(f"{times:.2f}× the twin")
            medians_meet = medians_meet and p["median"] / twin[1]["median"] <= b.ratio
    if not goals:
        return "—", "—"
    if not misses:
        return ", ".join(goals), "yes"
    return ", ".join(goals), "**no**: " + ", ".join(misses) + (" (the median meets it)" if medians_meet else "")


out = []
w = out.append
w("# plift benchmark results")
w("")
w("Written by `bench/run.sh` in one run; see `bench/README.md` for what is measured and how. "
  "Times are the wall-clock means of whole processes (start-up, config, open, the work, output, exit) "
  "measured by hyperfine, output to /dev/null; each plift command beside its sqlite3 twin, plain `sqlite3` "
  "doing the same work on the same file, in the same hyperfine run.")
w("")
w("## Results")
w("")
w("| Command | plift mean | sqlite3 twin mean | plift ÷ twin | Target | Met? | plift peak RSS | twin peak RSS |")
w("|---|--:|--:|--:|---|---|--:|--:|")
for b in benches:
    rows = b.twins or [None]
    for twin in rows:
        name = f"`plift {b.label}`"
        if twin and twin[0]:
            name += f" vs {twin[0]}"
        goal, met = verdict(b, twin)
        if twin:
            cells = (f"{duration(twin[1]['mean'])} | {b.plift['mean'] / twin[1]['mean']:.2f}× "
                     f"| {goal} | {met} | {mib(b.plift_rss)} | {mib(twin[2])}")
        else:
            cells = f"— | — | {goal} | {met} | {mib(b.plift_rss)} | —"
        w(f"| {name} | {duration(b.plift['mean'])} | {cells} |")
w("")
w("Targets from the issues: `plift import` within 1.5× sqlite3's `.import` of the same CSV, the quarterly "
  "report under 1 s and within 2× the hand-written SQL aggregate, a single write under 10 ms, remind "
  "under 200 ms, list and status under 50 ms, `--version` under 5 ms. Judged on the mean; the median "
  "(in the details below) is steadier on a shared machine, whose noise only ever adds time. The imports' "
  f"means are of {env.get('R_IMPORT_RUNS', '3')} runs, each into a fresh copy of its database; peak RSS is "
  "the median of three runs of `/usr/bin/time -v` (one for the imports; for the import of all files, the "
  "largest of its processes).")
imports = [b for b in benches if b.id.startswith("import-")]
if imports:
    rows_of = {"import-pulses": int(env.get("R_PULSES_ROWS") or 0), "import-all": int(env.get("R_IMPORT_ROWS") or 0)}
    w("")
    w("Rows per second: " + "; ".join(
        f"`plift {b.label}` {thousands(rows_of[b.id] / b.plift['mean'])}, "
        + ", ".join(f"{t[0].split(':')[0]} {thousands(rows_of[b.id] / t[1]['mean'])}" for t in b.twins)
        for b in imports if rows_of.get(b.id)) + ".")

w("")
w("## Machine")
w("")
w(f"- Date: {env['R_STARTED']} (the run took {env['R_ELAPSED']} s)")
w(f"- plift: {env['R_VERSION']}, commit `{env['R_COMMIT']}` (HEAD; uncommitted work in the tree is not detected)")
w(f"- Binary: `{env['R_PLIFT']}`, build type {env['R_BUILD_TYPE']}")
w(f"- Compiler: {env['R_COMPILER']}")
w(f"- CPU: {env['R_CPU']} at {float(env['R_MHZ'] or 0):.0f} MHz; {env['R_CPUS']} usable of "
  f"{env['R_CPU_LIST']} logical CPUs")
w(f"- RAM: {env['R_MEM']}")
w(f"- OS: {env['R_OS']}")
w(f"- Database file system: {env['R_FS']}"
  + (f"; the tmpfs write: {env['R_SHM_FS']}" if env.get("R_SHM_FS") else ""))
w(f"- Load average (1, 5, 15 min) before the run: {env['R_LOAD_BEFORE']}, after: {env['R_LOAD']} "
  "(other work on the machine inflates wall-clock times; compare the CPU column)")
w(f"- Tools: {env['R_HYPERFINE']} (`-N`; `--warmup 3`, the imports `--runs {env.get('R_IMPORT_RUNS', '3')}` "
  f"with a `--prepare`), sqlite3 {env['R_SQLITE']}, GNU time")
w("")
w("## Data")
w("")
w(f"`bench/generate.py --mode sql --companies {env['R_COMPANIES']} --seed {env['R_SEED']} "
  f"--today {env['R_TODAY']}`, loaded with `sqlite3 plift.db < programme.sql` into a database "
  "made by `plift init --template produktionslyftet`:")
w("")
w(f"- Rows: {env['R_SUMMARY']}")
w(f"- {int(env['R_DB_BYTES']) / 1048576:.0f} MiB database file; generated in {env['R_GENERATE_S']} s, "
  f"loaded in {env['R_LOAD_S']} s")
if env.get("R_IMPORT_SUMMARY"):
    w(f"- The same programme as plift import files (`--mode import`): {env['R_IMPORT_SUMMARY']}")
w(f"- `PLIFT_TODAY={env['R_TODAY']}`: `phase status` lists {env['R_ACTIVE']} active companies; "
  f"the write logs a pulse for `{env['R_KEY']}` (each run appends one)")
if env.get("R_REMINDERS"):
    w(f"- `plift remind`: {env['R_REMINDERS']}")
if env.get("R_FINDINGS"):
    w(f"- `plift check`: {env['R_FINDINGS']}")
if env.get("R_QUARTERLY"):
    w(f"- `plift report quarterly` (today's quarter): {env['R_QUARTERLY']}")
w("- Checked before timing: foreign keys and `PRAGMA quick_check` pass, `plift company list --json` "
  "parses and equals the sqlite3 twin's JSON, `plift phase status` runs and its JSON equals the "
  "sqlite3 twin's rows"
  + ("; `plift remind --format json` parses, reminds only of companies the twin finds active, and its "
     "phase-overdue and steering-incomplete reminders and last visit and pulse dates equal the twin's"
     if env.get("R_REMINDERS") else "")
  + ("; `plift --json check` parses (exit 1: it finds something)" if env.get("R_FINDINGS") else "")
  + ("; `plift report quarterly --format json` has the portfolio, visits held (in all and by coach), pulse "
     "and KPI numbers of the sqlite3 twin, and `--format html` writes a page" if env.get("R_QUARTERLY") else "")
  + (f"; {env['R_IMPORT_CHECKED']}" if env.get("R_IMPORT_CHECKED") else "")
  + ("; `bench/verify.sh` found that `--mode sql`, `--mode commands` and `--mode import` give identical "
     "databases" if env["R_VERIFY"] == "1" else ""))
w("")
w("## Details")
w("")
w("Mean ± standard deviation and median of the wall-clock time; CPU is user + system time of the mean run "
  "(of plift and the processes it waits for).")
w("")
w("| Command | plift mean ± σ | plift median | plift CPU | twin | twin mean ± σ | twin median | twin CPU |")
w("|---|--:|--:|--:|---|--:|--:|--:|")
for b in benches:
    p = b.plift
    head = (f"| `plift {b.label}` | {duration(p['mean'])} ± {duration(p['stddev'] or 0)} | {duration(p['median'])} "
            f"| {duration(p['user'] + p['system'])} ")
    if not b.twins:
        w(head + "| — | — | — | — |")
    for i, (name, t, _, _) in enumerate(b.twins):
        w((head if i == 0 else "| ″ | | | ") + f"| {name or 'sqlite3 (`queries/`)'} "
          f"| {duration(t['mean'])} ± {duration(t['stddev'] or 0)} | {duration(t['median'])} "
          f"| {duration(t['user'] + t['system'])} |")
w("")
w("## Commands")
w("")
w("Run in the work folder (`plift.toml` and `plift.db`, `$WORK` below), `PLIFT_TODAY` set; the query files "
  "are passed as one command-line argument with their comment lines dropped and `@TODAY@`, `@KEY@`, "
  "`@QFROM@` and `@QEND@` filled in. `check` exits 1 when it finds anything, so hyperfine runs it with `-i`.")
w("")
w("| | plift | plain sqlite3 |")
w("|---|---|---|")
for b in benches:
    twins = [c for c in (b.twin_cmd, b.twin2_cmd) if c]
    w(f"| {b.id} | `{shown_command(b.plift_cmd, b.id)}` | "
      + ("<br>".join(f"`{shown_command(c, b.id)}`" for c in twins) if twins else "— (no twin)") + " |")
scripts = sorted(work.glob("import-*.sh"))
if scripts:
    w("")
    w("The import scripts (hyperfine runs the `--prepare` one before every run of every command):")
    for script in scripts:
        text = script.read_text().replace(f'"{env["R_PLIFT"]}"', "plift").replace(str(work), "$WORK").rstrip()
        w("")
        w(f"`{script.name}`:")
        w("")
        w("```sh")
        w(text)
        w("```")
profiles = [b for b in benches if (work / f"profile.{b.id}.md").exists()]
if profiles:
    w("")
    w("## Where plift's instructions go (callgrind)")
    w("")
    w("`run.sh --profile`: inclusive instruction counts of one run under valgrind's callgrind, "
      "plift's own functions and the hot spots below them; callees are part of their callers' share.")
    for b in profiles:
        total = (work / f"profile.{b.id}.total").read_text().strip()
        w("")
        w(f"### plift {b.label}: {total} instructions")
        w("")
        w("| share | instructions | function |")
        w("|--:|--:|---|")
        w((work / f"profile.{b.id}.md").read_text().rstrip())
w("")
w("## hyperfine's own tables")
for b in benches:
    w("")
    w(f"### {b.label}")
    w("")
    w((work / f"{b.id}.md").read_text().strip().replace(str(work), "$WORK"))
print("\n".join(out))
