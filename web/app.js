// The saywho page: takes an article, asks the worker to annotate it, applies
// the reader's corrections and draws the result. Text from the user, a file
// or a link reaches the DOM only as text nodes (textContent /
// createTextNode), never as HTML. The logic lives in the pure modules
// imported below; this file is the DOM glue.

import { encodeState, decodeHash } from './link.js';
import { utf8Length, attributionsFromJson } from './offsets.js';
import {
  segment, groupBySource, isUnattributed, sourceHue, firstWords, kindLabel, claimLabel, contentText, plural,
} from './claims.js';
import { anchorFor, applyCorrections, addCorrection, removeCorrection, describeCorrection } from './corrections.js';
import { toCliJson, toWebAnnotation, toCsv, toMarkdown, documentId, cliAttribution, shownClaims } from './exports.js';
import { fileKind, textFromFile, countText } from './textin.js';
import { makeSaveFile, readSaveFileBytes, fileNameFor, MAX_FILE_BYTES } from './savefile.js';
import { ruleWords } from './rules.js';
import { SAMPLE } from './sample.js';
import { scriptURL } from './trusted.js';

/** Larger inputs are refused: past this the page gets slow to draw. */
const MAX_INPUT_BYTES = 2 * 1024 * 1024;
const TYPING_DELAY_MS = 500;
// Chromium refuses URLs longer than 2 MB.
const MAX_URL_LENGTH = 2 * 1024 * 1024;
/** Past this many characters some apps (chat, mail, QR codes) cut a link. */
const LONG_LINK = 8000;
/** From this size on, analysing and drawing show their progress. */
const LARGE_INPUT_BYTES = 1024 * 1024;
/** From this length on (about three screens of text), chunks of paragraphs
 * and panel groups off screen skip style and layout (style.css, .long): most
 * of a long view's first frame would otherwise go to text no one sees yet. */
const LONG_ARTICLE_CHARS = 10_000;
/** A chunk of a long article holds the paragraphs that start within this
 * many characters of its own start: about a screen of text. */
const CHUNK_CHARS = 4000;
/** A long article is drawn in slices of about this long, with a turn for
 * the page (input, a frame) between. */
const DRAW_SLICE_MS = 40;

const $ = (id) => document.getElementById(id);

/** A new element with `props` set (textContent, never HTML) and `children`
 * appended: element('p', {className: 'hint', textContent: 'Saved.'}). */
function element(tag, props, ...children) {
  const el = Object.assign(document.createElement(tag), props);
  el.append(...children);
  return el;
}

const input = $('article-input');
const statusBox = $('status');
const articleBox = $('article');
const whoList = $('who-list');
const tip = $('claim-tip');
const details = $('claim-details');
const progress = $('progress');
// What the article and the panel show before any text (index.html), put
// back when the text is cleared.
const articlePlaceholder = articleBox.firstElementChild;
const whoPlaceholder = whoList.firstElementChild;

// ---- status area ---------------------------------------------------------

/** Show a message; `tone` is "info", "busy", "ok" or "error" (styling only). */
function setStatus(message, tone = 'info') {
  statusBox.replaceChildren(document.createTextNode(message));
  statusBox.dataset.tone = tone;
}

function showProgress(value) {
  progress.hidden = value === null;
  if (value === undefined || value === null) progress.removeAttribute('value');
  else progress.value = value;
}

// ---- talking to the worker -----------------------------------------------

// A static import: a top-level await here would leave the buttons without
// handlers for a moment after load, and an early click would submit the form.
const worker = new Worker(scriptURL('./worker.js'), { type: 'module' });
const pending = new Map(); // request id -> {resolve, reject}
let nextId = 1;

worker.onmessage = ({ data }) => {
  const request = pending.get(data.id);
  if (!request) return;
  pending.delete(data.id);
  if ('error' in data) request.reject(new Error(data.error));
  else request.resolve(data.json);
};
// A worker that cannot start (or dies) must not leave requests hanging.
worker.onerror = (event) => {
  event.preventDefault();
  const error = new Error(`The analyser stopped: ${event.message || 'it could not be started'}`);
  for (const request of pending.values()) request.reject(error);
  pending.clear();
  setStatus(error.message, 'error');
};

/** The engine's attributions for a well-formed `text`, in UTF-16 offsets. */
async function annotateInWorker(text) {
  const id = nextId++;
  const json = await new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, text });
  });
  return attributionsFromJson(json, text);
}

// ---- annotate --------------------------------------------------------------

let latestRun = 0;
let shownText = null; // the text the article view currently shows
let typingTimer = 0;
let engineClaims = []; // the worker's attributions for shownText
let corrections = []; // the reader's, in the order made (corrections.js)
let results = []; // per correction: applied, or why not

