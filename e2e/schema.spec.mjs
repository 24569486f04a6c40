// The JSON Schema shipped for editors' tools (schema/brief.schema.json, generated from the Rust
// types) accepts the bundled brief, with or without the "$schema" key the README suggests, and
// refuses what the types refuse. (No browser: Ajv, the validator editors' tools use.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';

const schema = JSON.parse(await readFile('schema/brief.schema.json', 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
// schemars writes counts as format "uint32", which is not one of JSON Schema's own.
ajv.addFormat('uint32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff });
const validate = ajv.compile(schema);
const bundled = JSON.parse(await readFile('data/brief.json', 'utf8'));
const errors = () => (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);

test('a draft new-brief wrote follows the schema too', async () => {
  const draft = JSON.parse(await readFile('e2e/fixtures/draft.json', 'utf8'));
  assert.equal(validate(draft), true, errors().join('\n'));
});

test('the Russian, Azerbaijani and attribution fixtures follow the schema: language, attribution_paragraph, an organisation', async () => {
  for (const file of ['brief-ru.json', 'brief-az.json', 'brief-next-paragraph.json']) {
    const brief = JSON.parse(await readFile(`e2e/fixtures/${file}`, 'utf8'));
    assert.equal(validate(brief), true, `${file}: ${errors().join('\n')}`);
  }
  const next = JSON.parse(await readFile('e2e/fixtures/brief-next-paragraph.json', 'utf8'));
  const organisation = { ...next.statements[0], speaker: { organisation: 'Council' } };
  assert.equal(validate({ ...next, statements: [organisation] }), true, errors().join('\n'));
  assert.equal(validate({ ...next, language: 'de' }), false);
});

test('the bundled brief follows the shipped schema, with the "$schema" key too', () => {
  assert.equal(validate(bundled), true, errors().join('\n'));
  assert.equal(validate({ $schema: 'schema/brief.schema.json', ...bundled }), true, errors().join('\n'));
});

test('the schema refuses a wrong type, a missing field and an unknown one', async () => {
  const wrongType = JSON.parse(await readFile('tests/corpus/wrong-type.json', 'utf8'));
  assert.equal(validate(wrongType), false);
  assert.ok(errors().some((e) => e.startsWith('/missions/0/observers/total ')), errors().join('\n'));
  const { headline, ...article } = bundled.article;
  assert.equal(validate({ ...bundled, article }), false);
  assert.deepEqual(errors(), ["/article must have required property 'headline'"]);
  assert.equal(validate({ ...bundled, approved: true }), false);
  assert.deepEqual(errors(), [' must NOT have additional properties']);
});
