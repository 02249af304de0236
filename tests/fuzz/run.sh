#!/usr/bin/env bash
# Runs one fuzzer for FIRSTCALL_FUZZ_SECONDS (else SECONDS) over its seed corpus, copied into
# WORK_DIR so that what the fuzzer finds never lands in the source tree. Fails on any crash,
# leak, undefined behaviour, timeout or memory blow-up; the input that caused it is kept in
# WORK_DIR/artifacts/.
# Usage: run.sh FUZZER SEED_DIR WORK_DIR SECONDS [libFuzzer options...]
set -euo pipefail
fuzzer=$1
seeds=$2
work=$3
seconds=${FIRSTCALL_FUZZ_SECONDS:-$4}
shift 4

mkdir -p "$work/corpus" "$work/artifacts"
cp -r "$seeds/." "$work/corpus/"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=0:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8

echo "fuzz: $(basename "$fuzzer") for ${seconds}s on $work/corpus"
exec "$fuzzer" -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 \
  -artifact_prefix="$work/artifacts/" "$@" "$work/corpus"
