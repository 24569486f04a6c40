// axe-core finds no violations, on phone and desktop widths, in light and dark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { useBrief, DATA } from './harness.mjs';

const brief = useBrief({ hosts: true });
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core's violations on the page as it is, one line each. */
async function violations(page, selector) {
  await page.addScriptTag({ path: axePath });
  const { violations } = await page.evaluate(
    (selector) => window.axe.run(selector ? [...document.querySelectorAll(selector)] : document),
    selector,
  );
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no violations at ${width} px in ${colorScheme}`, async () => {
      const page = await brief.newPage({ viewport: { width, height: 900 }, colorScheme });
      await brief.open(page, '#para-p5');
      await page.waitForFunction(() => document.querySelector('#para-p5.highlighted'));
      assert.deepEqual(await violations(page), []);
      await page.close();
    });
  }
}

for (const colorScheme of ['light', 'dark']) {
  test(`axe-core finds no violations in the open Embed control in ${colorScheme}`, async () => {
    const page = await brief.newPage({ viewport: { width: 375, height: 900 }, colorScheme });
    await brief.open(page);
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByTestId('embed-panel').waitFor();
    assert.deepEqual(await violations(page), []);
    await page.close();
  });
}

for (const view of ['article', 'missions', 'timeline']) {
  test(`axe-core finds no violations in the embedded ${view} view, dark`, async () => {
    const page = await brief.newPage({ viewport: { width: 375, height: 900 } });
    await brief.open(page, `?embed=1&theme=dark&view=${view}&statement=anfimov-principles`);
    await page.locator('.brief-layout').waitFor();
    assert.deepEqual(await violations(page), []);
    await page.close();
  });
}

test('axe-core finds no violations in briefs mounted into a host page', async () => {
  const page = await brief.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${brief.host.url}direct-mount.html`);
  await page.locator('[data-observer-brief]').nth(1).getByTestId('source-paragraph').last().waitFor();
  assert.deepEqual(await violations(page, '[data-observer-brief]'), []);
  await page.close();
});

test('axe-core finds no violations in the error view', async () => {
  const page = await brief.newPage();
  await page.route(DATA, (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(brief.url);
  await page.getByRole('button', { name: 'Retry' }).waitFor();
  assert.deepEqual(await violations(page), []);
  await page.close();
});

/** How the page scrolls and how long a paragraph's highlight takes to fade in. */
const motion = (page) =>
  page.evaluate(() => ({
    scroll: getComputedStyle(document.documentElement).scrollBehavior,
    transition: getComputedStyle(document.querySelector('.source-paragraph')).transitionDuration,
  }));

test('reduced motion turns smooth scrolling and transitions off, and only then', async () => {
  // The control case: a reader who has not asked for less motion gets it.
  const moving = await brief.newPage({ reducedMotion: 'no-preference' });
  await brief.open(moving);
  assert.deepEqual(await motion(moving), { scroll: 'smooth', transition: '0.4s' });
  await moving.close();

  const page = await brief.newPage({ reducedMotion: 'reduce' });
  await brief.open(page);
  const styles = await motion(page);
  assert.equal(styles.scroll, 'auto');
  assert.ok(parseFloat(styles.transition) < 0.01, styles.transition);
  await page.close();
});
