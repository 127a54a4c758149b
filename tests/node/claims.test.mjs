// Segmentation and grouping: what the page draws, without a DOM.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  segment, groupBySource, sourceHue, firstWords, claimLabel, contentParts,
} from '../../web/claims.js';

const span = (text, part, from = 0) => {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `${part} not in text`);
  return { start, end: start + part.length, text: part };
};

// Segments must tile the text exactly, in order.
function assertTiles(text, segments) {
  let at = 0;
  for (const s of segments) {
    assert.equal(s.start, at);
    assert.ok(s.end > s.start);
    at = s.end;
  }
  assert.equal(at, text.length);
}

test('segment: a simple quote splits at content, cue and source', () => {
  const text = '“We won,” said Ana. Then rain.';
  const a = { content: span(text, '“We won,”'), cue: span(text, 'said'), source: span(text, 'Ana'), kind: 'direct' };
  const segs = segment(text, [a]);
  assertTiles(text, segs);
  const pick = (t) => segs.find((s) => text.slice(s.start, s.end) === t);
  assert.deepEqual(pick('“We won,”').contents, [0]);
  assert.deepEqual(pick('said').cues, [0]);
  assert.deepEqual(pick('Ana').sources, [0]);
  assert.deepEqual(pick(' ').contents, []);
});

test('segment: nested and overlapping claims do not crash and are all listed', () => {
  const text = 'abcdefghij';
  const s = (start, end) => ({ start, end, text: text.slice(start, end) });
  const claims = [
    { content: s(0, 8), cue: s(2, 4), source: null },
    { content: s(2, 6), cue: s(5, 9), source: s(1, 3) }, // overlaps the other's cue and content
    { content: s(4, 10), cue: null, source: null },
  ];
  const segs = segment(text, claims);
  assertTiles(text, segs);
  const at = (i) => segs.find((x) => x.start <= i && i < x.end);
  assert.deepEqual(at(0).contents, [0]);
  assert.deepEqual(at(2).contents, [0, 1]);
  assert.deepEqual(at(2).cues, [0]);
  assert.deepEqual(at(2).sources, [1]);
  assert.deepEqual(at(5).contents, [0, 1, 2]);
  assert.deepEqual(at(5).cues, [1]);
  assert.deepEqual(at(9).contents, [2]);
});

test('segment: fragments of an interrupted quote leave the gap unmarked', () => {
  const text = '“We tried,” she said, “and we failed.”';
  const f1 = span(text, '“We tried,”');
  const f2 = span(text, '“and we failed.”');
  const a = { content: { start: f1.start, end: f2.end }, content_fragments: [f1, f2], cue: span(text, 'said'), source: span(text, 'she') };
  assert.equal(contentParts(a).length, 2);
  const segs = segment(text, [a]);
  assertTiles(text, segs);
  const marked = segs.filter((x) => x.contents.length).map((x) => text.slice(x.start, x.end));
  assert.deepEqual(marked, ['“We tried,”', '“and we failed.”']);
});

test('segment: bad spans are clamped or ignored, never thrown', () => {
  const text = 'short';
  const segs = segment(text, [
    { content: { start: 3, end: 99 } },
    { content: { start: 4, end: 2 } },
    { content: { start: -5, end: 1 }, cue: { start: NaN, end: 2 } },
  ]);
  assertTiles(text, segs);
  assert.deepEqual(segment('', [{ content: { start: 0, end: 0 } }]), []);
});

test('segment: paragraph breaks are their own segments, even inside a claim', () => {
  const text = 'One said this.\n\nTwo  \n  three.';
  const a = { content: { start: 4, end: text.length } };
  const segs = segment(text, [a]);
  assertTiles(text, segs);
  const breaks = segs.filter((x) => x.isBreak).map((x) => text.slice(x.start, x.end));
  assert.deepEqual(breaks, ['\n\n', '  \n  ']);
  assert.ok(segs.filter((x) => x.isBreak).every((x) => x.contents.length === 1));
});

