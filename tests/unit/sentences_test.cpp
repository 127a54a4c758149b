#include <catch2/catch.hpp>

#include "document.h"
#include "test_util.h"

namespace {

std::string sentences_of(const std::string& text) {
  const saywho::Document d(text, saywho::Lexicon::get());
  std::string out;
  for (const auto& s : d.sentences) {
    if (!out.empty()) out += " | ";
    out += saywho::test::text_of(d, {s.first, s.end - 1});
  }
  return out;
}

}  // namespace

TEST_CASE("Sentences end at terminal marks but not at abbreviations", "[sentences]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"He left. She stayed.", "He left. | She stayed."},
      {"Mr. Meng met Dr. Li on Dec. 5 in Washington.", "Mr. Meng met Dr. Li on Dec. 5 in Washington."},
      {"Ties between the U.S. and China grew.", "Ties between the U.S. and China grew."},
      // An abbreviation ends one when a capitalised function word follows.
      {"She moved to Washington, D.C. The job paid well.", "She moved to Washington, D.C. | The job paid well."},
      {"He was hired by the U.S. Navy.", "He was hired by the U.S. Navy."},
      {"J. R. Smith spoke. Then he sat.", "J. R. Smith spoke. | Then he sat."},
      {"Why? Nobody knows!", "Why? | Nobody knows!"},
      {"It rose 3.5 percent. Prices fell.", "It rose 3.5 percent. | Prices fell."},
      {"One\nTwo", "One | Two"},
  }));
  CAPTURE(text);
  CHECK(sentences_of(text) == expected);
}

TEST_CASE("Sentences follow quotation marks and brackets", "[sentences]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // A period inside a closed quotation ends the sentence after the mark.
      {"He said \u201cstop.\u201d Then he left.", "He said \u201cstop.\u201d | Then he left."},
      // The sentence goes on when a lower-case word follows.
      {"\u201cWill you?\u201d he asked.", "\u201cWill you?\u201d he asked."},
      // A quotation of several sentences stays in one.
      {"\u201cWe won. We are happy,\u201d she said.", "\u201cWe won. We are happy,\u201d she said."},
      {"He left (quietly. Really.) Then rain.", "He left (quietly. Really.) | Then rain."},
      // A bracket no mark closes in its paragraph holds nothing together.
      {"(The aide said it. Pressed, he left. Then rain.\nNext (one).", "(The aide said it. | Pressed, he left. | Then rain. | Next (one)."},
  }));
  CAPTURE(text);
  CHECK(sentences_of(text) == expected);
}
