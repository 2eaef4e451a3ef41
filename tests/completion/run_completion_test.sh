#!/usr/bin/env bash
# plift completion: the bash script driven through its completion function
# with COMP_WORDS/COMP_CWORD as bash sets them on Tab, over a small database;
# the zsh script read by `zsh -n` and driven with zsh's completion builtins
# stubbed; the fish script completing real lines through `complete -C`; and
# `plift __complete` staying silent where there is no plift.
# Without zsh or fish their part is skipped and, once the rest has passed,
# the test exits 77, which ctest reports as skipped (scripts/deps installs both).
#
#   run_completion_test.sh PATH/TO/plift [BUILD/completions]
#
# With the folder the build generated the scripts into, also checks they are
# what the binary prints (what cmake --install puts in place).
set -euo pipefail

plift_binary=$(realpath "$1")
generated=${2:-}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export HOME="$work/home" PLIFT_TODAY=2026-11-16 LC_ALL=C.UTF-8 TZ=UTC
unset PLIFT_CONFIG PLIFT_DB XDG_CONFIG_HOME
mkdir -p "$HOME" "$work/bin" "$work/programme" "$work/elsewhere" "$work/nowhere"
# The scripts run `plift` as typed on the command line: the one under test.
ln -s "$plift_binary" "$work/bin/plift"
export PATH="$work/bin:$PATH"

failures=0
skipped=()
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

cd "$work/programme"
plift init -q
plift -q coach add anna-berg --name "Anna Berg" --org RISE >/dev/null
plift -q coach add bo-ek --name "Bo Ek" --org IUC >/dev/null
plift -q company add "Acme AB" --region Viken --sector metal --employees 20 --start 2026-03-02 \
  --coach anna-berg >/dev/null
plift -q company add "Acorn Wood" --region Viken --sector wood --employees 12 --start 2026-04-06 >/dev/null
plift -q company add "Brødrene Midthaug AS" --key brodrene --region Viken --sector metal --employees 40 \
  --start 2026-05-04 >/dev/null
plift -q gathering add joint-2026-autumn --title "Autumn" --date 2026-10-01 >/dev/null
# A second programme in another folder, for --db and -c typed on the line.
(cd "$work/elsewhere" && plift init -q && plift -q company add "Zeta Plast" --region Viken --sector plastics \
  --employees 9 --start 2026-02-02 >/dev/null)

# ---------------------------------------------------------------------------
echo "== plift __complete"

expect_keys() {  # KIND EXPECTED [plift options...]
  local kind=$1 expected=$2
  shift 2
  local actual
  actual=$(plift "$@" __complete "$kind" | tr '\n' ' ')
  [ "$actual" = "$expected" ] || fail "plift $* __complete $kind printed '$actual', not '$expected'"
}
expect_keys companies "acme-ab acorn-wood brodrene "
expect_keys coaches "anna-berg bo-ek "
expect_keys gatherings "joint-2026-autumn "
expect_keys kpis "delivery-precision lead-time productivity scrap sick-leave "
expect_keys phases "vision pilot line "
expect_keys companies "zeta-plast " --db "$work/elsewhere/plift.db"
expect_keys companies "zeta-plast " -c "$work/elsewhere/plift.toml"
expect_keys no-such-kind ""

# Tab in a folder without plift: nothing, not even on stderr, and exit 0.
cd "$work/nowhere"
for kind in companies coaches gatherings kpis phases regions checklist-items; do
  status=0
  output=$(plift __complete "$kind" 2>&1) || status=$?
  [ "$status" -eq 0 ] || fail "plift __complete $kind without a config exited $status"
  [ -z "$output" ] || fail "plift __complete $kind without a config printed: $output"
done
output=$(plift --db "$work/nowhere/missing.db" __complete companies 2>&1) || fail "__complete with a missing --db failed"
[ -z "$output" ] || fail "plift __complete with a missing --db printed: $output"
echo "not a database" >broken.db
output=$(plift --db broken.db __complete companies 2>&1) || fail "__complete with a broken --db failed"
[ -z "$output" ] || fail "plift __complete with a broken --db printed: $output"
cd "$work/programme"

