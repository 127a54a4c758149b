// The worker's protocol, run in node against a stand-in module: the core's
// JSON is handed over as it is (the page converts its offsets), a refusal
// as its message; a request that traps inside the module gets an error,
// and the next one a fresh instance (the wasm is built without exceptions,
// so a trap may leave the old instance's memory unusable). A module that
// fails to load answers every request with an error. A warm-up text is
// read over and over, its results kept to the worker, a turn at a time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { attributionsFromJson } from '../../web/offsets.js';

const WEB = fileURLToPath(new URL('../../web/', import.meta.url));

// A folder holding worker.js as the site serves it, with `moduleSource` as
// saywho.mjs.
function site(moduleSource) {
  const dir = mkdtempSync(path.join(tmpdir(), 'saywho-worker-'));
  copyFileSync(path.join(WEB, 'worker.js'), path.join(dir, 'worker.js'));
  writeFileSync(path.join(dir, 'saywho.mjs'), moduleSource);
  return dir;
}

// Loads the worker with `self` standing in for the worker's global; returns
// ask(text), which resolves to the worker's reply.
async function startWorker(dir) {
  const replies = [];
  const waiting = [];
  globalThis.self = {
    postMessage(message) {
      const w = waiting.shift();
      if (w) w(message);
      else replies.push(message);
    },
  };
  await import(pathToFileURL(path.join(dir, 'worker.js')).href);
  const onmessage = globalThis.self.onmessage;
  let id = 0;
  const ask = (text) => new Promise((resolve) => {
    waiting.push(resolve);
    onmessage({ data: { id: ++id, text } });
  });
  ask.send = (data) => onmessage({ data });
  ask.replies = replies; // messages no one waited for
  return ask;
}

test('a trap inside the module is reported, and the next request gets a fresh instance', async () => {
  const dir = site(`
    globalThis.saywhoInstances = 0;
    export default async function createSaywho() {
      const instance = ++globalThis.saywhoInstances;
      let broken = false;
      return {
        annotate(text) {
          if (broken) throw new WebAssembly.RuntimeError('memory access out of bounds');
          if (text === 'trap') {
            broken = true;
            throw new WebAssembly.RuntimeError('unreachable');
          }
          return JSON.stringify({ attributions: [{ source: null, cue: null,
            content: { start: 0, end: [...text].length, text }, kind: 'indirect',
            source_resolved: null, rule: 'instance-' + instance }] });
        },
      };
    }`);
  const ask = await startWorker(dir);

  const text = 'Ana said “hi” 🎉';
  const first = await ask(text);
  assert.equal(typeof first.json, 'string', 'the core\'s JSON as it is, code points and all');
  const [claim] = attributionsFromJson(first.json, text);
  assert.equal(claim.rule, 'instance-1');
  assert.equal(claim.content.end, text.length); // UTF-16 on the page, not code points
  assert.equal(claim.content.cpEnd, [...text].length);

  const trapped = await ask('trap');
  assert.equal(trapped.json, undefined);
  assert.match(trapped.error, /^The analyser failed: unreachable/);

  const after = await ask('Ana said yes');
  assert.equal(after.error, undefined);
  assert.equal(attributionsFromJson(after.json, 'Ana said yes')[0].rule, 'instance-2');
  assert.equal(globalThis.saywhoInstances, 2);
});

test('a text the core refuses is answered with the core\'s message', async () => {
  const dir = site(`export default async function createSaywho() {
    return { annotate: () => JSON.stringify({ error: { id: 'too_large', message: 'the text is 16777217 bytes; the limit is 16777216', offset: 0 } }) };
  }`);
  const ask = await startWorker(dir);
  const reply = await ask('Ana said yes');
  assert.equal(reply.json, undefined);
  assert.equal(reply.error, 'the text is 16777217 bytes; the limit is 16777216');
});

test('a module that fails to load answers with an error', async () => {
  const dir = site(`export default async function createSaywho() { throw new Error('no wasm here'); }`);
  const ask = await startWorker(dir);
  const reply = await ask('Ana said yes');
  assert.equal(reply.json, undefined);
  assert.equal(reply.error, 'The analyser could not be loaded: no wasm here');
});

test('a warm-up text is read until about the bytes asked for, one reading a turn, with no answers', async () => {
  const dir = site(`
    globalThis.saywhoReadings = [];
    export default async function createSaywho() {
      return {
        annotate(text) {
          globalThis.saywhoReadings.push(text);
          return JSON.stringify({ attributions: [] });
        },
      };
    }`);
  const ask = await startWorker(dir);
  ask.send({ warm: 'The mayor said so.', bytes: 180 }); // 18 characters, so 10 readings
  // A request made meanwhile is answered between two readings.
  const reply = await ask('Ana said yes');
  assert.deepEqual(reply, { id: 1, json: '{"attributions":[]}' });
  const at = globalThis.saywhoReadings.indexOf('Ana said yes');
  assert.ok(at >= 0 && at < 10, `the request was read in turn ${at}`);
  while (globalThis.saywhoReadings.length < 11) await new Promise((resolve) => setTimeout(resolve, 5));
  await new Promise((resolve) => setTimeout(resolve, 50));
  assert.equal(globalThis.saywhoReadings.filter((t) => t === 'The mayor said so.').length, 10);
  assert.deepEqual(ask.replies, [], 'the warm-up is never answered');
});
