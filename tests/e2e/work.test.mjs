// End-to-end: images and videos (`work=`) on the release build in Chromium — choosing the kind changes the use
// group's inputs and the results' words, every image and video preset gives the command line's numbers, a hostile
// kind is reported and the last good result stays, and the page is readable at 360 and 1280 px in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { CLI, METRICS, OUT, READY, axe, open, resultValue, useApp } from './browser.mjs';

const app = useApp();

const KIND_PRESETS = ['sd35', 'flux', 'qwen-image', 'hunyuan-dit', 'sd15', 'image-service', 'sdxl', 'sdxl-turbo', 'sdxl-lightning', 'lcm', 'flux-schnell', 'image-service-2026', 'wan', 'hunyuanvideo', 'cogvideox', 'video-service', 'frontier-video'];

const IMAGE_PRESETS = ['sd35', 'flux', 'qwen-image', 'hunyuan-dit', 'sd15', 'image-service', 'sdxl', 'sdxl-turbo', 'sdxl-lightning', 'lcm', 'flux-schnell', 'image-service-2026'];

test('choosing images, then videos, loads each kind\'s typical model, changes the inputs and the words, and the lead stays in view', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?lang=en`, { viewport: { width: 360, height: 740 } });
  const inView = async () => page.evaluate(() => {
    const r = document.querySelector('[data-testid="headline"] .headline-value').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= innerHeight;
  });
  const lead = () => page.evaluate(() => {
    const h = document.querySelector('[data-testid="headline"]');
    return { metric: h.dataset.metric, value: Number(h.dataset.value), title: h.querySelector('h2').textContent };
  });
  assert.ok(await inView());
  assert.ok(await page.$('[data-testid="input-tpq"]'));
  assert.equal(await page.$('[data-testid="training-not-counted"]'), null, 'text counts training');
  await page.selectOption('[data-testid="input-work"]', 'image');
  // Images load FLUX.1, a widely run open model, rather than a 175B text model as a denoiser.
  await page.waitForFunction(() => location.search.includes('preset=flux'));
  for (const key of ['width', 'height', 'steps']) assert.ok(await page.$(`[data-testid="input-${key}"]`), key);
  assert.equal(await page.$('[data-testid="input-tpq"]'), null);
  assert.equal(await page.$('[data-testid="input-frames"]'), null, 'an image has no frames');
  assert.equal(await page.$('[data-testid="input-tokens"]'), null, 'training tokens change nothing for an image model');
  assert.equal(await page.textContent('label[for="input-qpd"]'), 'Images per day');
  const image = await lead();
  assert.equal(image.metric, 'inference_wh_per_query', 'one image leads');
  assert.match(image.title, /^Per image · FLUX\.1/);
  const images = IMAGE_PRESETS.map((id) => JSON.parse(execFileSync(CLI, [`v=1&preset=${id}`], { encoding: 'utf8' })).inference_wh_per_query.central);
  assert.ok(image.value >= Math.min(...images) && image.value <= Math.max(...images), `${image.value} within ${images}`);
  assert.equal(await page.$('[data-testid="kind-warning"]'), null, 'a published size: no warning');
  assert.ok(await page.$('[data-testid="training-not-counted"]'), 'an image model without published hours: training not counted');
  assert.equal(await resultValue(page, 'training_kwh'), 0);
  await page.selectOption('[data-testid="input-work"]', 'video');
  await page.waitForFunction(() => location.search.includes('preset=wan'));
  assert.ok(await page.$('[data-testid="input-frames"]'));
  await page.fill('[data-testid="input-frames"]', '121');
  await page.fill('[data-testid="input-fps"]', '24');
  await page.waitForFunction(() => location.search.includes('fps=24'));
  assert.equal(await page.textContent('[data-testid="video-seconds"]'), 'At this frame rate the video lasts 5.04 seconds');
  assert.match((await lead()).title, /^Per video/);
  assert.ok(await inView(), 'the lead stays in view while the kind and the frames change');
  // A size no image or video model has published is warned of beside the number.
  await page.fill('[data-testid="input-params"]', '175B');
  await page.waitForSelector('[data-testid="kind-warning"]');
  // Back to text: the default scenario and its tokens.
  await page.selectOption('[data-testid="input-work"]', 'text');
  await page.waitForFunction(() => !location.search.includes('work=') && !location.search.includes('preset='));
  assert.ok(await page.$('[data-testid="input-tpq"]'));
  await context.close();
});

test('a link to an image with a text model\'s size shows the kind warning, in each language', async () => {
  for (const [lang, words] of [['zh', /没人发布过/], ['en', /no denoiser this large has been published/]]) {
    const { page, context } = await open(app.browser, `${app.server.url}?v=1&work=image&lang=${lang}`);
    assert.match(await page.textContent('[data-testid="kind-warning"]'), words);
    await context.close();
  }
});

test('every image and video preset gives the command line\'s numbers, and its link reopens it', async () => {
  for (const id of KIND_PRESETS) {
    const link = `v=1&preset=${id}`;
    const { page, context } = await open(app.browser, `${app.server.url}?${link}`);
    const cli = JSON.parse(execFileSync(CLI, [link], { encoding: 'utf8' }));
    assert.deepEqual(cli.problems, [], id);
    assert.equal(cli.data_version, '2026.12-7', id);
    for (const n of METRICS) assert.equal(await resultValue(page, n), cli[n].central, `${id}: ${n}`);
    assert.equal(await page.textContent('[data-testid="data-version"]').then((t) => t.slice(-9)), '2026.12-7', id);
    await context.close();
  }
});

test('a hostile kind of work or 8K at the limits is reported, and the last good result stays', async () => {
  const { page, context } = await open(app.browser, `${app.server.url}?v=1&work=hologram&width=99999&frames=0&lang=en`);
  // The notice's lines are the whole module's, written when a link has problems.
  await page.waitForSelector('[data-testid="link-notice-line"]');
  const notice = await page.textContent('[data-testid="link-notice"]');
  assert.match(notice, /hologram/);
  assert.match(notice, /99999|99,999/);
  const cli = JSON.parse(execFileSync(CLI, ['v=1&work=hologram&width=99999&frames=0'], { encoding: 'utf8' }));
  assert.equal(cli.problems.length, 3, cli.problems.join('\n'));
  assert.equal(await resultValue(page, 'total_kwh'), cli.total_kwh.central, 'the rest of the link applies: a text answer');
  await page.goto(`${app.server.url}?v=1&work=video&width=7680&height=4320&frames=241&fps=24&lang=en`);
  await page.waitForSelector(READY);
  const total = await resultValue(page, 'total_kwh');
  assert.ok(Number.isFinite(total) && total > 0, `${total}`);
  await page.fill('[data-testid="input-width"]', '9000');
  assert.match(await page.textContent('[data-testid="error-width"]'), /8,192/);
  assert.equal(await resultValue(page, 'total_kwh'), total, 'a refused width keeps the last good result');
  assert.doesNotMatch(await page.textContent('.outputs'), /NaN|Infinity|undefined/);
  await context.close();
});

for (const [lang, width, height] of [['zh', 360, 740], ['en', 360, 740], ['zh', 1280, 900], ['en', 1280, 900]]) {
  test(`a video preset reads well (${lang}, ${width} px): one video's energy on the first screen, the inputs, no axe violation`, async () => {
    const { page, context } = await open(app.browser, `${app.server.url}?v=1&preset=wan&lang=${lang}`, { viewport: { width, height }, bypassCSP: true });
    const inView = await page.evaluate(() => {
      const r = document.querySelector('[data-testid="result-inference_wh_per_query"]').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    assert.ok(inView, 'one video\'s energy is on the first screen');
    assert.equal(await page.textContent('label[for="input-qpd"]'), lang === 'zh' ? '每天生成视频数 (段)' : 'Videos per day');
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    assert.ok(scroll <= client, `scrollWidth ${scroll} > ${client}`);
    assert.deepEqual(await axe(page), [], 'no serious or critical violation');
    await page.screenshot({ path: `${OUT}work-video-${lang}-${width}.png`, fullPage: width > 400 });
    await context.close();
  });
}

