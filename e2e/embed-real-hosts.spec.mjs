// Host pages as they really are: a <figure> as the mount element, an element of the host's that
// happens to have the brief's page id, and a roundup page with two briefs from two deployments.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { timelineWhole, useBrief } from './harness.mjs';
import { startServer } from '../scripts/lib/server.mjs';

const brief = useBrief({ hosts: true });
const HEADLINE = 'Heads of CIS and SCO observer missions held a working meeting in Baku';
const OTHER_HEADLINE = 'A second report, from another deployment';

// A second deployment of the brief, on its own origin, with another report in its data file.
let second;
let secondDir;
before(async () => {
  secondDir = await mkdtemp(join(tmpdir(), 'observer-brief-second-'));
  await cp('dist', secondDir, { recursive: true });
  const data = JSON.parse(await readFile('dist/data/brief.json', 'utf8'));
  data.article.headline = OTHER_HEADLINE;
  await writeFile(join(secondDir, 'data/brief.json'), JSON.stringify(data));
  second = await startServer({ root: secondDir, headers: { 'access-control-allow-origin': '*' } });
});
after(async () => {
  await second?.close();
  await rm(secondDir, { recursive: true, force: true });
});

/** Serves `body` as a host page on the host origin and opens it. */
async function openHost(page, name, body) {
  brief.host.pages.set(`/${name}`, `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head><body>${body}</body></html>`);
  await page.goto(`${brief.host.url}${name}`);
}

test('a <figure> mount element, which holds no shadow root, still gets the brief', async () => {
  const page = await brief.newPage();
  await openHost(
    page,
    'figure.html',
    `<figure data-observer-brief="${brief.url}" data-view="timeline">Loading the observer brief…<figcaption>The host’s caption</figcaption></figure>
     <script type="module" src="${brief.url}embed.js"></script>`,
  );
  const figure = page.locator('body > figure');
  await timelineWhole(figure, { timeout: 20_000 });
  assert.equal(await figure.getByTestId('statement').count(), 11);
  assert.equal(await page.locator('figcaption').textContent(), 'The host’s caption');
  assert.equal(await figure.evaluate((f) => f.textContent.includes('Loading the observer brief')), false);
  assert.deepEqual(page.errors, []);
  await page.close();
});

test('a host element with the brief’s page id is left alone and the mount element gets the brief', async () => {
  const page = await brief.newPage();
  await openHost(
    page,
    'same-id.html',
    `<div id="observer-brief-page"><p>The host’s own widget</p></div>
     <div data-observer-brief="${brief.url}" data-view="timeline"></div>
     <script type="module" src="${brief.url}embed.js"></script>`,
  );
  const mount = page.locator('[data-observer-brief]');
  await mount.getByTestId('statement').last().waitFor({ timeout: 20_000 });
  assert.equal(await page.locator('#observer-brief-page').innerHTML(), '<p>The host’s own widget</p>');
  await page.close();
});

test('two briefs from two deployments on one page each show their own report', async () => {
  const page = await brief.newPage();
  await openHost(
    page,
    'roundup.html',
    `<h2>First</h2><div id="first" data-observer-brief="${brief.url}" data-view="article">Loading the observer brief…</div>
     <script type="module" src="${brief.url}embed.js"></script>
     <h2>Second</h2><div id="second" data-observer-brief="${second.url}" data-view="article">Loading the observer brief…</div>
     <script type="module" src="${second.url}embed.js"></script>`,
  );
  const headline = (id) => page.locator(`#${id}`).locator('#headline');
  await page.locator('#first').getByTestId('source-paragraph').last().waitFor({ timeout: 20_000 });
  await page.locator('#second').getByTestId('source-paragraph').last().waitFor({ timeout: 20_000 });
  assert.equal(await headline('first').textContent(), HEADLINE);
  assert.equal(await headline('second').textContent(), OTHER_HEADLINE);
  await page.close();
});
