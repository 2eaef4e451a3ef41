# plift remind: what is due for whom. Today is 2026-11-16.

$ plift init -q
$ plift -q coach add eva --name "Eva Lind" --org RISE --email eva@example.org
eva
$ plift -q coach add asa --name "Åsa Ström" --org IUC
asa

# Nothing due: no output at all, exit 0 (cron mails only real news).

$ plift remind
$ plift remind --format mail

# A clean company: two weeks in, visited, pulses on rhythm, a full steering group.

$ plift -q company add "Ren Verkstad AB" --key ren --region Syd --sector metal --employees 40 --start 2026-11-02 --coach eva
ren
$ plift -q steering add ren --person "Karin Ek" --role management
$ plift -q steering add ren --person "Olle Berg" --role union
$ plift -q visit log ren --date 2026-11-10
$ plift -q pulse log ren --status green --date 2026-11-13
$ plift remind

# Planted: Brødrene is one day past the end of phase 1 with checklist items
# open, never visited, no pulse for over two weeks.

$ plift -q company add "Brødrene Midthaug AS" --key brodrene --region Nord --sector wood --employees 80 --start 2026-09-07 --coach eva
brodrene
$ plift -q steering add brodrene --person "Kari Nord" --role management
$ plift -q steering add brodrene --person "Ola Fag" --role union
$ for item in challenges customer-needs employee-attitudes lean-status pulse-rhythm; do plift -q phase check brodrene $item --date 2026-10-20; done
$ plift -q pulse log brodrene --status yellow --date 2026-10-26

# Planted: Plåt & Svets (Åsa's, who has no e-mail address) lacks a union
# member and has moved on to the pilot with one course participant.

$ plift -q company add "Plåt & Svets AB" --key plat --region Syd --sector metal --employees 25 --start 2026-08-10 --coach asa
plat
$ plift -q steering add plat --person "Lisa Plåt" --role management
$ plift -q training enroll plat --person "Anna Svets" --date 2026-08-20
$ plift -q phase advance plat --date 2026-10-19 --force --reason "Board wants the pilot before Christmas"
$ for d in 2026-08-17 2026-08-31 2026-09-14 2026-09-28 2026-10-12 2026-10-26 2026-11-09; do plift -q pulse log plat --status green --date $d; plift -q visit log plat --date $d; done

# Planted: a company without a coach, long overdue with everything.

$ plift -q company add "Sen Industri AB" --key sen --region Syd --sector wood --employees 60 --start 2026-01-05
sen

# Never reminded about: a planned company, and one that withdrew.

$ plift -q company add "Snart AB" --key snart --region Syd --sector wood --employees 12 --start 2026-12-07 --coach eva
snart
$ plift -q company add "Borta AB" --key borta --region Syd --sector wood --employees 12 --start 2026-02-02 --coach eva
borta
$ plift -q company withdraw borta --date 2026-06-01 --reason "Sold to a competitor"

# Text: grouped by coach (by key; no coach last), most overdue first.

$ plift remind
Åsa Ström (asa), no e-mail address
  2026-08-10  steering-incomplete  plat      The steering group at Plåt & Svets AB has no union representative.
  2026-10-19  training-quota       plat      Plåt & Svets AB has 1 of the 2 Lean-course participants the programme asks for.

Eva Lind (eva) <eva@example.org>
  2026-09-20  visit-overdue        brodrene  No coach visit at Brødrene Midthaug AS yet; the first was due on 2026-09-20.
  2026-11-09  pulse-missing        brodrene  No pulse meeting logged at Brødrene Midthaug AS since 2026-10-26; the next was due on 2026-11-09.
  2026-11-15  phase-overdue        brodrene  Brødrene Midthaug AS is 1 day past the planned end of phase Shared vision and driving force (2026-11-15).
  2026-11-15  checklist-open       brodrene  2 checklist items of phase Shared vision and driving force are still open at Brødrene Midthaug AS (planned end 2026-11-15): Write guiding principles, Organise phase 2.

