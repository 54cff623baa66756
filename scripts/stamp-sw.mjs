// Trunk post-build hook: stamps sw.js with a hash of every other built file, so each build gets its own cache.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR ?? 'dist';
const hash = createHash('sha256');
for (const name of readdirSync(dir).sort()) {
  if (name !== 'sw.js' && !name.startsWith('.')) {
    try { hash.update(name).update(readFileSync(join(dir, name))); } catch { /* a directory */ }
  }
}
const sw = join(dir, 'sw.js');
writeFileSync(sw, readFileSync(sw, 'utf8').replace('__BUILD__', hash.digest('hex').slice(0, 16)));
