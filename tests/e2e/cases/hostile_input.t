# Hostile input: every text is UTF-8 without control characters (notes and
# reasons may hold tabs and line breaks); quotes, SQL and markup are data.
# tests/hostile/hostile_test.py sweeps every input path; these are examples.

$ plift init
wrote plift.toml (template standard)
created plift.db
$ stat -c %a plift.toml plift.db
600
600
$ plift coach add anna --name "Anna Berg" --org RISE --email anna@example.se
anna
$ plift company add "O'Brien; DROP TABLE company; -- <b>AB</b>" --key obrien --region Syd --sector "=1+2" --employees 40 --start 2026-01-05 --coach anna
obrien
$ sqlite3 plift.db .dump > before.sql

# Names are one line of printable text: control characters, line breaks and
# bytes that are not UTF-8 are refused, with the option named.
$ plift company add $'Esc\e[31mRed AB' --region Syd --sector metal --employees 5 --start 2026-01-05
! plift: error: name holds the control character U+001B (ESC) at character 4: 'Esc\x1B[31mRed AB'; plift keeps text as UTF-8 without control characters (see 'plift company add --help')
[64]
$ plift company edit obrien --name $'Two\nLines'
! plift: error: --name holds the control character U+000A (LF) at character 4, but must be one line: 'Two\x0ALines'; plift keeps text as UTF-8 without control characters (see 'plift company edit --help')
[64]
$ plift coach add bo --name $'Caf\xe9' --org RISE
! plift: error: --name is not UTF-8 (byte 0xE9 at character 4): 'Caf\xE9'; plift keeps text as UTF-8 without control characters (see 'plift coach add --help')
[64]
$ plift steering add obrien --person $'Nul\x01l' --role union
! plift: error: --person holds the control character U+0001 (SOH) at character 4: 'Nul\x01l'; plift keeps text as UTF-8 without control characters (see 'plift steering add --help')
[64]
$ plift pulse log obrien --status red --note $'a\e[2Jb'
! plift: error: --note holds the control character U+001B (ESC) at character 2: 'a\x1B[2Jb'; plift keeps text as UTF-8 without control characters other than tabs and line breaks (see 'plift pulse log --help')
[64]

# Numbers are decimal: no hex, no octal, no blanks, nothing a double cannot hold.
$ plift company edit obrien --employees 0x10
! plift: error: --employees takes a whole number, not '0x10' (see 'plift company edit --help')
[64]
$ plift company edit obrien --employees " 12 "
! plift: error: --employees takes a whole number, not ' 12 ' (see 'plift company edit --help')
[64]
$ plift company edit obrien --employees 1000001
! plift: error: --employees must be a whole number from 1 to 1000000, not 1000001
[64]
$ plift kpi record obrien scrap 99999999999999999999 --date 2026-02-02
! plift: error: VALUE '99999999999999999999' has more than 15 significant digits, more than plift keeps exactly
[64]
$ plift log --limit -1
! plift: error: --limit takes a whole number, not '-1' (see 'plift log --help')
[64]

# An empty date is a slip, not today; a journey must end by 9999-12-31.
$ plift pulse log obrien --status green --date ""
! plift: error: --date is empty; give a date, or leave the option out (see 'plift pulse log --help')
[64]
$ plift company add Late --region Syd --sector metal --employees 5 --start 9999-01-04
! plift: error: --start 9999-01-04 is too late: phase 'line' would be planned to end after 9999-12-31, the last day plift can write
[64]
$ plift --today 9999-12-31 gathering add next --title Next --date tomorrow
! plift: error: invalid date for --date: 'tomorrow' falls outside the years 0000 to 9999
[64]
$ sqlite3 plift.db .dump > after.sql
$ cmp before.sql after.sql && echo unchanged
unchanged

# What is data is kept exactly: notes may span lines.
$ plift pulse log obrien --status yellow --date 2026-02-02 --note $'Line one\n\tline two; \'quoted\' <i>'
obrien: yellow pulse logged for 2026-02-02
$ plift company edit obrien --employees 012
updated obrien: employees
$ plift company show obrien --json | grep -E '^  "(name|sector|employees)"'
  "name": "O'Brien; DROP TABLE company; -- <b>AB</b>",
  "sector": "=1+2",
  "employees": 12,
$ plift pulse list obrien --format json
[
  {
    "id": 1,
    "company": "obrien",
    "date": "2026-02-02",
    "status": "yellow",
    "note": "Line one\n\tline two; 'quoted' <i>"
  }
]
$ plift pulse list obrien
ID  DATE        COMPANY  STATUS  NOTE
 1  2026-02-02  obrien   yellow  Line one  line two; 'quoted' <i>

# "--note=" is an empty note, not the next word.
$ plift pulse log obrien --date 2026-02-03 --note= --status green
obrien: green pulse logged for 2026-02-03
$ plift pulse list obrien --format csv
id,company,date,status,note\r (esc)
1,obrien,2026-02-02,yellow,"Line one
'\tline two; 'quoted' <i>"\r (esc)
2,obrien,2026-02-03,green,\r (esc)

# A batch line is checked the same way, named by its line.
$ printf 'pulse log obrien --status green --date 2026-02-04\npulse log obrien --status red --note "\x1b]0;owned\x07"\n' > lines.txt
$ plift batch lines.txt
! plift: error: lines.txt:2: --note holds the control character U+001B (ESC) at character 1: '\x1B]0;owned\x07'; plift keeps text as UTF-8 without control characters other than tabs and line breaks (see 'plift pulse log --help')
[65]

# Markdown and HTML never carry the markup of a name.
$ plift report company obrien | head -3
# O'Brien; DROP TABLE company; -- &lt;b&gt;AB&lt;/b&gt;: journey report

Lean production programme. Data as of 2026-11-16.
$ plift report company obrien --format html | grep -q '<b>AB' || echo escaped
escaped

# A name an older database holds with control characters is shown on one line.
$ sqlite3 plift.db "UPDATE company SET name = 'Old' || char(27) || '[31m' || char(10) || 'Name' WHERE key = 'obrien'"
$ plift check --rule steering-incomplete
obrien: steering-incomplete: The steering group at Old [31m Name has no management or union representative.
[1]
$ plift remind --kind steering-incomplete
Anna Berg (anna) <anna@example.se>
  2026-01-05  steering-incomplete  obrien  The steering group at Old [31m Name has no management or union representative.

# Files plift writes hold personal data: its owner's only.
$ plift remind --format mail --mail-dir mail --kind steering-incomplete
$ stat -c %a mail mail/anna.eml mail/_office.eml
700
600
600
