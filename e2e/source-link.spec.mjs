// A statement's source link leads to its paragraph, highlights it, and survives as a link.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrief } from './harness.mjs';

const brief = useBrief();

async function highlighted(page) {
  return page.locator('.source-paragraph.highlighted').evaluateAll((els) => els.map((e) => e.id));
}

test('following a source link highlights, shows and focuses its paragraph', async () => {
  const page = await brief.newPage();
  await page.goto(brief.url);
  const entry = page.locator('#statement-anfimov-working-methods');
  await entry.getByTestId('source-link').click();
  await page.waitForFunction(() => document.activeElement?.id === 'para-p7');
  assert.deepEqual(await highlighted(page), ['para-p7']);
  assert.ok(page.url().endsWith('/widgets/brief/#para-p7'), page.url());
  await page.waitForFunction(() => {
    const r = document.getElementById('para-p7').getBoundingClientRect();
    return r.top >= 0 && r.bottom <= window.innerHeight;
  });

  // Another link moves the highlight; the back button moves it back.
  await page.locator('#statement-niyazaliyev-smooth-elections').getByTestId('source-link').click();
  await page.waitForFunction(() => document.activeElement?.id === 'para-p9');
  assert.deepEqual(await highlighted(page), ['para-p9']);
  await page.goBack();
  await page.waitForFunction(() => document.querySelector('#para-p7.highlighted'));
  assert.deepEqual(await highlighted(page), ['para-p7']);
  await page.close();
});

test('a shared link to a paragraph opens with it highlighted', async () => {
  const page = await brief.newPage();
  await page.goto(brief.url + '#para-p3');
  await page.waitForFunction(() => document.querySelector('#para-p3.highlighted'));
  assert.deepEqual(await highlighted(page), ['para-p3']);
  await page.close();
});

test('the keyboard alone reaches a source link and follows it', async () => {
  const page = await brief.newPage();
  await page.goto(brief.url);
  await page.getByTestId('statement').last().waitFor();
  const link = page.locator('#statement-anfimov-observer-count [data-testid=source-link]');
  await link.focus();
  const outline = await link.evaluate((el) => getComputedStyle(el).outlineStyle);
  assert.notEqual(outline, 'none', 'focus is visible');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement?.id === 'para-p6');
  assert.deepEqual(await highlighted(page), ['para-p6']);
  await page.close();
});
