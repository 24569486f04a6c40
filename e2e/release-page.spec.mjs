// The release page arrives with the whole brief rendered in it at build time; the WebAssembly
// starts loading by itself and takes the page over in place (the same DOM nodes), keeping what
// the reader typed or chose meanwhile; a data file edited after the build is never shown as
// current, whether the WebAssembly answers at once, late or not at all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrief, inCharge, DATA } from './harness.mjs';

const brief = useBrief({ hosts: true });
const bundled = await readFile('data/brief.json', 'utf8');
const HEADLINE = 'Heads of CIS and SCO observer missions held a working meeting in Baku';
const statementIds = (page) =>
  page.getByTestId('statement').evaluateAll((els) => els.map((e) => e.dataset.statement));

/** Holds back the WebAssembly until `release()` is called, or fails it with `fail`. */
async function holdApp(page, { fail = false } = {}) {
  let release;
  const released = new Promise((done) => (release = done));
  await page.route('**/*_bg.wasm', async (route) => {
    if (fail) return route.fulfill({ status: 404, body: 'gone' });
    await released;
    await route.continue();
  });
  return release;
}

test('the whole brief is in the page before any WebAssembly has run, and without JavaScript', { timeout: 60_000 }, async () => {
  const page = await brief.newPage();
  await holdApp(page);
  await page.goto(brief.url);
  assert.equal(await page.getByTestId('statement').count(), 11);
  assert.equal(await page.getByTestId('mission-card').count(), 2);
  assert.equal(await page.getByTestId('source-paragraph').count(), 10);
  assert.equal(await page.locator('#headline').textContent(), HEADLINE);
  assert.ok(await page.getByTestId('statement').last().isVisible());
  assert.equal(await page.locator('#observer-brief-page').getAttribute('data-app'), null, 'the app has not run');
  await page.close();

  const context = await brief.newContext({ javaScriptEnabled: false });
  const plain = await context.newPage();
  await plain.goto(brief.url);
  assert.equal(await plain.getByTestId('statement').count(), 11);
  assert.ok(await plain.getByTestId('statement').last().isVisible());
  assert.equal(await plain.locator('#boot-loading').isVisible(), false);
  assert.equal(await plain.locator('#brief-stale').isVisible(), false);
  await context.close();
});