test('groupBySource: most claims first, unattributed grouped together in the last row', () => {
  const claims = [
    { source_resolved: 'Ana' }, { source_resolved: 'Xinhua' }, { source_resolved: null },
    { source_resolved: 'Xinhua' }, { source_resolved: '' }, { source_resolved: 'Bo' },
  ];
  const groups = groupBySource(claims);
  assert.deepEqual(groups.map((g) => [g.name, g.claims]), [
    ['Xinhua', [1, 3]], ['Ana', [0]], ['Bo', [5]], ['Unattributed', [2, 4]],
  ]);
  assert.equal(groups[3].unattributed, true);
  assert.equal(groups[0].unattributed, false);
});

test('groupBySource: the forms a source appears under, each once, in order', () => {
  const claims = [
    { source_resolved: 'Meng Jianzhu', source: { text: 'Meng Jianzhu' } },
    { source_resolved: 'Xinhua', source: { text: 'Xinhua' } },
    { source_resolved: 'Meng Jianzhu', source: { text: 'Mr.\nMeng' } },
    { source_resolved: 'Meng Jianzhu', source: { text: 'Meng Jianzhu' } },
    { source_resolved: 'Xinhua', source: { text: 'the media outlet' } },
    { source_resolved: null, source: null },
  ];
  assert.deepEqual(groupBySource(claims).map((g) => [g.name, g.forms]), [
    ['Meng Jianzhu', ['Meng Jianzhu', 'Mr. Meng']], ['Xinhua', ['Xinhua', 'the media outlet']], ['Unattributed', []],
  ]);
});

test('sourceHue is stable and spreads names', () => {
  assert.equal(sourceHue('Xinhua'), sourceHue('Xinhua'));
  assert.equal(sourceHue('Xinhua'), 166, 'pinned: colours must not change between releases');
  const hues = Array.from({ length: 60 }, (_, i) => sourceHue(`Source ${i}`));
  for (const h of hues) assert.ok(Number.isInteger(h) && h >= 0 && h < 360);
  assert.ok(new Set(hues).size >= 50, 'few exact collisions');
  const sextants = new Set(hues.map((h) => Math.floor(h / 60)));
  assert.equal(sextants.size, 6, 'every part of the colour wheel is used');
});

test('firstWords and claimLabel', () => {
  assert.equal(firstWords('  one two three  ', 5), 'one two three');
  assert.equal(firstWords('one two three four', 2), 'one two…');
  assert.equal(firstWords('one two', 2), 'one two', 'exactly n words: no ellipsis');
  assert.equal(firstWords('\tone\n\ntwo\u00a0 three\u2028four ', 3), 'one two three…', 'any white space separates');
  assert.equal(firstWords(' \n ', 3), '');
  assert.equal(firstWords(`${'word '.repeat(5000)}end`, 9), `${'word '.repeat(8)}word…`, 'a long text');
  assert.equal(claimLabel({ source_resolved: 'Xinhua', kind: 'indirect' }), 'claim by Xinhua, reported');
  assert.equal(claimLabel({ source_resolved: null, kind: 'direct' }), 'unattributed claim, quoted');
  assert.equal(claimLabel({ source_resolved: 'Ana', kind: 'mixed' }), 'claim by Ana, partly quoted');
});

test('every rule in core/data/rules.tsv is described in plain words', async () => {
  const { readFileSync } = await import('node:fs');
  const { RULE_WORDS } = await import('../../web/rules.js');
  const ids = readFileSync(new URL('../../core/data/rules.tsv', import.meta.url), 'utf8')
    .split('\n').filter((line) => line && !line.startsWith('#')).map((line) => line.split('\t')[0]);
  assert.ok(ids.length > 10);
  for (const id of ids) assert.equal(typeof RULE_WORDS[id], 'string', `${id} has no plain-words description in web/rules.js`);
});
