#include <catch2/catch.hpp>

#include "document.h"
#include "test_util.h"

namespace {

// Each quotation's text, marked "+" when it continues in the next paragraph
// and "…" when it is never closed.
std::string quotes_of(const std::string& text) {
  const saywho::Document d(text, saywho::Lexicon::get());
  std::string out;
  for (const auto& q : d.quotes.list) {
    if (!out.empty()) out += " | ";
    out += saywho::test::text_of(d, {q.open, q.last});
    if (q.close == saywho::npos) out += "\u2026";
    if (q.continues) out += "+";
  }
  return out;
}

}  // namespace

TEST_CASE("Quotation marks pair by shape and by context", "[quotes]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      {"\u201cCurly,\u201d he said.", "\u201cCurly,\u201d"},
      {"\"Straight,\" he said, \"twice.\"", "\"Straight,\" | \"twice.\""},
      {"\u00abGuillemets\u00bb here", "\u00abGuillemets\u00bb"},
      {"``Newsroom,'' she said.", "``Newsroom,''"},
      {"''Use the word 'fair,''' she said.", "''Use the word 'fair,'''"},
      // Apostrophes inside and after words are not quotation marks.
      {"Xinhua's and the officials' view", ""},
      {"He said \u2018no\u2019 twice", "\u2018no\u2019"},
      {"It\u2019s the \u201cbest\u201d deal", "\u201cbest\u201d"},
      // Single marks inside a double quotation belong to it.
      {"\u201cHe said \u2018go\u2019 now,\u201d she said", "\u201cHe said \u2018go\u2019 now,\u201d"},
      // A stray closing mark is ignored.
      {"a\u201d b \u201cc\u201d", "\u201cc\u201d"},
      // An opening mark typed after the quoted words closes them.
      {"\u201cIs it safe?\u201c he asked. \u201cYes.\u201d", "\u201cIs it safe?\u201c | \u201cYes.\u201d"},
      {"\u201cunsafe\u201c, she said", "\u201cunsafe\u201c"},
  }));
  CAPTURE(text);
  CHECK(quotes_of(text) == expected);
}

TEST_CASE("Quotations reopen at each paragraph and stop at its end", "[quotes]") {
  auto [text, expected] = GENERATE(table<std::string, std::string>({
      // The first paragraph's quotation goes on in the next one.
      {"\u201cOne.\n\u201cTwo.\u201d", "\u201cOne.\u2026+ | \u201cTwo.\u201d"},
      // Unclosed and not reopened: it ends with its paragraph.
      {"\u201cOne.\nTwo.", "\u201cOne.\u2026"},
      {"\"Odd\" marks \" here", "\"Odd\" | \" here\u2026"},
  }));
  CAPTURE(text);
  CHECK(quotes_of(text) == expected);
}
