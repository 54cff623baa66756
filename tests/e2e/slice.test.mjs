// End-to-end: the release build (dist/) in real headless Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OUT, open, resultValue, useApp } from './browser.mjs';

const app = useApp();

test('the page loads with no console error and shows finite results', async () => {
  const { page, errors, context } = await open(app.browser, app.server.url, { locale: 'zh-CN' });
  for (const name of ['inference_kwh_per_day', 'inference_wh_per_query', 'total_kwh', 'household_years', 'tesla_km']) {
    const v = await resultValue(page, name);
    assert.ok(Number.isFinite(v) && v > 0, `${name} = ${v}`);
  }
  const text = await page.textContent('main');
  assert.doesNotMatch(text, /NaN|Infinity|undefined/);
  assert.equal(await page.getAttribute('html', 'lang'), 'zh-CN');
  await page.screenshot({ path: `${OUT}slice-zh.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});

test('typing a new model size updates the result', async () => {
  const { page, errors, context } = await open(app.browser, app.server.url, { locale: 'en-US' });
  const before = await resultValue(page, 'inference_kwh_per_day');
  await page.fill('[data-testid="input-params"]', '7B');
  await page.waitForFunction(
    (b) => Number(document.querySelector('[data-testid="result-inference_kwh_per_day"]').dataset.value) !== b,
    before,
  );
  const after = await resultValue(page, 'inference_kwh_per_day');
  // 25× fewer parameters: far less energy per day, though not 25× less (a small model's steps are mostly overhead).
  assert.ok(after > 0 && after < before / 5 && after > before * 7 / 175, `${before} -> ${after}`);
  await page.fill('[data-testid="input-qpd"]', 'lots');
  await page.waitForSelector('[data-testid="error-qpd"]');
  assert.equal(await resultValue(page, 'inference_kwh_per_day'), after, 'bad input keeps the last good result');
  await page.screenshot({ path: `${OUT}slice-en.png`, fullPage: true });
  assert.deepEqual(errors, []);
  await context.close();
});
