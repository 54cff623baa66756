#!/usr/bin/env bash
# Runs every test layer: host (model + SSR), browser (wasm-bindgen-test in headless Chromium) and
# end-to-end (the release build in Chromium via Playwright), plus the size report. Installs what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --browser

export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner
export CHROMEDRIVER=/usr/bin/chromedriver
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/tests/webdriver.json"
export WASM_BINDGEN_TEST_TIMEOUT=120

step() { printf '\n=== %s\n' "$*"; }

step "format and lints"
cargo fmt --all --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
# Benches are host-only (criterion): the browser build is linted without them. The core is linted (and so
# built) for the browser's target on its own too: it must build there without any browser crate.
cargo clippy --target wasm32-unknown-unknown --package ai-energy --lib --bins --tests --quiet -- -D warnings
cargo clippy --target wasm32-unknown-unknown --package ai-energy-core --lib --quiet -- -D warnings
cargo build --target wasm32-unknown-unknown --package ai-energy-core --lib --release --quiet
cargo clippy --target wasm32-unknown-unknown --package ai-energy-module --lib --quiet -- -D warnings
# The page's first-paint build of the module (scripts/build-module.sh) leaves out the `api` feature.
cargo clippy --target wasm32-unknown-unknown --package ai-energy-module --lib --no-default-features --quiet -- -D warnings

step "fuzz targets type-check (scripts/fuzz.sh runs them)"
cargo check --manifest-path fuzz/Cargo.toml --bins --quiet

step "host tests: core (model, codec, numbers), command line, server-side rendering"
cargo test --workspace

step "browser tests: wasm-bindgen-test in headless Chromium"
cargo test --target wasm32-unknown-unknown --test browser

step "release build"
rm -rf dist
# Its post-build hook also builds the first-paint module (module/pkg/, docs/API.md) and copies it into dist/.
trunk build --release

step "sizes of dist/"
# Both budgets (docs/PERFORMANCE.md): the first visit, and the critical path to the first number.
node scripts/size-report.mjs dist --budget 185 --critical 32

step "end-to-end: the release build in Chromium, and the module in Node"
# Time limits at three levels, so a hung browser or server fails the run instead of holding CI: each test
# (--test-timeout), each file (tests/e2e/browser.mjs FILE_LIMIT_MS) and the whole suite (timeout).
timeout --kill-after=30s 25m node --test --test-timeout=180000 tests/e2e/
