// Offsets from the core are Unicode code point offsets; JS strings index
// UTF-16 code units. An astral character (emoji, rare CJK) is one code point
// but two code units, so every offset after one shifts by one.

/**
 * Build a converter from code point offsets to UTF-16 indices for `text`.
 * The returned function accepts 0..(number of code points) inclusive and
 * throws a RangeError for anything else, so a bad span fails loudly
 * instead of rendering the wrong words.
 * A lone surrogate counts as one code point, as the string iterator does.
 */
export function codePointToUtf16(text) {
  // Only a surrogate pair moves the offsets after it, by one. Pairs are rare
  // (emoji, some CJK), so the code point offset of each, in order, is a
  // short list, found by a regular expression far faster than a loop over
  // every character could index them; an offset's index is the offset plus
  // the number of pairs before it.
  const pairs = [];
  for (const { index } of text.matchAll(SURROGATE_PAIR)) pairs.push(index - pairs.length);
  const count = text.length - pairs.length;

  return (offset) => {
    if (!Number.isInteger(offset) || offset < 0 || offset > count) {
      throw new RangeError(`offset ${offset} is outside the text (0..${count} code points)`);
    }
    let low = 0;
    let high = pairs.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (pairs[mid] < offset) low = mid + 1;
      else high = mid;
    }
    return offset + low;
  };
}

const SURROGATE_PAIR = /[\ud800-\udbff][\udc00-\udfff]/g;

/** Number of code points in `text` (a lone surrogate counts as one). */
export function codePointLength(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** The slice of `text` between two code point offsets, end exclusive. */
export function sliceCodePoints(text, start, end) {
  const toUtf16 = codePointToUtf16(text);
  return text.slice(toUtf16(start), toUtf16(end));
}

/**
 * Copy of the core's attributions with every span's `start`/`end` turned
 * into UTF-16 indices into `text`; the core's code point offsets are kept
 * as `cpStart`/`cpEnd`. The worker does this once, so the page can slice
 * strings directly.
 */
export function attributionsToUtf16(attributions, text) {
  return attributionsToUtf16InPlace(structuredClone(attributions), text);
}

/**
 * The same conversion as attributionsToUtf16, done in place on objects the
 * caller owns (freshly parsed JSON): no copy of every claim.
 * Returns `attributions`.
 */
export function attributionsToUtf16InPlace(attributions, text) {
  const toUtf16 = codePointToUtf16(text);
  const span = (s) => {
    if (!s) return;
    const { start, end } = s;
    s.start = toUtf16(start);
    s.end = toUtf16(end);
    s.cpStart = start;
    s.cpEnd = end;
  };
  for (const a of attributions) {
    span(a.source);
    span(a.cue);
    span(a.content);
    if (a.content_fragments) a.content_fragments.forEach(span);
  }
  return attributions;
}

/**
 * The attributions in the core's JSON for `text` (as the worker hands it
 * over), with UTF-16 offsets as attributionsToUtf16InPlace gives them.
 */
export function attributionsFromJson(json, text) {
  return attributionsToUtf16InPlace(JSON.parse(json).attributions ?? [], text);
}

/** Size of `text` in UTF-8 bytes, without allocating the encoded copy. */
export function utf8Length(text) {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length &&
             (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4; // a surrogate pair is one 4-byte character
      i++;
    } else bytes += 3; // includes a lone surrogate, sent as U+FFFD
  }
  return bytes;
}
