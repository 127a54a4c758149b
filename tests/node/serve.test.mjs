// The static server: types, headers, and no way out of its root.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startServer, CSP } from '../../scripts/serve.mjs';

let dir;
let server;
let port;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'saywho-serve-'));
  mkdirSync(path.join(dir, 'site/sub'), { recursive: true });
  for (const name of ['index.html', 'app.js', 'saywho.mjs', 'saywho.wasm', 'style.css', 'a.json', 'i.svg', 'i.png', 'sub/index.html']) {
    writeFileSync(path.join(dir, 'site', name), `content of ${name}`);
  }
  writeFileSync(path.join(dir, 'secret.txt'), 'outside the root');
  server = startServer(path.join(dir, 'site'), 0);
  await once(server, 'listening');
  port = server.address().port;
  assert.equal(server.address().address, '127.0.0.1');
});

after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

// Raw paths: fetch() would normalise "..", which is what we want to test.
function get(rawPath, method = 'GET') {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: rawPath, method }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => { body += chunk; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

const TYPES = [
  ['/', 'text/html; charset=utf-8', 'index.html'],
  ['/index.html', 'text/html; charset=utf-8', 'index.html'],
  ['/sub/', 'text/html; charset=utf-8', 'sub/index.html'],
  ['/app.js', 'text/javascript; charset=utf-8', 'app.js'],
  ['/saywho.mjs', 'text/javascript; charset=utf-8', 'saywho.mjs'],
  ['/saywho.wasm', 'application/wasm', 'saywho.wasm'],
  ['/style.css', 'text/css; charset=utf-8', 'style.css'],
  ['/a.json', 'application/json; charset=utf-8', 'a.json'],
  ['/i.svg', 'image/svg+xml', 'i.svg'],
  ['/i.png', 'image/png', 'i.png'],
  ['/app.js?v=2#x', 'text/javascript; charset=utf-8', 'app.js'],
];

for (const [url, type, file] of TYPES) {
  test(`serves ${url} as ${type}`, async () => {
    const res = await get(url);
    assert.equal(res.status, 200);
    assert.equal(res.headers['content-type'], type);
    assert.equal(res.body, `content of ${file}`);
    assert.equal(res.headers['content-security-policy'], CSP);
    assert.equal(res.headers['x-content-type-options'], 'nosniff');
  });
}

for (const url of ['/missing.js', '/sub', '/../secret.txt', '/..%2fsecret.txt', '/%2e%2e/secret.txt',
  '/sub/../../secret.txt', '/%00', '/%E0%A4%A']) {
  test(`refuses ${url}`, async () => {
    const res = await get(url);
    assert.ok([400, 404].includes(res.status), `status ${res.status}`);
    assert.doesNotMatch(res.body, /outside the root/);
    assert.equal(res.headers['content-security-policy'], CSP, 'errors carry the headers too');
  });
}

test('HEAD has headers and no body; POST is refused', async () => {
  const head = await get('/saywho.wasm', 'HEAD');
  assert.equal(head.status, 200);
  assert.equal(head.headers['content-type'], 'application/wasm');
  assert.equal(head.body, '');
  assert.equal((await get('/', 'POST')).status, 405);
});
