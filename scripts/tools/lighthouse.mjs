// Lighthouse 12.2.3 in Debian's Chromium against the release dist (after `trunk build
// --release`), on the phone preset. Prints the four category scores; exits non-zero when
// accessibility is below 100 (that part gates CI), and reports the others against their
// budgets (best practices, SEO, performance >= 95).
//   node scripts/lighthouse.mjs
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { startServer } from '../lib/server.mjs';
import { CHROMIUM } from '../lib/browser.mjs';

const BUDGETS = { accessibility: 100, 'best-practices': 95, seo: 95, performance: 95 };
// Compressed, as a real web server sends it.
const server = await startServer({ gzip: true });
const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM,
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run'],
});
let failed = false;
try {
  const result = await lighthouse(server.url, { port: chrome.port, output: 'json', logLevel: 'error' });
  const { categories, audits } = result.lhr;
  for (const [id, budget] of Object.entries(BUDGETS)) {
    const score = Math.round(categories[id].score * 100);
    const within = score >= budget;
    console.log(`${categories[id].title.padEnd(16)} ${String(score).padStart(3)}  (budget ${budget}) ${within ? 'within' : 'BELOW'}`);
    if (!within) {
      // Say what cost the points, so the report can be acted on.
      for (const ref of categories[id].auditRefs) {
        const audit = audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          console.log(`    ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
        }
      }
    }
    if (id === 'accessibility' && !within) failed = true;
  }
  // Where the performance score goes: the simulated phone's paints beside the ones observed
  // on this machine (a request that starts before the first paint makes the simulation wait
  // for it), and the longest tasks on the main thread.
  const m = audits.metrics.details.items[0];
  console.log(
    `Simulated FCP ${m.firstContentfulPaint} ms, LCP ${m.largestContentfulPaint} ms, TBT ${m.totalBlockingTime} ms; ` +
      `observed FCP ${m.observedFirstContentfulPaint} ms, LCP ${m.observedLargestContentfulPaint} ms`,
  );
  for (const task of audits['long-tasks'].details.items.slice(0, 3)) {
    console.log(`  long task: ${Math.round(task.duration)} ms at ${Math.round(task.startTime)} ms, ${task.url}`);
  }
} finally {
  await chrome.kill();
  await server.close();
}
process.exit(failed ? 1 : 0);
