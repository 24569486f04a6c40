// Lists every file of a dist with its raw and gzip size, and the totals.
//   node scripts/sizes.mjs [dist]
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = process.argv[2] ?? 'dist';
async function* files(dir) {
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, e.name);
    if (e.isDirectory()) yield* files(path);
    else yield path;
  }
}
let raw = 0;
let gz = 0;
const rows = [];
for await (const path of files(root)) {
  const body = await readFile(path);
  const zipped = gzipSync(body, { level: 9 }).length;
  raw += body.length;
  gz += zipped;
  rows.push([relative(root, path), body.length, zipped]);
}
rows.sort((a, b) => b[1] - a[1]);
const pad = (s, n) => String(s).padStart(n);
console.log(`${'file'.padEnd(48)} ${pad('bytes', 9)} ${pad('gzip', 9)}`);
for (const [name, r, g] of rows) console.log(`${name.padEnd(48)} ${pad(r, 9)} ${pad(g, 9)}`);
console.log(`${'total'.padEnd(48)} ${pad(raw, 9)} ${pad(gz, 9)}`);
