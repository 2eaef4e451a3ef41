# Coach visits: logging, listing, and visits held against visits expected.
# Today is 2026-11-16 (ISO week 47). Phases 1 and 2 expect a visit every 2
# coaching weeks (7 grace days); phase 3 expects none. Holiday weeks 28-31,
# 52, 53 and 1 carry no coaching.

$ plift init -q
$ plift -q coach add eva-lind --name "Eva Lind" --org RISE --email eva.lind@ri.se
eva-lind
$ plift -q coach add ola-nordmann --name "Ola Nordmann" --org IUC
ola-nordmann
$ plift -q company add "Bussbygg AB" --region Västsverige --sector vehicles --employees 45 --start 2026-09-07 --coach eva-lind
bussbygg-ab
$ plift -q company add "Åkerlunds Plåt & Smide AB" --region Västsverige --sector metal --employees 32 --start 2026-10-05
akerlunds-plat-smide-ab
$ plift -q company add "Dokka Gjuteri AB" --region Småland --sector foundry --employees 70 --start 2026-01-05 --coach ola-nordmann
dokka-gjuteri-ab
$ plift -q company add "Norrlands Trä AB" --region "Övre Norrland" --sector wood --employees 120 --start 2026-02-02 --coach ola-nordmann
norrlands-tra-ab
$ plift -q company add "Planerad AB" --region Stockholm --sector plastics --employees 20 --start 2027-01-11
planerad-ab

# Dokka completes its journey early; Norrlands Trä withdraws.

$ plift -q phase advance dokka-gjuteri-ab --date 2026-03-02 --force --reason "fast start"
$ plift -q phase advance dokka-gjuteri-ab --date 2026-06-01 --force --reason "pilot done"
$ plift -q phase advance dokka-gjuteri-ab --date 2026-10-05 --force --reason "anchored"
$ plift -q company withdraw norrlands-tra-ab --date 2026-06-30 --reason "Ny ägare"

# Logging: the coach defaults to the company's, the mode to onsite.

$ plift visit log bussbygg-ab --date 2026-09-21 --note "Nulägesanalys med ledningen"
bussbygg-ab: onsite visit by eva-lind logged for 2026-09-21

$ plift visit log bussbygg-ab --date 2026-W41-2 --mode remote --coach ola-nordmann --note $'Teams: pulstavla\n"bra fart"'
bussbygg-ab: remote visit by ola-nordmann logged for 2026-10-06

$ plift visit log akerlunds-plat-smide-ab --date 2026-10-19
akerlunds-plat-smide-ab: onsite visit logged for 2026-10-19 without a coach (akerlunds-plat-smide-ab has none assigned; name one with --coach)

$ plift visit log akerlunds-plat-smide-ab --date 2026-10-19 --coach eva-lind --mode remote
akerlunds-plat-smide-ab: remote visit by eva-lind logged for 2026-10-19

$ plift visit log dokka-gjuteri-ab --date 2026-05-18 --note "Pilotområde: formning"
dokka-gjuteri-ab: onsite visit by ola-nordmann logged for 2026-05-18

$ plift visit log norrlands-tra-ab --date 2026-06-29 -q
$ plift visit log dokka-gjuteri-ab --date 2026-11-16 --note "after completion, refused"
! plift: error: the visit date 2026-11-16 is after dokka-gjuteri-ab completed the programme on 2026-10-05
[1]

# Bad input is refused.

$ plift visit log bussbygg-ab --date 2026-09-21
! plift: error: a visit to bussbygg-ab on 2026-09-21 by eva-lind is already logged
[1]

$ plift visit log akerlunds-plat-smide-ab --date 2026-10-19
! plift: error: a visit to akerlunds-plat-smide-ab on 2026-10-19 without a coach is already logged
[1]

$ plift visit log bussbyg
! plift: error: no company 'bussbyg' (did you mean 'bussbygg-ab'?); known companies: akerlunds-plat-smide-ab, bussbygg-ab, dokka-gjuteri-ab, norrlands-tra-ab, planerad-ab
[1]

$ plift visit log bussbygg-ab --coach eva
! plift: error: no coach 'eva' (did you mean 'eva-lind'?); known coaches: eva-lind, ola-nordmann
[1]

