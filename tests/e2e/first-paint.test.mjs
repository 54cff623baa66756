// The first screen painted by the first-paint module (module/, core/src/first_screen.rs) before the app loads:
// for every kind of link (languages, presets, one item, a person's use, comparisons, read-only, embeds, forced
// colour scheme) it is the app's header and the headline's lead — element for element, attribute for attribute,
// where the app puts them — and the number is the command line's; a link with problems is left to the app. The
// app's files are blocked to see the module's paint alone. Then page = module (= the command line,
// tests/e2e/module.test.mjs) on every golden link and 100 random links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CLI, METRICS, OUT, READY, randomLinks, useApp, watched, within } from './browser.mjs';

const app = useApp();
const pkg = new URL('../../module/pkg/', import.meta.url);
const api = await import(new URL('ai_energy_module.js', pkg));
api.initSync({ module: readFileSync(new URL('ai_energy_module_bg.wasm', pkg)) });
const golden = JSON.parse(readFileSync(new URL('../../core/tests/golden/links.json', import.meta.url), 'utf8'));
const diffusionGolden = JSON.parse(readFileSync(new URL('../../core/tests/golden/diffusion-links.json', import.meta.url), 'utf8'));

/** The first screen: the header, and the headline's lead — its title, value and range — with where each stands. */
async function parts(page) {
  return page.evaluate(() => {
    const canon = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const attrs = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(' ');
      return `<${node.localName} ${attrs}>${[...node.childNodes].map(canon).join('')}</${node.localName}>`;
    };
    const one = (selector) => {
      const e = document.querySelector(selector);
      if (!e) return null;
      const box = e.getBoundingClientRect();
      return { markup: canon(e), text: e.textContent, box: [box.x, box.y, box.width, box.height].map(Math.round) };
    };
    const root = document.documentElement;
    const headline = document.querySelector('[data-testid="headline"]');
    return {
      html: { lang: root.lang, theme: root.dataset.theme ?? null },
      header: one('header.header'),
      metric: headline?.dataset.metric ?? null,
      value: headline?.dataset.value ?? null,
      title: one('[data-testid="headline"] > h2'),
      lead: one('[data-testid="headline"] > .headline-value'),
      range: one('[data-testid="headline"] > .headline-range'),
      // Where the headline stands: the layout's summary, or the embed.
      place: headline?.parentElement?.className ?? null,
      notice: document.querySelector('[data-testid="link-notice"]') !== null,
    };
  });
}

/** The module's first screen alone: the app's files are never delivered. */
async function firstPaint(url, options) {
  const { context, page, errors } = await watched(app.browser, options);
  let appRequested = false;
  let asked;
  const askedForApp = new Promise((resolve) => { asked = resolve; });
  await context.route(/ai-energy-web-/, (route) => { appRequested = true; asked(); return route.abort(); });
  await page.goto(url);
  // The loader asks for the app right after the first paint: by then whatever the module paints is there. The
  // page's other stylesheet arrives next: it must not move anything the first paint drew either.
  await within(20000, askedForApp);
  const painted = await parts(page);
  await page.waitForFunction(() => document.querySelector('link[rel="stylesheet"][href*="page-"]')?.sheet);
  const seen = await parts(page);
  assert.deepEqual(seen, painted, 'the page\'s stylesheet moves nothing of the first screen');
  seen.pwned = await page.evaluate(() => window.pwned === true || document.querySelector('img[src="x"]') !== null);
  return { context, page, seen, errors, appRequested };
}

const LINKS = [
  ['?v=1&preset=chatgpt&qpd=5亿', 'zh-CN', 'a preset in Chinese (the browser\'s language)'],
  ['?v=1&preset=gpt3&lang=en', 'zh-CN', 'the link\'s language over the browser\'s'],
  ['?v=1&preset=flux', 'zh-CN', 'one image'],
  ['?v=1&q=me&me.gemini=20&me.image-service=3&lang=en', 'zh-CN', 'a person\'s own use'],
  ['?v=1&pue=1.58&b.pue=1.09&lang=en', 'en-US', 'a comparison'],
  ['?v=1&lock=1&params=7B&theme=dark', 'en-US', 'read-only, dark'],
  ['?v=1&embed=1&preset=r1', 'zh-CN', 'an embed'],
  ['?v=1&embed=1&preset=r1&b.tpq=8k&lang=en', 'en-US', 'an embedded comparison'],
  ['', 'en-US', 'no link at all'],
  ['?v=1&preset=wan&b.preset=sd35', 'zh-CN', 'a video beside an image'],
];

/** The lead the command line gives for `query`: B ÷ A of a comparison's result, else the result. */
function cliLead(query, metric) {
  const cli = JSON.parse(execFileSync(CLI, [query.replace(/^\?/, '') || 'v=1'], { encoding: 'utf8' }));
  return metric.startsWith('ratio-') ? cli.ratio[metric.slice('ratio-'.length)] : (cli.a ?? cli)[metric].central;
}

