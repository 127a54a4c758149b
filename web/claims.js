// Pure helpers that turn the core's attributions into what the page draws:
// a flat segmentation of the text, groups by source, stable colours.
// No DOM here, so node tests can check them. Spans are UTF-16 indices.

// A newline run (with the blanks around it) separates paragraphs.
const PARAGRAPH_BREAK = /[ \t]*[\r\n\u2028\u2029][\s]*/g;

/** The parts of a claim's content: its fragments if interrupted, else the whole. */
export function contentParts(a) {
  return a.content_fragments?.length ? a.content_fragments : [a.content];
}

/** A claim's words, its pieces joined by an ellipsis. */
export function contentText(a) {
  return contentParts(a).map((p) => p.text ?? '').join(' … ');
}

/** The claims of a segment in no span of that role (shared, so frozen). */
const NONE = Object.freeze([]);

/**
 * Cut `text` at every span boundary and paragraph break. Spans may overlap
 * or nest; each segment lists the claims whose content, cue and source
 * cover it (indices into `attributions`), so nothing has to be well nested.
 * Returns [{start, end, isBreak, contents, cues, sources}], covering the
 * whole text in order.
 */
export function segment(text, attributions) {
  const { length } = text;
  // Events in parallel lists: position, +1 (opens) or -1 (closes), role
  // (an index into `active` below) and claim.
  const at = [];
  const delta = [];
  const role = [];
  const claim = [];
  const addSpan = (span, r, i) => {
    if (!span) return;
    const start = clamp(span.start, length);
    const end = clamp(span.end, length);
    if (end <= start) return; // empty or reversed: nothing to draw
    at.push(start, end);
    delta.push(1, -1);
    role.push(r, r);
    claim.push(i, i);
  };
  attributions.forEach((a, i) => {
    for (const part of contentParts(a)) addSpan(part, CONTENTS, i);
    addSpan(a.cue, CUES, i);
    addSpan(a.source, SOURCES, i);
  });
  for (const m of text.matchAll(PARAGRAPH_BREAK)) addSpan({ start: m.index, end: m.index + m[0].length }, BREAK, -1);

  // In order of position, by a numeric sort of position × scale + event
  // number (no comparator to call). Events at one position may come in any
  // order: a count is the sum of its events, and a span closes after it opens.
  const n = at.length;
  let scale = 1;
  while (scale < n) scale *= 2;
  const order = new Float64Array(n);
  for (let e = 0; e < n; e++) order[e] = at[e] * scale + e;
  order.sort();

  // Counts, not sets: a claim's fragments could touch or repeat.
  const active = [new Map(), new Map(), new Map(), new Map()]; // CONTENTS, CUES, SOURCES, BREAK
  const segments = [];
  let pos = 0;
  let k = 0;
  while (pos < length) {
    for (; k < n; k++) {
      const e = order[k] % scale;
      if (at[e] > pos) break;
      const counts = active[role[e]];
      const c = (counts.get(claim[e]) ?? 0) + delta[e];
      if (c > 0) counts.set(claim[e], c);
      else counts.delete(claim[e]);
    }
    const end = k < n ? Math.min(at[order[k] % scale], length) : length;
    segments.push({
      start: pos,
      end,
      isBreak: active[BREAK].size > 0,
      contents: ids(active[CONTENTS]),
      cues: ids(active[CUES]),
      sources: ids(active[SOURCES]),
    });
    pos = end;
  }
  return segments;
}

const CONTENTS = 0;
const CUES = 1;
const SOURCES = 2;
const BREAK = 3;

// The claims counted in a map, in order. Most segments lie in no span of a
// role, or in one: no copy and no sort for those.
function ids(counts) {
  if (counts.size === 0) return NONE;
  if (counts.size === 1) return [counts.keys().next().value];
  return [...counts.keys()].sort((x, y) => x - y);
}

function clamp(n, max) {
  return Math.max(0, Math.min(Number.isFinite(n) ? n : 0, max));
}

/** The name a claim is grouped and labelled under. */
export function sourceName(a) {
  return a.source_resolved || 'Unattributed';
}

export function isUnattributed(a) {
  return !a.source_resolved;
}

/**
 * Claims grouped by resolved source: [{name, unattributed, claims: [index],
 * forms: [as written]}], most claims first, ties in order of first
 * appearance, unattributed claims last in a row of their own. `forms` are
 * the distinct ways the article names the source ("Mr. Meng", "Meng
 * Jianzhu"), in order of appearance.
 */
export function groupBySource(attributions) {
  const groups = new Map();
  attributions.forEach((a, i) => {
    const name = sourceName(a);
    if (!groups.has(name)) groups.set(name, { name, unattributed: isUnattributed(a), claims: [], forms: [] });
    const group = groups.get(name);
    group.claims.push(i);
    const form = a.source?.text?.replace(/\s+/g, ' ').trim();
    if (form && !group.forms.includes(form)) group.forms.push(form);
  });
  // Array.prototype.sort is stable, so equal counts keep first-seen order.
  return [...groups.values()].sort((x, y) =>
    (x.unattributed - y.unattributed) || (y.claims.length - x.claims.length));
}

/** A hue (0..359) from a hash of the name: the same source, the same colour, every visit. */
export function sourceHue(name) {
  let h = 0x811c9dc5; // FNV-1a, 32 bit
  for (let i = 0; i < name.length; i++) {
    h ^= name.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 360;
}

/** The first `n` words of a text, with an ellipsis if cut. Reads no further than word n + 1. */
export function firstWords(text, n = 8) {
  const words = [];
  for (const [word] of text.matchAll(/\S+/g)) if (words.push(word) > n) break;
  return words.length > n ? `${words.slice(0, n).join(' ')}…` : words.join(' ');
}

const KIND_WORDS = {
  direct: { adjective: 'quoted', label: 'direct quote' },
  indirect: { adjective: 'reported', label: 'reported speech' },
  mixed: { adjective: 'partly quoted', label: 'partly quoted' },
};

/** "quoted" / "reported" / "partly quoted", for an aria-label. */
export function kindAdjective(kind) {
  return KIND_WORDS[kind]?.adjective ?? String(kind);
}

/** "direct quote" / "reported speech" / "partly quoted", for the details. */
export function kindLabel(kind) {
  return KIND_WORDS[kind]?.label ?? String(kind);
}

/** "1 claim", "2 claims". */
export function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "claim by Xinhua, reported" or "unattributed claim, quoted". */
export function claimLabel(a) {
  const who = isUnattributed(a) ? 'unattributed claim' : `claim by ${a.source_resolved}`;
  return `${who}, ${kindAdjective(a.kind)}`;
}
