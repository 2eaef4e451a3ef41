#!/usr/bin/env bash
# plift calendar, read back by Python's icalendar package (Debian
# python3-icalendar): a small Swedish programme whose names need UTF-8
# (Brødrene, Plåt, Åsa Ström), written twice to show the file and its UIDs
# are stable, and once for one company.
#
#   run_ical_test.sh PATH/TO/plift
set -euo pipefail

plift_binary=$(realpath "$1")
check_ical="$(cd "$(dirname "$0")" && pwd)/check_ical.py"
# The Debian package is for the system's python3; a python3 of pyenv or a
# virtualenv earlier in PATH may lack it.
python=""
for candidate in python3 /usr/bin/python3; do
  if command -v "$candidate" >/dev/null && "$candidate" -c 'import icalendar' 2>/dev/null; then
    python=$candidate
    break
  fi
done
if [ -z "$python" ]; then
  echo "run_ical_test: no python3 with the icalendar package; install python3-icalendar (scripts/deps)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export HOME="$work" PLIFT_TODAY=2026-11-16 LC_ALL=C.UTF-8 TZ=UTC
unset PLIFT_CONFIG PLIFT_DB XDG_CONFIG_HOME
plift() { "$plift_binary" "$@"; }

plift init -q --template produktionslyftet
plift -q coach add asa --name "Åsa Ström" --org IUC >/dev/null
plift -q company add "Brødrene Midthaug AS" --key brodrene --region Sydsverige --sector metall --employees 40 \
  --start 2026-09-07 --coach asa >/dev/null
plift -q visit log brodrene --date 2026-10-20
plift -q company add "Plåt & Svets i Ödeshög AB" --key plat --region Sydsverige --sector metall --employees 25 \
  --start 2026-03-02 >/dev/null
plift -q gathering add varmote --title "Vårmöte: pulstavlor, 5S; flöde" --date 2026-05-20 \
  --location "Jönköping, Elmia" >/dev/null
plift -q gathering attend varmote plat
plift -q gathering add julmote --title "Julmöte på Ödeshögs Gästgiveri" --date 2026-12-09 >/dev/null

echo "== the whole programme, twice: the same bytes and UIDs"
umask 022
plift calendar -o first.ics
plift -q calendar -o second.ics
cmp first.ics second.ics
test "$(stat -c %a first.ics)" = 600
# Each company: 3 phase ends (Plåt's first long past, so the later ones are
# chained from today) and 3 visit slots before Christmas, the first today as
# both are overdue; 2 gatherings.
"$python" "$check_ical" --events 14 --same-uids second.ics \
  --uid phase-end.brodrene.vision@plift --uid phase-end.plat.line@plift \
  --uid visit.brodrene.2@plift --uid visit.plat.1@plift --uid gathering.varmote@plift \
  --expect "Brødrene Midthaug AS: slut på" --expect "Plåt & Svets i Ödeshög AB" --expect "Åsa Ström" \
  --expect "Vårmöte: pulstavlor, 5S; flöde" --expect "Jönköping, Elmia" --expect "Julmöte på Ödeshögs Gästgiveri" \
  first.ics

echo "== stdout is the same calendar"
plift calendar | cmp - first.ics

echo "== one company: its events, what it attended and the joint gatherings to come"
plift calendar brodrene -o brodrene.ics
"$python" "$check_ical" --events 7 --uid visit.brodrene.2@plift --uid gathering.julmote@plift \
  --expect "Produktionslyftet: Brødrene Midthaug AS" brodrene.ics
if grep -q varmote brodrene.ics; then echo "brodrene.ics holds a gathering it did not attend" >&2; exit 1; fi

echo "== a visit logged today: the second visit leaves the calendar, the later slots keep their UIDs"
plift -q visit log brodrene --date 2026-11-16
plift calendar brodrene -o after.ics
"$python" "$check_ical" --events 6 --uid visit.brodrene.3@plift --uid visit.brodrene.4@plift after.ics
if grep -q visit.brodrene.2@ after.ics; then echo "after.ics still holds the visit just logged" >&2; exit 1; fi
echo "ok"