for (const [query, locale, what] of LINKS) {
  test(`the module paints the link's lead before the app, and the app keeps it where it is: ${what}`, async () => {
    const url = `${app.server.url}${query}`;
    const viewport = { width: 360, height: 740 };
    const first = await firstPaint(url, { locale, viewport });
    assert.ok(first.appRequested, 'the app was asked for after the first paint');
    assert.ok(first.seen.lead, 'a lead was painted');
    const slug = what.replace(/\W+/g, '-');
    await first.page.screenshot({ path: `${OUT}first-paint-${slug}.png` });
    await first.context.close();

    const { context, page, errors } = await watched(app.browser, { locale, viewport });
    await page.goto(url);
    await page.waitForSelector(READY);
    const full = await parts(page);
    await context.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(first.seen.html, full.html, '<html lang> and data-theme');
    assert.deepEqual(first.seen.header, full.header, 'the header, where it was');
    for (const part of ['lead', 'range']) assert.deepEqual(first.seen[part], full[part], `${what}: the lead's ${part}, where it was`);
    assert.deepEqual([first.seen.metric, first.seen.value, first.seen.place], [full.metric, full.value, full.place]);
    // The page names the item in the title's one line, which the first paint began.
    assert.ok(full.title.text.startsWith(first.seen.title.text), `${full.title.text} / ${first.seen.title.text}`);
    assert.deepEqual(first.seen.title.box.slice(0, 2), full.title.box.slice(0, 2), 'the title stays put');
    assert.equal(first.seen.title.box[3], full.title.box[3], 'and one line high');
    // The number is the command line's for the same link.
    assert.equal(Number(first.seen.value), cliLead(query, first.seen.metric), 'the first number is the command line\'s');
  });
}

test('a link with problems is left to the app, which explains them; its values are text, never markup', async () => {
  const query = '?v=1&params=%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3Dtrue%3E&zz=1&b.qpd=abc';
  const first = await firstPaint(`${app.server.url}${query}`, { locale: 'zh-CN' });
  assert.equal(first.seen.lead, null, 'no first paint');
  assert.equal(first.seen.pwned, false);
  await first.context.close();
  const { context, page, errors } = await watched(app.browser, { locale: 'zh-CN' });
  await page.goto(`${app.server.url}${query}`);
  await page.waitForSelector(READY);
  const full = await parts(page);
  assert.ok(full.notice && full.lead, 'the app paints the notice and the lead');
  assert.equal(await page.evaluate(() => window.pwned === true || document.querySelector('img[src="x"]') !== null), false);
  await context.close();
  assert.deepEqual(errors, []);
});

test('the page shows the module\'s numbers for every golden link and 100 random links', async () => {
  // A Chinese browser: the empty golden link is a page opened without a link, which starts from the reader's
  // country's bases (tests/e2e/page.test.mjs); China's are the defaults the module evaluates '' with.
  const { context, page, errors } = await watched(app.browser, { locale: 'zh-CN' });
  const links = [...golden.links.map((g) => g.link), ...diffusionGolden.links.map((g) => g.link), ...randomLinks(100)];
  for (const link of links) {
    await page.goto(`${app.server.url}?${link}`);
    await page.waitForSelector(READY);
    const { shown, lead } = await page.evaluate(() => ({
      shown: Object.fromEntries([...document.querySelectorAll('[data-testid^="result-"][data-value]')]
        .map((e) => [e.dataset.testid.slice('result-'.length), Number(e.dataset.value)])),
      lead: document.querySelector('[data-testid="headline"]')?.dataset.metric,
    }));
    const mod = JSON.parse(api.evaluate(link));
    const a = mod.a ?? mod;
    // The full page shows every result; an embed its headline and key equivalents; a person's own use its year.
    const partial = /(^|&)embed=1(&|$)/.test(link) || /^(ratio-)?my_/.test(lead);
    const names = partial ? METRICS.filter((n) => n in shown) : METRICS;
    assert.ok(names.length > 0, `${link}: a result is shown`);
    assert.ok(names.includes('total_kwh') || /^(ratio-)?my_/.test(lead), link);
    for (const name of names) assert.equal(shown[name], a.results[name].central, `${link}: ${name}`);
    if (mod.b && !/^(ratio-)?my_/.test(lead)) assert.equal(shown['b-total_kwh'], mod.b.results.total_kwh.central, `${link}: B's total`);
  }
  await context.close();
  assert.deepEqual(errors, []);
});

test('the module\'s first screen at 1280 px, in both languages (screenshots to look at)', async () => {
  for (const [lang, locale] of [['zh', 'zh-CN'], ['en', 'en-US']]) {
    const first = await firstPaint(`${app.server.url}?v=1&preset=chatgpt&qpd=5亿&b.tpq=2k`, { locale, viewport: { width: 1280, height: 800 } });
    assert.equal(first.seen.html.lang, lang === 'zh' ? 'zh-CN' : 'en');
    assert.ok(first.seen.lead, 'a lead was painted');
    // The headline stands where the app puts it: the layout's right column on a desktop.
    const box = await first.page.locator('[data-testid="headline"]').boundingBox();
    assert.ok(box.x > 400, `headline at x = ${box.x}`);
    await first.page.screenshot({ path: `${OUT}first-paint-${lang}-1280.png` });
    await first.context.close();
  }
});

test('without the first-paint module (a failed download) the app paints the first screen itself', async () => {
  const { context, page, errors } = await watched(app.browser, { locale: 'en-US' });
  await context.route(/first-paint-[0-9a-f]+_bg\.wasm$/, (route) => route.abort());
  await page.goto(`${app.server.url}?v=1&preset=gpt3&lang=en`);
  await page.waitForSelector(READY);
  const shown = Number(await page.getAttribute('[data-testid="result-total_kwh"]', 'data-value'));
  const cli = JSON.parse(execFileSync(CLI, ['v=1&preset=gpt3&lang=en'], { encoding: 'utf8' }));
  assert.equal(shown, cli.total_kwh.central);
  assert.equal(await page.locator('main.page').count(), 1, 'one page, the app\'s');
  // The blocked download is the only complaint.
  assert.ok(errors.every((e) => /first-paint|Failed to load resource/.test(e)), errors.join('\n'));
  await context.close();
});
