// The three views show the real data of the release build, served from a sub-path.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrief } from './harness.mjs';

const brief = useBrief();

test('the article, both mission cards and the timeline show the real data', async () => {
  const page = await brief.newPage();
  await brief.open(page);

  assert.equal(
    await page.getByRole('heading', { level: 1 }).textContent(),
    'Heads of CIS and SCO observer missions held a working meeting in Baku',
  );
  assert.equal(await page.getByTestId('source-paragraph').count(), 10);
  assert.match(await page.locator('#para-p6').textContent(), /133 observers, 10 of whom/);

  const cards = page.getByTestId('mission-card');
  assert.equal(await cards.count(), 2);
  assert.match(await cards.nth(0).textContent(), /Leonid Anfimov/);
  assert.match(await cards.nth(0).getByTestId('observers').textContent(), /133 in all, 10 long-term/);
  assert.equal(await cards.nth(1).getByTestId('observers').textContent(), 'not reported');

  assert.equal(await page.getByTestId('statement').count(), 11);
  const quote = page.locator('#statement-niyazaliyev-smooth-elections blockquote');
  // The quotation's marks are written around its words, in its own language.
  assert.match(await quote.textContent(), /^“The elections are going very smoothly, the situation in the country is encouraging\./);
  assert.match(await quote.textContent(), /plays an important role in this”$/);
  assert.match(await page.locator('#statement-niyazaliyev-smooth-elections').textContent(), /Nuran Niyazaliyev/);

  assert.deepEqual(page.errors, [], 'no console errors on the happy path');
  await page.close();
});

test('the page has a title, a description and an icon written into it', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  assert.match(await page.title(), /CIS and SCO observer missions/);
  assert.ok((await page.locator('meta[name=description]').getAttribute('content')).length > 50);
  const icon = await page.locator('link[rel=icon]').getAttribute('href');
  assert.match(icon, /^data:image\/svg\+xml,%3Csvg /);
  // The browser draws it, and asks for no icon file.
  const drawn = await page.evaluate(
    (src) => new Promise((done) => Object.assign(new Image(), { onload: () => done(true), onerror: () => done(false), src })),
    icon,
  );
  assert.equal(drawn, true);
  assert.deepEqual(brief.requests.filter((path) => /icon/.test(path)), []);
  await page.close();
});

test('the page fits a 320 px phone without sideways scrolling', async () => {
  const page = await brief.newPage({ viewport: { width: 320, height: 700 } });
  await brief.open(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
  await page.close();
});