async function annotate({ force = false } = {}) {
  clearTimeout(typingTimer);
  // Well-formed, so the view and the worker see the same characters
  // (this keeps the length, so offsets still match).
  const text = input.value.toWellFormed();
  if (!force && text === shownText) return;
  const run = ++latestRun;

  if (text.trim() === '') {
    shownText = text;
    engineClaims = [];
    clearResults();
    showProgress(null);
    setStatus('Nothing to annotate yet: paste an article above, or load the sample article.');
    return;
  }
  // A UTF-16 code unit is at most 3 bytes of UTF-8: a text this short is
  // neither large nor too large, and its bytes need no counting (a pass over
  // the text, and an unoptimised one the first time).
  const bytes = text.length * 3 < LARGE_INPUT_BYTES ? 0 : utf8Length(text);
  if (bytes > MAX_INPUT_BYTES) {
    shownText = null;
    clearResults();
    setStatus(`This text is ${formatMB(bytes)}; saywho reads up to ${formatMB(MAX_INPUT_BYTES)} ` +
      'at a time. Please annotate a shorter part of it.', 'error');
    return;
  }

  const large = bytes >= LARGE_INPUT_BYTES;
  const started = performance.now();
  let ticker = 0;
  if (large) {
    showProgress(undefined); // indeterminate: the worker cannot say how far it is
    ticker = setInterval(() => {
      setStatus(`Analysing ${formatMB(bytes)}… ${Math.round((performance.now() - started) / 1000)} s`, 'busy');
    }, 1000);
  }
  setStatus(large ? `Analysing ${formatMB(bytes)}…` : 'Annotating…', 'busy');
  // Performance marks, read by bench/page.mjs: analysis, then drawing.
  performance.mark(`saywho:start:${run}`);
  try {
    const attributions = await annotateInWorker(text);
    clearInterval(ticker);
    if (run !== latestRun) return; // a newer run has started: drop this one
    performance.measure('saywho:analyse', `saywho:start:${run}`);
    performance.mark(`saywho:analysed:${run}`);
    engineClaims = attributions;
    shownText = text;
    // A long article's first screen of badges is up before the rest of it
    // is drawn (render); the measures count to the last badge drawn.
    const firstScreen = () => performance.measure('saywho:first-screen', `saywho:start:${run}`);
    if (!await refresh({ run, large, progressive: true, onFirstScreen: firstScreen })) return;
    performance.measure('saywho:draw', `saywho:analysed:${run}`);
    performance.measure('saywho:paste-to-badges', `saywho:start:${run}`);
  } catch (e) {
    clearInterval(ticker);
    if (run !== latestRun) return;
    shownText = null;
    clearResults();
    showProgress(null);
    setStatus(`Could not annotate this text. ${e.message}`, 'error');
  }
}

// Apply the corrections to the engine's claims and draw the view again;
// false if a newer view took over before this one was drawn. The share
// link is started here but not waited for: the badges are done without it.
// `linkDone` settles once the link (of this view or a newer one) is in
// place; callers that report on the link wait for it. `progressive` and
// `onFirstScreen` are render's.
async function refresh({ run = latestRun, large = false, keepStatus = false, progressive = false,
  onFirstScreen } = {}) {
  const text = shownText;
  const applied = applyCorrections(text, engineClaims, corrections);
  results = applied.results;
  corrections = results.map((r) => r.correction); // re-anchored where matched
  const drawn = await render(text, applied.view, { run, large, progressive, onFirstScreen });
  if (!drawn) return false;
  // A newer text may have gone to the worker while this one was drawn: its
  // status and progress stay until its own view is drawn.
  const newer = run !== latestRun;
  if (!newer) showProgress(null);
  renderCorrections();
  if (!keepStatus && !newer) {
    const shown = shownClaims(view);
    const sources = new Set(shown.filter((a) => !isUnattributed(a)).map((a) => a.source_resolved)).size;
    const fixed = results.filter((r) => r.ok).length;
    setStatus(shown.length === 0 && engineClaims.length === 0
      ? 'No attributed statements found in this text.'
      : `Found ${plural(shown.length, 'claim')} from ${plural(sources, 'source')}` +
        `${fixed ? `, with ${plural(fixed, 'correction')} of yours` : ''}.`, 'ok');
  }
  linkDone = updateLink();
  return true;
}

// Rounded up, so a text just over the limit never reads as "2 MB".
function formatMB(bytes) {
  return `${Math.ceil(bytes / 1024 / 1024 * 100) / 100} MB`;
}

// ---- drawing -----------------------------------------------------------------

let view = []; // the claims as shown: engine's, corrected (corrections.js)
let claimParts = []; // index -> elements drawn for it (marks, cue, source, badge)
let selectedSource = null; // name chosen in the panel, or null

function clearResults() {
  linkRun++; // a link still being made is for a view that is gone
  drawRun++; // and so is a view still being drawn
  view = [];
  claimParts = [];
  hideTip();
  closeDetails({ restoreFocus: false });
  articleBox.classList.remove('long');
  whoList.classList.remove('long');
  articleBox.style.removeProperty('min-height');
  articleBox.replaceChildren(articlePlaceholder);
  whoList.replaceChildren(whoPlaceholder);
  $('share').hidden = true;
  $('notice').hidden = true;
  renderCorrections();
}

function placeholder(text) {
  return element('p', { className: 'placeholder', textContent: text });
}

let drawRun = 0; // the latest render (or clearResults): an older drawing stops

/** A turn for the page (input, a frame) between two pieces of drawing. */
const yieldToPage = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Once the next frame has been drawn (a hidden page draws none: then
 * after a tenth of a second). */
const afterFrame = () => new Promise((resolve) => {
  requestAnimationFrame(() => setTimeout(resolve, 0));
  setTimeout(resolve, 100);
});

/**
 * Draw `claims` over `text`; false if a newer view took over meanwhile.
 * A long article with `progressive` (a new text, met from the top) is
 * drawn a screenful first, in this task, and `onFirstScreen()` is called;
 * the page then draws a frame to show it before the panel is drawn, and
 * the rest of the article (in slices of DRAW_SLICE_MS with a turn between,
 * put in place at once at the end). The promise settles once every badge
 * is drawn. Without `progressive` (the
 * same text drawn again, where the reader may be anywhere in it) a large
 * text is drawn off the page in such slices and put in place whole, and
 * any other at once; `onFirstScreen()` is then called at the end.
 */
