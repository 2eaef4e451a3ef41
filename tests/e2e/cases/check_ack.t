# plift check ack|unack: a finding known and accepted no longer counts, until
# its --until day has passed or a new fact arises. Today is 2026-11-16.

$ plift init -q
$ plift -q company add "Sen Industri AB" --key sen --region Syd --sector wood --employees 60 --start 2026-01-05
sen
$ plift -q steering add sen --person "Per Sen" --role management
$ plift -q pulse log sen --status green --date 2026-01-12
$ plift -q pulse log sen --status yellow --date 2026-10-26
$ plift -q pulse log sen --status yellow --date 2026-11-09
$ plift check
sen: steering-incomplete: The steering group at Sen Industri AB has no union representative.
sen: phase-overdue: Sen Industri AB is 246 days past the planned end of phase Shared vision and driving force (2026-03-15).
sen: visit-overdue: No coach visit at Sen Industri AB yet; the first was due on 2026-01-18.
sen: pulse-gap: No pulse meeting after the one on 2026-01-12 until 2026-10-26 (259 coaching days; the rhythm is every 14 days).
sen: gathering-behind: Sen Industri AB has attended 0 of 3 joint gatherings; 1 should have been attended by now.
[1]

# The pulse gap lies in the past and can never be fixed: acknowledge it.

$ plift check ack sen pulse-gap --reason "Plant closed for rebuilding from February to October"
sen: pulse-gap acknowledged (1 finding)
$ plift check
sen: steering-incomplete: The steering group at Sen Industri AB has no union representative.
sen: phase-overdue: Sen Industri AB is 246 days past the planned end of phase Shared vision and driving force (2026-03-15).
sen: visit-overdue: No coach visit at Sen Industri AB yet; the first was due on 2026-01-18.
sen: gathering-behind: Sen Industri AB has attended 0 of 3 joint gatherings; 1 should have been attended by now.
[1]

# Every refusal names what was wrong and changes nothing.

$ plift check ack sne pulse-gap --reason x
! plift: error: no company 'sne' (did you mean 'sen'?); known companies: sen
[1]
$ plift check ack sen pulse-gaps --reason x
! plift: error: unknown rule 'pulse-gaps' (did you mean 'pulse-gap'?); the rules are: event-outside-journey, steering-incomplete, training-quota, phase-overdue, visit-overdue, pulse-gap, gathering-behind
[1]
$ plift check ack sen pulse-gap --reason "  "
! plift: error: --reason may not be empty
[64]
$ plift check ack sen pulse-gap
! plift: error: 'plift check ack': --reason is required (see 'plift check ack --help')
[64]
$ plift check ack sen training-quota --reason "Only one course place"
! plift: error: sen has no training-quota finding on 2026-11-16: there is nothing to acknowledge
[1]
$ plift check ack sen visit-overdue --reason x --until 2026-11-15
! plift: error: --until 2026-11-15 is before today (2026-11-16): the acknowledgement would never hold
[1]
$ plift check ack sen visit-overdue --reason x --until 2026-11-31
! plift: error: invalid date for --until: '2026-11-31' (not a calendar date: November 2026 has 30 days; use YYYY-MM-DD, YYYY-Www, YYYY-Www-D, today, yesterday or tomorrow)
[64]
$ plift check unack sen visit-overdue
! plift: error: sen has no acknowledgement of visit-overdue (it has: pulse-gap)
[1]
$ plift check unack sen pulse-gaps
! plift: error: unknown rule 'pulse-gaps' (did you mean 'pulse-gap'?); the rules are: event-outside-journey, steering-incomplete, training-quota, phase-overdue, visit-overdue, pulse-gap, gathering-behind
[1]
$ plift check unack nobody pulse-gap
! plift: error: no company 'nobody'; known companies: sen
[1]
$ plift check --all ack sen visit-overdue --reason x
! plift: error: --rule and --all belong to 'plift check', not to ack or unack
[64]
$ plift log --format json | grep -c '"id"'
6

# The rest in a batch file; the visit is accepted only until the end of the month.

