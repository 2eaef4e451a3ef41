#!/usr/bin/env bash
# plift's benchmark, in one run: builds a Release plift, generates a
# 10,000-company programme (bench/generate.py: --mode sql for the database,
# --mode import for the same programme as plift import files), checks that
# plift and the sqlite3 twins agree on it, then times whole commands with
# hyperfine, each beside plain sqlite3 doing the same work where there is a
# fair twin: plift import of the pulses and of every file against sqlite3's
# .import; the quarterly report (JSON, HTML) against hand-written SQL; remind;
# pulse log against one INSERT; company list; phase status; check; --version.
# Measures peak RSS with GNU time and writes bench/RESULTS.md: one table of
# plift's mean, the twin's, their ratio, the target and whether it is met,
# and both peak RSS; the machine and the details below it.
#
#   bench/run.sh [--companies N] [--seed S] [--import-runs N] [--no-import]
#                [--no-verify] [--no-tmpfs] [--profile] [-o FILE]
#
#   --companies N             the programme's size (default 10000: the national scale)
#   --seed S                  the generator's seed (default 1)
#   --import-runs N           runs of each import (default 3; each on a fresh copy)
#   --no-import               leave out the import rows (and the import files)
#   --no-verify               skip bench/verify.sh (the generator's modes agree)
#   --no-tmpfs                skip the write with the database on /dev/shm
#   --no-log-show             skip bench/log_show.sh (log show of a 3,000- and a 300,000-row entry)
#   --profile                 also run list, status, remind, check and the quarterly report
#                             (JSON) under callgrind: put where their instructions
#                             go in RESULTS.md (+3-4 min)
#   -o FILE                   write the results here (default bench/RESULTS.md)
#
#   PLIFT=/path/to/plift      measure this binary instead of building one
#   BENCH_TMPDIR=DIR          where the databases live (default $TMPDIR or /tmp)
#   BENCH_KEEP=1              keep the work folder (its path is printed)
#
# Needs: python3, sqlite3, hyperfine, GNU time at /usr/bin/time
# (apt-get install time), and cmake + ninja unless PLIFT is given.
# About 10-12 minutes on two quiet cores at 10,000 companies (plus a few
# minutes for a first build); the imports take half of it.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

companies=10000
seed=1
verify=1
tmpfs=1
profile=0
log_show=1
import=1
import_runs=3
results="$bench_dir/RESULTS.md"
today=2026-11-20  # the generator's default --today: the day after the last cohort's first week
# The quarterly report's quarter is today's: from its first day to today.
quarter_from="${today:0:4}-$(printf %02d $(( (10#${today:5:2} - 1) / 3 * 3 + 1 )))-01"
quarter_end="$today"
while [ $# -gt 0 ]; do
  case "$1" in
    --companies) companies="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --import-runs) import_runs="$2"; shift 2 ;;
    --no-import) import=0; shift ;;
    --no-verify) verify=0; shift ;;
    --no-tmpfs) tmpfs=0; shift ;;
    --profile) profile=1; shift ;;
    --no-log-show) log_show=0; shift ;;
    -o) results="$2"; shift 2 ;;
    -h|--help) sed -n '2,36p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) die "unknown argument '$1' (see --help)" ;;
  esac
done

[[ "$companies" =~ ^[1-9][0-9]*$ ]] || die "--companies wants a whole number of at least 1, not '$companies'"
[[ "$import_runs" =~ ^[1-9][0-9]*$ ]] || die "--import-runs wants a whole number of at least 1, not '$import_runs'"

started_at="$(date -u +%Y-%m-%dT%H:%M:%SZ)"
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
t0=$SECONDS
check_deps "$([ -n "${PLIFT:-}" ] || echo build)"
plift="$(plift_binary)"
say "measuring $plift ($("$plift" --version))"
case "$plift" in *'"'*|*'$'*|*'`'*|*'\'*) die "the path of plift may not contain \" \$ \` or \\" ;; esac

