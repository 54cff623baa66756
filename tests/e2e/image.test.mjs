// The result image (core/src/image.rs), drawn by Chromium: for every golden link and 50 random ones, in both
// languages, under a long address, no text box overlaps another, every one lies inside the card, and every text is
// at least 12 px when an article shows the image 360 px wide. Screenshots of one of each kind, and of a comparison,
// go to tests/e2e/output/result-image-*.png. Needs scripts/build-module.sh (the test command runs it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OUT, closeBrowser, launch, randomLinks, startFileLimit } from './browser.mjs';

startFileLimit();

const pkg = new URL('../../module/pkg/', import.meta.url);
const api = await import(new URL('ai_energy_module.js', pkg));
api.initSync({ module: readFileSync(new URL('ai_energy_module_bg.wasm', pkg)) });

const golden = (file) => JSON.parse(readFileSync(new URL(`../../core/tests/golden/${file}`, import.meta.url), 'utf8'))
  .links.map((l) => l.link.replace(/^.*\?/, ''));
// An address as long as a real one, so the link line is tested at the length readers share.
const ADDRESS = 'https://calculator.example.org/ai-electricity/?';

/** Card (the inner rounded rectangle) and every text's box, font size and content, for each SVG, in the page. */
async function boxes(page, svgs) {
  await page.setContent(`<body style="margin:0">${svgs.map((s) => `<div>${s}</div>`).join('')}</body>`);
  return page.evaluate(() => [...document.querySelectorAll('svg')].map((svg) => {
    const card = svg.querySelectorAll('rect')[1].getBBox();
    const texts = [...svg.querySelectorAll('text')].map((t) => {
      const b = t.getBBox();
      return { text: t.textContent, x: b.x, y: b.y, w: b.width, h: b.height, px: parseFloat(getComputedStyle(t).fontSize) };
    });
    return { card: { x: card.x, y: card.y, w: card.width, h: card.height }, texts };
  }));
}

const overlap = (a, b) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (t, c) => t.x >= c.x && t.y >= c.y && t.x + t.w <= c.x + c.w && t.y + t.h <= c.y + c.h;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await closeBrowser(browser); });

test('no text of the result image overlaps another or leaves the card, and all of it reads at 360 px', async () => {
  const links = [...golden('links.json'), ...golden('diffusion-links.json'), ...randomLinks(50)];
  assert.ok(links.length >= 150, `${links.length}`);
  const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
  let checked = 0;
  for (const lang of ['zh', 'en']) {
    for (let i = 0; i < links.length; i += 25) {
      const batch = links.slice(i, i + 25);
      const drawn = await boxes(page, batch.map((l) => api.resultImage(`${ADDRESS}${l}`, lang)));
      drawn.forEach(({ card, texts }, j) => {
        const where = `${lang} ${batch[j]}`;
        assert.ok(texts.length >= 5, `${where}: ${texts.length} texts`);
        for (const t of texts) {
          assert.ok(t.w > 0, `${where}: empty "${t.text}"`);
          assert.ok(inside(t, card), `${where}: "${t.text}" ${JSON.stringify(t)} leaves the card ${JSON.stringify(card)}`);
          assert.ok(t.px * 360 / 1200 >= 12, `${where}: "${t.text}" is ${t.px} px`);
        }
        texts.forEach((a, k) => texts.slice(k + 1).forEach((b) => {
          assert.ok(!overlap(a, b), `${where}: "${a.text}" overlaps "${b.text}"`);
        }));
        checked += 1;
      });
    }
  }
  assert.equal(checked, links.length * 2);
  await page.close();
});

test('the result image leads with the page\'s number for each kind of work and for a comparison (screenshots)', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  const kinds = {
    text: 'v=1&preset=chatgpt', task: 'v=1&preset=coding-agent', image: 'v=1&preset=flux', video: 'v=1&preset=wan',
    service: 'v=1&preset=frontier-chat&q=service', 'image-service': 'v=1&work=image', me: 'v=1&q=me&me.gemini=20&me.image-service=3',
    pair: 'v=1&preset=llama70b&b.preset=wan', 'pue-pair': 'v=1&pue=1.58&b.pue=1.09',
  };
  for (const lang of ['zh', 'en']) {
    for (const [kind, link] of Object.entries(kinds)) {
      const svg = api.resultImage(`${ADDRESS}${link}`, lang);
      await page.setContent(`<body style="margin:0">${svg}</body>`);
      await page.screenshot({ path: `${OUT}result-image-${lang}-${kind}.png` });
      // The big number is the one the citation opens with (both are the headline's, `lead.rs`).
      const shown = await page.evaluate(() => document.querySelector('text.lead').textContent);
      assert.ok(api.citation(link, lang).includes(shown.split(' ')[0]), `${lang} ${link}: ${shown}`);
    }
  }
  await page.close();
});
