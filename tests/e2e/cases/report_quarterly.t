# plift report quarterly: the quarter for the board, as md, json and csv.
# Today is 2026-11-16; 2026Q3 is reported as it stood on 2026-09-30.

$ plift init -q
$ sed -i 's/^regions = \[\]/regions = ["Innlandet", "Viken"]/' plift.toml
$ plift -q coach add eva --name "Eva Lind" --org RISE
eva
$ plift -q company add "Brødrene Midthaug AS" --key brodrene --region Innlandet --sector wood --employees 80 --start 2026-01-05 --coach eva
brodrene
$ for item in challenges customer-needs employee-attitudes lean-status pulse-rhythm guiding-principles organise-phase-2; do plift -q phase check brodrene $item --date 2026-03-02; done
$ plift -q phase advance brodrene --date 2026-03-16
$ plift -q steering add brodrene --person "Kari Nord" --role management
$ plift -q steering add brodrene --person "Ola Fag" --role union
$ for d in 2026-08-10 2026-08-24 2026-09-07; do plift -q visit log brodrene --date $d; done
$ plift -q pulse log brodrene --status yellow --date 2026-09-20
$ plift -q pulse log brodrene --status red --date 2026-10-05
$ plift -q training enroll brodrene --person "Kari Nord" --date 2026-02-01
$ plift -q training enroll brodrene --person "Per Dal" --date 2026-02-01
$ plift -q training complete brodrene --person "Kari Nord" --date 2026-08-15
$ plift -q kpi record brodrene lead-time 10 --date 2026-01-20
$ plift -q kpi record brodrene lead-time 8 --date 2026-09-01
$ plift -q company add "=Bussbygg AS" --key bussbygg --region Viken --sector metal --employees 40 --start 2026-08-03
bussbygg
$ plift -q pulse log bussbygg --status green --date 2026-09-10
$ plift -q kpi record bussbygg lead-time 20 --date 2026-08-10
$ plift -q kpi record bussbygg lead-time 25 --date 2026-09-15
$ plift -q company add "Sen Industri AB" --key sen --region Viken --sector wood --employees 60 --start 2026-10-05
sen
$ plift -q gathering add autumn --title "Autumn gathering" --date 2026-09-10
autumn
$ plift -q gathering attend autumn brodrene --people 2
$ plift -q gathering attend autumn bussbygg

# Markdown is the default.

$ plift report quarterly --quarter 2026Q3
# Quarterly report 2026Q3: Lean production programme

Period: 2026-07-01 to 2026-09-30. Data as of 2026-09-30. All regions.

## Portfolio

- Active companies at the end of the period: 2
- Started during the quarter: 1
- Completed during the quarter: 0
- Withdrawn during the quarter: 0
- Planned (not yet started): 1

| Phase | Active |
| --- | ---: |
| Shared vision and driving force | 1 |
| Pilot | 1 |
| Line organisation | 0 |

| Region | Active | Started | Completed | Withdrawn | Planned |
| --- | ---: | ---: | ---: | ---: | ---: |
| Innlandet | 1 | 0 | 0 | 0 | 0 |
| Viken | 1 | 1 | 0 | 0 | 1 |

## Coach visits

- Visits held: 3
- Visits expected by the cadence: 9
- Adherence: 33.3%

| Coach | Companies | Held | Expected | Adherence |
| --- | ---: | ---: | ---: | ---: |
| Eva Lind | 1 | 3 | 5 | 60.0% |
| (no coach) | 1 | 0 | 4 | 0.0% |

## Pulse meetings

Latest pulse status of the active companies:

- Green: 1
- Yellow: 1
- Red: 0
- No pulse meeting yet: 0

## Lean course

- Participants enrolled this quarter: 0
- Participants who completed the course this quarter: 1
- Participants enrolled in total: 2
- Participants who have completed the course in total: 1
- Active companies meeting the quota of 2 participants: 1 of 2

## Joint gatherings and seminars

- Joint gatherings held: 1
- Company attendances at them: 2
- Seminars held: 0
- Seminar participants: 0
- Companies reached by seminars: 0

## Key figures

