// Launches Debian's Chromium through playwright-core (never a downloaded browser).
import { before, after } from 'node:test';
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { serve } from './server.mjs';

export const ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ARGS });
}

/** Opens `url` in a fresh page and collects console errors and page errors into `errors`. */
export async function open(browser, url, options = {}) {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector('[data-testid="result-total_kwh"]');
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
    mkdirSync(OUT, { recursive: true });
    app.server = await serve(process.env.DIST ?? 'dist');
    app.browser = await launch();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
  });
  return app;
}
