# plift report company: one company's journey for its steering group, as md
# (English and Swedish) and json. Today is 2026-11-16; the company started a
# year ago.

$ plift init -q
$ plift -q coach add eva --name "Eva Lind" --org RISE
eva
$ plift -q company add "Brødrene Midthaug AS" --key brodrene --region Innlandet --sector wood --employees 80 --start 2025-11-17 --coach eva
brodrene
$ plift -q company add "Bussbygg AS" --key bussbygg --region Viken --sector metal --employees 40 --start 2026-08-03
bussbygg
$ for item in challenges customer-needs employee-attitudes lean-status pulse-rhythm guiding-principles organise-phase-2; do plift -q phase check brodrene $item --date 2026-01-26; done
$ plift -q phase advance brodrene --date 2026-02-02
$ plift -q phase check brodrene pilot-areas --date 2026-03-02
$ plift -q steering add brodrene --person "Kari Nord" --role management
$ plift -q steering add brodrene --person "Per Dal" --role employee
$ for d in 2025-12-01 2025-12-15 2026-01-19 2026-02-16 2026-03-16 2026-04-13 2026-05-11 2026-06-08 2026-08-17 2026-09-14 2026-10-12; do plift -q visit log brodrene --date $d; done
$ plift -q visit log brodrene --date 2026-11-09 --mode remote
$ plift -q pulse log brodrene --status green --date 2025-12-08
$ plift -q pulse log brodrene --status yellow --date 2026-03-09 --note "Pilot area not chosen yet"
$ plift -q pulse log brodrene --status green --date 2026-06-01
$ plift -q pulse log brodrene --status red --date 2026-11-02 --note "Machine breakdown | press"
$ plift -q training enroll brodrene --person "Kari Nord" --role manager --date 2026-01-12
$ plift -q training enroll brodrene --person "Ola Fag" --role union --date 2026-01-12
$ plift -q training enroll brodrene --person "Per Dal" --date 2026-01-12
$ plift -q training complete brodrene --person "Kari Nord" --date 2026-06-12
$ plift -q training drop brodrene --person "Per Dal" --date 2026-03-01
$ plift -q kpi record brodrene lead-time 12 --date 2025-12-01
$ plift -q kpi record brodrene lead-time 10.5 --date 2026-04-01
$ plift -q kpi record brodrene lead-time 9 --date 2026-10-01
$ plift -q kpi record brodrene delivery-precision 82 --date 2025-12-01
$ plift -q kpi record brodrene delivery-precision 79.5 --date 2026-10-01
$ plift -q kpi record brodrene scrap 0 --date 2025-12-01
$ plift -q kpi record brodrene scrap 1.2 --date 2026-10-01
$ plift -q assess brodrene --date 2025-12-10 leadership=2 customer-focus=3 flow=1 standardised-work=2 visual-management=1 continuous-improvement=2 employee-involvement=2
$ plift -q assess brodrene --date 2026-10-20 leadership=3 customer-focus=4 flow=3 standardised-work=3 visual-management=4 continuous-improvement=3 employee-involvement=3
$ plift -q gathering add spring --title "Spring gathering" --date 2026-04-22
spring
$ plift -q gathering add flow --title "Flow seminar" --date 2026-09-03 --kind seminar
flow
$ plift -q gathering attend spring brodrene --people 3
$ plift -q gathering attend flow brodrene

# Markdown is the default, in the programme's language.

$ plift report company brodrene
# Brødrene Midthaug AS: journey report

Lean production programme. Data as of 2026-11-16.

- Region: Innlandet
- Sector: wood
- Employees: 80
- Coach: eva
- Journey started: 2025-11-17
- Status: active
- Current phase: Pilot
- Planned end of the journey: 2027-05-09

## Phases: planned and actual

