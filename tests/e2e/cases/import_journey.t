# Importing and exporting the journey's records: checklist ticks, visits,
# course participants, gatherings and attendance, steering groups, key
# figures and assessments. Every row gets the checks of its command; a bad
# file is refused whole with exit 65 and changes nothing. Today is 2026-11-16.

$ plift init -q
$ plift -q coach add eva-lind --name "Eva Lind" --org RISE
eva-lind
$ plift -q coach add ola-nordmann --name "Ola Nordmann" --org IUC
ola-nordmann
$ plift -q company add "Bussbygg AS" --region Innlandet --sector vehicles --employees 45 --start 2026-01-05 --coach eva-lind
bussbygg-as
$ plift -q company add "Dokka Fiber AS" --region Innlandet --sector plastics --employees 60 --start 2026-02-02
dokka-fiber-as
$ plift -q company add "Vargön Gjuteri AB" --key vargon --region Västsverige --sector foundry --employees 80 --start 2026-01-05 --coach ola-nordmann
vargon
$ plift -q company withdraw vargon --date 2026-06-30 --reason "Ny ägare"

# Checklist ticks: the phase may be left out (the item is looked for as
# 'phase check' looks for it); the date defaults to today. Vargön withdrew,
# but its history within the journey may still be imported.

$ cat > vision.csv <<'END'
> company,phase,item,date
> bussbygg-as,vision,challenges,2026-01-12
> bussbygg-as,vision,customer-needs,2026-01-19
> bussbygg-as,,employee-attitudes,2026-01-26
> bussbygg-as,vision,lean-status,2026-02-02
> bussbygg-as,vision,pulse-rhythm,2026-02-09
> bussbygg-as,vision,guiding-principles,2026-02-16
> bussbygg-as,vision,organise-phase-2,2026-03-02
> dokka-fiber-as,vision,challenges,
> vargon,vision,challenges,2026-02-10
> END
$ plift import checklist vision.csv
vision.csv: imported 9 rows of checklist
$ plift phase status bussbygg-as
company:      Bussbygg AS (bussbygg-as)
phase:        1 of 3: Shared vision and driving force (vision)
started:      2026-01-05
planned end:  2026-03-15 (246 days past its planned end)
checklist:    7 of 7 done
visits:       0 held, 20 expected so far
next visit:   2026-01-18, overdue since 2026-01-26 (no visit yet)

ITEM                TITLE                                                           DONE
challenges          Describe challenges, ambitions and key figures                  2026-01-12
customer-needs      Investigate customer needs and expectations                     2026-01-19
employee-attitudes  Map employees' attitudes and expectations                       2026-01-26
lean-status         Map Lean status                                                 2026-02-02
pulse-rhythm        Establish a progress rhythm with pulse meeting and pulse board  2026-02-09
guiding-principles  Write guiding principles                                        2026-02-16
organise-phase-2    Organise phase 2                                                2026-03-02
$ plift -q phase advance bussbygg-as --date 2026-03-16

# A pilot item only once the company has reached the pilot phase.

$ printf 'company,item,date\nbussbygg-as,pilot-areas,2026-04-01\ndokka-fiber-as,pilot-areas,2026-04-01\n' > pilot.csv
$ plift import checklist pilot.csv
! plift: error: pilot.csv:3: checklist item 'pilot-areas' belongs to phase 'pilot', which dokka-fiber-as has not reached
[65]
$ printf 'company,item,date\nbussbygg-as,pilot-areas,2026-04-01\n' > pilot.csv
$ plift import checklist pilot.csv
pilot.csv: imported 1 row of checklist
$ plift export checklist
company,phase,item,date\r (esc)
bussbygg-as,vision,challenges,2026-01-12\r (esc)
bussbygg-as,vision,customer-needs,2026-01-19\r (esc)
bussbygg-as,vision,employee-attitudes,2026-01-26\r (esc)
bussbygg-as,vision,lean-status,2026-02-02\r (esc)
bussbygg-as,vision,pulse-rhythm,2026-02-09\r (esc)
bussbygg-as,vision,guiding-principles,2026-02-16\r (esc)
bussbygg-as,vision,organise-phase-2,2026-03-02\r (esc)
bussbygg-as,pilot,pilot-areas,2026-04-01\r (esc)
dokka-fiber-as,vision,challenges,2026-11-16\r (esc)
vargon,vision,challenges,2026-02-10\r (esc)
$ plift export checklist --format json
[
  {
    "company": "bussbygg-as",
    "phase": "vision",
    "item": "challenges",
    "date": "2026-01-12"
  },
  {
    "company": "bussbygg-as",
    "phase": "vision",
    "item": "customer-needs",
    "date": "2026-01-19"
  },
  {
    "company": "bussbygg-as",
    "phase": "vision",
    "item": "employee-attitudes",
    "date": "2026-01-26"
  },
  {
    "company": "bussbygg-as",
    "phase": "vision",
    "item": "lean-status",
    "date": "2026-02-02"
  },
  {
    "company": "bussbygg-as",
    "phase": "vision",
    "item": "pulse-rhythm",
    "date": "2026-02-09"
  },
  {
    "company": "bussbygg-as",
    "phase": "vision",
    "item": "guiding-principles",
    "date": "2026-02-16"
  },
  {
    "company": "bussbygg-as",
    "phase": "vision",
    "item": "organise-phase-2",
    "date": "2026-03-02"
  },
  {
    "company": "bussbygg-as",
    "phase": "pilot",
    "item": "pilot-areas",
    "date": "2026-04-01"
  },
  {
    "company": "dokka-fiber-as",
    "phase": "vision",
    "item": "challenges",
    "date": "2026-11-16"
  },
  {
    "company": "vargon",
    "phase": "vision",
    "item": "challenges",
    "date": "2026-02-10"
  }
]

