# Importing coaches, companies, phases and pulses; the whole programme
# exported and imported again; batch files; the audit log and undo.

$ plift init -q --template produktionslyftet
$ printf 'key,name,org,email,region\nanna,Anna Berg,IUC Syd,anna@iuc.se,Sydsverige\nbo,Bo Ek,RISE,,\n' > coaches.csv
$ plift import coaches coaches.csv
coaches.csv: imported 2 rows of coaches

# Semicolons, a byte-order mark, CRLF and option-style headers, as Excel writes them.
$ printf '\xef\xbb\xbfName;Region;Sector;Employees;Start;Org-Number;Coach\r\nAcme AB;Sydsverige;metal;40;2025-09-01;556677-8899;anna\r\n"Brødrene; Midthaug";Västsverige;wood;120;2024-01-15;;bo\r\nGamla Verken AB;Sydsverige;foundry;60;2023-03-06;;\r\n' > companies.csv
$ plift import companies companies.csv
companies.csv: imported 3 rows of companies
$ plift company list
KEY                NAME                REGION       SECTOR   EMPLOYEES  START       STATUS  PHASE   PHASE ENDS  COACH
acme-ab            Acme AB             Sydsverige   metal           40  2025-09-01  active  vision  2025-11-09  anna
brodrene-midthaug  Brødrene; Midthaug  Västsverige  wood           120  2024-01-15  active  vision  2024-03-24  bo
gamla-verken-ab    Gamla Verken AB     Sydsverige   foundry         60  2023-03-06  active  vision  2023-05-19  -

# A finished journey: phases with their days, and pulses dated within it.
$ cat > phases.csv <<'END'
> company,phase,started,ended,forced_reason
> gamla-verken-ab,vision,2023-03-06,2023-05-22,
> gamla-verken-ab,pilot,2023-05-22,2024-01-22,
> gamla-verken-ab,line,2024-01-22,2024-08-12,
> END
$ printf 'key,name,region,sector,employees,start,completed\ngamla-verken-ab,Gamla Verken AB,Sydsverige,foundry,60,2023-03-06,2024-08-12\n' > completed.csv
$ plift import companies completed.csv --update
completed.csv: imported 1 row of companies
$ plift import phases phases.csv
phases.csv: imported 3 rows of phases
$ plift company show gamla-verken-ab | head -12
key:             gamla-verken-ab
name:            Gamla Verken AB
region:          Sydsverige
sector:          foundry
employees:       60
start:           2023-03-06
status:          completed on 2024-08-12
journey:         planned to end 2024-08-23
coach:           -
visits:          0 held, 19 expected
steering group:  0 members; missing management, union
Lean course:     0 of 2 participants
$ cat > pulses.csv <<'END'
> company,date,status,note
> acme-ab,2026-10-05,green,Good start
> acme-ab,2026-11-02,yellow,=SUM(A1) on the board
> gamla-verken-ab,2024-05-02,red,"Late deliveries, ""big"" order"
> brodrene-midthaug,2026-11-09,green,
> END
$ plift import pulses pulses.csv
pulses.csv: imported 4 rows of pulses
$ plift pulse list
ID  DATE        COMPANY            STATUS  NOTE
 3  2024-05-02  gamla-verken-ab    red     Late deliveries, "big" order
 1  2026-10-05  acme-ab            green   Good start
 2  2026-11-02  acme-ab            yellow  =SUM(A1) on the board
 4  2026-11-09  brodrene-midthaug  green   -
