// The wasm module's API: plain strings in and out, so JavaScript never holds
// a C++ object it must free. Failures come back as data ({"error": ...}).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <memory>
#include <string>
#include <string_view>

#include "saywho.h"

namespace {

// The JS string as UTF-8, written by TextEncoder straight into wasm
// memory. It reads a lone surrogate as U+FFFD, one code unit for one, so
// no later offset moves (Embind's std::string conversion would instead
// merge it with the next character); UTF-8 takes at most three bytes for
// a UTF-16 code unit. The buffer is left uninitialised (a std::string of
// that size would first be zeroed, three bytes for each code unit).
struct Utf8 {
  std::unique_ptr<char[]> bytes;
  std::size_t size = 0;
  std::string_view view() const { return {bytes.get(), size}; }
};

Utf8 utf8_of(const emscripten::val& text) {
  static const emscripten::val encoder = emscripten::val::global("TextEncoder").new_();
  const std::size_t room = text["length"].as<std::size_t>() * 3;
  Utf8 out{std::unique_ptr<char[]>(new char[room])};
  auto* bytes = reinterpret_cast<unsigned char*>(out.bytes.get());
  const emscripten::val done =
      encoder.call<emscripten::val>("encodeInto", text, emscripten::val(emscripten::typed_memory_view(room, bytes)));
  out.size = done["written"].as<std::size_t>();
  return out;
}

// The same JSON the CLI prints for a document, without its id, as a JS
// string that TextDecoder reads straight from the wasm memory: a returned
// std::string would first be scanned byte by byte in JS, twice, for NULs
// (12% fewer instructions a text in V8).
emscripten::val annotate_json(const emscripten::val& text) {
  const Utf8 utf8 = utf8_of(text);
  const std::string json = saywho::to_json(utf8.view(), saywho::annotate(utf8.view()));
  static const emscripten::val decoder = emscripten::val::global("TextDecoder").new_();
  const auto* bytes = reinterpret_cast<const unsigned char*>(json.data());
  return decoder.call<emscripten::val>("decode", emscripten::val(emscripten::typed_memory_view(json.size(), bytes)));
}

std::string version() { return saywho::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(saywho) {
  emscripten::function("annotate", &annotate_json);
  emscripten::function("version", &version);
}
