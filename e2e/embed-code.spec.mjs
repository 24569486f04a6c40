// The Embed control, used as an editor would: choose a part, copy the code, paste it into a
// blank page on another site, and see the brief there, sized to fit.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useBrief } from './harness.mjs';

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
  await frame.getByTestId('statement').last().waitFor();
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