| Key figure | Companies measured | Improved | Median change |
| --- | ---: | ---: | ---: |
| Delivery precision (%) | 0 | 0 | – |
| Lead time (days) | 2 | 1 | +2.5% |
| Productivity (value added per hour) | 0 | 0 | – |
| Scrap rate (%) | 0 | 0 | – |
| Sick leave (%) | 0 | 0 | – |

## Lean status assessments

- Companies assessed: 0
- Companies assessed again after the baseline: 0

## Risks

| Due | What |
| --- | --- |
| 2026-08-03 | The steering group at =Bussbygg AS has no management or union representative. |
| 2026-08-16 | No coach visit at =Bussbygg AS yet; the first was due on 2026-08-16. |
| 2026-09-21 | No coach visit at Brødrene Midthaug AS since 2026-09-07; the next was due on 2026-09-21. |
| 2026-09-24 | No pulse meeting logged at =Bussbygg AS since 2026-09-10; the next was due on 2026-09-24. |
| 2026-10-11 | Phase Shared vision and driving force at =Bussbygg AS is planned to end on 2026-10-11, in 11 days. |
| 2026-10-11 | 7 checklist items of phase Shared vision and driving force are still open at =Bussbygg AS (planned end 2026-10-11): Describe challenges, ambitions and key figures, Investigate customer needs and expectations, Map employees' attitudes and expectations, Map Lean status, Establish a progress rhythm with pulse meeting and pulse board, Write guiding principles, Organise phase 2. |

## Companies

| Company | Region | Status | Phase | Visits held/expected | Latest pulse | Key figure changes | Risks |
| --- | --- | --- | --- | ---: | --- | --- | ---: |
| Brødrene Midthaug AS | Innlandet | active | Pilot | 3/5 | Yellow | Lead time -20.0% | 1 |
| =Bussbygg AS | Viken | active | Shared vision and driving force | 0/4 | Green | Lead time +25.0% | 5 |

# JSON and CSV (with a byte order mark; the name starting with = is neutralised).

