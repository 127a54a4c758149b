// Reader corrections: dismiss a claim, give it another source, merge two
// sources. Pure functions, no DOM: the page, the link codec and node tests
// share them.
//
// A correction is plain data, kept in the link and the .saywho.json file:
//   {action: "dismiss",    claim: Anchor}
//   {action: "set-source", claim: Anchor, name: "Xinhua" | null}   (null: unattributed)
//   {action: "merge",      from: "Mr. Comey", into: "James Comey"}
// An Anchor names a claim by its content, the way the W3C Web Annotation
// model does (TextQuoteSelector + TextPositionSelector):
//   {exact, prefix, suffix, start, end}
// `start`/`end` are Unicode code points into the text, end exclusive, as in
// the CLI's output; `exact`, `prefix`, `suffix` are strings.
//
// Anchors, not claim numbers: a newer engine may find more or fewer claims,
// or cut them slightly differently, and a correction must still land on the
// claim it was made for, or be reported as unmatched, never dropped silently.

import { codePointToUtf16, utf16ToCodePoint } from './offsets.js';

export const ACTIONS = ['dismiss', 'set-source', 'merge'];
/** Characters of context kept on each side of a claim's content. */
export const CONTEXT = 32;
const MAX_CORRECTIONS = 10_000;
const MAX_NAME = 300;
const MAX_CONTEXT = 200;

/** Content span of a claim in code points (the page keeps them as cpStart/cpEnd). */
function cpSpan(a) {
  const c = a.content;
  return { start: c.cpStart ?? c.start, end: c.cpEnd ?? c.end };
}

/**
 * The anchor of claim `a` in `text`. `a.content.start/end` are UTF-16
 * indices; `cpStart/cpEnd` (if present) the code point offsets.
 */
export function anchorFor(text, a) {
  const { start, end } = a.content;
  let from = Math.max(0, start - CONTEXT);
  if (isLowSurrogate(text.charCodeAt(from))) from++; // never cut a pair in half
  let to = Math.min(text.length, end + CONTEXT);
  if (isLowSurrogate(text.charCodeAt(to))) to++;
  const cp = cpSpan(a);
  return {
    exact: text.slice(start, end),
    prefix: text.slice(from, start),
    suffix: text.slice(end, to),
    start: cp.start,
    end: cp.end,
  };
}

