// Shared set-up for the e2e specs: the release dist served from a sub-path, and Chromium.
import { before, after } from 'node:test';
import { startServer } from './server.mjs';
import { launch } from './browser.mjs';

/** Starts the server and browser for one spec file; returns getters valid inside tests. */
export function useBrief() {
  const ctx = {};
  before(async () => {
    ctx.server = await startServer();
    ctx.browser = await launch();
  });
  after(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return {
    get url() {
      return ctx.server.url;
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

/** Where the app fetches its data, for intercepting it. */
export const DATA = '**/widgets/brief/data/brief.json';