$ plift report quarterly --quarter 2026Q3 --format json
{
  "quarter": "2026Q3",
  "from": "2026-07-01",
  "to": "2026-09-30",
  "as_of": "2026-09-30",
  "region": null,
  "portfolio": {
    "active": 2,
    "by_phase": {
      "vision": 1,
      "pilot": 1,
      "line": 0
    },
    "started": 1,
    "completed": 0,
    "withdrawn": 0,
    "planned": 1,
    "by_region": [
      {
        "region": "Innlandet",
        "active": 1,
        "started": 0,
        "completed": 0,
        "withdrawn": 0,
        "planned": 0
      },
      {
        "region": "Viken",
        "active": 1,
        "started": 1,
        "completed": 0,
        "withdrawn": 0,
        "planned": 1
      }
    ]
  },
  "visits": {
    "held": 3,
    "expected": 9,
    "adherence_pct": 33.3,
    "by_coach": [
      {
        "coach": "eva",
        "name": "Eva Lind",
        "companies": 1,
        "held": 3,
        "expected": 5,
        "adherence_pct": 60.0
      },
      {
        "coach": null,
        "name": null,
        "companies": 1,
        "held": 0,
        "expected": 4,
        "adherence_pct": 0.0
      }
    ]
  },
  "pulse": {
    "green": 1,
    "yellow": 1,
    "red": 0,
    "none": 0
  },
  "training": {
    "enrolled_in_quarter": 0,
    "completed_in_quarter": 1,
    "enrolled_total": 2,
    "completed_total": 1,
    "quota": 2,
    "companies_active": 2,
    "companies_meeting_quota": 1
  },
  "gatherings": {
    "held": 1,
    "attendances": 2,
    "seminars": {
      "held": 0,
      "participants": 0,
      "companies_reached": 0
    }
  },
  "kpis": [
    {
      "kpi": "delivery-precision",
      "name": "Delivery precision",
      "unit": "%",
      "companies": 0,
      "improved": 0,
      "median_change_pct": null
    },
    {
      "kpi": "lead-time",
      "name": "Lead time",
      "unit": "days",
      "companies": 2,
      "improved": 1,
      "median_change_pct": 2.5
    },
    {
      "kpi": "productivity",
      "name": "Productivity",
      "unit": "value added per hour",
      "companies": 0,
      "improved": 0,
      "median_change_pct": null
    },
    {
      "kpi": "scrap",
      "name": "Scrap rate",
      "unit": "%",
      "companies": 0,
      "improved": 0,
      "median_change_pct": null
    },
    {
      "kpi": "sick-leave",
      "name": "Sick leave",
      "unit": "%",
      "companies": 0,
      "improved": 0,
      "median_change_pct": null
    }
  ],
  "assessments": {
    "companies_assessed": 0,
    "companies_reassessed": 0,
    "mean_baseline": null,
    "mean_latest": null,
    "mean_change": null
  },
  "risks": [
    {
      "kind": "steering-incomplete",
      "company": "bussbygg",
      "company_name": "=Bussbygg AS",
      "coach": null,
      "due": "2026-08-03",
      "days_overdue": 58,
      "message": "The steering group at =Bussbygg AS has no management or union representative."
    },
    {
      "kind": "visit-overdue",
      "company": "bussbygg",
      "company_name": "=Bussbygg AS",
      "coach": null,
      "due": "2026-08-16",
      "days_overdue": 45,
      "message": "No coach visit at =Bussbygg AS yet; the first was due on 2026-08-16."
    },
    {
      "kind": "visit-overdue",
      "company": "brodrene",
      "company_name": "Brødrene Midthaug AS",
      "coach": "eva",
      "due": "2026-09-21",
      "days_overdue": 9,
      "message": "No coach visit at Brødrene Midthaug AS since 2026-09-07; the next was due on 2026-09-21."
    },
    {
      "kind": "pulse-missing",
      "company": "bussbygg",
      "company_name": "=Bussbygg AS",
      "coach": null,
      "due": "2026-09-24",
      "days_overdue": 6,
      "message": "No pulse meeting logged at =Bussbygg AS since 2026-09-10; the next was due on 2026-09-24."
    },
    {
      "kind": "phase-ending",
      "company": "bussbygg",
      "company_name": "=Bussbygg AS",
      "coach": null,
      "due": "2026-10-11",
      "days_overdue": -11,
      "message": "Phase Shared vision and driving force at =Bussbygg AS is planned to end on 2026-10-11, in 11 days."
    },
    {
      "kind": "checklist-open",
      "company": "bussbygg",
      "company_name": "=Bussbygg AS",
      "coach": null,
      "due": "2026-10-11",
      "days_overdue": -11,
      "message": "7 checklist items of phase Shared vision and driving force are still open at =Bussbygg AS (planned end 2026-10-11): Describe challenges, ambitions and key figures, Investigate customer needs and expectations, Map employees' attitudes and expectations, Map Lean status, Establish a progress rhythm with pulse meeting and pulse board, Write guiding principles, Organise phase 2."
    }
  ],
  "companies": [
    {
      "key": "brodrene",
      "name": "Brødrene Midthaug AS",
      "region": "Innlandet",
      "coach": "eva",
      "status": "active",
      "phase": "pilot",
      "visits_held": 3,
      "visits_expected": 5,
      "pulse": "yellow",
      "pulse_date": "2026-09-20",
      "kpis": [
        {
          "kpi": "delivery-precision",
          "change_pct": null,
          "improved": null
        },
        {
          "kpi": "lead-time",
          "change_pct": -20.0,
          "improved": true
        },
        {
          "kpi": "productivity",
          "change_pct": null,
          "improved": null
        },
        {
          "kpi": "scrap",
          "change_pct": null,
          "improved": null
        },
        {
          "kpi": "sick-leave",
          "change_pct": null,
          "improved": null
        }
      ],
      "risks": [
        "visit-overdue"
      ]
    },
    {
      "key": "bussbygg",
      "name": "=Bussbygg AS",
      "region": "Viken",
      "coach": null,
      "status": "active",
      "phase": "vision",
      "visits_held": 0,
      "visits_expected": 4,
      "pulse": "green",
      "pulse_date": "2026-09-10",
      "kpis": [
        {
          "kpi": "delivery-precision",
          "change_pct": null,
          "improved": null
        },
        {
          "kpi": "lead-time",
          "change_pct": 25.0,
          "improved": false
        },
        {
          "kpi": "productivity",
          "change_pct": null,
          "improved": null
        },
        {
          "kpi": "scrap",
          "change_pct": null,
          "improved": null
        },
        {
          "kpi": "sick-leave",
          "change_pct": null,
          "improved": null
        }
      ],
      "risks": [
        "phase-ending",
        "checklist-open",
        "visit-overdue",
        "pulse-missing",
        "steering-incomplete"
      ]
    }
  ]
}
$ plift --format csv report quarterly --quarter 2026Q3 | od -c | head -1
0000000 357 273 277   k   e   y   ,   n   a   m   e   ,   r   e   g   i
$ plift --format csv report quarterly --quarter 2026Q3 | tail -c +4
key,name,region,coach,status,phase,visits_held,visits_expected,pulse,pulse_date,delivery_precision_change_pct,lead_time_change_pct,productivity_change_pct,scrap_change_pct,sick_leave_change_pct,risks\r (esc)
brodrene,Brødrene Midthaug AS,Innlandet,eva,active,pilot,3,5,yellow,2026-09-20,,-20.0,,,,visit-overdue\r (esc)
bussbygg,'=Bussbygg AS,Viken,,active,vision,0,4,green,2026-09-10,,25.0,,,,phase-ending checklist-open visit-overdue pulse-missing steering-incomplete\r (esc)

