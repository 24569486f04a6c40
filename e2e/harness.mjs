// Shared set-up for the e2e specs: the release dist served from a sub-path, and Chromium.
import { before, after } from 'node:test';
import { readFile } from 'node:fs/promises';
import { startServer } from '../scripts/lib/server.mjs';
import { launch } from '../scripts/lib/browser.mjs';

/**
 * Starts the server and browser for one spec file; returns getters valid inside tests.
 * With `hosts`, also serves the host pages of e2e/hosts/ from another origin (the way a news
 * site embeds the brief), with `{{BRIEF}}` in them replaced by the brief's address and
 * `{{OTHER}}` by the address of a third origin, which serves the same pages.
 */
export function useBrief({ hosts = false } = {}) {
  const ctx = {};
  before(async () => {
    // The brief's server allows cross-origin use, as a CDN would, for direct mounts.
    ctx.server = await startServer({ headers: { 'access-control-allow-origin': '*' } });
    if (hosts) {
      ctx.other = await startServer({ root: 'e2e/hosts', base: '/' });
      const rewrite = (html) =>
        html.replaceAll('{{BRIEF}}', ctx.server.url).replaceAll('{{OTHER}}', ctx.other.url);
      ctx.host = await startServer({ root: 'e2e/hosts', base: '/', rewrite });
    }
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
    await ctx.host?.close();
    await ctx.other?.close();
  });
  return {
    get url() {
      return ctx.server.url;
    },
    /** The brief's own server (its `pages` serve answers a test makes up). */
    get server() {
      return ctx.server;
    },
    /** Every path the brief's server was asked for. */
    get requests() {
      return ctx.server.requests;
    },
    /** The host pages' server (another origin than the brief's). */
    get host() {
      return ctx.host;
    },
    /** A third origin. */
    get other() {
      return ctx.other;
    },
    /**
     * Opens the brief at `path` (after its address) in `page`; resolves once the app is in
     * charge of it (it took over the pre-rendered brief, or rendered afresh).
     */
    async open(page, path = '') {
      await page.goto(ctx.server.url + path);
      await inCharge(page);
    },
    /** A new browser context (its own permissions and storage). */
    newContext(options = {}) {
      return ctx.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
    },
    /** A new page that records console errors and uncaught exceptions in `page.errors`. */
    async newPage(options = {}) {
      const page = await ctx.browser.newPage({ viewport: { width: 1280, height: 900 }, ...options });
      page.errors = [];
      page.on('console', (m) => m.type() === 'error' && page.errors.push(m.text()));
      page.on('pageerror', (e) => page.errors.push(String(e)));
      return page;
    },
  };
}

/**
 * Resolves once the app is in charge of the brief's own page: the root says how it got there
 * (`data-app="hydrated"`: it took over the pre-rendered brief; `"mounted"`: it rendered
 * afresh). Until then the page is the HTML the build wrote.
 */
export function inCharge(page) {
  return page.locator('#observer-brief-page[data-app]').waitFor({ state: 'attached', timeout: 30_000 });
}

/**
 * Resolves once the bundled brief's timeline is drawn whole in `scope` (a page, frame or
 * locator): its last statement in timeline order is there. A timeline rendered afresh draws its
 * first eight entries in its first frame and the rest in the task after, so the first or last
 * entry found is no sign that all are.
 */
export function timelineWhole(scope, options = {}) {
  return scope.locator('#statement-report-transparent-campaign').waitFor(options);
}

/** Where the app fetches its data, for intercepting it. */
export const DATA = '**/widgets/brief/data/brief.json';

/**
 * Serves `data/many.json` beside `brief`'s page: the brief's 11 statements (4 direct quotes),
 * and 150 copies each of a direct quote and of reported speech under their own ids
 * (`quote-0`…, `reported-0`…, each run in file order on its original's day): 311 statements,
 * 154 direct quotes. Opens it in a new page, `prepare`d first, at `?src=data/many.json` and
 * then `hash`; returns the page and a wait for `n` statements listed.
 */
export async function openMany(brief, { prepare = async () => {}, hash = '' } = {}) {
  const data = JSON.parse(await readFile('data/brief.json', 'utf8'));
  const quote = data.statements.find((s) => s.id === 'anfimov-working-methods');
  const reported = data.statements.find((s) => s.id === 'anfimov-principles');
  data.statements.push(
    ...Array.from({ length: 150 }, (_, i) => ({ ...quote, id: `quote-${i}` })),
    ...Array.from({ length: 150 }, (_, i) => ({ ...reported, id: `reported-${i}` })),
  );
  brief.server.pages.set('/widgets/brief/data/many.json', { type: 'application/json', body: JSON.stringify(data) });
  const page = await brief.newPage();
  await prepare(page);
  await brief.open(page, `?src=data/many.json${hash}`);
  const listed = (n) => page.waitForFunction((n) => document.querySelectorAll('[data-testid=statement]').length === n, n);
  return { page, listed };
}
