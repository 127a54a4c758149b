// The page writes user text only as text: no HTML or code sinks anywhere in
// web/*.js or public/*.html|svg, and the CSP that backs this up (Trusted
// Types, no inline script or style) is the same in the <meta> tag and in the
// header scripts/serve.mjs sends. A match here fails the build; the browser
// tests (tests/browser/xss.test.mjs) check the same thing from outside.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { META_CSP, CSP } from '../../scripts/serve.mjs';

const WEB = new URL('../../web/', import.meta.url);
const PUBLIC = new URL('../../public/', import.meta.url);

// [name, pattern]: what must not appear in our scripts.
const SCRIPT_SINKS = [
  ['HTML property', /\b(innerHTML|outerHTML)\b/],
  ['HTML insertion', /\b(insertAdjacentHTML|createContextualFragment|setHTMLUnsafe|parseHTMLUnsafe|parseFromString)\b/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\b/],
  ['srcdoc', /\bsrcdoc\b/i],
  ['javascript: URL', /javascript\s*:/i],
  ['event handler attribute', /setAttribute(NS)?\(\s*(null\s*,\s*)?['"`]on/i],
  ['eval', /\beval\b/],
  ['new Function', /\bnew\s+Function\b|\bFunction\s*\(\s*['"`]/],
  ['string timer', /\b(setTimeout|setInterval)\s*\(\s*['"`]/],
];

// [name, pattern]: what must not appear in our markup.
const MARKUP_SINKS = [
  ['inline script', /<script(?![^>]*\bsrc\s*=)[^>]*>/i],
  ['inline style element', /<style\b/i],
  ['style attribute', /\sstyle\s*=/i],
  ['event handler attribute', /\son[a-z]+\s*=/i],
  ['javascript: URL', /javascript\s*:/i],
  ['srcdoc', /\bsrcdoc\b/i],
  ['plugin element', /<(object|embed|applet)\b/i],
];

// Comment lines may talk about sinks ("never innerHTML"); code may not.
const isComment = (line) => /^\s*(\/\/|\/\*|\*)/.test(line);

function findSinks(text, sinks, { skipComments }) {
  const found = [];
  text.split('\n').forEach((line, i) => {
    if (skipComments && isComment(line)) return;
    for (const [name, pattern] of sinks) if (pattern.test(line)) found.push(`${i + 1}: ${name}: ${line.trim()}`);
  });
  return found;
}

const scripts = readdirSync(WEB).filter((n) => n.endsWith('.js'));
const markup = readdirSync(PUBLIC).filter((n) => /\.(html|svg)$/.test(n));

test('the scan covers the page: app.js, worker.js, trusted.js and index.html', () => {
  for (const name of ['app.js', 'worker.js', 'link.js', 'trusted.js']) assert.ok(scripts.includes(name), name);
  assert.ok(markup.includes('index.html'));
});

for (const name of scripts) {
  test(`web/${name} uses no HTML or code sinks`, () => {
    const found = findSinks(readFileSync(new URL(name, WEB), 'utf8'), SCRIPT_SINKS, { skipComments: true });
    assert.deepEqual(found, [], `web/${name}`);
  });
}

for (const name of markup) {
  test(`public/${name} has no inline script, inline style or handler`, () => {
    const found = findSinks(readFileSync(new URL(name, PUBLIC), 'utf8'), MARKUP_SINKS, { skipComments: false });
    assert.deepEqual(found, [], `public/${name}`);
  });
}

// The patterns themselves: each bad line must be caught, each good one not.
const SCRIPT_TABLE = [
  ['el.innerHTML = text;', 'HTML property'],
  ['el.outerHTML += x', 'HTML property'],
  ["el.insertAdjacentHTML('beforeend', x)", 'HTML insertion'],
  ['range.createContextualFragment(x)', 'HTML insertion'],
  ["new DOMParser().parseFromString(x, 'text/html')", 'HTML insertion'],
  ['document.write(x)', 'document.write'],
  ['document.writeln(x)', 'document.write'],
  ['frame.srcdoc = x', 'srcdoc'],
  ["a.href = 'javascript:void 0'", 'javascript: URL'],
  ["a.href = 'JavaScript :x'", 'javascript: URL'],
  ["el.setAttribute('onclick', x)", 'event handler attribute'],
  ['el.setAttribute( "onerror", x)', 'event handler attribute'],
  ["el.setAttributeNS(null, 'onload', x)", 'event handler attribute'],
  ['eval(code)', 'eval'],
  ['window.eval(code)', 'eval'],
  ["new Function('return 1')", 'new Function'],
  ["Function('return 1')()", 'new Function'],
  ["setTimeout('go()', 10)", 'string timer'],
  ['setInterval(`tick()`, 10)', 'string timer'],
  ['el.textContent = text;', null],
  ["el.setAttribute('aria-label', x)", null],
  ['setTimeout(() => go(), 10)', null],
  ['const evaluation = 1;', null],
];

test('the script patterns catch each sink and pass plain DOM code', () => {
  for (const [line, want] of SCRIPT_TABLE) {
    const got = SCRIPT_SINKS.filter(([, p]) => p.test(line)).map(([n]) => n);
    assert.deepEqual(got, want ? [want] : [], line);
  }
});

const MARKUP_TABLE = [
  ['<script>go()</script>', 'inline script'],
  ['<script type="module">go()</script>', 'inline script'],
  ['<style>p{}</style>', 'inline style element'],
  ['<p style="color:red">', 'style attribute'],
  ['<img src=x onerror=go()>', 'event handler attribute'],
  ['<body onload="go()">', 'event handler attribute'],
  ['<a href="javascript:go()">', 'javascript: URL'],
  ['<iframe srcdoc="x">', 'srcdoc'],
  ['<object data=x>', 'plugin element'],
  ['<script type="module" src="./app.js"></script>', null],
  ['<link rel="stylesheet" href="./style.css">', null],
  ['<button type="button" id="copy-link">Copy link</button>', null],
];

test('the markup patterns catch each sink and pass our own tags', () => {
  for (const [line, want] of MARKUP_TABLE) {
    const got = MARKUP_SINKS.filter(([, p]) => p.test(line)).map(([n]) => n);
    assert.deepEqual(got, want ? [want] : [], line);
  }
});

// ---- the policy ------------------------------------------------------------

const directives = (policy) => new Map(policy.split(';').map((d) => d.trim()).filter(Boolean)
  .map((d) => { const [name, ...values] = d.split(/\s+/); return [name, values]; }));

test('the <meta> CSP is the one the server sends, minus header-only directives', () => {
  const html = readFileSync(new URL('index.html', PUBLIC), 'utf8');
  const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/gi)];
  assert.equal(metas.length, 1, 'exactly one CSP <meta> tag');
  assert.equal(metas[0][1], META_CSP);
  assert.ok(CSP.startsWith(`${META_CSP}; `));
  assert.deepEqual(directives(CSP).get('frame-ancestors'), ["'none'"]);
  assert.ok(html.indexOf(metas[0][0]) < html.search(/<(script|link)\b/i), 'the policy comes before any script or stylesheet');
});

test('the CSP forbids inline code, plugins, base changes, and enforces Trusted Types', () => {
  const d = directives(META_CSP);
  assert.deepEqual(d.get('script-src'), ["'self'", "'wasm-unsafe-eval'"]);
  assert.deepEqual(d.get('style-src'), ["'self'"]);
  assert.deepEqual(d.get('object-src'), ["'none'"]);
  assert.deepEqual(d.get('base-uri'), ["'none'"]);
  assert.deepEqual(d.get('require-trusted-types-for'), ["'script'"]);
  assert.deepEqual(d.get('trusted-types'), ['saywho'], 'one named policy; no default policy, no duplicates');
  for (const [name, values] of d) {
    for (const bad of ["'unsafe-inline'", "'unsafe-eval'", "'unsafe-hashes'", '*', 'data:', 'blob:']) {
      if (name === 'img-src' && bad === 'data:') continue; // images cannot run code
      assert.ok(!values.includes(bad), `${name} allows ${bad}`);
    }
  }
});
