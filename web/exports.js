// Exports of the view (the engine's claims with the reader's corrections
// applied, dismissed claims left out): the CLI's JSON, W3C Web Annotation
// JSON-LD, CSV and a Markdown summary. Pure functions, no DOM.
//
// Positions in every export are Unicode code points, end exclusive, as the
// CLI and the W3C TextPositionSelector count them.

import { groupBySource, isUnattributed, kindAdjective, firstWords, contentText, plural } from './claims.js';

/** The claims still shown: not dismissed by the reader. */
export function shownClaims(view) {
  return view.filter((a) => !a.corrected?.dismissed);
}

const cpSpan = (s) => s && { start: s.cpStart ?? s.start, end: s.cpEnd ?? s.end, text: s.text };

/** One claim in the CLI's format, field for field. */
export function cliAttribution(a) {
  const out = { source: cpSpan(a.source) ?? null, cue: cpSpan(a.cue) ?? null, content: cpSpan(a.content) };
  if (a.content_fragments?.length) out.content_fragments = a.content_fragments.map(cpSpan);
  out.kind = a.kind;
  out.source_resolved = a.source_resolved ?? null;
  out.rule = a.rule;
  out.confidence = a.confidence;
  return out;
}

/** `{"id", "attributions"}`, as one line of `saywho annotate` output. */
export function toCliJson(id, view) {
  return `${JSON.stringify({ id, attributions: shownClaims(view).map(cliAttribution) })}\n`;
}

/** An IRI for the text itself: its SHA-256, so the same text gets the same id. */
export async function documentId(text) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  const hex = [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `urn:saywho:text:sha256:${hex}`;
}

const QUOTE_CONTEXT = 32; // code points of prefix and suffix

/**
 * W3C Web Annotation Data Model (https://www.w3.org/TR/annotation-model/):
 * an AnnotationCollection with one page, one Annotation per claim. The
 * target is the claim's content, located by a TextQuoteSelector and a
 * TextPositionSelector (equivalent alternatives); the bodies name the
 * source ("identifying"), the kind ("classifying") and how saywho found it
 * ("describing").
 */
export function toWebAnnotation(text, view, { documentId: doc, label = 'saywho: who said what' }) {
  const points = Array.from(text); // code points, so selectors count as the spec does
  const items = shownClaims(view).map((a, n) => {
    const c = cpSpan(a.content);
    const bodies = [
      ['identifying', isUnattributed(a) ? 'unattributed' : a.source_resolved],
      ['classifying', kindAdjective(a.kind)],
      ['describing', explain(a)],
    ].map(([purpose, value]) => ({ type: 'TextualBody', purpose, value, format: 'text/plain', language: 'en' }));
    return {
      id: `${doc}#claim-${n + 1}`,
      type: 'Annotation',
      motivation: 'identifying',
      body: bodies,
      target: {
        source: doc,
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: points.slice(c.start, c.end).join(''),
            prefix: points.slice(Math.max(0, c.start - QUOTE_CONTEXT), c.start).join(''),
            suffix: points.slice(c.end, c.end + QUOTE_CONTEXT).join(''),
          },
          { type: 'TextPositionSelector', start: c.start, end: c.end },
        ],
      },
    };
  });
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `${doc}#annotations`,
    type: 'AnnotationCollection',
    label,
    total: items.length,
    generator: { type: 'Software', name: 'saywho' },
    first: { id: `${doc}#page-1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

function explain(a) {
  const parts = [];
  if (a.source?.text) parts.push(`source as written: “${a.source.text}”`);
  if (a.cue?.text) parts.push(`cue: “${a.cue.text}”`);
  if (a.rule) parts.push(`rule: ${a.rule}`);
  if (Number.isFinite(a.confidence)) parts.push(`confidence: ${Math.round(a.confidence * 100)}%`);
  if (a.corrected?.source) parts.push('source corrected by a reader');
  return parts.join('; ');
}

export const CSV_COLUMNS = ['source', 'cue', 'content', 'kind', 'start', 'end'];

/** The CSV's rows as arrays of strings, header first (what a spreadsheet shows). */
export function csvRows(view) {
  return [CSV_COLUMNS, ...shownClaims(view).map((a) => {
    const c = cpSpan(a.content);
    return [
      isUnattributed(a) ? '' : a.source_resolved, a.cue?.text ?? '', a.content.text ?? '',
      a.kind, String(c.start), String(c.end),
    ].map(inert);
  })];
}

// A cell that starts with = + - @ (or a tab/CR) is a formula to a
// spreadsheet; a leading apostrophe keeps it text (OWASP's advice).
function inert(cell) {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}

/**
 * RFC 4180 CSV: CRLF line ends, every field quoted, quotes doubled, and a
 * UTF-8 byte order mark so Excel reads the Unicode as Unicode.
 */
export function toCsv(view) {
  const field = (cell) => `"${String(cell).replace(/"/g, '""')}"`;
  return `\uFEFF${csvRows(view).map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

// Markdown would read * _ [ ] < > ` # | ~ \ in the article as markup.
function md(text) {
  return text.replace(/\s+/g, ' ').replace(/[\\`*_[\]<>#|~]/g, '\\$&');
}

/** A Markdown summary of who said what: a section per source, a line per claim. */
export function toMarkdown(view, { words = 14 } = {}) {
  const claims = shownClaims(view);
  const groups = groupBySource(claims);
  const corrected = claims.filter((a) => a.corrected).length + (view.length - claims.length);
  const sources = groups.filter((g) => !g.unattributed).length;
  const lines = ['# Who said what', ''];
  lines.push(`${plural(claims.length, 'claim')} from ${plural(sources, 'source')}` +
    `${corrected ? `, ${corrected} corrected by the reader` : ''} (marked by saywho).`);
  for (const g of groups) {
    lines.push('', `## ${md(g.name)} (${g.claims.length})`);
    const others = g.forms.filter((f) => f !== g.name);
    if (others.length) lines.push('', `Also written as ${others.map((f) => `“${md(f)}”`).join(', ')}.`);
    lines.push('');
    for (const i of g.claims) {
      const a = claims[i];
      const cue = a.cue?.text ? ` (${md(a.cue.text)})` : '';
      lines.push(`- ${kindAdjective(a.kind)}${cue}: ${md(firstWords(contentText(a), words))}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
