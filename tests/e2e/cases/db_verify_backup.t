# plift db verify checks the database whole; plift undo refuses an entry whose
# recorded change is damaged; plift db backup writes a checked, private copy.

$ plift init -q
$ plift -q company add "Acme AB" --region Sydsverige --sector metal --employees 40 --start 2026-01-05
acme-ab
$ plift -q pulse log acme-ab --status green --date 2026-11-02
$ plift db verify
ok: $CASE/plift.db: integrity, foreign keys, schema, 2 audit entries, 1 company checked
$ plift db verify -q
$ plift db verify --json
{
  "database": "$CASE/plift.db",
  "ok": true,
  "companies": 1,
  "audit_entries": 2,
  "findings": []
}

# An entry whose recorded change cannot be read: undo refuses it by number
# and changes nothing; verify finds it.

$ cp plift.db sound.db
$ sqlite3 plift.db "UPDATE audit_changeset SET data = X'deadbeef' WHERE entry = 2"
$ sqlite3 plift.db .dump > damaged.sql
$ plift undo
! plift: error: cannot undo #2 (plift -q pulse log acme-ab --status green --date 2026-11-02): part 1 of its recorded change cannot be read (database disk image is malformed); nothing was undone ('plift db verify' checks the whole log)
[65]
$ sqlite3 plift.db .dump | diff damaged.sql - && echo unchanged
unchanged
$ plift db verify
audit: entry #2 (plift -q pulse log acme-ab --status green --date 2026-11-02): part 1 of its recorded change cannot be read (database disk image is malformed)
! plift: error: database '$CASE/plift.db': 1 problem found
[65]

# A readable change that is not the one the log shows is refused too.

$ cp sound.db plift.db
$ sqlite3 plift.db "UPDATE audit_changeset SET data = (SELECT data FROM audit_changeset WHERE entry = 1) WHERE entry = 2"
$ sqlite3 plift.db .dump > damaged.sql
$ plift undo
! plift: error: cannot undo #2 (plift -q pulse log acme-ab --status green --date 2026-11-02): its recorded change holds +1 company, +1 phase_history, but the log says +1 pulse; nothing was undone ('plift db verify' checks the whole log)
[65]
$ sqlite3 plift.db .dump | diff damaged.sql - && echo unchanged
unchanged

# Changes made behind plift's back: a row pointing nowhere, a gap in the
# phase history, a first phase not starting with the company, a record
# outside the journey.

$ cp sound.db plift.db
$ plift -q phase advance acme-ab --date 2026-03-16 --force --reason "test"
$ sqlite3 plift.db "INSERT INTO pulse (company, date, status) VALUES ('ghost', '2026-11-02', 'green')"
$ sqlite3 plift.db "UPDATE phase_history SET seq = 3 WHERE company = 'acme-ab' AND seq = 2"
$ sqlite3 plift.db "UPDATE phase_history SET started = '2026-01-06' WHERE company = 'acme-ab' AND seq = 1"
$ sqlite3 plift.db "UPDATE pulse SET date = '2025-12-01' WHERE company = 'acme-ab'"
$ plift db verify
foreign-key: row 2 of pulse refers to a company that does not exist
phase-history: acme-ab: phase number 3 comes where number 2 belongs; the history is numbered 1, 2, 3 … without gaps
phase-history: acme-ab: the first phase 'vision' starts on 2026-01-06, not on the company's start 2026-01-05
outside-journey: acme-ab: A pulse meeting on 2025-12-01 is before the journey started on 2026-01-05.
! plift: error: database '$CASE/plift.db': 4 problems found
[65]
$ plift db verify --json | python3 -c 'import json, sys; d = json.load(sys.stdin); print(d["ok"], [f["check"] for f in d["findings"]])'
False ['foreign-key', 'phase-history', 'phase-history', 'outside-journey']
! plift: error: database '$CASE/plift.db': 4 problems found

# A backup is a private copy that reads back as the same programme.

$ cp sound.db plift.db
$ umask 022; plift db backup copy.db
backed up $CASE/plift.db to copy.db (integrity checked)
$ stat -c '%a %n' copy.db
600 copy.db
$ plift export > original.json && plift --db copy.db export > copied.json && cmp original.json copied.json && echo same
same
$ plift --db copy.db db verify -q
$ plift db backup copy.db
! plift: error: backup 'copy.db' exists; --force replaces it
[74]
$ plift -q pulse log acme-ab --status red --date 2026-11-09
$ plift -q db backup copy.db --force
$ plift --db copy.db pulse list
ID  DATE        COMPANY  STATUS  NOTE
 1  2026-11-02  acme-ab  green   -
 2  2026-11-09  acme-ab  red     -
$ mkdir folder
$ plift db backup folder
! plift: error: backup 'folder' is a folder; name the file to write
[74]
$ plift db backup plift.db --force
! plift: error: backup 'plift.db' is the database itself; name another file
[74]
$ plift db backup missing/copy.db
! plift: error: cannot write backup 'missing/copy.db': No such file or directory
[74]
$ ls -A
copied.json
copy.db
damaged.sql
folder
original.json
plift.db
plift.toml
sound.db

# A backup taken while another process keeps writing checks out, and the
# writer is never held up past its timeout.

$ ( n=0; while [ ! -e stop ]; do n=$((n + 1)); plift -q steering add acme-ab --person "Member $n" --role employee || { echo writer failed; exit 1; }; done ) &
> writer=$!
> count() { sqlite3 -cmd '.timeout 5000' "$1" 'SELECT count(*) FROM steering_member'; }
> until [ "$(count plift.db)" -ge 10 ]; do sleep 0.05; done
> first=$(count plift.db)
> for i in 1 2 3 4 5; do plift -q db backup busy.db --force && plift -q --db busy.db db verify || echo "backup $i failed"; done
> copied=$(count busy.db)
> touch stop; wait "$writer" && echo "writer ok"
> last=$(count plift.db)
> [ "$copied" -ge "$first" ] && [ "$copied" -le "$last" ] && [ "$last" -gt "$first" ] && echo "the copy holds what was written before it, the writer went on"
writer ok
the copy holds what was written before it, the writer went on

# backup and verify do not run inside a batch.

$ printf 'db verify\n' | plift batch -
! plift: error: stdin:1: 'db' cannot run inside a batch
[65]