# `completion` itself: hidden __complete is not listed, a wrong shell is a usage error.
plift --help | grep -q '__complete' && fail "plift --help lists __complete"
status=0
plift completion tcsh >/dev/null 2>"$work/err" || status=$?
[ "$status" -eq 64 ] || fail "plift completion tcsh exited $status, not 64"
grep -q "unknown shell 'tcsh': use bash, zsh or fish" "$work/err" || fail "plift completion tcsh said: $(cat "$work/err")"

plift completion bash >"$work/plift.bash"
plift completion zsh >"$work/_plift"
plift completion fish >"$work/plift.fish"
if [ -n "$generated" ] && [ ! -d "$generated" ]; then
  echo "note: $generated does not exist (target plift_completions not built); not comparing"
elif [ -n "$generated" ]; then
  cmp "$generated/plift.bash" "$work/plift.bash" || fail "the build's plift.bash is not what plift prints"
  cmp "$generated/_plift" "$work/_plift" || fail "the build's _plift is not what plift prints"
  cmp "$generated/plift.fish" "$work/plift.fish" || fail "the build's plift.fish is not what plift prints"
fi

# ---------------------------------------------------------------------------
# One table of lines and what Tab offers, for all three shells. Each line is
# the words typed, the last one the word at the cursor (maybe empty), then
# "=>" and the candidates, sorted. "..." after them: at least these.
cases=(
  "plift | => batch calendar check coach company completion config db export gathering import init kpi log pulse phase remind report steering training undo visit assess"
  "plift co| => coach company completion config"
  "plift company | => add edit list remove show withdraw"
  "plift db | => backup verify"
  "plift db backup --f| => --force --format"
  "plift pulse l| => list log"
  "plift pulse log | => acme-ab acorn-wood brodrene"
  "plift pulse log ac| => acme-ab acorn-wood"
  "plift pulse log acme-ab --status | => green red yellow"
  "plift pulse log acme-ab --st| => --status"
  "plift visit log acme-ab --coach | => anna-berg bo-ek"
  "plift company list --coach b| => bo-ek"
  "plift kpi record acme-ab | => delivery-precision lead-time productivity scrap sick-leave"
  "plift kpi record acme-ab l| => lead-time"
  "plift kpi record acme-ab lead-time | =>"
  "plift gathering attend | => joint-2026-autumn"
  "plift gathering attend joint-2026-autumn | => acme-ab acorn-wood brodrene"
  "plift coach edit | => anna-berg bo-ek"
  "plift import | => acknowledgements all assessments attendance checklist coaches companies gatherings kpis phases pulses steering training visits"
  "plift import coaches | => plift.db plift.toml"
  "plift company list --phase | => line pilot vision"
  "plift assess | => acme-ab acorn-wood brodrene edit list remove"
  "plift check | => ack unack"
  "plift check ack | => acme-ab acorn-wood brodrene"
  "plift check ack acme-ab pulse| => pulse-gap"
  "plift check unack acme-ab s| => steering-incomplete"
  "plift completion | => bash fish zsh"
  "plift --format | => csv json md table"
  "plift report company acme-ab --format | => html json md"
  "plift remind --kind visit-overdue | => checklist-open gathering-behind phase-ending phase-overdue pulse-missing steering-incomplete training-quota visit-overdue"
  "plift visit log acme-ab --mode | => onsite remote"
  "plift company add Acme --start | =>"
  "plift -q pulse log | => acme-ab acorn-wood brodrene"
  "plift --db $work/elsewhere/plift.db pulse log | => zeta-plast"
  "plift -c $work/elsewhere/plift.toml company show | => zeta-plast"
  "plift company show --db $work/elsewhere/plift.db | => zeta-plast"
  "plift visit log -| => --coach --config --date --db --format --help --json --mode --no-color --note --quiet --today"
)

