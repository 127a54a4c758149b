// Getting text in: files dropped or picked, HTML reduced to its text.
// Pure functions, no DOM: the HTML is read by a small scanner here, never
// parsed by the browser, so nothing in it can load or run.

/** What a dropped or picked file is, from its name. */
export function fileKind(name) {
  const lower = String(name).toLowerCase();
  if (lower.endsWith('.saywho.json') || lower.endsWith('.json')) return 'view';
  if (/\.(html?|xhtml)$/.test(lower)) return 'html';
  if (/\.(md|markdown)$/.test(lower)) return 'markdown';
  if (/\.(txt|text)$/.test(lower) || !lower.includes('.')) return 'text';
  return null;
}

/**
 * The article text in a file's bytes: `{text}` or `{error}`. `kind` as
 * fileKind gives it ('view' files are read by savefile.js instead).
 */
export function textFromFile(kind, bytes) {
  let raw;
  try {
    raw = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return { error: 'This file is not UTF-8 text; save it as UTF-8 and try again.' };
  }
  if (raw.includes('\u0000')) return { error: 'This file looks binary, not text.' };
  if (kind === 'html') return { text: htmlToText(raw) };
  if (kind === 'markdown') return { text: markdownToText(raw) };
  return { text: raw.replace(/\r\n?/g, '\n') };
}

// Elements whose content is not article text.
const DROPPED = new Set(['script', 'style', 'template', 'noscript', 'head', 'title', 'svg', 'math',
  'iframe', 'object', 'embed', 'canvas', 'select', 'button', 'textarea', 'nav', 'form']);
// Elements that start a new paragraph.
const BLOCKS = new Set(['p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside',
  'blockquote', 'pre', 'figure', 'figcaption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol',
  'li', 'dl', 'dt', 'dd', 'table', 'tr', 'hr', 'address', 'details', 'summary', 'body', 'html']);

/**
 * The readable text of an HTML document: tags removed, scripts, styles and
 * other non-text elements dropped with their content, character references
 * decoded, one blank line between paragraphs.
 */
export function htmlToText(html) {
  const out = [];
  const tag = /<!--[^]*?(?:-->|$)|<!\[CDATA\[[^]*?(?:\]\]>|$)|<[!?][^>]*>?|<\/?([A-Za-z][A-Za-z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>?/g;
  let at = 0;
  let skipping = null; // the element whose content is being dropped
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    if (!skipping) out.push(decodeEntities(html.slice(at, m.index)).replace(/\s+/g, ' '));
    at = tag.lastIndex;
    const name = m[1]?.toLowerCase();
    if (!name) continue; // comment, doctype, processing instruction
    const closing = m[0][1] === '/';
    if (skipping) {
      if (closing && name === skipping) skipping = null;
      continue;
    }
    if (DROPPED.has(name) && !closing && !/\/\s*>$/.test(m[0])) {
      skipping = name;
      continue;
    }
    if (name === 'br') out.push('\n');
    else if (BLOCKS.has(name)) out.push('\n\n');
    else if (name === 'td' || name === 'th') out.push(' ');
  }
  if (!skipping) out.push(decodeEntities(html.slice(at)).replace(/\s+/g, ' '));
  return out.join('')
    .replace(/\u00a0/g, ' ')
    .split('\n').map((line) => line.trim()).join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const NAMED = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ldquo: '“', rdquo: '”',
  lsquo: '‘', rsquo: '’', sbquo: '‚', bdquo: '„', laquo: '«', raquo: '»', mdash: '—', ndash: '–',
  hellip: '…', copy: '©', reg: '®', trade: '™', euro: '€', pound: '£', yen: '¥', cent: '¢',
  deg: '°', middot: '·', bull: '•', times: '×', divide: '÷', shy: '\u00ad', thinsp: '\u2009',
  ensp: '\u2002', emsp: '\u2003', zwj: '\u200d', zwnj: '\u200c', eacute: 'é', egrave: 'è',
  ecirc: 'ê', euml: 'ë', aacute: 'á', agrave: 'à', acirc: 'â', auml: 'ä', atilde: 'ã', aring: 'å',
  iacute: 'í', igrave: 'ì', icirc: 'î', iuml: 'ï', oacute: 'ó', ograve: 'ò', ocirc: 'ô', ouml: 'ö',
  otilde: 'õ', oslash: 'ø', uacute: 'ú', ugrave: 'ù', ucirc: 'û', uuml: 'ü', ntilde: 'ñ', ccedil: 'ç',
  szlig: 'ß', Eacute: 'É', Aacute: 'Á', Oacute: 'Ó', Uacute: 'Ú', Ntilde: 'Ñ', Ouml: 'Ö', Uuml: 'Ü',
  Auml: 'Ä', Ccedil: 'Ç', iexcl: '¡', iquest: '¿', sect: '§', para: '¶', prime: '′', Prime: '″',
};

/** Decode HTML character references; unknown names are left as written. */
export function decodeEntities(text) {
  return text.replace(/&(#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (whole, ref) => {
    if (ref[0] !== '#') return Object.hasOwn(NAMED, ref) ? NAMED[ref] : whole;
    const n = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    const valid = n > 0 && n <= 0x10ffff && !(n >= 0xd800 && n <= 0xdfff);
    return valid ? String.fromCodePoint(n) : '\ufffd';
  });
}

/**
 * Markdown reduced to its reading text: headings, emphasis, links, images
 * and block quotes lose their markup; the words stay as written.
 */
export function markdownToText(md) {
  return md.replace(/\r\n?/g, '\n')
    .replace(/^```[^\n]*\n([^]*?)^```[ \t]*$/gm, '$1')
    .replace(/^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/gm, '$1')
    .replace(/^ {0,3}>[ \t]?/gm, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(?=\S)([^]*?\S)\1/g, '$2')
    .replace(/(^|[\s(])[*_](?=\S)([^*_\n]*?\S)[*_](?=[\s).,;:!?]|$)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** {chars, words} of a text, for the input counter (a surrogate pair is one character). */
export function countText(text) {
  let words = 0;
  let chars = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0xdc00 || unit > 0xdfff) chars++;
    const space = unit <= 32 || unit === 0xa0 || unit === 0x85 || unit === 0x1680 ||
      (unit >= 0x2000 && unit <= 0x200a) || unit === 0x2028 || unit === 0x2029 ||
      unit === 0x202f || unit === 0x205f || unit === 0x3000;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return { chars, words };
}