# Visits: the coach is taken as written (empty: a visit without a coach), the
# mode defaults to onsite. A note that looks like a spreadsheet formula is
# guarded in CSV and read back exactly.

$ cat > visits.csv <<'END'
> company,date,coach,mode,note
> bussbygg-as,2026-01-20,eva-lind,onsite,Nulägesanalys
> bussbygg-as,2026-02-03,,remote,=SUM(A1)
> dokka-fiber-as,2026-02-10,ola-nordmann,,"Teams, ""bra fart"""
> vargon,2026-06-29,ola-nordmann,onsite,
> END
$ plift import visits visits.csv
visits.csv: imported 4 rows of visits
$ plift visit list
ID  DATE        COMPANY         COACH         MODE    NOTE
 1  2026-01-20  bussbygg-as     eva-lind      onsite  Nulägesanalys
 2  2026-02-03  bussbygg-as     -             remote  =SUM(A1)
 3  2026-02-10  dokka-fiber-as  ola-nordmann  onsite  Teams, "bra fart"
 4  2026-06-29  vargon          ola-nordmann  onsite  -
$ plift export visits
id,company,date,coach,mode,note\r (esc)
1,bussbygg-as,2026-01-20,eva-lind,onsite,Nulägesanalys\r (esc)
2,bussbygg-as,2026-02-03,,remote,'=SUM(A1)\r (esc)
3,dokka-fiber-as,2026-02-10,ola-nordmann,onsite,"Teams, ""bra fart"""\r (esc)
4,vargon,2026-06-29,ola-nordmann,onsite,\r (esc)
$ plift export visits --format json
[
  {
    "id": 1,
    "company": "bussbygg-as",
    "date": "2026-01-20",
    "coach": "eva-lind",
    "mode": "onsite",
    "note": "Nulägesanalys"
  },
  {
    "id": 2,
    "company": "bussbygg-as",
    "date": "2026-02-03",
    "coach": null,
    "mode": "remote",
    "note": "=SUM(A1)"
  },
  {
    "id": 3,
    "company": "dokka-fiber-as",
    "date": "2026-02-10",
    "coach": "ola-nordmann",
    "mode": "onsite",
    "note": "Teams, \"bra fart\""
  },
  {
    "id": 4,
    "company": "vargon",
    "date": "2026-06-29",
    "coach": "ola-nordmann",
    "mode": "onsite",
    "note": null
  }
]

# Course participants: role defaults to employee, enrolled to today.

$ cat > training.csv <<'END'
> company,person,role,enrolled,completed,dropped
> bussbygg-as,Kari Nordmann,manager,2026-02-01,2026-09-30,
> bussbygg-as,Ola Hansen,,2026-02-01,,2026-05-01
> bussbygg-as,Per Berg,union,2026-03-01,,
> vargon,Anna Lund,employee,2026-02-15,2026-06-15,
> END
$ plift import training training.csv
training.csv: imported 4 rows of training
$ plift training list
ID  COMPANY      PERSON         ROLE      STATUS     ENROLLED    COMPLETED   DROPPED
 1  bussbygg-as  Kari Nordmann  manager   completed  2026-02-01  2026-09-30  -
 2  bussbygg-as  Ola Hansen     employee  dropped    2026-02-01  -           2026-05-01
 3  bussbygg-as  Per Berg       union     enrolled   2026-03-01  -           -
 4  vargon       Anna Lund      employee  completed  2026-02-15  2026-06-15  -
$ plift export training
id,company,person,role,enrolled,completed,dropped\r (esc)
1,bussbygg-as,Kari Nordmann,manager,2026-02-01,2026-09-30,\r (esc)
2,bussbygg-as,Ola Hansen,employee,2026-02-01,,2026-05-01\r (esc)
3,bussbygg-as,Per Berg,union,2026-03-01,,\r (esc)
4,vargon,Anna Lund,employee,2026-02-15,2026-06-15,\r (esc)

# Gatherings (planned ones may lie in the future) and, as NDJSON, who came.