test('the WebAssembly is fetched without any interaction, and takes over the same DOM nodes', { timeout: 60_000 }, async () => {
  const page = await brief.newPage();
  const release = await holdApp(page);
  const wasm = page.waitForRequest('**/*_bg.wasm');
  await page.goto(brief.url);
  await wasm; // nobody has clicked, typed or scrolled
  const before = await page.evaluateHandle(() => ({
    headline: document.querySelector('#headline'),
    search: document.querySelector('#filter-search'),
    entry: document.querySelector('[data-statement=anfimov-working-methods]'),
  }));
  release();
  await inCharge(page);
  assert.equal(await page.locator('#observer-brief-page').getAttribute('data-app'), 'hydrated');
  const same = await page.evaluate(
    (b) => [
      b.headline === document.querySelector('#headline'),
      b.search === document.querySelector('#filter-search'),
      b.entry === document.querySelector('[data-statement=anfimov-working-methods]'),
    ],
    before,
  );
  assert.deepEqual(same, [true, true, true], 'headline, search box and an entry are the nodes the page came with');
  // The nodes it kept answer: the search filters.
  await page.getByLabel('Search the article and statements').fill('smoothly');
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 1);
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** When the page asked for the WebAssembly (every request, ms since the navigation began) and
 * when it was first painted with content. */
const askedAndPainted = (page) =>
  page.evaluate(() => ({
    asked: performance.getEntriesByType('resource').filter((e) => e.name.endsWith('_bg.wasm')).map((e) => e.startTime),
    painted: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
  }));

test('the WebAssembly is asked for once, after the first paint; for a brief rendered afresh, before it', { timeout: 60_000 }, async () => {
  // Lighthouse's simulation of a phone counts a request that ended before the page's largest
  // paint towards that paint: the pre-rendered brief is painted first. A page rendered afresh
  // shows only the loading notice until the app runs, so it asks at once.
  const page = await brief.newPage();
  await brief.open(page);
  const own = await askedAndPainted(page);
  assert.equal(own.asked.length, 1, 'one request, which the loader’s fetch shares');
  assert.ok(own.asked[0] > own.painted, `asked for at ${own.asked[0]} ms, first painted at ${own.painted} ms`);

  await brief.open(page, '?view=all');
  assert.equal(await page.locator('#observer-brief-page').getAttribute('data-app'), 'mounted');
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length);
  const fresh = await askedAndPainted(page);
  assert.equal(fresh.asked.length, 1);
  assert.ok(fresh.asked[0] < fresh.painted, `asked for at ${fresh.asked[0]} ms, first painted at ${fresh.painted} ms`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a brief rendered afresh asks for its data file before it builds anything on the page', { timeout: 60_000 }, async () => {
  // The request need not wait for the app's frame and loading notice to be built and put on
  // the page: on a phone's slower CPU that is tens of milliseconds more before the file can
  // start to arrive.
  const page = await brief.newPage();
  await page.addInitScript(() => {
    const fetch = window.fetch;
    window.fetch = function (request, ...rest) {
      if (String(request?.url ?? request).endsWith('/data/brief.json')) {
        const root = document.querySelector('#observer-brief-page');
        (window.__builtWhenAsked ??= []).push(root.childElementCount);
      }
      return fetch.call(this, request, ...rest);
    };
  });
  await brief.open(page, '?src=data/brief.json');
  await page.getByTestId('statement').last().waitFor();
  assert.deepEqual(await page.evaluate(() => window.__builtWhenAsked), [0]);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('words typed before the app is ready are kept, with focus, and filter the list', { timeout: 60_000 }, async () => {
  const page = await brief.newPage();
  const release = await holdApp(page);
  await page.goto(brief.url);
  const search = page.getByLabel('Search the article and statements');
  await search.click();
  await page.keyboard.type('smooth');
  assert.equal(await page.locator('#observer-brief-page').getAttribute('data-app'), null, 'typed before the app took over');
  release();
  await inCharge(page);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 1);
  assert.equal(await search.inputValue(), 'smooth');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'filter-search');
  assert.deepEqual(await statementIds(page), ['niyazaliyev-smooth-elections']);
  // The typed search is written to the address once typing pauses.
  await page.waitForFunction(() => location.hash === '#q=smooth');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('the app takes the page over in turns, and what the reader does meanwhile waits until every part is in place', { timeout: 60_000 }, async () => {
  const page = await brief.newPage();
  const release = await holdApp(page);
  // From the moment the app starts (it hides the loading notice) until it is in charge, a task
  // that posts itself a message counts the tasks the browser runs in between; at every other,
  // the reader types on into the search field, a letter at a time, the word they began before
  // the app arrived: before the frame of the brief is taken over, after it, and after the
  // timeline with its filters. A message, as the app's own turns are, so that the two take
  // turns whatever the machine's speed (a timer set from a timer waits 4 ms from the fifth on:
  // on a quick machine the take-over once ended after 8 of them).
  await page.addInitScript(() => {
    window.between = 0;
    window.typedAt = [];
    let taking = false;
    const channel = new MessageChannel();
    const later = () => channel.port2.postMessage(null);
    const tick = () => {
      if (!taking) return;
      window.between += 1;
      const letter = 'thly'[window.between / 2 - 1];
      if (letter) {
        const search = document.getElementById('filter-search');
        search.value += letter;
        search.dispatchEvent(new Event('input', { bubbles: true }));
        window.typedAt.push(window.between);
      }
      later();
    };
    channel.port1.onmessage = tick;
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.attributeName === 'hidden' && record.target.id === 'boot-loading' && !window.inCharge) {
          taking = true;
          later();
        }
        if (record.attributeName === 'data-app') {
          taking = false;
          window.inCharge = true;
        }
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden', 'data-app'] });
  });
  await page.goto(brief.url);
  await page.getByLabel('Search the article and statements').click();
  await page.keyboard.type('smoo');
  release();
  await inCharge(page);
  const between = await page.evaluate(() => window.between);
  assert.ok(between >= 9, `the browser ran ${between} tasks while the page was taken over`);
  assert.deepEqual(await page.evaluate(() => window.typedAt), [2, 4, 6, 8], 'every letter typed during the take-over');
  assert.equal(await page.getByLabel('Search the article and statements').inputValue(), 'smoothly');
  // The search, begun before and typed on during the take-over, applies once it is over, to
  // every part alike.
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 1);
  assert.deepEqual(await statementIds(page), ['niyazaliyev-smooth-elections']);
  const marks = await page.locator('mark.search-mark').evaluateAll((els) =>
    els.map((m) => [m.closest('[id]').id, m.textContent]),
  );
  assert.deepEqual(marks, [
    ['para-p9', 'smoothly'],
    ['statement-niyazaliyev-smooth-elections', 'smoothly'],
  ]);
  await page.waitForFunction(() => location.hash === '#q=smoothly');
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a filter chosen before the app is ready applies once it is in place', { timeout: 60_000 }, async () => {
  const page = await brief.newPage();
  const release = await holdApp(page);
  await page.goto(brief.url);
  await page.getByLabel('Speaker', { exact: true }).selectOption('niyazaliyev');
  release();
  await inCharge(page);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 3);
  assert.deepEqual(await statementIds(page), [
    'niyazaliyev-experience',
    'niyazaliyev-familiarisation',
    'niyazaliyev-smooth-elections',
  ]);
  assert.equal(await page.getByLabel('Speaker', { exact: true }).inputValue(), 'niyazaliyev');
  await page.close();
});

