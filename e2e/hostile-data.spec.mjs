// A selection of the hostile data corpus, end to end: the page never runs what the data
// carries, names the file and path of what is wrong, and stays usable.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { useBrief, DATA } from './harness.mjs';

const brief = useBrief();

/** Opens the brief with `file` from tests/corpus/ (or `body`) as its data. */
async function openWith({ file, body }) {
  const page = await brief.newPage();
  const text = body ?? (await readFile(`tests/corpus/${file}`, 'utf8'));
  await page.route(DATA, (route) => route.fulfill({ contentType: 'application/json', body: text }));
  await page.goto(brief.url);
  // Not the data the page was rendered from: the app renders it afresh.
  await page.locator('#observer-brief-page[data-app=mounted]').waitFor({ state: 'attached' });
  return page;
}

/** The page's console errors, but for the browser's own report that the data file is not the
 * one the page was rendered from (which is what these tests do on purpose): Chromium's two
 * lines of that report, word for word, about that file and no other. */
const unexpectedErrors = (page) => {
  const file = `${brief.url}data/brief.json`.replaceAll(/[.?/]/g, '\\$&');
  const report = [
    new RegExp(
      `^Failed to find a valid digest in the 'integrity' attribute for resource '${file}' with computed SHA-256 integrity '[A-Za-z0-9+/]{43}='\\. The resource has been blocked\\.$`,
    ),
    new RegExp(`^Fetch API cannot load ${file}\\. SRI's integrity checks failed\\.$`),
  ];
  return page.errors.filter((e) => !report.some((line) => line.test(e)));
};

test('markup and javascript: in the data are shown as text and never run', async () => {
  const page = await openWith({ file: 'html-and-script.json' });
  await page.getByTestId('statement').last().waitFor();
  assert.match(await page.getByRole('heading', { level: 1 }).textContent(), /^<script>window\.pwned = 1<\/script><img/);
  assert.equal(await page.evaluate(() => window.pwned), undefined);
  assert.equal(await page.locator('#article script, #article img, a[href^="javascript:"]').count(), 0);
  assert.deepEqual(unexpectedErrors(page), []);
});

test('a direction override is refused, naming the file and path', async () => {
  const page = await openWith({ file: 'bidi-override.json' });
  await page.getByTestId('load-error').waitFor();
  const text = await page.getByTestId('load-error').textContent();
  assert.match(text, /\u2068data\/brief\.json\u2069 is not a sound brief/);
  assert.match(text, /article\.paragraphs\[4\]\.text: contains U\+202E RIGHT-TO-LEFT OVERRIDE/);
  assert.equal(await page.getByRole('button', { name: 'Retry' }).count(), 0);
});

test('5,000-deep nesting and truncated JSON are refused without freezing the page', async () => {
  for (const [file, words] of [
    ['deeply-nested.json', /\u2068article\[0\]\u2069: \u2068invalid type: sequence, expected a string/],
    ['truncated.json', /\u2069 is not valid JSON: \u2068EOF while parsing/],
  ]) {
    const page = await openWith({ file });
    await page.getByTestId('load-error').waitFor();
    assert.match(await page.getByTestId('error-message').textContent(), words, file);
    // Still usable: the page answers the keyboard, and the message can take focus.
    await page.locator('#error-heading').focus();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'error-heading');
    await page.close();
  }
});

test('a 5 MB file of repeated records lists the first problems and says how many more', async () => {
  const data = JSON.parse(await readFile('data/brief.json', 'utf8'));
  data.statements = Array(16_000).fill(data.statements[0]);
  const body = JSON.stringify(data);
  assert.ok(body.length > 5_000_000);
  const page = await openWith({ body });
  await page.getByTestId('load-error').waitFor({ timeout: 60_000 });
  assert.equal(await page.locator('.error-problems li').count(), 20);
  assert.match(await page.locator('.error-more').textContent(), /…and \d{4,} more problems/);
});
