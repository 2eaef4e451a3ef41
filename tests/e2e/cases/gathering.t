# Joint gatherings and seminars, who attended them, and whether each company
# keeps up with its joint gatherings. Today is 2026-11-16 (PLIFT_TODAY).

$ plift init -q
$ plift gathering list

$ plift gathering attend kickoff-2026 bussbygg-as
! plift: error: no gathering 'kickoff-2026': there are no gatherings yet; add one with 'plift gathering add'
[1]

$ plift -q company add "Bussbygg AS" --region Innlandet --sector vehicles --employees 45 --start 2026-01-05
bussbygg-as
$ plift -q company add "Åkerlunds Plåt & Smide AB" --key akerlunds --region Västsverige --sector metal --employees 32 --start 2026-03-02
akerlunds
$ plift -q company add "Mekano Verkstad AB" --key mekano --region Småland --sector machining --employees 210 --start 2025-09-01
mekano
$ plift -q company add "Träform AB" --key traform --region Småland --sector wood --employees 18 --start 2026-02-02
traform
$ plift -q company withdraw traform --date 2026-06-01 --reason "Ägarbyte"
$ plift -q company add "Partner Plast AS" --key partner --region Innlandet --sector plastics --employees 60 --start 2027-01-04
partner

# Adding: joint is the default kind; planned gatherings may lie in the future.

$ plift gathering add kickoff-2026 --title "Uppstartsträff" --date 2026-02-10 --location "Jönköping"
kickoff-2026
$ plift gathering add spring-2026 --title "Vårträff: pulstavlor" --date 2026-W21-3 --location "Göteborg" --kind joint
spring-2026
$ plift gathering add autumn-2026 --title "Höstträff" --date 2026-10-14 --location "Hamar"
autumn-2026
$ plift gathering add spring-2027 --title "Vårträff 2027" --date 2027-03-10
spring-2027
$ plift gathering add frukost-nov --title "Digital frukost: visuell styrning" --date 2026-11-12 --kind seminar
frukost-nov
$ plift gathering add inspiration-sep --title "Inspirationsseminarium, Lean i små företag" --date 2026-09-08 --location "Växjö" --kind seminar
inspiration-sep

# Attending a joint gathering: enrolled companies whose journey includes its day.

$ plift gathering attend kickoff-2026 bussbygg-as --people 3
bussbygg-as attended kickoff-2026 on 2026-02-10 with 3 people
$ plift gathering attend kickoff-2026 mekano --people 2
mekano attended kickoff-2026 on 2026-02-10 with 2 people
$ plift gathering attend spring-2026 bussbygg-as --people 2
bussbygg-as attended spring-2026 on 2026-05-20 with 2 people
$ plift gathering attend spring-2026 akerlunds --people 4
akerlunds attended spring-2026 on 2026-05-20 with 4 people
$ plift gathering attend spring-2026 traform
traform attended spring-2026 on 2026-05-20 with 1 person
$ plift gathering attend autumn-2026 bussbygg-as --people 3
bussbygg-as attended autumn-2026 on 2026-10-14 with 3 people

# Attending again replaces the number.

$ plift gathering attend autumn-2026 bussbygg-as --people 5
bussbygg-as at autumn-2026: 5 people, replacing 3 people
$ plift gathering attend autumn-2026 bussbygg-as --people 5
bussbygg-as at autumn-2026: already recorded with 5 people

# An enrolled company may also be named exactly as it is called.

$ plift gathering attend autumn-2026 "Åkerlunds Plåt & Smide AB" --people 2
akerlunds attended autumn-2026 on 2026-10-14 with 2 people

# Seminars take enrolled companies (by key or exact name), guests from
# outside the programme, and head counts without a company.

$ plift gathering attend frukost-nov akerlunds --people 2
akerlunds attended frukost-nov on 2026-11-12 with 2 people
$ plift gathering attend frukost-nov "Bussbygg AS"
bussbygg-as attended frukost-nov on 2026-11-12 with 1 person
$ plift gathering attend frukost-nov "Volvo CE" --people 2
guest 'Volvo CE' attended frukost-nov on 2026-11-12 with 2 people
$ plift gathering attend frukost-nov "Volvo CE" --people 3
guest 'Volvo CE' at frukost-nov: 3 people, replacing 2 people
$ plift gathering attend frukost-nov --people 25
frukost-nov: 25 people counted without a company
$ plift gathering attend frukost-nov --people 5
frukost-nov: 5 people counted without a company
$ plift gathering attend inspiration-sep partner --people 2
partner attended inspiration-sep on 2026-09-08 with 2 people
$ plift gathering attend inspiration-sep mekano-ab
guest 'mekano-ab' attended inspiration-sep on 2026-09-08 with 1 person (did you mean 'mekano'?)
$ plift -q gathering attend inspiration-sep --people 40

