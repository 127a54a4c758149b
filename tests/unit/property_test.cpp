#include <catch2/catch.hpp>

#include <random>

#include <nlohmann/json.hpp>

#include "blocks.h"
#include "saywho.h"
#include "test_util.h"

namespace {

// Pieces that stress every stage: quotation marks of each kind, cues,
// names, abbreviations, line breaks, emoji, CJK, combining marks, NUL.
const std::vector<std::string> kPieces = {
    "\u201c", "\u201d", "\"", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", "``", "''",
    " said ", " told ", " according to ", "Mr. ", "Dr. Ana Ruiz", "the agency", " he ", " she ",
    " who ", ", ", ". ", "? ", ": ", " \u2014 ", "\n", "\n\n", "(", ")", "U.S. ", "that ",
    "\U0001F600", "\u5E02\u957F", "e\u0301", std::string(1, '\0'), "\t", "adding ", "saying ",
    "The mayor", " reported ", "It ", " was quoted as saying ", "according", "\u00a0", "\u200b",
};

std::string random_text(std::mt19937& rng) {
  std::uniform_int_distribution<std::size_t> count(0, 60), pick(0, kPieces.size() - 1);
  std::string text;
  for (std::size_t n = count(rng); n > 0; --n) text += kPieces[pick(rng)];
  return text;
}

// Each span of one JSON attribution is non-empty, inside the text, and its
// "text" is the code point slice its offsets name.
void check_spans(const nlohmann::json& a, const std::u32string& cps) {
  for (const char* key : {"source", "cue", "content"}) {
    if (a[key].is_null()) continue;
    const auto s = a[key]["start"].get<std::size_t>(), e = a[key]["end"].get<std::size_t>();
    REQUIRE(s < e);
    REQUIRE(e <= cps.size());
    REQUIRE(saywho::test::code_points(a[key]["text"].get<std::string>()) == cps.substr(s, e - s));
  }
}

}  // namespace

TEST_CASE("On random texts every span is inside the text and its JSON text is its slice",
          "[property]") {
  std::mt19937 rng(20261128);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_text(rng);
    CAPTURE(text);
    const saywho::Result r = saywho::annotate(text);
    REQUIRE(r.ok());
    const std::string json = saywho::to_json(text, r);
    REQUIRE(json == saywho::to_json(text, saywho::annotate(text)));  // repeatable
    const auto cps = saywho::test::code_points(text);
    const auto parsed = nlohmann::json::parse(json);
    for (const auto& a : parsed["attributions"]) {
      check_spans(a, cps);
    }
  }
}

TEST_CASE("Random bytes are refused or annotated, never crash", "[property]") {
  std::mt19937 rng(7);
  std::uniform_int_distribution<int> byte(0, 255), length(0, 200);
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    for (int n = length(rng); n > 0; --n) text.push_back(static_cast<char>(byte(rng)));
    const saywho::Result r = saywho::annotate(text);
    const auto j = nlohmann::json::parse(saywho::to_json(text, r));
    CHECK(j.contains(r.ok() ? "attributions" : "error"));
  }
}

TEST_CASE("On random texts cut into small blocks every span is inside the text and its JSON text is its slice",
          "[property][blocks]") {
  std::mt19937 rng(20261201);
  std::uniform_int_distribution<std::size_t> block(1, 64);
  for (int round = 0; round < 3000; ++round) {
    std::string text = random_text(rng);
    text += random_text(rng);
    const std::size_t b = block(rng);
    CAPTURE(text, b);
    const saywho::Result r = saywho::annotate_in_blocks(text, {}, b);
    REQUIRE(r.ok());
    const auto cps = saywho::test::code_points(text);
    const auto parsed = nlohmann::json::parse(saywho::to_json(text, r));
    std::size_t last_start = 0;
    for (const auto& a : parsed["attributions"]) {
      REQUIRE(a["content"]["start"].get<std::size_t>() >= last_start);  // in order of content start
      last_start = a["content"]["start"].get<std::size_t>();
      check_spans(a, cps);
    }
  }
}
