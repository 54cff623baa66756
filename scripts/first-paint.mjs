// Trunk post-build step (scripts/post-build.sh): puts the first-paint module (module/, the page's build in
// module/pkg/first-paint/ from scripts/build-module.sh) into the build under a name that carries a hash of its
// content, names it in the loader's tag (data-first-wasm), preloads it from the HTML, and drops the app's own
// preloads: on a slow line the app's 140 KiB would share the bandwidth with the 26 KiB the first result needs, so
// the loader starts the app only once the first screen is painted (docs/PERFORMANCE.md). The loader calls the
// module's exports itself (static/loader.js, with module/js/call-text.js put in front of it here), so the module's
// JavaScript API is not on the page's critical path.
// Runs after minify-glue.mjs and before stamp-sw.mjs, whose cache name then covers the file.
import { createHash } from 'node:crypto';
import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
/** Puts a built module into the build as `<prefix>-<hash of its content>_bg.wasm` and returns that name. */
const hashed = (prefix, path) => {
  const wasm = readFileSync(new URL(path, import.meta.url));
  const name = `${prefix}-${createHash('sha256').update(wasm).digest('hex').slice(0, 16)}_bg.wasm`;
  writeFileSync(join(dir, name), wasm);
  return name;
};
const name = hashed('first-paint', '../module/pkg/first-paint/ai_energy_module_bg.wasm');
// The whole module (its API build), which the page asks for what a reader takes away — the downloads, the
// citation, the result image, a result's working — when the reader does (core/src/takeaway.rs): later, never
// before the first screen or the app.
const later = hashed('module', '../module/pkg/ai_energy_module_bg.wasm');
// The page's stylesheet beyond its first screen (style/page.css, which Trunk copies as it is): minified, named by
// its hash, and added by the loader once the first screen is painted, so that only style/main.css is on the
// critical path. Comments and spaces go; spaces inside quoted font names and before a selector's `:` stay.
const pageCss = readFileSync(join(dir, 'page.css'), 'utf8')
  .replace(/\/\*[\s\S]*?\*\//g, '')
  .replace(/\s+/g, ' ')
  .replace(/\s*([{};,>])\s*/g, '$1')
  .replace(/:\s+/g, ':')
  .replace(/;}/g, '}')
  .trim();
const pageCssName = `page-${createHash('sha256').update(pageCss).digest('hex').slice(0, 16)}.css`;
writeFileSync(join(dir, pageCssName), pageCss);
unlinkSync(join(dir, 'page.css'));

// The loader calls the module through the one copy of its marshalling (module/js/call-text.js), put in front of it,
// and both are minified together: every byte of the loader is on the critical path.
const loader = join(dir, 'loader.js');
const callText = readFileSync(new URL('../module/js/call-text.js', import.meta.url), 'utf8');
const minified = await minify(callText + readFileSync(loader, 'utf8'), { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
if (typeof minified.code !== 'string' || !minified.code.includes('first_screen_of')) throw new Error('first-paint: terser returned no loader');
writeFileSync(loader, minified.code);

const html = join(dir, 'index.html');
let page = readFileSync(html, 'utf8');
// The loader's tag, wherever the minifier put its attributes; the app's files sit under the same base.
const tag = page.match(/<script\b[^>]*\bdata-app-js=["']?([^"'\s>]*?)[^/"'\s>]+\.js[^>]*>/);
if (!tag) throw new Error('first-paint: index.html has no loader tag with data-app-js');
const base = tag[1];
const preloads = page.match(/<link\b[^>]*\brel=["']?(?:modulepreload|preload)\b[^>]*>/g) ?? [];
if (preloads.length !== 2) throw new Error(`first-paint: expected the app's two preloads, found ${preloads.length}`);
for (const link of preloads) page = page.replace(link, '');
const preload = `<link rel=preload as=fetch crossorigin type=application/wasm href=${base}${name}>`;
page = page.replace(tag[0], `${preload}${tag[0].replace('<script', `<script data-first-wasm=${base}${name} data-module-wasm=${base}${later} data-page-css=${base}${pageCssName}`)}`);
writeFileSync(html, page);
console.log(`first-paint: ${name}`);
