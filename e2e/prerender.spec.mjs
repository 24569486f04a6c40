// The release page arrives pre-rendered: the whole brief is readable before (and without) the
// WebAssembly, which loads on the reader's first interaction; what the reader does meanwhile
// carries over to the app; a data file changed since the build is never shown stale.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrief, live, DATA } from './harness.mjs';

const brief = useBrief();
const bundled = await readFile('data/brief.json', 'utf8');
const DARK = 'rgb(20, 23, 27)';
const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const statementIds = (page) =>
  page.getByTestId('statement').evaluateAll((els) => els.map((e) => e.dataset.statement));

/** Holds back the WebAssembly for `ms`, so that a test can act before the app is in place. */
async function slowApp(page, ms) {
  await page.route('**/*_bg.wasm', async (route) => {
    await new Promise((done) => setTimeout(done, ms));
    await route.continue();
  });
}

test('the whole brief is in the page before any WebAssembly is fetched', async () => {
  const page = await brief.newPage();
  const fetched = [];
  page.on('request', (r) => fetched.push(new URL(r.url()).pathname.split('/').pop()));
  await page.goto(brief.url, { waitUntil: 'networkidle' });
  assert.equal(await page.getByTestId('statement').count(), 11);
  assert.equal(await page.getByTestId('mission-card').count(), 2);
  assert.match(await page.locator('#headline').textContent(), /working meeting in Baku/);
  assert.ok(await page.getByTestId('statement').last().isVisible());
  assert.deepEqual(
    fetched.filter((name) => /\.wasm$|^boot\.js$|^observer-brief\.js$/.test(name)),
    [],
    `fetched: ${fetched.join(', ')}`,
  );
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('without JavaScript the brief is still all there', async () => {
  const context = await brief.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(brief.url);
  assert.equal(await page.getByTestId('statement').count(), 11);
  assert.ok(await page.getByTestId('statement').last().isVisible());
  assert.equal(await page.locator('#boot-loading').isVisible(), false);
  await context.close();
});

test('words typed before the app is ready are kept, with focus, and filter the list', async () => {
  const page = await brief.newPage();
  await slowApp(page, 1500);
  await page.goto(brief.url);
  const search = page.getByLabel('Search the article and statements');
  await search.click();
  await page.keyboard.type('smooth');
  assert.equal(await page.locator('[data-prerendered]').count(), 1, 'typed before the app took over');
  await live(page);
  assert.equal(await search.inputValue(), 'smooth');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'filter-search');
  assert.deepEqual(await statementIds(page), ['niyazaliyev-smooth-elections']);
  assert.match(page.url(), /#q=smooth$/);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a filter chosen before the app is ready applies once it is in place', async () => {
  const page = await brief.newPage();
  await slowApp(page, 1000);
  await page.goto(brief.url);
  await page.getByLabel('Speaker', { exact: true }).selectOption('niyazaliyev');
  await live(page);
  const ids = await statementIds(page);
  assert.ok(ids.length > 0 && ids.every((id) => id.startsWith('niyazaliyev')), ids.join());
  assert.equal(await page.getByLabel('Speaker', { exact: true }).inputValue(), 'niyazaliyev');
  await page.close();
});

test('the Dark mode switch works at once; a button pressed meanwhile takes effect with the app', async () => {
  const page = await brief.newPage();
  await slowApp(page, 1500);
  await page.goto(brief.url);
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  await toggle.click();
  assert.equal(await background(page), DARK);
  assert.equal(await toggle.getAttribute('aria-pressed'), 'true');
  await page.getByRole('button', { name: 'Embed' }).click();
  assert.equal(await page.locator('[data-prerendered]').count(), 1, 'pressed before the app took over');
  await live(page);
  await page.getByTestId('embed-panel').waitFor();
  assert.equal(await background(page), DARK);
  assert.equal(await page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed'), 'true');
  await page.close();
});

test('a source link followed before the app is ready ends on its paragraph, highlighted', async () => {
  const page = await brief.newPage();
  await page.goto(brief.url);
  await page.locator('.card a[href="#para-p7"]').first().click();
  await live(page);
  await page.waitForFunction(() => document.activeElement?.id === 'para-p7');
  assert.deepEqual(
    await page.locator('.source-paragraph.highlighted').evaluateAll((els) => els.map((e) => e.id)),
    ['para-p7'],
  );
  await page.close();
});

test('the reader keeps their place on the page when the app takes over', async () => {
  const page = await brief.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(brief.url);
  await page.evaluate(() => window.scrollTo(0, 3000));
  const at = () => page.evaluate(() => [scrollY, document.elementFromPoint(60, 100)?.closest('[id]')?.id]);
  const before = await at();
  assert.ok(before[0] === 3000 && before[1], `scrolled into the page: ${before}`);
  await page.keyboard.press('Shift');
  await live(page);
  await page.waitForTimeout(200);
  assert.deepEqual(await at(), before);
  await page.close();
});

test('a data file edited after the build is shown at once, never the stale page', async () => {
  const page = await brief.newPage();
  const edited = bundled.replace(
    'Heads of CIS and SCO observer missions held a working meeting in Baku',
    'Heads of CIS and SCO observer missions met in Baku (edited)',
  );
  assert.notEqual(edited, bundled);
  await page.route(DATA, (route) => route.fulfill({ contentType: 'application/json', body: edited }));
  await page.goto(brief.url);
  // No interaction: the page sees that its data file is not the one it was made from.
  await live(page);
  assert.equal(await page.locator('#headline').textContent(), 'Heads of CIS and SCO observer missions met in Baku (edited)');
  await page.close();
});
