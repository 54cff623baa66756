// End-to-end: the page on a phone and on a desktop (release build, headless Chromium). The total stays in view
// while the reader types into every input; the page is at most four screens before anything is opened; every
// chart's text is at least 12 px and no two labels overlap; the result image downloads as valid SVG and PNG leading
// with the page's number; axe-core finds nothing serious in either language, light or dark, comparing or not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { OUT, axe, open, useApp } from './browser.mjs';

const app = useApp();

/** A valid new value for every input, by link key, in the forms readers type. */
const VALUES = {
  params: '70B', active: '20B', tokens: '1T', gpuh: '1M', mfu: '40%', trainw: '500', dev: '1.5', qpd: '5亿',
  tpq: '800', itq: '300', days: '200', growth: '20%', pue: '1.3', host: '0.2', grid: '400', wue: '1',
  price: '0.5', batch: '32', gpus: '8', util: '0.6', cache: '50%', turns: '3',
};

/** Whether the reader can see the element: inside the viewport, and not covered by anything drawn over it. */
async function inView(page, selector) {
  return page.evaluate((sel) => {
    const e = document.querySelector(sel);
    const r = e.getBoundingClientRect();
    if (!(r.top >= -1 && r.bottom <= innerHeight + 1 && r.height > 0)) return false;
    const hit = document.elementFromPoint(r.left + Math.min(r.width, 40) / 2, r.top + r.height / 2);
    return e.contains(hit);
  }, selector);
}

/** Every chart's text boxes (opened): their font size and rectangle. */
async function chartTexts(page) {
  return page.evaluate(() => [...document.querySelectorAll('.charts .chart')].flatMap((chart) =>
    [...chart.querySelectorAll('summary, figcaption, .chart-note, .bar-label, .bar-value, svg text')].map((e) => {
      const r = e.getBoundingClientRect();
      return { chart: chart.id, text: e.textContent.slice(0, 40), px: parseFloat(getComputedStyle(e).fontSize), r: { l: r.left, t: r.top, rt: r.right, b: r.bottom } };
    })));
}

const overlap = (a, b) => a.l < b.rt - 0.5 && b.l < a.rt - 0.5 && a.t < b.b - 0.5 && b.t < a.b - 0.5;