work="$(make_workdir)"
shm=""
case "$work" in *[[:space:]\"\$\`\\\|]*) rm -rf "$work"; die "the work folder $work may not contain blanks, \" \$ \` \\ or |" ;; esac
cleanup() {
  if [ "${BENCH_KEEP:-0}" = 1 ]; then say "kept $work ${shm:+and $shm}"; else rm -rf "$work" ${shm:+"$shm"}; fi
}
trap cleanup EXIT
cd "$work"
export PLIFT_TODAY="$today"
unset PLIFT_CONFIG PLIFT_DB NO_COLOR || true

# --- 1. the database ---------------------------------------------------------
say "generating $companies companies (seed $seed)"
t=$SECONDS
python3 "$bench_dir/generate.py" --mode sql --companies "$companies" --seed "$seed" --today "$today" \
  -o programme.sql 2>generate.log
generate_s=$((SECONDS - t))
generate_summary="$(sed 's/^generate.py: //' generate.log)"
say "  $generate_summary"
"$plift" -q init --template produktionslyftet >/dev/null
# A fresh database for the imports to start from. plift looks for plift.toml
# here or in a parent folder, so every folder below this one gets a copy.
[ ! -e plift.db-wal ] || die "plift init left a WAL file behind"
mkdir empty
cp plift.toml plift.db empty/
t=$SECONDS
sqlite3 plift.db <programme.sql
load_s=$((SECONDS - t))
db_bytes="$(stat -c %s plift.db)"
say "loaded in ${load_s} s: $((db_bytes / 1024 / 1024)) MiB"

# The same programme as plift import files: one CSV per entity, manifest.csv
# their order and row counts.
import_summary="" import_rows=0 pulses_rows=0
if [ "$import" = 1 ]; then
  "$plift" import --help >/dev/null 2>&1 || die "this plift has no import command; pass --no-import"
  say "writing the same programme as plift import files"
  t=$SECONDS
  python3 "$bench_dir/generate.py" --mode import --companies "$companies" --seed "$seed" --today "$today" \
    -o import 2>generate-import.log
  import_generate_s=$((SECONDS - t))
  import_rows="$(awk -F, 'NR > 1 {n += $3} END {print n}' import/manifest.csv)"
  import_file_count="$(($(wc -l <import/manifest.csv) - 1))"
  pulses_rows="$(awk -F, '$1 == "pulses" {print $3}' import/manifest.csv)"
  import_bytes="$(cat import/*.csv | wc -c)"
  pulses_bytes="$(stat -c %s import/pulses.csv)"
  import_summary="$import_file_count files (\`$(cut -d, -f1 import/manifest.csv | tail -n +2 | paste -sd' ')\`), $import_rows rows, $((import_bytes / 1048576)) MiB; pulses.csv $pulses_rows rows, $((pulses_bytes / 1048576)) MiB; written in $import_generate_s s"
  say "  $import_summary"
fi

# --- 2. validate: plift reads it, and the sqlite3 twins do the same work -------
# The queries travel inside "id|label|...|" lines and through eval: no | $ ` or \.
for q in "$bench_dir"/queries/*.sql; do
  ! grep -v '^--' "$q" | grep -q '[|$`\\]' || die "$q: | \$ \` and \\ are not allowed outside comments"
done
sql_of() {  # the query file as one line, @TODAY@, @KEY@, @QFROM@ and @QEND@ filled in
  grep -v '^--' "$bench_dir/queries/$1.sql" | tr '\n' ' ' | sed -e "s/@TODAY@/$today/g" -e "s/@KEY@/${key:-}/g" \
    -e "s/@QFROM@/$quarter_from/g" -e "s/@QEND@/$quarter_end/g" -e 's/  */ /g'
}
[ -z "$(sqlite3 plift.db 'PRAGMA foreign_key_check')" ] || die "the loaded database breaks foreign keys"
[ "$(sqlite3 plift.db 'PRAGMA quick_check')" = ok ] || die "the loaded database fails quick_check"
"$plift" --format json company list >list.plift.json || die "plift company list failed on the generated database"
"$plift" phase status >status.plift.txt || die "plift phase status failed on the generated database"
"$plift" --json phase status >status.plift.json
sqlite3 plift.db "$(sql_of list)" >list.sqlite.json
sqlite3 -json plift.db "$(sql_of status)" >status.sqlite.json
python3 - "$companies" <<'EOF' || die "validation failed"
import json, sys
n = int(sys.argv[1])
plist = json.load(open("list.plift.json"))
assert isinstance(plist, list) and len(plist) == n, f"company list has {len(plist)} rows, not {n}"
assert plist == json.load(open("list.sqlite.json")), "plift company list and queries/list.sql disagree"
def plift_row(r):
    return (r["company"], r["phase"], r["phase_number"], r["started"], r["planned_end"], r["days_left"],
            r["checklist_done"], r["checklist_total"], sorted(r["open_items"]),
            r.get("visits_held", 0), r.get("last_visit"))
