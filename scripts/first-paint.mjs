// Trunk post-build step (scripts/post-build.sh): puts the first-paint module (module/, built into module/pkg/ by
// scripts/build-module.sh) into the build under names that carry a hash of its content, names those files in the
// loader's tag (data-first-js, data-first-wasm), preloads them from the HTML, and drops the app's own preloads:
// on a slow line the app's 140 KiB would share the bandwidth with the 40 KiB the first result needs, so the
// loader starts the app only once the first screen is painted (docs/PERFORMANCE.md). Runs after minify-glue.mjs
// and before stamp-sw.mjs, whose cache name then covers these files.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const pkg = new URL('../module/pkg/first-paint/', import.meta.url);
const js = readFileSync(new URL('ai_energy_module.js', pkg));
const wasm = readFileSync(new URL('ai_energy_module_bg.wasm', pkg));
const hash = createHash('sha256').update(js).update(wasm).digest('hex').slice(0, 16);
const names = { js: `first-paint-${hash}.js`, wasm: `first-paint-${hash}_bg.wasm` };
copyFileSync(new URL('ai_energy_module.js', pkg), join(dir, names.js));
copyFileSync(new URL('ai_energy_module_bg.wasm', pkg), join(dir, names.wasm));

const html = join(dir, 'index.html');
let page = readFileSync(html, 'utf8');
// The loader's tag, wherever the minifier put its attributes; the app's files sit under the same base.
const tag = page.match(/<script\b[^>]*\bdata-app-js=["']?([^"'\s>]*?)[^/"'\s>]+\.js[^>]*>/);
if (!tag) throw new Error('first-paint: index.html has no loader tag with data-app-js');
const base = tag[1];
const preloads = page.match(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/g) ?? [];
if (preloads.length !== 2) throw new Error(`first-paint: expected the app's two preloads, found ${preloads.length}`);
for (const link of preloads) page = page.replace(link, '');
const first = `<link rel=modulepreload href=${base}${names.js}>`
  + `<link rel=preload as=fetch crossorigin type=application/wasm href=${base}${names.wasm}>`;
page = page.replace(tag[0], `${first}${tag[0].replace('<script', `<script data-first-js=${base}${names.js} data-first-wasm=${base}${names.wasm}`)}`);
writeFileSync(html, page);
console.log(`first-paint: ${names.js}, ${names.wasm}`);
