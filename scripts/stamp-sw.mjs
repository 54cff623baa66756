// Trunk post-build step (scripts/post-build.sh): stamps sw.js with a hash of every other built file, so each build gets its own cache,
// and drops the whole-line comments of the two small static scripts (they are read in the repository, not
// downloaded by every reader).
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
const stripComments = (text) => text.split('\n').filter((line) => !/^\s*\/\//.test(line)).join('\n');
const sw = join(dir, 'sw.js');
writeFileSync(sw, stripComments(readFileSync(sw, 'utf8')).replace('__BUILD__', hash.digest('hex').slice(0, 16)));
const loader = join(dir, 'loader.js');
writeFileSync(loader, stripComments(readFileSync(loader, 'utf8')));