# Listing in every format.

$ plift gathering list
KEY              DATE        KIND     TITLE                                       LOCATION   COMPANIES  PEOPLE
kickoff-2026     2026-02-10  joint    Uppstartsträff                              Jönköping          2       5
spring-2026      2026-05-20  joint    Vårträff: pulstavlor                        Göteborg           3       7
inspiration-sep  2026-09-08  seminar  Inspirationsseminarium, Lean i små företag  Växjö              2      43
autumn-2026      2026-10-14  joint    Höstträff                                   Hamar              2       7
frukost-nov      2026-11-12  seminar  Digital frukost: visuell styrning           -                  3      36
spring-2027      2027-03-10  joint    Vårträff 2027                               -                  0       0
$ plift gathering list --kind seminar --format md
| KEY | DATE | KIND | TITLE | LOCATION | COMPANIES | PEOPLE |
| --- | --- | --- | --- | --- | ---: | ---: |
| inspiration-sep | 2026-09-08 | seminar | Inspirationsseminarium, Lean i små företag | Växjö | 2 | 43 |
| frukost-nov | 2026-11-12 | seminar | Digital frukost: visuell styrning | - | 3 | 36 |
$ plift gathering list --since 2026-05-01 --until 2026-10-31 --format csv
key,title,date,location,kind,companies,people,attendance\r (esc)
spring-2026,Vårträff: pulstavlor,2026-05-20,Göteborg,joint,3,7,"[{""id"":3,""company"":""bussbygg-as"",""guest"":null,""people"":2},{""id"":4,""company"":""akerlunds"",""guest"":null,""people"":4},{""id"":5,""company"":""traform"",""guest"":null,""people"":1}]"\r (esc)
inspiration-sep,"Inspirationsseminarium, Lean i små företag",2026-09-08,Växjö,seminar,2,43,"[{""id"":13,""company"":""partner"",""guest"":null,""people"":2},{""id"":14,""company"":null,""guest"":""mekano-ab"",""people"":1},{""id"":15,""company"":null,""guest"":null,""people"":40}]"\r (esc)
autumn-2026,Höstträff,2026-10-14,Hamar,joint,2,7,"[{""id"":6,""company"":""bussbygg-as"",""guest"":null,""people"":5},{""id"":7,""company"":""akerlunds"",""guest"":null,""people"":2}]"\r (esc)
$ plift gathering list --kind joint --since 2026-10-01 --json
[
  {
    "key": "autumn-2026",
    "title": "Höstträff",
    "date": "2026-10-14",
    "location": "Hamar",
    "kind": "joint",
    "companies": 2,
    "people": 7,
    "attendance": [
      {
        "id": 6,
        "company": "bussbygg-as",
        "guest": null,
        "people": 5
      },
      {
        "id": 7,
        "company": "akerlunds",
        "guest": null,
        "people": 2
      }
    ]
  },
  {
    "key": "spring-2027",
    "title": "Vårträff 2027",
    "date": "2027-03-10",
    "location": null,
    "kind": "joint",
    "companies": 0,
    "people": 0,
    "attendance": []
  }
]

# One gathering.

$ plift gathering show frukost-nov
key:       frukost-nov
title:     Digital frukost: visuell styrning
date:      2026-11-12
location:  -
kind:      seminar
attended:  3 companies, 36 people

ID  COMPANY      GUEST     PEOPLE
 8  akerlunds    -              2
 9  bussbygg-as  -              1
10  -            Volvo CE       3
11  -            -             25
12  -            -              5
$ plift gathering show frukost-nov --format md
# Digital frukost: visuell styrning

- **key:** frukost-nov
- **title:** Digital frukost: visuell styrning
- **date:** 2026-11-12
- **location:** -
- **kind:** seminar
- **attended:** 3 companies, 36 people