function isLowSurrogate(unit) {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** Same claim-level target: equal anchors (position and quote). */
function sameAnchor(x, y) {
  return x && y && x.start === y.start && x.end === y.end && x.exact === y.exact;
}

/**
 * A new list with `correction` added. A later correction of the same kind
 * for the same claim (or the same merge) replaces the earlier one.
 */
export function addCorrection(list, correction) {
  const kept = list.filter((c) => {
    if (c.action !== correction.action) return true;
    if (c.action === 'merge') return !(c.from === correction.from && c.into === correction.into);
    return !sameAnchor(c.claim, correction.claim);
  });
  return [...kept, correction];
}

/** A new list without the correction at `index`. */
export function removeCorrection(list, index) {
  return list.filter((_, i) => i !== index);
}

/**
 * Apply `corrections` in order to `attributions` (as the worker returns
 * them) for `text`. Returns
 *   {view, results}
 * `view`: one entry per attribution, same order, a copy with
 *   `source_resolved` as corrected, `engine_source` the engine's, and
 *   `corrected: {dismissed?, source?: "set" | "merge"}` when changed.
 * `results`: one per correction: {ok: true, claim: index} (or
 *   {ok: true, claims: [index]} for a merge), or {ok: false, reason}.
 *   Matched claim-level corrections come back re-anchored (`correction`),
 *   so a saved view keeps up with an edited text.
 */
export function applyCorrections(text, attributions, corrections) {
  const view = attributions.map((a) => ({ ...a, engine_source: a.source_resolved ?? null }));
  const locator = makeLocator(text);
  const results = corrections.map((c) => {
    if (c.action === 'merge') {
      const hit = [];
      view.forEach((a, i) => {
        if (!a.corrected?.dismissed && a.source_resolved === c.from) hit.push(i);
      });
      if (!hit.length) return { ok: false, correction: c, reason: `no claims are attributed to “${c.from}” now` };
      for (const i of hit) {
        view[i].source_resolved = c.into;
        view[i].corrected = { ...view[i].corrected, source: 'merge' };
      }
      return { ok: true, correction: c, claims: hit };
    }
    const span = locator(c.claim);
    if (!span) return { ok: false, correction: c, reason: 'its quoted text is no longer in the article' };
    const i = bestClaim(view, span);
    if (i < 0) return { ok: false, correction: c, reason: 'no claim covers its text any more' };
    if (c.action === 'dismiss') {
      view[i].corrected = { ...view[i].corrected, dismissed: true };
    } else {
      view[i].source_resolved = c.name ?? null;
      view[i].corrected = { ...view[i].corrected, source: 'set' };
    }
    return { ok: true, correction: { ...c, claim: anchorFor(text, view[i]) }, claim: i };
  });
  return { view, results };
}

// The claim whose content is the span, or overlaps it most (Jaccard ≥ 0.5).
function bestClaim(view, span) {
  let best = -1;
  let bestScore = 0;
  view.forEach((a, i) => {
    if (a.corrected?.dismissed || !a.content) return;
    const s = cpSpan(a);
    const overlap = Math.min(s.end, span.end) - Math.max(s.start, span.start);
    const union = Math.max(s.end, span.end) - Math.min(s.start, span.start);
    const score = union > 0 ? Math.max(0, overlap) / union : 0;
    if (score >= 0.5 && score > bestScore) {
      best = i;
      bestScore = score;
    }
  });
  return best;
}

/**
 * A function from an anchor to its span {start, end} (code points) in
 * `text`, or null. Position and quote first; else every place the quote
 * occurs, scored by how much of the prefix and suffix match there, nearest
 * the old position on a tie.
 */
export function makeLocator(text) {
  // Both maps are made on first need: most views have no correction to
  // place.
  let toUtf16 = null; // code point -> UTF-16 index
  let toCp = null; // UTF-16 index -> code point
  return (anchor) => {
    const { exact, prefix = '', suffix = '', start, end } = anchor;
    if (!exact) return null;
    toUtf16 ??= codePointToUtf16(text);
    try {
      if (text.slice(toUtf16(start), toUtf16(end)) === exact) return { start, end };
    } catch { /* position outside this text: search instead */ }
    let best = null;
    for (let at = text.indexOf(exact), n = 0; at >= 0 && n < 10_000; at = text.indexOf(exact, at + 1), n++) {
      const before = commonSuffix(text.slice(Math.max(0, at - prefix.length), at), prefix);
      const after = commonPrefix(text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
      toCp ??= utf16ToCodePoint(text);
      const cpStart = toCp(at);
      const score = before + after;
      const distance = Math.abs(cpStart - (Number.isFinite(start) ? start : 0));
      if (!best || score > best.score || (score === best.score && distance < best.distance)) {
        best = { score, distance, start: cpStart, end: toCp(at + exact.length) };
      }
    }
    return best && { start: best.start, end: best.end };
  };
}

function commonPrefix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a, b) {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/**
 * Check corrections read from a link or a file. Returns {corrections} (a
 * clean copy) or {error} naming the first bad entry. Positions past the
 * end of the text are allowed: such a correction is reported as unmatched
 * when applied, not refused here.
 */
export function validateCorrections(list) {
  if (!Array.isArray(list)) return { error: 'its corrections are not a list.' };
  if (list.length > MAX_CORRECTIONS) return { error: `it has more than ${MAX_CORRECTIONS} corrections.` };
  const out = [];
  for (let k = 0; k < list.length; k++) {
    const c = list[k];
    const bad = (why) => ({ error: `correction ${k + 1} ${why}.` });
    if (!c || typeof c !== 'object' || Array.isArray(c)) return bad('is not an object');
    if (!ACTIONS.includes(c.action)) return bad(`has an unknown action (${JSON.stringify(String(c.action)).slice(0, 40)})`);
    if (c.action === 'merge') {
      if (!isName(c.from) || !isName(c.into)) return bad('must name the two sources to merge');
      out.push({ action: 'merge', from: c.from, into: c.into });
      continue;
    }
    const a = c.claim;
    if (!a || typeof a !== 'object') return bad('has no claim anchor');
    if (typeof a.exact !== 'string' || a.exact.length === 0) return bad('has no quoted text');
    for (const key of ['prefix', 'suffix']) {
      if (a[key] !== undefined && (typeof a[key] !== 'string' || a[key].length > MAX_CONTEXT)) {
        return bad(`has a bad ${key}`);
      }
    }
    if (!Number.isSafeInteger(a.start) || !Number.isSafeInteger(a.end) || a.start < 0 || a.end < a.start) {
      return bad('has positions that are not a valid range');
    }
    const claim = { exact: a.exact, prefix: a.prefix ?? '', suffix: a.suffix ?? '', start: a.start, end: a.end };
    if (c.action === 'dismiss') {
      out.push({ action: 'dismiss', claim });
    } else {
      if (c.name !== null && !isName(c.name)) return bad('has a source name that is not text');
      out.push({ action: 'set-source', claim, name: c.name });
    }
  }
  return { corrections: out };
}

function isName(name) {
  return typeof name === 'string' && name.trim() !== '' && name.length <= MAX_NAME;
}

/** "Dismissed “China and U.S. law…”" — a correction in plain words. */
export function describeCorrection(c) {
  const quote = (s) => `“${shorten(s, 48)}”`;
  if (c.action === 'merge') return `Merged “${c.from}” into “${c.into}”`;
  if (c.action === 'dismiss') return `Dismissed ${quote(c.claim.exact)}`;
  return c.name === null
    ? `Marked ${quote(c.claim.exact)} as unattributed`
    : `Gave ${quote(c.claim.exact)} to “${c.name}”`;
}

function shorten(s, n) {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length > n ? `${flat.slice(0, n - 1).trimEnd()}…` : flat;
}
