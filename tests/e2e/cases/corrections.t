# Correcting records: every record a coordinator logs has an id, shown first
# in its listing; edit ID changes the fields given (checked as the recording
# command checks them), remove ID takes the record away, and each is one
# change in the audit log that undo reverts. Today is 2026-11-16.

$ plift init -q --template produktionslyftet
$ plift -q coach add anna --name "Anna Berg" --org "IUC Syd"
anna
$ plift -q coach add bo --name "Bo Ek" --org RISE
bo
$ plift -q company add "Acme AB" --region Sydsverige --sector metal --employees 40 --start 2026-09-07 --coach anna
acme-ab
$ plift -q company add "Gamla Verken AB" --region Sydsverige --sector foundry --employees 60 --start 2026-01-12
gamla-verken-ab
$ plift -q company withdraw gamla-verken-ab --date 2026-06-01 --reason "Ny ägare"

# A visit logged with the wrong day, then moved to the right one.

$ plift visit log acme-ab --date 2026-09-22
acme-ab: onsite visit by anna logged for 2026-09-22
$ plift visit log acme-ab --date 2026-10-06 --coach bo --mode remote
acme-ab: remote visit by bo logged for 2026-10-06
$ plift visit list
ID  DATE        COMPANY  COACH  MODE    NOTE
 1  2026-09-22  acme-ab  anna   onsite  -
 2  2026-10-06  acme-ab  bo     remote  -
$ plift visit edit 1 --date 2026-09-21 --note "Uppstart"
visit #1 (acme-ab): date 2026-09-22 → 2026-09-21, note - → Uppstart
$ plift visit edit 2 --coach anna --mode onsite --note ""
visit #2 (acme-ab): coach bo → anna, mode remote → onsite

# What the logging command refuses, an edit refuses too, and changes nothing.

