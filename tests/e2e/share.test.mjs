// End-to-end: share links, the command line, embedding and hostile links, on the release build in Chromium.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../scripts/static-server.mjs';
import { CLI, METRICS, OUT, READY, open, resultValue, useApp } from './browser.mjs';

const app = useApp();

async function values(page) {
  const out = {};
  for (const n of METRICS) out[n] = await resultValue(page, n);
  return out;
}

test('every edit is written to the address bar, and reloading the link reproduces the numbers', async () => {
  const { page, context } = await open(app.browser, app.server.url, { locale: 'en-US' });
  const historyLength = await page.evaluate(() => history.length);
  await page.fill('[data-testid="input-params"]', '70B');
  await page.fill('[data-testid="input-qpd"]', '2.7亿');
  await page.selectOption('[data-testid="input-hw"]', 'a100');
  await page.waitForFunction(() => location.search.includes('hw=a100'));
  const url = page.url();
  // A US reader's page started from a US household and Virginia's price in dollars: the link says so.
  assert.match(url, /\?v=1&params=70B&qpd=270M&price=0\.0892&hw=a100&cur=usd&home=us$/);
  assert.equal(await page.evaluate(() => history.length), historyLength, 'replaceState: no history entries added');
  const before = await values(page);
  await page.reload();
  await page.waitForSelector(READY);
  assert.deepEqual(await values(page), before);
  assert.equal(await page.inputValue('[data-testid="input-params"]'), '70B');
  await context.close();
});

test('the page and the ai-energy command line give the same numbers for the same link', async () => {
  const links = ['', 'preset=gpt3', 'v=1&params=1.8T&active=280B&hw=a100&gpuh=57M&qpd=0', 'preset=chatgpt&qpd=5亿&home=us&cur=usd&price=0.0892',
    'params=7B&qpd=10M&tpq=300&itq=2000&days=730&growth=50%25&pue=1.1&grid=41&wue=0.5&ev=modely', 'preset=gemini&lang=en'];
  for (const link of links) {
    // A Chinese browser: '' is a page opened without a link, which starts from the reader's country's bases.
    const { page, context } = await open(app.browser, `${app.server.url}?${link}`, { locale: 'zh-CN' });
    const shown = await values(page);
    const cli = JSON.parse(execFileSync(CLI, [link], { encoding: 'utf8' }));
    for (const n of METRICS) assert.equal(shown[n], cli[n].central, `${link}: ${n}`);
    await context.close();
  }
});

test('every card says whose household and which currency, in both languages', async () => {
  for (const [lang, link, home, money] of [['en', 'v=1', /Like Chinese households/, /^CN¥/], ['en', 'v=1&home=us&cur=usd', /Like US households/, /^\$/],
    ['zh', 'v=1', /相当于中国家庭用电/, /元$/], ['zh', 'v=1&home=de', /相当于德国家庭用电/, /元$/]]) {
    const { page, context } = await open(app.browser, `${app.server.url}?${link}&lang=${lang}`);
    assert.match(await page.textContent('[data-testid="result-household_years"] .card-label'), home, link);
    assert.match((await page.textContent('[data-testid="result-cost"] .card-value')).trim(), money, link);
    await context.close();
  }
});

