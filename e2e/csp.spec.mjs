// The release dist works under a strict Content-Security-Policy: no inline script or style.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../scripts/lib/server.mjs';
import { launch } from '../scripts/lib/browser.mjs';
import { readFile } from 'node:fs/promises';
import { inCharge } from './harness.mjs';

// The policy the release build wrote for its page (its inline script and style by hash).
const POLICY = (await readFile('dist/content-security-policy.txt', 'utf8')).trim();

let server;
let browser;
before(async () => {
  server = await startServer({ headers: { 'content-security-policy': POLICY } });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A page that records every CSP violation the browser reports. */
async function watchedPage() {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.violations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.violations.push(`${e.violatedDirective}: ${e.blockedURI || 'inline'} ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  page.errors = [];
  page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
  return page;
}

test('the brief runs under the strict policy with zero violations', async () => {
  const page = await watchedPage();
  const response = await page.goto(server.url);
  assert.equal(response.headers()['content-security-policy'], POLICY);
  await page.getByTestId('statement').last().waitFor();
  // Exercise what changes the page: the app taking over the pre-rendered page, search, a
  // shared link, the Embed control, the theme switch.
  await inCharge(page);
  await page.getByLabel('Search the article and statements').fill('smoothly');
  await page.goto(`${server.url}#quote-anfimov-working-methods&q=observ`);
  await page.waitForFunction(() => document.querySelector('mark.quote-mark'));
  await page.getByRole('button', { name: 'Embed' }).click();
  await page.getByTestId('embed-panel').waitFor();
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  const pressed = await toggle.getAttribute('aria-pressed');
  await toggle.click();
  await page.waitForFunction((was) => document.querySelector('.theme-toggle').getAttribute('aria-pressed') !== was, pressed);
  assert.deepEqual(await page.evaluate(() => window.violations), []);
  assert.deepEqual(page.errors, []);
});

test('an embedded part runs under the strict policy too', async () => {
  const page = await watchedPage();
  await page.goto(`${server.url}?embed=1&view=timeline&theme=dark`);
  await inCharge(page);
  await page.getByTestId('statement').last().waitFor();
  assert.deepEqual(await page.evaluate(() => window.violations), []);
});
