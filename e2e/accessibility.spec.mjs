// axe-core finds no violations in any view or state, on phone and desktop widths, in light and
// dark; and reduced motion.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFile } from 'node:fs/promises';
import { useBrief, DATA } from './harness.mjs';

const brief = useBrief({ hosts: true });
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const draft = await readFile('e2e/fixtures/draft.json', 'utf8');

/** axe-core's violations on the page as it is, one line each. */
async function violations(page, selector) {
  // Colours are read once they have stopped changing (a highlight fades in).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter((a) => a.effect?.getComputedTiming().endTime !== Infinity)
        .map((a) => a.finished.catch(() => {})),
    ),
  );
  await page.addScriptTag({ path: axePath });
  const { violations } = await page.evaluate(
    // Only violations are reported back: axe then spends less time on what passes.
    (selector) => window.axe.run(selector ? [...document.querySelectorAll(selector)] : document, { resultTypes: ['violations'] }),
    selector,
  );
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * Every state a reader can meet, each checked where it is: the whole brief (a paragraph
 * selected, the Embed control open, search results, the empty state), each view embedded (the
 * same parts as on their own, without the banner the whole brief has), briefs mounted into a
 * host page, a draft previewed, and the error after Retry.
 * Walked on one page per scheme and width; returns axe's violations by state, none left empty.
 */
async function walk(page) {
  const found = {};
  const check = async (state, selector) => {
    const list = await violations(page, selector);
    if (list.length) found[state] = list;
  };

  await brief.open(page, '#para-p5');
  await page.waitForFunction(() => document.querySelector('#para-p5.highlighted'));
  await check('whole brief, a paragraph selected');
  const toggle = page.getByRole('button', { name: 'Embed' });
  await toggle.click();
  await page.getByTestId('embed-panel').locator('code').first().waitFor();
  await check('the open Embed control');
  await toggle.click();
  const search = page.getByLabel('Search the article and statements');
  await search.fill('smooth');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 1 && document.querySelector('mark'));
  await check('search results');
  await search.fill('no such words anywhere');
  await page.getByTestId('empty-state').waitFor();
  await check('the empty state');

  for (const [view, last] of [
    ['all', 'statement'],
    ['article', 'source-paragraph'],
    ['missions', 'mission-card'],
    ['timeline', 'statement'],
  ]) {
    await brief.open(page, `?embed=1&view=${view}&statement=anfimov-principles`);
    await page.getByTestId(last).last().waitFor();
    await check(`the embedded ${view} view`);
  }

  // Two briefs mounted into a news page: the timeline in the host's scheme, the article dark.
  await page.goto(`${brief.host.url}direct-mount.html`);
  const mounts = page.locator('[data-observer-brief]');
  await mounts.nth(0).getByTestId('statement').last().waitFor();
  await mounts.nth(1).getByTestId('source-paragraph').last().waitFor();
  await check('briefs mounted into a host page', '[data-observer-brief]');

  await brief.open(page, '?src=data/draft.json');
  await page.getByTestId('draft-notice').waitFor();
  await page.getByTestId('statement').last().waitFor();
  await check('a draft previewed');

  // The data cannot be had, and Retry does not help.
  await page.route(DATA, (route) => route.fulfill({ status: 503, body: '' }));
  await page.goto(brief.url);
  const retry = page.getByRole('button', { name: 'Retry' });
  await retry.waitFor();
  const again = page.waitForResponse((r) => new URL(r.url()).pathname.endsWith('/data/brief.json'));
  await retry.click();
  await again;
  await page.getByTestId('load-error').waitFor();
  await check('the error after Retry');
  await page.unroute(DATA);
  return found;
}

for (const width of [375, 1280]) {
  for (const colorScheme of ['light', 'dark']) {
    test(`axe-core finds no violations in any view or state at ${width} px in ${colorScheme}`, { timeout: 120_000 }, async () => {
      brief.server.pages.set('/widgets/brief/data/draft.json', { type: 'application/json', body: draft });
      const page = await brief.newPage({ viewport: { width, height: 900 }, colorScheme });
      assert.deepEqual(await walk(page), {});
      await page.close();
    });
  }
}

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
