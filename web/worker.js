// The analysis runs here, off the page's main thread, so a long article
// never freezes typing or scrolling.
//
// Protocol:
//   page → worker  {id, text}
//   worker → page  {id, result} | {id, error}
// `result` is the core's parsed JSON ({attributions: [...]}) with every
// span's `start`/`end` converted to UTF-16 indices into `text` (the core's
// code point offsets are kept as `cpStart`/`cpEnd`). `error` is a message
// for people. A module that fails to load answers every request with an
// error instead of leaving the page waiting.

import { attributionsToUtf16InPlace } from './offsets.js';

// Loaded lazily with import() rather than a static import: a static import
// that fails kills the worker silently, and the page would never hear why.
const load = () => import('./saywho.mjs')
  .then(({ default: createSaywho }) => createSaywho())
  .then((module) => ({ module }), (e) => ({ loadError: String(e && e.message || e) }));
let ready = load();

self.onmessage = async ({ data: { id, text } }) => {
  const { module, loadError } = await ready;
  if (loadError) {
    self.postMessage({ id, error: `The analyser could not be loaded: ${loadError}` });
    return;
  }
  try {
    // The module reads a lone surrogate as U+FFFD; the span texts are cut
    // from the same well-formed string (same length, same indices).
    const clean = text.toWellFormed();
    const parsed = JSON.parse(module.annotate(clean));
    if (parsed.error) {
      self.postMessage({ id, error: parsed.error.message || parsed.error.id || 'unknown error' });
      return;
    }
    const attributions = attributionsToUtf16InPlace(parsed.attributions ?? [], clean);
    self.postMessage({ id, result: { attributions } });
  } catch (e) {
    // The module is built without exceptions: a failure inside it (out of
    // memory) is a trap that may leave its memory unusable, so the next
    // request gets a fresh instance.
    ready = load();
    self.postMessage({ id, error: `The analyser failed: ${e && e.message || e}` });
  }
};