| Phase | Planned start | Planned end | Started | Finished | Days late |
| --- | --- | --- | --- | --- | ---: |
| Shared vision and driving force | 2025-11-17 | 2026-02-08 | 2025-11-17 | 2026-02-01 | – |
| Pilot | 2026-02-09 | 2026-10-18 | 2026-02-02 | – | 36 |
| Line organisation | 2026-10-19 | 2027-05-09 | – | – | – |

## Checklist

### Shared vision and driving force

- [x] Describe challenges, ambitions and key figures (2026-01-26)
- [x] Investigate customer needs and expectations (2026-01-26)
- [x] Map employees' attitudes and expectations (2026-01-26)
- [x] Map Lean status (2026-01-26)
- [x] Establish a progress rhythm with pulse meeting and pulse board (2026-01-26)
- [x] Write guiding principles (2026-01-26)
- [x] Organise phase 2 (2026-01-26)

### Pilot

- [x] Choose pilot area(s) (2026-03-02)
- [ ] Learn improvement tools in the pilot area

### Line organisation

Not started yet.

## Coach visits

- Visits held: 12
- Visits expected by the cadence: 22
- Last visit: 2026-11-09
- Next visit due: 2026-11-23

## Pulse meetings

| Date | Status | Note |
| --- | --- | --- |
| 2025-12-08 | Green | – |
| 2026-03-09 | Yellow | Pilot area not chosen yet |
| 2026-06-01 | Green | – |
| 2026-11-02 | Red | Machine breakdown \| press |

## Key figures

| Key figure | Baseline | Latest | Change | Improved | Trend |
| --- | ---: | ---: | ---: | --- | --- |
| Delivery precision (%) | 82 (2025-12-01) | 79.5 (2026-10-01) | -3.0% | no | █▁ |
| Lead time (days) | 12 (2025-12-01) | 9 (2026-10-01) | -25.0% | yes | █▅▁ |
| Scrap rate (%) | 0 (2025-12-01) | 1.2 (2026-10-01) | – | no | ▁█ |

## Lean status assessments

Each dimension is scored from 1 to 5.

| Date | leadership | customer-focus | flow | standardised-work | visual-management | continuous-improvement | employee-involvement | Mean |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| 2025-12-10 | 2 | 3 | 1 | 2 | 1 | 2 | 2 | 1.86 |
| 2026-10-20 | 3 | 4 | 3 | 3 | 4 | 3 | 3 | 3.29 |

## Steering group

| Name | Role |
| --- | --- |
| Kari Nord | Management |
| Per Dal | Employee |

The union is not represented.

## Lean course

Lean production, 7.5 credits. Participants counting towards the quota of 2: 2.

| Name | Role | Enrolled | Completed | Status |
| --- | --- | --- | --- | --- |
| Kari Nord | Manager | 2026-01-12 | 2026-06-12 | completed |
| Ola Fag | Union representative | 2026-01-12 | – | enrolled |
| Per Dal | Employee | 2026-01-12 | – | dropped out |

## Joint gatherings and seminars

Joint gatherings attended: 1 of 2 expected by now (3 over the whole journey).

| Date | Gathering | Kind | People |
| --- | --- | --- | ---: |
| 2026-04-22 | Spring gathering | Joint gathering | 3 |
| 2026-09-03 | Flow seminar | Seminar | 1 |

# The same in Swedish: every word, decimal commas.

$ plift report company brodrene --lang sv
# Brødrene Midthaug AS: företagsrapport

Lean production programme. Uppgifter per 2026-11-16.

- Region: Innlandet
- Bransch: wood
- Anställda: 80
- Coach: eva
- Resan startade: 2025-11-17
- Status: aktivt
- Nuvarande fas: Pilot
- Planerat slut på resan: 2027-05-09

## Faser: planerat och faktiskt

| Fas | Planerad start | Planerat slut | Påbörjad | Avslutad | Försenad (dagar) |
| --- | --- | --- | --- | --- | ---: |
| Shared vision and driving force | 2025-11-17 | 2026-02-08 | 2025-11-17 | 2026-02-01 | – |
| Pilot | 2026-02-09 | 2026-10-18 | 2026-02-02 | – | 36 |
| Line organisation | 2026-10-19 | 2027-05-09 | – | – | – |

