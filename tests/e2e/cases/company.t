# Enrolling, listing, showing, editing and withdrawing companies.
# Today is 2026-11-16 (PLIFT_TODAY).

$ plift init --template produktivitetsspranget -q
$ plift coach add kari-nordby --name "Kari Nordby" --org SINTEF --email kari.nordby@sintef.no --region Innlandet
kari-nordby

$ plift company add "Brødrene Midthaug AS" --region Innlandet --sector metal --employees 120 --start 2026-01-05 --org-number 912345678 --coach kari-nordby
brodrene-midthaug-as

$ plift company add "Furnes Jernstøperi AS" --region innlandet --sector foundry --employees 85 --start 2026-W10
furnes-jernstoperi-as

$ plift company add "Partner Plast AS" --key partner --region Innlandet --sector plastics --employees 60 --start 2027-01-04
partner

# Keys are unique, valid, and derivable.

$ plift company add "Brødrene Midthaug AS" --region Innlandet --sector metal --employees 120 --start 2026-01-05
! plift: error: a company with key 'brodrene-midthaug-as' already exists (Brødrene Midthaug AS); choose another with --key
[1]

$ plift company add "Dokka" --key "Dokka Fasteners" --region Innlandet --sector metal --employees 70 --start 2026-01-05
! plift: error: invalid --key 'Dokka Fasteners': use lower-case letters, digits and '-'
[64]

$ plift company add "!!!" --region Innlandet --sector metal --employees 70 --start 2026-01-05
! plift: error: cannot make a key from the name '!!!'; give one with --key
[64]

$ plift company add "Dokka Fasteners AS" --region Inlandet --sector metal --employees 70 --start 2026-01-05
! plift: error: unknown region 'Inlandet' (did you mean 'Innlandet'?); the programme's regions are: Agder, Akershus, Buskerud, Finnmark, Innlandet, Møre og Romsdal, Nordland, Oslo, Rogaland, Telemark, Troms, Trøndelag, Vestfold, Vestland, Østfold
[1]

$ plift company add "Dokka Fasteners AS" --region Innlandet --sector metal --employees 0 --start 2026-01-05
! plift: error: --employees must be a whole number above 0, not 0
[64]

$ plift company add "Dokka Fasteners AS" --region Innlandet --sector metal --employees many --start 2026-01-05
! plift: error: --employees takes a whole number, not 'many' (see 'plift company add --help')
[64]

$ plift company add "Dokka Fasteners AS" --region Innlandet --sector metal --employees 70 --start 2026-02-29
! plift: error: invalid date for --start: '2026-02-29' (not a calendar date: February 2026 has 28 days; use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow)
[64]

$ plift company add "Dokka Fasteners AS" --region Innlandet --sector metal --employees 70 --start 2025-W53
! plift: error: invalid date for --start: '2025-W53' (2025 has only 52 ISO weeks; use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow)
[64]

$ plift company add "Dokka Fasteners AS" --region Innlandet --sector metal --employees 70 --start 2026-01-05 --coach kari
! plift: error: no coach 'kari' (did you mean 'kari-nordby'?); known coaches: kari-nordby
[1]

$ plift company add "Dokka Fasteners AS" --region Innlandet --sector metal --employees 70
! plift: error: 'plift company add': --start is required (see 'plift company add --help')
[64]

# Hostile text is stored and shown as it is.

$ plift company add "Robert'); DROP TABLE company;-- <script>alert(1)</script> AS" --key hostile --region Oslo --sector "=cmd|' /C calc'!A0" --employees 15 --start 2026-06-01
hostile

$ plift company list
KEY                    NAME                                                          REGION     SECTOR              EMPLOYEES  START       STATUS   PHASE   PHASE ENDS  COACH
brodrene-midthaug-as   Brødrene Midthaug AS                                          Innlandet  metal                     120  2026-01-05  active   vision  2026-03-15  kari-nordby
furnes-jernstoperi-as  Furnes Jernstøperi AS                                         Innlandet  foundry                    85  2026-03-02  active   vision  2026-05-15  -
hostile                Robert'); DROP TABLE company;-- <script>alert(1)</script> AS  Oslo       =cmd|' /C calc'!A0         15  2026-06-01  active   vision  2026-08-30  -
partner                Partner Plast AS                                              Innlandet  plastics                   60  2027-01-04  planned  -       -           -

