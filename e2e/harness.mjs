// Shared set-up for the e2e specs: the release dist served from a sub-path, and Chromium.
import { before, after } from 'node:test';
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

/** Where the app fetches its data, for intercepting it. */
/**
 * Resolves once the bundled brief's timeline is drawn whole in `scope` (a page, frame or
 * locator): its last statement in timeline order is there. A timeline rendered afresh draws its
 * first eight entries in its first frame and the rest in the task after, so the first or last
 * entry found is no sign that all are.
 */
export function timelineWhole(scope, options = {}) {
  return scope.locator('#statement-report-transparent-campaign').waitFor(options);
}

export const DATA = '**/widgets/brief/data/brief.json';