(no coach)
  2026-01-05  steering-incomplete  sen       The steering group at Sen Industri AB has no management or union representative.
  2026-01-18  visit-overdue        sen       No coach visit at Sen Industri AB yet; the first was due on 2026-01-18.
  2026-01-18  pulse-missing        sen       No pulse meeting logged at Sen Industri AB yet; the first was due on 2026-01-18.
  2026-03-15  phase-overdue        sen       Sen Industri AB is 246 days past the planned end of phase Shared vision and driving force (2026-03-15).
  2026-03-15  checklist-open       sen       7 checklist items of phase Shared vision and driving force are still open at Sen Industri AB (planned end 2026-03-15): Describe challenges, ambitions and key figures, Investigate customer needs and expectations, Map employees' attitudes and expectations, Map Lean status, Establish a progress rhythm with pulse meeting and pulse board, Write guiding principles, Organise phase 2.
  2026-06-12  gathering-behind     sen       Sen Industri AB has attended 0 of 3 joint gatherings; 1 should have been attended by now.

$ plift remind --format json --company plat
[
  {
    "kind": "steering-incomplete",
    "company": "plat",
    "company_name": "Plåt & Svets AB",
    "coach": "asa",
    "due": "2026-08-10",
    "days_overdue": 98,
    "message": "The steering group at Plåt & Svets AB has no union representative."
  },
  {
    "kind": "training-quota",
    "company": "plat",
    "company_name": "Plåt & Svets AB",
    "coach": "asa",
    "due": "2026-10-19",
    "days_overdue": 28,
    "message": "Plåt & Svets AB has 1 of the 2 Lean-course participants the programme asks for."
  }
]

$ plift remind --format csv --kind visit-overdue,pulse-missing
kind,company,company_name,coach,due,days_overdue,message\r (esc)
visit-overdue,sen,Sen Industri AB,,2026-01-18,302,"No coach visit at Sen Industri AB yet; the first was due on 2026-01-18."\r (esc)
pulse-missing,sen,Sen Industri AB,,2026-01-18,302,"No pulse meeting logged at Sen Industri AB yet; the first was due on 2026-01-18."\r (esc)
visit-overdue,brodrene,Brødrene Midthaug AS,eva,2026-09-20,57,"No coach visit at Brødrene Midthaug AS yet; the first was due on 2026-09-20."\r (esc)
pulse-missing,brodrene,Brødrene Midthaug AS,eva,2026-11-09,7,"No pulse meeting logged at Brødrene Midthaug AS since 2026-10-26; the next was due on 2026-11-09."\r (esc)

$ plift remind --format md --coach eva
| DUE | DAYS | KIND | COMPANY | COACH | MESSAGE |
| --- | ---: | --- | --- | --- | --- |
| 2026-09-20 | 57 | visit-overdue | brodrene | eva | No coach visit at Brødrene Midthaug AS yet; the first was due on 2026-09-20. |
| 2026-11-09 | 7 | pulse-missing | brodrene | eva | No pulse meeting logged at Brødrene Midthaug AS since 2026-10-26; the next was due on 2026-11-09. |
| 2026-11-15 | 1 | phase-overdue | brodrene | eva | Brødrene Midthaug AS is 1 day past the planned end of phase Shared vision and driving force (2026-11-15). |
| 2026-11-15 | 1 | checklist-open | brodrene | eva | 2 checklist items of phase Shared vision and driving force are still open at Brødrene Midthaug AS (planned end 2026-11-15): Write guiding principles, Organise phase 2. |

$ plift remind --format table --kind steering-incomplete --kind training-quota
DUE         DAYS  KIND                 COMPANY  COACH  MESSAGE
2026-01-05   315  steering-incomplete  sen      -      The steering group at Sen Industri AB has no management or union representative.
2026-08-10    98  steering-incomplete  plat     asa    The steering group at Plåt & Svets AB has no union representative.
2026-10-19    28  training-quota       plat     asa    Plåt & Svets AB has 1 of the 2 Lean-course participants the programme asks for.

