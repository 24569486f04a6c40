// temp: the 10k scale measure, with optional CPU profile (--profile out.json) of the keystrokes
import { readFile, writeFile, mkdtemp, cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';
const root = process.argv.includes('--root') ? process.argv[process.argv.indexOf('--root') + 1] : 'dist';
const prof = process.argv.includes('--profile') ? process.argv[process.argv.indexOf('--profile') + 1] : null;
const profLoad = process.argv.includes('--profile-load');
const trace = process.argv.includes('--trace');
const browser = await launch();
const brief = JSON.parse(await readFile('data/brief.json', 'utf8'));
const originals = brief.statements;
brief.statements = originals.concat(Array.from({ length: 10_000 - originals.length }, (_, i) => ({ ...originals[i % originals.length], id: `copy-${i}` })));
const big = JSON.stringify(brief);
const dir = await mkdtemp(join(tmpdir(), 'scale-')); await cp(root, dir, { recursive: true }); await writeFile(join(dir, 'data', 'scale.json'), big);
const server = await startServer({ root: dir, gzip: true });
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
for (let run = 0; run < 3; run++) {
  const scale = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  scale.on('pageerror', (e) => console.log('  page error:', String(e)));
  const cdp = await scale.context().newCDPSession(scale);
  if (prof && profLoad && run === 0) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 200 }); await cdp.send('Profiler.start'); }
  const started = Date.now();
  await scale.goto(server.url + '?src=data/scale.json');
  await scale.locator('#observer-brief-page[data-app=mounted]').waitFor({ state: 'attached', timeout: 120_000 });
  await scale.waitForFunction(() => /of 10,000|all 10,000/.test(document.querySelector('[data-testid=filter-status]')?.textContent ?? ''), null, { timeout: 120_000 });
  const loadMs = Date.now() - started;
  if (prof && profLoad && run === 0) { const { profile } = await cdp.send('Profiler.stop'); await writeFile(prof, JSON.stringify(profile)); }
  if (prof && !profLoad && run === 0) { await cdp.send('Profiler.enable'); await cdp.send('Profiler.setSamplingInterval', { interval: 100 }); await cdp.send('Profiler.start'); }
  if (trace && run === 0) await browser.startTracing(scale, { path: '/tmp/keys.trace.json', categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing'] });
  const keystrokes = await scale.evaluate(async (queries) => {
    const input = document.querySelector('input[type=search]');
    // Where a reader types: the field in view, the list below it.
    input.scrollIntoView({ block: 'start' });
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
    const times = [];
    for (const query of queries) {
      const t = performance.now();
      input.value = query;
      input.dispatchEvent(new Event('input', { bubbles: true }));
      await new Promise((done) => requestAnimationFrame(() => setTimeout(done)));
      times.push(performance.now() - t);
    }
    return times;
  }, process.env.QUERIES ? JSON.parse(process.env.QUERIES) : ['o', 'ob', 'obs', 'obse', 'obser', 'observ', 'observa', 'observ', 'obser', 'smooth', 'smoothl']);
  if (prof && !profLoad && run === 0) { const { profile } = await cdp.send('Profiler.stop'); await writeFile(prof, JSON.stringify(profile)); }
  if (trace && run === 0) await browser.stopTracing();
  const status = await scale.getByTestId('filter-status').textContent();
  console.log(`load ${loadMs} ms; keys median ${median(keystrokes).toFixed(1)} max ${Math.max(...keystrokes).toFixed(1)}: ${keystrokes.map((k) => k.toFixed(0)).join(' ')}; ${status}`);
  await scale.close();
}
await browser.close(); await server.close();
