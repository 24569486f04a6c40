// axe-core finds no violations, on phone and desktop widths, in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { useBrief, DATA } from './harness.mjs';

const brief = useBrief();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations on the page as it is, one line each. */
async function violations(page) {
  await page.addScriptTag({ path: axePath });
  const { violations } = await page.evaluate(() => window.axe.run(document));
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no violations at ${width} px in ${colorScheme}`, async () => {
      const page = await brief.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(brief.url + '#para-p5');
      await page.waitForFunction(() => document.querySelector('#para-p5.highlighted'));
      assert.deepEqual(await violations(page), []);
      await page.close();
    });
  }
}

test('axe-core finds no violations in the error view', async () => {
  const page = await brief.newPage();
  await page.route(DATA, (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(brief.url);
  await page.getByRole('button', { name: 'Retry' }).waitFor();
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('reduced motion turns smooth scrolling and transitions off', async () => {
  const page = await brief.newPage({ reducedMotion: 'reduce' });
  await page.goto(brief.url);
  await page.getByTestId('statement').last().waitFor();
  const styles = await page.evaluate(() => ({
    scroll: getComputedStyle(document.documentElement).scrollBehavior,
    transition: getComputedStyle(document.querySelector('.source-paragraph')).transitionDuration,
  }));
  assert.equal(styles.scroll, 'auto');
  assert.ok(parseFloat(styles.transition) < 0.01, styles.transition);
  await page.close();
});