# --as-of: another day. Two weeks earlier Brødrene's phase was about to end.

$ plift remind --as-of 2026-11-02 --company brodrene
Eva Lind (eva) <eva@example.org>
  2026-09-20  visit-overdue   brodrene  No coach visit at Brødrene Midthaug AS yet; the first was due on 2026-09-20.
  2026-11-15  phase-ending    brodrene  Phase Shared vision and driving force at Brødrene Midthaug AS is planned to end on 2026-11-15, in 13 days.
  2026-11-15  checklist-open  brodrene  2 checklist items of phase Shared vision and driving force are still open at Brødrene Midthaug AS (planned end 2026-11-15): Write guiding principles, Organise phase 2.
$ plift remind --as-of 2026-W45-2 --company brodrene --format json
[
  {
    "kind": "visit-overdue",
    "company": "brodrene",
    "company_name": "Brødrene Midthaug AS",
    "coach": "eva",
    "due": "2026-09-20",
    "days_overdue": 44,
    "message": "No coach visit at Brødrene Midthaug AS yet; the first was due on 2026-09-20."
  },
  {
    "kind": "phase-ending",
    "company": "brodrene",
    "company_name": "Brødrene Midthaug AS",
    "coach": "eva",
    "due": "2026-11-15",
    "days_overdue": -12,
    "message": "Phase Shared vision and driving force at Brødrene Midthaug AS is planned to end on 2026-11-15, in 12 days."
  },
  {
    "kind": "checklist-open",
    "company": "brodrene",
    "company_name": "Brødrene Midthaug AS",
    "coach": "eva",
    "due": "2026-11-15",
    "days_overdue": -12,
    "message": "2 checklist items of phase Shared vision and driving force are still open at Brødrene Midthaug AS (planned end 2026-11-15): Write guiding principles, Organise phase 2."
  }
]

# Mail: one message for a coach, for `sendmail -t`.

$ plift remind --format mail --coach eva
From: Lean production programme <plift@localhost>\r (esc)
To: Eva Lind <eva@example.org>\r (esc)
Subject: Lean production programme: 4 reminders for Eva Lind (2026-11-16)\r (esc)
Date: Mon, 16 Nov 2026 07:00:00 +0000\r (esc)
Message-ID: <remind.2026-11-16.a79ae201518e16eb@localhost>\r (esc)
MIME-Version: 1.0\r (esc)
Content-Type: text/plain; charset=UTF-8\r (esc)
Content-Transfer-Encoding: quoted-printable\r (esc)
Auto-Submitted: auto-generated\r (esc)
\\r (esc)
Reminders from Lean production programme on 2026-11-16, most overdue first:\r (esc)
\\r (esc)
Eva Lind (eva) <eva@example.org>\r (esc)
  2026-09-20  visit-overdue   brodrene  No coach visit at Br=C3=B8drene Mid=\r (esc)
thaug AS yet; the first was due on 2026-09-20.\r (esc)
  2026-11-09  pulse-missing   brodrene  No pulse meeting logged at Br=C3=B8=\r (esc)
drene Midthaug AS since 2026-10-26; the next was due on 2026-11-09.\r (esc)
  2026-11-15  phase-overdue   brodrene  Br=C3=B8drene Midthaug AS is 1 day =\r (esc)
past the planned end of phase Shared vision and driving force (2026-11-15).\r (esc)
  2026-11-15  checklist-open  brodrene  2 checklist items of phase Shared v=\r (esc)
ision and driving force are still open at Br=C3=B8drene Midthaug AS (planne=\r (esc)
d end 2026-11-15): Write guiding principles, Organise phase 2.\r (esc)
\\r (esc)
--=20\r (esc)
plift remind\r (esc)

# A coach without an e-mail address: the message goes to the office
# (mail_from), the Subject says whose it is, and stderr warns.

