# A simulated November: cron runs `plift remind --new-only --as-of DAY` every
# morning. Each reminder is shown exactly once, on the morning it falls due;
# the coordinator fixes a few things along the way. The default programme:
# phase 1 is 10 weeks, visits every 2 weeks (overdue after 7 grace days),
# pulse meetings every 14 days, warnings 14 days before a phase ends.

$ plift init -q
$ plift -q coach add eva --name "Eva Lind" --org RISE --email eva@example.org
eva
$ plift -q coach add ola --name "Ola Nordmann" --org SINTEF --email ola@example.no
ola

# Alfa: phase 1 planned to end on 2026-11-29 with two checklist items open.

$ plift -q company add "Alfa Verkstad AB" --key alfa --region Syd --sector metal --employees 40 --start 2026-09-21 --coach eva
alfa
$ for item in challenges customer-needs employee-attitudes lean-status pulse-rhythm; do plift -q phase check alfa $item --date 2026-10-20; done

# Brødrene: in the pilot; the last coach visit was on Friday 2026-10-23, so
# the next falls due on 2026-11-06 and is overdue from 2026-11-14.

$ plift -q company add "Brødrene Midthaug AS" --key brodrene --region Nord --sector wood --employees 80 --start 2026-03-02 --coach eva
brodrene
$ plift -q phase advance brodrene --date 2026-05-11 --force --reason "Checklist kept on paper"
$ plift -q gathering add var-2026 --title "Vårträff i Jönköping" --date 2026-06-10
var-2026
$ plift -q gathering attend var-2026 brodrene --people 3

# Plåt & Svets: phase 1 ends on 2026-11-08 with one item open and only one
# course participant.

$ plift -q company add "Plåt & Svets AB" --key plat --region Syd --sector metal --employees 25 --start 2026-08-31 --coach eva
plat
$ for item in challenges customer-needs employee-attitudes lean-status pulse-rhythm guiding-principles; do plift -q phase check plat $item --date 2026-10-20; done

# Gjuteri: a third of its journey is behind it on 2026-11-20, and it has not
# been to a joint gathering.

$ plift -q company add "Gjuteri Norr AB" --key gjuteri --region Nord --sector foundry --employees 120 --start 2026-05-18 --coach ola
gjuteri
$ plift -q phase advance gjuteri --date 2026-08-24 --force --reason "Checklist kept on paper"

# Fjord: the pulse meetings stop after Wednesday 2026-10-28 (due again on 2026-11-11).

$ plift -q company add "Fjord Mekaniske AS" --key fjord --region Vest --sector machining --employees 55 --start 2026-06-01 --coach ola
fjord
$ plift -q phase advance fjord --date 2026-09-07 --force --reason "Checklist kept on paper"
$ plift -q pulse log fjord --status yellow --date 2026-10-28

# Norrsken: enrolled to start on Monday 2026-11-02, with a steering group of
# management only.

$ plift -q company add "Norrsken Plast AB" --key norrsken --region Nord --sector plastics --employees 30 --start 2026-11-02 --coach ola
norrsken
$ plift -q steering add norrsken --person "Nina Chef" --role management

# Everything else is in order: full steering groups, two course participants
# each, a visit and a pulse meeting on Monday 2026-10-26.

$ for c in alfa brodrene plat gjuteri fjord; do plift -q steering add $c --person "Chef $c" --role management; plift -q steering add $c --person "Facket $c" --role union; done
$ for c in alfa brodrene gjuteri fjord; do for p in Anna Bo; do plift -q training enroll $c --person "$p $c" --date 2026-09-25; done; done
$ plift -q training enroll plat --person "Anna plat" --date 2026-09-25
$ for c in alfa plat gjuteri fjord; do plift -q visit log $c --date 2026-10-26; done
$ for c in alfa brodrene plat gjuteri; do plift -q pulse log $c --status green --date 2026-10-26; done
$ plift -q visit log brodrene --date 2026-10-23

# Each morning: the routine (a pulse meeting every Monday for those keeping the
# rhythm, a coach visit every other Monday for those being visited), then cron.