for (const [lang, width, height] of [['zh', 360, 740], ['en', 360, 740], ['zh', 1280, 900], ['en', 1280, 900]]) {
  test(`${lang} at ${width} px: the total stays in view while typing, the page is short, the charts are legible`, async () => {
    const { page, context, errors } = await open(app.browser, `${app.server.url}?lang=${lang}`, { viewport: { width, height } });
    const tall = await page.evaluate(() => document.documentElement.scrollHeight);
    assert.ok(tall <= 4 * height, `the unopened page is ${tall} px, more than 4 screens of ${height}`);
    await page.screenshot({ path: `${OUT}phone-${lang}-${width}-first-screen.png` });
    // The first screen holds the question (the title), the answer and the first input to change it.
    for (const sel of ['h1', '[data-testid="result-total_kwh"]', '[data-testid="input-params"]']) {
      assert.ok(await inView(page, sel), `${sel} on the first screen`);
    }
    // Open every group of inputs, then type into each input in turn: after each edit the total is in view.
    await page.evaluate(() => document.querySelectorAll('.inputs details').forEach((d) => { d.open = true; }));
    const keys = await page.$$eval('.inputs input[data-testid^="input-"]', (els) => els.map((e) => e.dataset.testid.slice(6)));
    assert.equal(keys.length, Object.keys(VALUES).length, keys.join());
    let before = await page.getAttribute('[data-testid="result-total_kwh"]', 'data-value');
    let moved = 0;
    for (const key of keys) {
      const input = page.locator(`[data-testid="input-${key}"]`);
      await input.click();
      await input.fill(VALUES[key]);
      await page.waitForTimeout(30);
      assert.ok(await inView(page, '[data-testid="result-total_kwh"]'), `${key}: the total is in view after the edit`);
      assert.ok(await inView(page, `[data-testid="input-${key}"]`), `${key}: the input is in view too`);
      assert.equal(await page.getAttribute(`[data-testid="input-${key}"]`, 'aria-invalid'), 'false', key);
      const now = await page.getAttribute('[data-testid="result-total_kwh"]', 'data-value');
      if (now !== before) moved += 1;
      before = now;
      assert.ok(Number.isFinite(Number(now)) && Number(now) >= 0, `${key}: ${now}`);
    }
    assert.ok(moved >= keys.length - 4, `most edits move the total (${moved} of ${keys.length})`);
    // Every chart opened: text at least 12 px, no label over another, nothing wider than the page.
    await page.evaluate(() => document.querySelectorAll('.charts details').forEach((d) => { d.open = true; }));
    // Each is drawn by the whole module, fetched the first time a chart opens.
    await page.waitForFunction(() => [...document.querySelectorAll('.charts details')].every((d) => d.querySelector('.bar-rows')));
    const texts = await chartTexts(page);
    assert.ok(texts.length > 40, `${texts.length} chart texts`);
    const small = texts.filter((t) => t.px < 12);
    assert.deepEqual(small, [], 'chart text below 12 px');
    const clashes = [];
    for (let i = 0; i < texts.length; i += 1) {
      for (let j = i + 1; j < texts.length; j += 1) {
        if (overlap(texts[i].r, texts[j].r)) clashes.push(`${texts[i].text} / ${texts[j].text}`);
      }
    }
    assert.deepEqual(clashes, [], 'overlapping chart labels');
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(scroll <= client, `scrollWidth ${scroll} > ${client}`);
    await page.locator('.charts').screenshot({ path: `${OUT}charts-${lang}-${width}.png` });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test('the result image downloads as SVG and PNG, leading with the number the page leads with', async () => {
  for (const [lang, link] of [['zh', 'v=1&preset=chatgpt'], ['en', 'v=1&pue=1.58&b.pue=1.09'], ['zh', 'v=1&preset=flux'],
    ['en', 'v=1&q=me&me.gemini=20&me.image-service=3']]) {
    const { page, context } = await open(app.browser, `${app.server.url}?${link}&lang=${lang}`, { acceptDownloads: true });
    const download = async (id) => {
      const [file] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${id}"]`)]);
      return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
    };
    const svg = await download('download-image');
    assert.equal(svg.name, 'ai-energy.svg');
    const text = svg.bytes.toString('utf8');
    const parsed = await page.evaluate((t) => {
      const doc = new DOMParser().parseFromString(t, 'image/svg+xml');
      return { error: doc.querySelector('parsererror')?.textContent ?? null, texts: [...doc.querySelectorAll('text')].map((e) => e.textContent) };
    }, text);
    assert.equal(parsed.error, null, 'valid SVG');
    const shown = await page.evaluate(() => {
      const card = (name) => document.querySelector(`[data-testid="result-${name}"] .card-value`)?.textContent.trim();
      const headline = document.querySelector('[data-testid="headline"]');
      return {
        title: headline.querySelector('h2').textContent.trim(),
        lead: headline.querySelector('.headline-value').textContent.trim(),
        range: headline.querySelector('.headline-range')?.textContent.trim() ?? null,
        // A service's households, as a number (the image says it in a sentence).
        service: headline.dataset.metric === 'total_kwh' ? [card('household_years').split(/\s/)[0]] : [],
        version: document.querySelector('footer').textContent,
      };
    });
    // The headline's title, number and range first, as the page shows them; a service's equivalents too.
    // The title may name the service after the headline's title.
    assert.ok(parsed.texts[0].startsWith(shown.title), `${lang} ${link}: ${parsed.texts.join(' | ')}`);
    assert.equal(parsed.texts[1], shown.lead, `${lang} ${link}: ${parsed.texts.join(' | ')}`);
    if (shown.range) assert.equal(parsed.texts[2], shown.range);
    for (const want of shown.service) assert.ok(parsed.texts.some((t) => t.includes(want)), `${lang}: the image shows ${want}: ${parsed.texts.join(' | ')}`);
    const version = shown.version.match(/\d{4}\.\d{2}-\d+/)[0];
    assert.ok(parsed.texts.some((t) => t.includes(version)), `the data version ${version}: ${parsed.texts.join(' | ')}`);
    assert.ok(parsed.texts.some((t) => t.includes('v=1')), 'the link');
    if (link.includes('b.')) assert.ok(parsed.texts.some((t) => /^B[:：]/.test(t)), parsed.texts.join(' | '));
    await page.screenshot({ path: `${OUT}image-page-${lang}-${link.replace(/\W+/g, '-')}.png` });
    // The PNG is the same SVG drawn on a canvas: a real 1200 × 630 PNG with the card's ink on it.
    const png = await download('download-image-png');
    assert.equal(png.name, 'ai-energy.png');
    assert.deepEqual([...png.bytes.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'PNG signature');
    assert.deepEqual([png.bytes.readUInt32BE(16), png.bytes.readUInt32BE(20)], [1200, 630]);
    const ink = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.naturalWidth;
      c.height = img.naturalHeight;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      // The total's line: dark pixels where the big number is drawn.
      const d = ctx.getImageData(60, 110, 600, 90).data;
      let dark = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] + d[i + 1] + d[i + 2] < 200) dark += 1;
      return dark;
    }, png.bytes.toString('base64'));
    assert.ok(ink > 1000, `${lang}: the PNG has the lead drawn on it (${ink} dark pixels)`);
    writeFileSync(`${OUT}result-image-${lang}-${link.replace(/\W+/g, '-')}.png`, png.bytes);
    await context.close();
  }
});

for (const [lang, scheme, link] of [['zh', 'light', ''], ['en', 'dark', ''], ['zh', 'dark', '&pue=1.58&b.pue=1.09'], ['en', 'light', '&preset=gpt3&b.preset=gpt4']]) {
  test(`axe: nothing serious or critical (${lang}, ${scheme}${link ? ', comparing' : ''}, 360 px, everything open)`, async () => {
    const { page, context } = await open(app.browser, `${app.server.url}?v=1&lang=${lang}${link}`, { colorScheme: scheme, viewport: { width: 360, height: 740 }, bypassCSP: true });
    assert.deepEqual(await axe(page), []);
    await page.screenshot({ path: `${OUT}phone-${lang}-${scheme}${link ? '-compare' : ''}.png`, fullPage: true });
    await context.close();
  });
}
