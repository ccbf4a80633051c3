#!/usr/bin/env bash
# Builds and runs the libFuzzer targets in Fuzz/.
#
#   Scripts/fuzz.sh build                 build every target into .build-fuzz/bin/
#   Scripts/fuzz.sh run TARGET SECONDS    fuzz one target; new inputs go to .build-fuzz/corpus/TARGET,
#                                         crashes to Fuzz/crashes/TARGET-*
#   Scripts/fuzz.sh replay [TARGET]       run the seed corpus and every saved crash once
#   Scripts/fuzz.sh smoke                 build, replay, then fuzz each target briefly (CI):
#                                         a fixed number of inputs from a fixed seed and an
#                                         empty scratch corpus, so that every machine runs the
#                                         same inputs; exits non-zero on any crash
#   Scripts/fuzz.sh list                  the target names
#
# SwiftPM does not link an executable with the libFuzzer runtime, so this compiles the modules
# under test by hand: each one listed in Fuzz/TARGET/modules becomes a static library
# instrumented with `-sanitize=fuzzer,address`, and Fuzz/TARGET/*.swift with Fuzz/Shared/*.swift
# is linked against them.
#
# Environment: FUZZ_SMOKE_RUNS (inputs per target in `smoke`; default Fuzz/TARGET/smoke-runs,
# else 4000),
# FUZZ_SMOKE_SECONDS (at most this long per target in `smoke`, default 60: a slower machine
# runs a prefix of the same inputs), FUZZ_SEED (libFuzzer's seed; random, but 1 in `smoke`), FUZZ_JOBS_NICE (niceness of the fuzzing process, default 0),
# FUZZ_OPT (optimisation flag, default -O), FUZZ_MAX_LEN (longest input, default 8192).
set -euo pipefail
cd "$(dirname "$0")/.."

root=$PWD
out=$root/.build-fuzz
fuzz_dir=$root/Fuzz
opt=${FUZZ_OPT:--O}
swift_flags=(-swift-version 6 -parse-as-library -sanitize=fuzzer,address "$opt" -g -wmo)
# The system libraries' module maps (Sources/CCmarkGFM, Sources/CGumbo, …), so that a module
# importing one compiles here as under SwiftPM.
for map in "$root"/Sources/C*/module.modulemap; do swift_flags+=(-I "$(dirname "$map")"); done

# The fuzzer must see a crash as a signal, not after Swift's backtracer has taken over.
export SWIFT_BACKTRACE=enable=off
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=0}

die() {
  echo "fuzz.sh: $*" >&2
  exit 2
}