async function render(text, claims, { run, large, progressive = false, onFirstScreen }) {
  const me = ++drawRun;
  const long = text.length >= LONG_ARTICLE_CHARS;
  const inPlace = long && progressive;
  const offPage = long && large && !progressive;
  // Off the page, a newer run also makes this one moot (as before: the
  // reader still sees, and works on, the old view meanwhile).
  const stale = () => me !== drawRun || (offPage && run !== latestRun);
  hideTip();
  closeDetails({ restoreFocus: false });
  const drawing = articleDrawing(text, claims, { long });
  // The rest of the article into `out`, off the page, in slices with a
  // turn for the page after each (a paragraph begun on the page goes on
  // there). Put in place slice by slice, a large text's new chunks each
  // cost the frames after them more: 1 MB took twice as long.
  const drawRest = async (out) => {
    for (;;) {
      if (drawing.draw(out, pauseAfter(performance.now() + DRAW_SLICE_MS))) return true;
      if (large) {
        const share = drawing.drawn / drawing.segments;
        showProgress(share);
        setStatus(`Drawing… ${Math.round(share * 100)}%`, 'busy');
      }
      await yieldToPage();
      if (stale()) return false;
    }
  };

  const article = document.createDocumentFragment();
  if (offPage) {
    if (!await drawRest(article)) return false;
  } else {
    drawing.draw(article, inPlace ? pauseAtChunk(firstScreenChunks()) : undefined);
  }
  // While the rest is drawn in place, the article keeps its old height, so
  // that a reader scrolled down stays where they were.
  if (drawing.done) articleBox.style.removeProperty('min-height');
  else articleBox.style.minHeight = `${articleBox.offsetHeight}px`;
  view = claims;
  claimParts = drawing.parts;
  articleBox.classList.toggle('long', long);
  whoList.classList.toggle('long', long);
  articleBox.replaceChildren(article);
  $('share').hidden = false;
  const names = new Set(shownClaims(claims).map((a) => a.source_resolved).filter(Boolean));
  if (selectedSource !== null && !names.has(selectedSource) && selectedSource !== '') selectedSource = null;
  const partial = !drawing.done;
  if (partial) {
    applySelection();
    onFirstScreen?.();
    await afterFrame();
    if (stale()) return false;
  }
  whoList.replaceChildren(renderWho(claims));
  $('source-names').replaceChildren(...[...names].sort().map((name) => element('option', { value: name })));
  if (partial) {
    const rest = document.createDocumentFragment();
    if (!await drawRest(rest)) return false;
    articleBox.append(rest);
    articleBox.style.removeProperty('min-height');
  }
  applySelection();
  if (!partial) onFirstScreen?.();
  return true;
}

/** Pause at the first chunk past the first `n` (in one long paragraph, at
 * twice as many characters as `n` chunks hold). */
const pauseAtChunk = (n) => (start, opensChunk, chunks) =>
  (opensChunk ? chunks >= n : start >= 2 * n * CHUNK_CHARS);
/** Pause once the clock passes `deadline`. */
const pauseAfter = (deadline) => () => performance.now() >= deadline;

// How many chunks fill the screen below the article's top: a chunk is laid
// out about 100em tall (style.css), in the article's font.
function firstScreenChunks() {
  const top = Math.max(0, articleBox.getBoundingClientRect().top);
  const chunk = 100 * parseFloat(getComputedStyle(articleBox).fontSize);
  return Math.max(1, Math.ceil((innerHeight - top) / chunk));
}

// A source's colour is a class, h0 … h359, that sets its hue (--hue): far
// cheaper to set, and to style, than a custom property inline on each of
// thousands of elements. The rules are made here, not in the CSS file.
const hueSheet = new CSSStyleSheet();
hueSheet.replaceSync(Array.from({ length: 360 }, (_, h) => `.h${h}{--hue:${h}}`).join(''));
document.adoptedStyleSheets = [...document.adoptedStyleSheets, hueSheet];

// Hue classes by name, worked out once per source rather than once per element.
const hues = new Map();
function hueOf(name) {
  let hue = hues.get(name);
  if (hue === undefined) {
    hue = `h${sourceHue(name)}`;
    if (hues.size > 10_000) hues.clear();
    hues.set(name, hue);
  }
  return hue;
}

// Dismissed claims are not drawn: their spans are left out of the segmentation.
const drawable = (a) => (a.corrected?.dismissed
  ? { ...a, content: null, content_fragments: undefined, cue: null, source: null }
  : a);

// What every badge shares, set once and copied by cloneNode.
const badgeModel = document.createElement('button');
badgeModel.type = 'button';
badgeModel.setAttribute('aria-haspopup', 'dialog');
badgeModel.setAttribute('aria-describedby', 'claim-tip');

/**
 * The article's drawing, resumable: draw(out, pause) goes on where it
 * stopped, putting new chunks and paragraphs into `out` (a paragraph begun
 * before goes on where it is), and returns true once the text is done.
 * It asks `pause(start, opensChunk, chunks)` before a paragraph that opens
 * a chunk, and every 64 pieces within a paragraph; a true answer stops it
 * there. `parts` is claimParts for the claims drawn.
 */
