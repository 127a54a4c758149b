#include <catch2/catch.hpp>

#include "utf8.h"

using saywho::utf8::first_invalid;
using saywho::utf8::to_code_points;

TEST_CASE("Invalid UTF-8 is found at its first bad byte", "[utf8]") {
  auto [text, bad] = GENERATE(table<std::string, long>({
      {"plain ascii", -1},
      {"caf\xC3\xA9", -1},                      // é
      {"\xE4\xB8\xAD\xE6\x96\x87", -1},         // 中文
      {"\xF0\x9F\x98\x80 ok", -1},              // 😀
      {"e\xCC\x81", -1},                        // e + combining acute
      {"ab\xFF", 2},                            // never valid
      {"a\xC3", 1},                             // truncated sequence
      {"\xC0\xAF", 0},                          // overlong '/'
      {"xx\xED\xA0\x80", 2},                    // UTF-16 surrogate
      {"\xF4\x90\x80\x80", 0},                  // past U+10FFFF
      {"ok\x80", 2},                            // lone continuation byte
  }));
  CAPTURE(text);
  auto got = first_invalid(text);
  if (bad < 0) CHECK_FALSE(got.has_value());
  else {
    REQUIRE(got.has_value());
    CHECK(*got == static_cast<std::size_t>(bad));
  }
}

TEST_CASE("Byte offsets become code point offsets", "[utf8]") {
  // "a😀中e\u0301b": a(1) 😀(4) 中(3) e(1) ◌́(2) b(1)
  const std::string text = "a\xF0\x9F\x98\x80\xE4\xB8\xAD" "e\xCC\x81" "b";
  const std::vector<std::size_t> bytes = {0, 1, 5, 8, 9, 11, 12};
  const std::vector<std::size_t> expected = {0, 1, 2, 3, 4, 5, 6};
  CHECK(to_code_points(text, bytes) == expected);
}