# The words of a case line: split on blanks, the word at the cursor after the
# last blank before "|".
case_words() {  # LINE: sets WORDS (typed words, cursor word last) and EXPECTED
  local typed=${1%%|*}
  EXPECTED=${1#*=>}
  read -r -a WORDS <<<"$typed"
  if [[ $typed == *' ' ]]; then
    WORDS+=("")
  fi
}

sorted() { tr ' ' '\n' | sed '/^$/d' | LC_ALL=C sort | tr '\n' ' '; }

# ---------------------------------------------------------------------------
echo "== bash"
# Sourced inside a function, as bash-completion loads it: the tables must
# still be global.
load_bash_completion() { source "$work/plift.bash"; }
load_bash_completion
[ "$(complete -p plift)" = "complete -F _plift plift" ] || fail "the bash script registers: $(complete -p plift)"

bash_offers() {  # WORDS...: the candidates, sorted, one line
  COMP_WORDS=("$@")
  COMP_CWORD=$(($# - 1))
  COMP_LINE="$*"
  COMP_POINT=${#COMP_LINE}
  COMPREPLY=()
  _plift plift "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  printf '%s ' "${COMPREPLY[@]}" | sorted
}

checked=0
for line in "${cases[@]}"; do
  case_words "$line"
  actual=$(bash_offers "${WORDS[@]}")
  expected=$(sorted <<<"$EXPECTED")
  [ "$actual" = "$expected" ] || fail "bash: '${line%%|*}<Tab>' offers '$actual', not '$expected'"
  checked=$((checked + 1))
done
# bash splits --format=j into --format, = and j.
actual=$(bash_offers plift report quarterly --format = j)
[ "$actual" = "json " ] || fail "bash: 'plift report quarterly --format=j<Tab>' offers '$actual'"
actual=$(bash_offers plift --db = "$work/elsewhere/plift.db" pulse log "")
[ "$actual" = "zeta-plast " ] || fail "bash: '--db=FILE pulse log <Tab>' offers '$actual'"
echo "bash: $((checked + 2)) lines completed"

# ---------------------------------------------------------------------------
echo "== zsh"
if command -v zsh >/dev/null; then
  zsh -n "$work/_plift" || fail "zsh -n rejects the zsh script"
  # compadd, _describe and _files work only inside a completion widget: stub
  # them to collect what would be offered.
  cat >"$work/drive.zsh" <<'END'
compdef() { : }
compset() { : }
# Like zsh, offer only what starts with the word at the cursor.
compadd() { [[ $1 == -- ]] && shift; offered+=(${(M)@:#${words[CURRENT]}*}) }
_describe() { local -a items=("${(@P)4}"); compadd -- "${items[@]%%:*}" }
_files() { offered+=("<files$*>") }
source "$1"
shift
words=("$@")
CURRENT=$#
offered=()
_plift
print -r -- ${(o)offered}
END
  checked=0
  for line in "${cases[@]}"; do
    case_words "$line"
    expected=$(sorted <<<"$EXPECTED")
    # File names come from zsh's own _files.
    [[ $line == *"plift.db plift.toml"* ]] && expected="<files> "
    actual=$(zsh -f "$work/drive.zsh" "$work/_plift" "${WORDS[@]}" | sorted)
    [ "$actual" = "$expected" ] || fail "zsh: '${line%%|*}<Tab>' offers '$actual', not '$expected'"
    checked=$((checked + 1))
  done
  echo "zsh: $checked lines completed"
else
  echo "SKIP: zsh is not installed; the zsh script is not checked"
  skipped+=(zsh)
fi

# ---------------------------------------------------------------------------
echo "== fish"
if command -v fish >/dev/null; then
  fish -n "$work/plift.fish" || fail "fish -n rejects the fish script"
  checked=0
  for line in "${cases[@]}"; do
    typed=${line%%|*}
    expected=$(sorted <<<"${line#*=>}")
    # fish prints CANDIDATE<tab>DESCRIPTION; it also matches inside words,
    # so keep those that start with what is typed.
    actual=$(fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$work/plift.fish" "$typed" |
      cut -f1 | sorted)
    [ "$actual" = "$expected" ] || fail "fish: '$typed<Tab>' offers '$actual', not '$expected'"
    checked=$((checked + 1))
  done
  actual=$(fish --no-config -c 'source $argv[1]; complete -C $argv[2]' "$work/plift.fish" \
    "plift report company acme-ab --format=" | cut -f1 | sorted)
  [ "$actual" = "--format=html --format=json --format=md " ] || fail "fish: '--format=<Tab>' offers '$actual'"
  echo "fish: $((checked + 1)) lines completed"
else
  echo "SKIP: fish is not installed; the fish script is not checked"
  skipped+=(fish)
fi

if [ "$failures" -ne 0 ]; then
  echo "run_completion_test: $failures failure(s)" >&2
  exit 1
fi
if [ ${#skipped[@]} -ne 0 ]; then
  echo "run_completion_test: the rest passed; not checked: ${skipped[*]}"
  exit 77
fi
echo "run_completion_test: ok"
