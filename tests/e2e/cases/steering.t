# Steering groups: at least one management and one union member per company.
# Today is 2026-11-16.

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

# Adding members; each note says whether the group now meets the rule.

$ plift steering add bussbygg-as --person "Øystein Ødegård" --role employee
bussbygg-as: added Øystein Ødegård to the steering group as employee; missing: management, union
$ plift steering add bussbygg-as --person "Lise Bakken" --role management
bussbygg-as: added Lise Bakken to the steering group as management; missing: union
$ plift steering add bussbygg-as --person "Kari Nordmann" --role union
bussbygg-as: added Kari Nordmann to the steering group as union; management and union are represented
$ plift steering add bussbygg-as --person "Anders Ås" --role management
bussbygg-as: added Anders Ås to the steering group as management; management and union are represented
$ plift steering add akerlunds-plat-smide-ab --person "Åsa Ängström" --role union
akerlunds-plat-smide-ab: added Åsa Ängström to the steering group as union; missing: management
$ plift steering add dokka-fasteners-as --person "Kari Nordmann" --role management
dokka-fasteners-as: added Kari Nordmann to the steering group as management; missing: union

# Adding someone already in the group changes their role, or nothing.

$ plift steering add bussbygg-as --person "Øystein Ødegård" --role union
bussbygg-as: Øystein Ødegård's role in the steering group changed from employee to union; management and union are represented
$ plift steering add bussbygg-as --person "Øystein Ødegård" --role union
bussbygg-as: Øystein Ødegård is already in the steering group as union; nothing changed

# Listing: one company's group (management first) with the rule, or every group.

$ plift steering list bussbygg-as
ID  COMPANY      PERSON           ROLE
 4  bussbygg-as  Anders Ås        management
 2  bussbygg-as  Lise Bakken      management
 3  bussbygg-as  Kari Nordmann    union
 1  bussbygg-as  Øystein Ødegård  union

Composition rule met: management and union are represented
$ plift steering list akerlunds-plat-smide-ab
ID  COMPANY                  PERSON        ROLE
 5  akerlunds-plat-smide-ab  Åsa Ängström  union

Composition rule not met: missing management
$ plift steering list akerlunds-plat-smide-ab --format md
| ID | COMPANY | PERSON | ROLE |
| ---: | --- | --- | --- |
| 5 | akerlunds-plat-smide-ab | Åsa Ängström | union |

Composition rule not met: missing management
$ plift steering list framtid-ab
Composition rule not met: missing management and union
$ plift steering list
ID  COMPANY                  PERSON           ROLE
 5  akerlunds-plat-smide-ab  Åsa Ängström     union
 4  bussbygg-as              Anders Ås        management
 2  bussbygg-as              Lise Bakken      management
 3  bussbygg-as              Kari Nordmann    union
 1  bussbygg-as              Øystein Ødegård  union
 6  dokka-fasteners-as       Kari Nordmann    management

