# Lean-course participants and the course quota. Today is 2026-11-16;
# the default programme asks for 2 participants per company.

$ plift init -q
$ plift company add "Bussbygg AS" --region Innlandet --sector vehicles --employees 45 --start 2026-01-05 -q
bussbygg-as
$ plift company add "Åkerlunds Plåt & Smide AB" --region Västsverige --sector metal --employees 32 --start 2026-03-02 -q
akerlunds-plat-smide-ab
$ plift company add "Dokka Fasteners AS" --region Innlandet --sector metal --employees 70 --start 2026-02-02 -q
dokka-fasteners-as
$ plift company add "Framtid AB" --region Sydsverige --sector wood --employees 20 --start 2027-01-11 -q
framtid-ab
$ plift company add "Gamla Verkstan AB" --region Sydsverige --sector metal --employees 20 --start 2025-01-07 -q
gamla-verkstan-ab
$ plift -q phase advance gamla-verkstan-ab --date 2025-03-17 --force --reason "tempo"
$ plift -q phase advance gamla-verkstan-ab --date 2025-10-27 --force --reason "tempo"
$ plift -q phase advance gamla-verkstan-ab --date 2026-05-04 --force --reason "tempo"

# Enrolling: the role defaults to employee; each note says where the quota stands.

$ plift training enroll bussbygg-as --person "Kari Nordmann" --date 2026-02-02
bussbygg-as: enrolled Kari Nordmann (employee) on 2026-02-02; 1 participant, 2 required (1 more needed)
$ plift training enroll bussbygg-as --person "Øystein Ødegård" --role union --date 2026-W06-3
bussbygg-as: enrolled Øystein Ødegård (union) on 2026-02-04; 2 participants, 2 required (quota met)
$ plift training enroll bussbygg-as --person "Per Haugen" --role manager --date 2026-03-02
bussbygg-as: enrolled Per Haugen (manager) on 2026-03-02; 3 participants, 2 required (quota met)
$ plift training enroll akerlunds-plat-smide-ab --person "Åsa Ängström" --role other --date yesterday
akerlunds-plat-smide-ab: enrolled Åsa Ängström (other) on 2026-11-15; 1 participant, 2 required (1 more needed)
$ plift training enroll dokka-fasteners-as --person "Lise Berg" --date 2026-02-02
dokka-fasteners-as: enrolled Lise Berg (employee) on 2026-02-02; 1 participant, 2 required (1 more needed)

# The same person twice at one company is refused; at another company they are someone else.

$ plift training enroll bussbygg-as --person "Kari Nordmann"
! plift: error: Kari Nordmann at bussbygg-as is already enrolled in the course, since 2026-02-02
[1]
$ plift training enroll akerlunds-plat-smide-ab --person "Kari Nordmann" --role employee --date 2026-03-02
akerlunds-plat-smide-ab: enrolled Kari Nordmann (employee) on 2026-03-02; 2 participants, 2 required (quota met)

# Completing and dropping.

$ plift training complete bussbygg-as --person "Kari Nordmann" --date 2026-06-12
bussbygg-as: Kari Nordmann completed the course on 2026-06-12 (1 of 3 participants completed)
$ plift training complete bussbygg-as --person "Kari Nordmann"
! plift: error: Kari Nordmann at bussbygg-as already completed the course on 2026-06-12
[1]
$ plift training drop bussbygg-as --person "Per Haugen" --date 2026-04-20
bussbygg-as: Per Haugen dropped the course on 2026-04-20; 2 participants, 2 required (quota met)
$ plift training drop bussbygg-as --person "Per Haugen"
! plift: error: Per Haugen at bussbygg-as already dropped the course on 2026-04-20
[1]
$ plift training complete bussbygg-as --person "Per Haugen"
! plift: error: cannot complete the course for Per Haugen at bussbygg-as: they dropped it on 2026-04-20; re-enrol them first with 'plift training enroll bussbygg-as --person NAME'
[1]
$ plift training drop bussbygg-as --person "Kari Nordmann"
! plift: error: cannot drop Kari Nordmann at bussbygg-as: they completed the course on 2026-06-12
[1]