$ plift visit log bussbygg-ab --coach ""
! plift: error: --coach may not be empty
[64]

$ plift visit log bussbygg-ab --mode hybrid
! plift: error: unknown --mode 'hybrid': use onsite or remote
[64]

$ plift visit log bussbygg-ab --mode ONSITE
! plift: error: unknown --mode 'ONSITE': use onsite or remote
[64]

$ plift visit log bussbygg-ab --date 2026-09-04
! plift: error: the visit date 2026-09-04 is before bussbygg-ab started the programme on 2026-09-07
[1]

$ plift visit log bussbygg-ab --date tomorrow
! plift: error: the visit date 2026-11-17 is in the future (today is 2026-11-16)
[1]

$ plift visit log bussbygg-ab --date 2026-11-31
! plift: error: invalid date for --date: '2026-11-31' (not a calendar date: November 2026 has 30 days; use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow)
[64]

$ plift visit log norrlands-tra-ab --date 2026-07-01
! plift: error: the visit date 2026-07-01 is after norrlands-tra-ab withdrew on 2026-06-30
[1]

$ plift visit log planerad-ab
! plift: error: the visit date 2026-11-16 is before planerad-ab started the programme on 2027-01-11
[1]

$ plift visit log
! plift: error: 'plift visit log': key is required (see 'plift visit log --help')
[64]

# Listing, in every format: oldest first.

$ plift visit list
ID  DATE        COMPANY                  COACH         MODE    NOTE
 5  2026-05-18  dokka-gjuteri-ab         ola-nordmann  onsite  Pilotområde: formning
 6  2026-06-29  norrlands-tra-ab         ola-nordmann  onsite  -
 1  2026-09-21  bussbygg-ab              eva-lind      onsite  Nulägesanalys med ledningen
 2  2026-10-06  bussbygg-ab              ola-nordmann  remote  Teams: pulstavla "bra fart"
 3  2026-10-19  akerlunds-plat-smide-ab  -             onsite  -
 4  2026-10-19  akerlunds-plat-smide-ab  eva-lind      remote  -

$ plift visit list bussbygg-ab --format json
[
  {
    "id": 1,
    "company": "bussbygg-ab",
    "date": "2026-09-21",
    "coach": "eva-lind",
    "mode": "onsite",
    "note": "Nulägesanalys med ledningen"
  },
  {
    "id": 2,
    "company": "bussbygg-ab",
    "date": "2026-10-06",
    "coach": "ola-nordmann",
    "mode": "remote",
    "note": "Teams: pulstavla\n\"bra fart\""
  }
]

