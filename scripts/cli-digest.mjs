// Runs a build of the `ai-energy` command line on every golden link and on N random links (the end-to-end tests'
// reproducible generator) and prints one SHA-256 of everything it wrote, link by link: two builds that print the
// same digest print the same bytes for every one of those links (numbers, canonical links, problems).
// Usage: node scripts/cli-digest.mjs <path to ai-energy> [N = 400] [--dump FILE]
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

const [cli, n = '400', ...rest] = process.argv.slice(2);
if (!cli) {
  console.error('usage: node scripts/cli-digest.mjs <path to ai-energy> [N] [--dump FILE]');
  process.exit(2);
}
// The generator lives with the end-to-end helpers; naming the binary keeps them from building one.
process.env.AI_ENERGY_CLI = cli;
const { randomLinks } = await import('../tests/e2e/browser.mjs');
const golden = (file) => JSON.parse(readFileSync(new URL(`../core/tests/golden/${file}`, import.meta.url))).links.map((l) => l.link);
const links = [...golden('links.json'), ...golden('diffusion-links.json'), ...randomLinks(Number(n))];
const hash = createHash('sha256');
const dump = [];
for (const link of links) {
  const out = execFileSync(cli, [link], { encoding: 'utf8' });
  hash.update(`${link}\n${out}\n`);
  dump.push(`>>> ${link}\n${out}`);
}
const at = rest.indexOf('--dump');
if (at >= 0) writeFileSync(rest[at + 1], dump.join('\n'));
console.log(`${hash.digest('hex')}  ${links.length} links`);