function articleDrawing(text, claims, { long }) {
  const parts = claims.map(() => []);
  // What a claim's elements share, worked out once per claim: its hue class
  // ('' when unattributed, drawn grey), its number and its
  // classes. The DOM takes a string it has seen before far faster than an
  // equal new one.
  const looks = claims.map((a, i) => {
    const hue = isUnattributed(a) ? '' : hueOf(a.source_resolved);
    const colour = hue || 'unattributed';
    return {
      hue,
      id: String(i),
      source: `source ${colour}`,
      mark: `claim kind-${a.kind}${a.corrected ? ' corrected' : ''} ${colour}`,
    };
  });
  // `child` is a node or a string (made a text node).
  const wrap = (tag, className, child, i) => {
    const el = document.createElement(tag);
    el.className = className;
    el.setAttribute('data-claim', looks[i].id);
    el.append(child);
    parts[i].push(el);
    return el;
  };
  // Each claim's badge goes where its content first shows.
  const badgeDone = new Uint8Array(claims.length);
  // A paragraph's children are gathered and appended in one call (a few
  // hundred at most, so the argument list stays short); plain text goes in
  // as strings, which append() makes into text nodes.
  let paragraph = null;
  const pieces = [];
  const flush = () => {
    paragraph.append(...pieces);
    pieces.length = 0;
  };
  // A long article's paragraphs go in chunks: a new one at the first
  // paragraph that starts CHUNK_CHARS or more past the start of the last.
  let chunk = null;
  let chunks = 0;
  let chunkEnd = long ? 0 : Infinity;
  const segments = segment(text, claims.map(drawable));
  let k = 0;

  const draw = (out, pause = () => false) => {
    for (; k < segments.length; k++) {
      const seg = segments[k];
      if (seg.isBreak) {
        if (paragraph) flush();
        paragraph = null;
        continue;
      }
      if (!paragraph) {
        const opensChunk = seg.start >= chunkEnd;
        if (opensChunk && pause(seg.start, true, chunks)) return false;
        paragraph = document.createElement('p');
        if (opensChunk) {
          chunk = out.appendChild(document.createElement('div'));
          chunk.className = 'chunk';
          chunks++;
          chunkEnd = seg.start + CHUNK_CHARS;
        }
        (chunk ?? out).append(paragraph);
      } else if ((k & 63) === 0 && pause(seg.start, false, chunks)) {
        flush();
        return false;
      }
      let node = text.slice(seg.start, seg.end);

      for (const i of seg.cues) node = wrap('span', 'cue', node, i);
      for (const i of seg.sources) node = wrap('span', looks[i].source, node, i);
      const { contents } = seg;
      if (contents.length) {
        // Nested or overlapping claims: the innermost (latest, here the
        // highest index, as claims come in order of start) sets the look; the
        // outermost shows as a band of its own colour under the text.
        const top = contents[contents.length - 1];
        const nested = contents.length > 1;
        const mark = wrap('mark', nested ? `${looks[top].mark} nested` : looks[top].mark, node, top);
        if (nested) {
          const outer = looks[contents[0]].hue;
          if (outer) mark.style.setProperty('--outer-hue', outer.slice(1)); // the number of 'h123'
          else mark.style.setProperty('--outer-chroma', '0');
        }
        const badges = [];
        for (const i of contents) {
          if (i !== top) parts[i].push(mark);
          if (!badgeDone[i]) {
            badgeDone[i] = 1;
            badges.push(makeBadge(claims[i], i, looks[i], parts[i]));
          }
        }
        if (badges.length) mark.prepend(...badges); // in claim order, like the panel
        node = mark;
      }
      pieces.push(node);
      if (pieces.length === 256) flush();
    }
    if (paragraph) flush();
    return true;
  };
  return {
    draw,
    parts,
    segments: segments.length,
    get drawn() { return k; },
    get done() { return k >= segments.length; },
  };
}

function fullLabel(a) {
  return `${claimLabel(a)}${a.corrected?.source ? ', source corrected' : ''}`;
}

// The badge is the claim's single tab stop and carries its accessible name.
// `look` is the claim's, from articleDrawing, and `parts` its claimParts.
function makeBadge(a, i, { hue, id }, parts) {
  const badge = badgeModel.cloneNode(false);
  const fixed = Boolean(a.corrected?.source);
  badge.className = `badge${fixed ? ' corrected' : ''} ${hue || 'unattributed'}`;
  badge.id = `claim-${i}`;
  badge.setAttribute('data-claim', id);
  badge.textContent = hue ? a.source_resolved : 'unattributed';
  if (fixed) badge.append(element('span', { className: 'badge-fix', ariaHidden: 'true', textContent: ' ✎' }));
  badge.setAttribute('aria-label', fullLabel(a));
  parts.push(badge);
  return badge;
}

function renderWho(claims) {
  const out = document.createDocumentFragment();
  const shown = claims.map((a, i) => ({ a, i })).filter(({ a }) => !a.corrected?.dismissed);
  // groupBySource numbers claims by position in the list it is given.
  const groups = groupBySource(shown.map(({ a }) => a));
  if (groups.length === 0) {
    out.append(placeholder('No claims found.'));
    return out;
  }
  const names = groups.filter((g) => !g.unattributed).map((g) => g.name);
  for (const group of groups) {
    const indices = group.claims.map((k) => shown[k].i);
    const key = group.unattributed ? '' : group.name;
    // Coloured by its source (grey when unattributed): the swatch and rule inherit it.
    const section = element('section', { className: `who-group ${group.unattributed ? 'unattributed' : hueOf(group.name)}` });
    section.dataset.source = key;
    section.style.setProperty('--claims', String(indices.length)); // its estimated height, off screen

    const swatch = element('span', { className: 'swatch', ariaHidden: 'true' });
    const name = element('span', { className: 'who-name', textContent: group.name });
    const count = element('span', { className: 'who-count', textContent: plural(group.claims.length, 'claim') });
    const pick = element('button', {
      type: 'button',
      className: 'who-source',
      ariaPressed: String(selectedSource === key),
      title: `Highlight the claims of ${group.name}`,
    }, swatch, name, count);
    pick.dataset.source = key;
    section.append(element('h3', {}, pick));

    const others = group.forms.filter((f) => f !== group.name);
    if (others.length || group.forms.length > 1) {
      section.append(element('p', {
        className: 'who-forms',
        textContent: `as ${group.forms.map((f) => `“${f}”`).join(', ')}`,
      }));
    }

    const list = element('ol');
    for (const i of indices) {
      const a = claims[i];
      const link = claimLinkModel.cloneNode(false);
      link.className = `who-claim kind-${a.kind}${a.corrected ? ' corrected' : ''}`;
      link.setAttribute('data-claim', i);
      link.textContent = firstWords(contentText(a), 9);
      link.title = `${kindLabel(a.kind)}: go to this claim`;
      list.append(element('li', {}, link));
    }
    section.append(list);
    if (!group.unattributed && names.length > 1) section.append(mergeBox(group.name));
    out.append(section);
  }
  mergeNames = names;
  return out;
}

const claimLinkModel = document.createElement('button');
claimLinkModel.type = 'button';

// The sources the panel's merge forms offer (every attributed one).
let mergeNames = [];

// "Merge into another source": a disclosure with a list of the others. Its
// form is made when it is first opened (mergeForm): few are ever opened, and
// each would list every other source.
function mergeBox(from) {
  const box = element('details', { className: 'merge' },
    element('summary', { textContent: 'Merge…', ariaLabel: `Merge ${from} into another source` }));
  box.dataset.from = from;
  return box;
}

function fillMergeBox(box) {
  if (box.querySelector('form')) return;
  box.append(mergeForm(box.dataset.from, mergeNames));
}

