#!/usr/bin/env bash
# Runs both fuzz targets (libFuzzer via cargo-fuzz) for a number of executions each (default 1,000,000).
# Not part of the test command (it takes minutes); crashes found become regression tests in tests/link.rs.
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
for target in link_decode decode_model_format; do
  mkdir -p "fuzz/corpus/$target"
  cp tests/golden/seeds/* "fuzz/corpus/$target/" 2>/dev/null || true
  echo "== $target"
  cargo fuzz run --sanitizer none "$target" -- -runs="$RUNS" -max_len=4096 -timeout=5 2>&1 \
    | grep -E "^(Done|#[0-9]+ +DONE)|panicked|SUMMARY|deadly|crash-|Test unit written" || true
done
