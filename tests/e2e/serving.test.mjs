// End-to-end: serving engines, cached prompts and agents' tasks (`engine=`, `cache=`, `turns=`, data version
// 2026.12-5) on the release build in Chromium — the inputs change the result to the command line's numbers and
// write the link, an agent's task is named as a task, every new text preset gives the command line's numbers, a
// hostile value is reported with the last good result kept, and a task reads well at 360 and 1280 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { CLI, METRICS, OUT, READY, axe, open, resultValue, useApp } from './browser.mjs';

const app = useApp();

const TEXT_PRESETS = ['deepseek-v3', 'qwen3-235b', 'qwen3-30b', 'kimi-k2', 'glm-4.5', 'gpt-oss-120b', 'llama4-maverick', 'frontier-chat', 'coding-agent', 'research-agent'];

const cli = (link) => JSON.parse(execFileSync(CLI, [link], { encoding: 'utf8' }));

test('the engine, the cached share and the calls change the result as the command line does, and the link says so', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?v=1&lang=en`);
  // The use group's "More assumptions".
  await page.click('fieldset:nth-of-type(2) details.advanced > summary');
  const before = await resultValue(page, 'inference_wh_per_query');
  assert.equal(before, cli('v=1').inference_wh_per_query.central);
  await page.selectOption('[data-testid="input-engine"]', 'reference');
  await page.waitForFunction(() => location.search.includes('engine=reference'));
  const reference = await resultValue(page, 'inference_wh_per_query');
  assert.equal(reference, cli('v=1&engine=reference').inference_wh_per_query.central);
  assert.ok(reference > before, `the reference engine at its own batch costs more: ${reference} vs ${before}`);
  await page.fill('[data-testid="input-itq"]', '20000');
  await page.fill('[data-testid="input-cache"]', '90%');
  await page.waitForFunction(() => location.search.includes('cache=0.9'));
  assert.equal(await resultValue(page, 'inference_wh_per_query'), cli('v=1&engine=reference&itq=20k&cache=0.9').inference_wh_per_query.central);
  assert.doesNotMatch(await page.textContent('.results'), /Per task/);
  await page.fill('[data-testid="input-turns"]', '40');
  await page.waitForFunction(() => location.search.includes('turns=40'));
  const task = cli('v=1&engine=reference&itq=20k&cache=0.9&turns=40');
  assert.equal(await resultValue(page, 'inference_wh_per_query'), task.inference_wh_per_query.central);
  assert.match(await page.textContent('.results'), /Per task/);
  assert.equal(await page.textContent('label[for="input-qpd"]'), 'Tasks per day');
  assert.match(await page.textContent('label[for="input-itq"]'), /per call/);
  // Back to one call: an answer again.
  await page.fill('[data-testid="input-turns"]', '1');
  await page.waitForFunction(() => !location.search.includes('turns='));
  assert.doesNotMatch(await page.textContent('.results'), /Per task/);
  await context.close();
});

test('every new text preset gives the command line\'s numbers under data version 2026.12-7', async () => {
  for (const id of TEXT_PRESETS) {
    const link = `v=1&preset=${id}`;
    const { page, context } = await open(app.browser, `${app.server.url}?${link}`);
    const want = cli(link);
    assert.deepEqual(want.problems, [], id);
    assert.equal(want.data_version, '2026.12-7', id);
    for (const n of METRICS) assert.equal(await resultValue(page, n), want[n].central, `${id}: ${n}`);
    assert.equal(await page.textContent('[data-testid="data-version"]').then((t) => t.slice(-9)), '2026.12-7', id);
    await context.close();
  }
});

test('a hostile engine, cache or call count is reported, and the last good result stays', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?v=1&engine=warp&cache=2&turns=0&lang=en`);
  // The notice's lines are the whole module's, written when a link has problems.
  await page.waitForSelector('[data-testid="link-notice-line"]');
  const notice = await page.textContent('[data-testid="link-notice"]');
  for (const text of [/warp/, /cache/, /turns/]) assert.match(notice, text);
  const want = cli('v=1&engine=warp&cache=2&turns=0');
  assert.equal(want.problems.length, 3, want.problems.join('\n'));
  assert.equal(await resultValue(page, 'total_kwh'), want.total_kwh.central);
  await page.goto(`${app.server.url}?v=1&preset=coding-agent&lang=en`);
  await page.waitForSelector(READY);
  const total = await resultValue(page, 'total_kwh');
  await page.click('fieldset:nth-of-type(2) details.advanced > summary');
  await page.fill('[data-testid="input-cache"]', '150%');
  assert.match(await page.textContent('[data-testid="error-cache"]'), /1/);
  assert.equal(await resultValue(page, 'total_kwh'), total, 'a refused share keeps the last good result');
  assert.doesNotMatch(await page.textContent('.outputs'), /NaN|Infinity|undefined/);
  await context.close();
});

for (const [lang, width, height] of [['zh', 360, 740], ['en', 360, 740], ['zh', 1280, 900], ['en', 1280, 900]]) {
  test(`an agent's task reads well (${lang}, ${width} px): per task, its energy on the first screen, no axe violation`, async () => {
    const { page, context } = await open(app.browser, `${app.server.url}?v=1&preset=coding-agent&lang=${lang}`, { viewport: { width, height }, bypassCSP: true });
    // One task is what the preset asks about: the headline leads with its energy, and says so.
    const lead = await page.evaluate(() => {
      const h = document.querySelector('[data-testid="headline"]');
      const r = h.querySelector('.headline-value').getBoundingClientRect();
      return { metric: h.dataset.metric, title: h.querySelector('h2').textContent, inView: r.top >= 0 && r.bottom <= innerHeight };
    });
    assert.ok(lead.inView, 'the lead is on the first screen');
    assert.equal(lead.metric, 'inference_wh_per_query');
    assert.match(lead.title, lang === 'zh' ? /每个任务/ : /Per task/);
    // What the preset assumes, beside its number.
    assert.match(await page.textContent('[data-testid="preset-note"]'), lang === 'zh' ? /调用/ : /calls/);
    await page.click('fieldset:nth-of-type(2) details.advanced > summary');
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(scroll <= client, `scrollWidth ${scroll} > ${client}`);
    assert.deepEqual(await axe(page), [], 'no serious or critical violation');
    await page.screenshot({ path: `${OUT}serving-agent-${lang}-${width}.png`, fullPage: true });
    await context.close();
  });
}
