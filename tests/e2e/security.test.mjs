// End-to-end: the strict Content-Security-Policy is in force and the page works under it, the page makes no
// request to any other origin, and after one visit it works offline.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { READY, pressPreset, resultValue, useApp, watched as watchedPage } from './browser.mjs';

const app = useApp();

const watched = (options) => watchedPage(app.browser, options);

test('the strict CSP is in force and the whole page works under it', async () => {
  const { context, page, errors } = await watched();
  await page.goto(`${app.server.url}?preset=chatgpt`);
  await page.waitForSelector(READY);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  assert.match(csp, /default-src 'self'/);
  assert.match(csp, /script-src 'self' 'wasm-unsafe-eval'(;|$)/);
  assert.doesNotMatch(csp, /unsafe-inline/);
  assert.equal(await page.locator('script:not([src])').count(), 0, 'no inline script');
  // Exercise the page: typing, a preset, opening every disclosure, switching language.
  await page.fill('[data-testid="input-params"]', '1T');
  await pressPreset(page, 'gpt4');
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  // What opening them asks of the whole module (workings, charts, the citation) is written under the same policy.
  await page.waitForSelector('[data-testid="chart-scale"] .bar-rows');
  await page.waitForSelector('[data-testid="citation"]');
  await page.click('[data-testid="lang-switch"]');
  assert.ok((await resultValue(page, 'total_kwh')) > 0);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(errors, []);
  await context.close();
});

test('no request leaves the page origin', async () => {
  const { context, page, requests } = await watched();
  await page.goto(`${app.server.url}?embed=0&lang=en`);
  await page.waitForSelector(READY);
  await pressPreset(page, 'gemini');
  // And what a reader takes away: the whole module, fetched from the same origin.
  await page.click('[data-testid="chart-ranking"] summary');
  await page.waitForSelector('[data-testid="chart-ranking"] .bar-rows');
  // Whatever the click could have fetched has been fetched: no request for 500 ms.
  await page.waitForLoadState('networkidle');
  const origin = new URL(app.server.url).origin;
  const foreign = requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'));
  assert.deepEqual(foreign, []);
  assert.ok(requests.some((u) => u.endsWith('.wasm')), 'the wasm came from this origin');
  await context.close();
});

test('after one visit the calculator works with the network off', async () => {
  const { context, page } = await watched();
  await page.goto(app.server.url);
  await page.waitForSelector(READY);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  // Both modules are kept: the first-paint module paints the first screen offline too.
  const cached = await page.evaluate(async () => {
    const urls = [];
    for (const key of await caches.keys()) for (const r of await (await caches.open(key)).keys()) urls.push(r.url);
    return urls;
  });
  for (const file of [/first-paint-[0-9a-f]+_bg\.wasm$/, /ai-energy-web-[0-9a-f]+_bg\.wasm$/]) {
    assert.ok(cached.some((u) => file.test(u)), `${file} in ${cached.join(' ')}`);
  }
  await context.setOffline(true);
  await page.goto(`${app.server.url}?v=1&params=70B&lang=en`);
  await page.waitForSelector(READY);
  const v = await resultValue(page, 'total_kwh');
  assert.ok(Number.isFinite(v) && v > 0, `${v}`);
  assert.equal(await page.inputValue('[data-testid="input-params"]'), '70B');
  await page.fill('[data-testid="input-qpd"]', '1B');
  await page.waitForFunction((b) => Number(document.querySelector('[data-testid="result-total_kwh"]').dataset.value) !== b, v);
  // The claims' texts load after the first screen; offline they come from the service worker's cache.
  await page.click('#claims summary');
  await page.waitForSelector('[data-testid="verdict-bloom-train"]', { timeout: 10000 });
  assert.match(await page.textContent('[data-testid="verdict-bloom-train"]'), /adds up/);
  await context.close();
});

test('hostile text pasted into every input: the page explains, stays responsive, never shows NaN', async () => {
  const { context, page, errors } = await watched();
  let dialog = false;
  page.on('dialog', async (d) => { dialog = true; await d.dismiss(); });
  await page.goto(`${app.server.url}?lang=en`);
  await page.waitForSelector(READY);
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const keys = await page.$$eval('input[data-testid^="input-"]', (els) => els.map((e) => e.dataset.testid.slice(6)));
  assert.ok(keys.length >= 16, keys.join());
  const hostile = ['<script>window.pwned=1</script>', '1e309', 'NaN', 'Infinity', '-1e308', '９'.repeat(400), '\u202e12', '1/0', 'x'.repeat(10_000)];
  for (const key of keys) {
    for (const text of hostile) {
      await page.fill(`[data-testid="input-${key}"]`, text);
      assert.equal(await page.getAttribute(`[data-testid="input-${key}"]`, 'aria-invalid'), 'true', `${key} ← ${text.slice(0, 20)}`);
    }
    const outputs = await page.textContent('.outputs');
    assert.doesNotMatch(outputs, /NaN|Infinity|undefined/, key);
    // Back to a valid value: the page still answers.
    await page.fill(`[data-testid="input-${key}"]`, '');
  }
  const before = Number(await page.getAttribute('[data-testid="result-total_kwh"]', 'data-value'));
  await page.fill('[data-testid="input-params"]', '70B');
  await page.waitForFunction((b) => Number(document.querySelector('[data-testid="result-total_kwh"]').dataset.value) !== b, before);
  assert.equal(dialog, false);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.deepEqual(errors, []);
  await context.close();
});
