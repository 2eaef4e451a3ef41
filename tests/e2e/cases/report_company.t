# plift report company: one company's journey for its steering group, as md
# (English and Swedish), json and html (English and Swedish). Today is 2026-11-16; the company started a
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
- Coach: Eva Lind
- Journey started: 2025-11-17
- Status: active
- Current phase: Pilot
- Planned end of the journey: 2027-05-02

## Phases: planned and actual

| Phase | Planned start | Planned end | Started | Ended | Days late |
| --- | --- | --- | --- | --- | ---: |
| Shared vision and driving force | 2025-11-17 | 2026-02-08 | 2025-11-17 | 2026-02-02 | – |
| Pilot | 2026-02-02 | 2026-10-11 | 2026-02-02 | – | 36 |
| Line organisation | 2026-10-12 | 2027-05-02 | – | – | – |

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
- Coach: Eva Lind
- Resan startade: 2025-11-17
- Status: aktivt
- Nuvarande fas: Pilot
- Planerat slut på resan: 2027-05-02

## Faser: planerat och faktiskt

| Fas | Planerad start | Planerat slut | Påbörjad | Avslutad | Försenad (dagar) |
| --- | --- | --- | --- | --- | ---: |
| Shared vision and driving force | 2025-11-17 | 2026-02-08 | 2025-11-17 | 2026-02-02 | – |
| Pilot | 2026-02-02 | 2026-10-11 | 2026-02-02 | – | 36 |
| Line organisation | 2026-10-12 | 2027-05-02 | – | – | – |

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
    "planned_journey_end": "2027-05-02"
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
      "planned_start": "2026-02-02",
      "planned_end": "2026-10-11",
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
      "planned_start": "2026-10-12",
      "planned_end": "2027-05-02",
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
  },
  "acknowledged_findings": []
}

# -o writes the file (mode 0600); the same day gives the same bytes.

$ plift report company brodrene -o one.md
wrote one.md
$ plift report company brodrene -q -o two.md
$ cmp one.md two.md && stat -c %a one.md
600
$ plift report company brodrene | cmp - one.md
$ plift report company brodrene --format json > a.json && plift report company brodrene --format json | cmp - a.json

# html: one self-contained page (checked in parts: the whole page is large).
# The same bytes in the file (mode 0600) and on stdout.

$ plift report company brodrene --format html -o c.html
wrote c.html
$ plift report company brodrene --format html | cmp - c.html
$ stat -c %a c.html
600
$ head -c 15 c.html; echo
<!DOCTYPE html>
$ tail -1 c.html
</html>
$ grep -o '<html lang="[a-z]*">\|<h1>[^<]*</h1>\|<h2>[^<]*</h2>' c.html
<html lang="en">
<h1>Brødrene Midthaug AS: journey report</h1>
<h2>At a glance</h2>
<h2>Phases: planned and actual</h2>
<h2>Checklist</h2>
<h2>Coach visits</h2>
<h2>Pulse meetings</h2>
<h2>Key figures</h2>
<h2>Lean status assessments</h2>
<h2>Steering group</h2>
<h2>Lean course</h2>
<h2>Joint gatherings and seminars</h2>

# The key numbers at the top, and the facts under them.

$ grep -o '<div class="[a-z ]*">[^<]*</div><div class="label">[^<]*</div>' c.html | sed -E 's|<div class="[^"]*">([^<]*)</div><div class="label">([^<]*)</div>|\1 = \2|'
Pilot = Current phase · 36 days late
12 / 22 = Coach visits: held / expected by the cadence
Red = Latest pulse · 2026-11-02
2 / 2 = Course participants / quota
1 / 2 = Joint gatherings: attended / expected by now
3.29 = Mean score at the latest assessment · Baseline: 1.86
$ grep -o '<dt>[^<]*</dt><dd>[^<]*</dd>' c.html | sed -E 's|<dt>([^<]*)</dt><dd>([^<]*)</dd>|\1: \2|'
Region: Innlandet
Sector: wood
Employees: 80
Coach: Eva Lind
Journey started: 2025-11-17
Planned end of the journey: 2027-05-02
Status: active
Current phase: Pilot

# Three charts, each with a title for screen readers, and a trend line per key figure.

