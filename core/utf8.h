// UTF-8 checks and offset conversions.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace saywho::utf8 {

// Byte offset of the first byte that is not part of valid UTF-8, if any.
// Overlong forms, surrogates and code points past U+10FFFF are invalid.
std::optional<std::size_t> first_invalid(std::string_view text);

// Decodes the code point starting at text[i] (text must be valid UTF-8) and
// stores its length in bytes.
char32_t decode(std::string_view text, std::size_t i, std::size_t& length);

// The number of code points in valid UTF-8 bytes (those that are not
// continuation bytes), counted eight bytes at a time.
std::size_t code_points(std::string_view bytes);

// Converts sorted byte offsets (each on a code point boundary, at most
// text.size()) to code point offsets, in one pass over the text.
std::vector<std::size_t> to_code_points(std::string_view text,
                                        const std::vector<std::size_t>& sorted_bytes);

}  // namespace saywho::utf8