$ cat > gatherings.csv <<'END'
> key,title,date,location,kind
> kickoff-2026,Uppstartsträff,2026-02-10,Hamar,joint
> spring-2026,Vårträff: pulstavlor,2026-05-20,  Göteborg  ,
> lean-seminar,Lean i praktiken,2026-09-15,,seminar
> autumn-2026,Höstträff,2026-10-14,Hamar,joint
> winter-2026,Vinterträff,2026-12-09,Lillehammer,joint
> END
$ plift import gatherings gatherings.csv
gatherings.csv: imported 5 rows of gatherings
$ cat > attendance.ndjson <<'END'
> {"gathering": "kickoff-2026", "company": "bussbygg-as", "people": 3}
> {"gathering": "kickoff-2026", "company": "vargon"}
> {"gathering": "spring-2026", "company": "bussbygg-as", "people": 2}
> {"gathering": "lean-seminar", "guest": "Raufoss Metall", "people": 2}
> {"gathering": "lean-seminar", "company": "dokka-fiber-as", "people": 1}
> {"gathering": "lean-seminar", "people": 5}
> END
$ plift import attendance attendance.ndjson
attendance.ndjson: imported 6 rows of attendance
$ plift gathering list
KEY           DATE        KIND     TITLE                 LOCATION     COMPANIES  PEOPLE
kickoff-2026  2026-02-10  joint    Uppstartsträff        Hamar                2       4
spring-2026   2026-05-20  joint    Vårträff: pulstavlor  Göteborg             1       2
lean-seminar  2026-09-15  seminar  Lean i praktiken      -                    2       8
autumn-2026   2026-10-14  joint    Höstträff             Hamar                0       0
winter-2026   2026-12-09  joint    Vinterträff           Lillehammer          0       0
$ plift gathering show lean-seminar
key:       lean-seminar
title:     Lean i praktiken
date:      2026-09-15
location:  -
kind:      seminar
attended:  2 companies, 8 people

ID  COMPANY         GUEST           PEOPLE
 4  -               Raufoss Metall       2
 5  dokka-fiber-as  -                    1
 6  -               -                    5
$ plift export gatherings
key,title,date,location,kind\r (esc)
kickoff-2026,Uppstartsträff,2026-02-10,Hamar,joint\r (esc)
spring-2026,Vårträff: pulstavlor,2026-05-20,Göteborg,joint\r (esc)
lean-seminar,Lean i praktiken,2026-09-15,,seminar\r (esc)
autumn-2026,Höstträff,2026-10-14,Hamar,joint\r (esc)
winter-2026,Vinterträff,2026-12-09,Lillehammer,joint\r (esc)
$ plift export attendance
id,gathering,company,guest,people\r (esc)
1,kickoff-2026,bussbygg-as,,3\r (esc)
2,kickoff-2026,vargon,,1\r (esc)
3,spring-2026,bussbygg-as,,2\r (esc)
4,lean-seminar,,Raufoss Metall,2\r (esc)
5,lean-seminar,dokka-fiber-as,,1\r (esc)
6,lean-seminar,,,5\r (esc)
$ plift export attendance --format ndjson
{"id":1,"gathering":"kickoff-2026","company":"bussbygg-as","guest":null,"people":3}
{"id":2,"gathering":"kickoff-2026","company":"vargon","guest":null,"people":1}
{"id":3,"gathering":"spring-2026","company":"bussbygg-as","guest":null,"people":2}
{"id":4,"gathering":"lean-seminar","company":null,"guest":"Raufoss Metall","people":2}
{"id":5,"gathering":"lean-seminar","company":"dokka-fiber-as","guest":null,"people":1}
{"id":6,"gathering":"lean-seminar","company":null,"guest":null,"people":5}

# Steering groups: no need for the company to be active today.

$ cat > steering.csv <<'END'
> company,person,role
> bussbygg-as,Kari Nordmann,management
> bussbygg-as,Per Berg,union
> dokka-fiber-as,Siri Dahl,management
> vargon,Lars Ek,management
> END
$ plift import steering steering.csv
steering.csv: imported 4 rows of steering
$ plift steering list
ID  COMPANY         PERSON         ROLE
 1  bussbygg-as     Kari Nordmann  management
 2  bussbygg-as     Per Berg       union
 3  dokka-fiber-as  Siri Dahl      management
 4  vargon          Lars Ek        management

Active companies whose steering group lacks management or union: dokka-fiber-as (union)
$ plift export steering --format json
[
  {
    "id": 1,
    "company": "bussbygg-as",
    "person": "Kari Nordmann",
    "role": "management"
  },
  {
    "id": 2,
    "company": "bussbygg-as",
    "person": "Per Berg",
    "role": "union"
  },
  {
    "id": 3,
    "company": "dokka-fiber-as",
    "person": "Siri Dahl",
    "role": "management"
  },
  {
    "id": 4,
    "company": "vargon",
    "person": "Lars Ek",
    "role": "management"
  }
]

# Key figures, from a spreadsheet that writes semicolons, a byte-order mark,
# CRLF line ends and decimal commas. A value too small for plain decimals is
# exported as JSON writes numbers (1e-07), and imported back from that.