# Someone who dropped out may come back: the course starts afresh for them
# (new enrolment date, the drop forgotten), keeping their role unless --role says otherwise.

$ plift training enroll bussbygg-as --person "Per Haugen" --date 2026-04-01
! plift: error: the enrolment date 2026-04-01 is before Per Haugen dropped the course on 2026-04-20
[1]
$ plift training enroll bussbygg-as --person "Per Haugen" --date 2026-09-07
bussbygg-as: re-enrolled Per Haugen (manager) on 2026-09-07, who had dropped the course on 2026-04-20; 3 participants, 2 required (quota met)
$ plift training drop bussbygg-as --person "Per Haugen" --date 2026-10-05
bussbygg-as: Per Haugen dropped the course on 2026-10-05; 2 participants, 2 required (quota met)
$ plift training enroll bussbygg-as --person "Per Haugen" --role employee --date 2026-10-05
bussbygg-as: re-enrolled Per Haugen (employee) on 2026-10-05, who had dropped the course on 2026-10-05; 3 participants, 2 required (quota met)

# Listing: every participant, one company (with its quota), by status, in every format.

$ plift training list
ID  COMPANY                  PERSON           ROLE      STATUS     ENROLLED    COMPLETED   DROPPED
 6  akerlunds-plat-smide-ab  Kari Nordmann    employee  enrolled   2026-03-02  -           -
 4  akerlunds-plat-smide-ab  Åsa Ängström     other     enrolled   2026-11-15  -           -
 1  bussbygg-as              Kari Nordmann    employee  completed  2026-02-02  2026-06-12  -
 2  bussbygg-as              Øystein Ødegård  union     enrolled   2026-02-04  -           -
 3  bussbygg-as              Per Haugen       employee  enrolled   2026-10-05  -           -
 5  dokka-fasteners-as       Lise Berg        employee  enrolled   2026-02-02  -           -
$ plift training list bussbygg-as
ID  COMPANY      PERSON           ROLE      STATUS     ENROLLED    COMPLETED   DROPPED
 1  bussbygg-as  Kari Nordmann    employee  completed  2026-02-02  2026-06-12  -
 2  bussbygg-as  Øystein Ødegård  union     enrolled   2026-02-04  -           -
 3  bussbygg-as  Per Haugen       employee  enrolled   2026-10-05  -           -

Course quota for bussbygg-as: 3 participants, 2 required (quota met); 1 completed
$ plift training list bussbygg-as --format md
| ID | COMPANY | PERSON | ROLE | STATUS | ENROLLED | COMPLETED | DROPPED |
| ---: | --- | --- | --- | --- | --- | --- | --- |
| 1 | bussbygg-as | Kari Nordmann | employee | completed | 2026-02-02 | 2026-06-12 | - |
| 2 | bussbygg-as | Øystein Ødegård | union | enrolled | 2026-02-04 | - | - |
| 3 | bussbygg-as | Per Haugen | employee | enrolled | 2026-10-05 | - | - |

