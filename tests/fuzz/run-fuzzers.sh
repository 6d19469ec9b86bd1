#!/usr/bin/env bash
# Builds the libFuzzer targets (clang, -fsanitize=fuzzer,address,undefined) into
# build-fuzz/ and runs each for SECONDS (default 20) from its seed corpus in
# tests/fuzz/corpus/<target>/. Prints one line per target and a last line
#   fuzz: <T> targets, <E> executions, <C> crashes
# and exits non-zero when any target crashed, leaked, hung or tripped a sanitizer; the
# input that did it is kept in build-fuzz/findings/. Usage: run-fuzzers.sh [SECONDS]
set -uo pipefail

top=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:-20}
build="$top/build-fuzz"
[[ "$seconds" =~ ^[0-9]+$ ]] && [ "$seconds" -gt 0 ] || {
    echo "usage: ./build.sh fuzz [seconds-per-target]" >&2
    exit 2
}

generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
if [ ! -f "$build/CMakeCache.txt" ]; then
    cmake -S "$top" -B "$build" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
        -DCMAKE_CXX_COMPILER=clang++ -DIMAGEBRIDGE_FUZZ=ON \
        -DIMAGEBRIDGE_WERROR="${IMAGEBRIDGE_WERROR:-OFF}" >/dev/null || exit 1
fi
cmake --build "$build" --parallel 2 || exit 1

mkdir -p "$build/findings"
total_exec=0 total_crashes=0 targets=0
while read -r target; do
    [ -n "$target" ] || continue
    targets=$((targets + 1))
    seeds="$top/tests/fuzz/corpus/$target"
    work="$build/corpus/$target" # grows across runs; the repository's seeds stay as they are
    mkdir -p "$work"
    log="$build/$target.log"
    rm -f "$build/findings/$target-"*
    # -timeout: an input that takes 10 s is a hang; -rss_limit_mb bounds memory.
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 \
        "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -print_final_stats=1 -artifact_prefix="$build/findings/$target-" "$work" "$seeds" \
        >"$log" 2>&1
    status=$?
    executions=$(grep -Eo 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1)
    new_units=$(grep -Eo 'stat::new_units_added: *[0-9]+' "$log" | grep -Eo '[0-9]+$' | tail -1)
    coverage=$(grep -Eo 'cov: [0-9]+' "$log" | tail -1 | grep -Eo '[0-9]+')
    crashes=$(find "$build/findings" -name "$target-*" | wc -l)
    [ "$status" -ne 0 ] && [ "$crashes" -eq 0 ] && crashes=1
    total_exec=$((total_exec + ${executions:-0}))
    total_crashes=$((total_crashes + crashes))
    printf '%-22s %9s executions, %5s new units, coverage %5s, %d crashes\n' "$target" \
        "${executions:-0}" "${new_units:-0}" "${coverage:-?}" "$crashes"
    if [ "$crashes" -gt 0 ]; then
        grep -E 'ERROR|SUMMARY|runtime error|==[0-9]+==' "$log" | head -20 >&2
        ls "$build/findings/$target-"* >&2 2>/dev/null
    fi
done <"$build/fuzzers.txt"

echo "fuzz: $targets targets, $total_exec executions, $total_crashes crashes"
[ "$total_crashes" -eq 0 ] && [ "$targets" -gt 0 ]
