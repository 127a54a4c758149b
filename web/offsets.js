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
  // Code point offsets of the pairs: the k-th is k units before its index.
  const pairs = pairsIn(text).map((index, k) => index - k);
  const count = text.length - pairs.length;
  return (offset) => {
    if (!Number.isInteger(offset) || offset < 0 || offset > count) {
      throw new RangeError(`offset ${offset} is outside the text (0..${count} code points)`);
    }
    return offset + countBelow(pairs, offset);
  };
}

/**
 * The reverse: a UTF-16 index (0..text.length) to its code point offset;
 * the second unit of a pair gives the pair's own offset.
 */
export function utf16ToCodePoint(text) {
  const pairs = pairsIn(text);
  return (index) => index - countBelow(pairs, index);
}

// Only a surrogate pair makes the two counts differ, by one for each. Pairs
// are rare (emoji, some CJK), so the index of each, in order, is a short
// list, found by a regular expression far faster than a loop over every
// character could index them.
function pairsIn(text) {
  return Array.from(text.matchAll(/[\ud800-\udbff][\udc00-\udfff]/g), (m) => m.index);
}

// How many numbers in the ascending `list` are below `n` (a binary search).
function countBelow(list, n) {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (list[mid] < n) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Number of code points in `text` (a lone surrogate counts as one). */
export function codePointLength(text) {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/**
 * The core's attributions with every span's `start`/`end` turned into
 * UTF-16 indices into `text`, in place on objects the caller owns (freshly
 * parsed JSON): no copy of every claim. The core's code point offsets are
 * kept as `cpStart`/`cpEnd`. Returns `attributions`.
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
