// Trunk post-build step (scripts/post-build.sh): minifies the wasm-bindgen glue (Trunk's own minifier fails on its `as default` export and leaves it as written:
// 36 KiB of readable JavaScript, 5.9 KiB brotli; minified 4.5 KiB) and writes the new file's hash into the
// integrity attribute of its modulepreload in index.html, which Trunk computed from the unminified file.
// scripts/post-build.sh runs it before stamp-sw.mjs, so the service worker's cache name covers the minified file.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
const glue = readdirSync(dir).filter((name) => /^ai-energy-web-[0-9a-f]+\.js$/.test(name));
if (glue.length !== 1) throw new Error(`expected one wasm-bindgen glue file in ${dir}, found ${glue.length}`);
const path = join(dir, glue[0]);
const before = readFileSync(path);
// module: the glue is an ES module (its exports keep their names); ecma 2020 matches what wasm-bindgen emits.
const out = await minify(before.toString('utf8'), { module: true, ecma: 2020, compress: { passes: 2 }, mangle: true });
if (typeof out.code !== 'string' || out.code.length === 0) throw new Error('terser returned no code');
const html = join(dir, 'index.html');
const page = readFileSync(html, 'utf8');
if (!page.includes(sri(before))) throw new Error(`index.html does not carry the glue's integrity ${sri(before)}`);
writeFileSync(path, out.code);
writeFileSync(html, page.replace(sri(before), sri(Buffer.from(out.code))));