function mergeForm(from, names) {
  const options = names.filter((name) => name !== from)
    .map((name) => element('option', { value: name, textContent: name }));
  const form = element('form', {},
    element('label', { textContent: `Merge “${from}” into ` }, element('select', { name: 'into' }, ...options)),
    element('button', { type: 'submit', textContent: 'Merge' }));
  form.dataset.from = from;
  return form;
}

// ---- selecting a source: its claims stand out, the rest dim -----------------

function applySelection() {
  for (const el of articleBox.querySelectorAll('.is-selected')) el.classList.remove('is-selected');
  articleBox.classList.toggle('has-selection', selectedSource !== null);
  whoList.classList.toggle('has-selection', selectedSource !== null);
  for (const button of whoList.querySelectorAll('.who-source')) {
    const on = button.dataset.source === selectedSource;
    button.setAttribute('aria-pressed', String(on));
    button.closest('.who-group').classList.toggle('is-selected', on);
  }
  if (selectedSource === null) return;
  view.forEach((a, i) => {
    if (isOf(a, selectedSource)) for (const el of claimParts[i]) el.classList.add('is-selected');
  });
}

/** Whether claim `a` is shown under `name` ('' for no source). */
const isOf = (a, name) => !a.corrected?.dismissed && (a.source_resolved || '') === name;

function selectSource(name) {
  selectedSource = selectedSource === name ? null : name;
  applySelection();
  if (selectedSource === null) {
    setStatus('Showing every source again.');
    return;
  }
  const n = view.filter((a) => isOf(a, name)).length;
  setStatus(`Highlighting ${plural(n, 'claim')} ${name ? `by ${name}` : 'with no source'}; press Esc or select it again to show all.`);
}

// ---- claim details (tooltip on hover and focus) -----------------------------

let tipClaim = -1;

function detailRows(a) {
  const words = ruleWords(a.rule);
  const rows = [
    ['Source', isUnattributed(a) ? 'unattributed' : a.source_resolved],
    ['As written', a.source?.text ?? '(not named)'],
    ['Cue', a.cue?.text ?? '(none)'],
    ['Kind', kindLabel(a.kind)],
    ['Confidence', Number.isFinite(a.confidence) ? `${Math.round(a.confidence * 100)}%` : '(unknown)'],
    ['Rule', a.rule ? `${a.rule}${words ? ` — ${words}` : ''}` : '(unknown)'],
  ];
  if (a.corrected?.source) {
    rows.push(['Corrected', `by you; saywho said ${a.engine_source ?? 'unattributed'}`]);
  }
  return rows;
}

function definitionList(rows) {
  return element('dl', {}, ...rows.flatMap(([term, value]) =>
    [element('dt', { textContent: term }), element('dd', { textContent: value })]));
}

// `pointerY`: for a claim that wraps over lines, open by the line pointed at.
function showTip(i, anchor, pointerY) {
  const a = view[i];
  if (!a || !details.hidden) return;
  setActive(i);
  tip.replaceChildren(definitionList(detailRows(a)));
  tip.hidden = false;
  tipClaim = i;
  placeBelow(tip, anchor, pointerY);
}

// Below the anchor, kept inside the viewport horizontally.
function placeBelow(box, anchor, pointerY) {
  const lines = [...anchor.getClientRects()];
  const distance = (r) => (pointerY === undefined ? 0 : Math.abs((r.top + r.bottom) / 2 - pointerY));
  const rect = lines.reduce((best, r) => (distance(r) < distance(best) ? r : best), lines[0] ??
    anchor.getBoundingClientRect());
  const width = box.offsetWidth;
  const left = Math.max(8, Math.min(rect.left, document.documentElement.clientWidth - width - 8));
  box.style.left = `${left + window.scrollX}px`;
  box.style.top = `${rect.bottom + window.scrollY + 6}px`;
}

function hideTip() {
  tip.hidden = true;
  tipClaim = -1;
  setActive(-1);
}

let activeClaim = -1;

// Light up every part of one claim: its content, cue, source and badge.
function setActive(i) {
  if (i === activeClaim) return;
  for (const el of claimParts[activeClaim] ?? []) el.classList.remove('is-active');
  for (const el of claimParts[i] ?? []) el.classList.add('is-active');
  activeClaim = i;
}

function claimOf(target) {
  const el = target instanceof Element && target.closest('#article [data-claim]');
  return el ? { i: Number(el.dataset.claim), el } : null;
}

articleBox.addEventListener('mouseover', (event) => {
  const hit = claimOf(event.target);
  if (hit && hit.i !== tipClaim) showTip(hit.i, hit.el, event.clientY);
});
articleBox.addEventListener('mouseleave', () => {
  // Back to the focused claim, if any: the pointer only borrowed the tip.
  const focused = claimOf(document.activeElement);
  if (focused) showTip(focused.i, focused.el);
  else hideTip();
});
articleBox.addEventListener('focusin', (event) => {
  const hit = claimOf(event.target);
  if (hit) showTip(hit.i, hit.el);
});
articleBox.addEventListener('focusout', (event) => {
  if (!articleBox.contains(event.relatedTarget)) hideTip();
});

// ---- claim details (dialog: why, and corrections) ----------------------------

let detailsClaim = -1;

