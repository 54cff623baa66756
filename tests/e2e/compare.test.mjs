// End-to-end: compare mode on the release build in Chromium — build a comparison, share and reopen it, the same
// numbers as the command line (hostile `b.` values too), the ready-made comparisons, phone width, accessibility.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { CLI, METRICS, OUT, axe, open, resultValue, useApp } from './browser.mjs';

const app = useApp();

/** Every result of A and of B, and every ratio, as the page shows them (`null` where a ratio has no value). */
async function pair(page) {
  return page.evaluate((names) => {
    const read = (id) => {
      const v = document.querySelector(`[data-testid="${id}"]`)?.dataset.value;
      return v === undefined || v === '' ? null : Number(v);
    };
    return Object.fromEntries(names.map((n) => [n, { a: read(`result-${n}`), b: read(`result-b-${n}`), ratio: read(`ratio-${n}`) }]));
  }, METRICS);
}

test('a reader builds a comparison, shares it, reopens it, and leaves it keeping A', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?v=1&pue=1.58&lang=en`);
  const a = await resultValue(page, 'total_kwh');
  assert.equal(await page.$('[data-testid="result-b-total_kwh"]'), null, 'no B before comparing');
  await page.click('[data-testid="compare-start"]');
  await page.waitForSelector('[data-testid="result-b-total_kwh"]');
  assert.equal(await resultValue(page, 'b-total_kwh'), a, 'B starts as a copy of A');
  assert.equal(await page.getAttribute('[data-testid="edit-b"]', 'aria-pressed'), 'true', 'the inputs edit B');
  await page.fill('[data-testid="input-pue"]', '1.09');
  await page.waitForFunction(() => location.search.includes('b.pue=1.09'));
  const shown = await pair(page);
  assert.equal(shown.total_kwh.a, a, 'editing B leaves A');
  assert.ok(Math.abs(shown.total_kwh.ratio - 1.09 / 1.58) < 1e-9, `${shown.total_kwh.ratio}`);
  const sentence = await page.textContent('[data-testid="compare-sentence"]');
  assert.match(sentence, /1\.09 instead of 1\.58/);
  assert.match(sentence, /31% less/);
  // Reopening the link reproduces A, B and every ratio.
  const url = page.url();
  assert.match(url, /\?v=1&pue=1\.58&lang=en&b\.pue=1\.09$|\?v=1&pue=1\.58&b\.pue=1\.09&lang=en$|b\.pue=1\.09/);
  await page.goto(url);
  await page.waitForSelector('[data-testid="result-b-total_kwh"]');
  assert.deepEqual(await pair(page), shown);
  // Editing A moves A only; leaving the comparison keeps A.
  await page.click('[data-testid="edit-a"]');
  await page.fill('[data-testid="input-params"]', '70B');
  await page.waitForFunction(() => location.search.includes('params=70B'));
  const afterA = await resultValue(page, 'total_kwh');
  assert.notEqual(afterA, a);
  await page.click('[data-testid="compare-stop"]');
  await page.waitForFunction(() => !document.querySelector('[data-testid="result-b-total_kwh"]'));
  assert.equal(await resultValue(page, 'total_kwh'), afterA);
  await page.waitForFunction(() => !location.search.includes('b.'));
  await context.close();
});

test('the page and the command line give the same A, B and ratios for comparison links, hostile ones too', async () => {
  const links = [
    'v=1&pue=1.58&b.pue=1.09',
    'v=1&preset=gpt3&b.preset=gpt4',
    'v=1&preset=llama70b&b.gpus=&b.servehw=h20',
    'v=1&b.params=3B&b.qpd=10亿',
    'v=1&pue=1.2&b.pue=NaN&b.lang=en&b.hw=tpu9&b.params=-1&b.b.pue=2&b.active=1e15&b.%3Cscript%3E=1',
  ];
  for (const link of links) {
    const { page, context } = await open(app.browser, `${app.server.url}?${link}`);
    await page.waitForSelector('[data-testid="result-b-total_kwh"]');
    const shown = await pair(page);
    const cli = JSON.parse(execFileSync(CLI, [link], { encoding: 'utf8' }));
    for (const n of METRICS) {
      assert.equal(shown[n].a, cli.a[n].central, `${link}: A ${n}`);
      assert.equal(shown[n].b, cli.b[n].central, `${link}: B ${n}`);
      assert.equal(shown[n].ratio, cli.ratio[n], `${link}: ratio ${n}`);
    }
    // The notice quotes the hostile values; the results never show them.
    assert.doesNotMatch(await page.textContent('.outputs'), /NaN|Infinity|undefined/);
    await context.close();
  }
});

for (const [lang, width, height] of [['zh', 360, 740], ['en', 360, 740], ['zh', 1280, 900], ['en', 1280, 900]]) {
  test(`every ready-made comparison loads and says what changed (${lang}, ${width} px)`, async () => {
    const { page, context } = await open(app.browser, `${app.server.url}?lang=${lang}`, { viewport: { width, height }, bypassCSP: true });
    const ids = await page.$$eval('[data-testid^="pair-"]', (els) => els.map((e) => e.dataset.testid));
    assert.equal(ids.length, 6, ids.join());
    for (const id of ids) {
      await page.goto(`${app.server.url}?lang=${lang}`);
      await page.waitForSelector('[data-testid="result-total_kwh"]');
      await page.click('.pairs summary');
      await page.click(`[data-testid="${id}"]`);
      await page.waitForSelector('[data-testid="compare-sentence"]');
      const sentence = await page.textContent('[data-testid="compare-sentence"]');
      assert.match(sentence, lang === 'zh' ? /改为/ : /instead of/, `${id}: ${sentence}`);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(scroll <= client, `${id}: scrollWidth ${scroll} > ${client}`);
      const ratio = await page.getAttribute('[data-testid="ratio-total_kwh"]', 'data-value');
      assert.ok(ratio === '' || Number.isFinite(Number(ratio)), `${id}: ${ratio}`);
    }
    assert.deepEqual(await axe(page), [], 'no serious or critical violation in compare mode');
    await page.screenshot({ path: `${OUT}compare-${lang}-${width}.png`, fullPage: width > 400 ? false : true });
    await context.close();
  });
}

test('claims that compare two things open as that comparison', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?lang=en`);
  await page.click('#claims summary');
  for (const id of ['pue-liquid', 'price-east-west', 'gpt4-train', 'edge']) {
    await page.waitForSelector(`[data-testid="load-${id}"]`);
    await page.click(`[data-testid="load-${id}"]`);
    await page.waitForSelector('[data-testid="compare-sentence"]');
    assert.match(await page.textContent('[data-testid="compare-sentence"]'), /instead of/, id);
    await page.goto(`${app.server.url}?lang=en`);
    await page.waitForSelector('[data-testid="result-total_kwh"]');
    await page.click('#claims summary');
  }
  await context.close();
});
