# plift calendar: planned phase ends, coach visit slots and gatherings as
# iCalendar. Today is 2026-11-16 (PLIFT_TODAY). CRLF line ends show as \r.

$ plift init -q
$ plift calendar | cat -A
BEGIN:VCALENDAR^M$
VERSION:2.0^M$
PRODID:-//plift//plift 0.1.0//EN^M$
CALSCALE:GREGORIAN^M$
METHOD:PUBLISH^M$
X-WR-CALNAME:Lean production programme^M$
END:VCALENDAR^M$

$ plift -q coach add eva --name "Eva Lind" --org RISE
eva
$ plift -q company add "Brødrene Midthaug AS" --key brodrene --region Nord --sector wood --employees 80 --start 2026-09-07 --coach eva
brodrene
$ plift -q visit log brodrene --date 2026-10-20
$ plift -q company add "Plåt & Svets AB" --key plat --region Syd --sector metal --employees 25 --start 2026-06-01
plat
$ plift -q phase advance plat --date 2026-08-31 --force --reason "Pilot before the summer"
$ plift -q visit log plat --date 2026-11-09

# Not in the calendar: a company that has not started and one that withdrew.

$ plift -q company add "Snart AB" --key snart --region Syd --sector wood --employees 12 --start 2026-12-07
snart
$ plift -q company add "Borta AB" --key borta --region Syd --sector wood --employees 12 --start 2026-02-02
borta
$ plift -q company withdraw borta --date 2026-06-01 --reason "Sold"
$ plift -q gathering add var --title "Vårträff; 5S, flöde" --date 2026-05-20 --location "Jönköping, Elmia" --kind seminar
var
$ plift -q gathering attend var plat
$ plift -q gathering attend var borta
$ plift -q gathering add host --title "Höstträff" --date 2026-12-02
host

# The whole programme: the current phase's planned end and the later phases
# laid back to back from it (Brødrene's first phase is a day overdue: the
# plan stands until it moves on), visit slots for 8 weeks, the first at its
# due day or today if overdue, and every gathering.

$ plift calendar --weeks 4
BEGIN:VCALENDAR\r (esc)
VERSION:2.0\r (esc)
PRODID:-//plift//plift 0.1.0//EN\r (esc)
CALSCALE:GREGORIAN\r (esc)
METHOD:PUBLISH\r (esc)
X-WR-CALNAME:Lean production programme\r (esc)
BEGIN:VEVENT\r (esc)
UID:gathering.var@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20260520\r (esc)
DTEND;VALUE=DATE:20260521\r (esc)
SUMMARY:Vårträff\\; 5S\\, flöde\r (esc)
DESCRIPTION:Seminar of Lean production programme. Attending: Plåt & Svets \r (esc)
 AB\\, Borta AB.\r (esc)
LOCATION:Jönköping\\, Elmia\r (esc)
CATEGORIES:Seminar\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:phase-end.brodrene.vision@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20261115\r (esc)
DTEND;VALUE=DATE:20261116\r (esc)
SUMMARY:Brødrene Midthaug AS: end of Shared vision and driving force\r (esc)
DESCRIPTION:Planned end of phase 1 of 3\\, Shared vision and driving force\\,\r (esc)
  which Brødrene Midthaug AS began on 2026-09-07.\r (esc)
CATEGORIES:Phase end\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:visit.brodrene.2@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20261116\r (esc)
DTEND;VALUE=DATE:20261117\r (esc)
SUMMARY:Brødrene Midthaug AS: coach visit\r (esc)
DESCRIPTION:Coach visit number 2 to Brødrene Midthaug AS\\; one every 2 coa\r (esc)
 ching weeks. Overdue: it fell due on 2026-11-03. Coach: Eva Lind.\r (esc)