Course quota for bussbygg-as: 3 participants, 2 required (quota met); 1 completed
$ plift training list bussbygg-as --format json
[
  {
    "id": 1,
    "company": "bussbygg-as",
    "person": "Kari Nordmann",
    "role": "employee",
    "enrolled": "2026-02-02",
    "completed": "2026-06-12",
    "dropped": null,
    "status": "completed"
  },
  {
    "id": 2,
    "company": "bussbygg-as",
    "person": "Øystein Ødegård",
    "role": "union",
    "enrolled": "2026-02-04",
    "completed": null,
    "dropped": null,
    "status": "enrolled"
  },
  {
    "id": 3,
    "company": "bussbygg-as",
    "person": "Per Haugen",
    "role": "employee",
    "enrolled": "2026-10-05",
    "completed": null,
    "dropped": null,
    "status": "enrolled"
  }
]
$ plift training list --status completed --format csv
id,company,person,role,enrolled,completed,dropped,status\r (esc)
1,bussbygg-as,Kari Nordmann,employee,2026-02-02,2026-06-12,,completed\r (esc)
$ plift training list --status dropped
$ plift training list dokka-fasteners-as --status completed
Course quota for dokka-fasteners-as: 1 participant, 2 required (1 more needed); 0 completed
$ plift training list framtid-ab
Course quota for framtid-ab: 0 participants, 2 required (2 more needed); 0 completed
$ plift training drop dokka-fasteners-as --person "Lise Berg" --date 2026-03-02
dokka-fasteners-as: Lise Berg dropped the course on 2026-03-02; 0 participants, 2 required (2 more needed)
$ plift training list dokka-fasteners-as
ID  COMPANY             PERSON     ROLE      STATUS   ENROLLED    COMPLETED  DROPPED
 5  dokka-fasteners-as  Lise Berg  employee  dropped  2026-02-02  -          2026-03-02

Course quota for dokka-fasteners-as: 0 participants, 2 required (2 more needed); 0 completed, 1 dropped (not counted)

# The quota of every company, of the active ones below it, in every format.

$ plift training quota
COMPANY                  STATUS     PARTICIPANTS  ENROLLED  COMPLETED  DROPPED  REQUIRED  QUOTA MET
akerlunds-plat-smide-ab  active                2         2          0        0         2  yes
bussbygg-as              active                3         2          1        0         2  yes
dokka-fasteners-as       active                0         0          0        1         2  no
framtid-ab               planned               0         0          0        0         2  no
gamla-verkstan-ab        completed             0         0          0        0         2  no
$ plift training quota --unmet
COMPANY             STATUS  PARTICIPANTS  ENROLLED  COMPLETED  DROPPED  REQUIRED  QUOTA MET
dokka-fasteners-as  active             0         0          0        1         2  no
$ plift training quota bussbygg-as --format json
[
  {
    "company": "bussbygg-as",
    "company_status": "active",
    "participants": 3,
    "enrolled": 2,
    "completed": 1,
    "dropped": 0,
    "required": 2,
    "meets_quota": true,
    "missing": 0
  }
]
$ plift training quota --unmet --format csv
company,company_status,participants,enrolled,completed,dropped,required,meets_quota,missing\r (esc)
dokka-fasteners-as,active,0,0,0,1,2,false,2\r (esc)
$ plift training quota --format md
| COMPANY | STATUS | PARTICIPANTS | ENROLLED | COMPLETED | DROPPED | REQUIRED | QUOTA MET |
| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |
| akerlunds-plat-smide-ab | active | 2 | 2 | 0 | 0 | 2 | yes |
| bussbygg-as | active | 3 | 2 | 1 | 0 | 2 | yes |
| dokka-fasteners-as | active | 0 | 0 | 0 | 1 | 2 | no |
| framtid-ab | planned | 0 | 0 | 0 | 0 | 2 | no |
| gamla-verkstan-ab | completed | 0 | 0 | 0 | 0 | 2 | no |

# With a different quota in the config.

$ printf '[training]\nmin_per_company = 1\n' > one.toml
$ plift -c one.toml --db plift.db training quota --unmet
COMPANY             STATUS  PARTICIPANTS  ENROLLED  COMPLETED  DROPPED  REQUIRED  QUOTA MET
dokka-fasteners-as  active             0         0          0        1         1  no
$ plift -c one.toml --db plift.db training list akerlunds-plat-smide-ab
ID  COMPANY                  PERSON         ROLE      STATUS    ENROLLED    COMPLETED  DROPPED
 6  akerlunds-plat-smide-ab  Kari Nordmann  employee  enrolled  2026-03-02  -          -
 4  akerlunds-plat-smide-ab  Åsa Ängström   other     enrolled  2026-11-15  -          -

