#!/usr/bin/env bash
# Builds the core as a WebAssembly module with its JavaScript API (module/, docs/API.md), twice, with the app's
# release profile and wasm-opt flags:
# - module/pkg/: the API (evaluate, evaluateIn, firstScreen), for other pages, notebooks and the tests;
# - module/pkg/first-paint/: the page's build, firstScreen alone (no `api` feature), which scripts/first-paint.mjs
#   copies into dist/ — every byte of it is on the page's critical path. The page's loader calls its exports
#   itself, so this one has no JavaScript.
# The API's files are ai_energy_module.js (module/js/call-text.js and module/js/glue.js, minified together),
# ai_energy_module_bg.wasm, its TypeScript types (module/js/ai_energy_module.d.ts), a README and a package.json
# with the crate's version: an npm package (`npm pack module/pkg`) other projects install.
# Usage: scripts/build-module.sh
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
brotli_size() { node -e 'const z=require("zlib");console.log(z.brotliCompressSync(require("fs").readFileSync(process.argv[1])).length)' "$1"; }
rm -rf module/pkg
# The package's manifest: its name, the crate's version, its entry point, types and files.
package_json() {
  local version
  version="$(awk -F'"' '/^version = / { print $2; exit }' module/Cargo.toml)"
  cat >"$1" <<JSON
{
  "name": "ai-energy",
  "version": "$version",
  "description": "How much electricity AI work takes: the AI electricity calculator's model as a WebAssembly module. A share link in, every result with its range out.",
  "license": "MIT OR Apache-2.0",
  "type": "module",
  "main": "./ai_energy_module.js",
  "types": "./ai_energy_module.d.ts",
  "exports": {
    ".": {
      "types": "./ai_energy_module.d.ts",
      "default": "./ai_energy_module.js"
    },
    "./wasm": "./ai_energy_module_bg.wasm",
    "./package.json": "./package.json"
  },
  "files": ["ai_energy_module.js", "ai_energy_module_bg.wasm", "ai_energy_module.d.ts", "README.md"],
  "sideEffects": false
}
JSON
}
build() { # <out dir> <with the JavaScript API: yes|no> [cargo feature flags...]
  local out="$1" glue="$2" wasm
  shift 2
  wasm="$(cargo build --release --target wasm32-unknown-unknown --package ai-energy-module --lib "$@" --message-format=json \
    | node -e 'let t="";process.stdin.on("data",d=>t+=d).on("end",()=>{for(const l of t.split("\n")){if(!l.startsWith("{"))continue;const m=JSON.parse(l);if(m.reason==="compiler-artifact"&&m.target.name==="ai_energy_module"){const w=m.filenames.find(f=>f.endsWith(".wasm"));if(w)console.log(w)}}})')"
  [ -n "$wasm" ] || { echo "build-module: cargo built no ai_energy_module.wasm" >&2; exit 1; }
  mkdir -p "$out"
  # --gufa then -Oz again: ~0.15 KB less of the first-paint module after brotli (docs/PERFORMANCE.md).
  wasm-opt -Oz --gufa --converge -Oz --converge --low-memory-unused --zero-filled-memory --strip-debug --strip-producers --enable-bulk-memory --enable-bulk-memory-opt \
    --enable-nontrapping-float-to-int --enable-sign-ext --enable-mutable-globals --enable-reference-types \
    --enable-multivalue "$wasm" -o "$out/ai_energy_module_bg.wasm"
  if [ "$glue" = yes ]; then
    cat module/js/call-text.js module/js/glue.js \
      | terser --module --ecma 2020 --compress passes=2 --mangle -o "$out/ai_energy_module.js"
    cp module/js/ai_energy_module.d.ts module/js/README.md "$out/"
    package_json "$out/package.json"
  fi
  for f in "$out"/ai_energy_module*; do
    printf '%s: %s bytes, %s brotli\n' "$f" "$(wc -c <"$f")" "$(brotli_size "$f")"
  done
}
build module/pkg yes
build module/pkg/first-paint no --no-default-features
