// The saywho page: takes an article, asks the worker to annotate it, and
// draws the result. Text from the user or a link reaches the DOM only as
// text nodes (textContent / createTextNode), never as HTML.

import { encodeText, decodeHash } from './link.js';
import { utf8Length } from './offsets.js';
import {
  segment, groupBySource, sourceName, isUnattributed, sourceHue,
  firstWords, kindLabel, claimLabel,
} from './claims.js';

/** Larger inputs are refused: past this the page gets slow to draw. */
const MAX_INPUT_BYTES = 2 * 1024 * 1024;
const TYPING_DELAY_MS = 500;
// Chromium refuses URLs longer than 2 MB.
const MAX_URL_LENGTH = 2 * 1024 * 1024;

const $ = (id) => document.getElementById(id);
const input = $('article-input');
const statusBox = $('status');
const articleBox = $('article');
const whoList = $('who-list');
const tip = $('claim-tip');

const EXAMPLE = [
  'The city council approved the new bus routes on Tuesday, according to a statement from the mayor’s office.',
  '“This is the biggest change to our network in thirty years,” said Maria Lopez, the transport director. She added that the first buses would run in March.',
  'Critics were not convinced. Local shop owners said the works would block deliveries for months, and a spokesman for the residents’ association called the plan “rushed and badly explained.”',
].join('\n\n');

// ---- status area ---------------------------------------------------------

/** Show a message; `tone` is "info", "busy", "ok" or "error" (styling only). */
function setStatus(message, tone = 'info') {
  statusBox.replaceChildren(document.createTextNode(message));
  statusBox.dataset.tone = tone;
}

// ---- talking to the worker -----------------------------------------------

const worker = new Worker((await import('./trusted.js')).scriptURL('./worker.js'), { type: 'module' });
const pending = new Map(); // request id -> {resolve, reject}
let nextId = 1;

worker.onmessage = ({ data }) => {
  const request = pending.get(data.id);
  if (!request) return;
  pending.delete(data.id);
  if ('error' in data) request.reject(new Error(data.error));
  else request.resolve(data.result);
};
// A worker that cannot start (or dies) must not leave requests hanging.
worker.onerror = (event) => {
  event.preventDefault();
  const error = new Error(`The analyser stopped: ${event.message || 'it could not be started'}`);
  for (const request of pending.values()) request.reject(error);
  pending.clear();
  setStatus(error.message, 'error');
};

function annotateInWorker(text) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.postMessage({ id, text });
  });
}

// ---- annotate --------------------------------------------------------------

let latestRun = 0;
let shownText = null; // the text the article view currently shows
let typingTimer = 0;

async function annotate({ force = false } = {}) {
  clearTimeout(typingTimer);
  // Well-formed, so the view and the worker see the same characters
  // (this keeps the length, so offsets still match).
  const text = input.value.toWellFormed();
  if (!force && text === shownText) return;
  const run = ++latestRun;

  if (text.trim() === '') {
    shownText = text;
    clearResults();
    setStatus('Nothing to annotate yet: paste an article above, or load the example.');
    return;
  }
  const bytes = utf8Length(text);
  if (bytes > MAX_INPUT_BYTES) {
    shownText = null;
    clearResults();
    setStatus(`This text is ${formatMB(bytes)}; saywho reads up to ${formatMB(MAX_INPUT_BYTES)} ` +
      'at a time. Please annotate a shorter part of it.', 'error');
    return;
  }

  setStatus('Annotating…', 'busy');
  try {
    const { attributions } = await annotateInWorker(text);
    if (run !== latestRun) return; // a newer run has started: drop this one
    shownText = text;
    render(text, attributions);
    const sources = new Set(attributions.map(sourceName)).size;
    setStatus(attributions.length === 0
      ? 'No attributed statements found in this text.'
      : `Found ${plural(attributions.length, 'claim')} from ${plural(sources, 'source')}.`, 'ok');
  } catch (e) {
    if (run !== latestRun) return;
    shownText = null;
    clearResults();
    setStatus(`Could not annotate this text. ${e.message}`, 'error');
  }
}