$ printf '{"company":"acme-ab","date":"2026-11-09","status":"green","note":"NDJSON row"}\n' | plift import pulses - --input-format ndjson
stdin: imported 1 row of pulses
$ plift export pulses
id,company,date,status,note\r (esc)
3,gamla-verken-ab,2024-05-02,red,"Late deliveries, ""big"" order"\r (esc)
1,acme-ab,2026-10-05,green,Good start\r (esc)
2,acme-ab,2026-11-02,yellow,'=SUM(A1) on the board\r (esc)
5,acme-ab,2026-11-09,green,NDJSON row\r (esc)
4,brodrene-midthaug,2026-11-09,green,\r (esc)
$ plift export pulses --format ndjson
{"id":3,"company":"gamla-verken-ab","date":"2024-05-02","status":"red","note":"Late deliveries, \"big\" order"}
{"id":1,"company":"acme-ab","date":"2026-10-05","status":"green","note":"Good start"}
{"id":2,"company":"acme-ab","date":"2026-11-02","status":"yellow","note":"=SUM(A1) on the board"}
{"id":5,"company":"acme-ab","date":"2026-11-09","status":"green","note":"NDJSON row"}
{"id":4,"company":"brodrene-midthaug","date":"2026-11-09","status":"green","note":null}
$ plift export companies --json
[
  {
    "key": "acme-ab",
    "name": "Acme AB",
    "region": "Sydsverige",
    "sector": "metal",
    "employees": 40,
    "start": "2025-09-01",
    "org_number": "556677-8899",
    "coach": "anna",
    "completed": null,
    "withdrawn": null,
    "withdraw_reason": null
  },
  {
    "key": "brodrene-midthaug",
    "name": "Brødrene; Midthaug",
    "region": "Västsverige",
    "sector": "wood",
    "employees": 120,
    "start": "2024-01-15",
    "org_number": null,
    "coach": "bo",
    "completed": null,
    "withdrawn": null,
    "withdraw_reason": null
  },
  {
    "key": "gamla-verken-ab",
    "name": "Gamla Verken AB",
    "region": "Sydsverige",
    "sector": "foundry",
    "employees": 60,
    "start": "2023-03-06",
    "org_number": null,
    "coach": null,
    "completed": "2024-08-12",
    "withdrawn": null,
    "withdraw_reason": null
  }
]

# Every refused import names file, line and column and changes nothing.
$ sqlite3 plift.db .dump > before.sql