CATEGORIES:Coach visit\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:visit.plat.2@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20261123\r (esc)
DTEND;VALUE=DATE:20261124\r (esc)
SUMMARY:Plåt & Svets AB: coach visit\r (esc)
DESCRIPTION:Coach visit number 2 to Plåt & Svets AB\\; one every 2 coaching\r (esc)
  weeks.\r (esc)
CATEGORIES:Coach visit\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:visit.brodrene.3@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20261130\r (esc)
DTEND;VALUE=DATE:20261201\r (esc)
SUMMARY:Brødrene Midthaug AS: coach visit\r (esc)
DESCRIPTION:Coach visit number 3 to Brødrene Midthaug AS\\; one every 2 coa\r (esc)
 ching weeks. Coach: Eva Lind.\r (esc)
CATEGORIES:Coach visit\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:gathering.host@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20261202\r (esc)
DTEND;VALUE=DATE:20261203\r (esc)
SUMMARY:Höstträff\r (esc)
DESCRIPTION:Joint gathering of Lean production programme.\r (esc)
CATEGORIES:Gathering\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:visit.plat.3@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20261207\r (esc)
DTEND;VALUE=DATE:20261208\r (esc)
SUMMARY:Plåt & Svets AB: coach visit\r (esc)
DESCRIPTION:Coach visit number 3 to Plåt & Svets AB\\; one every 2 coaching\r (esc)
  weeks.\r (esc)
CATEGORIES:Coach visit\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:phase-end.plat.pilot@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20270502\r (esc)
DTEND;VALUE=DATE:20270503\r (esc)
SUMMARY:Plåt & Svets AB: end of Pilot\r (esc)
DESCRIPTION:Planned end of phase 2 of 3\\, Pilot\\, which Plåt & Svets AB be\r (esc)
 gan on 2026-08-31.\r (esc)
CATEGORIES:Phase end\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:phase-end.brodrene.pilot@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20270815\r (esc)
DTEND;VALUE=DATE:20270816\r (esc)
SUMMARY:Brødrene Midthaug AS: end of Pilot\r (esc)
DESCRIPTION:Planned end of phase 2 of 3\\, Pilot\\, for Brødrene Midthaug AS\r (esc)
 \\, if the phases before it end as planned.\r (esc)
CATEGORIES:Phase end\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:phase-end.plat.line@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20271128\r (esc)
DTEND;VALUE=DATE:20271129\r (esc)
SUMMARY:Plåt & Svets AB: end of Line organisation\r (esc)
DESCRIPTION:Planned end of phase 3 of 3\\, Line organisation\\, for Plåt & S\r (esc)
 vets AB\\, if the phases before it end as planned.\r (esc)
CATEGORIES:Phase end\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:phase-end.brodrene.line@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20280227\r (esc)
DTEND;VALUE=DATE:20280228\r (esc)
SUMMARY:Brødrene Midthaug AS: end of Line organisation\r (esc)
DESCRIPTION:Planned end of phase 3 of 3\\, Line organisation\\, for Brødrene\r (esc)
  Midthaug AS\\, if the phases before it end as planned.\r (esc)
CATEGORIES:Phase end\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
END:VCALENDAR\r (esc)

# One company: its own events, the gatherings it attended and the joint ones
# to come (the default horizon is 8 weeks: Christmas weeks carry no visits).

$ plift calendar plat
BEGIN:VCALENDAR\r (esc)
VERSION:2.0\r (esc)
PRODID:-//plift//plift 0.1.0//EN\r (esc)
CALSCALE:GREGORIAN\r (esc)
METHOD:PUBLISH\r (esc)
X-WR-CALNAME:Lean production programme: Plåt & Svets AB\r (esc)
BEGIN:VEVENT\r (esc)
UID:gathering.var@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20260520\r (esc)
DTEND;VALUE=DATE:20260521\r (esc)
SUMMARY:Vårträff\\; 5S\\, flöde\r (esc)
DESCRIPTION:Seminar of Lean production programme. Attending: Plåt & Svets \r (esc)
 AB\\, Borta AB.\r (esc)