function plural(n, word) {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

// Rounded up, so a text just over the limit never reads as "2 MB".
function formatMB(bytes) {
  return `${Math.ceil(bytes / 1024 / 1024 * 100) / 100} MB`;
}

// ---- drawing -----------------------------------------------------------------

let claims = []; // the attributions shown, by index
let claimParts = []; // index -> elements drawn for it (marks, cue, source, badge)

function clearResults() {
  claims = [];
  claimParts = [];
  hideTip();
  articleBox.replaceChildren(placeholder('The annotated article will appear here.'));
  whoList.replaceChildren(placeholder('Sources and their claims will be listed here.'));
}

function placeholder(text) {
  const p = document.createElement('p');
  p.className = 'placeholder';
  p.textContent = text;
  return p;
}

function render(text, attributions) {
  hideTip();
  claims = attributions;
  claimParts = attributions.map(() => []);
  articleBox.replaceChildren(renderArticle(text, attributions));
  whoList.replaceChildren(renderWho(attributions));
}

// Colour by resolved source: a hue from its name, grey when unattributed.
function paint(el, a) {
  if (isUnattributed(a)) el.classList.add('unattributed');
  else el.style.setProperty('--hue', sourceHue(a.source_resolved));
}

function renderArticle(text, attributions) {
  const out = document.createDocumentFragment();
  // Each claim's badge goes where its content first shows.
  const badgeDone = new Set();
  let paragraph = null;

  for (const seg of segment(text, attributions)) {
    if (seg.isBreak) {
      paragraph = null;
      continue;
    }
    if (!paragraph) {
      paragraph = document.createElement('p');
      out.append(paragraph);
    }
    let node = document.createTextNode(text.slice(seg.start, seg.end));

    for (const i of seg.cues) node = wrap('span', 'cue', node, i);
    for (const i of seg.sources) {
      node = wrap('span', 'source', node, i);
      paint(node, attributions[i]);
    }
    if (seg.contents.length) {
      // Nested or overlapping claims: the innermost (latest, here the
      // highest index, as claims come in order of start) sets the look.
      const top = seg.contents[seg.contents.length - 1];
      const mark = wrap('mark', `claim kind-${attributions[top].kind}`, node, top);
      if (seg.contents.length > 1) mark.classList.add('nested');
      paint(mark, attributions[top]);
      mark.dataset.claims = seg.contents.join(' ');
      const badges = [];
      for (const i of seg.contents) {
        if (i !== top) claimParts[i].push(mark);
        if (!badgeDone.has(i)) {
          badgeDone.add(i);
          badges.push(makeBadge(attributions[i], i));
        }
      }
      mark.prepend(...badges); // in claim order, like the panel
      node = mark;
    }
    paragraph.append(node);
  }
  return out;
}

function wrap(tag, className, child, claim) {
  const el = document.createElement(tag);
  el.className = className;
  el.dataset.claim = String(claim);
  el.append(child);
  claimParts[claim].push(el);
  return el;
}

// The badge is the claim's single tab stop and carries its accessible name.
function makeBadge(a, i) {
  const badge = document.createElement('button');
  badge.type = 'button';
  badge.className = 'badge';
  badge.id = `claim-${i}`;
  badge.dataset.claim = String(i);
  badge.textContent = isUnattributed(a) ? 'unattributed' : a.source_resolved;
  badge.setAttribute('aria-label', claimLabel(a));
  badge.setAttribute('aria-describedby', 'claim-tip');
  paint(badge, a);
  claimParts[i].push(badge);
  return badge;
}

function renderWho(attributions) {
  const out = document.createDocumentFragment();
  const groups = groupBySource(attributions);
  if (groups.length === 0) {
    out.append(placeholder('No claims found.'));
    return out;
  }
  for (const group of groups) {
    const section = document.createElement('section');
    section.className = 'who-group';
    paint(section, attributions[group.claims[0]]); // the swatch and rule inherit the colour
    const heading = document.createElement('h3');
    const swatch = document.createElement('span');
    swatch.className = 'swatch';
    swatch.setAttribute('aria-hidden', 'true');
    const name = document.createElement('span');
    name.className = 'who-name';
    name.textContent = group.name;
    const count = document.createElement('span');
    count.className = 'who-count';
    count.textContent = plural(group.claims.length, 'claim');
    heading.append(swatch, name, count);

    const list = document.createElement('ol');
    for (const i of group.claims) {
      const a = attributions[i];
      const item = document.createElement('li');
      const link = document.createElement('button');
      link.type = 'button';
      link.className = `who-claim kind-${a.kind}`;
      link.dataset.claim = String(i);
      link.textContent = firstWords(a.content.text ?? '', 9);
      link.title = kindLabel(a.kind);
      item.append(link);
      list.append(item);
    }
    section.append(heading, list);
    out.append(section);
  }
  return out;
}

// ---- claim details (tooltip) -----------------------------------------------

let tipClaim = -1;

// `pointerY`: for a claim that wraps over lines, open by the line pointed at.
function showTip(i, anchor, pointerY) {
  const a = claims[i];
  if (!a) return;
  setActive(i);
  const rows = [
    ['Source', isUnattributed(a) ? 'unattributed' : a.source_resolved],
    ['As written', a.source?.text ?? '(not named)'],
    ['Cue', a.cue?.text ?? '(none)'],
    ['Kind', kindLabel(a.kind)],
    ['Rule', a.rule ?? '(unknown)'],
    ['Confidence', Number.isFinite(a.confidence) ? `${Math.round(a.confidence * 100)}%` : '(unknown)'],
  ];
  const list = document.createElement('dl');
  for (const [term, value] of rows) {
    const dt = document.createElement('dt');
    dt.textContent = term;
    const dd = document.createElement('dd');
    dd.textContent = value;
    list.append(dt, dd);
  }
  tip.replaceChildren(list);
  tip.hidden = false;
  tipClaim = i;

  // Below the anchor, kept inside the viewport horizontally.
  const lines = [...anchor.getClientRects()];
  const distance = (r) => (pointerY === undefined ? 0 : Math.abs((r.top + r.bottom) / 2 - pointerY));
  const box = lines.reduce((best, r) => (distance(r) < distance(best) ? r : best), lines[0] ??
    anchor.getBoundingClientRect());
  const width = tip.offsetWidth;
  const left = Math.max(8, Math.min(box.left, document.documentElement.clientWidth - width - 8));
  tip.style.left = `${left + window.scrollX}px`;
  tip.style.top = `${box.bottom + window.scrollY + 6}px`;
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
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !tip.hidden) hideTip();
});

