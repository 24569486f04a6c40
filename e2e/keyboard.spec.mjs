// Everything without a mouse: find every statement by Niyazaliyev in two actions, walk the
// timeline with the arrow keys, follow a source with Enter, clear with Escape, and focus
// never lost to the page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrief } from './harness.mjs';

const brief = useBrief();
const active = (page) =>
  page.evaluate(() => document.activeElement?.dataset.statement ?? document.activeElement?.id ?? document.activeElement?.tagName);

/** Presses Tab until `predicate` holds for the focused element; fails after `limit` presses. */
async function tabUntil(page, predicate, limit = 120) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(predicate)) return;
  }
  assert.fail('Tab never reached it');
}

test('every statement by Niyazaliyev in two actions, then walked and followed with the keyboard', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  await tabUntil(page, () => document.activeElement?.id === 'filter-speaker');
  // Action one: on the Speaker list, typing the name picks him.
  await page.keyboard.type('Nuran');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length < 11);
  const shown = await page.getByTestId('statement').evaluateAll((els) => els.map((e) => e.dataset.statement));
  assert.deepEqual(shown, ['niyazaliyev-experience', 'niyazaliyev-familiarisation', 'niyazaliyev-smooth-elections']);
  assert.equal(await page.getByTestId('filter-status').textContent(), 'Showing 3 of 11 statements.');
  // Tab enters the timeline at exactly one entry.
  assert.deepEqual(
    await page.locator('[data-testid=statement][tabindex="0"]').evaluateAll((els) => els.map((e) => e.dataset.statement)),
    ['niyazaliyev-experience'],
  );

  // Action two: Tab into the timeline lands on the first entry shown.
  await tabUntil(page, () => document.activeElement?.matches('[data-testid=statement]'));
  assert.equal(await active(page), shown[0]);
  await page.keyboard.press('ArrowDown');
  assert.equal(await active(page), shown[1]);
  await page.keyboard.press('End');
  assert.equal(await active(page), shown.at(-1));
  await page.keyboard.press('Home');
  assert.equal(await active(page), shown[0]);
  await page.keyboard.press('ArrowUp');
  assert.equal(await active(page), shown[0], 'the first entry stays put');
  // Left and Right walk the same way as Up and Down, and the page does not scroll sideways.
  await page.keyboard.press('ArrowRight');
  assert.equal(await active(page), shown[1]);
  await page.keyboard.press('ArrowRight');
  assert.equal(await active(page), shown[2]);
  await page.keyboard.press('ArrowRight');
  assert.equal(await active(page), shown[2], 'the last entry stays put');
  await page.keyboard.press('ArrowLeft');
  assert.equal(await active(page), shown[1]);
  assert.equal(await page.evaluate(() => scrollX), 0);
  await page.keyboard.press('Home');

  // Enter follows the entry's source: its words are marked in the article and take focus.
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.matches('.source-paragraph'));
  assert.equal(await page.locator('mark.quote-mark').count(), 1);
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.equal(outline, 'solid', 'focus is visible');

  // Escape clears the selection; the filters stay.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('mark.quote-mark'));
  assert.equal(await page.locator('.statement.highlighted').count(), 0);
  assert.equal(await page.getByTestId('statement').count(), shown.length);
  assert.ok(!page.url().includes('quote-'), page.url());
  assert.deepEqual(page.errors, [], 'no console errors');
});

test('the empty state offers a reset, and focus lands on the search box, not the page', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  const search = page.getByLabel('Search the article and statements');
  await search.fill('no such words anywhere');
  await page.getByTestId('empty-state').waitFor();
  assert.match(await page.getByTestId('filter-status').textContent(), /Showing 0 of 11/);
  await page.getByRole('button', { name: 'Show all statements' }).focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 11);
  assert.equal(await page.evaluate(() => document.activeElement?.type), 'search');
  assert.deepEqual(page.errors, [], 'no console errors');
});

test('when filtering removes the focused entry, focus goes to the count, not the page', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  await page.getByLabel('Kind', { exact: true }).selectOption('reported');
  await page.locator('[data-testid=statement]').first().focus();
  // Back removes the filter... and a filter that hides the focused entry comes with Forward.
  await page.goBack();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 11);
  await page.locator('[data-statement=niyazaliyev-smooth-elections]').focus();
  await page.goForward();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length < 11);
  await page.waitForFunction(() => document.activeElement?.dataset.testid === 'filter-status');
  assert.deepEqual(page.errors, [], 'no console errors');
});

test('opened with ?statement=, the brief’s own page focuses that entry', async () => {
  for (const address of ['?statement=niyazaliyev-smooth-elections', '?view=timeline&statement=niyazaliyev-smooth-elections']) {
    const page = await brief.newPage();
    await brief.open(page, address);
    await page.waitForFunction(() => document.activeElement?.id === 'statement-niyazaliyev-smooth-elections', null, { timeout: 10_000 });
    assert.deepEqual(
      await page.locator('.statement.highlighted').evaluateAll((els) => els.map((e) => e.dataset.statement)),
      ['niyazaliyev-smooth-elections'],
      address,
    );
    // Tab order continues from there: the entry is the timeline's one tab stop.
    assert.equal(await page.locator('#statement-niyazaliyev-smooth-elections').getAttribute('tabindex'), '0');
    assert.deepEqual(page.errors, [], 'no console errors');
    await page.close();
  }
});