function openDetails(i) {
  const a = view[i];
  const badge = $(`claim-${i}`);
  if (!a || !badge) return;
  hideTip();
  setActive(i);
  detailsClaim = i;

  const title = element('h3', {
    id: 'details-title',
    tabIndex: -1,
    textContent: isUnattributed(a) ? 'Unattributed claim' : `Claim by ${a.source_resolved}`,
  });
  const why = element('p', { className: 'why', textContent: explain(a) });

  const field = element('input', {
    id: 'fix-source',
    type: 'text',
    autocomplete: 'off',
    value: a.source_resolved ?? '',
    placeholder: 'Pick or type a name',
  });
  field.setAttribute('list', 'source-names'); // a read-only property
  const form = element('form', { className: 'fix' },
    element('label', { htmlFor: 'fix-source', textContent: 'Source' }),
    field,
    element('button', { type: 'submit', textContent: 'Change source' }),
    element('p', { className: 'hint', textContent: 'Leave it empty to mark the claim as unattributed.' }));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const name = field.value.replace(/\s+/g, ' ').trim() || null;
    if (name === (a.source_resolved ?? null)) return;
    correct({ action: 'set-source', claim: anchorFor(shownText, a), name },
      name ? `Gave this claim to ${name}.` : 'Marked this claim as unattributed.');
  });

  const buttons = element('div', { className: 'details-actions' },
    button('Dismiss claim', () => {
      correct({ action: 'dismiss', claim: anchorFor(shownText, a) }, 'Dismissed the claim; undo it under Your corrections.');
    }, { className: 'danger', title: 'This is not a claim: remove its mark' }));
  if (a.corrected?.source === 'set') {
    buttons.append(button('Undo my change', () => {
      const k = results.findIndex((r) => r.ok && r.claim === i && r.correction.action === 'set-source');
      if (k >= 0) uncorrect(k);
    }));
  }
  buttons.append(button('Close', () => closeDetails(), { className: 'close' }));

  details.replaceChildren(title, why, definitionList(detailRows(a)), form, buttons);
  details.hidden = false;
  placeBelow(details, badge);
  title.focus({ preventScroll: true });
}

/** A button (not a submit) that calls `onClick`. */
function button(text, onClick, props) {
  const b = element('button', { type: 'button', textContent: text, ...props });
  b.addEventListener('click', onClick);
  return b;
}

function explain(a) {
  const said = a.source?.text;
  let first = a.cue?.text ? `The cue is “${a.cue.text}”` : 'There is no cue word';
  if (said) {
    first += ` and the source is written “${said}”`;
    if (a.engine_source && a.engine_source !== said) first += `, which saywho reads as ${a.engine_source}`;
  } else first += ', and no one is named';
  const kind = {
    direct: 'The words are quoted directly.',
    indirect: 'The words are reported, not quoted.',
    mixed: 'The words are reported, with quoted words inside.',
  }[a.kind] ?? '';
  const sure = Number.isFinite(a.confidence)
    ? ` saywho is ${a.confidence >= 0.9 ? 'quite' : a.confidence >= 0.75 ? 'fairly' : 'not very'} sure (${Math.round(a.confidence * 100)}%).`
    : '';
  return `${first}. ${kind}${sure}`;
}

function closeDetails({ restoreFocus = true } = {}) {
  if (details.hidden) return;
  details.hidden = true;
  const i = detailsClaim;
  detailsClaim = -1;
  setActive(-1);
  if (restoreFocus) $(`claim-${i}`)?.focus();
}

articleBox.addEventListener('click', (event) => {
  const badge = event.target instanceof Element && event.target.closest('.badge');
  if (!badge) return;
  const i = Number(badge.dataset.claim);
  if (detailsClaim === i) closeDetails();
  else openDetails(i);
});

document.addEventListener('click', (event) => {
  if (details.hidden || !(event.target instanceof Element)) return;
  if (!details.contains(event.target) && !event.target.closest('.badge')) closeDetails({ restoreFocus: false });
});

// ---- corrections --------------------------------------------------------------

async function correct(correction, message) {
  const focusClaim = detailsClaim;
  closeDetails({ restoreFocus: false });
  corrections = addCorrection(corrections, correction);
  await refresh({ keepStatus: true });
  await linkDone;
  setStatus(message, 'ok');
  // Keep the reader where they were: on the claim, or the next one.
  const badges = [...articleBox.querySelectorAll('.badge')];
  const next = badges.find((b) => Number(b.dataset.claim) >= focusClaim) ?? badges.at(-1);
  next?.focus();
}

async function uncorrect(k) {
  const what = describeCorrection(corrections[k]);
  closeDetails({ restoreFocus: false });
  corrections = removeCorrection(corrections, k);
  await refresh({ keepStatus: true });
  await linkDone;
  setStatus(`Undone: ${what}.`, 'ok');
}

function renderCorrections() {
  const box = $('corrections');
  const list = $('corrections-list');
  box.hidden = corrections.length === 0;
  list.replaceChildren(...corrections.map((c, k) => {
    const result = results[k];
    const failed = result?.ok === false;
    const what = describeCorrection(c);
    const action = failed ? 'Remove' : 'Undo';
    const undo = element('button', { type: 'button', className: 'undo', textContent: action, ariaLabel: `${action}: ${what}` });
    undo.dataset.index = String(k);
    return element('li', { className: failed ? 'unmatched' : 'applied' },
      element('span', { className: 'what', textContent: what }),
      element('span', { className: 'state', textContent: failed ? `Not applied: ${result.reason}.` : 'Applied.' }),
      undo);
  }));
  const unmatched = results.filter((r) => r.ok === false).length;
  const notice = $('notice');
  notice.hidden = unmatched === 0;
  notice.textContent = unmatched === 0 ? '' : `${plural(unmatched, 'correction')} from this view no longer ` +
    `${unmatched === 1 ? 'matches' : 'match'} the text (it changed, or saywho now reads it differently). ` +
    'They are kept and listed under Your corrections.';
}

$('corrections-list').addEventListener('click', (event) => {
  const undo = event.target instanceof Element && event.target.closest('.undo');
  if (undo) uncorrect(Number(undo.dataset.index));
});

// ---- who-said-what panel ---------------------------------------------------

whoList.addEventListener('click', (event) => {
  if (!(event.target instanceof Element)) return;
  // A merge box is filled before it opens (the click's default action), so
  // it opens with its form, by pointer or by keyboard alike.
  const summary = event.target.closest('.merge > summary');
  if (summary) {
    fillMergeBox(summary.parentElement);
    return;
  }
  const source = event.target.closest('.who-source');
  if (source) {
    selectSource(source.dataset.source);
    return;
  }
  const link = event.target.closest('.who-claim');
  if (!link) return;
  const badge = $(`claim-${link.dataset.claim}`);
  if (!badge) return;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  badge.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'center' });
  badge.focus({ preventScroll: true });
});

// Opened some other way (by script, by find in page): filled then.
whoList.addEventListener('toggle', (event) => {
  if (event.target instanceof HTMLDetailsElement && event.target.matches('.merge') && event.target.open) {
    fillMergeBox(event.target);
  }
}, true);

