// The reader's words in Russian and Azerbaijani: asked for with ?lang= on the bundled
// (English) brief, and followed from a brief's own language. Every word outside the brief's
// own is in the reader's language, <html lang> follows, and axe finds nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { useBrief } from './harness.mjs';

const brief = useBrief();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** Every string the data file holds: the brief's own words, which keep their language. */
async function briefStrings(file) {
  const strings = [];
  const walk = (value) => {
    if (typeof value === 'string') strings.push(value);
    else if (value && typeof value === 'object') Object.values(value).forEach(walk);
  };
  walk(JSON.parse(await readFile(file, 'utf8')));
  return strings.sort((a, b) => b.length - a.length);
}

/**
 * The English words of the reader's own vocabulary (every word of locales/en.json) that the
 * other language does not also use ("iframe", "Pym.js", "CORS" and "JSON" are the same in all
 * three).
 */
async function englishOnlyWords(language) {
  const words = async (lang) => {
    const messages = JSON.parse(await readFile(`locales/${lang}.json`, 'utf8'));
    const text = Object.values(messages).join(' ').replace(/\{\{[^}]*\}\}/g, ' ');
    return new Set(text.toLowerCase().match(/[a-z]{3,}/g));
  };
  const [english, other] = [await words('en'), await words(language)];
  return [...english].filter((word) => !other.has(word));
}

/**
 * Everything the page says to a reader in its own language: its text, hidden or not, and its
 * labels; without the parts marked as another language (the brief's own words, each language's
 * name for itself) and the embed code (HTML, not words). Takes those parts off the page.
 */
function everythingSaid(page) {
  return page.evaluate(() => {
    const own = document.documentElement.lang;
    for (const other of document.querySelectorAll('[lang], pre, code')) {
      if (other.lang !== own) other.remove();
    }
    const labels = [...document.querySelectorAll('[aria-label], [title], title, desc, option')].map(
      (e) => `${e.getAttribute('aria-label') ?? ''} ${e.getAttribute('title') ?? ''} ${e.textContent}`,
    );
    return [document.body.innerText, document.title, ...labels].join('\n');
  });
}

