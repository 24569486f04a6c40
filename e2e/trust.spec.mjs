// Trust boundaries, tried as an attacker and as a careless host would: a reader sees only the
// deployer's data, and the brief never reaches beyond its own element on a host page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { inCharge, timelineWhole, useBrief } from './harness.mjs';

const brief = useBrief({ hosts: true });
const bundled = await readFile('data/brief.json', 'utf8');
const json = (body) => ({ type: 'application/json', headers: { 'access-control-allow-origin': '*' }, body });
/** A sound brief under another headline. */
const another = (headline) =>
  bundled.replace('Heads of CIS and SCO observer missions held a working meeting in Baku', headline);

test('a data file that redirects to another origin is refused, and its words never shown', { timeout: 60_000 }, async () => {
  brief.other.pages.set('/elsewhere.json', json(another('Words from elsewhere')));
  brief.server.pages.set('/widgets/brief/go', { status: 302, headers: { location: `${brief.other.url}elsewhere.json` } });
  const page = await brief.newPage();
  await page.goto(`${brief.url}?src=go`);
  await page.getByTestId('load-error').waitFor();
  assert.match(
    await page.getByTestId('error-message').textContent(),
    new RegExp(`^\u2068go\u2069 was not loaded: .*\u2068${brief.other.origin}\u2069 is not one of them\\.$`),
  );
  assert.equal(await page.getByText('Words from elsewhere').count(), 0);
  assert.equal(await page.getByTestId('statement').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Retry' }).count(), 0);
});

test('links of a brief opened on another data file reopen that data file', { timeout: 60_000 }, async () => {
  brief.server.pages.set('/widgets/brief/data/other.json', json(another('Another headline')));
  const context = await brief.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  // One part of it: its links open the whole brief, on the same data.
  await page.goto(`${brief.url}?view=timeline&src=data/other.json`);
  await page.getByTestId('statement').last().waitFor();
  const source = await page.locator('#statement-anfimov-working-methods [data-testid=source-link]').getAttribute('href');
  assert.equal(source, `${brief.url}?src=data%2Fother.json#quote-anfimov-working-methods`);
  await page.locator('#statement-anfimov-working-methods').getByRole('button', { name: /^Copy link/ }).click();
  await page.locator('#statement-anfimov-working-methods').getByText('Link copied.').waitFor();
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), source);
  // That link opens the other data, with the quote marked.
  await page.goto(source);
  await page.waitForFunction(() => document.activeElement?.id === 'para-p7');
  assert.equal(await page.locator('#headline').textContent(), 'Another headline');
  // The whole brief's own links keep it too.
  await page.locator('.card a[href="#para-p3"]').first().click();
  assert.equal(page.url(), `${brief.url}?src=data%2Fother.json#para-p3`);
  await page.getByRole('button', { name: 'Embed' }).click();
  assert.match(await page.getByTestId('embed-snippet').first().textContent(), /&amp;src=data%2Fother\.json"/);
  await context.close();
});

/**
 * The host page as far as the brief may not touch it: `<html>` and `<body>` with their
 * attributes, every element of `<head>` as written, the title, the style sheets in force
 * (linked, inline or adopted) and the body's own children.
 */
const hostPage = (page) =>
  page.evaluate(() => ({
    html: [...document.documentElement.attributes].map((a) => `${a.name}=${a.value}`),
    head: [...document.head.childNodes].map((n) => (n.nodeType === Node.ELEMENT_NODE ? n.outerHTML : n.textContent)),
    title: document.title,
    sheets: [...document.styleSheets].map((s) => s.href ?? s.ownerNode?.outerHTML),
    adopted: document.adoptedStyleSheets.length,
    body: [...document.body.attributes].map((a) => `${a.name}=${a.value}`),
    children: [...document.body.children].map((e) => e.tagName + (e.id ? `#${e.id}` : '')),
  }));

/**
 * Opens the host page at `address` with embed.js held back, and reads it as the browser built
 * it (`before`); `release()` lets embed.js arrive.
 */
async function beforeEmbedJs(page, address) {
  let release;
  const held = new Promise((done) => (release = done));
  await page.route('**/embed.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(address, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.readyState !== 'loading');
  return { before: await hostPage(page), release };
}

test('embed.js mounts into an element added later and into mount(), and touches nothing else', { timeout: 60_000 }, async () => {
  const page = await brief.newPage();
  const address = `${brief.host.url}late-mount.html`;
  const { before, release } = await beforeEmbedJs(page, address);
  assert.deepEqual(before.children, ['H1', 'P', 'DIV#app', 'SCRIPT'], 'the page as written, nothing mounted yet');
  release();
  // embed.js has started: it mounted the element the host added later, and mount() answered.
  const late = page.locator('#late');
  await late.getByTestId('mission-card').last().waitFor();
  assert.equal(await late.getByTestId('mission-card').count(), 2);
  assert.equal(await late.getByTestId('statement').count(), 0);
  const own = page.locator('#own');
  await timelineWhole(own);
  assert.equal(await own.getByTestId('statement').count(), 11);
  assert.equal(await own.evaluate((el) => el.shadowRoot.querySelector('.observer-brief').dataset.theme), 'dark');
  // A link inside a brief keeps the host's address.
  await late.getByTestId('source-link').first().click();
  assert.equal(page.url(), address);
  assert.deepEqual(await hostPage(page), before, 'the host’s <html>, <head>, <body> and its children are as they were');
  assert.deepEqual(page.errors, []);
});

test('embed.js on a page with no element for the brief does nothing but say so', { timeout: 60_000 }, async () => {
  const page = await brief.newPage();
  const said = page.waitForEvent('console', { predicate: (m) => m.text().startsWith('observer-brief:') });
  const { before, release } = await beforeEmbedJs(page, `${brief.host.url}empty-host.html`);
  release();
  // embed.js has started: it looked for elements and said it found none.
  assert.match((await said).text(), /no \[data-observer-brief\] element on this page yet/);
  assert.deepEqual(await hostPage(page), before, 'the host’s <html>, <head> and <body> are as they were');
  const page2 = await page.evaluate(() => ({
    html: [...document.documentElement.attributes].map((a) => a.name),
    body: document.body.children.length,
    hash: location.hash,
  }));
  assert.deepEqual(page2, { html: ['lang'], body: 3, hash: '' });
  assert.equal(await page.locator('.observer-brief').count(), 0);
  assert.deepEqual(page.errors, []);
});

test('Copy link without a Clipboard API shows the link to copy by hand, with no error', { timeout: 60_000 }, async () => {
  const page = await brief.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined });
  });
  await brief.open(page);
  const entry = page.locator('#statement-anfimov-working-methods');
  await entry.getByRole('button', { name: /^Copy link/ }).click();
  await entry.getByText('Could not copy automatically. Select and copy:').waitFor();
  assert.equal(
    await entry.locator('.copy-status').textContent(),
    `Could not copy automatically. Select and copy: ${brief.url}#quote-anfimov-working-methods`,
  );
  assert.deepEqual(page.errors, []);
});

