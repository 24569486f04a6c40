// Size and speed benchmark of the release dist (after `trunk build --release`; scripts/bench.sh
// builds it first). Not a test: it prints figures and whether they are within budget.
//
//   node scripts/bench.mjs [--runs 25]
//
// 1. First load: every file the browser fetches to show the brief, raw and gzip bytes; and,
//    apart, what the reader's first interaction fetches (the app itself).
// 2. Time to content: from navigation to the timeline's last statement being in the page, for
//    the brief and for a static HTML page of the same content (the floor), alternating, median
//    of the runs, and the ratio.
// 3. Scale: a generated brief of 10,000 statements: load time, and the time a filter keystroke
//    takes to update the list (median).
import { mkdtemp, readFile, writeFile, cp } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 25;
const BUDGET_GZIP = 90 * 1024;
const BUDGET_RATIO = 1.3;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

const browser = await launch();
const server = await startServer({ root: 'dist' });
const base = new URL(server.url);

// Records, from the first byte of the navigation, when the last statement is in the page.
const WATCH = (expected) => {
  const done = () => document.querySelectorAll('[data-testid=statement]').length >= expected;
  const mark = () => {
    if (!window.__contentAt && done()) window.__contentAt = performance.now();
  };
  new MutationObserver(mark).observe(document, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', mark);
};

async function timeToContent(url, expected) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(WATCH, expected);
  await page.goto(url);
  await page.waitForFunction(() => window.__contentAt, null, { timeout: 60_000 });
  // Also when the page was first painted with content, as a reader would see it.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length, null, { timeout: 60_000 });
  const ms = await page.evaluate(() => [window.__contentAt, performance.getEntriesByName('first-contentful-paint')[0].startTime]);
  await page.close();
  return ms;
}

// 1. First load: what the browser fetches before the reader does anything (the pre-rendered
// page shows the whole brief); then what the first interaction fetches (the app), and how long
// the app takes to take over from the snapshot.
const fileOf = (r) => {
  const url = new URL(r.url());
  return url.origin === base.origin ? decodeURIComponent(url.pathname.slice(base.pathname.length)) || 'index.html' : null;
};
async function table(title, files) {
  let raw = 0;
  let gzip = 0;
  console.log(title);
  for (const file of [...files].sort()) {
    const body = await readFile(join('dist', file));
    const zipped = gzipSync(body, { level: 9 }).length;
    raw += body.length;
    gzip += zipped;
    console.log(`  ${file.padEnd(52)} ${String(body.length).padStart(8)} ${String(zipped).padStart(8)}`);
  }
  console.log(`  ${'total'.padEnd(52)} ${String(raw).padStart(8)} ${String(gzip).padStart(8)}`);
  return gzip;
}
const page = await browser.newPage();
const fetched = new Set();
page.on('requestfinished', (r) => fileOf(r) && fetched.add(fileOf(r)));
await page.goto(server.url, { waitUntil: 'networkidle' });
await page.getByTestId('statement').last().waitFor();
const statementCount = await page.getByTestId('statement').count();
// The page as shown, without scripts: the static floor.
const staticHtml = (await page.content()).replace(/<script\b(?![^>]*application\/ld\+json)[\s\S]*?<\/script>/g, '');
const firstLoad = new Set(fetched);
const gzip = await table('First load (files the browser fetched before any interaction; raw, gzip bytes):', firstLoad);
console.log(`  budget ${kb(BUDGET_GZIP)} gzip: ${gzip <= BUDGET_GZIP ? 'within' : `OVER by ${kb(gzip - BUDGET_GZIP)}`}\n`);
await page.getByRole('searchbox').click();
await page.locator('[data-prerendered]').waitFor({ state: 'detached', timeout: 60_000 });
await page.waitForLoadState('networkidle');
await table(
  'On the first interaction (the app, fetched when the reader first clicks, types or tabs to a control):',
  [...fetched].filter((f) => !firstLoad.has(f)),
);
await page.close();
const takeovers = [];
for (let i = 0; i < 5; i++) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await tab.goto(server.url, { waitUntil: 'networkidle' });
  const t = Date.now();
  await tab.getByRole('searchbox').click();
  await tab.locator('[data-prerendered]').waitFor({ state: 'detached', timeout: 60_000 });
  takeovers.push(Date.now() - t);
  await tab.close();
}
console.log(`  from that first click to the app in place (local server, median of 5): ${median(takeovers)} ms\n`);

