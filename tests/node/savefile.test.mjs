// The .saywho.json file: round trip, and a clear refusal of every bad file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { makeSaveFile, readSaveFile, readSaveFileBytes, fileNameFor, FILE_VERSION } from '../../web/savefile.js';

const TEXT = '😀 “We won,” said Ana.';
const ATTRIBUTIONS = [{
  source: { start: 16, end: 19, text: 'Ana' }, cue: { start: 11, end: 15, text: 'said' },
  content: { start: 2, end: 10, text: '“We won,”' }, kind: 'direct', source_resolved: 'Ana', rule: 'quote-said-x', confidence: 0.95,
}];
const CORRECTIONS = [{ action: 'set-source', claim: { exact: '“We won,”', prefix: '😀 ', suffix: ' said Ana.', start: 2, end: 10 }, name: 'Ana Ruiz' }];

test('a saved view reads back as it was', () => {
  const file = makeSaveFile({ text: TEXT, corrections: CORRECTIONS, attributions: ATTRIBUTIONS });
  assert.equal(JSON.parse(file).saywho, FILE_VERSION);
  assert.deepEqual(readSaveFile(file), { text: TEXT, corrections: CORRECTIONS, attributions: ATTRIBUTIONS });
  assert.deepEqual(readSaveFile(`\uFEFF${file}`).text, TEXT, 'a BOM is fine');
});

test('a file is read from its bytes as UTF-8, and refused if it is not UTF-8', () => {
  const file = makeSaveFile({ text: TEXT, corrections: CORRECTIONS, attributions: ATTRIBUTIONS });
  const bytes = new TextEncoder().encode(`\uFEFF${file}`);
  assert.deepEqual(readSaveFileBytes(bytes), readSaveFile(file));
  assert.deepEqual(readSaveFileBytes(Uint8Array.of(0x7b, 0xff, 0x7d)), { error: 'This file cannot be opened: it is not UTF-8 text.' });
});

const good = () => JSON.parse(makeSaveFile({ text: TEXT, corrections: CORRECTIONS, attributions: ATTRIBUTIONS }));
const BAD = [
  ['not JSON', 'nope', /not valid JSON/],
  ['a list', '[]', /not a saywho view/],
  ['no version', JSON.stringify({ text: 'a' }), /no "saywho" version/],
  ['version as text', JSON.stringify({ saywho: '1', text: 'a' }), /version is not a number/],
  ['newer version', JSON.stringify({ saywho: 99, text: 'a' }), /newer version of saywho \(file format 99\)/],
  ['text missing', JSON.stringify({ saywho: 1 }), /"text" is missing/],
  ['text a number', JSON.stringify({ saywho: 1, text: 7 }), /"text" is missing or not text/],
  ['corrections an object', JSON.stringify({ ...good(), corrections: {} }), /not a list/],
  ['correction bad action', JSON.stringify({ ...good(), corrections: [{ action: 'x' }] }), /"corrections": correction 1 has an unknown action/],
  ['attributions an object', JSON.stringify({ ...good(), attributions: {} }), /"attributions" are not a list/],
  ['offset past the end', JSON.stringify({ ...good(), attributions: [{ ...ATTRIBUTIONS[0], content: { start: 2, end: 500 } }] }), /attribution 1: its content \(2–500\) lies outside the text \(21 characters\)/],
  ['negative offset', JSON.stringify({ ...good(), attributions: [{ ...ATTRIBUTIONS[0], cue: { start: -1, end: 2 } }] }), /cue .* outside the text/],
  ['offset as text', JSON.stringify({ ...good(), attributions: [{ ...ATTRIBUTIONS[0], source: { start: '1', end: 2 } }] }), /not whole numbers/],
  ['no content', JSON.stringify({ ...good(), attributions: [{ kind: 'direct' }] }), /attribution 1 has no content/],
  ['source_resolved a number', JSON.stringify({ ...good(), attributions: [{ ...ATTRIBUTIONS[0], source_resolved: 3 }] }), /source_resolved is not text/],
];
for (const [name, json, pattern] of BAD) {
  test(`a bad file is refused with a message: ${name}`, () => {
    const result = readSaveFile(json);
    assert.equal(result.text, undefined);
    assert.match(result.error, /^This file cannot be opened: /);
    assert.match(result.error, pattern);
  });
}

test('download names come from the first words', () => {
  assert.equal(fileNameFor('Chinese officials this week urged FBI Director', '.saywho.json'), 'saywho-chinese-officials-this-week-urged.saywho.json');
  assert.equal(fileNameFor('“Zoë” said — 😀', '.csv'), 'saywho-zoe-said.csv');
  assert.equal(fileNameFor('', '.csv'), 'saywho.csv');
});
