// Searching ignores case and accents, marks what it finds in the article and the timeline, and
// says how much it found in a live region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrief } from './harness.mjs';

const brief = useBrief();

test('search marks its matches in the article and statements and counts them aloud', async () => {
  const page = await brief.newPage();
  await page.goto(brief.url);
  await page.getByTestId('statement').last().waitFor();
  // Capitals and an accent the text does not have still find it.
  await page.getByLabel('Search the article and statements').fill('SMÓOTHLY');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 1);
  const marks = await page.locator('mark.search-mark').allTextContents();
  assert.ok(marks.length >= 2, 'in the article and in the statement');
  assert.ok(marks.every((m) => m === 'smoothly'), marks.join());
  assert.equal(await page.locator('#para-p9 mark.search-mark').count(), 1);
  assert.equal(await page.locator('[data-testid=statement] mark.search-mark').count(), 1);
  const status = page.getByTestId('filter-status');
  assert.equal(await status.getAttribute('role'), 'status');
  assert.equal(await status.textContent(), 'Showing 1 of 11 statements. “SMÓOTHLY” appears in 1 article paragraph.');
});

test('filters by mission, speaker and kind narrow the timeline together', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  await page.getByTestId('statement').last().waitFor();
  const ids = () => page.getByTestId('statement').evaluateAll((els) => els.map((e) => e.dataset.statement));
  await page.getByLabel('Mission', { exact: true }).selectOption({ index: 1 });
  const cis = await ids();
  assert.ok(cis.length > 0 && cis.every((id) => id.startsWith('anfimov')), cis.join());
  await page.getByLabel('Kind', { exact: true }).selectOption('quote');
  assert.deepEqual(await ids(), ['anfimov-working-methods']);
  await page.getByLabel('Mission', { exact: true }).selectOption('');
  await page.getByLabel('Speaker', { exact: true }).selectOption('report');
  const report = await ids();
  assert.deepEqual(report, ['report-meeting', 'report-transparent-campaign']);
  // Days left with nothing to show step aside; the context events stay.
  assert.equal(await page.getByTestId('context-event').count(), 3);
});
