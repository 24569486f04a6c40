// The Embed control, used as an editor would: choose a part, copy the code, paste it into a
// blank page on another site, and see the brief there, sized to fit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { timelineWhole, useBrief } from './harness.mjs';

const brief = useBrief({ hosts: true });

/** Serves a blank page with `code` pasted in, on the host origin; returns its address. */
function paste(code) {
  const path = `/pasted-${brief.host.pages.size}.html`;
  brief.host.pages.set(
    path,
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>${code}</body></html>`,
  );
  return new URL(path, brief.host.url).href;
}

/** Opens the brief, opens the Embed control, picks `part`, and copies snippet `kind`. */
async function copyEmbedCode(part, kind) {
  const context = await brief.newContext();
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await context.newPage();
  await brief.open(page);
  await page.getByTestId('statement').last().waitFor();
  const toggle = page.getByRole('button', { name: 'Embed' });
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  const panel = page.getByTestId('embed-panel');
  await panel.getByLabel(part).check();
  await panel.getByRole('button', { name: `Copy code: ${kind}` }).click();
  await panel.getByText('Copied to the clipboard.').waitFor();
  const code = await page.evaluate(() => navigator.clipboard.readText());
  return { context, page, code };
}

test('pasting the copied pym.js code into a blank page elsewhere shows the timeline, sized', async () => {
  const { context, code } = await copyEmbedCode('Timeline only', 'Self-sizing iframe (Pym.js)');
  assert.match(code, /data-pym-src="[^"]+\?embed=1&amp;view=timeline"/);

  // An editor's blank page on another origin, with the code pasted in.
  const page = await context.newPage();
  await page.goto(paste(code));
  const frame = page.frameLocator('iframe');
  await timelineWhole(frame);
  assert.equal(await frame.getByTestId('article').count(), 0);
  const content = await frame.locator('html').evaluate((html) => html.getBoundingClientRect().height);
  await page.waitForFunction(
    (height) => Math.abs(document.querySelector('iframe').getBoundingClientRect().height - height) <= 3,
    content,
  );
  await context.close();
});

test('the copied direct-mount code mounts the chosen part on another site', async () => {
  const { context, code } = await copyEmbedCode('Mission cards only', 'Direct mount, no iframe');
  // The mount element names the deployment whose embed.js may mount it.
  assert.ok(code.startsWith(`<div data-observer-brief="${brief.url}" data-view="missions">`), code);
  const page = await context.newPage();
  await page.goto(paste(code));
  await page.getByTestId('mission-card').last().waitFor();
  assert.equal(await page.getByTestId('mission-card').count(), 2);
  assert.equal(await page.getByTestId('statement').count(), 0);
  await context.close();
});

test('the plain iframe code has a title and a height, and Escape closes the control', async () => {
  const { context, page, code } = await copyEmbedCode('Whole brief', 'Plain iframe');
  assert.match(code, /^<iframe src="[^"]+\?embed=1" title="Observer brief: [^"]+" width="100%" height="\d+"/);
  const toggle = page.getByRole('button', { name: 'Embed' });
  await page.keyboard.press('Escape');
  assert.equal(await page.getByTestId('embed-panel').isVisible(), false);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await toggle.evaluate((el) => el === document.activeElement), true, 'focus returns to the button');
  await context.close();
});

/** Each part as the Embed control names it, with the element that ends it once it is drawn. */
const PARTS = {
  'Whole brief': { key: 'all', last: '[data-testid=statement] >> nth=10' },
  'Article only': { key: 'article', last: '[data-testid=source-paragraph] >> nth=9' },
  'Mission cards only': { key: 'missions', last: '[data-testid=mission-card] >> nth=1' },
  'Timeline only': { key: 'timeline', last: '[data-testid=statement] >> nth=10' },
};

test('the plain iframe code is as tall as its part on a 375 px phone, and taller than it at 1280 px', { timeout: 120_000 }, async () => {
  // The heights the Embed control writes into the plain iframe code, part by part.
  const page = await brief.newPage();
  await brief.open(page);
  await page.getByRole('button', { name: 'Embed' }).click();
  const panel = page.getByTestId('embed-panel');
  const plain = panel.getByTestId('embed-snippet').filter({ has: page.getByRole('heading', { name: 'Plain iframe' }) });
  const codes = {};
  for (const part of Object.keys(PARTS)) {
    await panel.getByLabel(part).check();
    await plain.locator('code').filter({ hasText: part === 'Whole brief' ? /\?embed=1"/ : `view=${PARTS[part].key}"` }).waitFor();
    codes[part] = await plain.locator('code').textContent();
  }
  await page.close();
  const height = (part) => Number(codes[part].match(/ height="(\d+)"/)[1]);

  // The code pasted as it is into an editor's blank page (the browser's own 8 px margin: the
  // frame is 359 px wide on a 375 px phone); the part's height measured the way the brief
  // measures itself for pym.js.
  const measured = {};
  for (const width of [375, 1280]) {
    const host = await brief.newPage({ viewport: { width, height: 900 } });
    for (const [part, { last }] of Object.entries(PARTS)) {
      await host.goto(paste(codes[part]));
      const frame = host.frameLocator('iframe');
      await frame.locator(last).waitFor();
      measured[`${part} at ${width}`] = await frame.locator('html').evaluate(async (html) => {
        await document.fonts.ready;
        return Math.ceil(html.getBoundingClientRect().height);
      });
    }
    await host.close();
  }
  for (const part of Object.keys(PARTS)) {
    const phone = measured[`${part} at 375`];
    const wide = measured[`${part} at 1280`];
    // Fits on a phone with no inner scroll bar, rounded up to the next hundred (plus headroom
    // for the fonts), not padded with empty space.
    assert.ok(phone <= height(part), `${part}: ${phone}px at 375 px, the code gives ${height(part)}`);
    assert.ok(height(part) - phone < 200, `${part}: the code gives ${height(part)}, ${phone}px at 375 px`);
    // On a wide screen the part is shorter, so it fits there too.
    assert.ok(wide <= height(part), `${part}: ${wide}px at 1280 px, the code gives ${height(part)}`);
  }

  // The README gives the same heights, and its example is the timeline's code.
  const readme = await readFile('README.md', 'utf8');
  const n = (part) => height(part).toLocaleString('en-US');
  const said = `(whole brief ${n('Whole brief')} px, article ${n('Article only')}, mission cards ${n('Mission cards only')}, timeline ${n('Timeline only')})`;
  assert.ok(readme.includes(said), `README.md should say ${said}`);
  assert.ok(readme.includes(`width="100%" height="${height('Timeline only')}"`), 'README.md’s example has the timeline’s height');
});