$ sqlite3 plift.db .dump > before.sql
$ plift visit edit 1 --date 2026-09-01
! plift: error: the visit date 2026-09-01 is before acme-ab started the programme on 2026-09-07
[1]
$ plift visit edit 1 --date 2026-12-01
! plift: error: the visit date 2026-12-01 is in the future (today is 2026-11-16)
[1]
$ plift visit edit 1 --coach nobody
! plift: error: no coach 'nobody'; known coaches: anna, bo
[1]
$ plift visit edit 1 --date 2026-10-06
! plift: error: a visit to acme-ab on 2026-10-06 by anna is already logged (#2)
[1]
$ plift visit edit 1 --mode walk
! plift: error: unknown --mode 'walk': use onsite or remote
[64]
$ plift visit edit 1
! plift: error: nothing to change: give --date, --coach, --mode or --note
[64]
$ plift visit edit 99 --mode remote
! plift: error: no visit with id 99 (the ids are shown first in the listings)
[1]
$ plift visit remove 99
! plift: error: no visit with id 99 (the ids are shown first in the listings)
[1]
$ plift visit edit x --mode remote
! plift: error: id takes a whole number, not 'x' (see 'plift visit edit --help')
[64]
$ sqlite3 plift.db .dump > after.sql && cmp before.sql after.sql && echo unchanged
unchanged

# One pulse meeting a day: a second is refused, with the way to correct the first.

$ plift pulse log acme-ab --status green --date 2026-11-09
acme-ab: green pulse logged for 2026-11-09
$ plift pulse log acme-ab --status red --date 2026-11-09
! plift: error: acme-ab already has a pulse meeting on 2026-11-09 (#1, green); correct that one with 'plift pulse edit 1'
[1]
$ plift pulse log acme-ab --status yellow --date 2026-11-16
acme-ab: yellow pulse logged for 2026-11-16
$ plift pulse edit 1 --status red --note "Leveransproblem"
pulse meeting #1 (acme-ab): status green → red, note - → Leveransproblem
$ plift pulse edit 2 --date 2026-11-09
! plift: error: acme-ab already has a pulse meeting on 2026-11-09 (#1, red); correct that one with 'plift pulse edit 1'
[1]
$ plift pulse list --json
[
  {
    "id": 1,
    "company": "acme-ab",
    "date": "2026-11-09",
    "status": "red",
    "note": "Leveransproblem"
  },
  {
    "id": 2,
    "company": "acme-ab",
    "date": "2026-11-16",
    "status": "yellow",
    "note": null
  }
]
$ plift pulse remove 2
removed pulse meeting #2 of acme-ab: 2026-11-16, yellow

# A key figure typed as 875 instead of 87,5.

$ plift kpi record acme-ab lead-time 875 --date 2026-09-07
acme-ab: lead-time 875 dagar recorded for 2026-09-07
$ plift kpi record acme-ab lead-time 80 --date 2026-11-02
acme-ab: lead-time 80 dagar recorded for 2026-11-02
$ plift kpi history acme-ab
ID  KPI        DATE        VALUE  UNIT
 1  lead-time  2026-09-07    875  dagar
 2  lead-time  2026-11-02     80  dagar
$ plift kpi edit 1 --value 87,5
key-figure value #1 (acme-ab): value 875 → 87.5
$ plift kpi edit 2 --date 2026-09-07
! plift: error: acme-ab already has a lead-time value for 2026-09-07: 87.5; correct that one, or remove it first
[1]
$ plift kpi edit 2 --kpi nonsense
! plift: error: no KPI 'nonsense'; the config's KPIs are: delivery-precision, lead-time, productivity, scrap, sick-leave
[1]
$ plift kpi remove 2
removed key-figure value #2 of acme-ab: lead-time 2026-11-02 = 80

# A participant entered twice, once with a double space: the same person.

$ plift training enroll acme-ab --person "Ola  Nordmann " --date 2026-09-14
acme-ab: enrolled Ola Nordmann (employee) on 2026-09-14; 1 participant, 2 required (1 more needed)
$ plift training enroll acme-ab --person "ola nordmann" --date 2026-09-15
! plift: error: Ola Nordmann at acme-ab is already enrolled in the course, since 2026-09-14
[1]
$ plift training enroll acme-ab --person "Kari Berg" --date 2026-09-14
acme-ab: enrolled Kari Berg (employee) on 2026-09-14; 2 participants, 2 required (quota met)
$ plift training complete acme-ab --person "OLA NORDMANN" --date 2026-11-02
acme-ab: OLA NORDMANN completed the course on 2026-11-02 (1 of 2 participants completed)
$ plift training edit 2 --person "ola  nordmann"
! plift: error: the course at acme-ab already has Ola Nordmann (#1)
[1]
$ plift training edit 2 --role manager --dropped 2026-09-01
! plift: error: the drop date 2026-09-01 is before acme-ab started the programme on 2026-09-07
[1]
$ plift training edit 1 --dropped 2026-11-03
! plift: error: Ola Nordmann cannot both complete and drop the course; clear one with --completed none or --dropped none
[1]
$ plift training edit 1 --completed none --dropped 2026-11-03
course participant #1 (acme-ab): completed 2026-11-02 → -, dropped - → 2026-11-03
$ plift training list acme-ab
ID  COMPANY  PERSON        ROLE      STATUS    ENROLLED    COMPLETED  DROPPED
 2  acme-ab  Kari Berg     employee  enrolled  2026-09-14  -          -
 1  acme-ab  Ola Nordmann  employee  dropped   2026-09-14  -          2026-11-03

Course quota for acme-ab: 1 participant, 2 required (1 more needed); 0 completed, 1 dropped (not counted)
$ plift training remove 2
removed course participant #2 of acme-ab: Kari Berg, enrolled 2026-09-14

# Steering members by id; the name given is kept normalized.

$ plift steering add acme-ab --person " Eva   Lund" --role management
acme-ab: added Eva Lund to the steering group as management; missing: union
$ plift steering add acme-ab --person "eva lund" --role union
acme-ab: Eva Lund's role in the steering group changed from management to union; missing: management
$ plift steering edit 1 --role management
steering-group member #1 (acme-ab): role union → management
$ plift steering list acme-ab
ID  COMPANY  PERSON    ROLE
 1  acme-ab  Eva Lund  management

Composition rule not met: missing union
$ plift steering remove 1
acme-ab: removed Eva Lund (management) from the steering group (#1)
$ plift steering remove acme-ab
! plift: error: 'acme-ab' is no id: give the member's id, or the company key and --person NAME
[64]

# An assessment's day and one score, corrected; the others stay.

$ plift assess acme-ab --date 2026-09-10 leadership=2 customer-focus=2 flow=1 standardised-work=2 visual-management=1 continuous-improvement=2 employee-involvement=2
acme-ab: assessment for 2026-09-10 recorded, mean 1.71
$ plift assess edit 1 flow=3 --date 2026-09-11
assessment #1 (acme-ab): date 2026-09-10 → 2026-09-11, flow 1 → 3
$ plift assess edit 1 flow=9
! plift: error: the score of 'flow' must be from 1 to 5 (the [assessment] scale), not 9
[64]
$ plift assess edit 1 speed=3
! plift: error: no assessment dimension 'speed'; the dimensions are: leadership, customer-focus, flow, standardised-work, visual-management, continuous-improvement, employee-involvement
[1]
$ plift assess list --format csv
id,company,date,leadership,customer-focus,flow,standardised-work,visual-management,continuous-improvement,employee-involvement,mean,change\r (esc)
1,acme-ab,2026-09-11,2,2,3,2,1,2,2,2,\r (esc)

# Attendance at a gathering.

$ plift -q gathering add host-2026 --title "Höstträff" --date 2026-10-14
host-2026
$ plift gathering attend host-2026 acme-ab --people 3
acme-ab attended host-2026 on 2026-10-14 with 3 people
$ plift gathering edit-attendance 1 --people 4
attendance record #1 (acme-ab at host-2026): people 3 → 4
$ plift gathering edit-attendance 1 --people 0
! plift: error: --people must be a whole number of at least 1, not 0
[64]
$ plift gathering remove-attendance 1
removed attendance record #1 of acme-ab: acme-ab at host-2026, 4 people

# Records of a company that left the programme can still be corrected, within its journey.

$ plift -q import pulses - <<'END'
> company,date,status
> gamla-verken-ab,2026-03-02,green
> END
$ plift pulse list gamla-verken-ab
ID  DATE        COMPANY          STATUS  NOTE
 3  2026-03-02  gamla-verken-ab  green   -
$ plift pulse edit 3 --date 2026-07-01
! plift: error: the pulse date 2026-07-01 is after gamla-verken-ab withdrew on 2026-06-01
[1]
$ plift pulse edit 3 --status yellow
pulse meeting #3 (gamla-verken-ab): status green → yellow

# Each correction is one change in the log, and undo reverts it; an id
# removed is never given again.

$ plift log --limit 3
ID  AT                    USER         COMMAND                              CHANGES        STATE
34  2026-11-16T09:00:00Z  coordinator  plift pulse edit 3 --status yellow   ~1 pulse
33  2026-11-16T09:00:00Z  coordinator  plift -q import pulses -             +1 pulse
32  2026-11-16T09:00:00Z  coordinator  plift gathering remove-attendance 1  -1 attendance
$ plift undo
undid #34 (plift pulse edit 3 --status yellow, 2026-11-16T09:00:00Z by coordinator): ~1 pulse
$ plift pulse log acme-ab --status green --date 2026-11-16
acme-ab: green pulse logged for 2026-11-16
$ plift pulse list acme-ab
ID  DATE        COMPANY  STATUS  NOTE
 1  2026-11-09  acme-ab  red     Leveransproblem
 4  2026-11-16  acme-ab  green   -

# Corrections in a batch file: all or nothing.

$ printf 'pulse edit 1 --status yellow\nvisit edit 1 --date 2026-09-01\n' | plift batch -
! plift: error: stdin:2: the visit date 2026-09-01 is before acme-ab started the programme on 2026-09-07
[65]
$ printf 'pulse edit 1 --status yellow\nvisit remove 2\n' | plift batch -
pulse meeting #1 (acme-ab): status red → yellow
removed visit #2 of acme-ab: 2026-10-06, onsite by anna

# A company enrolled by mistake: removed only with its records, when asked.

$ plift -q company add "Fel AB" --region Sydsverige --sector metal --employees 5 --start 2026-11-02
fel-ab
$ plift company remove fel-ab
removed fel-ab
$ plift company remove acme-ab
! plift: error: acme-ab has records: pulse meetings: 2, visits: 1, course participants: 1, key-figure values: 1, assessments: 1; remove them with it by adding --with-records, or end its journey instead with 'plift company withdraw acme-ab'
[1]
$ plift company remove acme-ab --with-records
removed acme-ab and its records (pulse meetings: 2, visits: 1, course participants: 1, key-figure values: 1, assessments: 1)
$ plift company list --format csv
key,name,org_number,region,sector,employees,start,status,phase,phase_started,phase_planned_end,coach,completed,withdrawn,withdraw_reason\r (esc)
gamla-verken-ab,Gamla Verken AB,,Sydsverige,foundry,60,2026-01-12,withdrawn,,,,,,2026-06-01,Ny ägare\r (esc)
$ plift undo
undid #40 (plift company remove acme-ab --with-records, 2026-11-16T09:00:00Z by coordinator): +7 assessment_score, +1 company, +1 kpi_value, +1 phase_history, +2 pulse, +1 training, +1 visit
$ plift visit list
ID  DATE        COMPANY  COACH  MODE    NOTE
 1  2026-09-21  acme-ab  anna   onsite  Uppstart
$ plift company remove nobody
! plift: error: no company 'nobody'; known companies: acme-ab, gamla-verken-ab
[1]

# company edit covers a withdrawal too: its day (the last phase ends then)
# and its reason; for a company that has not withdrawn it is refused.

$ plift company edit gamla-verken-ab --withdrawn 2026-05-20 --withdraw-reason "Ägarbyte, ny VD"
updated gamla-verken-ab: withdraw_reason, withdrawn
$ plift company list --status withdrawn --format csv
key,name,org_number,region,sector,employees,start,status,phase,phase_started,phase_planned_end,coach,completed,withdrawn,withdraw_reason\r (esc)
gamla-verken-ab,Gamla Verken AB,,Sydsverige,foundry,60,2026-01-12,withdrawn,,,,,,2026-05-20,"Ägarbyte, ny VD"\r (esc)
$ plift company edit gamla-verken-ab --withdrawn 2025-12-01
! plift: error: the withdrawal date 2025-12-01 is before gamla-verken-ab started the programme on 2026-01-12
[1]
$ plift company edit acme-ab --withdraw-reason "Fel"
! plift: error: acme-ab has not withdrawn: --withdrawn and --withdraw-reason correct a withdrawal; 'plift company withdraw acme-ab' records one
[1]

# A withdrawal is not moved before records of the journey, and an undo does
# not bring back a second pulse meeting on a day that has one again.

$ plift company edit gamla-verken-ab --withdrawn 2026-02-20
! plift: error: cannot move the withdrawal of gamla-verken-ab to 2026-02-20: a pulse meeting on 2026-03-02 is after the company withdrew on 2026-02-20
[1]
$ plift pulse log acme-ab --status yellow --date 2026-11-02
acme-ab: yellow pulse logged for 2026-11-02
$ plift -q pulse remove 5
$ plift -q pulse log acme-ab --status red --date 2026-11-02
$ plift undo "$(plift log --limit 2 --format csv | sed -n 3p | cut -d, -f1)"
! plift: error: cannot undo #44 (plift -q pulse remove 5): acme-ab would have two pulse meetings on 2026-11-02; remove one first
[1]
$ plift pulse list acme-ab --since 2026-11-02
ID  DATE        COMPANY  STATUS  NOTE
 6  2026-11-02  acme-ab  red     -
 1  2026-11-09  acme-ab  yellow  Leveransproblem
 4  2026-11-16  acme-ab  green   -