Course quota for akerlunds-plat-smide-ab: 2 participants, 1 required (quota met); 0 completed

# Unknown people are named with the company's participants; unknown companies with the known keys.

$ plift training complete bussbygg-as --person "Kari Nordman"
! plift: error: no course participant 'Kari Nordman' at bussbygg-as (did you mean 'Kari Nordmann'?); its participants: Kari Nordmann, Øystein Ødegård, Per Haugen
[1]
$ plift training drop akerlunds-plat-smide-ab --person "Nobody Here"
! plift: error: no course participant 'Nobody Here' at akerlunds-plat-smide-ab; its participants: Kari Nordmann, Åsa Ängström
[1]
$ plift training complete framtid-ab --person "Kari Nordmann"
! plift: error: cannot record course completions at framtid-ab: it starts on 2027-01-11
[1]
$ plift training enroll bussbyg --person "Kari Nordmann"
! plift: error: no company 'bussbyg' (did you mean 'bussbygg-as'?); known companies: akerlunds-plat-smide-ab, bussbygg-as, dokka-fasteners-as, framtid-ab, gamla-verkstan-ab
[1]
$ plift training list bussbyg
! plift: error: no company 'bussbyg' (did you mean 'bussbygg-as'?); known companies: akerlunds-plat-smide-ab, bussbygg-as, dokka-fasteners-as, framtid-ab, gamla-verkstan-ab
[1]
$ plift training quota nowhere
! plift: error: no company 'nowhere'; known companies: akerlunds-plat-smide-ab, bussbygg-as, dokka-fasteners-as, framtid-ab, gamla-verkstan-ab
[1]

# Dates: not before the company's start or the enrolment, not in the future.

$ plift training enroll akerlunds-plat-smide-ab --person "Nils Holm" --date 2026-02-27
! plift: error: the enrolment date 2026-02-27 is before akerlunds-plat-smide-ab started the programme on 2026-03-02
[1]
$ plift training enroll akerlunds-plat-smide-ab --person "Nils Holm" --date tomorrow
! plift: error: the enrolment date 2026-11-17 is in the future (today is 2026-11-16)
[1]
$ plift training complete akerlunds-plat-smide-ab --person "Åsa Ängström" --date 2026-11-01
! plift: error: the completion date 2026-11-01 is before Åsa Ängström enrolled on 2026-11-15
[1]
$ plift training drop akerlunds-plat-smide-ab --person "Åsa Ängström" --date 2026-11-14
! plift: error: the drop date 2026-11-14 is before Åsa Ängström enrolled on 2026-11-15
[1]
$ plift training enroll akerlunds-plat-smide-ab --person "Nils Holm" --date 2026-02-30
! plift: error: invalid date for --date: '2026-02-30' (not a calendar date: February 2026 has 28 days; use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow)
[64]

# Companies that have not started, have completed or have withdrawn take no changes.

$ plift training enroll framtid-ab --person "Nils Holm"
! plift: error: cannot enrol course participants at framtid-ab: it starts on 2027-01-11
[1]
$ plift training enroll gamla-verkstan-ab --person "Nils Holm" --date 2026-01-12
! plift: error: cannot enrol course participants at gamla-verkstan-ab: it completed the programme on 2026-05-04
[1]
$ plift company withdraw dokka-fasteners-as --date 2026-10-01 --reason "Konkurs"
dokka-fasteners-as withdrew on 2026-10-01
$ plift training enroll dokka-fasteners-as --person "Nils Holm" --date 2026-09-01
! plift: error: cannot enrol course participants at dokka-fasteners-as: it withdrew on 2026-10-01
[1]
$ plift training complete dokka-fasteners-as --person "Lise Berg" --date 2026-09-01
! plift: error: cannot record course completions at dokka-fasteners-as: it withdrew on 2026-10-01
[1]

# Values outside a list, empty names.

