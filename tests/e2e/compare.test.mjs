// End-to-end: compare mode on the release build in Chromium — build a comparison, share and reopen it, the same
// numbers as the command line (hostile `b.` values too), the ready-made comparisons, phone width, accessibility.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CLI, METRICS, OUT, READY, axe, open, resultValue, useApp } from './browser.mjs';

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
    // The ready-made comparisons are the presets filter's last tab.
    await page.click('[data-testid="preset-group-pairs"]');
    const ids = await page.$$eval('[data-testid^="pair-"]', (els) => els.map((e) => e.dataset.testid));
    assert.equal(ids.length, 7, ids.join());
    for (const id of ids) {
      await page.goto(`${app.server.url}?lang=${lang}`);
      await page.waitForSelector(READY);
      await page.click('[data-testid="preset-group-pairs"]');
      await page.click(`[data-testid="${id}"]`);
      await page.waitForSelector('[data-testid="compare-sentence"]');
      const sentence = await page.textContent('[data-testid="compare-sentence"]');
      assert.match(sentence, lang === 'zh' ? /改为/ : /instead of/, `${id}: ${sentence}`);
      const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
      assert.ok(scroll <= client, `${id}: scrollWidth ${scroll} > ${client}`);
      const ratio = await page.getAttribute('[data-testid="ratio-total_kwh"]', 'data-value');
      assert.ok(ratio === '' || Number.isFinite(Number(ratio)), `${id}: ${ratio}`);
      // The first screen says what A and B are, and leads with B ÷ A.
      const names = await page.$$eval('[data-testid="scenario-a-name"], [data-testid="scenario-b-name"]', (els) => els.map((e) => e.textContent));
      assert.equal(names.length, 2, `${id}: A and B named`);
      assert.match(await page.getAttribute('[data-testid="headline"]', 'data-metric'), /^ratio-/, id);
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
    await page.waitForSelector(READY);
    await page.click('#claims summary');
  }
  await context.close();
});

test('a comparison downloads as A, B and ratios (JSON and CSV), cites both and embeds as a compact pair', async () => {
  const link = 'v=1&pue=1.58&b.pue=1.09';
  const cli = JSON.parse(execFileSync(CLI, [link], { encoding: 'utf8' }));
  const { page, context } = await open(app.browser, `${app.server.url}?${link}&lang=en`, { acceptDownloads: true });
  await page.waitForSelector('[data-testid="result-b-total_kwh"]');
  const download = async (id) => {
    const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${id}"]`)]);
    return readFileSync(await file.path(), 'utf8');
  };
  await page.click('.share-more summary');
  const json = JSON.parse(await download('export-json'));
  assert.equal(json.type, 'ai-energy:comparison');
  for (const n of METRICS) {
    assert.equal(json.a.results[n].central, cli.a[n].central, `JSON A ${n}`);
    assert.equal(json.b.results[n].central, cli.b[n].central, `JSON B ${n}`);
    assert.equal(json.ratio[n], cli.ratio[n], `JSON ratio ${n}`);
  }
  assert.match(json.link, /b\.pue=1\.09/);
  const csv = (await download('export-csv')).split('\n');
  assert.equal(csv[0], 'scenario,kind,name,low,central,high,source');
  const row = (who, name) => csv.find((l) => l.startsWith(`${who},result,${name},`))?.split(',');
  assert.equal(Number(row('a', 'total_kwh')[4]), cli.a.total_kwh.central);
  assert.equal(Number(row('b', 'total_kwh')[4]), cli.b.total_kwh.central);
  assert.equal(Number(row('ratio', 'total_kwh')[4]), cli.ratio.total_kwh);
  // The citation leads with B ÷ A, as the headline does, then gives A's and B's values and what B changes.
  const cite = await page.textContent('[data-testid="citation"]');
  const lead = await page.textContent('[data-testid="headline"] .headline-value');
  assert.ok(cite.includes(`takes ${lead.split(' ')[0]} the electricity of`), `${lead}: ${cite}`);
  assert.match(cite, /Scenario A: .+Scenario B: .+With .*PUE 1\.09 instead of 1\.58.*31% less/);
  // The embed of a comparison shows B's total, B ÷ A and the sentence under A's total, at a column's width.
  const embed = await page.inputValue('[data-testid="embed-snippet"]');
  const src = embed.match(/src="([^"]+)"/)[1].replaceAll('&amp;', '&');
  assert.match(src, /b\.pue=1\.09/);
  const small = await context.newPage();
  await small.setViewportSize({ width: 320, height: 600 });
  await small.goto(src);
  await small.waitForSelector('[data-testid="embed"] [data-testid="result-b-total_kwh"]');
  assert.equal(Number(await small.getAttribute('[data-testid="ratio-total_kwh"]', 'data-value')), cli.ratio.total_kwh);
  assert.match(await small.textContent('[data-testid="compare-sentence"]'), /instead of/);
  const { scroll, client } = await small.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `embed scrollWidth ${scroll} > ${client}`);
  await small.screenshot({ path: `${OUT}compare-embed-320.png` });
  await context.close();
});