$ cat > acks.plift <<'END'
> check ack sen steering-incomplete --reason "Union representative elected in December"
> check ack sen phase-overdue --reason "Board moved the plan"
> check ack sen visit-overdue --reason "Coach on leave" --until 2026-11-30
> check ack sen gathering-behind --reason "Joins the spring gathering"
> END
$ plift batch acks.plift
sen: steering-incomplete acknowledged (1 finding)
sen: phase-overdue acknowledged (1 finding)
sen: visit-overdue acknowledged (1 finding), until 2026-11-30
sen: gathering-behind acknowledged (1 finding)

# Only acknowledged findings: check exits 0 and says nothing; --all shows them marked.

$ plift check
$ plift check --all
sen: steering-incomplete: The steering group at Sen Industri AB has no union representative. [acknowledged 2026-11-16: Union representative elected in December]
sen: phase-overdue: Sen Industri AB is 246 days past the planned end of phase Shared vision and driving force (2026-03-15). [acknowledged 2026-11-16: Board moved the plan]
sen: visit-overdue: No coach visit at Sen Industri AB yet; the first was due on 2026-01-18. [acknowledged 2026-11-16, until 2026-11-30: Coach on leave]
sen: pulse-gap: No pulse meeting after the one on 2026-01-12 until 2026-10-26 (259 coaching days; the rhythm is every 14 days). [acknowledged 2026-11-16: Plant closed for rebuilding from February to October]
sen: gathering-behind: Sen Industri AB has attended 0 of 3 joint gatherings; 1 should have been attended by now. [acknowledged 2026-11-16: Joins the spring gathering]
$ plift check --all --rule visit-overdue --format json
[
  {
    "company": "sen",
    "rule": "visit-overdue",
    "date": "2026-01-18",
    "message": "No coach visit at Sen Industri AB yet; the first was due on 2026-01-18.",
    "acknowledged": "2026-11-16",
    "until": "2026-11-30",
    "reason": "Coach on leave"
  }
]

# Acknowledging again replaces the reason and until.

$ plift check ack sen phase-overdue --reason "Board moved the plan to March" --until 2026-12-31
sen: phase-overdue acknowledged again, replacing the earlier acknowledgement (1 finding), until 2026-12-31
$ plift check --all --rule phase-overdue --format csv
company,rule,date,message,acknowledged,until,reason\r (esc)
sen,phase-overdue,2026-03-15,Sen Industri AB is 246 days past the planned end of phase Shared vision and driving force (2026-03-15).,2026-11-16,2026-12-31,Board moved the plan to March\r (esc)

# The company report lists them with their reason.

$ plift report company sen --format md | sed -n '/^## Acknowledged findings/,$p'
## Acknowledged findings

| Rule | Finding | Reason | Acknowledged | Until |
| --- | --- | --- | --- | --- |
| steering-incomplete | The steering group at Sen Industri AB has no union representative. | Union representative elected in December | 2026-11-16 | until taken back |
| phase-overdue | Sen Industri AB is 246 days past the planned end of phase Shared vision and driving force (2026-03-15). | Board moved the plan to March | 2026-11-16 | 2026-12-31 |
| visit-overdue | No coach visit at Sen Industri AB yet; the first was due on 2026-01-18. | Coach on leave | 2026-11-16 | 2026-11-30 |
| pulse-gap | No pulse meeting after the one on 2026-01-12 until 2026-10-26 (259 coaching days; the rhythm is every 14 days). | Plant closed for rebuilding from February to October | 2026-11-16 | until taken back |
| gathering-behind | Sen Industri AB has attended 0 of 3 joint gatherings; 1 should have been attended by now. | Joins the spring gathering | 2026-11-16 | until taken back |
$ plift report company sen --format json | python3 -c 'import json,sys; print(json.dumps(json.load(sys.stdin)["acknowledged_findings"][0], ensure_ascii=False))'
{"rule": "steering-incomplete", "reason": "Union representative elected in December", "acknowledged": "2026-11-16", "until": null, "findings": ["The steering group at Sen Industri AB has no union representative."]}

# Through its until day it holds; the day after it counts again.

$ PLIFT_TODAY=2026-11-30 plift check --rule visit-overdue
$ PLIFT_TODAY=2026-12-01 plift check --rule visit-overdue
sen: visit-overdue: No coach visit at Sen Industri AB yet; the first was due on 2026-01-18.
[1]

# A new fact: a new pulse gap, after the acknowledgement, counts; the old gap stays acknowledged.