whoList.addEventListener('submit', (event) => {
  event.preventDefault();
  const form = event.target;
  const into = form.elements.into?.value;
  if (!into) return;
  const from = form.dataset.from;
  if (selectedSource === from) selectedSource = into;
  correct({ action: 'merge', from, into }, `Merged ${from} into ${into}.`);
});

// ---- keyboard: move between claims ------------------------------------------

function moveClaim(step) {
  const badges = [...articleBox.querySelectorAll('.badge')];
  if (!badges.length) return;
  const at = badges.indexOf(document.activeElement);
  let next;
  if (at >= 0) next = Math.max(0, Math.min(badges.length - 1, at + step));
  else {
    // From outside the article: the first claim below the top of the screen.
    next = step > 0 ? badges.findIndex((b) => b.getBoundingClientRect().top >= 0) : badges.length - 1;
    if (next < 0) next = 0;
  }
  badges[next].focus();
  badges[next].scrollIntoView({ block: 'nearest' });
}

const isTyping = (el) => el instanceof HTMLElement &&
  (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    if (!details.hidden) { closeDetails(); return; }
    if (!tip.hidden) { hideTip(); return; }
    if (selectedSource !== null) { selectSource(selectedSource); return; }
    return;
  }
  if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return;
  const onBadge = event.target instanceof Element && event.target.classList.contains('badge');
  if (event.key === 'j' || event.key === 'n' || (onBadge && (event.key === 'ArrowRight' || event.key === 'ArrowDown'))) {
    event.preventDefault();
    moveClaim(1);
  } else if (event.key === 'k' || event.key === 'p' || (onBadge && (event.key === 'ArrowLeft' || event.key === 'ArrowUp'))) {
    event.preventDefault();
    moveClaim(-1);
  }
});

// ---- share links -------------------------------------------------------------

let currentLink = '';
let linkDone = Promise.resolve();
let linkRun = 0; // the latest updateLink call: an older one that ends later is dropped

// The hash is the state: rewritten after every change of view.
async function updateLink() {
  const field = $('link-field');
  const long = $('long-link');
  const run = ++linkRun;
  if (shownText === null || shownText.trim() === '') {
    currentLink = '';
    return;
  }
  let url;
  try {
    url = new URL(location.href);
    url.hash = await encodeState({ text: shownText, corrections });
  } catch (e) {
    if (run === linkRun) setStatus(`Could not make a link: ${e.message}`, 'error');
    return;
  }
  if (run !== linkRun) return;
  if (url.href.length > MAX_URL_LENGTH) {
    currentLink = '';
    field.value = '';
    $('link-length').textContent = 'This view is too long to be a link (browsers refuse links over 2 MB).';
    long.hidden = false;
    long.textContent = 'Save the view as a file instead: whoever opens it here sees the same view.';
    return;
  }
  currentLink = url.href;
  if (location.href !== url.href) history.replaceState(null, '', url.href);
  field.value = url.href;
  const n = url.href.length;
  $('link-length').textContent = `The link is ${n.toLocaleString('en')} characters long and holds the whole text` +
    `${corrections.length ? ` and your ${plural(corrections.length, 'correction')}` : ''}.`;
  long.hidden = n <= LONG_LINK;
  long.textContent = n <= LONG_LINK ? '' : `Some apps (chat, mail, QR codes) cut links longer than about ` +
    `${LONG_LINK.toLocaleString('en')} characters. To be safe, save the view as a .saywho.json file ` +
    'and send that: whoever drops it on this page, or opens it with “Open file…”, sees the same view.';
}

async function copyLink() {
  if (input.value.trim() === '' || shownText === null) {
    setStatus('Nothing to share yet: paste an article first.');
    return;
  }
  if (input.value.toWellFormed() !== shownText) await annotate();
  await linkDone;
  if (!currentLink) {
    setStatus('This view is too long to share as a link; save it as a file instead.', 'error');
    return;
  }
  try {
    await navigator.clipboard.writeText(currentLink);
    setStatus('Link copied. Anyone who opens it sees this article, annotated, with your corrections.', 'ok');
  } catch {
    // Clipboard refused (permissions, insecure context): hand the link over.
    setStatus('Copying was refused by the browser; the link is selected below: copy it yourself.');
    const field = $('link-field');
    field.focus();
    field.select();
  }
}

async function openHash() {
  if (location.hash.length <= 1) return;
  if (currentLink && location.href === currentLink) return; // our own replaceState
  const decoded = await decodeHash(location.hash);
  if ('error' in decoded) {
    setStatus(decoded.error, 'error');
    return;
  }
  input.value = decoded.text;
  corrections = decoded.corrections;
  updateCounter();
  await annotate({ force: true });
}

// ---- files: open, drop, download -------------------------------------------

async function openFile(file) {
  const kind = fileKind(file.name);
  if (!kind) {
    setStatus(`saywho opens .txt, .md, .html and .saywho.json files; “${file.name}” is none of these.`, 'error');
    return;
  }
  if (file.size > (kind === 'view' ? MAX_FILE_BYTES : MAX_INPUT_BYTES * 4)) {
    setStatus(`“${file.name}” is ${formatMB(file.size)}: too large to open here.`, 'error');
    return;
  }
  setStatus(`Reading ${file.name}…`, 'busy');
  const bytes = new Uint8Array(await file.arrayBuffer());
  // A saved view brings its corrections; a text comes without any.
  const read = kind === 'view' ? readSaveFileBytes(bytes) : textFromFile(kind, bytes);
  if (read.error) {
    setStatus(read.error, 'error'); // the current view stays as it was
    return;
  }
  input.value = read.text;
  corrections = read.corrections ?? [];
  updateCounter();
  await annotate({ force: true });
}

$('open-file').addEventListener('click', () => $('file-input').click());
$('file-input').addEventListener('change', (event) => {
  const [file] = event.target.files;
  event.target.value = '';
  if (file) openFile(file);
});

