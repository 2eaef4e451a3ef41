#!/usr/bin/env bash
# Moving a programme kept in spreadsheets into plift, as a coordinator would
# on the first afternoon. The files in examples/spreadsheets/ are what Excel
# writes in Sweden: semicolons, decimal commas, a byte-order mark, CRLF, and
# the column names of plift's options in any case.
#
#   1. check each file with --dry-run, then import it for real
#   2. a week of follow-ups as one batch file, all or nothing
#   3. the audit log, and undo of a mistaken import
#   4. the whole programme exported as JSON, imported into a new database
#      and exported again: the two documents are the same
#
# Run it in an empty folder with `plift` on PATH (scripts/demo does that).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
sheets="$here/spreadsheets"

mkdir -p migrated && cd migrated
plift init --template produktionslyftet

# In this order: a company names its coach, a pulse its company.
for entity in coaches companies pulses visits kpis; do
  plift import "$entity" "$sheets/$entity.csv" --dry-run
  plift import "$entity" "$sheets/$entity.csv"
done
plift company list
plift kpi list

cat > follow-ups.plift <<'END'
# Monday 16 November: the week's pulse meetings and one visit
pulse log malmo-plat-svets-ab --status green --date 2026-11-16 --note "Standard work for the press line agreed"
pulse log boras-tra-ab --status yellow --date 2026-11-16
visit log boras-tra-ab --coach jonas-ek --date 2026-11-16 --mode remote --note "Follow-up on 5S"
steering add boras-tra-ab --person "Anna Lind" --role management
steering add boras-tra-ab --person "Per Olsson" --role union
END
plift batch follow-ups.plift

# A second copy of the pulses file imported by mistake is refused whole: a
# company has one pulse meeting a day, and each of these is there already.
plift import pulses "$sheets/pulses.csv" || echo "refused: nothing imported"
# A meeting logged for the wrong company: undo takes it back.
plift pulse log boras-tra-ab --status green --date 2026-11-13
plift log --limit 3
plift undo
plift pulse list --since 2026-10-01

plift export -o programme.json
plift --db copy.db init -q
plift --db copy.db import all programme.json
plift --db copy.db export -o programme-again.json
cmp programme.json programme-again.json
echo "exported, imported into copy.db and exported again: the same $(wc -c < programme.json) bytes"
