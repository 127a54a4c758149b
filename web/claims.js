// Pure helpers that turn the core's attributions into what the page draws:
// a flat segmentation of the text, groups by source, stable colours.
// No DOM here, so node tests can check them. Spans are UTF-16 indices.

// A newline run (with the blanks around it) separates paragraphs.
const PARAGRAPH_BREAK = /[ \t]*[\r\n\u2028\u2029][\s]*/g;

/** The parts of a claim's content: its fragments if interrupted, else the whole. */
export function contentParts(a) {
  return a.content_fragments?.length ? a.content_fragments : [a.content];
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
  const events = []; // [position, delta (+1 open, -1 close), role, claim]
  const addSpan = (span, role, claim) => {
    if (!span) return;
    const start = clamp(span.start, text.length);
    const end = clamp(span.end, text.length);
    if (end <= start) return; // empty or reversed: nothing to draw
    events.push([start, 1, role, claim], [end, -1, role, claim]);
  };
  attributions.forEach((a, i) => {
    for (const part of contentParts(a)) addSpan(part, 'contents', i);
    addSpan(a.cue, 'cues', i);
    addSpan(a.source, 'sources', i);
  });
  for (const m of text.matchAll(PARAGRAPH_BREAK)) {
    events.push([m.index, 1, 'break', -1], [m.index + m[0].length, -1, 'break', -1]);
  }
  events.sort((x, y) => x[0] - y[0]);

  // Counts, not sets: a claim's fragments could touch or repeat.
  const active = { contents: new Map(), cues: new Map(), sources: new Map(), break: new Map() };
  // Most segments lie in no span, or in one: no copy and no sort for those.
  const ids = (map) => (map.size === 0 ? NONE
    : map.size === 1 ? [map.keys().next().value]
      : [...map.keys()].sort((x, y) => x - y));
  const segments = [];
  let at = 0;
  let k = 0;
  while (at < text.length) {
    for (; k < events.length && events[k][0] <= at; k++) {
      const [, delta, role, claim] = events[k];
      const n = (active[role].get(claim) ?? 0) + delta;
      if (n > 0) active[role].set(claim, n);
      else active[role].delete(claim);
    }
    const end = k < events.length ? Math.min(events[k][0], text.length) : text.length;
    segments.push({
      start: at,
      end,
      isBreak: active.break.size > 0,
      contents: ids(active.contents),
      cues: ids(active.cues),
      sources: ids(active.sources),
    });
    at = end;
  }
  return segments;
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

/** The first `n` words of a text, with an ellipsis if cut. */
export function firstWords(text, n = 8) {
  const words = text.trim().split(/\s+/).filter(Boolean);
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

/** "claim by Xinhua, reported" or "unattributed claim, quoted". */
export function claimLabel(a) {
  const who = isUnattributed(a) ? 'unattributed claim' : `claim by ${a.source_resolved}`;
  return `${who}, ${kindAdjective(a.kind)}`;
}
