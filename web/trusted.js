// Trusted Types for the page. The CSP says `require-trusted-types-for
// 'script'` and `trusted-types saywho`: every script URL handed to the DOM
// (here only `new Worker(...)`) must come from the one policy named
// "saywho", and that policy lets through nothing but our own scripts, by
// exact name, from the folder this module was served from. No policy makes
// HTML or script text: the page writes user text only as text nodes.
//
// A browser without Trusted Types gets the checked URL as a plain string,
// so the same check guards it too.

/** The only scripts the page may start, relative to this module: the worker,
 * and the Emscripten glue should the page ever load it without one. */
const OWN_SCRIPTS = new Set(['worker.js', 'saywho.mjs']);
const HERE = new URL('./', import.meta.url);

/** The absolute URL of one of our own scripts, or a TypeError. */
function checkScriptURL(input) {
  const url = new URL(String(input), HERE);
  const name = url.pathname.slice(HERE.pathname.length);
  if (url.origin !== HERE.origin || !url.pathname.startsWith(HERE.pathname) ||
      !OWN_SCRIPTS.has(name) || url.search || url.hash) {
    throw new TypeError(`saywho refuses to load the script ${JSON.stringify(String(input))}`);
  }
  return url.href;
}

// Created once: the CSP does not allow a second policy of the same name.
const policy = globalThis.trustedTypes?.createPolicy('saywho', { createScriptURL: checkScriptURL }) ??
  { createScriptURL: checkScriptURL };

/** A script URL for `new Worker()`: `scriptURL('./worker.js')`. Throws for any other. */
export function scriptURL(input) {
  return policy.createScriptURL(input);
}
