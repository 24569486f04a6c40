// A news page on another origin embeds the brief with pym.js: the iframe is exactly as tall as
// the brief, with no inner scrollbar, at phone and desktop widths and after the content changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrief } from './harness.mjs';

const brief = useBrief({ hosts: true });

/** The iframe's height and the brief's own content height, once both have settled. */
async function settledHeights(page) {
  const iframe = page.locator('#brief iframe');
  const frame = page.frameLocator('#brief iframe');
  await frame.getByTestId('statement').last().waitFor();
  let last;
  for (let i = 0; i < 50; i++) {
    const outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
    const inner = await frame.locator('html').evaluate((html) => ({
      content: html.getBoundingClientRect().height,
      overflow: html.scrollHeight - window.innerHeight,
    }));
    const now = { outer, ...inner };
    if (last && JSON.stringify(now) === JSON.stringify(last) && Math.abs(outer - inner.content) <= 3) return now;
    last = now;
    await page.waitForTimeout(100);
  }
  return last;
}

for (const width of [375, 1280]) {
  test(`at ${width} px the pym.js iframe is as tall as the brief, with no inner scrollbar`, async () => {
    const page = await brief.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${brief.host.url}pym.html`);
    const { outer, content, overflow } = await settledHeights(page);
    assert.ok(Math.abs(outer - content) <= 3, `iframe ${outer}px, content ${content}px`);
    assert.ok(overflow <= 1, `the frame scrolls by ${overflow}px`);
    assert.ok(content > 2000, `the whole brief is shown (${content}px)`);
    // The page around it flows after the full height.
    const after = await page.locator('#after').boundingBox();
    const frameBox = await page.locator('#brief iframe').boundingBox();
    assert.ok(after.y >= frameBox.y + frameBox.height);
    // The embed has no page chrome of its own.
    assert.equal(await page.frameLocator('#brief iframe').locator('.brief-banner').count(), 0);
    assert.deepEqual(page.errors, []);
  });
}

test('the iframe follows the brief when its content or the window changes height', async () => {
  const page = await brief.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${brief.host.url}pym.html`);
  const before = await settledHeights(page);

  // More content inside the brief (as when a reader expands something).
  await page.frameLocator('#brief iframe').locator('.observer-brief').evaluate((el) => {
    const extra = document.createElement('div');
    extra.style.height = '500px';
    el.append(extra);
  });
  const grown = await settledHeights(page);
  assert.ok(Math.abs(grown.outer - (before.outer + 500)) <= 3, `${before.outer} → ${grown.outer}`);

  // A narrower window: pym.js sends the new width, the brief answers with its new height.
  await page.setViewportSize({ width: 420, height: 800 });
  const narrow = await settledHeights(page);
  assert.ok(narrow.outer > grown.outer + 500, `narrower means taller: ${grown.outer} → ${narrow.outer}`);
  assert.ok(Math.abs(narrow.outer - narrow.content) <= 3);
  assert.ok(narrow.overflow <= 1);
});

test('only the parent window on the parent’s origin is answered: not another origin, not another frame', async () => {
  const page = await brief.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${brief.host.url}pym.html`);
  await settledHeights(page);
  const width = 'pymxPYMxbriefxPYMxwidthxPYMx1000';
  const count = () => page.evaluate(() => window.heightMessages);
  const index = await page.evaluate(() => {
    const brief = document.querySelector('#brief iframe').contentWindow;
    return [...Array(frames.length).keys()].find((i) => frames[i] === brief);
  });
  const ask = (frame) => frame.evaluate(([message, i]) => parent.frames[i].postMessage(message, '*'), [width, index]);

  // The host asks: the brief answers.
  let start = await count();
  await page.evaluate(([message, i]) => frames[i].postMessage(message, '*'), [width, index]);
  await page.waitForFunction((n) => window.heightMessages > n, start);

  // A third origin's frame and a frame of the host's own origin (not the parent) ask, then the
  // host again. Answers come in order, so when the host's has come, any to the others would have.
  start = await count();
  await ask(page.frames().find((f) => f.url().startsWith(brief.other.url)));
  await ask(page.frames().find((f) => f.url() === `${brief.host.url}blank.html`));
  await page.evaluate(([message, i]) => frames[i].postMessage(message, '*'), [width, index]);
  await page.waitForFunction((n) => window.heightMessages > n, start);
  assert.equal(await count(), start + 1, 'only the host’s request was answered');
});
