// The wasm module against the native CLI: same text in, same attributions
// out, and every span's text is the code point slice it claims to be.
// Needs `bash scripts/build` first (build/wasm/saywho.mjs and build/saywho).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import path from 'node:path';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MODULE = path.join(ROOT, 'build/wasm/saywho.mjs');
const WASM = path.join(ROOT, 'build/wasm/saywho.wasm');
const CLI = path.join(ROOT, 'build/saywho');
const DESIGN_EXAMPLE = path.join(ROOT, '../shared/examples/comey-beijing.txt');

const TEXTS = {
  'curly quotes and emoji': '“We are thrilled with the result 🎉,” said Maria Lopez, the transport director. ' +
    'The mayor said the buses would run in March.',
  'CJK': '新华社报道，国务委员郭声琨周一会见了科米。“双方同意加强执法合作，”该媒体报道。' +
    ' Officials in 北京 said the talks were “productive 👍.”',
  'combining marks': 'Jose\u0301 Mu\u0308ller said the cafe\u0301 would close, according to the owner.',
  'according to': 'The plant will close next year, according to a company statement. ' +
    '“It is a sad day,” a union official said.',
  'no claims': 'The river rose two metres overnight.',
  'lone surrogate, made well-formed': 'a\ud800 “Fine,” said Ana.'.toWellFormed(),
};
// Only this case depends on the shared folder; without it, it is skipped.
const HAVE_EXAMPLE = existsSync(DESIGN_EXAMPLE);
if (HAVE_EXAMPLE) TEXTS['design example'] = readFileSync(DESIGN_EXAMPLE, 'utf8');

let Module;
const cli = {}; // name -> {attributions} from the native CLI

before(async () => {
  for (const file of [MODULE, WASM, CLI]) {
    assert.ok(existsSync(file), `${path.relative(ROOT, file)} is missing: run \`bash scripts/build\` first`);
  }
  const { default: createSaywho } = await import(pathToFileURL(MODULE).href);
  Module = await createSaywho({ wasmBinary: readFileSync(WASM) });

  // One CLI run for every text: a JSON line in, a JSON line out, per text.
  const names = Object.keys(TEXTS);
  const input = names.map((id) => JSON.stringify({ id, text: TEXTS[id] })).join('\n') + '\n';
  const run = spawnSync(CLI, ['annotate'], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(run.status, 0, `build/saywho annotate failed (${run.signal ?? run.status}): ${run.stderr}`);
  for (const line of run.stdout.split('\n').filter(Boolean)) {
    const { id, ...rest } = JSON.parse(line);
    cli[id] = rest;
  }
});

const annotate = (text) => JSON.parse(Module.annotate(text));
const codePoints = (text, span) => [...text].slice(span.start, span.end).join('');

test('version() is a non-empty string', () => {
  assert.equal(typeof Module.version(), 'string');
  assert.notEqual(Module.version(), '');
});

test('a lone surrogate reads as U+FFFD and moves no offset', () => {
  const raw = 'a\ud800 “Fine,” said Ana. \udc00 Bo said “no.”';
  const got = annotate(raw);
  assert.equal(got.error, undefined);
  assert.ok(got.attributions.length >= 2, 'both claims are found');
  assert.deepEqual(got, annotate(raw.toWellFormed()));
});

test('an empty text gives no attributions and no error', () => {
  assert.deepEqual(annotate(''), { attributions: [] });
});

for (const name of HAVE_EXAMPLE ? Object.keys(TEXTS) : [...Object.keys(TEXTS), 'design example']) {
  test(`wasm equals CLI: ${name}`, (t) => {
    if (!(name in TEXTS)) return t.skip(`${DESIGN_EXAMPLE} not found`);
    const text = TEXTS[name];
    const wasm = annotate(text);
    assert.equal(wasm.error, undefined, `wasm error: ${JSON.stringify(wasm.error)}`);
    assert.ok(cli[name], `the CLI printed no line for "${name}"`);
    const expected = cli[name].attributions;
    assert.equal(wasm.attributions.length, expected.length, 'number of attributions');
    wasm.attributions.forEach((a, i) => assert.deepEqual(a, expected[i], `attribution ${i}`));
  });

  test(`spans are code point slices: ${name}`, (t) => {
    if (!(name in TEXTS)) return t.skip(`${DESIGN_EXAMPLE} not found`);
    const text = TEXTS[name];
    const total = [...text].length;
    annotate(text).attributions.forEach((a, i) => {
      const spans = [['content', a.content], ['source', a.source], ['cue', a.cue],
        ...(a.content_fragments ?? []).map((f, k) => [`content_fragments[${k}]`, f])];
      for (const [role, span] of spans) {
        if (span === null) continue;
        assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end) &&
          span.start >= 0 && span.start <= span.end && span.end <= total, `attribution ${i} ${role} range`);
        assert.equal(span.text, codePoints(text, span), `attribution ${i} ${role} text`);
      }
      assert.ok(['direct', 'indirect', 'mixed'].includes(a.kind), `attribution ${i} kind ${a.kind}`);
    });
  });
}

test('the design example finds Xinhua at least twice', (t) => {
  if (!('design example' in TEXTS)) return t.skip(`${DESIGN_EXAMPLE} not found`);
  const claims = annotate(TEXTS['design example']).attributions;
  assert.ok(claims.filter((a) => a.source_resolved === 'Xinhua').length >= 2,
    JSON.stringify(claims.map((a) => a.source_resolved)));
});
