// The core as a WebAssembly module (module/, docs/API.md): loaded in Node exactly as a page loads it, it gives
// every golden link and 100 random links (comparisons and hostile values among them) the numbers, canonical link
// and problems the `ai-energy` command line prints. Needs scripts/build-module.sh (the test command runs it).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CLI, METRICS, startFileLimit } from './browser.mjs';

startFileLimit();

const pkg = new URL('../../module/pkg/', import.meta.url);
const api = await import(new URL('ai_energy_module.js', pkg));
api.initSync({ module: readFileSync(new URL('ai_energy_module_bg.wasm', pkg)) });

const golden = JSON.parse(readFileSync(new URL('../../core/tests/golden/links.json', import.meta.url), 'utf8'));

/** A reproducible stream of numbers in [0, 1) (mulberry32), so a failure names a link that fails again. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Links as readers and hostile pages write them: numbers at any magnitude, scale words, presets, B's keys. */
function randomLinks(n) {
  const r = random(21);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const numbers = ['params', 'active', 'tokens', 'gpuh', 'mfu', 'trainw', 'dev', 'qpd', 'tpq', 'itq', 'days',
    'growth', 'pue', 'host', 'grid', 'wue', 'price', 'batch', 'gpus', 'util'];
  const choices = { hw: ['h100', 'a100', 'h20', 'b200', 'ascend910b', 'tpu9'], cur: ['cny', 'usd', 'eur'],
    home: ['cn', 'us', 'jp'], ev: ['model3', 'modely'], servehw: ['same', 'h20'], prec: ['bf16', 'fp8', 'int4'],
    preset: ['gpt3', 'chatgpt', 'r1', 'moe', 'nope'] };
  const value = () => pick([
    () => (r() * 10 ** (r() * 16 - 3)).toPrecision(1 + Math.floor(r() * 17)),
    () => `${Math.floor(r() * 999)}${pick(['k', 'M', 'B', 'T', '万', '亿', '%'])}`,
    () => pick(['', '-1', 'NaN', '1e-120', '5e-324', '1e400', 'abc']),
  ])();
  return Array.from({ length: n }, () => {
    const parts = ['v=1'];
    for (let i = Math.floor(r() * 6); i > 0; i--) parts.push(`${r() < 0.25 ? 'b.' : ''}${pick(numbers)}=${encodeURIComponent(value())}`);
    for (let i = Math.floor(r() * 3); i > 0; i--) {
      const key = pick(Object.keys(choices));
      parts.push(`${key}=${pick(choices[key])}`);
    }
    return parts.join('&');
  });
}

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
  assert.equal(golden.links.length, 48);
  for (const { link } of golden.links) agree(link);
});

test('the module agrees with the command line on 100 random links, comparisons and hostile values included', () => {
  const links = randomLinks(100);
  assert.ok(links.some((l) => l.includes('b.')) && links.some((l) => l.includes('NaN')));
  for (const link of links) agree(link);
});

test('the module\'s problems come in the asked language, and a hostile link never throws', () => {
  const zh = JSON.parse(api.evaluateIn('v=1&qpd=abc&x=<script>', 'zh-CN'));
  assert.equal(zh.problems.length, 2);
  assert.match(zh.problems.join(''), /不认识的参数/);
  assert.equal(zh.results.inference_kwh.central, JSON.parse(api.evaluate('v=1')).results.inference_kwh.central);
  for (const hostile of ['', '%', '\u0000', 'v=2', '?'.repeat(10000), 'b.b.b.=1']) JSON.parse(api.evaluate(hostile));
});