$ printf 'company,date,status,colour\nacme-ab,2026-11-01,green,blue\n' > bad.csv && plift import pulses bad.csv
! plift: error: bad.csv: unknown column 'colour' for pulses; the columns are: id, company, date, status, note
[65]
$ printf 'company,date\nacme-ab,2026-11-01\n' > bad.csv && plift import pulses bad.csv
! plift: error: bad.csv: the header has no column 'status', which pulses need
[65]
$ printf 'company,date,status\nacme-ab,2026-11-01,green\nacme-ab,2026-11-31,green\n' > bad.csv && plift import pulses bad.csv
! plift: error: bad.csv:3: invalid date for column 'date': '2026-11-31' (not a calendar date: November 2026 has 30 days; use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow)
[65]
$ printf 'company,date,status\nacme-ab,2026-11-01,green\nacme,2026-11-01,green\n' > bad.csv && plift import pulses bad.csv
! plift: error: bad.csv:3: no company 'acme' (did you mean 'acme-ab'?); known companies: acme-ab, brodrene-midthaug, gamla-verken-ab
[65]
$ printf 'company,date,status\nacme-ab,2026-11-01,purple\n' > bad.csv && plift import pulses bad.csv
! plift: error: bad.csv:2: column 'status': unknown status 'purple': use green, yellow or red
[65]
$ printf 'company,date,status\nacme-ab,2027-01-01,green\n' > bad.csv && plift import pulses bad.csv
! plift: error: bad.csv:2: column 'date': the pulse date 2027-01-01 is in the future (today is 2026-11-16)
[65]
$ printf 'company,date,status\ngamla-verken-ab,2025-01-01,green\n' > bad.csv && plift import pulses bad.csv
! plift: error: bad.csv:2: column 'date': the pulse date 2025-01-01 is after gamla-verken-ab completed the programme on 2024-08-12
[65]
$ printf 'company,date,status\n"acme-ab,2026-11-01,green\n' > bad.csv && plift import pulses bad.csv
! plift: error: bad.csv:2: the double quote that opens a field here is never closed
[65]
$ printf 'company,date,status\nacme-ab,2026-11-01,green,extra\n' > bad.csv && plift import pulses bad.csv
! plift: error: bad.csv:2: the row has 4 fields but the header has 3; a value that contains ',' must be in double quotes
[65]
$ printf 'key,name,region,sector,employees,start\nacme-ab,Acme AB,Sydsverige,metal,40,2025-09-01\n' > bad.csv && plift import companies bad.csv
! plift: error: bad.csv:2: a company with key 'acme-ab' already exists (Acme AB); pass --update to replace it
[65]
$ printf 'name,region,sector,employees,start\nNy AB,Atlantis,metal,40,2025-09-01\n' > bad.csv && plift import companies bad.csv
! plift: error: bad.csv:2: unknown region 'Atlantis'; the programme's regions are: Stockholm, Östra Mellansverige, Småland med öarna, Sydsverige, Västsverige, Norra Mellansverige, Mellersta Norrland, Övre Norrland
[65]
$ printf 'name,region,sector,employees,start\nNy AB,Sydsverige,metal,-3,2025-09-01\n' > bad.csv && plift import companies bad.csv
! plift: error: bad.csv:2: column 'employees' must be a whole number above 0, not -3
[65]
$ printf 'company,phase,started\nacme-ab,pilot,2025-09-01\n' > bad.csv && plift import phases bad.csv
! plift: error: bad.csv:2: column 'phase': acme-ab's journey begins in phase 'vision', not 'pilot'
[65]
$ printf 'key,name,organisation,email\ncarl,Carl,IUC,not-an-address\n' > bad.csv && plift import coaches bad.csv
! plift: error: bad.csv:2: column 'email' 'not-an-address' is not an e-mail address
[65]
$ plift import pulses missing.csv
! plift: error: input file 'missing.csv' does not exist
[66]
$ plift import nonsense pulses.csv
! plift: error: unknown entity 'nonsense'; use one of: coaches, companies, phases, pulses, checklist, visits, training, gatherings, attendance, steering, kpis, assessments, acknowledgements, all
[64]
$ printf '{"company":"acme-ab","status":"green","note":["a"]}\n' | plift import pulses - --input-format ndjson
! plift: error: stdin:1: field 'note' must be text, a number, true/false or null, not an array
[65]

# --dry-run reports every bad row and writes nothing.
$ printf 'company,date,status\nacme-ab,2026-11-01,purple\nacme-ab,2026-11-03,green\nnobody,2026-11-01,red\nacme-ab,2030-01-01,red\n' > bad.csv && plift import pulses bad.csv --dry-run
! plift: error: bad.csv:2: column 'status': unknown status 'purple': use green, yellow or red
! plift: error: bad.csv:4: no company 'nobody'; known companies: acme-ab, brodrene-midthaug, gamla-verken-ab
! plift: error: bad.csv:5: column 'date': the pulse date 2030-01-01 is in the future (today is 2026-11-16)
[65]
$ printf 'company,date,status\nacme-ab,2026-11-03,green\n' > good.csv && plift import pulses good.csv --dry-run
good.csv: 1 row of pulses would be imported; nothing was written (--dry-run)
$ sqlite3 plift.db .dump > after.sql && cmp before.sql after.sql && echo unchanged
unchanged

# The whole programme: export, import into a new database, export again.
$ plift export -o programme.json && ls -l programme.json | cut -c1-10
-rw-------
$ plift --db copy.db init -q && plift --db copy.db import all programme.json && plift --db copy.db export > again.json
programme.json: imported 15 rows of the programme
$ cmp programme.json again.json && echo identical
identical

