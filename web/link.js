// Share links: the whole view lives in the URL fragment, so a link works
// without any server storage and the text never leaves the browser.
//
//   #v2.<base64url(deflate-raw(UTF-8 JSON {"text": "...", "corrections": [...]}))>
//   #v1.<base64url(deflate-raw(UTF-8 text))>            (older links: text only)
//
// The page writes v2 and reads both; corrections are described in
// corrections.js. Every version ever written keeps a fixture test in
// tests/node/link.test.mjs, so old links keep opening.
// Pure functions, no DOM: imported by the page and by node tests alike.

import { validateCorrections } from './corrections.js';

export const LINK_VERSION = 2;
/** Decompressed size above which a link is refused (a deflate bomb guard). */
export const MAX_DECODED_BYTES = 8 * 1024 * 1024;

/** Encode a view `{text, corrections}` as a fragment (without '#'): "v2.…". */
export async function encodeState({ text, corrections = [] }) {
  const json = JSON.stringify({ text, corrections });
  const packed = await pipeBytes(new TextEncoder().encode(json), new CompressionStream('deflate-raw'));
  return `v2.${toBase64Url(packed)}`;
}

/** The old, text-only format ("v1.S0lNVQ"): kept to make fixtures and tests. */
export async function encodeText(text) {
  const bytes = new TextEncoder().encode(text);
  const packed = await pipeBytes(bytes, new CompressionStream('deflate-raw'));
  return `v1.${toBase64Url(packed)}`;
}

/**
 * Decode a fragment (with or without '#') to `{text, corrections, version}`,
 * or to `{error, reason}` where `error` is a sentence for people and
 * `reason` a stable id. Never throws.
 */
export async function decodeHash(hash, { maxBytes = MAX_DECODED_BYTES } = {}) {
  const fragment = String(hash).replace(/^#/, '');
  const match = /^v(\d{1,9})\.([^]*)$/.exec(fragment);
  if (!match) {
    return damaged('bad-format', 'it does not start with a version such as “v2.”.');
  }
  const version = Number(match[1]);
  if (version > LINK_VERSION) {
    return {
      reason: 'newer-version',
      error: `This link was made by a newer version of saywho (v${version}); ` +
        `this page reads links up to v${LINK_VERSION}. Try reloading the page.`,
    };
  }
  if (version !== 1 && version !== 2) {
    return damaged('unknown-version', `its version (v${version}) is unknown.`);
  }
  const packed = fromBase64Url(match[2]);
  if (!packed) return damaged('bad-base64', 'the text part has characters a link cannot contain, or is cut short.');
  if (packed.length === 0) return damaged('empty', 'it contains no text.');

  let bytes;
  try {
    bytes = await pipeBytes(packed, new DecompressionStream('deflate-raw'), maxBytes);
  } catch (e) {
    if (e instanceof TooLarge) {
      return {
        reason: 'too-large',
        error: `This link is damaged: its text would be larger than ${maxBytes / 1024 / 1024} MB.`,
      };
    }
    return damaged('bad-deflate', 'the compressed text is corrupt or cut short (was the link copied in full?).');
  }
  let decoded;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return damaged('bad-utf8', 'its text is not valid UTF-8.');
  }
  if (version === 1) return { text: decoded, corrections: [], version };
  return readState(decoded);
}

// v2: a JSON object with the text and the reader's corrections.
function readState(json) {
  let state;
  try {
    state = JSON.parse(json);
  } catch {
    return damaged('bad-json', 'its contents are not readable.');
  }
  if (!state || typeof state !== 'object' || Array.isArray(state)) {
    return damaged('bad-state', 'its contents are not a saywho view.');
  }
  if (typeof state.text !== 'string') return damaged('bad-state', 'it has no article text.');
  const checked = validateCorrections(state.corrections ?? []);
  if (checked.error) return damaged('bad-corrections', checked.error);
  return { text: state.text, corrections: checked.corrections, version: 2 };
}

function damaged(reason, why) {
  return { reason, error: `This link is damaged: ${why}` };
}

class TooLarge extends Error {}

// Push `bytes` through a (de)compression stream and collect the output,
// stopping as soon as it exceeds `limit` bytes.
async function pipeBytes(bytes, transform, limit = Infinity) {
  const writer = transform.writable.getWriter();
  // Errors surface on the readable side; the writer's promises would
  // otherwise become unhandled rejections.
  writer.write(bytes).then(() => writer.close()).catch(() => {});
  const reader = transform.readable.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      throw new TooLarge();
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

function toBase64Url(bytes) {
  let binary = '';
  // Chunked: String.fromCharCode with a huge argument list overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// Returns null for anything that is not unpadded base64url.
function fromBase64Url(text) {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return null;
  }
}
