// The first screen painted by the first-paint module (module/, core/src/first_screen.rs) before the app loads:
// for every kind of link (languages, presets, comparisons, read-only, embeds, forced colour scheme, a hostile
// link) it is the app's own markup with the link's own numbers — element for element, attribute for attribute
// — and the number is the command line's. The app's files are blocked to see the module's paint alone. Then
// page = module (= the command line, tests/e2e/module.test.mjs) on every golden link and 100 random links.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CLI, METRICS, OUT, READY, randomLinks, useApp, watched } from './browser.mjs';

const app = useApp();
const pkg = new URL('../../module/pkg/', import.meta.url);
const api = await import(new URL('ai_energy_module.js', pkg));
api.initSync({ module: readFileSync(new URL('ai_energy_module_bg.wasm', pkg)) });
const golden = JSON.parse(readFileSync(new URL('../../core/tests/golden/links.json', import.meta.url), 'utf8'));
const diffusionGolden = JSON.parse(readFileSync(new URL('../../core/tests/golden/diffusion-links.json', import.meta.url), 'utf8'));

/** The parts of the first screen, as the app renders them; each is compared as a whole. */
const PARTS = ['header.header', '[data-testid="link-notice"]', 'nav.presets', 'section.compare-bar',
  '.layout > .summary > [data-testid="headline"]', 'main.embed > .embed-title',
  'main.embed > [data-testid="result-total_kwh"]', 'main.embed > .card-range', 'main.embed .pair-b',
  'main.embed .pair-ratio'];

/** Each part as text: tags, sorted attributes and text, recursively (what the reader's screen is made of). */
async function parts(page) {
  return page.evaluate((selectors) => {
    const canon = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (node.nodeType !== Node.ELEMENT_NODE) return '';
      const attrs = [...node.attributes].map((a) => `${a.name}=${JSON.stringify(a.value)}`).sort().join(' ');
      return `<${node.localName} ${attrs}>${[...node.childNodes].map(canon).join('')}</${node.localName}>`;
    };
    const root = document.documentElement;
    return {
      html: { lang: root.lang, theme: root.dataset.theme ?? null },
      ...Object.fromEntries(selectors.map((s) => [s, document.querySelector(s) ? canon(document.querySelector(s)) : null])),
      // The order of the page's first screen.
      order: [...(document.querySelector('main.page')?.children ?? [])].map((e) => e.localName + (e.className ? `.${e.className}` : '')).join(' '),
    };
  }, PARTS);
}

/** The module's first screen alone: the app's files are never delivered. */
async function firstPaint(url, options) {
  const { context, page, errors } = await watched(app.browser, options);
  let appRequested = false;
  await context.route(/ai-energy-web-/, (route) => { appRequested = true; return route.abort(); });
  await page.goto(url);
  await page.waitForSelector('[data-testid="result-total_kwh"]');
  const seen = await parts(page);
  seen.pwned = await page.evaluate(() => window.pwned === true || document.querySelector('img[src="x"]') !== null);
  return { context, page, seen, errors, appRequested };
}

const LINKS = [
  ['?v=1&preset=chatgpt&qpd=5亿', 'zh-CN', 'a preset in Chinese (the browser\'s language)'],
  ['?v=1&preset=gpt3&lang=en', 'zh-CN', 'the link\'s language over the browser\'s'],
  ['?v=1&pue=1.58&b.pue=1.09&lang=en', 'en-US', 'a comparison'],
  ['?v=1&lock=1&params=7B&theme=dark', 'en-US', 'read-only, dark'],
  ['?v=1&params=%3Cimg%20src%3Dx%20onerror%3Dwindow.pwned%3Dtrue%3E&zz=1&b.qpd=abc', 'zh-CN', 'a hostile link'],
  ['?v=1&embed=1&preset=r1', 'zh-CN', 'an embed'],
  ['?v=1&embed=1&preset=r1&b.tpq=8k&lang=en', 'en-US', 'an embedded comparison'],
  ['', 'en-US', 'no link at all'],
  ['?v=1&preset=wan&b.preset=sd35', 'zh-CN', 'a video beside an image'],
];

for (const [query, locale, what] of LINKS) {
  test(`the module paints the app's own first screen before the app: ${what}`, async () => {
    const url = `${app.server.url}${query}`;
    const first = await firstPaint(url, { locale, viewport: { width: 360, height: 740 } });
    assert.ok(first.appRequested, 'the app was asked for after the first paint');
    assert.equal(first.seen.pwned, false, 'link values are text, never markup');
    const slug = what.replace(/\W+/g, '-');
    await first.page.screenshot({ path: `${OUT}first-paint-${slug}.png` });
    await first.context.close();

    const { context, page, errors } = await watched(app.browser, { locale, viewport: { width: 360, height: 740 } });
    await page.goto(url);
    await page.waitForSelector(READY);
    const full = await parts(page);
    await context.close();
    assert.deepEqual(errors, []);
    assert.deepEqual(first.seen.html, full.html, '<html lang> and data-theme');
    assert.equal(first.seen.order, full.order.split(' ').slice(0, first.seen.order.split(' ').length).join(' '),
      'the page\'s first screen in the app\'s order');
    for (const part of PARTS) assert.equal(first.seen[part], full[part], `${what}: ${part}`);
    assert.ok(first.seen[PARTS[4]] ?? first.seen[PARTS[6]], 'a headline was painted');

    // The number is the command line's for the same link.
    const cli = JSON.parse(execFileSync(CLI, [query.replace(/^\?/, '') || 'v=1'], { encoding: 'utf8' }));
    const painted = Number(first.seen[PARTS[4]]?.match(/data-value="([^"]+)"/)?.[1]
      ?? first.seen[PARTS[6]].match(/data-value="([^"]+)"/)[1]);
    assert.equal(painted, (cli.a ?? cli).total_kwh.central, 'the first number is the command line\'s');
  });
}

test('the page shows the module\'s numbers for every golden link and 100 random links', async () => {
  const { context, page, errors } = await watched(app.browser);
  const links = [...golden.links.map((g) => g.link), ...diffusionGolden.links.map((g) => g.link), ...randomLinks(100)];
  for (const link of links) {
    await page.goto(`${app.server.url}?${link}`);
    await page.waitForSelector(READY);
    const shown = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll('[data-testid^="result-"][data-value]')]
      .map((e) => [e.dataset.testid.slice('result-'.length), Number(e.dataset.value)])));
    const mod = JSON.parse(api.evaluate(link));
    const a = mod.a ?? mod;
    // The full page shows every result; an embed its headline and key equivalents.
    const names = /(^|&)embed=1(&|$)/.test(link) ? METRICS.filter((n) => n in shown) : METRICS;
    assert.ok(names.includes('total_kwh'), link);
    for (const name of names) assert.equal(shown[name], a.results[name].central, `${link}: ${name}`);
    if (mod.b) assert.equal(shown['b-total_kwh'], mod.b.results.total_kwh.central, `${link}: B's total`);
  }
  await context.close();
  assert.deepEqual(errors, []);
});

test('the module\'s first screen at 1280 px, in both languages (screenshots to look at)', async () => {
  for (const [lang, locale] of [['zh', 'zh-CN'], ['en', 'en-US']]) {
    const first = await firstPaint(`${app.server.url}?v=1&preset=chatgpt&qpd=5亿&b.tpq=2k`, { locale, viewport: { width: 1280, height: 800 } });
    assert.equal(first.seen.html.lang, lang === 'zh' ? 'zh-CN' : 'en');
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
