#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses with clang and runs each, one after the other, for a bounded time.
#   tests/fuzz/run-all.sh [BUILD_DIR [SECONDS [HARNESS...]]]   (default: build-fuzz, 30 seconds each, every harness;
#                                                              0 seconds only builds)
# Each harness first runs every input that ever crashed one (regressions/HARNESS), then fuzzes from its seeds
# (seeds/HARNESS) and the corpus it grew in BUILD_DIR before. Prints per harness the executions, executions per
# second, corpus size and what the run added, and any finding (crash, timeout, out of memory, leak, sanitizer report)
# with the file that reproduces it; exits non-zero on any finding. With RUNS=N in the environment each harness runs N
# inputs instead, however long that takes. TIMEOUT=S (default 10) is the seconds one input may take before it counts
# as a hang: a longer bound for runs on a machine busy with other work, where a harness may wait its turn for seconds.
# OPTIONS="-flag=value ..." passes further libFuzzer flags to every harness, and ASAN_OPTIONS given in the environment
# are added to the script's own (later ones win). For long runs: OPTIONS=-entropic=0 ASAN_OPTIONS=malloc_context_size=2
# (see the README's Fuzzing section).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-build-fuzz}
seconds=${2:-30}
shift $(( $# < 2 ? $# : 2 ))
all=(fuzz_csv fuzz_icalendar fuzz_projectjson fuzz_webannotation fuzz_fuzzydate fuzz_html fuzz_extract)
harnesses=("$@")
[[ $# -gt 0 ]] || harnesses=("${all[@]}")
if ! command -v clang++ >/dev/null; then
    echo "clang++ is not installed: the fuzz tests need it (packaging/setup.sh installs it)" >&2
    exit 1
fi
cmake -S "$here" -B "$out" -G Ninja -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$out" -j2 --target "${harnesses[@]}" >/dev/null
[[ $seconds != 0 || -n ${RUNS:-} ]] || exit 0

# Undefined behaviour stops a run like a crash does; leaks are reported, except by the importer's harnesses, whose
# libxml2 keeps per-process state.
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
given_asan=${ASAN_OPTIONS:-}
read -ra options <<<"${OPTIONS:-}" # split on spaces, never globbed
failed=0
bound=(-max_total_time="$seconds")
[[ -z ${RUNS:-} ]] || bound=(-runs="$RUNS")
printf '%-20s %12s %8s %9s %8s %7s  %s\n' harness executions seconds exec/s corpus new findings
for h in "${harnesses[@]}"; do
    leaks=1
    case $h in fuzz_extract|fuzz_html) leaks=0 ;; esac
    export ASAN_OPTIONS=detect_leaks=$leaks${given_asan:+:$given_asan}
    corpus=$out/corpus/$h
    findings=$out/findings/$h
    log=$out/$h.log
    rm -rf "$findings"
    mkdir -p "$corpus" "$findings"
    cp "$here/seeds/$h"/* "$corpus/" 2>/dev/null || true
    [[ $h == fuzz_extract ]] && cp "$here"/../core/fixtures/*.txt "$corpus/" 2>/dev/null
    status=0
    regressions=("$here/regressions/$h"/*)
    if [[ -e ${regressions[0]} ]] && ! "$out/$h" -runs=1 "${regressions[@]}" >"$log" 2>&1; then
        status=1
        echo "$h: an input in regressions/$h fails again:" >&2
        tail -n 30 "$log" >&2
    fi
    if [[ $status == 0 ]]; then
        before=$(find "$corpus" -type f | wc -l)
        started=$(date +%s)
        "$out/$h" "${bound[@]}" -timeout="${TIMEOUT:-10}" -rss_limit_mb=4096 -max_len=65536 -print_final_stats=1 \
            ${options[@]+"${options[@]}"} -artifact_prefix="$findings/" "$corpus" >"$log" 2>&1 || status=$?
        took=$(($(date +%s) - started))
        after=$(find "$corpus" -type f | wc -l)
        stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -n 1; }
        found=$(find "$findings" -type f | sed "s|^$out/||" | paste -sd ' ' -)
        [[ $status != 0 && -z $found ]] && found="exit status $status (see $h.log)"
        printf '%-20s %12s %8s %9s %8s %7s  %s\n' "$h" "$(stat number_of_executed_units)" "$took" "$(stat average_exec_per_sec)" \
            "$after" "+$((after - before))" "${found:-none}"
        if [[ $status != 0 ]]; then
            grep -m 1 -E '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" >&2 || tail -n 30 "$log" >&2
        fi
    else
        printf '%-20s %12s %8s %9s %8s %7s  %s\n' "$h" - - - - - "regression (see $h.log)"
    fi
    [[ $status == 0 ]] || failed=1
done
exit $failed
