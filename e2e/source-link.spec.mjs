// A card fact's source link leads to its paragraph, highlights it, and survives as a link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrief } from './harness.mjs';

const brief = useBrief();

async function highlighted(page) {
  return page.locator('.source-paragraph.highlighted').evaluateAll((els) => els.map((e) => e.id));
}

test('following a source link highlights, shows and focuses its paragraph', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  await page.locator('.card a[href="#para-p7"]').first().click();
  await page.waitForFunction(() => document.activeElement?.id === 'para-p7');
  assert.deepEqual(await highlighted(page), ['para-p7']);
  assert.ok(page.url().endsWith('/widgets/brief/#para-p7'), page.url());
  await page.waitForFunction(() => {
    const r = document.getElementById('para-p7').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

  // Another link moves the highlight; the back button moves it back.
  await page.locator('.card a[href="#para-p3"]').first().click();
  await page.waitForFunction(() => document.activeElement?.id === 'para-p3');
  assert.deepEqual(await highlighted(page), ['para-p3']);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#para-p7.highlighted'));
  assert.deepEqual(await highlighted(page), ['para-p7']);
  assert.deepEqual(page.errors, [], 'no console errors');
  await page.close();
});

test('a shared link to a paragraph opens with it highlighted', async () => {
  const page = await brief.newPage();
  await brief.open(page, '#para-p3');
  await page.waitForFunction(() => document.querySelector('#para-p3.highlighted'));
  assert.deepEqual(await highlighted(page), ['para-p3']);
  assert.deepEqual(page.errors, [], 'no console errors');
  await page.close();
});

test('the keyboard alone reaches a source link, shows focus, and follows it', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  // Tab from the top until focus reaches the first source link (the header's credit, ¶ 2).
  let focused = null;
  for (let i = 0; i < 30 && !focused; i++) {
    await page.keyboard.press('Tab');
    focused = await page.evaluate(() =>
      document.activeElement?.matches('[data-testid=source-link]') ? document.activeElement.getAttribute('href') : null,
    );
  }
  assert.equal(focused, '#para-p2', 'Tab reaches a source link');
  const outline = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement);
    return `${s.outlineStyle} ${s.outlineColor}`;
  });
  assert.equal(outline, 'solid rgb(194, 65, 12)', 'the focus ring is the brief’s own, clearly visible');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'para-p2');
  assert.deepEqual(await highlighted(page), ['para-p2']);
  assert.deepEqual(page.errors, [], 'no console errors');
  await page.close();
});

test('going back to the plain page clears the highlight', async () => {
  const page = await brief.newPage();
  await brief.open(page);
  await page.locator('.card a[href="#para-p6"]').first().click();
  await page.waitForFunction(() => document.querySelector('#para-p6.highlighted'));
  await page.goBack();
  await page.waitForFunction(() => !document.querySelector('.source-paragraph.highlighted'));
  assert.ok(!page.url().includes('#'), page.url());
  assert.deepEqual(page.errors, [], 'no console errors');
  await page.close();
});

for (const [how, click] of [
  ['ctrl-click', { modifiers: ['Control'] }],
  ['middle-click', { button: 'middle' }],
]) {
  test(`a ${how} on a link inside the brief opens it in a new tab and leaves this page as it was`, async () => {
    const context = await brief.newContext();
    const page = await context.newPage();
    page.errors = [];
    page.on('pageerror', (e) => page.errors.push(String(e)));
    await brief.open(page);
    const link = page.locator('#statement-anfimov-working-methods [data-testid=source-link]');
    const [tab] = await Promise.all([context.waitForEvent('page'), link.click(click)]);
    await tab.waitForURL(/#quote-anfimov-working-methods$/);
    assert.equal(tab.url(), `${brief.url}#quote-anfimov-working-methods`);
    await tab.waitForFunction(() => document.activeElement?.id === 'para-p7');
    // This page: nothing selected, nothing focused, its address unchanged, once it has
    // painted after the click.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    assert.equal(page.url(), brief.url);
    assert.equal(await page.locator('.highlighted, mark.quote-mark').count(), 0);
    assert.notEqual(await page.evaluate(() => document.activeElement?.id), 'para-p7');
    assert.deepEqual(page.errors, []);
    await context.close();
  });
}
