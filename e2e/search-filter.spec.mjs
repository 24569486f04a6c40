// Searching ignores case and accents, marks what it finds in the article and the timeline, and
// says how much it found in a live region.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openMany, useBrief } from './harness.mjs';

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
  assert.deepEqual(page.errors, [], 'no console errors');
});

test('one letter filters but marks nothing, and the second letter marks every match', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  const search = page.getByLabel('Search the article and statements');
  const status = page.getByTestId('filter-status');
  const marks = () =>
    page.locator('mark.search-mark').evaluateAll((els) => els.map((m) => [m.closest('[id]').id, m.textContent]));
  // "x" stands in one statement ("extensive experience") and in paragraphs 2 and 8.
  await search.fill('x');
  await page.waitForFunction(() => /“\u2068x\u2069”/.test(document.querySelector('[data-testid=filter-status]').textContent));
  assert.equal(await status.textContent(), 'Showing 1 of 11 statements. “\u2068x\u2069” appears in 2 article paragraphs.');
  assert.deepEqual(await page.getByTestId('statement').evaluateAll((els) => els.map((e) => e.dataset.statement)), [
    'niyazaliyev-experience',
  ]);
  assert.deepEqual(await marks(), []);
  await search.fill('ex');
  await page.waitForFunction(() => document.querySelector('mark.search-mark'));
  assert.deepEqual(await marks(), [
    ['para-p2', 'Ex'],
    ['para-p8', 'ex'],
    ['para-p8', 'ex'],
    ['statement-niyazaliyev-experience', 'ex'],
    ['statement-niyazaliyev-experience', 'ex'],
  ]);
  assert.equal(await status.textContent(), 'Showing 1 of 11 statements. “\u2068ex\u2069” appears in 2 article paragraphs.');
  assert.deepEqual(page.errors, [], 'no console errors');
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
  assert.deepEqual(page.errors, [], 'no console errors');
});

test('a search typed key by key is one step of history, and Back returns to the timeline before it', async () => {
  const page = await brief.newPage();
  // Counts the addresses the page writes: recording one takes the browser milliseconds.
  await page.addInitScript(() => {
    window.__writes = [];
    for (const name of ['pushState', 'replaceState']) {
      const write = history[name].bind(history);
      history[name] = (state, title, url) => {
        window.__writes.push([name, String(url)]);
        return write(state, title, url);
      };
    }
  });
  await brief.open(page);
  // A state before the search: quotes only (itself a step of history).
  await page.getByLabel('Kind', { exact: true }).selectOption('quote');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 4);
  const steps = await page.evaluate(() => history.length);
  const box = page.getByLabel('Search the article and statements');
  await box.click();
  const written = await page.evaluate(() => window.__writes.length);
  // Real keystrokes, six input events: the first adds a step, the others refine it, written
  // once typing pauses.
  await page.keyboard.type('smooth', { delay: 20 });
  await page.waitForFunction(() => location.hash.includes('q=smooth'));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 1);
  assert.equal(await page.evaluate(() => history.length), steps + 1);
  assert.deepEqual(await page.evaluate((from) => window.__writes.slice(from).map(([name, url]) => [name, url.replace(/^.*#/, '#')]), written), [
    ['pushState', '#kind=quote&q=s'],
    ['replaceState', '#kind=quote&q=smooth'],
  ]);
  await page.goBack();
  await page.waitForFunction(() => !location.hash.includes('q='));
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 4);
  assert.equal(await box.inputValue(), '');
  assert.equal(await page.evaluate(() => location.hash), '#kind=quote');
  assert.deepEqual(page.errors, [], 'no console errors');
});

test('a link followed before typing pauses leaves the whole search in the step before it', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  await page.getByLabel('Search the article and statements').click();
  await page.keyboard.type('smooth', { delay: 20 });
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 1);
  // At once, well within the pause that writes the typed search.
  await page.locator('#statement-niyazaliyev-smooth-elections [data-testid=source-link]').click();
  await page.waitForFunction(() => location.hash.startsWith('#quote-niyazaliyev-smooth-elections'));
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('mark.quote-mark'));
  assert.equal(await page.evaluate(() => location.hash), '#q=smooth');
  assert.equal(await page.getByLabel('Search the article and statements').inputValue(), 'smooth');
  assert.deepEqual(page.errors, [], 'no console errors');
});