LOCATION:Jönköping\\, Elmia\r (esc)
CATEGORIES:Seminar\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:visit.plat.2@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20261123\r (esc)
DTEND;VALUE=DATE:20261124\r (esc)
SUMMARY:Plåt & Svets AB: coach visit\r (esc)
DESCRIPTION:Coach visit number 2 to Plåt & Svets AB\\; one every 2 coaching\r (esc)
  weeks.\r (esc)
CATEGORIES:Coach visit\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:gathering.host@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20261202\r (esc)
DTEND;VALUE=DATE:20261203\r (esc)
SUMMARY:Höstträff\r (esc)
DESCRIPTION:Joint gathering of Lean production programme.\r (esc)
CATEGORIES:Gathering\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:visit.plat.3@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20261207\r (esc)
DTEND;VALUE=DATE:20261208\r (esc)
SUMMARY:Plåt & Svets AB: coach visit\r (esc)
DESCRIPTION:Coach visit number 3 to Plåt & Svets AB\\; one every 2 coaching\r (esc)
  weeks.\r (esc)
CATEGORIES:Coach visit\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:phase-end.plat.pilot@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20270502\r (esc)
DTEND;VALUE=DATE:20270503\r (esc)
SUMMARY:Plåt & Svets AB: end of Pilot\r (esc)
DESCRIPTION:Planned end of phase 2 of 3\\, Pilot\\, which Plåt & Svets AB be\r (esc)
 gan on 2026-08-31.\r (esc)
CATEGORIES:Phase end\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
BEGIN:VEVENT\r (esc)
UID:phase-end.plat.line@plift\r (esc)
DTSTAMP:20261116T000000Z\r (esc)
DTSTART;VALUE=DATE:20271128\r (esc)
DTEND;VALUE=DATE:20271129\r (esc)
SUMMARY:Plåt & Svets AB: end of Line organisation\r (esc)
DESCRIPTION:Planned end of phase 3 of 3\\, Line organisation\\, for Plåt & S\r (esc)
 vets AB\\, if the phases before it end as planned.\r (esc)
CATEGORIES:Phase end\r (esc)
TRANSP:TRANSPARENT\r (esc)
END:VEVENT\r (esc)
END:VCALENDAR\r (esc)

# To a file: written whole or not at all, mode 0600, the same bytes as stdout.

$ plift calendar -o programme.ics
wrote programme.ics (12 events)
$ plift -q calendar -o again.ics
$ plift calendar | cmp - programme.ics
$ cmp programme.ics again.ics
$ stat -c '%a %n' programme.ics
600 programme.ics
$ ls
again.ics
plift.db
plift.toml
programme.ics
$ plift calendar -o missing/programme.ics
! plift: error: cannot write 'missing/programme.ics': No such file or directory
[74]

# Refused: unknown company, a horizon out of range, other formats.

$ plift calendar plt
! plift: error: no company 'plt' (did you mean 'plat'?); known companies: borta, brodrene, plat, snart
[1]
$ plift calendar --weeks 0
! plift: error: --weeks takes a whole number from 1 to 104, not 0
[64]
$ plift calendar --weeks 105
! plift: error: --weeks takes a whole number from 1 to 104, not 105
[64]
$ plift calendar --weeks many
! plift: error: --weeks takes a whole number, not 'many' (see 'plift calendar --help')
[64]
$ plift calendar --json
! plift: error: calendar writes iCalendar only; leave out --format and --json
[64]
$ plift --format csv calendar
! plift: error: calendar writes iCalendar only; leave out --format and --json
[64]
$ plift calendar -o ""
! plift: error: -o may not be empty; leave it out to write to stdout
[64]
$ plift calendar brodrene plat
! plift: error: unknown option or argument 'plat' for 'plift calendar' (see 'plift calendar --help')
[64]