def sqlite_row(r):
    return (r["company"], r["phase"], r["phase_number"], r["started"], r["planned_end"], r["days_left"],
            r["checklist_done"], r["checklist_total"], sorted(x for x in r["open_items"].split(", ") if x),
            r["visits_held"] if "visits_held" in plift_keys else 0, r["last_visit"] if "last_visit" in plift_keys else None)
pjson = json.load(open("status.plift.json"))
plift_keys = set(pjson[0]) if pjson else set()  # an older plift shows no visits
pstatus = [plift_row(r) for r in pjson]
sstatus = [sqlite_row(r) for r in json.load(open("status.sqlite.json"))]
assert pstatus and pstatus == sstatus, "plift phase status and queries/status.sql disagree"
print(f"bench: validated: company list parses ({n} companies) and matches queries/list.sql; "
      f"phase status ({len(pstatus)} active) matches queries/status.sql", file=sys.stderr)
EOF
active="$(($(wc -l <status.plift.txt) - 1))"

# remind and check (since migration 003): a plift without them is measured
# without those rows.
has_command() { "$plift" --help 2>/dev/null | grep -Eq "^ +$1 "; }
reminders="" findings=""
if has_command remind; then
  "$plift" remind >remind.plift.txt || die "plift remind failed on the generated database"
  "$plift" remind --format json >remind.plift.json || die "plift remind --format json failed"
  sqlite3 -json plift.db "$(sql_of remind)" >remind.sqlite.json
  reminders="$(python3 - <<'EOF'
import json, re
plift = json.load(open("remind.plift.json"))
twin = {r["company"]: r for r in json.load(open("remind.sqlite.json"))}
assert plift, "plift remind --format json found nothing to remind of"
# The twin reads what the reminders are made of; where a reminder is that
# fact itself, the two must agree.
stray = {r["company"] for r in plift} - set(twin)
assert not stray, f"plift reminds of companies the twin does not find active: {sorted(stray)[:5]}"
overdue = {(r["company"], r["due"]) for r in plift if r["kind"] == "phase-overdue"}
assert overdue == {(c, r["planned_end"]) for c, r in twin.items() if r["days_overdue"] > 0}, \
    "phase-overdue reminders and queries/remind.sql's days past the planned end disagree"
steering = {r["company"] for r in plift if r["kind"] == "steering-incomplete"}
assert steering == {c for c, r in twin.items() if not (r["steering_management"] and r["steering_union"])}, \
    "steering-incomplete reminders and queries/remind.sql's steering group disagree"
for r in plift:
    last = {"pulse-missing": "last_pulse", "visit-overdue": "last_visit"}.get(r["kind"])
    since = re.search(r"\d{4}-\d\d-\d\d", r["message"]) if last and twin[r["company"]][last] else None
    assert not since or since.group(0) == twin[r["company"]][last], \
        f"{r['kind']} of {r['company']}: the message's last date is not queries/remind.sql's {last}"
kinds = {}
for r in plift:
    kinds[r["kind"]] = kinds.get(r["kind"], 0) + 1
print(f"{len(plift)} reminders for {len({r['company'] for r in plift})} of {len(twin)} active companies ("
      + ", ".join(f"{n} {k}" for k, n in sorted(kinds.items(), key=lambda kv: -kv[1])) + ")")
EOF
)" || die "validation of remind failed"
  say "validated: remind: $reminders; phase-overdue, steering-incomplete and the last visit and pulse match queries/remind.sql"
fi
if has_command check; then
  rc=0; "$plift" --json check >check.plift.json || rc=$?
  [ "$rc" -le 1 ] || die "plift check failed (exit $rc) on the generated database"
  findings="$(python3 - <<'EOF'
import json
found = json.load(open("check.plift.json"))
rules = {}
for f in found:
    rules[f["rule"]] = rules.get(f["rule"], 0) + 1
print(f"{len(found)} findings for {len({f['company'] for f in found})} companies ("
      + ", ".join(f"{n} {k}" for k, n in sorted(rules.items(), key=lambda kv: -kv[1])) + ")")
EOF
)" || die "plift check's JSON does not parse"
  say "validated: check: $findings"
fi