$ printf '\xef\xbb\xbfcompany;kpi;date;value\r\nbussbygg-as;delivery-precision;2026-01-20;91,5\r\nbussbygg-as;delivery-precision;2026-11-02;93\r\nbussbygg-as;lead-time;2026-01-20;12\r\nbussbygg-as;lead-time;2026-11-02;9,5\r\nvargon;scrap;2026-02-01;0,0000001\r\n' > kpis.csv
$ plift import kpis kpis.csv
kpis.csv: imported 5 rows of kpis
$ plift kpi list
COMPANY      KPI                 BASELINE  BASELINE DATE  LATEST  LATEST DATE  CHANGE  CHANGE %  IMPROVED  UNIT
bussbygg-as  delivery-precision      91.5  2026-01-20         93  2026-11-02      1.5      1.64  yes       %
bussbygg-as  lead-time                 12  2026-01-20        9.5  2026-11-02     -2.5    -20.83  yes       days
vargon       scrap                      0  2026-02-01          0  2026-02-01        0         0  -         %
$ plift export kpis
id,company,kpi,date,value\r (esc)
1,bussbygg-as,delivery-precision,2026-01-20,91.5\r (esc)
2,bussbygg-as,delivery-precision,2026-11-02,93\r (esc)
3,bussbygg-as,lead-time,2026-01-20,12\r (esc)
4,bussbygg-as,lead-time,2026-11-02,9.5\r (esc)
5,vargon,scrap,2026-02-01,1e-07\r (esc)
$ plift export kpis --format json
[
  {
    "id": 1,
    "company": "bussbygg-as",
    "kpi": "delivery-precision",
    "date": "2026-01-20",
    "value": 91.5
  },
  {
    "id": 2,
    "company": "bussbygg-as",
    "kpi": "delivery-precision",
    "date": "2026-11-02",
    "value": 93
  },
  {
    "id": 3,
    "company": "bussbygg-as",
    "kpi": "lead-time",
    "date": "2026-01-20",
    "value": 12
  },
  {
    "id": 4,
    "company": "bussbygg-as",
    "kpi": "lead-time",
    "date": "2026-11-02",
    "value": 9.5
  },
  {
    "id": 5,
    "company": "vargon",
    "kpi": "scrap",
    "date": "2026-02-01",
    "value": 1e-07
  }
]

# Assessments: one row per dimension score; the rows of one company and date,
# one after another, are one assessment.

$ cat > assessments.csv <<'END'
> company,date,dimension,score
> bussbygg-as,2026-01-20,leadership,2
> bussbygg-as,2026-01-20,customer-focus,3
> bussbygg-as,2026-01-20,flow,1
> bussbygg-as,2026-01-20,standardised-work,2
> bussbygg-as,2026-01-20,visual-management,1
> bussbygg-as,2026-01-20,continuous-improvement,2
> bussbygg-as,2026-01-20,employee-involvement,2
> bussbygg-as,2026-11-02,leadership,3
> bussbygg-as,2026-11-02,customer-focus,4
> bussbygg-as,2026-11-02,flow,3
> bussbygg-as,2026-11-02,standardised-work,3
> bussbygg-as,2026-11-02,visual-management,4
> bussbygg-as,2026-11-02,continuous-improvement,3
> bussbygg-as,2026-11-02,employee-involvement,3
> END
$ plift import assessments assessments.csv
assessments.csv: imported 14 rows of assessments
$ plift assess list
ID  COMPANY      DATE        MEAN  CHANGE  LEAD  CF  FLOW  SW  VM  CI  EI
 1  bussbygg-as  2026-01-20  1.86       -     2   3     1   2   1   2   2
 2  bussbygg-as  2026-11-02  3.29    1.43     3   4     3   3   4   3   3
$ plift export assessments | head -4
id,company,date,dimension,score\r (esc)
1,bussbygg-as,2026-01-20,continuous-improvement,2\r (esc)
1,bussbygg-as,2026-01-20,customer-focus,3\r (esc)
1,bussbygg-as,2026-01-20,employee-involvement,2\r (esc)

# The whole programme as one JSON document; imported into a fresh database
# and exported again, it is the same to the byte.

$ plift export -o all.json
$ plift --db other.db init
kept plift.toml (it exists; --force overwrites it)
created other.db
$ plift --db other.db import all all.json
all.json: imported 61 rows of the programme
$ plift --db other.db export -o again.json
$ cmp all.json again.json && echo identical
identical
$ plift --db other.db visit list --json | grep SUM
    "note": "=SUM(A1)"

# Each entity's CSV export, imported into a third database in the order
# 'import all' takes them, gives the same programme back too.

$ plift --db third.db init -q
$ for e in coaches companies phases pulses checklist visits training gatherings attendance steering kpis assessments; do plift export $e -o $e.csv && plift -q --db third.db import $e $e.csv || echo "$e failed"; done
$ plift --db third.db export | cmp - all.json && echo identical
identical

# Refused files change nothing: the database is dumped before and after.

$ sqlite3 plift.db .dump > before.sql

# The header: unknown and missing columns.

$ printf 'company,date,coach_key\nbussbygg-as,2026-03-01,eva-lind\n' > bad.csv
$ plift import visits bad.csv
! plift: error: bad.csv: unknown column 'coach_key' for visits; the columns are: id, company, date, coach, mode, note
[65]
$ printf 'company,role\nbussbygg-as,manager\n' > bad.csv
$ plift import training bad.csv
! plift: error: bad.csv: the header has no column 'person', which training need
[65]

# A bad date names file and line; an unknown company gets a did-you-mean.

