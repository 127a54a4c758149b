// Helpers shared by the unit tests.
#pragma once

#include <string>

#include "document.h"

namespace saywho::test {

inline std::string text_of(const Document& d, Range r) { return std::string(d.span(r).of(d.text)); }

// Decodes valid UTF-8 by hand, independently of the core's own decoder.
inline std::u32string code_points(const std::string& s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) {
    const auto c = static_cast<unsigned char>(s[i]);
    const std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : c & (0x3F >> (n - 1));
    for (std::size_t k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += n;
  }
  return out;
}

}  // namespace saywho::test
