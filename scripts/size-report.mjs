// Prints the size of every file in dist/ raw, gzip (level 9) and brotli (quality 11), and the total of what a
// first visit downloads before the page is up (everything but the social-preview image, which only link previews
// fetch, and the texts that load later: the claims, which the page fetches when the reader opens them and the
// service worker caches in the background after install). The budget holds the first visit; the later files are
// printed with their own total.
// Usage: node scripts/size-report.mjs [dist-dir] [--budget KiB]   (exits 1 when the brotli total is over budget)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

const args = process.argv.slice(2);
const budgetAt = args.indexOf('--budget');
const budgetKiB = budgetAt >= 0 ? Number(args.splice(budgetAt, 2)[1]) : null;
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
const firstVisit = (r) => !r.name.startsWith('og-image') && !LATER.has(r.name);
const note = (r) => (r.name.startsWith('og-image') ? ' (not on first visit)' : LATER.has(r.name) ? ' (later, same origin)' : '');
const total = rows.filter(firstVisit).reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
console.log(`${'file'.padEnd(44)}  raw KiB  gzip KiB  br KiB`);
for (const r of rows) console.log(`${(r.name + note(r)).padEnd(44)}${kb(r.raw)}  ${kb(r.gzip)}${kb(r.brotli)}`);
console.log(`${'total (first visit)'.padEnd(44)}${kb(total.raw)}  ${kb(total.gzip)}${kb(total.brotli)}`);
console.log(`first visit: ${total.brotli} bytes brotli, ${total.gzip} bytes gzip, ${total.raw} bytes raw`);
const later = rows.filter((r) => LATER.has(r.name)).reduce((t, r) => t + r.brotli, 0);
console.log(`later, same origin: ${later} bytes brotli`);
if (budgetKiB !== null) {
  const ok = total.brotli <= budgetKiB * 1024;
  console.log(`size budget: ${(total.brotli / 1024).toFixed(1)} KiB of ${budgetKiB} KiB brotli: ${ok ? 'within' : 'OVER'}`);
  if (!ok) process.exit(1);
}
