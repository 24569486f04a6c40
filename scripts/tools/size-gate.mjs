// The size gate of the release dist (after `trunk build --release`; scripts/test.sh runs it):
// prints each figure with its ceiling and the headroom left, and fails if one is over (or so far
// under that its ceiling should come down).
//   node scripts/tools/size-gate.mjs [dist] [ceilings file]
// Sizes are GNU `gzip -9`'s, as the README states them (Node's zlib at level 9 packs the wasm
// differently). The ceilings are in scripts/size-ceilings.txt.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const ceilingsFile = process.argv[3] ?? 'scripts/size-ceilings.txt';

/** `name = bytes` lines of the ceilings file; `#` starts a comment. */
function readCeilings(path) {
  const ceilings = new Map();
  for (const [i, line] of readFileSync(path, 'utf8').split('\n').entries()) {
    const text = line.replace(/#.*/, '').trim();
    if (!text) continue;
    const m = /^([a-z_]+)\s*=\s*(\d+)$/.exec(text);
    if (!m) throw new Error(`${path}:${i + 1}: expected "name = bytes", found "${line}"`);
    ceilings.set(m[1], Number(m[2]));
  }
  return ceilings;
}

const gzipSize = (path) => execFileSync('gzip', ['-9', '-c', path], { maxBuffer: 1 << 28 }).length;

/**
 * The files of `dist` that the first paint waits for: index.html, and what its <head> links
 * to that blocks rendering (stylesheets; scripts with a src that are neither async, deferred
 * nor modules). A blocking file from another origin cannot be measured here, so it fails.
 */
function firstPaintFiles() {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const end = html.search(/<\/head>/i);
  const head = end < 0 ? html : html.slice(0, end);
  const blocking = [];
  for (const [, name, rest] of head.matchAll(/<(link|script)\b([^>]*)>/gi)) {
    const attrs = new Map(
      [...rest.matchAll(/([^\s=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g)].map(
        ([, key, ...values]) => [key.toLowerCase(), values.find((v) => v !== undefined) ?? ''],
      ),
    );
    const isScript = name.toLowerCase() === 'script';
    const src = attrs.get(isScript ? 'src' : 'href');
    const blocks = isScript
      ? src !== undefined && !attrs.has('async') && !attrs.has('defer') && attrs.get('type') !== 'module'
      : /(^|\s)stylesheet(\s|$)/i.test(attrs.get('rel') ?? '');
    if (!blocks) continue;
    if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(src)) throw new Error(`the first paint waits for ${src}, outside the dist`);
    blocking.push(src.replace(/^\.?\//, '').replace(/[?#].*/, ''));
  }
  return ['index.html', ...blocking];
}

const ceilings = readCeilings(ceilingsFile);
const paintFiles = firstPaintFiles();
const figures = [
  ['wasm_gzip', 'observer-brief_bg.wasm', gzipSize(join(dist, 'observer-brief_bg.wasm'))],
  [
    'first_paint_gzip',
    `first paint (${paintFiles.join(' + ')})`,
    paintFiles.reduce((sum, file) => sum + gzipSize(join(dist, file)), 0),
  ],
];

// A ceiling is set at the figure plus MARGIN; one more than twice that above its figure (the
// figure got lighter) fails too, naming the lower ceiling, so that the ceiling follows it down.
const MARGIN = 0.01;
const withMargin = (size) => Math.floor(size * (1 + MARGIN));
const n = (bytes) => bytes.toLocaleString('en-US');
let failed = false;
console.log(`Size gate (gzip -9 bytes; ceilings in ${ceilingsFile}):`);
for (const [key, label, size] of figures) {
  const ceiling = ceilings.get(key);
  if (ceiling === undefined) throw new Error(`${ceilingsFile} has no ceiling "${key}"`);
  const headroom = ceiling - size;
  const percent = ((100 * headroom) / ceiling).toFixed(2);
  console.log(`  ${label}: ${n(size)}; ceiling ${n(ceiling)}; headroom ${n(headroom)} bytes (${percent} %)`);
  if (headroom < 0) {
    failed = true;
    console.error(`  ${label} is ${n(-headroom)} bytes over its ceiling (${key} in ${ceilingsFile}).`);
  } else if (headroom > 2 * MARGIN * size) {
    failed = true;
    console.error(`  ${label} got lighter: lower ${key} in ${ceilingsFile} to ${withMargin(size)}.`);
  }
}
const unknown = [...ceilings.keys()].filter((key) => !figures.some(([k]) => k === key));
if (unknown.length) throw new Error(`${ceilingsFile}: no figure is called ${unknown.join(', ')}`);
if (failed) process.exit(1);
