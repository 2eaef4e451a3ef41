# Lean status assessments: every dimension scored once on the scale, the
# mean, and its change since the first assessment. Today is 2026-11-16.

$ plift init -q
$ plift company add "Bussbygg AS" --region Innlandet --sector vehicles --employees 45 --start 2026-01-05 -q
bussbygg-as
$ plift company add "Dokka Fiber AS" --region Innlandet --sector plastics --employees 60 --start 2026-02-02 -q
dokka-fiber-as
$ plift company add "Vargön Gjuteri AB" --region Västsverige --sector foundry --employees 80 --start 2026-01-05 -q
vargon-gjuteri-ab
$ plift company withdraw vargon-gjuteri-ab --date 2026-06-30 --reason "Ny ägare" -q

# The baseline, then later assessments: dimensions in any order.

$ plift assess dokka-fiber-as --date 2026-02-10 leadership=2 customer-focus=3 flow=1 standardised-work=2 visual-management=1 continuous-improvement=2 employee-involvement=2
dokka-fiber-as: assessment for 2026-02-10 recorded, mean 1.86

$ plift assess dokka-fiber-as leadership=3 flow=3 customer-focus=4 standardised-work=3 employee-involvement=3 visual-management=4 continuous-improvement=3 --date 2026-11-02
dokka-fiber-as: assessment for 2026-11-02 recorded, mean 3.29 (+1.43 since 2026-02-10)

$ plift assess dokka-fiber-as --date 2026-06-15 leadership=1 customer-focus=1 flow=1 standardised-work=1 visual-management=1 continuous-improvement=2 employee-involvement=1
dokka-fiber-as: assessment for 2026-06-15 recorded, mean 1.14 (-0.71 since 2026-02-10)

$ plift assess bussbygg-as leadership=3 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
bussbygg-as: assessment for 2026-11-16 recorded, mean 3

$ plift assess bussbygg-as --date 2026-W03 leadership=5 customer-focus=5 flow=5 standardised-work=5 visual-management=5 continuous-improvement=5 employee-involvement=5 -q

$ plift assess vargon-gjuteri-ab --date 2026-06-30 leadership=1 customer-focus=2 flow=3 standardised-work=4 visual-management=5 continuous-improvement=1 employee-involvement=2
vargon-gjuteri-ab: assessment for 2026-06-30 recorded, mean 2.57

# 'assess list': one row per assessment, by company and date.

$ plift assess list
ID  COMPANY            DATE        MEAN  CHANGE  LEAD  CF  FLOW  SW  VM  CI  EI
 5  bussbygg-as        2026-01-12     5       -     5   5     5   5   5   5   5
 4  bussbygg-as        2026-11-16     3      -2     3   3     3   3   3   3   3
 1  dokka-fiber-as     2026-02-10  1.86       -     2   3     1   2   1   2   2
 3  dokka-fiber-as     2026-06-15  1.14   -0.71     1   1     1   1   1   2   1
 2  dokka-fiber-as     2026-11-02  3.29    1.43     3   4     3   3   4   3   3
 6  vargon-gjuteri-ab  2026-06-30  2.57       -     1   2     3   4   5   1   2
