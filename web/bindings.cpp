// The wasm module's API: plain strings in and out, so JavaScript never holds
// a C++ object it must free. Failures come back as data ({"error": ...}).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "saywho.h"

namespace {

using emscripten::val;

// The JS string as UTF-8, through the platform's TextEncoder and one copy
// into wasm memory. TextEncoder reads a lone surrogate as U+FFFD (one code
// unit for one), where Embind's own conversion would merge it with the
// next character and shift every later offset.
std::string utf8_of(const val& text) {
  static const val encoder = val::global("TextEncoder").new_();
  const val bytes = encoder.call<val>("encode", text);
  std::string out(bytes["length"].as<std::size_t>(), '\0');
  val(emscripten::typed_memory_view(out.size(), reinterpret_cast<unsigned char*>(out.data())))
      .call<void>("set", bytes);
  return out;
}

// The same JSON the CLI prints for a document, without its id.
std::string annotate_json(const val& text) {
  const std::string utf8 = utf8_of(text);
  return saywho::to_json(utf8, saywho::annotate(utf8));
}

std::string version() { return saywho::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(saywho) {
  emscripten::function("annotate", &annotate_json);
  emscripten::function("version", &version);
}
