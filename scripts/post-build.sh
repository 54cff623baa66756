#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): the steps on the staged files, one after the other (Trunk would start
# separate hooks of a stage at the same time, and the cache name must hash every file, the minified glue and
# the first-paint module included).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build-module.sh
node scripts/minify-glue.mjs
node scripts/first-paint.mjs
node scripts/stamp-sw.mjs