$ printf 'company,kpi,date,value\nbussbygg-as,scrap,2026-03-01,2\nbussbygg-as,scrap,2026-13-01,2\n' > bad.csv
$ plift import kpis bad.csv
! plift: error: bad.csv:3: invalid date for column 'date': '2026-13-01' (not a calendar date: month 13 does not exist; use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow)
[65]
$ printf 'company,person,role\nbussbyg-as,Eva Ek,union\n' > bad.csv
$ plift import steering bad.csv
! plift: error: bad.csv:2: no company 'bussbyg-as' (did you mean 'bussbygg-as'?); known companies: bussbygg-as, dokka-fiber-as, vargon
[65]

# A key that exists is refused without --update.

$ printf 'company,person,role\nbussbygg-as,Per Berg,employee\n' > dup.csv
$ plift import steering dup.csv
! plift: error: dup.csv:2: Per Berg is already in the steering group of bussbygg-as as union; pass --update to replace it
[65]
$ printf 'key,title,date\nkickoff-2026,Kick-off,2026-02-11\n' > dup.csv
$ plift import gatherings dup.csv
! plift: error: dup.csv:2: a gathering with key 'kickoff-2026' already exists (Uppstartsträff, 2026-02-10); pass --update to replace it
[65]
$ printf 'gathering,company,people\nkickoff-2026,bussbygg-as,4\n' > dup.csv
$ plift import attendance dup.csv
! plift: error: dup.csv:2: bussbygg-as is already recorded at kickoff-2026 with 3 people; pass --update to replace it
[65]
$ printf 'company,kpi,date,value\nbussbygg-as,lead-time,2026-11-02,9\n' > dup.csv
$ plift import kpis dup.csv
! plift: error: dup.csv:2: bussbygg-as already has a lead-time value for 2026-11-02: 9.5; pass --update to replace it
[65]
$ printf 'company,person,enrolled\nbussbygg-as,Per Berg,2026-03-02\n' > dup.csv
$ plift import training dup.csv
! plift: error: dup.csv:2: Per Berg at bussbygg-as is already a course participant (enrolled 2026-03-01); pass --update to replace it
[65]
$ printf 'company,phase,item,date\nbussbygg-as,vision,challenges,2026-01-13\n' > dup.csv
$ plift import checklist dup.csv
! plift: error: dup.csv:2: bussbygg-as: 'challenges' of phase 'vision' was already ticked on 2026-01-12; pass --update to replace it
[65]
$ printf 'company,date,coach,mode\nbussbygg-as,2026-01-20,eva-lind,remote\n' > dup.csv
$ plift import visits dup.csv
! plift: error: dup.csv:2: a visit to bussbygg-as on 2026-01-20 by eva-lind is already logged; pass --update to replace its mode and note
[65]
$ printf 'company,date,dimension,score\nbussbygg-as,2026-11-02,leadership,4\n' > dup.csv
$ plift import assessments dup.csv
! plift: error: dup.csv:2: bussbygg-as already has an assessment for 2026-11-02; pass --update to replace it
[65]

# --dry-run checks every row and reports every bad one.

$ cat > bad.csv <<'END'
> company,person,role,enrolled,completed,dropped
> bussbygg-as,Lisa Berg,,2026-03-01,,
> bussbygg-as,Tor Ek,boss,2026-03-01,,
> dokka-fiber-as,Eli Moe,,2026-01-10,,
> dokka-fiber-as,Eli Moe,,2026-03-01,2026-02-01,
> vargon,Nils Ek,,2026-03-01,2026-06-01,2026-06-02
> vargon,Nils Ek,,2026-07-01,,
> bussbygg-as,"  ",,2026-03-01,,
> bussbygg-as,Lisa Berg,,2027-01-01,,
> END
$ plift import training bad.csv --dry-run
! plift: error: bad.csv:3: column 'role': unknown role 'boss': use employee, manager, union or other
! plift: error: bad.csv:4: column 'enrolled': the enrolment date 2026-01-10 is before dokka-fiber-as started the programme on 2026-02-02
! plift: error: bad.csv:5: column 'completed': the completion date 2026-02-01 is before dokka-fiber-as started the programme on 2026-02-02
! plift: error: bad.csv:6: columns 'completed' and 'dropped': a participant completes the course or drops it, not both
! plift: error: bad.csv:7: column 'enrolled': the enrolment date 2026-07-01 is after vargon withdrew on 2026-06-30
! plift: error: bad.csv:8: column 'person' may not be empty; give the participant's name
! plift: error: bad.csv:9: column 'enrolled': the enrolment date 2027-01-01 is in the future (today is 2026-11-16)
[65]
$ plift import checklist vision.csv --dry-run
! plift: error: vision.csv:2: bussbygg-as: 'challenges' of phase 'vision' was already ticked on 2026-01-12; pass --update to replace it
! plift: error: vision.csv:3: bussbygg-as: 'customer-needs' of phase 'vision' was already ticked on 2026-01-19; pass --update to replace it
! plift: error: vision.csv:4: bussbygg-as: 'employee-attitudes' of phase 'vision' was already ticked on 2026-01-26; pass --update to replace it
! plift: error: vision.csv:5: bussbygg-as: 'lean-status' of phase 'vision' was already ticked on 2026-02-02; pass --update to replace it
! plift: error: vision.csv:6: bussbygg-as: 'pulse-rhythm' of phase 'vision' was already ticked on 2026-02-09; pass --update to replace it
! plift: error: vision.csv:7: bussbygg-as: 'guiding-principles' of phase 'vision' was already ticked on 2026-02-16; pass --update to replace it
! plift: error: vision.csv:8: bussbygg-as: 'organise-phase-2' of phase 'vision' was already ticked on 2026-03-02; pass --update to replace it
! plift: error: vision.csv:9: dokka-fiber-as: 'challenges' of phase 'vision' was already ticked on 2026-11-16; pass --update to replace it
! plift: error: vision.csv:10: vargon: 'challenges' of phase 'vision' was already ticked on 2026-02-10; pass --update to replace it
[65]

