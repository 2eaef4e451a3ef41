# Every refused or failed command leaves the database exactly as it was.
# The whole database is dumped before and after and compared.

$ plift init -q
$ plift -q coach add eva-lind --name "Eva Lind" --org RISE --email eva.lind@ri.se
eva-lind
$ plift -q company add "Söderberg Precision AB" --region Sydsverige --sector machining --employees 140 --start 2026-02-02 --coach eva-lind
soderberg-precision-ab
$ plift -q phase check soderberg-precision-ab challenges --date 2026-02-10
$ plift -q pulse log soderberg-precision-ab --status green --date 2026-11-02 --note "Bra start"
$ sqlite3 plift.db .dump > before.sql

$ plift company add "Söderberg Precision AB" --region Sydsverige --sector machining --employees 140 --start 2026-02-02
! plift: error: a company with key 'soderberg-precision-ab' already exists (Söderberg Precision AB); choose another with --key
[1]
$ plift company add "Ny AB" --region Sydsverige --sector x --employees 5 --start 2026-13-01 >/dev/null 2>&1
[64]
$ plift company add "Ny AB" --region Sydsverige --sector x --employees 5 --start 2026-01-01 --coach nobody >/dev/null 2>&1
[1]
$ plift company edit soderberg-precision-ab --coach nobody >/dev/null 2>&1
[1]
$ plift company edit soderberg-precision-ab --employees -4 >/dev/null 2>&1
[64]
$ plift company edit soderberg-precision-ab --start 2026-03-01 >/dev/null 2>&1
[1]
$ plift company withdraw soderberg-precision-ab --date 2030-01-01 --reason x >/dev/null 2>&1
[1]
$ plift company withdraw soderberg-precision-ab --date 2026-05-01 --reason "" >/dev/null 2>&1
[64]
$ plift phase check soderberg-precision-ab nothing >/dev/null 2>&1
[1]
$ plift phase uncheck soderberg-precision-ab lean-status >/dev/null 2>&1
[1]
$ plift phase advance soderberg-precision-ab >/dev/null 2>&1
[1]
$ plift pulse log soderberg-precision-ab --status purple >/dev/null 2>&1
[64]
$ plift pulse log soderberg-precision-ab --status red --date 2025-12-31 >/dev/null 2>&1
[1]
$ plift coach add eva-lind --name "Eva Lind" --org RISE >/dev/null 2>&1
[1]
$ plift coach add "Eva Lind" --name "Eva Lind" --org RISE >/dev/null 2>&1
[64]
$ plift coach add per --name "Per" --org RISE --email "not-an-address" >/dev/null 2>&1
[64]
$ plift --config nowhere.toml company add "X" --region a --sector b --employees 1 --start 2026-01-01 >/dev/null 2>&1
[78]

$ sqlite3 plift.db .dump > after.sql
$ cmp before.sql after.sql && echo unchanged
unchanged

# A busy database: another process holds the write lock past the timeout.

$ python3 -c "import sqlite3, time; c = sqlite3.connect('plift.db', isolation_level=None); c.execute('BEGIN IMMEDIATE'); open('locked', 'w').close(); time.sleep(8)" & while [ ! -e locked ]; do sleep 0.1; done; plift pulse log soderberg-precision-ab --status red; echo "exit $?"; wait
exit 75
! plift: error: the database is busy (another process is writing to it); try again in a moment
$ sqlite3 plift.db .dump > after-busy.sql
$ cmp before.sql after-busy.sql && echo unchanged
unchanged
