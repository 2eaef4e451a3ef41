# plift undo ID reverts one entry of the audit log alone, like git revert,
# and refuses, changing nothing, when later entries stand in the way;
# plift log show says what one entry did; plift log filters.

$ plift init -q
$ plift -q company add "Bussbygg AS" --region Innlandet --sector vehicles --employees 45 --start 2026-01-05
bussbygg-as
$ plift -q company add "Dokka Fiber AS" --region Innlandet --sector plastics --employees 60 --start 2026-02-02
dokka-fiber-as
$ plift pulse log bussbygg-as --status green --date 2026-11-02 --note "Good start"
bussbygg-as: green pulse logged for 2026-11-02
$ USER=anna PLIFT_NOW=2026-11-17T10:15:00Z plift pulse log dokka-fiber-as --status yellow --date 2026-11-09
dokka-fiber-as: yellow pulse logged for 2026-11-09
$ USER=anna PLIFT_NOW=2026-11-17T10:20:00Z plift company edit dokka-fiber-as --employees 65
updated dokka-fiber-as: employees
$ PLIFT_NOW=2026-11-17T11:00:00Z plift pulse log bussbygg-as --status red --date 2026-11-09 --note "Late parts"
bussbygg-as: red pulse logged for 2026-11-09
$ plift log
ID  AT                    USER         COMMAND                                                                                                       CHANGES                       STATE
6   2026-11-17T11:00:00Z  coordinator  plift pulse log bussbygg-as --status red --date 2026-11-09 --note 'Late parts'                                +1 pulse
5   2026-11-17T10:20:00Z  anna         plift company edit dokka-fiber-as --employees 65                                                              ~1 company
4   2026-11-17T10:15:00Z  anna         plift pulse log dokka-fiber-as --status yellow --date 2026-11-09                                              +1 pulse
3   2026-11-16T09:00:00Z  coordinator  plift pulse log bussbygg-as --status green --date 2026-11-02 --note 'Good start'                              +1 pulse
2   2026-11-16T09:00:00Z  coordinator  plift -q company add 'Dokka Fiber AS' --region Innlandet --sector plastics --employees 60 --start 2026-02-02  +1 company, +1 phase_history
1   2026-11-16T09:00:00Z  coordinator  plift -q company add 'Bussbygg AS' --region Innlandet --sector vehicles --employees 45 --start 2026-01-05     +1 company, +1 phase_history

# An entry in the middle, alone: no later entry touched its rows.
$ plift undo 3 --dry-run
would undo #3 (plift pulse log bussbygg-as --status green --date 2026-11-02 --note 'Good start', 2026-11-16T09:00:00Z by coordinator): -1 pulse
$ plift undo 3
undid #3 (plift pulse log bussbygg-as --status green --date 2026-11-02 --note 'Good start', 2026-11-16T09:00:00Z by coordinator): -1 pulse
$ plift pulse list
ID  DATE        COMPANY         STATUS  NOTE
 3  2026-11-09  bussbygg-as     red     Late parts
 2  2026-11-09  dokka-fiber-as  yellow  -
$ plift log --limit 2
ID  AT                    USER         COMMAND                                                                         CHANGES   STATE
7   2026-11-16T09:00:00Z  coordinator  plift undo 3                                                                    -1 pulse  undoes #3
6   2026-11-17T11:00:00Z  coordinator  plift pulse log bussbygg-as --status red --date 2026-11-09 --note 'Late parts'  +1 pulse

# Undone already, an undo, an id the log lacks, a word that is no id.
$ plift undo 3
! plift: error: #3 (plift pulse log bussbygg-as --status green --date 2026-11-02 --note 'Good start') is undone already, by #7 (plift undo 3, 2026-11-16T09:00:00Z by coordinator)
[1]
$ plift undo 7
! plift: error: #7 (plift undo 3) is itself an undo (of #3) and is not undone in turn; to have that change again, make it again
[1]
$ plift undo 42
! plift: error: no entry #42 in the log; its entries are #1 to #7 (see 'plift log')
[1]
$ plift undo '#x'
! plift: error: '#x' is not an entry of the log: give its number, as 'plift log' shows it
[64]

