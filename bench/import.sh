#!/usr/bin/env bash
# The import benchmark: `plift import pulses` of a large CSV against sqlite3's
# `.import` of the same file, measured in the same run with hyperfine, and the
# peak memory of each with GNU time. Writes bench/IMPORT.md.
#
#   bench/import.sh [--pulses N] [--companies N] [--runs N] [-o FILE]
#
# Three ways of loading the same rows:
#   plift import   every row checked as `pulse log` checks it, written into
#                  plift's schema (two indexes, foreign key), recorded in the
#                  audit log as one undoable entry
#   sqlite3 plain  `.import` into a table with no index or constraint (the
#                  floor: parsing and appending)
#   sqlite3 schema `.import` into a temporary table, then INSERT … SELECT into
#                  plift's pulse table (indexes and foreign key, no checks, no log)
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

pulses=1000000
companies=2000
runs=3
out="$bench_dir/IMPORT.md"
while [ $# -gt 0 ]; do
  case "$1" in
    --pulses) pulses="$2"; shift 2 ;;
    --companies) companies="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    -o) out="$2"; shift 2 ;;
    *) die "unknown option '$1' (see the top of $0)" ;;
  esac
done

check_deps build
plift="$(plift_binary)"
work="$(mktemp -d "${BENCH_TMPDIR:-${TMPDIR:-/tmp}}/plift-import.XXXXXX")"
[ "${BENCH_KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
export PLIFT_TODAY=2026-11-20

say "generating $pulses pulses for $companies companies in $work"
python3 "$bench_dir/generate_import.py" --out "$work" --companies "$companies" --pulses "$pulses" --today "$PLIFT_TODAY"
tail -n +2 "$work/pulses.csv" > "$work/pulses-noheader.csv"
mkdir "$work/base"
(cd "$work/base" && "$plift" init -q --template produktionslyftet \
  && "$plift" -q import coaches ../coaches.csv && "$plift" -q import companies ../companies.csv)

# Each way is a small script, so hyperfine and GNU time run exactly the same thing.
cat > "$work/fresh-copy.sh" <<SH
rm -rf "$work/run" && mkdir "$work/run" && cp "$work/base/plift.db" "$work/run/plift.db"
SH
cat > "$work/plift.sh" <<SH
cd "$work/run" && exec "$plift" -q import pulses "\${1:-../pulses.csv}"
SH
cat > "$work/plain.sh" <<SH
rm -f "$work/plain.db" && exec sqlite3 "$work/plain.db" -cmd '.mode csv' '.import $work/pulses.csv pulse'
SH
cat > "$work/schema.sh" <<SH
exec sqlite3 "$work/run/plift.db" 'PRAGMA foreign_keys=ON' 'PRAGMA cache_size=-65536' '.mode csv' \\
  'CREATE TEMP TABLE incoming(company, date, status, note)' '.import $work/pulses-noheader.csv incoming' \\
  "INSERT INTO pulse(company, date, status, note) SELECT company, date, status, nullif(note, '') FROM incoming"
SH
fresh_copy="bash $work/fresh-copy.sh"

say "checking that plift imports every row"
$fresh_copy && bash "$work/plift.sh"
imported="$(sqlite3 "$work/run/plift.db" 'SELECT count(*) FROM pulse')"
[ "$imported" = "$pulses" ] || die "plift imported $imported rows, not $pulses"
[ "$(sqlite3 "$work/run/plift.db" 'PRAGMA integrity_check')" = ok ] || die "integrity_check failed after the import"

say "timing ($runs runs each)"
hyperfine -N --runs "$runs" --export-json "$work/hyperfine.json" \
  --prepare "$fresh_copy" -n "plift import pulses" "bash $work/plift.sh" \
  --prepare "rm -f $work/plain.db" -n "sqlite3 .import (plain table)" "bash $work/plain.sh" \
  --prepare "$fresh_copy" -n "sqlite3 .import + INSERT into plift's schema" "bash $work/schema.sh" >&2

peak() {  # peak RSS in MiB of one run of a script (exec'd, so the RSS is the program's)
  /usr/bin/time -f '%M' bash "$@" 2>&1 >/dev/null | tail -1 | awk '{printf "%.1f", $1 / 1024}'
}
$fresh_copy; plift_rss="$(peak "$work/plift.sh")"
plain_rss="$(peak "$work/plain.sh")"
$fresh_copy; schema_rss="$(peak "$work/schema.sh")"
python3 "$bench_dir/generate_import.py" --out "$work/half" --companies "$companies" --pulses $((pulses / 2)) \
  --today "$PLIFT_TODAY"
$fresh_copy; half_rss="$(peak "$work/plift.sh" ../half/pulses.csv)"

python3 - "$work/hyperfine.json" "$out" "$pulses" "$companies" "$(du -m "$work/pulses.csv" | cut -f1)" \
  "$plift_rss" "$plain_rss" "$schema_rss" "$half_rss" "$("$plift" --version)" "$(uptime | sed 's/.*load average: //')" <<'PY'
import json, sys, platform, datetime
data, out, pulses, companies, size, plift_rss, plain_rss, schema_rss, half_rss, version, load = sys.argv[1:]
results = json.load(open(data))["results"]
mean = {r["command"]: r["mean"] for r in results}
sd = {r["command"]: r["stddev"] or 0 for r in results}
cpu = {r["command"]: r["user"] + r["system"] for r in results}
plift = mean["plift import pulses"]
plain = mean["sqlite3 .import (plain table)"]
rss = {"plift import pulses": plift_rss, "sqlite3 .import (plain table)": plain_rss,
       "sqlite3 .import + INSERT into plift's schema": schema_rss}
lines = ["# Import benchmark", "",
         "Written by `bench/import.sh`; see the top of the script for what the three commands do.", "",
         f"- Date: {datetime.datetime.utcnow().strftime('%Y-%m-%dT%H:%M:%SZ')}; {version}; load average before: {load}",
         f"- Data: {pulses} pulse rows ({size} MiB CSV) for {companies} companies, `bench/generate_import.py --seed 1`",
         f"- Machine: {platform.machine()}, {platform.system()} {platform.release()}", "",
         "| command | mean ± σ | CPU | ÷ sqlite3 plain | peak RSS |", "|---|--:|--:|--:|--:|"]
for name in mean:
    lines.append(f"| {name} | {mean[name]:.2f} s ± {sd[name]:.2f} | {cpu[name]:.2f} s | {mean[name] / plain:.1f}× | {rss[name]} MiB |")
lines += ["", f"plift's peak memory importing half as many rows: {half_rss} MiB (flat in the file size: the audit",
          "session is stored every 20,000 rows, the file is streamed, the page cache is capped at 64 MiB).", ""]
open(out, "w").write("\n".join(lines))
print("\n".join(lines))
PY