$ plift company list --format csv
key,name,org_number,region,sector,employees,start,status,phase,phase_started,phase_planned_end,coach,completed,withdrawn,withdraw_reason\r (esc)
brodrene-midthaug-as,Brødrene Midthaug AS,912345678,Innlandet,metal,120,2026-01-05,active,vision,2026-01-05,2026-03-15,kari-nordby,,,\r (esc)
furnes-jernstoperi-as,Furnes Jernstøperi AS,,Innlandet,foundry,85,2026-03-02,active,vision,2026-03-02,2026-05-15,,,,\r (esc)
hostile,"Robert'); DROP TABLE company;'-- <script>alert(1)</script> AS",,Oslo,'=cmd|' /C calc'!A0,15,2026-06-01,active,vision,2026-06-01,2026-08-30,,,,\r (esc)
partner,Partner Plast AS,,Innlandet,plastics,60,2027-01-04,planned,,,,,,,\r (esc)

$ plift company list --format md
| KEY | NAME | REGION | SECTOR | EMPLOYEES | START | STATUS | PHASE | PHASE ENDS | COACH |
| --- | --- | --- | --- | ---: | --- | --- | --- | --- | --- |
| brodrene-midthaug-as | Brødrene Midthaug AS | Innlandet | metal | 120 | 2026-01-05 | active | vision | 2026-03-15 | kari-nordby |
| furnes-jernstoperi-as | Furnes Jernstøperi AS | Innlandet | foundry | 85 | 2026-03-02 | active | vision | 2026-05-15 | - |
| hostile | Robert'); DROP TABLE company;-- &lt;script&gt;alert(1)&lt;/script&gt; AS | Oslo | =cmd\|' /C calc'!A0 | 15 | 2026-06-01 | active | vision | 2026-08-30 | - |
| partner | Partner Plast AS | Innlandet | plastics | 60 | 2027-01-04 | planned | - | - | - |

$ plift company list --json --status planned
[
  {
    "key": "partner",
    "name": "Partner Plast AS",
    "org_number": null,
    "region": "Innlandet",
    "sector": "plastics",
    "employees": 60,
    "start": "2027-01-04",
    "status": "planned",
    "phase": null,
    "phase_started": null,
    "phase_planned_end": null,
    "coach": null,
    "completed": null,
    "withdrawn": null,
    "withdraw_reason": null
  }
]

$ plift company list --region oslo --format csv
key,name,org_number,region,sector,employees,start,status,phase,phase_started,phase_planned_end,coach,completed,withdrawn,withdraw_reason\r (esc)
hostile,"Robert'); DROP TABLE company;'-- <script>alert(1)</script> AS",,Oslo,'=cmd|' /C calc'!A0,15,2026-06-01,active,vision,2026-06-01,2026-08-30,,,,\r (esc)

$ plift company list --phase pilot

$ plift company list --phase piolt
! plift: error: unknown phase 'piolt' (did you mean 'pilot'?); the phases are: vision, pilot, line
[1]

$ plift company list --status paused
! plift: error: unknown --status 'paused': use planned, active, completed or withdrawn
[64]

$ plift company list --coach kari-nordby
KEY                   NAME                  REGION     SECTOR  EMPLOYEES  START       STATUS  PHASE   PHASE ENDS  COACH
brodrene-midthaug-as  Brødrene Midthaug AS  Innlandet  metal         120  2026-01-05  active  vision  2026-03-15  kari-nordby

$ plift company show brodrene-midthaug-as
key:             brodrene-midthaug-as
name:            Brødrene Midthaug AS
org number:      912345678
region:          Innlandet
sector:          metal
employees:       120
start:           2026-01-05
status:          active
phase:           1 of 3: Felles bilde og drivkraft (vision), since 2026-01-05, planned end 2026-03-15
journey:         planned to end 2027-06-16
coach:           Kari Nordby (kari-nordby, SINTEF, kari.nordby@sintef.no)
visits:          0 held, 20 expected; next due 2026-01-18 (overdue)
steering group:  0 members; missing management, union
Lean course:     0 of 2 participants
gatherings:      0 of 3 joint gatherings attended (1 expected by now)

