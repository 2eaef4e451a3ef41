# shellcheck shell=bash
# Shared by bench/run.sh and bench/verify.sh: dependency check, the
# release build of plift, comparing and importing generated programmes. Source
# it; it defines functions (and the list of tables they compare) only.

bench_dir="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo_dir="$(cd "$bench_dir/.." && pwd)"
build_dir="${PLIFT_BENCH_BUILD_DIR:-$bench_dir/build-release}"

say() { printf '%s\n' "bench: $*" >&2; }
die() { printf '%s\n' "bench: error: $*" >&2; exit 1; }

# need TOOL HINT: fail with an installation hint when TOOL is missing.
need() {
  command -v "$1" >/dev/null 2>&1 || die "'$1' is missing; $2"
}

# check_deps [build]: everything the benchmark runs; with 'build' also the
# tools that build plift.
check_deps() {
  need python3 "install Python 3 (the generator uses the standard library only)"
  need sqlite3 "apt-get install sqlite3"
  need hyperfine "apt-get install hyperfine (or: cargo install hyperfine)"
  # GNU time, not the shell keyword: it reports the peak RSS with -v.
  [ -x /usr/bin/time ] || die "/usr/bin/time is missing; apt-get install time"
  /usr/bin/time -v true 2>&1 | grep -c 'Maximum resident set size' >/dev/null \
    || die "/usr/bin/time is not GNU time (no -v); apt-get install time"
  if [ "${1:-}" = build ]; then
    need cmake "apt-get install cmake"
    need ninja "apt-get install ninja-build"
  fi
}

# plift_binary: print the plift to measure. $PLIFT wins; otherwise configure
# (once) and build a Release plift without tests into $build_dir. Another
# build running at the same moment can make ninja fail; it is retried.
plift_binary() {
  if [ -n "${PLIFT:-}" ]; then
    [ -x "$PLIFT" ] || die "PLIFT=$PLIFT is not an executable"
    printf '%s\n' "$PLIFT"
    return
  fi
  if [ ! -f "$build_dir/build.ninja" ]; then
    say "configuring a Release build in $build_dir"
    mkdir -p "$build_dir"
    cmake -S "$repo_dir" -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE=Release -DPLIFT_BUILD_TESTS=OFF \
      >"$build_dir/bench-configure.log" 2>&1 \
      || { cat "$build_dir/bench-configure.log" >&2; die "cmake configure failed"; }
  fi
  local try tries="${BENCH_BUILD_TRIES:-3}"
  for ((try = 1; try <= tries; try++)); do
    if cmake --build "$build_dir" --target plift >"$build_dir/bench-build.log" 2>&1; then
      printf '%s\n' "$build_dir/src/plift"
      return
    fi
    [ "$try" -lt "$tries" ] || break
    say "build attempt $try failed; retrying in 30 s (another build may be running, or the tree is mid-edit)"
    sleep 30
  done
  cat "$build_dir/bench-build.log" >&2
  die "cannot build plift (see above); set PLIFT=/path/to/plift to measure a binary you built"
}

# A temporary folder, removed on exit unless BENCH_KEEP=1.
make_workdir() {
  local parent="${1:-${BENCH_TMPDIR:-${TMPDIR:-/tmp}}}"
  mktemp -d "$parent/plift-bench.XXXXXX"
}

# The tables generate.py fills, each ordered so that two databases holding the
# same rows list them alike (the id columns included).
programme_queries=(
  "coach ORDER BY key" "company ORDER BY key" "phase_history ORDER BY company, seq"
  "checklist_tick ORDER BY company, phase, item" "pulse ORDER BY id" "visit ORDER BY id"
  "training ORDER BY company, person" "gathering ORDER BY key" "attendance ORDER BY id"
  "steering_member ORDER BY company, person" "kpi_value ORDER BY company, kpi, date"
  "assessment_score ORDER BY company, date, dimension"
)

# same_tables PREFIX DB_A DB_B: compares every table generate.py fills, row by
# row, and says which agree (with their row counts) and how the others differ.
# Returns 1 when any table differs.
same_tables() {
  local prefix="$1" a="$2" b="$3" query rows status=0 tmp
  tmp="$(mktemp -d "${TMPDIR:-/tmp}/plift-same.XXXXXX")"
  for query in "${programme_queries[@]}"; do
    sqlite3 "$a" "SELECT * FROM $query" >"$tmp/a"
    sqlite3 "$b" "SELECT * FROM $query" >"$tmp/b"
    rows="$(wc -l <"$tmp/a")"
    if cmp -s "$tmp/a" "$tmp/b"; then
      say "$prefix: same ${query%% *} ($rows rows)"
    else
      say "$prefix: DIFFERENT ${query%% *}:"
      diff "$tmp/a" "$tmp/b" | head -20 >&2
      status=1
    fi
  done
  rm -rf "$tmp"
  return "$status"
}

# import_files PLIFT FOLDER: `plift import` of every file generate.py --mode
# import wrote to FOLDER, in its manifest's order, into the database of the
# current directory (plift init made it).
import_files() {
  local plift="$1" folder="$2" entity file rows
  while IFS=, read -r entity file rows; do
    [ "$entity" = entity ] && continue  # the header
    "$plift" -q import "$entity" "$folder/$file" || { say "plift import $entity $folder/$file failed"; return 1; }
  done <"$folder/manifest.csv"
}
