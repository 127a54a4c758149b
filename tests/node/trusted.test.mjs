// The page's Trusted Types policy (web/trusted.js): one policy named
// "saywho" that makes script URLs for our own scripts and nothing else.
// The site bundles it into app.js, where the browser tests cannot call it;
// they check that the page's worker started and that the policy exists
// (tests/browser/hostile-links.test.mjs). Here a stand-in trustedTypes
// records the policy the module creates, and its checks run one by one.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const policies = [];
globalThis.trustedTypes = {
  createPolicy(name, rules) {
    policies.push({ name, rules });
    return { createScriptURL: (input) => ({ trusted: rules.createScriptURL(input) }) };
  },
};
const { scriptURL } = await import('../../web/trusted.js');
delete globalThis.trustedTypes;

const HERE = new URL('../../web/', import.meta.url);

test('the module creates one policy, named saywho, that makes script URLs only', () => {
  assert.deepEqual(policies.map((p) => p.name), ['saywho']);
  assert.deepEqual(Object.keys(policies[0].rules), ['createScriptURL']);
});

test('our own scripts, beside the module, are let through as absolute URLs', () => {
  assert.deepEqual(scriptURL('./worker.js'), { trusted: new URL('worker.js', HERE).href });
  assert.deepEqual(scriptURL('worker.js'), { trusted: new URL('worker.js', HERE).href });
  assert.deepEqual(scriptURL('./saywho.mjs'), { trusted: new URL('saywho.mjs', HERE).href });
});

// [what, input]: each must be refused.
const REFUSED = [
  ['another origin', 'https://evil.example/worker.js'],
  ['a protocol-relative URL', '//evil.example/worker.js'],
  ['a data: URL', 'data:text/javascript,1'],
  ['a blob: URL', 'blob:https://evil.example/1234'],
  ['a javascript: URL', 'javascript:1'],
  ['another of our files', './app.js'],
  ['a query', './worker.js?x=1'],
  ['a fragment', './worker.js#x'],
  ['a file in a subfolder', './lib/worker.js'],
  ['a file in the folder above', '../worker.js'],
  ['an encoded name', './worker%2Ejs'],
];

for (const [what, input] of REFUSED) {
  test(`refused: ${what}`, () => {
    assert.throws(() => scriptURL(input), { name: 'TypeError', message: /^saywho refuses to load the script/ });
  });
}
