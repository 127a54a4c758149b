#include <catch2/catch.hpp>

#include <cctype>
#include <string>
#include <vector>

#include "blocks.h"
#include "saywho.h"

namespace {

// Paragraphs that each end a sentence and open with a word: every break
// between them is one where a block may end. Sources are named in one
// paragraph and referred to in later ones ("Mr. Comey", "He", "The agency").
const std::string kArticle =
    "Xinhua, China\u2019s state-run news agency, reported that the talks went well.\n\n"
    "FBI Director James Comey said that the meeting was useful.\n\n"
    "Officials said the visit would be repeated next year.\n\n"
    "Mr. Comey said that both sides would cooperate.\n\n"
    "He said the talks would go on.\n\n"
    "The agency said both sides had agreed.\n\n"
    "According to the captain, the ship sails at noon.\n\n"
    "\u201cWe are ready,\u201d the captain said.";

std::vector<std::size_t> cuts(const std::string& text, std::size_t block) {
  std::vector<std::size_t> out;
  for (std::size_t b = 0; b < text.size();) {
    const std::size_t e = saywho::block_end(text, b, block);
    REQUIRE(e > b);
    REQUIRE(e <= text.size());
    out.push_back(e);
    b = e;
  }
  return out;
}

}  // namespace

TEST_CASE("A text no longer than a block is one block", "[blocks]") {
  CHECK(cuts(kArticle, kArticle.size()) == std::vector<std::size_t>{kArticle.size()});
  CHECK(cuts(kArticle, saywho::kBlockBytes) == std::vector<std::size_t>{kArticle.size()});
  CHECK(saywho::to_json(kArticle, saywho::annotate(kArticle)) ==
        saywho::to_json(kArticle, saywho::annotate_in_blocks(kArticle, {}, kArticle.size())));
}

TEST_CASE("Blocks end between a sentence's end and a paragraph that opens with a word", "[blocks]") {
  const std::vector<std::size_t> ends = cuts(kArticle, 80);
  REQUIRE(ends.size() >= 3);
  for (std::size_t e : ends) {
    if (e == kArticle.size()) continue;
    CAPTURE(e);
    CHECK(kArticle.substr(e - 3, 3) == ".\n\n");
    CHECK(std::isalnum(static_cast<unsigned char>(kArticle[e])));
  }
}

TEST_CASE("A text longer than one block gives the attributions of the text processed whole", "[blocks]") {
  const saywho::Result whole = saywho::annotate_in_blocks(kArticle, {}, kArticle.size());
  REQUIRE(whole.attributions.size() == 8);
  for (std::size_t block : {80, 100, 200}) {
    CAPTURE(block);
    CHECK(cuts(kArticle, block).size() > 1);
    CHECK(saywho::to_json(kArticle, saywho::annotate_in_blocks(kArticle, {}, block)) ==
          saywho::to_json(kArticle, whole));
  }
  // Names, descriptions and candidates for pronouns carry across blocks.
  const saywho::Result blocked = saywho::annotate_in_blocks(kArticle, {}, 80);
  REQUIRE(blocked.attributions.size() == 8);
  CHECK(blocked.attributions[3].source_resolved == "James Comey");  // Mr. Comey
  CHECK(blocked.attributions[4].source_resolved == "James Comey");  // He
  CHECK(blocked.attributions[5].source_resolved == "Xinhua");       // The agency
}

TEST_CASE("Spans after the first block are offsets into the whole text", "[blocks]") {
  std::string text;
  for (int i = 0; i < 20; ++i) text += "The mayor said the bridge would reopen in the spring.\n\n";
  const std::size_t last = text.size();
  text += "\u201cWe are ready,\u201d the captain said.";
  const saywho::Result r = saywho::annotate_in_blocks(text, {}, 100);
  REQUIRE(cuts(text, 100).size() > 5);
  REQUIRE(r.attributions.size() == 21);
  for (std::size_t i = 0; i < 20; ++i) {
    const saywho::Attribution& a = r.attributions[i];
    REQUIRE(a.source);
    REQUIRE(a.cue);
    const std::size_t paragraph = i * (last / 20);
    CHECK(a.source->begin == paragraph);
    CHECK(a.source->of(text) == "The mayor");
    CHECK(a.cue->of(text) == "said");
    CHECK(a.content.of(text) == "the bridge would reopen in the spring");
  }
  const saywho::Attribution& a = r.attributions.back();
  CHECK(a.content.begin == last);
  CHECK(a.content.of(text) == "\u201cWe are ready,\u201d");
  REQUIRE(a.source);
  CHECK(a.source->of(text) == "the captain");
  CHECK(a.kind == saywho::Kind::direct);
}

TEST_CASE("A text with no paragraph break is cut at a sentence, else after white space, else between characters",
          "[blocks]") {
  std::string sentences;
  while (sentences.size() < 1000) sentences += "The mayor said the plan was fine. ";
  for (std::size_t e : cuts(sentences, 64))
    CHECK((e == sentences.size() || sentences.substr(e - 2, 5) == ". The"));
  std::string words;
  while (words.size() < 1000) words += "officials said the plan was fine and ";
  for (std::size_t e : cuts(words, 64)) CHECK((e == words.size() || words[e - 1] == ' '));
  std::string dense;  // no white space at all, and multi-byte characters
  while (dense.size() < 1000) dense += "\u00e9\u201c\u5E02!";
  for (std::size_t e : cuts(dense, 64)) {
    REQUIRE(e <= dense.size());
    CHECK((e == dense.size() || (static_cast<unsigned char>(dense[e]) & 0xC0) != 0x80));
  }
  for (const std::string* t : {&sentences, &words, &dense}) {
    const saywho::Result r = saywho::annotate_in_blocks(*t, {}, 64);
    REQUIRE(r.ok());
    for (const saywho::Attribution& a : r.attributions) CHECK(a.content.end <= t->size());
  }
  // Each sentence is still read whole.
  CHECK(saywho::annotate_in_blocks(sentences, {}, 64).attributions.size() ==
        saywho::annotate_in_blocks(sentences, {}, sentences.size()).attributions.size());
}

TEST_CASE("A text over the limit or invalid is refused before any block", "[blocks]") {
  saywho::Options options;
  options.max_bytes = 10;
  CHECK(saywho::annotate_in_blocks(kArticle, options, 16).error->id == "too_large");
  CHECK(saywho::annotate_in_blocks(kArticle + '\xC3', {}, 16).error->id == "invalid_utf8");
}