# table means md; the current quarter is the default and stands as of today.

$ plift --format table report quarterly | head -4
# Quarterly report 2026Q4: Lean production programme

Period: 2026-10-01 to 2026-12-31. Data as of 2026-11-16. All regions.
\

# Swedish and Norwegian: every label translated, decimal commas.

$ plift report quarterly --quarter 2026Q3 --lang sv
# Kvartalsrapport 2026Q3: Lean production programme

Period: 2026-07-01 till 2026-09-30. Uppgifter per 2026-09-30. Alla regioner.

## Portfölj

- Aktiva företag vid periodens slut: 2
- Startade under kvartalet: 1
- Avslutade under kvartalet: 0
- Avbrutna under kvartalet: 0
- Planerade (ännu inte startade): 1

| Fas | Aktiva |
| --- | ---: |
| Shared vision and driving force | 1 |
| Pilot | 1 |
| Line organisation | 0 |

| Region | Aktiva | Startade | Avslutade | Avbrutna | Planerade |
| --- | ---: | ---: | ---: | ---: | ---: |
| Innlandet | 1 | 0 | 0 | 0 | 0 |
| Viken | 1 | 1 | 0 | 0 | 1 |

## Coachbesök

- Genomförda besök: 3
- Förväntade besök enligt besöksintervallet: 9
- Måluppfyllelse: 33,3 %

| Coach | Företag | Genomförda | Förväntade | Måluppfyllelse |
| --- | ---: | ---: | ---: | ---: |
| Eva Lind | 1 | 3 | 5 | 60,0 % |
| (ingen coach) | 1 | 0 | 4 | 0,0 % |

## Pulsmöten

Senaste pulsstatus för de aktiva företagen:

- Grön: 1
- Gul: 1
- Röd: 0
- Inget pulsmöte ännu: 0

## Leankurs

- Deltagare som anmälts under kvartalet: 0
- Deltagare som slutfört kursen under kvartalet: 1
- Anmälda deltagare totalt: 2
- Deltagare som slutfört kursen totalt: 1
- Aktiva företag som uppfyller kravet på 2 deltagare: 1 av 2

## Gemensamma träffar och seminarier

- Genomförda gemensamma träffar: 1
- Företagens deltaganden i dem: 2
- Genomförda seminarier: 0
- Deltagare på seminarierna: 0
- Företag som seminarierna nådde: 0

## Nyckeltal

