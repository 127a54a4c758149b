#include <catch2/catch.hpp>

#include <nlohmann/json.hpp>

#include "saywho.h"

using nlohmann::json;

namespace {

// The code point slice [start, end) of a UTF-8 string, decoded by hand.
std::string cp_slice(const std::string& s, std::size_t start, std::size_t end) {
  std::size_t cp = 0, i = 0, from = std::string::npos;
  for (; i <= s.size(); ++i) {
    if (i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (cp == start) from = i;
      if (cp == end) break;
      ++cp;
    }
  }
  return s.substr(from, i - from);
}

}  // namespace

TEST_CASE("JSON offsets are code points and each span's text is its slice", "[json]") {
  auto text = GENERATE(as<std::string>{},
                       "\U0001F600 \u201cWe won,\u201d the captain said.",
                       "\u5E02\u957F\u8BF4\u3002 The mayor said the bridge would reopen in May.",
                       "Cafe\u0301 owner Ana Ruiz said the rent had doubled since spring.",
                       "\U0001F1EB\U0001F1F7 The minister said: \u201cLa r\u00E9forme passera.\u201d");
  CAPTURE(text);
  const json j = json::parse(saywho::to_json(text, saywho::annotate(text)));
  REQUIRE(j["attributions"].size() >= 1);
  for (const auto& a : j["attributions"]) {
    for (const char* key : {"source", "cue", "content"}) {
      if (a[key].is_null()) continue;
      const auto start = a[key]["start"].get<std::size_t>();
      const auto end = a[key]["end"].get<std::size_t>();
      CHECK(start < end);
      CHECK(cp_slice(text, start, end) == a[key]["text"].get<std::string>());
    }
  }
}

TEST_CASE("A known attribution gets exact code point offsets", "[json]") {
  // U+1F600 is one code point (four UTF-8 bytes, two UTF-16 units).
  const std::string text = "\U0001F600 \u201cWe won,\u201d the captain said.";
  const json j = json::parse(saywho::to_json(text, saywho::annotate(text)));
  REQUIRE(j["attributions"].size() == 1);
  const json& a = j["attributions"][0];
  CHECK(a["content"]["start"] == 2);
  CHECK(a["content"]["end"] == 11);
  CHECK(a["source"]["start"] == 12);
  CHECK(a["source"]["end"] == 23);
  CHECK(a["cue"]["text"] == "said");
  CHECK(a["kind"] == "direct");
  CHECK(a["source_resolved"] == "captain");
}

TEST_CASE("Errors cross as JSON data with a stable id", "[json]") {
  const std::string bad = "ok \xE2\x80 then";
  const json j = json::parse(saywho::to_json(bad, saywho::annotate(bad)));
  REQUIRE(j.contains("error"));
  CHECK(j["error"]["id"] == "invalid_utf8");
  CHECK(j["error"]["offset"] == 3);
}
