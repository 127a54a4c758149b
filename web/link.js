// Share links: the whole article lives in the URL fragment, so a link works
// without any server storage and the text never leaves the browser.
//
//   #v1.<base64url(deflate-raw(UTF-8 text))>
//
// The version prefix lets a later format coexist; this module reads v1 only.
// Pure functions, no DOM: imported by the page and by node tests alike.

export const LINK_VERSION = 1;
/** Decompressed size above which a link is refused (a deflate bomb guard). */
export const MAX_DECODED_BYTES = 8 * 1024 * 1024;

/** Encode text as a fragment (without '#'), e.g. "v1.S0lNVQ". */
export async function encodeText(text) {
  const bytes = new TextEncoder().encode(text);
  const packed = await pipeBytes(bytes, new CompressionStream('deflate-raw'));
  return `v${LINK_VERSION}.${toBase64Url(packed)}`;
}

/**
 * Decode a fragment (with or without '#') to `{text}`, or to
 * `{error, reason}` where `error` is a sentence for people and `reason` a
 * stable id. Never throws.
 */
export async function decodeHash(hash, { maxBytes = MAX_DECODED_BYTES } = {}) {
  const fragment = String(hash).replace(/^#/, '');
  const match = /^v(\d{1,9})\.([^]*)$/.exec(fragment);
  if (!match) {
    return damaged('bad-format', 'it does not start with a version such as “v1.”.');
  }
  const version = Number(match[1]);
  if (version > LINK_VERSION) {
    return {
      reason: 'newer-version',
      error: `This link was made by a newer version of saywho (v${version}); ` +
        `this page reads v${LINK_VERSION} links only. Try reloading the page.`,
    };
  }
  if (version !== LINK_VERSION) {
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
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return damaged('bad-utf8', 'its text is not valid UTF-8.');
  }
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