## Checklista

### Shared vision and driving force

- [x] Describe challenges, ambitions and key figures (2026-01-26)
- [x] Investigate customer needs and expectations (2026-01-26)
- [x] Map employees' attitudes and expectations (2026-01-26)
- [x] Map Lean status (2026-01-26)
- [x] Establish a progress rhythm with pulse meeting and pulse board (2026-01-26)
- [x] Write guiding principles (2026-01-26)
- [x] Organise phase 2 (2026-01-26)

### Pilot

- [x] Choose pilot area(s) (2026-03-02)
- [ ] Learn improvement tools in the pilot area

### Line organisation

Inte påbörjad ännu.

## Coachbesök

- Genomförda besök: 12
- Förväntade besök enligt besöksintervallet: 22
- Senaste besök: 2026-11-09
- Nästa besök senast: 2026-11-23

## Pulsmöten

| Datum | Status | Anteckning |
| --- | --- | --- |
| 2025-12-08 | Grön | – |
| 2026-03-09 | Gul | Pilot area not chosen yet |
| 2026-06-01 | Grön | – |
| 2026-11-02 | Röd | Machine breakdown \| press |

## Nyckeltal

| Nyckeltal | Utgångsläge | Senaste | Förändring | Förbättrat | Trend |
| --- | ---: | ---: | ---: | --- | --- |
| Delivery precision (%) | 82 (2025-12-01) | 79,5 (2026-10-01) | −3,0 % | nej | █▁ |
| Lead time (days) | 12 (2025-12-01) | 9 (2026-10-01) | −25,0 % | ja | █▅▁ |
| Scrap rate (%) | 0 (2025-12-01) | 1,2 (2026-10-01) | – | nej | ▁█ |

## Bedömningar av Lean-status

Varje dimension bedöms från 1 till 5.

| Datum | leadership | customer-focus | flow | standardised-work | visual-management | continuous-improvement | employee-involvement | Medel |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| 2025-12-10 | 2 | 3 | 1 | 2 | 1 | 2 | 2 | 1,86 |
| 2026-10-20 | 3 | 4 | 3 | 3 | 4 | 3 | 3 | 3,29 |

## Styrgrupp

| Namn | Roll |
| --- | --- |
| Kari Nord | Ledning |
| Per Dal | Medarbetare |

Facket är inte representerat.

## Leankurs

Lean production, 7.5 credits. Deltagare som räknas mot kravet på 2: 2.

| Namn | Roll | Anmäld | Slutförd | Status |
| --- | --- | --- | --- | --- |
| Kari Nord | Chef | 2026-01-12 | 2026-06-12 | slutförd |
| Ola Fag | Facklig företrädare | 2026-01-12 | – | anmäld |
| Per Dal | Medarbetare | 2026-01-12 | – | hoppade av |

## Gemensamma träffar och seminarier

Gemensamma träffar som företaget deltagit i: 1 av 2 förväntade hittills (3 under hela resan).

| Datum | Träff | Typ | Personer |
| --- | --- | --- | ---: |
| 2026-04-22 | Spring gathering | Gemensam träff | 3 |
| 2026-09-03 | Flow seminar | Seminarium | 1 |

# table means md; a company just started has little to show.

$ plift report company bussbygg --format table --lang nb
# Bussbygg AS: bedriftsrapport

Lean production programme. Data per 2026-11-16.

- Region: Viken
- Bransje: metal
- Ansatte: 40
- Coach: (ingen coach)
- Reisen startet: 2026-08-03
- Status: aktiv
- Nåværende fase: Shared vision and driving force
- Planlagt slutt på reisen: 2028-01-23

## Faser: planlagt og faktisk

