// The wasm module's API: plain strings in and out, so JavaScript never holds
// a C++ object it must free. Failures come back as data ({"error": ...}).
#include <emscripten/bind.h>

#include <string>

#include "saywho.h"

namespace {

// UTF-16 code units (as Embind copies them from the JS string) to UTF-8.
// A lone surrogate becomes U+FFFD: one code unit for one, so no later
// offset moves. Embind's own std::string conversion would instead merge a
// lone surrogate with the character after it.
std::string utf8_of(const std::u16string& text) {
  std::string out;
  out.reserve(text.size() * 3 / 2 + 16);
  auto put = [&out](char32_t c) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char32_t c = text[i];
    const bool high = c >= 0xD800 && c <= 0xDBFF;
    const bool next_low = i + 1 < text.size() && text[i + 1] >= 0xDC00 && text[i + 1] <= 0xDFFF;
    if (high && next_low) {
      put(0x10000 + ((c - 0xD800) << 10) + (text[i + 1] - 0xDC00));
      ++i;
    } else if (c >= 0xD800 && c <= 0xDFFF) {
      put(0xFFFD);
    } else {
      put(c);
    }
  }
  return out;
}

// The same JSON the CLI prints for a document, without its id.
std::string annotate_json(const std::u16string& text) {
  const std::string utf8 = utf8_of(text);
  return saywho::to_json(utf8, saywho::annotate(utf8));
}

std::string version() { return saywho::version(); }

}  // namespace

EMSCRIPTEN_BINDINGS(saywho) {
  emscripten::function("annotate", &annotate_json);
  emscripten::function("version", &version);
}
