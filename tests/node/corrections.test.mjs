// Reader corrections: anchoring, applying, surviving a changed engine or
// an edited text, and refusing malformed ones.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  anchorFor, applyCorrections, addCorrection, removeCorrection, validateCorrections, describeCorrection, makeLocator,
} from '../../web/corrections.js';

// A claim as the worker gives it: UTF-16 start/end plus code point cpStart/cpEnd.
function claim(text, content, source, extra = {}) {
  const span = (part) => {
    const start = text.indexOf(part);
    assert.ok(start >= 0, `${part} not in text`);
    const end = start + part.length;
    const cp = (i) => Array.from(text.slice(0, i)).length;
    return { start, end, cpStart: cp(start), cpEnd: cp(end), text: part };
  };
  return { content: span(content), source: span(source), kind: 'indirect', source_resolved: source, ...extra };
}

const TEXT = '😀 Ana said the bridge would close. Bo said the bridge would close. Cy said “taxes will rise.”';
// Bo's claim has the same words as Ana's, later: the surrogate pair of the
// emoji makes UTF-16 and code point offsets differ by one.
const BO_START = TEXT.indexOf('the bridge would close', TEXT.indexOf('Bo'));
const CLAIMS = () => [
  claim(TEXT, 'the bridge would close', 'Ana'),
  { ...claim(TEXT, 'the bridge would close', 'Bo'),
    content: { start: BO_START, end: BO_START + 22, cpStart: BO_START - 1, cpEnd: BO_START + 21, text: 'the bridge would close' } },
  claim(TEXT, '“taxes will rise.”', 'Cy', { kind: 'direct' }),
];

test('anchorFor: quote, context and code point positions', () => {
  const a = anchorFor(TEXT, CLAIMS()[0]);
  assert.equal(a.exact, 'the bridge would close');
  assert.equal(a.prefix, '😀 Ana said ');
  assert.ok(a.suffix.startsWith('. Bo said'));
  assert.equal(a.start, 11, 'the emoji is one code point');
  assert.equal(a.end, 33);
  assert.equal(Array.from(TEXT).slice(a.start, a.end).join(''), a.exact);
});

test('apply: dismiss, set source and merge, in order', () => {
  const claims = CLAIMS();
  const corrections = [
    { action: 'dismiss', claim: anchorFor(TEXT, claims[1]) },
    { action: 'set-source', claim: anchorFor(TEXT, claims[2]), name: 'Cyrus Vance' },
    { action: 'merge', from: 'Ana', into: 'Cyrus Vance' },
  ];
  const { view, results } = applyCorrections(TEXT, claims, corrections);
  assert.deepEqual(results.map((r) => r.ok), [true, true, true]);
  assert.equal(results[0].claim, 1, 'the second of two equal quotes, by position');
  assert.equal(view[1].corrected.dismissed, true);
  assert.equal(view[0].corrected.dismissed, undefined);
  assert.equal(view[2].source_resolved, 'Cyrus Vance');
  assert.equal(view[2].engine_source, 'Cy');
  assert.deepEqual(view[2].corrected, { source: 'set' });
  assert.equal(view[0].source_resolved, 'Cyrus Vance');
  assert.deepEqual(view[0].corrected, { source: 'merge' });
  assert.deepEqual(results[2].claims, [0]);
  assert.equal(claims[0].source_resolved, 'Ana', 'the input is not changed');
});

test('apply: an edited text still finds the claim by quote and context', () => {
  const claims = CLAIMS();
  const correction = { action: 'dismiss', claim: anchorFor(TEXT, claims[1]) };
  const edited = `New first line.\n\n${TEXT}`;
  const shift = 'New first line.\n\n'.length;
  const moved = claims.map((a) => ({
    ...a,
    content: { ...a.content, start: a.content.start + shift, end: a.content.end + shift,
      cpStart: a.content.cpStart + shift, cpEnd: a.content.cpEnd + shift },
  }));
  const { view, results } = applyCorrections(edited, moved, [correction]);
  assert.equal(results[0].ok, true);
  assert.equal(results[0].claim, 1, 'Bo’s claim, chosen by its prefix, not Ana’s');
  assert.equal(view[1].corrected.dismissed, true);
  assert.equal(results[0].correction.claim.start, correction.claim.start + shift, 're-anchored');
});

test('apply: a newer engine that cuts the claim a little differently still matches', () => {
  const claims = CLAIMS();
  const correction = { action: 'set-source', claim: anchorFor(TEXT, claims[2]), name: 'Cyrus' };
  const trimmed = claims.map((a, i) => (i !== 2 ? a : {
    ...a, content: { ...a.content, start: a.content.start + 1, end: a.content.end - 1, cpStart: a.content.cpStart + 1, cpEnd: a.content.cpEnd - 1 },
  }));
  const { view, results } = applyCorrections(TEXT, trimmed, [correction]);
  assert.equal(results[0].ok, true);
  assert.equal(view[2].source_resolved, 'Cyrus');
});

