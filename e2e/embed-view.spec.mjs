// One part of the brief: a plain iframe with ?view=timeline (sized by the plain postMessage
// form), and a link that opens on one statement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineWhole, useBrief } from './harness.mjs';

const brief = useBrief({ hosts: true });

test('a plain iframe with ?view=timeline shows only the timeline, sized by plain messages', async () => {
  const page = await brief.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${brief.host.url}timeline-iframe.html`);
  const frame = page.frameLocator('#brief');
  await timelineWhole(frame);
  assert.equal(await frame.getByTestId('statement').count(), 11);
  assert.equal(await frame.getByTestId('article').count(), 0);
  assert.equal(await frame.getByTestId('mission-card').count(), 0);
  assert.equal(await frame.locator('.brief-banner').count(), 0);
  // A source link leads to the whole brief at its paragraph, in a new tab.
  const link = frame.getByTestId('source-link').first();
  assert.equal(await link.getAttribute('target'), '_blank');
  assert.match(await link.getAttribute('href'), new RegExp(`^${brief.url}#para-p\\d+$`));
  // The host's listener applied the height the brief reported.
  const content = await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
  assert.ok(content > 1500, `the whole timeline is laid out (${content}px)`);
  await page.waitForFunction(
    (height) => Math.abs(document.getElementById('brief').getBoundingClientRect().height - height) <= 3,
    content,
  );
  assert.deepEqual(page.errors, []);
});

test('a plain iframe without parentOrigin answers the page that framed it (its referrer) when asked', async () => {
  const page = await brief.newPage({ viewport: { width: 375, height: 800 } });
  await page.goto(`${brief.host.url}referrer-iframe.html`);
  const frame = page.frameLocator('#brief');
  // The part whole and its height settled (the app is in charge from the loading notice on).
  await timelineWhole(frame);
  await page.waitForFunction(() => window.heights.length > 0);
  const before = await page.evaluate(() => window.heights.length);
  await page.evaluate(() => window.measure());
  await page.waitForFunction((n) => window.heights.length > n, before);
  const last = await page.evaluate(() => window.heights.at(-1));
  const content = await frame.locator('html').evaluate((html) => Math.ceil(html.getBoundingClientRect().height));
  assert.ok(Math.abs(last - content) <= 1, `reported ${last}px, content ${content}px`);
});

test('a part’s “according to” link opens the whole brief on that statement in a new tab', async () => {
  const page = await brief.newPage();
  await brief.open(page, '?view=missions');
  const link = page.locator('.statement-link').first();
  assert.equal(await link.getAttribute('target'), '_blank');
  const [tab] = await Promise.all([page.waitForEvent('popup'), link.click()]);
  await tab.waitForURL(/#statement-/);
  assert.equal(tab.url(), `${brief.url}#statement-anfimov-observer-count`);
  await tab.waitForFunction(() => document.activeElement?.id === 'statement-anfimov-observer-count');
});

test('?statement= and #statement- open the brief on that statement, highlighted', async () => {
  const page = await brief.newPage();
  await page.goto(`${brief.url}?view=timeline&statement=niyazaliyev-smooth-elections`);
  const chosen = page.locator('#statement-niyazaliyev-smooth-elections');
  await chosen.waitFor();
  await page.waitForFunction(() => document.querySelector('.statement.highlighted'));
  assert.equal(await page.locator('.statement.highlighted').count(), 1);
  assert.match(await chosen.getAttribute('class'), /highlighted/);

  await page.goto(`${brief.url}#statement-anfimov-principles`);
  // Focus and the highlight are applied one after the other once the app is in charge.
  await page.waitForFunction(
    () =>
      document.activeElement?.id === 'statement-anfimov-principles' &&
      document.activeElement.classList.contains('highlighted'),
  );
  assert.equal(await page.locator('.statement.highlighted').count(), 1);
});

test('?theme=dark shows the dark theme whatever the system says', async () => {
  const page = await brief.newPage({ colorScheme: 'light' });
  await page.goto(`${brief.url}?theme=dark`);
  await page.getByTestId('statement').last().waitFor();
  const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  assert.equal(background, 'rgb(20, 23, 27)');
});
