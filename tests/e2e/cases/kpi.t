# Key figures: recording values, replacing one, and baseline against latest.
# Today is 2026-11-16.

$ plift init -q
$ plift company add "Bussbygg AS" --region Innlandet --sector vehicles --employees 45 --start 2026-01-05 -q
bussbygg-as
$ plift company add "Åkerlunds Plåt & Smide AB" --region Västsverige --sector metal --employees 32 --start 2026-03-02 -q
akerlunds-plat-smide-ab
$ plift company add "Dokka Fiber AS" --region Innlandet --sector plastics --employees 60 --start 2026-01-05 -q
dokka-fiber-as
$ plift company withdraw dokka-fiber-as --date 2026-09-30 --reason "Sold to a group" -q
$ plift company add "Vargön Gjuteri AB" --region Västsverige --sector foundry --employees 80 --start 2025-01-06 -q
vargon-gjuteri-ab
$ plift -q phase advance vargon-gjuteri-ab --date 2025-03-17 --force --reason "test"
$ plift -q phase advance vargon-gjuteri-ab --date 2025-10-27 --force --reason "test"
$ plift -q phase advance vargon-gjuteri-ab --date 2026-05-04 --force --reason "test"

# A baseline early in phase 1, later values after it. Delivery precision and
# productivity are better higher; lead time, scrap and sick leave lower.

$ plift kpi record bussbygg-as delivery-precision 91.5 --date 2026-01-20
bussbygg-as: delivery-precision 91.5 % recorded for 2026-01-20

$ plift kpi record bussbygg-as delivery-precision 93 --date 2026-11-02
bussbygg-as: delivery-precision 93 % recorded for 2026-11-02

$ plift kpi record bussbygg-as lead-time 12 --date 2026-01-20
bussbygg-as: lead-time 12 days recorded for 2026-01-20

$ plift kpi record bussbygg-as lead-time 9,5 --date 2026-W45
bussbygg-as: lead-time 9.5 days recorded for 2026-11-02

$ plift kpi record bussbygg-as scrap 3.1 --date 2026-01-20
bussbygg-as: scrap 3.1 % recorded for 2026-01-20

$ plift kpi record bussbygg-as scrap 4.2
bussbygg-as: scrap 4.2 % recorded for 2026-11-16

$ plift kpi record bussbygg-as productivity 0 --date 2026-01-20
bussbygg-as: productivity 0 value added per hour recorded for 2026-01-20

$ plift kpi record bussbygg-as productivity 412 --date yesterday
bussbygg-as: productivity 412 value added per hour recorded for 2026-11-15

$ plift kpi record akerlunds-plat-smide-ab delivery-precision 88 --date 2026-03-10
akerlunds-plat-smide-ab: delivery-precision 88 % recorded for 2026-03-10

$ plift kpi record akerlunds-plat-smide-ab delivery-precision 84,25 --date 2026-10-05
akerlunds-plat-smide-ab: delivery-precision 84.25 % recorded for 2026-10-05

$ plift kpi record akerlunds-plat-smide-ab sick-leave 6.5 --date 2026-03-10
akerlunds-plat-smide-ab: sick-leave 6.5 % recorded for 2026-03-10

$ plift kpi record akerlunds-plat-smide-ab lead-time -3 --date 2026-03-10
akerlunds-plat-smide-ab: lead-time -3 days recorded for 2026-03-10

$ plift kpi record akerlunds-plat-smide-ab lead-time +2 --date 2026-04-10
akerlunds-plat-smide-ab: lead-time 2 days recorded for 2026-04-10

# A value recorded twice for the same day replaces the first, and says so.

$ plift kpi record bussbygg-as delivery-precision 93,5 --date 2026-11-02
bussbygg-as: delivery-precision replaced 93 % with 93.5 % for 2026-11-02

$ plift kpi record bussbygg-as delivery-precision 93.5 --date 2026-11-02
bussbygg-as: delivery-precision 93.5 % was already recorded for 2026-11-02