| Nyckeltal | Mätta företag | Förbättrade | Medianförändring |
| --- | ---: | ---: | ---: |
| Delivery precision (%) | 0 | 0 | – |
| Lead time (days) | 2 | 1 | +2,5 % |
| Productivity (value added per hour) | 0 | 0 | – |
| Scrap rate (%) | 0 | 0 | – |
| Sick leave (%) | 0 | 0 | – |

## Bedömningar av Lean-status

- Bedömda företag: 0
- Företag som bedömts igen efter utgångsläget: 0

## Risker

| Förfallodag | Vad |
| --- | --- |
| 2026-08-03 | Styrgruppen hos =Bussbygg AS saknar representant för ledningen och facket. |
| 2026-08-16 | Inget coachbesök hos =Bussbygg AS ännu; det första skulle ha skett senast 2026-08-16. |
| 2026-09-21 | Inget coachbesök hos Brødrene Midthaug AS sedan 2026-09-07; nästa besök skulle ha skett senast 2026-09-21. |
| 2026-09-24 | Inget pulsmöte registrerat hos =Bussbygg AS sedan 2026-09-10; nästa skulle ha hållits senast 2026-09-24. |
| 2026-10-11 | Fasen Shared vision and driving force hos =Bussbygg AS planeras avslutas 2026-10-11, om 11 dagar. |
| 2026-10-11 | 7 punkter på checklistan för fasen Shared vision and driving force är fortfarande öppna hos =Bussbygg AS (planerat slut 2026-10-11): Describe challenges, ambitions and key figures, Investigate customer needs and expectations, Map employees' attitudes and expectations, Map Lean status, Establish a progress rhythm with pulse meeting and pulse board, Write guiding principles, Organise phase 2. |

## Företag

| Företag | Region | Status | Fas | Besök genomförda/förväntade | Senaste puls | Förändring i nyckeltal | Risker |
| --- | --- | --- | --- | ---: | --- | --- | ---: |
| Brødrene Midthaug AS | Innlandet | aktivt | Pilot | 3/5 | Gul | Lead time −20,0 % | 1 |
| =Bussbygg AS | Viken | aktivt | Shared vision and driving force | 0/4 | Grön | Lead time +25,0 % | 5 |
$ plift report quarterly --quarter 2026Q3 --lang nb --region viken
# Kvartalsrapport 2026Q3: Lean production programme

Periode: 2026-07-01 til 2026-09-30. Data per 2026-09-30. Region: Viken.

## Portefølje

- Aktive bedrifter ved periodens slutt: 1
- Startet i kvartalet: 1
- Fullført i kvartalet: 0
- Trukket seg i kvartalet: 0
- Planlagt (ikke startet ennå): 1

| Fase | Aktive |
| --- | ---: |
| Shared vision and driving force | 1 |
| Pilot | 0 |
| Line organisation | 0 |

| Region | Aktive | Startet | Fullført | Trukket seg | Planlagte |
| --- | ---: | ---: | ---: | ---: | ---: |
| Viken | 1 | 1 | 0 | 0 | 1 |

## Coachbesøk

- Gjennomførte besøk: 0
- Forventede besøk etter besøksfrekvensen: 4
- Oppfyllelse: 0,0 %

| Coach | Bedrifter | Gjennomført | Forventet | Oppfyllelse |
| --- | ---: | ---: | ---: | ---: |
| (ingen coach) | 1 | 0 | 4 | 0,0 % |

## Pulsmøter

Siste pulsstatus for de aktive bedriftene:

- Grønn: 1
- Gul: 0
- Rød: 0
- Ingen pulsmøter ennå: 0

## Lean-kurs

- Deltakere påmeldt i kvartalet: 0
- Deltakere som fullførte kurset i kvartalet: 0
- Påmeldte deltakere totalt: 0
- Deltakere som har fullført kurset totalt: 0
- Aktive bedrifter som oppfyller kravet om 2 deltakere: 0 av 1

## Fellessamlinger og seminarer

- Gjennomførte fellessamlinger: 1
- Bedriftenes deltakelser på dem: 1
- Gjennomførte seminarer: 0
- Deltakere på seminarene: 0
- Bedrifter seminarene nådde: 0