$ PLIFT_TODAY=2026-12-07 plift check --all --rule pulse-gap
sen: pulse-gap: No pulse meeting after the one on 2026-01-12 until 2026-10-26 (259 coaching days; the rhythm is every 14 days). [acknowledged 2026-11-16: Plant closed for rebuilding from February to October]
sen: pulse-gap: No pulse meeting after the one on 2026-11-09 up to today (28 coaching days; the rhythm is every 14 days).
[1]

# Taken back, the finding counts again.

$ plift check unack sen steering-incomplete
sen: steering-incomplete no longer acknowledged (acknowledged 2026-11-16)
$ plift check
sen: steering-incomplete: The steering group at Sen Industri AB has no union representative.
[1]

# Undo of an acknowledgement.

$ plift check ack sen steering-incomplete --reason "Union representative elected in December"
sen: steering-incomplete acknowledged (1 finding)
$ plift check
$ plift undo
undid #10 (plift check ack sen steering-incomplete --reason 'Union representative elected in December', 2026-11-16T09:00:00Z by coordinator): -1 finding_ack
$ plift check
sen: steering-incomplete: The steering group at Sen Industri AB has no union representative.
[1]

# Export and import carry the acknowledgements: export, import, export is the same.

$ plift export acknowledgements --format csv
company,rule,reason,acknowledged,until\r (esc)
sen,gathering-behind,Joins the spring gathering,2026-11-16,\r (esc)
sen,phase-overdue,Board moved the plan to March,2026-11-16,2026-12-31\r (esc)
sen,pulse-gap,Plant closed for rebuilding from February to October,2026-11-16,\r (esc)
sen,visit-overdue,Coach on leave,2026-11-16,2026-11-30\r (esc)
$ plift export -o all.json && plift --db copy.db init -q && plift --db copy.db import all all.json
all.json: imported 10 rows of the programme
$ plift --db copy.db export | cmp - all.json && echo same
same

# An imported acknowledgement keeps its day; one already there is replaced only with --update.

$ printf 'company,rule,reason,acknowledged,until\nsen,pulse-gap,Rebuilding,2026-11-01,\n' > acks.csv && plift import acknowledgements acks.csv
! plift: error: acks.csv:2: sen already has an acknowledgement of pulse-gap (acknowledged 2026-11-16); pass --update to replace it
[65]
$ plift import acknowledgements acks.csv --update && plift export acknowledgements --format csv | grep pulse-gap
acks.csv: imported 1 row of acknowledgements
sen,pulse-gap,Rebuilding,2026-11-01,\r (esc)
$ printf 'company,rule,reason,acknowledged\nsen,phase-overdue,Later,2026-12-01\n' | plift import acknowledgements -
! plift: error: stdin:2: column 'acknowledged': the day of acknowledgement 2026-12-01 is in the future (today is 2026-11-16)
[65]
$ printf 'company,rule,reason,acknowledged,until\nsen,phase-overdue,Later,2026-11-10,2026-11-01\n' | plift import acknowledgements -
! plift: error: stdin:2: column 'until': 2026-11-01 is before the day of acknowledgement (2026-11-10): the acknowledgement would never hold
[65]
$ printf 'company,rule,reason\nsen,pulse-gapp,x\n' | plift import acknowledgements -
! plift: error: stdin:2: column 'rule': unknown rule 'pulse-gapp' (did you mean 'pulse-gap'?); the rules are: event-outside-journey, steering-incomplete, training-quota, phase-overdue, visit-overdue, pulse-gap, gathering-behind
[65]

# db verify: an acknowledgement of a rule plift does not know (written past plift) is a finding.

$ plift db verify
ok: $CASE/plift.db: integrity, foreign keys, schema, 12 audit entries, 1 company checked
$ sqlite3 plift.db "INSERT INTO finding_ack VALUES ('sen', 'pulse-gapp', 'r', '2026-11-16', NULL)" && plift db verify
acknowledgement: sen: the acknowledgement of 'pulse-gapp' names no rule plift knows (did you mean 'pulse-gap'?)
! plift: error: database '$CASE/plift.db': 1 problem found
[65]
$ sqlite3 plift.db "UPDATE finding_ack SET acknowledged = '2026-13-01' WHERE rule = 'pulse-gapp'" && plift db verify
acknowledgement: the database holds an invalid date '2026-13-01' in acknowledged
! plift: error: database '$CASE/plift.db': 1 problem found
[65]