## Attendance

| ID | COMPANY | GUEST | PEOPLE |
| ---: | --- | --- | ---: |
| 8 | akerlunds | - | 2 |
| 9 | bussbygg-as | - | 1 |
| 10 | - | Volvo CE | 3 |
| 11 | - | - | 25 |
| 12 | - | - | 5 |
$ plift gathering show autumn-2026 --json
{
  "key": "autumn-2026",
  "title": "Höstträff",
  "date": "2026-10-14",
  "location": "Hamar",
  "kind": "joint",
  "companies": 2,
  "people": 7,
  "attendance": [
    {
      "id": 6,
      "company": "bussbygg-as",
      "guest": null,
      "people": 5
    },
    {
      "id": 7,
      "company": "akerlunds",
      "guest": null,
      "people": 2
    }
  ]
}
$ plift gathering show spring-2027 --format csv
key,title,date,location,kind,companies,people,attendance\r (esc)
spring-2027,Vårträff 2027,2027-03-10,,joint,0,0,\r (esc)
$ plift gathering show spring-2027
key:       spring-2027
title:     Vårträff 2027
date:      2027-03-10
location:  -
kind:      joint
attended:  none yet (planned)

# Who keeps up: joint gatherings attended against [gatherings] per_company and
# what is expected by now. Only active companies are listed.

$ plift gathering status
COMPANY      ATTENDED  REQUIRED  EXPECTED  BEHIND
akerlunds           2         3         1  no
bussbygg-as         3         3         1  no
mekano              1         3         2  yes
$ plift gathering status --json
[
  {
    "company": "akerlunds",
    "name": "Åkerlunds Plåt & Smide AB",
    "status": "active",
    "attended": 2,
    "required": 3,
    "expected": 1,
    "behind": false
  },
  {
    "company": "bussbygg-as",
    "name": "Bussbygg AS",
    "status": "active",
    "attended": 3,
    "required": 3,
    "expected": 1,
    "behind": false
  },
  {
    "company": "mekano",
    "name": "Mekano Verkstad AB",
    "status": "active",
    "attended": 1,
    "required": 3,
    "expected": 2,
    "behind": true
  }
]
$ plift gathering status --format csv
company,name,status,attended,required,expected,behind\r (esc)
akerlunds,Åkerlunds Plåt & Smide AB,active,2,3,1,false\r (esc)
bussbygg-as,Bussbygg AS,active,3,3,1,false\r (esc)
mekano,Mekano Verkstad AB,active,1,3,2,true\r (esc)
$ plift gathering status --format md
| COMPANY | ATTENDED | REQUIRED | EXPECTED | BEHIND |
| --- | ---: | ---: | ---: | --- |
| akerlunds | 2 | 3 | 1 | no |
| bussbygg-as | 3 | 3 | 1 | no |
| mekano | 1 | 3 | 2 | yes |
$ plift gathering status bussbygg-as
company:   Bussbygg AS (bussbygg-as)
status:    active
attended:  3 of 3 joint gatherings
expected:  1 by now

DATE        GATHERING     KIND     TITLE                              PEOPLE
2026-02-10  kickoff-2026  joint    Uppstartsträff                          3
2026-05-20  spring-2026   joint    Vårträff: pulstavlor                    2
2026-10-14  autumn-2026   joint    Höstträff                               5
2026-11-12  frukost-nov   seminar  Digital frukost: visuell styrning       1
$ plift gathering status mekano --format md
- **company:** Mekano Verkstad AB (mekano)
- **status:** active
- **attended:** 1 of 3 joint gatherings
- **expected:** 2 by now: behind

## Gatherings attended

| DATE | GATHERING | KIND | TITLE | PEOPLE |
| --- | --- | --- | --- | ---: |
| 2026-02-10 | kickoff-2026 | joint | Uppstartsträff | 2 |
$ plift gathering status traform --json
{
  "company": "traform",
  "name": "Träform AB",
  "status": "withdrawn",
  "attended": 1,
  "required": 3,
  "expected": 0,
  "behind": false,
  "gatherings": [
    {
      "gathering": "spring-2026",
      "title": "Vårträff: pulstavlor",
      "date": "2026-05-20",
      "kind": "joint",
      "people": 1
    }
  ]
}
$ plift gathering status partner --format csv
company,name,status,attended,required,expected,behind\r (esc)
partner,Partner Plast AS,planned,0,3,0,false\r (esc)

