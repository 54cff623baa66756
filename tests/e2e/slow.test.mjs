// First result on slow networks: the release build served brotli-compressed as a static host would, loaded
// under Chromium's network and CPU throttling (devtools protocol), against a bare static page with the same
// numbers built here. Each profile alternates calculator and bare page, 5 loads each (15 on loopback), and takes medians; the
// table goes to tests/e2e/output/slow.json and docs/PERFORMANCE.md. Every calculator load must show the shared
// link's own numbers (never the default scenario's). The targets (×1.5, ×2 at 400 kbps) are issue 24's; this file
// measures them, and asserts a looser bound a busy machine always meets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.mjs';
import { CLI, OUT, READY, closeAll, launch, startFileLimit } from './browser.mjs';

/** The shared link: not the default scenario, so default numbers would be wrong numbers. */
const LINK = 'v=1&preset=chatgpt&qpd=5亿&lang=zh';
const LOADS = 5;
/**
 * name, latency ms, download and upload bit/s (0: none), CPU slow-down, the ratio CI allows, loads of each page.
 * Loopback loads take ~0.1 s and their medians move by 10 ms from run to run with 5 loads: it gets 15.
 */
const PROFILES = [
  ['loopback', 0, 0, 0, 1, 3, 15],
  ['9 Mbps / 60 ms', 60, 9e6, 9e6, 1, 2, LOADS],
  ['1.6 Mbps / 150 ms, CPU ×4', 150, 1.6e6, 750e3, 4, 2.5, LOADS],
  ['400 kbps / 300 ms', 300, 400e3, 400e3, 1, 3, LOADS],
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const table = {};
let server;
let browser;
let expected;

before(async () => {
  startFileLimit();
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'slow-'));
  cpSync(process.env.DIST ?? 'dist', dir, { recursive: true });
  server = await serve(dir, 0, { brotli: true });
  browser = await launch();
  // What the link must show: the page's text for it (probed once, unthrottled), and the command line's number.
  const probe = await browser.newPage();
  await probe.goto(`${server.url}?${LINK}`);
  await probe.waitForSelector('[data-testid="result-total_kwh"]');
  expected = {
    text: (await probe.textContent('[data-testid="result-total_kwh"]')).trim(),
    value: Number(await probe.getAttribute('[data-testid="result-total_kwh"]', 'data-value')),
  };
  await probe.close();
  const cli = JSON.parse(execFileSync(CLI, [LINK], { encoding: 'utf8' }));
  assert.equal(expected.value, cli.total_kwh.central, 'the probe shows the link, not the default');
  const css = readdirSync(dir).find((f) => f.endsWith('.css') && !f.startsWith('page-'));
  writeFileSync(join(dir, 'bare.html'), `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>bare</title>
    <link rel="stylesheet" href="${css}"><main><div data-testid="result-total_kwh">${expected.text}</div></main></html>`);
});

after(async () => {
  writeFileSync(`${OUT}slow.json`, `${JSON.stringify(table, null, 2)}\n`);
  console.log(`SLOW ${JSON.stringify(table)}`);
  await closeAll(browser, server);
});

/** One cold load under a profile: ms from navigation to the first painted frame showing the link's total. */
async function firstResult(path, [, latency, down, up, cpu]) {
  const context = await browser.newContext();
  await context.addInitScript((want) => {
    window.firstResult = new Promise((resolve) => {
      const shown = () => document.querySelector('[data-testid="result-total_kwh"]')?.textContent.trim();
      const check = (o) => {
        const text = shown();
        if (text === undefined) return;
        o?.disconnect();
        requestAnimationFrame(() => resolve({ ms: performance.now(), text }));
      };
      const o = new MutationObserver(() => check(o));
      o.observe(document, { subtree: true, childList: true, characterData: true });
    });
  }, expected.text);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (down > 0) {
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false, latency, downloadThroughput: down / 8, uploadThroughput: up / 8,
    });
  }
  if (cpu > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
  await page.goto(`${server.url}${path}`, { waitUntil: 'commit', timeout: 60000 });
  const result = await page.evaluate(() => window.firstResult);
  await context.close();
  return result;
}