# A batch is one transaction: it lands whole, or not at all.
$ cat > week.plift <<'END'
> # Monday's visits and pulses
> pulse log acme-ab --status green --note "Weekly 'pulse'"
> plift visit log acme-ab --coach anna --mode remote
>
> pulse list acme-ab --since 2026-11-09 --format csv
> END
$ plift batch week.plift
acme-ab: green pulse logged for 2026-11-16
acme-ab: remote visit by anna logged for 2026-11-16
id,company,date,status,note\r (esc)
5,acme-ab,2026-11-09,green,NDJSON row\r (esc)
6,acme-ab,2026-11-16,green,Weekly 'pulse'\r (esc)
$ sqlite3 plift.db .dump > before.sql
$ printf 'pulse log acme-ab --date 2026-11-13 --status green\npulse log acme-ab --status blue\n' | plift batch -
! plift: error: stdin:2: unknown --status 'blue': use green, yellow or red
[65]
$ printf 'pulse log acme-ab --status "green\n' | plift batch -
! plift: error: stdin:1: column 28: the double quote that opens here is never closed
[65]
$ printf 'pulse log acme-ab --date 2026-11-13 --status green\nundo\n' | plift batch -
! plift: error: stdin:2: 'undo' inside a batch names the entry it reverts: undo ID
[65]
$ printf 'pulse log acme-ab --date 2026-11-13 --status green --db other.db\n' | plift batch -
! plift: error: stdin:1: --db cannot change inside a batch; give it to 'plift batch' itself
[65]
$ printf 'pulse log acme-ab --date 2026-11-13 --status green\n-cother.toml pulse log acme-ab --status red\n' | plift batch -
! plift: error: stdin:2: the config (-c, --config) cannot change inside a batch; give it to 'plift batch' itself
[65]
$ printf 'pulse log acme-ab --date 2026-11-13 --status green\n-qcother.toml pulse log acme-ab --status red\n' | plift batch -
! plift: error: stdin:2: the config (-c, --config) cannot change inside a batch; give it to 'plift batch' itself
[65]
$ printf 'pulse log acme-ab --date 2026-11-13 --status green\n--config=other.toml pulse log acme-ab --status red\n' | plift batch -
! plift: error: stdin:2: --config cannot change inside a batch; give it to 'plift batch' itself
[65]
$ printf 'pulse log acme-ab --date 2026-11-13 --status green --note -counting\npulse log acme-ab --status blue\n' | plift batch -
! plift: error: stdin:2: unknown --status 'blue': use green, yellow or red
[65]
$ plift batch nowhere.plift
! plift: error: batch file 'nowhere.plift' does not exist
[66]
$ sqlite3 plift.db .dump > after.sql && cmp before.sql after.sql && echo unchanged
unchanged