Active companies whose steering group lacks management or union: akerlunds-plat-smide-ab (management), dokka-fasteners-as (union)
$ plift steering list --format json
[
  {
    "id": 5,
    "company": "akerlunds-plat-smide-ab",
    "person": "Åsa Ängström",
    "role": "union"
  },
  {
    "id": 4,
    "company": "bussbygg-as",
    "person": "Anders Ås",
    "role": "management"
  },
  {
    "id": 2,
    "company": "bussbygg-as",
    "person": "Lise Bakken",
    "role": "management"
  },
  {
    "id": 3,
    "company": "bussbygg-as",
    "person": "Kari Nordmann",
    "role": "union"
  },
  {
    "id": 1,
    "company": "bussbygg-as",
    "person": "Øystein Ødegård",
    "role": "union"
  },
  {
    "id": 6,
    "company": "dokka-fasteners-as",
    "person": "Kari Nordmann",
    "role": "management"
  }
]
$ plift steering list bussbygg-as --format json
[
  {
    "id": 4,
    "company": "bussbygg-as",
    "person": "Anders Ås",
    "role": "management"
  },
  {
    "id": 2,
    "company": "bussbygg-as",
    "person": "Lise Bakken",
    "role": "management"
  },
  {
    "id": 3,
    "company": "bussbygg-as",
    "person": "Kari Nordmann",
    "role": "union"
  },
  {
    "id": 1,
    "company": "bussbygg-as",
    "person": "Øystein Ødegård",
    "role": "union"
  }
]
$ plift steering list bussbygg-as --format csv
id,company,person,role\r (esc)
4,bussbygg-as,Anders Ås,management\r (esc)
2,bussbygg-as,Lise Bakken,management\r (esc)
3,bussbygg-as,Kari Nordmann,union\r (esc)
1,bussbygg-as,Øystein Ødegård,union\r (esc)
$ plift steering list --format md
| ID | COMPANY | PERSON | ROLE |
| ---: | --- | --- | --- |
| 5 | akerlunds-plat-smide-ab | Åsa Ängström | union |
| 4 | bussbygg-as | Anders Ås | management |
| 2 | bussbygg-as | Lise Bakken | management |
| 3 | bussbygg-as | Kari Nordmann | union |
| 1 | bussbygg-as | Øystein Ødegård | union |
| 6 | dokka-fasteners-as | Kari Nordmann | management |

Active companies whose steering group lacks management or union: akerlunds-plat-smide-ab (management), dokka-fasteners-as (union)

# Removing members; the note warns when the group no longer meets the rule.

$ plift steering remove bussbygg-as --person "Kari Nordmann"
bussbygg-as: removed Kari Nordmann (union) from the steering group; management and union are represented
$ plift steering remove bussbygg-as --person "Øystein Ødegård"
bussbygg-as: removed Øystein Ødegård (union) from the steering group; missing: union
$ plift steering list bussbygg-as
ID  COMPANY      PERSON       ROLE
 4  bussbygg-as  Anders Ås    management
 2  bussbygg-as  Lise Bakken  management

Composition rule not met: missing union
$ plift steering remove bussbygg-as --person "Kari Nordmann"
! plift: error: no steering-group member 'Kari Nordmann' at bussbygg-as; its members: Anders Ås, Lise Bakken
[1]
$ plift steering remove bussbygg-as --person "anders ås"
bussbygg-as: removed Anders Ås (management) from the steering group; missing: union
$ plift steering remove framtid-ab --person "Kari Nordmann"
! plift: error: cannot change the steering group of framtid-ab: it starts on 2027-01-11
[1]
$ plift steering remove gamla-verkstan-ab --person "Kari Nordmann"
! plift: error: cannot change the steering group of gamla-verkstan-ab: it completed the programme on 2026-05-04
[1]

# Unknown companies are named with the known keys.

$ plift steering add bussbyg --person "Kari Nordmann" --role union
! plift: error: no company 'bussbyg' (did you mean 'bussbygg-as'?); known companies: akerlunds-plat-smide-ab, bussbygg-as, dokka-fasteners-as, framtid-ab, gamla-verkstan-ab
[1]
$ plift steering list dokka
! plift: error: no company 'dokka' (did you mean 'dokka-fasteners-as'?); known companies: akerlunds-plat-smide-ab, bussbygg-as, dokka-fasteners-as, framtid-ab, gamla-verkstan-ab
[1]
$ plift steering remove nowhere --person "Kari Nordmann"
! plift: error: no company 'nowhere'; known companies: akerlunds-plat-smide-ab, bussbygg-as, dokka-fasteners-as, framtid-ab, gamla-verkstan-ab
[1]

# Companies that have not started, have completed or have withdrawn take no changes;
# their groups can still be listed.

