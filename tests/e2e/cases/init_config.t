# plift init writes a config and creates the database; it is idempotent.

$ plift company list
! plift: error: database '$CASE/plift.db' does not exist; run 'plift init' to create it (or pass --db)
[66]

$ plift init
wrote plift.toml (template standard)
created plift.db

$ stat -c '%a %n' plift.db
600 plift.db

$ plift init
kept plift.toml (it exists; --force overwrites it)
plift.db is ready (schema version 7)

$ plift init --template produktionslyftet
kept plift.toml (it exists; --force overwrites it)
plift.db is ready (schema version 7)

$ plift init --template produktionslyftet --force
wrote plift.toml (template produktionslyftet)
plift.db is ready (schema version 7)

$ plift config path
$CASE/plift.toml

$ plift config check
$CASE/plift.toml: ok (3 phases, 68 weeks)

$ plift config show --format csv | grep -E '^(key|program\.(name|language|holiday_weeks)|phase\.vision\.weeks|database\.path),'
key,value,origin\r (esc)
database.path,"""$CASE/plift.db""",plift.toml:14\r (esc)
program.name,"""Produktionslyftet""",plift.toml:18\r (esc)
program.language,"""sv""",plift.toml:20\r (esc)
program.holiday_weeks,"[28, 29, 30, 31, 52, 53, 1]",plift.toml:28\r (esc)
phase.vision.weeks,10,plift.toml:67\r (esc)

$ plift init --template produktionslyft
! plift: error: unknown template 'produktionslyft' (did you mean 'produktionslyftet'?); the templates are: standard, produktionslyftet, produktivitetsspranget
[64]

# A mistyped key names file, line and key, and suggests the right one.

$ cat > broken.toml <<'END'
> [program]
> name = "Test"
> languge = "sv"
> END
$ plift --config broken.toml config check
! plift: error: broken.toml:3: program.languge: unknown key (did you mean 'language'?)
[78]

$ printf '[program]\nname = "Test\n' > syntax.toml
$ plift --config syntax.toml company list
! plift: error: syntax.toml:2:13: invalid TOML: Error while parsing string: unescaped control characters other than TAB (U+0009) are explicitly prohibited
[78]

$ printf '[[phase]]\nkey = "vision"\nname = "Vision"\nweeks = 0\n' > weeks.toml
$ plift -c weeks.toml config check
! plift: error: weeks.toml:4: phase[1].weeks: must be a whole number above 0, not 0
[78]

$ printf '[program]\nholiday_weeks = [28, 54]\n' > holiday.toml
$ plift -c holiday.toml config check
! plift: error: holiday.toml:2: program.holiday_weeks: must be an array of week numbers 1..53; 54 is not one
[78]

$ plift -c missing.toml config check
! plift: error: config file 'missing.toml' (from --config) does not exist
[78]

# What remind would refuse, config check refuses too.
$ printf '[reminders]\nmail_from = "plift@example.org\\r\\nBcc: all@example.org"\n' > crlf.toml
$ plift -c crlf.toml config check
! plift: error: crlf.toml:2: [reminders].mail_from 'plift@example.org\x0D\x0ABcc: all@example.org' is not an e-mail address
[78]
$ printf '[reminders]\nsendmail = "/usr/sbin/sendmail \\"-t"\n' > sendmail.toml
$ plift -c sendmail.toml config check
! plift: error: sendmail.toml:2: [reminders].sendmail: column 20: the double quote that opens here is never closed
[78]

# A config file is small; one over 1 MiB is refused before it is read.
$ python3 -c 'print("# " + "x" * 1048576)' > huge.toml
$ plift -c huge.toml config check
! plift: error: config file 'huge.toml' is larger than 1 MiB; a plift config is a few kilobytes
[78]

# PLIFT_CONFIG and PLIFT_DB, and --db above them.

$ mkdir sub && cd sub && plift config path
$CASE/plift.toml

$ PLIFT_DB=other.db plift company list
! plift: error: database 'other.db' does not exist; run 'plift init' to create it (or pass --db)
[66]

$ plift --db other.db company list
! plift: error: database 'other.db' does not exist; run 'plift init' to create it (or pass --db)
[66]

# A database from a newer plift is refused by name.

$ sqlite3 plift.db 'PRAGMA user_version = 99'
$ plift company list
! plift: error: database '$CASE/plift.db' was written by a newer plift (schema version 99, this plift knows up to 7); upgrade plift to use it
[65]

$ echo 'not a database at all, just some text that is long enough to be a header' > junk.db
$ plift --db junk.db company list
! plift: error: 'junk.db' is not a plift database (not an SQLite file)
[65]