for (const profile of PROFILES) {
  test(`first result with the link's own numbers: ${profile[0]}`, async () => {
    const app = [];
    const bare = [];
    for (let i = 0; i < profile[6]; i += 1) {
      const a = await firstResult(`?${LINK}`, profile);
      assert.equal(a.text, expected.text, 'the first total shown is the link\'s, not a default');
      app.push(a.ms);
      bare.push((await firstResult('bare.html', profile)).ms);
    }
    const row = { calculator_ms: Math.round(median(app)), bare_static_ms: Math.round(median(bare)) };
    row.ratio = Number((row.calculator_ms / row.bare_static_ms).toFixed(2));
    table[profile[0]] = row;
    console.log(`${profile[0]}: calculator ${row.calculator_ms} ms, bare ${row.bare_static_ms} ms, ×${row.ratio}`);
    // The targets are ×1.5 (×2 at 400 kbps), measured on an idle machine (docs/PERFORMANCE.md). CI asserts only
    // what a busy 2-core machine always meets; the page without its first-paint module fails it on the slow
    // profiles (×2.9–3.2 and ×5.0–5.4 there).
    assert.ok(Number.isFinite(row.ratio) && row.ratio > 0 && row.ratio <= profile[5], `${JSON.stringify(row)} > ×${profile[5]}`);
  });
}

/**
 * The first screen is painted by the first-paint module before the app is even fetched, and the app renders it
 * again before the rest of the page: what it shows must stay where it is when the app takes over and when the
 * rest arrives (no layout shift, the headline's top and its number where they were), on a phone and on a desktop,
 * in both languages.
 */
for (const [width, height] of [[360, 740], [1280, 900]]) {
  for (const lang of ['zh', 'en']) {
    test(`the first screen does not move when the app takes over and the rest arrives: ${lang}, ${width} px`, async () => {
      const context = await browser.newContext({ viewport: { width, height } });
      await context.addInitScript(() => {
        window.shifts = [];
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) if (!e.hadRecentInput) window.shifts.push(e.value);
        }).observe({ type: 'layout-shift', buffered: true });
        window.firstBox = new Promise((resolve) => {
          const o = new MutationObserver(() => {
            const el = document.querySelector('[data-testid="headline"]');
            if (!el) return;
            const appFetched = performance.getEntriesByType('resource').some((e) => /ai-energy-web-/.test(e.name));
            o.disconnect();
            requestAnimationFrame(() => {
              const r = el.getBoundingClientRect();
              const v = el.querySelector('.headline-value').getBoundingClientRect();
              resolve({
                // The headline's top and width, and its number's box (the page adds lines below the number).
                box: [r.x, r.y, r.width, v.x, v.y, v.width, v.height].map(Math.round),
                whole: document.querySelector('[data-testid="data-version"]') !== null,
                appFetched,
              });
            });
          });
          o.observe(document, { subtree: true, childList: true });
        });
      });
      const page = await context.newPage();
      // A slow phone, so the first screen and the whole page are two frames apart.
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      // A service's total in Chinese; one image in English, whose headline the page extends below its number.
      const link = lang === 'zh' ? LINK : 'v=1&preset=flux&lang=en';
      await page.goto(`${server.url}?${link}`, { waitUntil: 'commit' });
      const first = await page.evaluate(() => window.firstBox);
      await page.waitForSelector(READY);
      await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
      const after = await page.evaluate(() => {
        const el = document.querySelector('[data-testid="headline"]');
        const r = el.getBoundingClientRect();
        const v = el.querySelector('.headline-value').getBoundingClientRect();
        return { box: [r.x, r.y, r.width, v.x, v.y, v.width, v.height].map(Math.round), shift: window.shifts.reduce((a, b) => a + b, 0) };
      });
      await page.screenshot({ path: `${OUT}first-screen-${lang}-${width}.png` });
      await context.close();
      assert.equal(first.whole, false, 'the headline was painted before the rest of the page was built');
      assert.equal(first.appFetched, false, 'the first-paint module painted the headline before the app was fetched');
      assert.deepEqual(after.box, first.box, 'the headline stays where it was first painted');
      assert.ok(after.shift < 0.01, `cumulative layout shift ${after.shift}`);
    });
  }
}
