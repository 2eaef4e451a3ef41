#!/usr/bin/env bash
# Checks that generate.py's three modes describe the same programme:
#
#   commands vs sql   one database built by running the generated plift
#                     commands (every row through plift's own validation),
#                     one by loading the generated SQL: every table row by
#                     row, and company list, phase status and two quarterly
#                     reports as JSON (48 companies in 12 cohorts: one
#                     process per command is slow)
#   import vs sql     `plift import` of every file of --mode import, in its
#                     manifest's order, into a fresh database, against the
#                     generated SQL loaded into another: every table row by
#                     row (300 companies over the default ten years)
#
# A difference means --mode sql or --mode import would benchmark data plift
# itself could not have written.
#
#   bench/verify.sh [--companies N] [--import-companies N]   (a bare N: --companies N)
#   PLIFT=/path/to/plift bench/verify.sh
#
# Runs in /dev/shm when it exists: the command mode is one process per
# command, and on a disk every write waits for fsync.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

companies=48
import_companies=300
cohorts=12
while [ $# -gt 0 ]; do
  case "$1" in
    --companies) companies="$2"; shift 2 ;;
    --import-companies) import_companies="$2"; shift 2 ;;
    [0-9]*) companies="$1"; shift ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "verify: unknown argument '$1' (see --help)" ;;
  esac
done
check_deps "$([ -n "${PLIFT:-}" ] || echo build)"
plift="$(plift_binary)"
parent="${BENCH_TMPDIR:-${TMPDIR:-/tmp}}"
[ -d /dev/shm ] && [ -w /dev/shm ] && parent=/dev/shm
work="$(make_workdir "$parent")"
[ "${BENCH_KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
mkdir "$work/commands" "$work/sql" "$work/import" "$work/import-sql"
seed="${BENCH_SEED:-1}"

gen=(python3 "$bench_dir/generate.py" --companies "$companies" --cohorts "$cohorts" --seed "$seed")
"${gen[@]}" --mode commands -o "$work/commands/programme.sh" 2>/dev/null
"${gen[@]}" --mode sql -o "$work/sql/programme.sql" 2>/dev/null
today="$(sed -n 's/^PLIFT_TODAY=//p' "$work/commands/programme.sh")"

say "verify: running $(grep -c '^p ' "$work/commands/programme.sh") plift commands for $companies companies"
(cd "$work/commands" && PLIFT="$plift" sh programme.sh) \
  || die "verify: a generated plift command failed (see above): generate.py breaks a plift rule"
(cd "$work/sql" && "$plift" -q init --template produktionslyftet >/dev/null && sqlite3 plift.db <programme.sql)

status=0
same_tables "verify: commands vs sql" "$work/commands/plift.db" "$work/sql/plift.db" || status=1
reports=()
"$plift" report quarterly --help >/dev/null 2>&1 && reports=("report quarterly" "report quarterly --quarter 2025Q2")
for args in "company list" "phase status" "${reports[@]}"; do
  # shellcheck disable=SC2086
  a="$(cd "$work/commands" && PLIFT_TODAY="$today" "$plift" --json $args)"
  # shellcheck disable=SC2086
  b="$(cd "$work/sql" && PLIFT_TODAY="$today" "$plift" --json $args)"
  [ "$a" = "$b" ] || { say "verify: 'plift $args' differs"; status=1; }
done

# --mode import: the files plift import reads, against the same programme as SQL.
if "$plift" import --help >/dev/null 2>&1; then
  gen=(python3 "$bench_dir/generate.py" --companies "$import_companies" --seed "$seed" --today "$today")
  "${gen[@]}" --mode import -o "$work/import/files" 2>/dev/null
  "${gen[@]}" --mode sql -o "$work/import-sql/programme.sql" 2>/dev/null
  say "verify: importing $(awk -F, 'NR > 1 {n += $3} END {print n}' "$work/import/files/manifest.csv") rows" \
    "in $(($(wc -l <"$work/import/files/manifest.csv") - 1)) files for $import_companies companies"
  (cd "$work/import" && "$plift" -q init --template produktionslyftet >/dev/null \
    && PLIFT_TODAY="$today" import_files "$plift" files) \
    || die "verify: plift import refused a generated file (see above): generate.py --mode import breaks a plift rule"
  (cd "$work/import-sql" && "$plift" -q init --template produktionslyftet >/dev/null && sqlite3 plift.db <programme.sql)
  same_tables "verify: import vs sql" "$work/import/plift.db" "$work/import-sql/plift.db" || status=1
else
  say "verify: this plift has no import: --mode import not checked"
fi
[ "$status" = 0 ] && say "verify: OK, --mode sql, --mode commands and --mode import give the same database"
exit "$status"