test('a U-Net image: its layout, not a transformer\'s shape, is asked for; switching the denoiser and the engine moves the number as the command line does', async () => {
  const cli = (link) => JSON.parse(execFileSync(CLI, [link], { encoding: 'utf8' }));
  const { page, context } = await open(app.browser, `${app.server.url}?v=1&preset=sdxl&lang=en`);
  // The use group's "More assumptions".
  await page.click('fieldset:nth-of-type(2) details.advanced > summary');
  assert.equal(await resultValue(page, 'inference_wh_per_query'), cli('v=1&preset=sdxl').inference_wh_per_query.central);
  assert.equal(await page.inputValue('[data-testid="input-arch"]'), 'unet');
  assert.equal(await page.inputValue('[data-testid="input-unet"]'), 'sdxl');
  for (const key of ['layers', 'hidden', 'patch']) assert.equal(await page.$(`[data-testid="input-${key}"]`), null, `a U-Net has no ${key}`);
  // The same model computed as a transformer of its size costs several times more: the reader sees why the layout matters.
  const unet = await resultValue(page, 'inference_wh_per_query');
  await page.selectOption('[data-testid="input-arch"]', 'dit');
  await page.waitForFunction(() => location.search.includes('arch=dit'));
  assert.ok(await page.$('[data-testid="input-layers"]'), 'a transformer has layers');
  assert.equal(await page.$('[data-testid="input-unet"]'), null);
  const dit = await resultValue(page, 'inference_wh_per_query');
  assert.equal(dit, cli(new URL(page.url()).search.slice(1)).inference_wh_per_query.central);
  assert.ok(dit > 2 * unet, `${dit} vs ${unet}`);
  await context.close();
  // MLPerf's SDXL at the wall (0.137–0.142 Wh an image, 8×H100, TensorRT): the page says ~0.12 Wh with an optimised
  // engine, ~0.26 Wh with the reference one.
  const mlperf = 'v=1&work=image&params=2.6e9&steps=20&width=1024&height=1024&cfg=2&hw=h100&gpus=1&prec=fp8&pue=1&util=1&arch=unet';
  for (const [engine, low, high] of [['optimised', 0.137 / 1.3, 0.142 * 1.3], ['reference', 0.2, 0.35]]) {
    const { page: p, context: c } = await open(app.browser, `${app.server.url}?${mlperf}&engine=${engine}&lang=en`);
    const wh = await resultValue(p, 'inference_wh_per_query');
    assert.equal(wh, cli(`${mlperf}&engine=${engine}`).inference_wh_per_query.central, engine);
    assert.ok(wh >= low && wh <= high, `${engine}: ${wh}`);
    assert.match(await p.textContent('[data-testid="headline"]'), /Wh/);
    await c.close();
  }
});

