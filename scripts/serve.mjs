#!/usr/bin/env node
// A tiny static server for the built site (build/site/), for local use and
// the browser tests. No dependencies. It sends the page's CSP as a header
// too, so the worker (which does not see the page's <meta> tag) runs under
// the same policy.
//
//   node scripts/serve.mjs build/site        # PORT=8000 by default
//
// Or in-process:
//   const server = startServer('build/site', 0);
//   await once(server, 'listening');  // then server.address().port

import { createServer } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// The same policy as the page's <meta> tag (tests/node/sinks.test.mjs keeps
// them equal), plus what only a header can say: frame-ancestors, so no other
// site can frame the page. Trusted Types: only the "saywho" policy
// (web/trusted.js) may exist, and it only makes URLs of our own scripts.
// form-action 'none': the form is handled by script; should the script fail,
// the article must not be submitted to the server in the query string.
export const META_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'none'; connect-src 'self'; worker-src 'self'; " +
  "form-action 'none'; require-trusted-types-for 'script'; trusted-types saywho";
export const CSP = `${META_CSP}; frame-ancestors 'none'`;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

const HEADERS = {
  'Content-Security-Policy': CSP,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cache-Control': 'no-cache',
};

/** Serve `root` on 127.0.0.1:`port` (0: any free port); returns the http.Server. */
export function startServer(root, port = 8000) {
  const base = path.resolve(root);
  const server = createServer(async (req, res) => {
    const send = (status, body) => {
      res.writeHead(status, { ...HEADERS, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'Method not allowed\n');

    let file;
    try {
      let name = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (name.endsWith('/')) name += 'index.html';
      file = path.resolve(base, `.${name}`);
    } catch {
      return send(400, 'Bad request\n');
    }
    // Resolved, so "..", encoded or not, cannot climb out of the root.
    if (file !== base && !file.startsWith(base + path.sep)) return send(404, 'Not found\n');
    if (file.includes('\0')) return send(404, 'Not found\n');

    let info;
    try {
      info = await stat(file);
    } catch {
      return send(404, 'Not found\n');
    }
    if (!info.isFile()) return send(404, 'Not found\n');

    res.writeHead(200, {
      ...HEADERS,
      'Content-Type': TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      'Content-Length': info.size,
    });
    if (req.method === 'HEAD') return res.end();
    createReadStream(file).on('error', () => res.destroy()).pipe(res);
  });
  return server.listen(port, '127.0.0.1');
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = process.argv[2] ?? 'build/site';
  const port = Number(process.env.PORT ?? 8000);
  const server = startServer(root, port);
  server.on('listening', () => console.log(`saywho: serving http://127.0.0.1:${server.address().port}/`));
  server.on('error', (e) => {
    console.error(`saywho: cannot serve on port ${port}: ${e.message}`);
    process.exit(1);
  });
}
