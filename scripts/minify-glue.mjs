// Trunk post-build step (scripts/post-build.sh): minifies the wasm-bindgen glue (Trunk's own minifier fails on its `as default` export and leaves it as written:
// 36 KiB of readable JavaScript, 5.9 KiB brotli; minified 4.5 KiB) and writes the new file's hash into the
// integrity attribute of its modulepreload in index.html, which Trunk computed from the unminified file.
// scripts/post-build.sh runs it before stamp-sw.mjs, so the service worker's cache name covers the minified file.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const html = join(dir, 'index.html');
const page = readFileSync(html, 'utf8');
// The glue is the file the loader's data-app-js names (Trunk writes it from Trunk.toml's pattern_script).
const named = page.match(/data-app-js=["']?[^"'\s>]*?([^/"'\s>]+\.js)/);
if (!named) throw new Error('index.html names no data-app-js');
const path = join(dir, named[1]);
const before = readFileSync(path);
// module: the glue is an ES module (its exports keep their names); ecma 2020 matches what wasm-bindgen emits.
const out = await minify(before.toString('utf8'), { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
if (typeof out.code !== 'string' || out.code.length === 0) throw new Error('terser returned no code');
if (!page.includes(sri(before))) throw new Error(`index.html does not carry the glue's integrity ${sri(before)}`);
writeFileSync(path, out.code);
writeFileSync(html, page.replace(sri(before), sri(Buffer.from(out.code))));
