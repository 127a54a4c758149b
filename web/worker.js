// The analysis runs here, off the page's main thread, so a long article
// never freezes typing or scrolling.
//
// Protocol:
//   page → worker  {id, text}
//   worker → page  {id, json} | {id, error}
//   page → worker  {warm, bytes}      (no answer)
// `json` is the core's JSON for the text ({"attributions": [...]}, offsets
// in code points), as the core wrote it: a string crosses to the page as
// one copy, where its parsed claims (thousands of objects) would be
// serialised here and rebuilt there, at more than JSON.parse costs. The
// page reads it with attributionsFromJson (offsets.js). `error` is a
// message for people. A module that fails to load answers every request
// with an error instead of leaving the page waiting.
//
// `warm` is a text to annotate, and throw away, over and over until about
// `bytes` characters have been read (see warm() below).

// Loaded lazily with import() rather than a static import: a static import
// that fails kills the worker silently, and the page would never hear why.
const load = () => import('./saywho.mjs')
  .then(({ default: createSaywho }) => createSaywho())
  .then((module) => ({ module }), (e) => ({ loadError: String(e && e.message || e) }));
let ready = load();

self.onmessage = async ({ data }) => {
  if ('warm' in data) {
    warm(String(data.warm), Number(data.bytes) || 0);
    return;
  }
  const { id, text } = data;
  const { module, loadError } = await ready;
  if (loadError) {
    self.postMessage({ id, error: `The analyser could not be loaded: ${loadError}` });
    return;
  }
  try {
    // The module reads a lone surrogate as U+FFFD; the page cuts span texts
    // from the same well-formed string (same length, same indices).
    const json = module.annotate(text.toWellFormed());
    // A refusal is the core's only other answer ({"error": {...}}).
    if (json.startsWith('{"error"')) {
      const { error } = JSON.parse(json);
      self.postMessage({ id, error: error.message || error.id || 'unknown error' });
      return;
    }
    self.postMessage({ id, json });
  } catch (e) {
    // The module is built without exceptions: a failure inside it (out of
    // memory) is a trap that may leave its memory unusable, so the next
    // request gets a fresh instance.
    ready = load();
    self.postMessage({ id, error: `The analyser failed: ${e && e.message || e}` });
  }
};

// V8 first runs a wasm function as quickly compiled baseline code, and
// compiles it optimised in the background only once it has run for a
// while: in Chromium the first annotate() of 51 KB took about 80 ms, and
// about 5 ms once some 64 KB had been read. So the page hands over a text
// to read, once it has loaded and sat idle, and it is read here again and
// again. One reading a task, so that a request of the reader's waits for
// one short reading at most.
function warm(text, bytes) {
  let left = text ? Math.ceil(bytes / text.length) : 0;
  const step = async () => {
    const { module } = await ready;
    if (!module || left-- <= 0) return;
    try {
      module.annotate(text);
    } catch {
      ready = load(); // as for a request: the next one gets a fresh instance
      return;
    }
    setTimeout(step, 0);
  };
  step();
}