$ plift kpi record bussbygg-as delivery-precision 92 --date 2026-11-02 -q

# Values dated within a company's journey still count after it ended.

$ plift kpi record dokka-fiber-as scrap 2 --date 2026-02-02
dokka-fiber-as: scrap 2 % recorded for 2026-02-02

$ plift kpi record vargon-gjuteri-ab scrap 1.5 --date 2026-05-04
vargon-gjuteri-ab: scrap 1.5 % recorded for 2026-05-04

# One row per company and KPI, in the config's KPI order.

$ plift kpi list
COMPANY                  KPI                 BASELINE  BASELINE DATE  LATEST  LATEST DATE  CHANGE  CHANGE %  IMPROVED  UNIT
akerlunds-plat-smide-ab  delivery-precision        88  2026-03-10      84.25  2026-10-05    -3.75     -4.26  no        %
akerlunds-plat-smide-ab  lead-time                 -3  2026-03-10          2  2026-04-10        5    166.67  no        days
akerlunds-plat-smide-ab  sick-leave               6.5  2026-03-10        6.5  2026-03-10        0         0  -         %
bussbygg-as              delivery-precision      91.5  2026-01-20         92  2026-11-02      0.5      0.55  yes       %
bussbygg-as              lead-time                 12  2026-01-20        9.5  2026-11-02     -2.5    -20.83  yes       days
bussbygg-as              productivity               0  2026-01-20        412  2026-11-15      412         -  yes       value added per hour
bussbygg-as              scrap                    3.1  2026-01-20        4.2  2026-11-16      1.1     35.48  no        %
dokka-fiber-as           scrap                      2  2026-02-02          2  2026-02-02        0         0  -         %
vargon-gjuteri-ab        scrap                    1.5  2026-05-04        1.5  2026-05-04        0         0  -         %
$ plift kpi list --format json
[
  {
    "company": "akerlunds-plat-smide-ab",
    "kpi": "delivery-precision",
    "unit": "%",
    "better": "higher",
    "baseline": 88,
    "baseline_date": "2026-03-10",
    "latest": 84.25,
    "latest_date": "2026-10-05",
    "change": -3.75,
    "change_pct": -4.26136363636,
    "improved": false
  },
  {
    "company": "akerlunds-plat-smide-ab",
    "kpi": "lead-time",
    "unit": "days",
    "better": "lower",
    "baseline": -3,
    "baseline_date": "2026-03-10",
    "latest": 2,
    "latest_date": "2026-04-10",
    "change": 5,
    "change_pct": 166.666666667,
    "improved": false
  },
  {
    "company": "akerlunds-plat-smide-ab",
    "kpi": "sick-leave",
    "unit": "%",
    "better": "lower",
    "baseline": 6.5,
    "baseline_date": "2026-03-10",
    "latest": 6.5,
    "latest_date": "2026-03-10",
    "change": 0,
    "change_pct": 0,
    "improved": null
  },
  {
    "company": "bussbygg-as",
    "kpi": "delivery-precision",
    "unit": "%",
    "better": "higher",
    "baseline": 91.5,
    "baseline_date": "2026-01-20",
    "latest": 92,
    "latest_date": "2026-11-02",
    "change": 0.5,
    "change_pct": 0.546448087432,
    "improved": true
  },
  {
    "company": "bussbygg-as",
    "kpi": "lead-time",
    "unit": "days",
    "better": "lower",
    "baseline": 12,
    "baseline_date": "2026-01-20",
    "latest": 9.5,
    "latest_date": "2026-11-02",
    "change": -2.5,
    "change_pct": -20.8333333333,
    "improved": true
  },
  {
    "company": "bussbygg-as",
    "kpi": "productivity",
    "unit": "value added per hour",
    "better": "higher",
    "baseline": 0,
    "baseline_date": "2026-01-20",
    "latest": 412,
    "latest_date": "2026-11-15",
    "change": 412,
    "change_pct": null,
    "improved": true
  },
  {
    "company": "bussbygg-as",
    "kpi": "scrap",
    "unit": "%",
    "better": "lower",
    "baseline": 3.1,
    "baseline_date": "2026-01-20",
    "latest": 4.2,
    "latest_date": "2026-11-16",
    "change": 1.1,
    "change_pct": 35.4838709677,
    "improved": false
  },
  {
    "company": "dokka-fiber-as",
    "kpi": "scrap",
    "unit": "%",
    "better": "lower",
    "baseline": 2,
    "baseline_date": "2026-02-02",
    "latest": 2,
    "latest_date": "2026-02-02",
    "change": 0,
    "change_pct": 0,
    "improved": null
  },
  {
    "company": "vargon-gjuteri-ab",
    "kpi": "scrap",
    "unit": "%",
    "better": "lower",
    "baseline": 1.5,
    "baseline_date": "2026-05-04",
    "latest": 1.5,
    "latest_date": "2026-05-04",
    "change": 0,
    "change_pct": 0,
    "improved": null
  }
]
$ plift kpi list --format csv
company,kpi,unit,better,baseline,baseline_date,latest,latest_date,change,change_pct,improved\r (esc)
akerlunds-plat-smide-ab,delivery-precision,%,higher,88,2026-03-10,84.25,2026-10-05,-3.75,-4.26136363636,false\r (esc)
akerlunds-plat-smide-ab,lead-time,days,lower,-3,2026-03-10,2,2026-04-10,5,166.666666667,false\r (esc)
akerlunds-plat-smide-ab,sick-leave,%,lower,6.5,2026-03-10,6.5,2026-03-10,0,0,\r (esc)
bussbygg-as,delivery-precision,%,higher,91.5,2026-01-20,92,2026-11-02,0.5,0.546448087432,true\r (esc)
bussbygg-as,lead-time,days,lower,12,2026-01-20,9.5,2026-11-02,-2.5,-20.8333333333,true\r (esc)
bussbygg-as,productivity,value added per hour,higher,0,2026-01-20,412,2026-11-15,412,,true\r (esc)
bussbygg-as,scrap,%,lower,3.1,2026-01-20,4.2,2026-11-16,1.1,35.4838709677,false\r (esc)
dokka-fiber-as,scrap,%,lower,2,2026-02-02,2,2026-02-02,0,0,\r (esc)
vargon-gjuteri-ab,scrap,%,lower,1.5,2026-05-04,1.5,2026-05-04,0,0,\r (esc)
$ plift kpi list --format md
| COMPANY | KPI | BASELINE | BASELINE DATE | LATEST | LATEST DATE | CHANGE | CHANGE % | IMPROVED | UNIT |
| --- | --- | ---: | --- | ---: | --- | ---: | ---: | --- | --- |
| akerlunds-plat-smide-ab | delivery-precision | 88 | 2026-03-10 | 84.25 | 2026-10-05 | -3.75 | -4.26 | no | % |
| akerlunds-plat-smide-ab | lead-time | -3 | 2026-03-10 | 2 | 2026-04-10 | 5 | 166.67 | no | days |
| akerlunds-plat-smide-ab | sick-leave | 6.5 | 2026-03-10 | 6.5 | 2026-03-10 | 0 | 0 | - | % |
| bussbygg-as | delivery-precision | 91.5 | 2026-01-20 | 92 | 2026-11-02 | 0.5 | 0.55 | yes | % |
| bussbygg-as | lead-time | 12 | 2026-01-20 | 9.5 | 2026-11-02 | -2.5 | -20.83 | yes | days |
| bussbygg-as | productivity | 0 | 2026-01-20 | 412 | 2026-11-15 | 412 | - | yes | value added per hour |
| bussbygg-as | scrap | 3.1 | 2026-01-20 | 4.2 | 2026-11-16 | 1.1 | 35.48 | no | % |
| dokka-fiber-as | scrap | 2 | 2026-02-02 | 2 | 2026-02-02 | 0 | 0 | - | % |
| vargon-gjuteri-ab | scrap | 1.5 | 2026-05-04 | 1.5 | 2026-05-04 | 0 | 0 | - | % |
$ plift kpi list bussbygg-as --kpi lead-time --json
[
  {
    "company": "bussbygg-as",
    "kpi": "lead-time",
    "unit": "days",
    "better": "lower",
    "baseline": 12,
    "baseline_date": "2026-01-20",
    "latest": 9.5,
    "latest_date": "2026-11-02",
    "change": -2.5,
    "change_pct": -20.8333333333,
    "improved": true
  }
]
$ plift kpi list --kpi sick-leave
COMPANY                  KPI         BASELINE  BASELINE DATE  LATEST  LATEST DATE  CHANGE  CHANGE %  IMPROVED  UNIT
akerlunds-plat-smide-ab  sick-leave       6.5  2026-03-10        6.5  2026-03-10        0         0  -         %
$ plift kpi list --kpi productivity --format csv
company,kpi,unit,better,baseline,baseline_date,latest,latest_date,change,change_pct,improved\r (esc)
bussbygg-as,productivity,value added per hour,higher,0,2026-01-20,412,2026-11-15,412,,true\r (esc)
$ plift kpi list dokka-fiber-as --kpi delivery-precision --json
[]
$ plift kpi list dokka-fiber-as --kpi delivery-precision