test('a filter changed after "Show more" lists its statements from the first page again', async () => {
  const { page, listed } = await openMany(brief);
  await listed(20);
  assert.equal(await page.getByTestId('show-more').textContent(), 'Show 20 more of 311 statements');
  await page.getByTestId('show-more').click();
  await listed(40);
  // Direct quotes only: 154 match, and the first 20 of them are listed, not 40.
  await page.getByLabel('Kind', { exact: true }).selectOption('quote');
  await page.waitForFunction(() => !document.querySelector('[data-statement^=reported-]'));
  await listed(20);
  assert.equal(await page.getByTestId('show-more').textContent(), 'Show 20 more of 154 statements');
  assert.deepEqual(page.errors, [], 'no console errors');
});

test('a keystroke that changes the listing draws its first eight entries in the frame that answers it, the rest in the task after', async () => {
  const { page, listed } = await openMany(brief);
  await listed(20);
  // "principles" is in the brief's anfimov-principles and its 150 copies, listed in file order;
  // the listing before it began with other statements, so none of its entries stays in place.
  const answer = ['anfimov-principles', ...Array.from({ length: 19 }, (_, i) => `reported-${i}`)];
  const drawn = await page.evaluate(
    () =>
      new Promise((done) => {
        // Asked for before the keystroke: the first animation callback of the frame that draws
        // the answer, when the page holds what that frame shows.
        requestAnimationFrame(() =>
          done([...document.querySelectorAll('[data-testid=statement]')].map((e) => e.dataset.statement)),
        );
        const search = document.querySelector('#filter-search');
        search.value = 'principles';
        search.dispatchEvent(new Event('input', { bubbles: true }));
      }),
  );
  assert.deepEqual(drawn, answer.slice(0, 8));
  await listed(20);
  assert.deepEqual(await page.getByTestId('statement').evaluateAll((els) => els.map((e) => e.dataset.statement)), answer);
  assert.equal(await page.getByTestId('show-more').textContent(), 'Show 20 more of 151 statements');
  assert.deepEqual(page.errors, [], 'no console errors');
});

test('a brief rendered afresh draws the first eight entries of its timeline in its first frame, the rest in the task after', async () => {
  const { page, listed } = await openMany(brief, { prepare: (page) =>
    page.addInitScript(() => {
      // The first frame that draws any entry of the app's (the page's own brief, pre-rendered,
      // is hidden and then replaced): what it draws, seen from its animation callbacks.
      new MutationObserver((_, observer) => {
        if (!document.querySelector('#observer-brief-page[data-app] [data-testid=statement]')) return;
        observer.disconnect();
        requestAnimationFrame(() => {
          window.firstDrawn = [...document.querySelectorAll('[data-testid=statement]')].map((e) => e.dataset.statement);
        });
      }).observe(document, { subtree: true, childList: true });
    }),
  });
  await listed(20);
  const all = await page.getByTestId('statement').evaluateAll((els) => els.map((e) => e.dataset.statement));
  // The first eight in timeline order: the brief's own statements of 31 August, before the
  // copies made of some of them.
  const first = [
    'leaders-discussed-preparations',
    'interlocutors-discussed-activities',
    'anfimov-observer-count',
    'anfimov-principles',
    'anfimov-working-methods',
    'niyazaliyev-experience',
    'niyazaliyev-familiarisation',
    'niyazaliyev-smooth-elections',
  ];
  assert.deepEqual(await page.evaluate(() => window.firstDrawn), first);
  assert.deepEqual(all.slice(0, 8), first);
  assert.equal(all.length, 20);
  assert.deepEqual(page.errors, [], 'no console errors');
});
