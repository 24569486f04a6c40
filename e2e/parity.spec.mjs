// The brief rendered natively (Leptos ssr, what the release page holds before any WebAssembly
// runs and what hydration keeps) and rendered afresh in the browser (csr, what an address with a
// fresh key such as `?view=all` shows) are the same DOM: for the bundled brief, a draft, and a
// brief with every optional part empty. The native render comes from the same function the
// build calls (`examples/render-brief.rs`); the browser's is read once the brief is on screen.
// Both are compared after dropping what only hydration needs (comments, the text nodes they
// split, the space Leptos writes for an empty text); any other difference fails, naming the path
// of the first differing node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { useBrief, DATA } from './harness.mjs';

const brief = useBrief();
const FILES = ['data/brief.json', 'e2e/fixtures/draft.json', 'e2e/fixtures/brief-empty.json'];

// One cargo run for the three (built already when `cargo test` has run).
const native = JSON.parse(
  (
    await promisify(execFile)('cargo', ['run', '--quiet', '--example', 'render-brief', '--', ...FILES], {
      maxBuffer: 64 * 1024 * 1024,
    })
  ).stdout,
);

/**
 * Runs in the page: the first difference between the children of `selector`'s element and those of `html`
 * parsed by this browser, as `{ path, expected, actual }`, or null. Comments are dropped and
 * the text nodes they separated joined; empty text nodes are dropped, and so is a lone space
 * (below); attributes compare as sets, by name and value, with a form control's value and
 * checked state.
 */
function firstDifference({ html, selector }) {
  const live = document.querySelector(selector);
  const template = document.createElement('template');
  template.innerHTML = html;
  // Attributes hydration would add (none in Leptos 0.8, which marks with comments only).
  const HYDRATION = /^data-hk$/;
  const children = (node) => {
    const out = [];
    for (const child of node.childNodes) {
      if (child.nodeType === Node.COMMENT_NODE) continue;
      if (child.nodeType === Node.TEXT_NODE) {
        const last = out[out.length - 1];
        if (typeof last === 'string') out[out.length - 1] = last + child.data;
        else out.push(child.data);
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        out.push(child);
      }
    }
    const kept = out.filter((c) => c !== '');
    // Leptos writes an empty text as one space, so that hydration finds a node to claim: an
    // element whose whole content is that space is empty.
    return kept.length === 1 && kept[0] === ' ' ? [] : kept;
  };
  // A form control's value and checked state are what the reader sees, attribute or not.
  const state = (element) =>
    ['input', 'select', 'textarea'].includes(element.localName)
      ? [`(value)="${element.value}"`, ...(element.checked ? ['(checked)'] : [])]
      : [];
  const attributes = (element) =>
    [...element.attributes]
      .filter((a) => !HYDRATION.test(a.name))
      .map((a) => `${a.name}="${a.value}"`)
      .concat(state(element))
      .sort()
      .join(' ');
  const describe = (node) =>
    node === undefined
      ? '(nothing)'
      : typeof node === 'string'
        ? `text ${JSON.stringify(node)}`
        : `<${node.localName}${attributes(node) ? ' ' + attributes(node) : ''}>`;
  const step = (node, index) => {
    if (typeof node === 'string') return `#text[${index}]`;
    const id = node.id ? `#${node.id}` : '';
    const classes = node.classList.length ? '.' + [...node.classList].join('.') : '';
    return `${node.localName}${id}${classes}[${index}]`;
  };
  const compare = (expected, actual, path) => {
    const a = children(expected);
    const b = children(actual);
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const [x, y] = [a[i], b[i]];
      const here = `${path} > ${step(x ?? y, i)}`;
      const same =
        x !== undefined &&
        y !== undefined &&
        (typeof x === 'string'
          ? x === y
          : typeof y !== 'string' && x.localName === y.localName && attributes(x) === attributes(y));
      if (!same) return { path: here, expected: describe(x), actual: describe(y) };
      if (typeof x !== 'string') {
        const inner = compare(x, y, here);
        if (inner) return inner;
      }
    }
    return null;
  };
  return compare(template.content, live, selector);
}

for (const file of FILES) {
  test(`${file}: the browser renders afresh exactly what the build renders natively`, async () => {
    assert.ok(native[file]?.includes('id="headline"'), `a native render of ${file}`);
    const data = await readFile(file, 'utf8');
    const page = await brief.newPage();
    // `?view=all` is the default view with a fresh key: the app renders in the browser from
    // the data file, here the brief under test.
    await page.route(DATA, (route) => route.fulfill({ contentType: 'application/json', body: data }));
    await page.goto(brief.url + '?view=all');
    await page.locator('#observer-brief-page[data-app="mounted"] #headline').waitFor();
    const difference = await page.evaluate(firstDifference, {
      html: native[file],
      selector: '#observer-brief-page',
    });
    assert.equal(
      difference,
      null,
      difference &&
        `${file}: native and browser renders differ at ${difference.path}\n` +
          `  native:  ${difference.expected}\n  browser: ${difference.actual}`,
    );
    assert.deepEqual(page.errors, []);
    await page.close();
  });
}