// ---- who-said-what panel ---------------------------------------------------

whoList.addEventListener('click', (event) => {
  const link = event.target instanceof Element && event.target.closest('.who-claim');
  if (!link) return;
  const badge = $(`claim-${link.dataset.claim}`);
  if (!badge) return;
  const smooth = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  badge.scrollIntoView({ behavior: smooth ? 'smooth' : 'auto', block: 'center' });
  badge.focus({ preventScroll: true });
});

// ---- share links -------------------------------------------------------------

async function copyLink() {
  const text = input.value;
  if (text.trim() === '') {
    setStatus('Nothing to share yet: paste an article first.');
    return;
  }
  let url;
  try {
    const fragment = await encodeText(text);
    url = new URL(location.href);
    url.hash = fragment;
  } catch (e) {
    setStatus(`Could not make a link: ${e.message}`, 'error');
    return;
  }
  if (url.href.length > MAX_URL_LENGTH) {
    setStatus('This text is too long to share as a link; browsers refuse links over 2 MB.', 'error');
    return;
  }
  history.replaceState(null, '', url.href);
  try {
    await navigator.clipboard.writeText(url.href);
    setStatus('Link copied. Anyone who opens it sees this article, annotated.', 'ok');
  } catch {
    // Clipboard refused (permissions, insecure context): hand the link over.
    setStatus('Copying was refused by the browser; copy this link yourself: ');
    const field = document.createElement('input');
    field.type = 'text';
    field.readOnly = true;
    field.className = 'link-field';
    field.value = url.href;
    field.setAttribute('aria-label', 'Link to this article');
    statusBox.append(field);
    field.focus();
    field.select();
  }
}

async function openHash() {
  if (location.hash.length <= 1) return;
  const decoded = await decodeHash(location.hash);
  if ('error' in decoded) {
    setStatus(decoded.error, 'error');
    return;
  }
  input.value = decoded.text;
  await annotate({ force: true });
}

// ---- wiring -------------------------------------------------------------------

let justPasted = false;

input.addEventListener('paste', () => { justPasted = true; });
input.addEventListener('input', () => {
  // The URL describes the text it was made for: drop it once that changes.
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => annotate(), justPasted ? 0 : TYPING_DELAY_MS);
  justPasted = false;
});
$('input-form').addEventListener('submit', (event) => {
  event.preventDefault();
  annotate({ force: true });
});
$('copy-link').addEventListener('click', copyLink);
$('example').addEventListener('click', () => {
  input.value = EXAMPLE;
  if (location.hash) history.replaceState(null, '', location.pathname + location.search);
  annotate({ force: true });
});
window.addEventListener('hashchange', openHash);

if (location.hash.length > 1) openHash();
else setStatus('Paste an article above to see who said what.');
