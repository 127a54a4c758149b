// The share-link codec: round trips, and every damaged link becomes a
// message rather than an exception.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { encodeText, decodeHash, MAX_DECODED_BYTES } from '../../web/link.js';

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
    const fragment = await encodeText(text);
    assert.match(fragment, /^v1\.[A-Za-z0-9_-]+$/, 'URL-safe, no padding');
    assert.deepEqual(await decodeHash(fragment), { text });
    assert.deepEqual(await decodeHash(`#${fragment}`), { text }, 'a leading # is accepted');
  });
}

test('round trip: 1 MB of mixed text stays well under the URL limit', async () => {
  const words = ['said', 'according', 'to', '“officials”', '😀', '新华社', 'e\u0301', 'the', 'report'];
  let text = '';
  for (let i = 0; text.length < 1024 * 1024; i++) text += words[(i * 7919) % words.length] + (i % 17 ? ' ' : '.\n');
  const fragment = await encodeText(text);
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
];

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
  const fragment = await encodeText('“The two sides agreed to have more cooperation,” the media outlet reported. 😀 新华社');
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
