// The wasm module's API: plain strings in and out, so JavaScript never holds
// a C++ object it must free. Failures come back as data ({"error": ...}).
#include <emscripten/bind.h>
#include <emscripten/val.h>

#include <string>

#include "saywho.h"

namespace {

// UTF-16 code units (as Embind copies them from the JS string) to UTF-8.
// A lone surrogate becomes U+FFFD: one code unit for one, so no later
// offset moves. Embind's own std::string conversion would instead merge a
// lone surrogate with the character after it. Two passes, the length and
// then the bytes written in place, spare a check of capacity per byte.
std::string utf8_of(const std::u16string& text) {
  const std::size_t n = text.size();
  auto pair_at = [&](std::size_t i) {
    return text[i] >= 0xD800 && text[i] <= 0xDBFF && i + 1 < n && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF;
  };
  std::size_t bytes = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const char32_t c = text[i];
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (pair_at(i)) bytes += 4, ++i;
    else bytes += 3;  // a lone surrogate is U+FFFD, three bytes too
  }
  std::string out(bytes, '\0');
  char* p = out.data();
  for (std::size_t i = 0; i < n; ++i) {
    char32_t c = text[i];
    if (c < 0x80) {
      *p++ = static_cast<char>(c);
    } else if (c < 0x800) {
      *p++ = static_cast<char>(0xC0 | (c >> 6));
      *p++ = static_cast<char>(0x80 | (c & 0x3F));
    } else if (pair_at(i)) {
      c = 0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00);
      ++i;
      *p++ = static_cast<char>(0xF0 | (c >> 18));
      *p++ = static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      *p++ = static_cast<char>(0x80 | (c & 0x3F));
    } else {
      if (c >= 0xD800 && c <= 0xDFFF) c = 0xFFFD;
      *p++ = static_cast<char>(0xE0 | (c >> 12));
      *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      *p++ = static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

// The same JSON the CLI prints for a document, without its id, as a JS
// string that TextDecoder reads straight from the wasm memory: a returned
// std::string would first be scanned byte by byte in JS, twice, for NULs
// (12% fewer instructions a text in V8, for 884 B more gzip).
emscripten::val annotate_json(const std::u16string& text) {
  const std::string utf8 = utf8_of(text);
  const std::string json = saywho::to_json(utf8, saywho::annotate(utf8));
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
