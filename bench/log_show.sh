#!/usr/bin/env bash
# plift log show ID --format json on the audit log entry of an import of
# 3,000 pulses and of one of 300,000: peak RSS (GNU time -v), wall time and
# the time to the first byte of output. log show streams the entry segment by
# segment, so the large entry may take at most twice the small one's peak RSS.
#
#   bench/log_show.sh [--small N] [--large N] [-o FILE]
#
#   --small N   pulses in the small import (default 3000)
#   --large N   pulses in the large import (default 300000)
#   -o FILE     also write the results as Markdown to FILE
#
#   PLIFT=/path/to/plift   measure this binary (default: the Release build, as run.sh)
#   BENCH_TMPDIR=DIR       where the database lives (default $TMPDIR or /tmp)
#
# run.sh runs it after its own measurements and adds its table to RESULTS.md.
# Exit 1 when the large entry takes more than twice the small one's peak RSS.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

small=3000
large=300000
out=""
while [ $# -gt 0 ]; do
  case "$1" in
    --small) small="$2"; shift 2 ;;
    --large) large="$2"; shift 2 ;;
    -o) out="$2"; shift 2 ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done
[[ "$small" =~ ^[1-9][0-9]*$ && "$large" =~ ^[1-9][0-9]*$ ]] || die "--small and --large want whole numbers"
need python3 "install Python 3"
[ -x /usr/bin/time ] || die "/usr/bin/time is missing; apt-get install time"
plift="$(plift_binary)"

work="$(make_workdir)"
trap 'rm -rf "$work"' EXIT
cd "$work"
export PLIFT_TODAY=2026-11-16 USER=bench
unset PLIFT_CONFIG PLIFT_DB || true

# 50 companies started in 2024, and pulses spread over them and their days.
python3 - "$small" "$large" <<'PY'
import csv, datetime, random, sys
rng = random.Random(1)
with open("companies.csv", "w", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["key", "name", "region", "sector", "employees", "start"])
    for n in range(50):
        w.writerow([f"c{n:02}", f"Verkstad {n} AB", "Innlandet", "metal", 40, "2024-01-08"])
start = datetime.date(2024, 1, 8)
for name, rows in (("small.csv", int(sys.argv[1])), ("large.csv", int(sys.argv[2]))):
    with open(name, "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["company", "date", "status", "note"])
        for _ in range(rows):
            day = start + datetime.timedelta(days=rng.randrange(1000))
            w.writerow([f"c{rng.randrange(50):02}", day.isoformat(), rng.choice(["green", "yellow", "red"]),
                        rng.choice(["", "Bra vecka", "Leverans sen, \"materialbrist\""])])
PY
"$plift" -q init >/dev/null
"$plift" -q import companies companies.csv
"$plift" -q import pulses small.csv
"$plift" -q import pulses large.csv
small_id=2
large_id=3
[ "$("$plift" log --limit 1 --format csv | tail -1 | cut -d, -f1)" = "$large_id" ] || die "unexpected audit log ids"

# measure ID: "peak_rss_kib wall_s first_byte_s bytes"
measure() {
  local id="$1" rss
  rss="$(/usr/bin/time -v "$plift" log show "$id" --format json 2>&1 >/dev/null \
    | sed -n 's/.*Maximum resident set size (kbytes): //p')"
  python3 - "$plift" "$id" <<'PY'
import subprocess, sys, time
began = time.monotonic()
proc = subprocess.Popen([sys.argv[1], "log", "show", sys.argv[2], "--format", "json"], stdout=subprocess.PIPE)
first = proc.stdout.read(1)
first_byte = time.monotonic() - began
size = len(first)
while True:
    chunk = proc.stdout.read(1 << 20)
    if not chunk:
        break
    size += len(chunk)
if proc.wait() != 0:
    sys.exit("plift log show failed")
print(f"{time.monotonic() - began:.3f} {first_byte:.4f} {size}")
PY
  echo "$rss"
}
read -r small_wall small_first small_bytes small_rss <<<"$(measure "$small_id" | paste -sd' ')"
read -r large_wall large_first large_bytes large_rss <<<"$(measure "$large_id" | paste -sd' ')"
# Every row is in the output: one "change" per row.
rows_out="$("$plift" log show "$large_id" --format json | grep -c '"change": "insert"')"
[ "$rows_out" = "$large" ] || die "log show $large_id printed $rows_out rows, not $large"

ratio="$(python3 -c "print(f'{$large_rss / $small_rss:.2f}')")"
met="yes"
python3 -c "import sys; sys.exit(0 if $large_rss <= 2 * $small_rss else 1)" || met="no"
table="$(cat <<MD
## plift log show ID --format json

| entry | rows | output | peak RSS | wall | first byte |
|---|--:|--:|--:|--:|--:|
| import of $small pulses | $small | $((small_bytes / 1024)) KiB | $small_rss KiB | ${small_wall} s | ${small_first} s |
| import of $large pulses | $large | $((large_bytes / 1024 / 1024)) MiB | $large_rss KiB | ${large_wall} s | ${large_first} s |

Peak RSS of the large entry ÷ the small one's: $ratio (target ≤ 2: $met). $("$plift" --version).
MD
)"
printf '%s\n' "$table" >&2
[ -z "$out" ] || printf '%s\n' "$table" >"$out"
[ "$met" = yes ] || die "log show of $large rows took more than twice the peak RSS of $small rows"