$ plift assess list --format json
[
  {
    "id": 5,
    "company": "bussbygg-as",
    "date": "2026-01-12",
    "scores": {
      "leadership": 5,
      "customer-focus": 5,
      "flow": 5,
      "standardised-work": 5,
      "visual-management": 5,
      "continuous-improvement": 5,
      "employee-involvement": 5
    },
    "mean": 5,
    "change": null
  },
  {
    "id": 4,
    "company": "bussbygg-as",
    "date": "2026-11-16",
    "scores": {
      "leadership": 3,
      "customer-focus": 3,
      "flow": 3,
      "standardised-work": 3,
      "visual-management": 3,
      "continuous-improvement": 3,
      "employee-involvement": 3
    },
    "mean": 3,
    "change": -2
  },
  {
    "id": 1,
    "company": "dokka-fiber-as",
    "date": "2026-02-10",
    "scores": {
      "leadership": 2,
      "customer-focus": 3,
      "flow": 1,
      "standardised-work": 2,
      "visual-management": 1,
      "continuous-improvement": 2,
      "employee-involvement": 2
    },
    "mean": 1.85714285714,
    "change": null
  },
  {
    "id": 3,
    "company": "dokka-fiber-as",
    "date": "2026-06-15",
    "scores": {
      "leadership": 1,
      "customer-focus": 1,
      "flow": 1,
      "standardised-work": 1,
      "visual-management": 1,
      "continuous-improvement": 2,
      "employee-involvement": 1
    },
    "mean": 1.14285714286,
    "change": -0.714285714286
  },
  {
    "id": 2,
    "company": "dokka-fiber-as",
    "date": "2026-11-02",
    "scores": {
      "leadership": 3,
      "customer-focus": 4,
      "flow": 3,
      "standardised-work": 3,
      "visual-management": 4,
      "continuous-improvement": 3,
      "employee-involvement": 3
    },
    "mean": 3.28571428571,
    "change": 1.42857142857
  },
  {
    "id": 6,
    "company": "vargon-gjuteri-ab",
    "date": "2026-06-30",
    "scores": {
      "leadership": 1,
      "customer-focus": 2,
      "flow": 3,
      "standardised-work": 4,
      "visual-management": 5,
      "continuous-improvement": 1,
      "employee-involvement": 2
    },
    "mean": 2.57142857143,
    "change": null
  }
]
$ plift assess list dokka-fiber-as --format csv
id,company,date,leadership,customer-focus,flow,standardised-work,visual-management,continuous-improvement,employee-involvement,mean,change\r (esc)
1,dokka-fiber-as,2026-02-10,2,3,1,2,1,2,2,1.85714285714,\r (esc)
3,dokka-fiber-as,2026-06-15,1,1,1,1,1,2,1,1.14285714286,-0.714285714286\r (esc)
2,dokka-fiber-as,2026-11-02,3,4,3,3,4,3,3,3.28571428571,1.42857142857\r (esc)
$ plift assess list bussbygg-as --format md
| ID | COMPANY | DATE | MEAN | CHANGE | LEAD | CF | FLOW | SW | VM | CI | EI |
| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
| 5 | bussbygg-as | 2026-01-12 | 5 | - | 5 | 5 | 5 | 5 | 5 | 5 | 5 |
| 4 | bussbygg-as | 2026-11-16 | 3 | -2 | 3 | 3 | 3 | 3 | 3 | 3 | 3 |
$ plift assess list dokka-fiber-as
ID  COMPANY         DATE        MEAN  CHANGE  LEAD  CF  FLOW  SW  VM  CI  EI
 1  dokka-fiber-as  2026-02-10  1.86       -     2   3     1   2   1   2   2
 3  dokka-fiber-as  2026-06-15  1.14   -0.71     1   1     1   1   1   2   1
 2  dokka-fiber-as  2026-11-02  3.29    1.43     3   4     3   3   4   3   3
$ plift --json assess list vargon-gjuteri-ab
[
  {
    "id": 6,
    "company": "vargon-gjuteri-ab",
    "date": "2026-06-30",
    "scores": {
      "leadership": 1,
      "customer-focus": 2,
      "flow": 3,
      "standardised-work": 4,
      "visual-management": 5,
      "continuous-improvement": 1,
      "employee-involvement": 2
    },
    "mean": 2.57142857143,
    "change": null
  }
]

# Refused: nothing changes.

$ sqlite3 plift.db .dump > before.sql

