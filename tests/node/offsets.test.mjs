// The code point -> UTF-16 converter, and the helpers built on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  codePointToUtf16, utf16ToCodePoint, codePointLength, attributionsToUtf16InPlace, utf8Length,
} from '../../web/offsets.js';

// The slice of `text` between two code point offsets, and a converted copy
// of a claim list: what the tests below compare.
const sliceCodePoints = (text, start, end) => {
  const toUtf16 = codePointToUtf16(text);
  return text.slice(toUtf16(start), toUtf16(end));
};
const attributionsToUtf16 = (attributions, text) => attributionsToUtf16InPlace(structuredClone(attributions), text);

// [name, text, [code point offset, expected UTF-16 index] ...]
const TABLE = [
  ['ASCII', 'said', [[0, 0], [2, 2], [4, 4]]],
  ['emoji (astral, 2 units)', 'a😀b', [[0, 0], [1, 1], [2, 3], [3, 4]]],
  ['two emoji in a row', '😀😀x', [[1, 2], [2, 4], [3, 5]]],
  ['ZWJ family: 5 code points, 8 units', '👩‍👩‍👧!', [[3, 5], [5, 8], [6, 9]]],
  ['CJK (BMP, 1 unit each)', '新华社说', [[1, 1], [4, 4]]],
  ['CJK extension B (astral)', '𠀋x', [[1, 2], [2, 3]]],
  ['combining mark: e + U+0301', 'cafe\u0301!', [[4, 4], [5, 5], [6, 6]]],
  ['lone high surrogate counts as one', 'a\ud800b', [[1, 1], [2, 2], [3, 3]]],
  ['lone low surrogate counts as one', '\udc00b', [[1, 1], [2, 2]]],
  ['empty text', '', [[0, 0]]],
];

for (const [name, text, pairs] of TABLE) {
  test(`codePointToUtf16: ${name}`, () => {
    const toUtf16 = codePointToUtf16(text);
    for (const [cp, expected] of pairs) assert.equal(toUtf16(cp), expected, `offset ${cp} in ${JSON.stringify(text)}`);
    assert.equal(toUtf16(codePointLength(text)), text.length, 'the end maps to text.length');
  });
}

for (const [name, text, pairs] of TABLE) {
  test(`utf16ToCodePoint reverses codePointToUtf16: ${name}`, () => {
    const toCp = utf16ToCodePoint(text);
    for (const [cp, index] of pairs) assert.equal(toCp(index), cp, `index ${index} in ${JSON.stringify(text)}`);
    assert.equal(toCp(text.length), codePointLength(text), 'the end maps to the number of code points');
  });
}

test('utf16ToCodePoint: the second unit of a pair gives the pair', () => {
  const toCp = utf16ToCodePoint('a😀b');
  assert.deepEqual([0, 1, 2, 3, 4].map(toCp), [0, 1, 1, 2, 3]);
});

test('codePointToUtf16 rejects offsets outside the text', () => {
  const toUtf16 = codePointToUtf16('a😀');
  for (const bad of [-1, 3, 1.5, NaN, undefined]) {
    assert.throws(() => toUtf16(bad), RangeError, `offset ${bad}`);
  }
});

test('codePointLength agrees with the string iterator', () => {
  for (const [, text] of TABLE) assert.equal(codePointLength(text), [...text].length);
});

test('code point offsets slice whole characters', () => {
  assert.equal(sliceCodePoints('“Hi 😀,” said Ana.', 4, 5), '😀');
  assert.equal(sliceCodePoints('“Hi 😀,” said Ana.', 8, 12), 'said');
  assert.equal(sliceCodePoints('新华社说：“合作”', 0, 3), '新华社');
  assert.equal(sliceCodePoints('Zoe\u0308 said', 0, 4), 'Zoe\u0308');
});

test('attributionsToUtf16InPlace converts every span and keeps the code point offsets', () => {
  const text = '😀 “Go,” said 新华社.';
  const cp = (s, e) => ({ start: s, end: e, text: [...text].slice(s, e).join('') });
  const [a] = attributionsToUtf16([{
    source: cp(13, 16), cue: cp(9, 13), content: cp(2, 7), content_fragments: [cp(2, 7)],
    kind: 'direct', source_resolved: '新华社', rule: 'r', confidence: 0.9,
  }], text);
  for (const span of [a.source, a.cue, a.content, a.content_fragments[0]]) {
    assert.equal(text.slice(span.start, span.end), span.text);
    assert.equal([...text].slice(span.cpStart, span.cpEnd).join(''), span.text);
  }
  assert.equal(a.source.text, '新华社');
  assert.equal(a.content.start, 3); // the emoji before it is two units
  const [b] = attributionsToUtf16([{ source: null, cue: null, content: cp(0, 1), kind: 'indirect' }], text);
  assert.equal(b.source, null);
  assert.equal(b.cue, null);
  assert.equal('content_fragments' in b, false);
});

test('attributionsToUtf16InPlace converts the objects it is given, not a copy', () => {
  const text = '😀 “Go,” said 新华社. 👩‍👩‍👧 Ana said it rains.';
  const cp = (s, e) => ({ start: s, end: e, text: [...text].slice(s, e).join('') });
  const raw = () => [
    { source: cp(13, 16), cue: cp(9, 13), content: cp(2, 7), content_fragments: [cp(2, 7), cp(8, 9)],
      kind: 'direct', source_resolved: '新华社', rule: 'r', confidence: 0.9 },
    { source: cp(25, 28), cue: cp(29, 33), content: cp(34, 42), kind: 'indirect', source_resolved: 'Ana' },
    { source: null, cue: null, content: cp(0, 1), kind: 'indirect' },
  ];
  const input = raw();
  const converted = attributionsToUtf16InPlace(input, text);
  assert.equal(converted, input, 'the same array, not a copy');
  for (const [k, a] of converted.entries()) {
    for (const [i, span] of [a.source, a.cue, a.content, ...(a.content_fragments ?? [])].filter(Boolean).entries()) {
      assert.equal(text.slice(span.start, span.end), span.text, `claim ${k}, span ${i}`);
      assert.equal([...text].slice(span.cpStart, span.cpEnd).join(''), span.text, `claim ${k}, span ${i}`);
    }
  }
  assert.throws(() => attributionsToUtf16InPlace([{ content: cp(0, 999) }], text), RangeError);
});

test('utf8Length matches TextEncoder', () => {
  for (const text of ['', 'abc', 'é', '新华社', '😀', 'a\u0301', '👩‍👩‍👧']) {
    assert.equal(utf8Length(text), new TextEncoder().encode(text).length, JSON.stringify(text));
  }
  assert.equal(utf8Length('a\ud800'), 4, 'a lone surrogate becomes U+FFFD, 3 bytes');
});