# Refused: nothing changes.

$ sqlite3 plift.db .dump > before.sql

$ plift gathering add autumn-2026 --title "Höstträff igen" --date 2026-10-20
! plift: error: a gathering with key 'autumn-2026' already exists (Höstträff, 2026-10-14)
[1]
$ plift gathering add "Höst 2027" --title "Höstträff" --date 2027-10-20
! plift: error: invalid gathering key 'Höst 2027': use lower-case letters, digits and '-'
[64]
$ plift gathering add host-2027 --title "Höstträff" --date 2027-10-20 --kind party
! plift: error: unknown --kind 'party': use joint or seminar
[64]
$ plift gathering add host-2027 --title "Höstträff" --date 2027-13-20
! plift: error: invalid date for --date: '2027-13-20' (not a calendar date: month 13 does not exist; use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow)
[64]
$ plift gathering add host-2027 --title " " --date 2027-10-20
! plift: error: --title may not be empty
[64]
$ plift gathering attend autum-2026 bussbygg-as
! plift: error: no gathering 'autum-2026' (did you mean 'autumn-2026'?); known gatherings: autumn-2026, frukost-nov, inspiration-sep, kickoff-2026, spring-2026, spring-2027
[1]
$ plift gathering attend autumn-2026 bussbyg-as
! plift: error: no company 'bussbyg-as' (did you mean 'bussbygg-as'?); known companies: akerlunds, bussbygg-as, mekano, partner, traform (only seminars take guests from outside the programme)
[1]
$ plift gathering attend autumn-2026 "Volvo CE"
! plift: error: no company 'Volvo CE'; known companies: akerlunds, bussbygg-as, mekano, partner, traform (only seminars take guests from outside the programme)
[1]
$ plift gathering attend autumn-2026 --people 4
! plift: error: give the key of the company that attended: autumn-2026 is a joint gathering of enrolled companies
[64]
$ plift gathering attend kickoff-2026 akerlunds
! plift: error: joint gathering kickoff-2026 on 2026-02-10 is before akerlunds started the programme on 2026-03-02
[1]
$ plift gathering attend autumn-2026 traform
! plift: error: joint gathering autumn-2026 on 2026-10-14 is after traform withdrew on 2026-06-01
[1]
$ plift gathering attend autumn-2026 partner
! plift: error: joint gathering autumn-2026 on 2026-10-14 is before partner started the programme on 2027-01-04
[1]
$ plift gathering attend spring-2027 bussbygg-as
! plift: error: gathering spring-2027 takes place on 2027-03-10, after today (2026-11-16); record who came once it has taken place
[1]
$ plift gathering attend frukost-nov
! plift: error: give the company that attended, or --people N for a head count without a company
[64]
$ plift gathering attend frukost-nov "Volvo CE" --people 0
! plift: error: --people must be a whole number of at least 1, not 0
[64]
$ plift gathering attend frukost-nov "Volvo CE" --people -2
! plift: error: --people must be a whole number of at least 1, not -2
[64]
$ plift gathering attend frukost-nov "Volvo CE" --people many
! plift: error: --people takes a whole number, not 'many' (see 'plift gathering attend --help')
[64]
$ plift gathering attend frukost-nov ""
! plift: error: the company may not be empty
[64]
$ plift gathering list --kind party
! plift: error: unknown --kind 'party': use joint or seminar
[64]
$ plift gathering list --since 2026-12-01 --until 2026-01-01
! plift: error: --until 2026-01-01 is before --since 2026-12-01
[64]
$ plift gathering show autum-2026
! plift: error: no gathering 'autum-2026' (did you mean 'autumn-2026'?); known gatherings: autumn-2026, frukost-nov, inspiration-sep, kickoff-2026, spring-2026, spring-2027
[1]
$ plift gathering status bussbyg-as
! plift: error: no company 'bussbyg-as' (did you mean 'bussbygg-as'?); known companies: akerlunds, bussbygg-as, mekano, partner, traform
[1]

$ sqlite3 plift.db .dump > after.sql
$ cmp before.sql after.sql && echo unchanged
unchanged