async function axeViolations(page) {
  await page.addScriptTag({ path: axePath });
  const { violations } = await page.evaluate(() => window.axe.run(document));
  return violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const LANGUAGES = [
  {
    lang: 'ru',
    heading: 'Хроника заявлений',
    embed: 'Встроить',
    status: 'Показаны все 11 заявлений.',
    day: '31 августа 2024 г.',
  },
  {
    lang: 'az',
    heading: 'Bəyanatların xronologiyası',
    embed: 'Yerləşdir',
    status: 'Bütün 11 bəyanat göstərilir.',
    day: '31 avqust 2024',
  },
];

for (const { lang, heading, embed, status, day } of LANGUAGES) {
  test(`?lang=${lang} frames the English brief in ${lang}: no English word outside the brief's own`, async () => {
    const page = await brief.newPage({ viewport: { width: 375, height: 900 } });
    await brief.open(page, `?lang=${lang}`);
    await page.locator('#timeline-heading', { hasText: heading }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.getByTestId('filter-status').textContent(), status);
    assert.equal(await page.locator('.day-heading').first().textContent(), day);
    // The brief's own words keep their language.
    assert.equal(await page.locator('#headline').getAttribute('lang'), 'en');
    assert.equal(await page.locator('.statement-text').first().getAttribute('lang'), 'en');
    await page.getByRole('button', { name: embed }).click();
    await page.getByTestId('embed-panel').waitFor();

    let said = await everythingSaid(page);
    for (const own of await briefStrings('data/brief.json')) said = said.replaceAll(own, ' ');
    const left = new Set(said.toLowerCase().match(/[a-z]{3,}/g) ?? []);
    const english = (await englishOnlyWords(lang)).filter((word) => left.has(word));
    assert.deepEqual(english, [], `English words on the ${lang} page`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });

  for (const width of [375, 1280]) {
    test(`axe-core finds no violations with ?lang=${lang} at ${width} px`, async () => {
      const page = await brief.newPage({ viewport: { width, height: 900 } });
      await brief.open(page, `?lang=${lang}`);
      await page.locator('#timeline-heading', { hasText: heading }).waitFor();
      assert.deepEqual(await axeViolations(page), []);
      await page.close();
    });
  }
}

test('an unknown language is ignored: the brief keeps its own', async () => {
  const page = await brief.newPage();
  await brief.open(page, '?lang=fr');
  await page.locator('#timeline-heading', { hasText: 'Timeline of statements' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  await page.close();
});

/** Serves the e2e fixture `name` as the brief's data file `data/<name>`. */
async function serve(name) {
  const body = await readFile(`e2e/fixtures/${name}`, 'utf8');
  brief.server.pages.set(`/widgets/brief/data/${name}`, { type: 'application/json', body });
}

const BRIEFS = [
  {
    file: 'brief-ru.json',
    lang: 'ru',
    heading: 'Хроника заявлений',
    embed: 'Встроить',
    status: 'Показаны все 5 заявлений.',
    day: '31 августа 2024 г.',
    // "серьезных" typed without the ё of "серьёзных" (paragraph 3 and its quotation).
    search: 'серьезных',
    found: 'Показано 1 из 5 заявлений. «\u2068серьезных\u2069» встречается в 1 абзаце статьи.',
  },
  {
    file: 'brief-az.json',
    lang: 'az',
    heading: 'Bəyanatların xronologiyası',
    embed: 'Yerləşdir',
    status: 'Bütün 5 bəyanat göstərilir.',
    day: '31 avqust 2024',
    // "irina" typed for "İrina Sokolova": her two statements, and paragraph 6.
    search: 'irina',
    found: '5 bəyanatdan 2 göstərilir. «\u2068irina\u2069» məqalənin 1 abzasında keçir.',
  },
];

for (const { file, lang, heading, embed, status, day, search, found } of BRIEFS) {
  test(`a brief in ${lang} is framed in ${lang}, searched by its letters, and passes axe`, async () => {
    await serve(file);
    const page = await brief.newPage({ viewport: { width: 1280, height: 900 } });
    await brief.open(page, `?src=data/${file}`);
    await page.locator('#timeline-heading', { hasText: heading }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
    assert.equal(await page.locator('#headline').getAttribute('lang'), lang);
    assert.equal(await page.getByTestId('filter-status').textContent(), status);
    assert.equal(await page.locator('.day-heading').first().textContent(), day);
    assert.deepEqual(await axeViolations(page), []);

    await page.locator('#filter-search').fill(search);
    await page.getByTestId('filter-status').filter({ hasText: found }).waitFor();

    await page.getByRole('button', { name: embed }).click();
    await page.getByTestId('embed-panel').waitFor();
    let said = await everythingSaid(page);
    for (const own of await briefStrings(`e2e/fixtures/${file}`)) said = said.replaceAll(own, ' ');
    const left = new Set(said.toLowerCase().match(/[a-z]{3,}/g) ?? []);
    const english = (await englishOnlyWords(lang)).filter((word) => left.has(word));
    assert.deepEqual(english, [], `English words on the ${lang} brief's page`);
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}

test('?lang=en frames a Russian brief in English, its own words still marked Russian', async () => {
  await serve('brief-ru.json');
  const page = await brief.newPage();
  await brief.open(page, '?src=data/brief-ru.json&lang=en');
  await page.locator('#timeline-heading', { hasText: 'Timeline of statements' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
  assert.equal(await page.locator('#headline').getAttribute('lang'), 'ru');
  assert.equal(await page.getByTestId('filter-status').textContent(), 'Showing all 5 statements.');
  assert.equal(await page.locator('.day-heading').first().textContent(), '31 August 2024');
  await page.close();
});

test('ru.html, the English brief pre-rendered in Russian words, reads before any WebAssembly and is taken over as it is', async () => {
  const page = await brief.newPage();
  // Held back: what shows is the page as the build wrote it.
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${brief.url}ru.html`);
  await page.locator('#timeline-heading', { hasText: 'Хроника заявлений' }).waitFor();
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'ru');
  assert.equal(await page.getByTestId('filter-status').textContent(), 'Показаны все 11 заявлений.');
  assert.match(await page.title(), /· Сводка наблюдателей$/);
  await page.close();

  const live = await brief.newPage();
  await brief.open(live, 'ru.html');
  assert.equal(await live.locator('#observer-brief-page').getAttribute('data-app'), 'hydrated');
  await live.locator('#filter-search').fill('отчет');
  await live.getByTestId('filter-status').filter({ hasText: 'Показано 0 из 11 заявлений.' }).waitFor();
  assert.deepEqual(live.errors, [], 'the Russian page is taken over without a mismatch');
  await live.close();
});
