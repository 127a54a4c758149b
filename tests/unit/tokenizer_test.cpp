#include <catch2/catch.hpp>

#include "lexicon.h"
#include "tokenizer.h"

namespace {

// The tokens of a text, with the lower-cased copy they view.
struct Tokenized {
  std::string lower;
  std::vector<saywho::Token> tokens;
  explicit Tokenized(const std::string& text)
      : lower(saywho::lower_ascii(text)), tokens(saywho::tokenize(text, lower, saywho::Lexicon::get())) {}
};

// The tokens' texts joined by "|".
std::string tokens_of(const std::string& text) {
  std::string out;
  const Tokenized tokenized(text);
  for (const auto& t : tokenized.tokens) {
    if (!out.empty()) out += "|";
    out += std::string(t.span.of(text));
  }
  return out;
}

}  // namespace

TEST_CASE("Tokens keep abbreviations, contractions and numbers whole", "[tokenizer]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"Mr. Meng said.", "Mr.|Meng|said|."},
      {"the U.S. and China", "the|U.S.|and|China"},
      {"Dec. 5, 2015", "Dec.|5|,|2015"},
      {"J. Edgar Hoover", "J.|Edgar|Hoover"},
      // "No." is an abbreviation only before a number.
      {"the No. 2 official", "the|No.|2|official"},
      {"she said no. Then", "she|said|no|.|Then"},
      {"don't stop", "don't|stop"},
      {"Xinhua\u2019s report", "Xinhua\u2019s|report"},
      {"state-run agency", "state-run|agency"},
      {"$1,000.50 rose 3.5.", "$|1,000.50|rose|3.5|."},
      {"\u201cYes,\u201d he said", "\u201c|Yes|,|\u201d|he|said"},
      {"``Yes,'' he said", "``|Yes|,|''|he|said"},
      // A plural's possessive apostrophe is part of the word, unless it
      // closes a single quotation opened in the paragraph.
      {"the nurses' union", "the|nurses'|union"},
      {"the nurses\u2019 union", "the|nurses\u2019|union"},
      {"a sign read 'no buses' today", "a|sign|read|'|no|buses|'|today"},
      {"the ''news'' desk", "the|''|news|''|desk"},
      // Three marks after a nested quotation: the single one closes first.
      {"''Say 'no,''' he said", "''|Say|'|no|,|'|''|he|said"},
      {"\u00abOui\u00bb", "\u00ab|Oui|\u00bb"},
      {"wait\u2014what", "wait|\u2014|what"},
  }));
  CAPTURE(text);
  CHECK(tokens_of(text) == expected);
}

TEST_CASE("Tokens keep byte offsets through emoji, CJK and combining marks", "[tokenizer]") {
  const std::string text = "Caf\u0065\u0301 \U0001F600 \u5E02\u957F said";
  const Tokenized tokenized(text);
  const auto& tokens = tokenized.tokens;
  REQUIRE(tokens.size() == 4);
  CHECK(tokens[0].span.of(text) == "Cafe\u0301");  // the mark stays on its letter
  CHECK(tokens[1].span.of(text) == "\U0001F600");
  CHECK(tokens[1].kind == saywho::TokenKind::symbol);
  CHECK(tokens[2].span.of(text) == "\u5E02\u957F");
  CHECK(tokens[3].span.begin == text.size() - 4);
}

TEST_CASE("Line breaks and capitals are recorded", "[tokenizer]") {
  const std::string text = "One two\nThree";
  const Tokenized tokenized(text);
  const auto& tokens = tokenized.tokens;
  REQUIRE(tokens.size() == 3);
  CHECK(tokens[0].line_before);  // the text's start opens a paragraph
  CHECK_FALSE(tokens[1].line_before);
  CHECK(tokens[2].line_before);
  CHECK(tokens[2].capitalized);
  CHECK(tokens[2].lower == "three");
}

TEST_CASE("lower_ascii lower-cases A-Z only, at every offset of its eight-byte steps", "[tokenizer]") {
  std::string all;
  for (int b = 0; b < 256; ++b) all += static_cast<char>(b);
  for (std::size_t offset = 0; offset < 9; ++offset) {
    const std::string text = std::string(offset, 'Q') + all + all;
    std::string expected = text;
    for (char& c : expected)
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    CAPTURE(offset);
    REQUIRE(saywho::lower_ascii(text) == expected);
  }
}