$ plift visit list --coach ola-nordmann --format csv
id,company,date,coach,mode,note\r (esc)
5,dokka-gjuteri-ab,2026-05-18,ola-nordmann,onsite,Pilotområde: formning\r (esc)
6,norrlands-tra-ab,2026-06-29,ola-nordmann,onsite,\r (esc)
2,bussbygg-ab,2026-10-06,ola-nordmann,remote,"Teams: pulstavla
""bra fart"""\r (esc)

$ plift visit list --since 2026-10-01 --until 2026-W42 --format md
| ID | DATE | COMPANY | COACH | MODE | NOTE |
| ---: | --- | --- | --- | --- | --- |
| 2 | 2026-10-06 | bussbygg-ab | ola-nordmann | remote | Teams: pulstavla<br>"bra fart" |

$ plift visit list akerlunds-plat-smide-ab --coach eva-lind --json
[
  {
    "id": 4,
    "company": "akerlunds-plat-smide-ab",
    "date": "2026-10-19",
    "coach": "eva-lind",
    "mode": "remote",
    "note": null
  }
]

$ plift visit list planerad-ab
$ plift visit list planerad-ab --json
[]

$ plift visit list --since 2026-11-16 --until 2026-11-01
! plift: error: --until 2026-11-01 is before --since 2026-11-16
[64]

$ plift visit list --coach nobody
! plift: error: no coach 'nobody'; known coaches: eva-lind, ola-nordmann
[1]

$ plift visit list busbygg-ab
! plift: error: no company 'busbygg-ab' (did you mean 'bussbygg-ab'?); known companies: akerlunds-plat-smide-ab, bussbygg-ab, dokka-gjuteri-ab, norrlands-tra-ab, planerad-ab
[1]

# Visits held against visits expected, and the next visit due.
# bussbygg-ab: 10 weeks into phase 1, 5 visits expected, 2 held; the last on
# 2026-10-06, so the next fell due on 2026-10-20 and is overdue since 2026-10-28.
# akerlunds-plat-smide-ab: 6 weeks in, 3 expected, 2 held (both on 2026-10-19).

$ plift phase status
COMPANY                  PHASE   #  STARTED     PLANNED END  DAYS LEFT  DONE  OF  HELD  EXPECTED  NEXT VISIT  OPEN ITEMS
akerlunds-plat-smide-ab  vision  1  2026-10-05  2026-12-13          27     0   7     2         3  2026-11-02  challenges, customer-needs, employee-attitudes, lean-status, pulse-rhythm, guiding-principles, organise-phase-2
bussbygg-ab              vision  1  2026-09-07  2026-11-15          -1     0   7     2         5  2026-10-20  challenges, customer-needs, employee-attitudes, lean-status, pulse-rhythm, guiding-principles, organise-phase-2

$ plift phase status bussbygg-ab
company:      Bussbygg AB (bussbygg-ab)
phase:        1 of 3: Shared vision and driving force (vision)
started:      2026-09-07
planned end:  2026-11-15 (1 day past its planned end)
checklist:    0 of 7 done
visits:       2 held, 5 expected so far
next visit:   2026-10-20, overdue since 2026-10-28 (last visit 2026-10-06)

ITEM                TITLE                                                           DONE
challenges          Describe challenges, ambitions and key figures                  -
customer-needs      Investigate customer needs and expectations                     -
employee-attitudes  Map employees' attitudes and expectations                       -
lean-status         Map Lean status                                                 -
pulse-rhythm        Establish a progress rhythm with pulse meeting and pulse board  -
guiding-principles  Write guiding principles                                        -
organise-phase-2    Organise phase 2                                                -

# A visit today puts it back on track.
$ plift visit log bussbygg-ab -q
$ plift phase status bussbygg-ab --format md
- **company:** Bussbygg AB (bussbygg-ab)
- **phase:** 1 of 3: Shared vision and driving force (vision)
- **started:** 2026-09-07
- **planned end:** 2026-11-15 (1 day past its planned end)
- **checklist:** 0 of 7 done
- **visits:** 3 held, 5 expected so far
- **next visit:** 2026-11-30 (last visit 2026-11-16)

## Checklist

| ITEM | TITLE | DONE |
| --- | --- | --- |
| challenges | Describe challenges, ambitions and key figures | - |
| customer-needs | Investigate customer needs and expectations | - |
| employee-attitudes | Map employees' attitudes and expectations | - |
| lean-status | Map Lean status | - |
| pulse-rhythm | Establish a progress rhythm with pulse meeting and pulse board | - |
| guiding-principles | Write guiding principles | - |
| organise-phase-2 | Organise phase 2 | - |

$ plift phase status bussbygg-ab --format json
{
  "company": "bussbygg-ab",
  "name": "Bussbygg AB",
  "phase": "vision",
  "phase_name": "Shared vision and driving force",
  "phase_number": 1,
  "phases": 3,
  "started": "2026-09-07",
  "planned_end": "2026-11-15",
  "days_left": -1,
  "overdue": true,
  "checklist_done": 0,
  "checklist_total": 7,
  "open_items": [
    "challenges",
    "customer-needs",
    "employee-attitudes",
    "lean-status",
    "pulse-rhythm",
    "guiding-principles",
    "organise-phase-2"
  ],
  "visits_held": 3,
  "visits_expected": 5,
  "last_visit": "2026-11-16",
  "next_visit_due": "2026-11-30",
  "visit_overdue": false,
  "checklist": [
    {
      "item": "challenges",
      "title": "Describe challenges, ambitions and key figures",
      "done": null
    },
    {
      "item": "customer-needs",
      "title": "Investigate customer needs and expectations",
      "done": null
    },
    {
      "item": "employee-attitudes",
      "title": "Map employees' attitudes and expectations",
      "done": null
    },
    {
      "item": "lean-status",
      "title": "Map Lean status",
      "done": null
    },
    {
      "item": "pulse-rhythm",
      "title": "Establish a progress rhythm with pulse meeting and pulse board",
      "done": null
    },
    {
      "item": "guiding-principles",
      "title": "Write guiding principles",
      "done": null
    },
    {
      "item": "organise-phase-2",
      "title": "Organise phase 2",
      "done": null
    }
  ]
}

$ plift phase status bussbygg-ab --format csv
company,name,phase,phase_name,phase_number,phases,started,planned_end,days_left,overdue,checklist_done,checklist_total,open_items,visits_held,visits_expected,last_visit,next_visit_due,visit_overdue\r (esc)
bussbygg-ab,Bussbygg AB,vision,Shared vision and driving force,1,3,2026-09-07,2026-11-15,-1,true,0,7,"challenges, customer-needs, employee-attitudes, lean-status, pulse-rhythm, guiding-principles, organise-phase-2",3,5,2026-11-16,2026-11-30,false\r (esc)

# Phase 3 expects no visits: no next visit, but the ones held still count.

$ plift -q phase advance akerlunds-plat-smide-ab --date 2026-11-02 --force --reason "test"
$ plift -q phase advance akerlunds-plat-smide-ab --date 2026-11-09 --force --reason "test"
$ plift phase status akerlunds-plat-smide-ab
company:      Åkerlunds Plåt & Smide AB (akerlunds-plat-smide-ab)
phase:        3 of 3: Line organisation (line)
started:      2026-11-09
planned end:  2027-05-30 (195 days left)
checklist:    0 of 1 done
visits:       2 held, 2 expected so far
next visit:   none expected in this phase (last visit 2026-10-19)

ITEM       TITLE                                                     DONE
anchoring  Broad anchoring and involvement in the line organisation  -

$ plift phase status --json
[
  {
    "company": "akerlunds-plat-smide-ab",
    "name": "Åkerlunds Plåt & Smide AB",
    "phase": "line",
    "phase_name": "Line organisation",
    "phase_number": 3,
    "phases": 3,
    "started": "2026-11-09",
    "planned_end": "2027-05-30",
    "days_left": 195,
    "overdue": false,
    "checklist_done": 0,
    "checklist_total": 1,
    "open_items": [
      "anchoring"
    ],
    "visits_held": 2,
    "visits_expected": 2,
    "last_visit": "2026-10-19",
    "next_visit_due": null,
    "visit_overdue": false
  },
  {
    "company": "bussbygg-ab",
    "name": "Bussbygg AB",
    "phase": "vision",
    "phase_name": "Shared vision and driving force",
    "phase_number": 1,
    "phases": 3,
    "started": "2026-09-07",
    "planned_end": "2026-11-15",
    "days_left": -1,
    "overdue": true,
    "checklist_done": 0,
    "checklist_total": 7,
    "open_items": [
      "challenges",
      "customer-needs",
      "employee-attitudes",
      "lean-status",
      "pulse-rhythm",
      "guiding-principles",
      "organise-phase-2"
    ],
    "visits_held": 3,
    "visits_expected": 5,
    "last_visit": "2026-11-16",
    "next_visit_due": "2026-11-30",
    "visit_overdue": false
  }
]

# Refused commands changed nothing.

$ sqlite3 plift.db .dump > before.sql
$ plift visit log bussbygg-ab --date 2026-09-21 >/dev/null 2>&1
[1]
$ plift visit log bussbygg-ab --mode hybrid >/dev/null 2>&1
[64]
$ plift visit log bussbygg-ab --coach nobody >/dev/null 2>&1
[1]
$ plift visit log nobody >/dev/null 2>&1
[1]
$ plift visit log bussbygg-ab --date 2026-01-01 >/dev/null 2>&1
[1]
$ plift visit log norrlands-tra-ab --date 2026-07-01 >/dev/null 2>&1
[1]
$ plift visit log dokka-gjuteri-ab --date 2026-10-06 >/dev/null 2>&1
[1]
$ plift visit log bussbygg-ab --date 2026-13-01 >/dev/null 2>&1
[64]
$ sqlite3 plift.db .dump > after.sql
$ cmp before.sql after.sql && echo unchanged
unchanged
