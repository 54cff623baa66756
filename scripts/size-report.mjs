// Prints the size of every file in dist/ raw, gzip (level 9) and brotli (quality 11), and two totals:
// - the critical path: what is fetched before the link's first number is painted (the HTML, the loader, the
//   first screen's stylesheet and the first-paint module), and
// - the first visit: everything the page fetches before it is idle (both modules included; not the social-preview
//   image, which only link previews fetch, nor what loads later: the claims and the methodology, which the page
//   fetches when the reader opens them, png.js and the whole module (module-<hash>_bg.wasm: what a reader takes
//   away), fetched when the reader asks; the service worker caches them all after install).
// Usage: node scripts/size-report.mjs [dist-dir] [--budget KiB] [--critical KiB]
// (exits 1 when the first visit or the critical path is over its budget, brotli).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget');
const budgetKiB = budgetAt >= 0 ? Number(args.splice(budgetAt, 2)[1]) : null;
const criticalAt = args.indexOf('--critical');
const criticalKiB = criticalAt >= 0 ? Number(args.splice(criticalAt, 2)[1]) : null;
const dist = args[0] ?? 'dist';
const files = [];
(function walk(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
})(dist);

const kb = (n) => (n / 1024).toFixed(1).padStart(8);
const rows = files.sort().map((path) => {
  const data = readFileSync(path);
  return {
    name: relative(dist, path),
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const LATER = new Set(['claims.txt', 'methodology.html', 'png.js']);
// The whole module (scripts/first-paint.mjs names it module-<hash>): what a reader takes away, when asked for.
const later = (r) => LATER.has(r.name) || r.name.startsWith('module-');
const firstVisit = (r) => !r.name.startsWith('og-image') && !later(r);
// Before the first number: scripts/first-paint.mjs names the module's files first-paint-<hash>.
// The page's other stylesheet (page-<hash>.css) comes after the first paint.
const critical = (r) => r.name === 'index.html' || r.name === 'loader.js' || (r.name.endsWith('.css') && !r.name.startsWith('page-')) || r.name.startsWith('first-paint-');
const note = (r) => (r.name.startsWith('og-image') ? ' (not on first visit)' : later(r) ? ' (later, same origin)' : critical(r) ? ' (critical path)' : '');
const total = rows.filter(firstVisit).reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log(`${'file'.padEnd(56)}  raw KiB  gzip KiB  br KiB`);
for (const r of rows) console.log(`${(r.name + note(r)).padEnd(56)}${kb(r.raw)}  ${kb(r.gzip)}${kb(r.brotli)}`);
console.log(`${'total (first visit)'.padEnd(56)}${kb(total.raw)}  ${kb(total.gzip)}${kb(total.brotli)}`);
console.log(`first visit: ${total.brotli} bytes brotli, ${total.gzip} bytes gzip, ${total.raw} bytes raw`);
const path = rows.filter(critical);
const pathBrotli = path.reduce((t, r) => t + r.brotli, 0);
console.log(`critical path: ${pathBrotli} bytes brotli (${path.map((r) => `${r.name.replace(/-[0-9a-f]{16}/, '')} ${r.brotli}`).join(', ')})`);
if (!path.some((r) => r.name.startsWith('first-paint-'))) {
  console.log('critical path: no first-paint module in this build');
  if (criticalKiB !== null) process.exit(1);
}
const laterBytes = rows.filter(later).reduce((t, r) => t + r.brotli, 0);
console.log(`later, same origin: ${laterBytes} bytes brotli`);
let over = false;
for (const [name, bytes, kib] of [['first visit', total.brotli, budgetKiB], ['critical path', pathBrotli, criticalKiB]]) {
  if (kib === null) continue;
  const ok = bytes <= kib * 1024;
  console.log(`size budget, ${name}: ${(bytes / 1024).toFixed(1)} KiB of ${kib} KiB brotli: ${ok ? 'within' : 'OVER'}`);
  over ||= !ok;
}
if (over) process.exit(1);
