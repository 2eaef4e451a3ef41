# plift check: every programme rule over the whole database. Today is 2026-11-16.
# A clean programme is silent; each planted problem is found, once.

$ plift init -q
$ plift -q coach add eva --name "Eva Lind" --org RISE --email eva@example.org
eva

# A clean company: two weeks in, visited, pulses on rhythm, a full steering group.

$ plift -q company add "Ren Verkstad AB" --key ren --region Syd --sector metal --employees 40 --start 2026-11-02 --coach eva
ren
$ plift -q steering add ren --person "Karin Ek" --role management
$ plift -q steering add ren --person "Olle Berg" --role union
$ plift -q visit log ren --date 2026-11-10
$ plift -q pulse log ren --status green --date 2026-11-03
$ plift -q pulse log ren --status green --date 2026-11-13
$ plift check
$ plift check --format json
[]

# Planted: a company long past its first phase's planned end, without a union
# member, never visited, with a long silence between pulse meetings and no
# joint gathering attended.

$ plift -q company add "Sen Industri AB" --key sen --region Syd --sector wood --employees 60 --start 2026-01-05
sen
$ plift -q steering add sen --person "Per Sen" --role management
$ plift -q pulse log sen --status green --date 2026-01-12
$ plift -q pulse log sen --status yellow --date 2026-10-26
$ plift -q pulse log sen --status yellow --date 2026-11-09

# Planted: moved on to the pilot with only one course participant.

$ plift -q company add "Kvot Plast AB" --key kvot --region Syd --sector plastics --employees 25 --start 2026-09-07 --coach eva
kvot
$ plift -q steering add kvot --person "Lisa Kvot" --role management
$ plift -q steering add kvot --person "Ali Facket" --role union
$ plift -q training enroll kvot --person "Anna Svets" --date 2026-09-10
$ plift -q phase advance kvot --date 2026-11-02 --force --reason "Board wants the pilot before Christmas"
$ plift -q visit log kvot --date 2026-11-12
$ plift -q pulse log kvot --status green --date 2026-11-09
$ for d in 2026-09-14 2026-09-28 2026-10-12 2026-10-26; do plift -q pulse log kvot --status green --date $d; plift -q visit log kvot --date $d; done

# Planted: a visit recorded before the journey began, as an import from another
# system could leave it.

$ sqlite3 plift.db "INSERT INTO visit (company, date, coach, mode) VALUES ('ren', '2026-10-20', 'eva', 'onsite')"

$ plift check
kvot: training-quota: Kvot Plast AB has 1 of the 2 Lean-course participants the programme asks for.
ren: event-outside-journey: A coach visit on 2026-10-20 is before the journey started on 2026-11-02.
sen: steering-incomplete: The steering group at Sen Industri AB has no union representative.
sen: phase-overdue: Sen Industri AB is 246 days past the planned end of phase Shared vision and driving force (2026-03-15).
sen: visit-overdue: No coach visit at Sen Industri AB yet; the first was due on 2026-01-18.
sen: pulse-gap: No pulse meeting after the one on 2026-01-12 until 2026-10-26 (259 coaching days; the rhythm is every 14 days).
sen: gathering-behind: Sen Industri AB has attended 0 of 3 joint gatherings; 1 should have been attended by now.
[1]

$ plift check --rule visit-overdue --rule pulse-gap --format csv
company,rule,date,message\r (esc)
sen,visit-overdue,2026-01-18,"No coach visit at Sen Industri AB yet; the first was due on 2026-01-18."\r (esc)
sen,pulse-gap,2026-01-26,"No pulse meeting after the one on 2026-01-12 until 2026-10-26 (259 coaching days; the rhythm is every 14 days)."\r (esc)
[1]

$ plift check --rule pulse-gaps
! plift: error: unknown --rule 'pulse-gaps' (did you mean 'pulse-gap'?); the rules are: event-outside-journey, steering-incomplete, training-quota, phase-overdue, visit-overdue, pulse-gap, gathering-behind
[64]

$ plift check --format json --rule training-quota
[
  {
    "company": "kvot",
    "rule": "training-quota",
    "date": "2026-11-02",
    "message": "Kvot Plast AB has 1 of the 2 Lean-course participants the programme asks for."
  }
]
[1]

# Fixing the records clears those findings.

$ sqlite3 plift.db "DELETE FROM visit WHERE company = 'ren' AND date = '2026-10-20'"
$ plift -q training enroll kvot --person "Bo Bult" --date 2026-11-16
$ plift check --rule training-quota --rule event-outside-journey