| Fase | Planlagt start | Planlagt slutt | Påbegynt | Avsluttet | Forsinket (dager) |
| --- | --- | --- | --- | --- | ---: |
| Shared vision and driving force | 2026-08-03 | 2026-10-11 | 2026-08-03 | – | 36 |
| Pilot | 2026-10-12 | 2027-06-13 | – | – | – |
| Line organisation | 2027-06-14 | 2028-01-23 | – | – | – |

## Sjekkliste

### Shared vision and driving force

- [ ] Describe challenges, ambitions and key figures
- [ ] Investigate customer needs and expectations
- [ ] Map employees' attitudes and expectations
- [ ] Map Lean status
- [ ] Establish a progress rhythm with pulse meeting and pulse board
- [ ] Write guiding principles
- [ ] Organise phase 2

### Pilot

Ikke påbegynt ennå.

### Line organisation

Ikke påbegynt ennå.

## Coachbesøk

- Gjennomførte besøk: 0
- Forventede besøk etter besøksfrekvensen: 7
- Siste besøk: –
- Neste besøk senest: 2026-08-16

## Pulsmøter

Ingen pulsmøter ennå.

## Nøkkeltall

Ingen nøkkeltall registrert ennå.

## Vurderinger av Lean-status

Ingen vurdering ennå.

## Styringsgruppe

Ingen medlemmer av styringsgruppen registrert ennå.

## Lean-kurs

Lean production, 7.5 credits. Deltakere som teller mot kravet på 2: 0.

Ingen kursdeltakere ennå.

## Fellessamlinger og seminarer

Fellessamlinger bedriften har deltatt på: 0 av 0 forventet så langt (3 i løpet av hele reisen).

Bedriften har ikke deltatt på noen samling ennå.

# json carries every field.