test('embed=1 is compact, fits a narrow column and links out to the full calculator', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?v=1&params=70B&lang=zh&embed=1`, { viewport: { width: 320, height: 600 } });
  assert.equal(await page.locator('header').count(), 0, 'no page chrome');
  // The first paint draws the embed's headline; the app adds its inputs.
  await page.waitForSelector('[data-testid="input-params"]');
  assert.equal(await page.locator('[data-testid="input-params"]').count(), 1);
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  assert.ok(scroll <= client, `${scroll} > ${client}`);
  const link = page.locator('[data-testid="open-full"]');
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await link.getAttribute('href'), /\?v=1&params=70B&lang=zh$/);
  await page.screenshot({ path: `${OUT}embed-zh-320.png`, fullPage: true });
  await context.close();
  const locked = await open(app.browser, `${app.server.url}?v=1&embed=1&lock=1&theme=dark&lang=en`);
  assert.equal(await locked.page.locator('input').count(), 0, 'lock=1 shows no inputs');
  assert.equal(await locked.page.getAttribute('html', 'data-theme'), 'dark');
  await locked.context.close();
});

test('a host page with the iframe receives the height and results messages', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'host-'));
  const src = `${app.server.url}?v=1&params=70B&embed=1&lang=en`;
  writeFileSync(join(dir, 'index.html'), `<!doctype html><html lang="en"><title>host</title><body>
    <p>An article.</p><iframe src="${src}" title="calculator" width="600" height="300"></iframe>
    <script>window.messages = []; addEventListener('message', (e) => window.messages.push({ origin: e.origin, data: e.data }));</script></body></html>`);
  const host = await serve(dir);
  // However the test ends, the host server closes: a listening server would keep this file's process alive.
  try {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(host.url);
    await page.waitForFunction(() => window.messages.some((m) => m.data.type === 'ai-energy:height')
      && window.messages.some((m) => m.data.type === 'ai-energy:results'));
    const messages = await page.evaluate(() => window.messages);
    const height = messages.find((m) => m.data.type === 'ai-energy:height');
    assert.ok(height.data.height > 100, JSON.stringify(height));
    assert.equal(height.origin, new URL(app.server.url).origin);
    const results = messages.filter((m) => m.data.type === 'ai-energy:results').at(-1).data;
    const cli = JSON.parse(execFileSync(CLI, ['v=1&params=70B'], { encoding: 'utf8' }));
    assert.equal(results.results.total_kwh.central, cli.total_kwh.central);
    assert.equal(results.data_version, cli.data_version);
    assert.match(results.link, /params=70B/);
    await context.close();
  } finally {
    await host.close();
  }
});

/** Polls until the frame shows all of its content with at most 8 px of blank below it; its last measures. */
async function fits(page, frame) {
  let last;
  for (let i = 0; i < 60; i += 1) {
    const outer = await page.evaluate(() => document.querySelector('iframe').getBoundingClientRect().height);
    const inner = await frame.evaluate(() => ({
      content: document.body.getBoundingClientRect().height,
      hidden: document.documentElement.scrollHeight - document.documentElement.clientHeight,
    }));
    last = { outer, ...inner };
    if (inner.hidden <= 0 && outer - inner.content <= 8 && outer >= inner.content) return last;
    await page.waitForTimeout(100);
  }
  return last;
}

test('an embed on another origin\'s page is as tall as its content at 360, 1280 and 360 px and after rotation', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'host-'));
  const origin = new URL(app.server.url).origin;
  const links = { one: 'v=1&preset=flux&embed=1&lang=zh', pair: 'v=1&preset=llama70b&b.preset=wan&embed=1&lang=en' };
  // The host's page: an article column with the snippet the share panel gives (docs/EMBED.md).
  for (const [name, link] of Object.entries(links)) {
    writeFileSync(join(dir, `${name}.html`), `<!doctype html><html lang="en"><title>host</title>
      <body style="margin:0"><main style="max-width:700px;margin:0 auto;padding:0 8px"><p>An article.</p>
      <iframe src="${app.server.url}?${link}" title="calculator" loading="lazy" width="100%" height="520" style="border:0;max-width:700px;display:block"></iframe>
      <p>More of the article.</p></main>
      <script>window.addEventListener('message', function (e) {
        if (e.origin !== '${origin}' || !e.data || e.data.type !== 'ai-energy:height') return;
        document.querySelectorAll('iframe').forEach(function (f) {
          if (f.contentWindow === e.source) f.style.height = Math.min(Math.max(e.data.height, 200), 3000) + 'px';
        });
      });</script></body></html>`);
  }
  const host = await serve(dir);
  try {
    assert.notEqual(new URL(host.url).origin, origin, 'the host is another origin');
    for (const [name, link] of Object.entries(links)) {
      const context = await app.browser.newContext({ viewport: { width: 360, height: 640 } });
      const page = await context.newPage();
      await page.goto(`${host.url}${name}.html`);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      await frame.waitForSelector('[data-testid="embed"] .embed-eqs');
      for (const [width, height, when] of [[360, 640, '360'], [1280, 800, '1280'], [360, 640, '360 again'], [640, 360, 'turned'], [360, 640, 'turned back']]) {
        await page.setViewportSize({ width, height });
        const m = await fits(page, frame);
        assert.ok(m.hidden <= 0, `${name} at ${when}: ${m.hidden} px scroll inside the frame`);
        assert.ok(m.outer >= m.content && m.outer - m.content <= 8, `${name} at ${when}: frame ${m.outer} px for ${m.content} px of content`);
        if (when === '360' || when === '1280') await page.screenshot({ path: `${OUT}embed-host-${name}-${when}.png`, fullPage: true });
      }
      // Every figure with its range; per-kind words; B's one item beside A's in a comparison.
      const figures = await frame.$$eval('.embed-eq', (els) => els.map((e) => ({ label: e.querySelector('.card-label').textContent, range: e.querySelector('.embed-range')?.textContent ?? '' })));
      assert.ok(figures.length >= 3 && figures.every((f) => /[0-9]/.test(f.range)), JSON.stringify(figures));
      if (name === 'one') {
        // One image leads the headline; the service's total below it says training is not in it.
        assert.match(await frame.textContent('[data-testid="headline"]'), /每张图/);
        assert.ok(figures.some((f) => f.label === '使用总耗电'), JSON.stringify(figures));
        assert.match(await frame.textContent('label[for="input-qpd"]'), /图/);
      } else {
        assert.ok(await frame.$('[data-testid="result-b-inference_wh_per_query"]'), 'B\'s one item');
        assert.ok(figures.some((f) => f.label.startsWith('B · Per video')), JSON.stringify(figures));
      }
      await context.close();
    }
  } finally {
    await host.close();
  }
});

test('hostile links show the notice, open no dialog, run no script and still show finite results', async () => {
  const hostile = [
    'params=<script>window.pwned=1</script>&qpd=1亿',
    'params=%3Cimg%20src%3Dx%20onerror%3D%22window.pwned%3D1%22%3E',
    `params=${'9'.repeat(5000)}&evil=${encodeURIComponent('"><svg onload=alert(1)>')}`,
    'qpd=-1&pue=NaN&days=Infinity&hw=javascript:alert(1)&lang=xx&v=99',
    `${'a=1&'.repeat(200)}`,
    'params=%E2%80%AE1&grid=%00&price=1e308',
  ];
  for (const link of hostile) {
    const context = await app.browser.newContext();
    const page = await context.newPage();
    let dialog = false;
    page.on('dialog', async (d) => { dialog = true; await d.dismiss(); });
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${app.server.url}?${link}`);
    await page.waitForSelector('[data-testid="link-notice-line"]');
    assert.equal(dialog, false, link);
    assert.equal(await page.evaluate(() => window.pwned), undefined, link);
    assert.equal(await page.locator('main img, main svg[onload], main script').count(), 0, link);
    for (const n of METRICS) {
      const v = await resultValue(page, n);
      assert.ok(Number.isFinite(v) && v >= 0, `${link}: ${n} = ${v}`);
    }
    // The notice quotes the link's own text; everything the page computed must be clean.
    assert.doesNotMatch(await page.textContent('.outputs'), /NaN|Infinity|undefined/);
    assert.deepEqual(errors, []);
    if (link === hostile[0]) {
      await page.screenshot({ path: `${OUT}hostile-link.png` });
      await page.click('[data-testid="link-notice-dismiss"]');
      assert.equal(await page.locator('[data-testid="link-notice"]').count(), 0);
    }
    await context.close();
  }
});