$ grep -o '<svg [^>]*id="[a-z]*"[^>]*><title[^>]*>[^<]*' c.html | sed -E 's|.*id="([a-z]*)".*>([^>]*)$|\1: \2|'
journey: Phases: planned and actual
visits: Coach visits
pulse: Pulse meetings
$ grep -o '<svg class="spark"[^>]*><title>[^<]*' c.html | sed 's|.*<title>||'
Delivery precision: 2025-12-01 82; 2026-10-01 79.5
Lead time: 2025-12-01 12; 2026-04-01 10.5; 2026-10-01 9
Scrap rate: 2025-12-01 0; 2026-10-01 1.2

# The journey chart: bars for the plan and what happened, the pilot's late days
# in red, the holiday weeks, the day the data stand as of.

$ grep 'id="journey"' c.html | grep -o '<rect [^>]*><title>[^<]*' | sed 's|.*<title>||'
holiday week: 2025-12-22 – 2025-12-28
holiday week: 2025-12-29 – 2026-01-04
holiday week: 2026-07-06 – 2026-07-12
holiday week: 2026-07-13 – 2026-07-19
holiday week: 2026-07-20 – 2026-07-26
holiday week: 2026-07-27 – 2026-08-02
holiday week: 2026-12-21 – 2026-12-27
holiday week: 2026-12-28 – 2027-01-03
holiday week: 2027-01-04 – 2027-01-10
Shared vision and driving force (planned): 2025-11-17 – 2026-02-08
Shared vision and driving force (actual): 2025-11-17 – 2026-02-01
Pilot (planned): 2026-02-02 – 2026-10-11
Pilot (actual): 2026-02-02 – 2026-11-16
Pilot: 36 days late
Line organisation (planned): 2026-10-12 – 2027-05-02
$ grep -o '<text [^>]*>[0-9]* days late</text>\|<title>Data as of [0-9-]*</title>' c.html | sed 's|<[^>]*>||g'
36 days late
Data as of 2026-11-16
Data as of 2026-11-16

# Visits held / expected per phase, and the pulse meetings by date.

$ grep -o '>[0-9]* / [0-9]*</text>' c.html | sed 's|^>||; s|</text>$||'
3 / 4
9 / 18
$ grep -o '<\(circle\|rect\|polygon\) [^>]*><title>20[^<]*' c.html | sed -E 's|<([a-z]*) .*<title>|\1 |'
circle 2025-12-08: Green
rect 2026-03-09: Yellow – Pilot area not chosen yet
circle 2026-06-01: Green
polygon 2026-11-02: Red – Machine breakdown | press

# The checklist with ticks, and the tables the Markdown report has.

$ grep -o '<p class="progress">[^<]*\|<span class="tick [a-z]*"' c.html
<p class="progress">7 of 7 done
<span class="tick done"
<span class="tick done"
<span class="tick done"
<span class="tick done"
<span class="tick done"
<span class="tick done"
<span class="tick done"
<p class="progress">1 of 2 done
<span class="tick done"
<span class="tick open"
<p class="progress">Not started yet.
$ grep -c '<table' c.html
7
$ grep -o '<p class="warn">[^<]*' c.html | sed 's|.*>||'
The union is not represented.

# Nothing is fetched: the only "http" is the SVG namespace; A4 print rules.

$ grep -o 'http[^"]*' c.html | sort | uniq -c | sed 's/^ *//'
3 http://www.w3.org/2000/svg
$ grep -Eic '<script|<link|<img|<iframe|@import|url\(' c.html
0
[1]
$ grep -o '@page { size: A4; margin: 15mm; }' c.html
@page { size: A4; margin: 15mm; }

# In Swedish: every heading and label, decimal commas.