Phases
PHASE   NAME                       STARTED     PLANNED END  ENDED  FORCED
vision  Felles bilde og drivkraft  2026-01-05  2026-03-15   -      -

Checklist
PHASE   ITEM                TITLE                                                  DONE
vision  challenges          Beskrive utfordringer, ambisjoner og nøkkeltall        -
vision  customer-needs      Undersøke kundenes behov og forventninger              -
vision  employee-attitudes  Kartlegge de ansattes holdninger og forventninger      -
vision  lean-status         Kartlegge Lean-status                                  -
vision  pulse-rhythm        Etablere en framdriftsrytme med pulsmøte og pulstavle  -
vision  guiding-principles  Formulere veiledende prinsipper                        -
vision  organise-phase-2    Organisere fase 2                                      -

Timeline
DATE        KIND   WHAT
2026-01-05  phase  entered phase 1: Felles bilde og drivkraft (vision), planned to end 2026-03-15

$ plift company show brodrene-midthaug-as --json
{
  "key": "brodrene-midthaug-as",
  "name": "Brødrene Midthaug AS",
  "org_number": "912345678",
  "region": "Innlandet",
  "sector": "metal",
  "employees": 120,
  "start": "2026-01-05",
  "status": "active",
  "phase": "vision",
  "phase_started": "2026-01-05",
  "phase_planned_end": "2026-03-15",
  "coach": "kari-nordby",
  "completed": null,
  "withdrawn": null,
  "withdraw_reason": null,
  "coach_name": "Kari Nordby",
  "coach_organisation": "SINTEF",
  "coach_email": "kari.nordby@sintef.no",
  "journey_planned_end": "2027-06-16",
  "visits": {
    "held": 0,
    "expected": 20,
    "next_due": "2026-01-18",
    "overdue": true,
    "list": []
  },
  "phases": [
    {
      "phase": "vision",
      "name": "Felles bilde og drivkraft",
      "started": "2026-01-05",
      "planned_end": "2026-03-15",
      "ended": null,
      "forced_reason": null
    }
  ],
  "checklist": [
    {
      "phase": "vision",
      "item": "challenges",
      "title": "Beskrive utfordringer, ambisjoner og nøkkeltall",
      "done": null
    },
    {
      "phase": "vision",
      "item": "customer-needs",
      "title": "Undersøke kundenes behov og forventninger",
      "done": null
    },
    {
      "phase": "vision",
      "item": "employee-attitudes",
      "title": "Kartlegge de ansattes holdninger og forventninger",
      "done": null
    },
    {
      "phase": "vision",
      "item": "lean-status",
      "title": "Kartlegge Lean-status",
      "done": null
    },
    {
      "phase": "vision",
      "item": "pulse-rhythm",
      "title": "Etablere en framdriftsrytme med pulsmøte og pulstavle",
      "done": null
    },
    {
      "phase": "vision",
      "item": "guiding-principles",
      "title": "Formulere veiledende prinsipper",
      "done": null
    },
    {
      "phase": "vision",
      "item": "organise-phase-2",
      "title": "Organisere fase 2",
      "done": null
    }
  ],
  "pulses": [],
  "steering": {
    "members": [],
    "missing": [
      "management",
      "union"
    ]
  },
  "training": {
    "participants": [],
    "counted": 0,
    "required": 2,
    "meets_quota": false
  },
  "gatherings": {
    "attended": [],
    "joint_attended": 0,
    "required": 3,
    "expected_by_now": 1,
    "behind": true
  },
  "kpis": [],
  "assessments": [],
  "timeline": [
    {
      "date": "2026-01-05",
      "kind": "phase",
      "text": "entered phase 1: Felles bilde og drivkraft (vision), planned to end 2026-03-15"
    }
  ]
}

$ plift company show brodrene-midthaug-as --format csv
! plift: error: company show has no csv form; use --format table, json or md
[64]

$ plift company show midthaug
! plift: error: no company 'midthaug'; known companies: brodrene-midthaug-as, furnes-jernstoperi-as, hostile, partner
[1]

# Editing.

$ plift company edit furnes-jernstoperi-as --employees 90 --name "Furnes Jernstøperi" --coach kari-nordby
updated furnes-jernstoperi-as: name, employees, coach