# Each entity's own checks.

$ printf 'company,phase,item,date\nbussbygg-as,line,anchoring,2026-05-01\ndokka-fiber-as,vision,no-such-item,2026-05-01\nbussbygg-as,pilot,improvement-tools,2026-03-10\nbussbygg-as,fase,pilot-areas,2026-05-01\nbussbygg-as,,nothing,2026-05-01\n' > bad.csv
$ plift import checklist bad.csv --dry-run
! plift: error: bad.csv:2: column 'phase': checklist item 'anchoring' belongs to phase 'line', which bussbygg-as has not reached
! plift: error: bad.csv:3: column 'item': phase 'vision' has no checklist item 'no-such-item'; its items are: challenges, customer-needs, employee-attitudes, lean-status, pulse-rhythm, guiding-principles, organise-phase-2
! plift: error: bad.csv:4: column 'date': the date 2026-03-10 is before bussbygg-as entered phase 'pilot' on 2026-03-16
! plift: error: bad.csv:5: unknown phase 'fase'; the phases are: vision, pilot, line
! plift: error: bad.csv:6: no checklist item 'nothing'; the items of bussbygg-as's current phase are: pilot-areas, improvement-tools
[65]
$ printf 'company,date,coach,mode,note\nbussbygg-as,2027-01-01,,,\nbussbygg-as,2026-03-01,,walk,\nbussbygg-as,2026-03-01,eva,,\nvargon,2026-07-01,,,\nbussbygg-as,2025-12-01,,,\n' > bad.csv
$ plift import visits bad.csv --dry-run
! plift: error: bad.csv:2: column 'date': the visit date 2027-01-01 is in the future (today is 2026-11-16)
! plift: error: bad.csv:3: column 'mode': unknown mode 'walk': use onsite or remote
! plift: error: bad.csv:4: no coach 'eva' (did you mean 'eva-lind'?); known coaches: eva-lind, ola-nordmann
! plift: error: bad.csv:5: column 'date': the visit date 2026-07-01 is after vargon withdrew on 2026-06-30
! plift: error: bad.csv:6: column 'date': the visit date 2025-12-01 is before bussbygg-as started the programme on 2026-01-05
[65]
$ printf 'key,title,date,location,kind\nHöst,Höstträff,2026-10-01,,\nautumn,"  ",2026-10-01,,\nautumn,Höstträff,2026-10-01,,workshop\nautumn,Höstträff,2026-10-32,,\n' > bad.csv
$ plift import gatherings bad.csv --dry-run
! plift: error: bad.csv:2: column 'key': invalid gathering key 'Höst': use lower-case letters, digits and '-'
! plift: error: bad.csv:3: column 'title' may not be empty
! plift: error: bad.csv:4: column 'kind': unknown kind 'workshop': use joint or seminar
! plift: error: bad.csv:5: invalid date for column 'date': '2026-10-32' (not a calendar date: October 2026 has 31 days; use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow)
[65]
$ cat > bad.ndjson <<'END'
> {"gathering": "winter-2026", "company": "bussbygg-as"}
> {"gathering": "spring-2026", "guest": "Raufoss Metall"}
> {"gathering": "autumn-2026", "company": "vargon"}
> {"gathering": "spring-2026", "people": 4}
> {"gathering": "lean-seminar"}
> {"gathering": "lean-seminar", "company": "dokka-fiber-as", "guest": "Raufoss Metall"}
> {"gathering": "lean-seminar", "guest": "Gjøvik Plast", "people": 0}
> {"gathering": "lean-seminar", "guest": "Gjøvik Plast", "people": "many"}
> {"gathering": "autum-2026", "company": "bussbygg-as"}
> END
$ plift import attendance bad.ndjson --dry-run
! plift: error: bad.ndjson:1: gathering winter-2026 takes place on 2026-12-09, after today (2026-11-16); record who came once it has taken place
! plift: error: bad.ndjson:2: joint gathering spring-2026 takes enrolled companies only; guest 'Raufoss Metall' from outside the programme may come to seminars
! plift: error: bad.ndjson:3: joint gathering autumn-2026 on 2026-10-14 is after vargon withdrew on 2026-06-30
! plift: error: bad.ndjson:4: column 'company': give the key of the company that attended: spring-2026 is a joint gathering of enrolled companies
! plift: error: bad.ndjson:5: column 'people': give the company that attended, a guest, or the number of people for a head count without a company
! plift: error: bad.ndjson:6: columns 'company' and 'guest': a row names an enrolled company or a guest, not both
! plift: error: bad.ndjson:7: column 'people' must be a whole number of at least 1, not 0
! plift: error: bad.ndjson:8: column 'people': takes a whole number, not 'many'
! plift: error: bad.ndjson:9: no gathering 'autum-2026' (did you mean 'autumn-2026'?); known gatherings: autumn-2026, kickoff-2026, lean-seminar, spring-2026, winter-2026
[65]
$ printf 'company,person,role\nbussbygg-as,Eva Ek,chair\nbussbygg-as,Eva Ek,\n' > bad.csv
$ plift import steering bad.csv --dry-run
! plift: error: bad.csv:2: column 'role': unknown role 'chair': use management, union or employee
! plift: error: bad.csv:3: column 'role': is empty; it is required
[65]
$ printf 'company,kpi,date,value\nbussbygg-as,scrap,2026-03-01,"1.234,5"\nbussbygg-as,scrap,2026-03-01,12 %%\nbussbygg-as,scarp,2026-03-01,2\nvargon,scrap,2026-08-01,2\nbussbygg-as,scrap,2026-03-01,1e400\nbussbygg-as,scrap,2026-03-01,\n' > bad.csv
$ plift import kpis bad.csv --dry-run
! plift: error: bad.csv:2: column 'value' must be a decimal number such as 12.5, -3 or 12,5, not '1.234,5'
! plift: error: bad.csv:3: column 'value' must be a decimal number such as 12.5, -3 or 12,5, not '12 %'
! plift: error: bad.csv:4: no KPI 'scarp' (did you mean 'scrap'?); the config's KPIs are: delivery-precision, lead-time, productivity, scrap, sick-leave
! plift: error: bad.csv:5: column 'date': the date 2026-08-01 is after vargon withdrew on 2026-06-30
! plift: error: bad.csv:6: column 'value' must be a decimal number such as 12.5, -3 or 12,5, not '1e400'
! plift: error: bad.csv:7: column 'value': is empty; it is required
[65]
$ cat > bad.csv <<'END'
> company,date,dimension,score
> dokka-fiber-as,2026-03-01,leadership,2
> dokka-fiber-as,2026-03-01,leadership,3
> dokka-fiber-as,2026-03-01,flow,6
> dokka-fiber-as,2026-03-01,speed,3
> dokka-fiber-as,2026-03-01,customer-focus,x
> dokka-fiber-as,2026-04-01,leadership,2
> dokka-fiber-as,2026-03-01,flow,2
> END
$ plift import assessments bad.csv --dry-run
! plift: error: bad.csv:3: column 'dimension': 'leadership' is scored twice in the assessment of dokka-fiber-as on 2026-03-01; score each dimension once
! plift: error: bad.csv:4: column 'score': the score of 'flow' must be from 1 to 5 (the [assessment] scale), not 6
! plift: error: bad.csv:5: no assessment dimension 'speed'; the dimensions are: leadership, customer-focus, flow, standardised-work, visual-management, continuous-improvement, employee-involvement
! plift: error: bad.csv:6: column 'score': the score of 'customer-focus' must be a whole number from 1 to 5, not 'x'
! plift: error: bad.csv:7: the assessment of dokka-fiber-as on 2026-03-01 (the rows before this one) has no score for customer-focus, flow, standardised-work, visual-management, continuous-improvement, employee-involvement; an assessment scores all 7 dimensions
! plift: error: bad.csv:8: the assessment of dokka-fiber-as on 2026-04-01 (the rows before this one) has no score for customer-focus, flow, standardised-work, visual-management, continuous-improvement, employee-involvement; an assessment scores all 7 dimensions
! plift: error: bad.csv: at the end: the assessment of dokka-fiber-as on 2026-03-01 (the last rows) has no score for leadership, customer-focus, standardised-work, visual-management, continuous-improvement, employee-involvement; an assessment scores all 7 dimensions
[65]

