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
  // index[cp] = UTF-16 index where code point cp starts; one extra slot
  // for the end of the text. Built once, so each lookup is O(1).
  const index = new Uint32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; cp++) {
    index[cp] = i;
    const unit = text.charCodeAt(i);
    const isPair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < text.length &&
      (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    i += isPair ? 2 : 1;
  }
  index[cp] = text.length;
  const count = cp;

  return (offset) => {
    if (!Number.isInteger(offset) || offset < 0 || offset > count) {
      throw new RangeError(`offset ${offset} is outside the text (0..${count} code points)`);
    }
    return index[offset];
  };
}

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
  const toUtf16 = codePointToUtf16(text);
  const span = (s) => s && {
    ...s, start: toUtf16(s.start), end: toUtf16(s.end), cpStart: s.start, cpEnd: s.end,
  };
  return attributions.map((a) => ({
    ...a,
    source: span(a.source),
    cue: span(a.cue),
    content: span(a.content),
    ...(a.content_fragments && { content_fragments: a.content_fragments.map(span) }),
  }));
}

/**
 * The same conversion as attributionsToUtf16, done in place on objects the
 * caller owns (the worker's freshly parsed JSON): no copy of every claim.
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
