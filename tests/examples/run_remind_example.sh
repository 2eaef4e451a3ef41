#!/usr/bin/env bash
# Runs what examples/crontab and examples/systemd run each morning —
# examples/remind-mail.sh — against the sample programme, with a stand-in
# sendmail that keeps each message. Every message must parse as mail; the
# next morning, with nothing new, nothing is sent.
#
#   run_remind_example.sh PATH/TO/plift
set -euo pipefail

plift_binary=$(realpath "$1")
root="$(cd "$(dirname "$0")/../.." && pwd)"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work" PLIFT_TODAY=2026-11-16 LC_ALL=C.UTF-8 TZ=UTC
unset PLIFT_CONFIG PLIFT_DB XDG_CONFIG_HOME
mkdir "$work/bin" "$work/sent"
ln -s "$plift_binary" "$work/bin/plift"
export PATH="$work/bin:$PATH"

# sendmail -t reads the recipients from the message; this one files it.
cat > "$work/bin/sendmail" <<'END'
#!/bin/sh
[ "$1" = "-t" ] || { echo "sendmail: expected -t" >&2; exit 64; }
cat > "$SENT_DIR/$(date +%s%N).eml"
END
chmod +x "$work/bin/sendmail"
export SENT_DIR="$work/sent"

cd "$work"
bash "$root/examples/sample-programme.sh" > sample.log
cd produktionslyftet
grep -q '^sendmail = "/usr/sbin/sendmail -t -oi"$' plift.toml
sed -i "s|^sendmail = .*|sendmail = \"$work/bin/sendmail -t -oi\"|" plift.toml

"$root/examples/remind-mail.sh"
sent=$(find "$work/sent" -name '*.eml' | wc -l)
[ "$sent" -ge 2 ] || { echo "expected mail for at least one coach and the office, got $sent"; exit 1; }
python3 "$root/tests/mail/check_mail.py" "$work"/sent/*.eml

# The next morning: everything was shown already, so nothing goes out.
rm "$work"/sent/*.eml
"$root/examples/remind-mail.sh"
left=$(find "$work/sent" -name '*.eml' | wc -l)
[ "$left" -eq 0 ] || { echo "a second run sent $left messages; --new-only should have sent none"; exit 1; }
echo "remind example: ok ($sent messages the first morning, none the next)"
