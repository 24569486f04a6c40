// A draft made by new-brief, previewed with ?src=: it says it is a draft, and every value the
// tool guessed is marked unconfirmed, exactly those and no others; a finished brief has no marks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrief } from './harness.mjs';

const brief = useBrief();

const marks = (page) =>
  page.locator('[data-unconfirmed]').evaluateAll((all) => all.map((m) => m.dataset.unconfirmed));

test('a draft is previewed with its guesses marked unconfirmed, and says it is a draft', async () => {
  const draft = await readFile('e2e/fixtures/draft.json', 'utf8');
  brief.server.pages.set('/widgets/brief/data/draft.json', { type: 'application/json', body: draft });
  const page = await brief.newPage();
  await brief.open(page, '?src=data/draft.json');
  await page.getByTestId('draft-notice').waitFor();
  assert.equal(
    (await page.locator('#headline').textContent()).trim(),
    'Election commission opens its press centre unconfirmed draft value',
  );
  assert.match(
    await page.getByTestId('draft-notice').textContent(),
    /Draft: not checked by an editor.*7 values here are guesses.*lines of the text file left out of the article: 1\./s,
  );
  // In page order: the article's headline and paragraphs, then each statement's speaker (and
  // the proposed person with it).
  assert.deepEqual(await marks(page), [
    'article.headline',
    'article.paragraphs',
    'statements[0].speaker',
    'people[0]',
    'statements[1].speaker',
    'people[0]',
    'statements[2].speaker',
    'statements[3].speaker',
  ]);
  assert.deepEqual(
    await page.getByTestId('statement').first().locator('.unconfirmed').allTextContents(),
    [' unconfirmed draft value: who said it ', ' unconfirmed draft value: name and title '],
  );
  const speakers = await page
    .getByTestId('statement')
    .locator('.speaker-name')
    .allTextContents();
  assert.deepEqual(speakers, ['Giorgi Kalandadze', 'Giorgi Kalandadze', 'Speaker not reported', 'Speaker not reported']);
  assert.match(await page.locator('.article-meta').first().textContent(), /Date line: not reported/);
  assert.match(await page.locator('#missions').textContent(), /records no mission and no meeting yet/);
  assert.deepEqual(page.errors, []);
});

test('a finished brief shows no draft notice and no unconfirmed mark', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  await page.getByTestId('statement').last().waitFor();
  assert.equal(await page.getByTestId('draft-notice').count(), 0);
  assert.deepEqual(await marks(page), []);
});
