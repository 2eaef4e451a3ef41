# Pulse meetings. Today is 2026-11-16.

$ plift init -q
$ plift company add "Bussbygg AS" --region Innlandet --sector vehicles --employees 45 --start 2026-01-05 -q
bussbygg-as
$ plift company add "Åkerlunds Plåt & Smide AB" --region Västsverige --sector metal --employees 32 --start 2026-03-02 -q
akerlunds-plat-smide-ab

$ plift pulse log bussbygg-as --status green --date 2026-11-02 --note "Pulstavla på plass; alle skift med"
bussbygg-as: green pulse logged for 2026-11-02

$ plift pulse log bussbygg-as --status yellow --date 2026-W46-1 --note $'Leveranse forsinket\n"kunde klager"'
bussbygg-as: yellow pulse logged for 2026-11-09

$ plift pulse log akerlunds-plat-smide-ab --status red --date yesterday --note "Maskinhaveri i kantpressen"
akerlunds-plat-smide-ab: red pulse logged for 2026-11-15

$ plift pulse log akerlunds-plat-smide-ab --status RED
! plift: error: unknown --status 'RED': use green, yellow or red
[64]

$ plift pulse log akerlunds-plat-smide-ab --status blue
! plift: error: unknown --status 'blue': use green, yellow or red
[64]

$ plift pulse log akerlunds-plat-smide-ab --status green --date 2026-02-27
! plift: error: the pulse date 2026-02-27 is before akerlunds-plat-smide-ab started the programme on 2026-03-02
[1]

$ plift pulse log akerlunds-plat-smide-ab --status green --date tomorrow
! plift: error: the pulse date 2026-11-17 is in the future (today is 2026-11-16)
[1]

$ plift pulse log akerlunds --status green
! plift: error: no company 'akerlunds' (did you mean 'akerlunds-plat-smide-ab'?); known companies: akerlunds-plat-smide-ab, bussbygg-as
[1]

$ plift pulse list
ID  DATE        COMPANY                  STATUS  NOTE
 1  2026-11-02  bussbygg-as              green   Pulstavla på plass; alle skift med
 2  2026-11-09  bussbygg-as              yellow  Leveranse forsinket "kunde klager"
 3  2026-11-15  akerlunds-plat-smide-ab  red     Maskinhaveri i kantpressen

$ plift pulse list bussbygg-as --format json
[
  {
    "id": 1,
    "company": "bussbygg-as",
    "date": "2026-11-02",
    "status": "green",
    "note": "Pulstavla på plass; alle skift med"
  },
  {
    "id": 2,
    "company": "bussbygg-as",
    "date": "2026-11-09",
    "status": "yellow",
    "note": "Leveranse forsinket\n\"kunde klager\""
  }
]

$ plift pulse list --since 2026-11-10 --format csv
id,company,date,status,note\r (esc)
3,akerlunds-plat-smide-ab,2026-11-15,red,Maskinhaveri i kantpressen\r (esc)

$ plift pulse list --since 2026-11-16 --until 2026-11-01
! plift: error: --until 2026-11-01 is before --since 2026-11-16
[64]

$ plift pulse list --until 2026-11-01 --format md

$ plift pulse list --since 2027-01-01