$ sqlite3 plift.db .dump > after.sql
$ cmp before.sql after.sql && echo unchanged
unchanged

# --update replaces what a row's key names.

$ printf 'company,person,role\nbussbygg-as,Per Berg,employee\nbussbygg-as,Eva Ek,union\n' > update.csv
$ plift import steering update.csv --update
update.csv: imported 2 rows of steering
$ plift steering list bussbygg-as
ID  COMPANY      PERSON         ROLE
 1  bussbygg-as  Kari Nordmann  management
 5  bussbygg-as  Eva Ek         union
 2  bussbygg-as  Per Berg       employee

Composition rule met: management and union are represented
$ printf 'gathering,company,guest,people\nkickoff-2026,bussbygg-as,,4\nlean-seminar,,Raufoss Metall,3\n' > update.csv
$ plift import attendance update.csv --update
update.csv: imported 2 rows of attendance
$ plift export attendance
id,gathering,company,guest,people\r (esc)
1,kickoff-2026,bussbygg-as,,4\r (esc)
2,kickoff-2026,vargon,,1\r (esc)
3,spring-2026,bussbygg-as,,2\r (esc)
4,lean-seminar,,Raufoss Metall,3\r (esc)
5,lean-seminar,dokka-fiber-as,,1\r (esc)
6,lean-seminar,,,5\r (esc)
$ printf 'company,kpi,date,value\nbussbygg-as,lead-time,2026-11-02,9\n' > update.csv
$ plift import kpis update.csv --update
update.csv: imported 1 row of kpis
$ plift kpi history bussbygg-as lead-time
ID  KPI        DATE        VALUE  UNIT
 3  lead-time  2026-01-20     12  days
 4  lead-time  2026-11-02      9  days