test('a year of the service sits on the scale of a country, and growth says when it reaches 1% of China', async () => {
  const link = 'v=1&preset=chatgpt&growth=100%25';
  const cli = JSON.parse(execFileSync(CLI, [link], { encoding: 'utf8' }));
  for (const lang of ['zh', 'en']) {
    const { page, context } = await open(app.browser, `${app.server.url}?${link}&lang=${lang}`, { viewport: { width: 360, height: 740 } });
    assert.equal(await resultValue(page, 'china_generation_share'), cli.china_generation_share.central);
    // The chart is folded behind its title; the reader opens it.
    await page.click('[data-testid="chart-scale"] summary');
    await page.click('[data-testid="chart-growth"] summary');
    // Each chart is drawn by the whole module when it is opened.
    await page.waitForSelector('[data-testid="chart-scale"] .bar-rows li');
    await page.waitForSelector('[data-testid="chart-growth"] .bar-rows li');
    assert.ok(await page.locator('[data-testid="chart-scale"] li').first().isVisible(), 'opened, the ladder shows');
    const scale = await page.locator('[data-testid="chart-scale"] li').allTextContents();
    assert.equal(scale.length, 10, 'nine familiar totals and this service');
    assert.ok(scale.some((t) => (lang === 'zh' ? /三峡/ : /Three Gorges/).test(t)), scale.join('|'));
    // The service sits between the totals just below and just above it.
    const at = scale.findIndex((t) => (lang === 'zh' ? /这个服务一年/ : /This service, one year/).test(t));
    assert.ok(at > 0 && at < 9, `${at}`);
    const note = await page.textContent('[data-testid="chart-growth-note"]');
    assert.match(note, lang === 'zh' ? /第 \d+ 年达到全国发电量的 1%/ : /reaches 1% of China's generation in year \d+/);
    const years = await page.locator('[data-testid="chart-growth"] li').count();
    assert.equal(years, 4, 'years 1, 3 and 5 and the 1% mark');
    // Every chart's words are page text at the page's size: nothing smaller than 12 px, nothing wider than the page.
    const small = await page.evaluate(() => [...document.querySelectorAll('.charts li span, .charts figcaption, .charts .chart-note')]
      .map((e) => parseFloat(getComputedStyle(e).fontSize)).filter((px) => px < 12));
    assert.deepEqual(small, []);
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(scroll <= client, `scrollWidth ${scroll} > ${client}`);
    await page.locator('[data-testid="chart-scale"]').screenshot({ path: `${OUT}scale-${lang}-360.png` });
    await context.close();
  }
});

test('claims that set AI beside a country open their scenario on the scale chart', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?lang=en`);
  await page.click('#claims summary');
  for (const id of ['ai-netherlands', 'china-gen']) {
    await page.waitForSelector(`[data-testid="load-${id}"]`);
    await page.click(`[data-testid="load-${id}"]`);
    await page.waitForFunction(() => location.search.includes('preset=chatgpt'));
    await page.waitForSelector('[data-testid="chart-scale"] .bar-rows li');
    const rows = await page.locator('[data-testid="chart-scale"] li').allTextContents();
    assert.ok(rows.some((t) => /This service, one year/.test(t) && /China's generation: /.test(t)), rows.join('|'));
    const inView = await page.evaluate(() => {
      const r = document.getElementById('chart-scale').getBoundingClientRect();
      return r.top < innerHeight && r.bottom > 0;
    });
    assert.ok(inView, `${id}: the scale chart is in view`);
  }
  await context.close();
});

test('a text answer (A) beside a 5-second video (B): built on the page, reloaded, the same as the command line and the exports', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?v=1&preset=llama70b&lang=en`, { acceptDownloads: true });
  await page.click('[data-testid="compare-start"]');
  await page.waitForSelector('[data-testid="result-b-total_kwh"]');
  // B becomes a video: the use group's inputs change from tokens to pixels, frames and steps.
  assert.ok(await page.$('[data-testid="input-tpq"]'), 'text asks for tokens');
  await page.selectOption('[data-testid="input-work"]', 'video');
  await page.waitForFunction(() => location.search.includes('b.work=video'));
  assert.equal(await page.$('[data-testid="input-tpq"]'), null, 'a video has no output tokens');
  await page.click('.inputs fieldset:nth-of-type(2) details.advanced summary');
  for (const [key, value] of [['params', '14B'], ['width', '1280'], ['height', '720'], ['frames', '121'], ['fps', '24'], ['steps', '50'], ['cfg', '2'], ['layers', '40'], ['hidden', '5120']]) {
    await page.fill(`[data-testid="input-${key}"]`, value);
    await page.waitForFunction((k) => location.search.includes(`b.${k}=`), key);
  }
  // The inputs count B's items as videos; the cards stay A's (a chat answer), with B's video beneath each.
  assert.equal(await page.textContent('label[for="input-qpd"]'), 'Videos per day');
  const url = page.url();
  await page.goto(url);
  await page.waitForSelector('[data-testid="result-b-total_kwh"]');
  const shown = await pair(page);
  const link = url.split('?')[1];
  const cli = JSON.parse(execFileSync(CLI, [link], { encoding: 'utf8' }));
  for (const n of METRICS) {
    assert.equal(shown[n].a, cli.a[n].central, `A ${n}`);
    assert.equal(shown[n].b, cli.b[n].central, `B ${n}`);
    assert.equal(shown[n].ratio, cli.ratio[n], `ratio ${n}`);
  }
  // One video costs hundreds of chat answers.
  assert.ok(cli.ratio.inference_wh_per_query > 100, `${cli.ratio.inference_wh_per_query}`);
  assert.equal(cli.data_version, '2026.12-7');
  await page.click('.share-more summary');
  const [file] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-json"]')]);
  const json = JSON.parse(readFileSync(await file.path(), 'utf8'));
  assert.equal(json.b.results.inference_wh_per_query.central, cli.b.inference_wh_per_query.central);
  assert.equal(json.data_version, cli.data_version, 'the export and the command line read the pair under one data version');
  assert.equal(json.ratio.inference_wh_per_query, cli.ratio.inference_wh_per_query);
  for (const width of [360, 1280]) {
    await page.setViewportSize({ width, height: 800 });
    await page.screenshot({ path: `${OUT}text-video-${width}.png` });
  }
  await context.close();
});
