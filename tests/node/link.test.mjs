// The share-link codec: round trips, old links still open, and every
// damaged link becomes a message rather than an exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeText, encodeState, decodeHash, MAX_DECODED_BYTES } from '../../web/link.js';

// Fixtures: links exactly as each released version wrote them. Never edit
// these; add one for every new version.
const FIXTURES = [
  {
    name: 'v1 (text only, the first release)',
    link: '#v1.BcGxDcJADAXQPlP8AVCmoaC18BdnicSRzxHtLQAlogDRMAATMEwkoGUE3lvadV2IPDiqKStkF6QiHYMHsXWfGJLm42ppN2QhBqoJfM49E8HJI6k9fvdLw-f8fB9P38er6zY2lllQxRTV-z8',
    expect: {
      text: '“The two sides agreed to more cooperation,” the media outlet reported. 😀 新华社\n\nXinhua said so.',
      corrections: [],
      version: 1,
    },
  },
  {
    name: 'v2 (text and corrections)',
    link: '#v2.jZBBSgQxEEWvEv46NsqIYHZeQQQXg4uYVM8EOomk0tjaNPQFXLifwaV4rT6BR5A4wvTgLGZVVVD_1_vVI1OXoTCNm3sSzzHIadwK1s6Km6DF98f71zS-7ctnJe7WJLx-iWm3ltckHpOzqyJvGytME5kqSJiYEpnsYmCoZQ_920OBKZ9xbJOhstVo56F6UKfNPxRIPCWqXQcFSHBb7_rTEYsq65ShziUoWKjrQSJoT1AoBrete8UgZ3zWsXfMx-COp51Tnv65eZ5qj3l58cd5tRgOsDylVTlVp-jLWJwg4UKOB1Eehh8',
    expect: {
      text: '“We won,” said Ana 👩‍👩‍👧. The mayor said the bridge would close.',
      corrections: [
        {"action": "set-source", "claim": {"exact": "“We won,”", "prefix": "", "suffix": " said Ana 👩‍👩‍👧. The mayor sa", "start": 0, "end": 9}, "name": "Ana Ruiz"},
        {"action": "dismiss", "claim": {"exact": "the bridge would close", "prefix": "id Ana 👩‍👩‍👧. The mayor said ", "suffix": ".", "start": 41, "end": 63}},
        {"action": "merge", "from": "mayor", "into": "Ana Ruiz"},
      ],
      version: 2,
    },
  },
];

for (const { name, link, expect } of FIXTURES) {
  test(`fixture: a ${name} link still opens`, async () => {
    assert.deepEqual(await decodeHash(link), expect);
  });
}

// Raw deflate of arbitrary bytes, to build hostile links by hand.
async function deflate(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}
const base64url = (bytes) => Buffer.from(bytes).toString('base64url');

const ROUND_TRIPS = [
  ['ASCII', 'The mayor said the bridge would reopen on Monday.'],
  ['curly quotes and emoji', '“We are thrilled 🎉,” said Ana 👩‍👩‍👧 — truly.'],
  ['CJK', '新华社报道，中国国务委员郭声琨周一会见了科米。'],
  ['combining marks', 'Zoe\u0308 and Jose\u0301 said cafe\u0301 na\u0308ive.'],
  ['newlines and tabs', 'one\n\ntwo\tthree\r\nfour'],
  ['empty', ''],
];

for (const [name, text] of ROUND_TRIPS) {
  test(`round trip: ${name}`, async () => {
    const corrections = [{ action: 'merge', from: 'Mr. Meng', into: 'Meng Jianzhu' }];
    const fragment = await encodeState({ text, corrections });
    assert.match(fragment, /^v2\.[A-Za-z0-9_-]+$/, 'URL-safe, no padding');
    assert.deepEqual(await decodeHash(fragment), { text, corrections, version: 2 });
    assert.deepEqual(await decodeHash(`#${fragment}`), { text, corrections, version: 2 }, 'a leading # is accepted');
    const old = await encodeText(text);
    assert.match(old, /^v1\.[A-Za-z0-9_-]+$/);
    assert.deepEqual(await decodeHash(old), { text, corrections: [], version: 1 });
  });
}

test('round trip: 1 MB of mixed text stays well under the URL limit', async () => {
  const words = ['said', 'according', 'to', '“officials”', '😀', '新华社', 'e\u0301', 'the', 'report'];
  let text = '';
  for (let i = 0; text.length < 1024 * 1024; i++) text += words[(i * 7919) % words.length] + (i % 17 ? ' ' : '.\n');
  const fragment = await encodeState({ text });
  assert.ok(fragment.length < 2 * 1024 * 1024, `fragment is ${fragment.length} chars`);
  const decoded = await decodeHash(fragment);
  assert.equal(decoded.text, text);
});