# A later entry changed the same row: refused, naming it; nothing changes.
$ sqlite3 plift.db .dump > before.sql
$ plift undo 2
! plift: error: cannot undo #2 (plift -q company add 'Dokka Fiber AS' --region Innlandet --sector plastics --employees 60 --start 2026-02-02): later changes touched the same rows: #5 (plift company edit dokka-fiber-as --employees 65, 2026-11-17T10:20:00Z by anna); undo those first
[1]
$ plift undo '#2' --dry-run
! plift: error: would refuse to undo #2 (plift -q company add 'Dokka Fiber AS' --region Innlandet --sector plastics --employees 60 --start 2026-02-02): later changes touched the same rows: #5 (plift company edit dokka-fiber-as --employees 65, 2026-11-17T10:20:00Z by anna); undo those first
[1]

# Reverting a company add would take the pulse logged for it later with it
# (ON DELETE CASCADE): refused, naming the entry that logged the pulse.
$ plift undo 1
! plift: error: cannot undo #1 (plift -q company add 'Bussbygg AS' --region Innlandet --sector vehicles --employees 45 --start 2026-01-05): reverting it would also take rows later changes made with it (-1 pulse): #6 (plift pulse log bussbygg-as --status red --date 2026-11-09 --note 'Late parts', 2026-11-17T11:00:00Z by coordinator); undo those first
[1]
$ plift undo 1 --dry-run
! plift: error: would refuse to undo #1 (plift -q company add 'Bussbygg AS' --region Innlandet --sector vehicles --employees 45 --start 2026-01-05): reverting it would also take rows later changes made with it (-1 pulse): #6 (plift pulse log bussbygg-as --status red --date 2026-11-09 --note 'Late parts', 2026-11-17T11:00:00Z by coordinator); undo those first
[1]
$ sqlite3 plift.db .dump > after.sql && cmp before.sql after.sql && echo unchanged
unchanged

# Once the later entries are undone (newest first), the earlier ones go too.
$ plift -q undo 5 && plift -q undo 4 && plift undo 2
undid #2 (plift -q company add 'Dokka Fiber AS' --region Innlandet --sector plastics --employees 60 --start 2026-02-02, 2026-11-16T09:00:00Z by coordinator): -1 company, -1 phase_history
$ plift -q undo 6 && plift undo 1
undid #1 (plift -q company add 'Bussbygg AS' --region Innlandet --sector vehicles --employees 45 --start 2026-01-05, 2026-11-16T09:00:00Z by coordinator): -1 company, -1 phase_history
$ plift company list --format csv
key,name,region,sector,employees,start,status,phase,phase_planned_end,coach\r (esc)