# The quarterly report (since the report command): its numbers against the
# hand-written SQL aggregate, for the parts that covers.
quarterly=""
if "$plift" report quarterly --help >/dev/null 2>&1; then
  "$plift" report quarterly --format json >quarterly.plift.json || die "plift report quarterly failed"
  "$plift" report quarterly --format html >quarterly.plift.html || die "plift report quarterly --format html failed"
  sqlite3 plift.db "$(sql_of quarterly)" >quarterly.sqlite.json
  quarterly="$(python3 - <<'EOF'
import json, math, os
plift = json.load(open("quarterly.plift.json"))
twin = json.load(open("quarterly.sqlite.json"))
html = open("quarterly.plift.html", encoding="utf-8").read()
assert html.lstrip().lower().startswith("<!doctype html") and "</html>" in html, "the HTML report is no page"
def one_decimal(x):  # plift's rounding: half away from zero, as std::round
    if x is None:
        return None
    y = abs(x) * 10
    whole = math.floor(y)
    return math.copysign(whole + (1 if y - whole >= 0.5 else 0), x) / 10 or 0.0
assert (plift["from"], plift["as_of"]) == (twin["from"], twin["as_of"]), "report and twin cover different days"
pp, tp = plift["portfolio"], twin["portfolio"]
for field in ("active", "started", "completed", "withdrawn", "planned"):
    assert pp[field] == tp[field], f"portfolio {field}: plift {pp[field]}, queries/quarterly.sql {tp[field]}"
assert {k: v for k, v in pp["by_phase"].items() if v} == tp["by_phase"], "portfolio by phase disagrees"
assert pp["by_region"] == tp["by_region"], "portfolio by region disagrees"
assert len(plift["companies"]) == twin["companies"], "the quarter's companies disagree"
assert plift["visits"]["held"] == twin["visits"]["held"], "visits held disagree"
assert [(c["coach"], c["companies"], c["held"]) for c in plift["visits"]["by_coach"]] == \
    [(c["coach"], c["companies"], c["held"]) for c in twin["visits"]["by_coach"]], "visits by coach disagree"
assert plift["pulse"] == twin["pulse"], f"pulse: plift {plift['pulse']}, queries/quarterly.sql {twin['pulse']}"
tk = {k["kpi"]: k for k in twin["kpis"]}
for k in plift["kpis"]:
    t = tk[k["kpi"]]
    assert (k["companies"], k["improved"]) == (t["companies"], t["improved"]), f"KPI {k['kpi']} disagrees"
    assert k["median_change_pct"] == one_decimal(t["median_change_pct"]), f"KPI {k['kpi']}: median disagrees"
print(f"{plift['from']} to {plift['as_of']}: {len(plift['companies'])} companies, {len(plift['risks'])} risks, "
      f"{plift['visits']['held']} visits held, {os.path.getsize('quarterly.plift.json') // 1024} KiB of JSON, "
      f"{os.path.getsize('quarterly.plift.html') // 1024} KiB of HTML")
EOF
)" || die "validation of report quarterly failed"
  say "validated: report quarterly: $quarterly; portfolio, visits held, pulse and KPIs match queries/quarterly.sql"
fi

# plift import: every file into a fresh database gives the rows of the SQL,
# and each sqlite3 twin does the same work. Each import runs from a small
# script, so hyperfine and GNU time run exactly what is checked here; a
# prepare script before every run puts back the databases it writes.
import_checked=""
if [ "$import" = 1 ]; then
  {
    echo "# plift import of every file generate.py wrote, in its manifest's order"
    echo "set -e"
    echo "cd \"$work/all-run\""
    tail -n +2 import/manifest.csv | while IFS=, read -r entity file _; do
      echo "\"$plift\" -q import $entity ../import/$file"
    done
  } >import-all.sh
  {
    echo "# sqlite3's .import of every file into plain tables of a new database"
    echo "cd \"$work\""
    printf "exec sqlite3 all-plain.db -cmd '.mode csv'"
    tail -n +2 import/manifest.csv | while IFS=, read -r entity file _; do printf " '.import import/%s %s'" "$file" "$entity"; done
    echo
  } >import-all-plain.sh
  cat >import-all-sql.sh <<SH
# the same rows as SQL INSERTs into plift's schema (generate.py --mode sql)
cd "$work" && exec sqlite3 all-sql/plift.db <programme.sql
SH
  cat >import-all-fresh.sh <<SH