# Every recorded value of a company.

$ plift kpi history bussbygg-as
ID  KPI                 DATE        VALUE  UNIT
 1  delivery-precision  2026-01-20   91.5  %
 2  delivery-precision  2026-11-02     92  %
 3  lead-time           2026-01-20     12  days
 4  lead-time           2026-11-02    9.5  days
 7  productivity        2026-01-20      0  value added per hour
 8  productivity        2026-11-15    412  value added per hour
 5  scrap               2026-01-20    3.1  %
 6  scrap               2026-11-16    4.2  %
$ plift kpi history bussbygg-as delivery-precision --format json
[
  {
    "id": 1,
    "company": "bussbygg-as",
    "kpi": "delivery-precision",
    "date": "2026-01-20",
    "value": 91.5,
    "unit": "%"
  },
  {
    "id": 2,
    "company": "bussbygg-as",
    "kpi": "delivery-precision",
    "date": "2026-11-02",
    "value": 92,
    "unit": "%"
  }
]
$ plift kpi history akerlunds-plat-smide-ab --format csv
id,company,kpi,date,value,unit\r (esc)
9,akerlunds-plat-smide-ab,delivery-precision,2026-03-10,88,%\r (esc)
10,akerlunds-plat-smide-ab,delivery-precision,2026-10-05,84.25,%\r (esc)
12,akerlunds-plat-smide-ab,lead-time,2026-03-10,-3,days\r (esc)
13,akerlunds-plat-smide-ab,lead-time,2026-04-10,2,days\r (esc)
11,akerlunds-plat-smide-ab,sick-leave,2026-03-10,6.5,%\r (esc)
$ plift kpi history akerlunds-plat-smide-ab lead-time --format md
| ID | KPI | DATE | VALUE | UNIT |
| ---: | --- | --- | ---: | --- |
| 12 | lead-time | 2026-03-10 | -3 | days |
| 13 | lead-time | 2026-04-10 | 2 | days |
$ plift kpi history dokka-fiber-as lead-time