test('apply: corrections that no longer match are reported, not dropped', () => {
  const claims = CLAIMS();
  const corrections = [
    { action: 'dismiss', claim: { exact: 'words that are gone', prefix: '', suffix: '', start: 3, end: 22 } },
    { action: 'dismiss', claim: { exact: 'Ana said', prefix: '😀 ', suffix: ' the', start: 2, end: 10 } },
    { action: 'merge', from: 'Nobody', into: 'Ana' },
  ];
  const { view, results } = applyCorrections(TEXT, claims, corrections);
  assert.deepEqual(results.map((r) => r.ok), [false, false, false]);
  assert.match(results[0].reason, /no longer in the article/);
  assert.match(results[1].reason, /no claim covers/);
  assert.match(results[2].reason, /no claims are attributed to “Nobody”/);
  assert.ok(view.every((a) => !a.corrected));
  assert.equal(results[0].correction, corrections[0], 'kept as it was, to be saved again');
});

test('locator: positions past the end of the text fall back to searching', () => {
  const locate = makeLocator('abc abc');
  assert.deepEqual(locate({ exact: 'abc', prefix: 'abc ', suffix: '', start: 90, end: 93 }), { start: 4, end: 7 });
  assert.deepEqual(locate({ exact: 'abc', prefix: '', suffix: ' abc', start: 0, end: 3 }), { start: 0, end: 3 });
  assert.equal(locate({ exact: 'zzz', start: 0, end: 3 }), null);
});

test('addCorrection replaces an earlier correction of the same claim; removeCorrection undoes', () => {
  const anchor = { exact: 'x', prefix: '', suffix: '', start: 0, end: 1 };
  let list = addCorrection([], { action: 'set-source', claim: anchor, name: 'A' });
  list = addCorrection(list, { action: 'dismiss', claim: anchor });
  list = addCorrection(list, { action: 'set-source', claim: anchor, name: 'B' });
  list = addCorrection(list, { action: 'merge', from: 'A', into: 'B' });
  list = addCorrection(list, { action: 'merge', from: 'A', into: 'B' });
  assert.deepEqual(list.map((c) => c.action), ['dismiss', 'set-source', 'merge']);
  assert.equal(list[1].name, 'B');
  assert.deepEqual(removeCorrection(list, 0).map((c) => c.action), ['set-source', 'merge']);
});

test('validateCorrections: clean copies, and a message for each malformed entry', () => {
  const good = [
    { action: 'dismiss', claim: { exact: 'a', start: 0, end: 1 }, extra: 'dropped' },
    { action: 'set-source', claim: { exact: 'a', prefix: 'p', suffix: 's', start: 0, end: 1 }, name: null },
    { action: 'merge', from: 'A', into: 'B' },
  ];
  assert.deepEqual(validateCorrections(good).corrections, [
    { action: 'dismiss', claim: { exact: 'a', prefix: '', suffix: '', start: 0, end: 1 } },
    { action: 'set-source', claim: { exact: 'a', prefix: 'p', suffix: 's', start: 0, end: 1 }, name: null },
    { action: 'merge', from: 'A', into: 'B' },
  ]);
  const BAD = [
    ['not a list', {}, /not a list/],
    ['null entry', [null], /correction 1 is not an object/],
    ['unknown action', [{ action: 'delete' }], /unknown action/],
    ['no anchor', [{ action: 'dismiss' }], /no claim anchor/],
    ['empty exact', [{ action: 'dismiss', claim: { exact: '', start: 0, end: 0 } }], /no quoted text/],
    ['string positions', [{ action: 'dismiss', claim: { exact: 'a', start: '0', end: '1' } }], /valid range/],
    ['huge prefix', [{ action: 'dismiss', claim: { exact: 'a', prefix: 'x'.repeat(500), start: 0, end: 1 } }], /bad prefix/],
    ['number name', [{ action: 'set-source', claim: { exact: 'a', start: 0, end: 1 }, name: 5 }], /not text/],
    ['blank merge', [{ action: 'merge', from: ' ', into: 'B' }], /name the two sources/],
    ['second entry bad', [good[2], { action: 'merge' }], /correction 2/],
  ];
  for (const [name, input, pattern] of BAD) {
    const result = validateCorrections(input);
    assert.equal(result.corrections, undefined, name);
    assert.match(result.error, pattern, name);
  }
});

test('describeCorrection says what was done, in plain words', () => {
  const claim = { exact: 'the bridge would close', start: 0, end: 1 };
  assert.equal(describeCorrection({ action: 'dismiss', claim }), 'Dismissed “the bridge would close”');
  assert.equal(describeCorrection({ action: 'set-source', claim, name: 'Ana' }), 'Gave “the bridge would close” to “Ana”');
  assert.equal(describeCorrection({ action: 'set-source', claim, name: null }), 'Marked “the bridge would close” as unattributed');
  assert.equal(describeCorrection({ action: 'merge', from: 'Mr. Meng', into: 'Meng Jianzhu' }), 'Merged “Mr. Meng” into “Meng Jianzhu”');
});
