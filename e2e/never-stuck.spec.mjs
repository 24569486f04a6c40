// Every wait ends: a data file that stalls or breaks off, a WebAssembly download that breaks
// off, an address the brief can never load. And words from a link keep their place.
import { afterEach, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { inCharge, timelineWhole, useBrief } from './harness.mjs';

const brief = useBrief();
const bundled = await readFile('data/brief.json', 'utf8');
const DATA_PATH = '/widgets/brief/data/brief.json';
const WASM_PATH = '/widgets/brief/observer-brief_bg.wasm';

// A fault a test set up never outlives it, even when the test fails half way.
afterEach(() => {
  brief.server.pages.delete(DATA_PATH);
  brief.server.pages.delete(WASM_PATH);
});

/** Opens the timeline (rendered afresh from the data file) with the data file answered as
 * `answer`, and returns the page and the time from opening to the error message. */
async function openWithData(answer) {
  brief.server.pages.set(DATA_PATH, { type: 'application/json', body: bundled, ...answer });
  const page = await brief.newPage();
  const opened = Date.now();
  await page.goto(`${brief.url}?view=timeline`);
  await page.getByTestId('load-error').waitFor({ timeout: 25_000 });
  return { page, waited: Date.now() - opened };
}

/** Retry, with the server answering properly again, brings the brief. */
async function retryRecovers(page) {
  brief.server.pages.delete(DATA_PATH);
  await page.getByTestId('load-error').getByRole('button', { name: 'Retry' }).click();
  await timelineWhole(page);
  assert.equal(await page.getByTestId('statement').count(), 11);
}

test('a data file whose server sends its headers and then nothing ends in a message with Retry', async () => {
  const { page, waited } = await openWithData({ stallAfter: 0 });
  assert.equal(
    await page.getByTestId('error-message').textContent(),
    '\u2068data/brief.json\u2069 stopped arriving: nothing came from the server for 10 seconds. Check your connection, then try again.',
  );
  assert.ok(waited >= 10_000 && waited < 20_000, `${waited} ms`);
  await retryRecovers(page);
  await page.close();
});

test('on the release page, a data check whose server sends its headers and then nothing ends, and so does the app’s own wait', { timeout: 60_000 }, async () => {
  brief.server.pages.set(DATA_PATH, { type: 'application/json', body: bundled, stallAfter: 0 });
  const page = await brief.newPage();
  const opened = Date.now();
  await page.goto(brief.url);
  // The early script's check gives up after 10 s, and the app acts on its answer at once:
  // the brief nobody could confirm gives way to the app's own request for the file …
  await page.locator('html[data-source-checked]').waitFor({ state: 'attached', timeout: 15_000 });
  const checked = Date.now() - opened;
  assert.equal(await page.evaluate(() => Boolean(document.querySelector('#headline')?.checkVisibility())), false);
  await page.getByRole('status').filter({ hasText: 'Loading' }).first().waitFor();
  assert.ok(checked >= 10_000 && checked < 15_000, `${checked} ms`);
  // … and the app, asking again with its own watch, says what happened and offers Retry.
  await page.getByTestId('load-error').waitFor({ timeout: 15_000 });
  assert.equal(
    await page.getByTestId('error-message').textContent(),
    '\u2068data/brief.json\u2069 stopped arriving: nothing came from the server for 10 seconds. Check your connection, then try again.',
  );
  await retryRecovers(page);
  await page.close();
});

test('a data file cut off half way ends in a message with Retry', async () => {
  const { page } = await openWithData({ cutAfter: 4000 });
  assert.match(await page.getByTestId('error-message').textContent(), /could not be fetched \(.*\)\. Check your connection/);
  await retryRecovers(page);
  await page.close();
});

test('a slow data file that keeps arriving is not cut off', async () => {
  // Four pieces, 4 s apart: 12 s in all, longer than the 10 s the brief waits for a sign of life.
  brief.server.pages.set(DATA_PATH, { type: 'application/json', body: bundled, drip: { parts: 4, every: 4000 } });
  const page = await brief.newPage();
  const opened = Date.now();
  await page.goto(`${brief.url}?view=timeline`);
  await page.getByTestId('statement').last().waitFor({ timeout: 25_000 });
  assert.ok(Date.now() - opened >= 12_000);
  assert.equal(await page.getByTestId('load-error').count(), 0);
  brief.server.pages.delete(DATA_PATH);
  await page.close();
});

test('a WebAssembly download cut off half way ends in the failure message with Retry', async () => {
  const wasm = await readFile('dist/observer-brief_bg.wasm');
  brief.server.pages.set(WASM_PATH, { type: 'application/wasm', body: wasm, cutAfter: 100_000 });
  const page = await brief.newPage();
  await page.goto(`${brief.url}?view=timeline`);
  const notice = page.locator('#boot-loading.fatal-error');
  await notice.waitFor({ timeout: 20_000 });
  assert.equal(await notice.getAttribute('role'), 'alert');
  assert.match(await notice.textContent(), /^The brief could not start \(.+\)\. Retry$/);
  brief.server.pages.delete(WASM_PATH);
  await notice.getByRole('button', { name: 'Retry' }).click();
  await page.getByTestId('statement').last().waitFor();
  await page.close();
});

test('a data address with a user name and password is refused as an address, without Retry or request', async () => {
  const page = await brief.newPage();
  const before = brief.requests.length;
  const src = encodeURIComponent(`${brief.server.url.replace('://', '://editor:secret@')}data/brief.json`);
  await page.goto(`${brief.url}?view=timeline&src=${src}`);
  await page.getByTestId('load-error').waitFor();
  assert.match(
    await page.getByTestId('error-message').textContent(),
    /\u2069 was not loaded: its address carries a user name or password, which this brief never sends\. Use an address without them\.$/,
  );
  assert.equal(await page.getByRole('button', { name: 'Retry' }).count(), 0);
  assert.deepEqual(brief.requests.slice(before).filter((path) => path.startsWith('/widgets/brief/data/')), []);
  await page.close();
});

test('a data address from a link is isolated inside the error message that names it', async () => {
  const page = await brief.newPage();
  await page.goto(`${brief.url}?src=%E2%80%AEno-such.json`);
  await page.getByTestId('load-error').waitFor();
  assert.match(
    await page.getByTestId('error-message').textContent(),
    /^\u2068\u202Eno-such\.json\u2069 could not be fetched: the server answered HTTP 404\b/,
  );
  assert.deepEqual(page.errors.filter((e) => !/404/.test(e)), []);
  await page.close();
});

test('words from a link are isolated inside the brief’s own sentence', async () => {
  const page = await brief.newPage();
  await page.goto(`${brief.url}#q=%E2%80%AEsmooth`);
  await inCharge(page);
  const status = page.getByTestId('filter-status');
  await page.waitForFunction(() => document.querySelector('[data-testid=filter-status]')?.textContent.includes('smooth'));
  assert.equal(
    await status.textContent(),
    'Showing 0 of 11 statements. “\u2068\u202esmooth\u2069” appears in 0 article paragraphs.',
  );
  await page.close();
});