cd "$work" && rm -rf all-run all-sql all-plain.db && mkdir all-run all-sql \\
  && cp empty/plift.toml empty/plift.db all-run/ && cp empty/plift.toml empty/plift.db all-sql/
SH
  say "checking: plift import of every file gives the rows of the SQL"
  bash import-all-fresh.sh
  t=$SECONDS
  bash import-all.sh || die "plift import refused a generated file (see above)"
  import_all_s=$((SECONDS - t))
  same_tables "import vs sql" all-run/plift.db plift.db || die "plift import of the files and the SQL disagree"
  bash import-all-plain.sh || die "sqlite3 .import of the files failed"
  plain_rows="$(sqlite3 all-plain.db \
    "SELECT $(tail -n +2 import/manifest.csv | cut -d, -f1 | sed 's/.*/(SELECT count(*) FROM "&")/' | paste -sd+)")"
  [ "$plain_rows" = "$import_rows" ] || die "sqlite3 .import read $plain_rows rows, not $import_rows"
  bash import-all-sql.sh || die "sqlite3 could not load programme.sql into a fresh database"

  # pulses.csv alone, into a database with the coaches and companies it names
  mkdir pulses-base
  cp empty/plift.toml empty/plift.db pulses-base/
  (cd pulses-base && "$plift" -q import coaches ../import/coaches.csv && "$plift" -q import companies ../import/companies.csv) \
    || die "plift import of the coaches and companies failed"
  cat >import-pulses-fresh.sh <<SH
cd "$work" && rm -rf pulses-run pulses-twin pulses-plain.db && mkdir pulses-run pulses-twin \\
  && cp pulses-base/plift.toml pulses-base/plift.db pulses-run/ && cp pulses-base/plift.db pulses-twin/
SH
  cat >import-pulses.sh <<SH
cd "$work/pulses-run" && exec "$plift" -q import pulses ../import/pulses.csv
SH
  cat >import-pulses-plain.sh <<SH
# the floor: parsing the file and appending its rows to a table without index or constraint
cd "$work" && exec sqlite3 pulses-plain.db -cmd '.mode csv' '.import import/pulses.csv pulse'
SH
  # plift's page cache for an import is 64 MiB: the twin gets the same.
  cat >import-pulses-schema.sh <<SH
# into plift's pulse table (its indexes and foreign key) through a temporary table: no checks, no audit log
cd "$work" && exec sqlite3 pulses-twin/plift.db 'PRAGMA foreign_keys = ON' 'PRAGMA cache_size = -65536' '.mode csv' \\
  'CREATE TEMP TABLE incoming (company, date, status, note)' '.import --skip 1 import/pulses.csv incoming' \\
  "INSERT INTO pulse (company, date, status, note) SELECT company, date, status, nullif(note, '') FROM incoming"
SH
  bash import-pulses-fresh.sh
  bash import-pulses.sh || die "plift import pulses failed"
  bash import-pulses-plain.sh || die "sqlite3 .import of pulses.csv failed"
  bash import-pulses-schema.sh || die "sqlite3 .import + INSERT of pulses.csv failed"
  for db in pulses-run/plift.db pulses-twin/plift.db; do
    sqlite3 "$db" "SELECT id, company, date, status, note FROM pulse ORDER BY id" >"${db%%/*}.rows"
  done
  [ "$(wc -l <pulses-run.rows)" = "$pulses_rows" ] || die "plift import pulses did not import $pulses_rows rows"
  cmp -s pulses-run.rows pulses-twin.rows || die "plift import pulses and sqlite3 .import + INSERT give different rows"
  [ "$(sqlite3 pulses-plain.db 'SELECT count(*) FROM pulse')" = "$pulses_rows" ] \
    || die "sqlite3 .import of pulses.csv did not read $pulses_rows rows"
  import_checked="plift import of every file in the manifest's order into a fresh database gives the rows of programme.sql, table by table (took $import_all_s s); plift import pulses and the .import + INSERT twin give the same $pulses_rows pulse rows, and the plain .import reads every row of every file"
  say "validated: import: every file gives the SQL's rows ($import_all_s s); pulses: plift and the sqlite3 twins agree"
fi

if [ "$verify" = 1 ]; then
  PLIFT="$plift" "$bench_dir/verify.sh" || die "verify.sh: the generator's modes disagree"
fi

