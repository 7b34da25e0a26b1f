#!/usr/bin/env bash
# Runs each cargo-fuzz target for a fixed time:  fuzz/run.sh SECONDS [TARGET...]
# (targets: config agent_log sdk_gate sim_wire gate_window; default all, one after the other; JOBS=2 runs two at
# once). Needs cargo-fuzz (`cargo install cargo-fuzz`) and works on stable Rust through
# RUSTC_BOOTSTRAP=1 (cargo-fuzz passes nightly-only -Z flags). The kept seeds and regressions
# in tests/data/fuzz/TARGET/ are read; new inputs go to fuzz/corpus/TARGET/ (not committed).
# A crash is written to fuzz/artifacts/TARGET/ and the script exits 1. Each run's libFuzzer
# output is in fuzz/logs/TARGET.log; the last lines of each are printed at the end.
set -euo pipefail
seconds=${1:?usage: fuzz/run.sh SECONDS [config|agent_log|sdk_gate|sim_wire|gate_window ...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(config agent_log sdk_gate sim_wire gate_window)
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
export RUSTC_BOOTSTRAP=1
cd "$here"
mkdir -p logs
# No sanitizer: the product is safe Rust; overflow checks and debug assertions stay on.
for t in "${targets[@]}"; do cargo fuzz build --sanitizer none "$t"; done

run_one() {
    local t=$1
    mkdir -p "corpus/$t" "artifacts/$t"
    local dict=()
    [ -f "dict/$t.dict" ] && dict=("-dict=dict/$t.dict")
    local start=$SECONDS rc=0
    cargo fuzz run --sanitizer none "$t" "corpus/$t" "$root/tests/data/fuzz/$t" -- \
        -max_total_time="$seconds" -timeout=20 -rss_limit_mb=3072 -print_final_stats=1 \
        "${dict[@]}" >"logs/$t.log" 2>&1 || rc=$?
    echo "$t: ran $((SECONDS - start)) s, exit $rc, $(grep -c '^==[0-9]*== ERROR\|^SUMMARY\|panicked at' "logs/$t.log" || true) crash report lines" \
        | tee -a logs/summary.txt
    return $rc
}

status=0
if [ "${JOBS:-1}" -ge 2 ]; then
    pids=()
    for t in "${targets[@]}"; do run_one "$t" & pids+=($!); done
    for p in "${pids[@]}"; do wait "$p" || status=1; done
else
    for t in "${targets[@]}"; do run_one "$t" || status=1; done
fi
for t in "${targets[@]}"; do echo "== $t"; grep -E 'stat::number_of_executed_units|stat::peak_rss_mb|Done [0-9]+ runs|cov: ' "logs/$t.log" | tail -3; done
exit $status