$ plift assess dokka leadership=3 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: no company 'dokka' (did you mean 'dokka-fiber-as'?); known companies: bussbygg-as, dokka-fiber-as, vargon-gjuteri-ab
[1]
$ plift assess dokka-fiber-as leadershp=3 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: no assessment dimension 'leadershp' (did you mean 'leadership'?); the dimensions are: leadership, customer-focus, flow, standardised-work, visual-management, continuous-improvement, employee-involvement
[1]
$ plift assess dokka-fiber-as quality=3 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: no assessment dimension 'quality'; the dimensions are: leadership, customer-focus, flow, standardised-work, visual-management, continuous-improvement, employee-involvement
[1]
$ plift assess dokka-fiber-as leadership=3 leadership=4 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: 'leadership' is scored twice; score each dimension once
[64]
$ plift assess dokka-fiber-as leadership=6 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: the score of 'leadership' must be from 1 to 5 (the [assessment] scale), not 6
[64]
$ plift assess dokka-fiber-as leadership=0 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: the score of 'leadership' must be from 1 to 5 (the [assessment] scale), not 0
[64]
$ plift assess dokka-fiber-as leadership=2.5 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: the score of 'leadership' must be a whole number from 1 to 5, not '2.5'
[64]
$ plift assess dokka-fiber-as leadership=high customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: the score of 'leadership' must be a whole number from 1 to 5, not 'high'
[64]
$ plift assess dokka-fiber-as leadership= customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: the score of 'leadership' must be a whole number from 1 to 5, not ''
[64]
$ plift assess dokka-fiber-as leadership 3 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: 'leadership' is not DIMENSION=SCORE (as in leadership=5)
[64]
$ plift assess dokka-fiber-as =3 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: '=3' is not DIMENSION=SCORE (as in leadership=5)
[64]
$ plift assess dokka-fiber-as customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3
! plift: error: no score for leadership, employee-involvement; an assessment scores all 7 dimensions
[64]
$ plift assess dokka-fiber-as
! plift: error: give every dimension a score from 1 to 5, as DIMENSION=SCORE: leadership, customer-focus, flow, standardised-work, visual-management, continuous-improvement, employee-involvement
[64]
$ plift assess
! plift: error: 'plift assess' needs a company key and DIMENSION=SCORE for every dimension, or 'list' to list assessments
[64]
$ plift assess dokka-fiber-as --date 2026-11-02 leadership=3 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: dokka-fiber-as already has an assessment for 2026-11-02; an assessment is never replaced
[1]
$ plift assess dokka-fiber-as --date 2026-02-01 leadership=3 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: the assessment date 2026-02-01 is before dokka-fiber-as started the programme on 2026-02-02
[1]
$ plift assess dokka-fiber-as --date tomorrow leadership=3 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: the assessment date 2026-11-17 is in the future (today is 2026-11-16)
[1]
$ plift assess dokka-fiber-as --date 2026-11-31 leadership=3 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: invalid date for --date: '2026-11-31' (not a calendar date: November 2026 has 30 days; use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow)
[64]
$ plift assess vargon-gjuteri-ab --date 2026-07-01 leadership=3 customer-focus=3 flow=3 standardised-work=3 visual-management=3 continuous-improvement=3 employee-involvement=3
! plift: error: the assessment date 2026-07-01 is after vargon-gjuteri-ab withdrew on 2026-06-30
[1]
$ plift assess dokka-fiber-as list
! plift: error: 'assess list' takes only a company key, after 'list': plift assess list [KEY]
[64]
$ plift assess list nobody
! plift: error: no company 'nobody'; known companies: bussbygg-as, dokka-fiber-as, vargon-gjuteri-ab
[1]
$ plift assess list dokka-fiber-as bussbygg-as
! plift: error: 'assess list' takes only a company key, after 'list': plift assess list [KEY]
[64]

$ sqlite3 plift.db .dump > after.sql
$ cmp before.sql after.sql && echo unchanged
unchanged

# 'assess list' wins over a company keyed "list"; '--' assesses that company.

$ plift company add "List" --region Innlandet --sector other --employees 15 --start 2026-01-05 -q
list
$ plift assess --date 2026-03-02 -- list leadership=1 customer-focus=1 flow=1 standardised-work=1 visual-management=1 continuous-improvement=1 employee-involvement=2
list: assessment for 2026-03-02 recorded, mean 1.14
$ plift assess list list
ID  COMPANY  DATE        MEAN  CHANGE  LEAD  CF  FLOW  SW  VM  CI  EI
 7  list     2026-03-02  1.14       -     1   1     1   1   1   1   2
$ plift assess -- list --date 2026-03-03 leadership=1 customer-focus=1 flow=1 standardised-work=1 visual-management=1 continuous-improvement=1 employee-involvement=2
! plift: error: '--date' is not DIMENSION=SCORE; options go before '--'
[64]

# Another programme's dimensions and scale: clashing initials get the whole key.

$ mkdir other && printf '[assessment]\ndimensions = ["flow", "first-pass-yield", "five-s", "fast-setup"]\nscale = [0, 3]\n' > other/plift.toml
$ cd other && plift init -q && plift company add "Bussbygg AS" --region Innlandet --sector vehicles --employees 45 --start 2026-01-05 -q
bussbygg-as
$ cd other && plift assess bussbygg-as --date 2026-01-12 flow=0 first-pass-yield=1 five-s=0 fast-setup=0
bussbygg-as: assessment for 2026-01-12 recorded, mean 0.25
$ cd other && plift assess bussbygg-as flow=3 first-pass-yield=3 five-s=2 fast-setup=1
bussbygg-as: assessment for 2026-11-16 recorded, mean 2.25 (+2 since 2026-01-12)
$ cd other && plift assess bussbygg-as --date 2026-02-02 flow=4 first-pass-yield=1 five-s=0 fast-setup=0
! plift: error: the score of 'flow' must be from 0 to 3 (the [assessment] scale), not 4
[64]
$ cd other && plift assess bussbygg-as --date 2026-02-02 flow=-1 first-pass-yield=1 five-s=0 fast-setup=0
! plift: error: the score of 'flow' must be from 0 to 3 (the [assessment] scale), not -1
[64]
$ cd other && plift assess bussbygg-as --date 2026-02-02 flow=1 first-pass-yield=1 five-s=0 fast-setup=0 leadership=3
! plift: error: no assessment dimension 'leadership'; the dimensions are: flow, first-pass-yield, five-s, fast-setup
[1]
$ cd other && plift assess list
ID  COMPANY      DATE        MEAN  CHANGE  FLOW  FPY  FIVE-S  FAST-SETUP
 1  bussbygg-as  2026-01-12  0.25       -     0    1       0           0
 2  bussbygg-as  2026-11-16  2.25       2     3    3       2           1