# --- 3. time ----------------------------------------------------------------
# An active company for the write; each run of the write appends one pulse.
key="$(sqlite3 plift.db "SELECT key FROM company WHERE start <= '$today' AND completed IS NULL
                          AND withdrawn IS NULL ORDER BY key LIMIT 1")"
[ -n "$key" ] || die "no active company to log a pulse for"

benches=()
# add_bench ID LABEL PLIFT_COMMAND [FIELD=VALUE ...]: one benchmark, a line of
# benches.txt that report.py reads again (fields separated by |, in this order):
#   twin=         the sqlite3 command doing the same work (none: no twin)
#   target=       milliseconds plift's mean must stay under
#   dir=          the folder to run in (default the work folder)
#   options=      hyperfine's options (default --warmup 3)
#   ratio=        how many times the twin's mean plift's may be at most
#   twin_label=   the twin's name (default: its query file's)
#   twin2=, twin2_label=  a second twin, measured in the same hyperfine run
#   prepare=      run before every run of every command, and of each peak-RSS run
add_bench() {
  local id="$1" label="$2" pcmd="$3" field
  local twin="" target="" dir="$work" options="--warmup 3" ratio="" twin_label="" twin2="" twin2_label="" prepare=""
  shift 3
  for field in "$@"; do
    case "$field" in
      twin=*) twin="${field#*=}" ;;
      target=*) target="${field#*=}" ;;
      dir=*) dir="${field#*=}" ;;
      options=*) options="${field#*=}" ;;
      ratio=*) ratio="${field#*=}" ;;
      twin_label=*) twin_label="${field#*=}" ;;
      twin2=*) twin2="${field#*=}" ;;
      twin2_label=*) twin2_label="${field#*=}" ;;
      prepare=*) prepare="${field#*=}" ;;
      *) die "add_bench $id: unknown field '$field'" ;;
    esac
  done
  case "$label$twin_label$twin2_label" in *'|'*) die "add_bench $id: | in a label" ;; esac
  benches+=("$id|$label|$pcmd|$twin|$target|$dir|$options|$ratio|$twin_label|$twin2|$twin2_label|$prepare")
}

# In the order of the results table. The imports write databases of their
# own, from a fresh copy before every run (--runs, no warmup: a run takes
# seconds).
if [ "$import" = 1 ]; then
  add_bench import-pulses "import pulses" "bash $work/import-pulses.sh" ratio=1.5 \
    twin="bash $work/import-pulses-plain.sh" twin_label="sqlite3 .import into a plain table" \
    twin2="bash $work/import-pulses-schema.sh" twin2_label="sqlite3 .import + INSERT … SELECT into plift's schema" \
    options="--runs $import_runs" prepare="bash $work/import-pulses-fresh.sh"
  add_bench import-all "import (every file in turn)" "bash $work/import-all.sh" ratio=1.5 \
    twin="bash $work/import-all-plain.sh" twin_label="sqlite3 .import of every file into plain tables" \
    twin2="bash $work/import-all-sql.sh" twin2_label="sqlite3 < programme.sql: the same rows as INSERTs into plift's schema" \
    options="--runs $import_runs" prepare="bash $work/import-all-fresh.sh"
fi
# The current quarter, as JSON and as the HTML page; one twin for both (the numbers).
if [ -n "$quarterly" ]; then
  add_bench quarterly-json "report quarterly --format json" "\"$plift\" report quarterly --format json" \
    twin="sqlite3 plift.db \"$(sql_of quarterly)\"" target=1000 ratio=2
  add_bench quarterly-html "report quarterly --format html" "\"$plift\" report quarterly --format html" \
    twin="sqlite3 plift.db \"$(sql_of quarterly)\"" target=1000 ratio=2
fi
# Before the write, which adds pulses; plain remind writes nothing (--new-only would).
if [ -n "$reminders" ]; then
  add_bench remind "remind" "\"$plift\" remind" twin="sqlite3 plift.db \"$(sql_of remind)\"" target=200
  add_bench remind-json "remind --format json" "\"$plift\" remind --format json" \
    twin="sqlite3 -json plift.db \"$(sql_of remind)\"" target=200
fi
# check exits 1 when it finds anything (it does here), hence -i. No twin.
[ -z "$findings" ] || add_bench check "check" "\"$plift\" check" options="--warmup 3 -i"
add_bench write "pulse log (one write)" "\"$plift\" pulse log $key --status green --note bench" \
  twin="sqlite3 plift.db \"$(sql_of write)\"" target=10
