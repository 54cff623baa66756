// End-to-end: the full calculator page (release build) in real headless Chromium, in both languages,
// on desktop and phone: presets, finite results, accessibility (axe-core), no horizontal scroll, screenshots.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { METRICS, OUT, axe, open, pressPreset, resultValue, useApp } from './browser.mjs';

const app = useApp();

async function allFinite(page) {
  for (const name of METRICS) {
    const v = await resultValue(page, name);
    assert.ok(Number.isFinite(v) && v >= 0, `${name} = ${v}`);
  }
  assert.doesNotMatch(await page.textContent('main'), /NaN|Infinity|undefined/);
}

for (const [lang, locale, word] of [['zh', 'zh-CN', '度'], ['en', 'en-US', 'Wh']]) {
  test(`default page in ${lang}: finite results, right language, no serious a11y violations`, async () => {
    // bypassCSP only so that the test can inject axe-core; the CSP itself is tested in security.test.mjs.
    const { page, errors, context } = await open(app.browser, app.server.url, { locale, viewport: { width: 1280, height: 900 }, bypassCSP: true });
    assert.equal(await page.getAttribute('html', 'lang'), lang === 'zh' ? 'zh-CN' : 'en');
    await allFinite(page);
    const text = await page.textContent('main');
    assert.ok(text.includes(word));
    if (lang === 'en') assert.doesNotMatch(text, /[度户亿万]/u, 'no Chinese on the English page');
    await page.screenshot({ path: `${OUT}desktop-${lang}.png`, fullPage: true });
    assert.deepEqual(await axe(page), []);
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('lang= in the link wins over the browser language, and the switch flips the page', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?lang=en`, { locale: 'zh-CN' });
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.click('[data-testid="lang-switch"]');
  await page.waitForFunction(() => document.documentElement.lang === 'zh-CN');
  assert.match(await page.textContent('h1'), /耗电/);
  await context.close();
});

// Sourced defaults per country (core: HomeBasis::region and ::price): a page opened without a link starts from the
// reader's household and, where one is sourced, their currency and a local data-centre price; a link keeps its own.
for (const [locale, query, cur, home, price, money] of [
  ['en-US', '', 'usd', 'us', '0.0892', /^\$/],
  ['de-DE', '?lang=en', 'cny', 'cn', '0.4', /^CN¥/],
  ['en-GB', '', 'cny', 'uk', '0.4', /^CN¥/],
  ['en-US', '?v=1&preset=chatgpt&lang=en', 'cny', 'cn', '0.4', /^CN¥/],
]) {
  test(`${locale} ${query || 'without a link'}: household ${home}, price ${price} ${cur}`, async () => {
    const { page, context } = await open(app.browser, `${app.server.url}${query}`, { locale });
    assert.equal(await page.inputValue('[data-testid="input-cur"]'), cur);
    assert.equal(await page.inputValue('[data-testid="input-home"]'), home);
    assert.equal(await page.inputValue('[data-testid="input-price"]'), price);
    const homes = await page.textContent('[data-testid="result-household_years"]');
    assert.match(homes, { us: /\bUS\b/, uk: /\bUK\b/, cn: /\bChinese\b/ }[home], 'the card says whose household');
    const cost = await page.textContent('[data-testid="result-cost"] .card-value');
    assert.match(cost.trim(), money, 'the cost says its currency');
    // What the reader sees is what the address (and so any link they share) holds.
    await page.waitForFunction((h) => new URL(location.href).searchParams.get('home') === (h === 'cn' ? null : h), home);
    const params = new URL(page.url()).searchParams;
    assert.equal(params.get('cur'), cur === 'cny' ? null : cur);
    await context.close();
  });
}

test('a preset loads its scenario: GPT-3 training is 1,289 MWh', async () => {
  const { page, context } = await open(app.browser, app.server.url, { locale: 'en-US' });
  await pressPreset(page, 'gpt3');
  const kwh = await resultValue(page, 'training_kwh');
  assert.ok(Math.abs(kwh - 1_289_376) < 1, `${kwh}`);
  assert.equal(await page.inputValue('[data-testid="input-hw"]'), 'v100');
  await context.close();
});

test('changing model size moves training energy', async () => {
  const { page, context } = await open(app.browser, app.server.url, { locale: 'en-US' });
  const before = await resultValue(page, 'training_kwh');
  await page.fill('[data-testid="input-params"]', '350B');
  await page.waitForFunction((b) => Number(document.querySelector('[data-testid="result-training_kwh"]').dataset.value) !== b, before);
  const after = await resultValue(page, 'training_kwh');
  assert.ok(Math.abs(after / before - 2) < 1e-9, `${before} -> ${after}`);
  await context.close();
});

test('a claim loads as a scenario and shows its verdict', async () => {
  const { page, context } = await open(app.browser, app.server.url, { locale: 'zh-CN' });
  // The claims are folded, and their texts come after the first screen: none until the reader opens them.
  assert.equal(await page.$('[data-testid="verdict-gpt3-tesla"]'), null);
  await page.click('#claims summary');
  await page.waitForSelector('[data-testid="verdict-gpt3-tesla"]', { timeout: 10000 });
  assert.match(await page.textContent('[data-testid="verdict-gpt3-tesla"]'), /偏低/);
  assert.match(await page.textContent('[data-testid="verdict-bloom-train"]'), /对得上/);
  await page.click('[data-testid="load-bloom-train"]');
  await page.waitForFunction(() => Math.abs(Number(document.querySelector('[data-testid="result-training_kwh"]').dataset.value) - 433196) < 1);
  await context.close();
});

for (const lang of ['zh', 'en']) {
  test(`phone 360×740 in ${lang}: no horizontal scroll`, async () => {
    const { page, context } = await open(app.browser, `${app.server.url}?lang=${lang}`, { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(scroll <= client, `scrollWidth ${scroll} > clientWidth ${client}`);
    await allFinite(page);
    await page.screenshot({ path: `${OUT}phone-${lang}.png`, fullPage: true });
    await context.close();
  });
}

test('dark colour scheme has no serious a11y violations', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?lang=zh`, { colorScheme: 'dark', viewport: { width: 1280, height: 900 }, bypassCSP: true });
  await page.screenshot({ path: `${OUT}desktop-zh-dark.png` });
  assert.deepEqual(await axe(page), []);
  await context.close();
});

test('"show the work" writes the formula with the scenario\'s numbers when opened', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?preset=gpt3&lang=en`);
  assert.equal(await page.locator('[data-testid="work-training_kwh"]').count(), 0, 'not written while closed');
  await page.click('.more-results summary');
  await page.click('[data-testid="result-training_kwh"] summary');
  const formula = await page.textContent('[data-testid="work-training_kwh"]');
  // Numbers keep their units on their line (no-break spaces).
  assert.match(formula, /3\.55\u00a0million\u00a0h × 330\u00a0W × PUE 1\.1 = 1\.29\u00a0GWh/);
  await context.close();
});
