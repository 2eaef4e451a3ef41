# shellcheck shell=bash
# Shared by bench/run.sh and bench/verify.sh: dependency check and the
# release build of plift. Source it; it defines functions only.

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