if [ "$tmpfs" = 1 ] && [ -d /dev/shm ] && [ -w /dev/shm ]; then
  # The same write with the database in RAM: what is left without fsync.
  shm="$(make_workdir /dev/shm)"
  cp plift.toml plift.db "$shm/"
  add_bench write-tmpfs "pulse log, database on tmpfs (no fsync cost)" \
    "\"$plift\" pulse log $key --status green --note bench" twin="sqlite3 plift.db \"$(sql_of write)\"" dir="$shm"
fi
# company list and phase status read no pulses: the write's few rows change nothing for them.
add_bench list "company list --format json" "\"$plift\" company list --format json" \
  twin="sqlite3 plift.db \"$(sql_of list)\"" target=50
add_bench status "phase status" "\"$plift\" phase status" \
  twin="sqlite3 -column -header plift.db \"$(sql_of status)\"" target=50
add_bench version "--version" "\"$plift\" --version" twin="sqlite3 --version" target=5

# peak_rss COMMAND [PREPARE]: peak RSS in KiB of a command string, the median
# of three runs; one run after PREPARE when there is one (the imports).
peak_rss() {
  local cmd="$1" prep="${2:-}" argv prep_argv runs=3 i
  [ -z "$prep" ] || runs=1
  eval "argv=($cmd)"
  eval "prep_argv=($prep)"
  for ((i = 0; i < runs; i++)); do
    [ -z "$prep" ] || "${prep_argv[@]}" >/dev/null 2>&1 || die "prepare failed: $prep"
    { /usr/bin/time -v "${argv[@]}" 2>&1 >/dev/null || true; } | sed -n 's/.*Maximum resident set size (kbytes): //p'
  done | sort -n | sed -n "$(((runs + 1) / 2))p"
}

