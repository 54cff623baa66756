// End-to-end: `scripts/serve.sh` serves what ships, and a newcomer's first page has a clean console (no CSP
// error from an injected live-reload script, no other error or violation).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { READY, closeAll, launch, startFileLimit, watched } from './browser.mjs';

test('the serve command serves the release build with a clean console', async () => {
  startFileLimit();
  const commands = readFileSync('scripts/serve.sh', 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  assert.ok(!commands.some((l) => /trunk serve/.test(l)), 'trunk serve injects an inline live-reload script the CSP blocks');
  const command = commands.at(-1);
  assert.equal(command, 'exec node scripts/static-server.mjs dist "${PORT:-8080}"');
  // The command serve.sh ends with, on a free port.
  const server = spawn(process.execPath, ['scripts/static-server.mjs', process.env.DIST ?? 'dist', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
  let browser;
  try {
    const url = await new Promise((resolve, reject) => {
      server.stdout.on('data', (d) => { const m = /http:\/\/\S+/.exec(String(d)); if (m) resolve(m[0]); });
      server.once('exit', (code) => reject(new Error(`static server exited with ${code}`)));
    });
    browser = await launch();
    const { context, page, errors: messages } = await watched(browser);
    await page.goto(url);
    await page.waitForSelector(READY);
    await page.fill('[data-testid="input-params"]', '70B');
    await page.waitForFunction(() => location.search.includes('params=70B'));
    assert.deepEqual(await page.evaluate(() => window.violations), []);
    assert.deepEqual(messages, []);
    await context.close();
  } finally {
    server.kill('SIGKILL');
    await closeAll(browser, undefined);
  }
});