$ plift remind --format mail --coach asa --kind training-quota
From: Lean production programme <plift@localhost>\r (esc)
To: Lean production programme <plift@localhost>\r (esc)
Subject: =?UTF-8?Q?Lean_production_programme=3A_1_reminder_for_=C3=85sa?=\r (esc)
 =?UTF-8?Q?_Str=C3=B6m=2C_who_has_no_e-mail_address_=282026-11-?=\r (esc)
 =?UTF-8?Q?16=29?=\r (esc)
Date: Mon, 16 Nov 2026 07:00:00 +0000\r (esc)
Message-ID: <remind.2026-11-16.6bb8beb722a0538a@localhost>\r (esc)
MIME-Version: 1.0\r (esc)
Content-Type: text/plain; charset=UTF-8\r (esc)
Content-Transfer-Encoding: quoted-printable\r (esc)
Auto-Submitted: auto-generated\r (esc)
\\r (esc)
Reminders from Lean production programme on 2026-11-16, most overdue first:\r (esc)
\\r (esc)
=C3=85sa Str=C3=B6m (asa), no e-mail address\r (esc)
  2026-10-19  training-quota  plat  Pl=C3=A5t & Svets AB has 1 of the 2 Lea=\r (esc)
n-course participants the programme asks for.\r (esc)
\\r (esc)
--=20\r (esc)
plift remind\r (esc)
! plift: warning: coach asa (Åsa Ström) has no e-mail address; their reminders go to the office, plift@localhost (add one with 'plift coach edit asa --email ADDRESS')

# Without --coach, --mail-dir writes one message per coach with due items and
# the full list for the office.

