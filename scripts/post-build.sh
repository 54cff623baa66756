#!/usr/bin/env bash
# Trunk's post-build hook (Trunk.toml): the steps on the staged files, one after the other (Trunk would start
# separate hooks of a stage at the same time, and the cache name must hash the minified glue).
set -euo pipefail
cd "$(dirname "$0")/.."
node scripts/minify-glue.mjs
node scripts/stamp-sw.mjs