# In a batch, undo names its entry; the batch is one entry that undoes it,
# and its own earlier lines count as later changes.
$ plift -q company add "Hamar Metall AS" --region Innlandet --sector metal --employees 30 --start 2026-03-02
hamar-metall-as
$ plift -q pulse log hamar-metall-as --status red --date 2026-11-10
$ plift -q company add "Gjøvik Tre AS" --region Innlandet --sector wood --employees 20 --start 2026-03-02
gjovik-tre-as
$ printf 'pulse log gjovik-tre-as --status green --date 2026-11-09\nundo 14\n' > fix.plift && plift batch fix.plift
gjovik-tre-as: green pulse logged for 2026-11-09
undid #14 (plift -q pulse log hamar-metall-as --status red --date 2026-11-10, 2026-11-16T09:00:00Z by coordinator): -1 pulse
$ plift log --limit 3
ID  AT                    USER         COMMAND                                                                                                  CHANGES                       STATE
16  2026-11-16T09:00:00Z  coordinator  plift batch fix.plift                                                                                    +1 pulse, -1 pulse            undoes #14
15  2026-11-16T09:00:00Z  coordinator  plift -q company add 'Gjøvik Tre AS' --region Innlandet --sector wood --employees 20 --start 2026-03-02  +1 company, +1 phase_history
14  2026-11-16T09:00:00Z  coordinator  plift -q pulse log hamar-metall-as --status red --date 2026-11-10                                        +1 pulse                      undone by #16
$ plift pulse list --format csv
id,company,date,status,note\r (esc)
5,gjovik-tre-as,2026-11-09,green,\r (esc)
$ printf 'company edit gjovik-tre-as --employees 21\nundo 15\n' | plift batch -
! plift: error: stdin:2: cannot undo #15 (plift -q company add 'Gjøvik Tre AS' --region Innlandet --sector wood --employees 20 --start 2026-03-02): later changes touched the same rows: the earlier lines of this batch (plift batch -); undo those first
[65]
$ printf 'undo\n' | plift batch -
! plift: error: stdin:1: 'undo' inside a batch names the entry it reverts: undo ID
[65]
$ printf 'undo 13 --dry-run\n' | plift batch -
! plift: error: stdin:1: 'undo --dry-run' cannot run inside a batch
[65]
$ printf 'undo 16\n' | plift batch -
! plift: error: stdin:1: #16 (plift batch fix.plift) is itself an undo (of #14) and is not undone in turn; to have that change again, make it again
[65]

# What one entry did: rows inserted and deleted whole, updates column by column.
$ plift log show 3
entry:    #3
at:       2026-11-16T09:00:00Z
user:     coordinator
command:  plift pulse log bussbygg-as --status green --date 2026-11-02 --note 'Good start'
changes:  +1 pulse
state:    undone by #7

inserted into pulse:
ID  COMPANY      DATE        STATUS  NOTE
1   bussbygg-as  2026-11-02  green   Good start
$ plift log show 5
entry:    #5
at:       2026-11-17T10:20:00Z
user:     anna
command:  plift company edit dokka-fiber-as --employees 65
changes:  ~1 company
state:    undone by #8

updated in company:
KEY             COLUMN     OLD  NEW
dokka-fiber-as  employees  60   65
$ plift log show 12
entry:    #12
at:       2026-11-16T09:00:00Z
user:     coordinator
command:  plift undo 1
changes:  -1 company, -1 phase_history
state:    undoes #1

deleted from company:
KEY          NAME         ORG_NUMBER  REGION     SECTOR    EMPLOYEES  START       COACH  COMPLETED  WITHDRAWN  WITHDRAW_REASON
bussbygg-as  Bussbygg AS  -           Innlandet  vehicles  45         2026-01-05  -      -          -          -

deleted from phase_history:
COMPANY      SEQ  PHASE   STARTED     ENDED  PLANNED_END  FORCED_REASON
bussbygg-as  1    vision  2026-01-05  -      2026-03-15   -
$ plift log show 10 --format json
{
  "id": 10,
  "at": "2026-11-16T09:00:00Z",
  "user": "coordinator",
  "command": "plift undo 2",
  "summary": "-1 company, -1 phase_history",
  "state": "undoes #2",
  "changes": [
    {
      "table": "company",
      "inserted": 0,
      "updated": 0,
      "deleted": 1
    },
    {
      "table": "phase_history",
      "inserted": 0,
      "updated": 0,
      "deleted": 1
    }
  ],
  "companies": [
    "dokka-fiber-as"
  ],
  "undoes": 2,
  "undone_by": null,
  "rows": [
    {
      "table": "company",
      "change": "delete",
      "row": {
        "key": "dokka-fiber-as",
        "name": "Dokka Fiber AS",
        "org_number": null,
        "region": "Innlandet",
        "sector": "plastics",
        "employees": 60,
        "start": "2026-02-02",
        "coach": null,
        "completed": null,
        "withdrawn": null,
        "withdraw_reason": null
      }
    },
    {
      "table": "phase_history",
      "change": "delete",
      "row": {
        "company": "dokka-fiber-as",
        "seq": 1,
        "phase": "vision",
        "started": "2026-02-02",
        "ended": null,
        "planned_end": "2026-04-12",
        "forced_reason": null
      }
    }
  ]
}
$ plift log show 5 --json
{
  "id": 5,
  "at": "2026-11-17T10:20:00Z",
  "user": "anna",
  "command": "plift company edit dokka-fiber-as --employees 65",
  "summary": "~1 company",
  "state": "undone by #8",
  "changes": [
    {
      "table": "company",
      "inserted": 0,
      "updated": 1,
      "deleted": 0
    }
  ],
  "companies": [
    "dokka-fiber-as"
  ],
  "undoes": null,
  "undone_by": 8,
  "rows": [
    {
      "table": "company",
      "change": "update",
      "key": {
        "key": "dokka-fiber-as"
      },
      "changed": {
        "employees": {
          "old": 60,
          "new": 65
        }
      }
    }
  ]
}
$ plift log show 99
! plift: error: no entry #99 in the log; its entries are #1 to #16 (see 'plift log')
[1]
$ plift log show 3 --format csv
! plift: error: log show prints a table, md or json, not csv: the rows of different tables have different columns
[64]

