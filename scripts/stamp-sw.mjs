// Trunk post-build step (scripts/post-build.sh): stamps sw.js with a hash of every other built file, so each build gets its own cache,
// and minifies the two small static scripts (terser: they are read in the repository, not downloaded by every
// reader; the loader is on the critical path).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minify } from 'terser';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const hash = createHash('sha256');
for (const name of readdirSync(dir).sort()) {
  if (name !== 'sw.js' && !name.startsWith('.')) {
    try { hash.update(name).update(readFileSync(join(dir, name))); } catch { /* a directory */ }
  }
}
const small = async (text, module) => {
  const out = await minify(text, { module, ecma: 2020, compress: { passes: 2 }, mangle: true });
  if (!out.code) throw new Error('terser gave nothing');
  return out.code;
};
const sw = join(dir, 'sw.js');
writeFileSync(sw, await small(readFileSync(sw, 'utf8').replace('__BUILD__', hash.digest('hex').slice(0, 16)), false));
const loader = join(dir, 'loader.js');
writeFileSync(loader, await small(readFileSync(loader, 'utf8'), true));