test('a source link followed before the app is ready ends on its paragraph, highlighted', { timeout: 60_000 }, async () => {
  const page = await brief.newPage();
  const release = await holdApp(page);
  await page.goto(brief.url);
  await page.locator('.card a[href="#para-p7"]').first().click();
  release();
  await inCharge(page);
  await page.waitForFunction(() => document.activeElement?.id === 'para-p7');
  assert.deepEqual(
    await page.locator('.source-paragraph.highlighted').evaluateAll((els) => els.map((e) => e.id)),
    ['para-p7'],
  );
  await page.close();
});

test('the reader keeps their place on the page when the app takes over', { timeout: 60_000 }, async () => {
  const page = await brief.newPage({ viewport: { width: 375, height: 800 } });
  const release = await holdApp(page);
  await page.goto(brief.url);
  await page.evaluate(() => window.scrollTo(0, 3000));
  const at = () => page.evaluate(() => [scrollY, document.elementFromPoint(60, 100)?.closest('[id]')?.id]);
  const before = await at();
  assert.ok(before[0] === 3000 && before[1], `scrolled into the page: ${before}`);
  release();
  await inCharge(page);
  assert.deepEqual(await at(), before);
  await page.close();
});

test('a plain view asks for the data file once: the app acts on the early check instead of asking again', { timeout: 60_000 }, async () => {
  const page = await brief.newPage();
  const asked = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/data/brief.json')) asked.push(request.url());
  });
  await brief.open(page);
  // The app marks the page once it has acted on the check: by then every request it would
  // have made for the file has been made.
  await page.locator('html[data-source-checked]').waitFor({ state: 'attached' });
  assert.equal(await page.locator('#observer-brief-page').getAttribute('data-app'), 'hydrated');
  assert.equal(await page.locator('html').getAttribute('data-stale'), null);
  assert.equal(asked.length, 1, `asked for: ${asked.join(', ')}`);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a link with a key the brief reads, even at its default value, shows the loading notice and renders afresh', { timeout: 60_000 }, async () => {
  // The early script and the app decide this by the same rule, from the same list of keys.
  const page = await brief.newPage();
  const release = await holdApp(page);
  await page.goto(`${brief.url}?view=all`);
  await page.locator('#boot-loading').waitFor({ state: 'visible' });
  assert.equal(await page.locator('#observer-brief-page').isVisible(), false, 'the pre-rendered brief waits');
  release();
  await inCharge(page);
  assert.equal(await page.locator('#observer-brief-page').getAttribute('data-app'), 'mounted');
  await page.getByTestId('statement').last().waitFor();
  assert.equal(await page.getByTestId('statement').count(), 11);
  assert.equal(await page.locator('#boot-loading').isVisible(), false);
  assert.deepEqual(page.errors, []);
  await page.close();
});

/** Serves an edited data file; the page was rendered from the bundled one. */
async function editedData(page) {
  const edited = bundled.replace(HEADLINE, 'Heads of CIS and SCO observer missions met in Baku (edited)');
  assert.notEqual(edited, bundled);
  await page.route(DATA, (route) => route.fulfill({ contentType: 'application/json', body: edited }));
}

