#!/usr/bin/env python3
"""Writes bench/RESULTS.md to stdout from what bench/run.sh measured.

run.sh passes the machine details in R_* environment variables and leaves
hyperfine's JSON and markdown exports and rss.txt in R_WORK.
"""

import json
import os
import pathlib

env = os.environ
work = pathlib.Path(env["R_WORK"])


def ms(seconds: float) -> str:
    value = seconds * 1000
    return f"{value:.1f} ms" if value < 100 else f"{value:.0f} ms"


def mib(kib: str) -> str:
    return f"{int(kib) / 1024:.1f} MiB" if kib.strip().isdigit() else "?"


rss = {}
for line in (work / "rss.txt").read_text().splitlines():
    ident, plift_kib, sqlite_kib = line.split("|")
    rss[ident] = (plift_kib, sqlite_kib)

benches = []  # (id, label, target ms or None, plift result, sqlite3 result or None, target ratio or None)
commands = {}  # id -> (plift command, sqlite3 command or "")
for entry in (work / "benches.txt").read_text().splitlines():
    # id|label|plift command|sqlite3 command|target|folder[|hyperfine options[|target ratio]]
    ident, label, plift_cmd, sqlite_cmd, target, _folder, *rest = entry.split("|")
    ratio = float(rest[1]) if len(rest) > 1 and rest[1] else None
    results = json.loads((work / f"{ident}.json").read_text())["results"]
    twin = results[1] if sqlite_cmd and len(results) > 1 else None
    benches.append((ident, label, float(target) if target else None, results[0], twin, ratio))
    plift_cmd = plift_cmd.replace(f'"{env["R_PLIFT"]}"', "plift")
    if '"' in sqlite_cmd:  # the query in one argument: name its file instead
        query = ident.split("-")[0]
        sqlite_cmd = sqlite_cmd.split('"')[0] + f'"$(cat bench/queries/{query}.sql)"'
    commands[ident] = (plift_cmd, sqlite_cmd)

out = []
w = out.append
w("# plift benchmark results")
w("")
w("Written by `bench/run.sh`; see `bench/README.md` for what is measured and how. "
  "Numbers are wall-clock times of whole processes (start-up, config, open, query, "
  "output, exit) measured by hyperfine, output to /dev/null.")
w("")
w("## Run")
w("")
w(f"- Date: {env['R_STARTED']} (took {env['R_ELAPSED']} s)")
w(f"- plift: {env['R_VERSION']}, commit `{env['R_COMMIT']}` (HEAD; uncommitted work in the tree is not detected)")
w(f"- Binary: `{env['R_PLIFT']}`, build type {env['R_BUILD_TYPE']}")
w(f"- Compiler: {env['R_COMPILER']}")
w(f"- CPU: {env['R_CPU']} at {float(env['R_MHZ'] or 0):.0f} MHz; {env['R_CPUS']} usable of "
  f"{env['R_CPU_LIST']} logical CPUs")
w(f"- RAM: {env['R_MEM']}")
w(f"- OS: {env['R_OS']}")
w(f"- Database file system: {env['R_FS']}")
w(f"- Load average (1, 5, 15 min) before the run: {env['R_LOAD_BEFORE']}, after: {env['R_LOAD']} "
  "(other work on the machine inflates wall-clock times; compare the CPU column)")
w(f"- Tools: {env['R_HYPERFINE']} (`-N --warmup 3`), sqlite3 {env['R_SQLITE']}, GNU time")
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
  + ("; `bench/verify.sh` found `--mode sql` and `--mode commands` give identical databases"
     if env["R_VERIFY"] == "1" else ""))
w("")
w("## Results")
w("")
w("Mean ± standard deviation and median of the wall-clock time; CPU is user + system time of the "
  "mean run; peak RSS is the median of three runs of `/usr/bin/time -v`. "
  "The sqlite3 twin is the plain `sqlite3` command doing the same work (`bench/queries/`); "
  "`plift check` has none.")
w("")
w("| Command | plift mean ± σ | plift median | plift CPU | sqlite3 mean ± σ | sqlite3 median "
  "| plift ÷ sqlite3 | plift peak RSS | sqlite3 peak RSS |")