$ plift remind --format mail --mail-dir outbox 2>&1
plift: warning: coach asa (Åsa Ström) has no e-mail address; their reminders go to the office, plift@localhost (add one with 'plift coach edit asa --email ADDRESS')
$ ls outbox
_office.eml
asa.eml
eva.eml
$ grep -h -E '^(To|Subject):' outbox/*.eml
To: Lean production programme <plift@localhost>\r (esc)
Subject: Lean production programme: 12 reminders for the programme office\r (esc)
To: Lean production programme <plift@localhost>\r (esc)
Subject: =?UTF-8?Q?Lean_production_programme=3A_2_reminders_for_=C3=85s?=\r (esc)
To: Eva Lind <eva@example.org>\r (esc)
Subject: Lean production programme: 4 reminders for Eva Lind (2026-11-16)\r (esc)
$ plift remind --format mail --coach eva --kind phase-overdue --mail-dir eva-only && ls eva-only
eva.eml
$ plift remind --format mail --company plat --kind training-quota | head -4
From: Lean production programme <plift@localhost>\r (esc)
To: Lean production programme <plift@localhost>\r (esc)
Subject: Lean production programme: 1 reminder for the programme office\r (esc)
 (2026-11-16)\r (esc)

# Without --coach and --mail-dir, the office's full list goes to stdout.

$ plift remind --format mail --kind training-quota | grep -E '^(To|Subject):'
To: Lean production programme <plift@localhost>\r (esc)
Subject: Lean production programme: 1 reminder for the programme office\r (esc)

# --new-only: each reminder once. --dry-run shows what would be new and
# remembers nothing.

$ plift remind --new-only --dry-run --coach eva --kind visit-overdue
Eva Lind (eva) <eva@example.org>
  2026-09-20  visit-overdue  brodrene  No coach visit at Brødrene Midthaug AS yet; the first was due on 2026-09-20.
$ sqlite3 plift.db "SELECT count(*) FROM shown_reminder"
0

# Only what was shown is remembered: here Eva's visit and pulse reminders.

$ plift remind --new-only --coach eva --kind visit-overdue --kind pulse-missing
Eva Lind (eva) <eva@example.org>
  2026-09-20  visit-overdue  brodrene  No coach visit at Brødrene Midthaug AS yet; the first was due on 2026-09-20.
  2026-11-09  pulse-missing  brodrene  No pulse meeting logged at Brødrene Midthaug AS since 2026-10-26; the next was due on 2026-11-09.
$ sqlite3 plift.db "SELECT kind, company, due, first_shown FROM shown_reminder ORDER BY company, kind"
pulse-missing|brodrene|2026-11-09|2026-11-16
visit-overdue|brodrene|2026-09-20|2026-11-16
$ plift remind --new-only --coach eva --kind visit-overdue --kind pulse-missing
$ plift remind --new-only --dry-run --coach eva
Eva Lind (eva) <eva@example.org>
  2026-11-15  phase-overdue   brodrene  Brødrene Midthaug AS is 1 day past the planned end of phase Shared vision and driving force (2026-11-15).
  2026-11-15  checklist-open  brodrene  2 checklist items of phase Shared vision and driving force are still open at Brødrene Midthaug AS (planned end 2026-11-15): Write guiding principles, Organise phase 2.

# A pulse meeting moves the due day; when it lapses again, it is new again.

$ plift -q pulse log brodrene --status green --date 2026-11-16
$ plift remind --new-only --company brodrene --kind pulse-missing
$ plift remind --new-only --company brodrene --kind pulse-missing --as-of 2026-12-01
Eva Lind (eva) <eva@example.org>
  2026-11-30  pulse-missing  brodrene  No pulse meeting logged at Brødrene Midthaug AS since 2026-11-16; the next was due on 2026-11-30.
$ plift remind --new-only --company brodrene --kind pulse-missing --as-of 2026-12-02
$ plift remind --new-only --company brodrene --kind pulse-missing --as-of 2026-12-03
$ sqlite3 plift.db "SELECT kind, company, due, first_shown FROM shown_reminder WHERE kind = 'pulse-missing'"
pulse-missing|brodrene|2026-11-09|2026-11-16
pulse-missing|brodrene|2026-11-30|2026-12-01

# The rest, once, then nothing.

$ plift remind --new-only --format json --company sen --kind steering-incomplete
[
  {
    "kind": "steering-incomplete",
    "company": "sen",
    "company_name": "Sen Industri AB",
    "coach": null,
    "due": "2026-01-05",
    "days_overdue": 315,
    "message": "The steering group at Sen Industri AB has no management or union representative."
  }
]
$ plift remind --new-only
Åsa Ström (asa), no e-mail address
  2026-08-10  steering-incomplete  plat      The steering group at Plåt & Svets AB has no union representative.
  2026-10-19  training-quota       plat      Plåt & Svets AB has 1 of the 2 Lean-course participants the programme asks for.

Eva Lind (eva) <eva@example.org>
  2026-11-15  phase-overdue        brodrene  Brødrene Midthaug AS is 1 day past the planned end of phase Shared vision and driving force (2026-11-15).
  2026-11-15  checklist-open       brodrene  2 checklist items of phase Shared vision and driving force are still open at Brødrene Midthaug AS (planned end 2026-11-15): Write guiding principles, Organise phase 2.

(no coach)
  2026-01-18  visit-overdue        sen       No coach visit at Sen Industri AB yet; the first was due on 2026-01-18.
  2026-01-18  pulse-missing        sen       No pulse meeting logged at Sen Industri AB yet; the first was due on 2026-01-18.
  2026-03-15  phase-overdue        sen       Sen Industri AB is 246 days past the planned end of phase Shared vision and driving force (2026-03-15).
  2026-03-15  checklist-open       sen       7 checklist items of phase Shared vision and driving force are still open at Sen Industri AB (planned end 2026-03-15): Describe challenges, ambitions and key figures, Investigate customer needs and expectations, Map employees' attitudes and expectations, Map Lean status, Establish a progress rhythm with pulse meeting and pulse board, Write guiding principles, Organise phase 2.
  2026-06-12  gathering-behind     sen       Sen Industri AB has attended 0 of 3 joint gatherings; 1 should have been attended by now.
$ plift remind --new-only
$ plift remind --new-only --format json
[]

# Bad input. Unknown coach, company or kind: exit 1 with the known ones.

$ sqlite3 plift.db .dump > before.sql
$ plift remind --coach eve
! plift: error: no coach 'eve' (did you mean 'eva'?); known coaches: asa, eva
[1]
$ plift remind --company brodrene-midthaug
! plift: error: no company 'brodrene-midthaug'; known companies: borta, brodrene, plat, ren, sen, snart
[1]
$ plift remind --kind visits-overdue
! plift: error: unknown reminder kind 'visits-overdue' (did you mean 'visit-overdue'?); the kinds are: visit-overdue, phase-overdue, phase-ending, checklist-open, pulse-missing, training-quota, gathering-behind, steering-incomplete
[1]
$ plift remind --new-only --kind nagging
! plift: error: unknown reminder kind 'nagging'; the kinds are: visit-overdue, phase-overdue, phase-ending, checklist-open, pulse-missing, training-quota, gathering-behind, steering-incomplete
[1]

# Bad dates and formats: exit 64.

$ plift remind --as-of 2026-02-30
! plift: error: invalid date for --as-of: '2026-02-30' (not a calendar date: February 2026 has 28 days; use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow)
[64]
$ plift remind --new-only --as-of someday
! plift: error: invalid date for --as-of: 'someday' (not a date; use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow)
[64]
$ plift remind --format xml
! plift: error: unknown --format 'xml' for remind: use text, json, mail, table, csv or md
[64]
$ plift remind --mail-dir outbox
! plift: error: --mail-dir goes with --format mail
[64]
$ plift remind --coach ""
! plift: error: --coach may not be empty
[64]

# --format mail needs [reminders].mail_from: exit 78, naming it.

$ sed -i 's/^mail_from = .*/mail_from = ""/' plift.toml
$ plift remind --format mail --coach eva
! plift: error: plift.toml:111: [reminders].mail_from is empty; --format mail needs a sender address, e.g. mail_from = "plift@example.org"
[78]
$ sed -i 's/^mail_from = .*/mail_from = "the office"/' plift.toml
$ plift remind --format mail --new-only
! plift: error: plift.toml:111: [reminders].mail_from 'the office' is not an e-mail address
[78]
$ sed -i 's/^mail_from = .*/mail_from = "Programkontoret <kontor@example.org>"/' plift.toml
$ plift remind --format mail --coach eva --kind phase-overdue | head -3
From: Programkontoret <kontor@example.org>\r (esc)
To: Eva Lind <eva@example.org>\r (esc)
Subject: Lean production programme: 1 reminder for Eva Lind (2026-11-16)\r (esc)