/** Whether the page shows the old headline to the reader. */
const oldHeadlineShown = (page) =>
  page.evaluate((old) => {
    const h = document.querySelector('#headline');
    return Boolean(h && h.textContent === old && h.checkVisibility());
  }, HEADLINE);

test('a data file edited after the build is shown once the app answers, never the old one as current', { timeout: 60_000 }, async () => {
  const page = await brief.newPage();
  await editedData(page);
  await page.goto(brief.url);
  await page.waitForFunction(() => document.querySelector('#headline')?.textContent.endsWith('(edited)'));
  assert.equal(await oldHeadlineShown(page), false);
  assert.equal(await page.locator('#brief-stale').isVisible(), false, 'once current, no notice');
  assert.equal(await page.locator('#observer-brief-page').getAttribute('data-app'), 'mounted');
  await page.close();
});

test('with the WebAssembly held back, an edited data file hides the old brief at once and says why', { timeout: 60_000 }, async () => {
  const page = await brief.newPage();
  await editedData(page);
  const release = await holdApp(page);
  await page.goto(brief.url);
  await page.locator('#brief-stale').waitFor({ state: 'visible' });
  // The notice comes before the app: the WebAssembly has not even arrived.
  assert.equal(await page.locator('#observer-brief-page').getAttribute('data-app'), null, 'the app has not run');
  assert.equal(await oldHeadlineShown(page), false);
  assert.match(await page.locator('#brief-stale').textContent(), /data has changed since the page was made/);
  release();
  await page.waitForFunction(() => document.querySelector('#headline')?.textContent.endsWith('(edited)'));
  assert.equal(await page.locator('#observer-brief-page').getAttribute('data-app'), 'mounted');
  assert.equal(await page.locator('#brief-stale').isVisible(), false);
  await page.close();
});

test('with the WebAssembly failing, an edited data file still never shows the old brief as current', { timeout: 60_000 }, async () => {
  const page = await brief.newPage();
  await editedData(page);
  await holdApp(page, { fail: true });
  await page.goto(brief.url);
  // Both answers come after the first paint, in either order: the failed start, and the check
  // of the data file.
  await page.locator('#boot-loading[role=alert]').waitFor();
  await page.locator('#brief-stale').waitFor();
  assert.equal(await oldHeadlineShown(page), false);
  assert.match(await page.locator('#boot-loading').textContent(), /The brief could not start/);
  await page.close();
});

for (const width of [375, 1280]) {
  test(`at ${width} px a pym.js host using the plain address gets a frame as tall as the brief, untouched`, { timeout: 60_000 }, async () => {
    const page = await brief.newPage({ viewport: { width, height: 800 } });
    await page.goto(`${brief.host.url}pym-plain.html`);
    const iframe = page.locator('#brief iframe');
    const frame = page.frameLocator('#brief iframe');
    await frame.locator('#observer-brief-page[data-app]').waitFor({ state: 'attached' });
    const content = () => frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
    let outer = 0;
    let inner = 0;
    for (let i = 0; i < 100; i++) {
      outer = await iframe.evaluate((el) => el.getBoundingClientRect().height);
      inner = await content();
      if (inner > 1000 && Math.abs(outer - inner) <= 3) break;
      await page.waitForTimeout(100);
    }
    assert.ok(inner > 1000, `the brief is laid out (${inner}px)`);
    assert.ok(Math.abs(outer - inner) <= 3, `iframe ${outer}px, content ${inner}px`);
    await page.close();
  });
}

// The early script on its own: the WebAssembly is held back and never released, so whatever the
// page shows below is the early script's doing.

/** The theme and background colour the page has at its first frame, before anything is painted. */
function recordFirstFrame(page) {
  return page.addInitScript(() => {
    requestAnimationFrame(() => {
      const root = document.documentElement;
      window.firstFrame = { theme: root.getAttribute('data-theme'), bg: getComputedStyle(root).getPropertyValue('--ob-bg').trim() };
    });
  });
}