for (const [lang, width, height] of [['zh', 360, 740], ['en', 360, 740], ['zh', 1280, 900], ['en', 1280, 900]]) {
  test(`a few-step U-Net preset reads well (${lang}, ${width} px): one image's energy first, the layout asked for, no axe violation`, async () => {
    const { page, context } = await open(app.browser, `${app.server.url}?v=1&preset=sdxl-lightning&lang=${lang}`, { viewport: { width, height }, bypassCSP: true });
    const inView = await page.evaluate(() => {
      const r = document.querySelector('[data-testid="result-inference_wh_per_query"]').getBoundingClientRect();
      return r.top >= 0 && r.bottom <= innerHeight;
    });
    assert.ok(inView, 'one image\'s energy on the first screen');
    assert.match(await page.textContent('[data-testid="headline"]'), lang === 'zh' ? /瓦时|度/ : /Wh|kWh/);
    await page.click('fieldset:nth-of-type(2) details.advanced > summary');
    assert.ok(await page.isVisible('[data-testid="input-unet"]'));
    assert.doesNotMatch(await page.textContent('body'), /NaN|Infinity|undefined/);
    assert.deepEqual(await axe(page), []);
    await page.screenshot({ path: `${OUT}unet-${lang}-${width}.png`, fullPage: width > 400 });
    await context.close();
  });
}