$ plift training enroll bussbygg-as --person "Nils Holm" --role boss
! plift: error: unknown --role 'boss': use employee, manager, union or other
[64]
$ plift training enroll bussbygg-as --person "Nils Holm" --role Union
! plift: error: unknown --role 'Union': use employee, manager, union or other
[64]
$ plift training list --status finished
! plift: error: unknown --status 'finished': use enrolled, completed or dropped
[64]
$ plift training enroll bussbygg-as --person ""
! plift: error: --person may not be empty; give the participant's name
[64]
$ plift training enroll bussbygg-as --person "   "
! plift: error: --person may not be empty; give the participant's name
[64]
$ plift training complete bussbygg-as --person ""
! plift: error: --person may not be empty; give the participant's name
[64]
$ plift training enroll bussbygg-as
! plift: error: 'plift training enroll': --person is required (see 'plift training enroll --help')
[64]
$ plift training list --format xml
! plift: error: unknown --format 'xml': use table, json, csv or md
[64]

# -q silences the notes; names are kept as typed, spaces included.

$ plift -q training enroll akerlunds-plat-smide-ab --person " Nils  Holm" --date 2026-11-02
$ plift training list akerlunds-plat-smide-ab --format json
[
  {
    "id": 6,
    "company": "akerlunds-plat-smide-ab",
    "person": "Kari Nordmann",
    "role": "employee",
    "enrolled": "2026-03-02",
    "completed": null,
    "dropped": null,
    "status": "enrolled"
  },
  {
    "id": 7,
    "company": "akerlunds-plat-smide-ab",
    "person": "Nils Holm",
    "role": "employee",
    "enrolled": "2026-11-02",
    "completed": null,
    "dropped": null,
    "status": "enrolled"
  },
  {
    "id": 4,
    "company": "akerlunds-plat-smide-ab",
    "person": "Åsa Ängström",
    "role": "other",
    "enrolled": "2026-11-15",
    "completed": null,
    "dropped": null,
    "status": "enrolled"
  }
]

# Every refused command above and below leaves the database as it was.

$ sqlite3 plift.db .dump > before.sql
$ plift training enroll bussbygg-as --person "Kari Nordmann" >/dev/null 2>&1
[1]
$ plift training enroll bussbygg-as --person "Per Haugen" --date 2026-10-04 >/dev/null 2>&1
[1]
$ plift training complete bussbygg-as --person "Kari Nordman" >/dev/null 2>&1
[1]
$ plift training complete bussbygg-as --person "Kari Nordmann" >/dev/null 2>&1
[1]
$ plift training complete bussbygg-as --person "Øystein Ødegård" --date 2026-02-01 >/dev/null 2>&1
[1]
$ plift training drop bussbygg-as --person "Kari Nordmann" >/dev/null 2>&1
[1]
$ plift training enroll bussbyg --person "Nils Holm" >/dev/null 2>&1
[1]
$ plift training enroll akerlunds-plat-smide-ab --person "Nils Holm" --date 2026-02-27 >/dev/null 2>&1
[1]
$ plift training enroll akerlunds-plat-smide-ab --person "Nils Holm" --date tomorrow >/dev/null 2>&1
[1]
$ plift training enroll gamla-verkstan-ab --person "Nils Holm" --date 2026-01-12 >/dev/null 2>&1
[1]
$ plift training enroll dokka-fasteners-as --person "Nils Holm" --date 2026-09-01 >/dev/null 2>&1
[1]
$ plift training enroll framtid-ab --person "Nils Holm" >/dev/null 2>&1
[1]
$ plift training enroll bussbygg-as --person "Nils Holm" --role boss >/dev/null 2>&1
[64]
$ plift training enroll bussbygg-as --person "" >/dev/null 2>&1
[64]
$ plift training enroll bussbygg-as --person "Nils Holm" --date 2026-13-01 >/dev/null 2>&1
[64]
$ sqlite3 plift.db .dump > after.sql
$ cmp before.sql after.sql && echo unchanged
unchanged
