# Checklists and phase moves. Today is 2026-11-16.
# Phase 1 "vision" is 10 weeks; holiday weeks 28-31, 52, 53 and 1 are skipped.

$ plift init -q
$ plift company add "Dokka Fasteners AS" --region Innlandet --sector metal --employees 70 --start 2026-05-04
dokka-fasteners-as

$ plift phase status dokka-fasteners-as
company:      Dokka Fasteners AS (dokka-fasteners-as)
phase:        1 of 3: Shared vision and driving force (vision)
started:      2026-05-04
planned end:  2026-08-09 (99 days past its planned end)
checklist:    0 of 7 done
visits:       0 held, 12 expected so far
next visit:   2026-05-17, overdue since 2026-05-25 (no visit yet)

ITEM                TITLE                                                           DONE
challenges          Describe challenges, ambitions and key figures                  -
customer-needs      Investigate customer needs and expectations                     -
employee-attitudes  Map employees' attitudes and expectations                       -
lean-status         Map Lean status                                                 -
pulse-rhythm        Establish a progress rhythm with pulse meeting and pulse board  -
guiding-principles  Write guiding principles                                        -
organise-phase-2    Organise phase 2                                                -

$ plift phase check dokka-fasteners-as challenges --date 2026-05-20
dokka-fasteners-as: ticked 'challenges' on 2026-05-20 (1 of 7 done in phase 'vision')

$ plift phase check dokka-fasteners-as challenges
dokka-fasteners-as: 'challenges' was already ticked on 2026-05-20

$ plift phase check dokka-fasteners-as challenge
! plift: error: no checklist item 'challenge' (did you mean 'challenges'?); the items of dokka-fasteners-as's current phase are: challenges, customer-needs, employee-attitudes, lean-status, pulse-rhythm, guiding-principles, organise-phase-2
[1]

$ plift phase check dokka-fasteners-as pilot-areas
! plift: error: checklist item 'pilot-areas' belongs to phase 'pilot', which dokka-fasteners-as has not reached
[1]

$ plift phase check dokka-fasteners-as lean-status --date 2026-04-01
! plift: error: the date 2026-04-01 is before dokka-fasteners-as started the programme on 2026-05-04
[1]

$ plift phase check dokka-fasteners-as lean-status --date 2026-12-01
! plift: error: the date 2026-12-01 is in the future (today is 2026-11-16)
[1]

$ plift phase check nobody challenges
! plift: error: no company 'nobody'; known companies: dokka-fasteners-as
[1]

# Advancing with open items is refused and names them; nothing changes.