# The audit log, and undo walking back.
$ plift log
ID  AT                    USER         COMMAND                                        CHANGES                             STATE
7   2026-11-16T09:00:00Z  coordinator  plift batch week.plift                         +1 pulse, +1 visit
6   2026-11-16T09:00:00Z  coordinator  plift import pulses - --input-format ndjson    +1 pulse
5   2026-11-16T09:00:00Z  coordinator  plift import pulses pulses.csv                 +4 pulse
4   2026-11-16T09:00:00Z  coordinator  plift import phases phases.csv                 +2 phase_history, ~1 phase_history
3   2026-11-16T09:00:00Z  coordinator  plift import companies completed.csv --update  ~1 company
2   2026-11-16T09:00:00Z  coordinator  plift import companies companies.csv           +3 company, +3 phase_history
1   2026-11-16T09:00:00Z  coordinator  plift import coaches coaches.csv               +2 coach
$ plift log --company gamla-verken-ab --json | head -24
[
  {
    "id": 5,
    "at": "2026-11-16T09:00:00Z",
    "user": "coordinator",
    "command": "plift import pulses pulses.csv",
    "summary": "+4 pulse",
    "state": "",
    "changes": [
      {
        "table": "pulse",
        "inserted": 4,
        "updated": 0,
        "deleted": 0
      }
    ],
    "companies": [
      "acme-ab",
      "brodrene-midthaug",
      "gamla-verken-ab"
    ],
    "undoes": null,
    "undone_by": null
  },
$ plift undo
undid #7 (plift batch week.plift, 2026-11-16T09:00:00Z by coordinator): -1 pulse, -1 visit
$ plift pulse list acme-ab --since 2026-11-09
ID  DATE        COMPANY  STATUS  NOTE
 5  2026-11-09  acme-ab  green   NDJSON row
$ plift undo --dry-run
would undo #6 (plift import pulses - --input-format ndjson, 2026-11-16T09:00:00Z by coordinator): -1 pulse
$ plift undo
undid #6 (plift import pulses - --input-format ndjson, 2026-11-16T09:00:00Z by coordinator): -1 pulse
$ plift log --limit 3
ID  AT                    USER         COMMAND                 CHANGES             STATE
9   2026-11-16T09:00:00Z  coordinator  plift undo              -1 pulse            undoes #6
8   2026-11-16T09:00:00Z  coordinator  plift undo              -1 pulse, -1 visit  undoes #7
7   2026-11-16T09:00:00Z  coordinator  plift batch week.plift  +1 pulse, +1 visit  undone by #8
$ plift company list --status completed
KEY              NAME             REGION      SECTOR   EMPLOYEES  START       STATUS     PHASE  PHASE ENDS  COACH
gamla-verken-ab  Gamla Verken AB  Sydsverige  foundry         60  2023-03-06  completed  -      -           -
$ plift undo
undid #5 (plift import pulses pulses.csv, 2026-11-16T09:00:00Z by coordinator): -4 pulse
$ plift undo
undid #4 (plift import phases phases.csv, 2026-11-16T09:00:00Z by coordinator): ~1 phase_history, -2 phase_history
$ plift company list --status completed
KEY              NAME             REGION      SECTOR   EMPLOYEES  START       STATUS     PHASE  PHASE ENDS  COACH
gamla-verken-ab  Gamla Verken AB  Sydsverige  foundry         60  2023-03-06  completed  -      -           -
$ plift log --limit 0 --format csv | cut -d, -f1-5
id,at,user,command,summary
11,2026-11-16T09:00:00Z,coordinator,plift undo,"~1 phase_history
10,2026-11-16T09:00:00Z,coordinator,plift undo,'-4 pulse
9,2026-11-16T09:00:00Z,coordinator,plift undo,'-1 pulse
8,2026-11-16T09:00:00Z,coordinator,plift undo,"'-1 pulse
7,2026-11-16T09:00:00Z,coordinator,plift batch week.plift,"'+1 pulse
6,2026-11-16T09:00:00Z,coordinator,plift import pulses - --input-format ndjson,'+1 pulse
5,2026-11-16T09:00:00Z,coordinator,plift import pulses pulses.csv,'+4 pulse
4,2026-11-16T09:00:00Z,coordinator,plift import phases phases.csv,"'+2 phase_history
3,2026-11-16T09:00:00Z,coordinator,plift import companies completed.csv --update,~1 company
2,2026-11-16T09:00:00Z,coordinator,plift import companies companies.csv,"'+3 company
1,2026-11-16T09:00:00Z,coordinator,plift import coaches coaches.csv,'+2 coach

# A change made outside plift stands in the way of an undo: nothing is undone.
$ printf 'company,date,status,note\nacme-ab,2026-11-10,green,Before\n' | plift import pulses -
stdin: imported 1 row of pulses
$ sqlite3 plift.db "UPDATE pulse SET note = 'Edited by hand' WHERE note = 'Before'"
$ sqlite3 plift.db .dump > before.sql
$ plift undo
! plift: error: cannot undo #12 (plift import pulses -): the pulse row id=7 was changed since; a later change outside plift's log stands in the way
[1]
$ sqlite3 plift.db .dump > after.sql && cmp before.sql after.sql && echo unchanged
unchanged
$ plift undo --dry-run
! plift: error: would refuse to undo #12 (plift import pulses -): the pulse row id=7 was changed since; a later change outside plift's log stands in the way
[1]
$ printf 'undo\n' | plift batch -
! plift: error: stdin:1: 'undo' inside a batch names the entry it reverts: undo ID
[65]

# An assessment is its consecutive rows; the last one of a file must be whole too.
$ printf 'company,date,dimension,score\n' > assess.csv && for d in leadership customer-focus flow standardised-work visual-management continuous-improvement employee-involvement; do echo "acme-ab,2026-10-01,$d,2" >> assess.csv; done && for d in leadership flow; do echo "acme-ab,2026-11-02,$d,3" >> assess.csv; done
$ sqlite3 plift.db .dump > before.sql
$ plift import assessments assess.csv
! plift: error: assess.csv: at the end: the assessment of acme-ab on 2026-11-02 (the last rows) has no score for customer-focus, standardised-work, visual-management, continuous-improvement, employee-involvement; an assessment scores all 7 dimensions
[65]
$ plift import assessments assess.csv --dry-run
! plift: error: assess.csv: at the end: the assessment of acme-ab on 2026-11-02 (the last rows) has no score for customer-focus, standardised-work, visual-management, continuous-improvement, employee-involvement; an assessment scores all 7 dimensions
[65]
$ sqlite3 plift.db .dump > after.sql && cmp before.sql after.sql && echo unchanged
unchanged
$ head -8 assess.csv | plift import assessments -
stdin: imported 7 rows of assessments
$ plift assess list
ID  COMPANY  DATE        MEAN  CHANGE  LEAD  CF  FLOW  SW  VM  CI  EI
 1  acme-ab  2026-10-01     2       -     2   2     2   2   2   2   2

# A company planned to start later has its first phase from that day on; the
# export of it imports again.
$ plift --db planned.db init -q && plift --db planned.db -q company add "Framtid AB" --region Sydsverige --sector metal --employees 30 --start 2027-01-11
framtid-ab
$ plift --db planned.db export phases
company,phase,started,ended,forced_reason\r (esc)
framtid-ab,vision,2027-01-11,,\r (esc)
$ plift --db planned.db export -o planned.json && plift --db planned-copy.db init -q && plift --db planned-copy.db import all planned.json
planned.json: imported 2 rows of the programme
$ plift --db planned-copy.db export > planned-again.json && cmp planned.json planned-again.json && echo identical
identical

# The document is read as a stream: "format" and "version" first, then the
# entities in the order the export writes them; a bad record names its place.
$ printf '{"format": "plift-export", "version": 1, "pulses": [], "companies": []}' > order.json && plift --db planned-copy.db import all order.json
! plift: error: order.json: 'companies' comes after 'pulses': a document lists each entity once, in the order 'plift export' writes them, so that what a record refers to comes first
[65]
$ printf '{"format": "plift-export", "coaches": []}' > noversion.json && plift --db planned-copy.db import all noversion.json
! plift: error: noversion.json: "format" and "version" must come before the records, as 'plift export' writes them
[65]
$ printf '{"coaches": [], "format": "plift-export", "version": 1}' > late.json && plift --db planned-copy.db import all late.json
! plift: error: late.json: "format" and "version" must come before the records, as 'plift export' writes them
[65]
$ printf '{"format": "plift-export", "version": 1, "coaches": [{"key": "ola", "name": "Ola", "organisation": "IUC"}, {"key": "eva", "name": ["Eva"], "organisation": "IUC"}]}' > nested.json && plift --db planned-copy.db import all nested.json
! plift: error: nested.json: coaches[1]: field 'name' must be text, a number, true/false or null
[65]
$ plift --db planned-copy.db coach list
