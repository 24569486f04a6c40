// Where the app cannot run, the release page stays a page: no WebAssembly (iOS Lockdown Mode,
// a policy without 'wasm-unsafe-eval'), a page opened from a file, a folder served without its
// trailing slash. Each ends in the brief or a clear sentence, never in a wait.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { useBrief, inCharge } from './harness.mjs';

const brief = useBrief();

/** What the reader sees of the release page where the app cannot run. */
function seen(page) {
  return page.evaluate(() => {
    const visible = (selector) => Boolean(document.querySelector(selector)?.checkVisibility());
    return {
      brief: visible('#observer-brief-page [data-testid=statement]'),
      noWasm: visible('#brief-static'),
      fromFile: visible('#brief-local'),
      uncovered: visible('#brief-uncovered'),
      stale: visible('#brief-stale'),
      failure: visible('#boot-loading'),
      reload: document.body.textContent.includes('Reload'),
    };
  });
}

const READABLE = { brief: true, noWasm: true, fromFile: false, uncovered: false, stale: false, failure: false, reload: false };

test('without WebAssembly the release page and its embed addresses stay readable', async () => {
  const page = await brief.newPage();
  await page.addInitScript(() => delete globalThis.WebAssembly);
  for (const address of ['', '?embed=1', '?embed=1&childId=brief&parentUrl=https%3A%2F%2Fnews.example%2F', '?statement=niyazaliyev-smooth-elections']) {
    await page.goto(brief.url + address);
    // The app's attempt to start has ended (its module failed) before the page is judged.
    await page.waitForLoadState('networkidle');
    assert.deepEqual(await seen(page), READABLE, address);
    assert.equal(
      await page.locator('#brief-static').textContent(),
      'This browser does not run WebAssembly here, so search, filters and the check for a newer version do not work; the brief below is complete as published.',
    );
  }
  // A view of one part is not what the page holds: one sentence and a link to the full brief.
  await page.goto(`${brief.url}?embed=1&view=timeline`);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(await seen(page), { ...READABLE, brief: false, uncovered: true });
  await page.getByRole('link', { name: 'Read the full brief' }).click();
  await page.waitForURL(brief.url);
  assert.equal((await seen(page)).brief, true);
  await page.close();
});

test('under a policy that refuses WebAssembly the release page stays readable', async () => {
  const policy = (await readFile('dist/content-security-policy.txt', 'utf8')).trim().replace(" 'wasm-unsafe-eval'", '');
  const page = await brief.newPage();
  await page.route(`${brief.url}`, async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
  });
  await page.goto(brief.url);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(await seen(page), READABLE);
  await page.close();
});

test('opened from a file, the page keeps its brief and says it cannot check for a newer one', async () => {
  const page = await brief.newPage();
  await page.goto(pathToFileURL(resolve('dist/index.html')).href);
  await page.waitForLoadState('load');
  assert.deepEqual(await seen(page), { ...READABLE, noWasm: false, fromFile: true });
  assert.equal(
    await page.locator('#brief-local').textContent(),
    'This copy was opened from a file: it cannot check for a newer version of the brief, and search and filters do not work here.',
  );
  await page.close();
});

test('served without the trailing slash, the page finds its files and takes the brief over', async () => {
  const folder = brief.url.replace(/\/$/, '');
  brief.server.pages.set(new URL(folder).pathname, await readFile('dist/index.html', 'utf8'));
  const page = await brief.newPage();
  const missed = [];
  page.on('response', (r) => r.status() >= 400 && missed.push(new URL(r.url()).pathname));
  await page.goto(folder);
  await inCharge(page);
  assert.equal(await page.locator('#observer-brief-page').getAttribute('data-app'), 'hydrated');
  assert.equal(new URL(page.url()).pathname, '/widgets/brief/');
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-source-checked'));
  assert.equal(await page.evaluate(() => document.documentElement.hasAttribute('data-stale')), false);
  // Only the browser's look-ahead, which reads the page before its script has run, may ask for
  // files in the parent folder (and is answered 404; whether it does depends on timing); the
  // page itself finds every one.
  assert.ok(missed.every((path) => !path.startsWith('/widgets/brief/')), missed.join());
  assert.deepEqual(page.errors.filter((e) => !e.startsWith('Failed to load resource: the server responded with a status of 404')), []);
  await page.close();
});
