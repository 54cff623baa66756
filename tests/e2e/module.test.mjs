// The core as a WebAssembly module (module/, docs/API.md): loaded in Node exactly as a page loads it, it gives
// every golden link and 100 random links (comparisons and hostile values among them) the numbers, canonical link
// and problems the `ai-energy` command line prints. Needs scripts/build-module.sh (the test command runs it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI, METRICS, randomLinks, startFileLimit } from './browser.mjs';

startFileLimit();

const pkg = new URL('../../module/pkg/', import.meta.url);
const api = await import(new URL('ai_energy_module.js', pkg));
api.initSync({ module: readFileSync(new URL('ai_energy_module_bg.wasm', pkg)) });

const golden = JSON.parse(readFileSync(new URL('../../core/tests/golden/links.json', import.meta.url), 'utf8'));
const diffusionGolden = JSON.parse(readFileSync(new URL('../../core/tests/golden/diffusion-links.json', import.meta.url), 'utf8'));

/** The module's and the command line's answers for a link agree: every result, the link, the problems. */
function agree(link) {
  const mod = JSON.parse(api.evaluate(link));
  const cli = JSON.parse(execFileSync(CLI, [link], { encoding: 'utf8' }));
  assert.equal(mod.link, `?${cli.link}`, link);
  assert.deepEqual(mod.problems, cli.problems, link);
  assert.equal(mod.data_version, cli.data_version, link);
  if (cli.a) {
    assert.equal(mod.type, 'ai-energy:comparison', link);
    for (const name of METRICS) {
      for (const side of ['a', 'b']) assert.deepEqual(mod[side].results[name], cli[side][name], `${link}: ${side}.${name}`);
      assert.equal(mod.ratio[name], cli.ratio[name], `${link}: ratio ${name}`);
    }
  } else {
    assert.equal(mod.type, 'ai-energy:results', link);
    for (const name of METRICS) {
      const [m, c] = [mod.results[name], cli[name]];
      assert.deepEqual([m.low, m.central, m.high], [c.low, c.central, c.high], `${link}: ${name}`);
    }
  }
}

test('the module gives every golden link the command line\'s numbers, link and problems', () => {
  assert.equal(golden.links.length, 81);
  assert.equal(diffusionGolden.links.length, 33);
  for (const { link } of [...golden.links, ...diffusionGolden.links]) agree(link);
});

test('the module agrees with the command line on 100 random links, comparisons and hostile values included', () => {
  const links = randomLinks(100);
  assert.ok(links.some((l) => l.includes('b.')) && links.some((l) => l.includes('NaN')));
  assert.ok(links.some((l) => l.includes('me.')) && links.some((l) => l.includes('q=')), 'a person\'s lines and questions too');
  for (const link of links) agree(link);
});

