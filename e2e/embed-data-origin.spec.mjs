// Pointing the brief at data on an origin the deployer did not allow: refused with a clear
// message, and the data is never requested, whether through a link or a mount element.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrief } from './harness.mjs';

const brief = useBrief({ hosts: true });

const asked = (server) => server.requests.filter((path) => path.includes('fabricated-brief.json'));

test('a link with ?src= on another origin is refused without a request', async () => {
  const page = await brief.newPage();
  const fake = `${brief.other.url}fabricated-brief.json`;
  await page.goto(`${brief.url}?src=${encodeURIComponent(fake)}`);
  const error = page.getByTestId('load-error');
  await error.waitFor();
  assert.match(
    await page.getByTestId('error-message').textContent(),
    new RegExp(`\u2068${fake}\u2069 was not loaded: .*\u2068${brief.other.origin}\u2069 is not one of them`),
  );
  assert.equal(await error.getByRole('button', { name: 'Retry' }).count(), 0);
  assert.deepEqual(asked(brief.other), []);
  assert.equal(await page.getByTestId('statement').count(), 0);
});

test('a javascript: address is refused too', async () => {
  const page = await brief.newPage();
  await page.goto(`${brief.url}?src=${encodeURIComponent('javascript:alert(1)')}`);
  await page.getByTestId('load-error').waitFor();
  assert.match(await page.getByTestId('error-message').textContent(), /was not loaded: .*“javascript:” address/);
  assert.deepEqual(page.errors, []);
});

test('a mount element with data-src on another origin is refused without a request', async () => {
  const page = await brief.newPage();
  await page.goto(`${brief.host.url}refused-data.html`);
  const error = page.getByTestId('load-error');
  await error.waitFor();
  assert.match(await error.textContent(), /fabricated-brief\.json\u2069 was not loaded/);
  assert.deepEqual(asked(brief.other), []);
});

test('a data: address is refused too, without a request', async () => {
  const page = await brief.newPage();
  const fake = `data:application/json,${encodeURIComponent('{"article":{}}')}`;
  await page.goto(`${brief.url}?src=${encodeURIComponent(fake)}`);
  await page.getByTestId('load-error').waitFor();
  assert.match(await page.getByTestId('error-message').textContent(), /was not loaded: .*“data:” address/);
});

test('another data file on the brief’s own origin is allowed, and is the one shown', async () => {
  const other = (await readFile('data/brief.json', 'utf8')).replace(
    'Heads of CIS and SCO observer missions held a working meeting in Baku',
    'A headline from the other file',
  );
  brief.server.pages.set('/widgets/brief/data/other-brief.json', { type: 'application/json', body: other });
  const page = await brief.newPage();
  await brief.open(page, '?src=data/other-brief.json');
  await page.getByTestId('statement').last().waitFor();
  assert.equal(await page.locator('#headline').textContent(), 'A headline from the other file');
  assert.ok(brief.requests.includes('/widgets/brief/data/other-brief.json'), brief.requests.join(' '));
});