// 2. Time to content, alternating with the static page.
const floorDir = await mkdtemp(join(tmpdir(), 'brief-static-'));
await cp('dist', floorDir, { recursive: true });
await writeFile(join(floorDir, 'index.html'), staticHtml);
const floor = await startServer({ root: floorDir });
const app = [];
const stat = [];
for (let i = 0; i < RUNS; i++) {
  app.push(await timeToContent(server.url, statementCount));
  stat.push(await timeToContent(floor.url, statementCount));
}
const ratio = median(app.map(([content]) => content)) / median(stat.map(([content]) => content));
const paintRatio = median(app.map(([, paint]) => paint)) / median(stat.map(([, paint]) => paint));
console.log(`Time to the last statement, median of ${RUNS} alternating runs:`);
const ms = (runs, i) => `${median(runs.map((r) => r[i])).toFixed(0)} ms`;
console.log(`  brief ${ms(app, 0)}, static page ${ms(stat, 0)}, ratio ${ratio.toFixed(2)}`);
console.log(`  (first contentful paint: brief ${ms(app, 1)}, static page ${ms(stat, 1)}, ratio ${paintRatio.toFixed(2)})`);
console.log(`  budget ratio ${BUDGET_RATIO}: ${ratio <= BUDGET_RATIO ? 'within' : 'OVER'}\n`);

// 3. Scale: 10,000 statements.
const brief = JSON.parse(await readFile('data/brief.json', 'utf8'));
const originals = brief.statements;
// The real statements stay (cards credit them by id); copies under new ids make up the rest.
brief.statements = originals.concat(
  Array.from({ length: 10_000 - originals.length }, (_, i) => ({ ...originals[i % originals.length], id: `copy-${i}` })),
);
const big = JSON.stringify(brief);
const scale = await browser.newPage({ viewport: { width: 1280, height: 900 } });
scale.on('pageerror', (e) => console.log('  page error:', String(e)));
await scale.route('**/data/brief.json', (route) => route.fulfill({ contentType: 'application/json', body: big }));
const started = Date.now();
await scale.goto(server.url);
// The data is not what the page was pre-rendered from, so the app starts at once and replaces
// the snapshot when it has drawn the 10,000.
await scale.locator('[data-prerendered]').waitFor({ state: 'detached', timeout: 120_000 });
await scale.getByTestId('filter-status').waitFor({ timeout: 120_000 });
const loadMs = Date.now() - started;
const keystrokes = await scale.evaluate(async () => {
  const input = document.querySelector('input[type=search]');
  const times = [];
  for (const query of ['o', 'ob', 'obs', 'obse', 'obser', 'observ', 'observa', 'observ', 'obser', 'smooth', 'smoothl']) {
    const t = performance.now();
    input.value = query;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    // Leptos updates the list synchronously; a frame later it is painted.
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    times.push(performance.now() - t);
  }
  return times;
});
const status = await scale.getByTestId('filter-status').textContent();
console.log(`Scale: ${big.length.toLocaleString('en')} bytes, 10,000 statements`);
console.log(`  loaded and shown in ${loadMs} ms`);
console.log(`  filter keystroke: median ${median(keystrokes).toFixed(1)} ms (max ${Math.max(...keystrokes).toFixed(1)} ms) — budget 50 ms: ${median(keystrokes) < 50 ? 'within' : 'OVER'}`);
console.log(`  after the last keystroke: ${status}`);

await browser.close();
await server.close();
await floor.close();