# Filters: company, user, day; --limit 0 is all.
$ plift log --user anna
ID  AT                    USER  COMMAND                                                           CHANGES     STATE
5   2026-11-17T10:20:00Z  anna  plift company edit dokka-fiber-as --employees 65                  ~1 company  undone by #8
4   2026-11-17T10:15:00Z  anna  plift pulse log dokka-fiber-as --status yellow --date 2026-11-09  +1 pulse    undone by #9
$ plift log --since 2026-11-17 --format csv | cut -d, -f1-4
id,at,user,command
6,2026-11-17T11:00:00Z,coordinator,plift pulse log bussbygg-as --status red --date 2026-11-09 --note 'Late parts'
5,2026-11-17T10:20:00Z,anna,plift company edit dokka-fiber-as --employees 65
4,2026-11-17T10:15:00Z,anna,plift pulse log dokka-fiber-as --status yellow --date 2026-11-09
$ plift log --company dokka-fiber-as --user anna --limit 1
ID  AT                    USER  COMMAND                                           CHANGES     STATE
5   2026-11-17T10:20:00Z  anna  plift company edit dokka-fiber-as --employees 65  ~1 company  undone by #8
$ plift log --limit 0 --format csv | wc -l
17

# A batch may take back a later entry and then the earlier one it touched,
# newest first; the other way round the later one stands in the way.
$ plift -q company edit hamar-metall-as --employees 31
$ printf 'undo 13\nundo 17\n' | plift batch -
! plift: error: stdin:1: cannot undo #13 (plift -q company add 'Hamar Metall AS' --region Innlandet --sector metal --employees 30 --start 2026-03-02): later changes touched the same rows: #17 (plift -q company edit hamar-metall-as --employees 31, 2026-11-16T09:00:00Z by coordinator); undo those first
[65]
$ printf 'undo 17\nundo 13\n' | plift batch -
undid #17 (plift -q company edit hamar-metall-as --employees 31, 2026-11-16T09:00:00Z by coordinator): ~1 company
undid #13 (plift -q company add 'Hamar Metall AS' --region Innlandet --sector metal --employees 30 --start 2026-03-02, 2026-11-16T09:00:00Z by coordinator): -1 company, -1 phase_history
$ plift log --limit 1
ID  AT                    USER         COMMAND        CHANGES                                   STATE
18  2026-11-16T09:00:00Z  coordinator  plift batch -  ~1 company, -1 company, -1 phase_history  undoes #17, #13

# Without $USER, the log names the login name of the real user id (or its number).
$ env -u USER plift -q pulse log gjovik-tre-as --status green --date 2026-11-16 && plift log --limit 1 --format csv | tail -1 | cut -d, -f3 > who && test "$(cat who)" = "$(id -un 2>/dev/null || id -u)" && echo the login name
the login name
