// The reader's state lives in the URL: a link restores it exactly, Back and Forward step
// through it, and each statement has a link to copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openMany, useBrief } from './harness.mjs';

const brief = useBrief();

/** What the page shows of the reader's state. */
function shownState(page) {
  return page.evaluate(() => ({
    query: document.querySelector('input[type=search]').value,
    selects: [...document.querySelectorAll('.timeline-filters select')].map((s) => s.value),
    statements: [...document.querySelectorAll('[data-testid=statement]')].map((s) => s.dataset.statement),
    selected: document.querySelector('.statement.highlighted')?.dataset.statement ?? null,
    marked: [...document.querySelectorAll('mark.quote-mark')].map((m) => m.textContent),
  }));
}

test('a link restores filters, search and the selected quote exactly', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  await page.getByTestId('statement').last().waitFor();
  await page.getByLabel('Speaker', { exact: true }).selectOption('niyazaliyev');
  await page.getByLabel('Kind', { exact: true }).selectOption('quote');
  await page.getByLabel('Search the article and statements').fill('smooth');
  await page.locator('#statement-niyazaliyev-smooth-elections [data-testid=source-link]').click();
  await page.waitForFunction(() => document.querySelector('mark.quote-mark'));
  const before = await shownState(page);
  assert.deepEqual(before.statements, ['niyazaliyev-smooth-elections']);
  assert.equal(before.selected, 'niyazaliyev-smooth-elections');
  const link = page.url();
  assert.match(link, /#quote-niyazaliyev-smooth-elections&speaker=niyazaliyev&kind=quote&q=smooth$/);

  const other = await brief.newPage();
  await brief.open(other, link.slice(brief.url.length));
  await other.waitForFunction(() => document.querySelector('mark.quote-mark'));
  assert.deepEqual(await shownState(other), before);
  // It opens on the quote: the paragraph with the words marked has focus.
  assert.equal(await other.evaluate(() => document.activeElement.id), 'para-p9');
  assert.deepEqual(other.errors, []);
});

test('a link to the last statement opens a brief rendered afresh on that statement, in focus', async () => {
  // The Russian words are rendered afresh: the timeline draws its first entries in its first
  // frame and the rest after it; the statement the link names comes with the first.
  const page = await brief.newPage();
  await brief.open(page, '?lang=ru#statement-report-transparent-campaign');
  await page.waitForFunction(() => document.activeElement?.id === 'statement-report-transparent-campaign');
  const shown = await shownState(page);
  assert.equal(shown.selected, 'report-transparent-campaign');
  assert.equal(shown.statements.length, 11);
  assert.deepEqual(page.errors, []);
});

test('a link to a statement beyond the first page lists every statement up to it, and keeps it listed', async () => {
  // The 311 statements' first twenty are listed at first; reported-100 is further down.
  const { page } = await openMany(brief, { hash: '#statement-reported-100' });
  await page.waitForFunction(() => document.activeElement?.id === 'statement-reported-100');
  const listed = (id) => page.locator(`#statement-${id}`).count();
  assert.equal((await shownState(page)).selected, 'reported-100');
  // Every statement before it, in its place, and none after it.
  assert.equal(await listed('reported-0'), 1);
  assert.equal(await listed('reported-99'), 1);
  assert.equal(await listed('reported-101'), 0);
  assert.equal(await page.getByTestId('show-more').textContent(), 'Show 20 more of 311 statements');
  // The selection cleared, what it brought in stays listed.
  await page.keyboard.press('Escape');
  await page.waitForFunction(() => !document.querySelector('.statement.highlighted'));
  assert.equal(await listed('reported-100'), 1);
  assert.equal(await listed('reported-101'), 0);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'statement-reported-100');
  // "Show more" goes on from there.
  await page.getByTestId('show-more').click();
  await page.locator('#statement-reported-120').waitFor();
  assert.equal(await listed('reported-121'), 0);
  // New filters list from their first page again.
  await page.getByLabel('Kind', { exact: true }).selectOption('quote');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 20);
  assert.equal(await listed('reported-0'), 0);
  assert.deepEqual(page.errors, []);
});

test('Back and Forward step through filters, searches and selections', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  await page.getByTestId('statement').last().waitFor();
  const count = () => page.getByTestId('statement').count();
  assert.equal(await count(), 11);

  await page.getByLabel('Kind', { exact: true }).selectOption('quote');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 4);
  await page.getByLabel('Search the article and statements').fill('smoothly');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 1);
  await page.locator('.card a[href*="para-p3"]').first().click();
  await page.waitForFunction(() => document.querySelector('#para-p3.highlighted'));

  await page.goBack(); // the selection goes
  await page.waitForFunction(() => !document.querySelector('.source-paragraph.highlighted'));
  assert.equal(await count(), 1);
  await page.goBack(); // the search goes (typing it was one step)
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 4);
  assert.equal(await page.getByLabel('Search the article and statements').inputValue(), '');
  await page.goBack(); // the kind filter goes
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 11);
  assert.equal(await page.getByLabel('Kind', { exact: true }).inputValue(), '');

  await page.goForward();
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 4);
  assert.equal(await page.getByLabel('Kind', { exact: true }).inputValue(), 'quote');
});

test('malformed and unknown keys in a link are ignored safely, the sound ones beside them still read', async () => {
  const page = await brief.newPage();
  // `kind=reported` and `mission=cis` are sound; the rest is not: a kind that does not exist
  // (which must not undo the sound one), broken percent-encoding, markup for an id, a key the
  // brief does not know, a statement that does not exist.
  await brief.open(page, '#kind=reported&kind=everything&q=%E2%80&speaker=%3Cscript%3E&utm=1&statement-nobody&mission=cis');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 2);
  assert.deepEqual(await shownState(page), {
    query: '',
    selects: ['cis', '', 'reported'],
    statements: ['anfimov-observer-count', 'anfimov-principles'],
    selected: null,
    marked: [],
  });
  assert.equal(await page.locator('.highlighted').count(), 0, 'nothing selected');
  assert.deepEqual(page.errors, []);
});

test('each statement has a Copy link control that confirms visibly', async () => {
  const context = await brief.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await brief.open(page);
  const entry = page.locator('#statement-anfimov-working-methods');
  await entry.getByRole('button', { name: /^Copy link/ }).click();
  await entry.getByText('Link copied.').waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, `${brief.url}#quote-anfimov-working-methods`);
  // The copied link opens on that quote, its words marked in the article.
  const other = await context.newPage();
  await other.goto(copied);
  await other.waitForFunction(() => document.activeElement?.id === 'para-p7');
  assert.match(await other.locator('#para-p7 mark.quote-mark').textContent(), /^Traditionally, we build our work/);
  await context.close();
});