$ plift steering add framtid-ab --person "Nils Holm" --role union
! plift: error: cannot change the steering group of framtid-ab: it starts on 2027-01-11
[1]
$ plift steering add gamla-verkstan-ab --person "Nils Holm" --role union
! plift: error: cannot change the steering group of gamla-verkstan-ab: it completed the programme on 2026-05-04
[1]
$ plift company withdraw dokka-fasteners-as --date 2026-10-01 --reason "Konkurs"
dokka-fasteners-as withdrew on 2026-10-01
$ plift steering add dokka-fasteners-as --person "Nils Holm" --role union
! plift: error: cannot change the steering group of dokka-fasteners-as: it withdrew on 2026-10-01
[1]
$ plift steering remove dokka-fasteners-as --person "Kari Nordmann"
! plift: error: cannot change the steering group of dokka-fasteners-as: it withdrew on 2026-10-01
[1]
$ plift steering list dokka-fasteners-as
ID  COMPANY             PERSON         ROLE
 6  dokka-fasteners-as  Kari Nordmann  management

Composition rule not met: missing union
$ plift steering list
ID  COMPANY                  PERSON         ROLE
 5  akerlunds-plat-smide-ab  Åsa Ängström   union
 2  bussbygg-as              Lise Bakken    management
 6  dokka-fasteners-as       Kari Nordmann  management

Active companies whose steering group lacks management or union: akerlunds-plat-smide-ab (management), bussbygg-as (union)

# Values outside the list of roles, empty names, missing options.

$ plift steering add bussbygg-as --person "Nils Holm" --role chair
! plift: error: unknown --role 'chair': use management, union or employee
[64]
$ plift steering add bussbygg-as --person "Nils Holm" --role Management
! plift: error: unknown --role 'Management': use management, union or employee
[64]
$ plift steering add bussbygg-as --person "Nils Holm" --role manager
! plift: error: unknown --role 'manager': use management, union or employee
[64]
$ plift steering add bussbygg-as --person "" --role union
! plift: error: --person may not be empty; give the member's name
[64]
$ plift steering add bussbygg-as --person " " --role union
! plift: error: --person may not be empty; give the member's name
[64]
$ plift steering add bussbygg-as --person "Nils Holm"
! plift: error: 'plift steering add': --role is required (see 'plift steering add --help')
[64]
$ plift steering remove bussbygg-as --person ""
! plift: error: 'bussbygg-as' is no id: give the member's id, or the company key and --person NAME
[64]
$ plift steering remove bussbygg-as
! plift: error: 'bussbygg-as' is no id: give the member's id, or the company key and --person NAME
[64]

# -q silences the notes; names are kept exactly as typed.

$ plift -q steering add bussbygg-as --person "Nils Holm (klubbordförande)" --role union
$ plift steering list bussbygg-as --format json
[
  {
    "id": 2,
    "company": "bussbygg-as",
    "person": "Lise Bakken",
    "role": "management"
  },
  {
    "id": 7,
    "company": "bussbygg-as",
    "person": "Nils Holm (klubbordförande)",
    "role": "union"
  }
]

# Every refused command leaves the database as it was.

$ sqlite3 plift.db .dump > before.sql
$ plift steering add bussbyg --person "Nils Holm" --role union >/dev/null 2>&1
[1]
$ plift steering add bussbygg-as --person "Nils Holm" --role chair >/dev/null 2>&1
[64]
$ plift steering add bussbygg-as --person "" --role union >/dev/null 2>&1
[64]
$ plift steering add framtid-ab --person "Nils Holm" --role union >/dev/null 2>&1
[1]
$ plift steering add gamla-verkstan-ab --person "Nils Holm" --role union >/dev/null 2>&1
[1]
$ plift steering add dokka-fasteners-as --person "Nils Holm" --role union >/dev/null 2>&1
[1]
$ plift steering remove bussbygg-as --person "Nobody" >/dev/null 2>&1
[1]
$ plift steering remove dokka-fasteners-as --person "Kari Nordmann" >/dev/null 2>&1
[1]
$ plift steering remove bussbygg-as --person "" >/dev/null 2>&1
[64]
$ sqlite3 plift.db .dump > after.sql
$ cmp before.sql after.sql && echo unchanged
unchanged
