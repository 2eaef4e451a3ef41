#!/bin/sh
# Mails every coach the reminders that are new today, and the programme office
# the full list: what examples/crontab and examples/systemd run each morning.
# Run it in the programme's folder (where plift.toml is), or set PLIFT_CONFIG.
#   PLIFT     the plift binary (default: plift on PATH)
#   SENDMAIL  the mail transfer agent's sendmail (default: /usr/sbin/sendmail)
# Extra arguments go to plift remind (e.g. --as-of 2026-11-16).
set -eu
plift=${PLIFT:-plift}
sendmail=${SENDMAIL:-/usr/sbin/sendmail}
outbox=$(mktemp -d)
trap 'rm -rf "$outbox"' EXIT INT TERM
"$plift" remind --new-only --format mail --mail-dir "$outbox" "$@"
for message in "$outbox"/*.eml; do
  [ -e "$message" ] || continue # nothing new today: nothing is sent
  "$sendmail" -t < "$message"
done
