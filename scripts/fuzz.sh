#!/usr/bin/env bash
# Runs both fuzz targets (libFuzzer via cargo-fuzz) for a number of executions each (default 1,000,000).
# Not part of the test command (it takes minutes; the test command only type-checks the targets); crashes found
# become regression tests in core/tests/link.rs. Exits non-zero when a target fails to build or finds a crash,
# and prints each run's last lines; the whole output is in fuzz/logs/<target>.log.
# Usage: scripts/fuzz.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-1000000}"
CARGO_FUZZ_VERSION=0.13.2
if [ "$(cargo fuzz --version 2>/dev/null | awk '{print $2}')" != "$CARGO_FUZZ_VERSION" ]; then
  cargo install --locked "cargo-fuzz@$CARGO_FUZZ_VERSION"
fi
# libFuzzer instrumentation needs unstable flags; the stable toolchain allows them with RUSTC_BOOTSTRAP.
export RUSTC_BOOTSTRAP=1
TARGETS=(link_decode decode_model_format)
mkdir -p fuzz/logs
if ! cargo fuzz build --sanitizer none >fuzz/logs/build.log 2>&1; then
  echo "fuzz: the targets do not build:" >&2
  tail -n 40 fuzz/logs/build.log >&2
  exit 1
fi
status=0
for target in "${TARGETS[@]}"; do
  mkdir -p "fuzz/corpus/$target"
  cp core/tests/golden/seeds/* "fuzz/corpus/$target/"
  echo "== $target ($RUNS runs)"
  rc=0
  cargo fuzz run --sanitizer none "$target" -- -runs="$RUNS" -max_len=4096 -timeout=5 >"fuzz/logs/$target.log" 2>&1 || rc=$?
  if [ "$rc" -eq 0 ]; then
    grep -E "^(Done|#[0-9]+ +DONE)" "fuzz/logs/$target.log" | tail -n 1
  else
    status=1
    echo "fuzz: $target failed (exit $rc): the end of fuzz/logs/$target.log:" >&2
    grep -vE "^ +([0-9]+:|at )" "fuzz/logs/$target.log" | tail -n 40 >&2
  fi
done
exit "$status"
