// When the data file does not arrive: a loading state, then a clear error with Retry, and
// Retry recovers once the server answers again.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { DATA, timelineWhole, useBrief } from './harness.mjs';

const brief = useBrief();
const bundled = await readFile('data/brief.json', 'utf8');

/** Opens the brief with the data route failing as `fail` does, checks the message, then lets
 * the server answer and checks that Retry brings the brief. */
async function failThenRecover(fail, message) {
  const page = await brief.newPage();
  let broken = true;
  await page.route(DATA, (route) => (broken ? fail(route) : route.continue()));
  await page.goto(brief.url);
  const error = page.getByTestId('load-error');
  await error.waitFor();
  assert.match(await page.getByTestId('error-message').textContent(), message);
  broken = false;
  await error.getByRole('button', { name: 'Retry' }).click();
  await timelineWhole(page);
  assert.equal(await page.getByTestId('statement').count(), 11);
  await page.close();
}

test('HTTP 404', () =>
  failThenRecover((r) => r.fulfill({ status: 404, body: 'Not Found' }), /\u2068data\/brief\.json\u2069 could not be fetched: the server answered HTTP 404/));

test('HTTP 500', () =>
  failThenRecover((r) => r.fulfill({ status: 500, body: 'oops' }), /HTTP 500/));

test('a connection cut off half-way', () =>
  failThenRecover((r) => r.abort('connectionaborted'), /could not be fetched \(\u2068.+\u2069\)\. Check your connection/));

test('a page with the wrong content type (an HTML error page with status 200)', () =>
  failThenRecover(
    (r) => r.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><h1>Service unavailable</h1>' }),
    /the server sent \u2068text\/html\u2069 instead of JSON/,
  ));

test('a response that takes 3 s shows the loading state, then the brief', async () => {
  // A page asking for one view has nothing pre-rendered to show meanwhile (the plain page shows
  // its pre-rendered brief while the data file is checked).
  const page = await brief.newPage();
  // What the reader sees at the moment the late answer comes, 3 s after it was asked for.
  let seenWhenAnswered = null;
  await page.route(DATA, async (route) => {
    await new Promise((done) => setTimeout(done, 3000));
    seenWhenAnswered = await page.evaluate(() => ({
      loading: Boolean(document.querySelector('[data-testid=loading]')?.checkVisibility()),
      statements: document.querySelectorAll('#observer-brief-page [data-testid=statement]').length,
    }));
    await route.fulfill({ contentType: 'application/json', body: bundled });
  });
  await page.goto(`${brief.url}?view=timeline`);
  const loading = page.getByTestId('loading');
  await loading.waitFor();
  assert.equal(await loading.getAttribute('role'), 'status');
  assert.equal(await loading.textContent(), 'Loading the brief…');
  await page.getByTestId('statement').last().waitFor();
  assert.deepEqual(seenWhenAnswered, { loading: true, statements: 0 }, 'the loading notice until the answer');
  assert.equal(await loading.count(), 0);
  assert.deepEqual(page.errors, []);
});
