#!/usr/bin/env bash
# Fuzzing (issue 8): installs clang 14 and libFuzzer if missing, builds the fuzz preset
# (the targets in tests/fuzz/ with AddressSanitizer and UndefinedBehaviorSanitizer) and
# runs each target for a bounded time over its seed corpus and its kept regressions.
# Fails when any target crashes, hangs or runs out of memory, and prints the input.
#   tests/fuzz/run.sh [SECONDS_PER_TARGET]     (default 20)
# New corpus entries go to a throw-away folder; the committed corpus is never written.
# Crash inputs are kept in build/fuzz/crashes/: fix the bug, then copy the input to
# tests/fuzz/regressions/<target>/ so that the fuzz_replay_<target> ctest keeps it fixed.
set -euo pipefail
cd "$(dirname "$0")/../.."
seconds="${1:-20}"
if ! [[ "$seconds" =~ ^[1-9][0-9]*$ ]]; then
    echo "usage: tests/fuzz/run.sh [SECONDS_PER_TARGET]" >&2
    exit 2
fi

installer/install-deps.sh --fuzz
cmake --preset fuzz >/dev/null
cmake --build --preset fuzz

bin=build/fuzz/tests/fuzz
crashes=build/fuzz/crashes
mkdir -p "$crashes"
scratch=$(mktemp -d "${TMPDIR:-/tmp}/posthorn-fuzz.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# Abort on the first report of either sanitizer, so libFuzzer keeps the input.
export ASAN_OPTIONS="abort_on_error=1:detect_leaks=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
if [[ -x /usr/lib/llvm-14/bin/llvm-symbolizer ]]; then
    export ASAN_SYMBOLIZER_PATH=/usr/lib/llvm-14/bin/llvm-symbolizer
fi

# Name and longest input: JSON entities go up to the size of a real instance reply;
# addresses, texts and links are short, and short inputs fuzz faster.
targets=(entities:32768 address:4096 counter:8192 sharelink:4096)
failed=()
for entry in "${targets[@]}"; do
    name="${entry%%:*}"
    max_len="${entry#*:}"
    corpus="$scratch/$name"
    mkdir -p "$corpus"
    inputs=(tests/fuzz/corpus/"$name")
    [[ -d tests/fuzz/regressions/"$name" ]] && inputs+=(tests/fuzz/regressions/"$name")
    options=(-max_total_time="$seconds" -max_len="$max_len" -timeout=10 -rss_limit_mb=2048
        -artifact_prefix="$crashes/$name-" -print_final_stats=1)
    [[ -f tests/fuzz/"$name".dict ]] && options+=(-dict=tests/fuzz/"$name".dict)
    log="$crashes/$name.log"
    started=$(date +%s)
    status=0
    # The first folder receives new entries: the scratch one, never the committed corpus.
    "$bin/fuzz_$name" "${options[@]}" "$corpus" "${inputs[@]}" >"$log" 2>&1 || status=$?
    took=$(($(date +%s) - started))
    final_stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -n 1; }
    if ((status == 0)); then
        printf 'fuzz %-10s ok     %9s runs  %7s exec/s  %3d s  %s new corpus entries\n' \
            "$name" "$(final_stat number_of_executed_units)" "$(final_stat average_exec_per_sec)" "$took" \
            "$(final_stat new_units_added)"
    else
        failed+=("$name")
        crash=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -n 1)
        printf 'fuzz %-10s FAILED (exit %d) after %d s; input: %s; log: %s\n' \
            "$name" "$status" "$took" "${crash:-none written}" "$log"
        grep -E -A 12 '^==[0-9]+==ERROR|runtime error|fuzz_[a-z]+: ' "$log" | head -n 40 || true
    fi
done

passed=$((${#targets[@]} - ${#failed[@]}))
if ((${#failed[@]} > 0)); then
    echo "fuzz: failed: ${failed[*]}; crash inputs and logs are in $crashes/" >&2
fi
echo "fuzz: $passed passed, ${#failed[@]} failed"
((${#failed[@]} == 0))
