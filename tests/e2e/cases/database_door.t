# The database is checked at the door: a file that is not a plift database,
# or not a file at all, is refused by name, and nothing is created beside it.

# An empty file holds no programme; only init may create one in it.

$ : > empty.db
$ plift --db empty.db company list
! plift: error: database 'empty.db' is empty (0 bytes); run 'plift init' to create a programme in it
[65]
$ ls -A
empty.db
$ stat -c %s empty.db
0
$ plift --db empty.db init
wrote plift.toml (template standard)
empty.db is ready (schema version 7)
$ plift --db empty.db company list

# Bytes that are not SQLite are refused, and left as they were.

$ python3 -c 'import sys; sys.stdout.buffer.write(bytes(range(256)) * 16)' > random.db
$ sha256sum random.db > random.sum
$ plift --db random.db company list
! plift: error: 'random.db' is not a plift database (not an SQLite file)
[65]
$ sha256sum -c random.sum >/dev/null && ls -A | grep random
random.db
random.sum

# A folder, a named pipe or a device is not a database file: refused by name,
# also by init, and nothing appears beside it.

$ mkdir folder.db
$ plift --db folder.db company list
! plift: error: database 'folder.db' is a folder, not a database file
[66]
$ plift --db folder.db init
kept plift.toml (it exists; --force overwrites it)
! plift: error: database 'folder.db' is a folder, not a database file
[66]
$ mkfifo pipe.db
$ plift --db pipe.db pulse list
! plift: error: database 'pipe.db' is a named pipe (FIFO), not a database file
[66]
$ ls -A folder.db; ls -A | grep -E '^(folder|pipe)'
folder.db
pipe.db
$ plift --db /dev/null company list
! plift: error: database '/dev/null' is a character device, not a database file
[66]

# A schema version lower than the tables it holds is refused before any
# migration runs, with what was found and what was expected.

$ plift init -q
$ plift -q company add "Acme AB" --region Sydsverige --sector metal --employees 40 --start 2026-01-05
acme-ab
$ sqlite3 plift.db .dump > before.sql
$ sqlite3 plift.db 'PRAGMA user_version = 3'
$ plift company list
! plift: error: database '$CASE/plift.db' does not match its schema version 3: it has tables assessment_id_sequence, audit_changeset, audit_company, audit_entry, audit_table_change and finding_ack, which version 3 does not have; its table assessment_score has columns (assessment, company, date, dimension, score), version 3 has (company, date, dimension, score); its table kpi_value has columns (id, company, kpi, date, value), version 3 has (company, kpi, date, value); its table steering_member has columns (id, company, person, role), version 3 has (company, person, role); its table training has columns (id, company, person, role, enrolled, completed, dropped), version 3 has (company, person, role, enrolled, completed, dropped); plift cannot upgrade it safely (restore a backup)
[65]
$ sqlite3 plift.db 'PRAGMA user_version = 0'
$ plift company list 2>&1 | cut -c1-120
plift: error: database '$CASE/plift.db' does not match its schema version 0: it has tables assessment_
$ sqlite3 plift.db 'PRAGMA user_version = -2'
$ plift company list
! plift: error: database '$CASE/plift.db' has schema version -2, which no plift writes (this plift reads versions 0 to 7)
[65]

# Put right, nothing was lost.

$ sqlite3 plift.db 'PRAGMA user_version = 5'
$ sqlite3 plift.db .dump | diff before.sql - && echo unchanged
unchanged

# A table missing from the version the file claims is named too.

$ sqlite3 plift.db 'DROP TABLE shown_reminder; PRAGMA user_version = 4'
$ plift company list
! plift: error: database '$CASE/plift.db' does not match its schema version 4: it has tables assessment_id_sequence and finding_ack, which version 4 does not have; it lacks table shown_reminder, which version 4 has; its table assessment_score has columns (assessment, company, date, dimension, score), version 4 has (company, date, dimension, score); its table kpi_value has columns (id, company, kpi, date, value), version 4 has (company, kpi, date, value); its table steering_member has columns (id, company, person, role), version 4 has (company, person, role); its table training has columns (id, company, person, role, enrolled, completed, dropped), version 4 has (company, person, role, enrolled, completed, dropped); plift cannot upgrade it safely (restore a backup)
[65]

# An SQLite database of another program is not taken over.

$ sqlite3 other.db 'CREATE TABLE recipe (name TEXT)'
$ plift --db other.db company list
! plift: error: 'other.db' is an SQLite database of another program, not a plift database; none of its tables is plift's
[65]
$ sqlite3 other.db .tables
recipe
