// Searching ignores case and accents, marks what it finds in the article and the timeline, and
// says how much it found in a live region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrief } from './harness.mjs';

const brief = useBrief();

test('search marks its matches in the article and statements and counts them aloud', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  // Capitals and an accent the text does not have still find it.
  await page.getByLabel('Search the article and statements').fill('SMÓOTHLY');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 1);
  assert.deepEqual(await page.getByTestId('statement').evaluateAll((els) => els.map((e) => e.dataset.statement)), [
    'niyazaliyev-smooth-elections',
  ]);
  // Marked where the word stands, and nowhere else: paragraph 9 and the one statement.
  const marks = await page.locator('mark.search-mark').evaluateAll((els) =>
    els.map((m) => [m.closest('[id]').id, m.textContent]),
  );
  assert.deepEqual(marks, [
    ['para-p9', 'smoothly'],
    ['statement-niyazaliyev-smooth-elections', 'smoothly'],
  ]);
  const status = page.getByTestId('filter-status');
  assert.equal(await status.getAttribute('role'), 'status');
  assert.equal(await status.textContent(), 'Showing 1 of 11 statements. “\u2068SMÓOTHLY\u2069” appears in 1 article paragraph.');
});

test('filters by mission, speaker and kind narrow the timeline together', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  const ids = () => page.getByTestId('statement').evaluateAll((els) => els.map((e) => e.dataset.statement));
  await page.getByLabel('Mission', { exact: true }).selectOption({ label: 'CIS observation mission (statements by Leonid Anfimov)' });
  assert.deepEqual(await ids(), ['anfimov-observer-count', 'anfimov-principles', 'anfimov-working-methods']);
  await page.getByLabel('Kind', { exact: true }).selectOption('quote');
  assert.deepEqual(await ids(), ['anfimov-working-methods']);
  await page.getByLabel('Mission', { exact: true }).selectOption('');
  await page.getByLabel('Speaker', { exact: true }).selectOption('report');
  const report = await ids();
  assert.deepEqual(report, ['report-meeting', 'report-transparent-campaign']);
  // Days left with nothing to show step aside; the context events stay.
  assert.equal(await page.getByTestId('context-event').count(), 3);
});

test('a search typed key by key is one step of history, and Back returns to the timeline before it', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  // A state before the search: quotes only (itself a step of history).
  await page.getByLabel('Kind', { exact: true }).selectOption('quote');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 4);
  const steps = await page.evaluate(() => history.length);
  const box = page.getByLabel('Search the article and statements');
  await box.click();
  // Real keystrokes, six input events: the first adds a step, the others refine it.
  await page.keyboard.type('smooth', { delay: 20 });
  await page.waitForFunction(() => location.hash.includes('q=smooth'));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 1);
  assert.equal(await page.evaluate(() => history.length), steps + 1);
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('q='));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 4);
  assert.equal(await box.inputValue(), '');
  assert.equal(await page.evaluate(() => location.hash), '#kind=quote');
});
