// A quotation whose speaker is named in the paragraph next to it: the timeline links that
// paragraph too, and the paragraph's "In this brief" line counts the statement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrief } from './harness.mjs';

const brief = useBrief();

test('an attribution in the next paragraph is linked from the statement and counted under that paragraph', async () => {
  // tests/articles/en-next-paragraph.txt drafted by new-brief and confirmed.
  const body = await readFile('e2e/fixtures/brief-next-paragraph.json', 'utf8');
  brief.server.pages.set('/widgets/brief/data/next.json', { type: 'application/json', body });
  const page = await brief.newPage();
  await brief.open(page, '?src=data/next.json');
  const entries = page.getByTestId('statement');
  await entries.last().waitFor();
  // Rusu's words (p3) are led in by p2; Ceban's (p4) are credited by p5.
  const links = await entries.evaluateAll((all) =>
    all.map((e) => [...e.querySelectorAll('[data-testid=source-link]')].map((a) => a.textContent.replace(/\s+/g, ' ').trim())),
  );
  assert.deepEqual(links, [
    ['Source: paragraph ¶ 3', 'Source: paragraph ¶ 2'],
    ['Source: paragraph ¶ 4', 'Source: paragraph ¶ 5'],
  ]);
  assert.match(await entries.last().getByTestId('attribution-link').textContent(), /attributed in/);
  const uses = page.locator('#para-p5 + .paragraph-uses [data-testid=paragraph-uses]');
  assert.match(await uses.textContent(), /In this brief: 1 statement$/);
  // The last paragraph's line sits under the paragraph's own highlight box: keyboard, as a
  // reader may.
  await uses.press('Enter');
  await page.waitForFunction(() => document.querySelector('#para-p5.highlighted'));
  const lit = await page.locator('.statement.from-selected').evaluateAll((els) => els.map((e) => e.dataset.statement));
  assert.deepEqual(lit, ['p4-q1']);
  // Following the attribution link selects that paragraph and moves focus there.
  await entries.first().getByTestId('attribution-link').getByTestId('source-link').click();
  await page.waitForFunction(() => document.activeElement?.id === 'para-p2');
  assert.deepEqual(page.errors, []);
});
