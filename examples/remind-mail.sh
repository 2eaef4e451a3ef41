#!/bin/sh
# Mails every coach the reminders that are new today, and the programme office
# the full list: what examples/crontab and examples/systemd run each morning.
# Run it in the programme's folder (where plift.toml is), or set PLIFT_CONFIG.
# [reminders].sendmail in plift.toml names the mail transfer agent (default
# /usr/sbin/sendmail -t -oi). A reminder counts as sent only once sendmail
# took its message: when it refuses one, the script exits 75 and that coach's
# reminders come again the next morning; nobody gets one twice.
#   PLIFT     the plift binary (default: plift on PATH)
# Extra arguments go to plift remind (e.g. --as-of 2026-11-16).
set -eu
exec "${PLIFT:-plift}" remind --send --new-only "$@"
