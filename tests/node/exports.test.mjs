// Exports: the CLI's JSON (checked against the CLI itself), W3C Web
// Annotation JSON-LD (its structure checked against the model), CSV (parsed
// back to the same rows, Unicode intact) and the Markdown summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { attributionsToUtf16InPlace } from '../../web/offsets.js';
import { applyCorrections, anchorFor } from '../../web/corrections.js';
import {
  toCliJson, toWebAnnotation, toCsv, csvRows, toMarkdown, documentId, CSV_COLUMNS,
} from '../../web/exports.js';
import { SAMPLE } from '../../web/sample.js';
import { parseCsv } from './csv.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = path.join(ROOT, 'build/saywho');

// Tricky on purpose: astral characters before claims, quotes and commas
// inside them, a formula-like start, CJK.
const TEXT = '😀 “Prices, “sadly”, will rise,” said Zoë Müller. =SUM(A1) was typed, the clerk said. ' +
  '新华社 said the talks were “productive 👍.”';

function cli(text) {
  const run = spawnSync(CLI, ['annotate'], { input: `${JSON.stringify({ id: 'x', text })}\n`, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

// Without the native build, a hand-made claim list stands in.
function engine(text) {
  if (existsSync(CLI)) return cli(text).attributions;
  const cp = (s) => { const i = text.indexOf(s); const start = Array.from(text.slice(0, i)).length; return { start, end: start + Array.from(s).length, text: s }; };
  return [{ source: cp('Zoë Müller'), cue: cp('said'), content: cp('“Prices, “sadly”, will rise,”'), kind: 'direct', source_resolved: 'Zoë Müller', rule: 'quote-said-x', confidence: 0.95 }];
}

const views = (text) => {
  const raw = engine(text);
  return { raw, view: applyCorrections(text, attributionsToUtf16InPlace(structuredClone(raw), text), []).view };
};

test('CLI JSON export is the CLI’s own output for the same text', { skip: !existsSync(CLI) && 'needs build/saywho' }, () => {
  for (const text of [TEXT, SAMPLE]) {
    const { view } = views(text);
    assert.deepEqual(JSON.parse(toCliJson('x', view)), cli(text));
  }
});

test('CLI JSON export leaves out dismissed claims and carries corrected sources', () => {
  const { raw, view: plain } = views(TEXT);
  const { view } = applyCorrections(TEXT, plain, [
    { action: 'dismiss', claim: anchorFor(TEXT, plain[0]) },
  ]);
  const out = JSON.parse(toCliJson('x', view));
  assert.equal(out.attributions.length, raw.length - 1);
});

// The W3C Web Annotation Data Model's requirements, as far as they apply.
function assertWebAnnotation(doc, text) {
  const points = Array.from(text);
  assert.equal(doc['@context'], 'http://www.w3.org/ns/anno.jsonld');
  assert.equal(doc.type, 'AnnotationCollection');
  assert.match(doc.id, /^[a-z][a-z0-9+.-]*:/, 'an IRI');
  assert.equal(doc.first.type, 'AnnotationPage');
  const items = doc.first.items;
  assert.equal(doc.total, items.length);
  const ids = new Set();
  for (const a of items) {
    assert.equal(a['@context'], undefined, 'the context is given once, at the top');
    assert.equal(a.type, 'Annotation');
    assert.match(a.id, /^[a-z][a-z0-9+.-]*:\S+$/);
    assert.ok(!ids.has(a.id), 'ids are unique');
    ids.add(a.id);
    assert.ok(['identifying', 'describing', 'classifying', 'tagging'].includes(a.motivation));
    assert.ok(Array.isArray(a.body) && a.body.length > 0);
    for (const b of a.body) {
      assert.equal(b.type, 'TextualBody');
      assert.equal(typeof b.value, 'string');
      assert.ok(['identifying', 'classifying', 'describing'].includes(b.purpose));
    }
    assert.equal(a.target.source, doc.id.replace(/#.*/, ''));
    const quote = a.target.selector.find((s) => s.type === 'TextQuoteSelector');
    const position = a.target.selector.find((s) => s.type === 'TextPositionSelector');
    assert.ok(quote && position, 'both selectors');
    assert.ok(Number.isInteger(position.start) && Number.isInteger(position.end));
    assert.ok(position.start >= 0 && position.start <= position.end && position.end <= points.length);
    assert.equal(points.slice(position.start, position.end).join(''), quote.exact, 'selectors agree, in code points');
    assert.equal(points.slice(position.start - quote.prefix.length >= 0 ? position.start - Array.from(quote.prefix).length : 0, position.start).join(''), quote.prefix);
    assert.ok(text.includes(quote.exact + quote.suffix));
  }
}

test('Web Annotation export follows the W3C model, one annotation per claim', async () => {
  for (const text of [TEXT, SAMPLE]) {
    const { raw, view } = views(text);
    const doc = toWebAnnotation(text, view, { documentId: await documentId(text) });
    assertWebAnnotation(JSON.parse(JSON.stringify(doc)), text);
    assert.equal(doc.first.items.length, raw.length);
    assert.deepEqual(doc.first.items.map((a) => a.body[0].value), raw.map((a) => a.source_resolved || 'unattributed'));
  }
  assert.equal(await documentId('abc'), 'urn:saywho:text:sha256:ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
});

test('CSV export parses back to the same rows, Unicode intact', () => {
  const { raw, view } = views(TEXT);
  const csv = toCsv(view);
  assert.ok(csv.startsWith('\uFEFF'), 'a BOM, so spreadsheets read UTF-8');
  assert.ok(csv.endsWith('\r\n'));
  const rows = parseCsv(csv);
  assert.deepEqual(rows, csvRows(view));
  assert.deepEqual(rows[0], CSV_COLUMNS);
  assert.equal(rows.length, raw.length + 1);
  raw.forEach((a, i) => {
    const row = rows[i + 1];
    assert.equal(row[0], a.source_resolved ?? '');
    assert.equal(row[2].replace(/^'/, ''), a.content.text);
    assert.deepEqual([row[4], row[5]], [String(a.content.start), String(a.content.end)]);
  });
  assert.ok(csv.includes('Zoë Müller') || csv.includes('新华社') || raw.length === 0);
});

test('CSV: quotes, commas, newlines and formula starts survive and stay inert', () => {
  const view = [{ source_resolved: '=cmd|calc', cue: { text: 'said, "loudly"' }, content: { start: 0, end: 3, cpStart: 0, cpEnd: 3, text: 'a\nb "c", 😀' }, kind: 'direct' }];
  const rows = parseCsv(toCsv(view));
  assert.deepEqual(rows[1], ["'=cmd|calc", 'said, "loudly"', 'a\nb "c", 😀', 'direct', '0', '3']);
});

test('Markdown summary: a section per source with its forms, escaped text', () => {
  const view = [
    { source_resolved: 'Meng Jianzhu', source: { text: 'Meng Jianzhu' }, cue: { text: 'said' }, content: { text: '“We *will* act [now],”' }, kind: 'direct' },
    { source_resolved: 'Meng Jianzhu', source: { text: 'Mr. Meng' }, cue: { text: 'echoed' }, content: { text: 'the need for ties' }, kind: 'indirect' },
    { source_resolved: null, source: null, cue: null, content: { text: 'gates failed' }, kind: 'indirect', corrected: { source: 'set' } },
    { source_resolved: 'X', content: { text: 'gone' }, kind: 'direct', corrected: { dismissed: true } },
  ];
  const md = toMarkdown(view);
  assert.match(md, /^# Who said what\n/);
  assert.match(md, /3 claims from 1 source, 2 corrected by the reader/);
  assert.match(md, /## Meng Jianzhu \(2\)\n\nAlso written as “Mr\. Meng”\./);
  assert.match(md, /- quoted \(said\): “We \\\*will\\\* act \\\[now\\\],”/);
  assert.match(md, /## Unattributed \(1\)/);
  assert.doesNotMatch(md, /gone/);
});