$ plift report company brodrene --format html --lang sv > sv.html
$ grep -o '<html lang="[a-z]*">\|<h1>[^<]*</h1>\|<h2>[^<]*</h2>\|<figcaption>[^<]*' sv.html | sed 's|<figcaption>|caption: |'
<html lang="sv">
<h1>Brødrene Midthaug AS: företagsrapport</h1>
<h2>I korthet</h2>
<h2>Faser: planerat och faktiskt</h2>
caption: Faserna som de planerats (smala staplar: en påbörjad fas från dagen den började, de senare i följd efter den) mot faserna som de registrerats (breda staplar); rött visar dagarna efter fasens planerade slut. Grå band är semesterveckor och helgdagar, den streckade röda linjen är dagen uppgifterna gäller.
<h2>Checklista</h2>
<h2>Coachbesök</h2>
caption: Genomförda coachbesök (mörkt) mot de besök som besöksintervallet förväntar (ljust), per påbörjad fas.
<h2>Pulsmöten</h2>
caption: Varje pulsmöte efter datum: en grön cirkel, en gul kvadrat eller en röd triangel. Tabellen nedan visar anteckningarna.
<h2>Nyckeltal</h2>
<h2>Bedömningar av Lean-status</h2>
<h2>Styrgrupp</h2>
<h2>Leankurs</h2>
<h2>Gemensamma träffar och seminarier</h2>
$ grep -o '<div class="[a-z ]*">[^<]*</div><div class="label">[^<]*</div>' sv.html | sed -E 's|<div class="[^"]*">([^<]*)</div><div class="label">([^<]*)</div>|\1 = \2|'
Pilot = Nuvarande fas · 36 dagar försenad
12 / 22 = Coachbesök: genomförda / förväntade enligt besöksintervallet
Röd = Senaste puls · 2026-11-02
2 / 2 = Kursdeltagare / krav
1 / 2 = Gemensamma träffar: deltagit / förväntat hittills
3,29 = Medelpoäng vid den senaste bedömningen · Utgångsläge: 1,86
$ grep -o '<svg class="spark"[^>]*><title>[^<]*' sv.html | sed 's|.*<title>||'
Delivery precision: 2025-12-01 82; 2026-10-01 79,5
Lead time: 2025-12-01 12; 2026-04-01 10,5; 2026-10-01 9
Scrap rate: 2025-12-01 0; 2026-10-01 1,2
$ grep -o '<td class="num[a-z ]*">[^<]*' sv.html | sed 's|.*>||; s| $||' | paste -sd '|'
–|36|–|82|79,5|−3,0 %|12|9|−25,0 %|0|1,2|–|2|3|1|2|1|2|2|1,86|3|4|3|3|4|3|3|3,29|3|1
$ grep -o '[0-9]* dagar försenad\|<title>semestervecka[^<]*\|<p class="progress">[^<]*' sv.html | sed 's|<[^>]*>||' | sort -u
1 av 2 klara
36 dagar försenad
7 av 7 klara
Inte påbörjad ännu.
semestervecka: 2025-12-22 – 2025-12-28
semestervecka: 2025-12-29 – 2026-01-04
semestervecka: 2026-07-06 – 2026-07-12
semestervecka: 2026-07-13 – 2026-07-19
semestervecka: 2026-07-20 – 2026-07-26
semestervecka: 2026-07-27 – 2026-08-02
semestervecka: 2026-12-21 – 2026-12-27
semestervecka: 2026-12-28 – 2027-01-03
semestervecka: 2027-01-04 – 2027-01-10

# Refused: an unknown company, format or language; nothing changes.

$ sqlite3 plift.db .dump > before.sql
$ plift report company brodrene-midthaug
! plift: error: no company 'brodrene-midthaug'; known companies: brodrene, bussbygg
[1]
$ plift report company brodrne
! plift: error: no company 'brodrne' (did you mean 'brodrene'?); known companies: brodrene, bussbygg
[1]
$ plift report company brodrene --format csv
! plift: error: unknown --format 'csv' for report company: use md, json or html
[64]
$ plift report company brodrene --lang de
! plift: error: unknown --lang 'de': use en, sv or nb
[64]
$ plift report company
! plift: error: 'plift report company': KEY is required (see 'plift report company --help')
[64]
$ sqlite3 plift.db .dump | cmp - before.sql

# A hostile name and notes are only ever text on the page.

$ plift -q company add '<script>alert(1)</script> & "Co"' --key hostile --region Viken --sector metal --employees 9 --start 2026-09-07
hostile
$ plift -q pulse log hostile --status red --date 2026-10-05 --note '<img src=x onerror=alert(2)>'
$ plift -q steering add hostile --person '</td><b>Eve</b>' --role union
$ plift report company hostile --format html > h.html
$ grep -c '<script\|<img\|<b>' h.html
0
[1]
$ grep -o '&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;[^<]*' h.html
&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;: journey report
&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;: journey report
$ grep -o '&lt;img src=x onerror=alert(2)&gt;\|&lt;/td&gt;&lt;b&gt;Eve&lt;/b&gt;' h.html
&lt;img src=x onerror=alert(2)&gt;
&lt;img src=x onerror=alert(2)&gt;
&lt;/td&gt;&lt;b&gt;Eve&lt;/b&gt;