# Refused: nothing changes.

$ sqlite3 plift.db .dump > before.sql

$ plift kpi record bussbyg scrap 3
! plift: error: no company 'bussbyg' (did you mean 'bussbygg-as'?); known companies: akerlunds-plat-smide-ab, bussbygg-as, dokka-fiber-as, vargon-gjuteri-ab
[1]
$ plift kpi record nobody-at-all scrap 3
! plift: error: no company 'nobody-at-all'; known companies: akerlunds-plat-smide-ab, bussbygg-as, dokka-fiber-as, vargon-gjuteri-ab
[1]
$ plift kpi record bussbygg-as scarp 3
! plift: error: no KPI 'scarp' (did you mean 'scrap'?); the config's KPIs are: delivery-precision, lead-time, productivity, scrap, sick-leave
[1]
$ plift kpi record bussbygg-as Scrap 3
! plift: error: no KPI 'Scrap' (did you mean 'scrap'?); the config's KPIs are: delivery-precision, lead-time, productivity, scrap, sick-leave
[1]
$ plift kpi record bussbygg-as scrap abc
! plift: error: VALUE must be a decimal number such as 12.5, -3 or 12,5, not 'abc'
[64]
$ plift kpi record bussbygg-as scrap 1e999
! plift: error: VALUE must be a decimal number such as 12.5, -3 or 12,5, not '1e999'
[64]
$ plift kpi record bussbygg-as scrap 1e3
! plift: error: VALUE must be a decimal number such as 12.5, -3 or 12,5, not '1e3'
[64]
$ plift kpi record bussbygg-as scrap nan
! plift: error: VALUE must be a decimal number such as 12.5, -3 or 12,5, not 'nan'
[64]
$ plift kpi record bussbygg-as scrap inf
! plift: error: VALUE must be a decimal number such as 12.5, -3 or 12,5, not 'inf'
[64]
$ plift kpi record bussbygg-as scrap -- -inf
! plift: error: VALUE must be a decimal number such as 12.5, -3 or 12,5, not '-inf'
[64]
$ plift kpi record bussbygg-as scrap 1,234.5
! plift: error: VALUE must be a decimal number such as 12.5, -3 or 12,5, not '1,234.5'
[64]
$ plift kpi record bussbygg-as scrap +-3
! plift: error: VALUE must be a decimal number such as 12.5, -3 or 12,5, not '+-3'
[64]
$ plift kpi record bussbygg-as scrap 12.5.1
! plift: error: VALUE must be a decimal number such as 12.5, -3 or 12,5, not '12.5.1'
[64]
$ plift kpi record bussbygg-as scrap "12 %"
! plift: error: VALUE must be a decimal number such as 12.5, -3 or 12,5, not '12 %'
[64]
$ plift kpi record bussbygg-as scrap ""
! plift: error: VALUE must be a decimal number such as 12.5, -3 or 12,5, not ''
[64]
$ plift kpi record bussbygg-as scrap 99999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999
! plift: error: VALUE must be a decimal number such as 12.5, -3 or 12,5, not '9999999999999999999999999999999999999999…'
[64]
$ plift kpi record bussbygg-as scrap
! plift: error: 'plift kpi record': value is required (see 'plift kpi record --help')
[64]
$ plift kpi record bussbygg-as scrap 3 --date 2026-01-04
! plift: error: the date 2026-01-04 is before bussbygg-as started the programme on 2026-01-05
[1]
$ plift kpi record bussbygg-as scrap 3 --date tomorrow
! plift: error: the date 2026-11-17 is in the future (today is 2026-11-16)
[1]
$ plift kpi record bussbygg-as scrap 3 --date 2026-02-30
! plift: error: invalid date for --date: '2026-02-30' (not a calendar date: February 2026 has 28 days; use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow)
[64]
$ plift kpi record akerlunds-plat-smide-ab scrap 3 --date 2026-03-01
! plift: error: the date 2026-03-01 is before akerlunds-plat-smide-ab started the programme on 2026-03-02
[1]
$ plift kpi record dokka-fiber-as scrap 3 --date 2026-10-01
! plift: error: the date 2026-10-01 is after dokka-fiber-as withdrew on 2026-09-30
[1]
$ plift kpi record vargon-gjuteri-ab scrap 3 --date 2026-05-05
! plift: error: the date 2026-05-05 is after vargon-gjuteri-ab completed the programme on 2026-05-04
[1]
$ plift kpi list nobody
! plift: error: no company 'nobody'; known companies: akerlunds-plat-smide-ab, bussbygg-as, dokka-fiber-as, vargon-gjuteri-ab
[1]
$ plift kpi list --kpi lead
! plift: error: no KPI 'lead' (did you mean 'lead-time'?); the config's KPIs are: delivery-precision, lead-time, productivity, scrap, sick-leave
[1]
$ plift kpi history bussbygg-as lead
! plift: error: no KPI 'lead' (did you mean 'lead-time'?); the config's KPIs are: delivery-precision, lead-time, productivity, scrap, sick-leave
[1]
$ plift kpi history
! plift: error: 'plift kpi history': key is required (see 'plift kpi history --help')
[64]
$ plift kpi list --format xml
! plift: error: unknown --format 'xml': use table, json, csv or md
[64]

