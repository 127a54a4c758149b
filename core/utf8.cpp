#include "utf8.h"

#include <cstring>

namespace saywho::utf8 {

std::optional<std::size_t> first_invalid(std::string_view text) {
  const auto* s = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // Eight ASCII bytes at a time: news text is mostly ASCII.
    std::uint64_t chunk;
    while (i + 8 <= n && (std::memcpy(&chunk, s + i, 8), (chunk & 0x8080808080808080ull) == 0)) i += 8;
    // Then byte by byte to the non-ASCII byte: a chunk test for each would
    // cost more.
    while (i < n && s[i] < 0x80) ++i;
    if (i == n) break;
    const unsigned char c = s[i];
    std::size_t len;
    char32_t cp;
    if (c >= 0xC2 && c <= 0xDF) { len = 2; cp = c & 0x1F; }
    else if (c >= 0xE0 && c <= 0xEF) { len = 3; cp = c & 0x0F; }
    else if (c >= 0xF0 && c <= 0xF4) { len = 4; cp = c & 0x07; }
    else return i;
    if (n - i < len) return i;
    for (std::size_t k = 1; k < len; ++k) {
      if ((s[i + k] & 0xC0) != 0x80) return i;
      cp = (cp << 6) | (s[i + k] & 0x3F);
    }
    if ((len == 3 && cp < 0x800) || (len == 4 && (cp < 0x10000 || cp > 0x10FFFF)) ||
        (cp >= 0xD800 && cp <= 0xDFFF))
      return i;
    i += len;
  }
  return std::nullopt;
}

char32_t decode(std::string_view text, std::size_t i, std::size_t& length) {
  const auto c = static_cast<unsigned char>(text[i]);
  if (c < 0x80) { length = 1; return c; }
  char32_t cp;
  if (c < 0xE0) { length = 2; cp = c & 0x1F; }
  else if (c < 0xF0) { length = 3; cp = c & 0x0F; }
  else { length = 4; cp = c & 0x07; }
  if (i + length > text.size()) { length = 1; return 0xFFFD; }
  for (std::size_t k = 1; k < length; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  return cp;
}

std::size_t code_points(std::string_view bytes) {
  const auto* p = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t count = n, i = 0;
  for (; i + 8 <= n; i += 8) {
    std::uint64_t x;
    std::memcpy(&x, p + i, 8);
    const std::uint64_t continuation = x & ~(x << 1) & 0x8080808080808080ull;
    count -= static_cast<std::size_t>(((continuation >> 7) * 0x0101010101010101ull) >> 56);
  }
  for (; i < n; ++i) count -= (p[i] & 0xC0) == 0x80;
  return count;
}

std::vector<std::size_t> to_code_points(std::string_view text,
                                        const std::vector<std::size_t>& sorted_bytes) {
  std::vector<std::size_t> out;
  out.reserve(sorted_bytes.size());
  std::size_t byte = 0, cp = 0;
  for (std::size_t target : sorted_bytes) {
    if (target > text.size()) target = text.size();
    if (target > byte) {
      cp += code_points(text.substr(byte, target - byte));
      byte = target;
    }
    out.push_back(cp);
  }
  return out;
}

}  // namespace saywho::utf8
