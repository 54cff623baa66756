// Launches Debian's Chromium through playwright-core (never a downloaded browser).
import { before, after } from 'node:test';
import { execFileSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { serve } from '../../scripts/static-server.mjs';

export const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

/** The longest one end-to-end file may run. */
export const FILE_LIMIT_MS = 8 * 60 * 1000;

/**
 * The `ai-energy` command line, built and located by cargo itself (so `CARGO_TARGET_DIR` and a shared target
 * folder are honoured): cargo reports the executable it built in its JSON messages. `AI_ENERGY_CLI` overrides.
 */
export const CLI = process.env.AI_ENERGY_CLI ?? cliExecutable();

function cliExecutable() {
  const messages = execFileSync(
    'cargo',
    ['build', '--quiet', '--package', 'ai-energy-cli', '--bin', 'ai-energy', '--message-format=json'],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  for (const line of messages.split('\n')) {
    if (!line.startsWith('{')) continue;
    const m = JSON.parse(line);
    if (m.reason === 'compiler-artifact' && m.target?.name === 'ai-energy' && m.executable) return m.executable;
  }
  throw new Error('cargo built no ai-energy executable');
}

/**
 * The page is whole: the first screen (title, presets, the headline) is painted first and the rest of the page a
 * frame later, so a test that goes on to use inputs or lower sections waits for this (the footer, or an embed).
 */
export const READY = '[data-testid="data-version"], [data-testid="embed"]';

/** Every result's name, read from the model's one list (`ai-energy --metrics`, i.e. `Metric::ALL`). */
export const METRICS = JSON.parse(execFileSync(CLI, ['--metrics'], { encoding: 'utf8' }));

/** Presses preset `id` as a reader does: opens the filter's tabs in turn until its group shows it, then presses it
 * and waits until it is the pressed one. */
export async function pressPreset(page, id) {
  const button = page.locator(`[data-testid="preset-${id}"]`);
  const tabs = page.locator('[data-testid^="preset-group-"]');
  for (let i = 0; i < await tabs.count() && !await button.count(); i++) await tabs.nth(i).click();
  await button.click();
  await page.waitForFunction((id) => document.querySelector(`[data-testid="preset-${id}"]`)?.getAttribute('aria-pressed') === 'true', id);
}

/** Resolves to `promise`'s value, or to undefined after `ms`: a teardown step that cannot block. */
export function within(ms, promise) {
  let timer;
  const late = new Promise((resolve) => { timer = setTimeout(resolve, ms); });
  return Promise.race([Promise.resolve(promise).catch(() => undefined), late]).finally(() => clearTimeout(timer));
}

/** Closes a browser without ever blocking: after 10 s its process is killed. */
export async function closeBrowser(browser) {
  if (!browser) return;
  const closed = await within(10_000, browser.close().then(() => true));
  if (!closed) browser.process?.()?.kill('SIGKILL');
}

/**
 * A whole-file limit: a file that has not finished by then fails instead of holding the suite (unref: the
 * timer itself never keeps the process alive).
 */
export function startFileLimit() {
  setTimeout(() => {
    console.error(`${process.argv[1]}: over the ${FILE_LIMIT_MS / 1000} s limit for one end-to-end file`);
    process.exit(1);
  }, FILE_LIMIT_MS).unref();
}

/** Teardown that cannot block: the server closes even when closing the browser fails or hangs. */
export async function closeAll(browser, server) {
  try {
    await closeBrowser(browser);
  } finally {
    await server?.close();
  }
}

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
}

/**
 * A fresh context and page that record every request, console error, page error and CSP violation
 * (`window.violations`), before anything is loaded.
 */
export async function watched(browser, options = {}) {
  const context = await browser.newContext(options);
  const requests = [];
  context.on('request', (r) => requests.push(r.url()));
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, requests, errors };
}

/** Opens `url` in a fresh watched page and waits for the first result. */
export async function open(browser, url, options = {}) {
  const { context, page, errors } = await watched(browser, options);
  await page.goto(url);
  await page.waitForSelector(READY);
  return { page, errors, context };
}

/** The `data-value` of a result hook as a number. */
export async function resultValue(page, name) {
  const v = await page.getAttribute(`[data-testid="result-${name}"]`, 'data-value');
  return Number(v);
}

/** Where screenshots and figures are written for people to look at. */
export const OUT = new URL('./output/', import.meta.url).pathname;

/**
 * Serves the release build and launches Chromium around a test file's tests; returns `{ server, browser }`,
 * filled in before the first test runs.
 */
export function useApp() {
  const app = {};
  before(async () => {
    startFileLimit();
    mkdirSync(OUT, { recursive: true });
    app.server = await serve(process.env.DIST ?? 'dist');
    app.browser = await launch();
  });
  after(() => closeAll(app.browser, app.server));
  return app;
}

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's serious and critical violations on the page, with every disclosure open. */
export async function axe(page) {
  await page.addScriptTag({ path: AXE });
  // Open every disclosure so hidden content is checked too.
  await page.evaluate(() => document.querySelectorAll('details').forEach((d) => { d.open = true; }));
  const result = await page.evaluate(async () => window.axe.run(document, { resultTypes: ['violations'] }));
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}

/** A reproducible stream of numbers in [0, 1) (mulberry32), so a failure names a link that fails again. */
function random(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Links as readers and hostile pages write them: numbers at any magnitude, scale words, presets, questions, a
 * person's lines, B's keys. */
export function randomLinks(n) {
  const r = random(21);
  const pick = (xs) => xs[Math.floor(r() * xs.length)];
  const numbers = ['params', 'active', 'tokens', 'gpuh', 'mfu', 'trainw', 'dev', 'qpd', 'tpq', 'itq', 'days',
    'growth', 'pue', 'host', 'grid', 'wue', 'price', 'batch', 'gpus', 'util', 'steps', 'width', 'height', 'frames', 'fps',
    'cfg', 'layers', 'hidden', 'patch', 'cache', 'turns'];
  const choices = { hw: ['h100', 'a100', 'h20', 'b200', 'ascend910b', 'tpu9', 'gb200', 'mi355x'], cur: ['cny', 'usd', 'eur'],
    home: ['cn', 'us', 'jp'], ev: ['model3', 'modely'], servehw: ['same', 'h20', 'b300', 'ascend910c'], prec: ['bf16', 'fp8', 'int4', 'fp4'],
    preset: ['gpt3', 'chatgpt', 'r1', 'moe', 'nope', 'sd35', 'wan', 'video-service', 'deepseek-v3', 'coding-agent'],
    work: ['text', 'image', 'video', 'hologram'], engine: ['either', 'reference', 'optimised', 'warp'],
    q: ['item', 'me', 'service', 'everyone'] };
  // A person's lines: known presets, an unknown one, counts in every form.
  const lines = ['gemini', 'chatgpt', 'image-service', 'flux', 'wan', 'coding-agent', 'nope'];
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
    for (let i = r() < 0.3 ? Math.floor(r() * 4) : 0; i > 0; i--) parts.push(`${r() < 0.2 ? 'b.' : ''}me.${pick(lines)}=${encodeURIComponent(value())}`);
    return parts.join('&');
  });
}