$ sqlite3 plift.db .dump > after.sql
$ cmp before.sql after.sql && echo unchanged
unchanged

# A config without KPIs (its own database beside it).

$ mkdir bare && printf 'kpi = []\n' > bare/plift.toml
$ cd bare && plift init -q && plift company add "Bussbygg AS" --region Innlandet --sector vehicles --employees 45 --start 2026-01-05 -q
bussbygg-as
$ cd bare && plift kpi record bussbygg-as scrap 3
! plift: error: no KPI 'scrap': the config defines no KPIs; add [[kpi]] tables to it
[1]
$ cd bare && plift kpi list

# Values of a KPI the config no longer defines stay in the history (without
# a unit) and drop out of the list.

$ plift --config bare/plift.toml --db plift.db kpi history akerlunds-plat-smide-ab
ID  KPI                 DATE        VALUE  UNIT
 9  delivery-precision  2026-03-10     88  -
10  delivery-precision  2026-10-05  84.25  -
12  lead-time           2026-03-10     -3  -
13  lead-time           2026-04-10      2  -
11  sick-leave          2026-03-10    6.5  -
$ plift --config bare/plift.toml --db plift.db kpi history akerlunds-plat-smide-ab --json
[
  {
    "id": 9,
    "company": "akerlunds-plat-smide-ab",
    "kpi": "delivery-precision",
    "date": "2026-03-10",
    "value": 88,
    "unit": null
  },
  {
    "id": 10,
    "company": "akerlunds-plat-smide-ab",
    "kpi": "delivery-precision",
    "date": "2026-10-05",
    "value": 84.25,
    "unit": null
  },
  {
    "id": 12,
    "company": "akerlunds-plat-smide-ab",
    "kpi": "lead-time",
    "date": "2026-03-10",
    "value": -3,
    "unit": null
  },
  {
    "id": 13,
    "company": "akerlunds-plat-smide-ab",
    "kpi": "lead-time",
    "date": "2026-04-10",
    "value": 2,
    "unit": null
  },
  {
    "id": 11,
    "company": "akerlunds-plat-smide-ab",
    "kpi": "sick-leave",
    "date": "2026-03-10",
    "value": 6.5,
    "unit": null
  }
]
$ plift --config bare/plift.toml --db plift.db kpi list

# An empty list is success.

$ plift kpi history vargon-gjuteri-ab delivery-precision
$ plift kpi list --kpi sick-leave bussbygg-as --format json
[]
$ plift kpi record --help
Record a key figure's value for a day
Usage: record [OPTIONS] key kpi value

Positionals:
  key TEXT REQUIRED           Company key
  kpi TEXT REQUIRED           KPI key, as the config defines it ('plift config show')
  value TEXT REQUIRED         The value, in the KPI's unit

Options:
  -h,--help                   Print this help message and exit
  --date TEXT                 Day the value holds for (default: today)

VALUE is a decimal number: 12.5, -3, or 12,5 with a decimal comma (read as 12.5). No thousands separators or exponents. A value for a day that already has one replaces it, and says so.