# Nothing above changed the database.

$ sqlite3 plift.db .dump > after.sql
$ cmp before.sql after.sql && echo unchanged
unchanged

# A busy database: --new-only waits for the lock, then gives up with 75 and
# remembers nothing.

$ sqlite3 plift.db "DELETE FROM shown_reminder"
$ sqlite3 plift.db .dump > before-busy.sql
$ python3 -c "import sqlite3, time; c = sqlite3.connect('plift.db', isolation_level=None); c.execute('BEGIN IMMEDIATE'); open('locked', 'w').close(); time.sleep(8)" & while [ ! -e locked ]; do sleep 0.1; done; plift remind --new-only; echo "exit $?"; wait
exit 75
! plift: error: the database is busy (another process is writing to it); try again in a moment
$ sqlite3 plift.db .dump > after-busy.sql
$ cmp before-busy.sql after-busy.sql && echo unchanged
unchanged

# Reading does not need the lock.

$ python3 -c "import sqlite3, time; c = sqlite3.connect('plift.db', isolation_level=None); c.execute('BEGIN IMMEDIATE'); open('locked2', 'w').close(); time.sleep(3)" & while [ ! -e locked2 ]; do sleep 0.1; done; plift remind --company sen --kind visit-overdue; echo "exit $?"; wait
(no coach)
  2026-01-18  visit-overdue  sen  No coach visit at Sen Industri AB yet; the first was due on 2026-01-18.
exit 0

