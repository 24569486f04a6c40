// Dark mode from the system and a remembered switch; the printed page; what a shared link and
// crawlers read in the head.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir } from 'node:fs/promises';
import { useBrief } from './harness.mjs';

const brief = useBrief();
const background = (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const DARK = 'rgb(20, 23, 27)';
const LIGHT = 'rgb(251, 250, 247)';

test('dark mode follows the system, and the switch is remembered across visits', async () => {
  const context = await brief.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await brief.open(page);
  const toggle = page.getByRole('button', { name: 'Dark mode' });
  // The system's setting is read once the app is in charge.
  await page.waitForFunction(() => document.querySelector('.theme-toggle').getAttribute('aria-pressed') === 'true');
  assert.equal(await background(page), DARK);
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-pressed'), 'false');
  assert.equal(await background(page), LIGHT);
  await page.reload();
  // Before the app runs too: the early script applies the remembered choice before the paint.
  assert.equal(await background(page), LIGHT, 'the choice survives a reload');
  await page.locator('#observer-brief-page[data-app]').waitFor({ state: 'attached' });
  assert.equal(await page.getByRole('button', { name: 'Dark mode' }).getAttribute('aria-pressed'), 'false');
  await context.close();
});

test('the printed page has the article, cards and timeline, no controls, links as text', async () => {
  const page = await brief.newPage({ viewport: { width: 800, height: 1100 } });
  await brief.open(page, '#quote-niyazaliyev-smooth-elections');
  const controls = ['.brief-banner', '.timeline-filters', '.copy-button', '.paragraph-uses'];
  const visible = (selector) => page.locator(selector).evaluateAll((all) => all.filter((el) => el.checkVisibility()).length);
  // Each of the controls is on the screen…
  for (const selector of controls) assert.ok((await visible(selector)) > 0, `${selector} is on the screen`);
  await page.emulateMedia({ media: 'print' });
  for (const testid of ['article', 'mission-card', 'timeline']) {
    assert.ok(await page.getByTestId(testid).first().isVisible(), `${testid} is printed`);
  }
  // …and none of them on paper.
  for (const selector of controls) assert.equal(await visible(selector), 0, `${selector} is not printed`);
  // Source links print as plain text in the colour of the words around them: "¶ 9".
  const link = await page.locator('[data-testid=statement] .source-link').first().evaluate((a) => {
    const s = getComputedStyle(a);
    return [a.textContent, s.textDecorationLine, s.backgroundColor, s.color === getComputedStyle(a.parentElement).color];
  });
  assert.deepEqual(link, ['Source: paragraph ¶ 1', 'none', 'rgba(0, 0, 0, 0)', true]);
  await mkdir('e2e/artifacts', { recursive: true });
  await page.screenshot({ path: 'e2e/artifacts/print.png', fullPage: true });
});

test('the head carries Open Graph tags and JSON-LD naming the right speakers', async () => {
  const page = await brief.newPage();
  await page.goto(brief.url);
  assert.equal(
    await page.locator('meta[property="og:title"]').getAttribute('content'),
    'Heads of CIS and SCO observer missions held a working meeting in Baku',
  );
  const data = JSON.parse(await page.locator('script[type="application/ld+json"]').textContent());
  const graph = data['@graph'];
  assert.equal(graph[0]['@type'], 'NewsArticle');
  const quotes = graph.filter((item) => item['@type'] === 'Quotation');
  assert.equal(quotes.length, 4);
  const speakerOf = (words) => quotes.find((q) => q.text.includes(words)).creator?.name;
  assert.equal(speakerOf('going very smoothly'), 'Nuran Niyazaliyev');
  assert.equal(speakerOf('Traditionally, we build'), 'Leonid Anfimov');
  assert.equal(speakerOf('The parties stressed'), undefined, 'no person is invented for the report');
  // The quotes shown on the page are the quotes in the metadata, word for word.
  await page.locator('#observer-brief-page[data-app]').waitFor({ state: 'attached' });
  const shown = await page.locator('[data-testid=statement] blockquote q').allTextContents();
  assert.deepEqual(shown.sort(), quotes.map((q) => q.text).sort());
});
