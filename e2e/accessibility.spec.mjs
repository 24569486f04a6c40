// axe-core finds no violations, on phone and desktop widths, in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { useBrief } from './harness.mjs';

const brief = useBrief();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no violations at ${width} px in ${colorScheme}`, async () => {
      const page = await brief.newPage({ viewport: { width, height: 900 }, colorScheme });
      await page.goto(brief.url + '#para-p5');
      await page.waitForFunction(() => document.querySelector('#para-p5.highlighted'));
      await page.addScriptTag({ path: axePath });
      const { violations } = await page.evaluate(() => window.axe.run(document));
      const summary = violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      assert.deepEqual(summary, []);
      await page.close();
    });
  }
}

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