targets() {
  local dir
  for dir in "$fuzz_dir"/*/; do
    dir=${dir%/}
    [ -f "$dir/main.swift" ] && basename "$dir"
  done
}

modules_of() {
  local file=$fuzz_dir/$1/modules
  if [ -f "$file" ]; then
    grep -v '^[[:space:]]*#' "$file" | tr -s '[:space:]' ' '
  else
    echo "TerminalText ReaderCore ReaderScreen"
  fi
}

# Whether $1 is missing or older than any file under the directories that follow.
stale() {
  local product=$1
  shift
  [ -f "$product" ] || return 0
  # -L: targets share files through symbolic links, whose own times never change.
  [ -n "$(find -L "$@" -name '*.swift' -newer "$product" -print -quit)" ]
}

# Builds module $1; the modules after it are the ones it may import, already built.
build_module() {
  local name=$1
  shift
  local sources=$root/Sources/$name
  local library=$out/modules/lib$name.a
  [ -d "$sources" ] || die "no module Sources/$name"
  local dependency newer=""
  for dependency in "$@"; do
    [ "$out/modules/lib$dependency.a" -nt "$library" ] && newer=yes
  done
  [ -n "$newer" ] || stale "$library" "$sources" "$root/Scripts/fuzz.sh" || return 0
  echo "fuzz.sh: compiling $name" >&2
  mkdir -p "$out/modules"
  local files=()
  mapfile -t files < <(find "$sources" -name '*.swift' | sort)
  # Modules compile in dependency order, so earlier ones are importable here.
  (cd "$out/modules" &&
    swiftc "${swift_flags[@]}" -module-name "$name" -emit-module -emit-library -static \
      -emit-module-path "$out/modules/$name.swiftmodule" -I "$out/modules" \
      -o "$library" "${files[@]}")
}

build_target() {
  local target=$1
  local modules
  read -r -a modules <<<"$(modules_of "$target")"
  local module built=()
  for module in "${modules[@]}"; do
    build_module "$module" "${built[@]}"
    built+=("$module")
  done
  local binary=$out/bin/$target
  local libraries=()
  for module in "${modules[@]}"; do libraries+=("$out/modules/lib$module.a"); done
  if [ -f "$binary" ] &&
    ! stale "$binary" "$fuzz_dir/$target" "$fuzz_dir/Shared" "$root/Scripts/fuzz.sh" &&
    [ -z "$(find "${libraries[@]}" -newer "$binary" -print -quit)" ]; then
    return 0
  fi
  echo "fuzz.sh: linking $target" >&2
  mkdir -p "$out/bin"
  local files=()
  mapfile -t files < <(find "$fuzz_dir/$target" "$fuzz_dir/Shared" -name '*.swift' | sort)
  local link=()
  for module in "${modules[@]}"; do link+=(-l"$module"); done
  # What the module maps would have SwiftPM link.
  [[ " ${modules[*]} " == *" ReaderMarkup "* ]] && link+=(-lcmark-gfm-extensions -lcmark-gfm -lgumbo)
  [[ " ${modules[*]} " == *" ReaderStore "* ]] && link+=(-lsqlite3)
  (cd "$out/modules" &&
    swiftc "${swift_flags[@]}" -use-ld=lld -module-name "Fuzz_$target" -I "$out/modules" \
      -L "$out/modules" "${link[@]}" -o "$binary" "${files[@]}")
}

build_all() {
  local target
  for target in $(targets); do build_target "$target"; done
}

# Arguments shared by every run of a target.
fuzzer_options() {
  local target=$1
  local options=(-timeout=20 -rss_limit_mb=2560 -max_len=${FUZZ_MAX_LEN:-8192} -print_final_stats=1)
  [ -f "$fuzz_dir/$target/dictionary" ] && options+=(-dict="$fuzz_dir/$target/dictionary")
  printf '%s\n' "${options[@]}"
}

run_target() {
  local target=$1 seconds=$2
  [ -f "$fuzz_dir/$target/main.swift" ] || die "no target $target (have: $(targets | tr '\n' ' '))"
  [[ $seconds =~ ^[0-9]+$ ]] || die "SECONDS must be a number"
  build_target "$target"
  local scratch=${FUZZ_SCRATCH:-$out/corpus}/$target
  local seeds=$fuzz_dir/corpus/$target
  mkdir -p "$scratch" "$seeds" "$fuzz_dir/crashes"
  local options=()
  mapfile -t options < <(fuzzer_options "$target")
  # The first corpus directory receives new inputs; the committed seeds stay untouched.
  [ -n "${FUZZ_SEED:-}" ] && options+=(-seed="$FUZZ_SEED")
  [ -n "${FUZZ_RUNS:-}" ] && options+=(-runs="$FUZZ_RUNS")
  nice -n "${FUZZ_JOBS_NICE:-0}" "$out/bin/$target" "${options[@]}" \
    -max_total_time="$seconds" -artifact_prefix="$fuzz_dir/crashes/$target-" \
    "$scratch" "$seeds"
}

replay_target() {
  local target=$1
  build_target "$target"
  local inputs=()
  mapfile -t inputs < <(find "$fuzz_dir/corpus/$target" "$fuzz_dir/crashes" -type f \
    \( -path "*/corpus/$target/*" -o -name "$target-*" \) 2>/dev/null | sort)
  [ ${#inputs[@]} -gt 0 ] || return 0
  echo "fuzz.sh: replaying ${#inputs[@]} inputs through $target" >&2
  local options=()
  mapfile -t options < <(fuzzer_options "$target")
  # Given files instead of directories, libFuzzer runs each once and stops.
  "$out/bin/$target" "${options[@]}" "${inputs[@]}" >"$out/replay-$target.log" 2>&1 || {
    tail -n 40 "$out/replay-$target.log" >&2
    return 1
  }
}

command=${1:-}
case $command in
  build)
    build_all
    ;;
  list)
    targets
    ;;
  run)
    [ $# -eq 3 ] || die "usage: Scripts/fuzz.sh run TARGET SECONDS"
    run_target "$2" "$3"
    ;;
  replay)
    if [ $# -ge 2 ]; then replay_target "$2"; else
      for target in $(targets); do replay_target "$target"; done
    fi
    ;;
  smoke)
    # A fixed seed, a fixed count and a scratch corpus of this run only: the same code gives
    # CI the very inputs a run here gave (by time alone, a faster machine went further, and
    # CI found a crash no run here had reached).
    export FUZZ_SEED=${FUZZ_SEED:-1}
    export FUZZ_RUNS
    FUZZ_SCRATCH=$(mktemp -d)
    export FUZZ_SCRATCH
    trap 'rm -rf "$FUZZ_SCRATCH"' EXIT
    started=$SECONDS
    build_all
    for target in $(targets); do replay_target "$target"; done
    for target in $(targets); do
      log=$out/smoke-$target.log
      # A slow target (`ui`, 16–85 inputs a second) names a smaller count in smoke-runs.
      FUZZ_RUNS=${FUZZ_SMOKE_RUNS:-4000}
      [ -z "${FUZZ_SMOKE_RUNS:-}" ] && [ -f "$fuzz_dir/$target/smoke-runs" ] &&
        FUZZ_RUNS=$(tr -d '[:space:]' <"$fuzz_dir/$target/smoke-runs")
      if ! run_target "$target" "${FUZZ_SMOKE_SECONDS:-60}" >"$log" 2>&1; then
        tail -n 60 "$log" >&2
        die "$target crashed; the input is in Fuzz/crashes/"
      fi
      grep -E '^(Done|stat::number_of_executed_units)' "$log" >&2 || true
    done
    echo "fuzz.sh: smoke passed in $((SECONDS - started)) s" >&2
    ;;
  *)
    sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