$ cat > morning.sh <<'END'
> day=$1
> export PLIFT_TODAY=$day
> if [ "$(date -d "$day" +%u)" = 1 ]; then
>   for c in alfa brodrene plat gjuteri norrsken; do plift -q pulse log $c --status green; done
>   if [ $((10#$(date -d "$day" +%V) % 2)) = 0 ]; then
>     for c in alfa plat gjuteri fjord norrsken; do plift -q visit log $c; done
>   fi
> fi
> echo "== $day $(date -d "$day" +%a)"
> plift remind --new-only --as-of "$day"
> END

# The first morning shows what is already due: Plåt & Svets' phase ends in a week.
# On the 2nd, Norrsken starts without a union member in its steering group.

$ for d in 01 02 03 04; do bash morning.sh 2026-11-$d; done
== 2026-11-01 Sun
Eva Lind (eva) <eva@example.org>
  2026-11-08  phase-ending    plat  Phase Shared vision and driving force at Plåt & Svets AB is planned to end on 2026-11-08, in 7 days.
  2026-11-08  checklist-open  plat  1 checklist item of phase Shared vision and driving force is still open at Plåt & Svets AB (planned end 2026-11-08): Organise phase 2.
== 2026-11-02 Mon
Ola Nordmann (ola) <ola@example.no>
  2026-11-02  steering-incomplete  norrsken  The steering group at Norrsken Plast AB has no union representative.
== 2026-11-03 Tue
== 2026-11-04 Wed

# The coordinator ticks Plåt & Svets' last item, and on Monday moves it on to
# the pilot: now it is past phase 1 with one course participant.

$ PLIFT_TODAY=2026-11-05 plift -q phase check plat organise-phase-2
$ for d in 05 06 07 08; do bash morning.sh 2026-11-$d; done
== 2026-11-05 Thu
== 2026-11-06 Fri
== 2026-11-07 Sat
== 2026-11-08 Sun
$ PLIFT_TODAY=2026-11-09 plift -q phase advance plat

# Norrsken's union member joins on the 10th. Fjord's pulse meetings have
# lapsed (from the 12th); Brødrene's visit is overdue (from the 14th); Alfa's
# phase ends within two weeks with items open (from the 15th).

$ for d in 09; do bash morning.sh 2026-11-$d; done
== 2026-11-09 Mon
Eva Lind (eva) <eva@example.org>
  2026-11-09  training-quota  plat  Plåt & Svets AB has 1 of the 2 Lean-course participants the programme asks for.
$ PLIFT_TODAY=2026-11-10 plift -q steering add norrsken --person "Ulf Fack" --role union
$ for d in 10 11 12 13 14 15 16; do bash morning.sh 2026-11-$d; done
== 2026-11-10 Tue
== 2026-11-11 Wed
== 2026-11-12 Thu
Ola Nordmann (ola) <ola@example.no>
  2026-11-11  pulse-missing  fjord  No pulse meeting logged at Fjord Mekaniske AS since 2026-10-28; the next was due on 2026-11-11.
== 2026-11-13 Fri
== 2026-11-14 Sat
Eva Lind (eva) <eva@example.org>
  2026-11-06  visit-overdue  brodrene  No coach visit at Brødrene Midthaug AS since 2026-10-23; the next was due on 2026-11-06.
== 2026-11-15 Sun
Eva Lind (eva) <eva@example.org>
  2026-11-29  phase-ending    alfa  Phase Shared vision and driving force at Alfa Verkstad AB is planned to end on 2026-11-29, in 14 days.
  2026-11-29  checklist-open  alfa  2 checklist items of phase Shared vision and driving force are still open at Alfa Verkstad AB (planned end 2026-11-29): Write guiding principles, Organise phase 2.
== 2026-11-16 Mon

# Fixes: a visit to Brødrene, a pulse meeting at Fjord, a second course
# participant at Plåt & Svets, one more checklist item at Alfa. None of it is
# news. Gjuteri falls behind on gatherings on the 20th.

$ PLIFT_TODAY=2026-11-17 plift -q visit log brodrene
$ PLIFT_TODAY=2026-11-18 plift -q pulse log fjord --status green --note "Back on rhythm"
$ PLIFT_TODAY=2026-11-19 plift -q training enroll plat --person "Bo plat"
$ PLIFT_TODAY=2026-11-20 plift -q phase check alfa guiding-principles
$ for d in 17 18 19 20 21 22 23 24 25; do bash morning.sh 2026-11-$d; done
== 2026-11-17 Tue
== 2026-11-18 Wed
== 2026-11-19 Thu
== 2026-11-20 Fri
Ola Nordmann (ola) <ola@example.no>
  2026-11-20  gathering-behind  gjuteri  Gjuteri Norr AB has attended 0 of 3 joint gatherings; 1 should have been attended by now.
== 2026-11-21 Sat
== 2026-11-22 Sun
== 2026-11-23 Mon
== 2026-11-24 Tue
== 2026-11-25 Wed

# Gjuteri attends the autumn gathering; Alfa runs past its planned end.

$ PLIFT_TODAY=2026-11-26 plift -q gathering add host-2026 --title "Höstträff i Umeå" --date 2026-11-26
host-2026
$ PLIFT_TODAY=2026-11-26 plift -q gathering attend host-2026 gjuteri --people 4
$ for d in 26 27 28 29 30; do bash morning.sh 2026-11-$d; done
== 2026-11-26 Thu
== 2026-11-27 Fri
== 2026-11-28 Sat
== 2026-11-29 Sun
== 2026-11-30 Mon
Eva Lind (eva) <eva@example.org>
  2026-11-29  phase-overdue  alfa  Alfa Verkstad AB is 1 day past the planned end of phase Shared vision and driving force (2026-11-29).

# What is still outstanding at the end of the month, and what was shown when.

$ PLIFT_TODAY=2026-11-30 plift remind
Eva Lind (eva) <eva@example.org>
  2026-11-29  phase-overdue   alfa  Alfa Verkstad AB is 1 day past the planned end of phase Shared vision and driving force (2026-11-29).
  2026-11-29  checklist-open  alfa  1 checklist item of phase Shared vision and driving force is still open at Alfa Verkstad AB (planned end 2026-11-29): Organise phase 2.
$ sqlite3 plift.db "SELECT first_shown, company, kind, due FROM shown_reminder ORDER BY first_shown, company, kind"
2026-11-01|plat|checklist-open|2026-11-08
2026-11-01|plat|phase-ending|2026-11-08
2026-11-02|norrsken|steering-incomplete|2026-11-02
2026-11-09|plat|training-quota|2026-11-09
2026-11-12|fjord|pulse-missing|2026-11-11
2026-11-14|brodrene|visit-overdue|2026-11-06
2026-11-15|alfa|checklist-open|2026-11-29
2026-11-15|alfa|phase-ending|2026-11-29
2026-11-20|gjuteri|gathering-behind|2026-11-20
2026-11-30|alfa|phase-overdue|2026-11-29