## Nøkkeltall

| Nøkkeltall | Målte bedrifter | Forbedret | Medianendring |
| --- | ---: | ---: | ---: |
| Delivery precision (%) | 0 | 0 | – |
| Lead time (days) | 1 | 0 | +25,0 % |
| Productivity (value added per hour) | 0 | 0 | – |
| Scrap rate (%) | 0 | 0 | – |
| Sick leave (%) | 0 | 0 | – |

## Vurderinger av Lean-status

- Vurderte bedrifter: 0
- Bedrifter vurdert på nytt etter utgangspunktet: 0

## Risikoer

| Frist | Hva |
| --- | --- |
| 2026-08-03 | Styringsgruppen hos =Bussbygg AS mangler representant for ledelsen og fagforeningen. |
| 2026-08-16 | Ingen coachbesøk hos =Bussbygg AS ennå; det første skulle vært gjennomført innen 2026-08-16. |
| 2026-09-24 | Ingen pulsmøter registrert hos =Bussbygg AS siden 2026-09-10; neste skulle vært holdt innen 2026-09-24. |
| 2026-10-11 | Fasen Shared vision and driving force hos =Bussbygg AS er planlagt avsluttet 2026-10-11, om 11 dager. |
| 2026-10-11 | 7 punkter på sjekklisten for fasen Shared vision and driving force er fortsatt åpne hos =Bussbygg AS (planlagt slutt 2026-10-11): Describe challenges, ambitions and key figures, Investigate customer needs and expectations, Map employees' attitudes and expectations, Map Lean status, Establish a progress rhythm with pulse meeting and pulse board, Write guiding principles, Organise phase 2. |

## Bedrifter

| Bedrift | Region | Status | Fase | Besøk gjennomført/forventet | Siste puls | Endring i nøkkeltall | Risikoer |
| --- | --- | --- | --- | ---: | --- | --- | ---: |
| =Bussbygg AS | Viken | aktiv | Shared vision and driving force | 0/4 | Grønn | Lead time +25,0 % | 5 |

# One region.

$ plift report quarterly --quarter 2026Q3 --region Viken --json | head -20
{
  "quarter": "2026Q3",
  "from": "2026-07-01",
  "to": "2026-09-30",
  "as_of": "2026-09-30",
  "region": "Viken",
  "portfolio": {
    "active": 1,
    "by_phase": {
      "vision": 1,
      "pilot": 0,
      "line": 0
    },
    "started": 1,
    "completed": 0,
    "withdrawn": 0,
    "planned": 1,
    "by_region": [
      {
        "region": "Viken",

# -o writes the file with mode 0600; twice gives the same bytes.

$ plift report quarterly --quarter 2026Q3 -o q3.md
wrote q3.md
$ stat -c %a q3.md
600
$ plift -q --json report quarterly --quarter 2026Q3 -o a.json && plift -q --json report quarterly --quarter 2026Q3 -o b.json && cmp a.json b.json && ls
a.json
b.json
plift.db
plift.toml
q3.md
$ plift report quarterly --quarter 2026Q3 > out.md && cmp out.md q3.md

# Refused: an unknown region, a malformed or future quarter, an unknown language or format.

$ plift report quarterly --region Norrland
! plift: error: unknown region 'Norrland'; the programme's regions are: Innlandet, Viken
[1]
$ plift report quarterly --quarter 2026Q5
! plift: error: invalid quarter for --quarter: '2026Q5' (quarter 5 does not exist; use YYYYQn, e.g. 2026Q3)
[64]
$ plift report quarterly --quarter 2027Q1
! plift: error: quarter 2027Q1 has not begun yet (today is 2026-11-16); choose 2026Q4 or an earlier quarter
[1]
$ plift report quarterly --lang de
! plift: error: unknown --lang 'de': use en, sv or nb
[64]
$ plift --format pdf report quarterly
! plift: error: unknown --format 'pdf' for report quarterly: use md, json, csv or html
[64]
$ plift report
! plift: error: 'plift report' needs a command: quarterly, company (see 'plift report --help')
[64]
