// A test both JSON readers and the JSON writer use to pass over plain text.
#pragma once

#include <cstdint>
#include <cstring>

namespace saywho {

// Whether none of the eight bytes at p is '"', '\\' or a control character,
// the bytes a JSON string must escape (bit tricks: such a byte sets its
// high bit).
inline bool json_plain8(const char* p) {
  constexpr std::uint64_t ones = 0x0101010101010101ull, high = 0x8080808080808080ull;
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  auto zero_byte = [&](std::uint64_t v) { return (v - ones) & ~v & high; };
  return (((x - 0x20 * ones) & ~x & high) | zero_byte(x ^ ('"' * ones)) | zero_byte(x ^ ('\\' * ones))) == 0;
}

}  // namespace saywho