let dragDepth = 0;
const dropOverlay = $('drop-overlay');
const carriesFiles = (event) => [...(event.dataTransfer?.types ?? [])].includes('Files');
document.addEventListener('dragenter', (event) => {
  if (!carriesFiles(event)) return;
  dragDepth++;
  dropOverlay.hidden = false;
});
document.addEventListener('dragleave', () => {
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) dropOverlay.hidden = true;
});
document.addEventListener('dragover', (event) => {
  if (carriesFiles(event)) event.preventDefault(); // allow the drop
});
document.addEventListener('drop', (event) => {
  dragDepth = 0;
  dropOverlay.hidden = true;
  const [file] = event.dataTransfer?.files ?? [];
  if (!file) return; // dropped text: the textarea takes it by itself
  event.preventDefault();
  openFile(file);
});

// A file of the view, named from its first words and `extension`
// ("saywho-port-mireille-votes-to-rebuild.csv"): a Blob URL behind
// <a download>, made here, nothing is sent.
function download(extension, content, type) {
  const name = fileNameFor(shownText, extension);
  const url = URL.createObjectURL(new Blob([content], { type }));
  const a = element('a', { href: url, download: name, hidden: true });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  setStatus(`Saved ${name}.`, 'ok');
}

function hasView() {
  if (shownText === null || shownText.trim() === '') {
    setStatus('Nothing to export yet: annotate an article first.');
    return false;
  }
  return true;
}

$('download-view').addEventListener('click', () => {
  if (!hasView()) return;
  const attributions = shownClaims(view).map(cliAttribution);
  download('.saywho.json', makeSaveFile({ text: shownText, corrections, attributions }), 'application/json');
});
$('export-json').addEventListener('click', () => {
  if (hasView()) download('.json', toCliJson('article', view), 'application/json');
});
$('export-wa').addEventListener('click', async () => {
  if (!hasView()) return;
  const doc = toWebAnnotation(shownText, view, { documentId: await documentId(shownText) });
  download('.jsonld', `${JSON.stringify(doc, null, 2)}\n`, 'application/ld+json');
});
$('export-csv').addEventListener('click', () => {
  if (hasView()) download('.csv', toCsv(view), 'text/csv;charset=utf-8');
});
$('copy-md').addEventListener('click', async () => {
  if (!hasView()) return;
  try {
    await navigator.clipboard.writeText(toMarkdown(view));
    setStatus('Copied a Markdown summary of who said what.', 'ok');
  } catch {
    download('.md', toMarkdown(view), 'text/markdown;charset=utf-8');
  }
});

// ---- wiring -------------------------------------------------------------------

let justPasted = false;
let counterTimer = 0;

function updateCounter() {
  const { chars, words } = countText(input.value);
  const bytes = utf8Length(input.value);
  $('counter').textContent = `${chars.toLocaleString('en')} characters, ${words.toLocaleString('en')} words` +
    (bytes > MAX_INPUT_BYTES / 4 ? ` (${formatMB(bytes)} of ${formatMB(MAX_INPUT_BYTES)})` : '');
  $('counter').dataset.tone = bytes > MAX_INPUT_BYTES ? 'error' : '';
}

input.addEventListener('paste', () => {
  justPasted = true;
  // Pasting over everything is a new article: the old corrections go.
  if (input.selectionStart === 0 && input.selectionEnd === input.value.length) corrections = [];
});
input.addEventListener('input', () => {
  // A paste goes to the worker at once, in the paste's own task: the worker
  // reads while the page lays out and paints the pasted text (and the busy
  // status, in the same frame). The counter is worked out after it.
  clearTimeout(typingTimer);
  if (justPasted) annotate();
  else typingTimer = setTimeout(() => annotate(), TYPING_DELAY_MS);
  justPasted = false;
  clearTimeout(counterTimer);
  counterTimer = setTimeout(updateCounter, input.value.length > 200_000 ? 300 : 0);
});
$('input-form').addEventListener('submit', (event) => {
  event.preventDefault();
  annotate({ force: true });
});
$('copy-link').addEventListener('click', copyLink);
$('example').addEventListener('click', () => {
  input.value = SAMPLE;
  corrections = [];
  updateCounter();
  annotate({ force: true });
});
window.addEventListener('hashchange', openHash);

// ---- warming up ---------------------------------------------------------------

// A page's first paste ran unoptimised code all the way: the analyser in
// the worker, then the segmentation and the drawing here (for 51 KB, about
// five times as long as the pastes after it). So once the page has loaded and
// sat idle for a moment, the sample article goes through the same path once,
// off the page, and is thrown away: nothing is shown, no state is kept. A
// request of the reader's before then makes that moot, and it is skipped.
// The analyser needs many more readings than one before V8 has compiled it
// optimised (worker.js): the worker goes on reading the sample by itself,
// in short turns that the reader's requests go before, whether or not the
// reader has asked for anything yet.
const WARM_UP_TEXT = `${SAMPLE}\n\n`.repeat(3);
const WARM_UP_AFTER_MS = 500;
const WORKER_WARM_UP_CHARS = 96 * 1024;

async function warmUp() {
  if (latestRun === 0) await warmUpPage();
  worker.postMessage({ warm: SAMPLE, bytes: WORKER_WARM_UP_CHARS });
}

async function warmUpPage() {
  let attributions;
  try {
    attributions = await annotateInWorker(WARM_UP_TEXT);
  } catch {
    return; // a worker that fails says so on the reader's own request
  }
  if (latestRun > 0) return;
  const kept = mergeNames;
  try {
    const claims = applyCorrections(WARM_UP_TEXT, attributions, []).view;
    articleDrawing(WARM_UP_TEXT, claims, { long: false }).draw(document.createDocumentFragment());
    renderWho(claims);
  } finally {
    mergeNames = kept;
  }
}

updateCounter();
if (location.hash.length > 1) openHash();
else setStatus('Paste an article above, open a file, or try the sample article.');
addEventListener('load', () => setTimeout(() => {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(() => warmUp(), { timeout: 2000 });
  else warmUp();
}, WARM_UP_AFTER_MS), { once: true });