$ plift report company brodrene --format json
{
  "programme": "Lean production programme",
  "as_of": "2026-11-16",
  "company": {
    "key": "brodrene",
    "name": "Brødrene Midthaug AS",
    "org_number": null,
    "region": "Innlandet",
    "sector": "wood",
    "employees": 80,
    "coach": "eva",
    "start": "2025-11-17",
    "completed": null,
    "withdrawn": null,
    "withdraw_reason": null,
    "status": "active",
    "phase": "pilot",
    "planned_journey_end": "2027-05-09"
  },
  "phases": [
    {
      "phase": "vision",
      "name": "Shared vision and driving force",
      "weeks": 10,
      "planned_start": "2025-11-17",
      "planned_end": "2026-02-08",
      "started": "2025-11-17",
      "ended": "2026-02-02",
      "due": "2026-02-08",
      "days_late": null,
      "forced_reason": null,
      "checklist": [
        {
          "item": "challenges",
          "title": "Describe challenges, ambitions and key figures",
          "ticked": "2026-01-26"
        },
        {
          "item": "customer-needs",
          "title": "Investigate customer needs and expectations",
          "ticked": "2026-01-26"
        },
        {
          "item": "employee-attitudes",
          "title": "Map employees' attitudes and expectations",
          "ticked": "2026-01-26"
        },
        {
          "item": "lean-status",
          "title": "Map Lean status",
          "ticked": "2026-01-26"
        },
        {
          "item": "pulse-rhythm",
          "title": "Establish a progress rhythm with pulse meeting and pulse board",
          "ticked": "2026-01-26"
        },
        {
          "item": "guiding-principles",
          "title": "Write guiding principles",
          "ticked": "2026-01-26"
        },
        {
          "item": "organise-phase-2",
          "title": "Organise phase 2",
          "ticked": "2026-01-26"
        }
      ]
    },
    {
      "phase": "pilot",
      "name": "Pilot",
      "weeks": 32,
      "planned_start": "2026-02-09",
      "planned_end": "2026-10-18",
      "started": "2026-02-02",
      "ended": null,
      "due": "2026-10-11",
      "days_late": 36,
      "forced_reason": null,
      "checklist": [
        {
          "item": "pilot-areas",
          "title": "Choose pilot area(s)",
          "ticked": "2026-03-02"
        },
        {
          "item": "improvement-tools",
          "title": "Learn improvement tools in the pilot area",
          "ticked": null
        }
      ]
    },
    {
      "phase": "line",
      "name": "Line organisation",
      "weeks": 26,
      "planned_start": "2026-10-19",
      "planned_end": "2027-05-09",
      "started": null,
      "ended": null,
      "due": null,
      "days_late": null,
      "forced_reason": null,
      "checklist": [
        {
          "item": "anchoring",
          "title": "Broad anchoring and involvement in the line organisation",
          "ticked": null
        }
      ]
    }
  ],
  "visits": {
    "held": 12,
    "expected": 22,
    "last": "2026-11-09",
    "next_due": "2026-11-23",
    "visits": [
      {
        "date": "2025-12-01",
        "coach": "eva",
        "mode": "onsite",
        "note": null
      },
      {
        "date": "2025-12-15",
        "coach": "eva",
        "mode": "onsite",
        "note": null
      },
      {
        "date": "2026-01-19",
        "coach": "eva",
        "mode": "onsite",
        "note": null
      },
      {
        "date": "2026-02-16",
        "coach": "eva",
        "mode": "onsite",
        "note": null
      },
      {
        "date": "2026-03-16",
        "coach": "eva",
        "mode": "onsite",
        "note": null
      },
      {
        "date": "2026-04-13",
        "coach": "eva",
        "mode": "onsite",
        "note": null
      },
      {
        "date": "2026-05-11",
        "coach": "eva",
        "mode": "onsite",
        "note": null
      },
      {
        "date": "2026-06-08",
        "coach": "eva",
        "mode": "onsite",
        "note": null
      },
      {
        "date": "2026-08-17",
        "coach": "eva",
        "mode": "onsite",
        "note": null
      },
      {
        "date": "2026-09-14",
        "coach": "eva",
        "mode": "onsite",
        "note": null
      },
      {
        "date": "2026-10-12",
        "coach": "eva",
        "mode": "onsite",
        "note": null
      },
      {
        "date": "2026-11-09",
        "coach": "eva",
        "mode": "remote",
        "note": null
      }
    ]
  },
  "pulses": [
    {
      "date": "2025-12-08",
      "status": "green",
      "note": null
    },
    {
      "date": "2026-03-09",
      "status": "yellow",
      "note": "Pilot area not chosen yet"
    },
    {
      "date": "2026-06-01",
      "status": "green",
      "note": null
    },
    {
      "date": "2026-11-02",
      "status": "red",
      "note": "Machine breakdown | press"
    }
  ],
  "kpis": [
    {
      "kpi": "delivery-precision",
      "name": "Delivery precision",
      "unit": "%",
      "better": "higher",
      "baseline_date": "2025-12-01",
      "baseline": 82.0,
      "latest_date": "2026-10-01",
      "latest": 79.5,
      "change_pct": -3.0,
      "improved": false,
      "trend": "█▁",
      "values": [
        {
          "date": "2025-12-01",
          "value": 82.0
        },
        {
          "date": "2026-10-01",
          "value": 79.5
        }
      ]
    },
    {
      "kpi": "lead-time",
      "name": "Lead time",
      "unit": "days",
      "better": "lower",
      "baseline_date": "2025-12-01",
      "baseline": 12.0,
      "latest_date": "2026-10-01",
      "latest": 9.0,
      "change_pct": -25.0,
      "improved": true,
      "trend": "█▅▁",
      "values": [
        {
          "date": "2025-12-01",
          "value": 12.0
        },
        {
          "date": "2026-04-01",
          "value": 10.5
        },
        {
          "date": "2026-10-01",
          "value": 9.0
        }
      ]
    },
    {
      "kpi": "scrap",
      "name": "Scrap rate",
      "unit": "%",
      "better": "lower",
      "baseline_date": "2025-12-01",
      "baseline": 0.0,
      "latest_date": "2026-10-01",
      "latest": 1.2,
      "change_pct": null,
      "improved": false,
      "trend": "▁█",
      "values": [
        {
          "date": "2025-12-01",
          "value": 0.0
        },
        {
          "date": "2026-10-01",
          "value": 1.2
        }
      ]
    }
  ],
  "assessments": {
    "dimensions": [
      "leadership",
      "customer-focus",
      "flow",
      "standardised-work",
      "visual-management",
      "continuous-improvement",
      "employee-involvement"
    ],
    "scale_min": 1,
    "scale_max": 5,
    "assessments": [
      {
        "date": "2025-12-10",
        "scores": {
          "leadership": 2,
          "customer-focus": 3,
          "flow": 1,
          "standardised-work": 2,
          "visual-management": 1,
          "continuous-improvement": 2,
          "employee-involvement": 2
        },
        "mean": 1.86
      },
      {
        "date": "2026-10-20",
        "scores": {
          "leadership": 3,
          "customer-focus": 4,
          "flow": 3,
          "standardised-work": 3,
          "visual-management": 4,
          "continuous-improvement": 3,
          "employee-involvement": 3
        },
        "mean": 3.29
      }
    ]
  },
  "steering": {
    "members": [
      {
        "person": "Kari Nord",
        "role": "management"
      },
      {
        "person": "Per Dal",
        "role": "employee"
      }
    ],
    "gaps": [
      "union"
    ]
  },
  "training": {
    "course": "Lean production, 7.5 credits",
    "quota": 2,
    "counting": 2,
    "participants": [
      {
        "person": "Kari Nord",
        "role": "manager",
        "enrolled": "2026-01-12",
        "completed": "2026-06-12",
        "dropped": null,
        "status": "completed"
      },
      {
        "person": "Ola Fag",
        "role": "union",
        "enrolled": "2026-01-12",
        "completed": null,
        "dropped": null,
        "status": "enrolled"
      },
      {
        "person": "Per Dal",
        "role": "employee",
        "enrolled": "2026-01-12",
        "completed": null,
        "dropped": "2026-03-01",
        "status": "dropped"
      }
    ]
  },
  "gatherings": {
    "joint_attended": 1,
    "joint_expected": 2,
    "joint_per_company": 3,
    "attended": [
      {
        "key": "spring",
        "title": "Spring gathering",
        "date": "2026-04-22",
        "kind": "joint",
        "people": 3
      },
      {
        "key": "flow",
        "title": "Flow seminar",
        "date": "2026-09-03",
        "kind": "seminar",
        "people": 1
      }
    ]
  }
}

# -o writes the file (mode 0600); the same day gives the same bytes.

$ plift report company brodrene -o one.md
wrote one.md
$ plift report company brodrene -q -o two.md
$ cmp one.md two.md && stat -c %a one.md
600
$ plift report company brodrene | cmp - one.md
$ plift report company brodrene --format json > a.json && plift report company brodrene --format json | cmp - a.json

# Refused: an unknown company, format or language; nothing changes.

$ sqlite3 plift.db .dump > before.sql
$ plift report company brodrene-midthaug
! plift: error: no company 'brodrene-midthaug'; known companies: brodrene, bussbygg
[1]
$ plift report company brodrne
! plift: error: no company 'brodrne' (did you mean 'brodrene'?); known companies: brodrene, bussbygg
[1]
$ plift report company brodrene --format csv
! plift: error: unknown --format 'csv' for report company: use md or json
[64]
$ plift report company brodrene --lang de
! plift: error: unknown --lang 'de': use en, sv or nb
[64]
$ plift report company
! plift: error: 'plift report company': KEY is required (see 'plift report company --help')
[64]
$ sqlite3 plift.db .dump | cmp - before.sql
