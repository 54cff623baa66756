#!/usr/bin/env bash
# Installs what is missing, builds the release page and serves it at http://127.0.0.1:8080/ (PORT= to change).
# Not `trunk serve`: its live-reload script is inline, the page's strict CSP blocks it, and the console would
# show an error on the first page a newcomer opens. This serves exactly what ships (and what the tests test).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
trunk build --release
exec node scripts/static-server.mjs dist "${PORT:-8080}"
