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
  const briefFrame = page.frames().find((f) => f.url().startsWith(brief.url));
  // Inside the brief, after its own listener (added when it started): every width request it
  // receives is echoed to the host as a marker. The brief answers a request in its own
  // listener, synchronously, so its answer (if any) reaches the host just before the marker
  // of that request: the host's log says, request by request, whether it was answered.
  await briefFrame.evaluate(() =>
    addEventListener('message', (e) => {
      if (typeof e.data === 'string' && e.data.includes('xPYMxwidthxPYMx')) parent.postMessage({ marker: e.data }, '*');
    }),
  );
  await page.evaluate(() => {
    window.log = [];
    const brief = document.querySelector('#brief iframe').contentWindow;
    addEventListener('message', (e) => {
      if (e.source !== brief) return;
      if (typeof e.data === 'string' && e.data.includes('xPYMxheightxPYMx')) window.log.push('height');
      else if (e.data?.marker) window.log.push(e.data.marker.split('xPYMx').pop());
    });
  });
  const index = await page.evaluate(() => {
    const brief = document.querySelector('#brief iframe').contentWindow;
    return [...Array(frames.length).keys()].find((i) => frames[i] === brief);
  });
  /** `sender` asks the brief for its height, with a width that names the sender. */
  const ask = (sender, width) =>
    sender.evaluate(([w, i]) => parent.frames[i].postMessage(`pymxPYMxbriefxPYMxwidthxPYMx${w}`, '*'), [width, index]);
  const askFromHost = (width) =>
    page.evaluate(([w, i]) => frames[i].postMessage(`pymxPYMxbriefxPYMxwidthxPYMx${w}`, '*'), [width, index]);

  // Each request is sent once the brief has handled the one before it (its marker is in).
  const handled = (width) => page.waitForFunction((w) => window.log.includes(String(w)), width);
  await askFromHost(1001);
  await handled(1001);
  // A frame of a third origin, and a frame of the host's own origin that is not the parent.
  await ask(page.frames().find((f) => f.url().startsWith(brief.other.url)), 1002);
  await handled(1002);
  await ask(page.frames().find((f) => f.url() === `${brief.host.url}blank.html`), 1003);
  await handled(1003);
  await askFromHost(1004);
  await handled(1004);
  assert.deepEqual(
    await page.evaluate(() => window.log),
    ['height', '1001', '1002', '1003', 'height', '1004'],
    'the host’s requests are answered; the third origin’s (1002) and the sibling frame’s (1003) are not',
  );
  assert.deepEqual(page.errors, []);
});