$ plift company edit furnes-jernstoperi-as
! plift: error: nothing to change: give --name, --region, --sector, --employees, --start, --org-number, --coach, --withdrawn or --withdraw-reason
[64]

$ plift company edit furnes-jernstoperi-as --start 2026-03-09
updated furnes-jernstoperi-as: start

$ plift company list --format csv --coach kari-nordby
key,name,org_number,region,sector,employees,start,status,phase,phase_started,phase_planned_end,coach,completed,withdrawn,withdraw_reason\r (esc)
brodrene-midthaug-as,Brødrene Midthaug AS,912345678,Innlandet,metal,120,2026-01-05,active,vision,2026-01-05,2026-03-15,kari-nordby,,,\r (esc)
furnes-jernstoperi-as,Furnes Jernstøperi,,Innlandet,foundry,90,2026-03-09,active,vision,2026-03-09,2026-05-22,kari-nordby,,,\r (esc)

# Withdrawal closes the open phase; later events are refused.

$ plift company withdraw hostile --date 2026-09-30 --reason "Owner sold the company"
hostile withdrew on 2026-09-30

$ plift company withdraw hostile --date 2026-10-01 --reason "again"
! plift: error: cannot withdraw hostile: it withdrew on 2026-09-30
[1]

$ plift company withdraw furnes-jernstoperi-as --date 2027-01-01 --reason "future"
! plift: error: the withdrawal date 2027-01-01 is in the future (today is 2026-11-16)
[1]

$ plift company withdraw furnes-jernstoperi-as --date 2026-01-01 --reason "before start"
! plift: error: the withdrawal date 2026-01-01 is before furnes-jernstoperi-as started the programme on 2026-03-09
[1]

$ plift company show hostile --format md
# Robert'); DROP TABLE company;-- &lt;script&gt;alert(1)&lt;/script&gt; AS

- **key:** hostile
- **name:** Robert'); DROP TABLE company;-- &lt;script&gt;alert(1)&lt;/script&gt; AS
- **region:** Oslo
- **sector:** =cmd\|' /C calc'!A0
- **employees:** 15
- **start:** 2026-06-01
- **status:** withdrawn on 2026-09-30 (Owner sold the company)
- **journey:** planned to end 2027-11-26
- **coach:** -
- **visits:** 0 held, 7 expected
- **steering group:** 0 members; missing management, union
- **Lean course:** 0 of 2 participants
- **gatherings:** 0 of 3 joint gatherings attended (0 expected by now)

## Phases

| PHASE | NAME | STARTED | PLANNED END | ENDED | FORCED |
| --- | --- | --- | --- | --- | --- |
| vision | Felles bilde og drivkraft | 2026-06-01 | 2026-08-30 | 2026-09-30 | - |

## Checklist

| PHASE | ITEM | TITLE | DONE |
| --- | --- | --- | --- |
| vision | challenges | Beskrive utfordringer, ambisjoner og nøkkeltall | - |
| vision | customer-needs | Undersøke kundenes behov og forventninger | - |
| vision | employee-attitudes | Kartlegge de ansattes holdninger og forventninger | - |
| vision | lean-status | Kartlegge Lean-status | - |
| vision | pulse-rhythm | Etablere en framdriftsrytme med pulsmøte og pulstavle | - |
| vision | guiding-principles | Formulere veiledende prinsipper | - |
| vision | organise-phase-2 | Organisere fase 2 | - |

## Timeline

| DATE | KIND | WHAT |
| --- | --- | --- |
| 2026-06-01 | phase | entered phase 1: Felles bilde og drivkraft (vision), planned to end 2026-08-30 |
| 2026-09-30 | phase | withdrew from the programme: Owner sold the company |

$ plift pulse log hostile --status green
! plift: error: cannot log a pulse meeting for hostile: it withdrew on 2026-09-30
[1]


# The start may not move past anything already recorded.

$ plift -q visit log furnes-jernstoperi-as --date 2026-03-12 --mode remote
$ plift company edit furnes-jernstoperi-as --start 2026-03-16
! plift: error: cannot move the start of furnes-jernstoperi-as to 2026-03-16: a coach visit on 2026-03-12 is before the journey started on 2026-03-16
[1]
