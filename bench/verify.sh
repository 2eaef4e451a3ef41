#!/usr/bin/env bash
# Checks that generate.py's two modes describe the same programme: builds one
# database by running the generated plift commands (every row through plift's
# own validation) and one by loading the generated SQL, then compares every
# table row by row, and company list, phase status and two quarterly reports
# as JSON. A difference means --mode sql would benchmark data plift
# itself could not have written.
#
#   bench/verify.sh [COMPANIES]      default 48 companies in 12 cohorts
#   PLIFT=/path/to/plift bench/verify.sh
#
# Runs in /dev/shm when it exists: the command mode is one process per
# command, and on a disk every write waits for fsync.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

companies="${1:-48}"
cohorts=12
check_deps "$([ -n "${PLIFT:-}" ] || echo build)"
plift="$(plift_binary)"
parent="${BENCH_TMPDIR:-${TMPDIR:-/tmp}}"
[ -d /dev/shm ] && [ -w /dev/shm ] && parent=/dev/shm
work="$(make_workdir "$parent")"
[ "${BENCH_KEEP:-0}" = 1 ] || trap 'rm -rf "$work"' EXIT
mkdir "$work/commands" "$work/sql"

gen=(python3 "$bench_dir/generate.py" --companies "$companies" --cohorts "$cohorts" --seed "${BENCH_SEED:-1}")
"${gen[@]}" --mode commands -o "$work/commands/programme.sh" 2>/dev/null
"${gen[@]}" --mode sql -o "$work/sql/programme.sql" 2>/dev/null
today="$(sed -n 's/^PLIFT_TODAY=//p' "$work/commands/programme.sh")"

say "verify: running $(grep -c '^p ' "$work/commands/programme.sh") plift commands for $companies companies"
(cd "$work/commands" && PLIFT="$plift" sh programme.sh) \
  || die "verify: a generated plift command failed (see above): generate.py breaks a plift rule"
(cd "$work/sql" && "$plift" -q init --template produktionslyftet >/dev/null && sqlite3 plift.db <programme.sql)

status=0
for query in "coach ORDER BY key" "company ORDER BY key" "phase_history ORDER BY company, seq" \
             "checklist_tick ORDER BY company, phase, item" "pulse ORDER BY id" \
             "visit ORDER BY id" "training ORDER BY company, person" "gathering ORDER BY key" \
             "attendance ORDER BY id" "steering_member ORDER BY company, person" \
             "kpi_value ORDER BY company, kpi, date" "assessment_score ORDER BY company, date, dimension"; do
  for mode in commands sql; do
    sqlite3 "$work/$mode/plift.db" "SELECT * FROM $query" >"$work/$mode.rows"
  done
  rows="$(wc -l <"$work/commands.rows")"
  if cmp -s "$work/commands.rows" "$work/sql.rows"; then
    say "verify: same ${query%% *} ($rows rows)"
  else
    say "verify: DIFFERENT ${query%% *}:"
    diff "$work/commands.rows" "$work/sql.rows" | head -20 >&2
    status=1
  fi
done
reports=()
"$plift" report quarterly --help >/dev/null 2>&1 && reports=("report quarterly" "report quarterly --quarter 2025Q2")
for args in "company list" "phase status" "${reports[@]}"; do
  # shellcheck disable=SC2086
  a="$(cd "$work/commands" && PLIFT_TODAY="$today" "$plift" --json $args)"
  # shellcheck disable=SC2086
  b="$(cd "$work/sql" && PLIFT_TODAY="$today" "$plift" --json $args)"
  [ "$a" = "$b" ] || { say "verify: 'plift $args' differs"; status=1; }
done
[ "$status" = 0 ] && say "verify: OK, --mode sql and --mode commands give the same database"
exit "$status"
