// The wasm module's API: plain strings in and out, so JavaScript never holds
// a C++ object it must free. Failures come back as data ({"error": ...}).
#include <emscripten/bind.h>

#include <string>

#include "saywho.h"

namespace {

// The same JSON the CLI prints for a document, without its id.
std::string annotate_json(const std::string& text) {
  return saywho::to_json(text, saywho::annotate(text));
}

std::string version() { return saywho::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(saywho) {
  emscripten::function("annotate", &annotate_json);
  emscripten::function("version", &version);
}