test('what a reader takes away comes from the link: downloads, citation, image, working and charts', () => {
  for (const link of ['v=1&preset=flux', 'v=1&q=me&me.gemini=20&me.image-service=3', 'v=1&pue=1.58&b.pue=1.09', 'v=1&params=<b>&x=1']) {
    const cli = JSON.parse(execFileSync(CLI, [link], { encoding: 'utf8' }));
    const doc = JSON.parse(api.document(`https://example.org/?${link}`));
    assert.equal(doc.link, `https://example.org/?${link}`, 'under the link it was asked for');
    const a = doc.a ?? doc;
    for (const name of METRICS) assert.deepEqual(a.results[name], (cli.a ?? cli)[name], `${link}: ${name}`);
    assert.ok(a.assumptions.length > 0 && a.assumptions.every((row) => row.source), 'every assumption with its source');
    assert.match(api.document(link, 'csv'), /^(scenario,)?kind,name,low,central,high,source\n/);
    assert.match(api.citation(link, 'zh'), /^据 AI 耗电计算器/);
    assert.ok(api.citation(link, 'en').endsWith(link), 'the citation ends with the link');
    assert.match(api.resultImage(link, 'en'), /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    assert.ok(!api.resultImage(link, 'en').includes('<b>'), 'values are text');
    const work = api.work(link, 'training_accelerator_hours', 'en').split('\n');
    assert.ok(/FLOP|\sh\b/.test(work[0]), work[0]);
    assert.equal(api.work(link, 'no_such_result', 'en'), '');
    for (const id of ['chart-ladder', 'chart-ranking', 'chart-split', 'chart-scale', 'chart-growth', 'chart-sensitivity']) {
      assert.match(api.chart(link, id, 'zh'), /<ul class="bar-rows">/, `${link}: ${id}`);
    }
    assert.equal(api.chart(link, 'chart-nothing', 'zh'), '');
  }
});

test('the module\'s problems come in the asked language, and a hostile link never throws', () => {
  const zh = JSON.parse(api.evaluateIn('v=1&qpd=abc&x=<script>', 'zh-CN'));
  assert.equal(zh.problems.length, 2);
  assert.match(zh.problems.join(''), /不认识的参数/);
  assert.equal(zh.results.inference_kwh.central, JSON.parse(api.evaluate('v=1')).results.inference_kwh.central);
  for (const hostile of ['', '%', '\u0000', 'v=2', '?'.repeat(10000), 'b.b.b.=1']) JSON.parse(api.evaluate(hostile));
});

test('the module\'s memory does not grow with use: each call gives back what it took', () => {
  // The raw exports under the API (module/src/lib.rs): the bump allocator starts again once nothing is live.
  const { exports: raw } = new WebAssembly.Instance(
    new WebAssembly.Module(readFileSync(new URL('ai_energy_module_bg.wasm', pkg))), {});
  const call = (link) => {
    const bytes = new TextEncoder().encode(link);
    const at = raw.alloc(bytes.length);
    new Uint8Array(raw.memory.buffer, at, bytes.length).set(bytes);
    const out = raw.evaluate_link(at, bytes.length);
    const text = new TextDecoder().decode(new Uint8Array(raw.memory.buffer, out, raw.out_len()));
    raw.dealloc(out, raw.out_len());
    raw.dealloc(at, bytes.length);
    return text;
  };
  const first = call('v=1&preset=r1&b.tpq=8k');
  const size = raw.memory.buffer.byteLength;
  for (let i = 0; i < 2000; i += 1) assert.equal(call('v=1&preset=r1&b.tpq=8k'), first);
  assert.equal(raw.memory.buffer.byteLength, size);
  assert.equal(first, api.evaluate('v=1&preset=r1&b.tpq=8k'));
});

test('the module is an npm package: `npm pack` makes it, and a new project that installs it gets the command line\'s numbers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'ai-energy-package-'));
  try {
    const manifest = JSON.parse(readFileSync(new URL('package.json', pkg), 'utf8'));
    const crate = readFileSync(new URL('../../module/Cargo.toml', import.meta.url), 'utf8').match(/^version = "(.+)"$/m)[1];
    assert.equal(manifest.name, 'ai-energy');
    assert.equal(manifest.version, crate, 'the package carries the crate\'s version');
    assert.equal(manifest.exports['.'].types, './ai_energy_module.d.ts');
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', dir, fileURLToPath(pkg)],
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
    assert.deepEqual(packed.files.map((f) => f.path).sort(),
      ['README.md', 'ai_energy_module.d.ts', 'ai_energy_module.js', 'ai_energy_module_bg.wasm', 'package.json']);
    const project = join(dir, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'a-reader', private: true, type: 'module' }));
    execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(dir, packed.filename)],
      { cwd: project, stdio: 'ignore' });
    // A reader's script, as the package's README writes it.
    writeFileSync(join(project, 'main.mjs'), `import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { initSync, evaluate } from 'ai-energy';
initSync({ module: readFileSync(fileURLToPath(import.meta.resolve('ai-energy/wasm'))) });
console.log(JSON.stringify(process.argv.slice(2).map((link) => JSON.parse(evaluate(link)))));
`);
    const links = ['v=1&preset=chatgpt&qpd=5亿', 'v=1&preset=flux', 'v=1&pue=1.58&b.pue=1.09', 'v=1&qpd=abc'];
    const answers = JSON.parse(execFileSync(process.execPath, ['main.mjs', ...links], { cwd: project, encoding: 'utf8' }));
    for (const [link, mine] of links.map((l, i) => [l, answers[i]])) {
      const cli = JSON.parse(execFileSync(CLI, [link], { encoding: 'utf8' }));
      assert.equal(mine.link, `?${cli.link}`, link);
      assert.deepEqual(mine.problems, cli.problems, link);
      const [a, c] = cli.a ? [mine.a.results.total_kwh, cli.a.total_kwh] : [mine.results.total_kwh, cli.total_kwh];
      assert.deepEqual(a, c, link);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
