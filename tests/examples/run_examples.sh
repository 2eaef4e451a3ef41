#!/usr/bin/env bash
# End-to-end check of the examples: runs examples/sample-programme.sh with the
# built plift in a temporary folder and checks what it made.
#   tests/examples/run_examples.sh PATH/TO/plift
set -euo pipefail

if [ $# -ne 1 ] || [ ! -x "$1" ]; then
  echo "usage: $0 PATH/TO/plift" >&2
  exit 64
fi
plift_bin="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

work="$(mktemp -d "${TMPDIR:-/tmp}/plift-examples.XXXXXX")"
trap 'rm -rf "$work"' EXIT

PATH="$(dirname "$plift_bin"):$PATH"
export PATH
export PLIFT_TODAY=2026-11-16
unset PLIFT_CONFIG PLIFT_DB
export XDG_CONFIG_HOME="$work/xdg"   # no user config may leak in

failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# 1. The sample programme runs without error.
if ! (cd "$work" && bash "$root/examples/sample-programme.sh") >"$work/sample.out" 2>&1; then
  cat "$work/sample.out" >&2
  fail "examples/sample-programme.sh exited with status != 0"
else
  # 2. Each programme holds the companies it enrolled, in the expected states.
  #    folder                 companies  active  completed  withdrawn
  while read -r folder total active completed withdrawn; do
    if ! json="$(cd "$work/$folder" && plift company list --json)"; then
      fail "plift company list --json failed in $folder"
      continue
    fi
    counts="$(printf '%s' "$json" | python3 -c '
import json, sys
rows = json.load(sys.stdin)
by = lambda s: sum(1 for r in rows if r["status"] == s)
print(len(rows), by("active"), by("completed"), by("withdrawn"))')"
    expected="$total $active $completed $withdrawn"
    if [ "$counts" != "$expected" ]; then
      fail "$folder: companies (total active completed withdrawn) are '$counts', expected '$expected'"
    fi
  done <<'END'
produktionslyftet       4 2 1 1
produktivitetsspranget  5 5 0 0
END

  # 3. `plift check` exits 1 and finds exactly the rule breaches the sample
  #    plants on purpose (see its header): per folder, company:rule pairs.
  while read -r folder expected; do
    status=0
    (cd "$work/$folder" && plift check --format json) >"$work/check.json" 2>"$work/check.err" || status=$?
    if [ "$status" -ne 1 ]; then
      cat "$work/check.err" >&2
      fail "$folder: plift check exited with status $status, expected 1"
      continue
    fi
    found="$(python3 -c '
import json, sys
rows = json.load(open(sys.argv[1]))
print(",".join(sorted("%s:%s" % (r["company"], r["rule"]) for r in rows)))' "$work/check.json")" ||
      { fail "$folder: plift check --format json is not a JSON list"; continue; }
    if [ "$found" != "$expected" ]; then
      fail "$folder: plift check found '$found', expected '$expected'"
    fi
    # The table form is one line per finding.
    lines="$( (cd "$work/$folder" && plift check || true) | grep -c . || true)"
    findings="$(printf '%s' "$expected" | tr ',' '\n' | grep -c .)"
    if [ "$lines" -ne "$findings" ]; then
      fail "$folder: plift check printed $lines lines, expected $findings (one per finding)"
    fi
  done <<'END'
produktionslyftet       norrlands-traindustri-ab:visit-overdue
produktivitetsspranget  bussbygg-as:phase-overdue,partner-plast-as:steering-incomplete
END

  # 4. `plift company show` of a company with a year behind it has every kind
  #    of record, and works in table and md too.
  while read -r folder company name; do
    if ! json="$(cd "$work/$folder" && plift company show "$company" --format json)"; then
      fail "$folder: plift company show $company --format json failed"
      continue
    fi
    empty="$(printf '%s' "$json" | python3 -c '
import json, sys
show = json.load(sys.stdin)
paths = ["visits.list", "steering.members", "training.participants", "kpis", "assessments", "timeline"]
def get(path):
    value = show
    for part in path.split("."):
        value = value.get(part) if isinstance(value, dict) else None
    return value
print(" ".join(p for p in paths if not isinstance(get(p), list) or not get(p)))')"
    if [ -n "$empty" ]; then
      fail "$folder: plift company show $company --format json has empty or missing: $empty"
    fi
    for format in table md; do
      if ! out="$(cd "$work/$folder" && plift company show "$company" --format "$format" 2>&1)"; then
        printf '%s\n' "$out" >&2
        fail "$folder: plift company show $company --format $format failed"
      elif ! grep -qF "$name" <<<"$out"; then  # not a pipe: grep -q leaving early would fail it under pipefail
        fail "$folder: plift company show $company --format $format does not name '$name'"
      fi
    done
  done <<'END'
produktionslyftet       norrlands-traindustri-ab  Norrlands Träindustri AB
produktivitetsspranget  dokka-fasteners-as        Dokka Fasteners AS
END
fi

# 5. The example config is valid.
if ! (cd "$root" && plift --config examples/produktionslyftet.toml config check) >/dev/null 2>"$work/check.err"; then
  cat "$work/check.err" >&2
  fail "plift --config examples/produktionslyftet.toml config check exited with status != 0"
fi

# 3. The spreadsheet migration imports every file, runs its batch, undoes the
#    mistaken import, and its export survives a round trip (the script cmp's it).
mkdir "$work/migration"
if ! (cd "$work/migration" && bash "$root/examples/migrate-spreadsheets.sh") >"$work/migration.out" 2>&1; then
  cat "$work/migration.out" >&2
  fail "examples/migrate-spreadsheets.sh exited with status != 0"
else
  counts="$(cd "$work/migration/migrated" && sqlite3 plift.db \
    "SELECT (SELECT count(*) FROM company), (SELECT count(*) FROM pulse), (SELECT count(*) FROM visit),
            (SELECT count(*) FROM kpi_value), (SELECT count(*) FROM audit_entry WHERE undone_by IS NOT NULL)")"
  [ "$counts" = "3|8|5|4|1" ] \
    || fail "migrate-spreadsheets.sh left companies|pulses|visits|kpis|undone = $counts, expected 3|8|5|4|1"
  grep -q "exported, imported into copy.db and exported again: the same" "$work/migration.out" \
    || fail "migrate-spreadsheets.sh did not report the round trip"
fi

# 7. The nightly backup writes this weekday's copy of a sample programme,
#    owner-only, and the copy verifies; the programme itself verifies too.
if [ -d "$work/produktionslyftet" ]; then
  if ! (cd "$work/produktionslyftet" && plift db verify) >"$work/verify.out" 2>&1; then
    cat "$work/verify.out" >&2
    fail "plift db verify found something in the sample programme"
  fi
  if ! (cd "$work/produktionslyftet" && BACKUP_DIR="$work/backups" sh "$root/examples/backup-nightly.sh") \
      >"$work/backup.out" 2>&1; then
    cat "$work/backup.out" >&2
    fail "examples/backup-nightly.sh exited with status != 0"
  else
    copy="$work/backups/plift-$(LC_ALL=C date +%a).db"
    [ "$(stat -c %a "$copy" 2>/dev/null)" = 600 ] || fail "backup-nightly.sh did not write $copy with mode 0600"
    original="$(cd "$work/produktionslyftet" && plift export)"
    copied="$(cd "$work/produktionslyftet" && plift --db "$copy" export)"
    [ "$original" = "$copied" ] || fail "the nightly copy exports differently from the programme"
  fi
fi

if [ "$failures" -ne 0 ]; then
  echo "$failures example check(s) failed" >&2
  exit 1
fi
echo "examples: ok"
