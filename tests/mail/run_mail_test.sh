#!/usr/bin/env bash
# plift remind --format mail, read back by Python's e-mail parser: a small
# Swedish programme whose names need UTF-8 (Brødrene, Plåt, Åsa Ström), one
# message per coach in --mail-dir plus the office's, and --coach on stdout.
#
#   run_mail_test.sh PATH/TO/plift
set -euo pipefail

plift_binary=$(realpath "$1")
check_mail="$(cd "$(dirname "$0")" && pwd)/check_mail.py"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
export HOME="$work" PLIFT_TODAY=2026-11-16 LC_ALL=C.UTF-8 TZ=UTC
unset PLIFT_CONFIG PLIFT_DB XDG_CONFIG_HOME
plift() { "$plift_binary" "$@"; }

plift init -q --template produktionslyftet
plift -q coach add eva --name "Eva Lind" --org RISE --email eva.lind@example.se >/dev/null
plift -q coach add asa --name "Åsa Ström" --org IUC >/dev/null
plift -q company add "Brødrene Midthaug AS" --region Sydsverige --sector metall --employees 40 \
  --start 2026-09-07 --coach eva >/dev/null
plift -q company add "Plåt & Svets i Ödeshög AB" --key plat --region Sydsverige --sector metall --employees 25 \
  --start 2026-03-02 --coach asa >/dev/null
plift -q company add "Coachlös Gjuteri AB" --key gjuteri --region Sydsverige --sector metall --employees 60 \
  --start 2026-10-05 >/dev/null

echo "== --mail-dir: one message per coach and the office's full list"
plift remind --format mail --mail-dir out 2>warnings.txt
ls out
grep -q "coach asa (Åsa Ström) has no e-mail address" warnings.txt || { cat warnings.txt; exit 1; }
python3 "$check_mail" --expect "Brødrene Midthaug AS" --expect "Plåt & Svets i Ödeshög AB" \
  --expect "Åsa Ström" --expect "Coachlös Gjuteri AB" out/*.eml
python3 "$check_mail" --to eva.lind@example.se out/eva.eml
python3 "$check_mail" --to plift@produktionslyftet.se out/asa.eml out/_office.eml

echo "== --coach: one message on stdout, for sendmail -t"
plift remind --format mail --coach eva | python3 "$check_mail" --to eva.lind@example.se --expect "Brødrene" -
plift remind --format mail --coach asa 2>/dev/null |
  python3 "$check_mail" --to plift@produktionslyftet.se --expect "Plåt" --expect "Åsa Ström" -

echo "== --new-only: the second morning has nothing new to send"
plift remind --format mail --new-only --mail-dir first >/dev/null 2>&1
python3 "$check_mail" first/*.eml >/dev/null
plift remind --format mail --new-only --mail-dir second 2>&1
test ! -e second
echo "ok"
