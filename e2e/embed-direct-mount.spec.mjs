// A news page with hostile global CSS mounts two parts of the brief directly (no iframe): the
// briefs render as designed, and the host's own content looks exactly as it did without them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { timelineWhole, useBrief } from './harness.mjs';

const brief = useBrief({ hosts: true });

/** Computed styles of the host's own elements. */
function hostStyles(page) {
  return page.evaluate(() =>
    ['host-heading', 'host-text', 'host-between'].map((id) => {
      const s = getComputedStyle(document.getElementById(id));
      return [id, s.display, s.fontSize, s.fontFamily, s.color, s.textTransform, s.margin];
    }),
  );
}

test('mounted briefs render as designed inside a page with aggressive CSS', async () => {
  const page = await brief.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${brief.host.url}direct-mount.html`);
  const mounts = page.locator('[data-observer-brief]');
  // Playwright's locators pierce open shadow roots.
  await timelineWhole(mounts.nth(0));
  await mounts.nth(1).getByTestId('source-paragraph').last().waitFor();

  // Each mount shows only its part.
  assert.equal(await mounts.nth(0).getByTestId('statement').count(), 11);
  assert.equal(await mounts.nth(0).getByTestId('article').count(), 0);
  assert.equal(await mounts.nth(1).getByTestId('source-paragraph').count(), 10);
  assert.equal(await mounts.nth(1).getByTestId('statement').count(), 0);

  const look = await mounts.evaluateAll((els) =>
    els.map((host) => {
      const root = host.shadowRoot.querySelector('.observer-brief');
      const s = getComputedStyle(root);
      const statement = host.shadowRoot.querySelector('.statement, .source-paragraph');
      const box = statement.getBoundingClientRect();
      return {
        host: getComputedStyle(host).display,
        fontSize: s.fontSize,
        fontFamily: s.fontFamily,
        transform: s.textTransform,
        spacing: s.letterSpacing,
        background: s.backgroundColor,
        theme: root.dataset.theme,
        entry: getComputedStyle(statement).display,
        width: box.width,
        hostWidth: host.getBoundingClientRect().width,
      };
    }),
  );
  for (const mount of look) {
    assert.equal(mount.host, 'block', 'the mount element is a block, whatever the host says');
    assert.equal(mount.fontSize, '16px', 'the reader’s default size, not the host’s 28px or 40px root');
    assert.doesNotMatch(mount.fontFamily, /Comic/);
    assert.equal(mount.transform, 'none');
    assert.equal(mount.spacing, 'normal');
    assert.notEqual(mount.entry, 'none', 'the host’s .statement rule does not reach inside');
    assert.ok(mount.width > mount.hostWidth * 0.5, `entries use the width given (${mount.width}px)`);
  }
  assert.equal(look[0].theme, 'auto');
  // data-statement opens the mount on that statement, highlighted.
  assert.deepEqual(
    await mounts.nth(0).locator('.statement.highlighted').evaluateAll((els) => els.map((e) => e.dataset.statement)),
    ['niyazaliyev-smooth-elections'],
  );
  assert.equal(look[1].theme, 'dark');
  assert.equal(look[1].background, 'rgb(20, 23, 27)', 'data-theme="dark" gives the dark background');
  assert.deepEqual(page.errors, []);
});

test('the host page’s own content is unchanged by the mounted briefs', async () => {
  const page = await brief.newPage({ viewport: { width: 1280, height: 900 } });
  // Without the brief's script: how the host looks on its own.
  await page.route('**/embed.js', (route) => route.abort());
  await page.goto(`${brief.host.url}direct-mount.html`);
  const alone = await hostStyles(page);
  // Where the script cannot run, the host's own text stays in the mount elements.
  assert.deepEqual(await page.locator('[data-observer-brief]').allTextContents(), [
    'Loading the observer brief…',
    'Loading the observer brief…',
  ]);
  await page.unroute('**/embed.js');

  await page.goto(`${brief.host.url}direct-mount.html`);
  await page.locator('[data-observer-brief]').nth(0).getByTestId('statement').last().waitFor();
  assert.deepEqual(await hostStyles(page), alone);
  assert.equal(await page.locator('#host-between').isVisible(), false, 'the host still hides its own .statement');
});

test('links inside a mounted brief work inside it and leave the host’s address alone', async () => {
  const page = await brief.newPage({ viewport: { width: 1280, height: 900 } });
  const address = `${brief.host.url}direct-mount.html`;
  await page.goto(address);
  const article = page.locator('[data-observer-brief]').nth(1);
  await article.getByTestId('source-paragraph').last().waitFor();
  await article.getByTestId('source-link').first().click();
  const highlighted = article.locator('.source-paragraph.highlighted');
  assert.equal(await highlighted.count(), 1);
  assert.equal(page.url(), address, 'no hash added to the host’s address');
  assert.equal(await highlighted.evaluate((p) => p.getRootNode().activeElement === p), true, 'focus moved to it');
});

test('a brief whose element leaves the host page is unmounted, its listener released, and mounted again when the element comes back', async () => {
  const page = await brief.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript({ path: 'tests/theme-listeners.js' });
  await page.goto(`${brief.host.url}direct-mount.html`);
  const timeline = page.locator('[data-observer-brief]').first();
  await timeline.getByTestId('statement').last().waitFor();
  await page.locator('[data-observer-brief]').nth(1).getByTestId('source-paragraph').last().waitFor();
  // Each brief listens for the system's theme (a reader may switch either back to it).
  assert.equal(await page.evaluate(() => window.themeListeners), 2);

  // A single-page host replaces its content: the timeline's element leaves the page.
  await page.evaluate(() => {
    window.removedMount = document.querySelector('[data-observer-brief]');
    window.removedMount.remove();
  });
  await page.waitForFunction(() => window.themeListeners === 1);
  assert.equal(await page.evaluate(() => window.removedMount.shadowRoot.childNodes.length), 0, 'its nodes are gone');
  assert.equal(await page.locator('[data-observer-brief]').getByTestId('source-paragraph').count(), 10, 'the other brief stays');

  // The element comes back: it gets its brief again, listening again.
  await page.evaluate(() => document.body.insertBefore(window.removedMount, document.getElementById('host-between')));
  await timelineWhole(timeline);
  assert.equal(await timeline.getByTestId('statement').count(), 11);
  assert.equal(await page.evaluate(() => window.themeListeners), 2);
  assert.deepEqual(page.errors, []);
});
