// Screenshots of the release dist at phone and desktop widths, for looking at the page.
//   node scripts/screenshot.mjs [outdir]   (after `trunk build --release`)
import { mkdir } from 'node:fs/promises';
import { startServer } from '../lib/server.mjs';
import { launch } from '../lib/browser.mjs';

const out = process.argv[2] ?? 'e2e/artifacts';
await mkdir(out, { recursive: true });
const server = await startServer();
const browser = await launch();
for (const [width, scheme] of [[375, 'light'], [1280, 'light'], [1280, 'dark']]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  await page.goto(server.url);
  await page.getByTestId('statement').last().waitFor();
  const file = `${out}/brief-${width}-${scheme}.png`;
  await page.screenshot({ path: file, fullPage: true });
  console.log(file);
  await page.close();
}
await browser.close();
await server.close();