test('copy link puts the link on the clipboard and says so', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?v=1&params=70B`, { locale: 'zh-CN' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(app.server.url).origin });
  await page.click('[data-testid="copy-link"]');
  await page.waitForSelector('[data-testid="copy-status"]');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.inputValue('[data-testid="share-link"]'));
  assert.match(copied, /\?v=1&params=70B$/);
  assert.match(await page.textContent('[data-testid="copy-status"]'), /已复制/);
  // Folded under the link: the citation (made by the whole module when opened), leading with the headline's number.
  await page.click('.share-more summary');
  const citation = await page.textContent('[data-testid="citation"]');
  assert.match(citation, /^据 AI 耗电计算器/);
  assert.ok(citation.includes(await page.textContent('[data-testid="headline"] .headline-value')), citation);
  assert.match(await page.inputValue('[data-testid="embed-snippet"]'), /<iframe src="[^"]*embed=1[^"]*" title="AI 耗电计算器" loading="lazy"/);
  // The confirmation is said beside the button pressed, in view: here the embed snippet's, far below the link.
  await page.click('[data-testid="copy-embed"]');
  await page.waitForFunction(() => document.querySelector('[data-testid="copy-embed"]').nextElementSibling?.dataset.testid === 'copy-status');
  const beside = await page.evaluate(() => {
    const status = document.querySelectorAll('[data-testid="copy-status"]');
    const button = document.querySelector('[data-testid="copy-embed"]');
    return { count: status.length, next: button.nextElementSibling?.dataset.testid ?? null, text: status[0]?.textContent,
      gap: status[0] ? status[0].getBoundingClientRect().top - button.getBoundingClientRect().bottom : null };
  });
  assert.deepEqual([beside.count, beside.next], [1, 'copy-status'], JSON.stringify(beside));
  assert.ok(beside.gap >= 0 && beside.gap < 40, JSON.stringify(beside));
  assert.match(beside.text, /已复制/);
  await context.close();
});

test('the first PNG says it is being made until the whole module has made it', async () => {
  // No service worker: it would have the whole module cached before the reader asks.
  const { page, context } = await open(app.browser, `${app.server.url}?v=1&preset=flux&lang=en`, { acceptDownloads: true, serviceWorkers: 'block' });
  // The whole module arrives slowly, as on a first visit over a slow line.
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await context.route(/module-[0-9a-f]+_bg\.wasm/, async (route) => { await held; await route.continue(); });
  const download = page.waitForEvent('download');
  await page.click('[data-testid="download-image-png"]');
  const busy = page.locator('[data-testid="copy-status"]');
  await busy.waitFor();
  assert.match(await busy.textContent(), /Loading|…/);
  const next = await page.evaluate(() => document.querySelector('[data-testid="download-image-png"]').parentElement.nextElementSibling?.dataset.testid);
  assert.equal(next, 'copy-status', 'said right under the image buttons');
  release();
  assert.equal((await download).suggestedFilename(), 'ai-energy.png');
  await page.waitForFunction(() => !document.querySelector('[data-testid="copy-status"]'));
  await context.close();
});

test('exports download JSON and CSV with every result, the link and the data version', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?v=1&preset=bloom`, { acceptDownloads: true });
  await page.click('.share-more summary');
  for (const [id, check] of [['export-json', (t) => JSON.parse(t).results.training_kwh.central], ['export-csv', (t) => t.includes('meta,data_version')]]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid="${id}"]`)]);
    const path = await download.path();
    const text = readFileSync(path, 'utf8');
    assert.ok(check(text), `${id}: ${text.slice(0, 200)}`);
    assert.match(text, /preset=bloom/);
  }
  await context.close();
});

test('"what this link contains" lists each key with its meaning', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?v=1&params=70B&hw=a100&lang=en`);
  await page.click('.share-more summary');
  await page.click('.link-contents summary');
  const text = await page.textContent('[data-testid="link-contents"]');
  assert.match(text, /params — Model parameters: 70B/);
  assert.match(text, /hw — Accelerator: NVIDIA A100 SXM4/, 'a choice by its name');
  assert.match(text, /lang=en — Language/, 'view keys come from the same table, with their own names, as the link writes them');
  assert.doesNotMatch(text, /\bv — /, 'the version is not listed as content');
  await context.close();
});
