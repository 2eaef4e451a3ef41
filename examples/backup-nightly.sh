#!/bin/sh
# A consistent copy of the programme's database for each weekday, checked:
# what examples/crontab runs each night. A week's copies rotate by name
# (plift-Mon.db … plift-Sun.db), each replaced when its day comes round.
# Run it in the programme's folder (where plift.toml is), or set PLIFT_CONFIG.
#   PLIFT       the plift binary (default: plift on PATH)
#   BACKUP_DIR  where the copies go (default: /var/backups/plift)
# Exits non-zero, so cron mails the output, when the copy or its check fails.
set -eu
plift=${PLIFT:-plift}
backup_dir=${BACKUP_DIR:-/var/backups/plift}
# Owner-only: the copies hold the same personal data as the database.
umask 077
mkdir -p "$backup_dir"
copy="$backup_dir/plift-$(LC_ALL=C date +%a).db"
"$plift" -q db backup "$copy" --force
"$plift" -q --db "$copy" db verify
