// Pre-renders a release build: puts the brief, as the app draws it, into index.html as plain
// HTML, so that readers see the whole brief without waiting for the WebAssembly, which
// js/deferred-start.js then loads only when it is needed.
//
// `trunk build --release` runs it (through scripts/post-build.mjs). To run it by hand on a
// build that is not pre-rendered yet:   node scripts/prerender.mjs [dist]
//
// The snapshot records the hash of the data file it was made from: a page whose data file no
// longer matches (edited after the build, missing, broken) starts the app at once instead of
// showing stale content. Build again after editing data/brief.json.
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../lib/server.mjs';
import { launch, CHROMIUM } from '../lib/browser.mjs';

/** FNV-1a (32 bits) of `bytes`, in hex; js/deferred-start.js computes the same. */
function fnv1a(bytes) {
  let hash = 0x811c9dc5;
  for (const byte of bytes) hash = Math.imul(hash ^ byte, 0x01000193) >>> 0;
  return hash.toString(16);
}

/** The brief's root element as the app draws it from `dir`, as HTML. */
async function snapshotOf(dir) {
  const server = await startServer({ root: dir });
  const browser = await launch();
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 }, colorScheme: 'light' });
    const errors = [];
    tab.on('pageerror', (e) => errors.push(String(e)));
    await tab.goto(server.url);
    await tab.getByTestId('statement').last().waitFor({ timeout: 60_000 });
    if (errors.length) throw new Error(`the brief failed while pre-rendering: ${errors.join('; ')}`);
    const html = await tab.evaluate(() => {
      const root = document.querySelector('.observer-brief');
      // Form state lives in properties, which outerHTML leaves out: write it as attributes.
      for (const field of root.querySelectorAll('input')) {
        field.toggleAttribute('checked', field.checked);
        if (field.type !== 'checkbox' && field.type !== 'radio') field.setAttribute('value', field.value);
      }
      for (const option of root.querySelectorAll('option')) option.toggleAttribute('selected', option.selected);
      for (const area of root.querySelectorAll('textarea')) area.textContent = area.value;
      const copy = root.cloneNode(true);
      // The snapshot takes the page's theme (deferred-start.js sets the remembered one).
      copy.removeAttribute('data-theme');
      return copy.outerHTML;
    });
    // Addresses that name the pre-rendering server become relative to the page, where they work.
    const relative = html.replaceAll(server.url, './');
    if (relative.includes(new URL(server.url).host)) throw new Error('the snapshot still names the pre-rendering server');
    return relative;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Pre-renders the build in `dir` (its index.html, in place). */
export async function prerender(dir) {
  if (!existsSync(CHROMIUM)) {
    console.warn(
      `WARNING: no Chromium at ${CHROMIUM}, so the brief is NOT pre-rendered: the page works but shows` +
        ' nothing until the WebAssembly has loaded. Install it (bash scripts/setup.sh --browser) and build again.',
    );
    return;
  }
  const page = join(dir, 'index.html');
  let html = await readFile(page, 'utf8');
  if (html.includes('data-prerendered')) throw new Error(`${page} is pre-rendered already; build again first`);
  const dataHash = fnv1a(await readFile(join(dir, 'data/brief.json')));
  const snapshot = await snapshotOf(dir);
  const marked = snapshot.replace(
    /^<div class="observer-brief"/,
    `<div class="observer-brief" data-prerendered="" data-source-hash="${dataHash}"`,
  );
  if (marked === snapshot) throw new Error("the snapshot does not start with the brief's root element");

  // `to` is a function, so that `$` in the brief's text is never read as a pattern.
  const replace = (from, to) => {
    const next = html.replace(from, to);
    if (next === html) throw new Error(`${page} has no ${from}`);
    html = next;
  };
  // The app starts when it is needed (js/deferred-start.js), not on load: no module loader in the
  // head, and nothing that fetches the WebAssembly early.
  // Deferred, so that the parser never waits for it; render-blocking, so that the reader's
  // remembered theme applies before the first paint (it loads alongside the stylesheet).
  replace('<script type="module" src="./boot.js"></script>', () => '<script defer blocking="render" src="./deferred-start.js"></script>');
  html = html.replace(/<link rel="(modulepreload|preload)"[^>]*>\s*/g, '');
  // The snapshot is the page, with or without scripts; the loading notice waits above it, hidden,
  // for the cases that need it.
  replace(/(<p id="boot-loading"[^>]*)>([\s\S]*?<\/p>)/, (_, open, rest) => `${open} hidden>${rest}\n    ${marked}`);
  replace(/<noscript>[\s\S]*?<\/noscript>\s*/, () => '');
  await writeFile(page, html);
  console.log(`pre-rendered ${page}: ${Buffer.byteLength(marked)} bytes of brief, data hash ${dataHash}`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await prerender(process.argv[2] ?? 'dist');
