// The page writes user text only as text: no HTML sinks anywhere in web/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';

const WEB = new URL('../../web/', import.meta.url);
const SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|document\.write(ln)?|createContextualFragment|srcdoc|eval)\b|\bnew\s+Function\b|setAttribute\(\s*['"]on/;

for (const name of readdirSync(WEB).filter((n) => n.endsWith('.js'))) {
  test(`web/${name} uses no HTML or code sinks`, () => {
    readFileSync(new URL(name, WEB), 'utf8').split('\n').forEach((line, i) => {
      if (line.trim().startsWith('//')) return;
      assert.doesNotMatch(line, SINKS, `web/${name}:${i + 1}: ${line.trim()}`);
    });
  });
}