$ cd other && plift assess list --format md
| ID | COMPANY | DATE | MEAN | CHANGE | FLOW | FPY | FIVE-S | FAST-SETUP |
| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |
| 1 | bussbygg-as | 2026-01-12 | 0.25 | - | 0 | 1 | 0 | 0 |
| 2 | bussbygg-as | 2026-11-16 | 2.25 | 2 | 3 | 3 | 2 | 1 |
$ cd other && plift assess list --format csv
id,company,date,flow,first-pass-yield,five-s,fast-setup,mean,change\r (esc)
1,bussbygg-as,2026-01-12,0,1,0,0,0.25,\r (esc)
2,bussbygg-as,2026-11-16,3,3,2,1,2.25,2\r (esc)

# Assessments made under dimensions the config no longer lists keep their scores.

$ plift --config other/plift.toml --db plift.db assess list dokka-fiber-as
ID  COMPANY         DATE        MEAN  CHANGE  FLOW  FPY  FIVE-S  FAST-SETUP  CI  CF  EI  LEAD  SW  VM
 1  dokka-fiber-as  2026-02-10  1.86       -     1    -       -           -   2   3   2     2   2   1
 3  dokka-fiber-as  2026-06-15  1.14   -0.71     1    -       -           -   2   1   1     1   1   1
 2  dokka-fiber-as  2026-11-02  3.29    1.43     3    -       -           -   3   4   3     3   3   4
$ plift --config other/plift.toml --db plift.db assess list vargon-gjuteri-ab --json
[
  {
    "id": 6,
    "company": "vargon-gjuteri-ab",
    "date": "2026-06-30",
    "scores": {
      "flow": 3,
      "continuous-improvement": 1,
      "customer-focus": 2,
      "employee-involvement": 2,
      "leadership": 1,
      "standardised-work": 4,
      "visual-management": 5
    },
    "mean": 2.57142857143,
    "change": null
  }
]

$ mkdir none && printf '[assessment]\ndimensions = []\n' > none/plift.toml
$ cd none && plift init -q && plift company add "Bussbygg AS" --region Innlandet --sector vehicles --employees 45 --start 2026-01-05 -q
bussbygg-as
$ cd none && plift assess bussbygg-as flow=1
! plift: error: the config defines no assessment dimensions; list them in [assessment] dimensions
[1]
$ cd none && plift assess list

$ plift assess --help
Record a Lean status assessment, or list them ('assess list')
Usage: assess [OPTIONS] [key] [scores...] [SUBCOMMAND]

Positionals:
  key TEXT                    Company key
  scores TEXT ...             DIMENSION=SCORE for every dimension

Options:
  -h,--help                   Print this help message and exit
  --date TEXT                 Day of the assessment (default: today)

Subcommands:
  list                        List assessments: scores, mean, and change since the first
  edit                        Correct an assessment's day or some of its scores
  remove                      Remove one assessment by its id

Score every dimension of [assessment].dimensions once, as DIMENSION=SCORE with a whole number on [assessment].scale ('plift config show' lists both). Refused with exit 1: an unknown company or dimension, a date in the future, before the company's start or after it completed or withdrew, and a day that already has an assessment (assessments are never replaced). Refused with exit 64: a missing, repeated, non-numeric or out-of-scale score.
'plift assess list' is the listing; to assess a company whose key is 'list', write 'plift assess [--date D] -- list DIMENSION=SCORE…' (options before the '--').
$ plift assess list --help
List assessments: scores, mean, and change since the first
Usage: list [OPTIONS] [key]

Positionals:
  key TEXT                    Only this company

Options:
  -h,--help                   Print this help message and exit

change is the mean less the mean of the company's first assessment (none for the first). Table and md head each dimension's column with a short name (LEAD for leadership, CF for customer-focus; the whole key where two would clash); json and csv name the dimensions in full.