$ printf 'company,date,coach,mode,note\nbussbygg-as,2026-01-20,eva-lind,remote,Nulägesanalys på Teams\nbussbygg-as,2026-01-20,ola-nordmann,onsite,\n' > update.csv
$ plift import visits update.csv --update
update.csv: imported 2 rows of visits
$ plift visit list bussbygg-as
ID  DATE        COMPANY      COACH         MODE    NOTE
 1  2026-01-20  bussbygg-as  eva-lind      remote  Nulägesanalys på Teams
 5  2026-01-20  bussbygg-as  ola-nordmann  onsite  -
 2  2026-02-03  bussbygg-as  -             remote  =SUM(A1)
$ printf 'company,person,role,enrolled,completed\nbussbygg-as,Per Berg,union,2026-03-01,2026-10-15\n' > update.csv
$ plift import training update.csv --update
update.csv: imported 1 row of training
$ plift training list bussbygg-as --status completed
ID  COMPANY      PERSON         ROLE     STATUS     ENROLLED    COMPLETED   DROPPED
 1  bussbygg-as  Kari Nordmann  manager  completed  2026-02-01  2026-09-30  -
 3  bussbygg-as  Per Berg       union    completed  2026-03-01  2026-10-15  -

Course quota for bussbygg-as: 2 participants, 2 required (quota met); 2 completed, 1 dropped (not counted)
$ printf 'company,phase,item,date\nbussbygg-as,vision,challenges,2026-01-13\n' > update.csv
$ plift import checklist update.csv --update
update.csv: imported 1 row of checklist
$ plift export checklist | head -2
company,phase,item,date\r (esc)
bussbygg-as,vision,challenges,2026-01-13\r (esc)
$ printf 'key,title,date,location,kind\nkickoff-2026,Uppstartsträff,2026-12-01,Hamar,joint\nspring-2026,Vårträff,2026-05-20,Göteborg,seminar\n' > update.csv
$ plift import gatherings update.csv --update
! plift: error: update.csv:2: cannot replace gathering kickoff-2026: its recorded attendance would no longer hold: gathering kickoff-2026 takes place on 2026-12-01, after today (2026-11-16); record who came once it has taken place
[65]
$ plift import gatherings update.csv --update --dry-run
! plift: error: update.csv:2: cannot replace gathering kickoff-2026: its recorded attendance would no longer hold: gathering kickoff-2026 takes place on 2026-12-01, after today (2026-11-16); record who came once it has taken place
[65]
$ printf 'key,title,date,location,kind\nspring-2026,Vårträff,2026-05-21,Göteborg,seminar\n' > update.csv
$ plift import gatherings update.csv --update
update.csv: imported 1 row of gatherings
$ plift gathering list --json | head -9
[
  {
    "key": "kickoff-2026",
    "title": "Uppstartsträff",
    "date": "2026-02-10",
    "location": "Hamar",
    "kind": "joint",
    "companies": 2,
    "people": 5,

# An assessment whose rows leave a dimension out is refused when the next
# one begins; with --update the rows of a day replace its assessment.

$ cat > assessments.csv <<'END'
> company,date,dimension,score
> bussbygg-as,2026-11-02,leadership,4
> bussbygg-as,2026-11-02,customer-focus,4
> dokka-fiber-as,2026-03-01,leadership,2
> END
$ plift import assessments assessments.csv --update
! plift: error: assessments.csv:4: the assessment of bussbygg-as on 2026-11-02 (the rows before this one) has no score for flow, standardised-work, visual-management, continuous-improvement, employee-involvement; an assessment scores all 7 dimensions
[65]
$ cat > assessments.csv <<'END'
> company,date,dimension,score
> bussbygg-as,2026-11-02,leadership,4
> bussbygg-as,2026-11-02,customer-focus,4
> bussbygg-as,2026-11-02,flow,4
> bussbygg-as,2026-11-02,standardised-work,4
> bussbygg-as,2026-11-02,visual-management,4
> bussbygg-as,2026-11-02,continuous-improvement,4
> bussbygg-as,2026-11-02,employee-involvement,4
> END
$ plift import assessments assessments.csv --update
assessments.csv: imported 7 rows of assessments
$ plift assess list bussbygg-as
ID  COMPANY      DATE        MEAN  CHANGE  LEAD  CF  FLOW  SW  VM  CI  EI
 1  bussbygg-as  2026-01-20  1.86       -     2   3     1   2   1   2   2
 2  bussbygg-as  2026-11-02     4    2.14     4   4     4   4   4   4   4