w("|---|--:|--:|--:|--:|--:|--:|--:|--:|")
for ident, label, target, p, s, _ in benches:
    prss, srss = rss.get(ident, ("?", "?"))
    twin = (f"{ms(s['mean'])} ± {ms(s['stddev'])} | {ms(s['median'])} | {p['mean'] / s['mean']:.1f}× "
            f"| {mib(prss)} | {mib(srss)}") if s else f"— | — | — | {mib(prss)} | —"
    w(f"| `plift {label}` | {ms(p['mean'])} ± {ms(p['stddev'])} | {ms(p['median'])} "
      f"| {ms(p['user'] + p['system'])} | {twin} |")
w("")
w("## Targets")
w("")
w("From the issues: list and status under 50 ms, a single write under 10 ms, `plift --version` "
  "under 5 ms, remind over 10,000 companies with ten years of history under 200 ms, the quarterly report "
  "over them under 1 s and within 2× the hand-written SQL aggregate (its sqlite3 twin). Judged on the mean.")
w("")
w("| Command | Target | plift mean | plift median | Met |")
w("|---|--:|--:|--:|---|")
for ident, label, target, p, s, ratio in benches:
    if target is None:
        continue
    mean = p["mean"] * 1000
    if mean < target:
        verdict = f"yes ({target - mean:.1f} ms to spare)"
    else:
        verdict = f"**no**: {mean - target:.1f} ms over, {mean / target:.1f}× the target"
        if p["median"] * 1000 < target:
            verdict += " (the median meets it)"
    goal = f"< {target:.0f} ms"
    if ratio and s:
        goal += f", ≤ {ratio:g}× sqlite3"
        times = p["mean"] / s["mean"]
        if times <= ratio:
            verdict += f"; {times:.1f}× sqlite3: yes"
        else:
            verdict += f"; {times:.1f}× sqlite3: **no**"
            if p["median"] / s["median"] <= ratio:
                verdict += " (the medians meet it)"
    w(f"| `plift {label}` | {goal} | {ms(p['mean'])} | {ms(p['median'])} | {verdict} |")
untargeted = [(label, p) for ident, label, target, p, s, _ in benches if target is None]
if untargeted:
    w("")
    w("No target: " + "; ".join(f"`plift {label}` {ms(p['mean'])} (median {ms(p['median'])})"
                                for label, p in untargeted) + ".")
w("")
w("## Commands")
w("")
w("Run in the work folder (`plift.toml` and `plift.db`), `PLIFT_TODAY` set; the query files "
  "are passed as one command-line argument with their comment lines dropped and `@TODAY@`/`@KEY@` "
  "filled in. `check` exits 1 when it finds anything, so hyperfine runs it with `-i`.")
w("")
w("| | plift | plain sqlite3 |")
w("|---|---|---|")
for ident, label, target, p, s, _ in benches:
    plift_cmd, sqlite_cmd = commands[ident]
    w(f"| {ident} | `{plift_cmd}` | " + (f"`{sqlite_cmd}`" if sqlite_cmd else "— (no twin)") + " |")
profiles = [(i, l) for i, l, *_ in benches if (work / f"profile.{i}.md").exists()]
if profiles:
    w("")
    w("## Where plift's instructions go (callgrind)")
    w("")
    w("`run.sh --profile`: inclusive instruction counts of one run under valgrind's callgrind, "
      "plift's own functions and the hot spots below them; callees are part of their callers' share.")
    for ident, label in profiles:
        total = (work / f"profile.{ident}.total").read_text().strip()
        w("")
        w(f"### plift {label}: {total} instructions")
        w("")
        w("| share | instructions | function |")
        w("|--:|--:|---|")
        w((work / f"profile.{ident}.md").read_text().rstrip())
w("")
w("## hyperfine's own tables")
for ident, label, target, p, s, _ in benches:
    w("")
    w(f"### {label}")
    w("")
    w((work / f"{ident}.md").read_text().strip())
print("\n".join(out))