$ plift phase advance dokka-fasteners-as --date 2026-09-07
! plift: error: cannot advance dokka-fasteners-as from phase 'vision': 6 checklist items are open: customer-needs (Investigate customer needs and expectations), employee-attitudes (Map employees' attitudes and expectations), lean-status (Map Lean status), pulse-rhythm (Establish a progress rhythm with pulse meeting and pulse board), guiding-principles (Write guiding principles), organise-phase-2 (Organise phase 2); tick them with 'plift phase check dokka-fasteners-as ITEM', or move on anyway with --force --reason TEXT
[1]

$ plift phase advance dokka-fasteners-as --force --date 2026-09-07
! plift: error: --force needs --reason TEXT saying why the phase moves on with open items
[64]

$ plift phase advance dokka-fasteners-as --reason "why" --date 2026-09-07
! plift: error: --reason goes with --force
[64]

$ plift phase status --format csv
company,name,phase,phase_name,phase_number,phases,started,planned_end,days_left,overdue,checklist_done,checklist_total,open_items,visits_held,visits_expected,last_visit,next_visit_due,visit_overdue\r (esc)
dokka-fasteners-as,Dokka Fasteners AS,vision,Shared vision and driving force,1,3,2026-05-04,2026-08-09,-99,true,1,7,"customer-needs, employee-attitudes, lean-status, pulse-rhythm, guiding-principles, organise-phase-2",0,12,,2026-05-17,true\r (esc)

$ for item in customer-needs employee-attitudes lean-status pulse-rhythm guiding-principles organise-phase-2; do plift -q phase check dokka-fasteners-as $item --date 2026-08-31; done
$ plift phase uncheck dokka-fasteners-as organise-phase-2
dokka-fasteners-as: unticked 'organise-phase-2' in phase 'vision'

$ plift phase uncheck dokka-fasteners-as organise-phase-2
! plift: error: dokka-fasteners-as: checklist item 'organise-phase-2' is not ticked
[1]

$ plift phase advance dokka-fasteners-as --date 2026-09-07
! plift: error: cannot advance dokka-fasteners-as from phase 'vision': 1 checklist item is open: organise-phase-2 (Organise phase 2); tick it with 'plift phase check dokka-fasteners-as ITEM', or move on anyway with --force --reason TEXT
[1]

$ plift phase check dokka-fasteners-as organise-phase-2 --date 2026-09-01
dokka-fasteners-as: ticked 'organise-phase-2' on 2026-09-01 (7 of 7 done in phase 'vision')

$ plift phase advance dokka-fasteners-as --date 2026-05-04
! plift: error: cannot advance dokka-fasteners-as on 2026-05-04: phase 'vision' started on 2026-05-04; the move must come after that
[1]

$ plift phase advance dokka-fasteners-as --date 2026-09-07
dokka-fasteners-as: phase 'vision' → 'pilot' on 2026-09-07 (planned end 2027-05-09)

$ plift phase status
COMPANY             PHASE  #  STARTED     PLANNED END  DAYS LEFT  DONE  OF  HELD  EXPECTED  NEXT VISIT  OPEN ITEMS
dokka-fasteners-as  pilot  2  2026-09-07  2027-05-09         174     0   2     0        12  2026-05-17  pilot-areas, improvement-tools

$ plift phase status --json
[
  {
    "company": "dokka-fasteners-as",
    "name": "Dokka Fasteners AS",
    "phase": "pilot",
    "phase_name": "Pilot",
    "phase_number": 2,
    "phases": 3,
    "started": "2026-09-07",
    "planned_end": "2027-05-09",
    "days_left": 174,
    "overdue": false,
    "checklist_done": 0,
    "checklist_total": 2,
    "open_items": [
      "pilot-areas",
      "improvement-tools"
    ],
    "visits_held": 0,
    "visits_expected": 12,
    "last_visit": null,
    "next_visit_due": "2026-05-17",
    "visit_overdue": true
  }
]

# Late ticks for an earlier phase are still accepted; a forced move keeps its reason.

$ plift phase check dokka-fasteners-as pilot-areas --date 2026-09-07
dokka-fasteners-as: ticked 'pilot-areas' on 2026-09-07 (1 of 2 done in phase 'pilot')

$ plift phase advance dokka-fasteners-as --date 2026-10-05
! plift: error: cannot advance dokka-fasteners-as from phase 'pilot': 1 checklist item is open: improvement-tools (Learn improvement tools in the pilot area); tick it with 'plift phase check dokka-fasteners-as ITEM', or move on anyway with --force --reason TEXT
[1]

$ plift phase advance dokka-fasteners-as --date 2026-10-05 --force --reason "Pilot results good enough; the board decided to broaden"
dokka-fasteners-as: phase 'pilot' → 'line' on 2026-10-05 (planned end 2027-04-25)

$ plift phase advance dokka-fasteners-as --date 2026-11-16 --force --reason "Early completion"
dokka-fasteners-as: completed the programme on 2026-11-16

$ plift company show dokka-fasteners-as --format md
# Dokka Fasteners AS

- **key:** dokka-fasteners-as
- **name:** Dokka Fasteners AS
- **region:** Innlandet
- **sector:** metal
- **employees:** 70
- **start:** 2026-05-04
- **status:** completed on 2026-11-16
- **journey:** planned to end 2027-04-25
- **coach:** -
- **visits:** 0 held, 9 expected
- **steering group:** 0 members; missing management, union
- **Lean course:** 0 of 2 participants
- **gatherings:** 0 of 3 joint gatherings attended (1 expected by now)

## Phases

| PHASE | NAME | STARTED | PLANNED END | ENDED | FORCED |
| --- | --- | --- | --- | --- | --- |
| vision | Shared vision and driving force | 2026-05-04 | 2026-08-09 | 2026-09-07 | - |
| pilot | Pilot | 2026-09-07 | 2027-05-09 | 2026-10-05 | Pilot results good enough; the board decided to broaden |
| line | Line organisation | 2026-10-05 | 2027-04-25 | 2026-11-16 | Early completion |

## Checklist

| PHASE | ITEM | TITLE | DONE |
| --- | --- | --- | --- |
| vision | challenges | Describe challenges, ambitions and key figures | 2026-05-20 |
| vision | customer-needs | Investigate customer needs and expectations | 2026-08-31 |
| vision | employee-attitudes | Map employees' attitudes and expectations | 2026-08-31 |
| vision | lean-status | Map Lean status | 2026-08-31 |
| vision | pulse-rhythm | Establish a progress rhythm with pulse meeting and pulse board | 2026-08-31 |
| vision | guiding-principles | Write guiding principles | 2026-08-31 |
| vision | organise-phase-2 | Organise phase 2 | 2026-09-01 |
| pilot | pilot-areas | Choose pilot area(s) | 2026-09-07 |
| pilot | improvement-tools | Learn improvement tools in the pilot area | - |
| line | anchoring | Broad anchoring and involvement in the line organisation | - |

## Timeline

| DATE | KIND | WHAT |
| --- | --- | --- |
| 2026-05-04 | phase | entered phase 1: Shared vision and driving force (vision), planned to end 2026-08-09 |
| 2026-05-20 | checklist | ticked 'challenges' in phase 'vision': Describe challenges, ambitions and key figures |
| 2026-08-31 | checklist | ticked 'customer-needs' in phase 'vision': Investigate customer needs and expectations |
| 2026-08-31 | checklist | ticked 'employee-attitudes' in phase 'vision': Map employees' attitudes and expectations |
| 2026-08-31 | checklist | ticked 'guiding-principles' in phase 'vision': Write guiding principles |
| 2026-08-31 | checklist | ticked 'lean-status' in phase 'vision': Map Lean status |
| 2026-08-31 | checklist | ticked 'pulse-rhythm' in phase 'vision': Establish a progress rhythm with pulse meeting and pulse board |
| 2026-09-01 | checklist | ticked 'organise-phase-2' in phase 'vision': Organise phase 2 |
| 2026-09-07 | phase | entered phase 2: Pilot (pilot), planned to end 2027-05-09 |
| 2026-09-07 | checklist | ticked 'pilot-areas' in phase 'pilot': Choose pilot area(s) |
| 2026-10-05 | phase | left phase 'pilot' with open checklist items: Pilot results good enough; the board decided to broaden |
| 2026-10-05 | phase | entered phase 3: Line organisation (line), planned to end 2027-04-25 |
| 2026-11-16 | phase | left phase 'line' with open checklist items: Early completion |
| 2026-11-16 | phase | completed the programme |

$ plift phase advance dokka-fasteners-as
! plift: error: cannot advance dokka-fasteners-as: it completed the programme on 2026-11-16
[1]

$ plift phase status dokka-fasteners-as
! plift: error: cannot show the phase of dokka-fasteners-as: it completed the programme on 2026-11-16
[1]