// [name, hash or async () => hash, expected reason, message pattern]
const HOSTILE = [
  ['bad characters', '#v1.!!!', 'bad-base64', /damaged/],
  ['padding is not base64url', '#v1.AAA=', 'bad-base64', /damaged/],
  ['plus and slash are not base64url', '#v1.ab+/', 'bad-base64', /damaged/],
  ['impossible length', '#v1.A', 'bad-base64', /damaged/],
  ['no payload', '#v1.', 'empty', /damaged.*no text/],
  ['no version', '#hello', 'bad-format', /damaged/],
  ['version without dot', '#v1', 'bad-format', /damaged/],
  ['empty fragment', '#', 'bad-format', /damaged/],
  ['newer version', '#v9.abc', 'newer-version', /newer version of saywho \(v9\)/],
  ['far newer version', '#v123456789.abc', 'newer-version', /v123456789/],
  ['version zero', '#v0.abc', 'unknown-version', /damaged.*v0/],
  ['not deflate at all', '#v1.AAAA', 'bad-deflate', /damaged/],
  ['random bytes', `#v1.${base64url(Uint8Array.from({ length: 64 }, (_, i) => (i * 97 + 13) & 255))}`, 'bad-deflate', /damaged/],
  ['invalid UTF-8 inside', async () => `v1.${base64url(await deflate(Uint8Array.of(0x61, 0xff, 0xfe, 0x62)))}`, 'bad-utf8', /damaged.*UTF-8/],
  ['deflate bomb past 8 MB', async () => encodeText('a'.repeat(MAX_DECODED_BYTES + 1)), 'too-large', /damaged.*8 MB/],
  ['v2 deflate bomb past 8 MB', async () => encodeState({ text: 'a'.repeat(MAX_DECODED_BYTES) }), 'too-large', /damaged.*8 MB/],
  ['v2 not JSON', async () => `v2.${base64url(await deflate(new TextEncoder().encode('{"text": "a"')))}`, 'bad-json', /damaged.*not readable/],
  ['v2 JSON but a list', async () => v2json([1, 2]), 'bad-state', /damaged/],
  ['v2 JSON null', async () => v2json(null), 'bad-state', /damaged/],
  ['v2 without text', async () => v2json({ corrections: [] }), 'bad-state', /no article text/],
  ['v2 text is a number', async () => v2json({ text: 42 }), 'bad-state', /no article text/],
  ['v2 corrections not a list', async () => v2json({ text: 'a', corrections: 'x' }), 'bad-corrections', /not a list/],
  ['v2 unknown action', async () => v2json({ text: 'a', corrections: [{ action: 'explode' }] }), 'bad-corrections', /correction 1 has an unknown action/],
  ['v2 negative position', async () => v2json({ text: 'abc', corrections: [{ action: 'dismiss', claim: { exact: 'a', start: -1, end: 1 } }] }), 'bad-corrections', /not a valid range/],
  ['v2 fractional position', async () => v2json({ text: 'abc', corrections: [{ action: 'dismiss', claim: { exact: 'a', start: 0.5, end: 1 } }] }), 'bad-corrections', /not a valid range/],
  ['v2 reversed range', async () => v2json({ text: 'abc', corrections: [{ action: 'dismiss', claim: { exact: 'a', start: 2, end: 1 } }] }), 'bad-corrections', /not a valid range/],
  ['v2 name not text', async () => v2json({ text: 'a', corrections: [{ action: 'set-source', claim: { exact: 'a', start: 0, end: 1 }, name: {} }] }), 'bad-corrections', /not text/],
  ['v2 merge without names', async () => v2json({ text: 'a', corrections: [{ action: 'merge', from: '' }] }), 'bad-corrections', /name the two sources/],
];

async function v2json(value) {
  return `v2.${base64url(await deflate(new TextEncoder().encode(JSON.stringify(value))))}`;
}

for (const [name, make, reason, pattern] of HOSTILE) {
  test(`hostile link: ${name}`, async () => {
    const hash = typeof make === 'function' ? await make() : make;
    const result = await decodeHash(hash);
    assert.equal(result.text, undefined);
    assert.equal(result.reason, reason);
    assert.match(result.error, pattern);
  });
}

test('hostile link: every truncation of a real link is refused, never thrown', async () => {
  const fragment = await encodeState({ text: '“The two sides agreed to have more cooperation,” the media outlet reported. 😀 新华社' });
  for (let cut = 4; cut < fragment.length; cut++) {
    const result = await decodeHash(fragment.slice(0, cut));
    assert.ok(result.error, `cut at ${cut} should be an error, got ${JSON.stringify(result)}`);
    assert.match(result.error, /^This link is damaged: /);
  }
});

test('exactly 8 MB decodes; the limit can be lowered', async () => {
  const fragment = await encodeText('b'.repeat(MAX_DECODED_BYTES));
  assert.equal((await decodeHash(fragment)).text.length, MAX_DECODED_BYTES);
  const small = await decodeHash(await encodeText('c'.repeat(2000)), { maxBytes: 1000 });
  assert.equal(small.reason, 'too-large');
});

test('odd inputs never throw', async () => {
  for (const odd of [undefined, null, 42, {}, '#v1.\u0000', '#v1.%41%41', 'v1.' + 'A'.repeat(10001)]) {
    const result = await decodeHash(odd);
    assert.ok(result.error, `${String(odd).slice(0, 20)} should be refused`);
  }
});