# In the programme's language: Swedish and Norwegian keep their letters.
# (Each in its own folder with its own config and database.)

$ mkdir sv && cd sv && plift --config plift.toml init -q --template produktionslyftet && plift -q company add "Plåt & Svets i Ödeshög AB" --key plat --region Sydsverige --sector metall --employees 25 --start 2026-09-07 && plift remind
plat
(ingen coach)
  2026-09-07  steering-incomplete  plat  Styrgruppen hos Plåt & Svets i Ödeshög AB saknar representant för ledningen och facket.
  2026-09-20  visit-overdue        plat  Inget coachbesök hos Plåt & Svets i Ödeshög AB ännu; det första skulle ha skett senast 2026-09-20.
  2026-09-20  pulse-missing        plat  Inget pulsmöte registrerat hos Plåt & Svets i Ödeshög AB ännu; det första skulle ha hållits senast 2026-09-20.
  2026-11-15  phase-overdue        plat  Plåt & Svets i Ödeshög AB är 1 dag efter planerat slut för fasen Gemensam bild och drivkraft (2026-11-15).
  2026-11-15  checklist-open       plat  7 punkter på checklistan för fasen Gemensam bild och drivkraft är fortfarande öppna hos Plåt & Svets i Ödeshög AB (planerat slut 2026-11-15): Beskriva utmaningar, ambitioner och nyckeltal, Undersöka kundernas behov och förväntningar, Kartlägga medarbetarnas attityder och förväntningar, Kartlägga Lean-status, Etablera en framdriftsrytm med pulsmöte och pulstavla, Formulera vägledande principer, Organisera fas 2.
$ mkdir nb && cd nb && plift --config plift.toml init -q --template produktivitetsspranget && plift -q coach add ase --name "Åse Sørli" --org SINTEF --email ase@example.no && plift -q company add "Brødrene Ærø AS" --key brodrene --region Innlandet --sector trevare --employees 40 --start 2026-09-07 --coach ase && plift remind --kind steering-incomplete,phase-overdue && plift remind --format mail --coach ase --kind phase-overdue
ase
brodrene
Åse Sørli (ase) <ase@example.no>
  2026-09-07  steering-incomplete  brodrene  Styringsgruppen hos Brødrene Ærø AS mangler representant for ledelsen og fagforeningen.
  2026-11-15  phase-overdue        brodrene  Brødrene Ærø AS er 1 dag på overtid i fasen Felles bilde og drivkraft (planlagt slutt 2026-11-15).
From: Produktivitetsspranget <plift@produktivitetsspranget.no>\r (esc)
To: =?UTF-8?Q?=C3=85se_S=C3=B8rli?= <ase@example.no>\r (esc)
Subject: =?UTF-8?Q?Produktivitetsspranget=3A_1_p=C3=A5minnelse_for_?=\r (esc)
 =?UTF-8?Q?=C3=85se_S=C3=B8rli_=282026-11-16=29?=\r (esc)
Date: Mon, 16 Nov 2026 07:00:00 +0000\r (esc)
Message-ID: <remind.2026-11-16.b1362c88ddb3949b@produktivitetsspranget.no>\r (esc)
MIME-Version: 1.0\r (esc)
Content-Type: text/plain; charset=UTF-8\r (esc)
Content-Transfer-Encoding: quoted-printable\r (esc)
Auto-Submitted: auto-generated\r (esc)
\\r (esc)
P=C3=A5minnelser fra Produktivitetsspranget 2026-11-16, de mest forsinkede =\r (esc)
f=C3=B8rst:\r (esc)
\\r (esc)
=C3=85se S=C3=B8rli (ase) <ase@example.no>\r (esc)
  2026-11-15  phase-overdue  brodrene  Br=C3=B8drene =C3=86r=C3=B8 AS er 1 =\r (esc)
dag p=C3=A5 overtid i fasen Felles bilde og drivkraft (planlagt slutt 2026-=\r (esc)
11-15).\r (esc)
\\r (esc)
--=20\r (esc)
plift remind\r (esc)
