// Bad data and failed fetches show a clear error naming the file, never a blank page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrief, DATA } from './harness.mjs';

const brief = useBrief();
const bundled = await readFile(new URL('../data/brief.json', import.meta.url), 'utf8');

async function errorText(page) {
  const panel = page.getByTestId('load-error');
  await panel.waitFor();
  return panel.textContent();
}

test('a data file with a dangling reference names the file and the path', async () => {
  const page = await brief.newPage();
  const bad = bundled.replace('"head": "niyazaliyev"', '"head": "nobody"');
  await page.route(DATA, (route) => route.fulfill({ contentType: 'application/json', body: bad }));
  await page.goto(brief.url);
  const text = await errorText(page);
  assert.match(text, /\u2068data\/brief\.json\u2069 is not a sound brief/);
  assert.match(text, /missions\[1\]\.head: no person has the id "nobody"/);
  assert.equal(await page.getByRole('button', { name: 'Retry' }).count(), 0);
  await page.close();
});

test('a data file with a wrong type names the path', async () => {
  const page = await brief.newPage();
  const bad = bundled.replace('"total": 133', '"total": "133"');
  await page.route(DATA, (route) => route.fulfill({ contentType: 'application/json', body: bad }));
  await page.goto(brief.url);
  assert.match(await errorText(page), /\u2068data\/brief\.json\u2069: \u2068missions\[0\]\.observers\.total\u2069: \u2068invalid type: string "133"/);
  await page.close();
});

test('a truncated data file is reported as invalid JSON', async () => {
  const page = await brief.newPage();
  await page.route(DATA, (route) => route.fulfill({ contentType: 'application/json', body: bundled.slice(0, 500) }));
  await page.goto(brief.url);
  assert.match(await errorText(page), /\u2068data\/brief\.json\u2069 is not valid JSON: \u2068EOF while parsing/);
  await page.close();
});

test('a failed fetch offers Retry, and Retry recovers once the server answers', async () => {
  const page = await brief.newPage();
  await page.route(DATA, (route) => route.abort('connectionrefused'));
  await page.goto(brief.url);
  assert.match(await errorText(page), /\u2068data\/brief\.json\u2069 could not be fetched/);
  await page.unroute(DATA);
  await page.getByRole('button', { name: 'Retry' }).click();
  await page.getByTestId('statement').last().waitFor();
  assert.equal(await page.getByTestId('load-error').count(), 0);
  await page.close();
});

test('an HTTP error names the status and offers Retry', async () => {
  const page = await brief.newPage();
  await page.route(DATA, (route) => route.fulfill({ status: 500, body: 'oops' }));
  await page.goto(brief.url);
  assert.match(await errorText(page), /could not be fetched: the server answered HTTP 500/);
  assert.equal(await page.getByRole('button', { name: 'Retry' }).count(), 1);
  await page.close();
});

test('a WebAssembly file that cannot be loaded replaces the loading notice with a message', async () => {
  const page = await brief.newPage();
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  // Asked for one view, the page starts the app at once and shows the loading notice.
  await page.goto(`${brief.url}?view=timeline`);
  const notice = page.locator('#boot-loading[role=alert]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /^The brief could not start \(.+\)\. Retry$/);
  await page.close();
});

test('when the WebAssembly cannot be loaded after a first click, the message shows and the brief stays readable', async () => {
  const page = await brief.newPage();
  await page.route('**/*_bg.wasm', (route) => route.fulfill({ status: 404, body: 'gone' }));
  await page.goto(brief.url);
  await page.getByLabel('Search the article and statements').click();
  const notice = page.locator('#boot-loading[role=alert]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /^The brief could not start \(.+\)\. Retry$/);
  // Still in view where the reader is, above the pre-rendered brief, which stays.
  assert.ok(await notice.isVisible());
  assert.equal(await page.getByTestId('statement').count(), 11);
  assert.ok(await page.getByTestId('statement').last().isVisible());
  await page.close();
});