test('the remembered Dark mode choice is applied before the first paint, without the app', { timeout: 60_000 }, async () => {
  for (const [system, chosen, expected] of [
    ['light', 'dark', { theme: 'dark', bg: '#14171b' }],
    ['dark', 'light', { theme: 'light', bg: '#fbfaf7' }],
  ]) {
    const context = await brief.newContext({ colorScheme: system });
    // The reader flips the switch once, with the app running: the choice is remembered.
    const first = await context.newPage();
    await brief.open(first);
    await first.waitForFunction((dark) => document.querySelector('.theme-toggle').getAttribute('aria-pressed') === String(dark), system === 'dark');
    await first.getByRole('button', { name: 'Dark mode' }).click();
    await first.close();

    const page = await context.newPage();
    await holdApp(page);
    await recordFirstFrame(page);
    await page.goto(brief.url);
    await page.waitForFunction(() => window.firstFrame);
    assert.deepEqual(await page.evaluate(() => window.firstFrame), expected, `${chosen} chosen on a ${system} system`);
    assert.equal(await page.locator('#observer-brief-page').getAttribute('data-app'), null, 'the app has not run');
    await context.close();
  }
  // The control case: nothing remembered, the page follows the system and sets no theme.
  const page = await brief.newPage({ colorScheme: 'light' });
  await holdApp(page);
  await recordFirstFrame(page);
  await page.goto(brief.url);
  await page.waitForFunction(() => window.firstFrame);
  assert.deepEqual(await page.evaluate(() => window.firstFrame), { theme: null, bg: '#fbfaf7' });
  await page.close();
});

const STALE = 'This brief’s data has changed since the page was made, or could not be checked. Loading the current version…';

/** What the reader is shown once the early script has checked the data file. */
async function afterCheck(page) {
  const current = await page.evaluate(() => window.observerBriefDataCheck);
  return {
    current,
    stale: await page.locator('html').getAttribute('data-stale'),
    briefShown: await page.locator('#observer-brief-page').isVisible(),
    notice: (await page.locator('#brief-stale').isVisible()) ? await page.locator('#brief-stale').textContent() : null,
    app: await page.locator('#observer-brief-page').getAttribute('data-app'),
  };
}

test('without the app, a missing or unreadable data file hides the brief and says so; the real one leaves it', { timeout: 60_000 }, async () => {
  const hidden = { current: false, stale: '', briefShown: false, notice: STALE, app: null };
  for (const [fault, answer] of [
    ['404', (route) => route.fulfill({ status: 404, body: 'not found' })],
    ['connection refused', (route) => route.abort('connectionrefused')],
    ['not JSON', (route) => route.fulfill({ contentType: 'application/json', body: '\u0000\u0001 not a brief' })],
  ]) {
    const page = await brief.newPage();
    await holdApp(page);
    await page.route(DATA, answer);
    await page.goto(brief.url);
    assert.deepEqual(await afterCheck(page), hidden, fault);
    await page.close();
  }
  // The control case: the file the page was made from.
  const page = await brief.newPage();
  await holdApp(page);
  await page.goto(brief.url);
  assert.deepEqual(await afterCheck(page), { current: true, stale: null, briefShown: true, notice: null, app: null });
  await page.close();
});

test('without the app, a data file the browser has cached is never taken for the current one', { timeout: 60_000 }, async () => {
  // No request routing here: it would turn the HTTP cache off. The WebAssembly is blocked instead.
  const path = '/widgets/brief/data/brief.json';
  const cached = { type: 'application/json', headers: { 'cache-control': 'max-age=86400' } };
  brief.server.pages.set(path, { ...cached, body: bundled });
  const page = await brief.newPage();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setBlockedURLs', { urls: ['*_bg.wasm'] });
  const asked = () => brief.requests.filter((r) => r === path).length;
  try {
    await page.goto(brief.url);
    assert.equal((await afterCheck(page)).current, true);
    // The file as it was, now in the browser's cache: asked for again, it comes from there.
    await page.evaluate(() => fetch('data/brief.json').then((r) => r.text()));
    const before = asked();
    await page.evaluate(() => fetch('data/brief.json').then((r) => r.text()));
    assert.equal(asked(), before, 'the old file is in the cache');

    // The file changes on the server; the page, rendered from the old one, is opened again.
    brief.server.pages.set(path, { ...cached, body: bundled.replace(HEADLINE, `${HEADLINE} (edited)`) });
    await page.goto(brief.url);
    assert.deepEqual(await afterCheck(page), { current: false, stale: '', briefShown: false, notice: STALE, app: null });
    assert.equal(asked(), before + 1, 'the early script asked the server, not the cache');
  } finally {
    brief.server.pages.delete(path);
    await page.close();
  }
});
