// Trunk post-build hook, on the staging folder before it becomes dist/:
// 1. moves Trunk's inline loader script out of index.html into boot.js, so that the page runs
//    under a strict Content-Security-Policy (script-src 'self', no 'unsafe-inline'). Data blocks
//    such as the JSON-LD are not scripts and stay where they are;
// 2. in a release build, pre-renders the brief into index.html (scripts/prerender.mjs).
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { prerender } from './prerender.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)');
const page = join(dir, 'index.html');
const html = await readFile(page, 'utf8');
const loader = /<script type="module">([\s\S]*?)<\/script>/;
const found = html.match(loader);
if (!found) throw new Error('index.html has no inline module script from Trunk');
await writeFile(join(dir, 'boot.js'), found[1].trim() + '\n');
const rest = html.replace(loader, '<script type="module" src="./boot.js"></script>');
// `trunk serve` adds its own inline live-reload script (a WebSocket client); it is for
// development only and never in a built dist.
const inline = [...rest.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
  ([, attributes, body]) =>
    !/\bsrc=/.test(attributes) && !attributes.includes('application/ld+json') && !body.includes('WebSocket'),
);
if (inline.length) throw new Error(`index.html still has an inline script: ${inline[0][0]}`);
await writeFile(page, rest);
if (process.env.TRUNK_PROFILE === 'release') await prerender(dir);