test('a link with a megabyte of hash opens the brief, and no link it makes is longer than 2 KB', { timeout: 60_000 }, async () => {
  const page = await brief.newPage();
  await brief.open(page, `#speaker=${'x'.repeat(1_000_000)}&kind=quote`);
  await page.waitForFunction(() => document.querySelectorAll('[data-testid=statement]').length === 4);
  const longest = await page.evaluate(() => Math.max(...[...document.querySelectorAll('a[href]')].map((a) => a.href.length)));
  assert.ok(longest < 2048, `the longest link is ${longest} characters`);
  // A change the reader makes writes a short address.
  await page.getByLabel('Kind', { exact: true }).selectOption('');
  await page.waitForFunction(() => location.href.length < 2048);
  assert.deepEqual(page.errors, []);
});

test('the pym code pins the brief’s origin: another frame on the host page cannot steer it', { timeout: 60_000 }, async () => {
  const context = await brief.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const editor = await context.newPage();
  await brief.open(editor);
  await editor.getByRole('button', { name: 'Embed' }).click();
  await editor.getByRole('button', { name: 'Copy code: Self-sizing iframe (Pym.js)' }).click();
  await editor.getByText('Copied to the clipboard.').waitFor();
  const code = await editor.evaluate(() => navigator.clipboard.readText());
  const pattern = `^${brief.server.origin.replaceAll('.', '\\.')}`;
  assert.ok(code.includes(`data-pym-xdomain="${pattern}"`), code);

  // The code pasted into a host page that also carries a frame from a third origin.
  const path = '/pasted-with-stranger.html';
  brief.host.pages.set(
    path,
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Host</title></head><body>${code}` +
      `<iframe id="stranger" title="Advertisement" src="${brief.other.url}blank.html"></iframe></body></html>`,
  );
  const page = await context.newPage();
  const address = new URL(path, brief.host.url).href;
  await page.goto(address);
  const frame = page.locator('[data-pym-src] iframe');
  // The brief whole and the frame as tall as it, so that no height of its own comes while the
  // stranger's are watched for.
  const inside = page.frameLocator('[data-pym-src] iframe');
  await timelineWhole(inside);
  const content = await inside.locator('html').evaluate((html) => html.getBoundingClientRect().height);
  await page.waitForFunction(
    (content) => Math.abs(document.querySelector('[data-pym-src] iframe').getBoundingClientRect().height - content) <= 3,
    content,
  );
  const height = await frame.evaluate((el) => el.getBoundingClientRect().height);
  const id = await page.locator('[data-pym-src]').getAttribute('id');
  // Every height the frame ever takes from here on, and the stranger's marker: the stranger
  // posts it after its two messages, so once it is in, pym.js has handled both.
  await page.evaluate(() => {
    const iframe = document.querySelector('[data-pym-src] iframe');
    window.heights = [];
    window.strangerDone = false;
    new MutationObserver((records) => {
      for (const r of records) window.heights.push(r.target.getAttribute(r.attributeName));
    }).observe(iframe, { attributes: true, attributeFilter: ['height', 'style'] });
    addEventListener('message', (e) => {
      if (e.data === 'stranger-done') window.strangerDone = true;
    });
  });
  const stranger = page.frames().find((f) => f.url().startsWith(brief.other.url));
  await stranger.evaluate((id) => {
    parent.postMessage(`pymxPYMx${id}xPYMxnavigateToxPYMxhttps://evil.example/`, '*');
    parent.postMessage(`pymxPYMx${id}xPYMxheightxPYMx0`, '*');
    parent.postMessage('stranger-done', '*');
  }, id);
  await page.waitForFunction(() => window.strangerDone);
  assert.deepEqual(await page.evaluate(() => window.heights), [], 'the stranger’s height 0 was never taken');
  // The brief's own height messages still arrive and are obeyed.
  await page.frameLocator('[data-pym-src] iframe').locator('.observer-brief').evaluate((el) => {
    const extra = document.createElement('div');
    extra.style.height = '300px';
    el.append(extra);
  });
  await page.waitForFunction((h) => document.querySelector('[data-pym-src] iframe').getBoundingClientRect().height > h + 250, height);
  const taken = await page.evaluate(() => window.heights);
  assert.ok(taken.length > 0 && taken.every((h) => parseInt(h, 10) > height), `the heights the frame took: ${taken.join(', ')}`);
  assert.equal(page.url(), address, 'the host did not navigate away');
  await context.close();
});
