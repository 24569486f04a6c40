// Provenance both ways: from a statement to its exact words in the article, and from a
// paragraph to everything the brief takes from it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrief } from './harness.mjs';

const brief = useBrief();

test('choosing a statement marks its exact quoted words inside the paragraph', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  const entry = page.locator('#statement-niyazaliyev-smooth-elections');
  const words = await entry.locator('blockquote q').textContent();
  await entry.getByTestId('source-link').click();
  await page.waitForFunction(() => document.activeElement?.id === 'para-p9');
  const marks = page.locator('mark.quote-mark');
  assert.equal(await marks.count(), 1);
  assert.equal(await marks.textContent(), words, 'exactly the quoted words');
  const paragraph = await page.locator('#para-p9').textContent();
  assert.ok(paragraph.length > words.length + 10, 'the mark is not the whole paragraph');
  assert.match(await entry.getAttribute('class'), /highlighted/);
  assert.match(
    await page.getByTestId('selection-status').textContent(),
    /Statement by Nuran Niyazaliyev selected; its words are marked in paragraph 9\./,
  );
  assert.deepEqual(page.errors, [], 'no console errors');
});

test('a paragraph shows what comes from it, and choosing that lights up statements and card facts', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  const uses = page.locator('#para-p6 + .paragraph-uses [data-testid=paragraph-uses]');
  assert.match(await uses.textContent(), /In this brief: 2 statements and 3 card facts/);
  await uses.click();
  await page.waitForFunction(() => document.querySelector('#para-p6.highlighted'));
  const statements = await page.locator('.statement.from-selected').evaluateAll((els) => els.map((e) => e.dataset.statement));
  assert.deepEqual(statements.sort(), ['anfimov-observer-count', 'anfimov-principles']);
  const facts = page.locator('.card .source-link.from-selected');
  assert.equal(await facts.count(), 3);
  // The fact itself is highlighted around its link, in the card.
  const background = await facts.first().evaluate((a) => getComputedStyle(a.parentElement).backgroundColor);
  assert.notEqual(background, 'rgba(0, 0, 0, 0)');
  assert.match(await page.getByTestId('selection-status').textContent(), /Paragraph 6 selected; 2 statements and 3 card facts from it are highlighted\./);
  assert.deepEqual(page.errors, [], 'no console errors');
});

test('the date axis draws the three dates and says them in words', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  const axis = page.getByTestId('date-axis').locator('svg');
  assert.equal(await axis.getAttribute('role'), 'img');
  const description = await axis.locator('desc').textContent();
  for (const words of ['31 August 2024', '1 September 2024', '20 September 2024', '9 statements dated 31 August 2024', '2 statements without a date']) {
    assert.ok(description.includes(words), `${words} in “${description}”`);
  }
  // To scale: the page's date is 20 days after the meeting, election day 1.
  const xs = await axis.locator('.axis-tick').evaluateAll((ticks) => ticks.map((t) => Number(t.getAttribute('x1'))));
  const [meeting, election, page20] = xs;
  assert.ok(Math.abs((election - meeting) * 20 - (page20 - meeting)) < 0.5, xs.join());
  assert.deepEqual(page.errors, [], 'no console errors');
});
