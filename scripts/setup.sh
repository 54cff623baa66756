#!/usr/bin/env bash
# Installs every tool the calculator needs, pinned, from package registries only. Idempotent: a few seconds
# when everything is present. Usage: scripts/setup.sh [--browser]   (--browser: also Chromium + ChromeDriver)
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
# The wasm-bindgen CLI must match the wasm-bindgen crate in Cargo.lock exactly.
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

log() { printf '[setup] %s\n' "$*" >&2; }
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  log "adding rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  log "installing trunk $TRUNK_VERSION (about 7 minutes on 2 cores)"
  cargo install --locked "trunk@$TRUNK_VERSION"
fi

if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WASM_BINDGEN_VERSION" ]; then
  log "installing wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # Its lockfile has named dependency versions the registry no longer serves: fall back to resolving afresh.
  cargo install --locked "wasm-bindgen-cli@=$WASM_BINDGEN_VERSION" \
    || cargo install --force "wasm-bindgen-cli@=$WASM_BINDGEN_VERSION"
fi

# wasm-opt (npm binaryen) and playwright-core, exactly as package-lock.json says.
if ! cmp -s package-lock.json node_modules/.installed-package-lock.json 2>/dev/null; then
  log "installing npm tools (binaryen, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
  cp package-lock.json node_modules/.installed-package-lock.json
fi

if [ "${1:-}" = "--browser" ]; then
  # Chromium and its driver for the browser tests; a CJK font so Chinese screenshots show characters.
  if ! [ -x /usr/bin/chromium ] || ! [ -x /usr/bin/chromedriver ] || ! dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
    log "installing chromium, chromium-driver and fonts-noto-cjk from Debian"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq chromium chromium-driver fonts-noto-cjk >/dev/null
  fi
fi
log "tools ready: $(trunk --version), $(wasm-bindgen --version), wasm-opt $(wasm-opt --version | awk '{print $3}')"