: >rss.txt
printf '%s\n' "${benches[@]}" >benches.txt
for b in "${benches[@]}"; do
  IFS="|" read -r id label pcmd scmd _ dir hopts _ slabel s2cmd s2label prep <<<"$b"
  case "$scmd$s2cmd" in *'\'*|*'$'*|*'`'*) die "queries/$id: backslash, \$ and \` are not allowed" ;; esac
  say "timing: $label"
  twin=()
  [ -z "$scmd" ] || twin=(-n "${slabel:-sqlite3 ($id)}" "$scmd")
  [ -z "$s2cmd" ] || twin+=(-n "$s2label" "$s2cmd")
  prepare=()
  [ -z "$prep" ] || prepare=(--prepare "$prep")
  # shellcheck disable=SC2086  # hopts: hyperfine options, split on purpose
  (cd "$dir" && hyperfine -N --style basic $hopts ${prepare[@]+"${prepare[@]}"} \
      --export-json "$work/$id.json" --export-markdown "$work/$id.md" \
      -n "plift $label" "$pcmd" ${twin[@]+"${twin[@]}"} >"$work/$id.hyperfine.txt" 2>&1) \
    || { cat "$work/$id.hyperfine.txt" >&2; die "hyperfine failed for $label"; }
  grep -E 'Time \(mean' "$work/$id.hyperfine.txt" | sed 's/^/bench:   /' >&2 || true
  printf '%s|%s|%s|%s\n' "$id" "$(cd "$dir" && peak_rss "$pcmd" "$prep")" \
    "$(if [ -n "$scmd" ]; then cd "$dir" && peak_rss "$scmd" "$prep"; fi)" \
    "$(if [ -n "$s2cmd" ]; then cd "$dir" && peak_rss "$s2cmd" "$prep"; fi)" >>rss.txt
done

# --- log show: a small and a large audit log entry, streamed (bench/log_show.sh) --
if [ "$log_show" = 1 ]; then
  say "timing: log show of a 3,000-row and a 300,000-row entry"
  PLIFT="$plift" BENCH_TMPDIR="$work" "$bench_dir/log_show.sh" -o "$work/log-show.md" \
    || die "bench/log_show.sh failed"
fi

# --- 4. where the instructions go (--profile) --------------------------------------
if [ "$profile" = 1 ]; then
  need valgrind "apt-get install valgrind (for --profile)"
  need callgrind_annotate "apt-get install valgrind (for --profile)"
  for b in "${benches[@]}"; do
    IFS='|' read -r id label pcmd _ _ _ <<<"$b"
    case "$id" in list|status|remind|check|quarterly-json) ;; *) continue ;; esac
    say "profiling: $label (callgrind)"
    eval "argv=($pcmd)"
    valgrind --tool=callgrind --callgrind-out-file="callgrind.$id" "${argv[@]}" >/dev/null 2>"callgrind.$id.log" \
      || [ "$id" = check ]  # check exits 1 when it finds something
    callgrind_annotate --inclusive=yes "callgrind.$id" 2>/dev/null | python3 "$bench_dir/callgrind_top.py" >"profile.$id.md"
    sed -n 's/.*I *refs: *//p' "callgrind.$id.log" >"profile.$id.total"
  done
fi

# --- 5. RESULTS.md -------------------------------------------------------------
git_commit() {  # HEAD of the repository, read from .git without running git
  local g="$repo_dir/.git" head ref
  [ -f "$g" ] && g="$(sed -n 's/^gitdir: //p' "$g")"
  [ -f "$g/HEAD" ] || { echo unknown; return; }
  head="$(cat "$g/HEAD")"
  case "$head" in
    "ref: "*)
      ref="${head#ref: }"
      if [ -f "$g/$ref" ]; then cat "$g/$ref"; else grep " $ref\$" "$g/packed-refs" 2>/dev/null | cut -d' ' -f1; fi ;;
    *) echo "$head" ;;
  esac
}
compiler=unknown
build_type=unknown
cache="$(dirname "$(dirname "$plift")")/CMakeCache.txt"  # BUILD/src/plift -> BUILD/CMakeCache.txt
if [ -f "$cache" ]; then
  cxx="$(sed -n 's/^CMAKE_CXX_COMPILER:[A-Z]*=//p' "$cache")"
  [ -n "$cxx" ] && compiler="$("$cxx" --version | head -1)"
  build_type="$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$cache")"
fi
(
  export R_STARTED="$started_at" R_COMMIT="$(git_commit)" R_VERSION="$("$plift" --version)" R_PLIFT="$plift"
  export R_COMPILER="$compiler" R_BUILD_TYPE="$build_type"
  export R_CPU="$(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1)"
  export R_CPUS="$(nproc)" R_CPU_LIST="$(grep -c '^processor' /proc/cpuinfo)"
  export R_MEM="$(awk '/^MemTotal/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo)"
  export R_OS="$( (. /etc/os-release && echo "$PRETTY_NAME") 2>/dev/null || uname -s), kernel $(uname -r)"
  export R_FS="$(df -T "$work" | awk 'NR == 2 {print $2 " (" $1 ")"}')"
  export R_LOAD_BEFORE="$load_before" R_LOAD="$(cut -d' ' -f1-3 /proc/loadavg)"
  export R_MHZ="$(sed -n 's/^cpu MHz\s*: //p' /proc/cpuinfo | head -1)"
  export R_HYPERFINE="$(hyperfine --version)" R_SQLITE="$(sqlite3 --version | cut -d' ' -f1-2)"
  export R_COMPANIES="$companies" R_SEED="$seed" R_TODAY="$today" R_SUMMARY="$generate_summary"
  export R_GENERATE_S="$generate_s" R_LOAD_S="$load_s" R_DB_BYTES="$db_bytes" R_ACTIVE="$active" R_KEY="$key"
  export R_REMINDERS="$reminders" R_FINDINGS="$findings" R_QUARTERLY="$quarterly"
  export R_IMPORT_SUMMARY="$import_summary" R_IMPORT_CHECKED="$import_checked" R_IMPORT_ROWS="$import_rows"
  export R_PULSES_ROWS="$pulses_rows" R_IMPORT_RUNS="$import_runs"
  export R_SHM_FS="$(if [ -n "$shm" ]; then df -T "$shm" | awk 'NR == 2 {print $2 " (" $1 ")"}'; fi)"
  export R_WORK="$work" R_ELAPSED="$((SECONDS - t0))" R_VERIFY="$verify"
  python3 "$bench_dir/report.py" >"$results.tmp"
)
[ "$log_show" = 0 ] || { echo; cat "$work/log-show.md"; } >>"$results.tmp"
mv "$results.tmp" "$results"
say "wrote $results in $((SECONDS - t0)) s"
sed -n '/^## Results/,/^## Machine/p' "$results" | sed '$d' >&2
